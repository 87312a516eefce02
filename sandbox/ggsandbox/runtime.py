"""The container runtime the simulated core devices run the component's image in: podman.

A core device's Docker application manager pulls the image (with the ECR password the device's
credentials get), and the component's lifecycle runs `docker run ARGS`. Here podman does both:
`podman login` + `podman pull` by digest from the sandbox registry, then
`podman <this host's runtime options> run ARGS` with the lifecycle's environment as podman's own
environment, so `-e NAME` without a value passes NAME into the container as docker does, and
nothing else gets in. Whether the app reaches the token exchange service (on the host's
loopback) is then up to the network the line asks for: no text rule decides it.

The one thing the sandbox adds to every container is what stands in for the real AWS endpoint:
AWS_ENDPOINT_URL_DYNAMODB (moto) and AWS_EC2_METADATA_DISABLED, as defaults in the devices'
containers.conf (the engine's configuration, as a device's network would route DynamoDB),
which the line's own `-e` overrides.

The image the e2e tests build (sandbox/Dockerfile) starts FROM a Python base made offline
with mmdebstrap from Debian 13's packages, cached under ~/.cache/ggcd-sandbox (keyed by the
command that makes it), and imported into the sandbox's build storage at start. Where podman
cannot run, the devices fall back to running the image's command as a host process
(devices.py), and the base is an empty stand-in when mmdebstrap is missing too.

    scripts/python -m ggsandbox.runtime build-base   (from sandbox: make the cached base now)
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Callable

from .registry import die_with_parent

BASE_IMAGE = "localhost/ggcd-sandbox/python:trixie"
BASE_SUITE = "trixie"
BASE_MIRROR = "http://deb.debian.org/debian"
# python-is-python3 so the image's CMD is the user's (`python …`); boto3 from Debian, not pip.
BASE_PACKAGES = ("python3", "python3-boto3", "python-is-python3")
# The user the app runs as, with the uid and gid container/Dockerfile gives it (the base has no
# useradd: the variant is Debian's essential set, so the entries are written directly).
BASE_USER_HOOK = (
    'echo "app:x:10001:" >> "$1/etc/group"; '
    'echo "app:x:10001:10001::/nonexistent:/usr/sbin/nologin" >> "$1/etc/passwd"'
)
HOST_ARCH = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
OTHER_ARCHES = [a for a in ("amd64", "arm64") if a != HOST_ARCH]
# The app needs botocore's model of DynamoDB only: the rest of botocore/data is half the base
# (100 MB), which every test run would push and pull.
BASE_TRIM_HOOK = (
    'find "$1/usr/lib/python3/dist-packages/botocore/data" -mindepth 1 -maxdepth 1 -type d '
    "! -name dynamodb ! -name sts -exec rm -rf {} +"
)
BASE_PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
# What podman needs on this kind of host (hybrid cgroups: crun refuses them; runc works).
RUNTIME_OPTIONS = [
    "--runtime", "runc", "--cgroup-manager=cgroupfs",
]
RUN_OPTIONS = ["--ulimit", "nofile=20000:20000", "--ulimit", "nproc=4096:4096", "--pull=never"]
PULL_TIMEOUT_SECONDS = 300


def cache_dir() -> Path:
    explicit = os.environ.get("GGCD_SANDBOX_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "ggcd-sandbox"


def base_command(target: str) -> list[str]:
    return [
        "mmdebstrap", "--quiet", "--format=tar", "--variant=essential", f"--include={','.join(BASE_PACKAGES)}",
        "--dpkgopt=path-exclude=/usr/share/doc/*", "--dpkgopt=path-exclude=/usr/share/man/*",
        "--dpkgopt=path-exclude=/usr/share/locale/*", f"--customize-hook={BASE_USER_HOOK}",
        f"--customize-hook={BASE_TRIM_HOOK}",
        BASE_SUITE, target, BASE_MIRROR,
    ]


def base_key() -> str:
    return hashlib.sha256(json.dumps(base_command("TARGET")).encode()).hexdigest()[:16]


def base_rootfs(log: Callable[[str], None]) -> Path | None:
    """The cached root file system tar of the Python base, made now if missing (minutes, once).

    None when it is not cached and mmdebstrap is not installed."""
    cache = cache_dir()
    tar = cache / f"python-base-{base_key()}.tar"
    if tar.is_file():
        return tar
    if shutil.which("mmdebstrap") is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    # Sandboxes started at once build it once: the others wait for the lock, then find it.
    with open(cache / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if tar.is_file():
            return tar
        log(f"building the Python base image with mmdebstrap (Debian {BASE_SUITE}: {', '.join(BASE_PACKAGES)}); cached in {tar}")
        partial = tar.with_suffix(".partial")
        result = subprocess.run(base_command(str(partial)), capture_output=True, text=True)
        if result.returncode != 0:
            partial.unlink(missing_ok=True)
            raise RuntimeError(f"mmdebstrap failed ({result.returncode}): {result.stderr.strip()[-2000:]}")
        partial.rename(tar)
    return tar


def install_base(env: dict[str, str], log: Callable[[str], None]) -> str:
    """Put BASE_IMAGE into the build storage `env` names (buildah); return what it is."""
    # Nothing is pulled: no registry login (the auth file the env names does not exist yet).
    full_env = {k: v for k, v in {**os.environ, **env}.items() if k != "REGISTRY_AUTH_FILE"}

    def buildah(*args: str) -> str:
        result = subprocess.run(["buildah", *args], env=full_env, capture_output=True, text=True)
        if result.returncode != 0:
            raise RuntimeError(f"buildah {args[0]} failed: {result.stderr.strip()[-1000:]}")
        return result.stdout.strip()

    if subprocess.run(["buildah", "manifest", "inspect", BASE_IMAGE], env=full_env, capture_output=True).returncode == 0:
        return "present"
    tar = base_rootfs(log)
    container = buildah("from", "--quiet", "scratch")
    try:
        if tar is not None:
            buildah("add", "--quiet", container, str(tar), "/")
            what = f"Debian {BASE_SUITE} with {', '.join(BASE_PACKAGES)}"
        else:
            # Nothing to run in it: the devices then run the app with the host's Python.
            what = "an empty stand-in (mmdebstrap is not installed)"
            log(f"mmdebstrap is missing: {BASE_IMAGE} is {what}; install it: apt-get install -y mmdebstrap")
        buildah("config", "--env", f"PATH={BASE_PATH}", container)
        buildah("commit", "--quiet", container, f"{BASE_IMAGE}-{HOST_ARCH}")
        # Multi-platform builds (the platforms input) need the base for each platform. The others
        # carry the host's binaries (only COPY runs on them; the devices have the host's
        # architecture), so the sandbox's "arm64" image runs here, as before.
        buildah("manifest", "create", BASE_IMAGE)
        buildah("manifest", "add", BASE_IMAGE, f"{BASE_IMAGE}-{HOST_ARCH}")
        for arch in OTHER_ARCHES:
            buildah("config", "--arch", arch, container)
            buildah("commit", "--quiet", container, f"{BASE_IMAGE}-{arch}")
            buildah("manifest", "add", BASE_IMAGE, f"{BASE_IMAGE}-{arch}")
        buildah("rm", container)
    except BaseException:
        subprocess.run(["buildah", "rm", container], env=full_env, capture_output=True)
        raise
    return what


class Podman:
    """One podman storage and configuration under the state directory, shared by the devices
    (each keeps its own registry login): the image a device pulled is not pulled again."""

    def __init__(self, root: Path, dynamodb_endpoint: str):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.version = ""
        (root / "containers.conf").write_text(
            "# Written by the sandbox: what stands in for the real AWS endpoints, in every container.\n"
            "[containers]\n"
            f'env = ["PATH={BASE_PATH}", "AWS_ENDPOINT_URL_DYNAMODB={dynamodb_endpoint}", '
            '"AWS_EC2_METADATA_DISABLED=true"]\n'
        )
        (root / "registries.conf").write_text('unqualified-search-registries = []\nshort-name-mode = "permissive"\n')
        self.driver = "overlay"
        self._write_storage()

    def _write_storage(self) -> None:
        (self.root / "storage.conf").write_text(
            "[storage]\n"
            f'driver = "{self.driver}"\n'
            f'runroot = "{self.root / "run"}"\n'
            f'graphroot = "{self.root / "storage"}"\n'
        )

    def env(self, base: dict[str, str], auth_file: Path | None = None) -> dict[str, str]:
        env = dict(base)
        # podman's network plugins run iptables from /usr/sbin (a container's PATH is its own).
        path = env.get("PATH") or os.environ.get("PATH", "/usr/bin:/bin")
        env["PATH"] = ":".join([path, *(d for d in ("/usr/sbin", "/sbin") if d not in path.split(":"))])
        env.update(
            {
                "CONTAINERS_CONF": str(self.root / "containers.conf"),
                "CONTAINERS_STORAGE_CONF": str(self.root / "storage.conf"),
                "CONTAINERS_REGISTRIES_CONF": str(self.root / "registries.conf"),
            }
        )
        if auth_file is not None:
            env["REGISTRY_AUTH_FILE"] = str(auth_file)
        return env

    def _podman(self, args: list[str], env: dict[str, str] | None = None, timeout: float = 60, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            ["podman", *RUNTIME_OPTIONS, *args], env=env or self.env({}), input=stdin,
            capture_output=True, text=True, timeout=timeout,
        )

    def self_check(self) -> str | None:
        """None when podman works here; else why not."""
        if shutil.which("podman") is None:
            return "podman is not installed (apt-get install -y podman runc)"
        if shutil.which("runc") is None:
            return "runc is not installed (apt-get install -y runc)"
        problems = []
        for driver in ("overlay", "vfs"):
            self.driver = driver
            self._write_storage()
            try:
                result = self._podman(["info", "--format", "{{.Version.Version}} {{.Host.OCIRuntime.Name}}"])
            except subprocess.TimeoutExpired:
                problems.append(f"{driver}: podman info did not answer within 60 s")
                continue
            if result.returncode == 0:
                self.version = f"podman {result.stdout.split()[0]} (runc, {driver} storage)"
                return None
            problems.append(f"{driver}: {result.stderr.strip().splitlines()[-1:] or result.returncode}")
        return "podman info fails: " + "; ".join(str(p) for p in problems)

    def pull(self, image: str, user: str, password: str, auth_file: Path, registry: str) -> str | None:
        """Log in as the device does (the ECR password) and pull by digest; None or the error."""
        env = self.env({}, auth_file)
        try:
            login = self._podman(["login", "--tls-verify=false", "-u", user, "--password-stdin", registry], env, stdin=password)
            if login.returncode != 0:
                return f"podman login {registry}: {login.stderr.strip()[-500:]}"
            pulled = self._podman(["pull", "--quiet", "--tls-verify=false", image], env, timeout=PULL_TIMEOUT_SECONDS)
        except subprocess.TimeoutExpired as exc:
            return f"podman {exc.cmd[len(RUNTIME_OPTIONS) + 1]} did not finish within {exc.timeout:.0f} s"
        if pulled.returncode != 0:
            return f"podman pull: {pulled.stderr.strip()[-500:]}"
        return None

    def run_argv(self, docker_run_args: list[str], cidfile: Path) -> list[str]:
        """`docker run ARGS` as podman runs it here: this host's options, then the line's own."""
        return ["podman", *RUNTIME_OPTIONS, "run", *RUN_OPTIONS, "--cidfile", str(cidfile), *docker_run_args]

    def run(
        self, docker_run_args: list[str], lifecycle_env: dict[str, str], work: Path, timeout: float,
        started: Callable[[subprocess.Popen], None] = lambda _: None,
    ) -> tuple[int, list[str]]:
        """Runs the container; (exit code, argv); -9 if it did not exit within `timeout`.
        Its stdout and stderr (podman's own errors included) are in work/stdout.log, stderr.log."""
        work.mkdir(parents=True, exist_ok=True)
        cidfile = work / "container.id"
        cidfile.unlink(missing_ok=True)
        argv = self.run_argv(docker_run_args, cidfile)
        with open(work / "stdout.log", "wb") as out, open(work / "stderr.log", "wb") as err:
            proc = subprocess.Popen(
                argv, cwd=work, env=self.env(lifecycle_env), stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                preexec_fn=die_with_parent,
            )
            started(proc)
            try:
                code = proc.wait(timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                code = -9
        if code == -9 or code < 0:
            self.remove(cidfile)
        return code, argv

    def remove(self, cidfile: Path) -> None:
        if cidfile.is_file():
            self._podman(["rm", "--force", "--time", "0", "--cidfile", str(cidfile)])

    def stop(self) -> None:
        """Removes every container of this storage (only the sandbox's own), so it can be deleted."""
        try:
            self._podman(["rm", "--all", "--force", "--time", "0"])
        except (OSError, subprocess.TimeoutExpired):
            pass


def detect(root: Path, dynamodb_endpoint: str) -> tuple[Podman | None, str | None]:
    """The runtime, or None and why not (GGCD_SANDBOX_RUNTIME=none forces the fallback)."""
    if os.environ.get("GGCD_SANDBOX_RUNTIME", "").lower() in ("none", "host", "0", "off"):
        return None, "GGCD_SANDBOX_RUNTIME=none"
    podman = Podman(root, dynamodb_endpoint)
    problem = podman.self_check()
    return (None, problem) if problem else (podman, None)


def main(argv: list[str]) -> int:
    if argv[:1] != ["build-base"]:
        print("usage: python -m ggsandbox.runtime build-base", file=sys.stderr)
        return 2
    tar = base_rootfs(lambda m: print(f"[sandbox] {m}", file=sys.stderr))
    if tar is None:
        print("[sandbox] mmdebstrap is not installed: apt-get install -y mmdebstrap", file=sys.stderr)
        return 1
    print(tar)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
