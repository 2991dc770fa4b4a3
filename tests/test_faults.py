"""Reliability under faults: misbehaving servers, a crawl killed mid-run, a store that cannot be written.

Every crawl is a real `partynews` process (Twisted's reactor cannot restart
in-process) against `tests/faultserver.py` on loopback, bounded by timeouts.
What must hold: the run ends, good articles are stored, every bad URL is
recorded with a reason, and the SQLite store is never left corrupt or with
duplicates. The export side of "killed mid-write" (atomic rename, no temp file
left) is covered here too, since the store helper's tests check only clean
failures.
"""

from __future__ import annotations

import itertools
import json
import os
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.config import PROJECT_ROOT
from faultserver import FaultServer, burst, huge, page, redirect, reset, slow
from httpserver import generate_site

pytestmark = pytest.mark.slow

SITE_KEY = "fault_test"

RUNNER = r"""
import json, sys
spec = json.load(open(sys.argv[1]))
from crawler.crawl import run_crawl
from crawler.extract.rules import ListingRules
from crawler.sites import Site
site = Site(key=spec["key"], name="Fault test site", level="provincial", domains=("127.0.0.1",),
            start_urls=tuple(spec["start_urls"]), listing=ListingRules(**spec["listing"]))
results = []
code = run_crawl([site], db=spec["db"], quiet=True, settings_overrides=spec["settings"], results=results)
json.dump({"code": code, "stats": results[0].stats}, open(spec["out"], "w"), default=str)
"""

FAST = {
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTSTXT_OBEY": False,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "PARTYNEWS_RETRY_BACKOFF_BASE": 0.05,
    "PARTYNEWS_RETRY_BACKOFF_MAX": 0.1,
    "RETRY_TIMES": 1,
    "DOWNLOAD_TIMEOUT": 2,
    "PARTYNEWS_MAX_ERROR_RATE": 1.0,  # the faults are the point: keep the post-run check quiet
}
LISTING = {"links": [".list-news a"]}


def listing(paths: list[str], *, extra: str = "") -> str:
    items = "".join(f'<li><a href="{p}">Bài viết {i}: hội nghị cán bộ tỉnh ủy</a></li>' for i, p in enumerate(paths))
    return f"<html><head><meta charset='utf-8'><title>Tin tức</title></head><body>{extra}<ul class='list-news'>{items}</ul></body></html>"


def good_articles(n: int) -> dict[int, bytes]:
    """Bodies of `n` distinct, well-formed articles (the synthetic site of tests/httpserver.py)."""
    pages = generate_site(n, per_page=n)
    return {i: pages[f"/tin-tuc/bai-viet-so-{i}.html"].body for i in range(1, n + 1)}


def spawn_crawl(tmp_path: Path, server: FaultServer, *, db: Path, start: str = "/tin-tuc", settings: dict | None = None,
                name: str = "run", listing_rules: dict | None = None) -> tuple[subprocess.Popen, Path]:
    out = tmp_path / f"{name}.json"
    spec = {"key": SITE_KEY, "start_urls": [server.url(start)], "listing": listing_rules or LISTING, "db": str(db),
            "settings": {**FAST, **(settings or {})}, "out": str(out)}
    spec_path = tmp_path / f"{name}-spec.json"
    spec_path.write_text(json.dumps(spec))
    log = open(tmp_path / f"{name}.log", "w")
    proc = subprocess.Popen([sys.executable, "-c", RUNNER, str(spec_path)], cwd=PROJECT_ROOT, stdout=log,
                            stderr=subprocess.STDOUT)
    return proc, out


def crawl(tmp_path: Path, server: FaultServer, *, db: Path, timeout: float = 120, **kwargs) -> dict:
    proc, out = spawn_crawl(tmp_path, server, db=db, **kwargs)
    try:
        proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    log = (tmp_path / f"{kwargs.get('name', 'run')}.log").read_text(errors="replace")
    assert out.exists(), log[-4000:]
    return {**json.loads(out.read_text()), "log": log}


def query(db: Path, sql: str, params=()) -> list[tuple]:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


# --- misbehaving servers ---------------------------------------------------------------------


def test_misbehaving_server_run_finishes_with_reasons(tmp_path):
    db = tmp_path / "store.db"
    good = good_articles(6)
    utf8_as_latin1 = good[5]
    assert "Hội".encode() in good[5] or "ội".encode() in good[5]
    routes = {
        "/a/good-1.html": page(good[1]),
        "/a/good-2.html": page(good[2]),
        "/a/burst-then-ok.html": burst(500, 1, page(good[3])),  # one retry (RETRY_TIMES=1) gets through
        "/a/burst-too-long.html": burst(503, 50, page(good[4])),
        "/a/charset-lie.html": page(utf8_as_latin1, content_type="text/html; charset=iso-8859-1"),
        "/a/reset.html": reset(),
        "/a/slow.html": slow(4.0, page(good[6])),  # DOWNLOAD_TIMEOUT=2
        "/a/spiral*": redirect(lambda hit: f"/a/spiral?n={next(spiral)}"),  # a new URL every time
        "/a/huge.html": huge(20 * 1024 * 1024),
        "/a/huge-no-length.html": huge(20 * 1024 * 1024, content_length=False),
        "/a/report.pdf": page(b"%PDF-1.4\n1 0 obj<<>>endobj\n" + bytes(range(256)) * 40, content_type="application/pdf"),
        "/a/photo.png": page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, content_type="image/png"),
        "/a/pdf-labelled-html.html": page(b"%PDF-1.4\n" + bytes(range(256)) * 40),
    }
    links = [p.rstrip("*") for p in routes]
    routes["/tin-tuc"] = page(listing(links))
    spiral = itertools.count(1)
    started = time.monotonic()
    with FaultServer(routes) as server:
        result = crawl(tmp_path, server, db=db, timeout=90)
        hits = dict(server.hits)
    elapsed = time.monotonic() - started
    assert "Traceback" not in result["log"], result["log"][-4000:]
    stats = result["stats"]
    assert stats["finish_reason"] == "finished"
    assert not stats.get("spider_exceptions/count")
    assert elapsed < 60

    stored = dict(query(db, "SELECT url, title FROM articles"))
    url = server.url
    assert set(stored) == {url("/a/good-1.html"), url("/a/good-2.html"), url("/a/burst-then-ok.html"),
                           url("/a/charset-lie.html")}
    assert stored[url("/a/charset-lie.html")] in good[5].decode("utf-8")  # decoded as UTF-8, not Latin-1
    assert "\ufffd" not in stored[url("/a/charset-lie.html")]

    reasons = dict(query(db, "SELECT url, reason FROM rejects"))
    assert reasons[url("/a/burst-too-long.html")] == "http_503"
    assert reasons[url("/a/reset.html")] == "download_error"
    assert reasons[url("/a/slow.html")] == "timeout"
    for path in ("/a/report.pdf", "/a/photo.png"):
        assert reasons[url(path)] == "not_html", path
    assert reasons[url("/a/pdf-labelled-html.html")] in ("not_article", "short_body", "no_title")
    for path in ("/a/huge.html", "/a/huge-no-length.html"):
        assert url(path) in reasons, f"{path}: the oversized download is not recorded"
    # endless redirects: recorded, not dropped (under the last URL of the chain: see the report)
    spiral = [reason for u, reason in reasons.items() if u.startswith(url("/a/spiral"))]
    assert spiral == ["ignored"]
    assert hits["/a/burst-too-long.html"] == 2 and hits["/a/burst-then-ok.html"] == 2  # one retry each
    assert 0 < sum(n for p, n in hits.items() if p.startswith("/a/spiral")) <= 25  # REDIRECT_MAX_TIMES bounds it

    run = query(db, "SELECT outcome, rejected FROM runs ORDER BY id DESC LIMIT 1")[0]
    assert run[0] == "finished" and run[1] == len(reasons)


def test_redirect_loop_is_recorded(tmp_path):
    """Redirects the duplicate filter drops (loops, self-redirects) end as rejects of the URL the spider asked for."""
    db = tmp_path / "store.db"
    good = good_articles(1)
    routes = {
        "/a/good.html": page(good[1]),
        "/a/loop-a.html": redirect("/a/loop-b.html"),
        "/a/loop-b.html": redirect("/a/loop-a.html"),
        "/a/self.html": redirect("/a/self.html"),
        "/a/loop-c.html": redirect("/a/hidden-d.html"),  # hidden-d is not linked: c -> d -> c is a loop for sure
        "/a/moved.html": redirect("/a/good.html"),  # to a page crawled under its own URL
    }
    linked = list(routes)
    routes["/a/hidden-d.html"] = redirect("/a/loop-c.html")
    routes["/tin-tuc"] = page(listing(linked))
    with FaultServer(routes) as server:
        result = crawl(tmp_path, server, db=db, timeout=60)
        hits = dict(server.hits)
    assert "Traceback" not in result["log"], result["log"][-4000:]
    assert result["stats"]["finish_reason"] == "finished"
    assert [u for (u,) in query(db, "SELECT url FROM articles")] == [server.url("/a/good.html")]
    reasons = dict(query(db, "SELECT url, reason FROM rejects"))
    url = server.url
    assert reasons[url("/a/self.html")] == "redirect_loop"
    assert reasons[url("/a/loop-c.html")] == "redirect_loop"
    assert reasons[url("/a/moved.html")] == "redirect_duplicate"
    # a and b are both linked: whether a's redirect meets b already requested (duplicate) or b's redirect back to a
    # (loop) depends on timing; a is recorded either way (b too, unless a's hop to b came before b's own link)
    assert reasons[url("/a/loop-a.html")] in ("redirect_loop", "redirect_duplicate")
    assert set(reasons) <= {url(p) for p in linked}  # under the URL the spider asked for, never a hop
    assert hits["/a/hidden-d.html"] == 1 and hits["/a/loop-c.html"] == 1  # each URL fetched once, no spinning
    run = query(db, "SELECT outcome, rejected FROM runs ORDER BY id DESC LIMIT 1")[0]
    assert run == ("finished", len(reasons))


# --- a crawl killed mid-run -----------------------------------------------------------------------


def test_sigkill_mid_crawl_then_clean_recovery(tmp_path):
    db = tmp_path / "store.db"
    n = 60
    site = generate_site(n, per_page=20)
    routes = {path: (slow(0.1, page(p.body)) if "/bai-viet-so-" in path else page(p.body)) for path, p in site.items()}
    rules = {"links": [".list-news article h3 a"], "next_page": ["a.next"]}
    settings = {"PARTYNEWS_STORE_BATCH": 3, "CONCURRENT_REQUESTS_PER_DOMAIN": 2,
                "PARTYNEWS_STOP_AFTER_KNOWN": 1000, "PARTYNEWS_HEARTBEAT_INTERVAL": 0.5}
    with FaultServer(routes) as server:
        proc, _ = spawn_crawl(tmp_path, server, db=db, settings=settings, listing_rules=rules, name="killed")
        try:
            committed = _wait_for_articles(db, proc, at_least=9, timeout=60)
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        assert proc.returncode == -signal.SIGKILL
        after_kill = {u for (u,) in query(db, "SELECT url FROM articles")}
        assert len(after_kill) < n, "the crawl finished before it was killed: nothing was tested"

        assert query(db, "PRAGMA integrity_check") == [("ok",)]
        assert committed <= after_kill  # nothing committed was lost
        assert _no_duplicates(db)
        lock = query(db, "SELECT site, pid FROM locks")
        assert lock == [(SITE_KEY, proc.pid)]  # left behind by the dead process
        assert query(db, "SELECT outcome FROM runs") == [("running",)]

        result = crawl(tmp_path, server, db=db, settings=settings, listing_rules=rules, name="after")
    assert result["stats"]["finish_reason"] == "finished"
    assert "Recovered the stale lock" in result["log"]
    stored = [u for (u,) in query(db, "SELECT url FROM articles")]
    assert sorted(stored) == sorted(server.url(f"/tin-tuc/bai-viet-so-{i}.html") for i in range(1, n + 1))
    assert _no_duplicates(db)
    assert result["stats"].get("partynews/articles_new", 0) == n - len(after_kill)
    assert query(db, "SELECT outcome, finish_reason FROM runs ORDER BY id") == [
        ("crashed", "lock_recovered"), ("finished", "finished")]
    assert query(db, "SELECT count(*) FROM locks") == [(0,)]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]


def _wait_for_articles(db: Path, proc: subprocess.Popen, *, at_least: int, timeout: float) -> set[str]:
    """The stored URLs, once there are at least `at_least` of them (read while the crawl writes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the crawl ended before it could be killed"
        if db.exists():
            try:
                urls = {u for (u,) in query(db, "SELECT url FROM articles")}
            except sqlite3.OperationalError:  # tables not created yet
                urls = set()
            if len(urls) >= at_least:
                return urls
        time.sleep(0.05)
    pytest.fail(f"fewer than {at_least} articles stored after {timeout} s")


def _no_duplicates(db: Path) -> bool:
    ((rows, distinct_canonical, distinct_hash),) = query(
        db, "SELECT count(*), count(DISTINCT canonical_url), count(DISTINCT content_hash) FROM articles")
    return rows == distinct_canonical == distinct_hash


# --- an export killed mid-write -------------------------------------------------------------------
# tests/test_exports.py::test_sigkill_mid_export_leaves_previous_file_intact already proves the previous file
# survives a SIGKILL. Here: what the kill leaves behind must not outlive the next export.

SLOW_EXPORT_CLI = r"""
import sys, time
from crawler import exports
from crawler.cli import main
real = exports.json.dumps
class SlowJson:
    @staticmethod
    def dumps(*args, **kwargs):
        time.sleep(0.01)
        return real(*args, **kwargs)
exports.json = SlowJson
sys.exit(main(sys.argv[1:]))
"""


def _store_with_articles(path: Path, n: int) -> Path:
    from crawler.store import Store

    bodies = good_articles(1)
    with Store(path) as store:
        store.upsert_articles([{"url": f"https://hanam.dcs.vn/tin-tuc/bai-{i}.html", "title": f"Bài số {i}",
                                "body": f"Đoạn {i}. " + bodies[1].decode()[:400], "site": "fault_test"}
                               for i in range(n)])
    return path


def test_export_after_a_killed_export_leaves_no_temp_file(tmp_path):
    db = _store_with_articles(tmp_path / "s.db", 300)
    out = tmp_path / "exp" / "articles.jsonl"
    out.parent.mkdir()
    out.write_text('{"previous": true}\n')
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_EXPORT_CLI, "export", "--db", str(db), "--out", str(out)],
                            env=env, cwd=tmp_path, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not any(p.name.endswith(".tmp") and p.stat().st_size > 0 for p in out.parent.iterdir()):
            assert proc.poll() is None and time.monotonic() < deadline, "no export in progress to kill"
            time.sleep(0.02)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert out.read_text() == '{"previous": true}\n'
    again = subprocess.run([sys.executable, "-m", "crawler", "export", "--db", str(db), "--out", str(out)], env=env,
                           cwd=tmp_path, capture_output=True, text=True, timeout=120)
    assert again.returncode == 0, again.stderr
    assert len(out.read_text().splitlines()) == 300
    assert sorted(p.name for p in out.parent.iterdir()) == ["articles.jsonl"]


# --- a store that cannot be written ---------------------------------------------------------------
# Tests run as root, where chmod does not stop writes; the store is made unusable instead by a path whose
# parent is a file, a folder in place of the file, a file that is not SQLite, and a full disk simulated with
# RLIMIT_FSIZE (the kernel refuses to grow any file past the limit, as on a full file system).

def _dead_loopback_url() -> str:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}/tin-tuc"


@pytest.mark.parametrize("kind", ["parent_is_a_file", "folder_in_place_of_file", "not_sqlite"])
def test_unusable_store_is_one_clear_error(tmp_path, kind):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file")
    garbage = b"not a database at all\n" * 200
    if kind == "parent_is_a_file":
        db = blocker / "store.db"
    elif kind == "folder_in_place_of_file":
        db = tmp_path / "store.db"
        db.mkdir()
    else:
        db = tmp_path / "store.db"
        db.write_bytes(garbage)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}
    proc = subprocess.run([sys.executable, "-m", "crawler", "crawl-url", _dead_loopback_url(), "--db", str(db),
                           "--quiet"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    # nothing half-written, whatever the message
    assert blocker.read_text() == "a file"
    if kind == "not_sqlite":
        assert db.read_bytes() == garbage
    if kind == "folder_in_place_of_file":
        assert list(db.iterdir()) == []
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "Traceback" not in output, output[-3000:]
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "store" in lines[0], proc.stderr[-2000:]


@pytest.fixture(scope="module")
def disk_full_crawl(tmp_path_factory):
    """One crawl of 40 articles into a store that may grow by only ~150 kB (RLIMIT_FSIZE), run once per module."""
    from crawler.store import Store

    tmp_path = tmp_path_factory.mktemp("diskfull")
    db = tmp_path / "store.db"
    Store(db).close()
    limit = db.stat().st_size + 150_000

    def limit_file_size() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG from write() instead of being killed
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    site = generate_site(40, per_page=40)
    routes = {path: page(p.body) for path, p in site.items()}
    out = tmp_path / "run.json"
    with FaultServer(routes) as server:
        spec = {"key": SITE_KEY, "start_urls": [server.url("/tin-tuc")],
                "listing": {"links": [".list-news article h3 a"]}, "db": str(db),
                "settings": {**FAST, "PARTYNEWS_STORE_BATCH": 5}, "out": str(out)}
        (tmp_path / "spec.json").write_text(json.dumps(spec))
        proc = subprocess.run([sys.executable, "-c", RUNNER, str(tmp_path / "spec.json")], cwd=PROJECT_ROOT,
                              capture_output=True, text=True, timeout=120, preexec_fn=limit_file_size)
    result = json.loads(out.read_text()) if out.exists() else None
    return {"db": db, "proc": proc, "result": result}


def test_full_disk_leaves_a_sound_store(disk_full_crawl):
    db, proc, result = disk_full_crawl["db"], disk_full_crawl["proc"], disk_full_crawl["result"]
    assert result is not None, proc.stderr[-3000:]
    stats = result["stats"]
    assert stats.get("partynews/articles_lost", 0) > 0, "the size limit did not bite: nothing was tested"
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert _no_duplicates(db)
    stored = query(db, "SELECT count(*), sum(length(body) > 200), sum(title IS NOT NULL) FROM articles")[0]
    assert stored[0] == stats.get("partynews/articles_new", 0)  # what the stats claim is what is there
    assert stored[0] == stored[1] == stored[2]  # no half-written article
    assert (stored[0] + stats["partynews/articles_lost"]) == 40
    assert query(db, "SELECT count(*) FROM locks") == [(0,)]


def test_full_disk_run_is_reported_failed(disk_full_crawl):
    db, result = disk_full_crawl["db"], disk_full_crawl["result"]
    assert result["stats"].get("partynews/articles_lost", 0) > 0
    assert result["code"] != 0
    assert query(db, "SELECT outcome FROM runs") == [("failed",)]
