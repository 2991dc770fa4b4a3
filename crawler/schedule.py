"""The schedule file: which sites to crawl when, parsed and validated before anything runs.

A TOML file (`--schedule`, `$PARTYNEWS_SCHEDULE`, else `schedule.toml`)::

    backend = "local"          # or "scrapyd", with nodes = ["http://127.0.0.1:6800"]
    max_parallel = 2           # optional; `--max-parallel` wins

    [entries.central]
    group = "central"          # or sites = ["nhandan", ...]
    every = "2h"               # or cron = "*/30 * * * *"
    jitter = "5m"              # optional delay in [0, jitter), stable per slot
    timezone = "Asia/Ho_Chi_Minh"
    max_items = 200            # crawl options: since, max_pages, max_items, replay
    settings = { DOWNLOAD_DELAY = 2 }   # optional Scrapy settings for these crawls
    enabled = true

Trigger logic works on *slots*: the scheduled instants of an entry. `latest_slot(now)`
is the newest slot not after `now`; a site of an entry is due when that slot is newer
than the last slot it was launched for and the slot's jitter has elapsed. After a
downtime only the newest missed slot is due, so a missed run is caught up once.
A site never launched by an entry is due at once (its newest slot counts as missed).

`settings` is a table of Scrapy setting name -> value (string, integer, float or
boolean) for the crawls of the entry: a local crawl gets each as `--set NAME=VALUE`,
a scrapyd job as a job setting. Names are UPPER_CASE; the settings the scheduler
itself decides (store, trigger, run id, replay) cannot be set there.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from croniter import croniter

DEFAULT_TIMEZONE = "Asia/Ho_Chi_Minh"
DEFAULT_SCHEDULE = Path("schedule.toml")
GROUPS = ("central", "provincial", "all")
BACKENDS = ("local", "scrapyd")
_ENTRY_KEYS = {
    "sites", "group", "cron", "every", "jitter", "timezone", "since", "max_pages", "max_items", "replay", "settings", "enabled",
}
_SETTING_NAME = re.compile(r"[A-Z][A-Z0-9_]*")
#: Settings the scheduler decides for every crawl, with what to use instead.
_RESERVED_SETTINGS = {
    "PARTYNEWS_DB": "the store is the scheduler's --db / $PARTYNEWS_DB",
    "PARTYNEWS_TRIGGER": "scheduled crawls are recorded with trigger 'scheduled'",
    "PARTYNEWS_RUN_ID": "each crawl records its own run",
    "PARTYNEWS_REPLAY": "use replay = true",
}
_TOP_KEYS = {"backend", "nodes", "max_parallel", "entries", "project"}
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.I)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
#: The instant "every" slots count from: local midnight, 1 January 2000, in the entry's zone.
_EPOCH = datetime(2000, 1, 1)


class ScheduleError(ValueError):
    """An invalid schedule file; the message is one line naming the entry."""


def parse_duration(text: str | int | float) -> timedelta:
    """'90s', '5m', '2h', '1d', '1h30m' (or a number of seconds) as a timedelta; ValueError otherwise."""
    if isinstance(text, bool):
        raise ValueError(f"bad duration {text!r}")
    if isinstance(text, int | float):
        seconds = float(text)
    else:
        compact = text.strip().replace(" ", "")
        parts = _DURATION.findall(compact)
        if not compact or "".join(n + u for n, u in parts).lower() != compact.lower():
            raise ValueError(f"bad duration {text!r} (use e.g. 30s, 5m, 2h, 1d, 1h30m)")
        seconds = sum(float(n) * _UNITS[u.lower()] for n, u in parts)
    if seconds < 0:
        raise ValueError(f"bad duration {text!r}: negative")
    return timedelta(seconds=seconds)


@dataclass(frozen=True)
class CrawlOptions:
    since: str | None = None
    max_pages: int | None = None
    max_items: int | None = None
    replay: bool = False
    #: Scrapy settings for the crawl, as (name, value) pairs in the file's order.
    settings: tuple[tuple[str, str | int | float | bool], ...] = ()

    def setting_values(self) -> dict[str, str]:
        """The entry's Scrapy settings as strings, the way `--set` and scrapyd pass them."""
        return {name: str(value) for name, value in self.settings}

    def cli_args(self) -> list[str]:
        """The options as `partynews crawl` arguments."""
        args: list[str] = []
        if self.since:
            args += ["--since", self.since]
        if self.max_pages is not None:
            args += ["--max-pages", str(self.max_pages)]
        if self.max_items is not None:
            args += ["--max-items", str(self.max_items)]
        if self.replay:
            args.append("--replay")
        for name, value in self.setting_values().items():
            args += ["--set", f"{name}={value}"]
        return args


@dataclass(frozen=True)
class Entry:
    """One schedule entry: a set of sites and when to crawl them."""

    name: str
    sites: tuple[str, ...]
    cron: str | None = None
    every: timedelta | None = None
    jitter: timedelta = timedelta(0)
    timezone: str = DEFAULT_TIMEZONE
    options: CrawlOptions = field(default_factory=CrawlOptions)
    enabled: bool = True

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def latest_slot(self, now: datetime) -> datetime:
        """The newest slot not after `now` (aware, in the entry's zone)."""
        local = now.astimezone(self.zone)
        if self.cron:
            previous = croniter(self.cron, local).get_prev(datetime)
            following = croniter(self.cron, previous).get_next(datetime)
            return following if following <= local else previous
        epoch = _EPOCH.replace(tzinfo=self.zone)
        steps = (local - epoch) // self.every
        return (epoch + steps * self.every).astimezone(self.zone)

    def next_slot(self, now: datetime) -> datetime:
        """The first slot after `now`."""
        local = now.astimezone(self.zone)
        if self.cron:
            return croniter(self.cron, local).get_next(datetime)
        return (self.latest_slot(now) + self.every).astimezone(self.zone)

    def jitter_for(self, slot: datetime) -> timedelta:
        """A delay in [0, jitter), the same for the same entry and slot in every process."""
        if not self.jitter:
            return timedelta(0)
        digest = hashlib.sha256(f"{self.name}|{slot.astimezone(UTC).isoformat()}".encode()).digest()
        fraction = int.from_bytes(digest[:8], "big") / 2**64
        return timedelta(seconds=fraction * self.jitter.total_seconds())

    def due_at(self, slot: datetime) -> datetime:
        return slot + self.jitter_for(slot)

    def due_slot(self, now: datetime, last_slot: datetime | None) -> datetime | None:
        """The slot to run now, or None: the newest slot, if not yet run and its jitter has passed."""
        if not self.enabled:
            return None
        slot = self.latest_slot(now)
        if last_slot is not None and slot <= last_slot:
            return None
        return slot if now >= self.due_at(slot) else None

    def next_due(self, now: datetime, last_slot: datetime | None) -> datetime | None:
        """When this entry next wants to run (a past instant means: as soon as possible)."""
        if not self.enabled:
            return None
        slot = self.latest_slot(now)
        if last_slot is None or slot > last_slot:
            return self.due_at(slot)
        nxt = self.next_slot(now)
        return self.due_at(nxt)


@dataclass(frozen=True)
class Schedule:
    entries: tuple[Entry, ...]
    backend: str = "local"
    nodes: tuple[str, ...] = ()
    max_parallel: int | None = None
    project: str = "partynews"
    path: Path | None = None

    def entries_for(self, site: str) -> list[Entry]:
        return [e for e in self.entries if e.enabled and site in e.sites]


def schedule_path(explicit: str | os.PathLike | None = None) -> Path:
    """`--schedule`, else `$PARTYNEWS_SCHEDULE`, else `schedule.toml`."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("PARTYNEWS_SCHEDULE")
    return Path(env) if env else DEFAULT_SCHEDULE


def load_schedule(path: str | os.PathLike, *, sites: dict | None = None) -> Schedule:
    """Read and validate a schedule file. `sites` maps key -> Site (default: the registry)."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ScheduleError(f"cannot read schedule {path}: {exc.strerror or exc}") from None
    schedule = parse_schedule(text, sites=sites, source=str(path))
    return Schedule(**{**schedule.__dict__, "path": path})


def parse_schedule(text: str, *, sites: dict | None = None, source: str = "schedule") -> Schedule:
    """Validate schedule TOML text; every problem is a one-line ScheduleError naming the entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ScheduleError(f"{source}: not valid TOML: {exc}") from None
    if sites is None:
        from crawler.sites import all_sites

        sites = all_sites()
    unknown = sorted(set(data) - _TOP_KEYS)
    if unknown:
        raise ScheduleError(f"{source}: unknown setting {unknown[0]!r} (known: {', '.join(sorted(_TOP_KEYS))})")
    backend = data.get("backend", "local")
    if backend not in BACKENDS:
        raise ScheduleError(f"{source}: backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    nodes = data.get("nodes", [])
    if not isinstance(nodes, list) or not all(isinstance(n, str) and n.startswith(("http://", "https://")) for n in nodes):
        raise ScheduleError(f"{source}: nodes must be a list of http:// URLs")
    if backend == "scrapyd" and not nodes:
        raise ScheduleError(f"{source}: backend 'scrapyd' needs nodes = [\"http://host:6800\", ...]")
    max_parallel = data.get("max_parallel")
    if max_parallel is not None and (not isinstance(max_parallel, int) or isinstance(max_parallel, bool) or max_parallel < 1):
        raise ScheduleError(f"{source}: max_parallel must be a positive integer")
    raw_entries = data.get("entries", {})
    if not isinstance(raw_entries, dict) or not raw_entries:
        raise ScheduleError(f"{source}: no [entries.<name>] tables")
    entries = tuple(_parse_entry(name, raw, sites) for name, raw in raw_entries.items())
    return Schedule(
        entries=entries,
        backend=backend,
        nodes=tuple(n.rstrip("/") for n in nodes),
        max_parallel=max_parallel,
        project=str(data.get("project", "partynews")),
    )


def _parse_entry(name: str, raw, sites: dict) -> Entry:
    def fail(message: str) -> ScheduleError:
        return ScheduleError(f"entry {name!r}: {message}")

    if not isinstance(raw, dict):
        raise fail("must be a table")
    unknown = sorted(set(raw) - _ENTRY_KEYS)
    if unknown:
        raise fail(f"unknown key {unknown[0]!r}")

    if ("sites" in raw) == ("group" in raw):
        raise fail("give either sites = [...] or group = \"central\"|\"provincial\"|\"all\"")
    if "sites" in raw:
        keys = raw["sites"]
        if not isinstance(keys, list) or not keys or not all(isinstance(k, str) for k in keys):
            raise fail("sites must be a non-empty list of site keys")
        missing = [k for k in keys if k not in sites]
        if missing:
            raise fail(f"unknown site {missing[0]!r} (`partynews sites` lists the known ones)")
        selected = tuple(dict.fromkeys(keys))
    else:
        group = raw["group"]
        if group not in GROUPS:
            raise fail(f"group must be one of {', '.join(GROUPS)}, not {group!r}")
        selected = tuple(k for k, s in sites.items() if group == "all" or getattr(s, "level", None) == group)
        if not selected:
            raise fail(f"group {group!r} has no sites")

    if ("cron" in raw) == ("every" in raw):
        raise fail("give exactly one of cron = \"...\" or every = \"...\"")
    cron = every = None
    if "cron" in raw:
        cron = raw["cron"]
        if not isinstance(cron, str) or len(cron.split()) != 5 or not croniter.is_valid(cron):
            raise fail(f"bad cron expression {cron!r} (five fields: minute hour day month weekday)")
    else:
        try:
            every = parse_duration(raw["every"])
        except ValueError as exc:
            raise fail(f"every: {exc}") from None
        if every < timedelta(minutes=1):
            raise fail("every must be at least 1m")
    try:
        jitter = parse_duration(raw.get("jitter", 0))
    except ValueError as exc:
        raise fail(f"jitter: {exc}") from None

    timezone = raw.get("timezone", DEFAULT_TIMEZONE)
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, TypeError):
        raise fail(f"unknown timezone {timezone!r}") from None

    period = every or _cron_min_gap(cron, ZoneInfo(timezone))
    if jitter >= period:
        raise fail(f"jitter {raw.get('jitter')!r} must be shorter than the interval between runs")

    options = _parse_options(raw, fail)
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise fail("enabled must be true or false")
    return Entry(
        name=name, sites=selected, cron=cron, every=every, jitter=jitter,
        timezone=timezone, options=options, enabled=enabled,
    )


def _parse_options(raw: dict, fail) -> CrawlOptions:
    since = raw.get("since")
    if since is not None:
        if not isinstance(since, str):
            since = since.isoformat() if hasattr(since, "isoformat") else None
        if since is None:
            raise fail("since must be a date (2025-01-31) or a duration (7d)")
        try:
            parse_duration(since)
        except ValueError:
            try:
                datetime.fromisoformat(since)
            except ValueError:
                raise fail(f"since must be a date (2025-01-31) or a duration (7d), not {since!r}") from None
    numbers = {}
    for key in ("max_pages", "max_items"):
        value = raw.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise fail(f"{key} must be a positive integer")
        numbers[key] = value
    replay = raw.get("replay", False)
    if not isinstance(replay, bool):
        raise fail("replay must be true or false")
    return CrawlOptions(since=since, replay=replay, settings=_parse_settings(raw.get("settings", {}), fail), **numbers)


def _parse_settings(raw, fail) -> tuple[tuple[str, str | int | float | bool], ...]:
    """`settings = { NAME = value, ... }`: UPPER_CASE names, scalar values, none the scheduler decides."""
    if not isinstance(raw, dict):
        raise fail("settings must be a table of Scrapy settings, e.g. settings = { DOWNLOAD_DELAY = 2 }")
    pairs = []
    for name, value in raw.items():
        if not _SETTING_NAME.fullmatch(name):
            raise fail(f"settings: {name!r} is not a Scrapy setting name (UPPER_CASE letters, digits and _)")
        if name in _RESERVED_SETTINGS:
            raise fail(f"settings: {name} cannot be set per entry ({_RESERVED_SETTINGS[name]})")
        if not isinstance(value, str | int | float | bool):
            kind = "a table" if isinstance(value, dict) else "a list" if isinstance(value, list) else f"a {type(value).__name__}"
            raise fail(f"settings: {name} must be a string, number or boolean, not {kind}")
        pairs.append((name, value))
    return tuple(pairs)


def _cron_min_gap(expr: str, zone: ZoneInfo) -> timedelta:
    """The shortest gap between consecutive slots over a sample of two weeks."""
    it = croniter(expr, datetime(2024, 1, 1, tzinfo=zone))
    previous = it.get_next(datetime)
    gap = timedelta(days=366)
    for _ in range(200):
        current = it.get_next(datetime)
        gap = min(gap, current - previous)
        previous = current
    return gap
