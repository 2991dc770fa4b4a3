"""The article store: one SQLite file holding articles, their earlier versions, rejects and runs.

`Store` wraps a `sqlite_utils.Database` on a WAL-mode connection, so a crawl can
write while `export`, `search` or Datasette read. Tables:

* ``articles``: one row per canonical URL (the dedupe key), with the store-only
  fields of the export contract: ``cluster_id``/``is_original`` (syndicated
  copies, see `crawler.neardup`), ``first_seen_at``, ``updated_at``,
  ``version`` and ``change_seq`` (store-wide counter, kept in ``meta``, bumped
  by every insert and update: the export cursor);
* ``article_versions``: the previous content of an article whose text changed;
* ``aliases``: URLs that lead to an article stored under another canonical URL:
  a page with exactly its text (same ``content_hash``), or the URL a listing
  gave for a page whose canonical link differs. They are not stored twice, the
  alias row says which article they belong to, and `known_urls` treats them as
  known, so an incremental crawl does not download them again;
* ``articles_fts``: FTS5 over title, lead and body folded to plain letters
  (diacritics removed, đ -> d), rowid = article id, written in the same
  transaction as the article, so "cong tac dan van" finds "công tác dân vận".
  It is a plain FTS5 table: sqlite3 and Datasette read it without any custom
  function;
* ``minhash``/``minhash_bands`` (near-duplicates), ``rejects``, ``runs``,
  ``sites``, ``consumers`` (export cursors), ``meta``.

Writes of articles go through `upsert_articles`, one transaction per batch: a
process killed between batches loses only the batch it had not committed.
"""

from __future__ import annotations

import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlite_utils

from crawler.items import SCHEMA_VERSION, content_hash
from crawler.neardup import NearDupIndex
from crawler.urls import canonicalize_url

JSON_FIELDS = ("authors", "images", "tags", "extraction")
ARTICLE_FIELDS = (
    "url", "canonical_url", "site", "title", "lead", "body", "published", "published_precision",
    "modified", "authors", "source", "images", "tags", "category", "language", "fetched_at",
    "content_hash", "extraction", "schema_version",
)
STORE_FIELDS = ("id", "cluster_id", "is_original", "first_seen_at", "updated_at", "version", "change_seq")
VERSIONED_FIELDS = ("content_hash", "title", "lead", "body", "published", "authors")
FTS_WEIGHTS = (10.0, 4.0, 1.0)  # title, lead, body
LOOKUP_CHUNK = 500

ARTICLE_COLUMNS: dict[str, Any] = {
    "id": int, "canonical_url": str, "url": str, "site": str, "title": str, "lead": str, "body": str,
    "published": str, "published_precision": str, "modified": str, "authors": str, "source": str,
    "images": str, "tags": str, "category": str, "language": str, "fetched_at": str,
    "content_hash": str, "extraction": str, "schema_version": str, "cluster_id": int,
    "is_original": int, "first_seen_at": str, "updated_at": str, "version": int, "change_seq": int,
    "run_id": int,
}
RUN_COLUMNS: dict[str, Any] = {
    "id": int, "site": str, "trigger": str, "started_at": str, "finished_at": str, "outcome": str,
    "pid": int, "pages": int, "new": int, "updated": int, "unchanged": int, "duplicate": int,
    "rejected": int, "http_errors": int, "coverage": str, "finish_reason": str, "log_path": str,
    "stats": str,
}


@dataclass
class UpsertStats:
    """What one `upsert_articles` call did."""

    new: int = 0
    updated: int = 0
    unchanged: int = 0
    duplicate: int = 0

    def as_dict(self) -> dict[str, int]:
        return asdict(self)

    def __iadd__(self, other: "UpsertStats") -> "UpsertStats":
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)
        return self


def utc_now() -> str:
    """Now as stored: ISO 8601 UTC with microseconds (orders correctly as text)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class _FoldTable(dict):
    """`str.translate` table built on demand: each character to itself without its marks."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in "đĐ":
            folded = "d"
        elif unicodedata.combining(char):
            folded = ""
        else:
            folded = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def fold(text: str | None) -> str:
    """Lower-case text without diacritics: "Đảng Cộng sản" -> "dang cong san" (NFC text keeps its length)."""
    if not text:
        return ""
    return text.translate(_FOLD).lower()


class NotAStoreError(Exception):
    """A SQLite file without the partynews tables, opened read-only (so nothing was created in it)."""


#: Tables a read-only open requires (what `search` and `get` read).
READ_TABLES = ("articles", "articles_fts", "meta")


class Store:
    """One SQLite store file. Open it, use it from one thread, `close()` it (or use `with`).

    ``read_only=True`` is for commands that only read (search): the file must already be
    a store (else `NotAStoreError`, or `sqlite3.DatabaseError` when it is not SQLite at
    all) and nothing is ever written into it, not even the schema.
    """

    def __init__(self, path: str | Path, *, num_perm: int | None = None, timeout: float = 30.0,
                 read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if read_only:
            self.conn = _connect_read_only(self.path, timeout)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(str(self.path), timeout=timeout, isolation_level=None, check_same_thread=False)
        self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        if not read_only:
            try:
                self.conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError:
                pass  # another process is switching it right now; it ends up WAL either way
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
        self.db = sqlite_utils.Database(self.conn)
        if not read_only:
            self._create_schema()
        kwargs = {"num_perm": num_perm} if num_perm else {}
        self.neardup = NearDupIndex(self.conn, **kwargs)

    # --- lifecycle ---------------------------------------------------------------------

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def _create_schema(self) -> None:
        db = self.db
        db["articles"].create(ARTICLE_COLUMNS, pk="id", not_null={"canonical_url", "url"}, if_not_exists=True)
        db["article_versions"].create(
            {"article_id": int, "version": int, "content_hash": str, "title": str, "lead": str, "body": str,
             "published": str, "authors": str, "replaced_at": str, "run_id": int},
            pk=("article_id", "version"), foreign_keys=[("article_id", "articles", "id")], if_not_exists=True,
        )
        db["aliases"].create(
            {"url": str, "article_id": int, "site": str, "content_hash": str, "first_seen_at": str, "run_id": int},
            pk="url", foreign_keys=[("article_id", "articles", "id")], if_not_exists=True,
        )
        db["rejects"].create(
            {"id": int, "url": str, "site": str, "reason": str, "detail": str, "run_id": int, "created_at": str},
            pk="id", if_not_exists=True,
        )
        db["runs"].create(RUN_COLUMNS, pk="id", if_not_exists=True)
        db["sites"].create(
            {"key": str, "name": str, "level": str, "province": str, "domains": str, "family": str},
            pk="key", if_not_exists=True,
        )
        db["consumers"].create({"name": str, "cursor": int, "updated_at": str}, pk="name", if_not_exists=True)
        db["meta"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
        for table, columns, unique in (
            ("articles", ["canonical_url"], True),
            ("articles", ["content_hash"], False),
            ("articles", ["site", "published"], False),
            ("articles", ["change_seq"], False),
            ("articles", ["cluster_id"], False),
            ("aliases", ["article_id"], False),
            ("rejects", ["run_id"], False),
            ("rejects", ["site", "created_at"], False),
            ("runs", ["site", "started_at"], False),
        ):
            db[table].create_index(columns, unique=unique, if_not_exists=True, find_unique_name=True)
        self.conn.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5("
            "title, lead, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
        NearDupIndex.create_tables(self.conn)
        self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('change_seq', '0')")
        self.conn.execute("INSERT OR IGNORE INTO meta (key, value) VALUES ('schema_version', ?)", (SCHEMA_VERSION,))

    # --- writes ------------------------------------------------------------------------

    def upsert_articles(self, articles: Iterable[dict], run_id: int | None = None) -> UpsertStats:
        """Store a batch of Article dicts in one transaction: new, updated, unchanged or duplicate each.

        * same canonical URL, same content hash: unchanged, nothing written;
        * same canonical URL, new hash: the old content goes to ``article_versions``,
          the row is updated (version + 1, new ``updated_at`` and ``change_seq``);
        * new URL whose content hash is already stored: duplicate, recorded in ``aliases``;
        * otherwise inserted, indexed for search and given its near-duplicate cluster.
        """
        stats = UpsertStats()
        now = utc_now()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            seq = int(self.conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()[0])
            for article in articles:
                outcome, seq = self._upsert_one(article, run_id, now, seq)
                setattr(stats, outcome, getattr(stats, outcome) + 1)
            self.conn.execute("UPDATE meta SET value = ? WHERE key = 'change_seq'", (str(seq),))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return stats

    def _upsert_one(self, article: dict, run_id: int | None, now: str, seq: int) -> tuple[str, int]:
        row = self._article_row(article)
        existing = self.conn.execute(
            "SELECT id, content_hash, version, title, lead, body, published, authors FROM articles "
            "WHERE canonical_url = ?",
            (row["canonical_url"],),
        ).fetchone()
        if existing is not None:
            article_id, old_hash, version = existing[0], existing[1], existing[2]
            self._remember_fetched_url(article_id, row, now, run_id)
            if old_hash == row["content_hash"]:
                return "unchanged", seq
            seq += 1
            self.conn.execute(
                "INSERT OR REPLACE INTO article_versions (article_id, version, content_hash, title, lead, body, "
                "published, authors, replaced_at, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article_id, version, old_hash, *existing[3:], now, run_id),
            )
            assignments = ", ".join(f"{name} = ?" for name in ARTICLE_FIELDS)
            self.conn.execute(
                f"UPDATE articles SET {assignments}, version = ?, updated_at = ?, change_seq = ?, run_id = ? "
                "WHERE id = ?",
                (*(row[name] for name in ARTICLE_FIELDS), version + 1, now, seq, run_id, article_id),
            )
            self._index_text(article_id, row, replace=True)
            signature = self.neardup.signature(row["body"])
            if signature is None:
                self.neardup.remove(article_id)
            else:
                self.neardup.add(article_id, signature)
            return "updated", seq
        twin = self.conn.execute(
            "SELECT id FROM articles WHERE content_hash = ? LIMIT 1", (row["content_hash"],)
        ).fetchone()
        if twin is not None:
            self.conn.execute(
                "INSERT INTO aliases (url, article_id, site, content_hash, first_seen_at, run_id) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET article_id = excluded.article_id, "
                "content_hash = excluded.content_hash, run_id = excluded.run_id",
                (row["canonical_url"], twin[0], row["site"], row["content_hash"], now, run_id),
            )
            self._remember_fetched_url(twin[0], row, now, run_id)
            return "duplicate", seq
        seq += 1
        names = (*ARTICLE_FIELDS, "version", "first_seen_at", "updated_at", "change_seq", "run_id", "is_original")
        cursor = self.conn.execute(
            f"INSERT INTO articles ({', '.join(names)}) VALUES ({', '.join('?' * len(names))})",
            (*(row[name] for name in ARTICLE_FIELDS), 1, now, now, seq, run_id, 1),
        )
        article_id = cursor.lastrowid
        self.conn.execute("DELETE FROM aliases WHERE url = ?", (row["canonical_url"],))
        self._remember_fetched_url(article_id, row, now, run_id)
        self._index_text(article_id, row, replace=False)
        seq = self._cluster(article_id, row, now, seq)
        return "new", seq

    def _remember_fetched_url(self, article_id: int, row: dict, now: str, run_id: int | None) -> None:
        """Record the URL the page was fetched at as an alias when its canonical link differs."""
        fetched = canonicalize_url(row["url"])
        if fetched == row["canonical_url"]:
            return
        self.conn.execute(
            "INSERT OR IGNORE INTO aliases (url, article_id, site, content_hash, first_seen_at, run_id) "
            "SELECT ?, ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM articles WHERE canonical_url = ?)",
            (fetched, article_id, row["site"], row["content_hash"], now, run_id, fetched),
        )

    def _article_row(self, article: dict) -> dict[str, Any]:
        row: dict[str, Any] = {name: article.get(name) for name in ARTICLE_FIELDS}
        url = str(row["url"] or row["canonical_url"] or "").strip()
        if not url:
            raise ValueError("article without url")
        row["url"] = url
        row["canonical_url"] = canonicalize_url(row["canonical_url"] or url)
        row["body"] = row["body"] or ""
        if not row["content_hash"]:
            row["content_hash"] = content_hash(row["title"] or "", row["body"])
        row["language"] = row["language"] or "vi"
        row["schema_version"] = row["schema_version"] or SCHEMA_VERSION
        for name in JSON_FIELDS:
            value = row[name]
            if value is None:
                value = {} if name == "extraction" else []
            elif name == "images":
                value = [img if isinstance(img, dict) else asdict(img) for img in value]
            row[name] = json.dumps(value, ensure_ascii=False)
        return row

    def _index_text(self, article_id: int, row: dict, *, replace: bool) -> None:
        if replace:
            self.conn.execute("DELETE FROM articles_fts WHERE rowid = ?", (article_id,))
        self.conn.execute(
            "INSERT INTO articles_fts (rowid, title, lead, body) VALUES (?, ?, ?, ?)",
            (article_id, fold(row["title"]), fold(row["lead"]), fold(row["body"])),
        )

    def _cluster(self, article_id: int, row: dict, now: str, seq: int) -> int:
        """Give a new article its near-duplicate cluster; the earliest member is the original."""
        signature = self.neardup.signature(row["body"])
        cluster_id = article_id
        if signature is not None:
            for match_id, _similarity in self.neardup.matches(signature, exclude=article_id):
                found = self.conn.execute("SELECT cluster_id FROM articles WHERE id = ?", (match_id,)).fetchone()
                if found is not None:
                    cluster_id = found[0] or match_id
                    break
            self.neardup.add(article_id, signature)
        if cluster_id == article_id:
            self.conn.execute("UPDATE articles SET cluster_id = ?, is_original = 1 WHERE id = ?", (article_id, article_id))
            return seq
        original = self.conn.execute(
            "SELECT id, published, first_seen_at FROM articles WHERE cluster_id = ? AND is_original = 1 AND id != ? "
            "LIMIT 1",
            (cluster_id, article_id),
        ).fetchone()
        is_original = original is None or _age_key(row["published"], now) < _age_key(original[1], original[2])
        if is_original and original is not None:
            seq += 1  # the old original's exported record changes: give it a new change_seq
            self.conn.execute(
                "UPDATE articles SET is_original = 0, change_seq = ? WHERE id = ?", (seq, original[0])
            )
        self.conn.execute(
            "UPDATE articles SET cluster_id = ?, is_original = ? WHERE id = ?",
            (cluster_id, int(is_original), article_id),
        )
        return seq

    def reject(self, url: str, site: str | None, reason: str, detail: str = "", run_id: int | None = None) -> None:
        """Record a page that was not stored, and why."""
        self.conn.execute(
            "INSERT INTO rejects (url, site, reason, detail, run_id, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (url, site, reason, detail, run_id, utc_now()),
        )

    # --- reads -------------------------------------------------------------------------

    def has_url(self, canonical_url: str) -> bool:
        """Whether the URL (canonicalised again, which is harmless) is stored or a known alias."""
        return bool(self.known_urls([canonical_url]))

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The given URLs whose canonical form is stored (as an article or an alias), in few queries."""
        by_canonical: dict[str, list[str]] = {}
        for url in urls:
            by_canonical.setdefault(canonicalize_url(url), []).append(url)
        keys = list(by_canonical)
        known: set[str] = set()
        for start in range(0, len(keys), LOOKUP_CHUNK):
            chunk = keys[start : start + LOOKUP_CHUNK]
            marks = ",".join("?" * len(chunk))
            for (found,) in self.conn.execute(
                f"SELECT canonical_url FROM articles WHERE canonical_url IN ({marks}) "
                f"UNION SELECT url FROM aliases WHERE url IN ({marks})",
                (*chunk, *chunk),
            ):
                known.update(by_canonical.get(found, ()))
        return known

    def get(self, key: int | str) -> dict | None:
        """One article as an export record (Article dict plus store fields), by id or URL."""
        if isinstance(key, int):
            where, value = "id = ?", key
        else:
            where, value = "canonical_url = ?", canonicalize_url(key)
        cursor = self.conn.execute(f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles WHERE {where}", (value,))
        row = cursor.fetchone()
        return record_from_row(row) if row else None

    def versions(self, article_id: int) -> list[dict]:
        """Earlier versions of an article, oldest first."""
        cursor = self.conn.execute(
            "SELECT * FROM article_versions WHERE article_id = ? ORDER BY version", (article_id,)
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    def change_seq(self) -> int:
        """The highest change sequence number given so far."""
        return int(self.conn.execute("SELECT value FROM meta WHERE key = 'change_seq'").fetchone()[0])

    def counts(self) -> dict[str, int]:
        """Row counts: articles, versions, aliases, rejects, runs, clusters with several members."""
        one = lambda sql: int(self.conn.execute(sql).fetchone()[0])  # noqa: E731
        return {
            "articles": one("SELECT count(*) FROM articles"),
            "versions": one("SELECT count(*) FROM article_versions"),
            "aliases": one("SELECT count(*) FROM aliases"),
            "rejects": one("SELECT count(*) FROM rejects"),
            "runs": one("SELECT count(*) FROM runs"),
            "clusters": one(
                "SELECT count(*) FROM (SELECT cluster_id FROM articles GROUP BY cluster_id HAVING count(*) > 1)"
            ),
        }

    def search(self, query: str, site: str | None = None, since: str | None = None, limit: int = 20) -> list[dict]:
        """Full-text search, with or without diacritics, best (bm25) first.

        Words are ANDed; "quoted words" form a phrase; a trailing * matches a prefix.
        `since` (an ISO date or datetime) keeps articles published (else first seen) at or after it.
        Each hit: id, title, site, published, url, canonical_url, score, snippet (original text, matches in [ ]).
        """
        match, terms = fts_query(query)
        if not match:
            return []
        where, params = ["articles_fts MATCH ?"], [match]
        if site:
            where.append("a.site = ?")
            params.append(site)
        if since:
            where.append("COALESCE(a.published, a.first_seen_at) >= ?")
            params.append(since)
        weights = ", ".join(str(w) for w in FTS_WEIGHTS)
        sql = (
            f"SELECT a.id, a.title, a.site, a.published, a.url, a.canonical_url, a.lead, a.body, "
            f"bm25(articles_fts, {weights}) AS score FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
            f"WHERE {' AND '.join(where)} ORDER BY score LIMIT ?"
        )
        params.append(int(limit))
        try:
            rows = self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            raise ValueError(f"cannot search for {query!r}: {exc}") from None
        hits = []
        for article_id, title, site_key, published, url, canonical, lead, body, score in rows:
            hits.append(
                {
                    "id": article_id, "title": title, "site": site_key, "published": published, "url": url,
                    "canonical_url": canonical, "score": round(-score, 6),
                    "snippet": snippet(body or "", terms) or snippet(lead or "", terms) or (body or "")[:160],
                }
            )
        return hits


def _connect_read_only(path: Path, timeout: float) -> sqlite3.Connection:
    """A read-only connection to an existing store; raises NotAStoreError for any other SQLite file."""
    from urllib.parse import quote

    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=False)
    try:
        found = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        missing = [name for name in READ_TABLES if name not in found]
        if missing:
            raise NotAStoreError(f"{path} is not a partynews store (no {', '.join(missing)} table)")
    except BaseException:
        conn.close()
        raise
    return conn


EXPORT_COLUMNS = (*STORE_FIELDS, *ARTICLE_FIELDS)


def record_from_row(row: tuple) -> dict:
    """An `articles` row (selected as EXPORT_COLUMNS) as an export record matching the JSON schema."""
    record = dict(zip(EXPORT_COLUMNS, row))
    for name in JSON_FIELDS:
        value = record.get(name)
        record[name] = json.loads(value) if value else ({} if name == "extraction" else [])
    record["is_original"] = bool(record["is_original"])
    return record


_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")


def fts_query(query: str) -> tuple[str, list[str]]:
    """An FTS5 MATCH expression for a user query (folded, every word quoted) and its folded words."""
    parts, terms = [], []
    for phrase, word in _TOKEN.findall(query or ""):
        words = _WORD.findall(fold(phrase if phrase else word))
        if not words:
            continue
        terms.extend(words)
        if phrase:
            parts.append('"' + " ".join(words) + '"')
        else:
            prefix = word.endswith("*") and len(words) == 1
            parts.extend(f'"{w}"' for w in words)
            if prefix:
                parts[-1] += "*"
    return " ".join(parts), terms


def snippet(text: str, terms: list[str], width: int = 200) -> str:
    """About `width` characters of `text` around the first match of a folded term, matches in [ ]."""
    if not text or not terms:
        return ""
    folded = fold(text)
    if len(folded) != len(text):  # folding changed the length (rare scripts): show folded text
        text = folded
    pattern = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True)) + r")\b")
    first = pattern.search(folded)
    if first is None:
        return ""
    start = max(0, first.start() - width // 4)
    floor = max(0, start - 20)
    while start > floor and not folded[start - 1].isspace():
        start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace() and end - start < width + 30:
        end += 1
    pieces, last = [], start
    for match in pattern.finditer(folded, start, end):
        pieces.append(text[last : match.start()])
        pieces.append(f"[{text[match.start() : match.end()]}]")
        last = match.end()
    pieces.append(text[last:end])
    out = "".join(pieces).replace("\n", " ").strip()
    return ("…" if start > 0 else "") + out + ("…" if end < len(text) else "")


def _age_key(published: str | None, first_seen: str | None) -> datetime:
    for text in (published, first_seen):
        if text:
            try:
                moment = datetime.fromisoformat(text)
            except ValueError:
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime.max.replace(tzinfo=UTC)


def iter_records(conn: sqlite3.Connection, where: str = "", params: Iterable[Any] = ()) -> Iterator[dict]:
    """Export records in change_seq order, streamed from a cursor (constant memory)."""
    sql = f"SELECT {', '.join(EXPORT_COLUMNS)} FROM articles {where} ORDER BY change_seq"
    for row in conn.execute(sql, tuple(params)):
        yield record_from_row(row)
