"""A real HTTP server on 127.0.0.1 for tests: routes, delays, streaming, request records.

Routes map a path to a :class:`Response` or to a function of the :class:`RecordedRequest`
that returns one (for ETag logic, redirects that depend on the request, and so on). The server
counts requests per path, keeps each request's headers, and tracks how many requests it was
handling at once, so tests can check politeness limits against what really happened.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass(frozen=True)
class Response:
    """What the server sends: status, headers, body; optionally late or as an endless stream.

    ``delay`` sleeps before the status line (so a client's read timeout fires).
    ``repeat`` sends ``body`` that many times without a Content-Length (a streamed body).
    """

    status: int = 200
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""
    delay: float = 0.0
    repeat: int = 1


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it (header names lower-cased)."""

    method: str
    path: str
    headers: Mapping[str, str]
    host_header: str
    client_port: int = 0


Handler = Callable[[RecordedRequest], Response]
Route = Response | Handler


class LoopbackServer:
    """A threaded HTTP/1.1 server on 127.0.0.1 (or another loopback ``host``) with a free port;
    use as a context manager."""

    def __init__(self, routes: Mapping[str, Route] | None = None, host: str = "127.0.0.1") -> None:
        self.host = host
        self.routes: dict[str, Route] = dict(routes or {})
        self.requests: list[RecordedRequest] = []
        self.max_concurrent = 0
        self._active = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer((host, 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    def url(self, path: str = "/") -> str:
        """Absolute URL of ``path`` on this server."""
        return f"http://{self.host}:{self.port}{path}"

    def count(self, path: str) -> int:
        """How many requests reached ``path``."""
        with self._lock:
            return sum(1 for request in self.requests if request.path == path)

    def requests_for(self, path: str) -> list[RecordedRequest]:
        with self._lock:
            return [request for request in self.requests if request.path == path]

    def __enter__(self) -> LoopbackServer:
        self._thread.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def _respond(self, request: RecordedRequest) -> Response:
        route = self.routes.get(request.path)
        if route is None:
            return Response(404, {"Content-Type": "text/plain"}, b"not found")
        if isinstance(route, Response):
            return route
        return route(request)

    def _enter(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)
            self._active += 1
            self.max_concurrent = max(self.max_concurrent, self._active)

    def _leave(self) -> None:
        with self._lock:
            self._active -= 1

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class _Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                request = RecordedRequest(
                    method="GET",
                    path=self.path,
                    headers={name.lower(): value for name, value in self.headers.items()},
                    host_header=self.headers.get("Host", ""),
                    client_port=int(self.client_address[1]),
                )
                server._enter(request)
                try:
                    self._send(server._respond(request))
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True
                finally:
                    server._leave()

            def _send(self, response: Response) -> None:
                if response.delay:
                    time.sleep(response.delay)
                self.send_response(response.status)
                for name, value in response.headers.items():
                    self.send_header(name, value)
                if response.repeat == 1:
                    self.send_header("Content-Length", str(len(response.body)))
                    self.end_headers()
                    self.wfile.write(response.body)
                    return
                self.send_header("Connection", "close")
                self.close_connection = True
                self.end_headers()
                for chunk in _repeat(response.body, response.repeat):
                    self.wfile.write(chunk)

            def log_message(self, format: str, *args: object) -> None:
                return

        return _Handler


def _repeat(body: bytes, times: int) -> Iterator[bytes]:
    for _ in range(times):
        yield body
