"""End to end, offline: `partynews crawl --all --replay` into a store, then per-site checks.

One real Scrapy crawl of every registered site runs once, in a subprocess (Twisted's
reactor cannot restart in-process), shared by all xdist workers through a lock file.
Each site's test then asserts that every expected article of its snapshot is in the
store with the expected title, date and body, and that no stored body carries site
boilerplate. A registered site without a snapshot fails. A replay of our own
snapshots is clean: every article a listing links is in the snapshot, and the crawl
records no reject.

Then the same crawl runs again on a copy of that store: the second run must add no
article, no version and no alias, and download no article page (every listed
article is known to the store).
"""

from __future__ import annotations

import fcntl
import importlib
import json
import os
import re
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from crawler.config import PROJECT_ROOT, SITE_FIXTURES_DIR
from crawler.sites import all_sites
from crawler.urls import canonicalize_url

pytestmark = pytest.mark.slow

#: Boilerplate from shared/research/sites.md that must never reach a stored body. Phrases that
#: are also ordinary Vietnamese ("Chia sẻ", "Tất cả", "Đăng ký") are left out on purpose.
BOILERPLATE = (
    "Lượt xem", "lượt xem", "Số lượt truy cập", "Thống kê truy cập", "Đang online", "Đang truy cập",
    "Tổng lượt truy cập", "Đăng nhập", "Gửi cho bạn bè", "In bài viết", "In trang", "Gửi email", "Lên đầu trang",
    "Về đầu trang", "Cỡ chữ", "Các tin khác", "Tin liên quan", "Xem nhiều nhất", "Đọc nhiều", "Tin cùng chuyên mục",
    "Các tin đã đưa", "Bài viết liên quan", "Những tin mới hơn", "Những tin cũ hơn", "Các bài viết khác",
    "Ảnh cờ động", "No title", "Thăm dò ý kiến", "Đánh giá bài viết", "Tổng số điểm", "Nam miền Bắc", "Nữ miền Bắc",
    "Giấy phép số", "Bản quyền thuộc", "Ghi rõ nguồn khi phát hành lại",
)


#: Stats of a run: pages the replay served, and how many of them were listing pages.
SERVED, LISTINGS = "partynews/replay/served", "partynews/listing_pages"


def _shared_dir(tmp_path_factory) -> Path:
    base = tmp_path_factory.getbasetemp()
    # under xdist every worker has its own basetemp below a common parent
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _crawl_all(db: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-m", "crawler", "crawl", "--all", "--replay", "--db", str(db), "--quiet"],
        cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=280,
    )
    return {"code": proc.returncode, "stdout": proc.stdout, "stderr": proc.stderr[-20000:]}


@pytest.fixture(scope="session")
def replay_store(tmp_path_factory) -> dict:
    """Crawl every site from its snapshot once per test session; returns the store path and output."""
    shared = _shared_dir(tmp_path_factory) / "replay-crawl"
    shared.mkdir(exist_ok=True)
    db, result_file = shared / "store.db", shared / "result.json"
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not result_file.exists():
            result_file.write_text(json.dumps(_crawl_all(db)))
    result = json.loads(result_file.read_text())
    result["db"] = db
    return result


def _query(db: Path, sql: str, *args) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, args)]
    finally:
        conn.close()


def _state(db: Path) -> dict:
    """What a crawl can add to a store: row counts, the change counter, the last run id."""
    one = lambda sql: _query(db, sql)[0]["n"]  # noqa: E731
    return {
        "articles": one("SELECT count(*) AS n FROM articles"),
        "versions": one("SELECT count(*) AS n FROM article_versions"),
        "aliases": one("SELECT count(*) AS n FROM aliases"),
        "rejects": one("SELECT count(*) AS n FROM rejects"),
        "change_seq": int(one("SELECT value AS n FROM meta WHERE key = 'change_seq'")),
        "last_run": one("SELECT max(id) AS n FROM runs"),
    }


@pytest.fixture(scope="session")
def second_replay(replay_store, tmp_path_factory) -> dict:
    """The same replay crawl again, on a copy of the first crawl's store (copied with SQLite's backup)."""
    assert replay_store["code"] == 0, replay_store["stderr"][-5000:]
    shared = _shared_dir(tmp_path_factory) / "replay-crawl-again"
    shared.mkdir(exist_ok=True)
    db, result_file = shared / "store.db", shared / "result.json"
    with open(shared / "lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not result_file.exists():
            source, copy = sqlite3.connect(replay_store["db"]), sqlite3.connect(db)
            source.backup(copy)
            source.close()
            copy.close()
            before = _state(db)
            result = _crawl_all(db)
            result_file.write_text(json.dumps({**result, "before": before, "after": _state(db)}))
    result = json.loads(result_file.read_text())
    result["db"] = db
    return result


def _snapshot(key: str) -> dict:
    return json.loads((SITE_FIXTURES_DIR / key / "snapshot.json").read_text(encoding="utf-8"))


def _norm(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "")
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip())


def _stored(db: Path) -> dict[str, dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return {row["canonical_url"]: dict(row) for row in conn.execute("SELECT * FROM articles")}
    finally:
        conn.close()


def test_replay_crawl_of_all_sites_exits_cleanly(replay_store):
    assert all_sites(), "no sites registered"
    assert replay_store["code"] == 0, replay_store["stderr"][-5000:]
    for key in all_sites():
        assert key in replay_store["stdout"], f"no summary line for {key}"


@pytest.mark.parametrize("key", sorted(all_sites()))
def test_site_snapshot_articles_are_stored(replay_store, key):
    manifest_path = SITE_FIXTURES_DIR / key / "snapshot.json"
    assert manifest_path.exists(), f"site {key} has no snapshot at {manifest_path}"
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    expected_pages = [p for p in manifest["pages"] if p.get("expected")]
    assert expected_pages, f"site {key}: the snapshot has no article with expected output"
    stored = _stored(replay_store["db"])
    problems = []
    for page in expected_pages:
        expected = json.loads((SITE_FIXTURES_DIR / key / page["expected"]).read_text(encoding="utf-8"))
        candidates = {canonicalize_url(page["url"]), canonicalize_url(expected.get("canonical_url") or page["url"])}
        row = next((stored[c] for c in candidates if c in stored), None)
        if row is None:
            problems.append(f"{page['url']}: not in the store")
            continue
        if row["site"] != key:
            problems.append(f"{page['url']}: stored under site {row['site']!r}")
        for name in ("title", "published"):
            if name in expected and _norm(row[name]) != _norm(expected[name]):
                problems.append(f"{page['url']}: {name} {row[name]!r} != expected {expected[name]!r}")
        if "body" in expected and _norm(row["body"]) != _norm(expected["body"]):
            problems.append(f"{page['url']}: body differs from {page['expected']}")
    assert not problems, "\n".join(problems)


def test_no_boilerplate_in_any_stored_body(replay_store):
    stored = _stored(replay_store["db"])
    assert stored, "the replay crawl stored nothing"
    found = [f"{url}: {phrase!r}" for url, row in stored.items() for phrase in BOILERPLATE if phrase in (row["body"] or "")]
    assert not found, "\n".join(found)


@pytest.mark.parametrize("key", sorted(all_sites()))
def test_every_listed_article_is_a_snapshot_page(key):
    """A listing link without its page would make the replay answer 404 and record a reject."""
    pages = {p["url"] for p in _snapshot(key)["pages"]}
    family = all_sites()[key].family
    fetch_url_of = getattr(importlib.import_module(f"crawler.sites.families.{family}"), "article_fetch_url", None) if family else None
    listed = [u for p in _snapshot(key)["pages"] for u in p.get("article_links", ())]
    assert listed, f"{key}: no listing with article_links"
    missing = [u for u in listed if (fetch_url_of(u) if fetch_url_of else u) not in pages]
    assert not missing, f"{key}: listed but not in the snapshot: {missing}"


@pytest.mark.parametrize("key", sorted(all_sites()))
def test_every_start_url_is_a_snapshot_page(key):
    site = all_sites()[key]
    pages = {p["url"] for p in _snapshot(key)["pages"]}
    assert [u for u in (*site.start_urls, *site.feeds, *site.sitemaps) if u not in pages] == []


def test_replay_crawl_records_no_reject(replay_store):
    assert replay_store["code"] == 0, replay_store["stderr"][-5000:]
    rejects = _query(replay_store["db"], "SELECT site, reason, url FROM rejects")
    assert rejects == [], "\n".join(f"{r['site']} {r['reason']} {r['url']}" for r in rejects)
    runs = _query(replay_store["db"], "SELECT site, rejected FROM runs WHERE rejected > 0")
    assert runs == []


def test_second_replay_run_adds_no_article_no_version_no_alias(second_replay):
    assert second_replay["code"] == 0, second_replay["stderr"][-5000:]
    before, after = second_replay["before"], second_replay["after"]
    assert before["articles"] > 0
    assert after["last_run"] > before["last_run"], "the second crawl recorded no run"
    for name in ("articles", "versions", "aliases", "rejects", "change_seq"):
        assert after[name] == before[name], f"second run changed {name}: {before[name]} -> {after[name]}"


@pytest.mark.parametrize("key", sorted(all_sites()))
def test_second_replay_run_downloads_no_article_page(second_replay, key):
    runs = _query(second_replay["db"], "SELECT items, rejected, stats FROM runs WHERE site = ? AND id > ?",
                  key, second_replay["before"]["last_run"])
    assert len(runs) == 1, f"{key}: {len(runs)} runs recorded by the second crawl"
    stats = json.loads(runs[0]["stats"] or "{}")
    article_pages = stats.get(SERVED, 0) - stats.get(LISTINGS, 0)
    assert stats.get(LISTINGS, 0) > 0, f"{key}: the second run read no listing"
    assert (article_pages, runs[0]["items"], runs[0]["rejected"]) == (0, 0, 0), (
        f"{key}: second run downloaded {article_pages} article pages, extracted {runs[0]['items']}")
