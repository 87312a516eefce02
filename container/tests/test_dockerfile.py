"""Static checks of the Dockerfile, .dockerignore and requirements.txt."""

from __future__ import annotations

import fnmatch
import json
import re
import shlex
from pathlib import Path

CONTAINER_DIR = Path(__file__).resolve().parent.parent
DOCKERFILE = CONTAINER_DIR / "Dockerfile"
REQUIREMENTS = CONTAINER_DIR / "requirements.txt"
DOCKERIGNORE = CONTAINER_DIR / ".dockerignore"


def instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with line continuations joined and comments dropped."""
    text = DOCKERFILE.read_text()
    joined = re.sub(r"\\\n", " ", text)
    result = []
    for raw in joined.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        result.append((word.upper(), rest.strip()))
    return result


def args_of(rest: str) -> list[str]:
    rest = rest.strip()
    if rest.startswith("["):
        return json.loads(rest)
    return shlex.split(rest)


def copies() -> list[tuple[list[str], str]]:
    out = []
    for word, rest in instructions():
        if word in ("COPY", "ADD"):
            parts = [p for p in args_of(rest) if not p.startswith("--")]
            out.append((parts[:-1], parts[-1]))
    return out


def workdir_at_cmd() -> str:
    workdir = "/"
    for word, rest in instructions():
        if word == "WORKDIR":
            workdir = str(Path(workdir) / rest)
    return workdir


def test_cmd_runs_the_copied_app_file():
    cmds = [rest for word, rest in instructions() if word in ("CMD", "ENTRYPOINT")]
    assert cmds, "no CMD/ENTRYPOINT"
    cmd = args_of(cmds[-1])
    scripts = [a for a in cmd if a.endswith(".py")]
    assert len(scripts) == 1, cmd
    script = scripts[0]
    script_abs = script if script.startswith("/") else str(Path(workdir_at_cmd()) / script)

    # Which image path does each COPY put its .py sources at?
    copied = {}
    workdir = "/"
    for word, rest in instructions():
        if word == "WORKDIR":
            workdir = str(Path(workdir) / rest)
        if word in ("COPY", "ADD"):
            parts = [p for p in args_of(rest) if not p.startswith("--")]
            srcs, dest = parts[:-1], parts[-1]
            dest_abs = dest if dest.startswith("/") else str(Path(workdir) / dest)
            for src in srcs:
                if dest.endswith("/") or len(srcs) > 1:
                    copied[str(Path(dest_abs) / Path(src).name)] = src
                else:
                    copied[dest_abs] = src
    assert script_abs in copied, f"CMD runs {script_abs}, but COPY puts {sorted(copied)}"
    src = copied[script_abs]
    assert Path(src).name == Path(script_abs).name, "the app must keep its filename in the image"
    assert (CONTAINER_DIR / src).is_file(), f"COPY source {src} does not exist"


def test_runs_as_non_root_user():
    users = [rest.split(":")[0].strip() for word, rest in instructions() if word == "USER"]
    assert users, "no USER instruction"
    assert users[-1] not in ("root", "0", ""), users[-1]
    # USER comes after every RUN that needs root (pip install).
    order = [word for word, _ in instructions()]
    assert order.index("USER") > max(i for i, w in enumerate(order) if w == "RUN")


def test_base_image_is_pinned_and_supported():
    froms = [rest.split()[0] for word, rest in instructions() if word == "FROM"]
    assert len(froms) == 1
    # Pinned by digest too, once it can be checked (container/README.md): python:TAG@sha256:...
    image, _, digest = froms[0].partition("@")
    assert not digest or re.fullmatch(r"sha256:[0-9a-f]{64}", digest), froms[0]
    name, _, tag = image.partition(":")
    assert name in ("python", "docker.io/library/python"), image
    assert tag and tag != "latest", f"base image tag must be pinned: {image}"
    for eol in ("buster", "stretch", "jessie", "bullseye", "alpine3.1"):
        assert eol not in tag, f"end-of-life base: {image}"
    m = re.match(r"^3\.(\d+)(\.\d+)?-slim(-bookworm|-trixie)?$", tag)
    assert m, f"expected python:3.X-slim[-bookworm|-trixie], got {image}"
    assert int(m.group(1)) >= 11, f"python {tag} is end of life or too old"


def test_pip_install_uses_requirements_without_cache():
    runs = " ".join(rest for word, rest in instructions() if word == "RUN")
    assert re.search(r"pip install --no-cache-dir -r \S*requirements\.txt", runs), runs
    env = " ".join(rest for word, rest in instructions() if word == "ENV")
    assert re.search(r"PYTHONUNBUFFERED=1", env), env


def test_requirements_pin_every_line():
    # pip-compile --generate-hashes (container/README.md) continues each requirement with a
    # backslash and --hash=sha256:... lines: one requirement per logical line, hashes dropped.
    logical = REQUIREMENTS.read_text().replace("\\\n", " ")
    lines = [
        re.sub(r"\s+--hash=sha256:[0-9a-f]{64}", "", ln.split("#")[0]).strip()
        for ln in logical.splitlines()
        if ln.split("#")[0].strip()
    ]
    assert lines
    for line in lines:
        assert re.fullmatch(r"[A-Za-z0-9._-]+==[A-Za-z0-9.]+", line), f"not pinned exactly: {line!r}"
    names = {ln.split("==")[0].lower() for ln in lines}
    assert {"boto3", "botocore"} <= names


def _ignored(path: str, patterns: list[str]) -> bool:
    """Minimal .dockerignore matcher: last matching pattern wins, '!' re-includes."""
    ignored = False
    for pat in patterns:
        neg = pat.startswith("!")
        pat = pat[1:] if neg else pat
        pat = pat.rstrip("/")
        candidates = [path] + [str(p) for p in Path(path).parents if str(p) != "."]
        hit = any(
            fnmatch.fnmatch(c, pat) or (pat.startswith("**/") and fnmatch.fnmatch(c, pat[3:]))
            or any(fnmatch.fnmatch(part, pat[3:]) for part in Path(c).parts if pat.startswith("**/"))
            for c in candidates
        )
        if hit:
            ignored = not neg
    return ignored


def test_dockerignore_excludes_tests_and_caches_but_not_copied_files():
    patterns = [
        ln.strip() for ln in DOCKERIGNORE.read_text().splitlines() if ln.strip() and not ln.startswith("#")
    ]
    for path in ("tests/test_dockerfile.py", "tests/conftest.py", "app/__pycache__/x.pyc", ".pytest_cache/v"):
        assert _ignored(path, patterns), f"{path} should be excluded from the build context"
    for srcs, _ in copies():
        for src in srcs:
            assert not _ignored(src, patterns), f"{src} is COPYd but excluded by .dockerignore"
