"""Generic link discovery and pagination, with site rules switched off.

Measured on every fixture site's HTML listing pages against the snapshot's
`article_links` (the links a reader sees in the article area): precision and recall
are printed, and overall both must reach 0.95.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.config import SITE_FIXTURES_DIR
from spiders.generic import discover_article_links, find_next_page

MIN_PRECISION = 0.95
MIN_RECALL = 0.95


def _listing_pages():
    for manifest in sorted(SITE_FIXTURES_DIR.glob("*/snapshot.json")):
        data = json.loads(manifest.read_text(encoding="utf-8"))
        for page in data.get("pages", []):
            if page.get("kind") == "listing" and "article_links" in page and str(page.get("file", "")).endswith((".html", ".htm")):
                yield manifest.parent.name, page["url"], manifest.parent / page["file"], page["article_links"]


def test_generic_discovery_precision_and_recall_on_fixture_listings(capsys):
    pages = list(_listing_pages())
    assert pages, "no HTML listing pages with article_links under tests/fixtures/sites"
    total_found = total_truth = total_hit = 0
    lines = []
    for site, url, path, truth in pages:
        found = discover_article_links(path.read_bytes(), url)
        hit = len(set(found) & set(truth))
        total_found, total_truth, total_hit = total_found + len(found), total_truth + len(truth), total_hit + hit
        precision = hit / len(found) if found else (1.0 if not truth else 0.0)
        recall = hit / len(truth) if truth else 1.0
        lines.append(f"{site:<24} {Path(path).name:<18} found {len(found):>3} truth {len(truth):>3} P {precision:.2f} R {recall:.2f}")
        for extra in sorted(set(found) - set(truth)):
            lines.append(f"    extra   {extra}")
        for missed in sorted(set(truth) - set(found)):
            lines.append(f"    missed  {missed}")
    precision = total_hit / total_found if total_found else 0.0
    recall = total_hit / total_truth if total_truth else 0.0
    report = "\n".join(lines) + f"\nOVERALL {len(pages)} listing pages: precision {precision:.3f} recall {recall:.3f}"
    with capsys.disabled():
        print("\n" + report)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, report


LISTING = """<html><body>
<header><nav class="menu"><a href="/tin-tuc/hoat-dong-cua-tinh-uy-trong-thang.html">Hoạt động của Tỉnh ủy trong tháng</a></nav></header>
<div class="breadcrumb"><a href="/tin-tuc">Tin tức sự kiện chính trị nổi bật</a></div>
<div class="col-main">
  <div class="featured"><h2><a href="/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-10-5001.html">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 10</a></h2>
    <p>Sáng nay, tại Hội trường Tỉnh ủy ...</p></div>
  <ul class="news-list">
    <li><a href="/tin-tuc/tap-huan-cong-tac-dan-van-nam-2024-5000.html"><img src="/a.jpg"></a>
        <a href="/tin-tuc/tap-huan-cong-tac-dan-van-nam-2024-5000.html">Tập huấn công tác dân vận năm 2024</a><span>12/03/2024</span></li>
    <li><a href="/tin-tuc/ky-niem-94-nam-ngay-thanh-lap-dang-4999.html">Kỷ niệm 94 năm Ngày thành lập Đảng</a><span>03/02/2024</span></li>
    <li><a href="/tin-tuc/trao-huy-hieu-dang-dot-3-2-4998.html">Trao Huy hiệu Đảng đợt 3/2 cho đảng viên</a><span>02/02/2024</span></li>
  </ul>
  <div class="paging"><a href="/tin-tuc?page=1">1</a> <a href="/tin-tuc?page=2">2</a> <a href="/tin-tuc?page=2">Trang sau</a></div>
</div>
<div class="box"><h3>Xem nhiều</h3><ul>
  <li><a href="/tin-tuc/mot-bai-doc-nhieu-nhat-trong-tuan-4000.html">Một bài đọc nhiều nhất trong tuần qua</a></li>
  <li><a href="/tin-tuc/mot-bai-doc-nhieu-khac-nua-4001.html">Một bài đọc nhiều khác nữa của trang</a></li></ul></div>
<div class="tags"><a href="/tag/cong-tac-dan-van-tinh">Công tác dân vận của tỉnh</a></div>
<footer><a href="/lien-he">Liên hệ với ban biên tập trang</a></footer>
</body></html>"""


def test_discovery_keeps_main_list_and_drops_chrome():
    found = discover_article_links(LISTING.encode(), "https://tinhuy.example.vn/tin-tuc")
    base = "https://tinhuy.example.vn/tin-tuc/"
    assert found == [
        base + "hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-10-5001.html",
        base + "tap-huan-cong-tac-dan-van-nam-2024-5000.html",
        base + "ky-niem-94-nam-ngay-thanh-lap-dang-4999.html",
        base + "trao-huy-hieu-dang-dot-3-2-4998.html",
    ]


def test_discovery_ignores_other_hosts_and_short_anchor_texts():
    html = """<div class="list"><p><a href="https://other.vn/tin/bai-viet-moi-ve-hoi-nghi-123.html">Bài viết mới về hội nghị tỉnh</a></p>
    <p><a href="/tin/xem-them-123.html">Xem thêm</a></p></div>"""
    assert discover_article_links(html, "https://tinhuy.example.vn/tin") == []


@pytest.mark.parametrize("html, url, page, expected", [
    ('<a href="/tin?page=2">Trang sau</a>', "https://x.vn/tin", 1, "https://x.vn/tin?page=2"),
    ('<a href="/tin/p/3">Trang tiếp</a>', "https://x.vn/tin/p/2", 2, "https://x.vn/tin/p/3"),
    ('<a href="/tin/trang-2.html">»</a>', "https://x.vn/tin.html", 1, "https://x.vn/tin/trang-2.html"),
    ('<a href="/tin?Page=4" title="Sau">›</a>', "https://x.vn/tin?Page=3", 3, "https://x.vn/tin?Page=4"),
    ('<a rel="next" href="/page/2">Older</a>', "https://x.vn/", 1, "https://x.vn/page/2"),
    ('<span>1</span> <a href="/tin?p=2">2</a> <a href="/tin?p=3">3</a>', "https://x.vn/tin", 1, "https://x.vn/tin?p=2"),
    ('<a href="javascript:__doPostBack(\'next\')">Trang sau</a>', "https://x.vn/tin", 1, None),
    ("<p>no pager</p>", "https://x.vn/tin", 1, None),
])
def test_find_next_page(html, url, page, expected):
    assert find_next_page(html, url, page) == expected


def test_next_page_is_guessed_from_a_numbered_url_only_when_asked():
    assert find_next_page("<p></p>", "https://x.vn/tin/trang-2.html", 2) is None
    assert find_next_page("<p></p>", "https://x.vn/tin/trang-2.html", 2, with_guess=True) == ("https://x.vn/tin/trang-3.html", True)
