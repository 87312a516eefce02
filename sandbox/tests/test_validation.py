"""The emulator rejects what the official model forbids, as the real service does: HTTP 400
ValidationException naming the member and the rule, and the call log marks it rejected."""

from __future__ import annotations

import pytest
from botocore.exceptions import ClientError


def rejected_calls(sandbox, operation):
    return [c for c in sandbox.control("GET", "/calls")["calls"] if c["operation"] == operation and c["rejected"]]


def expect_validation(call, *fragments):
    with pytest.raises(ClientError) as info:
        call()
    error = info.value.response["Error"]
    assert info.value.response["ResponseMetadata"]["HTTPStatusCode"] == 400
    assert error["Code"] == "ValidationException"
    for fragment in fragments:
        assert fragment in error["Message"], error["Message"]
    return error["Message"]


def test_missing_required_member(sandbox, gg_raw):
    sandbox.control("POST", "/calls/reset")
    message = expect_validation(
        lambda: gg_raw.create_deployment(deploymentName="no target"), "'targetArn'", "must not be null"
    )
    calls = rejected_calls(sandbox, "CreateDeployment")
    assert len(calls) == 1 and calls[0]["rejected"] == message
    assert calls[0]["mutating"] is True and calls[0]["status"] == 400


def test_bad_enum_value(sandbox, gg_raw):
    expect_validation(
        lambda: gg_raw.list_deployments(historyFilter="EVERYTHING"),
        "'historyFilter'", "enum value set: [ALL, LATEST_ONLY]",
    )


def test_nested_enum_names_the_member_path(sandbox, gg_raw):
    expect_validation(
        lambda: gg_raw.create_deployment(
            targetArn=sandbox.group_arn("MyGreengrassCoreGroup"),
            deploymentPolicies={"failureHandlingPolicy": "RETRY"},
        ),
        "'deploymentPolicies.failureHandlingPolicy'",
    )


def test_too_long_string(sandbox, gg_raw):
    expect_validation(
        lambda: gg_raw.create_deployment(targetArn=sandbox.group_arn("MyGreengrassCoreGroup"), deploymentName="x" * 257),
        "'deploymentName'", "length less than or equal to 256",
    )


def test_pattern_violation(sandbox, gg_raw):
    expect_validation(
        lambda: gg_raw.create_deployment(targetArn="arn:aws:iot:us-east-1:123456789012:device/core"),
        "'targetArn'", "regular expression pattern",
    )
    expect_validation(
        lambda: gg_raw.create_component_version(inlineRecipe=b"{}", clientToken="not a token!"),
        "'clientToken'", "regular expression pattern",
    )


def test_pattern_of_a_uri_member(sandbox, gg_raw):
    expect_validation(lambda: gg_raw.describe_component(arn="com.example.NotAnArn"), "'arn'")


def test_integer_range_in_the_query(sandbox, gg_raw):
    expect_validation(lambda: gg_raw.list_components(maxResults=1000), "'maxResults'", "less than or equal to 100")
    status, headers, body = sandbox.raw("GET", "/greengrass/v2/components?maxResults=many")
    assert status == 400 and headers["x-amzn-ErrorType"] == "ValidationException"
    assert "'maxResults'" in body["message"]


def test_several_problems_are_all_named(sandbox, gg_raw):
    message = expect_validation(
        lambda: gg_raw.create_deployment(
            targetArn="nope", deploymentName="", components={"c": {"componentVersion": "x" * 65}}
        ),
        "3 validation errors",
    )
    assert "'targetArn'" in message and "'deploymentName'" in message and "componentVersion" in message


def test_wrong_json_types_and_bad_base64(sandbox):
    status, headers, body = sandbox.raw(
        "POST", "/greengrass/v2/deployments", b'{"targetArn": 12, "deploymentName": ["a"]}'
    )
    assert status == 400 and "type string" in body["message"]
    status, _, body = sandbox.raw("POST", "/greengrass/v2/createComponentVersion", b'{"inlineRecipe": "***"}')
    assert status == 400 and "'inlineRecipe'" in body["message"] and "base64" in body["message"]
    status, _, body = sandbox.raw("POST", "/greengrass/v2/deployments", b"{not json")
    assert status == 400 and body["reason"] == "CANNOT_PARSE"


def test_unknown_route(sandbox):
    status, headers, _ = sandbox.raw("GET", "/greengrass/v2/nothing-here")
    assert status == 404 and headers["x-amzn-ErrorType"] == "UnknownOperationException"


def test_valid_requests_are_not_rejected(sandbox, gg):
    sandbox.control("POST", "/calls/reset")
    gg.list_components()
    gg.list_core_devices(thingGroupArn=sandbox.group_arn("MyGreengrassCoreGroup"))
    calls = sandbox.control("GET", "/calls")["calls"]
    assert [c["operation"] for c in calls] == ["ListComponents", "ListCoreDevices"]
    assert all(c["status"] == 200 and not c["rejected"] and not c["mutating"] for c in calls)
    assert all(not c["responseProblems"] for c in calls)
