"""Post-run checks, run by Spidermon when a spider closes.

The checks are Spidermon monitors in one suite, `RunChecks`, which the Spidermon
extension runs on `spider_closed` (setting `SPIDERMON_SPIDER_CLOSE_MONITORS`).
They read the run's stats (the `partynews/*` counters `RunRecorder` keeps, and
Scrapy's downloader counters) and, for the zero-articles check, the site's recent
finished runs in the store. Thresholds are settings:

==================================  =======  ==============================================
`PARTYNEWS_MIN_DATE_COVERAGE`       0.95     share of articles with a publication date
`PARTYNEWS_MIN_BODY_COVERAGE`       1.0      share of articles with a body
`PARTYNEWS_MIN_AUTHOR_COVERAGE`     0.0      share with authors (0 turns the check off)
`PARTYNEWS_MAX_ERROR_RATE`          0.2      HTTP errors + download exceptions / attempts
`PARTYNEWS_MAX_GENERIC_SHARE`       0.5      share of bodies from the generic layer, on a
                                             site that has rules (its rules stopped matching)
`PARTYNEWS_ZERO_ARTICLES_HISTORY`   5        finished runs compared for "normally has some"
==================================  =======  ==============================================

The `RecordChecks` action (a Spidermon action run after every suite) stores the
results on the run row (`checks` JSON: one {check, status, message} per check;
`alerts`: number failed), logs every failure, and when something failed sends the
alert JSON to `PARTYNEWS_ALERT_COMMAND` (on stdin) and/or POSTs it to
`PARTYNEWS_ALERT_WEBHOOK`. A failing hook is logged, never raised.

Spidermon fits the run-row model: a monitor is a unit test over `data.stats` and
`data.crawler`, and an action can write wherever it likes. The one adaptation is
that the run id travels in the stats (`partynews/run_id`) so the action finds its row.
"""

from __future__ import annotations

import json
import logging
import shlex
import subprocess
import urllib.request

from spidermon import Monitor, MonitorSuite, monitors
from spidermon.core.actions import Action

from crawler.config import db_path
from crawler.locks import connect
from crawler.extensions.runs import (
    REASON_SKIPPED,
    ensure_runs_table,
    http_error_counts,
    outcome_for,
    recent_finished_runs,
)

logger = logging.getLogger(__name__)

DEFAULTS = {
    "PARTYNEWS_MIN_DATE_COVERAGE": 0.95,
    "PARTYNEWS_MIN_BODY_COVERAGE": 1.0,
    "PARTYNEWS_MIN_AUTHOR_COVERAGE": 0.0,
    "PARTYNEWS_MAX_ERROR_RATE": 0.2,
    "PARTYNEWS_MAX_GENERIC_SHARE": 0.5,
    "PARTYNEWS_ZERO_ARTICLES_HISTORY": 5,
}


class RunMonitor(Monitor):
    """Shared accessors: the run's facts from stats, thresholds from settings."""

    longMessage = False  # store our message alone, not unittest's "a not less than b : message"

    def setting(self, name: str) -> float:
        return self.data.crawler.settings.getfloat(name, DEFAULTS[name])

    @property
    def stats(self):
        return self.data.stats

    @property
    def site(self) -> str | None:
        return self.stats.get("partynews/site")

    @property
    def reason(self) -> str | None:
        return self.stats.get("finish_reason")

    @property
    def items(self) -> int:
        return int(self.stats.get("partynews/items", self.stats.get("item_scraped_count", 0)))

    def articles_seen(self) -> int:
        """Articles found at all this run, stored or not (unchanged ones count)."""
        stored = sum(
            int(self.stats.get(f"partynews/articles_{kind}", 0))
            for kind in ("new", "updated", "unchanged", "duplicate")
        )
        return max(self.items, stored)

    def share(self, field: str) -> float:
        return int(self.stats.get(f"partynews/coverage/{field}", 0)) / self.items

    def skip_if_not_a_run(self) -> None:
        if self.reason == REASON_SKIPPED or self.stats.get("partynews/run_id") is None:
            self.skipTest("not a recorded run")

    def skip_if_no_items(self) -> None:
        if self.items == 0:
            self.skipTest("no articles to measure")


@monitors.name("Articles")
class ZeroArticlesMonitor(RunMonitor):
    @monitors.name("articles found")
    def test_site_still_yields_articles(self):
        """Zero articles on a site whose recent finished runs mostly found some."""
        self.skip_if_not_a_run()
        if outcome_for(self.reason) == "interrupted":
            self.skipTest("interrupted run")
        if self.articles_seen() > 0:
            return
        limit = int(self.setting("PARTYNEWS_ZERO_ARTICLES_HISTORY"))
        db = connect(db_path(self.data.crawler.settings.get("PARTYNEWS_DB")))
        try:
            history = recent_finished_runs(db, self.site, exclude_id=self.stats.get("partynews/run_id"), limit=limit)
        finally:
            db.conn.close()
        productive = [run for run in history if _run_articles(run) > 0]
        if not history or len(productive) * 2 <= len(history):
            self.skipTest("site does not normally yield articles")
        self.fail(f"0 articles, but {len(productive)} of the last {len(history)} finished runs found some")


@monitors.name("Coverage")
class CoverageMonitor(RunMonitor):
    def _check(self, field: str, setting: str) -> None:
        self.skip_if_not_a_run()
        self.skip_if_no_items()
        minimum = self.setting(setting)
        if minimum <= 0:
            self.skipTest(f"{setting} is 0")
        share = self.share(field)
        self.assertGreaterEqual(
            share, minimum, f"{field} coverage {share:.1%} below {minimum:.0%} ({self.items} articles)"
        )

    @monitors.name("date coverage")
    def test_date_coverage(self):
        self._check("published", "PARTYNEWS_MIN_DATE_COVERAGE")

    @monitors.name("body coverage")
    def test_body_coverage(self):
        self._check("body", "PARTYNEWS_MIN_BODY_COVERAGE")

    @monitors.name("author coverage")
    def test_author_coverage(self):
        self._check("authors", "PARTYNEWS_MIN_AUTHOR_COVERAGE")


@monitors.name("HTTP")
class ErrorRateMonitor(RunMonitor):
    @monitors.name("error rate")
    def test_error_rate(self):
        self.skip_if_not_a_run()
        errors, attempts = http_error_counts(dict(self.stats))
        if not attempts:
            self.skipTest("no requests")
        rate = errors / attempts
        maximum = self.setting("PARTYNEWS_MAX_ERROR_RATE")
        self.assertLessEqual(rate, maximum, f"error rate {rate:.1%} ({errors}/{attempts}) above {maximum:.0%}")


@monitors.name("Rules")
class RulesMatchMonitor(RunMonitor):
    @monitors.name("site rules match")
    def test_site_rules_still_match(self):
        """Bodies falling back to the generic layer on a site that has rules: its layout changed."""
        self.skip_if_not_a_run()
        self.skip_if_no_items()
        if not _site_has_rules(self.site):
            self.skipTest("site has no rules of its own")
        share = int(self.stats.get("partynews/generic/body", 0)) / self.items
        maximum = self.setting("PARTYNEWS_MAX_GENERIC_SHARE")
        self.assertLessEqual(
            share, maximum, f"{share:.0%} of bodies came from the generic layer (max {maximum:.0%}): rules no longer match?"
        )


class RecordChecks(Action):
    """Store the check results on the run row, log failures, send alerts."""

    def run_action(self):
        stats = self.data.stats
        run_id = stats.get("partynews/run_id")
        checks = [_check_record(result) for result in self.result.monitor_results]
        failed = [check for check in checks if check["status"] in ("FAIL", "ERROR")]
        site = stats.get("partynews/site")
        for check in failed:
            logger.warning("Check failed for %s (run %s): %s: %s", site, run_id, check["check"], check["message"])
        if run_id is None:
            return
        settings = self.data.crawler.settings
        db = connect(db_path(settings.get("PARTYNEWS_DB")))
        try:
            ensure_runs_table(db)
            db["runs"].update(int(run_id), {"checks": json.dumps(checks, ensure_ascii=False), "alerts": len(failed)})
        finally:
            db.conn.close()
        if failed:
            send_alert(
                {
                    "site": site,
                    "run_id": run_id,
                    "finish_reason": stats.get("finish_reason"),
                    "failed": failed,
                },
                command=settings.get("PARTYNEWS_ALERT_COMMAND"),
                webhook=settings.get("PARTYNEWS_ALERT_WEBHOOK"),
            )


class RunChecks(MonitorSuite):
    """Every post-run check of a partynews crawl."""

    monitors = [ZeroArticlesMonitor, CoverageMonitor, ErrorRateMonitor, RulesMatchMonitor]
    monitors_finished_actions = [RecordChecks]


def send_alert(alert: dict, *, command: str | None = None, webhook: str | None = None, timeout: float = 30.0) -> list[str]:
    """Deliver an alert to the command hook (JSON on stdin) and the webhook (POST JSON).

    Returns the delivery errors (also logged); never raises.
    """
    payload = json.dumps(alert, ensure_ascii=False).encode("utf-8")
    errors: list[str] = []
    if command:
        try:
            done = subprocess.run(shlex.split(command), input=payload, timeout=timeout, capture_output=True)
            if done.returncode != 0:
                errors.append(f"alert command exited {done.returncode}: {done.stderr.decode(errors='replace').strip()[:200]}")
        except (OSError, subprocess.SubprocessError, ValueError) as exc:
            errors.append(f"alert command failed: {exc}")
    if webhook:
        request = urllib.request.Request(
            webhook, data=payload, method="POST", headers={"Content-Type": "application/json; charset=utf-8"}
        )
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                response.read()
        except (OSError, ValueError) as exc:
            errors.append(f"alert webhook failed: {exc}")
    for error in errors:
        logger.error(error)
    return errors


def _check_record(result) -> dict:
    """One check result as stored: name, Spidermon status (OK/FAIL/ERROR/SKIPPED), message."""
    message = result.reason
    if result.status == "ERROR":
        lines = (result.error or "").strip().splitlines()
        message = lines[-1] if lines else None
    return {"check": result.monitor.name, "status": result.status, "message": message}


def _run_articles(run: dict) -> int:
    stored = sum(int(run.get(k) or 0) for k in ("new", "updated", "unchanged", "duplicate"))
    return max(int(run.get("items") or 0), stored)


def _site_has_rules(site: str | None) -> bool:
    if not site:
        return False
    try:
        from crawler.sites import get_site

        return get_site(site).has_rules
    except Exception:  # unknown site, or a registry that does not load: nothing to compare with
        return False
