"""Is this page an article? Listings, tag pages, search and contact pages are not.

Used by the spiders to record, with a reason, why a fetched page yields no article.
Cheap signals only: metadata type, URL shape, paragraph text versus link text.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.extract.html import one_line, parse_html
from crawler.extract.metadata import read_metadata

_NOT_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|the|tim-?kiem|search|lien-?he|contact|gioi-?thieu|about|sitemap|rss|login|dang-?nhap|"
    r"dang-?ky|category|chuyen-?muc|danh-?muc|video|videos|photo|gallery|multimedia)(?:/|\.html?$|$|\?)",
    re.I,
)
_MIN_ARTICLE_TEXT = 400


def looks_like_article(html: bytes | str, url: str) -> tuple[bool, str]:
    """(True, why) for an article page, (False, why) for anything else."""
    root = parse_html(html)
    path = urlsplit(url).path or "/"
    if path in ("", "/") or _NOT_ARTICLE_PATH.search(path):
        if not _paragraph_text(root) >= 3 * _MIN_ARTICLE_TEXT:
            return False, f"not an article URL: {path}"
    meta = read_metadata(root)
    text = _paragraph_text(root)
    titled_links = _titled_links(root)
    if meta.is_article and text >= _MIN_ARTICLE_TEXT // 2:
        return True, "article metadata"
    if text < _MIN_ARTICLE_TEXT:
        if titled_links >= 8:
            return False, f"listing: {titled_links} headline links, {text} characters of paragraph text"
        return False, f"too little text: {text} characters of paragraph text"
    if titled_links >= 15 and text < 60 * titled_links:
        return False, f"listing: {titled_links} headline links, {text} characters of paragraph text"
    return True, f"{text} characters of paragraph text"


def _paragraph_text(root) -> int:
    total = 0
    for p in root.iter("p", "td"):
        text = one_line(p.text_content())
        if len(text) < 40:
            continue
        links = sum(len(one_line(a.text_content())) for a in p.iter("a"))
        if links < 0.3 * len(text):
            total += len(text) - links
    return total


def _titled_links(root) -> int:
    return sum(1 for a in root.iter("a") if len(one_line(a.text_content()).split()) >= 5)
