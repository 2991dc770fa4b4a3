"""Operations commands: `scheduler run|check`, `status`, `runs`, `report`."""

from __future__ import annotations

import logging
import os
import shlex
import sys
from datetime import UTC, datetime
from pathlib import Path

from crawler.cli import CliError
from crawler.cli.common import add_db_argument, print_json, resolve_db


def register(subparsers) -> None:
    scheduler = subparsers.add_parser("scheduler", help="run crawls on a schedule")
    actions = scheduler.add_subparsers(dest="scheduler_command", metavar="ACTION", required=True)

    run = actions.add_parser("run", help="launch due crawls until stopped (SIGTERM/SIGINT)")
    _add_schedule_argument(run)
    add_db_argument(run)
    run.add_argument("--once", action="store_true", help="run what is due now, wait for it, exit")
    run.add_argument("--max-parallel", type=int, metavar="N", help="crawls at once (default: file's max_parallel, else 2)")
    run.add_argument("--tick", type=float, default=5.0, metavar="SECONDS", help="seconds between checks (default 5)")
    run.add_argument("--stop-timeout", type=float, default=60.0, metavar="SECONDS",
                     help="on stop, wait this long for crawls to close before killing them (default 60)")
    run.add_argument("--log-dir", default="logs", metavar="DIR", help="crawl logs, one file per run (default logs/)")
    run.add_argument("--crawl-command", metavar="CMD",
                     help="command prefix that takes `crawl SITE ...` (default: python -m crawler;"
                          " also $PARTYNEWS_CRAWL_COMMAND)")
    run.set_defaults(func=cmd_scheduler_run)

    check = actions.add_parser("check", help="validate the schedule file")
    _add_schedule_argument(check)
    check.set_defaults(func=cmd_scheduler_check)

    status = subparsers.add_parser("status", help="one line per site: last run, outcome, coverage, next run")
    add_db_argument(status)
    _add_schedule_argument(status)
    status.add_argument("--json", action="store_true", help="JSON instead of a table")
    status.set_defaults(func=cmd_status)

    runs = subparsers.add_parser("runs", help="run history, newest first")
    add_db_argument(runs)
    runs.add_argument("--site", metavar="SITE")
    runs.add_argument("--limit", type=int, default=20, metavar="N", help="default 20")
    runs.add_argument("--json", action="store_true")
    runs.set_defaults(func=cmd_runs)

    report = subparsers.add_parser("report", help="write a static HTML report of the run history")
    add_db_argument(report)
    report.add_argument("--out", default="report.html", metavar="PATH")
    report.add_argument("--days", type=int, default=30, metavar="N", help="days shown in the charts (default 30)")
    report.set_defaults(func=cmd_report)


def _add_schedule_argument(parser) -> None:
    parser.add_argument("--schedule", metavar="PATH", help="schedule file (default: $PARTYNEWS_SCHEDULE or schedule.toml)")


def _load(args, *, required: bool = True):
    from crawler.schedule import ScheduleError, load_schedule, schedule_path

    path = schedule_path(args.schedule)
    if not path.exists() and not required:
        return None
    try:
        return load_schedule(path)
    except ScheduleError as exc:
        raise CliError(str(exc)) from None


def cmd_scheduler_check(args) -> int:
    from crawler.scheduler import SystemClock

    schedule = _load(args)
    now = SystemClock().now()
    for entry in schedule.entries:
        trigger = f"cron {entry.cron!r}" if entry.cron else f"every {entry.every}"
        state = "" if entry.enabled else " (disabled)"
        print(f"{entry.name}: {len(entry.sites)} site(s), {trigger} {entry.timezone}, next {entry.next_slot(now).isoformat()}{state}")
    print(f"ok: {len(schedule.entries)} entries, backend {schedule.backend}")
    return 0


def cmd_scheduler_run(args) -> int:
    from crawler.scheduler import LocalLauncher, Scheduler

    schedule = _load(args)
    db = resolve_db(args)
    max_parallel = args.max_parallel or schedule.max_parallel or 2
    if max_parallel < 1:
        raise CliError("--max-parallel must be at least 1")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s: %(message)s", stream=sys.stderr)
    if schedule.backend == "scrapyd":
        from crawler.scrapyd_backend import ScrapydLauncher

        launcher = ScrapydLauncher(schedule.nodes, project=schedule.project, db=str(Path(db).resolve()))
    else:
        command = args.crawl_command or os.environ.get("PARTYNEWS_CRAWL_COMMAND")
        launcher = LocalLauncher(db=db, command=shlex.split(command) if command else None, log_dir=args.log_dir)
    scheduler = Scheduler(
        schedule, db=db, launcher=launcher, max_parallel=max_parallel, tick=args.tick, stop_timeout=args.stop_timeout
    )
    scheduler.install_signal_handlers()
    return scheduler.run(once=args.once)


def site_status(db: str, schedule=None, now: datetime | None = None) -> list[dict]:
    """One dict per site: last run, outcome, new articles, coverage, next due, warning."""
    from crawler.extensions.runs import latest_runs_by_site
    from crawler.locks import current_locks
    from crawler.scheduler import last_slots, next_due

    now = now or datetime.now(UTC)
    try:
        from crawler.sites import all_sites

        registered = list(all_sites())
    except Exception as exc:  # a broken registry must not hide the run history
        print(f"partynews status: warning: site registry unavailable: {exc}", file=sys.stderr)
        registered = []
    latest = latest_runs_by_site(db) if Path(db).exists() else {}
    locks = {row["site"]: row for row in current_locks(db)} if Path(db).exists() else {}
    state = last_slots(db) if schedule is not None and Path(db).exists() else {}
    rows = []
    for site in [*registered, *sorted(set(latest) - set(registered))]:
        run = latest.get(site)
        coverage = (run or {}).get("coverage") or {}
        due = next_due(schedule, state, site, now) if schedule is not None else None
        warning = None
        if run is None:
            warning = "never run"
        elif run.get("outcome") in ("failed", "crashed"):
            warning = run["outcome"]
        elif run.get("alerts"):
            failed = [c.get("check") for c in (run.get("checks") or []) if c.get("status") in ("FAIL", "ERROR")]
            warning = "check failed: " + ", ".join(failed) if failed else "check failed"
        rows.append({
            "site": site,
            "last_run_at": (run or {}).get("started_at"),
            "outcome": "running" if site in locks else (run or {}).get("outcome"),
            "new": (run or {}).get("new"),
            "date_coverage": coverage.get("published"),
            "author_coverage": coverage.get("authors"),
            "alerts": (run or {}).get("alerts") or 0,
            "next_due": due.isoformat() if due else None,
            "warning": warning,
        })
    return rows


def _console():
    """Rich's console; wide when stdout is a file or pipe, where Rich would wrap at 80 columns."""
    from rich.console import Console

    return Console() if sys.stdout.isatty() else Console(width=200)


def cmd_status(args) -> int:
    schedule = _load(args, required=False)
    rows = site_status(resolve_db(args), schedule)
    if args.json:
        print_json(rows)
        return 0
    from rich.table import Table

    now = datetime.now(UTC)
    table = Table(title="partynews status")
    for column in ("", "site", "last run", "outcome", "new", "date", "author", "next run"):
        table.add_column(column)
    for row in rows:
        table.add_row(
            "[red]![/red]" if row["warning"] else "",
            row["site"],
            _ago(row["last_run_at"], now),
            (row["outcome"] or "-") + (f" ({row['warning']})" if row["warning"] and row["warning"] != row["outcome"] else ""),
            "-" if row["new"] is None else str(row["new"]),
            _pct(row["date_coverage"]),
            _pct(row["author_coverage"]),
            _until(row["next_due"], now),
        )
    _console().print(table)
    return 0


def cmd_runs(args) -> int:
    from crawler.extensions.runs import list_runs

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    runs = list_runs(resolve_db(args), site=args.site, limit=args.limit) if Path(resolve_db(args)).exists() else []
    if args.json:
        for run in runs:
            run.pop("stats", None)
        print_json(runs)
        return 0
    from rich.table import Table

    table = Table(title="partynews runs")
    for column in ("id", "site", "trigger", "started", "outcome", "pages", "new", "upd", "rej", "errors", "alerts"):
        table.add_column(column)
    now = datetime.now(UTC)
    for run in runs:
        table.add_row(
            str(run["id"]), run["site"], run.get("trigger") or "", _ago(run.get("started_at"), now),
            run.get("outcome") or "", *(str(run.get(k) or 0) for k in ("pages", "new", "updated", "rejected", "http_errors", "alerts")),
        )
    _console().print(table)
    return 0


def cmd_report(args) -> int:
    from crawler.report import write_report

    if args.days < 1:
        raise CliError("--days must be at least 1")
    out = write_report(resolve_db(args), args.out, days=args.days)
    print(f"wrote {out}")
    return 0


def _ago(stamp: str | None, now: datetime) -> str:
    if not stamp:
        return "never"
    return _span((now - datetime.fromisoformat(stamp)).total_seconds()) + " ago"


def _until(stamp: str | None, now: datetime) -> str:
    if not stamp:
        return "-"
    seconds = (datetime.fromisoformat(stamp) - now).total_seconds()
    return "due now" if seconds <= 0 else "in " + _span(seconds)


def _span(seconds: float) -> str:
    seconds = max(0, int(seconds))
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def _pct(value) -> str:
    return "-" if value is None else f"{value:.0%}"

