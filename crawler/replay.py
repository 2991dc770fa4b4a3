"""Offline replay: answer every request from the site snapshots, never the network.

`ReplayMiddleware` is a downloader middleware, active when the setting
``PARTYNEWS_REPLAY`` is true. It loads every ``<dir>/*/snapshot.json`` (the format
is described in ``tests/fixtures/sites/README.md``; ``<dir>`` is
``crawler.config.SITE_FIXTURES_DIR`` unless ``PARTYNEWS_REPLAY_DIR`` says otherwise)
and returns the recorded status, headers and body for each URL. A robots.txt that
was not recorded is a 404 (everything allowed); any other unknown URL is a 404
with a log line, so a crawl that wanders off its snapshot shows it.

Because the response is made in ``process_request``, the other middlewares
(redirect, retry, stats, robots.txt) see it exactly as if it had been downloaded.

A replay answers at once. ``PARTYNEWS_REPLAY_LATENCY`` (seconds, default 0) makes
every answer (robots.txt and unknown URLs included) arrive that much later, like a
slow server: for demos and benchmarks with realistic timing, and for tests that need
a crawl to last (a run to overlap or interrupt). The wait is a timer on the reactor,
not a sleep, so requests in flight wait together: with concurrency C, N pages take
about N / C x latency, and a SIGTERM is handled during the wait as during a download.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from scrapy.exceptions import NotConfigured
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils.defer import maybe_deferred_to_future

from crawler.config import SITE_FIXTURES_DIR

logger = logging.getLogger(__name__)

DEFAULT_CONTENT_TYPE = "text/html; charset=utf-8"
JSON_CONTENT_TYPE = "application/json; charset=utf-8"
#: Flag of the 404 answered for a URL no snapshot holds (spiders record it as `replay_missing`).
MISSING_FLAG = "replay_missing"


@dataclass(frozen=True)
class RecordedPage:
    """One snapshot entry, resolved: what the server answered for `url`."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    site: str
    kind: str


class SnapshotError(ValueError):
    """A snapshot.json that cannot be read or names a missing file."""


def load_snapshot(folder: str | Path) -> list[RecordedPage]:
    """Every page of one site's snapshot folder, bodies read into memory."""
    folder = Path(folder)
    manifest_path = folder / "snapshot.json"
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise SnapshotError(f"{manifest_path}: {exc}") from None
    site = manifest.get("site") or folder.name
    pages = []
    for entry in manifest.get("pages", []):
        url = entry.get("url")
        if not url:
            raise SnapshotError(f"{manifest_path}: a page without url")
        status = int(entry.get("status", 200))
        kind = entry.get("kind", "other")
        default_type = JSON_CONTENT_TYPE if kind == "json" or str(entry.get("file", "")).endswith(".json") else DEFAULT_CONTENT_TYPE
        headers = {"Content-Type": entry.get("content_type", default_type)}
        headers.update(entry.get("headers") or {})
        if entry.get("location"):
            headers["Location"] = entry["location"]
        body = b""
        if entry.get("file"):
            try:
                body = (folder / entry["file"]).read_bytes()
            except OSError as exc:
                raise SnapshotError(f"{manifest_path}: {entry['file']}: {exc.strerror or exc}") from None
        pages.append(RecordedPage(url=url, status=status, headers=headers, body=body, site=site, kind=kind))
    return pages


def snapshot_folders(root: str | Path | None = None) -> list[Path]:
    """The site folders under `root` that hold a snapshot.json, sorted by name."""
    root = Path(root) if root else SITE_FIXTURES_DIR
    return sorted(p.parent for p in root.glob("*/snapshot.json"))


def lookup_key(url: str) -> str:
    """The form of a URL used to match requests to recordings: no fragment, host lower-cased, '/' path for bare hosts."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


class SnapshotIndex:
    """All recorded pages under a fixtures root, by URL."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.pages: dict[str, RecordedPage] = {}
        self.errors: list[str] = []
        for folder in snapshot_folders(root):
            try:
                pages = load_snapshot(folder)
            except SnapshotError as exc:  # one broken snapshot must not stop the replay of the others
                logger.error("Replay: skipping %s", exc)
                self.errors.append(str(exc))
                continue
            for page in pages:
                self.pages.setdefault(lookup_key(page.url), page)

    def get(self, url: str) -> RecordedPage | None:
        return self.pages.get(lookup_key(url))

    def __len__(self) -> int:
        return len(self.pages)


_INDEXES: dict[str, SnapshotIndex] = {}


def shared_index(root: str | Path | None) -> SnapshotIndex:
    """One index per fixtures root and process: a crawl of every site loads the snapshots once."""
    key = str(Path(root).resolve()) if root else str(SITE_FIXTURES_DIR)
    if key not in _INDEXES:
        _INDEXES[key] = SnapshotIndex(root)
    return _INDEXES[key]


class ReplayMiddleware:
    """Serve requests from the snapshots (setting ``PARTYNEWS_REPLAY``), after ``PARTYNEWS_REPLAY_LATENCY`` seconds."""

    def __init__(self, root: str | Path | None, stats=None, latency: float = 0.0) -> None:
        latency = float(latency)
        if not latency >= 0:  # also refuses NaN
            raise ValueError(f"PARTYNEWS_REPLAY_LATENCY must be a number of seconds, 0 or more, not {latency!r}")
        self.index = shared_index(root)
        self.stats = stats
        self.latency = latency
        logger.info("Replay: %d recorded pages from %s%s", len(self.index), root or SITE_FIXTURES_DIR,
                    f", answered after {latency:g}s each" if latency else "")

    @classmethod
    def from_crawler(cls, crawler) -> "ReplayMiddleware":
        settings = crawler.settings
        if not settings.getbool("PARTYNEWS_REPLAY"):
            raise NotConfigured
        try:
            latency = settings.getfloat("PARTYNEWS_REPLAY_LATENCY", 0.0)
        except ValueError:
            raise ValueError(
                f"PARTYNEWS_REPLAY_LATENCY must be a number of seconds, not {settings.get('PARTYNEWS_REPLAY_LATENCY')!r}"
            ) from None
        return cls(settings.get("PARTYNEWS_REPLAY_DIR"), crawler.stats, latency)

    def process_request(self, request):
        """The recorded answer; with a latency, an awaitable that gives it once the latency has passed."""
        response = self.respond(request)
        return self._later(response) if self.latency else response

    async def _later(self, response):
        from twisted.internet import reactor
        from twisted.internet.task import deferLater

        await maybe_deferred_to_future(deferLater(reactor, self.latency))
        return response

    def respond(self, request):
        """The recorded answer to `request` (a 404 when no snapshot has its URL), at once."""
        page = self.index.get(request.url)
        flags = ["replay"]
        if page is None:
            status, headers, body = 404, {"Content-Type": "text/plain"}, b"not in snapshot"
            if urlsplit(request.url).path != "/robots.txt":
                flags.append(MISSING_FLAG)
                logger.warning("Replay: %s is not in any snapshot: answering 404", request.url)
                self._inc("partynews/replay/unknown_url")
        else:
            status, headers, body = page.status, page.headers, page.body
            self._inc("partynews/replay/served")
        response_headers = Headers(headers)
        response_cls = responsetypes.from_args(headers=response_headers, url=request.url, body=body)
        return response_cls(url=request.url, status=status, headers=response_headers, body=body,
                            request=request, flags=flags)

    def _inc(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)
