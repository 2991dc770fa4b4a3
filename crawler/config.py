"""Where things live: the project root, the store, fixtures. One place, so every command agrees."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent
FIXTURES_DIR = PROJECT_ROOT / "tests" / "fixtures"
SITE_FIXTURES_DIR = FIXTURES_DIR / "sites"
DEFAULT_DB = Path("data") / "partynews.db"
DEFAULT_EXPORT_DIR = Path("exports")
SCHEMA_PATH = PROJECT_ROOT / "exports" / "schema" / "article.schema.json"


def db_path(explicit: str | os.PathLike | None = None) -> Path:
    """The store's path: `--db`, else `$PARTYNEWS_DB`, else `data/partynews.db`."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("PARTYNEWS_DB")
    return Path(env) if env else DEFAULT_DB
