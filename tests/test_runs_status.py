"""Run rows written by RunRecorder in real crawls; `status`, `runs` and `report` over them."""

from __future__ import annotations

import json
import sys
import types
from datetime import UTC, datetime, timedelta

import pytest

from crawler.extensions.runs import ensure_runs_table, latest_runs_by_site, list_runs, outcome_for
from crawler.locks import SiteLock, connect, iso
from crawler.report import build_report, write_report
from standin import Tools, finish


def crawl(tools, site):
    import subprocess

    return subprocess.Popen(
        [sys.executable, str(tools.standin), "crawl", site, "--db", tools.db],
        env=tools.env, cwd=tools.tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def test_a_crawl_records_its_run(tmp_path):
    tools = Tools(tmp_path, {"hue": {"pages": 5, "fields": "published,lead,body", "generic": True,
                                     "settings": {"LOG_FILE": str(tmp_path / "hue.log")}}})
    code, err = finish(crawl(tools, "hue"))
    assert code == 0, err
    [run] = list_runs(tools.db)
    assert (run["site"], run["trigger"], run["outcome"], run["finish_reason"]) == ("hue", "manual", "finished", "finished")
    assert run["pages"] == 5 and run["items"] == 5 and run["http_errors"] == 0 and run["error_rate"] == 0
    assert run["coverage"] == {"published": 1.0, "authors": 0.0, "lead": 1.0, "images": 0.0, "body": 1.0}
    assert run["generic_body_share"] == 1.0 and run["generic_title_share"] == 0.0
    assert run["stats"]["partynews/run_id"] == run["id"] and run["stats"]["item_scraped_count"] == 5
    assert run["log_path"] == str(tmp_path / "hue.log")
    assert run["started_at"] <= run["finished_at"] and run["pid"] > 0
    assert tools.locks() == []


def test_a_given_run_id_is_adopted(tmp_path):
    tools = Tools(tmp_path, {"hue": {"pages": 1, "settings": {"PARTYNEWS_RUN_ID": 41}}})
    code, err = finish(crawl(tools, "hue"))
    assert code == 0, err
    assert [r["id"] for r in list_runs(tools.db)] == [41]


def test_a_crawl_of_a_locked_site_is_skipped(tmp_path):
    tools = Tools(tmp_path, {"hue": {"pages": 3}})
    lock = SiteLock(tools.db, "hue")  # this test process holds it
    assert lock.acquire()
    code, err = finish(crawl(tools, "hue"))
    assert code == 0, err
    [run] = list_runs(tools.db)
    assert run["outcome"] == "skipped-overlap" and run["pages"] == 0 and run["alerts"] == 0
    assert "already being crawled" in err
    assert lock.holder()["token"] == lock.token  # the skipped run did not touch our lock


@pytest.mark.parametrize(
    "reason, outcome",
    [("finished", "finished"), ("closespider_itemcount", "finished"), ("shutdown", "interrupted"),
     ("skipped_overlap", "skipped-overlap"), ("cancelled", "failed"), ("start_error", "failed"), (None, "failed")],
)
def test_outcome_for(reason, outcome):
    assert outcome_for(reason) == outcome


NOW = datetime(2025, 6, 10, 12, 0, tzinfo=UTC)


def seed(db_path):
    db = connect(db_path)
    ensure_runs_table(db)
    rows = [
        ("nhandan", 3, "finished", 12, {"published": 1.0, "authors": 0.5}, 0, None),
        ("nhandan", 1, "finished", 7, {"published": 0.9, "authors": 0.25}, 1,
         [{"check": "Coverage/date coverage", "status": "FAIL", "message": "low"}]),
        ("hue", 2, "failed", 0, {}, 0, None),
        ("<b>evil</b>", 1, "finished", 2, {"published": 1.0}, 0, None),
    ]
    for site, days_ago, outcome, new, coverage, alerts, checks in rows:
        started = NOW - timedelta(days=days_ago)
        db["runs"].insert({
            "site": site, "trigger": "scheduled", "started_at": iso(started), "finished_at": iso(started + timedelta(minutes=3)),
            "outcome": outcome, "new": new, "pages": new + 1, "coverage": json.dumps(coverage), "alerts": alerts,
            "checks": json.dumps(checks) if checks else None,
        })
    db.conn.close()


@pytest.fixture
def fake_registry(monkeypatch):
    import crawler.cli as cli

    sites = {k: types.SimpleNamespace(key=k, level="central") for k in ("nhandan", "hue", "camau")}
    fake = types.ModuleType("crawler.sites")
    fake.all_sites = lambda: sites
    monkeypatch.setitem(sys.modules, "crawler.sites", fake)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["crawler.cli.ops_cmd"])
    return cli


def test_latest_run_per_site(tmp_path):
    seed(tmp_path / "s.db")
    latest = latest_runs_by_site(tmp_path / "s.db")
    assert latest["nhandan"]["new"] == 7 and latest["nhandan"]["checks"][0]["status"] == "FAIL"
    assert latest["hue"]["outcome"] == "failed"


def test_status_json(tmp_path, fake_registry, capsys):
    db = tmp_path / "s.db"
    seed(db)
    schedule = tmp_path / "schedule.toml"
    schedule.write_text('[entries.a]\nsites = ["nhandan"]\ncron = "0 * * * *"\n')
    assert fake_registry.main(["status", "--json", "--db", str(db), "--schedule", str(schedule)]) == 0
    rows = {row["site"]: row for row in json.loads(capsys.readouterr().out)}
    assert list(rows) == ["nhandan", "hue", "camau", "<b>evil</b>"]
    assert rows["nhandan"]["new"] == 7 and rows["nhandan"]["date_coverage"] == 0.9
    assert rows["nhandan"]["warning"] == "check failed: Coverage/date coverage"
    assert rows["nhandan"]["next_due"] is not None and rows["hue"]["next_due"] is None
    assert rows["hue"]["warning"] == "failed"
    assert rows["camau"]["warning"] == "never run" and rows["camau"]["last_run_at"] is None
    assert rows["<b>evil</b>"]["warning"] is None


def test_status_table_marks_problems(tmp_path, fake_registry, capsys, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    db = tmp_path / "s.db"
    seed(db)
    assert fake_registry.main(["status", "--db", str(db), "--schedule", str(tmp_path / "none.toml")]) == 0
    out = capsys.readouterr().out
    lines = {line.split("│")[2].strip(): line for line in out.splitlines() if line.count("│") > 3}
    assert "!" in lines["camau"] and "never" in lines["camau"]
    assert "!" in lines["hue"] and "failed" in lines["hue"]
    assert "!" in lines["nhandan"] and "check failed" in lines["nhandan"]


def test_runs_command(tmp_path, fake_registry, capsys):
    db = tmp_path / "s.db"
    seed(db)
    assert fake_registry.main(["runs", "--db", str(db), "--site", "nhandan", "--limit", "1", "--json"]) == 0
    [run] = json.loads(capsys.readouterr().out)
    assert run["site"] == "nhandan" and run["new"] == 7 and "stats" not in run
    assert fake_registry.main(["runs", "--db", str(db), "--limit", "0"]) == 2
    assert "--limit must be at least 1" in capsys.readouterr().err


def test_report_is_self_contained(tmp_path, fake_registry, capsys):
    db = tmp_path / "s.db"
    seed(db)
    runs = list_runs(db)
    page = build_report(runs, days=7, now=NOW)
    assert "<script" not in page and "<link" not in page and "src=" not in page
    assert page.count("<svg") == 2 + 3  # two overview charts, one per site with runs
    assert "&lt;b&gt;evil&lt;/b&gt;" in page and "<b>evil</b>" not in page
    # all-sites bars: 7 new on day -1, 12 + 0 on days -3/-2 ... the tallest bar is labelled 12
    assert ">12</text>" in page
    assert "<title>09/06: 9</title>" in page  # nhandan 7 + evil 2 on 9 June
    out = write_report(db, tmp_path / "out" / "report.html", days=30)
    assert out.read_text().startswith("<!DOCTYPE html>")
    assert fake_registry.main(["report", "--db", str(db), "--out", str(tmp_path / "r.html")]) == 0
    assert (tmp_path / "r.html").exists()
