"""What aws.greengrass.LogManager does on a core device, for the emulated devices: when a device's
deployment includes it, the component logs its configuration names are uploaded to CloudWatch
Logs (moto's), where the real log manager puts them:

- group ``/aws/greengrass/UserComponent/<region>/<componentName>`` for a user component,
  ``/aws/greengrass/GreengrassSystemComponent/<region>/System`` for the nucleus's own log;
- stream ``/<yyyy/MM/dd>/thing/<thingName>``, the UTC day of the line, a ``:`` in the thing name
  written as ``+`` (a stream name cannot hold one);
- only the components named in ``logsUploaderConfiguration.componentLogsConfigurationMap``
  (or the older ``componentLogsConfiguration`` list), each line at or above its
  ``minimumLogLevel`` (INFO by default); the nucleus's log only with
  ``systemLogsConfiguration.uploadToCloudWatch`` true.

A component's log holds what its lifecycle printed, as the nucleus writes it into
``<componentName>.log``: stdout at INFO, stderr at WARN, then the script's exit code. The real
log manager uploads every ``periodicUploadIntervalSec`` (300 s by default); the sandbox does at
once, when the component's run ends, before the device reports its verdict. The device role's
logs:CreateLogGroup, CreateLogStream, PutLogEvents and DescribeLogStreams are what the real one
needs; moto does not check them. An upload that fails is logged and never fails a deployment,
as on a device.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from .model import log

LOG_MANAGER = "aws.greengrass.LogManager"
LEVELS = {"TRACE": 0, "DEBUG": 1, "INFO": 2, "WARN": 3, "ERROR": 4}


def component_log_group(region: str, name: str) -> str:
    return f"/aws/greengrass/UserComponent/{region}/{name}"


def system_log_group(region: str) -> str:
    return f"/aws/greengrass/GreengrassSystemComponent/{region}/System"


def log_stream(thing: str, when: _dt.datetime) -> str:
    return f"/{when.astimezone(_dt.timezone.utc):%Y/%m/%d}/thing/{thing.replace(':', '+')}"


def _level(value: Any) -> str:
    level = str(value or "INFO").upper()
    return level if level in LEVELS else "INFO"


def _truthy(value: Any) -> bool:
    return value is True or str(value).lower() == "true"


def uploaded_components(config: dict) -> dict[str, str]:
    """Component name -> minimum level, for each component the configuration uploads."""
    uploader = config.get("logsUploaderConfiguration") or {}
    out: dict[str, str] = {}
    mapping = uploader.get("componentLogsConfigurationMap") or {}
    if isinstance(mapping, dict):
        for name, settings in mapping.items():
            out[str(name)] = _level((settings or {}).get("minimumLogLevel") if isinstance(settings, dict) else None)
    for settings in uploader.get("componentLogsConfiguration") or []:
        if isinstance(settings, dict) and settings.get("componentName"):
            out.setdefault(str(settings["componentName"]), _level(settings.get("minimumLogLevel")))
    return out


def uploads_system_log(config: dict) -> bool:
    system = (config.get("logsUploaderConfiguration") or {}).get("systemLogsConfiguration") or {}
    return _truthy(system.get("uploadToCloudWatch"))


def _stamp(when: _dt.datetime) -> str:
    return when.astimezone(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.") + f"{when.microsecond // 1000:03d}Z"


def component_log_lines(name: str, run: dict, when: _dt.datetime) -> list[tuple[str, str]]:
    """(level, line) for what the component's lifecycle printed, as the nucleus logs it."""
    context = f"{{scriptName=services.{name}.lifecycle.{run.get('step') or 'Run'}, serviceName={name}, currentState=RUNNING}}"
    lines: list[tuple[str, str]] = []
    for stream, level in (("stdout", "INFO"), ("stderr", "WARN")):
        text = run.get(stream) or ""
        printed = text.splitlines()
        if len(text) >= 4000 and printed:
            printed = printed[1:]  # the run keeps the last 4000 characters: the first line is cut
        for line in printed:
            if line.strip():
                lines.append((level, f"{_stamp(when)} [{level}] (Copier) {name}: {stream}. {line}. {context}"))
    if run.get("exitCode") is not None:
        level = "INFO" if run["exitCode"] == 0 else "WARN"
        reason = f" {run['reason']}." if run.get("reason") and not run.get("stderr") else ""
        lines.append((
            level,
            f"{_stamp(when)} [{level}] (pool-2-thread-1) {name}: shell-runner-exited.{reason} "
            f"{{exitCode={run['exitCode']}, serviceName={name}, currentState=RUNNING}}",
        ))
    return lines


class LogManager:
    """The uploads of every emulated device, to moto's CloudWatch Logs."""

    def __init__(self, moto: Any, region: str):
        self.moto = moto
        self.region = region
        self.system_sent: dict[str, int] = {}  # thing -> device log lines already uploaded

    def after_run(self, thing: str, plan: dict, run: dict, device_log: list[str]) -> None:
        """A component's run ended on `thing`: upload what the log manager in its plan would."""
        item = plan.get(LOG_MANAGER)
        if item is None:
            return
        config = item["installed"].config or {}
        when = _dt.datetime.now(_dt.timezone.utc)
        name = run.get("component", "")
        minimum = uploaded_components(config).get(name)
        if minimum is not None:
            lines = [line for level, line in component_log_lines(name, run, when) if LEVELS[level] >= LEVELS[minimum]]
            self._put(component_log_group(self.region, name), log_stream(thing, when), lines, when)
        if uploads_system_log(config):
            sent = self.system_sent.get(thing, 0)
            self.system_sent[thing] = len(device_log)
            self._put(system_log_group(self.region), log_stream(thing, when), device_log[sent:], when)

    def _put(self, group: str, stream: str, lines: list[str], when: _dt.datetime) -> None:
        if not lines:
            return
        logs = self.moto.client("logs")
        try:
            for create, kwargs in (
                (logs.create_log_group, {"logGroupName": group}),
                (logs.create_log_stream, {"logGroupName": group, "logStreamName": stream}),
            ):
                try:
                    create(**kwargs)
                except logs.exceptions.ResourceAlreadyExistsException:
                    pass
            timestamp = int(when.timestamp() * 1000)
            logs.put_log_events(
                logGroupName=group,
                logStreamName=stream,
                logEvents=[{"timestamp": timestamp, "message": line} for line in lines],
            )
        except Exception as exc:  # noqa: BLE001 - an upload that fails never fails a deployment
            log(f"log manager: could not upload to {group} {stream}: {exc!r}")
