"""Choosing the publication date: site rule, then metadata, then the text near the title,
then a day and month in the first sentence with the year taken from context.

The header of most of these sites shows TODAY's date; generic date finders take
it. Here a visible date is only read from the article block: the lines right
after the title (before the body), or just above it, never from the header,
navigation or a widget whose class names a date outside that window.
"""

from __future__ import annotations

import calendar
import re
from datetime import datetime

import lxml.etree

from crawler.extract.dates import VN_TZ, ParsedDate, find_dates, infer_partial_date, parse_date
from crawler.extract.html import classes, elements_after, one_line, select
from crawler.extract.metadata import Metadata
from crawler.items import LAYER_CONTEXT, LAYER_GENERIC, LAYER_METADATA, LAYER_SITE

_AFTER_TITLE_CHARS = 500
_BEFORE_TITLE_CHARS = 160
_CHROME_WORDS = ("header", "menu", "nav", "topbar", "top-bar", "today", "weather", "footer", "banner")
_PATH_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/_\-.]?(0[1-9]|1[0-2]|[1-9](?=/))(?:[/_\-.]?(0[1-9]|[12]\d|3[01]))?(?!\d)")
_YEAR_WORD = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.I)


def from_element(el) -> ParsedDate | None:
    """A date held by an element: its datetime/content/title attribute, else its text."""
    for attr in ("datetime", "content", "title", "data-time"):
        value = el.get(attr)
        if value:
            parsed = parse_date(value)
            if parsed:
                return parsed
    text = one_line(el.text_content())
    if not text or len(text) > 300:
        return None
    return parse_date(text) or next(iter(find_dates(text)), None)


def rule_date(root, selectors) -> ParsedDate | None:
    for el in select(root, selectors, first=False)[:3]:
        parsed = from_element(el)
        if parsed:
            return parsed
    return None


def metadata_date(values: list[str]) -> ParsedDate | None:
    for value in values:
        parsed = parse_date(value)
        if parsed:
            return parsed
    return None


def time_tag_date(root, title_el) -> ParsedDate | None:
    """A `<time datetime>` that is not in the page header or navigation."""
    for el in root.iter("time"):
        if el.get("datetime") and not _in_chrome(el):
            parsed = parse_date(el.get("datetime"))
            if parsed:
                return parsed
    return None


def near_title_date(root, title_el, body_el) -> ParsedDate | None:
    """The first full date in the text right after the title (up to the body), else just above it."""
    if title_el is None:
        return None
    after = _text_after(root, title_el, body_el)
    dates = find_dates(after)
    if dates:
        return dates[0]
    before = _text_before(title_el)
    dates = find_dates(before)
    return dates[-1] if dates else None


_CLOSING_DATE_CHARS = 60


def closing_date(body_el) -> ParsedDate | None:
    """A date line closing the article: one of the container's last short lines, or a short
    element right after it ("Ngày 3 tháng 9 năm 2024", "Xuất bản: 22-12-2024 | 14:00"), where
    some layouts put the date instead of under the title. Lines holding links (related
    lists) and page chrome are passed over."""
    if body_el is None:
        return None
    inside = [el for el in list(body_el.iter("p", "div", "span", "em", "i", "time"))[-12:] if _short_line(el)][-3:]
    following = elements_after(body_el, _short_line, levels=3)
    for el in [*reversed(inside), *following]:
        dates = find_dates(one_line(el.text_content()))
        if dates:
            return dates[0]
    return None


def _short_line(el) -> bool:
    text = one_line(el.text_content())
    return (0 < len(text) <= _CLOSING_DATE_CHARS and not el.xpath(".//a") and not _is_chrome_block(el)
            and not _in_chrome(el))


def _text_after(root, title_el, body_el) -> str:
    parts: list[str] = []
    size = 0
    started = False
    walker = lxml.etree.iterwalk(root, events=("start", "end"))
    for event, el in walker:
        if not isinstance(el.tag, str):
            continue
        if event == "start":
            if el is title_el:
                walker.skip_subtree()
                continue
            if not started:
                continue
            if el is body_el or el.tag in ("script", "style") or _is_chrome_block(el):
                if el is body_el:
                    break
                walker.skip_subtree()
                continue
            if el.text:
                parts.append(el.text)
                size += len(el.text)
            if el.tag in ("p", "div", "br", "li", "span", "time"):
                parts.append(" | ")
        else:
            if el is title_el:
                started = True
            if started and el.tail:
                parts.append(el.tail)
                size += len(el.tail)
        if size > _AFTER_TITLE_CHARS:
            break
    return one_line(" ".join(parts))


def _text_before(title_el) -> str:
    texts = []
    node = title_el
    for _ in range(2):
        sibling = node.getprevious()
        while sibling is not None and len(texts) < 3:
            if isinstance(sibling.tag, str) and not _is_chrome_block(sibling):
                text = one_line(sibling.text_content())
                if text and len(text) <= _BEFORE_TITLE_CHARS:
                    texts.insert(0, text)
                elif text:
                    break
            sibling = sibling.getprevious()
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return " | ".join(texts)


def _is_chrome_block(el) -> bool:
    if el.tag in ("header", "nav", "footer", "aside"):
        return True
    names = classes(el)
    return any(word in names for word in _CHROME_WORDS)


def _in_chrome(el) -> bool:
    return any(_is_chrome_block(a) for a in el.iterancestors() if isinstance(a.tag, str))


def context_reference(url: str, image_urls: list[str], title: str | None, now: datetime) -> datetime:
    """The latest date the page can be from, read from dates in its URL and image paths
    (the month after, as images may be uploaded late), else a 'năm YYYY' in the title."""
    best: datetime | None = None
    for text in (url, *image_urls):
        for match in _PATH_DATE.finditer(text or ""):
            year, month = int(match.group(1)), int(match.group(2))
            if not 1930 <= year <= now.year:
                continue
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
            bound = datetime(year, month, calendar.monthrange(year, month)[1], 23, 59, tzinfo=VN_TZ)
            best = bound if best is None or bound > best else best
    if best is None and title:
        years = [int(y) for y in _YEAR_WORD.findall(title) if 1930 <= int(y) <= now.year]
        if years:
            best = datetime(max(years), 12, 31, 23, 59, tzinfo=VN_TZ)
    if best is None or best > now:
        best = now
    return best


def choose_published(root, *, rules_selectors, meta: Metadata, title_el, body_el, first_text: str | None,
                     url: str, image_urls: list[str], title: str | None, now: datetime) -> tuple[ParsedDate | None, str | None]:
    """The publication date and the layer it came from."""
    if rules_selectors:
        parsed = rule_date(root, rules_selectors)
        if parsed:
            return parsed, LAYER_SITE
    parsed = metadata_date(meta.published) or time_tag_date(root, title_el)
    if parsed:
        return parsed, LAYER_METADATA
    parsed = near_title_date(root, title_el, body_el) or closing_date(body_el)
    if parsed:
        return parsed, LAYER_GENERIC
    if first_text:
        reference = context_reference(url, image_urls, title, now)
        parsed = infer_partial_date(first_text, reference=reference)
        if parsed:
            return parsed, LAYER_CONTEXT
    return None, None
