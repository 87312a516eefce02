"""One sandbox process for the whole session, started exactly as a user starts it, plus the
clients and helpers the tests share."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from pathlib import Path
from typing import Any, Callable

import boto3
import pytest
from botocore.config import Config

SANDBOX_DIR = Path(__file__).resolve().parents[1]
REPO = SANDBOX_DIR.parent
sys.path.insert(0, str(SANDBOX_DIR))

INSTALL_HINT = "apt-get install -y docker-registry buildah apache2-utils"


class Sandbox:
    def __init__(self, info: dict, process: subprocess.Popen, stderr_path: Path):
        self.info = info
        self.process = process
        self.stderr_path = stderr_path
        self.env: dict[str, str] = info["env"]
        self.account = info["accountId"]
        self.region = info["region"]
        self.registry = info["registry"]
        self.control_url = info["control"]

    def client(self, service: str, *, validate: bool = True, attempts: int = 3) -> Any:
        service_key = {"greengrassv2": "GREENGRASSV2", "dynamodb": "DYNAMODB", "iot": "IOT",
                       "iam": "IAM", "ecr": "ECR", "sts": "STS", "logs": "CLOUDWATCH_LOGS"}[service]
        return boto3.session.Session().client(
            service,
            region_name=self.region,
            endpoint_url=self.env[f"AWS_ENDPOINT_URL_{service_key}"],
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            config=Config(
                parameter_validation=validate,
                retries={"mode": "standard", "total_max_attempts": attempts},
            ),
        )

    def control(self, method: str, path: str, body: Any = None) -> Any:
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(f"{self.control_url}{path}", data=data, method=method)
        request.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def raw(self, method: str, path: str, body: bytes | None = None) -> tuple[int, dict, Any]:
        """An unsigned request straight at the emulator, for what no SDK would send."""
        request = urllib.request.Request(self.env["AWS_ENDPOINT_URL_GREENGRASSV2"] + path, data=body, method=method)
        request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers), json.loads(exc.read() or b"null")

    def add_device(self, thing: str, groups: list[str], fail_app: bool = False) -> dict:
        return self.control("POST", "/devices", {"thingName": thing, "groups": groups, "failApp": fail_app})

    def device(self, thing: str) -> dict:
        return next(d for d in self.control("GET", "/devices")["devices"] if d["thingName"] == thing)

    def thing_arn(self, thing: str) -> str:
        return f"arn:aws:iot:{self.region}:{self.account}:thing/{thing}"

    def group_arn(self, group: str) -> str:
        return f"arn:aws:iot:{self.region}:{self.account}:thinggroup/{group}"


@pytest.fixture(scope="session")
def sandbox() -> Any:
    stderr_file = tempfile.NamedTemporaryFile(prefix="sandbox-stderr-", suffix=".log", delete=False)
    process = subprocess.Popen(
        [sys.executable, str(SANDBOX_DIR / "sandbox.py")],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=stderr_file,
    )
    line: list[bytes] = []
    reader = threading.Thread(target=lambda: line.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    stderr_path = Path(stderr_file.name)
    if not line or not line[0]:
        process.kill()
        pytest.fail("the sandbox did not print its ready line within 60 s:\n" + stderr_path.read_text()[-4000:])
    info = json.loads(line[0])
    if not info.get("ready"):
        process.wait(10)
        pytest.fail(f"the sandbox did not start: {info.get('error')}\n" + stderr_path.read_text()[-4000:])
    box = Sandbox(info, process, stderr_path)
    yield box
    process.stdin.close()  # the parent "dies": the sandbox must stop by itself
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the sandbox did not stop within 20 s of its stdin closing")
    assert process.returncode == 0, stderr_path.read_text()[-4000:]
    assert not Path(info["stateDir"]).exists(), "the temporary state directory was left behind"
    stderr_path.unlink()


@pytest.fixture(scope="session")
def gg(sandbox: Sandbox) -> Any:
    return sandbox.client("greengrassv2")


@pytest.fixture(scope="session")
def gg_raw(sandbox: Sandbox) -> Any:
    """No client-side parameter validation and no retries: what reaches the emulator is what we send."""
    return sandbox.client("greengrassv2", validate=False, attempts=1)


def wait_for(check: Callable[[], Any], timeout: float = 30, interval: float = 0.2, what: str = "condition") -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        time.sleep(interval)


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


@pytest.fixture(scope="session")
def image(sandbox: Sandbox) -> str:
    """The container app built FROM scratch with buildah and pushed to the sandbox registry;
    returns `<registry>/<repository>@sha256:…`."""
    if shutil.which("buildah") is None:
        pytest.fail(f"buildah is not installed: {INSTALL_HINT}")
    env = {**os.environ, **sandbox.env}
    registry = sandbox.registry
    password = sandbox.info["password"]
    repository = "dynamodb_access_sample"
    tag = f"{registry}/{repository}:sandbox-test"

    def run(*args: str) -> str:
        result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        if result.returncode != 0:
            pytest.fail(f"{' '.join(args[:3])} failed ({result.returncode}):\n{result.stderr[-3000:]}")
        return result.stdout

    sandbox.client("ecr").create_repository(repositoryName=repository)
    run("buildah", "login", "--tls-verify=false", "-u", "AWS", "-p", password, registry)
    run("buildah", "bud", "--timestamp", "0", "-f", str(SANDBOX_DIR / "Dockerfile"), "-t", tag, str(REPO / "container"))
    digest_file = Path(sandbox.info["stateDir"]) / "digest"
    run("buildah", "push", "--tls-verify=false", "--digestfile", str(digest_file), tag, f"docker://{tag}")
    return f"{registry}/{repository}@{digest_file.read_text().strip()}"


def docker_recipe(
    name: str,
    version: str,
    image: str,
    *,
    network: str = "--net=host",
    dependencies: tuple[str, ...] = (
        "aws.greengrass.DockerApplicationManager",
        "aws.greengrass.TokenExchangeService",
    ),
) -> bytes:
    """A container component recipe like the project's template, rendered."""
    deps = "".join(
        f"  {dep}:\n    VersionRequirement: '>=2.0.0 <3.0.0'\n    DependencyType: HARD\n" for dep in dependencies
    )
    return f"""---
RecipeFormatVersion: '2020-01-25'
ComponentName: {name}
ComponentVersion: '{version}'
ComponentDescription: Writes one item into DynamoDB from a container.
ComponentPublisher: sandbox tests
ComponentDependencies:
{deps or "  {}"}
ComponentConfiguration:
  DefaultConfiguration:
    TableName: SampleDynamoTable
Manifests:
  - Platform:
      os: linux
    Lifecycle:
      Run: |-
        docker run --rm {network} \\
          --env AWS_CONTAINER_CREDENTIALS_FULL_URI \\
          --env AWS_CONTAINER_AUTHORIZATION_TOKEN \\
          --env AWS_REGION --env AWS_IOT_THING_NAME \\
          -e TABLE_NAME={{configuration:/TableName}} \\
          -e COMPONENT_VERSION={version} \\
          {image}
    Artifacts:
      - URI: docker:{image}
""".encode()
