"""The token exchange service a Greengrass core runs for its components
(aws.greengrass.TokenExchangeService), on the loopback interface.

A component's container reaches it through AWS_CONTAINER_CREDENTIALS_FULL_URI with
AWS_CONTAINER_AUTHORIZATION_TOKEN as the Authorization header, exactly as botocore's container
credential provider does. Credentials come from moto STS AssumeRole on the device role, so the
role has to exist. Every request is counted per device.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from .model import log

CREDENTIALS_PATH = "/2016-11-01/credentialprovider/"


class TokenExchangeService:
    def __init__(self, moto: Any, role_name: str):
        self.moto = moto
        self.role_name = role_name
        self._lock = threading.Lock()
        self._tokens: dict[str, str] = {}  # token -> thing name
        self._denied: set[str] = set()  # thing names whose requests are refused (failApp)
        self.counts: dict[str, dict[str, int]] = {}
        self.server: ThreadingHTTPServer | None = None
        self.thread: threading.Thread | None = None

    @property
    def uri(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}{CREDENTIALS_PATH}"

    def register(self, thing: str, token: str) -> None:
        with self._lock:
            self._tokens[token] = thing
            self.counts.setdefault(thing, {"granted": 0, "refused": 0})

    def deny(self, thing: str, denied: bool) -> None:
        with self._lock:
            (self._denied.add if denied else self._denied.discard)(thing)

    def _count(self, thing: str, key: str) -> None:
        with self._lock:
            self.counts.setdefault(thing, {"granted": 0, "refused": 0})[key] += 1

    def credentials(self, token: str | None) -> tuple[int, dict]:
        with self._lock:
            thing = self._tokens.get(token or "")
            denied = thing in self._denied
        if thing is None:
            self._count("(unknown token)", "refused")
            return 401, {"message": "The Authorization header does not carry this device's token"}
        if denied:
            self._count(thing, "refused")
            return 403, {
                "message": f"sandbox: the token exchange service refuses {thing} (failApp is set)"
            }
        try:
            account = self.moto.account_id
            self.moto.client("iam").get_role(RoleName=self.role_name)
            creds = self.moto.client("sts").assume_role(
                RoleArn=f"arn:aws:iam::{account}:role/{self.role_name}",
                RoleSessionName=thing[:64],
            )["Credentials"]
        except Exception as exc:  # noqa: BLE001 - the container sees a failed credential fetch
            self._count(thing, "refused")
            return 500, {"message": f"cannot assume role {self.role_name}: {exc}"}
        self._count(thing, "granted")
        return 200, {
            "AccessKeyId": creds["AccessKeyId"],
            "SecretAccessKey": creds["SecretAccessKey"],
            "Token": creds["SessionToken"],
            "Expiration": creds["Expiration"].strftime("%Y-%m-%dT%H:%M:%SZ"),
        }

    def start(self) -> None:
        service = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                if self.path.split("?")[0] != CREDENTIALS_PATH:
                    status, body = 404, {"message": "not found"}
                else:
                    status, body = service.credentials(self.headers.get("Authorization"))
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.1,), name="tes", daemon=True)
        self.thread.start()
        log(f"token exchange service on {self.uri}")

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
