"""Bylines, source lines, lead prefixes and photo credits on Vietnamese news pages.

A byline is a whole short line: "Tin và ảnh: Hà Thanh", "Xuân Hiếu – Minh Quân",
"NGUYỄN TẤN", "PGS.TS Lê Văn Cường", "Nguồn Báo Hà Nam", "Theo TTXVN",
"Thu Hằng/VOV". Names are recognised by shape (two to five capitalised
syllables, or initials such as "P.Sinh") and never by "any capitalised words":
the first word must not open an organisation's name, and a line with a clause
("Theo đó, ...") is a sentence, not a byline.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from crawler.extract.boilerplate import fold


@dataclass(frozen=True)
class Byline:
    authors: tuple[str, ...] = ()
    source: str | None = None
    affiliation: str | None = None


_DEGREE = re.compile(
    r"^(?:(?:GS|PGS|TS|TSKH|ThS|Ths|NCS|CN|KS|BS|ThS\.BS|BSCKII|BSCKI|LS|Đại tá|Thượng tá|Trung tá|Thiếu tá|"
    r"Đại úy|Thượng úy|Trung úy|Thiếu úy|Thiếu tướng|Trung tướng|Nhà báo|Nhà thơ|Nhà văn|Luật sư|Đồng chí|Đ/c|"
    r"Tác giả|Phóng viên|PV|Nghệ sĩ|NSƯT|NSND|Nhạc sĩ|Họa sĩ)\s*[.,]?\s*)+(?=\S)"
)
_GROUP = re.compile(r"^(?:nhóm (?:pv|phóng viên|ctv|tác giả)(?:\s+.{0,40})?|pv|ctv|btv|pv-ctv|nhóm pv|ban biên tập|bbt)$", re.I)

#: First words that open an organisation's or a place's name, never a person's.
_ORG_START = (
    "ban", "sở", "phòng", "hội", "đảng", "tỉnh", "huyện", "xã", "phường", "thành ủy", "thành uỷ", "thành phố",
    "thành đoàn", "thành hội", "thị", "báo", "trường", "học viện", "btg", "bdv", "btc", "ubkt", "bch", "btv",
    "viện", "bộ", "cục", "tổng cục", "vụ", "ủy ban", "uỷ ban", "ubnd", "hđnd", "mttq", "công ty", "tập đoàn",
    "tạp chí", "đài", "cổng", "trung tâm", "khoa", "liên đoàn", "mặt trận", "hội đồng", "văn phòng", "quân khu",
    "bộ tư lệnh", "sư đoàn", "lữ đoàn", "cơ quan", "thông tấn", "đại học", "chi bộ", "đoàn thanh niên",
    "đoàn công tác", "đoàn đại biểu", "đoàn kiểm tra", "đoàn giám sát", "đoàn tncs", "công an", "bệnh viện",
    "ngân hàng", "quốc hội", "chính phủ", "trung ương", "ủy", "tổng", "hợp tác xã", "nhà xuất bản", "tòa án",
    "viện kiểm sát", "kho bạc", "chi cục", "hạt", "cảng", "nhà máy", "xí nghiệp", "quận", "thôn", "xóm", "ấp",
    "làng", "khu", "tp", "tp.",
)
#: Common words that merely open like an organisation ("báo" / "báo cáo", "tổng" / "tổng hợp").
_NOT_ORG_START = ("báo cáo", "báo chí", "tổng hợp", "tổng kết", "tổng số")
_SURNAMES = set(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn Vương Trịnh Trương Đinh Lâm "
    "Phùng Mai Tô Hà Tạ Lương Quách Cao Triệu Chu Lưu Thái Kiều Đàm Tăng Lục Tống Văn La Thân Hứa Ông Khổng Lại Nông "
    "Giáp Doãn Nghiêm Từ Mạc Bế Lò Vi Hầu Kim Khúc Quan Âu Diệp Phí Lã Châu Mẫn Tôn Ninh Khương Viên Thạch Danh Sơn "
    "Lăng Bạch Cù Đồng Trình Giang Lữ Lê Hoàng Mã Nghiêm Tiêu Uông Vòng Vy Y H' Ksor Rơ Siu Nay Rah".split()
)
_NOT_NAMES = {"việt nam", "hà nội", "thành phố", "trung ương", "nhân dân", "quốc hội", "chính phủ", "tin tức", "sự kiện",
              "thời sự", "xã hội", "kinh tế", "chính trị", "văn hóa", "giáo dục", "thể thao", "quốc tế", "pháp luật",
              "trang chủ", "liên hệ", "giới thiệu", "kết luận", "mở đầu", "tóm tắt", "tài liệu tham khảo", "chú thích",
              "ý kiến", "an ninh", "quốc phòng", "xã luận", "bình luận", "phóng sự", "tin ảnh", "thư ngỏ", "hội nghị",
              "đào tạo", "chương trình"}
#: Provinces and cities (before and after the 2025 merger): alone on a line they are places, not pen names.
_PLACES = set(
    "hà giang|cao bằng|bắc kạn|tuyên quang|lào cai|điện biên|lai châu|sơn la|yên bái|hòa bình|hoà bình|thái nguyên|"
    "lạng sơn|quảng ninh|bắc giang|phú thọ|vĩnh phúc|bắc ninh|hải dương|hải phòng|hưng yên|thái bình|hà nam|"
    "nam định|ninh bình|thanh hóa|thanh hoá|nghệ an|hà tĩnh|quảng bình|quảng trị|thừa thiên huế|huế|đà nẵng|"
    "quảng nam|quảng ngãi|bình định|phú yên|khánh hòa|khánh hoà|ninh thuận|bình thuận|kon tum|gia lai|đắk lắk|"
    "đắk nông|lâm đồng|bình phước|tây ninh|bình dương|đồng nai|bà rịa vũng tàu|bà rịa - vũng tàu|"
    "long an|tiền giang|bến tre|trà vinh|vĩnh long|đồng tháp|an giang|kiên giang|cần thơ|hậu giang|sóc trăng|"
    "bạc liêu|cà mau|điện biên phủ|tây nguyên|tây bắc|nam bộ|bắc bộ|trung bộ|miền trung|ba đình|hoàn kiếm".split("|")
)
#: Syllables of headings and common words that Vietnamese given names do not use: "ĐẶT VẤN ĐỀ",
#: "GIẢI PHÁP", "ĐOÀN KẾT" (a surname first) are headings, never people. Syllables that are also
#: names ("Thị", "Đạt", "Phát", "Dung", "Phương", "Quyết", "Trung", "Chương", "Tạo" ...) are deliberately absent.
_NON_NAME_SYLLABLES = frozenset(
    "vấn đề giải pháp thực trạng tiễn phần mục kết luận nhiệm vụ nghiệm một số những các của với trong về cho đặt "
    "lời bài nội tin báo hình kế hoạch được quả sách triển xây dựng tác chức kiện hoạt động điểm yêu gian địa "
    "nghiệp tế giới tham khảo tóm tắt mở đầu luật chỉ cuộc đọc bạn nhận xét đánh giá tổng việc làm người xã tỉnh "
    "huyện phố ương ủy uỷ sở tịch phó bí không có là đã sẽ đang này đó khi để theo tại trên dưới sau trước tháng "
    "ngày tuần giờ chủ điều sự vắn nổi bật lịch sử hệ dục nguồn".split()
)
_OUTLET_NAMES = ("ttxvn", "vov", "vtv", "vna", "vnexpress", "vietnamplus", "nhân dân", "qđnd", "đcsvn", "tuổi trẻ",
                 "thanh niên", "sggp", "baochinhphu", "chinhphu.vn", "dangcongsan", "tcCS".lower(), "xdđ", "llct",
                 "cand", "ndo", "vtc", "vnews", "lao động", "tiền phong", "hà nội mới", "pháp luật")
_OUTLET_START = ("báo ", "tạp chí ", "đài ", "cổng thông tin", "cổng ttđt", "thông tấn xã", "trang thông tin", "kênh ",
                 "truyền hình ", "phát thanh ", "website ", "bản tin ", "tin tức ", "cổng tt")
_DOMAIN = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org|gov|info)(?:\.vn)?\b", re.I)
_ACRONYM = re.compile(r"^[A-ZĐ][A-ZĐ0-9.&-]{1,11}$")


def _latin_letters(upper: bool) -> str:
    """Latin letters with Vietnamese diacritics of one case, for regex classes (Latin-1 to Latin Extended-B
    and Latin Extended Additional, where Vietnamese precomposed letters live)."""
    codes = (*range(0x41, 0x5B), *range(0x61, 0x7B), *range(0xC0, 0x250), *range(0x1E00, 0x1F00))
    return "".join(c for c in map(chr, codes) if c.isalpha() and (c.isupper() if upper else c.islower()))


_UP, _LOW = _latin_letters(True), _latin_letters(False)
#: A name syllable; Central Highlands names join two with an apostrophe ("H'Nhi", "Ksor H'Hen").
_WORD = re.compile(f"^[{_UP}][{_LOW}]*(?:['’][{_UP}][{_LOW}]*)?$")
_CAPS_WORD = re.compile(f"^[{_UP}]+$")
_INITIAL = re.compile(rf"^(?:[{_UP}][{_LOW}]{{0,2}}\.)+(?:\s?[{_UP}][{_LOW}{_UP}]*)?$")

#: Initials alone, dotted ("T.H", "N.T.H"): a pen name only where a byline sits; elsewhere too short to tell.
_DOTTED_INITIALS = re.compile(rf"^[{_UP}](?:\.[{_UP}]){{1,3}}$")
#: "By John Smith", "Bởi Hà Thanh", "Tác giả Nguyễn An": a label before the name in an author element.
_AUTHOR_LABEL = re.compile(r"^(?:by|bởi|tác giả|người viết|viết bởi)\s*[:：]?\s+", re.I)

_CREDIT = re.compile(
    r"^(?P<label>tin\s*(?:và|,|&|-)\s*ảnh|bài\s*(?:và|,|&|-)\s*ảnh|tin,?\s*ảnh|bài,?\s*ảnh|tin|bài|ảnh|bài viết|"
    r"tác giả|thực hiện|nhóm thực hiện|phóng viên|biên tập|video|clip|đồ họa|ảnh và bài|bài và ảnh|tin và ảnh|"
    r"phóng sự ảnh|nội dung|thiết kế|trình bày|kỹ thuật)"
    r"\s*[:：]\s*(?P<rest>.+)$",
    re.I,
)
_SOURCE = re.compile(r"^(?:nguồn(?:\s+tin)?|theo)\s*[:：]?\s+(?P<rest>.+)$", re.I)
_SEPARATORS = re.compile(r"\s+[–—-]\s+|\s*,\s*|\s+và\s+|\s*;\s*|\s*&\s*")
_PARENS = re.compile(r"^(?P<head>.*?)\s*\((?P<inner>[^()]+)\)\s*$")
#: "(tổng hợp)", "(t/h)", "(lược dịch)": how the text was put together, not who or where from.
_COMPILED = re.compile(r"^(?:t/h|th|tổng hợp|lược dịch|biên dịch|dịch|sưu tầm|st|thực hiện|ghi|lược ghi|ghi chép)$", re.I)
#: Credit labels naming who made the pictures or the layout, not who wrote the text.
_NOT_WRITERS = frozenset(("ảnh", "thiết kế", "trình bày", "kỹ thuật", "đồ họa"))
_MAX_LINE = 150


def _nfc(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def is_outlet(text: str) -> bool:
    """A press outlet or agency: TTXVN, VOV, 'Báo Hà Nam', 'Tạp chí Cộng sản', 'baochinhphu.vn' ..."""
    text = _nfc(text or "").strip(" .()")
    if not text or len(text) > 80:
        return False
    low = text.lower()
    if low.startswith(_NOT_ORG_START):
        return False
    if low.startswith(_OUTLET_START) or _DOMAIN.fullmatch(text):
        return True
    if low in _OUTLET_NAMES or any(low == name or low.startswith(name + " ") for name in _OUTLET_NAMES[:6]):
        return True
    return bool(_ACRONYM.match(text)) and len(text) >= 2 and not _is_initials_name(text)


def is_organisation(text: str) -> bool:
    """An organisation or affiliation: 'Trường Chính trị tỉnh ...', 'Vụ Tổ chức - Cán bộ, Học viện ...'."""
    low = _nfc(text or "").lower().strip(" .()")
    if not low or low.startswith(_NOT_ORG_START):
        return False
    return low in _ORG_START or low.startswith(tuple(w + " " for w in _ORG_START)) or is_outlet(text)


def _is_initials_name(text: str) -> bool:
    return bool(_INITIAL.match(text)) and any(c.islower() for c in text)


def is_person_name(text: str) -> bool:
    """Two to five capitalised syllables ('Hà Thanh', 'NGUYỄN TẤN'), or initials ('P.Sinh', 'N.T.Hà')."""
    text = _nfc(text or "")
    if not 3 <= len(text) <= 40:
        return False
    low = text.lower()
    if low in _NOT_NAMES or low in _PLACES or low.startswith(tuple(w + " " for w in _ORG_START)) or low in _ORG_START:
        return False
    if _is_initials_name(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w in _NON_NAME_SYLLABLES for w in low.split()):
        return False
    if all(_WORD.match(w) for w in words):
        return True
    # Capitals are also how headings are set: an ALL-CAPS name must open with a surname.
    return all(_CAPS_WORD.match(w) for w in words) and words[0].capitalize() in _SURNAMES


def clean_person_name(name: str, *, placed: bool = False) -> str | None:
    """A person's name without degree or rank prefixes, ALL-CAPS turned to title case; None if not a name.

    `placed` says the text sits where a byline sits (a right-aligned or bold closing
    line, a credit label, a site's author element): there an ALL-CAPS pen name
    without a surname ("THU HƯỜNG") is a name, elsewhere it may be a heading.
    """
    raw = _AUTHOR_LABEL.sub("", _nfc(name or "").strip(" .,:;-–()"))
    text = _DEGREE.sub("", raw).strip(" .,:;-–")
    if not text:
        return None
    if placed and _DOTTED_INITIALS.match(text):
        return text
    words = text.split()
    if all(_CAPS_WORD.match(w) for w in words) and not _INITIAL.match(text):
        # Capitals are also how headings are set: without a degree prefix, a surname must open it.
        if text == raw and not placed and words[0].capitalize() not in _SURNAMES:
            return None
        text = " ".join(w[0] + w[1:].lower() for w in words)
    return text if is_person_name(text) else None


def _names(text: str, placed: bool = False) -> list[str] | None:
    """Every part of a separator-joined list as a person's name, or None if any part is not one."""
    parts = [p for p in _SEPARATORS.split(_DEGREE.sub("", text.strip())) if p.strip(" .")]
    names = [clean_person_name(p, placed=placed) for p in parts]
    if not names or any(n is None for n in names):
        return None
    return list(dict.fromkeys(names))


def _source_name(text: str) -> str | None:
    text = text.strip(" .()")
    if not text or "," in text or len(text.split()) > 8:
        return None
    if is_outlet(text) or (text[0].isupper() and is_organisation(text)):
        return text
    return None


def parse_byline(line: str, *, placed: bool = False) -> Byline | None:
    """If the whole line is a byline, credit or source line, what it names; else None.

    `placed`: the line is styled or located as a byline (see `clean_person_name`).
    """
    text = _nfc(line or "").strip()
    text = re.sub(r"\s*\./\.\s*$", "", text).strip()
    if not text or len(text) > _MAX_LINE:
        return None
    if " | " in text:  # "Nội dung: Việt Hà | Ảnh: Tuấn Anh | Thiết kế: Minh Khôi"
        parts = [parse_byline(part, placed=True) for part in text.split(" | ")]
        if all(parts):
            return Byline(authors=tuple(dict.fromkeys(a for part in parts for a in part.authors)),
                          source=next((part.source for part in parts if part.source), None))
        return None
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    if text.endswith(".") and not _INITIAL.match(text.split()[-1]):
        text = text[:-1].strip()

    match = _SOURCE.match(text)
    if match:
        source = _source_name(match.group("rest"))
        return Byline(source=source) if source else None

    match = _CREDIT.match(text)
    if match:
        rest = match.group("rest").strip()
        if match.group("label").lower() in _NOT_WRITERS:
            return Byline()
        names = _names(rest, placed=True)
        if names:
            return Byline(authors=tuple(names))
        if _GROUP.match(rest):
            return Byline(authors=(rest,))
        return None

    if _GROUP.match(text):
        return Byline(authors=(text,))

    match = _PARENS.match(text)
    if match:
        head, inner = match.group("head").strip(), match.group("inner").strip()
        names = _names(head, placed)
        if names:
            if _COMPILED.match(inner):
                return Byline(authors=tuple(names))
            inner_source = _SOURCE.match(inner)
            if inner_source and _source_name(inner_source.group("rest")):
                return Byline(authors=tuple(names), source=_source_name(inner_source.group("rest")))
            if is_organisation(inner):
                return Byline(authors=tuple(names), affiliation=inner)
        return None

    if "/" in text:
        head, _, tail = text.rpartition("/")
        names = _names(head.strip(), placed)
        if names and is_outlet(tail.strip()):
            return Byline(authors=tuple(names), source=tail.strip())

    names = _names(text, placed)
    if names:
        return Byline(authors=tuple(names))
    # "Nguyễn Hương – BTG Huyện ủy", "Lê Văn A, Trường Chính trị tỉnh": a name, then an affiliation.
    parts = re.split(r"\s+[–—-]\s+|\s*,\s*", text, maxsplit=1)
    if len(parts) == 2:
        name = clean_person_name(parts[0], placed=placed)
        if name and is_organisation(parts[1].strip()):
            return Byline(authors=(name,), affiliation=parts[1].strip())
    return None


#: "(ĐCSVN) – ", "(Mặt trận) - ", "QĐND - ", "BDK.VN - ", "Baothanhhoa.vn - ". A bare prefix is letters only
#: and needs a spaced dash, so "COVID-19 ...", "F0 - F1 ..." and "ASEAN: ..." keep their first word.
_LEAD_PREFIX = re.compile(
    r"^\s*(?:\((?P<paren>[^()]{2,40})\)\s*[-–—:]\s*"
    r"|(?P<bare>[A-ZĐ]{2,}(?:\.[A-ZĐ]{2,})*(?:\.vn)?|[A-ZĐ][\w-]*\.(?:com\.|org\.|gov\.)?vn)\s*[-–—]\s+)(?=\S)"
)


def split_lead_prefix(lead: str) -> tuple[str, str | None]:
    """'(ĐCSVN) – Sáng 30/3, ...' -> ('Sáng 30/3, ...', 'ĐCSVN'); no prefix -> (lead, None)."""
    text = lead or ""
    found = None
    while True:
        match = _LEAD_PREFIX.match(text)
        if not match:
            break
        name = (match.group("paren") or match.group("bare")).strip()
        if match.group("paren") and not (is_outlet(name) or _ACRONYM.match(name) or len(name.split()) <= 3):
            break
        found = found or name
        text = text[match.end():]
    return (text.strip(), found) if found else (lead, None)


#: The credit label opens the caption or follows a sentence end, a separator or a parenthesis (or a space,
#: when capitalised): "Toàn cảnh: ..." and "Triển lãm ảnh: ..." are captions without a credit.
_CAPTION_CREDIT = re.compile(
    r"(?:^|[.!?;,]\s*|\s*[-–—|]\s*|\s*\(\s*|\s+(?=(?-i:Ảnh|Nguồn|Photo)))"
    r"\(?\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|ảnh tư liệu|photo)\s*[:：]\s*(?P<credit>[^()]{1,60}?)\s*\)?\s*\.?\s*$",
    re.I,
)


def split_caption_credit(caption: str) -> tuple[str, str | None]:
    """'Quang cảnh hội nghị. Ảnh: TTXVN' -> ('Quang cảnh hội nghị.', 'TTXVN')."""
    text = _nfc(caption or "")
    match = _CAPTION_CREDIT.search(text)
    if not match:
        return text, None
    head = text[: match.start()].strip()
    if head and not head.endswith((".", "!", "?", ")")) and text[match.start():].lstrip().startswith("."):
        head += "."
    return head, match.group("credit").strip(" .") or None


__all__ = ["Byline", "parse_byline", "clean_person_name", "is_person_name", "is_organisation", "is_outlet",
           "split_lead_prefix", "split_caption_credit", "fold"]
