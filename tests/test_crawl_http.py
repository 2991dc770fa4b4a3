"""Real HTTP crawls over loopback against `tests/httpserver.py`.

Each crawl runs in a subprocess (Twisted's reactor cannot restart in-process)
against a generated news site; the test process serves it and counts the hits.
Checked: pagination, the incremental stop, redirects, 404/410 and 5xx recorded as
rejects (5xx after retries with backoff), timeouts, robots.txt, non-article pages.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.config import PROJECT_ROOT
from httpserver import Page, SiteServer, generate_site

pytestmark = pytest.mark.slow

RUNNER = r"""
import json, sys
spec = json.load(open(sys.argv[1]))
from crawler.crawl import run_crawl
from crawler.extract.rules import ListingRules
from crawler.sites import Site
site = Site(key=spec["key"], name="Loopback test site", level="provincial", domains=("127.0.0.1",),
            start_urls=tuple(spec["start_urls"]), listing=ListingRules(**spec["listing"]))
results = []
code = run_crawl([site], db=spec["db"], refresh=spec.get("refresh", False), quiet=True,
                 settings_overrides=spec["settings"], results=results)
json.dump({"code": code, "stats": results[0].stats}, open(spec["out"], "w"), default=str)
"""

FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 4,
    "PARTYNEWS_RETRY_BACKOFF_BASE": 0.05,
    "PARTYNEWS_RETRY_BACKOFF_MAX": 0.2,
    "RETRY_TIMES": 2,
    "DOWNLOAD_TIMEOUT": 5,
}
LISTING = {"links": [".list-news article h3 a"], "next_page": ["a.next"]}


def crawl(tmp_path: Path, server: SiteServer, *, db: Path, settings: dict | None = None, refresh: bool = False,
          name: str = "run") -> dict:
    spec = {
        "key": "loopback_test", "start_urls": [server.url("/tin-tuc")], "listing": LISTING, "db": str(db),
        "refresh": refresh, "settings": {**FAST, **(settings or {})}, "out": str(tmp_path / f"{name}.json"),
    }
    spec_path = tmp_path / f"{name}-spec.json"
    spec_path.write_text(json.dumps(spec))
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(spec_path)], cwd=PROJECT_ROOT, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads((tmp_path / f"{name}.json").read_text())


def stored_urls(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {row[0] for row in conn.execute("SELECT url FROM articles")}


def rejects(db: Path) -> dict[str, str]:
    with sqlite3.connect(db) as conn:
        return {row[0]: row[1] for row in conn.execute("SELECT url, reason FROM rejects")}


def article_path(i: int) -> str:
    return f"/tin-tuc/bai-viet-so-{i}.html"


def listing_hits(server: SiteServer) -> list[str]:
    return sorted(path for path, n in server.hits.items() if n and (path == "/tin-tuc" or "/trang-" in path))


def article_hits(server: SiteServer) -> int:
    return sum(n for path, n in server.hits.items() if "/bai-viet-so-" in path)


def test_pagination_then_incremental_stop_then_refresh(tmp_path):
    db = tmp_path / "store.db"
    with SiteServer(generate_site(45, per_page=10)) as server:
        first = crawl(tmp_path, server, db=db, name="first")
        assert first["code"] == 0
        assert listing_hits(server) == ["/tin-tuc", "/tin-tuc/trang-2.html", "/tin-tuc/trang-3.html",
                                        "/tin-tuc/trang-4.html", "/tin-tuc/trang-5.html"]
        assert stored_urls(db) == {server.url(article_path(i)) for i in range(1, 46)}

        # Second run: 10 known links on page 1 and 5 on page 2 reach K=15 -> stop, no article downloaded.
        server.hits.clear()
        second = crawl(tmp_path, server, db=db, settings={"PARTYNEWS_STOP_AFTER_KNOWN": 15}, name="second")
        stats = second["stats"]
        assert article_hits(server) == 0
        assert listing_hits(server) == ["/tin-tuc", "/tin-tuc/trang-2.html"]
        assert stats.get("partynews/known_skipped") == 15
        assert stats.get("partynews/stopped_known") == 1
        assert stats.get("item_scraped_count", 0) == 0

        # --refresh fetches stored articles again.
        server.hits.clear()
        crawl(tmp_path, server, db=db, refresh=True, name="refresh")
        assert article_hits(server) == 45


def test_faults_are_retried_followed_or_recorded(tmp_path):
    db = tmp_path / "store.db"
    pages = generate_site(12, per_page=12)
    pages["/moved/bai-12.html"] = pages[article_path(12)]
    pages[article_path(5)] = Page(  # an article link that is really a topic page: headlines only
        ("<html><body><h1>Chủ đề: Hội nghị</h1><ul>" + "".join(
            f'<li><a href="/tin-tuc/bai-viet-so-{i}.html">Hội nghị tổng kết công tác năm của Ban số {i}</a></li>'
            for i in range(1, 21)) + "</ul></body></html>").encode())
    server = SiteServer(pages, robots_txt=f"User-agent: *\nDisallow: {article_path(6)}\n")
    server.set_fault(article_path(12), redirect=server.url("/moved/bai-12.html"))
    server.set_fault(article_path(11), status=404)
    server.set_fault(article_path(10), status=410)
    server.set_fault(article_path(9), status=503)  # always: retried, then recorded
    server.set_fault(article_path(8), status=503, retry_after="0", times=1)  # once: the retry succeeds
    server.set_fault(article_path(7), delay=5.0)  # well past the timeout
    with server:
        # 2 s, not 1: on a loaded machine a crawl process can stall for a second, and Twisted then fires the
        # timeout before it reads a reply that was there in time (one retry of 8 or 9 used up -> wrong hits)
        result = crawl(tmp_path, server, db=db, settings={"DOWNLOAD_TIMEOUT": 2, "RETRY_TIMES": 1})
        hits = dict(server.hits)
    stats = result["stats"]
    assert stored_urls(db) == {server.url("/moved/bai-12.html"), *(server.url(article_path(i)) for i in (8, 4, 3, 2, 1))}
    recorded = rejects(db)
    assert recorded[server.url(article_path(11))] == "http_404"
    assert recorded[server.url(article_path(10))] == "http_410"
    assert recorded[server.url(article_path(9))] == "http_503"
    assert recorded[server.url(article_path(7))] == "timeout"
    assert recorded[server.url(article_path(6))] == "robots_disallowed"
    assert recorded[server.url(article_path(5))] == "not_article"
    assert hits[article_path(9)] == 2  # RETRY_TIMES=1: one retry
    assert hits[article_path(8)] == 2
    assert hits.get(article_path(6), 0) == 0  # robots.txt obeyed
    assert stats.get("partynews/retry_backoff_seconds", 0) > 0
    assert stats.get("partynews/rejected") == 6


def test_crawl_url_generic_discovery_follows_n_pages(tmp_path):
    db = tmp_path / "generic.db"
    with SiteServer(generate_site(70, per_page=20)) as server:
        proc = subprocess.run(
            [sys.executable, "-m", "crawler", "crawl-url", server.url("/tin-tuc"), "--follow-pages", "1", "--db", str(db),
             "--quiet", "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=4"],
            cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert listing_hits(server) == ["/tin-tuc", "/tin-tuc/trang-2.html"]
    # pages 1 and 2 hold articles 70..31; the "Xem nhiều" sidebar and menu add nothing
    assert stored_urls(db) == {server.url(article_path(i)) for i in range(31, 71)}
    assert "127.0.0.1" in proc.stdout
