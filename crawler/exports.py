"""Exports of the store: JSON Lines (or one JSON array), atomic, incremental by change cursor.

Each record is an Article dict plus the store fields (id, cluster_id,
is_original, first_seen_at, updated_at, version, change_seq) and matches
`exports/schema/article.schema.json`. Rows are streamed from one SQLite cursor
in ``change_seq`` order, so memory stays flat however big the store.

Atomic: the file is written to a temporary file in the target folder, flushed,
fsynced and renamed over the target with `os.replace`. A failure removes the
temporary file and leaves any previous export untouched; a killed process can
leave only a ``.<name>.<pid>.*.tmp`` file beside it, never a partial target, and
the next export to the same target deletes such files once their pid is dead
(writers on this host only: a pid says nothing about another machine).

Incremental: the result's ``cursor`` is the highest ``change_seq`` exported; the
next export with ``after_cursor=cursor`` returns the articles inserted or
changed since. With ``consumer=NAME`` the cursor is read from and, after the
rename succeeded, saved to the ``consumers`` table.
"""

from __future__ import annotations

import gzip as gzip_module
import json
import os
import re
import sqlite3
import tempfile
from dataclasses import dataclass
from pathlib import Path

from crawler.store import iter_records, utc_now

FORMATS = ("jsonl", "json")


class ExportError(Exception):
    """The export cannot be made (missing store, bad arguments, unwritable target)."""


@dataclass
class ExportResult:
    count: int
    cursor: int
    path: Path


def export_articles(
    store_path: str | os.PathLike,
    out_path: str | os.PathLike,
    *,
    format: str = "jsonl",
    site: str | None = None,
    since: str | None = None,
    after_cursor: int | None = None,
    consumer: str | None = None,
    gzip: bool = False,
) -> ExportResult:
    """Write the selected articles to `out_path` atomically; see the module docstring."""
    if format not in FORMATS:
        raise ExportError(f"unknown format {format!r} (choose {', '.join(FORMATS)})")
    if after_cursor is not None and consumer:
        raise ExportError("give either after_cursor or consumer, not both")
    store_path = Path(store_path)
    if not store_path.is_file():
        raise ExportError(f"no store at {store_path}")
    out_path = Path(out_path)
    target_dir = out_path.parent if str(out_path.parent) else Path(".")
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportError(f"cannot create {target_dir}: {exc.strerror or exc}") from None

    conn = sqlite3.connect(str(store_path), timeout=30.0, isolation_level=None)
    try:
        conn.execute("PRAGMA busy_timeout = 30000")
        if not _has_table(conn, "articles"):
            raise ExportError(f"{store_path} is not a partynews store (no articles table)")
        cursor = int(after_cursor or 0)
        if consumer:
            row = conn.execute("SELECT cursor FROM consumers WHERE name = ?", (consumer,)).fetchone()
            cursor = int(row[0]) if row and row[0] is not None else 0
        where, params = ["change_seq > ?"], [cursor]
        if site:
            where.append("site = ?")
            params.append(site)
        if since:
            where.append("COALESCE(published, first_seen_at) >= ?")
            params.append(since)
        records = iter_records(conn, "WHERE " + " AND ".join(where), params)
        count, last = _write_atomically(records, out_path, target_dir, format=format, gzip=gzip)
        new_cursor = max(cursor, last)
        if consumer:
            conn.execute(
                "INSERT INTO consumers (name, cursor, updated_at) VALUES (?, ?, ?) "
                "ON CONFLICT(name) DO UPDATE SET cursor = excluded.cursor, updated_at = excluded.updated_at",
                (consumer, new_cursor, utc_now()),
            )
        return ExportResult(count=count, cursor=new_cursor, path=out_path)
    except sqlite3.Error as exc:
        raise ExportError(f"cannot read {store_path}: {exc}") from None
    finally:
        conn.close()


def _write_atomically(records, out_path: Path, target_dir: Path, *, format: str, gzip: bool) -> tuple[int, int]:
    remove_stale_temp_files(out_path)
    try:
        handle = tempfile.NamedTemporaryFile(dir=target_dir, prefix=f".{out_path.name}.{os.getpid()}.", suffix=".tmp",
                                             delete=False)
    except OSError as exc:
        raise ExportError(f"cannot write in {target_dir}: {exc.strerror or exc}") from None
    count, last = 0, 0
    try:
        with handle:
            stream = gzip_module.GzipFile(fileobj=handle, mode="wb", filename="") if gzip else handle
            write = stream.write
            if format == "json":
                write(b"[")
            for record in records:
                line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
                if format == "json":
                    write((",\n" if count else "\n").encode("utf-8"))
                    write(line.encode("utf-8"))
                else:
                    write(line.encode("utf-8") + b"\n")
                count += 1
                last = record["change_seq"] or last
            if format == "json":
                write(b"\n]\n")
            if gzip:
                stream.close()
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(handle.name, 0o644)
        os.replace(handle.name, out_path)
    except BaseException as exc:
        try:
            os.unlink(handle.name)
        except OSError:
            pass
        if isinstance(exc, OSError):
            raise ExportError(f"cannot write {out_path}: {exc.strerror or exc}") from None
        raise
    _fsync_dir(target_dir)
    return count, last


def remove_stale_temp_files(out_path: Path) -> list[Path]:
    """Delete the temp files of exports to `out_path` whose writer (pid in the name) is dead; return them."""
    pattern = re.compile(re.escape(f".{out_path.name}.") + r"(\d+)\.[^.]+\.tmp")
    removed = []
    try:
        candidates = list(out_path.parent.iterdir())
    except OSError:
        return removed
    for path in candidates:
        match = pattern.fullmatch(path.name)
        if match is None or _pid_alive(int(match.group(1))):
            continue
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # not ours to remove (permissions): the export itself still works
        removed.append(path)
    return removed


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return True  # not a pid we can judge: keep the file
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)).fetchone() is not None
