"""Scrapy item pipelines: validate, normalise, dedupe within the run, store in batches.

Enabled in `crawler.settings.ITEM_PIPELINES` in this order:

1. `ValidatePipeline`: JSON-schema check against `exports/schema/article.schema.json`
   plus sanity (a title, a body of at least ``PARTYNEWS_MIN_BODY_CHARS``
   characters, not a listing). A failing item is recorded in the store's
   ``rejects`` table (URL, reason, detail, run id), counted in the stats and
   dropped with `DropItem`: never silently.
2. `NormalisePipeline`: NFC and stripped strings, `canonicalize_url` (the page's
   canonical URL used as a hint), content hash recomputed.
3. `DedupePipeline`: drops a second item with the same canonical URL within one
   run (a new URL with known content goes on: the store records it as an alias).
4. `StorePipeline`: writes items to the store in batches (``PARTYNEWS_STORE_BATCH``
   items or ``PARTYNEWS_STORE_FLUSH_SECONDS`` seconds, whichever comes first,
   and on close), one transaction per batch, and counts new / updated /
   unchanged / duplicate articles in the stats ``partynews/articles_*``. A
   process killed between batches loses at most the batch it had not written.

Items are `crawler.items.Article` instances (or dicts of the same shape). The
store path is the setting ``PARTYNEWS_DB`` (else ``$PARTYNEWS_DB``, else
``data/partynews.db``); the run id the setting ``PARTYNEWS_RUN_ID``, else the
spider's ``run_id`` attribute, else the stat ``partynews/run_id``.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
import time
import unicodedata
from dataclasses import asdict, is_dataclass
from typing import Any

from itemadapter import ItemAdapter
from jsonschema import Draft202012Validator
from scrapy.exceptions import DropItem

from crawler.config import SCHEMA_PATH, db_path
from crawler.items import Article, content_hash
from crawler.store import Store, UpsertStats
from crawler.urls import canonicalize_url

logger = logging.getLogger(__name__)

DEFAULT_MIN_BODY_CHARS = 200
DEFAULT_BATCH = 100
DEFAULT_FLUSH_SECONDS = 30.0

_validator: Draft202012Validator | None = None


def article_validator() -> Draft202012Validator:
    """The JSON-schema validator of the Article contract, compiled once per process."""
    global _validator
    if _validator is None:
        schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
        _validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    return _validator


def item_to_dict(item: Any) -> dict:
    """An Article dataclass, a Scrapy item or a dict as a plain dict (images as dicts)."""
    if isinstance(item, Article):
        return item.to_dict()
    if isinstance(item, dict):
        data = dict(item)
    else:
        data = ItemAdapter(item).asdict()
    data["images"] = [asdict(img) if is_dataclass(img) else img for img in data.get("images") or []]
    return data


class _StoreUser:
    """Shared by the pipelines that write to the store: settings, run id, a lazily opened Store."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.db_path = str(db_path(self.settings.get("PARTYNEWS_DB")))
        self._store: Store | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store(self.db_path)
        return self._store

    @property
    def run_id(self) -> int | None:
        value = self.settings.get("PARTYNEWS_RUN_ID")
        if value in (None, ""):
            value = getattr(getattr(self.crawler, "spider", None), "run_id", None)
        if value in (None, ""):
            value = self.stats.get_value("partynews/run_id")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def close_store(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None


class ValidatePipeline(_StoreUser):
    """Reject items that break the schema or are not real articles: recorded in `rejects`, then dropped."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.min_body_chars = self.settings.getint("PARTYNEWS_MIN_BODY_CHARS", DEFAULT_MIN_BODY_CHARS)
        self.validator = article_validator()

    def process_item(self, item, spider=None):
        data = item_to_dict(item)
        problem = self.problem(data)
        if problem is None:
            return item
        reason, detail = problem
        url = str(data.get("url") or data.get("canonical_url") or "")
        self.stats.inc_value("partynews/rejected")
        self.stats.inc_value(f"partynews/rejected/{reason}")
        try:
            self.store.reject(url, data.get("site"), reason, detail, self.run_id)
        except Exception:
            logger.exception("could not record the reject of %s (%s: %s)", url, reason, detail)
        raise DropItem(f"rejected {url}: {reason}: {detail}", log_level="INFO")

    def close_spider(self, spider=None) -> None:
        self.close_store()

    def problem(self, data: dict) -> tuple[str, str] | None:
        """(reason, detail) when the item must not be stored, else None."""
        data = dict(data)
        if data.get("url") and not data.get("canonical_url"):
            data["canonical_url"] = data["url"]
        if not data.get("content_hash"):
            data["content_hash"] = content_hash(data.get("title") or "", data.get("body") or "")
        title = (data.get("title") or "").strip()
        body = (data.get("body") or "").strip()
        if not title:
            return "no_title", "empty title"
        if len(body) < self.min_body_chars:
            return "short_body", f"{len(body)} characters of body (minimum {self.min_body_chars})"
        listing = listing_reason(body)
        if listing:
            return "listing", listing
        errors = sorted(self.validator.iter_errors(data), key=lambda e: list(e.absolute_path))
        if errors:
            first = errors[0]
            where = "/".join(str(p) for p in first.absolute_path) or "(item)"
            more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
            return "schema", f"{where}: {first.message[:300]}{more}"
        return None


_DATE_LINE = re.compile(r"\d{1,2}[/-]\d{1,2}([/-]\d{2,4})?")


def listing_reason(body: str) -> str | None:
    """Why a body looks like a list of headlines rather than an article, or None.

    A listing reads as many short paragraphs (headlines, often with dates) and
    almost no paragraph of running prose.
    """
    paragraphs = [p.strip() for p in body.split("\n") if p.strip()]
    if len(paragraphs) < 8:
        return None
    short = [p for p in paragraphs if len(p) < 120 and not p.endswith((".", "!", "?", ":", "…", '"', "”"))]
    prose = sum(len(p) for p in paragraphs if len(p) >= 200)
    dated = sum(1 for p in short if _DATE_LINE.search(p))
    if len(short) >= 0.8 * len(paragraphs) and prose < 400:
        return f"{len(short)} of {len(paragraphs)} paragraphs are short headline-like lines ({dated} dated)"
    return None


def _nfc(value: Any) -> Any:
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value).strip()
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        for name in value.__dataclass_fields__:
            setattr(value, name, _nfc(getattr(value, name)))
        return value
    return value


class NormalisePipeline:
    """NFC and strip every string, canonicalise the URL, recompute the content hash."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        for name in list(adapter.field_names()):
            if name in adapter:
                adapter[name] = _nfc(adapter[name])
        if "body" in adapter:
            adapter["body"] = re.sub(r"\n{3,}", "\n\n", adapter["body"] or "")
        url = adapter.get("url") or ""
        hint = adapter.get("canonical_url")
        adapter["canonical_url"] = canonicalize_url(url, canonical_hint=hint if hint and hint != url else None)
        adapter["content_hash"] = content_hash(adapter.get("title") or "", adapter.get("body") or "")
        return item


class DedupePipeline:
    """Drop the second item of a run with an already seen canonical URL (logged, counted).

    Items with new URLs but known content go on to the store, which records them as
    aliases of the stored article: the URL is kept, the text is not stored twice.
    """

    def __init__(self, stats) -> None:
        self.stats = stats
        self.urls: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        url = adapter.get("canonical_url")
        if url in self.urls:
            self.stats.inc_value("partynews/in_run_duplicate")
            raise DropItem(f"in-run duplicate of an earlier item (canonical URL): {adapter.get('url')}",
                           log_level="INFO")
        self.urls.add(url)
        return item


class StorePipeline(_StoreUser):
    """Write items to the store in batches, one transaction each; count what happened in the stats."""

    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        self.batch_size = max(1, self.settings.getint("PARTYNEWS_STORE_BATCH", DEFAULT_BATCH))
        self.flush_seconds = self.settings.getfloat("PARTYNEWS_STORE_FLUSH_SECONDS", DEFAULT_FLUSH_SECONDS)
        self.pending: list[dict] = []
        self.oldest: float | None = None

    def open_spider(self, spider=None) -> None:
        self.store  # open now: a store that cannot be opened fails the run at its start

    def process_item(self, item, spider=None):
        self.pending.append(item_to_dict(item))
        if self.oldest is None:
            self.oldest = time.monotonic()
        if len(self.pending) >= self.batch_size or time.monotonic() - self.oldest >= self.flush_seconds:
            self.flush()
        return item

    def flush(self) -> None:
        """Write the pending items in one transaction.

        A busy or locked store keeps them pending for the next flush; an item the
        store refuses for its content is recorded as a ``store_error`` reject and
        the others are written one by one.
        """
        if not self.pending:
            return
        batch = self.pending
        try:
            result = self.store.upsert_articles(batch, run_id=self.run_id)
        except sqlite3.OperationalError:
            logger.exception("store busy: %d articles kept for the next flush", len(batch))
            self.stats.inc_value("partynews/store_errors")
            return
        except Exception:
            logger.exception("a batch of %d articles failed: storing them one by one", len(batch))
            result, remaining = UpsertStats(), list(batch)
            while remaining:
                try:
                    result += self.store.upsert_articles(remaining[:1], run_id=self.run_id)
                except sqlite3.OperationalError:
                    break  # busy: the rest waits for the next flush
                except Exception as exc:
                    self._reject_unstorable(remaining[0], exc)
                remaining.pop(0)
            self._count(result)
            self.pending, self.oldest = remaining, (time.monotonic() if remaining else None)
            return
        self.pending, self.oldest = [], None
        self._count(result)

    def _count(self, result: UpsertStats) -> None:
        for name, value in result.as_dict().items():
            self.stats.inc_value(f"partynews/articles_{name}", value)

    def _reject_unstorable(self, data: dict, exc: Exception) -> None:
        url = str(data.get("url") or "")
        self.stats.inc_value("partynews/rejected")
        self.stats.inc_value("partynews/rejected/store_error")
        logger.error("cannot store %s: %s: %s", url, type(exc).__name__, exc)
        try:
            self.store.reject(url, data.get("site"), "store_error", f"{type(exc).__name__}: {exc}"[:500], self.run_id)
        except Exception:
            logger.exception("could not record the reject of %s", url)

    def close_spider(self, spider=None) -> None:
        self.flush()
        if self.pending:
            logger.error("%d articles could not be stored and are lost for this run", len(self.pending))
            self.stats.inc_value("partynews/articles_lost", len(self.pending))
        self.close_store()
