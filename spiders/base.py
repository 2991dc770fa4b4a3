"""`SiteSpider`: the crawl of one registered site, driven by its `Site` entry.

The spider only discovers URLs and hands article responses to extraction:

* start requests come from the site's start URLs (listing pages), sitemaps and feeds;
* on a listing page, article links are taken ONLY inside the `listing.links` areas
  (filtered by `listing.article_url`), or found by structure when the site has no
  listing rules (`spiders.generic`);
* pagination follows `listing.next_page` or the `listing.page_url` template;
* incremental: links already in the store are skipped (one `Store.known_urls`
  query per listing page) and a section stops after ``PARTYNEWS_STOP_AFTER_KNOWN``
  consecutive known links, or at the first article older than `since`;
* pages that are not articles and HTTP failures are recorded as rejects in the
  store with a reason, never silently dropped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime, timezone
from urllib.parse import urlsplit

import scrapy
from lxml import etree
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.sites import Site

logger = logging.getLogger(__name__)

ARTICLE_PRIORITY = 10  # articles of a page before the next listing page: stops take effect early
DEFAULT_STOP_AFTER_KNOWN = 10
DEFAULT_MAX_LISTING_PAGES = 1000

#: Settings every partynews spider needs, whatever the project settings say.
SPIDER_SETTINGS = {
    "DOWNLOADER_MIDDLEWARES": {
        "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
        "spiders.middlewares.BackoffRetryMiddleware": 550,
        "spiders.middlewares.ExcludedAttemptStatsMiddleware": 851,  # beside DownloaderStats (850): same attempts
        "spiders.middlewares.DroppedRedirectMiddleware": 900,
        "crawler.replay.ReplayMiddleware": 950,
    },
}

_CHARSET = re.compile(rb"charset=([\w.:-]+)", re.I)


def spider_settings(site: Site) -> dict:
    """`custom_settings` of a site's spider: the shared middlewares plus the site's politeness overrides."""
    settings = {name: dict(value) if isinstance(value, dict) else value for name, value in SPIDER_SETTINGS.items()}
    for name, value in (site.politeness or {}).items():
        settings[name.upper()] = value
    return settings


def parse_since(value) -> datetime | None:
    """`--since` as an aware datetime (a date means its midnight in Vietnam, UTC+7)."""
    if value in (None, ""):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError:
            raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD or an ISO date-time)") from None
    if moment.tzinfo is None:
        from crawler.extract.dates import VN_TZ

        moment = moment.replace(tzinfo=VN_TZ)
    return moment


def as_bool(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return bool(value)


@dataclass
class Section:
    """Crawl state of one start URL: consecutive known links and why it stopped."""

    start_url: str
    consecutive_known: int = 0
    pages: int = 0
    stopped: str | None = None


class SiteSpider(scrapy.Spider):
    """Crawl one site from its registry entry (class attribute `site`, or the `site` argument)."""

    site: Site | None = None
    name = None  # a generated subclass is named after its site; None keeps this base out of `scrapy list`

    def __init__(self, *args, site: Site | None = None, since=None, refresh=False, **kwargs) -> None:
        if site is not None:
            self.site = site
        if self.site is None:
            raise ValueError(f"{type(self).__name__} needs a Site")
        kwargs.setdefault("name", self.site.key)
        super().__init__(*args, **kwargs)
        self.site_key = self.site.key
        self.allowed_domains = [d.lower() for d in self.site.domains]
        self.start_urls = list(self.site.start_urls)
        self.rules = self.site.listing_rules
        self.since = parse_since(since)
        self.refresh = as_bool(refresh)
        self.sections: dict[str, Section] = {}
        self._store = None
        self._store_failed = False
        self._article_url = re.compile(self.rules.article_url) if self.rules.article_url else None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        spider.stop_after_known = settings.getint("PARTYNEWS_STOP_AFTER_KNOWN", DEFAULT_STOP_AFTER_KNOWN)
        spider.max_listing_pages = settings.getint("PARTYNEWS_MAX_LISTING_PAGES", DEFAULT_MAX_LISTING_PAGES)
        if spider.since is None:  # scrapyd jobs get the cutoff as a setting, not a spider argument
            spider.since = parse_since(settings.get("PARTYNEWS_SINCE"))
        crawler.signals.connect(spider._close_store, signal=scrapy.signals.spider_closed)
        return spider

    # --- where a site's articles are named: registry key for extraction ---------------------

    @property
    def extraction_site(self) -> str | None:
        """The registry key passed to `extract_article`, None for a site that is not registered."""
        from crawler.sites import all_sites

        return self.site.key if self.site.key in all_sites() else None

    # --- start ----------------------------------------------------------------------------

    async def start(self):
        for request in self.start_requests_list():
            yield request

    def start_requests_list(self) -> list[scrapy.Request]:
        requests = []
        for url in self.start_urls:
            self.sections[url] = Section(url)
            requests.append(self.listing_request(url, section=url, page=1))
        for url in (*self.site.sitemaps, *self.site.feeds):
            self.sections[url] = Section(url)
            requests.append(scrapy.Request(url, callback=self.parse_feed, errback=self.on_error,
                                           meta={"section": url, "kind": "feed"}))
        return requests

    def listing_request(self, url: str, *, section: str, page: int, guessed: bool = False) -> scrapy.Request:
        """A listing page request; `guessed` pages (built from a template, not linked) may not exist."""
        return scrapy.Request(url, callback=self.parse_listing, errback=self.on_error,
                              meta={"section": section, "page": page, "kind": "listing", "guessed": guessed})

    def article_request(self, url: str, *, section: str, listed: datetime | None = None) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_article, errback=self.on_error, priority=ARTICLE_PRIORITY,
                              meta={"section": section, "kind": "article", "listed": listed})

    def parse(self, response):
        return self.parse_listing(response)

    # --- listings ---------------------------------------------------------------------------

    def parse_listing(self, response):
        """Article links of a listing page (known ones skipped), then the next page."""
        section = self._section(response)
        page = response.meta.get("page", 1)
        if section.stopped:
            return
        section.pages += 1
        self.crawler.stats.inc_value("partynews/listing_pages")
        if not hasattr(response, "text"):
            self.reject(response.url, "not_html", f"listing answered {response.headers.get('Content-Type')}")
            return
        links = self.listing_links(response)
        if not links:
            self.crawler.stats.inc_value("partynews/listing_pages_without_links")
        yield from self.follow_articles(links, section)
        if section.stopped or not links:
            return
        if page >= self.max_listing_pages:
            logger.info("%s: listing page limit (%d) reached at %s", self.name, self.max_listing_pages, response.url)
            return
        next_url, guessed = self.next_page_url(response, page)
        if next_url and next_url != response.url:
            yield self.listing_request(next_url, section=section.start_url, page=page + 1, guessed=guessed)

    def listing_links(self, response) -> list[tuple[str, datetime | None]]:
        """(article URL, date shown next to it) for each article link of the listing, in page order."""
        if not self.rules.links:
            from spiders.generic import discover_article_links

            found = discover_article_links(response.body, response.url)
            return [(url, None) for url in found if self.wanted(url, response.url)]
        seen, links = set(), []
        for selector in self.rules.links:
            for node in response.css(selector):
                anchors = [node] if node.root.tag == "a" else node.css("a[href]")
                for anchor in anchors:
                    href = anchor.attrib.get("href")
                    if not href:
                        continue
                    url = response.urljoin(href.strip()).split("#", 1)[0]
                    if url in seen or not self.wanted(url, response.url):
                        continue
                    seen.add(url)
                    links.append((url, self.listed_date(anchor.root)))
        return links

    def wanted(self, url: str, listing_url: str) -> bool:
        """Is `url` an article link of this site: http(s), an allowed domain, matching `article_url`?"""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or url == listing_url:
            return False
        host = (parts.hostname or "").lower()
        if self.allowed_domains and not any(host == d or host.endswith("." + d) for d in self.allowed_domains):
            return False
        return not self._article_url or bool(self._article_url.search(url))

    def listed_date(self, anchor) -> datetime | None:
        """The date printed next to a link in a listing, when its item shows one (only that item's text)."""
        if self.since is None:
            return None
        from crawler.extract.dates import find_dates

        item = anchor
        for _ in range(4):
            parent = item.getparent()
            if parent is None or len({a.get("href") for a in parent.iter("a") if a.get("href")}) > 1:
                break
            item = parent
        found = find_dates(" ".join(item.itertext()))
        return found[0].value if found else None

    def next_page_url(self, response, page: int) -> tuple[str | None, bool]:
        """(URL of listing page `page + 1`, whether it is guessed rather than linked)."""
        for selector in self.rules.next_page:
            for node in response.css(selector):
                href = node.attrib.get("href") if node.root.tag == "a" else node.css("a::attr(href)").get()
                if href and not href.startswith(("javascript:", "#")):
                    return response.urljoin(href.strip()), False
        section = response.meta.get("section", response.url)
        if self.rules.page_url:
            return self.rules.page_url.format(url=section, n=page + 1), True
        if not self.rules.links and not self.rules.next_page:
            from spiders.generic import find_next_page

            return find_next_page(response.body, response.url, page, with_guess=True)
        return None, False

    def follow_articles(self, links: list[tuple[str, datetime | None]], section: Section):
        """Requests for the links not yet stored; stops the section on K known links or one older than `since`."""
        known = set() if self.refresh else self.known_urls([url for url, _ in links])
        stats = self.crawler.stats
        for url, listed in links:
            if self.since and listed and listed < self.since:
                self.stop(section, "since", f"{url} listed {listed:%Y-%m-%d}")
                return
            if url in known:
                stats.inc_value("partynews/known_skipped")
                section.consecutive_known += 1
                if section.consecutive_known >= self.stop_after_known:
                    self.stop(section, "known", f"{section.consecutive_known} consecutive stored articles")
                    return
                continue
            section.consecutive_known = 0
            yield self.article_request(url, section=section.start_url, listed=listed)

    def stop(self, section: Section, why: str, detail: str) -> None:
        if section.stopped:
            return
        section.stopped = why
        self.crawler.stats.inc_value(f"partynews/stopped_{why}")
        logger.info("%s: stop paginating %s (%s: %s)", self.name, section.start_url, why, detail)

    def _section(self, response) -> Section:
        key = response.meta.get("section") or response.url
        return self.sections.setdefault(key, Section(key))

    # --- sitemaps and feeds -----------------------------------------------------------------

    def parse_feed(self, response):
        """Article URLs of a sitemap, sitemap index or RSS/Atom feed."""
        section = self._section(response)
        try:
            root = etree.fromstring(response.body, parser=etree.XMLParser(recover=True, resolve_entities=False))
        except etree.XMLSyntaxError as exc:
            self.reject(response.url, "bad_feed", str(exc))
            return
        if root is None:
            self.reject(response.url, "bad_feed", "empty document")
            return
        entries = feed_entries(root)
        if etree.QName(root).localname == "sitemapindex":
            for url, _ in entries:
                yield scrapy.Request(response.urljoin(url), callback=self.parse_feed, errback=self.on_error,
                                     meta={"section": section.start_url, "kind": "feed"})
            return
        links = []
        for url, when in entries:
            url = response.urljoin(url)
            if self.wanted(url, response.url):
                links.append((url, parse_since(when) if when and _is_isoish(when) else None))
        yield from self.follow_articles(links, section)

    # --- articles ---------------------------------------------------------------------------

    def parse_article(self, response):
        """Hand the page to extraction; yield the Article, or record why the page is not one."""
        if not hasattr(response, "text"):
            self.reject(response.url, "not_html", f"answered {response.headers.get('Content-Type', b'').decode('latin-1')}")
            return
        article = self.extract(response.body, response.url, declared_charset(response))
        if article is not None:
            yield from self.accept(article, response)

    def extract(self, body: bytes | str, url: str, encoding: str | None = None):
        """`extract_article` on a page, or None after recording why it is not an article."""
        from crawler.extract import extract_article, looks_like_article

        fetched_at = utc_now_iso()
        site_key = self.extraction_site
        try:
            article = extract_article(body, url, site=site_key, encoding=encoding, fetched_at=fetched_at)
        except Exception as exc:  # a page that breaks extraction is recorded, the crawl goes on
            logger.exception("%s: extraction failed on %s", self.name, url)
            self.reject(url, "extract_error", f"{type(exc).__name__}: {exc}")
            return None
        if not (site_key and article.extraction.get("body") == "site"):
            is_article, why = looks_like_article(body, url)
            if not is_article:
                self.reject(url, "not_article", why)
                return None
        article.fetched_at = article.fetched_at or fetched_at
        if not article.site:
            article.site = self.site.key
        return article

    def accept(self, article, response):
        section = self.sections.get(response.meta.get("section") or "")
        if self.since and article.published and section is not None:
            try:
                published = parse_since(article.published)
            except ValueError:
                published = None
            if published and published < self.since:
                self.stop(section, "since", f"{response.url} published {article.published}")
        yield article

    # --- failures and rejects ----------------------------------------------------------------

    def on_error(self, failure):
        """Record a request that failed for good (after retries) as a reject `http_<status>`, `timeout`, ..."""
        request = failure.request
        if request.meta.get("guessed") and failure.check(HttpError):
            # a numbered listing page past the last one: the end of the section, not an error
            self.crawler.stats.inc_value("partynews/listing_end_guessed")
            return
        if failure.check(HttpError):
            response = failure.value.response
            reason, detail = f"http_{response.status}", f"HTTP {response.status} for {request.meta.get('kind', 'page')}"
            if "replay_missing" in response.flags:
                reason, detail = "replay_missing", "not in any snapshot (replay answered 404)"
        elif failure.check(IgnoreRequest):
            detail = str(failure.value) or "request ignored by a middleware"
            reason = "robots_disallowed" if "robots" in detail.lower() else "ignored"
        else:
            name = failure.type.__name__
            if "Timeout" in name or "TimedOut" in name:
                reason = "timeout"
            elif "DNS" in name or "Resolve" in name:
                reason = "dns_error"
            else:
                reason = "download_error"
            detail = f"{failure.type.__name__}: {failure.getErrorMessage()}"
        self.reject(request.url, reason, detail)

    def reject(self, url: str, reason: str, detail: str = "") -> None:
        """Count a rejected page in the stats and record it in the store."""
        stats = self.crawler.stats
        stats.inc_value("partynews/rejected")
        stats.inc_value(f"partynews/rejected/{reason}")
        logger.info("%s: rejected %s (%s: %s)", self.name, url, reason, detail)
        store = self.store
        if store is None:
            return
        try:
            store.reject(url, self.site.key, reason, detail, self.run_id_value)
        except Exception:  # a busy or broken store must not stop the crawl
            logger.exception("%s: could not record the reject of %s", self.name, url)

    @property
    def run_id_value(self):
        return getattr(self, "run_id", None) or self.crawler.settings.get("PARTYNEWS_RUN_ID")

    # --- the store --------------------------------------------------------------------------

    @property
    def store(self):
        """The article store (opened on first use), or None when it cannot be opened."""
        if self._store is None and not self._store_failed:
            try:
                from crawler.config import db_path
                from crawler.store import Store

                self._store = Store(str(db_path(self.crawler.settings.get("PARTYNEWS_DB"))))
            except Exception:
                self._store_failed = True
                logger.exception("%s: cannot open the store: incremental crawling and rejects are off", self.name)
        return self._store

    def known_urls(self, urls: list[str]) -> set[str]:
        """The given URLs whose canonical form is already stored (the store canonicalises them)."""
        if not urls or self.store is None:
            return set()
        try:
            return set(self.store.known_urls(urls)) & set(urls)
        except Exception:
            logger.exception("%s: store lookup failed: fetching every link", self.name)
            return set()

    def _close_store(self, spider) -> None:
        if spider is self and self._store is not None:
            close = getattr(self._store, "close", None)
            if close:
                close()
            self._store = None


def feed_entries(root) -> list[tuple[str, str | None]]:
    """(URL, date text) of each entry of a sitemap, sitemap index, RSS or Atom document."""
    entries = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        name = etree.QName(el).localname
        if name in ("url", "sitemap", "item", "entry"):
            url, when = None, None
            for child in el:
                if not isinstance(child.tag, str):
                    continue
                child_name = etree.QName(child).localname
                if child_name in ("loc", "link") and url is None:
                    url = (child.text or "").strip() or child.get("href")
                elif child_name in ("lastmod", "pubDate", "published", "updated", "date") and when is None:
                    when = (child.text or "").strip()
            if url:
                entries.append((url, when))
    return entries


def _is_isoish(text: str) -> bool:
    return bool(re.match(r"\d{4}-\d{2}-\d{2}", text))


def declared_charset(response) -> str | None:
    match = _CHARSET.search(response.headers.get(b"Content-Type") or b"")
    return match.group(1).decode("ascii") if match else None


def utc_now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def spider_class_for(site: Site) -> type[SiteSpider]:
    """A spider class for a site: listing, JSON API or generic behaviour as its family says."""
    from spiders.generic import GenericSiteSpider
    from spiders.json_api import JsonApiSpider

    family = site.family_obj
    kind = family.spider if family else "generic"
    if site.family and family is None:
        logger.warning("Site %s names an unknown family %r: using generic discovery", site.key, site.family)
    if kind == "generic" and site.listing_rules.links:
        kind = "listing"  # no family, but the site names its own listing rules
    base = {"listing": SiteSpider, "json_api": JsonApiSpider, "generic": GenericSiteSpider}.get(kind, SiteSpider)
    if base is SiteSpider and not site.listing_rules.links:
        base = GenericSiteSpider
    class_name = "Spider_" + re.sub(r"\W", "_", site.key)
    return type(class_name, (base,), {
        "name": site.key,
        "site": site,
        "custom_settings": spider_settings(site),
        "__doc__": f"Crawl {site.name} ({', '.join(site.domains)}).",
    })
