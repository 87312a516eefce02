"""The server moto's app runs on (ggsandbox/wsgiserver.py): connections stay open between
requests as AWS's do, a request's unread body never spills into the next one, an answer of
unknown length still ends its connection, and a connection ended by one client leaves its
thread to the next."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from typing import Any, Callable, Iterator

import pytest

from ggsandbox.wsgiserver import make_server


# The threads that answered, kept (so that none's identity is reused by a later one).
SERVED_BY: list[threading.Thread] = []


def _app(environ: dict, start_response: Callable) -> list[bytes]:
    SERVED_BY.append(threading.current_thread())
    path = environ["PATH_INFO"]
    if path == "/unread":  # an app that leaves the body on the wire
        body = b"ignored your body"
    else:
        body = environ["wsgi.input"].read() or path.encode()
    if path == "/stream":  # no length: the connection must end the answer
        start_response("200 OK", [("Content-Type", "text/plain")])
        return iter([b"a", b"b"])  # type: ignore[return-value]
    start_response("200 OK", [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
    return [body]


@pytest.fixture()
def server() -> Iterator[Any]:
    srv = make_server("127.0.0.1", 0, _app)
    thread = threading.Thread(target=srv.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def _connection(server: Any) -> http.client.HTTPConnection:
    return http.client.HTTPConnection("127.0.0.1", server.server_address[1], timeout=10)


def _ask(conn: http.client.HTTPConnection, path: str, body: bytes = b"") -> tuple[bytes, str | None]:
    conn.request("POST", path, body=body, headers={"Content-Type": "text/plain"})
    answer = conn.getresponse()
    return answer.read(), answer.getheader("Connection")


def _local_port(conn: http.client.HTTPConnection) -> int:
    assert conn.sock is not None
    return conn.sock.getsockname()[1]


def test_requests_share_one_connection(server: Any) -> None:
    conn = _connection(server)
    assert _ask(conn, "/one", b"first") == (b"first", None)
    port = _local_port(conn)
    assert _ask(conn, "/two", b"second") == (b"second", None)
    assert _local_port(conn) == port  # http.client reconnects if the server closed it


def test_an_unread_body_does_not_reach_the_next_request(server: Any) -> None:
    conn = _connection(server)
    assert _ask(conn, "/unread", b"GET /evil HTTP/1.1\r\n\r\n")[0] == b"ignored your body"
    assert _ask(conn, "/next", b"")[0] == b"/next"


def test_an_answer_without_a_length_ends_the_connection(server: Any) -> None:
    conn = _connection(server)
    conn.request("GET", "/stream")
    answer = conn.getresponse()
    assert answer.read() == b"ab"
    assert answer.will_close


def test_a_client_that_asks_to_close_is_closed(server: Any) -> None:
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=10) as sock:
        sock.sendall(b"POST /x HTTP/1.1\r\nHost: h\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi")
        data = b""
        while chunk := sock.recv(4096):
            data += chunk
    assert data.endswith(b"\r\n\r\nhi")


def test_a_chunked_request_is_refused_with_411(server: Any) -> None:
    with socket.create_connection(("127.0.0.1", server.server_address[1]), timeout=10) as sock:
        sock.sendall(b"POST /x HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nhi\r\n0\r\n\r\n")
        assert sock.recv(4096).startswith(b"HTTP/1.1 411")


def test_a_finished_connection_leaves_its_thread_to_the_next(server: Any) -> None:
    SERVED_BY.clear()
    for i in range(20):
        conn = _connection(server)
        assert _ask(conn, f"/{i}")[0] == f"/{i}".encode()
        conn.close()
        time.sleep(0.02)  # the thread sees the close and waits for the next connection
    # One connection at a time: a thread a connection would be 20.
    assert len(set(SERVED_BY)) <= 3


def test_a_held_connection_does_not_hold_up_another(server: Any) -> None:
    idle = _connection(server)
    assert _ask(idle, "/first")[0] == b"/first"  # its thread now waits on this connection
    other = _connection(server)
    assert _ask(other, "/second")[0] == b"/second"
