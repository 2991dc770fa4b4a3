"""Scale-out on scrapyd: build and deploy the project egg, launch scheduled crawls as scrapyd jobs.

With `backend = "scrapyd"` and `nodes = [...]` in the schedule file, the scheduler
hands due crawls to scrapyd (`schedule.json`) instead of starting processes. Scrapyd
itself would run the same spider twice if asked, so the launcher keeps the
no-overlap rule: a site with a pending or running job on any node (`listjobs.json`)
is not scheduled again, and the per-site lock of `RunRecorder` (which runs inside
scrapyd's crawl too) stops any overlap that slips through, e.g. from another
scheduler. The store path and trigger travel as settings (`PARTYNEWS_DB`,
`PARTYNEWS_TRIGGER=scheduled`), so runs are recorded exactly like local ones —
which also means every node must reach the same SQLite store (one host, or a
shared filesystem with working locks).

Deployment: `build_egg()` packages `crawler/` and `spiders/` (plus optional data
directories) as an egg whose `scrapy` entry point names `crawler.settings`; `deploy()`
uploads it with `addversion.json`.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

from crawler.config import PROJECT_ROOT, SITE_FIXTURES_DIR
from crawler.scheduler import DueRun, Launched

logger = logging.getLogger("partynews.scrapyd")

_SETUP_PY = """\
from setuptools import find_packages, setup

setup(
    name={name!r},
    version={version!r},
    packages=find_packages(include={include!r}),
    include_package_data=True,
    package_data={{"": ["*.json", "*.toml", "*.txt", "*.html", "*.htm", "*.gz", "**/*"]}},
    entry_points={{"scrapy": ["settings = {settings}"]}},
    zip_safe=False,
)
"""


class ScrapydError(RuntimeError):
    """Scrapyd refused a request or could not be reached."""


class ScrapydClient:
    """The few scrapyd JSON endpoints partynews uses."""

    def __init__(self, url: str, *, timeout: float = 10.0) -> None:
        self.url = url.rstrip("/")
        self.timeout = timeout

    def _call(self, endpoint: str, *, params: list[tuple[str, str]] | None = None, post: bool = False,
              body: bytes | None = None, content_type: str | None = None) -> dict:
        url = f"{self.url}/{endpoint}"
        data = None
        headers = {}
        if body is not None:
            data, headers = body, {"Content-Type": content_type}
        elif post:
            data = urllib.parse.urlencode(params or []).encode()
            headers = {"Content-Type": "application/x-www-form-urlencoded"}
        elif params:
            url += "?" + urllib.parse.urlencode(params)
        request = urllib.request.Request(url, data=data, headers=headers, method="POST" if data is not None else "GET")
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                payload = json.loads(response.read().decode("utf-8"))
        except (urllib.error.URLError, OSError, ValueError) as exc:
            raise ScrapydError(f"{url}: {exc}") from None
        if payload.get("status") != "ok":
            raise ScrapydError(f"{url}: {payload.get('message', payload)}")
        return payload

    def daemon_status(self) -> dict:
        return self._call("daemonstatus.json")

    def add_version(self, project: str, version: str, egg: bytes) -> dict:
        body, content_type = _multipart({"project": project, "version": version}, {"egg": ("project.egg", egg)})
        return self._call("addversion.json", body=body, content_type=content_type)

    def list_spiders(self, project: str) -> list[str]:
        return self._call("listspiders.json", params=[("project", project)])["spiders"]

    def schedule(self, project: str, spider: str, *, settings: dict | None = None, args: dict | None = None,
                 jobid: str | None = None) -> str:
        params = [("project", project), ("spider", spider)]
        params += [("setting", f"{k}={v}") for k, v in (settings or {}).items()]
        params += [(k, str(v)) for k, v in (args or {}).items()]
        if jobid:
            params.append(("jobid", jobid))
        return self._call("schedule.json", params=params, post=True)["jobid"]

    def list_jobs(self, project: str) -> dict:
        return self._call("listjobs.json", params=[("project", project)])

    def cancel(self, project: str, job: str, *, signal: str = "TERM") -> str | None:
        return self._call("cancel.json", params=[("project", project), ("job", job), ("signal", signal)], post=True).get(
            "prevstate"
        )


def crawl_settings(due: DueRun, db: str) -> dict[str, str]:
    """The Scrapy settings a scheduled scrapyd job gets for this due run."""
    options = due.entry.options
    settings = {"PARTYNEWS_DB": db, "PARTYNEWS_TRIGGER": "scheduled"}
    if options.replay:
        # Inside the egg the package's own fixtures path does not exist: point at this checkout's.
        settings["PARTYNEWS_REPLAY"] = "True"
        settings["PARTYNEWS_REPLAY_DIR"] = str(SITE_FIXTURES_DIR)
    if options.max_items is not None:
        settings["CLOSESPIDER_ITEMCOUNT"] = str(options.max_items)
    if options.max_pages is not None:
        settings["CLOSESPIDER_PAGECOUNT"] = str(options.max_pages)
    if options.since:
        settings["PARTYNEWS_SINCE"] = options.since
    # The entry's own `settings` table; schedule validation keeps it off the store, trigger and replay keys above.
    settings.update(options.setting_values())
    return settings


class ScrapydLauncher:
    """Launcher for `crawler.scheduler.Scheduler` that runs crawls as scrapyd jobs."""

    def __init__(self, nodes, *, project: str = "partynews", db: str,
                 spider_for: Callable[[str], str] = lambda site: site, extra_settings: dict | None = None) -> None:
        self.clients = [ScrapydClient(url) for url in nodes]
        self.project = project
        self.db = db
        self.spider_for = spider_for
        self.extra_settings = dict(extra_settings or {})
        self.running: dict[str, Launched] = {}  # site -> our job; handle = (node url, job id)
        self._load: dict[str, int] = {}

    def _jobs(self) -> tuple[set[str], set[tuple[str, str]], set[str]]:
        """(spiders pending/running on any node, live (node, job) pairs, nodes that answered)."""
        spiders: set[str] = set()
        alive: set[tuple[str, str]] = set()
        answered: set[str] = set()
        for client in self.clients:
            try:
                jobs = client.list_jobs(self.project)
            except ScrapydError as exc:
                if "not found" in str(exc):  # project not deployed there yet: no jobs
                    answered.add(client.url)
                    self._load[client.url] = 0
                else:
                    logger.warning("scrapyd node unavailable: %s", exc)
                    self._load[client.url] = 1 << 30  # never chosen while down
                continue
            answered.add(client.url)
            active = jobs.get("pending", []) + jobs.get("running", [])
            self._load[client.url] = len(active)
            for job in active:
                spiders.add(job["spider"])
                alive.add((client.url, job["id"]))
        return spiders, alive, answered

    def running_sites(self) -> set[str]:
        """Sites with a job of ours, or a pending/running spider of that name, on any node."""
        spiders, _, _ = self._jobs()
        return set(self.running) | spiders

    def poll(self) -> list[tuple[Launched, int]]:
        """Our jobs that left scrapyd's pending and running lists (exit status unknown: 0)."""
        _, alive, answered = self._jobs()
        done = []
        for site, launched in list(self.running.items()):
            node, _job = launched.handle
            if node in answered and launched.handle not in alive:
                del self.running[site]
                done.append((launched, 0))
        return done

    def launch(self, due: DueRun) -> Launched:
        self._jobs()
        client = min(self.clients, key=lambda c: self._load.get(c.url, 0))
        jobid = f"{due.site}-{uuid.uuid4().hex[:12]}"
        settings = {**crawl_settings(due, self.db), **self.extra_settings}
        spider = self.spider_for(due.site)
        client.schedule(self.project, spider, settings=settings, jobid=jobid)
        log_url = f"{client.url}/logs/{self.project}/{spider}/{jobid}.log"
        launched = Launched(due.site, due.entry.name, due.slot, (client.url, jobid), log_url)
        self.running[due.site] = launched
        return launched

    def stop(self, timeout: float) -> None:
        """Cancel our jobs with SIGTERM (clean Scrapy shutdown), wait, then SIGKILL what is left."""
        by_url = {c.url: c for c in self.clients}
        for launched in self.running.values():
            node, job = launched.handle
            try:
                by_url[node].cancel(self.project, job, signal="TERM")
            except ScrapydError as exc:
                logger.warning("Could not cancel %s on %s: %s", job, node, exc)
        deadline = time.monotonic() + timeout
        while self.running and time.monotonic() < deadline:
            self.poll()
            time.sleep(0.2)
        for launched in list(self.running.values()):
            node, job = launched.handle
            try:
                by_url[node].cancel(self.project, job, signal="KILL")
            except ScrapydError:
                pass
        self.running.clear()


def build_egg(out_dir: str | Path, *, version: str | None = None, source_root: str | Path = PROJECT_ROOT,
              packages: tuple[str, ...] = ("crawler", "spiders"), name: str = "partynews",
              settings_module: str = "crawler.settings") -> Path:
    """Build the project egg in a scratch directory (the repository is not touched); return its path.

    Packages without an `__init__.py` (e.g. `spiders/`) get one in the copy, so that
    `find_packages` and scrapyd's SpiderLoader see them.
    """
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    version = version or time.strftime("%Y%m%d%H%M%S")
    with tempfile.TemporaryDirectory(prefix="partynews-egg-") as scratch:
        scratch_path = Path(scratch)
        for package in packages:
            source = Path(source_root) / package
            if not source.is_dir():
                raise FileNotFoundError(f"package directory {source} not found")
            target = scratch_path / package
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
            for directory in [target, *[p for p in target.rglob("*") if p.is_dir()]]:
                if any(directory.glob("*.py")) and not (directory / "__init__.py").exists():
                    (directory / "__init__.py").write_text("")
        include = [f"{p}*" for p in packages]
        (scratch_path / "setup.py").write_text(
            _SETUP_PY.format(name=name, version=version, include=include, settings=settings_module)
        )
        done = subprocess.run(
            [sys.executable, "setup.py", "-q", "bdist_egg", "-d", str(out_dir)],
            cwd=scratch_path, capture_output=True, text=True,
        )
        if done.returncode != 0:
            raise RuntimeError(f"egg build failed: {done.stderr.strip()[-500:]}")
    eggs = sorted(out_dir.glob(f"{name}-{version}*.egg"))
    if not eggs:
        raise RuntimeError(f"egg build produced no {name}-{version}*.egg in {out_dir}")
    return eggs[-1]


def deploy(node: str, egg: str | Path, *, project: str = "partynews", version: str | None = None) -> dict:
    """Upload an egg to a scrapyd node (`addversion.json`)."""
    egg = Path(egg)
    version = version or egg.stem.split("-")[1]
    return ScrapydClient(node, timeout=60).add_version(project, version, egg.read_bytes())


def _multipart(fields: dict[str, str], files: dict[str, tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    lines: list[bytes] = []
    for key, value in fields.items():
        lines += [f"--{boundary}".encode(), f'Content-Disposition: form-data; name="{key}"'.encode(), b"", value.encode()]
    for key, (filename, content) in files.items():
        lines += [
            f"--{boundary}".encode(),
            f'Content-Disposition: form-data; name="{key}"; filename="{filename}"'.encode(),
            b"Content-Type: application/octet-stream",
            b"",
            content,
        ]
    lines += [f"--{boundary}--".encode(), b""]
    return b"\r\n".join(lines), f"multipart/form-data; boundary={boundary}"
