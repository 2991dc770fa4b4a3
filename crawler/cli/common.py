"""Arguments and output helpers shared by several sub-commands."""

from __future__ import annotations

import json
import sys
from typing import Any

from crawler.config import db_path


def add_db_argument(parser) -> None:
    parser.add_argument("--db", metavar="PATH", help="SQLite store (default: $PARTYNEWS_DB or data/partynews.db)")


def resolve_db(args) -> str:
    return str(db_path(getattr(args, "db", None)))


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
