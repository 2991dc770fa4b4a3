"""A loopback HTTP server that misbehaves on purpose, for the reliability tests.

`FaultServer(routes)` serves a dict of path -> `Route` on 127.0.0.1 (or another
loopback address) with an OS-chosen port, so tests can run in parallel. A key
ending in ``*`` matches every path it prefixes. Each route answers with one
behaviour:

* `page(body)` a normal answer (any status, content type and headers);
* `burst(status, times, then)` `status` for the first `times` hits, then `then`;
* `reset()` the connection is closed with a TCP RST before any byte is sent;
* `slow(seconds, then)` waits, then answers (the wait ends early on `stop()`);
* `redirect(location)` a 302; `location` may be a callable of the hit number,
  for loops whose URL changes every time;
* `huge(size)` `size` bytes of HTML, with or without a Content-Length header.

Everything is bounded: sockets time out after `socket_timeout` seconds, waits
end on `stop()`, a huge body stops as soon as the client goes away. Every
request is appended to `access_log` as (host header, path), so a test can prove
that a URL was never requested.
"""

from __future__ import annotations

import socket
import struct
import threading
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

HTML = "text/html; charset=utf-8"


@dataclass
class Route:
    """What one path does: `kind` names the behaviour, the other fields parametrise it."""

    kind: str
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    times: int = 0
    seconds: float = 0.0
    location: str | Callable[[int], str] | None = None
    size: int = 0
    content_length: bool = True
    then: "Route | None" = None


def page(body: bytes | str, *, status: int = 200, content_type: str = HTML, headers: dict[str, str] | None = None) -> Route:
    data = body.encode("utf-8") if isinstance(body, str) else body
    return Route("page", body=data, status=status, headers={"Content-Type": content_type, **(headers or {})})


def burst(status: int, times: int, then: Route) -> Route:
    return Route("burst", status=status, times=times, then=then)


def reset() -> Route:
    return Route("reset")


def slow(seconds: float, then: Route) -> Route:
    return Route("slow", seconds=seconds, then=then)


def redirect(location: str | Callable[[int], str], status: int = 302) -> Route:
    return Route("redirect", status=status, location=location)


def huge(size: int, *, content_length: bool = True) -> Route:
    return Route("huge", size=size, content_length=content_length)


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default backlog of 5 overflows under load: dropped SYNs, 1 s client retries

    def handle_error(self, request, client_address) -> None:
        """Clients that hang up (timeouts, cancelled downloads) are expected here, not errors."""


class FaultServer:
    """Serve `routes` until `stop()`; a context manager. Unknown paths get a 404."""

    def __init__(self, routes: dict[str, Route] | None = None, *, host: str = "127.0.0.1",
                 socket_timeout: float = 10.0) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: Counter[str] = Counter()
        self.access_log: list[tuple[str, str]] = []
        self.stopping = threading.Event()
        self.socket_timeout = socket_timeout
        self._lock = threading.Lock()
        self._server = _QuietServer((host, 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def netloc(self) -> str:
        return self.base_url.split("//", 1)[1]

    def url(self, path: str) -> str:
        return self.base_url + path

    def start(self) -> "FaultServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def route_for(self, path: str) -> Route:
        """The route of `path`: an exact key, else the longest ``prefix*`` key it starts with, else a 404."""
        route = self.routes.get(path)
        if route is None:
            prefixes = [key for key in self.routes if key.endswith("*") and path.startswith(key[:-1])]
            if prefixes:
                route = self.routes[max(prefixes, key=len)]
        return route or page(b"not found", status=404, content_type="text/plain")

    def _count(self, host: str, path: str) -> int:
        with self._lock:
            self.hits[path] += 1
            self.access_log.append((host, path))
            return self.hits[path]

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True
            timeout = server.socket_timeout

            def do_GET(self) -> None:  # noqa: N802 (http.server naming)
                hit = server._count(self.headers.get("Host", ""), self.path)
                route = server.route_for(self.path)
                try:
                    self._serve(route, hit)
                except (BrokenPipeError, ConnectionResetError, socket.timeout):
                    self.close_connection = True

            def _serve(self, route: Route, hit: int) -> None:
                while True:
                    if route.kind == "burst":
                        if hit <= route.times:
                            route = page(f"<html><body>error {route.status}</body></html>", status=route.status)
                        else:
                            route = route.then
                        continue
                    if route.kind == "slow":
                        if server.stopping.wait(route.seconds):
                            return
                        route = route.then
                        continue
                    break
                if route.kind == "reset":
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.close_connection = True
                    return
                if route.kind == "redirect":
                    location = route.location(hit) if callable(route.location) else route.location
                    self._send(route.status, {"Location": location, "Content-Type": HTML}, b"")
                    return
                if route.kind == "huge":
                    self._send_huge(route)
                    return
                self._send(route.status, route.headers, route.body)

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _send_huge(self, route: Route) -> None:
                self.send_response(200)
                self.send_header("Content-Type", HTML)
                if route.content_length:
                    self.send_header("Content-Length", str(route.size))
                else:
                    self.send_header("Connection", "close")
                    self.close_connection = True
                self.end_headers()
                chunk = b"<p>" + "Nội dung rất dài lặp lại. ".encode("utf-8") * 2000 + b"</p>\n"
                sent = 0
                while sent < route.size and not server.stopping.is_set():
                    piece = chunk[: route.size - sent]
                    self.wfile.write(piece)
                    sent += len(piece)

            def log_message(self, *args) -> None:
                pass

        return Handler
