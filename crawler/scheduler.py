"""The scheduler loop: launch due crawls as separate processes, a few at a time.

Each tick reaps finished crawls, recovers stale locks (a crawl killed with SIGKILL),
computes the due (entry, site) pairs from the schedule and the last slot each pair
ran for (table `schedule_state` in the store), and launches what fits under
`max_parallel`. A pair is *claimed* for its slot in one IMMEDIATE transaction
before it is launched, so two schedulers sharing a store launch a slot once; the
per-site lock inside the crawl keeps two runs of a site apart whoever starts them
(another scheduler, another entry, a manual crawl).

Stopping (SIGTERM/SIGINT): running crawls get one SIGTERM (Scrapy then closes the
spider cleanly with reason `shutdown`, recorded as `interrupted`); after
`stop_timeout` seconds the stragglers are killed. Crawls run in their own session,
so a terminal's Ctrl-C reaches only the scheduler, and each crawl gets exactly one
signal (a second one would make Scrapy stop uncleanly).

Time comes from a clock object (`now()`, `sleep(seconds, wake)`), so the trigger
logic is tested with a fake clock.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from crawler.locks import DEFAULT_STALE_AFTER, connect, iso, parse_iso, recover_stale_locks
from crawler.schedule import Entry, Schedule

logger = logging.getLogger("partynews.scheduler")

STATE_SCHEMA = """
CREATE TABLE IF NOT EXISTS schedule_state (
    entry TEXT NOT NULL,
    site TEXT NOT NULL,
    last_slot TEXT NOT NULL,
    launched_at TEXT,
    PRIMARY KEY (entry, site)
)
"""


class Clock(Protocol):
    def now(self) -> datetime: ...

    def sleep(self, seconds: float, wake: threading.Event) -> None: ...


class SystemClock:
    """Wall-clock time; sleeping ends early when `wake` is set (e.g. by a signal)."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float, wake: threading.Event) -> None:
        wake.wait(max(0.0, seconds))


@dataclass(frozen=True)
class DueRun:
    entry: Entry
    site: str
    slot: datetime


@dataclass
class Launched:
    """A crawl started by the scheduler."""

    site: str
    entry: str
    slot: datetime
    handle: object = None
    log_path: str | None = None
    started: float = field(default_factory=time.monotonic)


# --- schedule state -------------------------------------------------------------------------


def last_slots(db_path) -> dict[tuple[str, str], datetime]:
    """The last slot launched per (entry, site)."""
    db = connect(db_path)
    try:
        db.conn.execute(STATE_SCHEMA)
        return {(r["entry"], r["site"]): parse_iso(r["last_slot"]) for r in db["schedule_state"].rows}
    finally:
        db.conn.close()


def claim_slot(db_path, entry: str, site: str, slot: datetime) -> bool:
    """Record that (entry, site) runs for `slot`; False if it already ran for it or a later one."""
    db = connect(db_path)
    try:
        conn = db.conn
        conn.execute(STATE_SCHEMA)
        conn.execute("BEGIN IMMEDIATE")
        try:
            row = conn.execute(
                "SELECT last_slot FROM schedule_state WHERE entry = ? AND site = ?", (entry, site)
            ).fetchone()
            if row and parse_iso(row[0]) >= slot:
                conn.execute("COMMIT")
                return False
            conn.execute(
                "INSERT INTO schedule_state (entry, site, last_slot, launched_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(entry, site) DO UPDATE SET last_slot = excluded.last_slot,"
                " launched_at = excluded.launched_at",
                (entry, site, iso(slot), iso(datetime.now(UTC))),
            )
            conn.execute("COMMIT")
            return True
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        db.conn.close()


def due_runs(schedule: Schedule, state: dict[tuple[str, str], datetime], now: datetime) -> list[DueRun]:
    """Every (entry, site) due at `now`, oldest slot first."""
    due = []
    for entry in schedule.entries:
        for site in entry.sites:
            slot = entry.due_slot(now, state.get((entry.name, site)))
            if slot is not None:
                due.append(DueRun(entry, site, slot))
    return sorted(due, key=lambda d: d.slot)


def next_due(schedule: Schedule, state: dict[tuple[str, str], datetime], site: str, now: datetime) -> datetime | None:
    """When `site` next runs under any entry (a past instant: overdue, runs at the next tick)."""
    times = [e.next_due(now, state.get((e.name, site))) for e in schedule.entries_for(site)]
    times = [t for t in times if t is not None]
    return min(times) if times else None


# --- launchers --------------------------------------------------------------------------------


class LocalLauncher:
    """Runs each crawl as `python -m crawler crawl SITE --trigger scheduled ...` in its own session."""

    def __init__(self, *, db: str, command: list[str] | None = None, log_dir: str | os.PathLike = "logs") -> None:
        self.db = str(db)
        self.command = command or [sys.executable, "-m", "crawler"]
        self.log_dir = Path(log_dir)
        self.running: dict[str, Launched] = {}

    def running_sites(self) -> set[str]:
        return set(self.running)

    def launch(self, due: DueRun) -> Launched:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        log_path = self.log_dir / due.site / f"{stamp}-{due.entry.name}.log"
        log_path.parent.mkdir(parents=True, exist_ok=True)
        argv = [*self.command, "crawl", due.site, "--trigger", "scheduled", "--db", self.db, *due.entry.options.cli_args()]
        env = {**os.environ, "PARTYNEWS_DB": self.db, "PARTYNEWS_LOG_PATH": str(log_path.resolve())}
        with open(log_path, "ab") as log:
            process = subprocess.Popen(
                argv, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT, env=env, start_new_session=True
            )
        launched = Launched(due.site, due.entry.name, due.slot, process, str(log_path))
        self.running[due.site] = launched
        return launched

    def poll(self) -> list[tuple[Launched, int]]:
        """Reap finished crawls: [(launched, exit status)]."""
        done = []
        for site, launched in list(self.running.items()):
            status = launched.handle.poll()
            if status is not None:
                del self.running[site]
                done.append((launched, status))
        return done

    def stop(self, timeout: float) -> None:
        """SIGTERM every crawl once, wait up to `timeout` s, then SIGKILL the rest."""
        for launched in self.running.values():
            _signal(launched.handle, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while self.running and time.monotonic() < deadline:
            for launched, status in self.poll():
                logger.info("%s stopped (exit %s)", launched.site, status)
            time.sleep(0.1)
        for launched in list(self.running.values()):
            logger.warning("%s did not stop within %.0fs: killing it", launched.site, timeout)
            _signal(launched.handle, signal.SIGKILL)
            launched.handle.wait()
        self.running.clear()


def _signal(process: subprocess.Popen, signum: int) -> None:
    try:
        process.send_signal(signum)
    except ProcessLookupError:
        pass


# --- the loop ---------------------------------------------------------------------------------


class Scheduler:
    """Launches due crawls through a launcher (local processes or scrapyd)."""

    def __init__(
        self,
        schedule: Schedule,
        *,
        db: str,
        launcher,
        clock: Clock | None = None,
        max_parallel: int = 2,
        tick: float = 5.0,
        stop_timeout: float = 60.0,
        stale_after: float = DEFAULT_STALE_AFTER,
    ) -> None:
        self.schedule = schedule
        self.db = str(db)
        self.launcher = launcher
        self.clock = clock or SystemClock()
        self.max_parallel = max(1, max_parallel)
        self.tick_seconds = tick
        self.stop_timeout = stop_timeout
        self.stale_after = stale_after
        self.stopping = threading.Event()
        self.waiting: list[DueRun] = []  # due, but no free slot at the last tick
        self.finished: list[tuple[Launched, int]] = []

    def request_stop(self, *_args) -> None:
        self.stopping.set()

    def install_signal_handlers(self) -> None:
        signal.signal(signal.SIGTERM, self.request_stop)
        signal.signal(signal.SIGINT, self.request_stop)

    def tick(self) -> list[Launched]:
        """One pass: reap, recover stale locks, launch what is due and fits. Returns the launches."""
        for launched, status in self.launcher.poll():
            self.finished.append((launched, status))
            log = logger.info if status == 0 else logger.warning
            log("%s (entry %s) finished with exit status %s; log %s", launched.site, launched.entry, status, launched.log_path)
        for row in recover_stale_locks(self.db, stale_after=self.stale_after):
            logger.warning("Recovered the stale lock of %s (pid %s, run %s)", row["site"], row["pid"], row["run_id"])

        now = self.clock.now()
        started: list[Launched] = []
        self.waiting = []
        running = set(self.launcher.running_sites())
        for due in due_runs(self.schedule, last_slots(self.db), now):
            if due.site in running:
                if claim_slot(self.db, due.entry.name, due.site, due.slot):
                    logger.info("%s is already running: skipping its %s slot of entry %s", due.site, due.slot, due.entry.name)
                continue
            if len(running) >= self.max_parallel:
                self.waiting.append(due)
                continue
            if not claim_slot(self.db, due.entry.name, due.site, due.slot):
                continue  # another scheduler launched this slot
            try:
                launched = self.launcher.launch(due)
            except Exception as exc:  # one site failing to start must not stop the others
                logger.error("Could not start %s (entry %s): %s", due.site, due.entry.name, exc)
                continue
            logger.info("Started %s (entry %s, slot %s)", due.site, due.entry.name, due.slot.isoformat())
            running.add(due.site)
            started.append(launched)
        return started

    def run(self, *, once: bool = False) -> int:
        """Tick until stopped; with `once`, until what was due at the start has run."""
        logger.info(
            "Scheduler started: %d entries, backend %s, max %d parallel",
            len(self.schedule.entries), self.schedule.backend, self.max_parallel,
        )
        try:
            while not self.stopping.is_set():
                self.tick()
                if once and not self.waiting and not self.launcher.running:  # only our own launches count
                    break
                self.clock.sleep(self.tick_seconds if not once else min(self.tick_seconds, 0.5), self.stopping)
        finally:
            if self.launcher.running:
                logger.info("Stopping %d running crawl(s)", len(self.launcher.running))
                self.launcher.stop(self.stop_timeout)
        logger.info("Scheduler stopped")
        return 0
