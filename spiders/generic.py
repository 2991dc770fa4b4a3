"""Generic discovery: article links and pagination found by page structure, for sites without rules.

`discover_article_links(html, url)` finds the links of a listing's article area
without selectors: links whose anchor text reads like a headline (4+ words), in
blocks repeated side by side, with a date next to them or an article-shaped URL
(numeric id, ``.html``, ``-post123``), outside navigation, menus, footers and
sidebar boxes ("Xem nhiều", "Tin liên quan", ...). `find_next_page` finds the link
to the following listing page ("Trang sau", "»", ``?page=``, ``/p/<n>``, ...).

`GenericSiteSpider` uses both for a registered site without listing rules;
`GenericSpider` (``scrapy crawl generic -a start_url=...``, ``partynews crawl-url``)
crawls any start URL that way.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from urllib.parse import parse_qsl, urlsplit

from crawler.extract.html import absolute, one_line, parse_html
from crawler.extract.rules import ListingRules
from crawler.sites import Site
from spiders.base import SiteSpider, spider_settings

MIN_TITLE_WORDS = 4

_CHROME_TAGS = {"nav", "aside", "script", "style", "noscript", "iframe", "select", "button", "template"}
_CHROME_TOKEN = re.compile(
    r"^(?:nav|navbar|navigation|menu|mainmenu|main-menu|topmenu|top-menu|submenu|megamenu|footer|site-footer|"
    r"sidebar|side-bar|breadcrumbs?|banner|banners|social|share|sharing|mostread|most-?read|mostview|most-?viewed?|"
    r"xem-?nhieu|doc-?nhieu|xemnhieu|docnhieu|top-?views?|popular|tags?|tag-?list|keywords?|related|related-news|"
    r"lien-?quan|tinlienquan|tin-?lien-?quan|tin-?khac|tinkhac|other-?news|widget|marquee|ticker|login|search|"
    r"pagination|paging|pager|col-?right|right-?col|rightcol|box-?right|hotline|weather|links?-?web|weblinks?|"
    r"(?:sidebar|footer|menu|nav|widget|share|social)[-_].*)$",
    re.I,
)
_CHROME_HEADING = re.compile(
    r"^(?:xem nhiều|đọc nhiều|tin liên quan|bài viết liên quan|tin khác|các tin khác|tin cùng chuyên mục|"
    r"tin mới nhất|tin mới|tin nổi bật|tin đọc nhiều|liên kết|liên kết website|thống kê|thăm dò|video|"
    r"tin xem nhiều|bài đọc nhiều|nhiều người đọc|các bài viết khác|tin đã đưa|các tin đã đưa)\b",
    re.I,
)
_NOT_ARTICLE_PATH = re.compile(
    r"/(?:tag|tags|the|tim-?kiem|search|lien-?he|contact|gioi-?thieu|about|sitemap|rss|login|dang-?nhap|dang-?ky)"
    r"(?:/|\.html?$|$)|\.(?:jpe?g|png|gif|pdf|docx?|xlsx?|zip|rar|mp4|mp3)$",
    re.I,
)
_ARTICLE_URL = re.compile(
    r"(?:\d{4,}|-post\d+|-duk\d+|/item/\d+)|(?:[a-z0-9]+-){3,}[a-z0-9]+(?:\.html?|\.aspx|\.htm|/)?$|[?&](?:itemid|id|newsid|articleid)=\w+",
    re.I,
)
_DATE_TEXT = re.compile(r"\b\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d{2}\b|\b(?:19|20)\d{2}-\d{2}-\d{2}\b|\b\d{1,2}[:h]\d{2}\b")
_PAGE_PATTERNS = (
    re.compile(r"([?&](?:page|Page|PAGE|p|trang|pageindex|PageIndex)=)(\d+)"),
    re.compile(r"(/p/)(\d+)"),
    re.compile(r"(trang-)(\d+)(\.html?)"),
    re.compile(r"(/page/)(\d+)"),
    re.compile(r"(/trang/)(\d+)"),
    re.compile(r"(-p)(\d+)(\.html?)$"),
)
_NEXT_TEXTS = {"trang sau", "trang tiếp", "trang tiếp theo", "tiếp", "tiếp theo", "sau", "»", "›", ">", ">>",
               "next", "next »", "sau »", "tiếp »", "trang sau »", "xem tiếp"}


def _tokens(el) -> list[str]:
    return f"{el.get('class') or ''} {el.get('id') or ''}".split()


def _is_chrome(el) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in _CHROME_TAGS:
        return True
    if tag in ("header", "footer") and not any(a.tag in ("article", "li") for a in el.iterancestors()):
        return True
    if el.get("role") in ("navigation", "banner", "contentinfo", "complementary", "search"):
        return True
    return any(_CHROME_TOKEN.match(token) for token in _tokens(el))


def _drop_chrome(root) -> None:
    body = root.find("body")
    if body is None:
        body = root
    doomed = []
    for el in body.iter():
        if not isinstance(el.tag, str):
            continue
        if _is_chrome(el):
            doomed.append(el)
            continue
        if el.tag in ("h2", "h3", "h4", "h5", "strong", "span", "div") and len(el) <= 1:
            text = one_line(el.text_content()).lower()
            if text and len(text) < 40 and _CHROME_HEADING.match(text):
                box = el.getparent()
                # the box a heading titles: its parent, unless that is the page or main column
                if box is not None and box is not body and len(list(box.iter("a"))) < 40:
                    doomed.append(box)
    for el in doomed:
        parent = el.getparent()
        if parent is not None and not any(a in doomed for a in el.iterancestors()):
            parent.remove(el)


def _same_site(host: str, page_host: str) -> bool:
    host, page_host = host.lower().removeprefix("www."), page_host.lower().removeprefix("www.")
    return host == page_host or host.endswith("." + page_host) or page_host.endswith("." + host)


def _signature(anchor) -> str:
    """The tag/class path of a link: equal for links in repeated sibling blocks."""
    parts = []
    for el in [anchor, *anchor.iterancestors()]:
        if el.tag in ("body", "html"):
            break
        classes = ".".join(sorted(c for c in (el.get("class") or "").split() if not re.search(r"\d", c)))
        parts.append(f"{el.tag}.{classes}" if classes else el.tag)
    return "/".join(reversed(parts))


def _item_text(anchor) -> str:
    """Text of the listing item a link belongs to: its largest ancestor holding no other link target."""
    item, href = anchor, anchor.get("href")
    for _ in range(5):
        parent = item.getparent()
        if parent is None or parent.tag in ("body", "html"):
            break
        if any(a.get("href") not in (href, None) for a in parent.iter("a")):
            break
        item = parent
    return one_line(item.text_content())


@dataclasses.dataclass
class _Candidate:
    url: str
    words: int
    url_like: bool
    dated: bool
    signature: str


def _is_pagination_url(url: str) -> bool:
    return any(p.search(url) for p in _PAGE_PATTERNS)


def discover_article_links(html: bytes | str, url: str) -> list[str]:
    """Absolute URLs of the article links in a listing page's main area, in page order."""
    root = parse_html(html)
    _drop_chrome(root)
    page_host = urlsplit(url).hostname or ""
    page_key = url.split("#", 1)[0]
    candidates: list[_Candidate] = []
    seen: set[str] = set()
    for anchor in root.iter("a"):
        link = absolute(anchor.get("href"), url)
        if not link:
            continue
        link = link.split("#", 1)[0]
        parts = urlsplit(link)
        if parts.scheme not in ("http", "https") or not _same_site(parts.hostname or "", page_host):
            continue
        if link == page_key or link in seen or _NOT_ARTICLE_PATH.search(parts.path) or parts.path in ("", "/"):
            continue
        text = one_line(anchor.text_content()) or one_line(anchor.get("title"))
        words = len(text.split())
        if words < MIN_TITLE_WORDS or _is_pagination_url(link) and not _ARTICLE_URL.search(parts.path):
            continue
        seen.add(link)
        candidates.append(_Candidate(
            url=link,
            words=words,
            url_like=_article_shaped(parts),
            dated=bool(_DATE_TEXT.search(_item_text(anchor).replace(text, " "))),
            signature=_signature(anchor),
        ))
    groups: dict[str, list[_Candidate]] = defaultdict(list)
    for cand in candidates:
        groups[cand.signature].append(cand)
    accepted = set()
    for members in groups.values():
        url_share = sum(c.url_like for c in members) / len(members)
        date_share = sum(c.dated for c in members) / len(members)
        if len(members) >= 2 and (url_share >= 0.5 or date_share >= 0.5):
            accepted.update(c.url for c in members if c.url_like or c.dated or c.words >= 6)
        elif len(members) == 1 and members[0].url_like and (members[0].dated or members[0].words >= 5):
            accepted.add(members[0].url)
    return [c.url for c in candidates if c.url in accepted]


def _article_shaped(parts) -> bool:
    """An article-shaped path (id, ``.html``, long slug), or a query naming an item.

    A query that only picks a category or a page (``?categoryId=12&page=2``) makes
    no URL an article, nor does it stop an article-shaped path from being one.
    """
    if _ARTICLE_URL.search(parts.path):
        return True
    return bool(parts.query) and not _only_category_query(parts.query) and bool(_ARTICLE_URL.search("?" + parts.query))


def _only_category_query(query: str) -> bool:
    names = {name.lower() for name, _ in parse_qsl(query)}
    return bool(names) and names <= {"categoryid", "catid", "cid", "page", "p", "size", "type"}


def find_next_page(html: bytes | str, url: str, page: int = 1, *, with_guess: bool = False):
    """The URL of the listing page after `page`, or None when none is linked.

    With `with_guess`, returns (url, guessed): when no link is found but the URL
    itself is numbered (``?page=3``, ``trang-3.html``), the next number is guessed.
    """
    found = _linked_next_page(html, url, page)
    if found or not with_guess:
        return (found, False) if with_guess else found
    current = url.split("#", 1)[0]
    for pattern in _PAGE_PATTERNS:
        match = pattern.search(current)
        if match:
            return current[:match.start(2)] + str(page + 1) + current[match.end(2):], True
    return None, False


def _linked_next_page(html: bytes | str, url: str, page: int) -> str | None:
    root = parse_html(html)
    current = url.split("#", 1)[0]
    numbered = None
    for anchor in root.iter("a"):
        href = anchor.get("href") or ""
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        link = absolute(href, url)
        if not link or link.split("#", 1)[0] == current:
            continue
        text = one_line(anchor.text_content()).lower()
        label = one_line(anchor.get("title") or anchor.get("aria-label")).lower()
        if "next" in (anchor.get("rel") or "").lower() or text in _NEXT_TEXTS or label in _NEXT_TEXTS:
            return link
        if numbered is None and text == str(page + 1) and _is_pagination_url(link):
            numbered = link
    return numbered


class GenericSiteSpider(SiteSpider):
    """A site crawled without listing rules: structural link discovery and pagination."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.rules = ListingRules(article_url=self.rules.article_url)


class GenericSpider(GenericSiteSpider):
    """Crawl one start URL of any site: ``scrapy crawl generic -a start_url=URL -a follow_pages=N``."""

    name = "generic"
    custom_settings = spider_settings(Site(key="generic", name="generic", level="", domains=(), start_urls=()))

    def __init__(self, *args, start_url: str | None = None, follow_pages=2, site: Site | None = None, **kwargs) -> None:
        if site is None:
            if not start_url:
                raise ValueError("the generic spider needs a start URL (-a start_url=...)")
            site = site_for_start_url(start_url)
        kwargs.setdefault("name", "generic")
        super().__init__(*args, site=site, **kwargs)
        self.follow_pages = int(follow_pages)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_listing_pages = spider.follow_pages + 1
        return spider


def site_for_start_url(start_url: str) -> Site:
    """The Site a generic crawl files its articles under: the registered one for that host, else one named after the host."""
    from crawler.sites import site_for_url

    parts = urlsplit(start_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {start_url!r}")
    registered = site_for_url(start_url)
    if registered is not None:
        return dataclasses.replace(registered, start_urls=(start_url,), sitemaps=(), feeds=(), listing=ListingRules())
    host = parts.hostname.lower()
    return Site(key=host.removeprefix("www."), name=host, level="unknown", domains=(host,), start_urls=(start_url,))
