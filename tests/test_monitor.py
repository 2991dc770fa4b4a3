"""Post-run checks: the Spidermon suite on crafted stats, alert delivery, and a real crawl raising an alert."""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import scrapy
from scrapy.utils.test import get_crawler
from spidermon.contrib.scrapy.runners import SpiderMonitorRunner

import crawler.extensions.monitor as monitor
from crawler.extensions.runs import ensure_runs_table
from crawler.locks import connect, iso, utcnow
from standin import Tools, finish


def healthy_stats(run_id: int, items: int = 10, **extra) -> dict:
    stats = {
        "partynews/run_id": run_id,
        "partynews/site": "hue",
        "finish_reason": "finished",
        "partynews/items": items,
        "item_scraped_count": items,
        "downloader/response_count": items + 2,
        "downloader/response_status_count/200": items + 2,
        **{f"partynews/coverage/{f}": items for f in ("published", "authors", "lead", "body")},
    }
    stats.update(extra)
    return stats


def run_checks(tmp_path, stats_for, *, settings=None, history=()):
    """Run the RunChecks suite as Spidermon does at spider close; return the stored run row."""
    db_path = tmp_path / "s.db"
    db = connect(db_path)
    ensure_runs_table(db)
    for items in history:
        db["runs"].insert({"site": "hue", "outcome": "finished", "items": items, "started_at": iso(utcnow())})
    run_id = db["runs"].insert({"site": "hue", "outcome": "running", "started_at": iso(utcnow())}).last_pk
    db.conn.close()
    crawler = get_crawler(settings_dict={"PARTYNEWS_DB": str(db_path), **(settings or {})})
    spider = scrapy.Spider(name="hue")
    SpiderMonitorRunner(spider=spider).run(
        monitor.RunChecks(crawler=crawler), stats=stats_for(run_id), crawler=crawler, spider=spider,
        stats_history=[], job=None,
    )
    db = connect(db_path)
    row = db["runs"].get(run_id)
    db.conn.close()
    row["checks"] = {c["check"]: c for c in json.loads(row["checks"])}
    return row


def test_healthy_run_passes_every_check(tmp_path):
    row = run_checks(tmp_path, healthy_stats)
    assert row["alerts"] == 0
    statuses = {name: c["status"] for name, c in row["checks"].items()}
    assert statuses["Coverage/date coverage"] == "OK"
    assert statuses["Coverage/body coverage"] == "OK"
    assert statuses["HTTP/error rate"] == "OK"
    assert statuses["Coverage/author coverage"] == "SKIPPED"  # threshold 0 by default


def test_low_date_coverage_fails(tmp_path):
    row = run_checks(tmp_path, lambda rid: healthy_stats(rid, **{"partynews/coverage/published": 5}))
    check = row["checks"]["Coverage/date coverage"]
    assert check["status"] == "FAIL" and "published coverage 50.0% below 95%" in check["message"]
    assert row["alerts"] == 1


def test_thresholds_come_from_settings(tmp_path):
    stats = lambda rid: healthy_stats(rid, **{"partynews/coverage/published": 5, "partynews/coverage/authors": 2})
    row = run_checks(tmp_path, stats, settings={"PARTYNEWS_MIN_DATE_COVERAGE": 0.5, "PARTYNEWS_MIN_AUTHOR_COVERAGE": 0.3})
    assert row["checks"]["Coverage/date coverage"]["status"] == "OK"
    assert row["checks"]["Coverage/author coverage"]["status"] == "FAIL"


def test_error_rate_above_maximum_fails(tmp_path):
    stats = lambda rid: healthy_stats(
        rid, **{"downloader/response_count": 10, "downloader/response_status_count/200": 6,
                "downloader/response_status_count/503": 3, "downloader/exception_count": 1}
    )
    check = run_checks(tmp_path, stats)["checks"]["HTTP/error rate"]
    assert check["status"] == "FAIL" and "(4/11)" in check["message"]


@pytest.mark.parametrize(
    "history, status",
    [((12, 9, 0, 14), "FAIL"), ((0, 0, 3), "SKIPPED"), ((), "SKIPPED")],
)
def test_zero_articles_compared_with_recent_runs(tmp_path, history, status):
    row = run_checks(tmp_path, lambda rid: healthy_stats(rid, items=0), history=history)
    assert row["checks"]["Articles/articles found"]["status"] == status
    assert row["checks"]["Coverage/date coverage"]["status"] == "SKIPPED"


def test_generic_bodies_on_a_site_with_rules(tmp_path, monkeypatch):
    stats = lambda rid: healthy_stats(rid, **{"partynews/generic/body": 8})
    monkeypatch.setattr(monitor, "_site_has_rules", lambda site: True)
    check = run_checks(tmp_path, stats)["checks"]["Rules/site rules match"]
    assert check["status"] == "FAIL" and "80% of bodies came from the generic layer" in check["message"]
    monkeypatch.setattr(monitor, "_site_has_rules", lambda site: False)
    assert run_checks(tmp_path / "b", stats)["checks"]["Rules/site rules match"]["status"] == "SKIPPED"


def test_skipped_overlap_runs_are_not_checked(tmp_path):
    row = run_checks(tmp_path, lambda rid: healthy_stats(rid, items=0, finish_reason="skipped_overlap"), history=(5, 5))
    assert row["alerts"] == 0
    assert {c["status"] for c in row["checks"].values()} == {"SKIPPED"}


class Receiver:
    """A loopback HTTP server that keeps every POSTed JSON body."""

    def __init__(self) -> None:
        received = self.received = []

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                received.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/alerts"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    receiver = Receiver()
    yield receiver
    receiver.close()


def test_alerts_go_to_command_and_webhook(tmp_path, receiver):
    out = tmp_path / "alert.json"
    command = f"{sys.executable} -c \"import sys; open(sys.argv[1], 'wb').write(sys.stdin.buffer.read())\" {out}"
    stats = lambda rid: healthy_stats(rid, **{"partynews/coverage/body": 7})
    row = run_checks(tmp_path, stats, settings={"PARTYNEWS_ALERT_COMMAND": command, "PARTYNEWS_ALERT_WEBHOOK": receiver.url})
    by_command = json.loads(out.read_text())
    assert by_command["site"] == "hue" and by_command["run_id"] == row["id"]
    assert [f["check"] for f in by_command["failed"]] == ["Coverage/body coverage"]
    assert receiver.received == [by_command]


def test_broken_hooks_are_reported_not_raised(tmp_path):
    errors = monitor.send_alert({"x": 1}, command=f"{sys.executable} -c 'import sys; sys.exit(4)'",
                                webhook="http://127.0.0.1:9/none", timeout=5)
    assert len(errors) == 2 and "exited 4" in errors[0] and "webhook failed" in errors[1]


def test_real_crawl_with_missing_dates_raises_an_alert(tmp_path, receiver):
    tools = Tools(tmp_path, {"hue": {"pages": 4, "fields": "authors,lead,body",
                                     "settings": {"PARTYNEWS_ALERT_WEBHOOK": receiver.url}}})
    code, err = finish(_crawl(tools, "hue"))
    assert code == 0, err
    [run] = tools.runs("hue")
    assert run["outcome"] == "finished" and run["alerts"] == 1
    checks = {c["check"]: c for c in json.loads(run["checks"])}
    assert checks["Coverage/date coverage"]["message"].startswith("published coverage 0.0%")
    assert receiver.received[0]["run_id"] == run["id"]
    assert "Check failed for hue" in err


def _crawl(tools, site):
    import subprocess

    return subprocess.Popen(
        [sys.executable, str(tools.standin), "crawl", site, "--db", tools.db],
        env=tools.env, cwd=tools.tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
