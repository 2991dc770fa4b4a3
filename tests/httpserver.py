"""A tiny threaded HTTP server on loopback for crawl tests and benchmarks.

`SiteServer(pages)` serves a dict of path -> `Page` on 127.0.0.1 (port 0: the OS
picks a free one, so tests can run in parallel). Faults are switchable per path:
status codes (optionally only the first N times), slow responses, redirects,
Retry-After, and robots.txt. Every request is counted in `hits`.

`snapshot_pages(folder, base_url)` loads a site snapshot with its URLs rewritten to
the local server; `generate_site(n)` makes a synthetic news site of n articles.
"""

from __future__ import annotations

import json
import random
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})


@dataclass
class Fault:
    """What to do instead of (or before) serving a path. `times=None` means every time."""

    status: int | None = None
    delay: float = 0.0
    redirect: str | None = None
    retry_after: str | None = None
    times: int | None = None


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver listens with a backlog of 5: a crawler's burst of connections on a loaded machine
    # overflows it, the kernel drops the SYNs and the client retries only after 1 s (a spurious timeout)
    request_queue_size = 128


class SiteServer:
    """Serve `pages` (path with query -> Page) on loopback until `stop()`; a context manager."""

    def __init__(self, pages: dict[str, Page] | None = None, *, robots_txt: str | None = None) -> None:
        self.pages: dict[str, Page] = dict(pages or {})
        self.faults: dict[str, Fault] = {}
        self.robots_txt = robots_txt
        self.hits: Counter[str] = Counter()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), self._handler_class())
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def set_fault(self, path: str, **kwargs) -> None:
        self.faults[path] = Fault(**kwargs)

    def start(self) -> "SiteServer":
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> "SiteServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _respond(self, path: str) -> tuple[Page, float]:
        with self._lock:
            self.hits[path] += 1
            fault = self.faults.get(path)
            active = fault is not None and (fault.times is None or fault.times > 0)
            if active and fault.times is not None:
                fault.times -= 1
        if path == "/robots.txt" and self.robots_txt is not None and not active:
            return Page(self.robots_txt.encode(), headers={"Content-Type": "text/plain"}), 0.0
        if active:
            if fault.redirect:
                return Page(b"", 301, {"Location": fault.redirect}), fault.delay
            if fault.status:
                headers = {"Content-Type": "text/html; charset=utf-8"}
                if fault.retry_after:
                    headers["Retry-After"] = fault.retry_after
                return Page(f"<html><body>error {fault.status}</body></html>".encode(), fault.status, headers), fault.delay
        page = self.pages.get(path)
        if page is None:
            return Page(b"not found", 404, {"Content-Type": "text/plain"}), fault.delay if active else 0.0
        return page, fault.delay if active else 0.0

    def _handler_class(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # else every response waits ~40 ms for a delayed ACK

            def do_GET(self) -> None:  # noqa: N802 (http.server naming)
                page, delay = server._respond(self.path)
                if delay:
                    time.sleep(delay)
                try:
                    self.send_response(page.status)
                    for name, value in page.headers.items():
                        self.send_header(name, value)
                    self.send_header("Content-Length", str(len(page.body)))
                    self.end_headers()
                    self.wfile.write(page.body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args) -> None:
                pass

        return Handler


def _path_of(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def snapshot_pages(folder: str | Path, base_url: str) -> tuple[dict[str, Page], dict[str, str]]:
    """A snapshot's pages keyed by local path, with its site's absolute URLs rewritten to `base_url`.

    Returns (pages, url_map) where url_map maps each original URL to its local one.
    """
    folder = Path(folder)
    manifest = json.loads((folder / "snapshot.json").read_text(encoding="utf-8"))
    origins = sorted({f"{urlsplit(p['url']).scheme}://{urlsplit(p['url']).netloc}" for p in manifest["pages"]},
                     key=len, reverse=True)
    pages, url_map = {}, {}

    def rewrite(data: bytes) -> bytes:
        for origin in origins:
            data = data.replace(origin.encode(), base_url.encode())
            data = data.replace(("//" + urlsplit(origin).netloc).encode(), ("//" + urlsplit(base_url).netloc).encode())
        return data

    for entry in manifest["pages"]:
        local = base_url + _path_of(entry["url"])
        url_map[entry["url"]] = local
        headers = {"Content-Type": entry.get("content_type", "text/html; charset=utf-8")}
        if entry.get("location"):
            headers["Location"] = rewrite(entry["location"].encode()).decode()
        body = rewrite((folder / entry["file"]).read_bytes()) if entry.get("file") else b""
        pages[_path_of(entry["url"])] = Page(body, int(entry.get("status", 200)), headers)
    return pages, url_map


_WORDS = ("tỉnh ủy", "hội nghị", "cán bộ", "đảng viên", "nhân dân", "phát triển", "kinh tế", "xã hội", "công tác",
          "tuyên truyền", "dân vận", "chính quyền", "địa phương", "triển khai", "nghị quyết", "thực hiện", "năm",
          "xây dựng", "chỉnh đốn", "mặt trận", "tổ quốc", "thanh niên", "phụ nữ", "nông thôn", "mới", "huyện", "xã")


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def generate_site(n_articles: int, *, per_page: int = 20, seed: int = 7, section: str = "/tin-tuc") -> dict[str, Page]:
    """A news site: listing pages `<section>` and `<section>/trang-<n>.html` (newest first), article pages.

    Listing markup: ``div.list-news article.item h3 a`` with a date, pagination link
    ``a.next`` ("Trang sau"), plus a menu, a "Xem nhiều" sidebar and a footer.
    """
    rng = random.Random(seed)
    pages: dict[str, Page] = {}
    titles = {}
    for i in range(n_articles, 0, -1):
        title = _sentence(rng, rng.randint(6, 12)).rstrip(".")
        titles[i] = title
        day = 1 + i % 28
        paragraphs = "".join(f"<p>{_sentence(rng, rng.randint(25, 45))}</p>" for _ in range(rng.randint(4, 9)))
        pages[f"{section}/bai-viet-so-{i}.html"] = Page(
            f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{title}">
<meta property="article:published_time" content="2024-{1 + i % 12:02d}-{day:02d}T08:{i % 60:02d}:00+07:00"></head>
<body><nav class="menu"><a href="/">Trang chủ</a> <a href="{section}">Tin tức hoạt động của tỉnh</a></nav>
<article><h1 class="title">{title}</h1><div class="date">{day:02d}/{1 + i % 12:02d}/2024 08:{i % 60:02d}</div>
<div class="content"><p><strong>{_sentence(rng, 20)}</strong></p>{paragraphs}<p style="text-align:right"><b>Nguyễn Văn A</b></p></div></article>
<footer>Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy</footer></body></html>""".encode())
    ids = list(range(n_articles, 0, -1))
    n_pages = max(1, (n_articles + per_page - 1) // per_page)
    most_read = "".join(f'<li><a href="{section}/bai-viet-so-{i}.html">{titles[i]}</a></li>' for i in ids[:5])
    for page in range(1, n_pages + 1):
        chunk = ids[(page - 1) * per_page: page * per_page]
        items = "".join(
            f'<article class="item"><h3><a href="{section}/bai-viet-so-{i}.html">{titles[i]}</a></h3>'
            f'<span class="date">{1 + i % 28:02d}/{1 + i % 12:02d}/2024</span><p>{_sentence(rng, 15)}</p></article>'
            for i in chunk)
        nxt = f'<a class="next" href="{section}/trang-{page + 1}.html">Trang sau</a>' if page < n_pages else ""
        path = section if page == 1 else f"{section}/trang-{page}.html"
        pages[path] = Page(f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title></head>
<body><nav class="menu"><a href="/">Trang chủ</a> <a href="{section}">Tin tức hoạt động của tỉnh</a></nav>
<h1>Tin tức</h1><div class="list-news">{items}</div><div class="paging">{nxt}</div>
<div class="sidebar"><h3>Xem nhiều</h3><ul>{most_read}</ul></div>
<footer>Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy. Giấy phép số 123/GP-TTĐT</footer></body></html>""".encode())
    return pages
