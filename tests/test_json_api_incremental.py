"""The JSON-API site (a single-page app) crawls incrementally like any other site.

Its stored articles carry the public URL (`/blogs/<slug>-<id>`, the rendered page's
canonical link), so the rendered listing links to that URL and the spider downloads
the API URL named by the family's `article_fetch_url`. An article already in the
store is therefore skipped by the ordinary `known_urls` check, without a request.
The end-to-end check (a second replay run downloads nothing) is in test_replay_crawl.
"""

from __future__ import annotations

import importlib
import json

import pytest
from scrapy.http import TextResponse
from scrapy.utils.test import get_crawler

from crawler.sites import all_sites
from crawler.urls import canonicalize_url
from spiders.base import spider_class_for

ID_STORED, ID_NEW = "65a1f0c2e4b0a1b2c3d4e5a1", "65a1f0c2e4b0a1b2c3d4e5a2"


class KnownStore:
    """Answers `known_urls` like Store does, for a fixed set of canonical URLs."""

    def __init__(self, known):
        self.known = {canonicalize_url(u) for u in known}

    def known_urls(self, urls):
        return {u for u in urls if canonicalize_url(u) in self.known}

    def reject(self, *args):
        raise AssertionError(f"unexpected reject {args}")


def _spa_site():
    for site in all_sites().values():
        family = site.family_obj
        if family is not None and family.spider == "json_api":
            module = importlib.import_module(f"crawler.sites.families.{family.name}")
            if hasattr(module, "to_html"):
                return site, module
    pytest.fail("no json_api site with a to_html family registered")


def _listing() -> dict:
    items = [{"id": ID_STORED, "title": "Bài đã lưu trong kho", "slug": "bai-da-luu"},
             {"id": ID_NEW, "title": "Bài mới đăng hôm nay", "slug": "bai-moi"}]
    return {"data": {"items": items, "page": 1, "totalPages": 1}}


def test_stored_article_is_skipped_and_new_one_is_fetched_from_the_api():
    site, module = _spa_site()
    cls = spider_class_for(site)
    spider = cls.from_crawler(get_crawler(cls))
    start = spider.start_requests_list()[0]
    origin = start.url.split("/api/")[0]
    stored_public = module.public_url(start.url, "bai-da-luu", ID_STORED)
    spider._store = KnownStore({stored_public})
    response = TextResponse(start.url, body=json.dumps(_listing()).encode(), encoding="utf-8",
                            headers={"Content-Type": "application/json"}, request=start)

    articles = [r for r in spider.parse_listing(response) if r.callback == spider.parse_article]

    assert [r.url for r in articles] == [f"{origin}/api/blogs/{ID_NEW}"]
    assert articles[0].meta["page_url"] == f"{origin}/blogs/bai-moi-{ID_NEW}"
    assert spider.crawler.stats.get_value("partynews/known_skipped") == 1


def test_public_url_and_fetch_url_name_the_same_article():
    _, module = _spa_site()
    api = f"https://tuyengiaodanvan.vn/api/blogs/{ID_NEW}"
    assert module.article_fetch_url(module.public_url(api, "bai-moi", ID_NEW)) == api
    assert module.article_fetch_url(module.public_url(api, None, ID_NEW)) == api
    assert module.article_fetch_url("https://tuyengiaodanvan.vn/blogs/category/type/tin-tuc?categoryId=1") is None
    assert module.article_fetch_url(api) is None
