"""`partynews export` and `partynews search`: read the article store."""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from crawler.cli import CliError
from crawler.cli.common import add_db_argument, print_json, resolve_db
from crawler.config import DEFAULT_EXPORT_DIR


def register(subparsers) -> None:
    export = subparsers.add_parser("export", help="write stored articles to JSON Lines (atomic, incremental)")
    export.add_argument("--format", choices=("jsonl", "json"), default="jsonl", help="JSON Lines (default) or one JSON array")
    export.add_argument("--site", help="only this site (registry key)")
    export.add_argument("--since", metavar="DATE", help="only articles published (else first seen) on or after DATE (ISO)")
    cursor = export.add_mutually_exclusive_group()
    cursor.add_argument("--after-cursor", type=int, metavar="C", help="only articles new or changed after cursor C")
    cursor.add_argument("--consumer", metavar="NAME", help="continue from NAME's saved cursor and save the new one")
    export.add_argument("--out", metavar="PATH", help="output file (default: exports/articles-<UTC time>.jsonl)")
    export.add_argument("--gzip", action="store_true", help="gzip the output")
    add_db_argument(export)
    export.set_defaults(func=run_export)

    search = subparsers.add_parser("search", help="full-text search of stored articles (diacritics optional)")
    search.add_argument("query", nargs="+", help='words to find (all must occur); "quoted words" for a phrase')
    search.add_argument("--site", help="only this site (registry key)")
    search.add_argument("--since", metavar="DATE", help="only articles published (else first seen) on or after DATE")
    search.add_argument("--limit", type=int, default=20, help="number of results (default 20)")
    search.add_argument("--json", action="store_true", help="print JSON")
    add_db_argument(search)
    search.set_defaults(func=run_search)


def _existing_db(args) -> str:
    path = resolve_db(args)
    if not Path(path).is_file():
        raise CliError(f"no store at {path} (use --db or $PARTYNEWS_DB)")
    return path


def run_export(args) -> int:
    from crawler.exports import ExportError, export_articles

    db = _existing_db(args)
    out = args.out
    if not out:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        out = str(DEFAULT_EXPORT_DIR / f"articles-{stamp}.{args.format}") + (".gz" if args.gzip else "")
    try:
        result = export_articles(
            db, out, format=args.format, site=args.site, since=args.since,
            after_cursor=args.after_cursor, consumer=args.consumer, gzip=args.gzip,
        )
    except ExportError as exc:
        raise CliError(str(exc)) from None
    print(f"exported {result.count} articles, cursor {result.cursor}, to {result.path}", file=sys.stderr)
    return 0


def run_search(args) -> int:
    import sqlite3

    from crawler.store import NotAStoreError, Store

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    query = " ".join(args.query)
    db = _existing_db(args)
    try:
        with Store(db, read_only=True) as store:  # a read command never writes, not even the schema
            hits = store.search(query, site=args.site, since=args.since, limit=args.limit)
    except (NotAStoreError, ValueError) as exc:
        raise CliError(str(exc)) from None
    except sqlite3.Error as exc:
        raise CliError(f"cannot read {db}: {exc}") from None
    if args.json:
        print_json(hits)
        return 0
    if not hits:
        print(f"no article matches {query!r}", file=sys.stderr)
        return 1
    for hit in hits:
        date = (hit["published"] or "")[:10] or "?"
        print(f"{hit['title']}\n  {hit['site'] or '-'} · {date} · {hit['url']}\n  {hit['snippet']}\n")
    return 0
