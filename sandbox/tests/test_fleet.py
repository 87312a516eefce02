"""Fleets: a thing group of 10,000 simulated core devices, created in well under a few seconds,
whose deployments roll out over an IoT job with counts that evolve, abortConfig honoured, and
a sample of devices that really run the app."""

from __future__ import annotations

import time

import pytest

from conftest import docker_recipe, unique, wait_for
from test_devices import COMPONENT, create_deployable, items_for

CLI = {"aws.greengrass.Cli": {"componentVersion": "2.12.6"}}
ABORT_3_PERCENT = {
    "abortConfig": {
        "criteriaList": [
            {"failureType": "FAILED", "action": "CANCEL", "thresholdPercentage": 3, "minNumberOfExecutedThings": 10}
        ]
    }
}


@pytest.fixture(scope="module")
def big_fleet(sandbox) -> dict:
    group = unique("fleet10k")
    started = time.monotonic()
    fleet = sandbox.control(
        "POST", "/fleet", {"group": group, "count": 10_000, "failPercent": 5, "sample": 0, "seed": 42}
    )["fleet"]
    fleet["elapsed"] = time.monotonic() - started
    return fleet


def all_pages(call, key: str, **kwargs) -> tuple[list, int]:
    items, pages, token = [], 0, None
    while True:
        page = call(**kwargs, **({"nextToken": token} if token else {}))
        items += page[key]
        pages += 1
        token = page.get("nextToken")
        if not token:
            return items, pages


def counts(iot, job_id: str) -> tuple[str, dict]:
    job = iot.describe_job(jobId=job_id)["job"]
    return job["status"], job["jobProcessDetails"]


def test_a_10000_device_fleet_is_created_in_seconds(sandbox, big_fleet):
    assert big_fleet["elapsed"] < 5, big_fleet["elapsed"]
    assert big_fleet["count"] == 10_000 and big_fleet["light"] == 10_000
    assert len(big_fleet["failing"]) == 500  # 5 %, chosen with the seed
    iot = sandbox.client("iot")
    first = iot.list_things_in_thing_group(thingGroupName=big_fleet["group"], maxResults=250)
    assert len(first["things"]) == 250 and first["nextToken"]  # moto's paging, fixed in the sandbox
    assert iot.describe_thing(thingName=first["things"][0])["thingName"] == first["things"][0]


def test_list_core_devices_pages_through_10000(sandbox, gg, big_fleet):
    arn = big_fleet["groupArn"]
    started = time.monotonic()
    devices, pages = all_pages(gg.list_core_devices, "coreDevices", thingGroupArn=arn, maxResults=100)
    assert pages == 100
    names = [d["coreDeviceThingName"] for d in devices]
    assert len(names) == len(set(names)) == 10_000
    assert time.monotonic() - started < 30
    assert len(gg.list_core_devices(thingGroupArn=arn)["coreDevices"]) == 50  # the default page
    light = names[0]
    assert gg.get_core_device(coreDeviceThingName=light)["status"] == "HEALTHY"
    assert gg.list_effective_deployments(coreDeviceThingName=light)["effectiveDeployments"] == []


def test_job_counts_progress_to_completion(sandbox, gg, big_fleet):
    iot = sandbox.client("iot")
    dep = gg.create_deployment(targetArn=big_fleet["groupArn"], deploymentName="fleet-rollout", components=CLI)
    assert gg.get_deployment(deploymentId=dep["deploymentId"])["iotJobId"] == dep["iotJobId"]
    seen = []

    def finished():
        status, details = counts(iot, dep["iotJobId"])
        seen.append(details)
        return details["numberOfQueuedThings"] + details["numberOfInProgressThings"] == 0

    wait_for(finished, 40, 0.1, what="the rollout to finish")
    done = seen[-1]
    assert done["numberOfSucceededThings"] == 9_500 and done["numberOfFailedThings"] == 500
    # Polling saw the rollout in progress, not only its start and end.
    assert any(0 < s["numberOfSucceededThings"] < 9_500 for s in seen), seen[:3]
    assert counts(iot, dep["iotJobId"])[0] == "IN_PROGRESS"  # a group's (continuous) job stays open
    failed = iot.list_job_executions_for_job(jobId=dep["iotJobId"], status="FAILED", maxResults=100)
    assert len(failed["executionSummaries"]) == 100 and failed["nextToken"]


def test_five_percent_failing_trips_a_three_percent_abort(sandbox, gg, big_fleet):
    iot = sandbox.client("iot")
    dep = gg.create_deployment(
        targetArn=big_fleet["groupArn"], deploymentName="fleet-abort", components=CLI,
        iotJobConfiguration=ABORT_3_PERCENT,
    )
    wait_for(lambda: counts(iot, dep["iotJobId"])[0] == "CANCELED", 30, 0.1, what="the job to be aborted")
    # As on AWS, canceling (without force) cancels the QUEUED executions; IN_PROGRESS ones finish.
    wait_for(
        lambda: counts(iot, dep["iotJobId"])[1]["numberOfInProgressThings"] == 0, 10, 0.1,
        what="the executions in progress to finish",
    )
    job = iot.describe_job(jobId=dep["iotJobId"])["job"]
    details = job["jobProcessDetails"]
    assert job["abortConfig"]["criteriaList"][0]["thresholdPercentage"] == 3
    executed = details["numberOfSucceededThings"] + details["numberOfFailedThings"]
    assert executed >= 10 and details["numberOfFailedThings"] > 0
    assert details["numberOfCanceledThings"] > 5_000  # the rest never ran
    assert gg.get_deployment(deploymentId=dep["deploymentId"])["deploymentStatus"] == "CANCELED"

    failed, _ = all_pages(
        iot.list_job_executions_for_job, "executionSummaries", jobId=dep["iotJobId"], status="FAILED"
    )
    assert len(failed) == details["numberOfFailedThings"]
    thing = failed[0]["thingArn"].rsplit("/", 1)[1]
    assert thing in big_fleet["failing"]
    execution = iot.describe_job_execution(jobId=dep["iotJobId"], thingName=thing)["execution"]
    assert execution["status"] == "FAILED"
    assert "simulated failure" in execution["statusDetails"]["detailsMap"]["deployment-failure-cause"]
    effective = gg.list_effective_deployments(coreDeviceThingName=thing)["effectiveDeployments"][0]
    assert effective["deploymentId"] == dep["deploymentId"]
    assert effective["coreDeviceExecutionStatus"] == "FAILED" and "simulated failure" in effective["reason"]


def test_sample_devices_really_run_the_app(sandbox, gg, image):
    group = unique("fleet-sample")
    fleet = sandbox.control(
        "POST", "/fleet",
        {"group": group, "count": 200, "failPercent": 0, "sample": 3, "seed": 5, "rolloutSeconds": 1},
    )["fleet"]
    assert len(fleet["sample"]) == 3 and fleet["light"] == 197
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    dep = gg.create_deployment(
        targetArn=fleet["groupArn"], deploymentName="fleet-sample",
        components={
            name: {"componentVersion": "1.0.0"},
            "aws.greengrass.DockerApplicationManager": {"componentVersion": "2.0.14"},
            "aws.greengrass.TokenExchangeService": {"componentVersion": "2.0.3"},
        },
    )
    iot = sandbox.client("iot")
    wait_for(
        lambda: counts(iot, dep["iotJobId"])[1]["numberOfSucceededThings"] == 200, 60, 0.2,
        what="all 200 devices (3 real) to succeed",
    )
    for thing in fleet["sample"]:
        device = sandbox.device(thing)
        assert [r["exitCode"] for r in device["runs"]] == [0], device["log"]
        assert len(items_for(sandbox, thing)) == 1  # the real app wrote its item
    light = next(t for t in fleet["failing"] + [f"{group}-00001", f"{group}-00002"] if t not in fleet["sample"])
    assert items_for(sandbox, light) == []  # light devices do not run anything


def test_a_failing_sample_device_fails_for_real(sandbox, gg, image):
    group = unique("fleet-failing")
    fleet = sandbox.control(
        "POST", "/fleet",
        {"group": group, "count": 20, "failPercent": 100, "sample": 1, "seed": 1, "rolloutSeconds": 0.5},
    )["fleet"]
    real = fleet["sample"][0]
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    dep = gg.create_deployment(targetArn=fleet["groupArn"], components={name: {"componentVersion": "1.0.0"}})
    iot = sandbox.client("iot")
    wait_for(
        lambda: counts(iot, dep["iotJobId"])[1]["numberOfFailedThings"] == 20, 60, 0.2, what="20 failures",
    )
    execution = iot.describe_job_execution(jobId=dep["iotJobId"], thingName=real)["execution"]
    cause = execution["statusDetails"]["detailsMap"]["deployment-failure-cause"]
    assert "simulated" not in cause and "container exited" in cause, cause
