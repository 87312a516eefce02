"""Deployments: one per target (a new one replaces the previous), checked references,
idempotency, cancellation, and injected faults."""

from __future__ import annotations

import time

import boto3
from botocore.config import Config

import pytest
from botocore.exceptions import ClientError

from conftest import unique, wait_for


def test_new_deployment_replaces_the_previous_one(sandbox, gg):
    thing = unique("replace-core")
    sandbox.add_device(thing, [])
    target = sandbox.thing_arn(thing)
    first = gg.create_deployment(
        targetArn=target, deploymentName="first", components={"aws.greengrass.Cli": {"componentVersion": "2.12.6"}}
    )
    second = gg.create_deployment(targetArn=target, deploymentName="second", components={})
    assert first["deploymentId"] != second["deploymentId"]
    for key in ("deploymentId", "iotJobId"):
        assert len(second[key]) == 36  # UUIDs
    assert second["iotJobArn"] == f"arn:aws:iot:{sandbox.region}:{sandbox.account}:job/{second['iotJobId']}"

    latest = gg.list_deployments(targetArn=target)["deployments"]
    assert [d["deploymentId"] for d in latest] == [second["deploymentId"]]
    assert latest[0]["isLatestForTarget"] is True and latest[0]["revisionId"] == "2"
    everything = gg.list_deployments(targetArn=target, historyFilter="ALL")["deployments"]
    assert {d["deploymentId"] for d in everything} == {first["deploymentId"], second["deploymentId"]}
    assert gg.get_deployment(deploymentId=first["deploymentId"])["isLatestForTarget"] is False

    # The device ends with the second deployment's (empty) component set: Cli is removed.
    wait_for(
        lambda: gg.get_deployment(deploymentId=second["deploymentId"])["deploymentStatus"] == "COMPLETED",
        15, what="the second deployment to complete",
    )
    roots = gg.list_installed_components(coreDeviceThingName=thing)["installedComponents"]
    assert roots == []


def test_group_deployment_stays_active_and_devices_report_succeeded(sandbox, gg):
    group = unique("group")
    things = [unique("grp-core"), unique("grp-core")]
    for thing in things:
        sandbox.add_device(thing, [group])
    dep = gg.create_deployment(
        targetArn=sandbox.group_arn(group),
        components={"aws.greengrass.Cli": {"componentVersion": "2.12.6"}},
    )
    for thing in things:
        wait_for(
            lambda: [
                e for e in gg.list_effective_deployments(coreDeviceThingName=thing)["effectiveDeployments"]
                if e["deploymentId"] == dep["deploymentId"] and e["coreDeviceExecutionStatus"] == "SUCCEEDED"
            ],
            15, what=f"{thing} to report SUCCEEDED",
        )
    got = gg.get_deployment(deploymentId=dep["deploymentId"])
    assert got["deploymentStatus"] == "ACTIVE"
    assert got["components"] == {"aws.greengrass.Cli": {"componentVersion": "2.12.6"}}
    devices = gg.list_core_devices(thingGroupArn=sandbox.group_arn(group))["coreDevices"]
    assert sorted(d["coreDeviceThingName"] for d in devices) == sorted(things)
    job = sandbox.client("iot").describe_job(jobId=got["iotJobId"])["job"]
    assert job["jobProcessDetails"]["numberOfSucceededThings"] == 2


def test_references_are_checked(sandbox, gg):
    with pytest.raises(ClientError) as info:
        gg.create_deployment(
            targetArn=sandbox.group_arn("MyGreengrassCoreGroup"),
            components={"com.example.Missing": {"componentVersion": "1.0.0"}},
        )
    assert info.value.response["Error"]["Code"] == "ResourceNotFoundException"
    with pytest.raises(ClientError) as info:
        gg.create_deployment(targetArn=sandbox.group_arn("NoSuchGroup"))
    assert info.value.response["Error"]["Code"] == "ResourceNotFoundException"
    with pytest.raises(ClientError) as info:
        gg.create_deployment(
            targetArn=sandbox.group_arn("MyGreengrassCoreGroup"),
            components={"aws.greengrass.Cli": {"componentVersion": "2.12.6", "configurationUpdate": {"merge": "{nope"}}},
        )
    assert info.value.response["Error"]["Code"] == "ValidationException"


def test_client_token_makes_create_deployment_idempotent(sandbox, gg):
    thing = unique("idem-core")
    sandbox.add_device(thing, [])
    request = {"targetArn": sandbox.thing_arn(thing), "components": {}, "clientToken": unique("tok")}
    first = gg.create_deployment(**request)
    again = gg.create_deployment(**request)
    assert again["deploymentId"] == first["deploymentId"]
    with pytest.raises(ClientError) as info:
        gg.create_deployment(**{**request, "deploymentName": "different"})
    assert info.value.response["Error"]["Code"] == "ConflictException"


def test_cancel_deployment(sandbox, gg):
    thing = unique("cancel-core")
    sandbox.add_device(thing, [])
    group = unique("cancel-group")
    sandbox.add_device(thing, [group])
    dep = gg.create_deployment(targetArn=sandbox.group_arn(group), components={})
    gg.cancel_deployment(deploymentId=dep["deploymentId"])
    assert gg.get_deployment(deploymentId=dep["deploymentId"])["deploymentStatus"] == "CANCELED"
    with pytest.raises(ClientError) as info:
        gg.cancel_deployment(deploymentId=dep["deploymentId"])
    assert info.value.response["Error"]["Code"] == "ConflictException"


def test_throttling_fault(sandbox, gg_raw):
    sandbox.control("POST", "/calls/reset")
    sandbox.control("POST", "/faults", {"operation": "ListComponents", "status": 429, "count": 1})
    with pytest.raises(ClientError) as info:
        gg_raw.list_components()
    response = info.value.response
    assert response["ResponseMetadata"]["HTTPStatusCode"] == 429
    assert response["Error"]["Code"] == "ThrottlingException"
    assert response["ResponseMetadata"]["HTTPHeaders"]["retry-after"] == "0"
    gg_raw.list_components()  # the fault is used up
    calls = sandbox.control("GET", "/calls")["calls"]
    assert [(c["status"], c["injected"]) for c in calls] == [(429, True), (200, False)]


def test_access_denied_fault(sandbox, gg_raw):
    sandbox.control("POST", "/faults", {"operation": "ListComponents", "status": 403, "count": 1})
    with pytest.raises(ClientError) as info:
        gg_raw.list_components()
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 403
    assert info.value.response["Error"]["Code"] == "AccessDeniedException"
    assert "greengrass:ListComponents" in info.value.response["Error"]["Message"]
    gg_raw.list_components()  # the fault is used up


def test_sdk_retries_through_injected_faults(sandbox):
    gg = sandbox.client("greengrassv2", attempts=4)
    sandbox.control("POST", "/faults", {"operation": "ListDeployments", "status": 500, "count": 2})
    started = time.monotonic()
    gg.list_deployments()
    assert time.monotonic() - started < 10
    statuses = [c["status"] for c in sandbox.control("GET", "/calls")["calls"] if c["operation"] == "ListDeployments"]
    assert statuses[-3:] == [500, 500, 200]


def test_faults_are_validated(sandbox):
    import urllib.error

    with pytest.raises(urllib.error.HTTPError) as info:
        sandbox.control("POST", "/faults", {"operation": "NoSuchOperation", "status": 429, "count": 1})
    assert info.value.code == 400


def test_lost_response_fault_does_the_work_then_resets(sandbox):
    """The answer is lost after the work: the SDK's retry of the create finds it done."""
    gg = sandbox.client("greengrassv2", attempts=1)
    thing = unique("lost-core")
    sandbox.add_device(thing, [])
    sandbox.control("POST", "/calls/reset")
    sandbox.control("POST", "/faults", {"operation": "CreateDeployment", "kind": "lost", "count": 1})
    target = f"arn:aws:iot:{sandbox.region}:{sandbox.account}:thing/{thing}"
    with pytest.raises(Exception) as info:  # botocore's connection error, not a ClientError
        gg.create_deployment(targetArn=target, components={})
    assert not isinstance(info.value, ClientError)
    deployments = gg.list_deployments(targetArn=target)["deployments"]
    assert len(deployments) == 1
    calls = sandbox.control("GET", "/calls")["calls"]
    assert [(c["operation"], c["injected"], c["error"]) for c in calls][:1] == [
        ("CreateDeployment", True, "LostResponse")
    ]


def test_held_request_fault_never_answers(sandbox):
    """A held request: no answer and no work, until the client gives up."""
    gg = boto3.session.Session().client(
        "greengrassv2",
        region_name=sandbox.region,
        endpoint_url=sandbox.env["AWS_ENDPOINT_URL_GREENGRASSV2"],
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        config=Config(read_timeout=1, retries={"mode": "standard", "total_max_attempts": 1}),
    )
    sandbox.control("POST", "/faults", {"operation": "ListComponents", "kind": "held", "count": 1})
    started = time.monotonic()
    with pytest.raises(Exception) as info:
        gg.list_components()
    assert not isinstance(info.value, ClientError)
    assert 0.9 < time.monotonic() - started < 10
    gg.list_components()  # the fault is used up
