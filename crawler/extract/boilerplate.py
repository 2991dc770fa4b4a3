"""Page chrome on Vietnamese Party and government sites: lines and widgets that are not the article.

Two tools: `is_boilerplate_line` / `is_related_heading` judge one line of text
(view counters, visitor statistics, login, share/print tools, related-news
headings, polls, ratings, text-to-speech labels, licence footers), and
`strip_boilerplate_nodes` removes whole widgets from a parsed page before any
layer reads it. A line is chrome only when all of it is: a sentence that merely
contains "Đăng ký" is article text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from crawler.extract.html import drop_element

_MARKS = re.compile(r"[\u0300-\u036f]")


def fold(text: str) -> str:
    """Lower case, no diacritics, đ -> d, spaces folded: for matching labels however they are typed."""
    text = unicodedata.normalize("NFD", text.lower()).replace("đ", "d")
    return " ".join(_MARKS.sub("", text).split())


_RELATED = {
    "cac tin khac", "tin khac", "tin lien quan", "bai lien quan", "bai viet lien quan", "cac bai lien quan",
    "xem nhieu nhat", "xem nhieu", "doc nhieu", "doc nhieu nhat", "tin doc nhieu", "tin xem nhieu",
    "tin cung chuyen muc", "bai cung chuyen muc", "cung chuyen muc", "cac tin da dua", "tin da dua",
    "nhung tin moi hon", "nhung tin cu hon", "tin moi hon", "tin cu hon", "cac bai viet khac", "bai viet khac",
    "cac bai khac", "tin moi", "tin moi nhat", "tin moi cap nhat", "xem them", "tin tuc khac", "cac tin tuc khac",
    "tin bai khac", "cac tin bai khac", "tin noi bat", "thong tin moi nhat", "bai moi", "tin cung loai",
}

#: Between the items of a widget line: one separator with optional spaces, or optional spaces (inline
#: spans glue items: "Nghe bài viếtNam miền Bắc"). One way to read each gap, so a long line of items
#: that finally fails cannot make the match backtrack exponentially ("in in in ... x" took minutes
#: with an optional separator between two \s*).
_SEP = r"(?:\s*[|/•·,:：]\s*|\s*)"
_VOICE = r"(?:nam|nu) mien (?:bac|nam|trung)"
_TOOL = (
    r"(?:ban in|in bai viet|in bai|in trang|gui email|gui e-mail|gui bai viet|gui bai|gui cho ban be|gui ban be|chia se|"
    r"co chu|luu bai viet|luu bai|binh luan|y kien ban doc|gop y|phan hoi|facebook|zalo|twitter|tweet|email|"
    r"in|bookmark|thich|like|share|a\+|a-|a)"
)

#: Whole-line chrome, matched on the folded line.
_LINE_PATTERNS = [
    r"(so )?luot (xem|doc|truy cap)( bai viet)?\s*[:：]?\s*[\d.,]*",
    r"[\d.,]+\s+luot (xem|doc|truy cap)",
    r"\d{1,2}/\d{1,2}/\d{4}\s*\|\s*[\d.,]+",
    r"(thong ke truy cap|thong ke|so nguoi truy cap|tong luot truy cap|tong so luot truy cap|tong truy cap)\s*[:：]?\s*[\d.,]*",
    r"(dang online|dang truy cap|truc tuyen|hom nay|hom qua|trong tuan|tuan truoc|trong thang|thang truoc|tat ca|"
    r"khach|thanh vien|tong|luot truy cap|nam nay)\s*[:：]\s*[\d.,]*",
    r"(dang online|dang truy cap|so nguoi dang truy cap|khach dang truy cap)\s*[\d.,]*",
    r"(dang nhap|dang ky|dang xuat|quen mat khau\s*\??|ten dang nhap|mat khau|ghi nho (dang nhap|mat khau))"
    r"(\s*[|/]\s*(dang nhap|dang ky|dang xuat|quen mat khau\s*\??))*",
    r"(anh co dong|co dong)",
    r"(no title\.*\s*)+",
    r"tham do y kien( ban doc| nguoi dung)?",
    r"(bieu quyet|binh chon|xem ket qua)",
    r"tong so diem cua bai viet la\s*[:：]?\s*\d.*",
    r"danh gia bai viet(\s*[:：(].{0,40})?",
    rf"{_VOICE}({_SEP}{_VOICE})*",
    rf"(nghe bai viet|nghe doc bai|doc bai viet|nghe|tam dung|toc do doc|giong doc)\s*[:：]?\s*[\d:.,x/ ]*({_SEP}{_VOICE})*",
    r"(hotline|duong day nong)(\s*[:：].*|[\s\d.()+/-]+)",
    r"(bam|nhan|click) (vao )?(day|de) (xem|tai).*",
    r"(trang chu|quay lai|tro ve|tro lai|ve dau trang|len dau trang|len dau)",
    rf"{_TOOL}({_SEP}{_TOOL})*",
    r"(cac tin|tin) (da dua|khac)( ngay)?\s*[:：]?.*",
    r"thong tin moi nhat\s*[:：]?",
    r"(lien ket website|website lien ket|lien ket web|lien ket)\s*[:：]?",
    r"(dia chi bai viet|duong dan bai viet|link bai viet|dia chi trang|url)\s*[:：]\s*\S*",
]
_LINE = re.compile("^(?:" + "|".join(f"(?:{p})" for p in _LINE_PATTERNS) + ")$")

#: Licence and footer phrases that are chrome wherever they stand in a line.
_FOOTER = re.compile(
    r"ban quyen thuoc|ban quyen ©|copyright|©|all rights reserved|"
    r"giay phep.{0,60}\d+\s*/\s*gp|giay phep (so|xuat ban|hoat dong|thiet lap)\s*(so)?\s*[:：]?\s*\d|ghi ro nguon.{0,40}(phat hanh lai|dang lai|website|trang thong tin|cong thong tin)"
)
#: Footer labels that sentences use too ("... chịu trách nhiệm chính trong việc ..."): chrome only
#: where a footer item starts, at the line's start or after a separator.
_FOOTER_LABEL = re.compile(
    r"(?:^|[|•·;.\-–—]\s*)(?:ghi ro nguon|chiu trach nhiem (noi dung|xuat ban|chinh)|"
    r"co quan chu quan|(thiet ke|xay dung)( va phat trien)? boi|phat trien boi|khong duoc sao chep|nghiem cam sao chep)"
)
_MAX_CHROME_LINE = 120
_MAX_FOOTER_LINE = 300


def is_related_heading(line: str) -> bool:
    """'Các tin khác', 'Tin liên quan', 'Xem nhiều nhất' ... (any case or diacritics, trailing ':' ok)."""
    if not line or len(line) > 60:
        return False
    folded = fold(line).strip(" :：»«>-–|.•*")
    return folded in _RELATED


def is_boilerplate_line(line: str) -> bool:
    """True if the whole line is page chrome (see the module docstring)."""
    if not line:
        return False
    stripped = line.strip()
    if not stripped:
        return False
    if len(stripped) > _MAX_FOOTER_LINE:
        return False
    folded = fold(stripped)
    if not folded.strip(" .:：|/•·,;-–—[]()*»«>"):
        return True  # separators left between controls that were removed ("| |")
    if _FOOTER.search(folded) or _FOOTER_LABEL.search(folded):
        return True
    if len(stripped) > _MAX_CHROME_LINE:
        return False
    if is_related_heading(stripped):
        return True
    return _LINE.match(folded.strip(" .:：|")) is not None


#: Class or id words of widget containers (matched as substrings of the folded class/id).
_WIDGET = re.compile(
    r"tinlienquan|tin-lien-quan|tin_lien_quan|related|othernews|other-news|other_news|tinkhac|tin-khac|xemnhieu|"
    r"xem-nhieu|mostview|most-view|mostread|most-read|share|social|sharing|toolbar|article-tool|tools\b|print|"
    r"rating|vote|poll|thamdo|tham-do|thongke|thong-ke|counter|visitor|statistic|login|dangnhap|banner|advert|"
    r"quangcao|quang-cao|\bads?\b|tts|audio-player|text-to-speech|breadcrumb|\bmenu|navbar|\bnav\b|comment|"
    r"binhluan|sidebar|widget|slider|marquee|weather|thoitiet|hotline",
    re.I,
)
_ALWAYS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "nav", "select", "button",
           "input", "textarea", "svg", "canvas")
#: A class match never removes an element with this much non-link text: it is more likely the article.
_KEEP_TEXT = 600


def strip_boilerplate_nodes(root, keep=()) -> int:
    """Remove page widgets in place (see `_WIDGET`, and related-news boxes found by their heading);
    return how many elements were removed.

    Elements in `keep` (those a site's rules name, such as a breadcrumb holding the
    category) survive, and so do their ancestors.
    """
    if root is None:
        return 0
    protected = {anc for el in keep for anc in (el, *el.iterancestors())}
    removed = 0
    # A login box is known by its password field, which the next loop would remove.
    for el in root.xpath("//form[.//input[@type='password']]"):
        if el.getparent() is not None and el not in protected and _removable(el):
            drop_element(el)
            removed += 1
    for el in list(root.iter(*_ALWAYS)):
        if el.getparent() is not None and el not in protected:
            drop_element(el)
            removed += 1
    for el in root.xpath("//*[@class or @id]"):
        if el.getparent() is None or el.tag in ("html", "body", "form", "article", "main") or el in protected:
            continue
        if _is_widget_name(el.get("class"), el.get("id")) and _removable(el):
            drop_element(el)
            removed += 1
    for el in root.xpath("//div|//ul|//section|//aside|//table|//dl"):
        if el.getparent() is None or el in protected:
            continue
        # The first text decides which test can apply: reading it once keeps deep nesting affordable.
        first = next((t.strip() for t in el.itertext() if t.strip()), "")
        if not first:
            continue
        if is_related_heading(first):
            found = _is_related_box(el, first)
        else:
            found = _may_open_widget(first) and (_is_headed_widget(el, first) or _is_chrome_box(el)) and _removable(el)
        if found:
            drop_element(el)
            removed += 1
    # A chrome label or control on its own in an unnamed layout: "[In trang]", "<b>Số lượt truy cập:</b>".
    for el in list(root.iter(*_LABEL_TAGS)):
        if el.getparent() is None or el in protected:
            continue
        text = " ".join(el.text_content().split()).strip("[]() ")
        # A related-news heading stays: the cleanup ends the article text at it.
        if text and len(text) <= _MAX_LABEL and is_boilerplate_line(text) and not is_related_heading(text):
            drop_element(el)
            removed += 1
    return removed


_LABEL_TAGS = ("a", "b", "strong", "label")
_MAX_LABEL = 40


@functools.lru_cache(maxsize=4096)
def _is_widget_name(class_attr: str | None, id_attr: str | None) -> bool:
    # Pages repeat a few class names thousands of times: remember each verdict.
    return _WIDGET.search(f"{class_attr or ''} {id_attr or ''}") is not None


def _removable(el) -> bool:
    if el.find(".//h1") is not None or el.find(".//article") is not None:
        return False  # a widget never holds the page title or the article ("div.sliderBox > article")
    text = el.text_content()
    if len(text) < _KEEP_TEXT:
        return True
    links = sum(len(a.text_content()) for a in el.iter("a"))
    plain = len(" ".join(text.split())) - links
    return plain < _KEEP_TEXT or links > 0.5 * len(text)


def _is_related_box(el, first: str) -> bool:
    """A block that opens with a related-news heading (`first`) and is mostly links."""
    text = " ".join(el.text_content().split())
    links = sum(len(" ".join(a.text_content().split())) for a in el.iter("a"))
    return links >= 0.5 * (len(text) - len(first)) or len(text) < 80


#: Headings of widgets whose content is not chrome line by line (a poll's question and options).
_WIDGET_HEADINGS = {"tham do y kien", "tham do y kien ban doc", "thong ke truy cap", "dang nhap",
                    "binh chon"}
#: Labels of a visitor counter whose number stands in the next cell; alone they could be prose.
_COUNTER_LABELS = {"hom nay", "hom qua", "trong tuan", "tuan truoc", "trong thang", "thang truoc", "tat ca",
                   "nam nay", "tong", "khach", "thanh vien", "truc tuyen", "luot truy cap"}
_NUMBER = re.compile(r"[\d.,\s]+")
_MAX_WIDGET_TEXT = 400


def _may_open_widget(first: str) -> bool:
    """Whether a box opening with this text can be a widget (`_is_headed_widget` or `_is_chrome_box`)."""
    folded = fold(first).strip(" :：")
    return (folded in _WIDGET_HEADINGS or folded in _COUNTER_LABELS or _NUMBER.fullmatch(first) is not None
            or is_boilerplate_line(first))


def _is_headed_widget(el, first: str) -> bool:
    """A small box that opens with a poll, counter or login heading (`first`)."""
    if fold(first).strip(" :：") not in _WIDGET_HEADINGS:
        return False
    return len(" ".join(el.text_content().split())) <= _MAX_WIDGET_TEXT


def _is_chrome_box(el) -> bool:
    """A box whose every piece of text is chrome, a counter label or a number (a counter table
    with labels and numbers in separate cells), with at least two labels."""
    labels = seen = 0
    for piece in el.itertext():
        piece = piece.strip()
        if not piece:
            continue
        seen += len(piece)
        if seen > _MAX_WIDGET_TEXT:
            return False
        if _NUMBER.fullmatch(piece):
            continue
        if fold(piece).strip(" :：") in _COUNTER_LABELS or is_boilerplate_line(piece):
            labels += 1
            continue
        return False
    return labels >= 2
