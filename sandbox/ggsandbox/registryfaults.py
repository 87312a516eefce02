"""A second door to the sandbox's registry that can fail uploads: an HTTP proxy in front of
docker-registry that forwards every request, except that a pending fault answers a blob
upload (POST/PATCH/PUT under /blobs/uploads/) or a manifest upload (PUT /manifests/) with a
500, as a registry behind a failing load balancer does. The registry itself never sees the
failed request. Pushes that should meet a fault go to this host instead of the registry's.
"""

from __future__ import annotations

import http.client
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "proxy-connection"}


class FaultyRegistry:
    def __init__(self, target: str):
        self.target = target  # host:port of docker-registry
        self.faults: list[dict] = []
        self.log: list[dict] = []
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def host(self) -> str:
        assert self.server is not None
        return f"127.0.0.1:{self.server.server_address[1]}"

    def add_fault(self, kind: str, count: int = 1, status: int = 500) -> dict:
        if kind not in ("blob", "manifest"):
            raise ValueError("kind must be blob or manifest")
        if count < 1 or status < 500 or status > 599:
            raise ValueError("count must be at least 1 and status a 5xx")
        fault = {"kind": kind, "remaining": count, "status": status}
        with self.lock:
            self.faults.append(fault)
        return fault

    def _take(self, method: str, path: str) -> dict | None:
        kind = None
        if "/blobs/uploads/" in path and method in ("POST", "PATCH", "PUT"):
            kind = "blob"
        elif "/manifests/" in path and method == "PUT":
            kind = "manifest"
        if kind is None:
            return None
        with self.lock:
            for fault in self.faults:
                if fault["kind"] == kind:
                    fault["remaining"] -= 1
                    if fault["remaining"] == 0:
                        self.faults.remove(fault)
                    return fault
        return None

    def start(self) -> None:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    chunks = []
                    while True:
                        size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                        if size == 0:
                            self.rfile.readline()
                            return b"".join(chunks)
                        chunks.append(self.rfile.read(size))
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _serve(self) -> None:
                body = self._body()
                fault = proxy._take(self.command, self.path)
                with proxy.lock:
                    proxy.log.append({"method": self.command, "path": self.path, "injected": fault is not None})
                if fault is not None:
                    data = b'{"errors":[{"code":"UNKNOWN","message":"sandbox fault injection"}]}'
                    self.send_response(fault["status"])
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                    return
                headers = {k: v for k, v in self.headers.items() if k.lower() not in HOP_BY_HOP}
                headers["Content-Length"] = str(len(body))
                conn = http.client.HTTPConnection(proxy.target, timeout=120)
                try:
                    conn.request(self.command, self.path, body=body, headers=headers)
                    response = conn.getresponse()
                    data = response.read()
                    self.send_response(response.status)
                    for k, v in response.getheaders():
                        if k.lower() not in HOP_BY_HOP and k.lower() != "content-length":
                            self.send_header(k, v)
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    if data and self.command != "HEAD":
                        self.wfile.write(data)
                finally:
                    conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve  # noqa: N815

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, args=(0.1,), name="faulty-registry", daemon=True).start()

    def stop(self) -> None:
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()
            self.server = None
