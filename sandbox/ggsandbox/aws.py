"""moto, the local stand-in for IAM, ECR, STS, DynamoDB and IoT, and the seed data the
pipeline expects to find in an account that already has Greengrass core devices.

moto runs in this process (its app on wsgiserver.py's server, faults in front), so the Greengrass emulator also reads and
updates moto's IoT backend directly: thing group membership, and the IoT job behind each
deployment (the toolkit may read a fleet's progress from DescribeJob).
"""

from __future__ import annotations

import base64
import io
import datetime as _dt
import json
import logging
import re
import threading
from typing import Any

import boto3
from botocore.config import Config

from .model import log
from .motofaults import OWN_AGENT, Faults, FaultyMotoServer

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
        self.faults = Faults()  # injected into every client's requests but ours (motofaults.py)

    def start(self) -> None:
        # werkzeug (under moto's Flask app) logs every request; stderr is for what matters.
        logging.getLogger("werkzeug").setLevel(logging.WARNING)
        patch_moto()
        self.server = FaultyMotoServer(self.faults, ip_address="127.0.0.1", port=0)
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
                    config=Config(retries={"mode": "standard", "max_attempts": 2}, user_agent_extra=OWN_AGENT),
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

    # --- fleets: many things at once ---------------------------------------------------

    def group_arn(self, group: str) -> str:
        return f"arn:aws:iot:{self.region}:{self.account_id}:thinggroup/{group}"

    def thing_arn(self, thing: str) -> str:
        return f"arn:aws:iot:{self.region}:{self.account_id}:thing/{thing}"

    def add_things_in_bulk(self, group: str, things: list[str]) -> None:
        """Create the group and its things in moto's backend directly: 10,000 CreateThing and
        AddThingToThingGroup requests would take minutes, this takes well under a second."""
        from moto.iot.models import FakeThing

        if not self.thing_group_exists(group):
            self.client("iot").create_thing_group(thingGroupName=group)
        backend = self.iot_backend()
        thing_group = backend.describe_thing_group(group)
        new_things = dict(backend.things)
        members = dict(thing_group.things)
        for name in things:
            arn = self.thing_arn(name)
            thing = new_things.get(arn)
            if thing is None:
                thing = FakeThing(name, None, {}, self.account_id, self.region)
                new_things[arn] = thing
            members[arn] = thing
        # Rebind rather than insert, so a request iterating the old dicts is not disturbed.
        backend.things = new_things
        thing_group.things = members

    # --- the IoT job behind a deployment (fleets.JobBook drives it) ---------------------

    def create_job(self, job_id: str, target_arn: str, continuous: bool, document: dict,
                   configuration: dict | None = None) -> None:
        configuration = configuration or {}
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
                job_executions_rollout_config=configuration.get("jobExecutionsRolloutConfig") or {},
                document_parameters={},
                abort_config=configuration.get("abortConfig") or {},
                job_execution_retry_config={},
                scheduling_config={},
                timeout_config=configuration.get("timeoutConfig") or {},
            )
            backend.jobs[job_id].status = "IN_PROGRESS"
            # moto adds an execution per target, even for a group: ours are per device.
            backend.job_executions = {k: v for k, v in backend.job_executions.items() if k[0] != job_id}
        except Exception as exc:  # noqa: BLE001 - the job is a convenience, not the contract
            log(f"could not create IoT job {job_id} in moto: {exc!r}")

    def new_job_execution(self, job_id: str, thing_arn: str) -> Any:
        from moto.iot.models import FakeJobExecution

        execution = FakeJobExecution(job_id, thing_arn)
        execution.execution_number = 1
        execution.version_number = 1
        return execution

    def put_job_executions(self, executions: dict) -> None:
        backend = self.iot_backend()
        # Rebind rather than insert: moto's list calls iterate this dict in other threads.
        backend.job_executions = {**backend.job_executions, **executions}

    def write_job(self, job_id: str, counts: dict[str, int], status: str, *,
                  comment: str | None = None, reason_code: str | None = None) -> None:
        job = self.iot_backend().jobs.get(job_id)
        if job is None:
            return
        job.job_process_details = {**job.job_process_details, **counts}
        if job.status != status:
            job.status = status
            if status in ("COMPLETED", "CANCELED"):
                job.completed_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)
        if comment is not None:
            job.comment = comment
        if reason_code is not None:
            job.reason_code = reason_code
        job.last_updated_at = _dt.datetime.now(_dt.timezone.utc).replace(tzinfo=None)


_PATCHED = False


def patch_moto() -> None:
    """Three things moto does that do not scale to fleets, fixed in this process (and the
    cost of finding a request's service, paid once instead of per request):
    - describe_thing scans every thing (O(n) per call; a thing's ARN follows from its name);
    - ListThingsInThingGroup ignores maxResults/nextToken (AWS pages it, at most 250);
    - DynamoDB Query scans the whole table (DynamoDB reads only the key's partition)."""
    global _PATCHED
    if _PATCHED:
        return
    _PATCHED = True
    from moto.iot import models, responses
    from moto.utilities.utils import get_partition

    original_describe = models.IoTBackend.describe_thing

    def describe_thing(self: Any, thing_name: str) -> Any:
        arn = f"arn:{get_partition(self.region_name)}:iot:{self.region_name}:{self.account_id}:thing/{thing_name}"
        thing = self.things.get(arn)
        return thing if thing is not None else original_describe(self, thing_name)

    models.IoTBackend.describe_thing = describe_thing

    def list_things_in_thing_group(self: Any) -> Any:
        from moto.core.responses import ActionResult

        things = list(self.iot_backend.list_things_in_thing_group(thing_group_name=self._get_param("thingGroupName")))
        size = max(1, min(int(self._get_param("maxResults") or 250), 250))
        token = self._get_param("nextToken")
        try:
            start = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
        except ValueError:
            start = 0
        page = things[start:start + size]
        following = start + size
        next_token = base64.urlsafe_b64encode(str(following).encode()).decode() if following < len(things) else None
        return ActionResult({"things": [t.thing_name for t in page], "nextToken": next_token})

    responses.IoTResponse.list_things_in_thing_group = list_things_in_thing_group

    # DynamoDB Query reads one partition; moto's scans every item of the table, so a smoke
    # check of N devices against a table of N devices' items costs N² in the sandbox.
    from moto.dynamodb.models.table import Table

    original_query = Table.query

    def query(self: Any, hash_key: Any, *args: Any, **kwargs: Any) -> Any:
        index_name = kwargs.get("index_name", args[6] if len(args) > 6 else None)
        if index_name or hash_key is None:
            return original_query(self, hash_key, *args, **kwargs)
        return original_query(_Partition(self, hash_key), hash_key, *args, **kwargs)

    Table.query = query

    # Every request finds its service by listing moto's package folder (a stat per service)
    # and matching the host against every service's URL patterns, under one lock: the same
    # answers each time, so each is worked out once.
    from moto import backends
    from moto.moto_server.werkzeug_app import DomainDispatcherApplication

    modules = tuple(backends.list_of_moto_modules())
    backends.list_of_moto_modules = lambda: modules
    original_backend_for_host = DomainDispatcherApplication.get_backend_for_host
    known: dict[str | None, Any] = {}

    def get_backend_for_host(self: Any, host: str | None) -> Any:
        if host not in known:
            known[host] = original_backend_for_host(self, host)
        return known[host]

    DomainDispatcherApplication.get_backend_for_host = get_backend_for_host

    # moto's own route to a Query (Flask, its request parsing and its model-driven response
    # serialiser) costs several times what the Query does: the plain key queries the smoke
    # check makes are answered here, from the partition; every other request goes to moto.
    original_call = DomainDispatcherApplication.__call__

    def call(self: Any, environ: dict, start_response: Any) -> Any:
        if environ.get("HTTP_X_AMZ_TARGET") == "DynamoDB_20120810.Query":
            body = environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
            answer = _key_query(body, environ)
            if answer is not None:
                start_response("200 OK", [
                    ("Content-Type", "application/x-amz-json-1.0"),
                    ("Content-Length", str(len(answer))),
                    ("x-amzn-RequestId", "sandbox-query"),
                ])
                return [answer]
            environ["wsgi.input"] = io.BytesIO(body)
        return original_call(self, environ, start_response)

    DomainDispatcherApplication.__call__ = call


_KEY_CONDITION = re.compile(
    r"^\s*(#?\w+)\s*=\s*(:\w+)\s*(?:AND\s+(#?\w+)\s*(>=|<=|>|<|=)\s*(:\w+))?\s*$", re.IGNORECASE
)
_PLAIN_QUERY = {"TableName", "KeyConditionExpression", "ExpressionAttributeNames",
                "ExpressionAttributeValues", "Limit", "ScanIndexForward", "ConsistentRead",
                "ExclusiveStartKey"}
_COMPARISON = {">=": "GE", "<=": "LE", ">": "GT", "<": "LT", "=": "EQ"}


def _key_query(body: bytes, environ: dict) -> bytes | None:
    """The answer to a Query on a table's own key (partition key equal to a value, optionally
    a sort key comparison), read from that partition; None for anything else, which moto
    answers itself (errors included)."""
    try:
        from moto.dynamodb.models import dynamodb_backends
        from moto.dynamodb.models.dynamo_type import DynamoType

        p = json.loads(body)
        if not set(p) <= _PLAIN_QUERY:
            return None
        m = _KEY_CONDITION.match(p.get("KeyConditionExpression") or "")
        if not m:
            return None
        names = p.get("ExpressionAttributeNames") or {}
        values = p.get("ExpressionAttributeValues") or {}
        credential = (environ.get("HTTP_AUTHORIZATION") or "").split("Credential=", 1)[1].split("/")
        region = credential[2]
        account = next(iter(dynamodb_backends))
        table = dynamodb_backends[account][region].tables.get(p.get("TableName"))
        if table is None or not table.range_key_attr:
            return None
        key, key_value, sort, op, sort_value = m.groups()
        if names.get(key, key) != table.hash_key_attr:
            return None
        if sort is not None and names.get(sort, sort) != table.range_key_attr:
            return None
        partition = table.items.get(DynamoType(values[key_value]))
        items = sorted((partition or {}).values(), key=lambda item: item.range_key)
        if p.get("ScanIndexForward", True) is False:
            items.reverse()
        if sort is not None:
            bound = [DynamoType(values[sort_value])]
            items = [i for i in items if i.range_key.compare(_COMPARISON[op], bound)]
        start = p.get("ExclusiveStartKey")
        if start:
            after = DynamoType(start[table.range_key_attr])
            forward = p.get("ScanIndexForward", True) is not False
            items = [i for i in items if (i.range_key > after if forward else i.range_key < after)]
        limit = p.get("Limit")
        more = limit is not None and len(items) > limit
        page = items[:limit] if limit is not None else items
        out: dict = {"Items": [i.to_json()["Attributes"] for i in page], "Count": len(page),
                     "ScannedCount": len(page)}
        if more:
            last = page[-1]
            out["LastEvaluatedKey"] = {table.hash_key_attr: last.hash_key.to_json(),
                                       table.range_key_attr: last.range_key.to_json()}
        return json.dumps(out).encode()
    except Exception:  # noqa: BLE001 - moto answers what this does not understand
        return None


class _Partition:
    """A table seen through one partition: moto's query, given it, reads only that
    partition's items; everything else is the table's own."""

    def __init__(self, table: Any, hash_key: Any):
        self._table = table
        self._hash_key = hash_key

    def __getattr__(self, name: str) -> Any:
        return getattr(self._table, name)

    def all_items(self) -> list[Any]:
        # .get: the table's items are a defaultdict, and a miss must not add a partition.
        partition = self._table.items.get(self._hash_key)
        if partition is None:
            return []
        return list(partition.values()) if self._table.range_key_attr else [partition]
