"""`partynews crawl | crawl-url | record | new-site | sites`: crawl sites, capture snapshots, add sites."""

from __future__ import annotations

import sys

from crawler.cli import CliError
from crawler.cli.common import add_db_argument, print_json, resolve_db


def register(subparsers) -> None:
    crawl = subparsers.add_parser("crawl", help="crawl registered sites into the store")
    crawl.add_argument("sites", nargs="*", metavar="SITE", help="registry keys (see `partynews sites`)")
    crawl.add_argument("--all", action="store_true", help="crawl every registered site")
    crawl.add_argument("--replay", action="store_true", help="answer every request from tests/fixtures/sites snapshots (no network)")
    add_db_argument(crawl)
    crawl.add_argument("--since", metavar="DATE", help="stop a section at articles published before DATE (YYYY-MM-DD)")
    crawl.add_argument("--refresh", action="store_true", help="fetch articles already in the store again")
    crawl.add_argument("--max-pages", type=_positive, metavar="N", help="stop each spider after N responses")
    crawl.add_argument("--max-items", type=_positive, metavar="N", help="stop each spider after N articles")
    crawl.add_argument("--trigger", choices=("manual", "scheduled"), default="manual", help="recorded in the run history")
    crawl.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting for this run")
    crawl.add_argument("--quiet", action="store_true", help="warnings only in the log")
    crawl.set_defaults(func=run_crawl_cmd)

    crawl_url = subparsers.add_parser("crawl-url", help="crawl any listing URL with generic discovery (no site rules)")
    crawl_url.add_argument("start_url", metavar="START_URL")
    crawl_url.add_argument("--follow-pages", type=_non_negative, default=2, metavar="N", help="listing pages to follow after the first (default 2)")
    add_db_argument(crawl_url)
    crawl_url.add_argument("--max-items", type=_positive, metavar="N")
    crawl_url.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE", help="a Scrapy setting for this run")
    crawl_url.add_argument("--quiet", action="store_true")
    crawl_url.set_defaults(func=run_crawl_url)

    record = subparsers.add_parser("record", help="fetch live pages into a site's snapshot (needs network)")
    record.add_argument("urls", nargs="+", metavar="URL")
    record.add_argument("--site", help="registry key (default: found from the URL)")
    record.add_argument("--kind", choices=("listing", "article"), help="what the pages are (default: guessed from each page)")
    record.add_argument("--fixtures", metavar="DIR", help="fixtures root (default tests/fixtures/sites)")
    record.set_defaults(func=run_record)

    new_site = subparsers.add_parser("new-site", help="scaffold a site: registry entry, fixture folder, README")
    new_site.add_argument("key")
    new_site.add_argument("--domain", required=True)
    new_site.add_argument("--family", required=True, help="a CMS family, or 'none' for the generic layers")
    new_site.add_argument("--start", required=True, metavar="URL", help="a listing (section) URL")
    new_site.add_argument("--name")
    new_site.add_argument("--level", choices=("provincial", "central"), default="provincial")
    new_site.add_argument("--province")
    new_site.add_argument("--root", help="project root to write into (default: this checkout)")
    new_site.set_defaults(func=run_new_site)

    sites = subparsers.add_parser("sites", help="list the registered sites")
    sites.add_argument("--json", action="store_true", help="print JSON")
    sites.set_defaults(func=run_sites)


def _positive(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _non_negative(text: str) -> int:
    import argparse

    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def _settings(pairs: list[str]) -> dict[str, str]:
    settings = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise CliError(f"bad setting {pair!r}: use NAME=VALUE")
        settings[name.strip()] = value
    return settings


def _check_since(since: str | None) -> None:
    from spiders.base import parse_since

    try:
        parse_since(since)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def _open_store(db: str) -> str:
    """`db` once the store opens (created if new), else one clear error.

    Checked here, before Scrapy starts: inside the crawl the same failure surfaces as
    tracebacks from every component that opens the store.
    """
    import sqlite3

    from crawler.store import Store

    try:
        Store(db).close()
    except OSError as exc:
        raise CliError(f"cannot open the store {db}: {exc.strerror or exc}") from None
    except sqlite3.Error as exc:
        raise CliError(f"cannot open the store {db}: {exc}") from None
    return db


def run_crawl_cmd(args) -> int:
    from crawler.crawl import format_summary, run_crawl
    from crawler.sites import all_sites

    registry = all_sites()
    if args.all and args.sites:
        raise CliError("give site keys or --all, not both")
    if not args.all and not args.sites:
        raise CliError("name the sites to crawl, or --all (`partynews sites` lists them)")
    keys = list(registry) if args.all else args.sites
    unknown = [key for key in keys if key not in registry]
    if unknown:
        raise CliError(f"unknown site{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; `partynews sites` lists the known ones")
    if not keys:
        raise CliError("no sites are registered")
    settings = _settings(args.set)
    _check_since(args.since)
    db = _open_store(resolve_db(args))
    results = []
    try:
        code = run_crawl(keys, db=db, replay=args.replay, since=args.since, refresh=args.refresh,
                         max_pages=args.max_pages, max_items=args.max_items, trigger=args.trigger, quiet=args.quiet,
                         settings_overrides=settings, results=results)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    print(format_summary(results))
    return code


def run_crawl_url(args) -> int:
    from crawler.crawl import format_summary, run_crawl
    from spiders.generic import GenericSpider, site_for_start_url

    try:
        site = site_for_start_url(args.start_url)
    except ValueError as exc:
        raise CliError(str(exc)) from None
    settings = _settings(args.set)
    db = _open_store(resolve_db(args))
    results = []
    code = run_crawl([(GenericSpider, {"site": site, "follow_pages": args.follow_pages})], db=db,
                     max_items=args.max_items, quiet=args.quiet, settings_overrides=settings, results=results)
    print(format_summary(results))
    return code


def run_record(args) -> int:
    from crawler.record import RecordError, record_urls

    try:
        recorded = record_urls(args.urls, site=args.site, fixtures_dir=args.fixtures, kind=args.kind)
    except RecordError as exc:
        raise CliError(str(exc)) from None
    for item in recorded:
        line = f"{item.kind:<8} {item.url} -> {item.file}"
        if item.expected:
            line += f" (+ {item.expected}: review it, then drop \"_review\")"
        print(line)
    return 0


def run_new_site(args) -> int:
    from crawler.scaffold import NO_FAMILY, NewSite, ScaffoldError, new_site

    family = None if args.family.lower() in NO_FAMILY else args.family
    spec = NewSite(key=args.key, domain=args.domain.lower(), family=family, start_url=args.start,
                   name=args.name or args.domain, level=args.level, province=args.province)
    try:
        written = new_site(spec, args.root)
    except ScaffoldError as exc:
        raise CliError(str(exc)) from None
    for path in written:
        print(f"wrote {path}")
    return 0


def site_rows() -> list[dict]:
    from crawler.sites import all_sites

    return [
        {"key": s.key, "name": s.name, "level": s.level, "province": s.province, "family": s.family,
         "domains": list(s.domains), "start_urls": list(s.start_urls)}
        for s in all_sites().values()
    ]


def run_sites(args) -> int:
    rows = site_rows()
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("no sites registered")
        return 0
    table = [("site", "family", "level/province", "domains", "name")]
    table += [(row["key"], row["family"] or "-", row["province"] or row["level"], ", ".join(row["domains"]), row["name"])
              for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(4)]
    for line in table:
        sys.stdout.write("  ".join(cell.ljust(width) for cell, width in zip(line, widths)) + "  " + line[4] + "\n")
    return 0
