"""moto, the local stand-in for IAM, ECR, STS, DynamoDB and IoT, and the seed data the
pipeline expects to find in an account that already has Greengrass core devices.

moto runs in this process (ThreadedMotoServer), so the Greengrass emulator also reads and
updates moto's IoT backend directly: thing group membership, and the IoT job behind each
deployment (the toolkit may read a fleet's progress from DescribeJob).
"""

from __future__ import annotations

import base64
import datetime as _dt
import json
import logging
import threading
from typing import Any

import boto3
from botocore.config import Config

from .model import log

ACCESS_KEY = "testing"
SECRET_KEY = "testing"

ROLE_NAME = "GreengrassV2TokenExchangeRole"
ROLE_ALIAS = "GreengrassV2TokenExchangeRoleAlias"
TABLE_NAME = "SampleDynamoTable"
GROUP_NAME = "MyGreengrassCoreGroup"
SEED_DEVICES = ("sandbox-core-1", "sandbox-core-2")

TRUST_POLICY = {
    "Version": "2012-10-17",
    "Statement": [
        {
            "Effect": "Allow",
            "Principal": {"Service": "credentials.iot.amazonaws.com"},
            "Action": "sts:AssumeRole",
        }
    ],
}


class Moto:
    """moto's server on a free loopback port, plus typed helpers the sandbox needs."""

    def __init__(self, region: str):
        self.region = region
        self.server: Any = None
        self.endpoint = ""
        self.account_id = ""
        self._clients: dict[str, Any] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        from moto.server import ThreadedMotoServer

        # werkzeug logs every request; the sandbox's stderr is for what matters.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
        self.server.start()
        host, port = self.server.get_host_and_port()
        self.endpoint = f"http://{host}:{port}"
        self.account_id = self.client("sts").get_caller_identity()["Account"]

    def stop(self) -> None:
        if self.server is not None:
            self.server.stop()
            self.server = None

    def client(self, service: str) -> Any:
        with self._lock:
            if service not in self._clients:
                self._clients[service] = boto3.session.Session().client(
                    service,
                    region_name=self.region,
                    endpoint_url=self.endpoint,
                    aws_access_key_id=ACCESS_KEY,
                    aws_secret_access_key=SECRET_KEY,
                    config=Config(retries={"mode": "standard", "max_attempts": 2}),
                )
            return self._clients[service]

    def registry_password(self) -> str:
        """The password ECR GetAuthorizationToken hands out (what `docker login` would use)."""
        data = self.client("ecr").get_authorization_token()["authorizationData"][0]
        user, _, password = base64.b64decode(data["authorizationToken"]).decode().partition(":")
        if user != "AWS" or not password:
            raise RuntimeError(f"unexpected ECR authorization token for user {user!r}")
        return password

    # --- seed -------------------------------------------------------------------------

    def seed(self) -> None:
        iam = self.client("iam")
        iam.create_role(
            RoleName=ROLE_NAME,
            AssumeRolePolicyDocument=json.dumps(TRUST_POLICY),
            Description="Greengrass V2 token exchange role (sandbox seed)",
        )
        self.client("iot").create_role_alias(
            roleAlias=ROLE_ALIAS, roleArn=f"arn:aws:iam::{self.account_id}:role/{ROLE_NAME}"
        )
        self.client("dynamodb").create_table(
            TableName=TABLE_NAME,
            AttributeDefinitions=[
                {"AttributeName": "device_name", "AttributeType": "S"},
                {"AttributeName": "timestamp", "AttributeType": "S"},
            ],
            KeySchema=[
                {"AttributeName": "device_name", "KeyType": "HASH"},
                {"AttributeName": "timestamp", "KeyType": "RANGE"},
            ],
            BillingMode="PAY_PER_REQUEST",
        )
        for thing in SEED_DEVICES:
            self.ensure_thing(thing, [GROUP_NAME])

    # --- IoT things and groups --------------------------------------------------------

    def iot_backend(self) -> Any:
        from moto.iot.models import iot_backends

        return iot_backends[self.account_id][self.region]

    def ensure_thing(self, thing: str, groups: list[str]) -> None:
        iot = self.client("iot")
        if not self.thing_exists(thing):
            iot.create_thing(thingName=thing)
        for group in groups:
            if not self.thing_group_exists(group):
                iot.create_thing_group(thingGroupName=group)
            iot.add_thing_to_thing_group(thingGroupName=group, thingName=thing)

    def thing_exists(self, thing: str) -> bool:
        try:
            self.iot_backend().describe_thing(thing)
            return True
        except Exception:  # noqa: BLE001 - moto raises its own ResourceNotFound
            return False

    def thing_group_exists(self, group: str) -> bool:
        try:
            self.iot_backend().describe_thing_group(group)
            return True
        except Exception:  # noqa: BLE001
            return False

    def groups_of(self, thing: str) -> list[str]:
        """The thing groups the thing belongs to, as IoT knows them now."""
        try:
            return [g["groupName"] for g in self.iot_backend().list_thing_groups_for_thing(thing)]
        except Exception:  # noqa: BLE001 - a thing deleted behind our back has no groups
            return []

    # --- the IoT job behind a deployment ----------------------------------------------

    def create_job(self, job_id: str, target_arn: str, continuous: bool, document: dict) -> None:
        try:
            backend = self.iot_backend()
            backend.create_job(
                job_id=job_id,
                targets=[target_arn],
                document_source="",
                document=json.dumps(document),
                description="Greengrass deployment (sandbox)",
                presigned_url_config={},
                target_selection="CONTINUOUS" if continuous else "SNAPSHOT",
                job_executions_rollout_config={},
                document_parameters={},
                abort_config={},
                job_execution_retry_config={},
                scheduling_config={},
                timeout_config={},
            )
            job = backend.jobs[job_id]
            job.status = "IN_PROGRESS"
            # moto adds an execution per target, even for a group: ours are per device.
            for key in [k for k in backend.job_executions if k[0] == job_id]:
                del backend.job_executions[key]
            self.update_job(job_id, {})
        except Exception as exc:  # noqa: BLE001 - the job is a convenience, not the contract
            log(f"could not create IoT job {job_id} in moto: {exc!r}")

    def update_job(self, job_id: str, executions: dict[str, str], *, finished: bool = False, canceled: bool = False) -> None:
        """Mirror per-device execution statuses (thing name -> IoT job status) into moto."""
        try:
            from moto.iot.models import FakeJobExecution

            backend = self.iot_backend()
            job = backend.jobs.get(job_id)
            if job is None:
                return
            counts = {
                "QUEUED": 0, "IN_PROGRESS": 0, "SUCCEEDED": 0, "FAILED": 0,
                "REJECTED": 0, "CANCELED": 0, "TIMED_OUT": 0, "REMOVED": 0,
            }
            for thing, status in executions.items():
                counts[status] = counts.get(status, 0) + 1
                key = (job_id, thing)
                execution = backend.job_executions.get(key)
                thing_arn = f"arn:aws:iot:{self.region}:{self.account_id}:thing/{thing}"
                if execution is None:
                    execution = FakeJobExecution(job_id, thing_arn)
                    backend.job_executions[key] = execution
                execution.status = status
                execution.last_updated_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
            details = job.job_process_details
            details.update(
                {
                    "numberOfQueuedThings": counts["QUEUED"],
                    "numberOfInProgressThings": counts["IN_PROGRESS"],
                    "numberOfSucceededThings": counts["SUCCEEDED"],
                    "numberOfFailedThings": counts["FAILED"],
                    "numberOfRejectedThings": counts["REJECTED"],
                    "numberOfCanceledThings": counts["CANCELED"],
                    "numberOfTimedOutThings": counts["TIMED_OUT"],
                    "numberOfRemovedThings": counts["REMOVED"],
                }
            )
            if canceled:
                job.status = "CANCELED"
            elif finished:
                job.status = "COMPLETED"
            job.last_updated_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
        except Exception as exc:  # noqa: BLE001
            log(f"could not update IoT job {job_id} in moto: {exc!r}")
