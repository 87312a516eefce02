#!/usr/bin/env python3
"""The local AWS sandbox: the whole deployment pipeline, for real, on one machine.

Starts, on free loopback ports:
  - moto (IAM, ECR, STS, DynamoDB, IoT), seeded with what an account with Greengrass has;
  - a real OCI registry (docker-registry) standing in for ECR, with ECR's password;
    what is pushed to it shows in moto's ECR (ggsandbox/ecrmirror.py);
  - a Greengrass V2 emulator driven by botocore's official model, with a control API;
  - simulated core devices that run the deployed container component from the registry;
  - the token exchange service those containers get their credentials from.

Then prints one JSON line on stdout ({"ready": true, "env": {...}, ...}) and runs until
SIGTERM/SIGINT or until stdin closes, and stops everything it started.

    scripts/python sandbox/sandbox.py [--state-dir DIR] [--seed default|none]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

REGION_DEFAULT = "us-east-1"
APT_HINT = "apt-get install -y docker-registry buildah apache2-utils (and for real containers: podman runc mmdebstrap)"
# It makes a virtual environment where the system's Python refuses pip (PEP 668).
PIP_HINT = "scripts/install-prerequisites.sh (or: pip install 'moto[server]' boto3 pyyaml)"


def missing_prerequisites() -> list[str]:
    """One line per install command, naming what is missing."""
    modules = [
        what
        for module, what in (("moto", "moto"), ("flask", "flask (moto[server])"), ("boto3", "boto3"), ("yaml", "PyYAML"))
        if importlib.util.find_spec(module) is None
    ]
    binaries = [
        what
        for binary, what in (
            ("docker-registry", "docker-registry"),
            ("htpasswd", "htpasswd (apache2-utils)"),
            ("buildah", "buildah"),
        )
        if shutil.which(binary) is None
    ]
    missing = []
    if modules:
        missing.append(f"{sys.executable} lacks module(s) {', '.join(modules)}: install with: {PIP_HINT}")
    if binaries:
        missing.append(f"{', '.join(binaries)}: install with: {APT_HINT}")
    return missing


def write_container_configs(state_dir: Path, registry_host: str, *more_hosts: str, driver: str = "vfs") -> dict[str, str]:
    """registries.conf marking the registry (and its other doors) insecure, storage.conf under
    the state dir (vfs, or overlay where podman found it works: vfs copies the whole Python
    base for every layer)."""
    containers = state_dir / "containers"
    containers.mkdir(parents=True, exist_ok=True)
    registries = containers / "registries.conf"
    registries.write_text(
        "\n".join(
            [
                "# Written by the sandbox: its registry speaks plain HTTP.",
                "unqualified-search-registries = []",
                'short-name-mode = "permissive"',
                "",
                *(
                    line
                    for host in (registry_host, *more_hosts)
                    for line in ("[[registry]]", f'location = "{host}"', "insecure = true", "")
                ),
            ]
        )
    )
    storage = containers / "storage.conf"
    storage.write_text(
        "\n".join(
            [
                "# Written by the sandbox: image storage under its state directory.",
                "[storage]",
                f'driver = "{driver}"',
                f'runroot = "{containers / "run"}"',
                f'graphroot = "{containers / "storage"}"',
                "",
            ]
        )
    )
    return {
        "CONTAINERS_REGISTRIES_CONF": str(registries),
        "CONTAINERS_STORAGE_CONF": str(storage),
        "REGISTRY_AUTH_FILE": str(containers / "auth.json"),
        "BUILDAH_ISOLATION": "chroot",
    }


def remove_later(state_dir: Path) -> None:
    """Removes the state directory without making the caller wait: its image stores hold the
    Python base (thousands of files, seconds to delete on a busy disk), so it is renamed out of
    the way at once and deleted by a detached `rm`."""
    trash = state_dir.with_name(state_dir.name + ".removing")
    try:
        state_dir.rename(trash)
        subprocess.Popen(
            ["rm", "-rf", "--one-file-system", str(trash)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )
    except OSError:
        shutil.rmtree(state_dir, ignore_errors=True)


class Sandbox:
    def __init__(self, state_dir: Path, region: str, seed: str):
        from ggsandbox.aws import Moto

        self.state_dir = state_dir
        self.region = region
        self.seed = seed
        self.moto = Moto(region)
        self.registry = None
        self.mirror = None
        self.tes = None
        self.service = None
        self.emulator = None
        self.fleet = None
        self.jobs = None
        self.runtime_missing: str | None = None

    def start(self) -> dict:
        from ggsandbox import aws
        from ggsandbox.devices import Fleet, Settings
        from ggsandbox.ecrmirror import EcrMirror
        from ggsandbox.fleets import JobBook
        from ggsandbox.greengrass import Emulator, Greengrass
        from ggsandbox.model import log
        from ggsandbox.registry import Registry, RegistryClient
        from ggsandbox.tes import TokenExchangeService
        from ggsandbox import runtime

        self.moto.start()
        log(f"moto on {self.moto.endpoint} (account {self.moto.account_id})")
        password = self.moto.registry_password()
        # What is pushed to the registry shows in moto's ECR (ggsandbox/ecrmirror.py).
        self.mirror = EcrMirror(self.moto)
        self.mirror.start()
        self.registry = Registry(self.state_dir, "AWS", password, notify=(self.mirror.url, self.mirror.token))
        self.registry.start()
        self.mirror.attach(RegistryClient(self.registry.host, "AWS", password, timeout=10))
        log(f"registry on {self.registry.host} (mirrored into moto's ECR)")
        from ggsandbox.registryfaults import FaultyRegistry

        self.faulty_registry = FaultyRegistry(self.registry.host)
        self.faulty_registry.start()
        log(f"the registry, with upload faults on request, also on {self.faulty_registry.host}")
        self.tes = TokenExchangeService(self.moto, aws.ROLE_NAME)
        self.tes.start()
        self.service = Greengrass(self.moto.account_id, self.region, self.moto)
        self.emulator = Emulator(self.service, self.control)
        self.emulator.start()
        log(f"greengrass emulator on {self.emulator.endpoint}")
        settings = Settings(
            state_dir=self.state_dir,
            region=self.region,
            registry_host=self.registry.host,
            registry_user="AWS",
            registry_password=password,
            tes_uri=self.tes.uri,
            dynamodb_endpoint=self.moto.endpoint,
        )
        self.fleet = Fleet(settings, self.service, self.moto, self.tes)
        # The devices run the image in podman where it works here; else, said once, as a host process.
        self.fleet.runtime, self.runtime_missing = runtime.detect(self.state_dir / "podman", self.moto.endpoint)
        if self.fleet.runtime is not None:
            log(f"container runtime: {self.fleet.runtime.version}")
        else:
            log(f"no container runtime ({self.runtime_missing}): devices run the image's command as a host process")
        self.service.fleet = self.fleet
        # Every deployment's IoT job, and the light devices of fleets (ggsandbox/fleets.py).
        self.jobs = JobBook(self.moto, on_abort=self.service.job_aborted)
        self.service.jobs = self.jobs
        self.fleet.jobs = self.jobs
        if self.seed == "default":
            self.moto.seed()
            for thing in aws.SEED_DEVICES:
                self.fleet.add(thing, [aws.GROUP_NAME])
            # The group already has a deployment, as a fleet in use does: the toolkit has to
            # merge its component into it, not replace it.
            self.service.CreateDeployment(
                {
                    "targetArn": f"arn:aws:iot:{self.region}:{self.moto.account_id}:thinggroup/{aws.GROUP_NAME}",
                    "deploymentName": "sandbox-seed",
                    "components": {"aws.greengrass.Cli": {"componentVersion": "2.12.6"}},
                }
            )

        env = {
            "AWS_REGION": self.region,
            "AWS_DEFAULT_REGION": self.region,
            "AWS_ACCESS_KEY_ID": aws.ACCESS_KEY,
            "AWS_SECRET_ACCESS_KEY": aws.SECRET_KEY,
            "AWS_EC2_METADATA_DISABLED": "true",
            # Anything not listed below also stays local (moto), never real AWS.
            "AWS_ENDPOINT_URL": self.moto.endpoint,
            "AWS_ENDPOINT_URL_IAM": self.moto.endpoint,
            "AWS_ENDPOINT_URL_ECR": self.moto.endpoint,
            "AWS_ENDPOINT_URL_STS": self.moto.endpoint,
            "AWS_ENDPOINT_URL_DYNAMODB": self.moto.endpoint,
            "AWS_ENDPOINT_URL_IOT": self.moto.endpoint,
            "AWS_ENDPOINT_URL_CLOUDWATCH_LOGS": self.moto.endpoint,
            "AWS_ENDPOINT_URL_GREENGRASSV2": self.emulator.endpoint,
        }
        driver = self.fleet.runtime.driver if self.fleet.runtime is not None else "vfs"
        env.update(write_container_configs(self.state_dir, self.registry.host, self.faulty_registry.host, driver=driver))
        # sandbox/Dockerfile starts FROM it (made once, cached: ggsandbox/runtime.py).
        base = runtime.install_base(env, log)
        log(f"base image {runtime.BASE_IMAGE}: {base}")
        return {
            "ready": True,
            "env": env,
            "registry": self.registry.host,
            "faultyRegistry": self.faulty_registry.host,
            "control": f"{self.emulator.endpoint}/_sandbox",
            "accountId": self.moto.account_id,
            "region": self.region,
            "password": password,
            "moto": self.moto.endpoint,
            "greengrass": self.emulator.endpoint,
            "tokenExchange": self.tes.uri,
            "stateDir": str(self.state_dir),
            "devices": [d.thing for d in self.fleet.all()],
            "containerRuntime": self.fleet.runtime.version if self.fleet.runtime is not None else None,
            "containerRuntimeMissing": self.runtime_missing,
            "pid": os.getpid(),
        }

    # --- the control API (/_sandbox/...) -------------------------------------------------

    def control(self, method: str, path: str, body: object) -> tuple[int, object]:
        path = path.rstrip("/")
        doc = body if isinstance(body, dict) else {}
        if method == "GET" and path == "/_sandbox":
            return 200, {
                "endpoints": [
                    "GET /_sandbox/calls", "POST /_sandbox/calls/reset", "GET /_sandbox/devices",
                    "POST /_sandbox/devices", "GET /_sandbox/faults", "POST /_sandbox/faults",
                    "GET /_sandbox/state", "GET /_sandbox/registry",
                    "POST /_sandbox/fleet", "GET /_sandbox/fleet", "GET /_sandbox/jobs/{jobId}",
                ]
            }
        if method == "GET" and path == "/_sandbox/calls":
            return 200, {"calls": self.emulator.calls_json()}
        if method == "POST" and path == "/_sandbox/calls/reset":
            self.emulator.reset_calls()
            return 200, {"ok": True}
        if method == "GET" and path == "/_sandbox/devices":
            return 200, {"devices": [d.snapshot() for d in self.fleet.all()]}
        if method == "POST" and path == "/_sandbox/devices":
            thing = doc.get("thingName")
            groups = doc.get("groups", [])
            if not isinstance(thing, str) or not thing:
                return 400, {"message": "thingName (string) is required"}
            if not isinstance(groups, list) or not all(isinstance(g, str) and g for g in groups):
                return 400, {"message": "groups must be a list of thing group names"}
            device = self.fleet.add(thing, groups, bool(doc.get("failApp", False)))
            return 200, {"device": device.snapshot()}
        if method == "POST" and path == "/_sandbox/fleet":
            return self.create_fleet(doc)
        if method == "GET" and path == "/_sandbox/fleet":
            with self.jobs.lock:
                return 200, {"fleets": [f.snapshot() for f in self.jobs.fleets.values()]}
        if method == "GET" and path.startswith("/_sandbox/jobs/"):
            job_id = path.rsplit("/", 1)[1]
            with self.jobs.lock:
                run = self.jobs.runs.get(job_id)
                if run is None:
                    return 404, {"message": f"no job {job_id}"}
                return 200, {
                    "jobId": job_id, "deploymentId": run.dep.id, "status": run.status,
                    "counts": dict(run.counts), "executed": run.executed, "aborted": run.aborted,
                    "abortCriteria": run.abort,
                    "scheduled": len(run.schedule), "started": run.started_cursor, "ended": run.ended_cursor,
                }
        if method == "GET" and path == "/_sandbox/faults":
            aws = self.moto.faults.snapshot()
            return 200, {"faults": list(self.emulator.faults) + aws["faults"], "awsCalls": aws["calls"]}
        if method == "POST" and path == "/_sandbox/faults":
            # `CreateDeployment` (or `greengrass:CreateDeployment`) is the emulator's;
            # `iam:CreatePolicyVersion`, `dynamodb:Query`, … are moto's (ggsandbox/motofaults.py).
            operation = str(doc.get("operation"))
            service, _, name = operation.rpartition(":")
            try:
                if service and service != "greengrass":
                    fault = self.moto.faults.add(
                        operation, str(doc.get("kind", "error")), int(doc.get("status", 429)),
                        int(doc.get("count", 1)), float(doc.get("holdSeconds", 120)), doc.get("message"),
                    )
                    return 200, {"fault": fault}
                fault = self.emulator.add_fault(
                    name, int(doc.get("status", 429)), int(doc.get("count", 1)),
                    doc.get("message"), str(doc.get("kind", "error")), float(doc.get("holdSeconds", 120)),
                )
            except (TypeError, ValueError) as exc:
                return 400, {"message": str(exc)}
            return 200, {"fault": fault}
        if method == "GET" and path == "/_sandbox/state":
            with self.service.lock:
                components = [
                    {"componentName": cv.name, "componentVersion": cv.version, "arn": cv.arn,
                     "state": cv.state, "message": cv.message}
                    for versions in self.service.components.values() for cv in versions.values()
                ]
                deployments = [
                    {**d.summary(), "components": d.components, "deploymentPolicies": d.policies}
                    for d in self.service.deployments.values()
                ]
            return 200, {"components": components, "deployments": deployments}
        if method == "POST" and path == "/_sandbox/registry/faults":
            try:
                fault = self.faulty_registry.add_fault(
                    str(doc.get("kind")), int(doc.get("count", 1)), int(doc.get("status", 500))
                )
            except (TypeError, ValueError) as exc:
                return 400, {"message": str(exc)}
            return 200, {"fault": fault, "host": self.faulty_registry.host}
        if method == "GET" and path == "/_sandbox/registry/faults":
            with self.faulty_registry.lock:
                return 200, {"faults": list(self.faulty_registry.faults), "requests": list(self.faulty_registry.log)}
        if method == "GET" and path == "/_sandbox/registry":
            try:
                return 200, {"registry": self.registry.host, **self.mirror.snapshot()}
            except Exception as exc:  # noqa: BLE001 - the registry did not answer
                return 502, {"message": f"the registry did not answer: {exc}"}
        return 404, {"message": f"no control endpoint {method} {path}"}

    def create_fleet(self, doc: dict) -> tuple[int, object]:
        from ggsandbox.fleets import DEFAULT_IN_PROGRESS_SECONDS, DEFAULT_ROLLOUT_SECONDS, DEFAULT_SAMPLE

        group = doc.get("group")
        if not isinstance(group, str) or not group:
            return 400, {"message": "group (string) is required"}
        try:
            count = int(doc.get("count", 0))
            rate = doc.get("ratePerSecond")
            fleet = self.jobs.create_fleet(
                group, count, float(doc.get("failPercent", 0)), int(doc.get("sample", DEFAULT_SAMPLE)),
                int(doc.get("seed", 1)), float(doc.get("rolloutSeconds", DEFAULT_ROLLOUT_SECONDS)),
                float(rate) if rate else None,
                float(doc.get("inProgressSeconds", DEFAULT_IN_PROGRESS_SECONDS)),
                lambda thing, groups, fail: self.fleet.add(thing, groups, fail),
            )
        except (TypeError, ValueError) as exc:
            return 400, {"message": str(exc)}
        return 200, {"fleet": fleet.snapshot()}

    def stop(self) -> None:
        for part in (self.jobs, self.fleet, self.emulator, self.tes, getattr(self, "faulty_registry", None), self.registry, self.mirror, self.moto):
            if part is None:
                continue
            try:
                part.stop()
            except Exception as exc:  # noqa: BLE001 - stop the rest regardless
                print(f"[sandbox] stopping {type(part).__name__}: {exc!r}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--state-dir", help="keep state here (default: a temporary directory, removed at exit)")
    parser.add_argument("--seed", choices=("default", "none"), default="default")
    parser.add_argument("--region", default=os.environ.get("SANDBOX_REGION", REGION_DEFAULT))
    parser.add_argument(
        "--ignore-stdin", action="store_true",
        help="keep running when stdin closes (by default a closed stdin means the parent is gone)",
    )
    parser.add_argument(
        "--build-base", action="store_true",
        help="only make the cached Python base image sandbox/Dockerfile starts from (mmdebstrap), then exit",
    )
    parser.add_argument(
        "--check-runtime", action="store_true",
        help='only say whether the devices can run containers here: {"containerRuntime": …, "containerRuntimeMissing": …}',
    )
    args = parser.parse_args(argv)
    if args.check_runtime:
        from ggsandbox import runtime

        with tempfile.TemporaryDirectory(prefix="ggsandbox-check-") as scratch:
            podman, missing = runtime.detect(Path(scratch), "http://127.0.0.1:9")
        print(json.dumps({"containerRuntime": podman.version if podman else None, "containerRuntimeMissing": missing}))
        return 0
    if args.build_base:
        from ggsandbox import runtime

        return runtime.main(["build-base"])

    # stdout carries exactly one line (the ready line); everything else goes to stderr,
    # including whatever libraries or children print.
    ready_out = os.fdopen(os.dup(1), "w")
    os.dup2(2, 1)
    sys.stdout = sys.stderr

    missing = missing_prerequisites()
    if missing:
        message = "missing prerequisite(s): " + "; ".join(missing)
        print(f"[sandbox] {message}", file=sys.stderr)
        ready_out.write(json.dumps({"ready": False, "error": message}) + "\n")
        ready_out.flush()
        return 3

    created_dir = args.state_dir is None
    state_dir = Path(args.state_dir or tempfile.mkdtemp(prefix="ggsandbox-")).resolve()
    state_dir.mkdir(parents=True, exist_ok=True)

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())

    sandbox = Sandbox(state_dir, args.region, args.seed)
    try:
        try:
            ready = sandbox.start()
        except Exception as exc:  # noqa: BLE001 - report any start failure on the ready channel
            import traceback

            traceback.print_exc()
            ready_out.write(json.dumps({"ready": False, "error": f"sandbox failed to start: {exc}"}) + "\n")
            ready_out.flush()
            return 1
        ready_out.write(json.dumps(ready) + "\n")
        ready_out.flush()

        if not args.ignore_stdin:

            def watch_stdin() -> None:
                try:
                    while os.read(0, 65536):
                        pass
                except OSError:
                    pass
                print("[sandbox] stdin closed: stopping (--ignore-stdin keeps it running)", file=sys.stderr)
                stop.set()

            threading.Thread(target=watch_stdin, name="stdin", daemon=True).start()
        while not stop.wait(0.5):
            pass
        print("[sandbox] stopping", file=sys.stderr)
        return 0
    finally:
        sandbox.stop()
        if created_dir:
            remove_later(state_dir)


if __name__ == "__main__":
    sys.exit(main())
