"""`JsonApiSpider`: sites that are JavaScript apps, crawled through the JSON their pages load.

No headless browser: the spider requests the listing JSON (with paging), then each
article's JSON, builds an HTML page from the JSON's fields and hands it to
`extract_article` under the article's public URL.

When the family module (``crawler/sites/families/<family>.py``) defines
``to_html(body, url) -> str`` (raising ValueError for a body it cannot read), every
JSON response is rendered to HTML by it and then treated like an ordinary page: the
family's listing rules find the article (API) links and the next page in the
rendered listing, its article rules read the rendered article. Such a listing links to the
articles' public URLs (the ones the store knows them by, so stored articles are skipped);
the module's ``article_fetch_url(page_url) -> str | None`` names the JSON to download
for each.

Otherwise the module may define hooks that describe its API; each has a default
that reads common shapes:

* ``listing_api_url(site, start_url, page) -> str`` - the listing JSON of page N
  (default: the start URL itself for page 1, then ``listing.page_url``);
* ``listing_entries(data) -> list[dict]`` - the article entries of a listing;
* ``has_next_page(data, page, entries) -> bool``;
* ``article_api_url(entry, site) -> str | None`` - the article's JSON;
* ``article_page_url(entry_or_data, site) -> str`` - the article's public URL;
* ``article_html(data, site) -> str`` - an HTML page for the extractor.
"""

from __future__ import annotations

import html
import importlib
import json
import logging
from typing import Any

import scrapy
from scrapy.http import HtmlResponse

from spiders.base import Section, SiteSpider, declared_charset

logger = logging.getLogger(__name__)

_LIST_KEYS = ("data", "items", "content", "results", "list", "records", "rows", "articles", "posts")
_URL_KEYS = ("url", "link", "href", "permalink", "webUrl")
_API_KEYS = ("api_url", "apiUrl", "detailUrl", "detail_url")
_TITLE_KEYS = ("title", "name", "tieuDe", "headline")
_BODY_KEYS = ("content", "body", "html", "noiDung", "contentHtml", "detail")
_LEAD_KEYS = ("description", "summary", "sapo", "lead", "moTa", "excerpt")
_DATE_KEYS = ("publishedAt", "published", "publishDate", "published_at", "createdAt", "created_at", "date")
_AUTHOR_KEYS = ("author", "authorName", "tacGia", "byline")


def _first(data: dict, keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = data.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def default_listing_entries(data: Any) -> list[dict]:
    """The first list of objects in a listing response (top level, or one or two levels down)."""
    if isinstance(data, list):
        return [e for e in data if isinstance(e, dict)]
    if not isinstance(data, dict):
        return []
    for key in _LIST_KEYS:
        value = data.get(key)
        if isinstance(value, list) and all(isinstance(e, dict) for e in value):
            return value
        if isinstance(value, dict):
            inner = default_listing_entries(value)
            if inner:
                return inner
    return []


def default_article_html(data: Any, site=None) -> str:
    """A minimal article page from a JSON article: h1 title, time, lead, body HTML, author."""
    article = data.get("data", data) if isinstance(data, dict) else {}
    if not isinstance(article, dict):
        article = {}
    title = html.escape(str(_first(article, _TITLE_KEYS) or ""))
    lead = html.escape(str(_first(article, _LEAD_KEYS) or ""))
    published = html.escape(str(_first(article, _DATE_KEYS) or ""))
    author = _first(article, _AUTHOR_KEYS)
    if isinstance(author, dict):
        author = _first(author, ("name", "fullName"))
    body = str(_first(article, _BODY_KEYS) or "")
    parts = ["<html><head><meta charset='utf-8'>", f"<title>{title}</title>"]
    if published:
        parts.append(f"<meta property='article:published_time' content='{published}'>")
    parts.append(f"</head><body><article><h1>{title}</h1>")
    if published:
        parts.append(f"<time datetime='{published}'>{published}</time>")
    if lead:
        parts.append(f"<p class='lead'><strong>{lead}</strong></p>")
    parts.append(f"<div class='content'>{body}</div>")
    if author:
        parts.append(f"<p class='author'>{html.escape(str(author))}</p>")
    parts.append("</article></body></html>")
    return "".join(parts)


class JsonApiSpider(SiteSpider):
    """Listing JSON -> article JSON -> HTML built from it -> `extract_article`."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        family = self.site.family_obj
        self.hooks = None
        if family is not None:
            try:
                self.hooks = importlib.import_module(f"crawler.sites.families.{family.name}")
            except ImportError:
                self.hooks = None

    def hook(self, name: str, default):
        return getattr(self.hooks, name, None) or default

    # --- listings -----------------------------------------------------------------------------

    def start_requests_list(self) -> list[scrapy.Request]:
        if hasattr(self.hooks, "to_html"):
            return super().start_requests_list()
        requests = []
        for url in self.start_urls:
            self.sections[url] = Section(url)
            api_url = self.hook("listing_api_url", lambda site, start, page: start)(self.site, url, 1)
            requests.append(self.listing_request(api_url, section=url, page=1))
        return requests

    def render(self, response):
        """The response as HTML through the family's `to_html`, or None after recording a reject."""
        try:
            html_text = self.hooks.to_html(response.body, response.url)
        except ValueError as exc:
            self.reject(response.url, "bad_json", str(exc)[:300])
            return None
        return HtmlResponse(response.url, body=html_text.encode("utf-8"), encoding="utf-8", request=response.request)

    def parse_listing(self, response):
        if hasattr(self.hooks, "to_html"):
            rendered = self.render(response)
            if rendered is not None:
                yield from super().parse_listing(rendered)
            return
        yield from self._parse_json_listing(response)

    def article_request(self, url: str, *, section: str, listed=None) -> scrapy.Request:
        """The request of an article listed under its public URL: the family's API URL, when it names one."""
        request = super().article_request(url, section=section, listed=listed)
        fetch_url_of = getattr(self.hooks, "article_fetch_url", None)
        api_url = fetch_url_of(url) if fetch_url_of else None
        if api_url and api_url != url:
            request = request.replace(url=api_url, meta={**request.meta, "page_url": url})
        return request

    def _parse_json_listing(self, response):
        section = self._section(response)
        page = response.meta.get("page", 1)
        if section.stopped:
            return
        section.pages += 1
        self.crawler.stats.inc_value("partynews/listing_pages")
        data = self.load_json(response)
        if data is None:
            return
        entries = self.hook("listing_entries", default_listing_entries)(data)
        page_url_of = self.hook("article_page_url", self.default_page_url)
        api_url_of = self.hook("article_api_url", self.default_api_url)
        links, api_urls = [], {}
        for entry in entries:
            page_url = page_url_of(entry, self.site)
            if not page_url:
                continue
            page_url = response.urljoin(page_url)
            api_urls[page_url] = api_url_of(entry, self.site)
            links.append((page_url, None))
        for request in self.follow_articles(links, section):
            page_url = request.meta.get("page_url", request.url)
            api_url = api_urls.get(page_url)
            yield request.replace(url=response.urljoin(api_url) if api_url else request.url,
                                  meta={**request.meta, "page_url": page_url})
        if section.stopped or not entries or page >= self.max_listing_pages:
            return
        has_next = self.hook("has_next_page", None)
        if has_next is not None and not has_next(data, page, entries):
            return
        next_url = self.hook("listing_api_url", self.default_listing_api_url)(self.site, section.start_url, page + 1)
        if next_url and next_url != response.url:
            yield self.listing_request(next_url, section=section.start_url, page=page + 1)

    def default_listing_api_url(self, site, start_url: str, page: int) -> str | None:
        if page == 1:
            return start_url
        return self.rules.page_url.format(url=start_url, n=page) if self.rules.page_url else None

    @staticmethod
    def default_page_url(entry: dict, site) -> str | None:
        return _first(entry, _URL_KEYS)

    @staticmethod
    def default_api_url(entry: dict, site) -> str | None:
        return _first(entry, _API_KEYS)

    # --- articles -----------------------------------------------------------------------------

    def parse_article(self, response):
        page_url = response.meta.get("page_url") or response.url
        if hasattr(self.hooks, "to_html") and _is_json(response):
            rendered = self.render(response)
            if rendered is not None:
                article = self.extract(rendered.body, response.url, "utf-8")
                if article is not None:
                    yield from self.accept(article, response)
            return
        if not _is_json(response):
            # the article URL serves HTML after all: extract it as a page
            article = self.extract(response.body, page_url, declared_charset(response))
        else:
            data = self.load_json(response)
            if data is None:
                return
            built = self.hook("article_html", default_article_html)(data, self.site)
            article = self.extract(built.encode("utf-8"), page_url, "utf-8")
        if article is not None:
            yield from self.accept(article, response)

    def load_json(self, response) -> Any:
        try:
            return json.loads(response.body)
        except ValueError as exc:
            self.reject(response.url, "bad_json", str(exc)[:200])
            return None


def _is_json(response) -> bool:
    content_type = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    return "json" in content_type or response.body.lstrip()[:1] in (b"{", b"[")
