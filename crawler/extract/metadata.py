"""Structured metadata: JSON-LD, OpenGraph / article:* meta tags, itemprop, <time>.

Second layer after site rules: publishers fill these for search engines, so when
present they are usually right, except that some CMSs stamp the crawl time or
the section's time into them; dates found here are still checked by the caller.
"""

from __future__ import annotations

import json
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
