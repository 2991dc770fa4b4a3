"""The generic layer, for pages no site rule covers (or whose rules stopped matching).

Main text comes from trafilatura (the strongest measured generic extractor), run
on our already-parsed tree after chrome and caption elements are removed, so it
sees less noise and skips its own parse. A fast text-density scan finds the
article container as well: it gives the region for images, the date window and
the formatting cues (bold, right-aligned) that trafilatura's text loses.
"""

from __future__ import annotations

import logging
import re

from crawler.extract.blocks import Block, Content, all_bold, container_content, find_captions
from crawler.extract.boilerplate import is_boilerplate_line, is_related_heading
from crawler.extract.bylines import parse_byline
from crawler.extract.html import (
    classes,
    css,
    drop_element,
    elements_after,
    lines_of,
    one_line,
    select,
    text_of,
    with_class,
)

log = logging.getLogger(__name__)

_MIN_PARAGRAPH = 25
#: Class/id tokens of page chrome around a would-be title. A page header counts, an
#: article's own header ("entry-header", "journal-article-header") does not.
_TITLE_CHROME = re.compile(r"^(?:(?:site|page|top|main|global)[-_]?)?header$|nav|menu|logo|footer|sidebar|widget|related|lienquan")
_LEAD_CLASS = re.compile(r"sapo|summary|\blead|chapeau|tom-?tat|\bintro|article-desc|post-desc|mota|description", re.I)


def best_container(root):
    """The element holding most paragraph text with few links (a readability-style score)."""
    scores: dict = {}
    for el in root.iter("p", "div", "td", "section", "article", "li", "pre", "blockquote"):
        if el.tag in ("div", "td", "section", "article", "li") and _has_block_children(el):
            own = _inline_text(el)
        else:
            own = " ".join(el.text_content().split())
        if len(own) < _MIN_PARAGRAPH:
            continue
        links = sum(len(a.text_content().strip()) for a in el.iter("a"))
        if links > 0.5 * len(own):
            continue
        weight = len(own) - links + 30 * own.count(",")
        parent = el.getparent()
        if parent is None:
            continue
        scores[parent] = scores.get(parent, 0) + weight
        grand = parent.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0) + weight / 2
    if not scores:
        return None
    best = max(scores, key=scores.get)
    return best if best.tag not in ("html",) else root.find("body")


def _inline_text(el) -> str:
    """The element's text outside its block children: its own text, its inline children's
    (``<font>``, ``<span>``, ``<b>``: the paragraphs of old table layouts) and every tail."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in _BLOCK_CHILDREN:
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


_BLOCK_CHILDREN = frozenset(("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
                             "blockquote", "article", "aside", "nav", "header", "footer", "form", "figure"))


def _has_block_children(el) -> bool:
    return any(isinstance(c.tag, str) and c.tag in ("p", "div", "table", "ul", "ol", "h2", "h3", "section", "blockquote") for c in el)


def find_title_element(root, meta_title: str | None):
    """The visible title: an h1 outside page chrome, the one closest to the metadata title;
    failing that, a title-classed element or h2 that matches the metadata title."""
    h1s = _title_candidates(root.iter("h1"))
    if meta_title:
        for pool in (h1s, _title_candidates(css("h2, [class*=title], [class*=tieude]")(root))):
            if pool:
                score, el, text = max(((_similarity(text, meta_title), el, text) for el, text in pool), key=lambda s: s[0])
                if score >= 0.6:
                    return el, text
    return h1s[0] if h1s else (None, None)


def _title_candidates(elements) -> list:
    found = []
    for el in elements:
        text = text_of(el)
        if 10 <= len(text) <= 400 and not any(_TITLE_CHROME.search(token) for a in (el, *el.iterancestors())
                                              for token in classes(a).split()):
            found.append((el, text))
    return found


#: Class/id tokens of a headline element ("tieu-de-tin", "title-detail", "news-title", "headline").
_HEADLINE_CLASS = re.compile(r"title|tieu-?de|tieude|headline|heading|ten-?tin|tentin", re.I)
_HEADING_TAGS = frozenset(("h1", "h2", "h3"))
_FONT_PX = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)", re.I)


def find_headline(root, body_el):
    """For a page with no h1 and no metadata title to match: the headline-like element
    (h1-h3, a title-classed element, or large bold text such as ``<font size=4><b>``)
    nearest before the article text. Old table portals and ASP.NET pages set their
    headline this way while their ``<title>`` says only "Chi tiết tin tức"."""
    if body_el is None:
        return None, None
    order = {el: i for i, el in enumerate(root.iter())}
    start = _first_text_position(body_el, order)
    best = None
    for el in root.iter():
        if order.get(el, 0) >= start:
            break
        if not isinstance(el.tag, str) or not _headline_like(el):
            continue
        text = text_of(el)
        words = len(text.split())
        if not (15 <= len(text) <= 300 and 3 <= words <= 45) or (text.endswith(".") and len(text) > 120):
            continue
        if _LEAD_CLASS.search(classes(el)) or el.xpath("ancestor-or-self::a") or len(el.xpath(".//a")) > 1:
            continue
        if any(_TITLE_CHROME.search(token) for a in (el, *el.iterancestors()) for token in classes(a).split()):
            continue
        best = (el, text)
    return best or (None, None)


def _first_text_position(body_el, order: dict) -> int:
    """Document position of the first sizeable text in the container (the article's first paragraph)."""
    for el in body_el.iter():
        if isinstance(el.tag, str) and len((el.text or "").strip()) >= 60 and not _headline_like(el):
            return order.get(el, len(order))
    return order.get(body_el, len(order))


def _headline_like(el) -> bool:
    if el.tag in _HEADING_TAGS or _HEADLINE_CLASS.search(classes(el)):
        return True
    if el.tag == "font" and _font_size(el.get("size")) >= 4:
        return True
    match = _FONT_PX.search(el.get("style") or "")
    if match:
        size = float(match.group(1)) * {"px": 1, "pt": 1.33, "em": 16, "rem": 16}[match.group(2).lower()]
        return size >= 17
    return False


def _font_size(value: str | None) -> int:
    value = (value or "").strip()
    try:
        return 3 + int(value) if value.startswith(("+", "-")) else int(value)
    except ValueError:
        return 0


def _similarity(a: str, b: str) -> float:
    """Word-set overlap (Jaccard), with a bonus when one title contains the other."""
    a, b = a.lower(), b.lower()
    if a == b:
        return 1.0
    if a in b:
        return 0.6 + 0.4 * len(a) / max(len(b), 1)
    wa, wb = set(a.split()), set(b.split())
    return len(wa & wb) / max(len(wa | wb), 1)


def clean_meta_title(title: str | None, site_name: str | None) -> str | None:
    """og:title / <title> without the ' - Site name' suffix."""
    if not title:
        return None
    title = one_line(title)
    for sep in (" | ", " - ", " – ", " — "):
        head, found, tail = title.rpartition(sep)
        # Only a suffix that names the site: "... nhiệm kỳ 2020 - 2025" keeps its tail.
        if found and head and len(tail) <= 40 and ((site_name and site_name.lower() in tail.lower()) or _outlet_like(tail)):
            return head.strip()
    return title


def _outlet_like(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in (".vn", ".com", "báo", "tạp chí", "cổng", "online", "đảng", "tỉnh ủy", "tỉnh uỷ", "news"))


def find_lead(root, title_el, body_el):
    """A sapo: an element classed as one, outside the body container or opening it; else a
    wholly bold first paragraph of the container (how many Vietnamese sites set the sapo)."""
    first = _first_block(body_el, title_el) if body_el is not None else None
    for el in with_class(root, _LEAD_CLASS, ids=True):
        if body_el is not None and (el is body_el or any(a is el for a in body_el.iterancestors())):
            continue
        # A sapo inside the container is taken only where it opens a Vietnamese article: English
        # sites put their standfirst there as part of the text.
        opening = (first is not None and (el is first or el in first.iterancestors())
                   and _VIETNAMESE.search(text_of(first)) is not None)
        if body_el is not None and any(a is body_el for a in el.iterancestors()) and not opening:
            continue
        if any(w in classes(a) for a in el.iterancestors() for w in ("related", "lienquan", "list", "sidebar", "box-news")):
            continue
        text = text_of(el)
        if 30 <= len(text) <= 1000:
            return el, text
    between = _bold_between(root, title_el, body_el)
    if between is not None:
        return between, text_of(between)
    # The bold opening paragraph as sapo is a Vietnamese newsroom habit, not a universal one.
    if first is not None and _bold_sapo(first, text_of(first)):
        return first, text_of(first)
    return None, None


def _bold_between(root, title_el, body_el):
    """A wholly bold Vietnamese paragraph standing between the title and the body container."""
    if title_el is None or body_el is None:
        return None
    started = False
    for el in root.iter():
        if el is body_el:
            return None
        if el is title_el:
            started = True
            continue
        if not started or not isinstance(el.tag, str) or el.tag not in ("p", "div", "h2", "h3", "h4"):
            continue
        if title_el in el.iterancestors() or _has_block_children(el) or el.find(".//a") is not None:
            continue
        if _bold_sapo(el, text_of(el)):
            return el
    return None


def _first_block(body_el, title_el=None):
    """The container's opening paragraph: its first paragraph-like element (p, or a div/td
    holding only inline text) of 60 characters or more that is not the title; shorter lines
    before it (date, category, author) are passed over."""
    title = text_of(title_el) if title_el is not None else None
    for el in body_el.iter("p", "div", "td", "h2", "h3", "h4", "b", "strong"):
        if el is body_el or (el.tag not in ("p", "b", "strong") and _has_block_children(el)):
            continue
        if el.tag in ("b", "strong") and el.getparent() is not body_el and not _has_block_children(el.getparent()):
            continue  # bold words inside a paragraph, not a bold run standing alone
        if title_el is not None and (el is title_el or title_el in el.iterancestors() or el in title_el.iterancestors()):
            continue
        text = text_of(el)
        if len(text) < 60 or text == title or max(map(len, lines_of(el)), default=0) < 60:
            continue  # short lines: a date, a category, an author block ("TS. A <br> Trường ...")
        return el
    return None


_VIETNAMESE = re.compile(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", re.I)


def _bold_sapo(el, text: str) -> bool:
    """A wholly bold Vietnamese paragraph of sapo length, ending as a sentence does."""
    return (60 <= len(text) <= 700 and len(text.split()) >= 12 and text[-1:] in ".!?…\"”"
            and _VIETNAMESE.search(text) is not None and all_bold(el))


def generic_blocks(root, url: str, region: Content, *, skip: set | None = None, container=None) -> list[Block]:
    """Paragraphs for a page with no usable rules: trafilatura's text, each paragraph
    with the looks our own walk of the container (`region`) saw, for the byline rules.

    Runs LAST on a page: it removes `skip` elements (lead, date and author lines
    already taken) and captions from `root` in place, so that trafilatura neither
    repeats them nor needs a copy of the tree. Headings stay: trafilatura finds the
    article by its title (without the h1 it takes the menu on some pages), and the
    cleanup drops a paragraph that repeats the title.
    """
    for el in skip or ():
        if el.tag not in ("h1", "h2"):
            drop_element(el)
    for cap in find_captions(root):
        drop_element(cap)
    paragraphs = _trafilatura_paragraphs(root, url)
    if not paragraphs or _mostly_outside(paragraphs, region):
        return region.blocks
    finer = _region_split(paragraphs, region)
    if finer is not None:
        return finer
    looks = {b.text: b for b in region.blocks}
    blocks = _with_subheadings([looks.get(text) or Block(text) for text in paragraphs], region)
    return _with_closing_byline(blocks, region, container, url)


def _with_subheadings(blocks: list[Block], region: Content) -> list[Block]:
    """Put back the container's subheadings (h2-h4) that stand between paragraphs trafilatura
    kept: it drops them on some layouts, and they are article text."""
    position = {b.text: i for i, b in enumerate(region.blocks)}
    kept = [position[b.text] for b in blocks if b.text in position]
    if len(kept) < 2 or kept != sorted(kept):
        return blocks
    present = {b.text for b in blocks}
    out: list[Block] = []
    previous = None
    for block in blocks:
        index = position.get(block.text)
        if index is not None and previous is not None:
            out.extend(h for h in region.blocks[previous + 1:index]
                       if h.heading and h.text not in present and len(h.text) <= 150
                       and not is_boilerplate_line(h.text) and not is_related_heading(h.text))
        out.append(block)
        previous = index if index is not None else previous
    return out


def _with_closing_byline(blocks: list[Block], region: Content, container, url: str) -> list[Block]:
    """Add back the byline lines that close the article after trafilatura's last paragraph
    ("Phóng sự ảnh: <b>Quang Vinh</b>", a credits bar), in the container or just after it:
    trafilatura drops short closing lines, and the byline rules, which take them out of the
    body again, must see them."""
    if not blocks:
        return blocks
    texts = [b.text for b in region.blocks]
    try:
        last = len(texts) - 1 - texts[::-1].index(blocks[-1].text)
    except ValueError:
        return blocks
    after = region.blocks[last + 1:last + 4]
    if last == len(texts) - 1 and container is not None:
        after = _following_blocks(container, url)
    seen = {b.text for b in blocks}
    return blocks + [b for b in after if len(b.text) <= 160 and b.text not in seen
                     and parse_byline(b.text, placed=b.right or b.bold or b.italic) is not None]


def _following_blocks(container, url: str) -> list[Block]:
    """The blocks of the short elements right after the container, up to the first long one."""
    return [block for el in elements_after(container, lambda el: len(text_of(el)) <= 160)
            for block in container_content(el, url).blocks[:2]][:3]


#: trafilatura's text is distrusted when this share of it lies outside a container holding
#: at least `_MIN_REGION_CHARS` and that outside part is chrome, not prose: it has taken a
#: layout table (menus, footer, "Các tin khác" lists with dates) around the article.
_MAX_OUTSIDE_SHARE = 0.3
_MIN_REGION_CHARS = 400
_MAX_PAIRS = 40_000
_DATE_IN_LIST = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b")


def _mostly_outside(paragraphs: list[str], region: Content) -> bool:
    """Whether trafilatura's text should give way to the container's: it took more than the
    container, what it took beyond it is chrome rather than prose, and a good share of it is
    outside the container or runs several of the container's paragraphs into one line."""
    flat_blocks = [b.text for b in region.blocks]  # one line each already (`container_content`)
    inside = " ".join(flat_blocks)
    if len(inside) < _MIN_REGION_CHARS:
        return False
    same = set(flat_blocks)
    pieces = [t for t in flat_blocks if len(t) >= 20]
    if len(pieces) * len(paragraphs) > _MAX_PAIRS:
        pieces = []  # a huge page: do not look for run-together paragraphs (quadratic)
    total = outside = merged = prose = 0
    for text in paragraphs:
        text = " ".join(text.split())
        total += len(text)
        if text in same or text in inside:
            continue
        if sum(len(piece) for piece in pieces if piece in text) >= 0.5 * len(text):
            merged += len(text)  # the container's paragraphs, run together
            continue
        outside += len(text)
        if _prose(text):
            prose += len(text)
    # trafilatura took more than the container, and what it took beyond it is not article text
    return (total > len(inside) and prose < 0.2 * len(inside)
            and (outside + merged) / max(total, 1) > _MAX_OUTSIDE_SHARE)


def _prose(text: str) -> bool:
    """Article-like text: long, with sentences, not a boilerplate line nor a list of dated titles."""
    return (len(text) >= 150 and len(_DATE_IN_LIST.findall(text)) <= 1 and ". " in text.rstrip(".")
            and not is_boilerplate_line(text))


def _region_split(paragraphs: list[str], region: Content) -> list[Block] | None:
    """The container's own blocks that make up trafilatura's text, when they split it finer:
    trafilatura runs ``<br><br>`` paragraphs and a closing byline together on some layouts,
    and the byline rules need the lines (and their bold or right alignment) apart."""
    flat = [" ".join(text.split()) for text in paragraphs]
    same, taken = set(flat), " ".join(flat)
    kept = [b for b in region.blocks if b.text and (b.text in same or b.text in taken)]
    covered = sum(len(b.text) for b in kept)
    if len(kept) > len(paragraphs) and covered >= 0.9 * len(taken):
        return kept
    return None


def _trafilatura_paragraphs(root, url: str) -> list[str]:
    import trafilatura

    try:
        text = trafilatura.extract(
            root, url=url, output_format="txt", include_comments=False, include_tables=True,
            include_images=False, include_links=False, deduplicate=False, with_metadata=False, fast=True,
        )
    except Exception as exc:  # trafilatura is a dependency, not our code: never let it stop a crawl
        log.warning("trafilatura failed on %s: %s", url, exc)
        return []
    return _lines(text or "")


def _lines(text: str) -> list[str]:
    """trafilatura's text lines as paragraphs; table rows ('| a | b |') split into their cells."""
    paragraphs = []
    for line in text.split("\n"):
        line = line.strip()
        if line.startswith("|") and line.endswith("|"):
            paragraphs.extend(cell.strip() for cell in line.strip("|").split(" | ") if cell.strip())
        elif line:
            paragraphs.append(line)
    return paragraphs
