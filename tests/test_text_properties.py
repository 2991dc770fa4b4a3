"""Property tests for the text rules every page goes through: the byline parser, the
boilerplate judge and stripper, and the URL canonicaliser.

They must never raise on any text (a crawl meets every kind of junk), answer in
bounded time (regular expressions that backtrack exponentially would stall the
crawl on one odd line), and be stable where a second pass must change nothing:
a cleaned name cleans to itself, a canonical URL canonicalises to itself.
`tests/test_urls.py` already checks canonicalize_url on loosely random URLs; here
the URLs are built from the spellings sites really produce (tracking parameters,
print views, dot segments, escapes, ports, IDN hosts) and the spellings of one
article must fold into one key.
"""

from __future__ import annotations

import subprocess
import sys
import unicodedata
from urllib.parse import parse_qsl, urlsplit

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.config import PROJECT_ROOT
from crawler.extract.boilerplate import fold, is_boilerplate_line, is_related_heading, strip_boilerplate_nodes
from crawler.extract.bylines import (
    Byline,
    clean_person_name,
    is_organisation,
    is_outlet,
    is_person_name,
    parse_byline,
    split_caption_credit,
    split_lead_prefix,
)
from crawler.extract.html import parse_html
from crawler.urls import TRACKING_PARAMS, canonicalize_url

SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# --- text made of the pieces bylines and chrome are made of -----------------------------------------

PIECES = [
    "Tin và ảnh:", "Bài, ảnh:", "Nguồn", "Nguồn:", "Theo", "(Theo", ")", "(", "/", " – ", " - ", ", ", " và ", ".", "./.",
    "TS", "ThS.", "PGS.TS", "GS,", "Đại tá", "Nhà báo", "Hà Thanh", "NGUYỄN TẤN", "THU HƯỜNG", "Minh Quân", "P.Sinh",
    "N.T.Hà", "Nhóm PV", "TTXVN", "VOV", "Báo Hà Nam", "Ban Tuyên giáo Tỉnh ủy", "Trường Chính trị", "KẾT LUẬN",
    "Thành phố", "Hồ Chí Minh", "đó,", "(ĐCSVN)", "QĐND", "Ảnh:", "ảnh", "Lượt xem:", "453", "Đang truy cập",
    "Hôm nay:", "In bài viết", "|", "Chia sẻ", "Nam miền Bắc", "Nữ miền Bắc", "No title...", "Giấy phép số",
    "123/GP", "©", "Tin liên quan", "A+", "a", "in", " ", "  ", "\u0301", "\u00a0", "\n", "\x00", "İ", "ß", "ǅ", "ﬁ",
]
piece_text = st.lists(st.sampled_from(PIECES), max_size=12).map(" ".join)
any_text = st.one_of(st.text(max_size=200), piece_text, piece_text.map(str.upper),
                     piece_text.map(lambda t: unicodedata.normalize("NFD", t)))
LETTERS = "aàáạảãâầấậẩẫăằắặẳẵbcdđeèéẹẻẽêềếệểễghiìíịỉĩklmnoòóọỏõôồốộổỗơờớợởỡpqrstuùúụủũưừứựửữvxyỳýỵỷỹ"
vietnamese_words = st.lists(st.text(alphabet=LETTERS, min_size=1, max_size=7), min_size=1, max_size=6).map(" ".join)


@SETTINGS
@given(any_text, st.booleans())
def test_byline_functions_never_raise(text, placed):
    byline = parse_byline(text, placed=placed)
    assert byline is None or isinstance(byline, Byline)
    if byline is not None:
        for author in byline.authors:
            assert author and author == author.strip() and unicodedata.is_normalized("NFC", author)
    name = clean_person_name(text, placed=placed)
    assert name is None or (name == name.strip() and is_person_name(name))
    assert isinstance(is_outlet(text), bool) and isinstance(is_organisation(text), bool)
    rest, prefix = split_lead_prefix(text)
    if prefix is None:
        assert rest == text
    else:
        assert prefix in text and text.rstrip().endswith(rest)
    caption, credit = split_caption_credit(text)
    assert credit is None or credit in " ".join(unicodedata.normalize("NFC", text).split())


@SETTINGS
@given(st.one_of(any_text, vietnamese_words.map(str.title), vietnamese_words.map(str.upper)), st.booleans())
def test_clean_person_name_is_idempotent(text, placed):
    once = clean_person_name(text, placed=placed)
    if once is not None:
        assert clean_person_name(once, placed=placed) == once


@SETTINGS
@given(any_text)
def test_lead_prefix_is_taken_whole(text):
    rest, prefix = split_lead_prefix(text)
    if prefix is not None:
        assert split_lead_prefix(rest) == (rest, None)


@SETTINGS
@given(any_text)
def test_boilerplate_judges_never_raise(text):
    assert isinstance(is_boilerplate_line(text), bool)
    assert isinstance(is_related_heading(text), bool)
    assert isinstance(fold(text), str)


@SETTINGS
@given(vietnamese_words)
def test_boilerplate_judge_ignores_case(text):
    assert is_boilerplate_line(text.upper()) == is_boilerplate_line(text.lower())
    assert is_related_heading(text.upper()) == is_related_heading(text.lower())


def test_long_lines_of_chrome_words_answer_fast():
    """Lines of repeated widget words that finally fail to match once made the line regex
    backtrack exponentially (an optional separator between two \\s*): "in in in ... x" ran
    for minutes. Run in a subprocess so that a regression fails by timeout instead of hanging."""
    lines = ["in " * 39 + "x", "a " * 59 + "x", "a | " * 29 + "x", "nam mien bac " * 9 + "x",
             "In bài viết " * 9 + "x", "Nghe " + "Nữ miền Bắc " * 8 + "x", "Đăng nhập / " * 9 + "x"]
    code = ("import sys; from crawler.extract.boilerplate import is_boilerplate_line as f;"
            "from crawler.extract.bylines import parse_byline as p;"
            "[(f(line), p(line, placed=True)) for line in sys.argv[1:]]")
    subprocess.run([sys.executable, "-c", code, *lines], cwd=PROJECT_ROOT, check=True, timeout=30)


# --- random small HTML through strip_boilerplate_nodes ----------------------------------------------

_TAGS = ["div", "p", "span", "ul", "li", "a", "table", "tr", "td", "section", "aside", "form", "h1", "h3", "b",
         "article", "dl", "input", "script"]
_ATTRS = ["", "class='share'", "class='tinlienquan'", "class='content'", "id='thongke'", "class='poll'",
          "class='breadcrumb'", "type='password'", "class='noidung'", "href='/x.html'"]
_TEXTS = st.sampled_from(["Tin liên quan", "Thăm dò ý kiến", "Đang truy cập", "45", "Hôm nay", "Lượt xem: 453",
                          "Đăng nhập", "Sáng 30/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tập huấn.", "In bài viết",
                          " ", "&amp;", ""]) | st.text(max_size=15)


@st.composite
def documents(draw, depth: int = 0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth > 4 or draw(st.booleans()):
            parts.append(draw(_TEXTS).replace("<", " "))
        else:
            tag, attr = draw(st.sampled_from(_TAGS)), draw(st.sampled_from(_ATTRS))
            parts.append(f"<{tag} {attr}>{draw(documents(depth + 1))}</{tag}>")
    return "".join(parts)


@SETTINGS
@given(documents(), st.integers(0, 50))
def test_strip_boilerplate_nodes_never_raises_and_spares_kept_elements(doc, pick):
    root = parse_html(f"<html><body>{doc}</body></html>".encode("utf-8", "surrogatepass"), None)
    elements = [el for el in root.iter() if isinstance(el.tag, str) and el.tag not in ("html", "body")]
    keep = [elements[pick % len(elements)]] if elements else []
    before = len(root.text_content())
    removed = strip_boilerplate_nodes(root, keep=keep)
    assert isinstance(removed, int) and removed >= 0
    assert len(root.text_content()) <= before
    for el in keep:
        assert el.getroottree().getroot() is root  # still attached, with every ancestor


# --- canonicalize_url on the spellings sites produce -------------------------------------------------

hosts = st.sampled_from(["hanam.dcs.vn", "dangcongsan.vn", "tinhuy.quangtri.gov.vn", "qdnd.vn", "đảng.vn",
                         "127.0.0.1:8080"])
segments = st.lists(st.sampled_from(["tin-tuc", "chinh-tri", "hội-nghị", "h%E1%BB%99i", "bai-viet-123.html",
                                     "a%2Fb", "Default.aspx", "t\u01b0\u0301c", "~user", "a+b", "x(1)"]),
                    min_size=1, max_size=4)
content_params = st.lists(st.tuples(st.sampled_from(["id", "cid", "tabid", "page", "ItemID", "q"]),
                                    st.sampled_from(["1", "99", "abc", "Hà Nội", "a b", "%C3%A9"])),
                          max_size=3, unique_by=lambda kv: kv[0])
tracking = st.lists(st.sampled_from(["utm_source=zalo", "utm_medium=share", "fbclid=IwAR0x", "zarsrc=30",
                                     "gidzl=abc", "_ga=2.1", "print=1", "tmpl=component", "PHPSESSID=1", "ref=home"]),
                    max_size=3)


@st.composite
def article_urls(draw):
    """One article's canonical parts, and a spelling of them a site might link."""
    host, path, params = draw(hosts), "/" + "/".join(draw(segments)), draw(content_params)
    query = "&".join(f"{k}={v}" for k, v in params)
    base = f"https://{host}{path}" + (f"?{query}" if query else "")
    noise = draw(tracking)
    shuffled = draw(st.permutations([f"{k}={v}" for k, v in params] + noise))
    scheme = draw(st.sampled_from(["http", "https", "HTTPS"]))
    spelled_host = draw(st.sampled_from([host, host.upper(), f"www.{host}"])) if not host[0].isdigit() else host
    port = draw(st.sampled_from(["", ":80", ":443"])) if scheme.lower() == "http" and not host[0].isdigit() else ""
    if port == ":443":
        port = ""
    dots = draw(st.sampled_from(["", "/x/..", "/."]))
    fragment = draw(st.sampled_from(["", "#binh-luan", "#"]))
    first, _, rest = path[1:].partition("/")
    spelled_path = f"/{first}{dots}/{rest}" if rest else path
    spelling = f"{scheme}://{spelled_host}{port}{spelled_path}" + (f"?{'&'.join(shuffled)}" if shuffled else "") + fragment
    return base, spelling


@SETTINGS
@given(article_urls())
def test_spellings_of_one_article_share_one_idempotent_key(urls):
    base, spelling = urls
    key = canonicalize_url(spelling)
    assert key == canonicalize_url(base)
    assert canonicalize_url(key) == key
    parts = urlsplit(key)
    assert parts.scheme == "https" and not parts.fragment and not parts.netloc.startswith("www.")
    for name, _ in parse_qsl(parts.query, keep_blank_values=True):
        assert name.lower() not in TRACKING_PARAMS and not name.lower().startswith("utm_")


@SETTINGS
@given(article_urls(), st.sampled_from(["id", "cid", "ItemID"]), st.integers(0, 10**6))
def test_content_parameters_still_tell_articles_apart(urls, name, value):
    base, _ = urls
    separator = "&" if "?" in base else "?"
    one = canonicalize_url(f"{base}{separator}{name}x={value}")
    other = canonicalize_url(f"{base}{separator}{name}x={value + 1}")
    assert one != other
