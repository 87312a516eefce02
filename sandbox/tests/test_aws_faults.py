"""Faults in moto's services (ggsandbox/motofaults.py), through POST /_sandbox/faults with a
`service:Operation`: for a query protocol (IAM, STS), a JSON one (DynamoDB) and IoT's REST,
an error answers in the service's own code, a lost response does the work and resets the
connection, a held request answers nothing (and does nothing) without holding up anyone else."""

from __future__ import annotations

import errno
import http.client
import json
import threading
import time
import urllib.error
import urllib.parse
from typing import Any, Callable

import boto3
import pytest
from botocore.config import Config
from botocore.exceptions import ClientError

from conftest import unique

DOCUMENT = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}
OTHER = {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"}]}


def client(sandbox: Any, service: str, *, attempts: int = 1, read_timeout: float = 30) -> Any:
    key = {"iam": "IAM", "sts": "STS", "dynamodb": "DYNAMODB", "iot": "IOT"}[service]
    return boto3.session.Session().client(
        service, region_name=sandbox.region, endpoint_url=sandbox.env[f"AWS_ENDPOINT_URL_{key}"],
        aws_access_key_id="testing", aws_secret_access_key="testing",
        config=Config(read_timeout=read_timeout, retries={"mode": "standard", "total_max_attempts": attempts}),
    )


def fault(sandbox: Any, **doc: Any) -> dict:
    return sandbox.control("POST", "/faults", doc)["fault"]


def calls(sandbox: Any, operation: str) -> dict:
    return sandbox.control("GET", "/faults")["awsCalls"].get(operation, {"calls": 0, "injected": 0})


def code_of(call: Callable[[], Any]) -> tuple[str, int]:
    with pytest.raises(ClientError) as info:
        call()
    return info.value.response["Error"]["Code"], info.value.response["ResponseMetadata"]["HTTPStatusCode"]


def new_policy(iam: Any) -> str:
    return iam.create_policy(PolicyName=unique("faulted"), PolicyDocument=json.dumps(DOCUMENT))["Policy"]["Arn"]


def new_table(ddb: Any) -> str:
    name = unique("faulted")
    ddb.create_table(
        TableName=name, BillingMode="PAY_PER_REQUEST",
        AttributeDefinitions=[{"AttributeName": "k", "AttributeType": "S"}],
        KeySchema=[{"AttributeName": "k", "KeyType": "HASH"}],
    )
    return name


def query(ddb: Any, table: str) -> Any:
    return ddb.query(TableName=table, KeyConditionExpression="k = :k", ExpressionAttributeValues={":k": {"S": "a"}})


# --- error ---------------------------------------------------------------------------------


@pytest.mark.parametrize("status, code", [(429, "Throttling"), (403, "AccessDenied"), (500, "ServiceFailure"),
                                          (503, "ServiceUnavailable")])
def test_iam_error_answers_the_query_protocol_code(sandbox, status, code):
    iam = client(sandbox, "iam")
    fault(sandbox, operation="iam:ListPolicies", kind="error", status=status)
    assert code_of(lambda: iam.list_policies(MaxItems=1)) == (code, status)
    iam.list_policies(MaxItems=1)  # the fault is used up


def test_sts_throttling_is_retried_by_the_sdk(sandbox):
    """Throttling is a code botocore's standard retry knows: two throttles, then the answer."""
    before = calls(sandbox, "sts:GetCallerIdentity")
    fault(sandbox, operation="sts:GetCallerIdentity", status=429, count=2)
    assert client(sandbox, "sts", attempts=3).get_caller_identity()["Account"] == sandbox.account
    after = calls(sandbox, "sts:GetCallerIdentity")
    assert (after["calls"] - before["calls"], after["injected"] - before["injected"]) == (3, 2)


@pytest.mark.parametrize("status, code", [(429, "ThrottlingException"), (500, "InternalServerError"),
                                          (503, "ServiceUnavailable")])
def test_dynamodb_error_answers_the_json_protocol_code(sandbox, status, code):
    ddb = client(sandbox, "dynamodb")
    table = new_table(ddb)
    fault(sandbox, operation="dynamodb:Query", status=status)
    assert code_of(lambda: query(ddb, table)) == (code, status)
    assert query(ddb, table)["Count"] == 0


def test_dynamodb_500s_are_retried_and_counted(sandbox):
    ddb = client(sandbox, "dynamodb", attempts=4)
    table = new_table(ddb)
    before = calls(sandbox, "dynamodb:Query")
    fault(sandbox, operation="dynamodb:Query", status=500, count=3)
    assert query(ddb, table)["Count"] == 0
    after = calls(sandbox, "dynamodb:Query")
    assert (after["calls"] - before["calls"], after["injected"] - before["injected"]) == (4, 3)
    assert not [f for f in sandbox.control("GET", "/faults")["faults"] if f["operation"] == "dynamodb:Query"]


@pytest.mark.parametrize("operation, status, code", [
    ("iot:DescribeThingGroup", 500, "InternalFailureException"),
    ("iot:DescribeThingGroup", 503, "ServiceUnavailableException"),
    ("iot:ListThingsInThingGroup", 429, "ThrottlingException"),
])
def test_iot_error_answers_the_rest_protocol_code(sandbox, operation, status, code):
    """IoT's operation is its method and path (botocore's model): the fault meets only it."""
    iot = client(sandbox, "iot")
    group = unique("faulted")
    iot.create_thing_group(thingGroupName=group)
    call = {
        "iot:DescribeThingGroup": lambda: iot.describe_thing_group(thingGroupName=group),
        "iot:ListThingsInThingGroup": lambda: iot.list_things_in_thing_group(thingGroupName=group),
    }
    fault(sandbox, operation=operation, status=status)
    # The other read of the same group is not that operation.
    other = next(op for op in call if op != operation)
    call[other]()
    assert code_of(call[operation]) == (code, status)
    call[operation]()


def test_a_fault_names_a_real_operation(sandbox):
    for doc in ({"operation": "iam:CreatePolicyVersoin"}, {"operation": "s3:GetObject"},
                {"operation": "iam:GetRole", "status": 404}, {"operation": "iam:GetRole", "kind": "slow"}):
        with pytest.raises(urllib.error.HTTPError) as info:
            sandbox.control("POST", "/faults", doc)
        assert info.value.code == 400


# --- lost ----------------------------------------------------------------------------------


def test_iam_lost_response_creates_the_version_then_resets(sandbox):
    iam = client(sandbox, "iam")
    arn = new_policy(iam)
    fault(sandbox, operation="iam:CreatePolicyVersion", kind="lost")
    with pytest.raises(Exception) as info:  # botocore's connection error, not a ClientError
        iam.create_policy_version(PolicyArn=arn, PolicyDocument=json.dumps(OTHER), SetAsDefault=True)
    assert not isinstance(info.value, ClientError)
    versions = iam.list_policy_versions(PolicyArn=arn)["Versions"]
    assert sorted((v["VersionId"], v["IsDefaultVersion"]) for v in versions) == [("v1", False), ("v2", True)]
    assert calls(sandbox, "iam:CreatePolicyVersion")["injected"] >= 1


def test_dynamodb_lost_response_puts_the_item(sandbox):
    ddb = client(sandbox, "dynamodb")
    table = new_table(ddb)
    fault(sandbox, operation="dynamodb:PutItem", kind="lost")
    with pytest.raises(Exception) as info:
        ddb.put_item(TableName=table, Item={"k": {"S": "a"}})
    assert not isinstance(info.value, ClientError)
    assert query(ddb, table)["Count"] == 1


def test_iot_lost_response_creates_the_group(sandbox):
    iot = client(sandbox, "iot")
    group = unique("lost")
    fault(sandbox, operation="iot:CreateThingGroup", kind="lost")
    with pytest.raises(Exception) as info:
        iot.create_thing_group(thingGroupName=group)
    assert not isinstance(info.value, ClientError)
    assert iot.describe_thing_group(thingGroupName=group)["thingGroupName"] == group


def test_a_lost_response_is_a_reset_connection(sandbox):
    """No status line, no bytes: the connection is reset (RST), not closed after an answer."""
    fault(sandbox, operation="sts:GetCallerIdentity", kind="lost")
    endpoint = urllib.parse.urlsplit(sandbox.env["AWS_ENDPOINT_URL_STS"])
    conn = http.client.HTTPConnection(endpoint.hostname, endpoint.port, timeout=10)
    scope = f"testing/20260101/{sandbox.region}/sts/aws4_request"
    conn.request("POST", "/", body=b"Action=GetCallerIdentity&Version=2011-06-15", headers={
        "Content-Type": "application/x-www-form-urlencoded",
        "Authorization": f"AWS4-HMAC-SHA256 Credential={scope}, SignedHeaders=host, Signature=0",
    })
    with pytest.raises(ConnectionResetError) as info:
        conn.getresponse()
    # ECONNRESET from the socket; a close without an answer would be http.client's
    # RemoteDisconnected (a ConnectionResetError too, but without an errno).
    assert info.value.errno == errno.ECONNRESET
    conn.close()


# --- held ----------------------------------------------------------------------------------


HELD = {
    "iam": ("iam:CreatePolicyVersion", "create_policy_version"),
    "dynamodb": ("dynamodb:PutItem", "put_item"),
    "iot": ("iot:CreateThingGroup", "create_thing_group"),
}


@pytest.mark.parametrize("service", list(HELD))
def test_held_request_does_nothing_and_holds_up_no_one(sandbox, service):
    """Held for 3 s: no answer and no work, while the same client's other requests (and the
    same operation's next one) are answered at once; then the connection is reset."""
    operation, _ = HELD[service]
    fast = client(sandbox, service)
    slow = client(sandbox, service, read_timeout=30)
    if service == "iam":
        arn = new_policy(fast)
        held_call = lambda: slow.create_policy_version(PolicyArn=arn, PolicyDocument=json.dumps(OTHER))  # noqa: E731
        other_call = lambda: fast.get_policy(PolicyArn=arn)  # noqa: E731
        work_done = lambda: len(fast.list_policy_versions(PolicyArn=arn)["Versions"]) > 1  # noqa: E731
    elif service == "dynamodb":
        table = new_table(fast)
        held_call = lambda: slow.put_item(TableName=table, Item={"k": {"S": "a"}})  # noqa: E731
        other_call = lambda: query(fast, table)  # noqa: E731
        work_done = lambda: query(fast, table)["Count"] > 0  # noqa: E731
    else:
        group = unique("held")
        held_call = lambda: slow.create_thing_group(thingGroupName=group)  # noqa: E731
        other_call = lambda: fast.list_thing_groups(maxResults=1)  # noqa: E731

        def work_done() -> bool:
            return any(g["groupName"] == group for g in fast.list_thing_groups(namePrefixFilter=group)["thingGroups"])

    fault(sandbox, operation=operation, kind="held", holdSeconds=3)
    outcome: dict = {}

    def held() -> None:
        started = time.monotonic()
        try:
            held_call()
            outcome["error"] = None
        except Exception as exc:  # noqa: BLE001
            outcome["error"] = exc
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=held)
    thread.start()
    time.sleep(0.5)
    started = time.monotonic()
    other_call()
    assert time.monotonic() - started < 1.5
    assert not work_done()
    assert "seconds" not in outcome  # still held
    thread.join(20)
    assert 2.5 < outcome["seconds"] < 10
    assert outcome["error"] is not None and not isinstance(outcome["error"], ClientError)
    assert not work_done()


def test_held_request_ends_when_the_client_gives_up(sandbox):
    """Held for 120 s, but a client that times out after 1 s is not kept: the SDK's timeout,
    then its retry (the fault was for one request) is answered."""
    sts = client(sandbox, "sts", attempts=2, read_timeout=1)
    fault(sandbox, operation="sts:GetCallerIdentity", kind="held", holdSeconds=120)
    before = calls(sandbox, "sts:GetCallerIdentity")
    started = time.monotonic()
    assert sts.get_caller_identity()["Account"] == sandbox.account
    assert 0.9 < time.monotonic() - started < 5
    after = calls(sandbox, "sts:GetCallerIdentity")
    assert (after["calls"] - before["calls"], after["injected"] - before["injected"]) == (2, 1)


# --- the middleware in this process --------------------------------------------------------


def test_the_sandboxs_own_requests_meet_no_fault():
    """The token exchange service, the ECR mirror and the log manager use moto too: their
    requests (OWN_AGENT in the user agent) pass, uncounted, whatever is pending."""
    from ggsandbox.motofaults import OWN_AGENT, Faults, FaultyApp

    faults = Faults()
    faults.add("sts:AssumeRole", status=500)
    seen = []

    def moto(environ: dict, start_response: Any) -> list[bytes]:
        seen.append(environ["HTTP_USER_AGENT"])
        start_response("200 OK", [])
        return [b"ok"]

    app = FaultyApp(moto, faults)
    import io

    def environ(agent: str) -> dict:
        return {
            "REQUEST_METHOD": "POST", "PATH_INFO": "/", "QUERY_STRING": "Action=AssumeRole",
            "HTTP_USER_AGENT": agent, "wsgi.input": io.BytesIO(b""),
            "HTTP_AUTHORIZATION": "AWS4-HMAC-SHA256 Credential=testing/20260101/us-east-1/sts/aws4_request, x",
        }

    statuses = []
    assert app(environ(f"Boto3/1 {OWN_AGENT}"), lambda s, h: statuses.append(s)) == [b"ok"]
    assert faults.snapshot() == {"faults": [{"operation": "sts:AssumeRole", "kind": "error", "remaining": 1,
                                             "status": 500, "message": None}], "calls": {}}
    body = b"".join(app(environ("aws-sdk-js/3"), lambda s, h: statuses.append(s)))
    assert statuses == ["200 OK", "500 Internal Server Error"]
    assert b"<Code>InternalFailure</Code>" in body
    assert seen == [f"Boto3/1 {OWN_AGENT}"]
    assert faults.snapshot()["calls"] == {"sts:AssumeRole": {"calls": 1, "injected": 1}}


def test_a_greengrass_prefix_is_the_emulators(sandbox, gg):
    fault(sandbox, operation="greengrass:ListComponents", status=500)
    assert code_of(lambda: sandbox.client("greengrassv2", attempts=1).list_components()) == (
        "InternalServerException", 500)
