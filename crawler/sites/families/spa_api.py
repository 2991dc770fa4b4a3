"""tuyengiaodanvan.vn: a JavaScript single-page app whose pages load JSON.

The public pages (`/blogs/category/type/<type>?categoryId=<24-hex>&page=n&size=10`)
are an empty shell; the app fetches JSON and renders it. The spider (`json_api`)
fetches that JSON and turns it into a small HTML document with `to_html`, so the
ordinary listing and article rules below apply to it, and the article rules
reach into the JSON's HTML `content` field like into any page.

The JSON shape is a GUESS (no live response was seen):

- listing: ``GET /api/blogs?categoryId=<hex>&page=<n>&size=10`` ->
  ``{"data": {"items": [{"id", "title", "slug", "publishedAt"}], "page": n,
  "totalPages": m}}``
- article: ``GET /api/blogs/<id>`` -> ``{"data": {"id", "title", "slug", "summary",
  "content" (HTML), "author", "source", "publishedAt" (ISO, +07:00), "displayDate"
  ("Thứ Hai, 19/01/2026"), "category": {"id", "name"}, "tags": [..]}}``

The public URL of an article is taken to be ``/blogs/<slug>-<id>`` (also a guess). The
rendered listing links to it (what a reader sees, and the URL the store knows the article
by, so the incremental check recognises stored articles); `article_fetch_url` turns it
into the API URL the spider actually downloads, and the rendered article names it as its
canonical link.
"""

from __future__ import annotations

import json
import re
from html import escape
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="spa_api",
    spider="json_api",
    description="JSON API behind a single-page app (tuyengiaodanvan.vn); pages rendered by to_html",
    article=ArticleRules(
        title=("h1.spa-title",),
        lead=("div.spa-summary",),
        body=("div.spa-content",),
        published=("time.spa-date",),
        author=("div.spa-author",),
        source=("div.spa-source",),
        tags=("ul.spa-tags a",),
        category=("div.spa-category",),
        caption=("figure figcaption", "p.image-caption"),
    ),
    listing=ListingRules(
        links=("ul.spa-list a",),
        next_page=("a.spa-next",),
        article_url=r"^https?://[^/]+/blogs/(?:[^/?#]+-)?[0-9a-f]{24}$",
    ),
)

_PUBLIC_ID = re.compile(r"^/blogs/(?:[^/?#]+-)?([0-9a-f]{24})$")


class NotApiJson(ValueError):
    """The body is not a JSON response of the shape this module expects."""


def to_html(body: bytes | str, url: str) -> str:
    """Render an API response (listing or article JSON) as the HTML the rules read.

    Raises `NotApiJson` when the body is not JSON with a `data` object.
    """
    try:
        payload = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise NotApiJson(f"{url}: not JSON ({exc})") from None
    data = payload.get("data") if isinstance(payload, dict) else None
    if not isinstance(data, dict):
        raise NotApiJson(f"{url}: JSON without a 'data' object")
    if isinstance(data.get("items"), list):
        return _listing_html(data, url)
    return _article_html(data, url)


def public_url(api_url: str, slug: str | None, item_id: str) -> str:
    """The reader-facing URL of an article the API serves (shape guessed: /blogs/<slug>-<id>)."""
    parts = urlsplit(api_url)
    path = f"/blogs/{slug}-{item_id}" if slug else f"/blogs/{item_id}"
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def article_fetch_url(page_url: str) -> str | None:
    """The API URL of the article whose public URL is `page_url` (None for any other URL)."""
    parts = urlsplit(page_url)
    match = _PUBLIC_ID.match(parts.path)
    if not match:
        return None
    return urlunsplit((parts.scheme, parts.netloc, f"/api/blogs/{match.group(1)}", "", ""))


def _listing_html(data: dict, url: str) -> str:
    parts = urlsplit(url)
    links = []
    for item in data["items"]:
        if isinstance(item, dict) and item.get("id"):
            href = public_url(url, item.get("slug"), str(item["id"]))
            links.append(f'<li><a href="{escape(href)}">{escape(str(item.get("title") or ""))}</a></li>')
    next_link = ""
    page, total = data.get("page"), data.get("totalPages")
    if isinstance(page, int) and isinstance(total, int) and page < total:
        query = dict(parse_qsl(parts.query))
        query["page"] = str(page + 1)
        next_url = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(query), ""))
        next_link = f'<a class="spa-next" href="{escape(next_url)}">Trang sau</a>'
    return f'<html><body><ul class="spa-list">{"".join(links)}</ul>{next_link}</body></html>'


def _article_html(data: dict, url: str) -> str:
    def text(key: str) -> str:
        value = data.get(key)
        return escape(str(value)) if value else ""

    canonical = public_url(url, data.get("slug"), str(data.get("id") or "")) if data.get("id") else ""
    category = data.get("category") if isinstance(data.get("category"), dict) else {}
    tags = "".join(f"<li><a>{escape(str(t))}</a></li>" for t in data.get("tags") or [] if t)
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{text('title')}</title>"
        + (f'<link rel="canonical" href="{escape(canonical)}">' if canonical else "")
        + "</head><body><article>"
        f'<div class="spa-category">{escape(str(category.get("name") or ""))}</div>'
        f'<h1 class="spa-title">{text("title")}</h1>'
        f'<time class="spa-date" datetime="{text("publishedAt")}">{text("displayDate")}</time>'
        f'<div class="spa-summary">{text("summary")}</div>'
        f'<div class="spa-content">{data.get("content") or ""}</div>'
        + (f'<div class="spa-author">{text("author")}</div>' if data.get("author") else "")
        + (f'<div class="spa-source">{text("source")}</div>' if data.get("source") else "")
        + f'<ul class="spa-tags">{tags}</ul>'
        "</article></body></html>"
    )
