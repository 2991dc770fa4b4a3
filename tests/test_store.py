"""Store: upserts, versions, exact and near duplicates, incremental lookups, rejects."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from crawler.items import content_hash
from crawler.store import Store
from factories import VN, make_article, syndicated_copy, vietnamese_body


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "sub" / "store.db") as opened:
        yield opened


def test_creates_folder_wal_and_tables(tmp_path):
    path = tmp_path / "a" / "b" / "store.db"
    with Store(path) as store:
        assert path.exists()
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        names = set(store.db.table_names())
    assert {"articles", "article_versions", "aliases", "rejects", "runs", "sites", "consumers", "meta",
            "minhash", "minhash_bands", "articles_fts"} <= names
    # readable by plain sqlite3, FTS included, without any custom function
    conn = sqlite3.connect(path)
    assert conn.execute("SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'dang'").fetchone() == (0,)
    conn.close()


def test_second_upsert_of_same_article_writes_nothing(store):
    article = make_article(1)
    assert store.upsert_articles([article]).as_dict() == {"new": 1, "updated": 0, "unchanged": 0, "duplicate": 0}
    before = store.get(article["url"])
    seq = store.change_seq()
    stats = store.upsert_articles([article])
    assert stats.unchanged == 1 and stats.new == stats.updated == 0
    assert store.change_seq() == seq
    assert store.get(article["url"]) == before
    assert store.versions(before["id"]) == []
    assert before["version"] == 1 and before["change_seq"] == seq


def test_tracking_and_print_variants_are_one_article(store):
    article = make_article(2)
    variant = dict(article, url=article["url"] + "?utm_source=facebook&fbclid=xyz", canonical_url=None)
    printed = dict(article, url=article["url"] + "?print=1", canonical_url=article["url"] + "?print=1")
    stats = store.upsert_articles([article, variant, printed])
    assert stats.new == 1 and stats.unchanged == 2
    assert store.counts()["articles"] == 1


def test_same_text_at_another_url_is_a_duplicate_alias(store):
    article = make_article(3)
    twin = dict(article, url="https://hanam.dcs.vn/Default.aspx?tabid=7&id=3", canonical_url=None)
    stats = store.upsert_articles([article])
    stats = store.upsert_articles([twin], run_id=42)
    assert stats.duplicate == 1 and stats.new == 0
    assert store.counts()["articles"] == 1
    alias = store.conn.execute("SELECT url, article_id, run_id FROM aliases").fetchone()
    assert alias == ("https://hanam.dcs.vn/Default.aspx?id=3&tabid=7", store.get(article["url"])["id"], 42)
    assert store.has_url(twin["url"])  # the spider will not fetch it again


def test_listed_url_of_a_page_with_another_canonical_link_is_known(store):
    article = make_article(5)
    listed = article["url"] + "?categoryId=12"
    store.upsert_articles([dict(article, url=listed, canonical_url=article["url"])], run_id=3)
    assert store.counts()["articles"] == 1
    assert store.known_urls([listed, article["url"], listed + "&x=1"]) == {listed, article["url"]}
    alias = store.conn.execute("SELECT url, article_id, run_id FROM aliases").fetchone()
    assert alias == (listed, store.get(article["url"])["id"], 3)
    stats = store.upsert_articles([dict(article, url=listed, canonical_url=article["url"])])
    assert stats.unchanged == 1 and store.counts()["aliases"] == 1


def test_changed_body_keeps_old_version(store):
    article = make_article(4)
    store.upsert_articles([article])
    first = store.get(article["url"])
    changed = make_article(4, body=article["body"] + "\n\nBổ sung: hội nghị kết thúc lúc 11 giờ cùng ngày.")
    stats = store.upsert_articles([changed], run_id=7)
    assert stats.updated == 1
    second = store.get(article["url"])
    assert second["id"] == first["id"]
    assert second["version"] == 2
    assert second["body"] == changed["body"]
    assert second["updated_at"] > first["updated_at"]
    assert second["first_seen_at"] == first["first_seen_at"]
    assert second["change_seq"] > first["change_seq"]
    versions = store.versions(first["id"])
    assert len(versions) == 1
    assert versions[0]["version"] == 1 and versions[0]["body"] == article["body"]
    assert versions[0]["content_hash"] == article["content_hash"] and versions[0]["run_id"] == 7
    # search sees the new text, not the old one
    assert [hit["id"] for hit in store.search("ket thuc luc 11 gio")] == [first["id"]]


def test_syndicated_copy_joins_cluster_and_earliest_is_original(store):
    morning = datetime(2024, 3, 30, 8, 0, tzinfo=VN)
    original = make_article(10, site="hanam", published=morning)
    later_copy = syndicated_copy(original, site="thanhhoa", seed=11, published=morning + timedelta(hours=5))
    unrelated = make_article(12, site="hanam")
    store.upsert_articles([later_copy, unrelated])  # the copy arrives first
    store.upsert_articles([original])
    a, b, c = (store.get(x["url"]) for x in (original, later_copy, unrelated))
    assert a["cluster_id"] == b["cluster_id"] != c["cluster_id"]
    assert a["is_original"] is True and b["is_original"] is False and c["is_original"] is True
    # the demoted copy changed in the export: it carries a new change sequence number
    assert b["change_seq"] == store.change_seq() > a["change_seq"]


def test_near_duplicate_survives_a_new_process(tmp_path):
    path = tmp_path / "store.db"
    original = make_article(20)
    with Store(path) as store:
        store.upsert_articles([original])
    with Store(path) as store:  # nothing kept in memory between processes
        store.upsert_articles([syndicated_copy(original, site="namdinh", seed=21)])
        ids = store.conn.execute("SELECT DISTINCT cluster_id FROM articles").fetchall()
    assert len(ids) == 1


def test_different_stories_do_not_cluster(store):
    store.upsert_articles([make_article(seed) for seed in range(30, 60)])
    assert store.counts()["clusters"] == 0


def test_short_body_shares_nothing(store):
    store.upsert_articles([make_article(70, body="Một đoạn ngắn."), make_article(71, body="Hai câu ngắn khác.")])
    assert store.counts()["articles"] == 2 and store.counts()["clusters"] == 0


def test_known_urls_batched(store):
    articles = [make_article(seed) for seed in range(100, 110)]
    store.upsert_articles(articles)
    asked = [a["url"] for a in articles[:5]] + [a["url"] + "?utm_campaign=x" for a in articles[5:]]
    asked += [f"https://hanam.dcs.vn/tin-tuc/chua-co-{n}.html" for n in range(1200)]
    known = store.known_urls(asked)
    assert known == set(asked[:10])


def test_batch_is_one_transaction(store):
    good = make_article(200)
    bad = {"title": "x", "body": "y"}  # no URL: the whole batch is refused
    with pytest.raises(ValueError):
        store.upsert_articles([good, bad])
    assert store.counts()["articles"] == 0 and store.change_seq() == 0


def test_reject_and_counts(store):
    store.reject("https://hanam.dcs.vn/lien-he", "hanam", "not_article", "contact page", 3)
    rows = list(store.db["rejects"].rows)
    assert rows[0]["reason"] == "not_article" and rows[0]["run_id"] == 3 and rows[0]["created_at"]
    assert store.counts()["rejects"] == 1


def test_content_hash_filled_when_missing(store):
    article = make_article(300)
    del article["content_hash"]
    store.upsert_articles([article])
    assert store.get(article["url"])["content_hash"] == content_hash(article["title"], article["body"])


def test_body_generator_is_vietnamese_and_long():
    body = vietnamese_body(1)
    assert "Đảng" in body or "đảng" in body
    assert len(body) > 1000
