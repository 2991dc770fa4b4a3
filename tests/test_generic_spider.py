"""Generic link discovery and pagination, with site rules switched off.

Measured on every registered site's listing pages against the snapshot's
`article_links` (the links a reader sees in the article area). A JSON listing is
first rendered to HTML by its family's `to_html`, as the spider sees it. Precision
and recall are printed per site and summed over all links (micro average); overall
both must reach 0.95.
"""

from __future__ import annotations

import importlib
import json
from collections import defaultdict

import pytest

from crawler.config import SITE_FIXTURES_DIR
from crawler.sites import all_sites
from spiders.generic import discover_article_links, find_next_page

MIN_PRECISION = 0.95
MIN_RECALL = 0.95


def _listing_pages(key: str):
    """(URL, HTML, article_links) of each listing page in a site's snapshot."""
    folder = SITE_FIXTURES_DIR / key
    manifest = json.loads((folder / "snapshot.json").read_text(encoding="utf-8"))
    family = all_sites()[key].family
    for page in manifest.get("pages", []):
        if "article_links" not in page:
            continue
        body = (folder / page["file"]).read_bytes()
        if page.get("kind") == "json":
            body = importlib.import_module(f"crawler.sites.families.{family}").to_html(body, page["url"]).encode("utf-8")
        yield page["url"], body, page["article_links"]


def _ratio(hit: int, total: int) -> float:
    return hit / total if total else 1.0


def test_generic_discovery_precision_and_recall_on_every_site(capsys):
    counts = defaultdict(lambda: [0, 0, 0])  # site -> found, truth, hit
    misses = []
    for key in sorted(all_sites()):
        pages = list(_listing_pages(key))
        assert pages, f"{key}: no listing page with article_links in its snapshot"
        for url, body, truth in pages:
            found = discover_article_links(body, url)
            tally = counts[key]
            tally[0], tally[1], tally[2] = tally[0] + len(found), tally[1] + len(truth), tally[2] + len(set(found) & set(truth))
            misses += [f"    {key}: extra  {u}" for u in found if u not in truth]
            misses += [f"    {key}: missed {u}" for u in truth if u not in found]
    lines = [f"{key:<22} found {f:>3} truth {t:>3} precision {_ratio(h, f):.2f} recall {_ratio(h, t):.2f}"
             for key, (f, t, h) in counts.items()]
    found, truth, hit = (sum(c[i] for c in counts.values()) for i in range(3))
    precision, recall = _ratio(hit, found), _ratio(hit, truth)
    report = "\n".join(lines + misses) + (
        f"\nOVERALL {len(counts)} sites, {truth} article links: precision {precision:.3f} recall {recall:.3f}")
    with capsys.disabled():
        print("\n" + report)
    assert precision >= MIN_PRECISION and recall >= MIN_RECALL, report


def test_a_query_naming_only_the_category_does_not_hide_an_article_path():
    html = """<div class="list">
    <div class="item"><h3><a href="/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-3.html?categoryId=12">Hội nghị báo cáo viên tháng 3</a></h3></div>
    <div class="item"><h3><a href="/tin-hoat-dong/khai-giang-lop-boi-duong-nghiep-vu.html?categoryId=12">Khai giảng lớp bồi dưỡng nghiệp vụ</a></h3></div>
    <div class="item"><h3><a href="/tin-hoat-dong?categoryId=12&amp;page=2">Xem các tin hoạt động khác nữa</a></h3></div>
    </div>"""
    base = "https://dang.example.vn"
    assert discover_article_links(html, base + "/tin-hoat-dong?categoryId=12") == [
        base + "/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-3.html?categoryId=12",
        base + "/tin-hoat-dong/khai-giang-lop-boi-duong-nghiep-vu.html?categoryId=12",
    ]


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
