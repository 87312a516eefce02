"""Faults for moto's services (IAM, STS, DynamoDB, ECR, IoT, CloudWatch Logs), as the
Greengrass emulator has them for its own: a WSGI middleware in front of moto's app.

A fault names its operation as IAM names the action, `service:Operation`, the service being
the SigV4 signing name in the request's credential scope (iam, sts, dynamodb, ecr, iot, logs).
The operation is found as each protocol defines it:
- JSON protocols (DynamoDB, ECR, Logs): the `X-Amz-Target` header, `Prefix.Operation`;
- query protocols (IAM, STS): the `Action` parameter, in the query string or the form body;
- REST protocols (IoT): the method and path, matched against the request URIs of botocore's
  service model (the routing the Greengrass emulator uses for its own model).

Three kinds, as the emulator's:
- `error` answers `status` in the service's own error format and code, so an SDK classifies
  it as it would the real one: 429 the throttling code (Throttling / ThrottlingException),
  403 AccessDenied(Exception), 5xx the service's internal failure (ServiceFailure,
  InternalServerError, ServerException, …; 503 ServiceUnavailable(Exception));
- `lost` lets moto carry the request out, then resets the connection without an answer;
- `held` neither answers nor acts until the client closes the connection (it gave up) or
  `holdSeconds` pass, then resets the connection. It holds only its own request's thread.

Requests from the sandbox's own clients (Moto.client, user agent extra OWN_AGENT: the token
exchange service, the ECR mirror, the log manager) are neither faulted nor counted; everyone
else's are counted per operation, so a test can see that its fault was met.
"""

from __future__ import annotations

import io
import json
import select
import socket
import threading
import time
import urllib.parse
import uuid
from typing import Any, Callable
from xml.sax.saxutils import escape

import botocore.loaders
from . import model as m
from .wsgiserver import HANDLER, SOCKET, make_server

# The sandbox's own clients say this in their user agent (botocore's user_agent_extra).
OWN_AGENT = "ggsandbox-own"
# The services moto serves here, by signing name (also the name of botocore's model).
SERVICES = ("iam", "sts", "dynamodb", "ecr", "iot", "logs")
KINDS = ("error", "lost", "held")

# The code each service answers an internal failure (HTTP 500) with, as its model has it.
_SERVER_ERROR = {
    "iam": "ServiceFailure",
    "sts": "InternalFailure",
    "dynamodb": "InternalServerError",
    "ecr": "ServerException",
    "iot": "InternalFailureException",
    "logs": "ServiceUnavailableException",
}
# DynamoDB's JSON errors carry their namespace in __type (the SDKs strip it).
_TYPE_PREFIX = {"dynamodb": "com.amazonaws.dynamodb.v20120810#"}


class _Models:
    """botocore's service models, loaded once each on first use (IoT's takes a moment)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._models: dict[str, dict] = {}
        self._routes: dict[str, list[m.Route]] = {}

    def get(self, service: str) -> dict:
        with self._lock:
            if service not in self._models:
                self._models[service] = botocore.loaders.Loader().load_service_model(service, "service-2")
            return self._models[service]

    def routes(self, service: str) -> list[m.Route]:
        model = self.get(service)
        with self._lock:
            if service not in self._routes:
                self._routes[service] = m.build_routes(model)
            return self._routes[service]


MODELS = _Models()


class Faults:
    """The pending faults and, per operation, how many requests came and how many met one."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pending: list[dict] = []
        self.calls: dict[str, dict[str, int]] = {}

    def add(self, operation: str, kind: str = "error", status: int = 429, count: int = 1,
            hold_seconds: float = 120.0, message: str | None = None) -> dict:
        service, _, name = operation.partition(":")
        if service not in SERVICES or not name:
            raise ValueError(f"operation must be service:Operation, the service one of {', '.join(SERVICES)}; got {operation!r}")
        if name not in MODELS.get(service)["operations"]:
            raise ValueError(f"{service} has no operation {name!r}")
        if kind not in KINDS:
            raise ValueError("kind must be error, lost or held")
        if count < 1:
            raise ValueError("count must be at least 1")
        if kind == "error" and status not in (403, 429) and not 500 <= status <= 599:
            raise ValueError("status must be 403, 429 or a 5xx")
        if kind == "held" and hold_seconds <= 0:
            raise ValueError("holdSeconds must be positive")
        fault: dict[str, Any] = {"operation": operation, "kind": kind, "remaining": count}
        if kind == "error":
            fault.update(status=status, message=message)
        if kind == "held":
            fault["holdSeconds"] = hold_seconds
        with self.lock:
            self.pending.append(fault)
        return dict(fault)

    def take(self, operation: str) -> dict | None:
        """Counts the request; the fault it meets, if one is pending."""
        with self.lock:
            seen = self.calls.setdefault(operation, {"calls": 0, "injected": 0})
            seen["calls"] += 1
            for fault in self.pending:
                if fault["operation"] == operation:
                    fault["remaining"] -= 1
                    if fault["remaining"] == 0:
                        self.pending.remove(fault)
                    seen["injected"] += 1
                    return dict(fault)
        return None

    def snapshot(self) -> dict:
        with self.lock:
            return {"faults": [dict(f) for f in self.pending],
                    "calls": {k: dict(v) for k, v in self.calls.items()}}


# --- which operation a request is --------------------------------------------------------


def _scope_service(environ: dict) -> str | None:
    """The service of the SigV4 credential scope: ACCESSKEY/DATE/REGION/SERVICE/aws4_request."""
    credential = ""
    authorization = environ.get("HTTP_AUTHORIZATION") or ""
    if "Credential=" in authorization:
        credential = authorization.split("Credential=", 1)[1].split(",", 1)[0]
    else:
        query = urllib.parse.parse_qs(environ.get("QUERY_STRING") or "")
        credential = (query.get("X-Amz-Credential") or [""])[0]
    parts = credential.strip().split("/")
    return parts[3] if len(parts) == 5 else None


def _body(environ: dict) -> bytes:
    """The request body, read once; wsgi.input is replaced so that moto reads it again."""
    length = environ.get("CONTENT_LENGTH")
    if length:
        body = environ["wsgi.input"].read(int(length))
    elif environ.get("wsgi.input_terminated"):
        body = environ["wsgi.input"].read()
    else:
        body = b""
    environ["wsgi.input"] = io.BytesIO(body)
    return body


def operation_of(environ: dict) -> str | None:
    """`service:Operation` of a request to one of SERVICES, or None."""
    service = _scope_service(environ)
    if service not in SERVICES:
        return None
    target = environ.get("HTTP_X_AMZ_TARGET")
    if target:
        return f"{service}:{target.rpartition('.')[2]}"
    protocol = MODELS.get(service)["metadata"]["protocol"]
    query_string = environ.get("QUERY_STRING") or ""
    query = urllib.parse.parse_qs(query_string, keep_blank_values=True)
    if protocol == "query":
        action = (query.get("Action") or [None])[0]
        if action is None and (environ.get("CONTENT_TYPE") or "").startswith("application/x-www-form-urlencoded"):
            form = urllib.parse.parse_qs(_body(environ).decode("utf-8", "replace"))
            action = (form.get("Action") or [None])[0]
        return f"{service}:{action}" if action else None
    if protocol.startswith("rest"):
        raw = environ.get("RAW_URI") or environ.get("REQUEST_URI")
        path = urllib.parse.urlsplit(raw).path if raw else urllib.parse.quote(environ.get("PATH_INFO") or "/")
        match = m.match_route(MODELS.routes(service), environ.get("REQUEST_METHOD") or "GET", path, query)
        return f"{service}:{match.route.operation}" if match.route else None
    return None


# --- the answers ---------------------------------------------------------------------------


def error_code(service: str, status: int) -> str:
    protocol = MODELS.get(service)["metadata"]["protocol"]
    query = protocol == "query"
    if status == 429:
        return "Throttling" if query else "ThrottlingException"
    if status == 403:
        return "AccessDenied" if query else "AccessDeniedException"
    if status == 503:
        return "ServiceUnavailable" if query or service == "dynamodb" else "ServiceUnavailableException"
    return _SERVER_ERROR.get(service, "InternalFailure")


def error_response(service: str, operation: str, status: int, message: str | None) -> tuple[str, list, bytes]:
    """The status line, headers and body the service answers an error with."""
    metadata = MODELS.get(service)["metadata"]
    code = error_code(service, status)
    if message is None:
        message = {
            429: "Rate exceeded",
            403: f"User is not authorized to perform: {service}:{operation}",
            503: "Service unavailable",
        }.get(status, "Internal failure")
        message += " (sandbox fault injection)"
    request_id = str(uuid.uuid4())
    headers = [("x-amzn-RequestId", request_id)]
    protocol = metadata["protocol"]
    if protocol == "query":
        side = "Receiver" if status >= 500 else "Sender"
        body = (
            f'<ErrorResponse xmlns="{metadata.get("xmlNamespace", "")}"><Error><Type>{side}</Type>'
            f"<Code>{code}</Code><Message>{escape(message)}</Message></Error>"
            f"<RequestId>{request_id}</RequestId></ErrorResponse>"
        ).encode()
        headers.append(("Content-Type", "text/xml"))
    elif protocol == "json":
        body = json.dumps({"__type": _TYPE_PREFIX.get(service, "") + code, "message": message}).encode()
        headers.append(("Content-Type", f"application/x-amz-json-{metadata.get('jsonVersion', '1.1')}"))
    else:
        body = json.dumps({"message": message}).encode()
        headers += [("Content-Type", "application/json"), ("x-amzn-ErrorType", code)]
    headers.append(("Content-Length", str(len(body))))
    reason = {403: "Forbidden", 429: "Too Many Requests", 503: "Service Unavailable"}.get(status, "Internal Server Error")
    return f"{status} {reason}", headers, body


class Dropped(ConnectionResetError):
    """Raised out of the app so that the server writes nothing (wsgiref takes it for a dropped
    connection); the handler then resets the connection (wsgiserver.Handler.finish)."""


def _drop(environ: dict) -> None:
    handler = environ.get(HANDLER)
    if handler is not None:
        handler.reset = True
        handler.close_connection = True
    raise Dropped("sandbox fault injection: no answer")


def _hold(environ: dict, seconds: float) -> None:
    """Until `seconds` pass or the client closes the connection (a read of b'')."""
    _body(environ)  # so that what is left to read on the socket is the client's close
    conn = environ.get(SOCKET)
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if conn is None:
            time.sleep(min(left, 0.2))
            continue
        ready, _, _ = select.select([conn], [], [], min(left, 0.2))
        if ready:
            try:
                if conn.recv(1, socket.MSG_PEEK) == b"":
                    return
            except OSError:
                return
            time.sleep(0.05)  # bytes after the request (a pipelined one): keep holding


class FaultyApp:
    """The WSGI middleware: moto's app, with the faults in front."""

    def __init__(self, app: Callable, faults: Faults):
        self.app = app
        self.faults = faults

    def __call__(self, environ: dict, start_response: Callable) -> Any:
        if OWN_AGENT in (environ.get("HTTP_USER_AGENT") or ""):
            return self.app(environ, start_response)
        try:
            operation = operation_of(environ)
        except Exception:  # noqa: BLE001 - a request we cannot name is moto's to answer
            operation = None
        fault = self.faults.take(operation) if operation else None
        if fault is None:
            return self.app(environ, start_response)
        service, _, name = fault["operation"].partition(":")
        if fault["kind"] == "error":
            status, headers, body = error_response(service, name, fault["status"], fault.get("message"))
            start_response(status, headers)
            return [body]
        if fault["kind"] == "lost":
            # The work is done; only the answer goes missing.
            answer = self.app(environ, lambda status, headers, exc_info=None: (lambda data: None))
            try:
                for _ in answer:
                    pass
            finally:
                if hasattr(answer, "close"):
                    answer.close()
        else:
            _hold(environ, float(fault["holdSeconds"]))
        _drop(environ)


class FaultyMotoServer:
    """As moto's ThreadedMotoServer (start, stop, get_host_and_port): moto's app behind the
    faults, on a server that keeps connections open (wsgiserver.py)."""

    def __init__(self, faults: Faults, ip_address: str = "127.0.0.1", port: int = 0):
        self.faults = faults
        self._address = (ip_address, port)
        self._server: Any = None
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app

        app = FaultyApp(DomainDispatcherApplication(create_backend_app), self.faults)
        self._server = make_server(*self._address, app)
        self._thread = threading.Thread(target=self._server.serve_forever, name="moto", daemon=True)
        self._thread.start()

    def get_host_and_port(self) -> tuple[str, int]:
        assert self._server is not None, "start() first"
        host, port = self._server.server_address[:2]
        return str(host), port

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join()
            self._thread = None
