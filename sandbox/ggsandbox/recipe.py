"""Greengrass component recipes as the cloud and the nucleus read them: parsing (JSON or
YAML, keys case-insensitive), checks, dependency version ranges, recipe variables, and the
`docker run` line of a Docker container component.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shlex
from dataclasses import dataclass, field
from typing import Any, Callable

import yaml

RECIPE_FORMAT_VERSIONS = ("2020-01-25",)
MAX_RECIPE_BYTES = 16 * 1024
SEMVER = re.compile(
    r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$"
)


class RecipeError(Exception):
    pass


def get(mapping: Any, key: str, default: Any = None) -> Any:
    """Recipe keys are case-insensitive (the nucleus and the cloud both accept any case)."""
    if not isinstance(mapping, dict):
        return default
    if key in mapping:
        return mapping[key]
    lower = key.lower()
    for k, v in mapping.items():
        if isinstance(k, str) and k.lower() == lower:
            return v
    return default


def parse(data: bytes) -> tuple[dict, str]:
    """(recipe, 'JSON' | 'YAML'); RecipeError when it is neither or not a mapping."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecipeError(f"the recipe is not UTF-8 text: {exc}") from None
    fmt = "JSON" if text.lstrip().startswith("{") else "YAML"
    try:
        recipe = json.loads(text) if fmt == "JSON" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise RecipeError(f"the recipe is not valid {fmt}: {' '.join(str(exc).split())}") from None
    if not isinstance(recipe, dict):
        raise RecipeError("the recipe must be a JSON or YAML object (mapping)")
    return recipe, fmt


def identity(recipe: dict) -> tuple[str, str]:
    name = get(recipe, "ComponentName")
    version = get(recipe, "ComponentVersion")
    missing = [k for k, v in (("ComponentName", name), ("ComponentVersion", version)) if not v]
    if missing:
        raise RecipeError(f"the recipe lacks {' and '.join(missing)}")
    if not isinstance(name, str) or not isinstance(version, str):
        raise RecipeError("ComponentName and ComponentVersion must be strings")
    return name, version


def problems(recipe: dict) -> dict[str, str]:
    """What makes the cloud mark a created version FAILED: key -> message."""
    found: dict[str, str] = {}
    fmt = get(recipe, "RecipeFormatVersion")
    if fmt is None:
        found["RecipeFormatVersion"] = "the recipe lacks RecipeFormatVersion"
    elif str(fmt) not in RECIPE_FORMAT_VERSIONS:
        found["RecipeFormatVersion"] = f"unsupported RecipeFormatVersion {fmt!r} (use 2020-01-25)"
    version = str(get(recipe, "ComponentVersion", ""))
    if not SEMVER.match(version):
        found["ComponentVersion"] = f"ComponentVersion {version!r} is not a semantic version"
    manifests = get(recipe, "Manifests", [])
    if not isinstance(manifests, list):
        found["Manifests"] = "Manifests must be a list"
        manifests = []
    for i, manifest in enumerate(manifests):
        if not isinstance(manifest, dict):
            found[f"Manifests[{i}]"] = "each manifest must be a mapping"
            continue
        lifecycle = get(manifest, "Lifecycle")
        if lifecycle is not None and not isinstance(lifecycle, dict):
            found[f"Manifests[{i}].Lifecycle"] = "Lifecycle must be a mapping"
        for j, artifact in enumerate(get(manifest, "Artifacts", []) or []):
            uri = get(artifact, "URI") if isinstance(artifact, dict) else None
            if not isinstance(uri, str) or not uri:
                found[f"Manifests[{i}].Artifacts[{j}]"] = "each artifact needs a URI"
            elif uri.startswith("docker:"):
                if not re.fullmatch(r"docker:[^\s@]+(@sha256:[0-9a-f]{64})?", uri):
                    found[f"Manifests[{i}].Artifacts[{j}].URI"] = f"invalid docker artifact URI {uri!r}"
            elif not re.match(r"^(s3|greengrass)://", uri):
                found[f"Manifests[{i}].Artifacts[{j}].URI"] = f"unsupported artifact URI scheme in {uri!r}"
    deps = get(recipe, "ComponentDependencies", {})
    if deps is not None and not isinstance(deps, dict):
        found["ComponentDependencies"] = "ComponentDependencies must be a mapping"
    config = get(recipe, "ComponentConfiguration")
    if config is not None and not isinstance(get(config, "DefaultConfiguration", {}), dict):
        found["ComponentConfiguration"] = "DefaultConfiguration must be a mapping"
    return found


def select_manifest(recipe: dict, os_name: str = "linux", arch: str = "amd64") -> dict | None:
    """The first manifest whose Platform fits this device (Greengrass's rule)."""
    manifests = get(recipe, "Manifests")
    if not manifests:
        return {}
    for manifest in manifests:
        platform = get(manifest, "Platform") or {}
        wanted_os = str(get(platform, "os", "*"))
        wanted_arch = str(get(platform, "architecture", "*"))
        aliases = {"amd64": ("amd64", "x86_64", "x86-64"), "arm64": ("arm64", "aarch64")}.get(arch, (arch,))
        if wanted_os in ("*", os_name, "all") and wanted_arch in ("*", *aliases):
            return manifest
    return None


def select(node: Any, selections: list[str]) -> Any:
    """The node with its selection keys resolved, at any level: where a mapping has a key named
    by one of the manifest's Selections (in their order, any case), that key's value replaces
    the mapping."""
    if not isinstance(node, dict):
        return node
    for wanted in selections:
        for key, value in node.items():
            if isinstance(key, str) and key.lower() == wanted.lower():
                return select(value, selections)
    return {k: select(v, selections) for k, v in node.items()}


def lifecycle(recipe: dict, manifest: dict) -> dict:
    """The lifecycle the nucleus runs: the manifest's own replaces the recipe's global one."""
    found = get(manifest, "Lifecycle")
    if found is None:
        found = get(recipe, "Lifecycle", {})
    selections = get(manifest, "Selections")
    if not isinstance(selections, list) or not selections:
        selections = ["all"]
    found = select(found, [str(s) for s in selections])
    return found if isinstance(found, dict) else {}


def artifacts(manifest: dict) -> list[str]:
    return [str(get(a, "URI")) for a in (get(manifest, "Artifacts") or []) if isinstance(a, dict)]


def dependencies(recipe: dict) -> dict[str, dict]:
    deps = get(recipe, "ComponentDependencies") or {}
    out = {}
    for name, spec in deps.items():
        spec = spec or {}
        out[name] = {
            "versionRequirement": str(get(spec, "VersionRequirement", "*") or "*"),
            "dependencyType": str(get(spec, "DependencyType", "HARD") or "HARD").upper(),
        }
    return out


def default_configuration(recipe: dict) -> dict:
    config = get(get(recipe, "ComponentConfiguration") or {}, "DefaultConfiguration") or {}
    return copy.deepcopy(config) if isinstance(config, dict) else {}


# --- versions ----------------------------------------------------------------------------


def version_key(version: str) -> tuple:
    m = SEMVER.match(version)
    if not m:
        return (-1, -1, -1, version)
    major, minor, patch, pre = int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4)
    # A release sorts after its pre-releases.
    return (major, minor, patch, 1 if pre is None else 0, pre or "")


def satisfies(version: str, requirement: str) -> bool:
    """npm-style requirement as Greengrass uses it: '>=2.0.0 <3.0.0', '^2.1.0', '~2.1', '2.1.0', '*'."""
    requirement = (requirement or "*").strip()
    if requirement in ("*", "", "x"):
        return True
    if "||" in requirement:
        return any(satisfies(version, part) for part in requirement.split("||"))
    v = version_key(version)[:3]
    for clause in requirement.split():
        m = re.fullmatch(r"(\^|~|>=|<=|>|<|=)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?(?:-[\w.]+)?", clause)
        if not m:
            return True  # a form we do not know: do not block the deployment on it
        op = m.group(1) or "="
        parts = [m.group(2), m.group(3), m.group(4)]
        nums = [int(p) if p and p.isdigit() else None for p in parts]
        base = tuple(n or 0 for n in nums)
        if op == "^":
            upper = (base[0] + 1, 0, 0) if base[0] else ((0, base[1] + 1, 0) if base[1] else (0, 0, base[2] + 1))
            ok = base <= v < upper
        elif op == "~":
            upper = (base[0], base[1] + 1, 0) if nums[1] is not None else (base[0] + 1, 0, 0)
            ok = base <= v < upper
        elif op == "=":
            ok = all(n is None or n == x for n, x in zip(nums, v))
        else:
            ok = {">=": v >= base, "<=": v <= base, ">": v > base, "<": v < base}[op]
        if not ok:
            return False
    return True


# --- configuration -------------------------------------------------------------------------


def deep_merge(base: Any, update: Any) -> Any:
    if isinstance(base, dict) and isinstance(update, dict):
        out = dict(base)
        for k, v in update.items():
            out[k] = deep_merge(base.get(k), v) if k in base else copy.deepcopy(v)
        return out
    return copy.deepcopy(update)


def pointer_get(document: Any, pointer: str) -> tuple[bool, Any]:
    if pointer in ("", "/"):
        return True, document
    node = document
    for raw in pointer.lstrip("/").split("/"):
        token = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, dict) and token in node:
            node = node[token]
        elif isinstance(node, list) and token.isdigit() and int(token) < len(node):
            node = node[int(token)]
        else:
            return False, None
    return True, node


def pointer_reset(config: dict, defaults: dict, pointer: str) -> dict:
    """Greengrass `reset`: the value at the pointer goes back to its default (or away)."""
    if pointer in ("", "/"):
        return copy.deepcopy(defaults)
    tokens = [t.replace("~1", "/").replace("~0", "~") for t in pointer.lstrip("/").split("/")]
    out = copy.deepcopy(config)
    node = out
    for token in tokens[:-1]:
        if not isinstance(node, dict) or token not in node:
            return out
        node = node[token]
    if isinstance(node, dict):
        found, value = pointer_get(defaults, pointer)
        if found:
            node[tokens[-1]] = copy.deepcopy(value)
        else:
            node.pop(tokens[-1], None)
    return out


def configuration(defaults: dict, previous: dict | None, update: dict | None) -> dict:
    """The component's configuration after a deployment, as the nucleus computes it:
    defaults under what the device already had, then `reset`, then `merge`."""
    config = deep_merge(defaults, previous or {})
    if update:
        for pointer in update.get("reset") or []:
            config = pointer_reset(config, defaults, pointer)
        if update.get("merge"):
            config = deep_merge(config, json.loads(update["merge"]))
    return config


# --- recipe variables ---------------------------------------------------------------------

VARIABLE = re.compile(
    r"\{(?:(?P<component>[A-Za-z0-9._-]+):)?(?P<namespace>iot|configuration|artifacts|kernel|work):(?P<key>[^{}]*)\}"
)


@dataclass
class VariableContext:
    component: str
    thing_name: str
    kernel_root: str
    configs: dict[str, dict]  # component name -> configuration
    artifacts_path: Callable[[str], str]
    decompressed_path: Callable[[str], str]
    work_path: Callable[[str], str]
    unresolved: list[str] = field(default_factory=list)


def _config_text(value: Any) -> str:
    if isinstance(value, str):
        return value
    return json.dumps(value, separators=(",", ":"))


def substitute(text: str, ctx: VariableContext) -> str:
    def replace(m: re.Match) -> str:
        component = m.group("component") or ctx.component
        namespace, key = m.group("namespace"), m.group("key")
        if namespace == "iot" and key == "thingName" and not m.group("component"):
            return ctx.thing_name
        if namespace == "kernel" and key == "rootPath" and not m.group("component"):
            return ctx.kernel_root
        if namespace == "configuration":
            found, value = pointer_get(ctx.configs.get(component, {}), key)
            if found:
                return _config_text(value)
        if namespace == "artifacts" and key == "path":
            return ctx.artifacts_path(component)
        if namespace == "artifacts" and key == "decompressedPath":
            return ctx.decompressed_path(component)
        if namespace == "work" and key == "path":
            return ctx.work_path(component)
        ctx.unresolved.append(m.group(0))
        return m.group(0)  # the nucleus leaves what it cannot resolve as it is

    return VARIABLE.sub(replace, text)


# --- lifecycle scripts and docker run -----------------------------------------------------


def step(lifecycle_map: dict, name: str) -> tuple[str | None, dict, float | None]:
    """(script, Setenv, Timeout) of a lifecycle step given as text or as a mapping."""
    value = get(lifecycle_map, name)
    if value is None:
        return None, {}, None
    if isinstance(value, str):
        return value, {}, None
    if isinstance(value, dict):
        timeout = get(value, "Timeout")
        return (
            get(value, "Script"),
            dict(get(value, "Setenv") or {}),
            float(timeout) if timeout is not None else None,
        )
    return str(value), {}, None


def expand_shell_variables(script: str, env: dict[str, str]) -> str:
    """$NAME and ${NAME} outside single quotes, as the shell running the script would."""
    out = []
    in_single = False
    i = 0
    while i < len(script):
        c = script[i]
        if c == "'" and not in_single:
            in_single = True
        elif c == "'" and in_single:
            in_single = False
        if c == "\\" and not in_single and i + 1 < len(script):
            out.append(script[i:i + 2])
            i += 2
            continue
        if c == "$" and not in_single:
            m = re.match(r"\$(?:\{(\w+)\}|([A-Za-z_]\w*))", script[i:])
            if m:
                out.append(env.get(m.group(1) or m.group(2), ""))
                i += m.end()
                continue
        out.append(c)
        i += 1
    return "".join(out)


def split_commands(script: str) -> list[list[str]]:
    """The simple commands of a script: lines and `;`/`&&`/`||`-separated parts, shlex-split."""
    script = re.sub(r"\\\r?\n", " ", script)
    commands: list[list[str]] = []
    for line in script.splitlines():
        lexer = shlex.shlex(line, posix=True, punctuation_chars=";&|")
        lexer.whitespace_split = True
        lexer.commenters = "#"
        current: list[str] = []
        for token in lexer:
            if token and set(token) <= set(";&|"):
                if current:
                    commands.append(current)
                current = []
            else:
                current.append(token)
        if current:
            commands.append(current)
    return commands


# docker run options that take a value (the ones a component recipe plausibly uses).
_VALUE_OPTIONS = {
    "--name", "-v", "--volume", "-u", "--user", "-w", "--workdir", "--entrypoint", "-l", "--label",
    "--log-driver", "--log-opt", "--restart", "-m", "--memory", "--cpus", "--platform", "--pull",
    "--mount", "--add-host", "--device", "--cap-add", "--cap-drop", "--security-opt", "--ulimit",
    "-h", "--hostname", "--ipc", "--pid", "--stop-signal", "--stop-timeout", "--network-alias",
    "-p", "--publish", "--expose", "--dns", "--group-add", "--shm-size", "--tmpfs", "--runtime",
    "--cgroupns", "--uts", "--userns", "--memory-swap", "--cpu-shares", "--gpus", "--health-cmd",
    "--health-interval", "--health-retries", "--health-timeout", "--env-file", "-e", "--env",
    "--net", "--network",
}
_FLAG_OPTIONS = {
    "--rm", "-d", "--detach", "-i", "--interactive", "-t", "--tty", "--init", "--privileged",
    "--read-only", "-P", "--publish-all", "--no-healthcheck", "--sig-proxy", "--oom-kill-disable",
}


@dataclass
class DockerRun:
    image: str
    env: list[tuple[str, str | None]]  # (NAME, VALUE) or (NAME, None): pass from the environment
    network: str | None
    remove: bool
    command: list[str]
    entrypoint: str | None
    workdir: str | None
    options: list[str]


class DockerRunError(Exception):
    pass


_ASSIGNMENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*=")


def find_docker_runs(commands: list[list[str]]) -> list[list[str]]:
    """The arguments after `docker run` (or `docker container run`) of each command that runs
    a container, past what may stand before docker: assignments, sudo, env, exec."""
    found = []
    for command in commands:
        words = command
        while words and (_ASSIGNMENT.match(words[0]) or words[0] in ("exec", "sudo", "env", "nohup")):
            words = words[1:]
            while words and words[0].startswith("-"):  # sudo -E, env -i ...
                words = words[1:]
        if not words or os.path.basename(words[0]) != "docker":
            continue
        if words[1:2] == ["run"]:
            found.append(words[2:])
        elif words[1:3] == ["container", "run"]:
            found.append(words[3:])
    return found


def find_docker_run(commands: list[list[str]]) -> list[str] | None:
    runs = find_docker_runs(commands)
    return runs[0] if runs else None


# What docker would take for its own options if they stood before the image.
_DOCKER_OPTION = re.compile(r"^(?:--(?:net|network|env|env-file|rm|name|volume|publish)(?:=|$)|-[ev]$)")


def options_after_image(run: "DockerRun") -> list[str]:
    """docker run options written after the image: docker hands them to the container."""
    return [word for word in run.command if _DOCKER_OPTION.match(word)]


def parse_docker_run(args: list[str]) -> DockerRun:
    env: list[tuple[str, str | None]] = []
    network = None
    remove = False
    entrypoint = workdir = None
    options: list[str] = []
    i = 0
    while i < len(args):
        arg = args[i]
        if not arg.startswith("-") or arg == "-":
            break
        if arg == "--":
            i += 1
            break
        name, eq, value = arg.partition("=")
        if name.startswith("--"):
            if name in _FLAG_OPTIONS:
                if name == "--rm":
                    remove = value.lower() != "false" if eq else True
                options.append(arg)
                i += 1
                continue
            if name not in _VALUE_OPTIONS:
                raise DockerRunError(f"the sandbox does not know the docker run option {name!r}")
            if not eq:
                if i + 1 >= len(args):
                    raise DockerRunError(f"docker run option {name} needs a value")
                value = args[i + 1]
                i += 1
            i += 1
        else:
            # Short options: -e NAME, -eNAME, -it, -d ...
            letters = arg[1:]
            if "-" + letters in _FLAG_OPTIONS:
                options.append(arg)
                i += 1
                continue
            if all(("-" + ch) in _FLAG_OPTIONS for ch in letters):
                options.append(arg)
                i += 1
                continue
            name = "-" + letters[0]
            if name not in _VALUE_OPTIONS:
                raise DockerRunError(f"the sandbox does not know the docker run option {arg!r}")
            if len(letters) > 1:
                value = letters[1:].lstrip("=")
                i += 1
            else:
                if i + 1 >= len(args):
                    raise DockerRunError(f"docker run option {name} needs a value")
                value = args[i + 1]
                i += 2
        options.append(f"{name}={value}")
        if name in ("-e", "--env"):
            key, has_value, val = value.partition("=")
            env.append((key, val if has_value else None))
        elif name == "--env-file":
            raise DockerRunError("--env-file is not supported by the sandbox; pass each variable with -e")
        elif name in ("--net", "--network"):
            network = value
        elif name == "--entrypoint":
            entrypoint = value
        elif name in ("-w", "--workdir"):
            workdir = value
    if i >= len(args):
        raise DockerRunError("the docker run line names no image")
    return DockerRun(args[i], env, network, remove, args[i + 1:], entrypoint, workdir, options)
