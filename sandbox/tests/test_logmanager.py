"""A device whose deployment includes aws.greengrass.LogManager uploads its component's log to
moto's CloudWatch Logs, where the real log manager does: the component's group, a stream per
device and day, only for the components its configuration names."""

from __future__ import annotations

import datetime as _dt
import json

from conftest import docker_recipe, unique, wait_for
from test_devices import create_deployable, outcome

from ggsandbox import logmanager as lm

COMPONENT = "com.example.DynamoDbAccessSample"


def log_manager(config: dict) -> dict:
    return {"aws.greengrass.LogManager": {"componentVersion": "2.3.7", "configurationUpdate": {"merge": json.dumps(config)}}}


def uploading(name: str, **settings: str) -> dict:
    return log_manager({"logsUploaderConfiguration": {"componentLogsConfigurationMap": {name: settings}}})


def stream_today(thing: str) -> str:
    return f"/{_dt.datetime.now(_dt.timezone.utc):%Y/%m/%d}/thing/{thing}"


def lines_of(logs, group: str, stream: str) -> list[str]:
    return [e["message"] for e in logs.get_log_events(logGroupName=group, logStreamName=stream, startFromHead=True)["events"]]


def streams_of(logs, group: str) -> list[str]:
    groups = logs.describe_log_groups(logGroupNamePrefix=group)["logGroups"]
    if not any(g["logGroupName"] == group for g in groups):
        return []
    return [s["logStreamName"] for s in logs.describe_log_streams(logGroupName=group)["logStreams"]]


def test_a_failed_device_uploads_its_component_log(sandbox, gg, image):
    logs = sandbox.client("logs")
    thing = unique("logging-core")
    sandbox.add_device(thing, [], fail_app=True)
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(thing),
        components={name: {"componentVersion": "1.0.0"}, **uploading(name)},
    )
    failed = outcome(gg, thing, dep["deploymentId"])
    assert failed["coreDeviceExecutionStatus"] == "FAILED", failed

    # Written before the device reported FAILED: whoever sees the verdict finds the lines.
    group = f"/aws/greengrass/UserComponent/{sandbox.region}/{name}"
    lines = lines_of(logs, group, stream_today(thing))
    assert lines, "no lines uploaded"
    stderr = [line for line in lines if f"[WARN] (Copier) {name}: stderr. " in line]
    assert any("could not write to DynamoDB table 'SampleDynamoTable'" in line for line in stderr), lines
    assert lines[-1].endswith(f"{{exitCode=1, serviceName={name}, currentState=RUNNING}}"), lines[-1]
    assert "shell-runner-exited" in lines[-1]
    # Each line as the nucleus writes it: its time first.
    assert all(line[:4].isdigit() and line[10] == "T" for line in lines), lines


def test_only_what_the_configuration_names_is_uploaded(sandbox, gg, image):
    logs = sandbox.client("logs")
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    group = f"/aws/greengrass/UserComponent/{sandbox.region}/{name}"

    # No log manager in the deployment: nothing uploaded.
    plain = unique("plain-core")
    sandbox.add_device(plain, [], fail_app=True)
    dep = gg.create_deployment(targetArn=sandbox.thing_arn(plain), components={name: {"componentVersion": "1.0.0"}})
    assert outcome(gg, plain, dep["deploymentId"])["coreDeviceExecutionStatus"] == "FAILED"
    # The log manager, configured for another component: nothing for this one.
    other = unique("other-core")
    sandbox.add_device(other, [], fail_app=True)
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(other),
        components={name: {"componentVersion": "1.0.0"}, **uploading("com.example.Other")},
    )
    assert outcome(gg, other, dep["deploymentId"])["coreDeviceExecutionStatus"] == "FAILED"
    assert streams_of(logs, group) == []

    # minimumLogLevel WARN: what the app printed on stderr and its failed exit, not its stdout.
    warn = unique("warn-core")
    sandbox.add_device(warn, [], fail_app=True)
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(warn),
        components={name: {"componentVersion": "1.0.0"}, **uploading(name, minimumLogLevel="WARN")},
    )
    assert outcome(gg, warn, dep["deploymentId"])["coreDeviceExecutionStatus"] == "FAILED"
    assert streams_of(logs, group) == [stream_today(warn)]
    lines = lines_of(logs, group, stream_today(warn))
    assert lines and all("[WARN]" in line for line in lines), lines

    # A device that succeeds logs too (INFO by default): what the app printed, then exit 0.
    ok = unique("ok-core")
    sandbox.add_device(ok, [])
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(ok),
        components={name: {"componentVersion": "1.0.0"}, **uploading(name)},
    )
    assert outcome(gg, ok, dep["deploymentId"])["coreDeviceExecutionStatus"] == "COMPLETED"
    lines = lines_of(logs, group, stream_today(ok))
    assert lines[-1].endswith(f"{{exitCode=0, serviceName={name}, currentState=RUNNING}}"), lines


def test_the_system_log_with_upload_to_cloudwatch(sandbox, gg, image):
    logs = sandbox.client("logs")
    thing = unique("system-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    config = {"logsUploaderConfiguration": {"systemLogsConfiguration": {"uploadToCloudWatch": "true"}}}
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(thing),
        components={name: {"componentVersion": "1.0.0"}, **log_manager(config)},
    )
    assert outcome(gg, thing, dep["deploymentId"])["coreDeviceExecutionStatus"] == "COMPLETED"
    group = f"/aws/greengrass/GreengrassSystemComponent/{sandbox.region}/System"
    lines = wait_for(lambda: lines_of(logs, group, stream_today(thing)), 5, what="system log lines")
    assert any(f"deployment {dep['deploymentId']} " in line for line in lines), lines


def test_names_and_configuration_as_the_log_manager_reads_them():
    when = _dt.datetime(2026, 12, 1, 23, 59, 59, tzinfo=_dt.timezone.utc)
    assert lm.log_stream("site:core-1", when) == "/2026/12/01/thing/site+core-1"
    assert lm.component_log_group("eu-west-1", "com.example.A") == "/aws/greengrass/UserComponent/eu-west-1/com.example.A"
    assert lm.system_log_group("eu-west-1") == "/aws/greengrass/GreengrassSystemComponent/eu-west-1/System"
    config = {
        "logsUploaderConfiguration": {
            "componentLogsConfigurationMap": {"com.example.A": {"minimumLogLevel": "warn"}, "com.example.B": {}},
            "componentLogsConfiguration": [{"componentName": "com.example.C", "minimumLogLevel": "DEBUG"}],
        }
    }
    assert lm.uploaded_components(config) == {"com.example.A": "WARN", "com.example.B": "INFO", "com.example.C": "DEBUG"}
    assert lm.uploaded_components({}) == {}
    assert not lm.uploads_system_log(config)
