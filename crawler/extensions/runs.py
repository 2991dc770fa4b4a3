"""Run history: one `runs` row per spider run, guarded by the per-site lock.

`RunRecorder` is a Scrapy extension. When the crawler is built (before the
settings freeze) it inserts the run row and takes the site's lock
(`crawler.locks.SiteLock`); the run id is then available three ways, for
pipelines and anything else that files data under the run:

* setting ``PARTYNEWS_RUN_ID`` (set here unless the caller already set it, in
  which case that row is adopted instead of inserting a new one),
* ``spider.run_id``,
* stat ``partynews/run_id``.

If another process holds the site's lock, the spider is closed at once from
`spider_opened` with finish reason ``skipped_overlap`` and the row records
``skipped-overlap``. While running, a heartbeat refreshes the lock and
``runs.heartbeat_at``. On `spider_closed` the row gets its outcome, counts,
field coverage, generic-layer shares and stats, and the lock is released.

A crawl that fails to start (an exception while Scrapy builds the engine or opens
the spider, e.g. a bad setting) never sends `spider_closed` nor `engine_stopped`;
an `atexit` hook then closes the run as `failed` (finish reason ``start_error``)
and releases the lock, so the row does not stay `running` until lock recovery
calls it `crashed`. Only SIGKILL and the like are left to lock recovery.

The module also holds the read side of run history used by `status`, `runs`,
`report` and the monitor.
"""

from __future__ import annotations

import atexit
import json
import logging
import os
import socket
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import CloseSpider, NotConfigured

from crawler.config import db_path
from crawler.locks import DEFAULT_STALE_AFTER, SiteLock, connect, iso, utcnow
from spiders.middlewares import EXCLUDED_PREFIX

logger = logging.getLogger(__name__)

COVERAGE_FIELDS = ("published", "authors", "lead", "images", "body")

#: Every column this module reads or writes. Missing ones are added (sqlite-utils alter).
RUN_COLUMNS: dict[str, type] = {
    "id": int,
    "site": str,
    "trigger": str,
    "started_at": str,
    "finished_at": str,
    "outcome": str,
    "pid": int,
    "host": str,
    "job": str,
    "heartbeat_at": str,
    "pages": int,
    "items": int,
    "new": int,
    "updated": int,
    "unchanged": int,
    "duplicate": int,
    "rejected": int,
    "http_errors": int,
    "error_rate": float,
    "coverage": str,
    "generic_body_share": float,
    "generic_title_share": float,
    "finish_reason": str,
    "log_path": str,
    "stats": str,
    "checks": str,
    "alerts": int,
}
JSON_COLUMNS = ("coverage", "stats", "checks")

OUTCOME_RUNNING = "running"
OUTCOME_FINISHED = "finished"
OUTCOME_FAILED = "failed"
OUTCOME_INTERRUPTED = "interrupted"
OUTCOME_SKIPPED = "skipped-overlap"
OUTCOME_CRASHED = "crashed"  # closed by lock recovery: the process died without closing its run

REASON_SKIPPED = "skipped_overlap"
REASON_START_ERROR = "start_error"  # the process exits and the spider was never opened
REASON_ABORTED = "aborted"  # the process exits with the spider opened but never closed


def ensure_runs_table(db) -> None:
    """Create `runs` if missing, add any column of RUN_COLUMNS it lacks."""
    table = db["runs"]
    if not table.exists():
        table.create(RUN_COLUMNS, pk="id", if_not_exists=True)
    missing = [name for name in RUN_COLUMNS if name not in table.columns_dict]
    for name in missing:
        table.add_column(name, RUN_COLUMNS[name])
    table.create_index(["site", "started_at"], if_not_exists=True, find_unique_name=True)


def outcome_for(reason: str | None) -> str:
    """The run outcome for a Scrapy finish reason."""
    if reason == REASON_SKIPPED:
        return OUTCOME_SKIPPED
    if reason == "shutdown":
        return OUTCOME_INTERRUPTED
    if reason == "finished" or (reason or "").startswith("closespider_"):
        return OUTCOME_FINISHED
    return OUTCOME_FAILED


def site_key_of(spider) -> str:
    """The registry key of the site a spider crawls (spiders name themselves after it)."""
    for attr in ("site_key", "site"):
        value = getattr(spider, attr, None)
        if isinstance(value, str) and value:
            return value
        key = getattr(value, "key", None)
        if isinstance(key, str) and key:
            return key
    return spider.name


def decode_run(row: dict) -> dict:
    """A runs row with its JSON columns parsed."""
    run = dict(row)
    for name in JSON_COLUMNS:
        value = run.get(name)
        if isinstance(value, str):
            try:
                run[name] = json.loads(value)
            except ValueError:
                pass
    return run


def list_runs(path, *, site: str | None = None, limit: int | None = None, outcome: str | None = None) -> list[dict]:
    """Runs newest first, optionally of one site / outcome."""
    db = connect(path)
    try:
        if not db["runs"].exists():
            return []
        where, params = [], []
        if site:
            where.append("site = ?")
            params.append(site)
        if outcome:
            where.append("outcome = ?")
            params.append(outcome)
        rows = db["runs"].rows_where(
            " AND ".join(where) or None, params, order_by="started_at DESC, id DESC", limit=limit
        )
        return [decode_run(r) for r in rows]
    finally:
        db.conn.close()


def latest_runs_by_site(path) -> dict[str, dict]:
    """The newest run of each site (any outcome)."""
    db = connect(path)
    try:
        if not db["runs"].exists():
            return {}
        rows = db.query(
            "SELECT * FROM (SELECT *, ROW_NUMBER() OVER"
            " (PARTITION BY site ORDER BY started_at DESC, id DESC) AS _rank FROM runs) WHERE _rank = 1"
        )
        return {row["site"]: decode_run({k: v for k, v in row.items() if k != "_rank"}) for row in rows}
    finally:
        db.conn.close()


def recent_finished_runs(db, site: str, *, exclude_id: int | None = None, limit: int = 5) -> list[dict]:
    """The last `limit` finished runs of a site, for comparisons with the current one."""
    if not db["runs"].exists():
        return []
    rows = db["runs"].rows_where(
        "site = ? AND outcome = ? AND id IS NOT ?",
        [site, OUTCOME_FINISHED, exclude_id],
        order_by="started_at DESC, id DESC",
        limit=limit,
    )
    return [decode_run(r) for r in rows]


class ItemTally:
    """Counts, per scraped item, which fields are filled and which came from the generic layer."""

    def __init__(self) -> None:
        self.items = 0
        self.filled: Counter[str] = Counter()
        self.generic: Counter[str] = Counter()

    def add(self, item: Any) -> tuple[list[str], list[str]]:
        """Count one item; return (its filled coverage fields, its fields from the generic layer)."""
        adapter = ItemAdapter(item)
        self.items += 1
        filled = [name for name in COVERAGE_FIELDS if adapter.get(name) not in (None, "", [], {})]
        extraction = adapter.get("extraction") or {}
        generic = [name for name in ("body", "title") if extraction.get(name) == "generic"]
        self.filled.update(filled)
        self.generic.update(generic)
        return filled, generic

    def coverage(self) -> dict[str, float]:
        if not self.items:
            return {}
        return {name: round(self.filled[name] / self.items, 4) for name in COVERAGE_FIELDS}

    def generic_share(self, name: str) -> float | None:
        return round(self.generic[name] / self.items, 4) if self.items else None


def http_error_counts(stats: dict) -> tuple[int, int]:
    """(errors, attempts) of the spider's own requests: status >= 400 plus download exceptions, over all attempts.

    Scrapy's downloader stats also count robots.txt fetches and requests refused before
    download (robots-disallowed, offsite); `spiders.middlewares.ExcludedAttemptStatsMiddleware`
    counts those apart and they are taken out here, so that a site without robots.txt
    (or any replay) does not look like a failing one.
    """
    prefix = "downloader/response_status_count/"
    statuses = sum(
        int(v) for k, v in stats.items() if k.startswith(prefix) and k[len(prefix):].isdigit() and int(k[len(prefix):]) >= 400
    )
    excluded = lambda name: int(stats.get(f"{EXCLUDED_PREFIX}{name}", 0) or 0)  # noqa: E731
    exceptions = max(0, int(stats.get("downloader/exception_count", 0)) - excluded("exceptions"))
    responses = max(0, int(stats.get("downloader/response_count", 0)) - excluded("responses"))
    errors = max(0, statuses - excluded("errors"))
    return errors + exceptions, responses + exceptions


def nothing_reachable(stats: dict) -> bool:
    """Whether every download attempt of the run failed and no article came of it: the site was down."""
    errors, attempts = http_error_counts(stats)
    return attempts > 0 and errors >= attempts and not int(stats.get("item_scraped_count", 0) or 0)


class RunRecorder:
    """Records the run in the store and holds the site's lock while the spider runs."""

    def __init__(self, crawler) -> None:
        settings = crawler.settings
        if not settings.getbool("PARTYNEWS_RUNS_ENABLED", True):
            raise NotConfigured
        self.crawler = crawler
        self.db_path = str(db_path(settings.get("PARTYNEWS_DB")))
        self.heartbeat_interval = settings.getfloat("PARTYNEWS_HEARTBEAT_INTERVAL", 30.0)
        self.stale_after = settings.getfloat("PARTYNEWS_LOCK_STALE_AFTER", DEFAULT_STALE_AFTER)
        self.tally = ItemTally()
        self.heartbeat_call = None
        self.closed = False
        self.opened = False

        spider = crawler.spider
        self.site = site_key_of(spider)
        self.run_id = self._open_run(settings.get("PARTYNEWS_RUN_ID"), settings.get("PARTYNEWS_TRIGGER") or "manual")
        if settings.get("PARTYNEWS_RUN_ID") is None and not settings.frozen:
            settings.set("PARTYNEWS_RUN_ID", self.run_id, priority="cmdline")
        spider.run_id = self.run_id

        self.lock = SiteLock(self.db_path, self.site, run_id=self.run_id, stale_after=self.stale_after)
        atexit.register(self._at_exit)  # before acquiring: whatever happens next, the run gets closed
        self.acquired = self.lock.acquire()
        if self.lock.recovered:
            logger.warning(
                "Recovered the stale lock of %s (pid %s on %s, run %s)",
                self.site, self.lock.recovered.get("pid"), self.lock.recovered.get("host"),
                self.lock.recovered.get("run_id"),
            )

    @classmethod
    def from_crawler(cls, crawler) -> "RunRecorder":
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(ext.engine_stopped, signal=signals.engine_stopped)
        return ext

    def _open_run(self, given_id, trigger: str) -> int:
        db = connect(self.db_path)
        try:
            ensure_runs_table(db)
            row = {
                "site": self.site,
                "trigger": trigger,
                "started_at": iso(utcnow()),
                "outcome": OUTCOME_RUNNING,
                "pid": os.getpid(),
                "host": socket.gethostname(),
                "job": getattr(self.crawler.spider, "_job", None) or os.environ.get("SCRAPY_JOB"),
                "log_path": self.crawler.settings.get("LOG_FILE") or os.environ.get("PARTYNEWS_LOG_PATH"),
            }
            if given_id is not None and db["runs"].count_where("id = ?", [int(given_id)]):
                db["runs"].update(int(given_id), {k: v for k, v in row.items() if v is not None})
                return int(given_id)
            if given_id is not None:
                row["id"] = int(given_id)
            return db["runs"].insert(row).last_pk
        finally:
            db.conn.close()

    def spider_opened(self, spider) -> None:
        self.opened = True
        stats = self.crawler.stats
        stats.set_value("partynews/run_id", self.run_id)
        stats.set_value("partynews/site", self.site)
        if not self.acquired:
            holder = self.lock.holder() or {}
            logger.warning(
                "Site %s is already being crawled (pid %s on %s, run %s): skipping this run",
                self.site, holder.get("pid"), holder.get("host"), holder.get("run_id"),
            )
            raise CloseSpider(REASON_SKIPPED)
        from twisted.internet import task

        self.heartbeat_call = task.LoopingCall(self._heartbeat)
        self.heartbeat_call.start(self.heartbeat_interval, now=False)

    def _heartbeat(self) -> None:
        try:
            if not self.lock.heartbeat():
                logger.error("Lost the lock of %s (taken over as stale)", self.site)
            db = connect(self.db_path)
            try:
                db["runs"].update(self.run_id, {"heartbeat_at": iso(utcnow())})
            finally:
                db.conn.close()
        except Exception:  # a busy store must not kill the crawl; the next beat retries
            logger.exception("Heartbeat of %s failed", self.site)

    def item_scraped(self, item, spider) -> None:
        # Kept in the stats as they come, so that monitors see them whatever the signal order.
        filled, generic = self.tally.add(item)
        stats = self.crawler.stats
        stats.inc_value("partynews/items")
        for name in filled:
            stats.inc_value(f"partynews/coverage/{name}")
        for name in generic:
            stats.inc_value(f"partynews/generic/{name}")

    def spider_closed(self, spider, reason: str) -> None:
        self._stop_heartbeat()
        self._close(reason)

    def engine_stopped(self) -> None:
        """Safety net: never leave the lock behind, even if spider_closed did not run."""
        self._stop_heartbeat()
        if not self.closed:
            self._close(None)

    def _at_exit(self) -> None:
        """Last safety net, at interpreter exit: a crawl that never started (or never closed) still closes its run."""
        if self.closed or not Path(self.db_path).exists():
            return
        reason = REASON_ABORTED if self.opened else REASON_START_ERROR
        logger.error("Run %s of %s: the process is exiting and the spider %s: recording the run as failed (%s)",
                     self.run_id, self.site, "never closed" if self.opened else "never started", reason)
        try:
            self._close(reason)
        except Exception:  # at exit nothing is left to report to; lock recovery will close it
            logger.exception("Could not close run %s of %s", self.run_id, self.site)

    def _close(self, reason: str | None) -> None:
        try:
            self._finish_run(reason)
        finally:
            self.lock.release()
            self.closed = True
            atexit.unregister(self._at_exit)

    def _stop_heartbeat(self) -> None:
        if self.heartbeat_call is not None and self.heartbeat_call.running:
            self.heartbeat_call.stop()

    def _finish_run(self, reason: str | None) -> None:
        stats = self.crawler.stats
        coverage = self.tally.coverage()
        all_stats = stats.get_stats()
        errors, attempts = http_error_counts(all_stats)
        outcome = outcome_for(reason)
        lost = int(all_stats.get("partynews/articles_lost", 0) or 0)
        if lost and outcome == OUTCOME_FINISHED:
            outcome = OUTCOME_FAILED  # the store refused articles (disk full...): the run did not do its job
            logger.error("Run %s of %s: %s articles could not be stored", self.run_id, self.site, lost)
        if outcome == OUTCOME_FINISHED and nothing_reachable(all_stats):
            outcome = OUTCOME_FAILED
            logger.error("Run %s of %s: all %s download attempts failed", self.run_id, self.site, attempts)
        row = {
            "finished_at": iso(utcnow()),
            "outcome": outcome,
            "pages": int(all_stats.get("downloader/response_count", 0)),
            "items": self.tally.items,
            "new": int(all_stats.get("partynews/articles_new", 0)),
            "updated": int(all_stats.get("partynews/articles_updated", 0)),
            "unchanged": int(all_stats.get("partynews/articles_unchanged", 0)),
            "duplicate": int(all_stats.get("partynews/articles_duplicate", 0)),
            "rejected": int(all_stats.get("partynews/rejected", 0)),
            "http_errors": errors,
            "error_rate": round(errors / attempts, 4) if attempts else 0.0,
            "coverage": json.dumps(coverage),
            "generic_body_share": self.tally.generic_share("body"),
            "generic_title_share": self.tally.generic_share("title"),
            "finish_reason": reason or "unknown",
            "stats": json.dumps(all_stats, default=_json_default, ensure_ascii=False),
        }
        db = connect(self.db_path)
        try:
            ensure_runs_table(db)
            db["runs"].update(self.run_id, row)
        finally:
            db.conn.close()
        logger.info(
            "Run %s of %s: %s (%s items, %s new, %s pages, %s HTTP errors)",
            self.run_id, self.site, outcome, self.tally.items, row["new"], row["pages"], errors,
        )


def _json_default(value: Any) -> str:
    return value.isoformat() if isinstance(value, datetime) else str(value)
