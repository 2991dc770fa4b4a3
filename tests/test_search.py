"""Full-text search with and without Vietnamese diacritics."""

from __future__ import annotations

import pytest

from crawler.cli import main
from crawler.store import Store, fold, fts_query
from factories import make_article

TEXT = (
    "Sáng 30/3, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024. "
    "Đồng chí Trưởng ban nhấn mạnh vai trò của Mặt trận Tổ quốc trong việc củng cố khối đại đoàn kết."
)


@pytest.fixture
def store(tmp_path):
    with Store(tmp_path / "store.db") as opened:
        opened.upsert_articles(
            [
                make_article(1, site="hanam", title="Tổng kết công tác dân vận năm 2024",
                             body=TEXT + "\n\n" + "Nội dung khác về kinh tế biển và du lịch. " * 10),
                make_article(2, site="thanhhoa", title="Phát triển nông nghiệp công nghệ cao",
                             body="Hội nghị bàn về phát triển nông nghiệp công nghệ cao tại huyện. " * 10),
                make_article(3, site="hanam", title="Đẩy mạnh giải ngân vốn đầu tư công",
                             body="Hội nghị bàn về đầu tư công và giải ngân vốn. " * 10),
            ]
        )
        yield opened


def test_fold():
    assert fold("Công tác Dân vận của Đảng") == "cong tac dan van cua dang"


def test_query_without_diacritics_finds_article(store):
    hits = store.search("cong tac dan van")
    assert hits and hits[0]["url"].endswith("bai-viet-so-1.html")
    assert "[công] [tác] [dân] [vận]" in hits[0]["snippet"]  # snippet shows the original letters


def test_query_with_diacritics_finds_same_article(store):
    assert [h["id"] for h in store.search("công tác dân vận")] == [h["id"] for h in store.search("cong tac dan van")]


def test_phrase_site_and_since_filters(store):
    assert store.search('"khoi dai doan ket"')[0]["url"].endswith("so-1.html")
    assert store.search('"ket doan dai"') == []
    assert store.search("dan van", site="thanhhoa") == []
    assert [h["site"] for h in store.search("hoi nghi", site="thanhhoa")] == ["thanhhoa"]
    assert store.search("cong tac dan van", since="2030-01-01") == []
    assert store.search("giai ngan von", site="hanam")[0]["url"].endswith("so-3.html")


def test_query_syntax_is_safe(store):
    assert store.search("giai ngan")[0]["url"].endswith("so-3.html")
    assert store.search('AND OR NOT " ( * :') == []  # FTS5 operators in user input are plain words
    assert store.search("") == []
    assert fts_query('dân "vận động" du*')[0] == '"dan" "van dong" "du"*'


def test_search_stays_consistent_after_update(store):
    article = make_article(3, site="hanam", body="Bài đã sửa: hội nghị về chuyển đổi số toàn diện. " * 10)
    store.upsert_articles([article])
    assert store.search("giai ngan von") == []
    assert store.search("chuyen doi so")[0]["url"].endswith("so-3.html")


def test_cli_search(store, tmp_path, capsys):
    assert main(["search", "cong", "tac", "dan", "van", "--db", str(store.path)]) == 0
    out = capsys.readouterr().out
    assert "bai-viet-so-1.html" in out and "[dân]" in out
    assert main(["search", "khong co tu nay", "--db", str(store.path)]) == 1
    assert main(["search", "x", "--db", str(tmp_path / "missing.db")]) == 2
    assert "no store at" in capsys.readouterr().err
