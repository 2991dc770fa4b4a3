"""Every registered site's snapshot articles must extract to their expected JSON, through the site rules.

One case per (site, article page), discovered from the registry, so a site added to
`crawler/sites/` is covered as soon as it is registered; a site registered without
a snapshot (or whose snapshot has no article with expected JSON) fails here instead
of being skipped. The expected JSON is the truth the page was written from; only the
fields it holds are compared.
"""

from __future__ import annotations

import difflib
import importlib
import json
import unicodedata
from pathlib import Path

import pytest

from crawler.extract import extract_article
from crawler.sites import Site, all_sites

SITES_DIR = Path(__file__).parent / "fixtures" / "sites"

#: Page chrome listed in shared/research/sites.md. None of it may reach the body or
#: the lead unless the page's own text (the expected JSON) says it.
BOILERPLATE = (
    "Lượt xem", "Số lượt truy cập", "Thống kê truy cập", "Đang online", "Hôm nay:", "Trong tuần:",
    "Tất cả:", "Đang truy cập", "Tổng lượt truy cập", "Đăng nhập", "Đăng ký", "Gửi cho bạn bè",
    "In bài viết", "In trang", "Bản in", "Gửi email", "Lên đầu trang", "Về đầu trang", "Chia sẻ", "Cỡ chữ",
    "Các tin khác", "Tin liên quan", "Xem nhiều nhất", "Đọc nhiều", "Tin cùng chuyên mục", "Các tin đã đưa",
    "Bài viết liên quan", "Những tin mới hơn", "Những tin cũ hơn", "Các bài viết khác", "Ảnh cờ động",
    "No title...", "Thăm dò ý kiến", "Tổng số điểm của bài viết", "Đánh giá bài viết", "Nam miền Bắc",
    "Nữ miền Bắc", "Giấy phép số", "Bản quyền thuộc", "Ghi rõ nguồn khi phát hành lại",
)


def _cases() -> list:
    cases = []
    for key in sorted(all_sites()):
        manifest_path = SITES_DIR / key / "snapshot.json"
        pages = json.loads(manifest_path.read_text(encoding="utf-8"))["pages"] if manifest_path.exists() else []
        articles = [p for p in pages if p.get("expected")]
        if not articles:
            cases.append(pytest.param(key, None, id=f"{key}-no-snapshot-articles"))
        cases.extend(pytest.param(key, page, id=f"{key}-{page['file']}") for page in articles)
    return cases


def page_input(site: Site, page: dict, body: bytes) -> tuple[bytes, str | None]:
    """What the spider hands the extractor: the page bytes and the declared charset.

    JSON API responses (kind "json") are first rendered to HTML by the family
    module's `to_html`, as the `json_api` spider does.
    """
    if page.get("kind") == "json":
        module = importlib.import_module(f"crawler.sites.families.{site.family}")
        return module.to_html(body, page["url"]).encode("utf-8"), "utf-8"
    content_type = page.get("content_type", "text/html; charset=utf-8")
    return body, content_type.partition("charset=")[2].strip() or None


def _norm(text: str | None) -> str:
    return unicodedata.normalize("NFC", " ".join((text or "").split()))


def _body_diff(expected: str, got: str) -> str:
    lines = difflib.unified_diff(expected.split("\n\n"), got.split("\n\n"), "expected", "extracted", lineterm="", n=0)
    return "\n".join(lines)


def _mismatches(article, expected: dict) -> list[str]:
    got = article.to_dict()
    problems = []
    for name, want in expected.items():
        if name == "images":
            have = [{k: img.get(k) for k in ("url", "caption", "credit")} for img in got["images"]]
        else:
            have = got.get(name)
        if have == want:
            continue
        if name == "body":
            problems.append("body differs:\n" + _body_diff(want, have or ""))
        else:
            problems.append(f"{name}: expected {want!r}, got {have!r}")
    return problems


def _leaked_boilerplate(article, expected: dict) -> list[str]:
    leaked = []
    for field in ("body", "lead"):
        text, truth = _norm(getattr(article, field)), _norm(expected.get(field))
        leaked += [f"{field} holds {phrase!r}" for phrase in BOILERPLATE if phrase in text and phrase not in truth]
    return leaked


@pytest.mark.parametrize("key,page", _cases())
def test_site_article_extracts_as_expected(key, page):
    assert page is not None, f"site {key!r} is registered without snapshot articles in tests/fixtures/sites/{key}/"
    site = all_sites()[key]
    folder = SITES_DIR / key
    expected = json.loads((folder / page["expected"]).read_text(encoding="utf-8"))
    html, charset = page_input(site, page, (folder / page["file"]).read_bytes())

    article = extract_article(html, page["url"], site=key, encoding=charset)

    problems = _mismatches(article, expected) + _leaked_boilerplate(article, expected)
    for field in ("title", "body"):
        if article.extraction.get(field) != "site":
            problems.append(f"extraction[{field!r}] is {article.extraction.get(field)!r}, not 'site': the rules missed")
    assert not problems, f"{key} {page['file']}:\n" + "\n".join(problems)
