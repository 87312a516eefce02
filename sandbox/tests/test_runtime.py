"""The devices' container runtime (ggsandbox/runtime.py): the recipe's `docker run` arguments
reach podman as they are, after this host's options, and `-e NAME` passes NAME from the
lifecycle's environment and nothing else. The container test is skipped, with the reason,
where podman cannot run here or the Python base is not cached yet."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ggsandbox import runtime  # noqa: E402


def test_docker_run_arguments_follow_the_hosts_options_unchanged(tmp_path):
    podman = runtime.Podman(tmp_path, "http://127.0.0.1:9")
    args = ["--rm", "--net=host", "--env", "AWS_REGION", "-e", "X=1", "img@sha256:" + "0" * 64, "python", "-c", "1"]
    argv = podman.run_argv(args, tmp_path / "cid")
    assert argv[: 1 + len(runtime.RUNTIME_OPTIONS) + 1] == ["podman", *runtime.RUNTIME_OPTIONS, "run"]
    assert argv[-len(args):] == args
    assert "--net=host" not in argv[: -len(args)]  # the network is the line's alone


def test_the_fallback_can_be_forced(tmp_path, monkeypatch):
    monkeypatch.setenv("GGCD_SANDBOX_RUNTIME", "none")
    assert runtime.detect(tmp_path, "http://127.0.0.1:9") == (None, "GGCD_SANDBOX_RUNTIME=none")


def test_only_what_the_line_passes_gets_into_the_container(tmp_path):
    podman, missing = runtime.detect(tmp_path / "podman", "http://127.0.0.1:9")
    if podman is None:
        pytest.skip(f"no container runtime here: {missing}")
    tar = runtime.cache_dir() / f"python-base-{runtime.base_key()}.tar"
    if not tar.is_file():
        pytest.skip(f"the Python base is not cached yet ({tar}): scripts/python sandbox/sandbox.py --build-base")
    image = "localhost/ggcd-sandbox/runtime-test:1"
    imported = subprocess.run(
        ["podman", *runtime.RUNTIME_OPTIONS, "import", "--quiet", str(tar), image],
        env=podman.env({}), capture_output=True, text=True,
    )
    assert imported.returncode == 0, imported.stderr
    try:
        show = "import os; print(sorted(k + '=' + v for k, v in os.environ.items() if k.startswith(('GG_', 'AWS_'))))"
        lifecycle = {"GG_PASSED": "yes", "GG_NOT_PASSED": "no", "PATH": "/usr/bin:/bin"}
        code, argv = podman.run(
            ["--rm", "-e", "GG_PASSED", "--env", "GG_SET=1", image, "python3", "-c", show],
            lifecycle, tmp_path / "work", 60,
        )
        stdout = (tmp_path / "work" / "stdout.log").read_text()
        assert code == 0, (tmp_path / "work" / "stderr.log").read_text()
        # The line's variables, and the sandbox's stand-ins for the AWS endpoint; not GG_NOT_PASSED.
        assert stdout.strip() == str(
            ["AWS_EC2_METADATA_DISABLED=true", "AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:9", "GG_PASSED=yes", "GG_SET=1"]
        )
    finally:
        podman.stop()
        subprocess.run(["podman", *runtime.RUNTIME_OPTIONS, "rmi", "--force", image], env=podman.env({}), capture_output=True)
