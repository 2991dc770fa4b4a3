"""Run crawls from Python: several sites in ONE Scrapy process, then a summary per site.

`run_crawl(["site_a", "site_b"], db="x.db", replay=True)` is what `partynews crawl`
does. Twisted's reactor cannot be restarted, so call it once per process (tests
run it in a subprocess).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from scrapy.settings import Settings

#: Settings of an offline replay: nothing to be polite to, retries need no wait.
REPLAY_SETTINGS = {
    "PARTYNEWS_REPLAY": True,
    "ROBOTSTXT_OBEY": True,
    "DOWNLOAD_DELAY": 0,
    "AUTOTHROTTLE_ENABLED": False,
    "CONCURRENT_REQUESTS": 32,
    "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
    "PARTYNEWS_RETRY_BACKOFF_BASE": 0.01,
    "PARTYNEWS_RETRY_BACKOFF_MAX": 0.05,
}

OK_REASONS = ("finished", "skipped_overlap")
_ERROR_REASONS = ("timeout", "dns_error", "download_error")


@dataclass
class SiteResult:
    """What one spider did, read from its stats."""

    site: str
    finish_reason: str
    pages: int = 0
    items: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0
    rejected: int = 0
    errors: int = 0
    stats: dict[str, Any] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        """Finished (or stopped by a budget), no spider exception, no article lost by the store, not a site that was down."""
        from crawler.extensions.runs import nothing_reachable

        finished = self.finish_reason in OK_REASONS or self.finish_reason.startswith("closespider_")
        return (finished and not self.stats.get("spider_exceptions/count", 0)
                and not self.stats.get("partynews/articles_lost", 0) and not nothing_reachable(self.stats))

    @classmethod
    def from_stats(cls, site: str, stats: dict[str, Any]) -> "SiteResult":
        def num(key: str) -> int:
            return int(stats.get(key, 0) or 0)

        errors = sum(int(v) for k, v in stats.items() if k.startswith("partynews/rejected/") and k.rsplit("/", 1)[1] in _ERROR_REASONS
                     or k.startswith("partynews/rejected/http_"))
        return cls(
            site=site,
            finish_reason=str(stats.get("finish_reason", "unknown")),
            pages=num("downloader/response_count"),
            items=num("item_scraped_count"),
            new=num("partynews/articles_new"),
            updated=num("partynews/articles_updated"),
            unchanged=num("partynews/articles_unchanged"),
            duplicate=num("partynews/articles_duplicate"),
            rejected=num("partynews/rejected"),
            errors=errors + num("spider_exceptions/count"),
            stats=dict(stats),
        )


def build_settings(*, db: str | None = None, replay: bool = False, max_pages: int | None = None,
                   max_items: int | None = None, trigger: str = "manual", quiet: bool = False,
                   overrides: dict[str, Any] | None = None) -> Settings:
    """The project settings with this run's choices on top (at command-line priority, over spider settings)."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    run: dict[str, Any] = {"PARTYNEWS_TRIGGER": trigger}
    if db:
        run["PARTYNEWS_DB"] = str(db)
    if replay:
        run.update(REPLAY_SETTINGS)
    if max_pages:
        run["CLOSESPIDER_PAGECOUNT"] = int(max_pages)
    if max_items:
        run["CLOSESPIDER_ITEMCOUNT"] = int(max_items)
    if quiet:
        run["LOG_LEVEL"] = "WARNING"
        run["PARTYNEWS_PROGRESS"] = "off"
    run.update(overrides or {})
    settings.setdict(run, priority="cmdline")
    return settings


def resolve_spiders(sites: Iterable[Any]) -> list[tuple[type, dict[str, Any]]]:
    """(spider class, extra arguments) for each registry key, `Site`, or (class, kwargs) pair.

    Raises KeyError for an unknown key.
    """
    from crawler.sites import Site, get_site
    from spiders.base import spider_class_for

    resolved = []
    for entry in sites:
        if isinstance(entry, tuple):
            resolved.append((entry[0], dict(entry[1])))
        elif isinstance(entry, Site):
            resolved.append((spider_class_for(entry), {"site": entry}))
        else:
            resolved.append((_registered_class(get_site(entry)), {}))
    return resolved


def _registered_class(site):
    from spiders.sites import SPIDERS
    from spiders.base import spider_class_for

    return SPIDERS.get(site.key) or spider_class_for(site)


def run_crawl(site_keys: Iterable[Any], *, db: str | None, replay: bool = False, since: str | None = None,
              refresh: bool = False, max_pages: int | None = None, max_items: int | None = None,
              settings_overrides: dict[str, Any] | None = None, trigger: str = "manual", quiet: bool = False,
              results: list[SiteResult] | None = None) -> int:
    """Crawl the given sites in one CrawlerProcess; 0 when every spider finished cleanly, else 1.

    `site_keys` holds registry keys, `Site` objects (e.g. a test site on a loopback
    server) or (spider class, kwargs) pairs. Per-site results are appended to
    `results` when a list is given. Raises KeyError for an unknown key and
    ValueError for a bad `since`.
    """
    from scrapy.crawler import CrawlerProcess

    from spiders.base import parse_since

    parse_since(since)  # fail before starting anything
    spiders = resolve_spiders(site_keys)
    if not spiders:
        return 0
    settings = build_settings(db=db, replay=replay, max_pages=max_pages, max_items=max_items, trigger=trigger,
                              quiet=quiet, overrides=settings_overrides)
    process = CrawlerProcess(settings)
    crawlers = []
    for spider_cls, kwargs in spiders:
        crawler = process.create_crawler(spider_cls)
        crawlers.append(crawler)
        process.crawl(crawler, since=since, refresh=refresh, **kwargs)
    process.start()
    outcome = []
    for crawler in crawlers:
        spider = crawler.spider
        key = getattr(spider, "site_key", None) or getattr(crawler.spidercls, "name", "?")
        outcome.append(SiteResult.from_stats(key, crawler.stats.get_stats()))
    if results is not None:
        results.extend(outcome)
    return 0 if all(r.ok for r in outcome) else 1


def format_summary(results: list[SiteResult]) -> str:
    """A short table: one line per site, then totals."""
    header = f"{'site':<28} {'pages':>6} {'new':>5} {'upd':>5} {'same':>5} {'rej':>5} {'err':>5}  finish"
    lines = [header]
    for r in results:
        lines.append(f"{r.site:<28} {r.pages:>6} {r.new:>5} {r.updated:>5} {r.unchanged:>5} {r.rejected:>5} {r.errors:>5}  {r.finish_reason}")
    if len(results) > 1:
        total = lambda name: sum(getattr(r, name) for r in results)  # noqa: E731
        lines.append(f"{'total':<28} {total('pages'):>6} {total('new'):>5} {total('updated'):>5} "
                     f"{total('unchanged'):>5} {total('rejected'):>5} {total('errors'):>5}")
    return "\n".join(lines)
