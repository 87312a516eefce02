"""The HTTP server moto's app runs on: the standard library's WSGI server (wsgiref), threaded,
and keeping connections open between requests as AWS's endpoints do.

werkzeug's development server, which moto's ThreadedMotoServer uses, closes the connection
after every answer (its http.server cannot drain a request the app left unread). Every call an
SDK makes then pays a new TCP connection and a new thread, and at fleet size (thousands of
DynamoDB queries in a smoke check) that is most of what the sandbox costs per request. Here a
request's body is read whole before the app sees it (the bodies of the APIs moto serves are
small; image layers go to the registry), so the connection is always left at the next
request, and an answer with a known length keeps it open.
"""

from __future__ import annotations

import io
import queue
import socket
import struct
import sys
import threading
from typing import Any, Callable
from wsgiref.simple_server import ServerHandler, WSGIRequestHandler, WSGIServer

# Where the request handler puts itself in the WSGI environ, so a fault can reset its socket;
# werkzeug's name for the connection, which the fault that holds a request watches.
HANDLER = "ggsandbox.handler"
SOCKET = "werkzeug.socket"


class _Answer(ServerHandler):
    """wsgiref's handler, speaking HTTP/1.1 and remembering whether the answer had a length."""

    http_version = "1.1"
    server_software = "ggsandbox"

    def cleanup_headers(self) -> None:
        super().cleanup_headers()
        self.request_handler.sized = "Content-Length" in self.headers

    def log_exception(self, exc_info: Any) -> None:
        # A dropped connection (a fault, or a client that gave up) is no error of the app's.
        if not isinstance(exc_info[1], ConnectionError):
            super().log_exception(exc_info)


class Handler(WSGIRequestHandler):
    """One connection: requests until the client closes it, an answer has no length, or a
    fault resets it."""

    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out at once, not 40 ms apart
    reset = False
    sized = False
    timeout = 600  # an idle connection's thread ends (a client that went away without a FIN)

    def handle(self) -> None:
        self.close_connection = True
        self.handle_one_request()
        while not self.close_connection and not self.reset:
            self.handle_one_request()

    def handle_one_request(self) -> None:
        try:
            self.raw_requestline = self.rfile.readline(65537)
        except (ConnectionError, socket.timeout):
            self.close_connection = True
            return
        if not self.raw_requestline or len(self.raw_requestline) > 65536:
            self.close_connection = True
            return
        if not self.parse_request():  # sends its own error answer
            self.close_connection = True
            return
        # parse_request keeps the connection open for HTTP/1.1 unless the client said close.
        keep = not self.close_connection
        if "chunked" in (self.headers.get("Transfer-Encoding") or "").lower():
            self.send_error(411, "Length Required")
            self.close_connection = True
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        environ = self.get_environ()
        environ[HANDLER] = self
        environ[SOCKET] = self.connection
        self.sized = False
        answer = _Answer(io.BytesIO(body), self.wfile, sys.stderr, environ, multithread=True)
        answer.request_handler = self
        try:
            answer.run(self.server.get_app())
        except ConnectionError:
            self.close_connection = True
            return
        self.close_connection = not (keep and self.sized) or self.reset

    def finish(self) -> None:
        super().finish()
        if self.reset:
            # SO_LINGER 0: the close sends RST, as a connection reset on the way back would.
            try:
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
            except OSError:
                pass

    def log_request(self, *args: Any) -> None:
        pass  # every request would be a line; the sandbox's stderr is for what matters


class Server(WSGIServer):
    """Each connection on a thread of its own, as socketserver's ThreadingMixIn has it, but
    threads that finish a connection wait for the next one rather than end: a client that
    opens a connection per request (as many proxies do) does not pay a thread's start for
    each. A connection that finds no thread waiting starts one, so a held or idle
    connection never keeps another waiting."""

    # Many clients connect at once (a smoke check's queries): the default backlog of 5
    # drops connections, which then wait a second to be tried again.
    request_queue_size = 128
    # A thread with no connection for this long ends.
    idle_seconds = 60.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connections: queue.SimpleQueue = queue.SimpleQueue()
        self._idle = 0
        self._lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        # Under the lock: a waiting thread that times out looks at the queue under it too, so
        # it either takes this connection or is not counted as waiting for it.
        with self._lock:
            start = self._idle == 0
            if not start:
                self._idle -= 1
            self._connections.put((request, client_address))
        if start:
            threading.Thread(target=self._work, name="moto-connection", daemon=True).start()

    def _work(self) -> None:
        while True:
            try:
                request, client_address = self._connections.get(timeout=self.idle_seconds)
            except queue.Empty:
                with self._lock:
                    # A connection may have been handed to this thread as it timed out.
                    if self._connections.empty():
                        self._idle -= 1
                        return
                continue
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 - as socketserver: log it, keep serving
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)
            with self._lock:
                self._idle += 1


def make_server(host: str, port: int, app: Callable) -> Server:
    server = Server((host, port), Handler)
    server.set_app(app)
    return server
