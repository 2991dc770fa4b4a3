"""Scale-out on a REAL scrapyd: build + deploy the egg, schedule through the scheduler, no overlap, cancel.

Scrapyd runs on a free loopback port in a temp directory. The egg holds the real
`crawler` package (settings, RunRecorder, Spidermon checks) plus test spiders over
`data:` URLs (no network), because the crawl runs inside scrapyd from the egg only:
scrapyd's environment has no PYTHONPATH to the working tree.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from crawler.config import PROJECT_ROOT
from crawler.scrapyd_backend import ScrapydClient, ScrapydError, build_egg, deploy
from standin import DRIVER, finish, wait_for

TEST_SPIDERS = r'''
import scrapy
from crawler.items import Article


class Slow(scrapy.Spider):
    custom_settings = {"ITEM_PIPELINES": {}, "ROBOTSTXT_OBEY": False, "AUTOTHROTTLE_ENABLED": False,
                       "RANDOMIZE_DOWNLOAD_DELAY": False, "PARTYNEWS_HEARTBEAT_INTERVAL": 0.5}
    pages = 3

    async def start(self):
        self.crawler.stats.set_value("test/replay", self.settings.getbool("PARTYNEWS_REPLAY"))
        for i in range(self.pages):
            yield scrapy.Request(f"data:text/html,<p>{i}</p>", callback=self.parse, dont_filter=True, cb_kwargs={"i": i})

    def parse(self, response, i):
        yield Article(url=f"https://{self.name}.example/{i}", title=f"T{i}", body="nội dung " * 40,
                      published="2025-01-01T00:00:00+07:00", extraction={"body": "site"})


class Hue(Slow):
    name = "hue"
    pages = 400
    custom_settings = {**Slow.custom_settings, "DOWNLOAD_DELAY": 0.25}


class Hanoi(Slow):
    name = "hanoi"
'''


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def scrapyd(tmp_path):
    home = tmp_path / "scrapyd"
    home.mkdir()
    port = free_port()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\nbind_address = 127.0.0.1\n"
        f"http_port = {port}\neggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n"
        "poll_interval = 0.2\nmax_proc = 4\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "SCRAPY_SETTINGS_MODULE")}
    process = subprocess.Popen(
        [shutil.which("scrapyd") or "scrapyd"], cwd=home, env=env,
        stdout=open(home / "scrapyd.out", "wb"), stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    client = ScrapydClient(url, timeout=5)

    def up():
        try:
            return client.daemon_status()
        except ScrapydError:
            return None

    try:
        wait_for(up, 30, "scrapyd to start")
        yield client, home
    finally:
        process.terminate()
        process.wait(timeout=20)


def make_egg(tmp_path) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    shutil.copytree(PROJECT_ROOT / "crawler", source / "crawler", ignore=shutil.ignore_patterns("__pycache__"))
    (source / "spiders").mkdir()
    (source / "spiders" / "test_sites.py").write_text(TEST_SPIDERS)
    return build_egg(tmp_path / "dist", version="1.0", source_root=source)


def runs(db: str) -> list[dict]:
    from crawler.locks import connect

    conn = connect(db)
    try:
        return list(conn["runs"].rows_where(order_by="id")) if conn["runs"].exists() else []
    finally:
        conn.conn.close()


def test_scheduler_on_scrapyd(tmp_path, scrapyd):
    client, home = scrapyd
    egg = make_egg(tmp_path)
    assert deploy(client.url, egg)["spiders"] == 2
    assert sorted(client.list_spiders("partynews")) == ["hanoi", "hue"]

    db = str(tmp_path / "store.db")
    # A job started by someone else (not the scheduler) is already crawling hue.
    foreign = client.schedule("partynews", "hue", settings={"PARTYNEWS_DB": db})
    wait_for(lambda: any(r["site"] == "hue" and r["outcome"] == "running" for r in runs(db)), 30, "the foreign hue job")

    schedule = tmp_path / "schedule.toml"
    schedule.write_text(
        f'backend = "scrapyd"\nnodes = ["{client.url}"]\n'
        '[entries.all]\nsites = ["hue", "hanoi"]\nevery = "1h"\nreplay = true\n'
    )
    (tmp_path / "driver.py").write_text(DRIVER)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "TEST_SITES": json.dumps({"hue": "central", "hanoi": "central"})}
    scheduler = subprocess.Popen(
        [sys.executable, str(tmp_path / "driver.py"), "scheduler", "run", "--once", "--schedule", str(schedule),
         "--db", db, "--tick", "0.3"],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    code, err = finish(scheduler, timeout=60)
    assert code == 0, err
    assert "hue is already running" in err

    hanoi = [r for r in runs(db) if r["site"] == "hanoi"]
    assert [(r["outcome"], r["trigger"]) for r in hanoi] == [("finished", "scheduled")]
    assert hanoi[0]["pages"] == 3 and hanoi[0]["job"]
    assert json.loads(hanoi[0]["stats"])["test/replay"] is True
    assert hanoi[0]["log_path"] and Path(hanoi[0]["log_path"]).exists()

    # Cancel the foreign job the way the scheduler does on shutdown: SIGTERM, clean close.
    assert client.cancel("partynews", foreign, signal="TERM") == "running"
    hue = wait_for(lambda: [r for r in runs(db) if r["site"] == "hue" and r["outcome"] != "running"], 30, "hue to stop")
    assert [(r["outcome"], r["finish_reason"]) for r in hue] == [("interrupted", "shutdown")]
    jobs = wait_for(lambda: (lambda j: j if not j["running"] and not j["pending"] else None)(client.list_jobs("partynews")),
                    30, "the hue process to exit")
    assert sorted(j["spider"] for j in jobs["finished"]) == ["hanoi", "hue"]  # hue was never scheduled twice


def test_scheduler_stop_cancels_its_scrapyd_jobs(tmp_path, scrapyd):
    client, home = scrapyd
    deploy(client.url, make_egg(tmp_path))
    db = str(tmp_path / "store.db")
    schedule = tmp_path / "schedule.toml"
    schedule.write_text(f'backend = "scrapyd"\nnodes = ["{client.url}"]\n[entries.h]\nsites = ["hue"]\nevery = "1h"\n')
    (tmp_path / "driver.py").write_text(DRIVER)
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT), "TEST_SITES": json.dumps({"hue": "central"})}
    scheduler = subprocess.Popen(
        [sys.executable, str(tmp_path / "driver.py"), "scheduler", "run", "--schedule", str(schedule), "--db", db,
         "--tick", "0.3", "--stop-timeout", "30"],
        env=env, cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    wait_for(lambda: any(r["outcome"] == "running" for r in runs(db)), 40, "the scheduled hue job to run")
    time.sleep(1.0)
    scheduler.send_signal(signal.SIGTERM)
    code, err = finish(scheduler, timeout=45)
    assert code == 0, err
    [run] = runs(db)
    assert (run["outcome"], run["trigger"], run["finish_reason"]) == ("interrupted", "scheduled", "shutdown")
    assert 0 < run["pages"] < 400
    assert client.list_jobs("partynews")["running"] == []
