"""Per-site crawl locks shared by every process that uses the same store.

A lock is a row in the store's `locks` table (site PRIMARY KEY, pid, host, token,
run_id, acquired_at, heartbeat_at). It is taken with `INSERT ... ON CONFLICT DO
NOTHING` inside a `BEGIN IMMEDIATE` transaction, so two processes racing for the
same site cannot both win, whether they are two schedulers, a scheduler and a
manual `partynews crawl`, or scrapyd jobs.

A crawl that dies without releasing (SIGKILL, power loss) leaves its row behind.
Such a lock is *stale* and is taken over when its holder's PID is gone (same host),
or when its heartbeat is older than `stale_after` seconds (any host). Taking over a
stale lock also closes the dead run's row as `crashed`.

Why the store and not `fcntl.flock` files: the lock must be visible to the
`status` command and to scrapyd jobs that share the store, and it needs the run
id of its holder; a table gives all three with one mechanism.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlite_utils

DEFAULT_STALE_AFTER = 600.0  # seconds without heartbeat before any host may take over

LOCKS_SCHEMA = """
CREATE TABLE IF NOT EXISTS locks (
    site TEXT PRIMARY KEY,
    pid INTEGER,
    host TEXT,
    token TEXT,
    run_id INTEGER,
    acquired_at TEXT,
    heartbeat_at TEXT
)
"""


def utcnow() -> datetime:
    return datetime.now(UTC)


def iso(moment: datetime) -> str:
    """A UTC timestamp as stored: ISO 8601 with offset, microseconds kept for ordering."""
    return moment.astimezone(UTC).isoformat()


def parse_iso(text: str | None) -> datetime | None:
    if not text:
        return None
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def connect(path: str | os.PathLike) -> sqlite_utils.Database:
    """Open the store for short concurrent writes: autocommit, WAL, 30 s busy wait."""
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=30.0, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 30000")
    try:
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.OperationalError:
        pass  # another process is switching it at this instant; it ends up WAL either way
    return sqlite_utils.Database(conn)


def pid_alive(pid: int) -> bool:
    """Whether a process with this PID runs on this host (a zombie counts as dead)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            state = fh.read().rsplit(b")", 1)[1].split()[0]
        return state not in (b"Z", b"X")
    except (OSError, IndexError):
        return True


def is_stale(row: dict, *, now: datetime, stale_after: float, host: str | None = None) -> bool:
    """A lock row whose holder is provably dead here, or has not beaten for `stale_after` s."""
    host = host or socket.gethostname()
    if row.get("host") == host and row.get("pid") and not pid_alive(int(row["pid"])):
        return True
    beat = parse_iso(row.get("heartbeat_at")) or parse_iso(row.get("acquired_at"))
    return beat is None or now - beat > timedelta(seconds=stale_after)


@dataclass
class SiteLock:
    """The crawl lock of one site. `acquire()` is non-blocking: it says whether we got it."""

    db_path: str | os.PathLike
    site: str
    run_id: int | None = None
    stale_after: float = DEFAULT_STALE_AFTER
    pid: int | None = None
    host: str | None = None

    def __post_init__(self) -> None:
        self.pid = self.pid or os.getpid()
        self.host = self.host or socket.gethostname()
        self.token = uuid.uuid4().hex
        self.held = False
        self.recovered: dict | None = None  # the stale row we replaced, if any

    def acquire(self) -> bool:
        db = connect(self.db_path)
        try:
            conn = db.conn
            conn.execute(LOCKS_SCHEMA)
            conn.execute("BEGIN IMMEDIATE")
            try:
                row = _fetch(conn, self.site)
                now = utcnow()
                if row and is_stale(row, now=now, stale_after=self.stale_after, host=self.host):
                    conn.execute("DELETE FROM locks WHERE site = ? AND token IS ?", (self.site, row["token"]))
                    _close_crashed_run(conn, row, now)
                    self.recovered = row
                cursor = conn.execute(
                    "INSERT INTO locks (site, pid, host, token, run_id, acquired_at, heartbeat_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(site) DO NOTHING",
                    (self.site, self.pid, self.host, self.token, self.run_id, iso(now), iso(now)),
                )
                self.held = cursor.rowcount == 1
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            db.conn.close()
        return self.held

    def heartbeat(self) -> bool:
        """Refresh the heartbeat; False if the lock is no longer ours (it was taken over)."""
        if not self.held:
            return False
        db = connect(self.db_path)
        try:
            cursor = db.conn.execute(
                "UPDATE locks SET heartbeat_at = ? WHERE site = ? AND token = ?",
                (iso(utcnow()), self.site, self.token),
            )
            self.held = cursor.rowcount == 1
        finally:
            db.conn.close()
        return self.held

    def release(self) -> None:
        if not self.held:
            return
        db = connect(self.db_path)
        try:
            db.conn.execute("DELETE FROM locks WHERE site = ? AND token = ?", (self.site, self.token))
        finally:
            db.conn.close()
        self.held = False

    def holder(self) -> dict | None:
        """The current lock row of this site, whoever holds it."""
        return site_lock(self.db_path, self.site)


def site_lock(db_path: str | os.PathLike, site: str) -> dict | None:
    db = connect(db_path)
    try:
        db.conn.execute(LOCKS_SCHEMA)
        return _fetch(db.conn, site)
    finally:
        db.conn.close()


def current_locks(db_path: str | os.PathLike) -> list[dict]:
    """Every lock row, stale or not."""
    db = connect(db_path)
    try:
        db.conn.execute(LOCKS_SCHEMA)
        return list(db["locks"].rows_where(order_by="site"))
    finally:
        db.conn.close()


def recover_stale_locks(db_path: str | os.PathLike, *, stale_after: float = DEFAULT_STALE_AFTER) -> list[dict]:
    """Delete every stale lock (closing its run as `crashed`); return the rows removed."""
    removed: list[dict] = []
    db = connect(db_path)
    try:
        conn = db.conn
        conn.execute(LOCKS_SCHEMA)
        conn.execute("BEGIN IMMEDIATE")
        try:
            now = utcnow()
            for row in [dict(r) for r in db["locks"].rows]:
                if is_stale(row, now=now, stale_after=stale_after):
                    conn.execute("DELETE FROM locks WHERE site = ? AND token IS ?", (row["site"], row["token"]))
                    _close_crashed_run(conn, row, now)
                    removed.append(row)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        db.conn.close()
    return removed


def _fetch(conn: sqlite3.Connection, site: str) -> dict | None:
    cursor = conn.execute("SELECT * FROM locks WHERE site = ?", (site,))
    row = cursor.fetchone()
    if row is None:
        return None
    return dict(zip([c[0] for c in cursor.description], row))


def _close_crashed_run(conn: sqlite3.Connection, row: dict, now: datetime) -> None:
    """Mark the dead holder's run as crashed, if it is still open."""
    if not row.get("run_id"):
        return
    exists = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'runs'").fetchone()
    if not exists:
        return
    conn.execute(
        "UPDATE runs SET outcome = 'crashed', finished_at = ?, finish_reason = 'lock_recovered'"
        " WHERE id = ? AND finished_at IS NULL",
        (iso(now), row["run_id"]),
    )
