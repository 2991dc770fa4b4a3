"""Bylines, source lines, lead prefixes and photo credits, table by table.

Each table row is one line as Vietnamese Party and government sites print it
(shared/research/sites.md) and what `crawler.extract.bylines` must read from it:
authors, source and affiliation, or nothing at all for the traps (sentences that
open like a source line, organisations, places, ALL-CAPS headings). The last part
runs small pages through `extract_article`, on both the site-rule layer and the
generic layer, to check that a byline leaves the body and lands in
`authors`/`source` while a look-alike stays in the body.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timezone

import lxml.html
import pytest

from crawler.extract import extract_article
from crawler.extract.bylines import (
    Byline,
    clean_person_name,
    is_organisation,
    is_outlet,
    parse_byline,
    split_caption_credit,
    split_lead_prefix,
)


def by(*authors: str, source: str | None = None, affiliation: str | None = None) -> Byline:
    return Byline(authors=tuple(authors), source=source, affiliation=affiliation)


PLAIN, PLACED = False, True
HEADINGS = ["KẾT LUẬN", "TIN TỨC", "TIN TỨC - SỰ KIỆN", "ĐẶT VẤN ĐỀ", "GIẢI PHÁP", "THỰC TRẠNG", "PHẦN I",
            "MỘT SỐ GIẢI PHÁP", "KẾT QUẢ ĐẠT ĐƯỢC", "THÔNG BÁO", "Ý KIẾN", "ĐOÀN KẾT", "LÝ LUẬN VÀ THỰC TIỄN",
            "Đặt Vấn Đề"]
PLACES = ["Thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Hà Nội", "Việt Nam", "Đà Nẵng", "Hải Phòng", "Nam Định",
          "Thừa Thiên Huế", "Quận Ba Đình", "Huyện Bình Lục", "Xã Thanh Hà"]

BYLINES = [
    # credit labels
    ("Tin và ảnh: Hà Thanh", PLAIN, by("Hà Thanh")),
    ("Bài, ảnh: Minh Quân", PLAIN, by("Minh Quân")),
    ("Tin, ảnh: Lê Hà", PLAIN, by("Lê Hà")),
    ("Bài và ảnh: HỒNG SƠN", PLAIN, by("Hồng Sơn")),  # a credit label places an ALL-CAPS pen name
    ("TIN VÀ ẢNH: HÀ THANH", PLAIN, by("Hà Thanh")),
    ("Tin - ảnh: Hà Thanh", PLAIN, by("Hà Thanh")),
    ("Bài & ảnh: Hà Thanh", PLAIN, by("Hà Thanh")),
    ("Ảnh và bài: Hà Thanh", PLAIN, by("Hà Thanh")),
    ("Tác giả: Nguyễn Văn An", PLAIN, by("Nguyễn Văn An")),
    ("Thực hiện: Hà Thanh - Minh Quân", PLAIN, by("Hà Thanh", "Minh Quân")),
    ("Ảnh: TTXVN", PLAIN, by()),  # a photo credit: taken out, names no author
    # several authors
    ("Xuân Hiếu – Minh Quân", PLAIN, by("Xuân Hiếu", "Minh Quân")),
    ("Xuân Hiếu - Minh Quân", PLAIN, by("Xuân Hiếu", "Minh Quân")),
    ("Xuân Hiếu, Minh Quân", PLAIN, by("Xuân Hiếu", "Minh Quân")),
    ("Xuân Hiếu và Minh Quân", PLAIN, by("Xuân Hiếu", "Minh Quân")),
    ("Hà Thanh, Thu Hằng và Minh Quân", PLAIN, by("Hà Thanh", "Thu Hằng", "Minh Quân")),
    ("Hà Thanh - Minh Quân - Hà Thanh", PLAIN, by("Hà Thanh", "Minh Quân")),
    # ALL-CAPS: a surname makes a name anywhere; a pen name needs byline styling
    ("NGUYỄN TẤN", PLAIN, by("Nguyễn Tấn")),
    ("NGUYỄN VĂN AN - LÊ THỊ HOA", PLAIN, by("Nguyễn Văn An", "Lê Thị Hoa")),
    ("THU HƯỜNG", PLACED, by("Thu Hường")),
    ("THU HƯỜNG", PLAIN, None),
    ("THU HƯỜNG - MINH ANH", PLACED, by("Thu Hường", "Minh Anh")),
    ("THU HƯỜNG - MINH ANH", PLAIN, None),
    # degree and rank prefixes
    ("TS Ngô Ngân Hà", PLAIN, by("Ngô Ngân Hà")),
    ("TS NGÔ NGÂN HÀ", PLAIN, by("Ngô Ngân Hà")),
    ("ThS. Nguyễn Văn An", PLAIN, by("Nguyễn Văn An")),
    ("PGS.TS Lê Văn Cường", PLAIN, by("Lê Văn Cường")),
    ("GS, TS Trần Văn Phòng", PLAIN, by("Trần Văn Phòng")),
    ("GS.TS Trần Văn Phòng", PLAIN, by("Trần Văn Phòng")),
    ("Đại tá Nguyễn Văn Minh", PLAIN, by("Nguyễn Văn Minh")),
    ("Đại tá, TS Nguyễn Văn Minh", PLAIN, by("Nguyễn Văn Minh")),
    ("Nhà báo Hữu Thọ", PLAIN, by("Hữu Thọ")),
    ("PV Hà Thanh", PLAIN, by("Hà Thanh")),
    # author and affiliation
    ("Nguyễn Hương – BTG Huyện ủy", PLAIN, by("Nguyễn Hương", affiliation="BTG Huyện ủy")),
    ("ThS. Nguyễn Văn An, Trường Chính trị tỉnh Vĩnh Long", PLAIN,
     by("Nguyễn Văn An", affiliation="Trường Chính trị tỉnh Vĩnh Long")),
    ("Hà Thanh (Ban Tuyên giáo Tỉnh ủy)", PLAIN, by("Hà Thanh", affiliation="Ban Tuyên giáo Tỉnh ủy")),
    ("Nguyễn Hương (BTG Huyện ủy Bình Lục)", PLAIN, by("Nguyễn Hương", affiliation="BTG Huyện ủy Bình Lục")),
    # how the text was put together is not an affiliation
    ("Minh Anh (tổng hợp)", PLAIN, by("Minh Anh")),
    ("Hà Thanh (t/h)", PLAIN, by("Hà Thanh")),
    # sources
    ("Nguồn: Báo Hà Nam", PLAIN, by(source="Báo Hà Nam")),
    ("Nguồn Báo Hà Nam", PLAIN, by(source="Báo Hà Nam")),
    ("Theo TTXVN", PLAIN, by(source="TTXVN")),
    ("Theo TTXVN.", PLAIN, by(source="TTXVN")),
    ("(Theo Mặt trận)", PLAIN, by(source="Mặt trận")),
    ("Theo: VOV", PLAIN, by(source="VOV")),
    ("Theo baochinhphu.vn", PLAIN, by(source="baochinhphu.vn")),
    ("Nguồn tin: Cổng TTĐT tỉnh Hà Nam", PLAIN, by(source="Cổng TTĐT tỉnh Hà Nam")),
    ("Theo Báo Nhân Dân", PLAIN, by(source="Báo Nhân Dân")),
    ("Nguồn: Tạp chí Cộng sản", PLAIN, by(source="Tạp chí Cộng sản")),
    ("Thu Hằng/VOV", PLAIN, by("Thu Hằng", source="VOV")),
    ("Hà Thanh / TTXVN", PLAIN, by("Hà Thanh", source="TTXVN")),
    ("Hoàng Anh - Minh Đức/TTXVN", PLAIN, by("Hoàng Anh", "Minh Đức", source="TTXVN")),
    ("Hà Thanh (Theo TTXVN)", PLAIN, by("Hà Thanh", source="TTXVN")),
    ("Hà Thanh (Nguồn: TTXVN)", PLAIN, by("Hà Thanh", source="TTXVN")),
    # initials and groups
    ("P.Sinh", PLAIN, by("P.Sinh")),
    ("N.T.Hà", PLAIN, by("N.T.Hà")),
    ("Tr.Hiếu", PLAIN, by("Tr.Hiếu")),
    ("Nhóm PV", PLAIN, by("Nhóm PV")),
    ("Nhóm phóng viên", PLAIN, by("Nhóm phóng viên")),
    ("Tin: Nhóm PV", PLAIN, by("Nhóm PV")),
    ("PV", PLAIN, by("PV")),
    ("Ban Biên tập", PLAIN, by("Ban Biên tập")),
    ("T.H", PLACED, by("T.H")),  # initials alone: a pen name where a byline sits
    ("N.T.H.", PLACED, by("N.T.H")),
    ("Tin, ảnh: T.H", PLAIN, by("T.H")),
    ("T.H", PLAIN, None),  # unstyled, too short to tell from an abbreviation
    ("TTXVN", PLACED, None),  # an agency's acronym is a source, not initials
    # closing marks
    ("Hà Thanh./.", PLAIN, by("Hà Thanh")),
    ("Hà Thanh.", PLAIN, by("Hà Thanh")),
    # traps: sentences that open like a source line
    ("Theo đó, tỉnh đã triển khai nhiều giải pháp", PLAIN, None),
    ("Theo kế hoạch, hội nghị sẽ diễn ra trong hai ngày", PLAIN, None),
    ("Theo Bộ Y tế, số ca mắc mới giảm mạnh", PLAIN, None),
    ("Theo Báo cáo của UBND tỉnh", PLAIN, None),
    ("Theo Nghị quyết số 15", PLAIN, None),
    ("Theo ông Nguyễn Văn An", PLAIN, None),
    ("Phát biểu tại hội nghị, đồng chí Bí thư nhấn mạnh", PLAIN, None),
    # traps: organisations alone, empty labels, overlong lines
    ("Ban Tuyên giáo Tỉnh ủy", PLACED, None),
    ("Sở Giáo dục và Đào tạo", PLACED, None),
    ("Tin và ảnh:", PLAIN, None),
    ("Theo", PLAIN, None),
    ("", PLAIN, None),
    ("Hà Thanh - " * 20, PLAIN, None),
    # traps: headings and places, even styled as a byline
    *[(heading, placed, None) for heading in HEADINGS for placed in (PLAIN, PLACED)],
    *[(place, PLACED, None) for place in PLACES],
]


@pytest.mark.parametrize("line, placed, expected", BYLINES,
                         ids=[f"{line[:40]}{'-placed' if placed else ''}" for line, placed, _ in BYLINES])
def test_parse_byline(line, placed, expected):
    assert parse_byline(line, placed=placed) == expected


def test_parse_byline_reads_decomposed_unicode():
    assert parse_byline(unicodedata.normalize("NFD", "Tin và ảnh: Hà Thanh")) == by("Hà Thanh")


NAMES = [
    ("PGS.TS NGUYỄN VĂN HÙNG", PLAIN, "Nguyễn Văn Hùng"),
    ("  Nguyễn Văn  An ", PLAIN, "Nguyễn Văn An"),
    ("Nhà báo HỮU THỌ", PLAIN, "Hữu Thọ"),  # a prefix says a person follows
    ("ThS.BS Lê Hà", PLAIN, "Lê Hà"),
    ("THU HƯỜNG", PLAIN, None),
    ("THU HƯỜNG", PLACED, "Thu Hường"),
    ("KẾT LUẬN", PLACED, None),
    ("ĐẶT VẤN ĐỀ", PLACED, None),
    ("Đặt Vấn Đề", PLAIN, None),
    ("P.Sinh", PLAIN, "P.Sinh"),
    ("T.H", PLACED, "T.H"),
    ("T.H", PLAIN, None),
    ("By John Smith", PLAIN, "John Smith"),
    ("Tác giả: Nguyễn Văn An", PLAIN, "Nguyễn Văn An"),
    ("Bởi Hà Thanh", PLAIN, "Hà Thanh"),
    ("Bởi vậy", PLAIN, None),
    # title case whose lower-case letters all carry diacritics is not ALL-CAPS
    ("Mỹ Lệ", PLAIN, "Mỹ Lệ"),
    ("Tú Lệ", PLAIN, "Tú Lệ"),
    ("ở Hà", PLAIN, None),
    ("nguyễn văn an", PLAIN, None),
    ("Nguyễn", PLAIN, None),
    ("Ban Tuyên giáo", PLAIN, None),
    ("Việt Nam", PLACED, None),
    (unicodedata.normalize("NFD", "Nguyễn Văn An"), PLAIN, "Nguyễn Văn An"),
]


@pytest.mark.parametrize("raw, placed, expected", NAMES, ids=[f"{r.strip()}{'-placed' if p else ''}" for r, p, _ in NAMES])
def test_clean_person_name(raw, placed, expected):
    assert clean_person_name(raw, placed=placed) == expected


OUTLETS = [  # text, is_outlet, is_organisation
    ("TTXVN", True, True),
    ("VOV", True, True),
    ("QĐND", True, True),
    ("Báo Hà Nam", True, True),
    ("Tạp chí Cộng sản", True, True),
    ("baochinhphu.vn", True, True),
    ("Nhân Dân", True, True),
    ("Cổng TTĐT tỉnh Hà Nam", True, True),
    ("Ban Tuyên giáo Tỉnh ủy", False, True),
    ("BTG Huyện ủy", False, True),
    ("Trường Chính trị tỉnh Vĩnh Long", False, True),
    ("Hà Thanh", False, False),
    ("P.Sinh", False, False),
    ("N.T.Hà", False, False),
    ("Báo cáo tổng kết", False, False),
    ("tổng hợp", False, False),
    ("", False, False),
]


@pytest.mark.parametrize("text, outlet, organisation", OUTLETS, ids=[t or "empty" for t, _, _ in OUTLETS])
def test_is_outlet_and_is_organisation(text, outlet, organisation):
    assert (is_outlet(text), is_organisation(text)) == (outlet, organisation)


LEADS = [
    ("(ĐCSVN) – Sáng 30/3, Tỉnh ủy tổ chức hội nghị.", "Sáng 30/3, Tỉnh ủy tổ chức hội nghị.", "ĐCSVN"),
    ("(ĐCSVN)-Sáng 30/3, Tỉnh ủy tổ chức hội nghị.", "Sáng 30/3, Tỉnh ủy tổ chức hội nghị.", "ĐCSVN"),
    ("QĐND - Sáng nay, Quân khu 3 tổ chức hội nghị.", "Sáng nay, Quân khu 3 tổ chức hội nghị.", "QĐND"),
    ("XDĐ - Ngày 1/4, hội thảo khoa học diễn ra.", "Ngày 1/4, hội thảo khoa học diễn ra.", "XDĐ"),
    ("(LLCT) - Bài viết phân tích quan điểm.", "Bài viết phân tích quan điểm.", "LLCT"),
    ("(Baothanhhoa.vn) - Chiều 2/4, đoàn công tác làm việc.", "Chiều 2/4, đoàn công tác làm việc.", "Baothanhhoa.vn"),
    ("Chinhphu.vn - Chiều 2/4, Thủ tướng chủ trì.", "Chiều 2/4, Thủ tướng chủ trì.", "Chinhphu.vn"),
    ("CTTĐT - Sáng 5/4, tỉnh tổ chức lễ mít tinh.", "Sáng 5/4, tỉnh tổ chức lễ mít tinh.", "CTTĐT"),
    ("(Mặt trận) - Sáng 6/4, Ủy ban MTTQ tỉnh họp.", "Sáng 6/4, Ủy ban MTTQ tỉnh họp.", "Mặt trận"),
    ("BDK.VN - Sáng 7/4, Đảng ủy Khối họp.", "Sáng 7/4, Đảng ủy Khối họp.", "BDK.VN"),
    ("(ĐCSVN) - (Mặt trận) - Sáng 8/4, hội nghị khai mạc.", "Sáng 8/4, hội nghị khai mạc.", "ĐCSVN"),
    # no prefix: the lead comes back unchanged
    ("Sáng 30/3, Tỉnh ủy tổ chức hội nghị.", "Sáng 30/3, Tỉnh ủy tổ chức hội nghị.", None),
    ("UBND tỉnh đã chỉ đạo các sở, ngành.", "UBND tỉnh đã chỉ đạo các sở, ngành.", None),
    ("COVID-19 đang diễn biến phức tạp trên địa bàn.", "COVID-19 đang diễn biến phức tạp trên địa bàn.", None),
    ("COVID-19: Tỉnh ghi nhận 5 ca mắc mới.", "COVID-19: Tỉnh ghi nhận 5 ca mắc mới.", None),
    ("F0 - F1 cần thực hiện cách ly tại nhà.", "F0 - F1 cần thực hiện cách ly tại nhà.", None),
    ("ASEAN: Hội nghị cấp cao lần thứ 40 khai mạc.", "ASEAN: Hội nghị cấp cao lần thứ 40 khai mạc.", None),
    ("(Ảnh minh họa do phóng viên cung cấp và được xử lý lại) - Sáng nay",
     "(Ảnh minh họa do phóng viên cung cấp và được xử lý lại) - Sáng nay", None),
]


@pytest.mark.parametrize("lead, rest, prefix", LEADS, ids=[lead[:30] for lead, _, _ in LEADS])
def test_split_lead_prefix(lead, rest, prefix):
    assert split_lead_prefix(lead) == (rest, prefix)


CAPTIONS = [
    ("Quang cảnh hội nghị. Ảnh: TTXVN", "Quang cảnh hội nghị.", "TTXVN"),
    ("Đại biểu dự hội nghị (ảnh: Hà Thanh)", "Đại biểu dự hội nghị", "Hà Thanh"),
    ("Đại biểu dự hội nghị - Ảnh: Hà Thanh", "Đại biểu dự hội nghị", "Hà Thanh"),
    ("Đại biểu dự hội nghị.Ảnh: Hà Thanh", "Đại biểu dự hội nghị.", "Hà Thanh"),
    ("Quang cảnh hội nghị Ảnh: TTXVN", "Quang cảnh hội nghị", "TTXVN"),
    ("Quang cảnh hội nghị. (Ảnh: TTXVN)", "Quang cảnh hội nghị.", "TTXVN"),
    ("Quang cảnh hội nghị. Ảnh minh họa: Internet", "Quang cảnh hội nghị.", "Internet"),
    ("Quang cảnh hội nghị. Ảnh tư liệu: TTXVN", "Quang cảnh hội nghị.", "TTXVN"),
    ("Quang cảnh hội nghị. Nguồn ảnh: VOV", "Quang cảnh hội nghị.", "VOV"),
    ("Ảnh: TTXVN", "", "TTXVN"),
    ("Quang cảnh hội nghị", "Quang cảnh hội nghị", None),
    # "cảnh:" and "hình ảnh:" hold the letters of "ảnh:" but are caption text
    ("Toàn cảnh: Hội nghị tổng kết công tác năm 2023", "Toàn cảnh: Hội nghị tổng kết công tác năm 2023", None),
    ("Triển lãm ảnh: Hà Nội xưa và nay", "Triển lãm ảnh: Hà Nội xưa và nay", None),
    ("Một số hình ảnh: các đại biểu dự hội nghị", "Một số hình ảnh: các đại biểu dự hội nghị", None),
]


@pytest.mark.parametrize("caption, rest, credit", CAPTIONS, ids=[c[:30] for c, _, _ in CAPTIONS])
def test_split_caption_credit(caption, rest, credit):
    assert split_caption_credit(caption) == (rest, credit)


# --- through extract_article ----------------------------------------------------------------------

NOW = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
PARAS = [
    "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác dân vận năm 2022 cho cán bộ chủ chốt các huyện.",
    "Phát biểu khai mạc, đồng chí Trưởng ban nhấn mạnh công tác dân vận là nhiệm vụ có ý nghĩa chiến lược đối với sự nghiệp cách mạng.",
    "Các học viên được truyền đạt chuyên đề về kỹ năng vận động quần chúng, phương pháp nắm bắt tình hình tư tưởng của nhân dân.",
]
BODY = "\n\n".join(PARAS)
TITLE = "Đổi mới công tác dân vận trong tình hình mới"


def extract(*, top: str = "", tail: str = "", lead: str = "", layer: str):
    """A page with the article text between `top` and `tail`, read by the DNN site rules
    (baohanam) or, on an unknown host, by the generic layer."""
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    sapo = f"<h2 class='post-summary sapo'>{lead}</h2>" if lead else ""
    html = f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE}</title></head><body>
<div class="header"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul></div>
<div class="post"><h1 class="post-title">{TITLE}</h1>{sapo}
<div class="post-content"><div class="noidung">{top}{text}{tail}</div></div></div>
<div class="footer">Bản quyền thuộc Báo Hà Nam.</div></body></html>""".encode()
    if layer == "site":
        article = extract_article(html, "https://baohanam.com.vn/chinh-tri/doi-moi-123.html", site="baohanam", now=NOW)
    else:
        article = extract_article(html, "https://unknown-site.vn/tin-tuc/doi-moi-123.html", now=NOW)
    assert article.extraction.get("body") == layer
    return article


LAYERS = pytest.mark.parametrize("layer", ["site", "generic"])

PAGE_BYLINES = [  # closing lines, authors, source
    ("<p><b>Nhóm PV</b></p><p>Nguồn: Báo Hà Nam</p>", ["Nhóm PV"], "Báo Hà Nam"),
    ("<p style='text-align:right'>Thu Hằng/VOV</p>", ["Thu Hằng"], "VOV"),
    ("<p style='text-align:right'><em>(Theo Mặt trận)</em></p>", [], "Mặt trận"),
    ("<p style='text-align:right'><b>THU HƯỜNG</b></p>", ["Thu Hường"], None),
    ("<p><em>Hà Thanh (t/h)</em></p>", ["Hà Thanh"], None),
    ("<p style='text-align:right'><strong>Bài, ảnh: Minh Quân./.</strong></p>", ["Minh Quân"], None),
    ("<p style='text-align:right'><strong>Nguyễn Hương – BTG Huyện ủy</strong></p>", ["Nguyễn Hương"], None),
    ("<p style='text-align:right'><b>Hoàng Anh - Minh Đức/TTXVN</b></p>", ["Hoàng Anh", "Minh Đức"], "TTXVN"),
    ("<p style='text-align:right'><strong>T.H</strong></p>", ["T.H"], None),
]


@LAYERS
@pytest.mark.parametrize("tail, authors, source", PAGE_BYLINES, ids=[t[-40:] for t, _, _ in PAGE_BYLINES])
def test_closing_byline_leaves_body(layer, tail, authors, source):
    article = extract(tail=tail, layer=layer)
    assert article.body == BODY
    assert article.authors == authors
    assert article.source == source


@LAYERS
def test_top_author_with_degree_and_affiliation_line(layer):
    top = ("<p style='text-align:right'><strong>TS NGÔ NGÂN HÀ</strong></p>"
           "<p><em>Vụ Tổ chức - Cán bộ, Học viện Chính trị quốc gia Hồ Chí Minh</em></p>")
    article = extract(top=top, layer=layer)
    assert article.authors == ["Ngô Ngân Hà"]
    assert article.body == BODY


LOOK_ALIKES = [  # (top, tail): text that looks like a byline and is article text
    ("<p><strong>ĐẶT VẤN ĐỀ</strong></p>", ""),
    ("<p><strong>GIẢI PHÁP</strong></p>", ""),
    ("", "<p>THU HƯỜNG</p>"),  # a pen name without byline styling may be a heading
    ("", "<p>T.H</p>"),  # so may initials
    ("", "<p style='text-align:right'><b>KẾT LUẬN</b></p>"),
    ("", "<p style='text-align:right'><b>Đà Nẵng</b></p>"),
    ("", "<p>Theo kế hoạch, hội nghị sẽ diễn ra trong hai ngày tại hội trường Tỉnh ủy.</p>"),
    ("", "<p>Theo đó, tỉnh đã triển khai nhiều giải pháp đồng bộ.</p>"),
]


@LAYERS
@pytest.mark.parametrize("top, tail", LOOK_ALIKES, ids=[(t or s)[:40] for t, s in LOOK_ALIKES])
def test_byline_look_alikes_stay_in_body(layer, top, tail):
    article = extract(top=top, tail=tail, layer=layer)
    line = lxml.html.fragment_fromstring(top or tail).text_content()
    assert article.authors == []
    assert article.source is None
    assert article.body == "\n\n".join([line, *PARAS] if top else [*PARAS, line])


@LAYERS
def test_lead_with_hyphenated_first_word_keeps_it(layer):
    lead = "COVID-19 đang diễn biến phức tạp, Ban Dân vận Tỉnh ủy chỉ đạo tuyên truyền phòng chống dịch."
    article = extract(lead=lead, layer=layer)
    assert article.lead == lead
    prefixed = extract(lead="(ĐCSVN) – " + lead, layer=layer)
    assert prefixed.lead == lead


@LAYERS
def test_caption_without_credit_keeps_its_words(layer):
    figure = ('<table class="imgEditor"><tr><td><img class="imgtelerik" src="/img/a.jpg"></td></tr>'
              '<tr><td class="image_desc">Toàn cảnh: Hội nghị tập huấn nghiệp vụ công tác dân vận</td></tr></table>')
    article = extract(top=figure, layer=layer)
    assert [(i.caption, i.credit) for i in article.images] == [("Toàn cảnh: Hội nghị tập huấn nghiệp vụ công tác dân vận", None)]
    assert article.body == BODY


@pytest.mark.parametrize("element, authors", [
    ("<div class='author'>By John Smith</div>", ["John Smith"]),
    ("<span class='tacgia'>Tác giả: PGS.TS Nguyễn Văn An</span>", ["Nguyễn Văn An"]),
    ("<p class='byline'>T.H</p>", ["T.H"]),
])
def test_author_element_labels_and_initials_on_the_generic_layer(element, authors):
    article = extract(top=element, layer="generic")
    assert article.authors == authors
    assert article.body == BODY
