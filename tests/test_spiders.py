"""Spider logic without a reactor: generated classes, listing links, incremental stops,
feeds, rejects, backoff arithmetic and the replay middleware."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from scrapy.http import HtmlResponse, Request, TextResponse, XmlResponse
from scrapy.utils.test import get_crawler

from crawler.extract.rules import ListingRules
from crawler.replay import ReplayMiddleware, SnapshotIndex, load_snapshot
from crawler.sites import Site, all_sites
from spiders.base import SiteSpider, feed_entries, parse_since, spider_class_for
from spiders.generic import GenericSiteSpider
from spiders.json_api import JsonApiSpider, default_article_html, default_listing_entries
from spiders.middlewares import backoff_delay, retry_after_seconds

SITE = Site(
    key="test_site", name="Test", level="provincial", domains=("tinhuy.example.vn",),
    start_urls=("https://tinhuy.example.vn/tin-tuc",),
    listing=ListingRules(links=(".list article h3 a",), next_page=("a.next",), article_url=r"-\d+\.html$"),
)

LISTING = """<html><body><div class="menu"><a href="/gioi-thieu-1.html">Giới thiệu chung về tỉnh ủy</a></div>
<div class="list">
<article><h3><a href="/tin/a-3.html">Ba</a></h3><span>03/03/2024</span></article>
<article><h3><a href="/tin/a-2.html#top">Hai</a></h3><span>02/03/2024</span></article>
<article><h3><a href="https://other.vn/tin/a-9.html">Ngoài</a></h3></article>
<article><h3><a href="/tin/chuyen-muc">Chuyên mục</a></h3></article>
<article><h3><a href="/tin/a-1.html">Một</a></h3><span>01/01/2020</span></article>
</div><a class="next" href="/tin-tuc?page=2">Trang sau</a></body></html>"""


class FakeStore:
    def __init__(self, known=()):
        self.known = set(known)
        self.rejects = []
        self.queries = 0

    def known_urls(self, urls):
        """Like Store.known_urls: the given URLs whose canonical form is stored."""
        from crawler.urls import canonicalize_url

        self.queries += 1
        return {u for u in urls if canonicalize_url(u) in self.known}

    def reject(self, url, site, reason, detail, run_id):
        self.rejects.append((url, site, reason))


def make_spider(site=SITE, store=None, settings=None, **kwargs):
    crawler = get_crawler(SiteSpider, settings_dict=settings or {})
    spider = SiteSpider.from_crawler(crawler, site=site, **kwargs)
    spider._store = store if store is not None else FakeStore()
    return spider


def listing_response(url="https://tinhuy.example.vn/tin-tuc", body=LISTING, page=1):
    request = Request(url, meta={"section": "https://tinhuy.example.vn/tin-tuc", "page": page})
    return HtmlResponse(url, body=body.encode(), encoding="utf-8", request=request)


def test_one_spider_class_per_registered_site_and_scrapy_can_load_them():
    from scrapy.spiderloader import SpiderLoader
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings")
    names = set(SpiderLoader.from_settings(settings).list())
    assert set(all_sites()) <= names
    assert "generic" in names
    assert names - set(all_sites()) == {"generic"}


def test_spider_class_follows_the_family():
    assert issubclass(spider_class_for(SITE), SiteSpider) and not issubclass(spider_class_for(SITE), GenericSiteSpider)
    bare = Site(key="bare", name="B", level="provincial", domains=("b.vn",), start_urls=("https://b.vn/",))
    assert issubclass(spider_class_for(bare), GenericSiteSpider)
    for site in all_sites().values():
        cls = spider_class_for(site)
        assert cls.name == site.key
        family = site.family_obj
        if family is not None and family.spider == "json_api":
            assert issubclass(cls, JsonApiSpider)


def test_listing_links_only_inside_the_link_area_filtered_and_in_order():
    spider = make_spider()
    links = [url for url, _ in spider.listing_links(listing_response())]
    assert links == ["https://tinhuy.example.vn/tin/a-3.html", "https://tinhuy.example.vn/tin/a-2.html",
                     "https://tinhuy.example.vn/tin/a-1.html"]


def test_listing_yields_articles_then_next_page():
    spider = make_spider()
    requests = list(spider.parse_listing(listing_response()))
    assert [r.url for r in requests] == ["https://tinhuy.example.vn/tin/a-3.html", "https://tinhuy.example.vn/tin/a-2.html",
                                         "https://tinhuy.example.vn/tin/a-1.html", "https://tinhuy.example.vn/tin-tuc?page=2"]
    assert requests[0].priority > requests[-1].priority
    assert requests[-1].meta["page"] == 2


def test_known_links_are_skipped_and_k_consecutive_known_stop_the_section():
    from crawler.urls import canonicalize_url

    known = {canonicalize_url("https://tinhuy.example.vn/tin/a-3.html"), canonicalize_url("https://tinhuy.example.vn/tin/a-2.html")}
    store = FakeStore(known)
    spider = make_spider(store=store, settings={"PARTYNEWS_STOP_AFTER_KNOWN": 3})
    requests = list(spider.parse_listing(listing_response()))
    assert [r.url for r in requests] == ["https://tinhuy.example.vn/tin/a-1.html", "https://tinhuy.example.vn/tin-tuc?page=2"]
    assert store.queries == 1
    assert spider.crawler.stats.get_value("partynews/known_skipped") == 2

    spider = make_spider(store=FakeStore(known | {canonicalize_url("https://tinhuy.example.vn/tin/a-1.html")}),
                         settings={"PARTYNEWS_STOP_AFTER_KNOWN": 3})
    assert list(spider.parse_listing(listing_response())) == []
    assert spider.crawler.stats.get_value("partynews/stopped_known") == 1


def test_refresh_ignores_the_store():
    from crawler.urls import canonicalize_url

    store = FakeStore({canonicalize_url("https://tinhuy.example.vn/tin/a-3.html")})
    spider = make_spider(store=store, refresh="true")
    assert len(list(spider.parse_listing(listing_response()))) == 4
    assert store.queries == 0


def test_since_stops_at_an_older_listed_date():
    spider = make_spider(since="2024-01-01")
    requests = list(spider.parse_listing(listing_response()))
    assert [r.url for r in requests] == ["https://tinhuy.example.vn/tin/a-3.html", "https://tinhuy.example.vn/tin/a-2.html"]
    assert spider.crawler.stats.get_value("partynews/stopped_since") == 1


def test_since_from_the_setting_when_no_argument_gives_it():
    assert make_spider(settings={"PARTYNEWS_SINCE": "2024-01-01"}).since.isoformat() == "2024-01-01T00:00:00+07:00"
    spider = make_spider(since="2025-06-01", settings={"PARTYNEWS_SINCE": "2024-01-01"})
    assert spider.since.isoformat() == "2025-06-01T00:00:00+07:00"
    requests = list(make_spider(settings={"PARTYNEWS_SINCE": "2024-01-01"}).parse_listing(listing_response()))
    assert len(requests) == 2


def test_page_url_template_is_a_guessed_page():
    site = Site(key="t2", name="T", level="central", domains=("tinhuy.example.vn",), start_urls=("https://tinhuy.example.vn/tin-tuc",),
                listing=ListingRules(links=(".list article h3 a",), page_url="{url}?Page={n}"))
    spider = make_spider(site=site)
    last = list(spider.parse_listing(listing_response()))[-1]
    assert last.url == "https://tinhuy.example.vn/tin-tuc?Page=2" and last.meta["guessed"] is True


def test_non_article_page_is_recorded_as_reject():
    store = FakeStore()
    spider = make_spider(store=store)
    topic = "<html><body><ul>" + "".join(
        f'<li><a href="/tin/a-{i}.html">Hội nghị tổng kết công tác năm của Ban số {i}</a></li>' for i in range(20)) + "</ul></body></html>"
    url = "https://tinhuy.example.vn/tin/chu-de-12.html"
    response = HtmlResponse(url, body=topic.encode(), encoding="utf-8", request=Request(url, meta={"section": "x"}))
    assert list(spider.parse_article(response)) == []
    assert store.rejects == [(url, "test_site", "not_article")]
    assert spider.crawler.stats.get_value("partynews/rejected/not_article") == 1


def test_article_is_extracted_with_fetched_at():
    paragraphs = "".join(f"<p>{'Nội dung bài viết về công tác dân vận của tỉnh trong năm nay. ' * 3}</p>" for _ in range(6))
    html = f"""<html><head><meta property="og:type" content="article"></head><body><h1>Hội nghị tổng kết công tác dân vận năm 2024</h1>
    <div class="content">{paragraphs}</div></body></html>"""
    url = "https://tinhuy.example.vn/tin/hoi-nghi-123.html"
    spider = make_spider()
    response = HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url, meta={"section": "x"}))
    (article,) = list(spider.parse_article(response))
    assert article.title == "Hội nghị tổng kết công tác dân vận năm 2024"
    fetched = datetime.fromisoformat(article.fetched_at)
    assert fetched.tzinfo is not None and abs(fetched - datetime.now(timezone.utc)) < timedelta(minutes=1)


def test_http_errors_are_recorded_with_their_status():
    from scrapy.spidermiddlewares.httperror import HttpError
    from twisted.python.failure import Failure

    store = FakeStore()
    spider = make_spider(store=store)
    url = "https://tinhuy.example.vn/tin/a-1.html"
    request = Request(url, meta={"kind": "article"})
    response = HtmlResponse(url, status=410, body=b"", request=request)
    failure = Failure(HttpError(response, "Ignoring non-200 response"))
    failure.request = request
    spider.on_error(failure)
    assert store.rejects == [(url, "test_site", "http_410")]


def test_feed_and_sitemap_entries():
    rss = b"""<rss><channel><item><link>https://tinhuy.example.vn/tin/a-5.html</link><pubDate>Mon, 04 Mar 2024 08:00:00 +0700</pubDate></item></channel></rss>"""
    sitemap = b"""<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://tinhuy.example.vn/tin/a-6.html</loc>
    <lastmod>2024-03-05</lastmod></url></urlset>"""
    from lxml import etree

    assert feed_entries(etree.fromstring(rss)) == [("https://tinhuy.example.vn/tin/a-5.html", "Mon, 04 Mar 2024 08:00:00 +0700")]
    assert feed_entries(etree.fromstring(sitemap)) == [("https://tinhuy.example.vn/tin/a-6.html", "2024-03-05")]
    spider = make_spider(since="2024-03-01")
    url = "https://tinhuy.example.vn/sitemap.xml"
    response = XmlResponse(url, body=sitemap, request=Request(url, meta={"section": url}))
    assert [r.url for r in spider.parse_feed(response)] == ["https://tinhuy.example.vn/tin/a-6.html"]


def test_parse_since():
    assert parse_since("2024-03-01").isoformat() == "2024-03-01T00:00:00+07:00"
    assert parse_since(None) is None
    with pytest.raises(ValueError):
        parse_since("last tuesday")


def test_backoff_is_exponential_bounded_and_honours_retry_after():
    assert [backoff_delay(n, base=2, maximum=60) for n in (1, 2, 3, 6)] == [2, 4, 8, 60]
    assert backoff_delay(1, base=2, maximum=60, retry_after=30) == 30
    assert backoff_delay(1, base=2, maximum=60, retry_after=3600) == 60
    assert retry_after_seconds(b"120") == 120
    now = datetime(2024, 3, 1, 12, 0, tzinfo=timezone.utc)
    assert retry_after_seconds("Fri, 01 Mar 2024 12:00:30 GMT", now=now) == 30
    assert retry_after_seconds("soon") is None


def test_json_api_defaults():
    data = {"data": {"items": [{"title": "Bài một", "url": "/bai-1"}], "total": 1}}
    assert default_listing_entries(data) == [{"title": "Bài một", "url": "/bai-1"}]
    html = default_article_html({"title": "Tiêu đề <b>", "content": "<p>Đoạn một.</p>", "publishedAt": "2024-03-01T08:00:00+07:00"})
    assert "<h1>Tiêu đề &lt;b&gt;</h1>" in html and "<p>Đoạn một.</p>" in html


def test_replay_serves_recorded_pages_and_404_for_the_rest(tmp_path):
    folder = tmp_path / "site_a"
    folder.mkdir()
    (folder / "l.html").write_text("<html>listing</html>", encoding="utf-8")
    (folder / "snapshot.json").write_text(json.dumps({"site": "site_a", "pages": [
        {"url": "https://a.vn/tin", "file": "l.html", "kind": "listing"},
        {"url": "https://a.vn/cu", "status": 301, "location": "https://a.vn/tin"},
        {"url": "https://a.vn/api?page=1", "file": "l.html", "kind": "json"},
    ]}))
    assert len(load_snapshot(folder)) == 3
    crawler = get_crawler(SiteSpider, settings_dict={"PARTYNEWS_REPLAY": True, "PARTYNEWS_REPLAY_DIR": str(tmp_path)})
    middleware = ReplayMiddleware.from_crawler(crawler)
    ok = middleware.process_request(Request("https://a.vn/tin#x"))
    assert ok.status == 200 and ok.body == b"<html>listing</html>" and isinstance(ok, HtmlResponse)
    moved = middleware.process_request(Request("https://a.vn/cu"))
    assert moved.status == 301 and moved.headers[b"Location"] == b"https://a.vn/tin"
    assert isinstance(middleware.process_request(Request("https://a.vn/api?page=1")), TextResponse)
    assert middleware.process_request(Request("https://a.vn/robots.txt")).status == 404
    assert middleware.process_request(Request("https://a.vn/missing")).status == 404


def test_replay_is_off_unless_asked():
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        ReplayMiddleware.from_crawler(get_crawler(SiteSpider))


def test_every_registered_site_has_a_loadable_snapshot():
    index = SnapshotIndex()
    assert not index.errors
    from crawler.replay import snapshot_folders

    folders = {p.name for p in snapshot_folders()}
    missing = sorted(set(all_sites()) - folders)
    assert not missing, f"sites without tests/fixtures/sites/<key>/snapshot.json: {missing}"


def _json_api_site():
    for site in all_sites().values():
        family = site.family_obj
        if family is not None and family.spider == "json_api":
            return site
    pytest.fail("no json_api site registered")


def test_json_api_spider_walks_listing_json_to_article_json():
    site = _json_api_site()
    cls = spider_class_for(site)
    crawler = get_crawler(cls)
    spider = cls.from_crawler(crawler)
    spider._store = FakeStore()
    (start,) = spider.start_requests_list()[:1]
    origin = start.url.split("/api/")[0]
    ids = ["65a1f0c2e4b0a1b2c3d4e5a1", "65a1f0c2e4b0a1b2c3d4e5a2"]
    listing = {"data": {"items": [{"id": i, "title": f"Bài {n}", "slug": f"bai-{n}"} for n, i in enumerate(ids)],
                        "page": 1, "totalPages": 2}}
    response = TextResponse(start.url, body=json.dumps(listing).encode(), encoding="utf-8",
                            headers={"Content-Type": "application/json"}, request=start)
    requests = list(spider.parse_listing(response))
    article_requests = [r for r in requests if r.callback == spider.parse_article]
    assert [r.url for r in article_requests] == [f"{origin}/api/blogs/{i}" for i in ids]
    next_pages = [r for r in requests if r.callback == spider.parse_listing]
    assert len(next_pages) == 1 and "page=2" in next_pages[0].url

    body = "".join(f"<p>Đoạn văn số {n} về công tác tuyên giáo và dân vận trong tình hình mới của đất nước.</p>" for n in range(8))
    article_json = {"data": {"id": ids[0], "title": "Hội nghị toàn quốc về công tác tuyên giáo", "slug": "hoi-nghi",
                             "content": body, "publishedAt": "2026-01-19T08:00:00+07:00", "displayDate": "Thứ Hai, 19/01/2026"}}
    request = article_requests[0]
    response = TextResponse(request.url, body=json.dumps(article_json).encode(), encoding="utf-8",
                            headers={"Content-Type": "application/json"}, request=request)
    (article,) = list(spider.parse_article(response))
    assert article.title == "Hội nghị toàn quốc về công tác tuyên giáo"
    assert "Đoạn văn số 3" in article.body

    broken = TextResponse(request.url, body=b"<html>not json</html>", encoding="utf-8",
                          headers={"Content-Type": "application/json"}, request=request)
    assert list(spider.parse_listing(broken)) == []
    assert spider.crawler.stats.get_value("partynews/rejected/bad_json") == 1
