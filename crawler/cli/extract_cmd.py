"""`partynews extract`: one page to Article JSON, through the same code the spiders use."""

from __future__ import annotations

import urllib.request
from datetime import datetime, timezone
from pathlib import Path

from crawler.cli import CliError
from crawler.cli.common import print_json


def register(subparsers) -> None:
    parser = subparsers.add_parser("extract", help="extract the article from a saved page or a URL and print it as JSON")
    parser.add_argument("source", metavar="PATH_OR_URL", help="a saved HTML file, or an http(s) URL to fetch")
    parser.add_argument("--url", help="the page's URL (for a saved file: used for site rules and absolute links)")
    parser.add_argument("--site", help="registry key of the site (default: found from the URL)")
    parser.add_argument("--no-rules", action="store_true", help="skip site rules: metadata and generic layers only")
    parser.set_defaults(func=run)


def run(args) -> int:
    from crawler.extract import extract_article
    from crawler.sites import get_site

    if args.site:
        try:
            get_site(args.site)
        except KeyError as exc:
            raise CliError(exc.args[0]) from None
    data, url, encoding = _read(args.source, args.url)
    fetched_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
    article = extract_article(data, url, site=args.site, use_rules=not args.no_rules, encoding=encoding, fetched_at=fetched_at)
    print_json(article.to_dict())
    return 0


def _read(source: str, url: str | None) -> tuple[bytes, str, str | None]:
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=30) as response:  # noqa: S310 (user-given URL)
                return response.read(), url or response.geturl(), response.headers.get_content_charset()
        except OSError as exc:
            raise CliError(f"cannot fetch {source}: {exc}") from None
    path = Path(source)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {source}: {exc.strerror or exc}") from None
    return data, url or path.resolve().as_uri(), None
