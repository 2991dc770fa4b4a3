"""Schedule parsing/validation and trigger logic, driven by a fake clock."""

from __future__ import annotations

import sys
import types
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from crawler.schedule import ScheduleError, parse_duration, parse_schedule
from crawler.scheduler import DueRun, Launched, Scheduler, claim_slot, due_runs, last_slots

VN = ZoneInfo("Asia/Ho_Chi_Minh")
SITES = {
    "nhandan": types.SimpleNamespace(key="nhandan", level="central"),
    "dangcongsan": types.SimpleNamespace(key="dangcongsan", level="central"),
    "hanoi": types.SimpleNamespace(key="hanoi", level="provincial"),
    "hue": types.SimpleNamespace(key="hue", level="provincial"),
    "camau": types.SimpleNamespace(key="camau", level="provincial"),
}


def schedule(text: str):
    return parse_schedule(text, sites=SITES)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current

    def sleep(self, seconds: float, wake) -> None:
        self.current += timedelta(seconds=seconds)

    def advance(self, **kwargs) -> None:
        self.current += timedelta(**kwargs)


class FakeLauncher:
    """Records launches; a site runs until the test calls finish(site)."""

    def __init__(self) -> None:
        self.running: dict[str, Launched] = {}
        self.launches: list[DueRun] = []
        self.done: list[tuple[Launched, int]] = []

    def running_sites(self) -> set[str]:
        return set(self.running)

    def launch(self, due: DueRun) -> Launched:
        if due.site == "camau-broken":
            raise OSError("cannot start")
        self.launches.append(due)
        self.running[due.site] = Launched(due.site, due.entry.name, due.slot)
        return self.running[due.site]

    def finish(self, site: str, status: int = 0) -> None:
        self.done.append((self.running.pop(site), status))

    def poll(self):
        done, self.done = self.done, []
        return done

    def stop(self, timeout: float) -> None:
        self.running.clear()


# --- durations and validation ------------------------------------------------------------


@pytest.mark.parametrize(
    "text, seconds",
    [("30s", 30), ("5m", 300), ("2h", 7200), ("1d", 86400), ("1h30m", 5400), ("1.5h", 5400), (90, 90), ("1w", 604800)],
)
def test_parse_duration(text, seconds):
    assert parse_duration(text) == timedelta(seconds=seconds)


@pytest.mark.parametrize("text", ["", "5", "5x", "h", "2h junk", "-5m", True])
def test_parse_duration_rejects(text):
    with pytest.raises(ValueError):
        parse_duration(text)


@pytest.mark.parametrize(
    "body, fragment",
    [
        ('sites = ["nhandan"]\ncron = "61 * * * *"', "bad cron expression '61 * * * *'"),
        ('sites = ["nhandan"]\ncron = "* * *"', "bad cron expression"),
        ('sites = ["nosuchsite"]\nevery = "1h"', "unknown site 'nosuchsite'"),
        ('sites = ["nhandan"]\nevery = "1h"\ncron = "0 * * * *"', "exactly one of cron"),
        ('sites = ["nhandan"]', "exactly one of cron"),
        ('sites = ["nhandan"]\nevery = "2 hours"', "every: bad duration"),
        ('sites = ["nhandan"]\nevery = "1h"\njitter = "5q"', "jitter: bad duration"),
        ('sites = ["nhandan"]\nevery = "1h"\njitter = "2h"', "must be shorter"),
        ('sites = ["nhandan"]\ncron = "*/10 * * * *"\njitter = "10m"', "must be shorter"),
        ('sites = ["nhandan"]\nevery = "1h"\ntimezone = "Mars/Olympus"', "unknown timezone"),
        ('group = "regional"\nevery = "1h"', "group must be one of"),
        ('sites = ["nhandan"]\ngroup = "central"\nevery = "1h"', "either sites"),
        ('sites = ["nhandan"]\nevery = "1h"\nmax_items = 0', "max_items must be a positive integer"),
        ('sites = ["nhandan"]\nevery = "1h"\nsince = "last week"', "since must be a date"),
        ('sites = ["nhandan"]\nevery = "1h"\nfrequency = 3', "unknown key 'frequency'"),
        ('sites = ["nhandan"]\nevery = "10s"', "at least 1m"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = 2', "settings must be a table of Scrapy settings"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { download_delay = 2 }',
         "settings: 'download_delay' is not a Scrapy setting name"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { "DOWNLOAD DELAY" = 2 }', "is not a Scrapy setting name"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { _X = 2 }', "is not a Scrapy setting name"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { ITEM_PIPELINES = [1] }',
         "settings: ITEM_PIPELINES must be a string, number or boolean, not a list"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { EXTENSIONS = { a = 1 } }', "not a table"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { PARTYNEWS_SINCE = 2025-01-31 }', "not a date"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { PARTYNEWS_DB = "other.db" }',
         "settings: PARTYNEWS_DB cannot be set per entry"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { PARTYNEWS_REPLAY = true }', "use replay = true"),
        ('sites = ["nhandan"]\nevery = "1h"\nsettings = { PARTYNEWS_TRIGGER = "manual" }', "cannot be set per entry"),
    ],
)
def test_validation_errors_name_the_entry(body, fragment):
    with pytest.raises(ScheduleError) as info:
        schedule(f"[entries.morning]\n{body}\n")
    message = str(info.value)
    assert message.startswith("entry 'morning': ")
    assert fragment in message
    assert "\n" not in message


def test_file_level_errors():
    with pytest.raises(ScheduleError, match="not valid TOML"):
        schedule("[entries.x\n")
    with pytest.raises(ScheduleError, match="no \\[entries"):
        schedule('backend = "local"\n')
    with pytest.raises(ScheduleError, match="needs nodes"):
        schedule('backend = "scrapyd"\n[entries.a]\nsites = ["hue"]\nevery = "1h"\n')
    with pytest.raises(ScheduleError, match="backend must be"):
        schedule('backend = "k8s"\n[entries.a]\nsites = ["hue"]\nevery = "1h"\n')


def test_valid_schedule_groups_and_options():
    parsed = schedule(
        """
        backend = "scrapyd"
        nodes = ["http://127.0.0.1:6800/"]
        max_parallel = 3
        [entries.central]
        group = "central"
        every = "2h"
        jitter = "5m"
        max_items = 50
        replay = true
        [entries.provinces]
        group = "provincial"
        cron = "30 6 * * *"
        since = 2025-01-31
        enabled = false
        [entries.everything]
        group = "all"
        cron = "0 3 * * 0"
        """
    )
    central, provinces, everything = parsed.entries
    assert central.sites == ("nhandan", "dangcongsan")
    assert provinces.sites == ("hanoi", "hue", "camau")
    assert len(everything.sites) == 5
    assert central.options.cli_args() == ["--max-items", "50", "--replay"]
    assert provinces.options.cli_args() == ["--since", "2025-01-31"]
    assert central.timezone == "Asia/Ho_Chi_Minh"
    assert parsed.nodes == ("http://127.0.0.1:6800",) and parsed.max_parallel == 3
    assert parsed.entries_for("hue") == [everything]  # provinces is disabled


def test_entry_settings_become_crawl_settings():
    parsed = schedule(
        """
        [entries.slow]
        sites = ["nhandan"]
        every = "1h"
        replay = true
        settings = { PARTYNEWS_REPLAY_LATENCY = 0.5, DOWNLOAD_DELAY = 2, COOKIES_ENABLED = false, LOG_LEVEL = "DEBUG" }
        [entries.plain]
        sites = ["hue"]
        every = "1h"
        """
    )
    slow, plain = parsed.entries
    assert slow.options.settings == (
        ("PARTYNEWS_REPLAY_LATENCY", 0.5), ("DOWNLOAD_DELAY", 2), ("COOKIES_ENABLED", False), ("LOG_LEVEL", "DEBUG"),
    )
    assert slow.options.cli_args() == [
        "--replay", "--set", "PARTYNEWS_REPLAY_LATENCY=0.5", "--set", "DOWNLOAD_DELAY=2",
        "--set", "COOKIES_ENABLED=False", "--set", "LOG_LEVEL=DEBUG",
    ]
    assert plain.options.settings == () and plain.options.cli_args() == []
    hash(slow)  # entries stay hashable with settings


def test_entry_settings_reach_the_local_crawl_command(tmp_path):
    """The argv the local launcher runs, read back by the real `partynews crawl` argument parser."""
    import argparse

    from crawler.cli import crawl_cmd
    from crawler.scheduler import LocalLauncher

    parsed = schedule('[entries.e]\nsites = ["hue"]\nevery = "1h"\nmax_items = 3\nsettings = { DOWNLOAD_DELAY = 1.5, ROBOTSTXT_OBEY = false }\n')
    launcher = LocalLauncher(db=str(tmp_path / "s.db"), command=[sys.executable, "-c", "import sys; sys.exit(0)"],
                             log_dir=tmp_path / "logs")
    launched = launcher.launch(DueRun(parsed.entries[0], "hue", datetime(2025, 1, 1, tzinfo=UTC)))
    argv = launched.handle.args
    launched.handle.wait(timeout=30)
    parser = argparse.ArgumentParser()
    crawl_cmd.register(parser.add_subparsers())
    args = parser.parse_args(argv[3:])
    assert args.sites == ["hue"] and args.trigger == "scheduled" and args.max_items == 3
    assert crawl_cmd._settings(args.set) == {"DOWNLOAD_DELAY": "1.5", "ROBOTSTXT_OBEY": "False"}


def test_entry_settings_reach_scrapyd_jobs():
    from crawler.scrapyd_backend import crawl_settings

    parsed = schedule('[entries.e]\nsites = ["hue"]\nevery = "1h"\nreplay = true\nmax_pages = 9\n'
                      'settings = { DOWNLOAD_DELAY = 3, PARTYNEWS_REPLAY_LATENCY = 0.25, CLOSESPIDER_PAGECOUNT = 4 }\n')
    settings = crawl_settings(DueRun(parsed.entries[0], "hue", datetime(2025, 1, 1, tzinfo=UTC)), "/srv/store.db")
    assert settings["PARTYNEWS_DB"] == "/srv/store.db" and settings["PARTYNEWS_TRIGGER"] == "scheduled"
    assert settings["PARTYNEWS_REPLAY"] == "True"
    assert settings["DOWNLOAD_DELAY"] == "3" and settings["PARTYNEWS_REPLAY_LATENCY"] == "0.25"
    assert settings["CLOSESPIDER_PAGECOUNT"] == "4"  # the entry's own table wins over max_pages


def test_the_example_schedule_is_valid():
    from crawler.config import PROJECT_ROOT
    from crawler.schedule import load_schedule

    example = load_schedule(PROJECT_ROOT / "schedule.example.toml")
    demo = next(e for e in example.entries if e.name == "demo")
    assert dict(demo.options.settings)["PARTYNEWS_REPLAY_LATENCY"] == 0.5 and not demo.enabled


def test_cli_check_reports_one_line_error(tmp_path, monkeypatch, capsys):
    import crawler.cli as cli

    fake = types.ModuleType("crawler.sites")
    fake.all_sites = lambda: SITES
    monkeypatch.setitem(sys.modules, "crawler.sites", fake)
    monkeypatch.setattr(cli, "COMMAND_MODULES", ["crawler.cli.ops_cmd"])
    path = tmp_path / "schedule.toml"
    path.write_text('[entries.nightly]\nsites = ["nhandan", "atlantis"]\ncron = "0 2 * * *"\n')
    assert cli.main(["scheduler", "check", "--schedule", str(path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == "partynews scheduler: error: entry 'nightly': unknown site 'atlantis' (`partynews sites` lists the known ones)"

    path.write_text('[entries.nightly]\nsites = ["nhandan"]\ncron = "0 2 * * *"\n')
    monkeypatch.setenv("PARTYNEWS_SCHEDULE", str(path))
    assert cli.main(["scheduler", "check"]) == 0
    assert "nightly: 1 site(s), cron '0 2 * * *'" in capsys.readouterr().out


# --- slots ---------------------------------------------------------------------------------


def test_cron_slots_are_in_the_entry_time_zone():
    entry = schedule('[entries.a]\nsites = ["hue"]\ncron = "0 6 * * *"\n').entries[0]
    # 05:30 in Hanoi is 22:30 UTC the day before: the last 06:00 slot is yesterday's.
    now = datetime(2025, 3, 9, 22, 30, tzinfo=UTC)
    assert entry.latest_slot(now) == datetime(2025, 3, 9, 6, 0, tzinfo=VN)
    assert entry.next_slot(now) == datetime(2025, 3, 10, 6, 0, tzinfo=VN)
    exactly = datetime(2025, 3, 10, 6, 0, tzinfo=VN)
    assert entry.latest_slot(exactly) == exactly
    utc_entry = schedule('[entries.a]\nsites = ["hue"]\ncron = "0 6 * * *"\ntimezone = "UTC"\n').entries[0]
    assert utc_entry.latest_slot(now) == datetime(2025, 3, 9, 6, 0, tzinfo=UTC)


def test_interval_slots_align_on_local_midnight():
    entry = schedule('[entries.a]\nsites = ["hue"]\nevery = "2h"\n').entries[0]
    now = datetime(2025, 3, 10, 13, 45, tzinfo=VN)
    assert entry.latest_slot(now) == datetime(2025, 3, 10, 12, 0, tzinfo=VN)
    assert entry.next_slot(now) == datetime(2025, 3, 10, 14, 0, tzinfo=VN)
    assert entry.latest_slot(datetime(2025, 3, 10, 14, 0, tzinfo=VN)) == datetime(2025, 3, 10, 14, 0, tzinfo=VN)


def test_jitter_is_bounded_stable_and_delays_the_run():
    entry = schedule('[entries.a]\nsites = ["hue"]\nevery = "1h"\njitter = "10m"\n').entries[0]
    start = datetime(2025, 1, 1, tzinfo=VN)
    delays = [entry.jitter_for(start + timedelta(hours=h)) for h in range(300)]
    assert all(timedelta(0) <= d < timedelta(minutes=10) for d in delays)
    assert len(set(delays)) > 250  # spread, not one constant
    assert max(delays) > timedelta(minutes=8) and min(delays) < timedelta(minutes=2)
    slot = start + timedelta(hours=5)
    assert entry.jitter_for(slot) == entry.jitter_for(slot)
    delay = entry.jitter_for(slot)
    assert entry.due_slot(slot + delay - timedelta(seconds=1), None) is None
    assert entry.due_slot(slot + delay, None) == slot


# --- the scheduler with a fake clock ---------------------------------------------------------


def make_scheduler(tmp_path, text, clock, **kwargs):
    launcher = FakeLauncher()
    scheduler = Scheduler(schedule(text), db=str(tmp_path / "s.db"), launcher=launcher, clock=clock, **kwargs)
    return scheduler, launcher


def test_catch_up_runs_once_after_downtime(tmp_path):
    clock = FakeClock(datetime(2025, 3, 10, 8, 0, 30, tzinfo=VN))
    scheduler, launcher = make_scheduler(tmp_path, '[entries.a]\nsites = ["hue"]\nevery = "1h"\n', clock)
    scheduler.tick()
    assert [d.slot for d in launcher.launches] == [datetime(2025, 3, 10, 8, 0, tzinfo=VN)]
    launcher.finish("hue")
    scheduler.tick()
    assert len(launcher.launches) == 1  # same slot: nothing new

    clock.advance(hours=10)  # scheduler down for ten slots
    scheduler.tick()
    scheduler.tick()
    assert [d.slot for d in launcher.launches][1:] == [datetime(2025, 3, 10, 18, 0, tzinfo=VN)]
    launcher.finish("hue")
    clock.advance(minutes=30)
    scheduler.tick()
    assert len(launcher.launches) == 2
    clock.advance(minutes=30)
    scheduler.tick()
    assert len(launcher.launches) == 3


def test_state_survives_a_restart(tmp_path):
    clock = FakeClock(datetime(2025, 3, 10, 8, 5, tzinfo=VN))
    text = '[entries.a]\nsites = ["hue"]\ncron = "0 * * * *"\n'
    first, launcher = make_scheduler(tmp_path, text, clock)
    first.tick()
    assert len(launcher.launches) == 1
    second, launcher2 = make_scheduler(tmp_path, text, clock)
    second.tick()
    assert launcher2.launches == []
    assert last_slots(str(tmp_path / "s.db"))[("a", "hue")] == datetime(2025, 3, 10, 8, 0, tzinfo=VN)


def test_max_parallel_queues_the_rest(tmp_path):
    clock = FakeClock(datetime(2025, 3, 10, 8, 0, tzinfo=VN))
    scheduler, launcher = make_scheduler(tmp_path, '[entries.all]\ngroup = "all"\nevery = "1h"\n', clock, max_parallel=2)
    scheduler.tick()
    assert len(launcher.launches) == 2 and len(scheduler.waiting) == 3
    first = launcher.launches[0].site
    launcher.finish(first)
    scheduler.tick()
    assert len(launcher.launches) == 3 and len(launcher.running) == 2
    for site in list(launcher.running):
        launcher.finish(site)
    scheduler.tick()
    assert len(launcher.launches) == 5
    assert len({d.site for d in launcher.launches}) == 5


def test_a_site_already_running_is_skipped_not_doubled(tmp_path):
    clock = FakeClock(datetime(2025, 3, 10, 8, 0, tzinfo=VN))
    text = '[entries.a]\nsites = ["hue"]\nevery = "1h"\n[entries.b]\nsites = ["hue", "hanoi"]\nevery = "30m"\n'
    scheduler, launcher = make_scheduler(tmp_path, text, clock, max_parallel=5)
    scheduler.tick()
    assert sorted(d.site for d in launcher.launches) == ["hanoi", "hue"]
    scheduler.tick()
    assert len(launcher.launches) == 2


def test_failing_launch_does_not_block_others(tmp_path):
    sites = {**SITES, "camau-broken": types.SimpleNamespace(key="camau-broken", level="provincial")}
    parsed = parse_schedule('[entries.a]\nsites = ["camau-broken", "hue"]\nevery = "1h"\n', sites=sites)
    launcher = FakeLauncher()
    scheduler = Scheduler(parsed, db=str(tmp_path / "s.db"), launcher=launcher,
                          clock=FakeClock(datetime(2025, 3, 10, 8, 0, tzinfo=VN)))
    started = scheduler.tick()
    assert [launched.site for launched in started] == ["hue"]


def test_disabled_entries_never_run(tmp_path):
    clock = FakeClock(datetime(2025, 3, 10, 8, 0, tzinfo=VN))
    scheduler, launcher = make_scheduler(tmp_path, '[entries.a]\nsites = ["hue"]\nevery = "1h"\nenabled = false\n', clock)
    scheduler.tick()
    assert launcher.launches == []


def test_a_slot_is_claimed_once_across_schedulers(tmp_path):
    db = str(tmp_path / "s.db")
    slot = datetime(2025, 3, 10, 8, 0, tzinfo=VN)
    assert claim_slot(db, "a", "hue", slot)
    assert not claim_slot(db, "a", "hue", slot)
    assert not claim_slot(db, "a", "hue", slot - timedelta(hours=1))
    assert claim_slot(db, "b", "hue", slot)  # another entry has its own state
    assert claim_slot(db, "a", "hue", slot + timedelta(hours=1))


def test_due_runs_and_next_due(tmp_path):
    from crawler.scheduler import next_due

    parsed = schedule('[entries.a]\nsites = ["hue"]\ncron = "0 6 * * *"\n')
    now = datetime(2025, 3, 10, 9, 0, tzinfo=VN)
    assert [d.site for d in due_runs(parsed, {}, now)] == ["hue"]
    assert next_due(parsed, {}, "hue", now) == datetime(2025, 3, 10, 6, 0, tzinfo=VN)  # overdue: never ran
    state = {("a", "hue"): datetime(2025, 3, 10, 6, 0, tzinfo=VN)}
    assert due_runs(parsed, state, now) == []
    assert next_due(parsed, state, "hue", now) == datetime(2025, 3, 11, 6, 0, tzinfo=VN)
    assert next_due(parsed, state, "hanoi", now) is None
