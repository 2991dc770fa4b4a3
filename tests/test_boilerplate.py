"""Page chrome, one widget type at a time (the list in shared/research/sites.md).

For every widget: its lines are chrome by `is_boilerplate_line`, `strip_boilerplate_nodes`
removes it from a parsed page, and `extract_article` keeps it out of the body whether
the widget sits outside the article container or inside it (site-rule layer and
generic layer). Article sentences that use the same words ("... hơn 10.000 lượt
xem ...", "Sở chịu trách nhiệm chính ...") must stay.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crawler.extract import extract_article
from crawler.extract.boilerplate import is_boilerplate_line, is_related_heading, strip_boilerplate_nodes
from crawler.extract.html import parse_html

CHROME_LINES = {
    "view-counter": ["Lượt xem: 453", "11069 Lượt xem", "15/11/2019 | 604", "Số lượt xem: 1.234", "Lượt đọc: 20",
                     "Số lượt truy cập: 12.345"],
    "visitor-stats": ["Thống kê truy cập", "Đang online: 0", "Đang truy cập", "Đang truy cập: 45", "Hôm nay: 1",
                      "Hôm qua: 300", "Trong tuần: 120", "Tất cả: 100234", "Tổng lượt truy cập: 1.234.567"],
    "login": ["Đăng nhập", "Đăng ký", "Đăng nhập | Đăng ký", "Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?"],
    "tools": ["In bài viết", "In trang", "Bản in", "Gửi email", "Gửi cho bạn bè", "Chia sẻ", "Lên đầu trang",
              "Về đầu trang", "Cỡ chữ", "Cỡ chữ: A+ A A-", "In bài viết | Gửi email | Chia sẻ", "Chia sẻ Facebook Zalo"],
    "text-to-speech": ["Nghe bài viết", "Nam miền Bắc", "Nữ miền Bắc", "Nam miền Bắc / Nữ miền Bắc",
                       "Nghe bài viết | Nữ miền Nam", "Nghe bài viếtNam miền Bắc", "Tốc độ đọc", "Giọng đọc"],
    "rating": ["Tổng số điểm của bài viết là: 15 trong 3 đánh giá", "Đánh giá bài viết"],
    "poll": ["Thăm dò ý kiến", "Biểu quyết", "Xem kết quả"],
    "related": ["Tin liên quan", "TIN LIÊN QUAN", "» Tin liên quan:", "Các tin khác", "Tin cùng chuyên mục",
                "Xem nhiều nhất", "Đọc nhiều", "Các tin đã đưa", "Bài viết liên quan", "Những tin mới hơn",
                "Những tin cũ hơn", "Các bài viết khác"],
    "footer": ["Giấy phép số 123/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp",
               "Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy", "Ghi rõ nguồn khi phát hành lại", "© 2024 Tỉnh ủy Hà Nam",
               "Chịu trách nhiệm nội dung: Trưởng ban", "Cơ quan chủ quản: Tỉnh ủy Hà Nam", "Thiết kế bởi VNPT",
               "Bản quyền thuộc Ban Dân vận Tỉnh ủy. Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
    "hotline": ["Hotline: 0226.123.456", "Đường dây nóng: 0226 123 456"],
    "slider": ["No title...", "No title... No title..."],
    "flag": ["Ảnh cờ động"],
    "links-box": ["Liên kết website", "Website liên kết:"],
    "leftover-separators": ["| |", " | ", "[ ] [ ]"],
}


@pytest.mark.parametrize("line", [pytest.param(line, id=f"{kind}:{line[:30]}")
                                  for kind, lines in CHROME_LINES.items() for line in lines])
def test_chrome_line(line):
    assert is_boilerplate_line(line)


@pytest.mark.parametrize("line", CHROME_LINES["related"])
def test_related_heading(line):
    assert is_related_heading(line)


PROSE = [
    "Bài viết đã thu hút hơn 10.000 lượt xem trên mạng xã hội chỉ sau một ngày đăng tải.",
    "Lượt xem các video tuyên truyền tăng mạnh trong năm qua, cho thấy hiệu quả của chuyển đổi số.",
    "Hôm nay, Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2024.",
    "Hôm nay: Tỉnh ủy tổ chức hội nghị tổng kết công tác năm",
    "Trong tuần, các đơn vị đã tổ chức 20 lớp tập huấn.",
    "Tất cả cán bộ, đảng viên đều phải gương mẫu.",
    "Tổng: 5 đơn vị đạt danh hiệu xuất sắc",
    "Đăng ký tham gia hiến máu tình nguyện tại Trung tâm Y tế huyện.",
    "Chia sẻ tại hội nghị, đồng chí Bí thư cho biết tỉnh đã hoàn thành các chỉ tiêu.",
    "Nghe đồng chí Bí thư phát biểu, các đại biểu đều đồng tình.",
    "Đọc bài viết của đồng chí Tổng Bí thư, cán bộ, đảng viên càng thêm tin tưởng.",
    "Thăm dò ý kiến nhân dân về dự thảo Luật Đất đai sửa đổi được tổ chức rộng rãi trên địa bàn tỉnh.",
    "Đánh giá bài viết này, các chuyên gia cho rằng lập luận rất chặt chẽ.",
    "Tổng số điểm của bài viết là một con số ấn tượng trong cuộc thi viết về Đảng.",
    "Hotline hỗ trợ người dân được duy trì 24/7 trong dịp Tết.",
    "Cán bộ cần ghi rõ nguồn khi trích dẫn tài liệu.",
    "Sở Y tế chịu trách nhiệm chính trong việc triển khai kế hoạch tiêm chủng.",
    "Ứng dụng được thiết kế bởi các kỹ sư trẻ của tỉnh và phát triển bởi Sở Thông tin và Truyền thông.",
    "Giấy phép hoạt động của các cơ sở karaoke vi phạm sẽ bị thu hồi.",
    "Thông tin mới nhất từ Bộ Y tế cho biết số ca mắc đã giảm.",
    "Hôm nay",  # a counter label alone could be prose; it goes with its counter box (see below)
]


@pytest.mark.parametrize("line", PROSE, ids=[p[:40] for p in PROSE])
def test_prose_with_chrome_words_is_not_chrome(line):
    assert not is_boilerplate_line(line)
    assert not is_related_heading(line)


PARAS = [
    "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022 cho cán bộ chủ chốt các huyện.",
    "Phát biểu khai mạc, đồng chí Trưởng ban nhấn mạnh công tác dân vận là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách mạng.",
    "Các học viên được truyền đạt chuyên đề về kỹ năng vận động quần chúng, phương pháp nắm bắt tình hình tư tưởng của nhân dân.",
]
BODY = "\n\n".join(PARAS)

#: One widget per type, without a class name: only text and structure give it away.
#: (kind, markup, phrases that must not reach the body)
WIDGETS = [
    ("view-counter", "<div>Lượt xem: 453</div>", ["Lượt xem"]),
    ("view-counter-after", "<p>11069 Lượt xem</p>", ["Lượt xem"]),
    ("date-and-views", "<div>15/11/2019 | 604</div>", ["604"]),
    ("visitor-stats", "<div><div>Thống kê truy cập</div><div>Đang truy cập: 45</div><div>Hôm nay: 1.234</div>"
                      "<div>Tổng lượt truy cập: 1.234.567</div></div>", ["Thống kê", "Đang truy cập", "Hôm nay", "1.234"]),
    ("visitor-stats-table", "<table><tr><td>Đang truy cập</td><td>45</td></tr><tr><td>Hôm nay</td><td>120</td></tr>"
                            "<tr><td>Tổng lượt truy cập</td><td>100234</td></tr></table>",
     ["Đang truy cập", "Hôm nay", "100234", "120"]),
    ("login", "<form action='/login'><div>Đăng nhập</div><div>Tên đăng nhập</div><input name='u'><div>Mật khẩu</div>"
              "<input type='password' name='p'><div>Ghi nhớ đăng nhập</div><div>Quên mật khẩu?</div><div>Đăng ký</div></form>",
     ["Đăng nhập", "Mật khẩu", "Ghi nhớ", "Đăng ký"]),
    ("print-email-share", "<div><a href='#'>In bài viết</a> | <a href='#'>Gửi email</a> | <a href='#'>Chia sẻ</a></div>",
     ["In bài viết", "Gửi email", "Chia sẻ"]),
    ("font-size", "<div>Cỡ chữ: <a>A+</a> <a>A</a> <a>A-</a></div>", ["Cỡ chữ", "A+"]),
    ("text-to-speech", "<div><span>Nghe bài viết</span><span>Nam miền Bắc</span> / <span>Nữ miền Bắc</span></div>",
     ["Nghe bài viết", "miền Bắc"]),
    ("rating", "<div><p>Tổng số điểm của bài viết là: 15 trong 3 đánh giá</p><p>Đánh giá bài viết</p></div>",
     ["Tổng số điểm", "Đánh giá"]),
    ("poll", "<div><h3>Thăm dò ý kiến</h3><p>Bạn quan tâm đến chuyên mục nào nhất trên trang?</p>"
             "<label>Tin tức</label><label>Sự kiện</label><a>Biểu quyết</a> <a>Xem kết quả</a></div>",
     ["Thăm dò", "Bạn quan tâm", "Biểu quyết"]),
    ("related-news", "<div><h4>Tin liên quan</h4><ul><li><a href='/x.html'>Hội nghị sơ kết công tác dân vận 6 tháng đầu năm</a></li>"
                     "<li><a href='/y.html'>Tỉnh ủy làm việc với Đảng ủy khối doanh nghiệp</a></li></ul></div>",
     ["Tin liên quan", "Hội nghị sơ kết"]),
    ("other-news", "<div><p><b>Các tin khác</b></p><p><a href='/x.html'>Hội nghị sơ kết công tác dân vận 6 tháng đầu năm</a> (12/03/2022)</p></div>",
     ["Các tin khác", "Hội nghị sơ kết"]),
    ("same-category", "<div><h3>Tin cùng chuyên mục</h3><a href='/x.html'>Hội nghị sơ kết công tác dân vận 6 tháng đầu năm</a></div>",
     ["Tin cùng chuyên mục", "Hội nghị sơ kết"]),
    ("footer-licence", "<p>Bản quyền thuộc Ban Dân vận Tỉnh ủy. Ghi rõ nguồn khi phát hành lại.</p>"
                       "<p>Giấy phép số 123/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp</p>",
     ["Bản quyền", "Ghi rõ nguồn", "Giấy phép"]),
    ("empty-slider", "<div><div><a href='/s1'>No title...</a></div><div><a href='/s2'>No title...</a></div></div>", ["No title"]),
    ("flag-image", "<div><img src='/images/co-dong.gif' alt='Ảnh cờ động'><span>Ảnh cờ động</span></div>", ["cờ động"]),
    ("hotline", "<div>Đường dây nóng: 0226.123.456</div>", ["Đường dây nóng"]),
]
WIDGET_IDS = [kind for kind, _, _ in WIDGETS]

#: The same widgets as their CMS marks them: removed by class name alone.
CLASSED = {
    "view-counter": "<div class='views-counter'>453</div>",
    "visitor-stats": "<div class='thongke'><span>Online</span> <b>12</b></div>",
    "login": "<div class='login-box'><a>Đăng nhập</a></div>",
    "tools": "<div class='article-tools'><a>In</a><a>Email</a></div>",
    "share": "<div class='social-share'><a>Facebook</a></div>",
    "text-to-speech": "<div class='audio-player'>00:00 / 03:24</div>",
    "rating": "<div class='rating'>★★★★☆</div>",
    "poll": "<div class='poll'>Bạn quan tâm đến chuyên mục nào nhất?</div>",
    "related": "<div class='tinlienquan'><a href='/x.html'>Hội nghị sơ kết công tác</a></div>",
    "slider": "<div class='slider'><a href='/s1'>Ảnh nổi bật</a></div>",
}

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
TITLE = "Tập huấn nghiệp vụ công tác dân vận năm 2022"


def page(inside: str = "", outside: str = "", extra: tuple[str, ...] = ()) -> bytes:
    """A DNN-style article page; `inside` goes after the first paragraph of the text."""
    rest = "".join(f"<p>{p}</p>" for p in (*PARAS[1:], *extra))
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></div>
<div class="post"><h1 class="post-title">{TITLE}</h1>
<div class="post-content"><div class="noidung"><p>{PARAS[0]}</p>{inside}{rest}</div></div></div>
<div class="box">{outside}</div></body></html>""".encode()


def extract(html: bytes, layer: str):
    if layer == "site":
        article = extract_article(html, "https://baohanam.com.vn/chinh-tri/tap-huan-123.html", site="baohanam", now=NOW)
    else:
        article = extract_article(html, "https://unknown-site.vn/tin-tuc/tap-huan-123.html", now=NOW)
    assert article.extraction.get("body") == layer
    return article


@pytest.mark.parametrize("kind, markup, phrases", WIDGETS, ids=WIDGET_IDS)
def test_strip_nodes_removes_unclassed_widget_boxes(kind, markup, phrases):
    """Boxes found by their text: counters, login forms, polls, related lists. Single chrome lines
    (a view counter, the tools bar) are left to the line rules and are checked end to end below."""
    root = parse_html(page(inside=markup), None)
    strip_boilerplate_nodes(root)
    text = " ".join(root.xpath("//div[@class='noidung']")[0].text_content().split())
    for paragraph in PARAS:
        assert paragraph in text
    if kind in ("visitor-stats", "visitor-stats-table", "login", "poll", "related-news", "same-category"):
        for phrase in phrases:
            assert phrase not in text


@pytest.mark.parametrize("kind", CLASSED)
@pytest.mark.parametrize("where", ["inside", "outside"])
def test_strip_nodes_removes_classed_widgets(kind, where):
    markup = CLASSED[kind]
    root = parse_html(page(**{where: markup}), None)
    assert strip_boilerplate_nodes(root) >= 1
    text = " ".join(root.text_content().split())
    inner = " ".join(parse_html(markup.encode(), None).find(".//body").text_content().split())
    assert inner not in text
    for paragraph in PARAS:
        assert paragraph in text


def test_strip_nodes_keeps_protected_elements_and_long_text():
    html = page(inside="<div class='breadcrumb'><a href='/chinh-tri'>Chính trị</a></div>")
    root = parse_html(html, None)
    crumb = root.xpath("//div[@class='breadcrumb']")[0]
    strip_boilerplate_nodes(root, keep=[crumb])
    assert crumb.getparent() is not None and "Chính trị" in root.text_content()
    # A container whose class merely contains a widget word but holds the article stays.
    long_text = " ".join(PARAS * 3)
    root = parse_html(f"<html><body><div class='content-share-wrapper'><p>{long_text}</p></div></body></html>".encode(), None)
    strip_boilerplate_nodes(root)
    assert long_text in " ".join(root.text_content().split())


@pytest.mark.parametrize("layer", ["site", "generic"])
@pytest.mark.parametrize("where", ["inside", "outside"])
@pytest.mark.parametrize("kind, markup, phrases", WIDGETS, ids=WIDGET_IDS)
def test_widget_never_reaches_body(kind, markup, phrases, where, layer):
    article = extract(page(**{where: markup}), layer)
    assert article.body == BODY
    for phrase in phrases:
        assert phrase not in article.body
        assert phrase not in (article.lead or "")


BODY_SENTENCES = [p for p in PROSE if p.endswith(".")]


@pytest.mark.parametrize("layer", ["site", "generic"])
def test_sentences_with_chrome_words_stay_in_body(layer):
    html = page(inside="<div>Lượt xem: 453</div><div><a>In bài viết</a> | <a>Chia sẻ</a></div>", extra=tuple(BODY_SENTENCES))
    article = extract(html, layer)
    assert article.body == "\n\n".join([*PARAS, *BODY_SENTENCES])


def test_controls_in_an_unnamed_table_layout_never_reach_the_body():
    html = """<html><head><title>Chi tiết tin</title></head><body><table><tr><td width="650">
<font size="4"><b>Hội nghị tập huấn công tác dân vận năm 2024</b></font><br>
<p>Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2024 cho cán bộ chủ chốt.</p>
<p>Phát biểu khai mạc, đồng chí Trưởng ban nhấn mạnh công tác dân vận là nhiệm vụ có ý nghĩa chiến lược, lâu dài.</p>
<p>Các học viên được truyền đạt chuyên đề về kỹ năng vận động quần chúng, nắm bắt tình hình tư tưởng của nhân dân.</p>
<a href="#">[Quay lại]</a> <a href="javascript:print()">[In trang]</a> <a href="#top">[Lên đầu trang]</a></td>
<td><b>Liên kết website</b><br><b>Số lượt truy cập:</b><br>1.234.567</td></tr></table></body></html>""".encode()
    article = extract_article(html, "https://unknown-portal.vn/tintuc/chitiet.asp?id=1")
    assert article.title == "Hội nghị tập huấn công tác dân vận năm 2024"
    assert [p[:20] for p in article.body.split("\n\n")] == ["Sáng 30/3, Ban Dân v", "Phát biểu khai mạc, ", "Các học viên được tr"]
