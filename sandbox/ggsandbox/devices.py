"""Simulated Greengrass core devices: each one is a thread that receives the deployments for its
thing and its thing groups, resolves components the way the nucleus does, and runs the Docker
container components it gets — for real, from the image in the sandbox registry, as a local
process standing in for the container.

What a device checks, in the order the real one fails:
  1. every component version resolves (the emulator's store, or any aws.greengrass.* version);
  2. a component with a docker: artifact depends on aws.greengrass.DockerApplicationManager,
     and (the registry stands in for private ECR) on aws.greengrass.TokenExchangeService;
  3. the image exists in the registry BY DIGEST and its layers pull (preparation: a failure
     here changes nothing on the device);
  4. the lifecycle Greengrass runs (the manifest's over the global one, selection keys at any
     level) has a Run/Startup script with a `docker run` (of the component's own image, where
     the script has several: a sidecar may come first);
  5. podman runs it (ggsandbox/runtime.py): the image pulled by digest with the ECR password,
     the line's own arguments, the lifecycle's environment; the app's exit code decides (without
     host networking or the AWS_CONTAINER_* variables it gets no credentials and says so).
Where podman cannot run here, the device falls back to reading the line as docker reads it
(exactly the artifact's image; options up to the image, what follows is the container's) and
running the image's command as a host process, with only the environment `docker run` would
give it: a container without host networking cannot reach the token exchange service, so one
that needs credentials fails, and one that calls no AWS API runs without.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import platform
import queue
import secrets
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import recipe as r
from .greengrass import Deployment, Greengrass, ComponentVersion, is_public, now
from .logmanager import LogManager
from .model import log
from .registry import PullError, RegistryClient, parse_reference, die_with_parent

NUCLEUS_VERSION = "2.12.6"
DOCKER_MANAGER = "aws.greengrass.DockerApplicationManager"
TOKEN_EXCHANGE = "aws.greengrass.TokenExchangeService"
APP_TIMEOUT_SECONDS = 60.0
# A simulated device has the host's architecture, so it runs the image built here.
ARCHITECTURE = {"x86_64": "amd64", "aarch64": "arm64", "armv7l": "arm"}.get(platform.machine(), platform.machine())


@dataclass
class Installed:
    name: str
    version: str
    recipe_hash: str
    config: dict
    is_root: bool
    source: str  # deployment id
    state: str = "RUNNING"
    details: str | None = None
    codes: list[str] = field(default_factory=list)
    changed: _dt.datetime = field(default_factory=now)

    @property
    def key(self) -> tuple:
        return (self.version, self.recipe_hash, json.dumps(self.config, sort_keys=True))


class DeploymentFailure(Exception):
    def __init__(self, reason: str, stack: list[str], types: list[str], *, changed_state: bool):
        super().__init__(reason)
        self.reason = reason
        self.stack = stack
        self.types = types
        self.changed_state = changed_state


@dataclass
class Settings:
    """What every device shares: where things live and how to reach the rest of the sandbox."""

    state_dir: Path
    region: str
    registry_host: str
    registry_user: str
    registry_password: str
    tes_uri: str
    dynamodb_endpoint: str
    app_timeout: float = APP_TIMEOUT_SECONDS


class CoreDevice:
    def __init__(self, thing: str, service: Greengrass, fleet: "Fleet", fail_app: bool = False):
        self.thing = thing
        self.service = service
        self.fleet = fleet
        self.settings = fleet.settings
        self.fail_app = fail_app
        self.token = secrets.token_urlsafe(32)
        self.root = self.settings.state_dir / "devices" / thing
        self.lock = threading.RLock()
        self.installed: dict[str, Installed] = {
            "aws.greengrass.Nucleus": Installed(
                "aws.greengrass.Nucleus", NUCLEUS_VERSION, "", {}, False, "LOCAL"
            )
        }
        self.applied: dict[str, str] = {}  # target ARN -> deployment id in effect
        self.effective: dict[str, dict] = {}  # deployment id -> effective deployment record
        self.runs: list[dict] = []
        self.log: list[str] = []
        self.status_updated = now()
        self.queue: "queue.Queue[str | None]" = queue.Queue()
        self.current: subprocess.Popen | None = None
        self.thread = threading.Thread(target=self._loop, name=f"device-{thing}", daemon=True)
        self.thread.start()

    # --- what the cloud sees -------------------------------------------------------------

    def groups(self) -> list[str]:
        return self.fleet.moto.groups_of(self.thing)

    def targets_me(self, target_arn: str) -> bool:
        kind, _, name = target_arn.split(":", 5)[5].partition("/")
        return name == self.thing if kind == "thing" else name in self.groups()

    def core_device(self) -> dict:
        with self.lock:
            broken = any(c.state in ("BROKEN", "ERRORED") for c in self.installed.values())
            return {
                "coreDeviceThingName": self.thing,
                "coreVersion": NUCLEUS_VERSION,
                "platform": "linux",
                "architecture": ARCHITECTURE,
                "runtime": "aws_nucleus_classic",
                "status": "UNHEALTHY" if broken else "HEALTHY",
                "lastStatusUpdateTimestamp": self.status_updated,
                "tags": None,
            }

    def effective_deployments(self) -> list[dict]:
        with self.lock:
            records = sorted(self.effective.values(), key=lambda e: e["creationTimestamp"], reverse=True)
            return [dict(e) for e in records]

    def installed_components(self, topology: str) -> list[dict]:
        with self.lock:
            items = []
            for c in sorted(self.installed.values(), key=lambda c: c.name):
                if topology == "ROOT" and not c.is_root:
                    continue
                items.append(
                    {
                        "componentName": c.name,
                        "componentVersion": c.version,
                        "lifecycleState": c.state,
                        "lifecycleStateDetails": (c.details or None) and c.details[:1000],
                        "isRoot": c.is_root,
                        "lastStatusChangeTimestamp": c.changed,
                        "lastReportedTimestamp": self.status_updated,
                        "lastInstallationSource": c.source,
                        "lifecycleStatusCodes": c.codes or None,
                    }
                )
            return items

    def snapshot(self) -> dict:
        """For GET /_sandbox/devices."""
        with self.lock:
            return {
                "thingName": self.thing,
                "groups": self.groups(),
                "failApp": self.fail_app,
                "status": self.core_device()["status"],
                "installedComponents": self.installed_components("ALL"),
                "appliedDeployments": dict(self.applied),
                "effectiveDeployments": self.effective_deployments(),
                "runs": [dict(run) for run in self.runs],
                "log": list(self.log),
                "tokenExchange": self.fleet.tes.counts.get(self.thing, {"granted": 0, "refused": 0}),
            }

    # --- receiving deployments ------------------------------------------------------------

    def receive(self, dep: Deployment) -> None:
        with self.lock:
            if dep.id in self.effective:
                return
            self.effective[dep.id] = {
                "deploymentId": dep.id,
                "deploymentName": dep.name or dep.id,
                "iotJobId": dep.iot_job_id,
                "iotJobArn": dep.iot_job_arn,
                "targetArn": dep.target_arn,
                "coreDeviceExecutionStatus": "QUEUED",
                "creationTimestamp": dep.created,
                "modifiedTimestamp": now(),
            }
        self.fleet.job_update(dep, self)
        self.queue.put(dep.id)

    def cancel(self, dep: Deployment) -> None:
        with self.lock:
            record = self.effective.get(dep.id)
            if record and record["coreDeviceExecutionStatus"] == "QUEUED":
                self._set_status(record, "CANCELED", reason="The deployment was canceled.")
        self.fleet.job_update(dep, self)

    def stop(self) -> None:
        self.queue.put(None)
        proc = self.current
        if proc is not None and proc.poll() is None:
            proc.kill()

    def _note(self, message: str) -> None:
        stamp = now().strftime("%H:%M:%S.%f")[:-3]
        with self.lock:
            self.log.append(f"{stamp} {message}")
        log(f"{self.thing}: {message}")

    def _set_status(self, record: dict, status: str, reason: str | None = None, details: dict | None = None) -> None:
        record["coreDeviceExecutionStatus"] = status
        record["modifiedTimestamp"] = now()
        if reason is not None:
            record["reason"] = reason[:2000]
        if details is not None:
            record["statusDetails"] = details

    def _loop(self) -> None:
        while True:
            dep_id = self.queue.get()
            if dep_id is None:
                return
            try:
                self._process(dep_id)
            except Exception as exc:  # noqa: BLE001 - a sandbox bug must not kill the device
                import traceback

                self._note(f"internal error processing {dep_id}: {traceback.format_exc()}")
                with self.lock:
                    record = self.effective.get(dep_id)
                    if record is not None:
                        self._set_status(
                            record, "FAILED", reason=f"sandbox error: {exc!r}",
                            details={"errorStack": ["DEPLOYMENT_FAILURE"], "errorTypes": ["SERVER_ERROR"]},
                        )

    # --- one deployment -------------------------------------------------------------------

    def _process(self, dep_id: str) -> None:
        dep = self.service.deployments.get(dep_id)
        with self.lock:
            record = self.effective[dep_id]
            if dep is None or record["coreDeviceExecutionStatus"] != "QUEUED":
                return
            self._set_status(record, "IN_PROGRESS")
        self.fleet.job_update(dep, self)
        self._note(f"deployment {dep.id} ({dep.target_arn}, revision {dep.revision}) started")

        thing_target = dep.target_kind == "thing"
        success_status = "COMPLETED" if thing_target else "SUCCEEDED"
        with self.lock:
            candidate_targets = {t: d for t, d in self.applied.items() if t != dep.target_arn}
        candidate_targets = {t: d for t, d in candidate_targets.items() if self.targets_me(t)}
        candidate_targets[dep.target_arn] = dep.id
        try:
            plan = self._plan(candidate_targets)
            prepared = self._prepare(plan, dep)
            outcome = self._apply(plan, prepared, dep)
        except DeploymentFailure as failure:
            self._finish_failed(dep, record, failure)
            return
        if outcome is not None:
            self._finish_failed(dep, record, outcome, plan=plan, candidate_targets=candidate_targets)
            return
        with self.lock:
            self._commit(plan, candidate_targets)
            self._set_status(
                record, success_status,
                reason="SUCCESSFUL",
                details={"errorStack": [], "errorTypes": [], "detailedDeploymentStatus": "SUCCESSFUL"},
            )
            self.status_updated = now()
        self._note(f"deployment {dep.id}: {success_status}")
        self.service.device_finished(dep.id, True)
        self.fleet.job_update(dep, self)

    def _finish_failed(
        self, dep: Deployment, record: dict, failure: DeploymentFailure,
        plan: dict | None = None, candidate_targets: dict | None = None,
    ) -> None:
        if not failure.changed_state:
            detailed = "FAILED_NO_STATE_CHANGE"
        elif dep.failure_policy() == "DO_NOTHING":
            detailed = "FAILED_ROLLBACK_NOT_REQUESTED"
            with self.lock:
                if plan is not None and candidate_targets is not None:
                    self._commit(plan, candidate_targets)
        else:
            detailed = "FAILED_ROLLBACK_COMPLETE"  # the previous component set stays as it was
        with self.lock:
            self._set_status(
                record, "FAILED",
                reason=failure.reason,
                details={
                    "errorStack": [s[:255] for s in failure.stack],
                    "errorTypes": [t[:255] for t in failure.types],
                    "detailedDeploymentStatus": detailed,
                    "failureCause": failure.reason,
                },
            )
            self.status_updated = now()
        self._note(f"deployment {dep.id}: FAILED ({detailed}): {failure.reason}")
        self.service.device_finished(dep.id, False)
        self.fleet.job_update(dep, self)

    def _commit(self, plan: dict, candidate_targets: dict) -> None:
        self.applied = dict(candidate_targets)
        new: dict[str, Installed] = {}
        for name, item in plan.items():
            previous = self.installed.get(name)
            if previous is not None and previous.key == item["installed"].key and name not in item.get("ran", ()):
                previous.is_root = item["installed"].is_root
                previous.source = item["installed"].source
                new[name] = previous
            else:
                new[name] = item["installed"]
        if "aws.greengrass.Nucleus" not in new:
            new["aws.greengrass.Nucleus"] = self.installed["aws.greengrass.Nucleus"]
        self.installed = new

    def _plan(self, candidate_targets: dict[str, str]) -> dict[str, dict]:
        """name -> {cv, installed (the would-be record), is_root}: roots, then dependencies."""
        roots: dict[str, tuple[str, dict, str]] = {}  # name -> (version, spec, deployment id)
        deployments = [self.service.deployments[d] for d in candidate_targets.values() if d in self.service.deployments]
        for dep in sorted(deployments, key=lambda d: d.created):
            for name, spec in dep.components.items():
                roots[name] = (spec["componentVersion"], spec, dep.id)
        plan: dict[str, dict] = {}
        pending: list[tuple[str, str | None, str, bool, str, dict | None]] = [
            (name, version, "", True, source, spec.get("configurationUpdate"))
            for name, (version, spec, source) in roots.items()
        ]
        while pending:
            name, version, requirement, is_root, source, update = pending.pop(0)
            if name in plan:
                continue
            cv = self._resolve(name, version, requirement)
            previous = self.installed.get(name)
            config = r.configuration(
                r.default_configuration(cv.recipe), previous.config if previous else None, update
            )
            plan[name] = {
                "cv": cv,
                "installed": Installed(name, cv.version, cv.recipe_hash, config, is_root, source),
            }
            for dep_name, dep in r.dependencies(cv.recipe).items():
                if dep_name in plan or dep_name in roots:
                    continue
                try:
                    self._resolve(dep_name, None, dep["versionRequirement"])
                except DeploymentFailure:
                    if dep["dependencyType"] == "SOFT":
                        continue
                    raise
                pending.append((dep_name, None, dep["versionRequirement"], False, source, None))
        return plan

    def _resolve(self, name: str, version: str | None, requirement: str) -> ComponentVersion:
        if version is not None:
            cv = self.service.find_version(name, version)
            if cv is None:
                raise DeploymentFailure(
                    f"Component {name} version {version} cannot be found in the cloud.",
                    ["DEPLOYMENT_FAILURE", "NO_AVAILABLE_COMPONENT_VERSION", "COMPONENT_VERSION_NOT_FOUND"],
                    ["DEPENDENCY_ERROR"], changed_state=False,
                )
            return cv
        installed = self.installed.get(name)
        if installed is not None and r.satisfies(installed.version, requirement):
            found = self.service.find_version(name, installed.version)
            if found is not None:
                return found
        candidates = [
            cv for cv in reversed(self.service.versions_of(name))
            if cv.state == "DEPLOYABLE" and r.satisfies(cv.version, requirement)
        ]
        if candidates:
            return candidates[0]
        if is_public(name):
            from .greengrass import PUBLIC_COMPONENTS

            return self.service.find_version(name, PUBLIC_COMPONENTS.get(name, "1.0.0"))  # type: ignore[return-value]
        raise DeploymentFailure(
            f"No version of dependency {name} satisfies {requirement!r}.",
            ["DEPLOYMENT_FAILURE", "NO_AVAILABLE_COMPONENT_VERSION"], ["DEPENDENCY_ERROR"],
            changed_state=False,
        )

    def _docker_images(self, cv: ComponentVersion) -> tuple[dict, list[str]]:
        manifest = r.select_manifest(cv.recipe, "linux", ARCHITECTURE)
        if manifest is None:
            raise DeploymentFailure(
                f"Component {cv.name} {cv.version} has no manifest for linux/{ARCHITECTURE}.",
                ["DEPLOYMENT_FAILURE", "NO_AVAILABLE_COMPONENT_VERSION", "COMPONENT_NOT_SUPPORTED_ON_PLATFORM"],
                ["REQUEST_ERROR"], changed_state=False,
            )
        images = [uri[len("docker:"):] for uri in r.artifacts(manifest) if uri.startswith("docker:")]
        return manifest, images

    def _needs_run(self, name: str, item: dict) -> bool:
        previous = self.installed.get(name)
        if previous is None:
            return True
        if previous.state in ("BROKEN", "ERRORED"):
            return True  # any deployment retries a broken component
        return previous.key != item["installed"].key

    def _prepare(self, plan: dict, dep: Deployment) -> dict[str, dict]:
        """Download what changed (docker pull by digest). Failures here change nothing."""
        prepared: dict[str, dict] = {}
        names = set(plan)
        for name, item in plan.items():
            cv: ComponentVersion = item["cv"]
            if is_public(name):
                continue
            manifest, images = self._docker_images(cv)
            if not images:
                continue
            for needed, why in ((DOCKER_MANAGER, "to pull docker: artifacts"), (TOKEN_EXCHANGE, "to log in to the private registry (ECR)")):
                if needed not in names:
                    raise DeploymentFailure(
                        f"Component {name} {cv.version} has a docker artifact but does not depend on "
                        f"{needed}, which a core device needs {why}.",
                        ["DEPLOYMENT_FAILURE", "ARTIFACT_DOWNLOAD_ERROR", "DOCKER_ERROR"],
                        ["DEPENDENCY_ERROR"], changed_state=False,
                    )
            if not self._needs_run(name, item):
                self._note(f"{name} {cv.version}: version, recipe and configuration unchanged: not restarted")
                continue
            pulled = []
            for index, image in enumerate(images):
                ref = parse_reference(image)
                if ref.host != self.settings.registry_host:
                    raise self._pull_failure(
                        name, image,
                        f"registry {ref.host} is not reachable from the sandbox (only {self.settings.registry_host} is)",
                    )
                if ref.digest is None:
                    self._note(f"{name}: image {image} is not pinned by digest; the device pulls whatever the tag names now")
                runtime = self.fleet.runtime
                if runtime is not None:
                    # As a device's Docker application manager: log in with the ECR password, pull.
                    error = runtime.pull(
                        image, self.settings.registry_user, self.settings.registry_password,
                        self.root / "auth.json", ref.host,
                    )
                    if error is not None:
                        raise self._pull_failure(name, image, error)
                    self._note(f"{name}: podman pulled {image}")
                    pulled.append((image, None))
                    continue
                run_dir = self.root / "images" / f"{name}-{cv.version}-{dep.id[:8]}-{index}"
                client = RegistryClient(ref.host, self.settings.registry_user, self.settings.registry_password)
                try:
                    image_data = client.pull(ref, run_dir / "rootfs", ARCHITECTURE)
                except PullError as exc:
                    raise self._pull_failure(name, image, str(exc)) from None
                self._note(f"{name}: pulled {image} ({len(image_data.layers)} layer(s), manifest {image_data.manifest_digest})")
                pulled.append((image, image_data))
            prepared[name] = {"manifest": manifest, "images": pulled}
        return prepared

    def _pull_failure(self, name: str, image: str, why: str) -> DeploymentFailure:
        return DeploymentFailure(
            f"Failed to pull the docker image {image} for {name}: {why}",
            ["DEPLOYMENT_FAILURE", "ARTIFACT_DOWNLOAD_ERROR", "DOCKER_ERROR", "DOCKER_PULL_ERROR"],
            ["DEPENDENCY_ERROR"], changed_state=False,
        )

    def _apply(self, plan: dict, prepared: dict, dep: Deployment) -> DeploymentFailure | None:
        """Run each changed docker component; the first failure fails the deployment."""
        for name, prep in prepared.items():
            item = plan[name]
            item.setdefault("ran", set()).add(name)
            exit_code, reason = self._run_component(item, prep, dep, plan)
            # aws.greengrass.LogManager in the deployment uploads the component's log (logmanager.py).
            self.fleet.log_manager.after_run(self.thing, plan, self.runs[-1], list(self.log))
            installed: Installed = item["installed"]
            installed.changed = now()
            if exit_code == 0:
                installed.state = "FINISHED"
                installed.codes = []
                continue
            installed.state = "BROKEN"
            installed.details = reason
            installed.codes = ["COMPONENT_BROKEN"]
            return DeploymentFailure(
                f"Component {name} {installed.version} is broken: {reason}",
                ["DEPLOYMENT_FAILURE", "COMPONENT_UPDATE_ERROR", "COMPONENT_BROKEN"],
                ["COMPONENT_ERROR"], changed_state=True,
            )
        return None

    # --- running a container component -------------------------------------------------------

    def component_env(self, names: set[str]) -> dict[str, str]:
        """What the nucleus puts in every component's environment."""
        env = {
            "AWS_REGION": self.settings.region,
            "AWS_DEFAULT_REGION": self.settings.region,
            "AWS_IOT_THING_NAME": self.thing,
            "SVCUID": secrets.token_hex(8),
            "GG_ROOT_CA_PATH": str(self.root / "rootCA.pem"),
            "AWS_GG_NUCLEUS_DOMAIN_SOCKET_FILEPATH_FOR_COMPONENT": str(self.root / "ipc.socket"),
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        }
        if TOKEN_EXCHANGE in names:
            env["AWS_CONTAINER_AUTHORIZATION_TOKEN"] = self.token
            env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = self.settings.tes_uri
        return env

    def _run_component(self, item: dict, prep: dict, dep: Deployment, plan: dict) -> tuple[int, str]:
        cv: ComponentVersion = item["cv"]
        installed: Installed = item["installed"]
        run: dict[str, Any] = {
            "component": cv.name,
            "version": cv.version,
            "deploymentId": dep.id,
            "startedAt": now(),
        }
        with self.lock:
            self.runs.append(run)

        def fail(reason: str, code: int = 1) -> tuple[int, str]:
            run.update({"exitCode": code, "reason": reason, "finishedAt": now()})
            self._note(f"{cv.name} {cv.version}: {reason}")
            return code, reason

        lifecycle = r.lifecycle(cv.recipe, prep["manifest"])
        script, step_env, timeout = r.step(lifecycle, "Run")
        step_name = "Run"
        if script is None:
            script, step_env, timeout = r.step(lifecycle, "Startup")
            step_name = "Startup"
        if script is None:
            return fail("the recipe's lifecycle has no Run or Startup step that starts the container")
        configs = {name: p["installed"].config for name, p in plan.items()}
        ctx = r.VariableContext(
            component=cv.name,
            thing_name=self.thing,
            kernel_root=str(self.root),
            configs=configs,
            artifacts_path=lambda c: str(self.root / "packages" / "artifacts" / c / cv.version),
            decompressed_path=lambda c: str(self.root / "packages" / "artifacts-unarchived" / c / cv.version),
            work_path=lambda c: str(self.root / "work" / c),
        )
        env = self.component_env(set(plan))
        global_env = dict(r.get(lifecycle, "Setenv") or {})
        for key, value in {**global_env, **step_env}.items():
            env[str(key)] = r.substitute(str(value), ctx)
        text = r.substitute(str(script), ctx)
        if ctx.unresolved:
            self._note(f"{cv.name}: unresolved recipe variables left as they are: {sorted(set(ctx.unresolved))}")
        text = r.expand_shell_variables(text, env)
        run["script"] = text
        run["step"] = step_name
        all_runs = r.find_docker_runs(r.split_commands(text))
        if not all_runs:
            return fail(f"the {step_name} script has no `docker run` command: {text.strip()[:300]}")
        images = [image for image, _ in prep["images"]]
        if self.fleet.runtime is not None:
            # podman decides; the line is only read to pick the component's own container.
            def runs_image(args: list[str]) -> bool:
                try:
                    return r.parse_docker_run(args).image in images
                except r.DockerRunError:
                    return False

            args = next((a for a in all_runs if runs_image(a)), all_runs[0])
            limit = min(timeout or self.settings.app_timeout, self.settings.app_timeout)
            work = self.root / "work" / cv.name / f"{cv.version}-{dep.id[:8]}"
            return self._run_container(cv, run, args, env, work, limit)
        try:
            parsed = [r.parse_docker_run(args) for args in all_runs]
        except r.DockerRunError as exc:
            return fail(f"docker run: {exc}", 125)
        # The container that matters is the one of the component's own image (a sidecar may
        # come first); a docker run of anything else finds no pulled image.
        docker = next((d for d in parsed if d.image in images), parsed[0])
        if docker.image not in images:
            return fail(
                f"docker run starts image {docker.image!r}, which is not the component's docker artifact "
                f"({', '.join(images)}); Greengrass only pulled the artifact", 125,
            )
        image = dict(prep["images"])[docker.image]
        config = image.config.get("config") or {}
        container_env: dict[str, str] = {}
        for entry in config.get("Env") or []:
            key, _, value = entry.partition("=")
            if key != "PATH":
                container_env[key] = value
        passed = []
        for key, value in docker.env:
            if value is None:
                if key in env:
                    container_env[key] = env[key]
                    passed.append(key)
            else:
                container_env[key] = value
                passed.append(key)
        # The sandbox's additions: the host PATH (the image's own tools are not there), the
        # local DynamoDB (a real device reaches the real one), and no stray AWS config files.
        container_env["PATH"] = os.environ.get("PATH", "/usr/bin:/bin")
        container_env["AWS_ENDPOINT_URL_DYNAMODB"] = self.settings.dynamodb_endpoint
        container_env["AWS_CONFIG_FILE"] = "/dev/null"
        container_env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        container_env["AWS_EC2_METADATA_DISABLED"] = "true"
        run["envPassed"] = sorted(passed)
        # Without the host's network the container has its own loopback: the token exchange
        # service (on the host's) is out of its reach. A port nothing listens on stands for it.
        host_network = docker.network == "host"
        if not host_network and "AWS_CONTAINER_CREDENTIALS_FULL_URI" in container_env:
            container_env["AWS_CONTAINER_CREDENTIALS_FULL_URI"] = "http://127.0.0.1:9/unreachable"
        late = r.options_after_image(docker)
        hints = []
        if late:
            hints.append(
                f"docker run has {' '.join(late)} after the image, so docker passed it to the container's "
                "command instead of reading it itself"
            )
        if not host_network and {"AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_CONTAINER_CREDENTIALS_FULL_URI"} & set(passed):
            hints.append(
                "the container does not use host networking (docker run lacks --net=host / --network host "
                f"before the image), so it cannot reach the token exchange service at {self.settings.tes_uri}"
            )

        def failed(reason: str, code: int) -> tuple[int, str]:
            return fail("; ".join([reason, *hints]), code)

        entrypoint = [docker.entrypoint] if docker.entrypoint else list(config.get("Entrypoint") or [])
        command = docker.command or ([] if docker.entrypoint else list(config.get("Cmd") or []))
        argv = entrypoint + command
        if not argv:
            return fail("the image has no Entrypoint or Cmd, and docker run gives no command", 125)
        if argv[0].startswith("-"):
            # What docker answers when an option after the image became the command.
            return failed(f'docker run: exec: "{argv[0]}": executable file not found in $PATH', 127)
        rootfs = image.rootfs
        argv = self._host_argv(argv, rootfs)
        if argv is None:
            return fail(
                f"the sandbox runs Python images only: cannot run {entrypoint + command} on the host", 127
            )
        workdir = docker.workdir or config.get("WorkingDir") or "/"
        cwd = rootfs / workdir.lstrip("/")
        if not cwd.is_dir():
            cwd = rootfs
        run["argv"] = argv
        limit = min(timeout or self.settings.app_timeout, self.settings.app_timeout)
        out_dir = rootfs.parent
        self._note(f"{cv.name} {cv.version}: running {argv} (env: {', '.join(sorted(passed))})")
        try:
            with open(out_dir / "stdout.log", "wb") as out, open(out_dir / "stderr.log", "wb") as err:
                proc = subprocess.Popen(
                    argv, cwd=cwd, env=container_env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                    preexec_fn=die_with_parent,
                )
                self.current = proc
                try:
                    code = proc.wait(limit)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()
                    code = -9
                finally:
                    self.current = None
        except OSError as exc:
            return fail(f"cannot start {argv[0]}: {exc}", 127)
        stdout = (out_dir / "stdout.log").read_text(errors="replace")
        stderr = (out_dir / "stderr.log").read_text(errors="replace")
        run.update({"exitCode": code, "stdout": stdout[-4000:], "stderr": stderr[-4000:], "finishedAt": now()})
        if code == 0:
            self._note(f"{cv.name} {cv.version}: exited 0: {stdout.strip().splitlines()[-1:] or ''}")
            run["reason"] = None
            return 0, ""
        lines = [line for line in stderr.splitlines() if line.strip()]
        if code == -9:
            reason = f"the container did not exit within {limit:.0f} s"
        else:
            reason = f"the container exited with {code}: " + (lines[-1].strip() if lines else "(no output on stderr)")
        reason = "; ".join([reason, *hints])
        run["reason"] = reason
        self._note(f"{cv.name} {cv.version}: {reason}")
        return code or 1, reason

    def _run_container(
        self, cv: ComponentVersion, run: dict, args: list[str], env: dict[str, str], work: Path, limit: float
    ) -> tuple[int, str]:
        """The recipe's `docker run` arguments, executed by podman with the lifecycle's environment:
        the app's own exit code and stderr decide, not a reading of the line."""

        def started(proc: subprocess.Popen) -> None:
            self.current = proc

        self._note(f"{cv.name} {cv.version}: podman run {' '.join(args)}")
        try:
            code, argv = self.fleet.runtime.run(args, env, work, limit, started)
        except OSError as exc:
            run.update({"exitCode": 127, "reason": f"cannot start podman: {exc}", "finishedAt": now()})
            return 127, f"cannot start podman: {exc}"
        finally:
            self.current = None
        stdout = (work / "stdout.log").read_text(errors="replace")
        stderr = (work / "stderr.log").read_text(errors="replace")
        run.update({
            "runtime": self.fleet.runtime.version, "argv": argv, "exitCode": code,
            "stdout": stdout[-4000:], "stderr": stderr[-4000:], "finishedAt": now(),
        })
        if code == 0:
            self._note(f"{cv.name} {cv.version}: container exited 0: {stdout.strip().splitlines()[-1:] or ''}")
            run["reason"] = None
            return 0, ""
        lines = [line for line in stderr.splitlines() if line.strip()]
        if code == -9:
            reason = f"the container did not exit within {limit:.0f} s"
        else:
            reason = f"the container exited with {code}: " + (lines[-1].strip() if lines else "(no output on stderr)")
        run["reason"] = reason
        self._note(f"{cv.name} {cv.version}: {reason}")
        return code or 1, reason

    @staticmethod
    def _host_argv(argv: list[str], rootfs: Path) -> list[str] | None:
        first = os.path.basename(argv[0])
        out: list[str] = []
        if first.startswith("python"):
            out.append(sys.executable)
        elif argv[0].startswith("/") and (rootfs / argv[0].lstrip("/")).is_file():
            out.append(str(rootfs / argv[0].lstrip("/")))
        else:
            return None
        for arg in argv[1:]:
            inside = rootfs / arg.lstrip("/")
            out.append(str(inside) if arg.startswith("/") and inside.exists() else arg)
        return out


class Fleet:
    """All simulated core devices; the emulator tells it about new and canceled deployments."""

    def __init__(self, settings: Settings, service: Greengrass, moto: Any, tes: Any):
        self.settings = settings
        self.service = service
        self.moto = moto
        self.tes = tes
        self.log_manager = LogManager(moto, settings.region)
        self.devices: dict[str, CoreDevice] = {}
        self.lock = threading.RLock()
        self.jobs: Any = None  # fleets.JobBook, set by the sandbox
        self.runtime: Any = None  # runtime.Podman, set by the sandbox where podman runs

    def add(self, thing: str, groups: list[str], fail_app: bool = False) -> CoreDevice:
        self.moto.ensure_thing(thing, groups)
        with self.lock:
            device = self.devices.get(thing)
            if device is None:
                device = CoreDevice(thing, self.service, self, fail_app)
                self.devices[thing] = device
                self.tes.register(thing, device.token)
            device.fail_app = fail_app
            self.tes.deny(thing, fail_app)
        # A device joining a group with a deployment receives it (and its thing's own).
        with self.service.lock:
            latest = [
                d for d in self.service.deployments.values() if d.is_latest and d.status != "CANCELED"
            ]
        for dep in sorted(latest, key=lambda d: d.created):
            if device.targets_me(dep.target_arn):
                device.receive(dep)
        return device

    def get(self, thing: str) -> CoreDevice | None:
        with self.lock:
            return self.devices.get(thing)

    def all(self) -> list[CoreDevice]:
        with self.lock:
            return sorted(self.devices.values(), key=lambda d: d.thing)

    def remove(self, thing: str) -> None:
        with self.lock:
            device = self.devices.pop(thing, None)
        if device is not None:
            device.stop()

    def deployment_created(self, dep: Deployment) -> None:
        for device in self.all():
            if device.targets_me(dep.target_arn):
                device.receive(dep)

    def deployment_canceled(self, dep: Deployment) -> None:
        for device in self.all():
            device.cancel(dep)

    def job_update(self, dep: Deployment, device: "CoreDevice") -> None:
        """The device's execution of the deployment's IoT job follows its effective deployment."""
        mapping = {
            "QUEUED": "QUEUED", "IN_PROGRESS": "IN_PROGRESS", "COMPLETED": "SUCCEEDED",
            "SUCCEEDED": "SUCCEEDED", "FAILED": "FAILED", "CANCELED": "CANCELED",
            "TIMED_OUT": "TIMED_OUT", "REJECTED": "REJECTED",
        }
        with device.lock:
            record = device.effective.get(dep.id)
            record = dict(record) if record is not None else None
        if record is None or self.jobs is None:
            return
        self.jobs.set_execution(
            dep, device.thing, mapping[record["coreDeviceExecutionStatus"]],
            record.get("reason"), record.get("statusDetails"),
        )

    def stop(self) -> None:
        for device in self.all():
            device.stop()
        for device in self.all():
            device.thread.join(5)
        if self.runtime is not None:
            self.runtime.stop()

