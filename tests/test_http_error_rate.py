"""The run's HTTP error count covers only the pages the spider wanted.

robots.txt fetches (a site without one answers 404, and replay always does),
replay's 404 for a page no snapshot holds, the 404 ending a guessed listing page
and requests refused before download (robots-disallowed) used to count as HTTP
errors, so every replay run tripped the error-rate alert. What must hold: a clean
replay crawl records no HTTP error and its error-rate check passes, while a real
crawl still counts every error and retry of the spider's own requests.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from crawler.config import PROJECT_ROOT
from crawler.extensions.runs import http_error_counts
from httpserver import SiteServer, generate_site
from spiders.middlewares import EXCLUDED_PREFIX
from test_crawl_http import article_path, crawl

REPLAY_SITE = "baohanam"


def run_row(db) -> dict:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        [row] = conn.execute("SELECT * FROM runs").fetchall()
    finally:
        conn.close()
    run = dict(row)
    run["stats"] = json.loads(run["stats"])
    run["checks"] = {check["check"]: check for check in json.loads(run["checks"] or "[]")}
    return run


def test_excluded_attempts_are_taken_out():
    stats = {
        "downloader/response_count": 10, "downloader/response_status_count/200": 6,
        "downloader/response_status_count/404": 3, "downloader/response_status_count/503": 1,
        "downloader/exception_count": 3,
        f"{EXCLUDED_PREFIX}responses": 2, f"{EXCLUDED_PREFIX}errors": 2, f"{EXCLUDED_PREFIX}exceptions": 1,
    }
    assert http_error_counts(stats) == (2 + 2, 8 + 2)
    assert http_error_counts({k: v for k, v in stats.items() if not k.startswith(EXCLUDED_PREFIX)}) == (7, 13)


@pytest.mark.slow
def test_clean_replay_crawl_records_no_http_error(tmp_path):
    db = tmp_path / "replay.db"
    proc = subprocess.run([sys.executable, "-m", "crawler", "crawl", REPLAY_SITE, "--replay", "--db", str(db), "--quiet"],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-3000:]
    run = run_row(db)
    stats = run["stats"]
    assert stats.get("robotstxt/response_status_count/404", 0) >= 1, "no robots.txt 404: nothing was tested"
    assert stats.get(f"{EXCLUDED_PREFIX}errors", 0) >= 1
    assert run["outcome"] == "finished" and run["items"] > 0
    assert (run["http_errors"], run["error_rate"]) == (0, 0.0)
    assert run["checks"]["HTTP/error rate"]["status"] == "OK", run["checks"]["HTTP/error rate"]


@pytest.mark.slow
def test_live_crawl_counts_the_spiders_own_errors(tmp_path):
    """No robots.txt (404): left out; a 404 article and a 503 article (retried once): counted, every attempt."""
    db = tmp_path / "store.db"
    server = SiteServer(generate_site(5, per_page=5))  # no robots_txt: /robots.txt answers 404
    server.set_fault(article_path(4), status=404)
    server.set_fault(article_path(5), status=503)
    with server:
        result = crawl(tmp_path, server, db=db, settings={"ROBOTSTXT_OBEY": True, "RETRY_TIMES": 1,
                                                          "PARTYNEWS_MAX_ERROR_RATE": 0.1})
        hits = dict(server.hits)
    assert hits["/robots.txt"] == 1 and hits[article_path(5)] == 2
    run = run_row(db)
    # listing + 3 good articles + the 404 + two attempts of the 503; robots.txt is not one of them
    assert (run["http_errors"], run["error_rate"]) == (3, round(3 / 7, 4))
    assert run["checks"]["HTTP/error rate"]["status"] == "FAIL"
    assert "(3/7)" in run["checks"]["HTTP/error rate"]["message"]
    assert result["stats"]["downloader/response_status_count/404"] == 2  # the article and robots.txt


def test_a_site_that_answered_only_errors_is_unreachable():
    from crawler.extensions.runs import nothing_reachable

    down = {"downloader/response_count": 7, "downloader/response_status_count/503": 6,
            "downloader/response_status_count/404": 1, f"{EXCLUDED_PREFIX}responses": 1,
            f"{EXCLUDED_PREFIX}errors": 1}
    assert nothing_reachable(down)
    assert not nothing_reachable({**down, "item_scraped_count": 1})
    assert not nothing_reachable({**down, "downloader/response_count": 8, "downloader/response_status_count/200": 1})
    assert not nothing_reachable({})  # nothing attempted (a skipped run) is not a site that was down
    assert nothing_reachable({"downloader/exception_count": 3})  # connection refused every time
