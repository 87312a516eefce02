"""Simulated core devices run the deployed container component for real: the image is built
with buildah, pushed to the sandbox registry, pulled by digest, and its command writes an item
into moto's DynamoDB with credentials from the token exchange service."""

from __future__ import annotations

from conftest import docker_recipe, unique, wait_for

COMPONENT = "com.example.DynamoDbAccessSample"


def create_deployable(gg, recipe: bytes) -> str:
    arn = gg.create_component_version(inlineRecipe=recipe)["arn"]
    wait_for(
        lambda: gg.describe_component(arn=arn)["status"]["componentState"] == "DEPLOYABLE", 10, what="DEPLOYABLE"
    )
    return arn


def outcome(gg, thing: str, deployment_id: str, timeout: float = 40) -> dict:
    def done():
        for e in gg.list_effective_deployments(coreDeviceThingName=thing)["effectiveDeployments"]:
            if e["deploymentId"] == deployment_id and e["coreDeviceExecutionStatus"] not in ("QUEUED", "IN_PROGRESS"):
                return e
        return None

    return wait_for(done, timeout, what=f"{thing} to finish {deployment_id}")


def items_for(sandbox, thing: str) -> list[dict]:
    return sandbox.client("dynamodb").query(
        TableName="SampleDynamoTable",
        KeyConditionExpression="device_name = :d",
        ExpressionAttributeValues={":d": {"S": thing}},
        ConsistentRead=True,
    )["Items"]


def installed(gg, thing: str) -> dict[str, tuple[str, str]]:
    return {
        c["componentName"]: (c["componentVersion"], c["lifecycleState"])
        for c in gg.list_installed_components(coreDeviceThingName=thing, topologyFilter="ALL")["installedComponents"]
    }


def test_device_runs_the_app_end_to_end(sandbox, gg, image):
    thing = unique("e2e-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(thing),
        deploymentName="e2e",
        components={name: {"componentVersion": "1.0.0"}},
        deploymentPolicies={"failureHandlingPolicy": "ROLLBACK"},
    )
    result = outcome(gg, thing, dep["deploymentId"])
    assert result["coreDeviceExecutionStatus"] == "COMPLETED", result
    assert gg.get_deployment(deploymentId=dep["deploymentId"])["deploymentStatus"] == "COMPLETED"

    items = items_for(sandbox, thing)
    assert len(items) == 1
    assert items[0]["component_version"] == {"S": "1.0.0"}
    assert items[0]["timestamp"]["S"].endswith("Z")
    components = installed(gg, thing)
    assert components[name] == ("1.0.0", "FINISHED")
    assert "aws.greengrass.TokenExchangeService" in components  # resolved as a dependency

    device = sandbox.device(thing)
    assert device["tokenExchange"]["granted"] >= 1
    run = device["runs"][-1]
    assert run["exitCode"] == 0
    passed = {
        "AWS_CONTAINER_CREDENTIALS_FULL_URI", "AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_REGION",
        "AWS_IOT_THING_NAME", "TABLE_NAME", "COMPONENT_VERSION",
    }
    if sandbox.info["containerRuntime"]:
        # podman ran the recipe's own arguments; what got in is what its -e options name.
        assert run["runtime"] == sandbox.info["containerRuntime"] and run["argv"][0] == "podman"
        assert {a.split("=")[0] for a in run["argv"][run["argv"].index("run") + 1:] if a.isupper() or "=" in a} >= passed
    else:
        assert set(run["envPassed"]) == passed

    # The same component, recipe and configuration again: the device does not restart it.
    again = gg.create_deployment(
        targetArn=sandbox.thing_arn(thing), deploymentName="e2e again",
        components={name: {"componentVersion": "1.0.0"}},
    )
    assert outcome(gg, thing, again["deploymentId"])["coreDeviceExecutionStatus"] == "COMPLETED"
    assert len(items_for(sandbox, thing)) == 1
    assert len(sandbox.device(thing)["runs"]) == 1

    # A configuration change does restart it.
    changed = gg.create_deployment(
        targetArn=sandbox.thing_arn(thing),
        components={
            name: {
                "componentVersion": "1.0.0",
                "configurationUpdate": {"merge": '{"TableName": "NoSuchTable"}'},
            }
        },
    )
    failed = outcome(gg, thing, changed["deploymentId"])
    assert failed["coreDeviceExecutionStatus"] == "FAILED"
    assert "NoSuchTable" in failed["reason"] and "ResourceNotFoundException" in failed["reason"]
    assert installed(gg, thing)[name] == ("1.0.0", "FINISHED")  # rolled back


def test_recipe_without_host_networking_fails_with_that_reason(sandbox, gg, image):
    thing = unique("nonet-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image, network=""))
    dep = gg.create_deployment(targetArn=sandbox.thing_arn(thing), components={name: {"componentVersion": "1.0.0"}})
    result = outcome(gg, thing, dep["deploymentId"])
    assert result["coreDeviceExecutionStatus"] == "FAILED"
    if sandbox.info["containerRuntime"]:
        # The app's own error: in its own network namespace, the host's loopback is not there.
        assert "CredentialRetrievalError" in result["reason"] and "Could not connect" in result["reason"]
    else:
        assert "--net=host" in result["reason"] and "token exchange service" in result["reason"]
    assert result["statusDetails"]["errorTypes"] == ["COMPONENT_ERROR"]
    assert gg.get_deployment(deploymentId=dep["deploymentId"])["deploymentStatus"] == "FAILED"
    assert items_for(sandbox, thing) == []
    assert name not in installed(gg, thing)  # rolled back to the previous (empty) set


def test_failing_app_reports_its_last_stderr_line(sandbox, gg, image):
    group = unique("failing-group")
    good, bad = unique("good-core"), unique("bad-core")
    sandbox.add_device(good, [group])
    sandbox.add_device(bad, [group], fail_app=True)
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image))
    dep = gg.create_deployment(targetArn=sandbox.group_arn(group), components={name: {"componentVersion": "1.0.0"}})
    assert outcome(gg, good, dep["deploymentId"])["coreDeviceExecutionStatus"] == "SUCCEEDED"
    failed = outcome(gg, bad, dep["deploymentId"])
    assert failed["coreDeviceExecutionStatus"] == "FAILED"
    assert "error: could not write to DynamoDB table 'SampleDynamoTable'" in failed["reason"]
    assert failed["statusDetails"]["errorStack"][-1] == "COMPONENT_BROKEN"
    assert gg.get_deployment(deploymentId=dep["deploymentId"])["deploymentStatus"] == "ACTIVE"
    assert len(items_for(sandbox, good)) == 1 and items_for(sandbox, bad) == []
    assert sandbox.device(bad)["tokenExchange"]["refused"] >= 1


def test_image_missing_from_the_registry_changes_nothing(sandbox, gg, image):
    thing = unique("nopull-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    missing = image.split("@")[0] + "@sha256:" + "0" * 64
    create_deployable(gg, docker_recipe(name, "1.0.0", missing))
    dep = gg.create_deployment(targetArn=sandbox.thing_arn(thing), components={name: {"componentVersion": "1.0.0"}})
    result = outcome(gg, thing, dep["deploymentId"])
    assert result["coreDeviceExecutionStatus"] == "FAILED"
    # podman says "manifest unknown" (the registry's error code); the fallback client the HTTP 404.
    assert "Failed to pull" in result["reason"] and ("404" in result["reason"] or "manifest unknown" in result["reason"])
    assert "DOCKER_PULL_ERROR" in result["statusDetails"]["errorStack"]


def test_docker_component_needs_the_docker_manager(sandbox, gg, image):
    thing = unique("nodeps-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image, dependencies=("aws.greengrass.TokenExchangeService",)))
    dep = gg.create_deployment(targetArn=sandbox.thing_arn(thing), components={name: {"componentVersion": "1.0.0"}})
    result = outcome(gg, thing, dep["deploymentId"])
    assert result["coreDeviceExecutionStatus"] == "FAILED"
    assert "aws.greengrass.DockerApplicationManager" in result["reason"]


def test_new_group_member_receives_the_group_deployment(sandbox, gg):
    group = unique("late-group")
    first = unique("early-core")
    sandbox.add_device(first, [group])
    dep = gg.create_deployment(
        targetArn=sandbox.group_arn(group), components={"aws.greengrass.Cli": {"componentVersion": "2.12.6"}}
    )
    late = unique("late-core")
    sandbox.add_device(late, [group])
    assert outcome(gg, late, dep["deploymentId"])["coreDeviceExecutionStatus"] == "SUCCEEDED"
    assert installed(gg, late)["aws.greengrass.Cli"] == ("2.12.6", "RUNNING")


def test_do_nothing_policy_keeps_the_broken_component(sandbox, gg, image):
    thing = unique("keep-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    create_deployable(gg, docker_recipe(name, "1.0.0", image, network="--network bridge"))
    dep = gg.create_deployment(
        targetArn=sandbox.thing_arn(thing),
        components={name: {"componentVersion": "1.0.0"}},
        deploymentPolicies={"failureHandlingPolicy": "DO_NOTHING"},
    )
    assert outcome(gg, thing, dep["deploymentId"])["coreDeviceExecutionStatus"] == "FAILED"
    assert installed(gg, thing)[name] == ("1.0.0", "BROKEN")
    record = next(
        e for e in sandbox.device(thing)["effectiveDeployments"] if e["deploymentId"] == dep["deploymentId"]
    )
    assert record["statusDetails"]["detailedDeploymentStatus"] == "FAILED_ROLLBACK_NOT_REQUESTED"
    assert gg.get_core_device(coreDeviceThingName=thing)["status"] == "UNHEALTHY"


def recipe_with_run(name: str, image: str, run: str) -> bytes:
    """docker_recipe's component with its own Run script."""
    text = docker_recipe(name, "1.0.0", image).decode()
    start = text.index("      Run: |-")
    end = text.index("    Artifacts:")
    return (text[:start] + f"      Run: {run}\n" + text[end:]).encode()


def test_container_given_no_credentials_runs_when_it_calls_no_aws_api(sandbox, gg, image):
    thing = unique("nocreds-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    # No --net=host and no AWS_CONTAINER_* variables: the command calls no AWS API.
    create_deployable(gg, recipe_with_run(name, image, f"docker run --rm {image} python3 -c \"print('hello')\""))
    dep = gg.create_deployment(targetArn=sandbox.thing_arn(thing), components={name: {"componentVersion": "1.0.0"}})
    result = outcome(gg, thing, dep["deploymentId"])
    assert result["coreDeviceExecutionStatus"] == "COMPLETED", result
    assert installed(gg, thing)[name] == ("1.0.0", "FINISHED")
    assert items_for(sandbox, thing) == []  # it wrote nothing: it needed nothing


def test_net_host_after_the_image_fails_on_the_device_with_the_reason(sandbox, gg, image):
    thing = unique("lateopt-core")
    sandbox.add_device(thing, [])
    name = unique(COMPONENT)
    run = (
        "docker run --rm -e AWS_CONTAINER_AUTHORIZATION_TOKEN -e AWS_CONTAINER_CREDENTIALS_FULL_URI "
        f"{image} --net=host"
    )
    create_deployable(gg, recipe_with_run(name, image, run))
    dep = gg.create_deployment(targetArn=sandbox.thing_arn(thing), components={name: {"componentVersion": "1.0.0"}})
    result = outcome(gg, thing, dep["deploymentId"])
    assert result["coreDeviceExecutionStatus"] == "FAILED"
    # docker's (and podman's) own words: the option became the container's command.
    assert 'exec: "--net=host": executable file not found' in result["reason"]
    if not sandbox.info["containerRuntime"]:
        # The fallback, which reads the line, says why too.
        assert "docker run has --net=host after the image" in result["reason"]
        assert "cannot reach the token exchange service" in result["reason"]
    assert items_for(sandbox, thing) == []
