"""Shared fixtures: a moto DynamoDB server, a loopback credential endpoint that behaves like
Greengrass's token exchange service, and a helper that runs the app as a real subprocess."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import threading
import urllib.request
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import boto3
import pytest

sys.dont_write_bytecode = True  # keep __pycache__ out of container/ where we can

CONTAINER_DIR = Path(__file__).resolve().parent.parent
APP_PATH = CONTAINER_DIR / "app" / "dynamodb_access_sample.py"

REGION = "eu-west-1"
THING = "test-core-device-01"
DEFAULT_TABLE = "SampleDynamoTable"
CREDENTIALS_PATH = "/2016-11-01/credentialprovider/"
# Values the app must never print.
TOKEN = "tes-auth-token-7f3c9a1e5b2d4c6e"
SECRET_ACCESS_KEY = "tes-secret-key-0d9e8f7a6b5c4d3e2f1a"
SESSION_TOKEN = "tes-session-token-a1b2c3d4e5f6"
ACCESS_KEY_ID = "ASIATESTTESTTEST0001"

if str(CONTAINER_DIR / "app") not in sys.path:
    sys.path.insert(0, str(CONTAINER_DIR / "app"))


# --------------------------------------------------------------------------- DynamoDB (moto)


@pytest.fixture(scope="session")
def moto_url():
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


@pytest.fixture
def dynamodb(moto_url):
    """A DynamoDB client on a freshly reset moto server (no tables yet)."""
    req = urllib.request.Request(f"{moto_url}/moto-api/reset", method="POST", data=b"")
    urllib.request.urlopen(req, timeout=10).close()
    return boto3.client(
        "dynamodb",
        region_name=REGION,
        endpoint_url=moto_url,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


def create_table(client, name: str) -> None:
    client.create_table(
        TableName=name,
        KeySchema=[
            {"AttributeName": "device_name", "KeyType": "HASH"},
            {"AttributeName": "timestamp", "KeyType": "RANGE"},
        ],
        AttributeDefinitions=[
            {"AttributeName": "device_name", "AttributeType": "S"},
            {"AttributeName": "timestamp", "AttributeType": "S"},
        ],
        BillingMode="PAY_PER_REQUEST",
    )


def items_for(client, table: str, thing: str = THING) -> list[dict]:
    resp = client.query(
        TableName=table,
        KeyConditionExpression="device_name = :d",
        ExpressionAttributeValues={":d": {"S": thing}},
        ConsistentRead=True,
    )
    return resp["Items"]


def all_items(client, table: str) -> list[dict]:
    return client.scan(TableName=table, ConsistentRead=True)["Items"]


@pytest.fixture
def default_table(dynamodb):
    create_table(dynamodb, DEFAULT_TABLE)
    return DEFAULT_TABLE


# --------------------------------------------------------------- token exchange service stand-in


@dataclass
class CredentialEndpoint:
    url: str
    token: str
    requests: list = field(default_factory=list)  # (method, path, Authorization header or None)


def _credentials_handler(endpoint: CredentialEndpoint):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server naming
            auth = self.headers.get("Authorization")
            endpoint.requests.append(("GET", self.path, auth))
            if auth != endpoint.token or self.path != CREDENTIALS_PATH:
                body = json.dumps({"message": "Unauthorized"}).encode()
                status = 401 if auth != endpoint.token else 404
            else:
                expiration = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
                body = json.dumps(
                    {
                        "AccessKeyId": ACCESS_KEY_ID,
                        "SecretAccessKey": SECRET_ACCESS_KEY,
                        "Token": SESSION_TOKEN,
                        "Expiration": expiration.strftime("%Y-%m-%dT%H:%M:%SZ"),
                    }
                ).encode()
                status = 200
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):  # keep test output quiet
            pass

    return Handler


@pytest.fixture
def credential_endpoint():
    endpoint = CredentialEndpoint(url="", token=TOKEN)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _credentials_handler(endpoint))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    endpoint.url = f"http://127.0.0.1:{server.server_address[1]}{CREDENTIALS_PATH}"
    yield endpoint
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


# ----------------------------------------------------------------------------- running the app


@dataclass
class AppResult:
    returncode: int
    stdout: str
    stderr: str
    started: dt.datetime
    finished: dt.datetime


@pytest.fixture
def run_app(moto_url, credential_endpoint, tmp_path):
    """Run the app as a subprocess with only the environment a Greengrass container gets.

    Keyword arguments override environment variables; pass None to leave one out.
    """

    def _run(**overrides) -> AppResult:
        env = {
            "AWS_CONTAINER_CREDENTIALS_FULL_URI": credential_endpoint.url,
            "AWS_CONTAINER_AUTHORIZATION_TOKEN": TOKEN,
            "AWS_REGION": REGION,
            "AWS_IOT_THING_NAME": THING,
            "AWS_ENDPOINT_URL_DYNAMODB": moto_url,
            # Nothing else may supply credentials: no config/credentials files, no IMDS.
            "AWS_CONFIG_FILE": str(tmp_path / "no-such-aws-config"),
            "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-such-aws-credentials"),
            "AWS_EC2_METADATA_DISABLED": "true",
            "HOME": str(tmp_path),
            "PYTHONDONTWRITEBYTECODE": "1",
            "PYTHONUNBUFFERED": "1",
        }
        for key, value in overrides.items():
            if value is None:
                env.pop(key, None)
            else:
                env[key] = value
        started = dt.datetime.now(dt.timezone.utc)
        proc = subprocess.run(
            [sys.executable, str(APP_PATH)],
            env=env,
            cwd=str(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
        finished = dt.datetime.now(dt.timezone.utc)
        return AppResult(proc.returncode, proc.stdout, proc.stderr, started, finished)

    return _run
