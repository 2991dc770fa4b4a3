"""From raw paragraphs to article text: the Vietnamese rules every layer shares.

Drops page chrome and related-news lists, takes bylines and source lines (closing
the article, or at its top with a degree prefix and an affiliation line) out of
the body into `authors`/`source`, moves stray photo credits to their image, and
removes what repeats the title, the lead or a date line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from crawler.extract.blocks import Block
from crawler.extract.boilerplate import is_boilerplate_line, is_related_heading
from crawler.extract.bylines import Byline, is_organisation, parse_byline, split_caption_credit, split_lead_prefix
from crawler.extract.dates import parse_date
from crawler.items import Image

_TAIL_BYLINES = 4
_TOP_BYLINES = 2
_DEGREE = re.compile(r"^(?:GS|PGS|TS|ThS|NCS|CN|KS|BS|Đại tá|Thượng tá|Trung tá|Thiếu tá|Nhà báo)[\s.,]", re.I)
#: A position held, the usual second line of an author block ("Phó Trưởng Ban Tuyên giáo Tỉnh ủy").
_POSITION = re.compile(
    r"^(?:nguyên\s+)?(?:phó|trưởng|giám đốc|bí thư|chủ tịch|ủy viên|uỷ viên|giảng viên|nghiên cứu viên|chuyên viên|"
    r"thư ký|tổng biên tập|chánh|vụ trưởng|cục trưởng|viện trưởng|hiệu trưởng|học viên|sinh viên)\s",
    re.I,
)
_CREDIT_LINE = re.compile(r"^\(?\s*ảnh\s*(?:minh họa|minh hoạ)?\s*[:：]\s*(.{2,60}?)\s*\)?\s*$", re.I)
_END_MARK = re.compile(r"\s*\./\.\s*$")
_DATE_SHAPE = re.compile(r"\d{1,2}\s*[/.\-]\s*\d{1,2}|\d{4}-\d{2}-\d{2}|tháng", re.I)


@dataclass
class Cleaned:
    paragraphs: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    lead_source: str | None = None


def _fold(text: str) -> str:
    return " ".join(text.lower().split()).strip(" .:-–")


def clean_blocks(blocks: list[Block], *, title: str | None, lead: str | None, images: list[Image]) -> Cleaned:
    result = Cleaned()
    kept = _drop_chrome(blocks)
    kept = _drop_repeats(kept, title=title, lead=lead)
    kept = _take_credits(kept, images)
    kept = _take_top_byline(kept, result)
    kept = _take_tail_bylines(kept, result)
    if kept:
        first, prefix = split_lead_prefix(kept[0].text)
        if prefix and first:
            kept[0] = Block(first, kept[0].tag)
            result.lead_source = prefix
    result.paragraphs = [b.text for b in kept if b.text]
    for image in images:
        if image.caption:
            caption, credit = split_caption_credit(image.caption)
            image.caption = caption or None
            image.credit = image.credit or credit
    return result


def _drop_chrome(blocks: list[Block]) -> list[Block]:
    kept: list[Block] = []
    in_related = False
    for block in blocks:
        text = block.text
        if is_related_heading(text):
            in_related = True
            continue
        if in_related:
            # A related list is link lines (maybe with dates); body text ends it.
            if block.link_ratio >= 0.6 or len(text) < 40 or _is_date_line(text):
                continue
            in_related = False
        if is_boilerplate_line(text):
            continue
        if block.link_ratio > 0.8 and len(text) < 200:
            continue
        kept.append(block)
    return kept


def _drop_repeats(blocks: list[Block], *, title: str | None, lead: str | None) -> list[Block]:
    seen_title = _fold(title or "")
    seen_lead = _fold(lead or "")
    lead_body = _fold(split_lead_prefix(lead or "")[0])
    kept = []
    for i, block in enumerate(blocks):
        folded = _fold(block.text)
        unprefixed = _fold(split_lead_prefix(block.text)[0])
        if i < 4 and folded and (folded in (seen_title, seen_lead, lead_body) or unprefixed in (seen_lead, lead_body)):
            continue
        if len(block.text) <= 80 and _is_date_line(block.text) and i < 4:
            continue
        kept.append(block)
    return kept


def _is_date_line(text: str) -> bool:
    """A short line that is a date label and nothing else ('04/04/2022 - 08:59', 'Thứ Hai, 19/01/2026')."""
    if len(text) > 80 or not _DATE_SHAPE.search(text):
        return False
    if parse_date(text) is None:
        return False
    words = re.sub(r"[\d/:|,.\-()+]", " ", text).split()
    return len(words) <= 6


def _take_credits(blocks: list[Block], images: list[Image]) -> list[Block]:
    kept = []
    for block in blocks:
        match = _CREDIT_LINE.match(block.text)
        if match:
            target = next((img for img in reversed(images) if not img.credit), None)
            if target is not None:
                target.credit = match.group(1).strip()
            continue
        kept.append(block)
    return kept


def _take_top_byline(blocks: list[Block], result: Cleaned) -> list[Block]:
    """An author line at the top (theory sites): degree prefix, capitals or bold, maybe an affiliation line."""
    for i in range(min(_TOP_BYLINES, len(blocks))):
        if len(blocks[i].text) > 120:
            break
        byline = _top_author(blocks[i])
        if byline is None:
            continue
        end = i
        # Co-authors follow as more name (+ affiliation) lines.
        while byline is not None:
            _merge(result, byline)
            end += 1
            if end < len(blocks) and _is_affiliation(blocks[end]):
                end += 1
            byline = _top_author(blocks[end]) if end < len(blocks) else None
        return blocks[:i] + blocks[end:]
    return blocks


def _top_author(block: Block) -> Byline | None:
    """The byline of an author line (degree prefix, capitals, bold or right-aligned), else None."""
    if len(block.text) > 120:
        return None
    looks = _DEGREE.match(block.text) or block.text.isupper() or block.bold or block.right
    byline = parse_byline(block.text, placed=bool(block.right or block.bold)) if looks else None
    return byline if byline and byline.authors else None


def _is_affiliation(block: Block) -> bool:
    """The line under an author's name: an organisation, or a position held."""
    text = block.text
    return len(text) <= 200 and (is_organisation(text) or _POSITION.match(text) is not None)


def _take_tail_bylines(blocks: list[Block], result: Cleaned) -> list[Block]:
    """Bylines and source lines closing the article, taken in page order."""
    found: list[Byline] = []
    while blocks and len(found) < _TAIL_BYLINES:
        last = blocks[-1]
        text = _END_MARK.sub("", last.text).strip()
        placed = last.right or last.bold or last.italic
        byline = parse_byline(text, placed=placed) if 0 < len(text) <= 160 else None
        if byline is None:
            break
        found.append(byline)
        blocks = blocks[:-1]
    for byline in reversed(found):
        _merge(result, byline)
    return blocks


def _merge(result: Cleaned, byline: Byline) -> None:
    for name in byline.authors:
        if name not in result.authors:
            result.authors.append(name)
    if byline.source and not result.source:
        result.source = byline.source


def merge_byline_text(text: str, result: Cleaned) -> None:
    """Authors/source from a site-rule author element ('div.tacgia', 'b#tacgia')."""
    byline = parse_byline(text, placed=True)
    if byline is not None:
        _merge(result, byline)
