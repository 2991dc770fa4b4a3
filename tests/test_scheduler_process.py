"""The scheduler as real processes, with real crawls: overlap, catch-up, SIGTERM, a SIGKILLed crawl, failing sites.

Everything here is the product as deployed: `python -m crawler scheduler run` with its
default launcher, which starts `python -m crawler crawl SITE --trigger scheduled ...` for
each due site of the real registry; manual crawls are `python -m crawler crawl SITE
--replay`. Crawls replay the site snapshots (tests/fixtures/sites, `replay = true` in
the schedule), so there is no network. Runs that must last (to overlap, to be
interrupted, to be killed) get a replay latency (`PARTYNEWS_REPLAY_LATENCY`: each
answer arrives that much later), through `--set` for a manual crawl or the schedule
entry's `settings` table for a scheduled one.

Each test has its own store, logs and schedule files under tmp_path.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from crawler.config import PROJECT_ROOT, SITE_FIXTURES_DIR
from crawler.locks import connect

from standin import finish, wait_for

VN = ZoneInfo("Asia/Ho_Chi_Minh")


def snapshot_articles(site: str, root: Path = SITE_FIXTURES_DIR) -> int:
    """How many articles a replay of `site` yields: the snapshot's pages with an expected Article."""
    manifest = json.loads((root / site / "snapshot.json").read_text(encoding="utf-8"))
    return sum(1 for page in manifest["pages"] if page.get("expected"))


class Harness:
    """One test's store, logs and schedule files, and the real `partynews` processes over them."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.db = str(tmp_path / "store.db")
        self.logs = tmp_path / "logs"
        self.env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "PARTYNEWS_DB": self.db}
        for name in ("PARTYNEWS_SCHEDULE", "PARTYNEWS_CRAWL_COMMAND", "SCRAPY_SETTINGS_MODULE"):
            self.env.pop(name, None)

    def schedule(self, name: str, text: str) -> str:
        path = self.tmp / f"{name}.toml"
        path.write_text(text)
        return str(path)

    def scheduler(self, schedule: str, *extra: str) -> subprocess.Popen:
        argv = [sys.executable, "-m", "crawler", "scheduler", "run", "--schedule", schedule, "--db", self.db,
                "--log-dir", str(self.logs), "--tick", "0.2", *extra]
        return subprocess.Popen(argv, env=self.env, cwd=self.tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def crawl(self, site: str, *extra: str) -> subprocess.Popen:
        """A manual replay crawl in its own session; its output goes to manual-<site>.log."""
        with open(self.tmp / f"manual-{site}.log", "ab") as log:
            return subprocess.Popen(
                [sys.executable, "-m", "crawler", "crawl", site, "--replay", "--db", self.db, *extra],
                env=self.env, cwd=self.tmp, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def manual_log(self, site: str) -> str:
        return (self.tmp / f"manual-{site}.log").read_text(errors="replace")

    def _query(self, table: str, sql: str, params=()) -> list[dict]:
        if not Path(self.db).exists():
            return []
        db = connect(self.db)
        try:
            if not db[table].exists():
                return []
            return [dict(row) for row in db.query(sql, params)]
        finally:
            db.conn.close()

    def runs(self, site: str | None = None) -> list[dict]:
        if site:
            return self._query("runs", "SELECT * FROM runs WHERE site = ? ORDER BY id", [site])
        return self._query("runs", "SELECT * FROM runs ORDER BY id")

    def locks(self) -> list[dict]:
        return self._query("locks", "SELECT * FROM locks")

    def articles(self, site: str) -> int:
        rows = self._query("articles", "SELECT count(*) AS n FROM articles WHERE site = ?", [site])
        return rows[0]["n"] if rows else 0

    def slots(self) -> set[tuple[str, str]]:
        return {(r["entry"], r["site"]) for r in self._query("schedule_state", "SELECT * FROM schedule_state")}


def crawled_pages(log_path: Path) -> int:
    """The highest page count Scrapy's LogStats wrote to a crawl log so far (0 if none yet)."""
    try:
        text = log_path.read_text(errors="replace")
    except OSError:
        return 0
    return max((int(n) for n in re.findall(r"Crawled (\d+) pages", text)), default=0)


def test_overlap_two_schedulers_and_a_manual_crawl(tmp_path):
    h = Harness(tmp_path)
    # ~4 rounds of 3 s answers: the manual crawl holds nhandan's lock for some 12 s.
    manual = h.crawl("nhandan", "--set", "PARTYNEWS_REPLAY_LATENCY=3")
    wait_for(lambda: h.locks(), 60, "the manual crawl's lock")
    first = h.scheduler(h.schedule("a", '[entries.a]\nsites = ["nhandan"]\nevery = "1h"\nreplay = true\n'), "--once")
    second = h.scheduler(h.schedule("b", '[entries.b]\nsites = ["nhandan"]\ncron = "*/5 * * * *"\nreplay = true\n'), "--once")
    for scheduler in (first, second):
        code, err = finish(scheduler, timeout=90)
        assert code == 0, err
        assert "nhandan (entry " in err and "finished with exit status 0" in err  # it launched a real crawl
    assert manual.poll() is None, "the manual crawl ended before both scheduled crawls had tried: no overlap was tested"
    assert manual.wait(timeout=90) == 0, h.manual_log("nhandan")[-3000:]

    runs = h.runs("nhandan")
    assert sorted((r["outcome"], r["trigger"]) for r in runs) == [
        ("finished", "manual"), ("skipped-overlap", "scheduled"), ("skipped-overlap", "scheduled")]
    [done] = [r for r in runs if r["outcome"] == "finished"]
    articles = snapshot_articles("nhandan")
    assert done["finish_reason"] == "finished" and done["items"] == articles == 7 and done["new"] == articles
    assert done["pages"] > articles and done["http_errors"] == 0
    assert h.articles("nhandan") == articles
    skipped = [r for r in runs if r["outcome"] == "skipped-overlap"]
    for run in skipped:
        assert run["pages"] == 0 and run["items"] == 0 and run["finish_reason"] == "skipped_overlap"
        assert run["started_at"] > done["started_at"] and run["finished_at"] < done["finished_at"]
        assert "already being crawled" in Path(run["log_path"]).read_text(errors="replace")
    assert {Path(r["log_path"]).parent.name for r in skipped} == {"nhandan"}
    assert h.slots() == {("a", "nhandan"), ("b", "nhandan")}
    assert h.locks() == []


def test_missed_slots_are_caught_up_once(tmp_path):
    from crawler.scheduler import claim_slot, last_slots

    h = Harness(tmp_path)
    schedule = h.schedule("yearly", '[entries.yearly]\nsites = ["xaydungdang"]\ncron = "0 0 1 1 *"\nreplay = true\n')
    claim_slot(h.db, "yearly", "xaydungdang", datetime(2019, 1, 1, tzinfo=VN))  # it last ran years ago
    for _ in range(2):
        code, err = finish(h.scheduler(schedule, "--once"), timeout=90)
        assert code == 0, err
    runs = h.runs("xaydungdang")
    assert [(r["outcome"], r["trigger"], r["finish_reason"]) for r in runs] == [("finished", "scheduled", "finished")]
    assert runs[0]["items"] == snapshot_articles("xaydungdang") == 4 and runs[0]["pages"] > 4
    slot = last_slots(h.db)[("yearly", "xaydungdang")].astimezone(VN)
    assert slot.year == datetime.now(VN).year and (slot.month, slot.day, slot.hour) == (1, 1, 0)
    log = Path(runs[0]["log_path"])
    assert log.exists() and log.is_relative_to(h.logs / "xaydungdang")
    assert "Spider closed (finished)" in log.read_text(errors="replace")
    assert h.locks() == []


def test_sigterm_interrupts_running_crawls_and_releases_locks(tmp_path):
    h = Harness(tmp_path)
    # One request at a time, each answered after 0.5 s: the crawl takes ~6.5 s; LogStats reports progress.
    schedule = h.schedule("s", '[entries.s]\nsites = ["nhandan"]\nevery = "1h"\nreplay = true\n'
                               'settings = { PARTYNEWS_REPLAY_LATENCY = 0.5, CONCURRENT_REQUESTS = 1, LOGSTATS_INTERVAL = 0.2 }\n')
    scheduler = h.scheduler(schedule, "--stop-timeout", "30")
    try:
        [run] = wait_for(lambda: [r for r in h.runs("nhandan") if r["outcome"] == "running"], 60, "the scheduled crawl to run")
        wait_for(lambda: crawled_pages(Path(run["log_path"])) >= 2, 60, "the crawl to fetch two pages")
    except AssertionError:
        scheduler.kill()
        raise
    scheduler.send_signal(signal.SIGTERM)
    code, err = finish(scheduler, timeout=60)
    assert code == 0, err
    assert "Stopping 1 running crawl" in err and "nhandan stopped (exit" in err
    [run] = h.runs("nhandan")
    assert (run["outcome"], run["trigger"], run["finish_reason"]) == ("interrupted", "scheduled", "shutdown")
    assert run["pages"] >= 2 and run["items"] < snapshot_articles("nhandan")  # stopped part-way
    assert run["finished_at"] is not None
    log = Path(run["log_path"]).read_text(errors="replace")
    assert "Received SIGTERM" in log and "Spider closed (shutdown)" in log
    assert h.locks() == []


def test_lock_of_a_sigkilled_crawl_is_recovered(tmp_path):
    h = Harness(tmp_path)
    doomed = h.crawl("xaydungdang", "--set", "PARTYNEWS_REPLAY_LATENCY=60")  # nothing arrives before the kill
    [lock] = wait_for(lambda: h.locks(), 60, "the crawl's lock")
    os.killpg(doomed.pid, signal.SIGKILL)
    doomed.wait(timeout=10)
    assert lock["pid"] == doomed.pid and h.locks() == [lock]  # left behind
    [dead] = h.runs("xaydungdang")
    assert dead["outcome"] == "running" and dead["id"] == lock["run_id"]
    assert h.articles("xaydungdang") == 0

    schedule = h.schedule("s", '[entries.s]\nsites = ["xaydungdang"]\nevery = "1h"\nreplay = true\n')
    code, err = finish(h.scheduler(schedule, "--once"), timeout=90)
    assert code == 0, err
    assert f"Recovered the stale lock of xaydungdang (pid {doomed.pid}, run {dead['id']})" in err
    old, new = h.runs("xaydungdang")
    assert (old["outcome"], old["finish_reason"], old["trigger"]) == ("crashed", "lock_recovered", "manual")
    assert (new["outcome"], new["finish_reason"], new["trigger"]) == ("finished", "finished", "scheduled")
    assert new["items"] == new["new"] == snapshot_articles("xaydungdang") and new["pages"] > new["items"]
    assert h.locks() == []


def test_failing_sites_do_not_block_the_others(tmp_path):
    """One site answers 503 to everything, another's crawl cannot start; the rest crawl normally."""
    fixtures = tmp_path / "sites"
    shutil.copytree(SITE_FIXTURES_DIR, fixtures)
    manifest_path = fixtures / "dukcqtw" / "snapshot.json"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    for page in manifest["pages"]:
        page["status"] = 503  # the site is down
    manifest_path.write_text(json.dumps(manifest), encoding="utf-8")

    h = Harness(tmp_path)
    schedule = h.schedule("s", f"""
[entries.s]
sites = ["tapchicongsan", "dukcqtw", "xaydungdang"]
every = "1h"
replay = true
settings = {{ PARTYNEWS_REPLAY_DIR = {json.dumps(str(fixtures))} }}

[entries.broken]
sites = ["qdnd"]
every = "1h"
replay = true
settings = {{ PARTYNEWS_REPLAY_LATENCY = -1 }}
""")
    code, err = finish(h.scheduler(schedule, "--once", "--max-parallel", "1"), timeout=120)
    assert code == 0, err
    assert "qdnd (entry broken) finished with exit status 1" in err
    assert "dukcqtw (entry s) finished with exit status 1" in err
    for site in ("tapchicongsan", "xaydungdang"):
        assert f"{site} (entry s) finished with exit status 0" in err
    assert h.slots() == {("s", "tapchicongsan"), ("s", "dukcqtw"), ("s", "xaydungdang"), ("broken", "qdnd")}

    runs = {r["site"]: r for r in h.runs()}
    assert sorted(runs) == ["dukcqtw", "qdnd", "tapchicongsan", "xaydungdang"] and len(h.runs()) == 4
    assert all(r["trigger"] == "scheduled" and r["finished_at"] for r in runs.values())
    for site in ("tapchicongsan", "xaydungdang"):
        assert (runs[site]["outcome"], runs[site]["finish_reason"]) == ("finished", "finished")
        assert runs[site]["items"] == snapshot_articles(site) == 4 and runs[site]["alerts"] == 0
    # The site that is down: every attempt failed and nothing came of it, so the run failed; its HTTP check fails too.
    down = runs["dukcqtw"]
    assert (down["outcome"], down["finish_reason"], down["items"], down["error_rate"]) == ("failed", "finished", 0, 1.0)
    assert down["http_errors"] > 0 and down["alerts"] >= 1
    assert any(c["check"] == "HTTP/error rate" and c["status"] == "FAIL" for c in json.loads(down["checks"]))
    # The crawl that could not start is closed as failed, not left `running` with its lock.
    broken = runs["qdnd"]
    assert (broken["outcome"], broken["finish_reason"], broken["pages"]) == ("failed", "start_error", 0)
    assert "PARTYNEWS_REPLAY_LATENCY must be a number of seconds, 0 or more" in Path(broken["log_path"]).read_text()
    assert h.locks() == []
