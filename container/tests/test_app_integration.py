"""Run the app as a subprocess against moto DynamoDB, with credentials served by a loopback
stand-in for Greengrass's token exchange service."""

from __future__ import annotations

import datetime as dt
import re

from conftest import (
    ACCESS_KEY_ID,
    DEFAULT_TABLE,
    SECRET_ACCESS_KEY,
    SESSION_TOKEN,
    THING,
    TOKEN,
    all_items,
    create_table,
    items_for,
)

TIMESTAMP_RE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$")
SECRETS = (TOKEN, SECRET_ACCESS_KEY, SESSION_TOKEN, ACCESS_KEY_ID)


def assert_no_secrets(result):
    for secret in SECRETS:
        assert secret not in result.stdout
        assert secret not in result.stderr


def assert_one_line_error(result):
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), result.stderr
    return lines[0]


def test_writes_item_with_keys_and_utc_millisecond_timestamp(run_app, dynamodb, default_table):
    result = run_app(COMPONENT_VERSION="1.2.3")

    assert result.returncode == 0, result.stderr
    items = items_for(dynamodb, default_table)
    assert len(items) == 1
    item = items[0]
    assert set(item) == {"device_name", "timestamp", "component_version"}
    assert item["device_name"] == {"S": THING}
    ts = item["timestamp"]["S"]
    assert TIMESTAMP_RE.match(ts), ts
    written = dt.datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=dt.timezone.utc)
    slack = dt.timedelta(seconds=2)
    assert result.started - slack <= written <= result.finished + slack

    # One line on success, naming device, table and timestamp; nothing on stderr.
    out = result.stdout.strip().splitlines()
    assert len(out) == 1, result.stdout
    assert THING in out[0] and default_table in out[0] and ts in out[0]
    assert result.stderr.strip() == ""
    assert_no_secrets(result)


def test_credentials_fetched_from_endpoint_with_authorization_token(
    run_app, dynamodb, default_table, credential_endpoint
):
    result = run_app()

    assert result.returncode == 0, result.stderr
    assert credential_endpoint.requests, "the app never called the credential endpoint"
    for method, path, auth in credential_endpoint.requests:
        assert method == "GET"
        assert path == "/2016-11-01/credentialprovider/"
        assert auth == TOKEN
    assert len(items_for(dynamodb, default_table)) == 1


def test_component_version_present_when_set(run_app, dynamodb, default_table):
    result = run_app(COMPONENT_VERSION="2.0.7")

    assert result.returncode == 0, result.stderr
    (item,) = items_for(dynamodb, default_table)
    assert item["component_version"] == {"S": "2.0.7"}


def test_component_version_absent_when_unset_or_empty(run_app, dynamodb, default_table):
    assert run_app(COMPONENT_VERSION=None).returncode == 0
    assert run_app(COMPONENT_VERSION="").returncode == 0

    items = items_for(dynamodb, default_table)
    assert len(items) == 2
    for item in items:
        assert "component_version" not in item
        assert set(item) == {"device_name", "timestamp"}


def test_table_name_honoured(run_app, dynamodb, default_table):
    create_table(dynamodb, "OtherTable")

    result = run_app(TABLE_NAME="OtherTable")

    assert result.returncode == 0, result.stderr
    assert len(items_for(dynamodb, "OtherTable")) == 1
    assert all_items(dynamodb, default_table) == []
    assert "OtherTable" in result.stdout


def test_default_table_used_when_table_name_unset(run_app, dynamodb, default_table):
    create_table(dynamodb, "OtherTable")

    result = run_app(TABLE_NAME=None)

    assert result.returncode == 0, result.stderr
    assert default_table == DEFAULT_TABLE == "SampleDynamoTable"
    assert len(items_for(dynamodb, DEFAULT_TABLE)) == 1
    assert all_items(dynamodb, "OtherTable") == []


def test_wrong_token_fails_without_writing_or_leaking(run_app, dynamodb, default_table, credential_endpoint):
    wrong = "wrong-token-value-5e6f7a8b9c"

    result = run_app(AWS_CONTAINER_AUTHORIZATION_TOKEN=wrong)

    line = assert_one_line_error(result)
    assert DEFAULT_TABLE in line
    assert result.stdout.strip() == ""
    assert all_items(dynamodb, default_table) == []
    assert credential_endpoint.requests and all(auth == wrong for _, _, auth in credential_endpoint.requests)
    assert wrong not in result.stdout and wrong not in result.stderr
    assert_no_secrets(result)


def test_missing_table_fails_naming_the_table(run_app, dynamodb):
    result = run_app(TABLE_NAME="NoSuchTable")

    line = assert_one_line_error(result)
    assert "'NoSuchTable'" in line
    assert "ResourceNotFoundException" in line
    assert result.stdout.strip() == ""
    assert_no_secrets(result)


def test_missing_thing_name_fails(run_app, dynamodb, default_table, credential_endpoint):
    result = run_app(AWS_IOT_THING_NAME=None)

    line = assert_one_line_error(result)
    assert "AWS_IOT_THING_NAME" in line
    assert all_items(dynamodb, default_table) == []
    assert credential_endpoint.requests == []
    assert_no_secrets(result)
