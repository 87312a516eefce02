"""Pure helpers of the app, tested in-process."""

from __future__ import annotations

import datetime as dt

import dynamodb_access_sample as app
from botocore.exceptions import ClientError, NoCredentialsError


def test_format_timestamp_is_utc_with_milliseconds_and_z():
    plus_two = dt.timezone(dt.timedelta(hours=2))
    now = dt.datetime(2026, 11, 29, 5, 16, 14, 123987, tzinfo=plus_two)
    assert app.format_timestamp(now) == "2026-11-29T03:16:14.123Z"
    assert app.format_timestamp(dt.datetime(2026, 1, 2, 3, 4, 5, 0, tzinfo=dt.timezone.utc)) == (
        "2026-01-02T03:04:05.000Z"
    )


def test_build_item():
    now = dt.datetime(2026, 11, 29, 3, 16, 14, 123000, tzinfo=dt.timezone.utc)
    assert app.build_item("dev1", "1.0.0", now) == {
        "device_name": {"S": "dev1"},
        "timestamp": {"S": "2026-11-29T03:16:14.123Z"},
        "component_version": {"S": "1.0.0"},
    }
    assert app.build_item("dev1", None, now) == {
        "device_name": {"S": "dev1"},
        "timestamp": {"S": "2026-11-29T03:16:14.123Z"},
    }
    assert "component_version" not in app.build_item("dev1", "", now)


def test_access_denied_reason_names_table_and_policy():
    exc = ClientError(
        {"Error": {"Code": "AccessDeniedException", "Message": "User is not authorized\nto perform PutItem"}},
        "PutItem",
    )
    line = app.one_line(app.describe_error(exc, "T1"))
    assert line.startswith("could not write to DynamoDB table 'T1': AccessDeniedException: ")
    assert "dynamodb:PutItem" in line
    assert "\n" not in line


def test_no_credentials_reason_mentions_token_exchange():
    line = app.describe_error(NoCredentialsError(), "T1")
    assert "'T1'" in line and "NoCredentialsError" in line and "TokenExchangeService" in line


def test_one_line_redacts_secrets():
    assert app.one_line("bad token abc123xyz\nsecond", ["abc123xyz", ""]) == "bad token *** second"
    # Short values are not secrets and are left alone.
    assert app.one_line("DynamoDB table", ["y"]) == "DynamoDB table"


def test_main_requires_thing_name(capsys):
    assert app.main([], {"TABLE_NAME": "T"}) == 1
    assert app.main([], {"AWS_IOT_THING_NAME": "  "}) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 2 and all(line.startswith("error: AWS_IOT_THING_NAME") for line in err)
