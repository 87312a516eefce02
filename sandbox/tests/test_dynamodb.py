"""DynamoDB Query in the sandbox reads the key's partition only, as DynamoDB does, and answers
what moto answers: the smoke check's cost in the sandbox then follows the devices it asks
about, not the size of the table."""

from __future__ import annotations

from typing import Any

import boto3
import pytest

from conftest import unique

TS = "2026-11-29T03:{:02d}:00.000Z"


def make_table(ddb: Any, name: str, *, index: bool = False) -> None:
    extra: dict = {}
    attributes = [
        {"AttributeName": "device_name", "AttributeType": "S"},
        {"AttributeName": "timestamp", "AttributeType": "S"},
    ]
    if index:
        attributes.append({"AttributeName": "component_version", "AttributeType": "S"})
        extra["GlobalSecondaryIndexes"] = [{
            "IndexName": "by_version",
            "KeySchema": [{"AttributeName": "component_version", "KeyType": "HASH"}],
            "Projection": {"ProjectionType": "ALL"},
        }]
    ddb.create_table(
        TableName=name,
        AttributeDefinitions=attributes,
        KeySchema=[
            {"AttributeName": "device_name", "KeyType": "HASH"},
            {"AttributeName": "timestamp", "KeyType": "RANGE"},
        ],
        BillingMode="PAY_PER_REQUEST",
        **extra,
    )


def put(ddb: Any, table: str, device: str, minute: int, version: str = "1.0.0") -> None:
    ddb.put_item(TableName=table, Item={
        "device_name": {"S": device}, "timestamp": {"S": TS.format(minute)},
        "component_version": {"S": version},
    })


def newest_first(ddb: Any, table: str, device: str, since: str, limit: int) -> list[list[str]]:
    """Every page of the smoke check's Query, as timestamp lists."""
    pages, start = [], None
    while True:
        out = ddb.query(
            TableName=table, ConsistentRead=True, ScanIndexForward=False, Limit=limit,
            KeyConditionExpression="device_name = :d AND #ts >= :since",
            ExpressionAttributeNames={"#ts": "timestamp"},
            ExpressionAttributeValues={":d": {"S": device}, ":since": {"S": since}},
            **({"ExclusiveStartKey": start} if start else {}),
        )
        pages.append([i["timestamp"]["S"] for i in out["Items"]])
        start = out.get("LastEvaluatedKey")
        if not start:
            return pages


def test_query_answers_from_the_partition_over_the_wire(sandbox) -> None:
    ddb = sandbox.client("dynamodb")
    table = unique("partition")
    make_table(ddb, table)
    for device in ("core-a", "core-b", "core-c"):
        for minute in range(5):
            put(ddb, table, device, minute)
    put(ddb, table, "core-b", 9, "2.0.0")

    pages = newest_first(ddb, table, "core-b", TS.format(2), limit=2)
    assert all(len(page) <= 2 for page in pages)
    assert sum(pages, []) == [TS.format(9), TS.format(4), TS.format(3), TS.format(2)]
    assert newest_first(ddb, table, "core-nobody", TS.format(0), limit=10) == [[]]
    out = ddb.query(
        TableName=table, KeyConditionExpression="device_name = :d",
        ExpressionAttributeValues={":d": {"S": "core-a"}},
    )
    assert [i["timestamp"]["S"] for i in out["Items"]] == [TS.format(m) for m in range(5)]
    assert {i["device_name"]["S"] for i in out["Items"]} == {"core-a"}
    # An index query is not a partition of the table: it still sees every device.
    gsi = unique("partition-gsi")
    make_table(ddb, gsi, index=True)
    put(ddb, gsi, "core-a", 1, "3.0.0")
    put(ddb, gsi, "core-b", 2, "3.0.0")
    out = ddb.query(
        TableName=gsi, IndexName="by_version", KeyConditionExpression="component_version = :v",
        ExpressionAttributeValues={":v": {"S": "3.0.0"}},
    )
    assert sorted(i["device_name"]["S"] for i in out["Items"]) == ["core-a", "core-b"]


def test_a_key_query_never_reads_the_whole_table(monkeypatch: pytest.MonkeyPatch) -> None:
    """In process, with the sandbox's patch: a key Query does not walk the table's items
    (moto's all_items over the table), an index Query still may."""
    from moto import mock_aws
    from moto.dynamodb.models.table import Table

    from ggsandbox.aws import patch_moto

    patch_moto()
    walked: list[int] = []
    original = Table.all_items

    def all_items(self: Any) -> Any:
        items = original(self)
        walked.append(len(items))
        return items

    monkeypatch.setattr(Table, "all_items", all_items)
    with mock_aws():
        ddb = boto3.client("dynamodb", region_name="us-east-1", aws_access_key_id="testing",
                           aws_secret_access_key="testing")
        make_table(ddb, "Items", index=True)
        for n in range(300):
            put(ddb, "Items", f"core-{n}", n % 60)
        walked.clear()
        pages = newest_first(ddb, "Items", "core-7", TS.format(0), limit=10)
        assert pages == [[TS.format(7)]]
        assert walked == []
        ddb.query(
            TableName="Items", IndexName="by_version", KeyConditionExpression="component_version = :v",
            ExpressionAttributeValues={":v": {"S": "1.0.0"}},
        )
        assert walked == [300]


def test_the_quick_answer_is_motos_answer() -> None:
    """The key queries the sandbox answers itself (without moto's request machinery) get the
    items, in the order and pages, that moto's own Query gives."""
    import json

    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    from moto import mock_aws
    from moto.server import DomainDispatcherApplication, create_backend_app
    from werkzeug.test import Client

    from ggsandbox.aws import patch_moto

    patch_moto()
    client = Client(DomainDispatcherApplication(create_backend_app))

    def call(target: str, body: dict) -> tuple[dict, str]:
        data = json.dumps(body)
        request = AWSRequest(method="POST", url="http://localhost/", data=data, headers={
            "X-Amz-Target": f"DynamoDB_20120810.{target}",
            "Content-Type": "application/x-amz-json-1.0",
        })
        SigV4Auth(Credentials("testing", "testing"), "dynamodb", "us-east-1").add_auth(request)
        response = client.post("/", data=data, headers=dict(request.headers.items()))
        return json.loads(response.get_data()), response.headers.get("x-amzn-RequestId", "")

    def pages(query: dict, quick: bool) -> tuple[list, bool]:
        # ReturnConsumedCapacity is not a plain key query: moto answers it itself.
        extra = {} if quick else {"ReturnConsumedCapacity": "NONE"}
        items, start, answered = [], None, set()
        while True:
            out, request_id = call("Query", {**query, **extra, **({"ExclusiveStartKey": start} if start else {})})
            answered.add(request_id == "sandbox-query")
            items.append(out["Items"])
            start = out.get("LastEvaluatedKey")
            if not start:
                return [i for page in items for i in page if page], answered == {True}

    with mock_aws():
        call("CreateTable", {
            "TableName": "Items",
            "AttributeDefinitions": [{"AttributeName": "device_name", "AttributeType": "S"},
                                     {"AttributeName": "timestamp", "AttributeType": "S"}],
            "KeySchema": [{"AttributeName": "device_name", "KeyType": "HASH"},
                          {"AttributeName": "timestamp", "KeyType": "RANGE"}],
            "BillingMode": "PAY_PER_REQUEST",
        })
        for n in range(30):
            for minute in range(n % 7):
                call("PutItem", {"TableName": "Items", "Item": {
                    "device_name": {"S": f"core-{n % 10}"}, "timestamp": {"S": TS.format(minute + n)},
                    "component_version": {"S": f"1.0.{n}"}}})
        since = {":since": {"S": TS.format(12)}}
        queries = [
            {"KeyConditionExpression": "device_name = :d", "ExpressionAttributeValues": {}},
            {"KeyConditionExpression": "device_name = :d AND #ts >= :since",
             "ExpressionAttributeNames": {"#ts": "timestamp"}, "ExpressionAttributeValues": since},
            {"KeyConditionExpression": "device_name = :d AND #ts < :since",
             "ExpressionAttributeNames": {"#ts": "timestamp"}, "ExpressionAttributeValues": since},
        ]
        checked = 0
        for device in ("core-3", "core-6", "core-nobody"):
            for query in queries:
                for extra in ({}, {"ScanIndexForward": False, "Limit": 2, "ConsistentRead": True},
                              {"ScanIndexForward": True, "Limit": 1}, {"Limit": 100}):
                    body = {"TableName": "Items", **query, **extra}
                    body["ExpressionAttributeValues"] = {":d": {"S": device}, **query["ExpressionAttributeValues"]}
                    quick, by_sandbox = pages(body, quick=True)
                    moto, by_moto = pages(body, quick=False)
                    assert by_sandbox and not by_moto
                    assert quick == moto, body
                    checked += len(quick)
        assert checked > 50
        # What is not a plain key query, and errors, are moto's.
        out, request_id = call("Query", {"TableName": "Nope", "KeyConditionExpression": "device_name = :d",
                                         "ExpressionAttributeValues": {":d": {"S": "x"}}})
        assert out["__type"].endswith("ResourceNotFoundException") and request_id != "sandbox-query"
