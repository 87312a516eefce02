#!/usr/bin/env python3
"""Write one item into a DynamoDB table from a Greengrass V2 container component.

The item records that this device ran the component:

    device_name        (S, partition key)  AWS_IOT_THING_NAME
    timestamp          (S, sort key)       ISO 8601 UTC with milliseconds, e.g. 2026-11-29T03:16:14.123Z
    component_version  (S)                 COMPONENT_VERSION, only when set and non-empty

Environment:
    AWS_IOT_THING_NAME   required; the device's thing name.
    TABLE_NAME           table to write to (default: SampleDynamoTable).
    COMPONENT_VERSION    optional; stored as component_version.
    AWS_REGION           region of the table (falls back to boto3's default chain).

Credentials come only from boto3's default chain. On a Greengrass core that is the token
exchange service, reached through AWS_CONTAINER_CREDENTIALS_FULL_URI and
AWS_CONTAINER_AUTHORIZATION_TOKEN. For local testing, boto3 honours AWS_ENDPOINT_URL_DYNAMODB.

Exit status is 0 when the item was written, 1 otherwise, with a one-line reason on stderr.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import sys
from typing import Mapping, Optional, Sequence

DEFAULT_TABLE_NAME = "SampleDynamoTable"

# Values that must never reach stdout or stderr.
_SECRET_ENV_VARS = ("AWS_CONTAINER_AUTHORIZATION_TOKEN", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")

_POLICY_HINT = "check that the token exchange role's policy allows dynamodb:PutItem on this table"
_CREDENTIALS_HINT = (
    "check that the component depends on aws.greengrass.TokenExchangeService and that the container "
    "gets AWS_CONTAINER_CREDENTIALS_FULL_URI and AWS_CONTAINER_AUTHORIZATION_TOKEN (and runs with host networking)"
)


def format_timestamp(now: _dt.datetime) -> str:
    """Return `now` as ISO 8601 UTC with milliseconds and a trailing Z.

    A naive datetime is taken to be UTC already.
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=_dt.timezone.utc)
    now = now.astimezone(_dt.timezone.utc)
    return now.strftime("%Y-%m-%dT%H:%M:%S.") + f"{now.microsecond // 1000:03d}Z"


def build_item(thing: str, version: Optional[str], now: _dt.datetime) -> dict:
    """Return the DynamoDB item (low-level attribute-value form) to write."""
    item = {
        "device_name": {"S": thing},
        "timestamp": {"S": format_timestamp(now)},
    }
    if version:
        item["component_version"] = {"S": version}
    return item


def one_line(text: str, secrets: Sequence[str] = ()) -> str:
    """Collapse whitespace to one line and hide any secret value it contains.

    Values shorter than 8 characters are not treated as secrets: replacing them would mangle
    ordinary words, and real tokens and keys are much longer.
    """
    for secret in secrets:
        if secret and len(secret) >= 8:
            text = text.replace(secret, "***")
    return " ".join(str(text).split())


def describe_error(exc: BaseException, table: str) -> str:
    """Return the one-line reason (without the 'error: ' prefix) for a failed write."""
    prefix = f"could not write to DynamoDB table '{table}'"
    try:
        from botocore import exceptions as bce
    except ImportError:  # pragma: no cover - boto3 is a hard dependency
        bce = None

    if bce is not None and isinstance(exc, bce.ClientError):
        err = exc.response.get("Error", {})
        code = err.get("Code", "ClientError")
        message = err.get("Message", "") or str(exc)
        if code == "ResourceNotFoundException":
            hint = "check TABLE_NAME and AWS_REGION: the table must exist in the region the device uses"
        elif code in ("AccessDeniedException", "AccessDenied", "UnauthorizedOperation"):
            hint = _POLICY_HINT
        elif code in (
            "UnrecognizedClientException",
            "InvalidSignatureException",
            "ExpiredTokenException",
            "InvalidClientTokenId",
            "MissingAuthenticationTokenException",
        ):
            hint = "the credentials were rejected; " + _CREDENTIALS_HINT
        else:
            hint = None
        reason = f"{prefix}: {code}: {message}"
        return f"{reason} — {hint}" if hint else reason

    if bce is not None and isinstance(exc, (bce.NoCredentialsError, bce.CredentialRetrievalError)):
        return f"{prefix}: {type(exc).__name__}: {exc} — {_CREDENTIALS_HINT}"
    if bce is not None and isinstance(exc, bce.NoRegionError):
        return f"{prefix}: NoRegionError: no AWS region configured — set AWS_REGION"
    if bce is not None and isinstance(exc, bce.EndpointConnectionError):
        return f"{prefix}: EndpointConnectionError: {exc} — check the device's network access to DynamoDB"
    return f"{prefix}: {type(exc).__name__}: {exc}"


def _nonempty(environ: Mapping[str, str], name: str) -> Optional[str]:
    value = environ.get(name, "")
    value = value.strip() if value else ""
    return value or None


def write_item(table: str, item: dict, region: Optional[str]) -> None:
    """Put `item` into `table` using boto3's default credential chain."""
    import boto3
    from botocore.config import Config

    config = Config(
        connect_timeout=5,
        read_timeout=10,
        retries={"mode": "standard", "max_attempts": 3},
    )
    client = boto3.client("dynamodb", region_name=region, config=config)
    client.put_item(TableName=table, Item=item)


def main(argv: Optional[Sequence[str]] = None, environ: Optional[Mapping[str, str]] = None) -> int:
    """Write one item and return the process exit status."""
    parser = argparse.ArgumentParser(
        description="Write one item recording this device's run into a DynamoDB table. "
        "Configured by environment variables: AWS_IOT_THING_NAME (required), TABLE_NAME, "
        "COMPONENT_VERSION, AWS_REGION."
    )
    parser.parse_args(argv)
    if environ is None:
        environ = os.environ

    secrets = [environ.get(name, "") for name in _SECRET_ENV_VARS]

    thing = _nonempty(environ, "AWS_IOT_THING_NAME")
    if thing is None:
        print(
            "error: AWS_IOT_THING_NAME is not set — run this as a Greengrass component "
            "and pass it to the container (docker run -e AWS_IOT_THING_NAME)",
            file=sys.stderr,
        )
        return 1
    table = _nonempty(environ, "TABLE_NAME") or DEFAULT_TABLE_NAME
    version = _nonempty(environ, "COMPONENT_VERSION")
    region = _nonempty(environ, "AWS_REGION")

    item = build_item(thing, version, _dt.datetime.now(_dt.timezone.utc))
    try:
        write_item(table, item, region)
    except Exception as exc:  # noqa: BLE001 - every failure becomes one line and exit 1
        print("error: " + one_line(describe_error(exc, table), secrets), file=sys.stderr)
        return 1

    line = (
        f"wrote item device_name={thing!r} timestamp={item['timestamp']['S']!r}"
        + (f" component_version={version!r}" if version else "")
        + f" to DynamoDB table {table!r}"
        + (f" in {region}" if region else "")
    )
    print(one_line(line, secrets))
    return 0


if __name__ == "__main__":
    sys.exit(main())
