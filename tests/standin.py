"""The stand-in crawl harness: a real Scrapy crawl over `data:` URLs, and `partynews` with a fake registry.

Used by the tests of run recording and checks (`test_runs_status`, `test_monitor`) and of
the scrapyd backend (`test_scrapyd`), which need a crawl whose length, speed and fields
they set per site, with no network and no dependence on the registered sites. The
scheduler's own process tests (`test_scheduler_process`) run real crawls instead.

`STANDIN` is a stand-in for `partynews crawl SITE` (configured per site by the JSON in
$STANDIN_CONFIG); `DRIVER` runs `partynews` with a fake site registry ($TEST_SITES) and
only the ops commands; `Tools` holds one test's paths and environment.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from crawler.config import PROJECT_ROOT
from crawler.locks import connect

STANDIN = r'''
"""Stand-in for `partynews crawl SITE`: a real Scrapy crawl of data: URLs."""
import argparse, json, os, sys

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from crawler.items import Article


class StandIn(scrapy.Spider):
    name = "standin"

    def __init__(self, site_key="x", pages=3, fields="published,authors,lead,body", generic=False, **kw):
        super().__init__(**kw)
        self.site_key = site_key
        self.pages = int(pages)
        self.fields = set(fields.split(","))
        self.generic = generic

    async def start(self):
        for i in range(self.pages):
            yield scrapy.Request(f"data:text/html,<p>{i}</p>", callback=self.parse, dont_filter=True, cb_kwargs={"i": i})

    def parse(self, response, i):
        yield Article(
            url=f"https://{self.site_key}.example/a/{i}", title=f"T{i}",
            body="nội dung " * 40 if "body" in self.fields else "",
            published="2025-01-01T00:00:00+07:00" if "published" in self.fields else None,
            authors=["A"] if "authors" in self.fields else [],
            lead="lead" if "lead" in self.fields else None,
            extraction={"body": "generic" if self.generic else "site", "title": "site"},
        )


def main(argv):
    parser = argparse.ArgumentParser()
    parser.add_argument("command")
    parser.add_argument("sites", nargs="+")
    parser.add_argument("--db")
    parser.add_argument("--trigger", default="manual")
    parser.add_argument("--replay", action="store_true")
    parser.add_argument("--since")
    parser.add_argument("--max-pages")
    parser.add_argument("--max-items")
    args = parser.parse_args(argv)
    config = json.loads(os.environ.get("STANDIN_CONFIG", "{}"))
    site = args.sites[0]
    conf = {**config.get("*", {}), **config.get(site, {})}
    if conf.get("exit"):
        print(f"stand-in: {site} fails", file=sys.stderr)
        return int(conf["exit"])
    settings = get_project_settings()
    settings.update({
        "ITEM_PIPELINES": {}, "SPIDER_MODULES": [], "AUTOTHROTTLE_ENABLED": False, "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_DELAY": float(conf.get("delay", 0)), "RANDOMIZE_DOWNLOAD_DELAY": False,
        "PARTYNEWS_DB": args.db, "PARTYNEWS_TRIGGER": args.trigger,
        "PARTYNEWS_HEARTBEAT_INTERVAL": 0.5, "LOG_LEVEL": "INFO", **conf.get("settings", {}),
    }, priority="cmdline")
    process = CrawlerProcess(settings)
    process.crawl(StandIn, site_key=site, pages=conf.get("pages", 3),
                  fields=conf.get("fields", "published,authors,lead,body"), generic=conf.get("generic", False))
    process.start()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
'''

DRIVER = r'''
"""`partynews` with a fake site registry (TEST_SITES) and only the ops commands."""
import json, os, sys, types

sites = json.loads(os.environ.get("TEST_SITES", "{}"))
fake = types.ModuleType("crawler.sites")
fake.all_sites = lambda: {k: types.SimpleNamespace(key=k, level=v, has_rules=False) for k, v in sites.items()}
fake.get_site = lambda key: fake.all_sites()[key]
sys.modules["crawler.sites"] = fake
import crawler.cli as cli
cli.COMMAND_MODULES[:] = ["crawler.cli.ops_cmd"]
sys.exit(cli.main(sys.argv[1:]))
'''


class Tools:
    """Paths and environment for one test's processes."""

    def __init__(self, tmp_path: Path, config: dict, sites: dict | None = None) -> None:
        self.tmp = tmp_path
        self.db = str(tmp_path / "store.db")
        self.standin = tmp_path / "standin.py"
        self.driver = tmp_path / "partynews_driver.py"
        self.standin.write_text(STANDIN)
        self.driver.write_text(DRIVER)
        self.env = {
            **os.environ,
            "PYTHONPATH": str(PROJECT_ROOT),
            "SCRAPY_SETTINGS_MODULE": "crawler.settings",
            "STANDIN_CONFIG": json.dumps(config),
            "TEST_SITES": json.dumps(sites or {k: "central" for k in config if k != "*"}),
            "PARTYNEWS_DB": self.db,
        }
        self.env.pop("PARTYNEWS_SCHEDULE", None)

    def schedule(self, name: str, text: str) -> str:
        path = self.tmp / f"{name}.toml"
        path.write_text(text)
        return str(path)

    def scheduler(self, schedule: str, *extra: str) -> subprocess.Popen:
        argv = [
            sys.executable, str(self.driver), "scheduler", "run", "--schedule", schedule, "--db", self.db,
            "--crawl-command", f"{sys.executable} {self.standin}", "--log-dir", str(self.tmp / "logs"),
            "--tick", "0.2", *extra,
        ]
        return subprocess.Popen(argv, env=self.env, cwd=self.tmp, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)

    def crawl(self, site: str) -> subprocess.Popen:
        return subprocess.Popen(
            [sys.executable, str(self.standin), "crawl", site, "--db", self.db],
            env=self.env, cwd=self.tmp, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
        )

    def runs(self, site: str | None = None) -> list[dict]:
        if not Path(self.db).exists():
            return []
        db = connect(self.db)
        try:
            if not db["runs"].exists():
                return []
            where = "site = ?" if site else None
            return list(db["runs"].rows_where(where, [site] if site else [], order_by="id"))
        finally:
            db.conn.close()

    def locks(self) -> list[dict]:
        db = connect(self.db)
        try:
            return list(db["locks"].rows) if db["locks"].exists() else []
        finally:
            db.conn.close()


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")


def finish(process: subprocess.Popen, timeout: float = 60) -> tuple[int, str]:
    try:
        _, err = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        _, err = process.communicate()
        raise AssertionError(f"process did not finish in {timeout}s: {err[-2000:] if err else ''}") from None
    return process.returncode, err or ""
