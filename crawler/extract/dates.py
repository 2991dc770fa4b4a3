"""Vietnamese date labels and metadata dates to timezone-aware datetimes.

Party and government sites print dates in a dozen shapes ("Thứ Sáu, 21/6/2024",
"14h05 ngày 30/3/2022", "Cập nhật lúc: 18:00 |22/05/2022", ISO strings in
``time[datetime]`` ...). Compiled regexes read all of those in microseconds; dateparser
is kept as a slow fallback for the rare label the regexes cannot read. Rules:

- day first, always (``3/30/2022`` is not a date);
- Vietnam is UTC+7 with no DST: results carry +07:00 unless the text names an offset;
- a number after a date is a view count, not a time ("15/11/2019 | 604");
- nothing before 1930, nothing after ``now`` + 1 day, no partial dates, no law
  numbers ("Luật số 10/2022/QH15"), no bare years, times, fractions or phone numbers.

Matching runs on a folded copy of the text (NFC, diacritics removed, "đ" -> "d"), so
"Thu Sau", "Thứ Sáu" and decomposed Unicode read alike.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

VN_TZ = timezone(timedelta(hours=7), "ICT")

PRECISION_DATETIME = "datetime"
PRECISION_DATE = "date"
PRECISION_INFERRED = "inferred"

MIN_YEAR = 1930
FUTURE_TOLERANCE = timedelta(days=1)


@dataclass(frozen=True)
class ParsedDate:
    """A parsed date: an aware datetime and how much of it the text gave."""

    value: datetime
    precision: str  # "datetime", "date" or "inferred"

    def isoformat(self) -> str:
        """ISO 8601 with offset, e.g. "2022-03-30T14:05:00+07:00"."""
        return self.value.isoformat()


# --- folding -----------------------------------------------------------------


class _FoldTable(dict):
    """str.translate table built lazily: each character to its base letter, when that is one character."""

    def __missing__(self, code: int) -> int:
        char = chr(code)
        base = "".join(c for c in unicodedata.normalize("NFD", char) if not unicodedata.combining(c))
        result = ord(base) if len(base) == 1 else code
        self[code] = result
        return result


_FOLD = _FoldTable({ord("đ"): "d", ord("Đ"): "D", 0x00A0: " ", 0x202F: " ", 0x2007: " "})


def _fold(text: str) -> str:
    """NFC text without diacritics, same length as the NFC text."""
    return text.translate(_FOLD)


def _normalize(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# --- regexes -----------------------------------------------------------------

_VI_MONTHS = {
    "gieng": 1, "mot": 1, "hai": 2, "ba": 3, "tu": 4, "nam": 5, "sau": 6, "bay": 7,
    "tam": 8, "chin": 9, "muoi": 10, "muoi mot": 11, "muoi hai": 12, "chap": 12,
}
_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_VI_MONTH_RE = r"\d{1,2}|muoi\s+mot|muoi\s+hai|muoi|mot|gieng|hai|ba|tu|nam|sau|bay|tam|chin|chap"
_EN_MONTH_RE = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)

# A full date (with year). One named group set per shape.
_DATE_RE = re.compile(
    r"""
    (?<![\d/.])(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?![\d/]|[.\-]\d)
    | (?<![\d/.])(?P<nd>\d{1,2})(?P<nsep>[/.\-])(?P<nm>\d{1,2})(?P=nsep)(?P<ny>\d{4})(?![\d/]|[.\-]\d)
    | (?<!\d)(?P<vd>\d{1,2})\s+thang\s+(?P<vm>"""
    + _VI_MONTH_RE
    + r""")(?:\s*,?\s*nam\s+|\s*[,/]?\s*)(?P<vy>\d{4})(?!\d)
    | (?<!\d)(?P<ed>\d{1,2})(?:st|nd|rd|th)?[\s\-/.,]+(?P<em>"""
    + _EN_MONTH_RE
    + r""")\.?[\s\-/.,]+(?P<ey>\d{4})(?!\d)
    | \b(?P<fm>"""
    + _EN_MONTH_RE
    + r""")\.?\s+(?P<fd>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<fy>\d{4})(?!\d)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# A time of day: 14:05, 14:05:27.123, 8:30, 14h05, 14h, 14 giờ 05 (phút), 2:05 CH.
_TIME = r"""
    (?<![\d:.])(?P<H>\d{1,2})
    (?: :(?P<M>\d{2})(?::(?P<S>\d{2})(?P<F>[.,]\d{1,6})?)?
      | h(?P<HM>\d{2})?
      | \s*gio(?:\s*(?P<GM>\d{1,2})(?:\s*phut)?)?
    )(?![\d:]|[a-y])  # "z" may follow: ISO UTC
    (?:\s*(?P<ampm>sa|ch|am|pm|a\.m\.|p\.m\.|sang|chieu)(?![a-z]))?
"""
# An offset written right after a time ("Z", "+07:00", "+0700") or spelled out ("(GMT+7)").
_OFFSET_GMT = r"""
    \(?\s*(?:gmt|utc)(?:\s*(?P<gsign>[+-])\s*(?P<gh>\d{1,2})(?::?(?P<gm>\d{2}))?)?(?![a-z])\s*\)?
"""
_OFFSET = r"""
    (?P<z>z(?![a-z]))
    | (?P<osign>[+-])(?P<oh>\d{2}):?(?P<om>\d{2})?(?!\d)
    | \s+(?P<rsign>[+-])(?P<rh>\d{2})(?P<rm>\d{2})(?!\d)
    | \s*""" + _OFFSET_GMT
_WEEKDAY = r"(?:thu\s+(?:hai|ba|tu|nam|sau|bay|[2-7])|chu\s+nhat|cn)"
_AFTER_RE = re.compile(
    r"(?:t|(?:\s*(?:[,|\-\u2013\u2014]|vao\s+luc|luc|vao)\s*)*\s*)"
    + _TIME
    + r"(?:" + _OFFSET + r")?",
    re.IGNORECASE | re.VERBOSE,
)
_OFFSET_AFTER_RE = re.compile(r"\s*(?:" + _OFFSET_GMT + r")", re.IGNORECASE | re.VERBOSE)
_BEFORE_RE = re.compile(
    _TIME
    + r"(?:" + _OFFSET + r")?"
    + r"(?:\s*(?:[,|\-\u2013\u2014]|ngay|vao|" + _WEEKDAY + r")\s*)*\s*\Z",
    re.IGNORECASE | re.VERBOSE,
)
_BEFORE_WINDOW = 48
_DIGITS4_RE = re.compile(r"\d{4,}")
_YEAR_REACH = 40  # "30 thang muoi hai, nam 2022": longest date text before its year
_YEAR_TAIL = 12  # "2022-12-30" and two characters of lookahead after it

# Dates of the shape d/m/y that must not be handed to dateparser when the regexes
# rejected them (it would swap day and month: "3/30/2022").
_NUMERIC_SHAPE_RE = re.compile(r"\d{1,4}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{1,4}")
_YEAR_TOKEN_RE = re.compile(r"(?<!\d)(19[3-9]\d|20\d\d)(?!\d)")
_DAY_TOKEN_RE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_DOC_NUMBER_RE = re.compile(r"\d+/\d{4}/[a-z]", re.IGNORECASE)  # "10/2022/QH15": a law, not a date
_MONTH_WORD_RE = re.compile(r"(?<![a-z])(?:thang|thg|" + _EN_MONTH_RE + r")(?![a-z])", re.IGNORECASE)
_HAS_TIME_RE = re.compile(_TIME, re.IGNORECASE | re.VERBOSE)

# The start of a lead: optional outlet prefix "(ĐCSVN) –", "QĐND - ", then a
# time-of-day word or "Ngày", then day/month (or "d tháng m").
_PARTIAL_RE = re.compile(
    r"""
    \A[\s"'“‘(\[]*
    (?:(?:\([^()\d]{1,40}\)|[^\s\d()]{2,24})\s*[-\u2013\u2014:]\s*)?
    (?:(?:rang\s+sang|sang\s+som|chieu\s+toi|sang|chieu|toi|trua|dem|khuya|hom)
       (?:\s+(?:nay|qua|mai))?\s*(?:ngay\s*)?
     | ngay\s*
     | (?=\()
    )
    \(?\s*
    (?:(?P<d>\d{1,2})(?P<sep>[/.\-])(?P<m>\d{1,2})(?:(?P=sep)(?P<y>\d{4}))?
     | (?P<vd>\d{1,2})\s+thang\s+(?P<vm>"""
    + _VI_MONTH_RE
    + r""")(?:\s*(?:,\s*)?(?:nam\s+)?(?P<vy>\d{4}))?
    )
    (?![\d/]|[.\-]\d|\s*(?:thang|nam)\b|\s*so\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


# --- public API --------------------------------------------------------------


def parse_date(text: str, *, now: datetime | None = None) -> ParsedDate | None:
    """Parse a date label as shown on a Vietnamese page or in metadata.

    Takes the first full date (day, month, year) in ``text`` with the time of day
    written next to it, if any, and an explicit offset (ISO "Z"/"+00:00", "GMT+7").
    Returns None when the text holds no valid date, or only one before 1930 or after
    ``now`` + 1 day (``now`` defaults to the current time).
    """
    if not isinstance(text, str) or not text.strip():
        return None
    now = _aware_now(now)
    folded = _fold(_normalize(text))
    for found in _scan(folded, now):
        return found
    if not _worth_asking_dateparser(text, folded):
        return None
    return _dateparser_fallback(text, folded, now)


def find_dates(text: str, *, now: datetime | None = None) -> list[ParsedDate]:
    """Every full date (with year) in a longer text, in order of appearance.

    Regexes only (no dateparser): for scanning a block of text near a title. Partial
    dates without a year are left out; numbers after a date are not taken as times.
    """
    if not isinstance(text, str) or not text:
        return []
    now = _aware_now(now)
    return list(_scan(_fold(_normalize(text)), now))


def infer_partial_date(text: str, *, reference: datetime) -> ParsedDate | None:
    """The day/month a lead starts with ("Sáng 30/3, ...", "Chiều 5-4", "Ngày 12/10, ...").

    The year comes from ``reference`` (the page or crawl date) so that the date is
    not after it; precision is "inferred". If the lead writes the year ("Sáng
    30/3/2022"), that date is returned with precision "date". None when the text does
    not start that way or the date is impossible.
    """
    if not isinstance(text, str) or not isinstance(reference, datetime):
        return None
    match = _PARTIAL_RE.match(_fold(_normalize(text[:200])))
    if not match:
        return None
    if match.group("d"):
        day, month, year = match.group("d"), match.group("m"), match.group("y")
    else:
        day, month, year = match.group("vd"), _month_number(match.group("vm")), match.group("vy")
    day, month = int(day), int(month)
    now = _aware_now(None)
    if year:
        value = _make(int(year), month, day)
        if value is None or not _in_range(value, now):
            return None
        return ParsedDate(value, PRECISION_DATE)
    try:
        ref_day = _aware_now(reference).astimezone(VN_TZ).date()
    except OverflowError:  # a reference at the very edge of datetime's range
        return None
    for year_guess in (ref_day.year, ref_day.year - 1):
        value = _make(year_guess, month, day)
        if value is not None and value.date() <= ref_day:
            break
    else:
        return None
    if not _in_range(value, now):
        return None
    return ParsedDate(value, PRECISION_INFERRED)


def warm_up() -> None:
    """Load dateparser once (its first call costs ~200 ms) so crawls don't pay it mid-page."""
    _date_data_parser().get_date_data("30 tháng 3 năm 2022")


# --- internals ---------------------------------------------------------------


def _aware_now(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(VN_TZ)
    return now if now.tzinfo is not None else now.replace(tzinfo=VN_TZ)


def _in_range(value: datetime, now: datetime) -> bool:
    return value.year >= MIN_YEAR and value <= now + FUTURE_TOLERANCE


def _make(year: int, month: int, day: int, tz: timezone = VN_TZ) -> datetime | None:
    try:
        return datetime(year, month, day, tzinfo=tz)
    except ValueError:
        return None


def _month_number(token: str) -> int:
    token = " ".join(token.lower().split())
    if token.isdigit():
        return int(token)
    return _VI_MONTHS.get(token) or _EN_MONTHS[token[:3]]


def _date_parts(m: re.Match) -> tuple[int, int, int]:
    if m.group("iy"):
        return int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    if m.group("ny"):
        return int(m.group("ny")), int(m.group("nm")), int(m.group("nd"))
    if m.group("vy"):
        return int(m.group("vy")), _month_number(m.group("vm")), int(m.group("vd"))
    if m.group("ey"):
        return int(m.group("ey")), _month_number(m.group("em")), int(m.group("ed"))
    return int(m.group("fy")), _month_number(m.group("fm")), int(m.group("fd"))


def _time_parts(m: re.Match) -> tuple[int, int, int, int] | None:
    """(hour, minute, second, microsecond) from a _TIME match, or None if impossible."""
    hour = int(m.group("H"))
    minute = m.group("M") or m.group("HM") or m.group("GM") or "0"
    minute = int(minute)
    second = int(m.group("S") or 0)
    fraction = m.group("F")
    micro = int(fraction[1:].ljust(6, "0")) if fraction else 0
    ampm = (m.group("ampm") or "").lower().replace(".", "")
    if ampm:
        if hour > 12 and ampm in ("sa", "am", "sang"):
            return None
        if ampm in ("sa", "am", "sang") and hour == 12:
            hour = 0
        elif ampm in ("ch", "pm", "chieu", "toi") and hour < 12:
            hour += 12
    if hour > 23 or minute > 59 or second > 59:
        return None
    return hour, minute, second, micro


def _offset(m: re.Match) -> timezone | None:
    """The explicit offset in a match of _OFFSET, or None when there is none."""
    if m.groupdict().get("z"):
        return timezone.utc
    groups = m.groupdict()
    if groups.get("osign"):
        sign, hours, minutes = m.group("osign"), m.group("oh"), m.group("om")
    elif groups.get("rsign"):
        sign, hours, minutes = groups["rsign"], groups["rh"], groups["rm"]
    elif m.group("gsign"):
        sign, hours, minutes = m.group("gsign"), m.group("gh"), m.group("gm")
    elif re.search(r"gmt|utc", m.group(0), re.IGNORECASE):
        return timezone.utc
    else:
        return None
    hours, minutes = int(hours), int(minutes or 0)
    if hours > 14 or minutes > 59:
        return None
    delta = timedelta(hours=hours, minutes=minutes)
    if delta == timedelta(hours=7):
        return VN_TZ if sign == "+" else timezone(-delta)
    return timezone(delta if sign == "+" else -delta)


def _date_matches(folded: str):
    """Matches of _DATE_RE, found around each 4-digit number (every full date has one).

    Running _DATE_RE over a whole article costs ~0.3 µs a character; a plain digit
    scan is ten times cheaper, so only the few windows holding a year are searched.
    """
    last_end = 0
    for year in _DIGITS4_RE.finditer(folded):
        at = year.start()
        if at < last_end or year.end() - at != 4:
            continue
        start = max(last_end, at - _YEAR_REACH)
        while (m := _DATE_RE.search(folded, start, at + _YEAR_TAIL)) is not None:
            if m.start() > at:
                break
            if m.end() > at:
                last_end = m.end()
                yield m
                break
            start = m.start() + 1


def _scan(folded: str, now: datetime):
    """Yield each valid full date in ``folded``, with the time written next to it."""
    consumed = 0  # a time attached to one date is not reused by the next
    for m in _date_matches(folded):
        if m.start() < consumed:
            continue
        year, month, day = _date_parts(m)
        value = _make(year, month, day)
        if value is None:
            continue
        end = m.end()
        clock, tz = None, None
        after = _AFTER_RE.match(folded, end)
        if after:
            clock = _time_parts(after)
            if clock is not None:
                end = after.end()
                tz = _offset(after)
        if clock is None:
            window_start = max(consumed, m.start() - _BEFORE_WINDOW)
            before = _BEFORE_RE.search(folded, window_start, m.start())
            if before:
                clock = _time_parts(before)
                if clock is not None:
                    tz = _offset(before)
        if tz is None:
            only_offset = _OFFSET_AFTER_RE.match(folded, end)
            if only_offset and only_offset.group(0).strip():
                tz = _offset(only_offset)
                if tz is not None:
                    end = only_offset.end()
        tz = tz or VN_TZ
        if clock is not None:
            hour, minute, second, micro = clock
            value = value.replace(hour=hour, minute=minute, second=second, microsecond=micro, tzinfo=tz)
            precision = PRECISION_DATETIME
        else:
            value = value.replace(tzinfo=tz)
            precision = PRECISION_DATE
        consumed = end
        if _in_range(value, now):
            yield ParsedDate(value, precision)


_PARSER_LOCK = threading.Lock()
_PARSER = None


def _date_data_parser():
    """One dateparser DateDataParser, built on first use (import and set-up are slow)."""
    global _PARSER
    if _PARSER is None:
        with _PARSER_LOCK:
            if _PARSER is None:
                from dateparser.date import DateDataParser

                _PARSER = DateDataParser(
                    languages=["vi", "en"],
                    settings={
                        "DATE_ORDER": "DMY",
                        "PREFER_DATES_FROM": "past",
                        "RETURN_AS_TIMEZONE_AWARE": True,
                        "TIMEZONE": "+0700",
                        "TO_TIMEZONE": "+0700",
                        "REQUIRE_PARTS": ["day", "month", "year"],
                    },
                )
    return _PARSER


def _worth_asking_dateparser(text: str, folded: str) -> bool:
    """A short text naming a plausible year, a day and a month word, and no d/m/y the regexes refused.

    Keeps dateparser (milliseconds) off ordinary sentences like "Năm 2022, tỉnh có 12 huyện".
    """
    return (
        len(text) <= 200
        and _YEAR_TOKEN_RE.search(folded) is not None
        and _DAY_TOKEN_RE.search(folded) is not None
        and _MONTH_WORD_RE.search(folded) is not None
        and _NUMERIC_SHAPE_RE.search(folded) is None  # dateparser would swap day and month
        and _DOC_NUMBER_RE.search(folded) is None
    )


def _dateparser_fallback(text: str, folded: str, now: datetime) -> ParsedDate | None:
    """Ask dateparser, and accept only a date in range whose year the text names."""
    years = {int(y) for y in _YEAR_TOKEN_RE.findall(folded)}
    try:
        data = _date_data_parser().get_date_data(_normalize(text))
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    value = data.date_obj if data else None
    if value is None or value.year not in years:  # relative dates ("hôm qua") name no year
        return None
    offset = value.utcoffset()
    value = value.replace(tzinfo=VN_TZ if offset in (None, timedelta(hours=7)) else timezone(offset))
    value = value.replace(microsecond=0)
    if not _in_range(value, now):
        return None
    has_time = bool(_HAS_TIME_RE.search(folded)) or (value.hour, value.minute) != (0, 0)
    if not has_time:
        value = value.replace(hour=0, minute=0, second=0)
    return ParsedDate(value, PRECISION_DATETIME if has_time else PRECISION_DATE)
