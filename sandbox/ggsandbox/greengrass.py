"""The Greengrass V2 control plane, emulated: components, deployments and core devices, served
over REST-JSON exactly as the official model describes, with a call log, fault injection and a
small control API under /_sandbox/ for tests.
"""

from __future__ import annotations

import base64
import datetime as _dt
import hashlib
import json
import select
import socket
import struct
import threading
import time
import traceback
import urllib.parse
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Callable

import yaml

from . import model as m
from . import recipe as r
from .model import log

IDEMPOTENCY_SECONDS = 8 * 3600

# Public AWS components the sandbox knows by name (deployments accept any version of any
# aws.greengrass.* component; these are what ListComponents(scope=PUBLIC) shows).
PUBLIC_COMPONENTS = {
    "aws.greengrass.Nucleus": "2.12.6",
    "aws.greengrass.Cli": "2.12.6",
    "aws.greengrass.DockerApplicationManager": "2.0.14",
    "aws.greengrass.TokenExchangeService": "2.0.3",
}


def now() -> _dt.datetime:
    return _dt.datetime.now(_dt.timezone.utc)


def iso(value: _dt.datetime | None) -> str | None:
    return value.isoformat().replace("+00:00", "Z") if value else None


def is_public(name: str) -> bool:
    return name.startswith("aws.greengrass.")


class ServiceError(Exception):
    def __init__(self, code: str, status: int, message: str, **extra: Any):
        super().__init__(message)
        self.code = code
        self.status = status
        self.message = message
        self.extra = extra
        self.headers: dict[str, str] = {}


def validation(message: str) -> ServiceError:
    return ServiceError("ValidationException", 400, message, reason="OTHER")


def not_found(message: str, resource_id: str, resource_type: str) -> ServiceError:
    return ServiceError(
        "ResourceNotFoundException", 404, message, resourceId=resource_id, resourceType=resource_type
    )


def conflict(message: str, resource_id: str, resource_type: str) -> ServiceError:
    return ServiceError("ConflictException", 409, message, resourceId=resource_id, resourceType=resource_type)


@dataclass
class ComponentVersion:
    name: str
    version: str
    account: str  # "aws" for public components
    region: str
    recipe_bytes: bytes
    recipe: dict
    recipe_format: str
    created: _dt.datetime
    state: str = "REQUESTED"
    message: str | None = None
    errors: dict[str, str] = field(default_factory=dict)
    client_token: str | None = None
    tags: dict[str, str] = field(default_factory=dict)

    @property
    def component_arn(self) -> str:
        return f"arn:aws:greengrass:{self.region}:{self.account}:components:{self.name}"

    @property
    def arn(self) -> str:
        return f"{self.component_arn}:versions:{self.version}"

    @property
    def recipe_hash(self) -> str:
        return hashlib.sha256(json.dumps(self.recipe, sort_keys=True, default=str).encode()).hexdigest()

    def status(self) -> dict:
        out: dict[str, Any] = {"componentState": self.state}
        out["message"] = self.message or {
            "REQUESTED": "The component version was requested.",
            "DEPLOYABLE": "NONE",
            "FAILED": "The component version failed to be created.",
        }.get(self.state, "NONE")
        out["errors"] = dict(self.errors)
        return out

    def platforms(self) -> list[dict]:
        out = []
        for manifest in r.get(self.recipe, "Manifests") or []:
            platform = r.get(manifest, "Platform") or {}
            attributes = {str(k): str(v) for k, v in platform.items() if str(v)}
            out.append({"name": str(platform.get("os", "all")), "attributes": attributes})
        return out


@dataclass
class Deployment:
    id: str
    target_arn: str
    name: str | None
    components: dict[str, dict]
    policies: dict
    iot_job_configuration: dict
    parent_target_arn: str | None
    tags: dict[str, str]
    created: _dt.datetime
    revision: int
    iot_job_id: str
    iot_job_arn: str
    status: str = "ACTIVE"
    is_latest: bool = True
    client_token: str | None = None
    fingerprint: str = ""

    @property
    def target_kind(self) -> str:
        return "thinggroup" if ":thinggroup/" in self.target_arn else "thing"

    @property
    def target_name(self) -> str:
        return self.target_arn.split("/", 1)[1]

    def failure_policy(self) -> str:
        return (self.policies or {}).get("failureHandlingPolicy", "ROLLBACK")

    def summary(self) -> dict:
        return {
            "targetArn": self.target_arn,
            "revisionId": str(self.revision),
            "deploymentId": self.id,
            "deploymentName": self.name,
            "creationTimestamp": self.created,
            "deploymentStatus": self.status,
            "isLatestForTarget": self.is_latest,
            "parentTargetArn": self.parent_target_arn,
        }


class Greengrass:
    """Service state and operations. Thread-safe through one re-entrant lock."""

    def __init__(self, account: str, region: str, moto: Any, component_delay: float = 0.3):
        self.account = account
        self.region = region
        self.moto = moto
        self.component_delay = component_delay
        self.lock = threading.RLock()
        self.components: dict[str, dict[str, ComponentVersion]] = {}
        self.deployments: dict[str, Deployment] = {}
        self.component_tokens: dict[str, tuple[float, str, str]] = {}
        self.deployment_tokens: dict[str, tuple[float, str, str]] = {}
        self.fleet: Any = None  # set by the sandbox: devices.Fleet
        self.jobs: Any = None  # set by the sandbox: fleets.JobBook (IoT jobs, light devices)
        self.public: dict[str, dict[str, ComponentVersion]] = {}
        for name, version in PUBLIC_COMPONENTS.items():
            recipe = {
                "RecipeFormatVersion": "2020-01-25",
                "ComponentName": name,
                "ComponentVersion": version,
                "ComponentPublisher": "AWS",
                "ComponentDescription": f"{name} (public component; the sandbox does not run it)",
                "Manifests": [{"Platform": {"os": "linux"}, "Lifecycle": {}}],
            }
            cv = ComponentVersion(
                name, version, "aws", region, json.dumps(recipe).encode(), recipe, "JSON",
                now(), state="DEPLOYABLE",
            )
            self.public[name] = {version: cv}

    # --- helpers -----------------------------------------------------------------------

    def parse_component_arn(self, arn: str, *, versioned: bool) -> tuple[str, str, str | None]:
        """(account, name, version) of a component (version) ARN."""
        parts = arn.split(":")
        # arn:aws:greengrass:REGION:ACCOUNT:components:NAME[:versions:VERSION]
        if len(parts) < 7 or parts[2] != "greengrass" or parts[5] != "components":
            raise validation(f"'{arn}' is not a component ARN")
        if parts[3] != self.region:
            raise validation(f"the ARN's region {parts[3]!r} is not this endpoint's region {self.region!r}")
        account, name = parts[4], parts[6]
        if versioned:
            if len(parts) != 9 or parts[7] != "versions":
                raise validation(f"'{arn}' is not a component version ARN (…:components:NAME:versions:VERSION)")
            return account, name, parts[8]
        if len(parts) != 7:
            raise validation(f"'{arn}' is a component version ARN; this operation takes a component ARN")
        return account, name, None

    def lookup_version(self, arn: str) -> ComponentVersion:
        account, name, version = self.parse_component_arn(arn, versioned=True)
        store = self.public if account == "aws" else self.components
        if account not in ("aws", self.account):
            raise not_found(f"Component version {arn} not found", arn, "componentVersion")
        with self.lock:
            cv = store.get(name, {}).get(version or "")
        if cv is None:
            raise not_found(f"Component version {arn} not found", arn, "componentVersion")
        return cv

    def find_version(self, name: str, version: str) -> ComponentVersion | None:
        with self.lock:
            if is_public(name):
                cv = self.public.get(name, {}).get(version)
                if cv is None:
                    base = next(iter(self.public.get(name, {}).values()), None)
                    recipe = dict(base.recipe) if base else {
                        "RecipeFormatVersion": "2020-01-25", "ComponentName": name,
                        "ComponentVersion": version, "Manifests": [{"Lifecycle": {}}],
                    }
                    recipe["ComponentVersion"] = version
                    cv = ComponentVersion(
                        name, version, "aws", self.region, json.dumps(recipe).encode(), recipe,
                        "JSON", now(), state="DEPLOYABLE",
                    )
                return cv
            return self.components.get(name, {}).get(version)

    def versions_of(self, name: str) -> list[ComponentVersion]:
        with self.lock:
            store = self.public if is_public(name) else self.components
            return sorted(store.get(name, {}).values(), key=lambda cv: r.version_key(cv.version))

    @staticmethod
    def paginate(items: list, params: dict, default: int = 50) -> tuple[list, str | None]:
        start = 0
        token = params.get("nextToken")
        if token:
            try:
                start = int(base64.urlsafe_b64decode(token.encode()).decode())
            except (ValueError, UnicodeDecodeError):
                raise validation("The nextToken is not valid") from None
        size = params.get("maxResults") or default
        page = items[start:start + size]
        following = start + size
        next_token = base64.urlsafe_b64encode(str(following).encode()).decode() if following < len(items) else None
        return page, next_token

    # --- components --------------------------------------------------------------------

    def CreateComponentVersion(self, p: dict) -> dict:
        if "lambdaFunction" in p:
            raise ServiceError(
                "NotImplemented", 501, "The sandbox does not create components from Lambda functions"
            )
        data = p.get("inlineRecipe")
        if data is None:
            raise validation("You must specify either inlineRecipe or lambdaFunction.")
        if len(data) > r.MAX_RECIPE_BYTES:
            raise validation(f"The recipe is {len(data)} bytes; the limit is {r.MAX_RECIPE_BYTES} bytes.")
        try:
            recipe, fmt = r.parse(data)
            name, version = r.identity(recipe)
        except r.RecipeError as exc:
            raise validation(f"Invalid recipe: {exc}") from None
        if is_public(name):
            raise validation(f"The component name {name} is reserved for AWS-provided components.")
        token = p.get("clientToken")
        with self.lock:
            existing = self.components.get(name, {}).get(version)
            if existing is not None:
                if token and existing.client_token == token and existing.recipe_bytes == data:
                    return self._created(existing)
                raise conflict(
                    f"Component {name} version {version} already exists. Component versions are "
                    "immutable: create a new version.",
                    existing.arn, "componentVersion",
                )
            if token and token in self.component_tokens:
                when, other_arn, _ = self.component_tokens[token]
                if time.time() - when < IDEMPOTENCY_SECONDS:
                    raise conflict(
                        f"The clientToken was already used to create {other_arn}", other_arn, "componentVersion"
                    )
            cv = ComponentVersion(
                name, version, self.account, self.region, data, recipe, fmt, now(),
                client_token=token, tags=dict(p.get("tags") or {}),
            )
            self.components.setdefault(name, {})[version] = cv
            if token:
                self.component_tokens[token] = (time.time(), cv.arn, "")
        errors = r.problems(recipe)
        timer = threading.Timer(self.component_delay, self._settle_component, args=(cv, errors))
        timer.daemon = True
        timer.start()
        return self._created(cv)

    def _created(self, cv: ComponentVersion) -> dict:
        return {
            "arn": cv.arn,
            "componentName": cv.name,
            "componentVersion": cv.version,
            "creationTimestamp": cv.created,
            "status": cv.status(),
        }

    def _settle_component(self, cv: ComponentVersion, errors: dict[str, str]) -> None:
        with self.lock:
            if errors:
                cv.state = "FAILED"
                cv.errors = errors
                cv.message = "; ".join(errors.values())
            else:
                cv.state = "DEPLOYABLE"
                cv.message = None

    def DescribeComponent(self, p: dict) -> dict:
        cv = self.lookup_version(p["arn"])
        return {
            "arn": cv.arn,
            "componentName": cv.name,
            "componentVersion": cv.version,
            "creationTimestamp": cv.created,
            "publisher": str(r.get(cv.recipe, "ComponentPublisher") or ""),
            "description": str(r.get(cv.recipe, "ComponentDescription") or ""),
            "status": cv.status(),
            "platforms": cv.platforms(),
            "tags": cv.tags or None,
        }

    def GetComponent(self, p: dict) -> dict:
        cv = self.lookup_version(p["arn"])
        fmt = p.get("recipeOutputFormat", "JSON")
        if fmt == "YAML":
            text = yaml.safe_dump(cv.recipe, sort_keys=False, default_flow_style=False)
        else:
            text = json.dumps(cv.recipe, indent=2, default=str)
        return {"recipeOutputFormat": fmt, "recipe": text.encode(), "tags": cv.tags or None}

    def ListComponentVersions(self, p: dict) -> dict:
        account, name, _ = self.parse_component_arn(p["arn"], versioned=False)
        if account not in ("aws", self.account) or not self.versions_of(name):
            raise not_found(f"Component {p['arn']} not found", p["arn"], "component")
        items = [
            {"componentName": cv.name, "componentVersion": cv.version, "arn": cv.arn}
            for cv in reversed(self.versions_of(name))
        ]
        page, token = self.paginate(items, p)
        return {"componentVersions": page, "nextToken": token}

    def ListComponents(self, p: dict) -> dict:
        scope = p.get("scope", "PRIVATE")
        store = self.public if scope == "PUBLIC" else self.components
        items = []
        with self.lock:
            for name in sorted(store):
                versions = [cv for cv in store[name].values()]
                if not versions:
                    continue
                latest = max(versions, key=lambda cv: r.version_key(cv.version))
                items.append(
                    {
                        "arn": latest.component_arn,
                        "componentName": name,
                        "latestVersion": {
                            "arn": latest.arn,
                            "componentVersion": latest.version,
                            "creationTimestamp": latest.created,
                            "description": str(r.get(latest.recipe, "ComponentDescription") or "") or None,
                            "publisher": str(r.get(latest.recipe, "ComponentPublisher") or "") or None,
                            "platforms": latest.platforms(),
                        },
                    }
                )
        page, token = self.paginate(items, p)
        return {"components": page, "nextToken": token}

    def DeleteComponent(self, p: dict) -> dict:
        account, name, version = self.parse_component_arn(p["arn"], versioned=True)
        with self.lock:
            if account != self.account or version not in self.components.get(name, {}):
                raise not_found(f"Component version {p['arn']} not found", p["arn"], "componentVersion")
            del self.components[name][version]
            if not self.components[name]:
                del self.components[name]
        return {}

    # --- deployments -------------------------------------------------------------------

    def _check_target(self, target: str) -> None:
        parts = target.split(":", 5)
        region, account, resource = parts[3], parts[4], parts[5]
        if account != self.account:
            raise validation(f"The target {target} is not in this account ({self.account}).")
        if region != self.region:
            raise validation(f"The target {target} is not in this region ({self.region}).")
        kind, _, name = resource.partition("/")
        exists = self.moto.thing_exists(name) if kind == "thing" else self.moto.thing_group_exists(name)
        if not exists:
            label = "Thing" if kind == "thing" else "Thing group"
            raise not_found(f"{label} {name} does not exist.", target, "thing" if kind == "thing" else "thingGroup")

    def _check_components(self, components: dict) -> None:
        for name, spec in components.items():
            version = spec["componentVersion"]
            if is_public(name):
                pass  # any version of an AWS-provided component is accepted
            else:
                with self.lock:
                    cv = self.components.get(name, {}).get(version)
                if cv is None:
                    arn = f"arn:aws:greengrass:{self.region}:{self.account}:components:{name}:versions:{version}"
                    raise not_found(
                        f"Component {name} version {version} does not exist in this account and region.",
                        arn, "componentVersion",
                    )
                if cv.state != "DEPLOYABLE":
                    raise validation(
                        f"Component {name} version {version} is not deployable: its state is {cv.state}"
                        + (f" ({cv.message})" if cv.message else "")
                    )
            update = spec.get("configurationUpdate") or {}
            if "merge" in update:
                try:
                    merge = json.loads(update["merge"])
                except ValueError as exc:
                    raise validation(
                        f"components.{name}.configurationUpdate.merge is not valid JSON: {exc}"
                    ) from None
                if not isinstance(merge, dict):
                    raise validation(f"components.{name}.configurationUpdate.merge must be a JSON object")
            for pointer in update.get("reset") or []:
                if pointer and not pointer.startswith("/"):
                    raise validation(
                        f"components.{name}.configurationUpdate.reset: {pointer!r} is not a JSON pointer"
                    )

    def CreateDeployment(self, p: dict) -> dict:
        target = p["targetArn"]
        token = p.get("clientToken")
        fingerprint = json.dumps({k: v for k, v in p.items() if k != "clientToken"}, sort_keys=True, default=str)
        with self.lock:
            if token and token in self.deployment_tokens:
                when, dep_id, seen = self.deployment_tokens[token]
                if time.time() - when < IDEMPOTENCY_SECONDS:
                    if seen == fingerprint and dep_id in self.deployments:
                        dep = self.deployments[dep_id]
                        return {"deploymentId": dep.id, "iotJobId": dep.iot_job_id, "iotJobArn": dep.iot_job_arn}
                    raise conflict(
                        "The clientToken was already used for a different CreateDeployment request.",
                        dep_id, "deployment",
                    )
        self._check_target(target)
        components = p.get("components") or {}
        self._check_components(components)
        dep_id = str(uuid.uuid4())
        job_id = str(uuid.uuid4())
        with self.lock:
            previous = [d for d in self.deployments.values() if d.target_arn == target]
            superseded = []
            for d in previous:
                if d.is_latest:
                    d.is_latest = False
                    if d.status == "ACTIVE":
                        d.status = "INACTIVE"
                        superseded.append(d)
            dep = Deployment(
                id=dep_id,
                target_arn=target,
                name=p.get("deploymentName"),
                components=json.loads(json.dumps(components)),
                policies=p.get("deploymentPolicies") or {},
                iot_job_configuration=p.get("iotJobConfiguration") or {},
                parent_target_arn=p.get("parentTargetArn"),
                tags=dict(p.get("tags") or {}),
                created=now(),
                revision=len(previous) + 1,
                iot_job_id=job_id,
                iot_job_arn=f"arn:aws:iot:{self.region}:{self.account}:job/{job_id}",
                client_token=token,
                fingerprint=fingerprint,
            )
            self.deployments[dep_id] = dep
            if token:
                self.deployment_tokens[token] = (time.time(), dep_id, fingerprint)
        if self.jobs is not None:
            for old in superseded:
                self.jobs.cancel(old.iot_job_id)
            self.jobs.create(dep)
        if self.fleet is not None:
            self.fleet.deployment_created(dep)
        return {"deploymentId": dep.id, "iotJobId": dep.iot_job_id, "iotJobArn": dep.iot_job_arn}

    def get_deployment(self, dep_id: str) -> Deployment:
        with self.lock:
            dep = self.deployments.get(dep_id)
        if dep is None:
            raise not_found(f"Deployment {dep_id} not found", dep_id, "deployment")
        return dep

    def GetDeployment(self, p: dict) -> dict:
        dep = self.get_deployment(p["deploymentId"])
        out = dep.summary()
        out.update(
            {
                "iotJobId": dep.iot_job_id,
                "iotJobArn": dep.iot_job_arn,
                "components": dep.components,
                "deploymentPolicies": {
                    "failureHandlingPolicy": "ROLLBACK",
                    "componentUpdatePolicy": {"timeoutInSeconds": 60, "action": "NOTIFY_COMPONENTS"},
                    "configurationValidationPolicy": {"timeoutInSeconds": 30},
                    **dep.policies,
                },
                "iotJobConfiguration": dep.iot_job_configuration,
                "tags": dep.tags or None,
            }
        )
        return out

    def ListDeployments(self, p: dict) -> dict:
        history = p.get("historyFilter", "LATEST_ONLY")
        with self.lock:
            items = [
                d for d in self.deployments.values()
                if (not p.get("targetArn") or d.target_arn == p["targetArn"])
                and (not p.get("parentTargetArn") or d.parent_target_arn == p["parentTargetArn"])
                and (history == "ALL" or d.is_latest)
            ]
        items.sort(key=lambda d: d.created, reverse=True)
        page, token = self.paginate([d.summary() for d in items], p)
        return {"deployments": page, "nextToken": token}

    def CancelDeployment(self, p: dict) -> dict:
        dep = self.get_deployment(p["deploymentId"])
        with self.lock:
            if dep.status != "ACTIVE":
                raise conflict(
                    f"Deployment {dep.id} is {dep.status}; only an ACTIVE deployment can be canceled.",
                    dep.id, "deployment",
                )
            dep.status = "CANCELED"
        if self.jobs is not None:
            self.jobs.cancel(dep.iot_job_id)
        if self.fleet is not None:
            self.fleet.deployment_canceled(dep)
        return {"message": f"Deployment {dep.id} was canceled."}

    def DeleteDeployment(self, p: dict) -> dict:
        dep = self.get_deployment(p["deploymentId"])
        with self.lock:
            if dep.status == "ACTIVE":
                raise conflict(
                    f"Deployment {dep.id} is ACTIVE: cancel it before you delete it.", dep.id, "deployment"
                )
            del self.deployments[dep.id]
        return {}

    def job_aborted(self, dep: Deployment) -> None:
        """The deployment's IoT job was canceled by its abortConfig: the deployment is canceled
        too, and devices that have not started it do not."""
        with self.lock:
            if dep.status != "ACTIVE":
                return
            dep.status = "CANCELED"
        if self.fleet is not None:
            self.fleet.deployment_canceled(dep)

    def device_finished(self, dep_id: str, succeeded: bool) -> None:
        """A device reports its result: a thing target's deployment completes or fails."""
        with self.lock:
            dep = self.deployments.get(dep_id)
            if dep is None or dep.target_kind != "thing" or dep.status != "ACTIVE":
                return
            dep.status = "COMPLETED" if succeeded else "FAILED"

    # --- core devices ------------------------------------------------------------------

    def _device(self, thing: str) -> Any:
        device = self.fleet.get(thing) if self.fleet is not None else None
        if device is None and self.jobs is not None:
            device = self.jobs.light_device(thing)
        if device is None:
            raise not_found(f"Core device {thing} not found", thing, "coreDevice")
        return device

    def ListCoreDevices(self, p: dict) -> dict:
        devices = self.fleet.all() if self.fleet is not None else []
        group_arn = p.get("thingGroupArn")
        fleet = self.jobs.fleet_of_group_arn(group_arn) if group_arn and self.jobs is not None else None
        if fleet is not None:
            # A sandbox fleet: its members are known without asking IoT about each device.
            devices = [d for d in (self._member(t) for t in fleet.things) if d is not None]
            group_arn = None
        elif not group_arn and self.jobs is not None:
            devices = devices + self.jobs.all_light()
        keys = ("coreDeviceThingName", "status", "lastStatusUpdateTimestamp", "platform", "architecture", "runtime")
        if not group_arn and not p.get("status") and not p.get("runtime"):
            # Nothing to filter: page first, so a page of a 10,000-device fleet costs 100 devices.
            page, token = self.paginate(devices, p)
            return {"coreDevices": [{k: d.core_device()[k] for k in keys} for d in page], "nextToken": token}
        items = []
        for device in devices:
            if group_arn:
                group = group_arn.split("thinggroup/", 1)[1]
                if group not in device.groups():
                    continue
            info = device.core_device()
            if p.get("status") and info["status"] != p["status"]:
                continue
            if p.get("runtime") and info["runtime"] != p["runtime"]:
                continue
            items.append({k: info[k] for k in (
                "coreDeviceThingName", "status", "lastStatusUpdateTimestamp", "platform", "architecture", "runtime"
            )})
        page, token = self.paginate(items, p)
        return {"coreDevices": page, "nextToken": token}

    def _member(self, thing: str) -> Any:
        device = self.fleet.get(thing) if self.fleet is not None else None
        return device if device is not None else self.jobs.light_device(thing)

    def GetCoreDevice(self, p: dict) -> dict:
        return self._device(p["coreDeviceThingName"]).core_device()

    def DeleteCoreDevice(self, p: dict) -> dict:
        self._device(p["coreDeviceThingName"])
        self.fleet.remove(p["coreDeviceThingName"])
        if self.jobs is not None:
            self.jobs.remove_light(p["coreDeviceThingName"])
        return {}

    def ListEffectiveDeployments(self, p: dict) -> dict:
        device = self._device(p["coreDeviceThingName"])
        page, token = self.paginate(device.effective_deployments(), p)
        return {"effectiveDeployments": page, "nextToken": token}

    def ListInstalledComponents(self, p: dict) -> dict:
        device = self._device(p["coreDeviceThingName"])
        items = device.installed_components(p.get("topologyFilter", "ROOT"))
        page, token = self.paginate(items, p)
        return {"installedComponents": page, "nextToken": token}

    # --- tags --------------------------------------------------------------------------

    def _tag_holder(self, arn: str) -> dict[str, str]:
        if ":components:" in arn:
            parts = arn.split(":")
            if len(parts) == 9:
                return self.lookup_version(arn).tags
            with self.lock:
                versions = self.components.get(parts[6] if len(parts) > 6 else "", {})
                if versions:
                    return max(versions.values(), key=lambda cv: r.version_key(cv.version)).tags
        elif ":deployments:" in arn:
            return self.get_deployment(arn.rsplit(":", 1)[1]).tags
        raise not_found(f"Resource {arn} not found", arn, "resource")

    def ListTagsForResource(self, p: dict) -> dict:
        return {"tags": dict(self._tag_holder(p["resourceArn"]))}

    def TagResource(self, p: dict) -> dict:
        with self.lock:
            self._tag_holder(p["resourceArn"]).update(p["tags"])
        return {}

    def UntagResource(self, p: dict) -> dict:
        with self.lock:
            holder = self._tag_holder(p["resourceArn"])
            for key in p["tagKeys"]:
                holder.pop(key, None)
        return {}


# --- HTTP: the API, the call log, faults and the control API ---------------------------------


# Internal response headers: the HTTP front drops the answer (a lost response, a held
# request) instead of sending it. Never sent to the client.
DROP = "x-sandbox-drop"
HOLD = "x-sandbox-hold-seconds"


@dataclass
class Call:
    id: int
    time: str
    method: str
    path: str
    operation: str | None
    mutating: bool
    status: int = 0
    error: str | None = None
    message: str | None = None
    rejected: str | None = None
    injected: bool = False
    durationMs: float = 0.0
    input: dict | None = None
    responseProblems: list[str] = field(default_factory=list)


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json_safe(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_json_safe(v) for v in value]
    if isinstance(value, bytes):
        try:
            text = value.decode()
        except UnicodeDecodeError:
            return f"<{len(value)} bytes>"
        return text if len(text) <= 4000 else text[:4000] + "…"
    if isinstance(value, _dt.datetime):
        return iso(value)
    return value


class Emulator:
    """The HTTP front: routes by the model, validates, logs every call, injects faults."""

    def __init__(self, service: Greengrass, control: Callable[[str, str, Any], tuple[int, Any]]):
        self.service = service
        self.control = control
        self.model = m.load_model()
        self.routes = m.build_routes(self.model)
        self.validator = m.Validator(self.model)
        self.serializer = m.Serializer(self.model)
        self.calls: list[Call] = []
        self.faults: list[dict] = []
        self.lock = threading.Lock()
        self._next_id = 1
        self.server: ThreadingHTTPServer | None = None
        # Compile every pattern up front, so an untranslatable one is logged at start.
        for shape in self.model["shapes"].values():
            if "pattern" in shape:
                m.compile_pattern(shape["pattern"])

    @property
    def endpoint(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    # --- faults --------------------------------------------------------------------------

    def add_fault(
        self, operation: str, status: int, count: int, message: str | None = None,
        kind: str = "error", hold_seconds: float = 120.0,
    ) -> dict:
        """kind `error` answers `status`; `lost` carries the request out, then resets the
        connection without an answer (the answer lost on the way back); `held` never answers
        and does nothing: the client gives up (or, after hold_seconds, the connection is reset)."""
        if operation not in self.model["operations"]:
            raise ValueError(f"unknown operation {operation!r}")
        if kind not in ("error", "lost", "held"):
            raise ValueError("kind must be error, lost or held")
        if count < 1:
            raise ValueError("count must be at least 1")
        if kind != "error":
            fault = {"operation": operation, "kind": kind, "remaining": count, "holdSeconds": hold_seconds}
            with self.lock:
                self.faults.append(fault)
            return fault
        if status not in (403, 429, 500, 503):
            raise ValueError(
                "status must be 403 (AccessDeniedException), 429 (ThrottlingException) or 500/503 (InternalServerException)"
            )
        if count < 1:
            raise ValueError("count must be at least 1")
        fault = {"operation": operation, "kind": kind, "status": status, "remaining": count, "message": message}
        with self.lock:
            self.faults.append(fault)
        return fault

    def _take_fault(self, operation: str) -> dict | None:
        with self.lock:
            for fault in self.faults:
                if fault["operation"] == operation and fault["remaining"] > 0:
                    fault["remaining"] -= 1
                    if fault["remaining"] == 0:
                        self.faults.remove(fault)
                    return fault
        return None

    # --- one request ---------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        split = urllib.parse.urlsplit(target)
        raw_path = split.path
        query = urllib.parse.parse_qs(split.query, keep_blank_values=True)
        if raw_path.startswith("/_sandbox"):
            try:
                document = json.loads(body) if body.strip() else None
            except ValueError:
                return self._json(400, {"message": "the body is not JSON"})
            status, answer = self.control(method, raw_path, document)
            return self._json(status, answer)

        started = time.monotonic()
        match = m.match_route(self.routes, method, raw_path, query)
        operation = match.route.operation if match.route else None
        with self.lock:
            call = Call(self._next_id, iso(now()) or "", method, target, operation, m.is_mutating(operation))
            self._next_id += 1
            self.calls.append(call)
        try:
            if match.route is None:
                code = "UnknownOperationException"
                raise ServiceError(
                    code, 404 if not match.path_known else 405,
                    f"No Greengrass V2 operation answers {method} {raw_path}",
                )
            fault = self._take_fault(operation or "")
            if fault is not None:
                call.injected = True
                if fault["kind"] == "held":
                    call.error = "Held"
                    return 0, {DROP: "held", HOLD: str(fault["holdSeconds"])}, b""
                if fault["kind"] == "lost":
                    # The work is done; only the answer goes missing.
                    status, resp_headers, data = self._serve_call(call, operation, match, query, headers, body)
                    call.error = call.error or "LostResponse"
                    resp_headers[DROP] = "lost"
                    return status, resp_headers, data
                if fault["status"] == 429:
                    error = ServiceError(
                        "ThrottlingException", 429, fault["message"] or "Rate exceeded (sandbox fault injection)"
                    )
                    error.headers["Retry-After"] = "0"
                elif fault["status"] == 403:
                    error = ServiceError(
                        "AccessDeniedException", 403,
                        fault["message"] or f"Not authorized to perform greengrass:{operation} (sandbox fault injection)",
                    )
                else:
                    error = ServiceError(
                        "InternalServerException", fault["status"],
                        fault["message"] or "Internal failure (sandbox fault injection)",
                    )
                raise error
            return self._serve_call(call, operation, match, query, headers, body)
        except ServiceError as exc:
            call.status = exc.status
            call.error = exc.code
            call.message = exc.message
            if exc.code == "ValidationException" and call.rejected is None:
                call.rejected = exc.message
            body_doc = {"message": exc.message, **exc.extra}
            code, resp_headers, data = self._json(exc.status, body_doc)
            resp_headers["x-amzn-ErrorType"] = exc.code
            resp_headers.update(exc.headers)
            return code, resp_headers, data
        except Exception as exc:  # noqa: BLE001 - a sandbox bug answers like a service fault
            log(f"{operation} raised: {traceback.format_exc()}")
            call.status = 500
            call.error = "InternalServerException"
            call.message = f"sandbox error: {exc!r}"
            code, resp_headers, data = self._json(500, {"message": call.message})
            resp_headers["x-amzn-ErrorType"] = "InternalServerException"
            return code, resp_headers, data
        finally:
            call.durationMs = round((time.monotonic() - started) * 1000, 1)

    def _serve_call(self, call: "Call", operation: str | None, match: Any, query: dict, headers: dict[str, str], body: bytes) -> tuple[int, dict[str, str], bytes]:
        """The request as the service answers it (a ServiceError propagates to handle)."""
        try:
            params = m.bind_request(
                self.model, self.validator, operation or "", match.labels, query, headers, body
            )
        except m.RequestError as exc:
            call.rejected = exc.message
            call.input = self._raw_input(body)
            extra: dict[str, Any] = {"reason": exc.reason}
            if exc.fields:
                extra["fields"] = [{"name": f.path, "message": f.message} for f in exc.fields]
            raise ServiceError("ValidationException", 400, exc.message, **extra) from None
        call.input = _json_safe(params)
        handler = getattr(self.service, operation or "", None)
        if handler is None:
            raise ServiceError("NotImplemented", 501, f"The sandbox does not implement {operation}")
        result = handler(params)
        op = self.model["operations"][operation or ""]
        status = op["http"].get("responseCode", 200)
        response_headers = {}
        payload: Any = {}
        if "output" in op:
            out_shape = op["output"]["shape"]
            problems = m.output_problems(self.model, self.validator, operation or "", result)
            if problems:
                call.responseProblems = problems
                log(f"{operation} response breaks the model (sandbox bug): {problems}")
            payload = self.serializer.value(out_shape, result)
            response_headers = self.serializer.headers(out_shape, result)
        call.status = status
        code, resp_headers, data = self._json(status, payload if status != 204 else None)
        resp_headers.update(response_headers)
        return code, resp_headers, data

    @staticmethod
    def _raw_input(body: bytes) -> Any:
        try:
            return json.loads(body) if body.strip() else None
        except ValueError:
            return body[:2000].decode(errors="replace")

    @staticmethod
    def _json(status: int, document: Any) -> tuple[int, dict[str, str], bytes]:
        headers = {"x-amzn-RequestId": str(uuid.uuid4())}
        if document is None or status == 204:
            return status, headers, b""
        headers["Content-Type"] = "application/json"
        return status, headers, json.dumps(_json_safe(document)).encode()

    def calls_json(self) -> list[dict]:
        with self.lock:
            return [dict(c.__dict__) for c in self.calls]

    def reset_calls(self) -> None:
        with self.lock:
            self.calls.clear()

    # --- server --------------------------------------------------------------------------

    def start(self) -> None:
        emulator = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    body = self._read_chunked()
                status, headers, data = emulator.handle(self.command, self.path, dict(self.headers), body)
                drop = headers.pop(DROP, None)
                if drop is not None:
                    self._drop(drop, float(headers.pop(HOLD, "0") or 0))
                    return
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if data and self.command != "HEAD":
                    self.wfile.write(data)

            def _drop(self, how: str, hold_seconds: float) -> None:
                """No answer: `held` waits until the client closes the connection (it gave
                up) or hold_seconds pass; then, as for `lost`, the connection is reset."""
                conn = self.connection
                if how == "held":
                    deadline = time.monotonic() + hold_seconds
                    while time.monotonic() < deadline:
                        ready, _, _ = select.select([conn], [], [], 0.2)
                        if ready:
                            try:
                                if conn.recv(1, socket.MSG_PEEK) == b"":
                                    break
                            except OSError:
                                break
                # SO_LINGER 0: the server's close sends RST, as a reset on the way back would.
                try:
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                except OSError:
                    pass
                self.close_connection = True

            def _read_chunked(self) -> bytes:
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        thread = threading.Thread(target=self.server.serve_forever, args=(0.1,), name="greengrass", daemon=True)
        thread.start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
