"""`PARTYNEWS_REPLAY_LATENCY`: replay answers that arrive late, without blocking the reactor.

Real replay crawls in a subprocess (Twisted's reactor cannot restart in-process): two
sites in one Scrapy process, one request at a time per site, each answer delayed.
Each site's crawl must last at least (its responses x latency); the two must overlap
(a blocking sleep would make each wait for the other's answers too, so the whole would
take the sum); and the store must end up with the same articles as an instant replay.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import re
import sqlite3
import subprocess
import sys

import pytest
from scrapy.http import Request, Response
from scrapy.utils.test import get_crawler

from crawler.config import PROJECT_ROOT, SITE_FIXTURES_DIR
from crawler.replay import ReplayMiddleware
from spiders.base import SiteSpider

pytestmark = pytest.mark.slow

LATENCY = 0.4
SITES = ("nhandan", "xaydungdang")


def _crawl(db, *settings: str) -> subprocess.Popen:
    argv = [sys.executable, "-m", "crawler", "crawl", *SITES, "--replay", "--db", str(db), "--quiet"]
    for setting in settings:
        argv += ["--set", setting]
    return subprocess.Popen(argv, cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait(process: subprocess.Popen) -> None:
    out, err = process.communicate(timeout=240)
    assert process.returncode == 0, (out + err)[-5000:]


def _runs(db) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {row["site"]: {**dict(row), "stats": json.loads(row["stats"])} for row in conn.execute("SELECT * FROM runs")}
    finally:
        conn.close()


def _articles(db) -> set[tuple]:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT site, canonical_url, title, published, body FROM articles").fetchall()
    finally:
        conn.close()
    return {(site, url, title, published, hashlib.sha256((body or "").encode()).hexdigest())
            for site, url, title, published, body in rows}


def _snapshot_articles(site: str) -> int:
    manifest = json.loads((SITE_FIXTURES_DIR / site / "snapshot.json").read_text(encoding="utf-8"))
    return sum(1 for page in manifest["pages"] if page.get("expected"))


def test_latency_delays_every_answer_without_blocking_and_keeps_the_articles(tmp_path):
    slow_db, fast_db = tmp_path / "slow.db", tmp_path / "fast.db"
    slow = _crawl(slow_db, f"PARTYNEWS_REPLAY_LATENCY={LATENCY}", "CONCURRENT_REQUESTS=1")
    fast = _crawl(fast_db, "CONCURRENT_REQUESTS=1")
    _wait(slow)
    _wait(fast)

    slow_runs, fast_runs = _runs(slow_db), _runs(fast_db)
    assert sorted(slow_runs) == sorted(fast_runs) == sorted(SITES)
    elapsed, responses = {}, {}
    for site in SITES:
        run, stats = slow_runs[site], slow_runs[site]["stats"]
        assert run["outcome"] == "finished" and run["items"] == _snapshot_articles(site)
        responses[site] = stats["downloader/response_count"]
        elapsed[site] = stats["elapsed_time_seconds"]
        assert responses[site] == fast_runs[site]["stats"]["downloader/response_count"] > run["items"]
        # one request at a time, each answered LATENCY s after it was asked
        assert elapsed[site] >= responses[site] * LATENCY, (site, elapsed[site], responses[site])
        assert fast_runs[site]["stats"]["elapsed_time_seconds"] < elapsed[site]
    # The two spiders waited side by side: a sleep that blocked the reactor would have added up all the waits.
    assert max(elapsed.values()) < sum(responses.values()) * LATENCY - 1.0, (elapsed, responses)
    assert min(r["stats"]["finish_time"] for r in slow_runs.values()) > max(r["stats"]["start_time"] for r in slow_runs.values())

    slow_articles = _articles(slow_db)
    assert slow_articles == _articles(fast_db)
    assert len(slow_articles) == sum(_snapshot_articles(site) for site in SITES)


def _middleware(tmp_path, **settings) -> ReplayMiddleware:
    return ReplayMiddleware.from_crawler(get_crawler(SiteSpider, settings_dict={"PARTYNEWS_REPLAY": True, **settings}))


def test_no_latency_answers_at_once_and_a_latency_answers_later(tmp_path):
    instant = _middleware(tmp_path)
    assert instant.latency == 0
    assert isinstance(instant.process_request(Request("https://nhandan.vn/xay-dung-dang/")), Response)

    late = _middleware(tmp_path, PARTYNEWS_REPLAY_LATENCY="0.25")
    assert late.latency == 0.25
    pending = late.process_request(Request("https://nhandan.vn/xay-dung-dang/"))
    assert inspect.isawaitable(pending) and not isinstance(pending, Response)
    pending.close()  # never awaited here: the crawl test above runs it on a reactor


@pytest.mark.parametrize("value, message", [
    ("-1", "must be a number of seconds, 0 or more, not -1.0"),
    ("nan", "must be a number of seconds, 0 or more, not nan"),
    ("slow", "must be a number of seconds, not 'slow'"),
])
def test_a_bad_latency_is_refused(tmp_path, value, message):
    with pytest.raises(ValueError, match=re.escape(f"PARTYNEWS_REPLAY_LATENCY {message}")):
        _middleware(tmp_path, PARTYNEWS_REPLAY_LATENCY=value)
