"""The extraction layers on small pages written for each rule: captions, dates, bylines,
text normalisation, metadata, canonical URLs and the layer record."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

import pytest

from crawler.extract import extract_article, looks_like_article
from crawler.extract.html import decode_html

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
PARAS = [
    "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022 cho cán bộ chủ chốt các huyện.",
    "Phát biểu khai mạc, đồng chí Trưởng ban nhấn mạnh công tác dân vận là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách mạng.",
    "Các học viên được truyền đạt chuyên đề về kỹ năng vận động quần chúng, phương pháp nắm bắt tình hình tư tưởng của nhân dân.",
]


def page(article_html: str, *, head: str = "", header: str = "") -> bytes:
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức</title>{head}</head><body>
<div class="header"><div class="today-date">Thứ Bảy, 22/11/2026</div><ul class="menu"><li><a href="/">Trang chủ</a></li>
<li><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>{header}</div>
<div class="main">{article_html}</div>
<div class="sidebar"><h3>Xem nhiều nhất</h3><ul><li><a href="/a-1.html">Hội nghị tổng kết công tác năm của Ban Tuyên giáo</a></li>
<li><a href="/a-2.html">Tỉnh ủy làm việc với Đảng ủy khối doanh nghiệp về công tác cán bộ</a></li></ul>
<div class="thongke">Thống kê truy cập<br>Đang online: 3<br>Hôm nay: 120<br>Tất cả: 100234</div></div>
<div class="footer">Bản quyền thuộc Ban Dân vận Tỉnh ủy. Ghi rõ nguồn khi phát hành lại.</div></body></html>""".encode()


def paragraphs(*extra: str) -> str:
    return "".join(f"<p>{p}</p>" for p in (*PARAS, *extra))


def extract(html: bytes, url: str = "https://unknown-site.vn/tin-tuc/tap-huan-123.html", **kw):
    return extract_article(html, url, now=NOW, **kw)


def test_generic_page_title_body_and_no_chrome():
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận năm 2022</h1><div class='noidung'>{paragraphs()}</div>")
    article = extract(html)
    assert article.title == "Tập huấn nghiệp vụ công tác dân vận năm 2022"
    assert article.body == "\n\n".join(PARAS)
    for chrome in ("Thống kê", "Đang online", "Xem nhiều nhất", "Bản quyền", "Trang chủ", "22/11/2026"):
        assert chrome not in article.body
    assert article.extraction["title"] in ("generic", "metadata") and article.extraction["body"] == "generic"


def test_header_today_widget_is_never_the_publication_date():
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{paragraphs()}</div>")
    article = extract(html, url="https://unknown-site.vn/tin-tuc/tap-huan-123.html")
    assert article.published is None or not article.published.startswith("2026-11-22")


def test_partial_date_in_first_sentence_takes_year_from_image_path():
    body = paragraphs().replace("<p>Phát", '<p><img src="/uploads/news/2022_03/anh-hoi-nghi.jpg"></p><p>Phát', 1)
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{body}</div>")
    article = extract(html)
    assert article.published == "2022-03-30T00:00:00+07:00"
    assert article.published_precision == "inferred"
    assert article.extraction["published"] == "context"


def test_date_line_under_title_beats_header_and_views_are_not_time():
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='info'>15/11/2019 | 604</div><div class='noidung'>{paragraphs()}</div>")
    article = extract(html)
    assert article.published == "2019-11-15T00:00:00+07:00"
    assert article.published_precision == "date"


def test_jsonld_date_published_over_date_created_and_metadata_layer():
    head = """<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
      "headline":"Tập huấn nghiệp vụ công tác dân vận","dateCreated":"2022-03-29T08:00:00+07:00",
      "datePublished":"2022-03-30T14:05:00+07:00","author":{"@type":"Person","name":"Hà Thanh"}}</script>"""
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{paragraphs()}</div>", head=head)
    article = extract(html)
    assert article.published == "2022-03-30T14:05:00+07:00"
    assert article.published_precision == "datetime"
    assert article.extraction["published"] == "metadata"
    assert article.authors == ["Hà Thanh"]


@pytest.mark.parametrize(
    "figure",
    [
        '<figure><img src="/img/a.jpg"><figcaption>Quang cảnh hội nghị. Ảnh: TTXVN</figcaption></figure>',
        '<table class="imgEditor"><tr><td><img class="imgtelerik" src="/img/a.jpg"></td></tr><tr><td class="image_desc">Quang cảnh hội nghị. Ảnh: TTXVN</td></tr></table>',
        '<p style="text-align:center"><img src="/img/a.jpg"></p><p style="text-align:center"><em>Quang cảnh hội nghị. Ảnh: TTXVN</em></p>',
        '<p align="center"><img src="/img/a.jpg"><br><em>Quang cảnh hội nghị. Ảnh: TTXVN</em></p>',
    ],
    ids=["figcaption", "table-caption-row", "centred-italic-paragraph", "inline-italic-after-image"],
)
def test_captions_go_to_images_not_body(figure):
    body = f"<p>{PARAS[0]}</p>{figure}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    article = extract(page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{body}</div>"))
    assert "Quang cảnh" not in article.body
    assert article.body == "\n\n".join(PARAS)
    assert [(i.url, i.caption, i.credit) for i in article.images] == [
        ("https://unknown-site.vn/img/a.jpg", "Quang cảnh hội nghị.", "TTXVN")
    ]


@pytest.mark.parametrize(
    "byline, authors, source",
    [
        ('<p style="text-align:right"><strong>Tin và ảnh: Hà Thanh</strong></p>', ["Hà Thanh"], None),
        ('<p align="right"><b>NGUYỄN TẤN</b></p>', ["Nguyễn Tấn"], None),
        ("<p><strong>Xuân Hiếu – Minh Quân</strong></p>", ["Xuân Hiếu", "Minh Quân"], None),
        ("<p>Nguồn Báo Hà Nam</p>", [], "Báo Hà Nam"),
        ('<p style="text-align:right"><em>Theo TTXVN</em></p>', [], "TTXVN"),
    ],
)
def test_closing_bylines_leave_the_body(byline, authors, source):
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{paragraphs()}{byline}</div>")
    article = extract(html)
    assert article.body == "\n\n".join(PARAS)
    assert article.authors == authors
    assert article.source == source


def test_top_author_line_with_degree_and_affiliation():
    top = "<p><strong>PGS.TS NGUYỄN VĂN HÙNG</strong></p><p><em>Học viện Chính trị quốc gia Hồ Chí Minh</em></p>"
    html = page(f"<h1>Đổi mới công tác dân vận trong tình hình mới</h1><div class='noidung'>{top}{paragraphs()}</div>")
    article = extract(html)
    assert article.authors == ["Nguyễn Văn Hùng"]
    assert article.body == "\n\n".join(PARAS)


def test_related_box_inside_body_is_removed():
    box = "<div class='tinlienquan'><h4>Tin liên quan</h4><ul><li><a href='/x.html'>Hội nghị sơ kết công tác dân vận 6 tháng đầu năm</a></li></ul></div>"
    body = f"<p>{PARAS[0]}</p>{box}<p>{PARAS[1]}</p><p>{PARAS[2]}</p>"
    article = extract(page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{body}</div>"))
    assert article.body == "\n\n".join(PARAS)


def test_br_separated_paragraphs_and_table_cell_layout():
    br = "<br><br>".join(PARAS)
    article = extract(page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{br}</div>"))
    assert article.body == "\n\n".join(PARAS)
    cells = "".join(f"<tr><td>{p}</td></tr>" for p in PARAS)
    article = extract(page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><table class='noidung'>{cells}</table>"))
    assert article.body == "\n\n".join(PARAS)


def test_decomposed_unicode_comes_out_nfc():
    nfd = unicodedata.normalize("NFD", paragraphs())
    html = page(f"<h1>{unicodedata.normalize('NFD', 'Tập huấn nghiệp vụ công tác dân vận')}</h1><div class='noidung'>{nfd}</div>")
    article = extract(html)
    assert article.title == "Tập huấn nghiệp vụ công tác dân vận"
    assert unicodedata.is_normalized("NFC", article.body)
    assert article.body == "\n\n".join(PARAS)


def test_bytes_win_over_a_lying_charset_label():
    html = page(f"<h1>Tập huấn nghiệp vụ</h1><div class='noidung'>{paragraphs()}</div>").replace(b'charset="utf-8"', b'charset="windows-1252"')
    assert "Tập huấn" in decode_html(html, "iso-8859-1")
    article = extract(html, encoding="iso-8859-1")
    assert article.title == "Tập huấn nghiệp vụ"
    assert article.body.startswith("Sáng 30/3")
    legacy = "Tập huấn".encode("cp1258", errors="ignore")
    assert decode_html(legacy, "windows-1258")  # a real legacy page still decodes


def test_canonical_only_on_same_site():
    same = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{paragraphs()}</div>",
                head='<link rel="canonical" href="https://www.unknown-site.vn/tin-tuc/tap-huan-123.html">')
    assert extract(same).canonical_url == "https://www.unknown-site.vn/tin-tuc/tap-huan-123.html"
    other = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{paragraphs()}</div>",
                 head='<link rel="canonical" href="https://aggregator.example.com/copy/1">')
    assert extract(other).canonical_url == "https://unknown-site.vn/tin-tuc/tap-huan-123.html"


def test_lead_prefix_is_stripped():
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='sapo'>(ĐCSVN) – Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn cho cán bộ chủ chốt.</div>"
                f"<div class='noidung'>{paragraphs()}</div>")
    article = extract(html)
    assert article.lead == "Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn cho cán bộ chủ chốt."
    assert article.body == "\n\n".join(PARAS)


@pytest.mark.parametrize("html", [b"", b"\x00\x00", b"<html>", b"<div>" * 5000 + b"text", "<p>ẩn</p>".encode("utf-16")])
def test_garbage_never_raises(html):
    article = extract(html)
    assert article.body is not None


def test_script_injected_fake_article_never_reaches_body():
    fake = "<script>document.write('<p>' + 'Bài viết giả mạo chèn bằng script '.repeat(40) + '</p>')</script>"
    html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{fake}{paragraphs()}<p onclick=\"alert(1)\">Kết thúc.</p></div>")
    article = extract(html)
    assert "giả mạo" not in article.body and "<script" not in article.body and "alert" not in article.body


def test_looks_like_article_tells_listing_from_article():
    article_html = page(f"<h1>Tập huấn nghiệp vụ công tác dân vận</h1><div class='noidung'>{paragraphs(*PARAS)}</div>")
    ok, why = looks_like_article(article_html, "https://unknown-site.vn/tin-tuc/tap-huan-123.html")
    assert ok, why
    items = "".join(f"<li><a href='/a-{i}.html'>Tin số {i} về hoạt động của Ban Dân vận Tỉnh ủy trong tuần</a></li>" for i in range(20))
    ok, why = looks_like_article(page(f"<ul class='list-news'>{items}</ul>"), "https://unknown-site.vn/tin-tuc")
    assert not ok and "listing" in why
    ok, why = looks_like_article(article_html, "https://unknown-site.vn/lien-he")
    assert ok or "URL" in why
