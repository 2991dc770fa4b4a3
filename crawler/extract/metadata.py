"""Structured metadata: JSON-LD, OpenGraph / article:* meta tags, itemprop, <time>, and the
article object of a JavaScript app's server-rendered state (Next.js ``__NEXT_DATA__``).

Second layer after site rules: publishers fill these for search engines, so when
present they are usually right, except that some CMSs stamp the crawl time or
the section's time into them; dates found here are still checked by the caller.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass, field

from crawler.extract.html import css, one_line

_ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle", "webpage"}


@dataclass
class Metadata:
    title: str | None = None
    description: str | None = None
    published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    canonical: str | None = None
    og_url: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    language: str | None = None
    is_article: bool = False
    site_name: str | None = None


def read_metadata(root) -> Metadata:
    meta = Metadata()
    _read_jsonld(root, meta)
    _read_meta_tags(root, meta)
    _read_app_state(root, meta)
    for el in css("link[rel=canonical]")(root):
        if el.get("href"):
            meta.canonical = el.get("href").strip()
            break
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        meta.language = lang.split("-")[0].lower()[:2]
    return meta


def _read_jsonld(root, meta: Metadata) -> None:
    for script in css('script[type="application/ld+json"]')(root):
        try:
            data = json.loads(script.text or "")
        except (ValueError, TypeError):
            continue
        for node in _walk_jsonld(data):
            types = node.get("@type")
            types = {str(t).lower() for t in (types if isinstance(types, list) else [types])}
            if not types & _ARTICLE_TYPES:
                continue
            if types - {"webpage"}:
                meta.is_article = True
            elif meta.title:  # a WebPage node only fills gaps
                continue
            meta.title = meta.title or _str(node.get("headline")) or _str(node.get("name"))
            meta.description = meta.description or _str(node.get("description"))
            # datePublished beats dateCreated: some CMSs set dateCreated to the draft's time.
            for key in ("datePublished", "dateCreated"):
                if _str(node.get(key)):
                    meta.published.append(_str(node.get(key)))
            if _str(node.get("dateModified")):
                meta.modified.append(_str(node.get("dateModified")))
            meta.authors.extend(_names(node.get("author")))
            meta.section = meta.section or _str(node.get("articleSection"))
            keywords = node.get("keywords")
            if isinstance(keywords, str):
                meta.tags.extend(k.strip() for k in keywords.split(",") if k.strip())
            elif isinstance(keywords, list):
                meta.tags.extend(str(k).strip() for k in keywords if str(k).strip())


def _walk_jsonld(data):
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _walk_jsonld(data[key])


def _names(value) -> list[str]:
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    if isinstance(value, dict):
        if str(value.get("@type", "")).lower() == "organization":
            return []
        return _names(value.get("name"))
    if isinstance(value, str) and value.strip():
        return [one_line(value)]
    return []


def _str(value) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value")
    if isinstance(value, (str, int, float)) and str(value).strip():
        return one_line(str(value))
    return None


_PUBLISHED_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
                   "dc.date.issued", "dc.date", "date", "dcterms.created", "publish-date", "article.published")
_MODIFIED_META = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "lastmod")


def _read_meta_tags(root, meta: Metadata) -> None:
    values: dict[str, list[str]] = {}
    for el in css("meta")(root):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and content.strip():
            values.setdefault(key, []).append(one_line(content))
    first = lambda *keys: next((values[k][0] for k in keys if k in values), None)  # noqa: E731
    meta.title = meta.title or first("og:title", "twitter:title")
    meta.description = meta.description or first("og:description", "description", "twitter:description")
    meta.og_url = first("og:url")
    meta.site_name = first("og:site_name")
    meta.section = meta.section or first("article:section")
    meta.tags.extend(values.get("article:tag", []))
    if (first("og:type") or "").lower() == "article":
        meta.is_article = True
    for key in _PUBLISHED_META:
        meta.published.extend(values.get(key, []))
    for key in _MODIFIED_META:
        meta.modified.extend(values.get(key, []))
    for el in css("[itemprop=datePublished]")(root):
        value = el.get("datetime") or el.get("content")
        if value:
            meta.published.append(value.strip())
    for key in ("author", "article:author", "dc.creator"):
        for value in values.get(key, []):
            if not value.startswith("http"):
                meta.authors.append(value)


_STATE_TITLE_KEYS = ("title", "headline")
_STATE_DATE_KEYS = ("publishedAt", "published_at", "datePublished", "publishDate", "publishedDate", "pubDate",
                    "publicationDate", "createdAt", "created_at")
_MAX_STATE_CHARS = 2_000_000
_MAX_STATE_NODES = 20_000


def _read_app_state(root, meta: Metadata) -> None:
    """Fill gaps from the page's JSON app state: the first object holding both a title and a
    publication date. Pages rendered by React or Vue often carry nothing else that names
    their headline (hashed class names, no h1, a generic <title>)."""
    if meta.title and meta.published:
        return
    for script in root.iter("script"):
        if script.get("id") != "__NEXT_DATA__" and (script.get("type") or "").lower() != "application/json":
            continue
        text = script.text or ""
        if not text.strip() or len(text) > _MAX_STATE_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, TypeError):
            continue
        article = _find_article_object(data)
        if article is None:
            continue
        title = next((_str(article.get(k)) for k in _STATE_TITLE_KEYS if _str(article.get(k))), None)
        meta.title = meta.title or title
        if not meta.published:
            meta.published.extend(_str(article.get(k)) for k in _STATE_DATE_KEYS if _str(article.get(k)))
        if not meta.authors:
            meta.authors.extend(_names(article.get("author") or article.get("authors")))
        return


def _find_article_object(data):
    queue, seen = deque([data]), 0
    while queue and seen < _MAX_STATE_NODES:
        node = queue.popleft()
        seen += 1
        if isinstance(node, dict):
            title = next((node.get(k) for k in _STATE_TITLE_KEYS if isinstance(node.get(k), str)), None)
            if title and len(title.strip()) >= 15 and any(isinstance(node.get(k), str) for k in _STATE_DATE_KEYS):
                return node
            queue.extend(v for v in node.values() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            queue.extend(v for v in node if isinstance(v, (dict, list)))
    return None
