"""The site registry is consistent, and every site carries a snapshot its rules can crawl.

Checks the data in `crawler/sites/` against `tests/fixtures/sites/<key>/`: each site
names an existing family, has a snapshot whose files exist and whose URLs are on the
site, a listing whose next-page link (found by the site's own listing rules) leads to
another listing of the snapshot, listing rules that find exactly the listed article
links, and at least three articles with expected JSON.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from parsel import Selector

from crawler.sites import Site, all_sites
from crawler.sites.central import SITES as CENTRAL
from crawler.sites.families import FAMILIES
from crawler.sites.provincial import SITES as PROVINCIAL

SITES_DIR = Path(__file__).parent / "fixtures" / "sites"
KEYS = sorted(all_sites())


def _manifest(key: str) -> dict:
    path = SITES_DIR / key / "snapshot.json"
    assert path.exists(), f"{key}: no {path.relative_to(SITES_DIR.parent.parent)}"
    return json.loads(path.read_text(encoding="utf-8"))


def _on_site(site: Site, url: str) -> bool:
    host = (urlsplit(url).hostname or "").lower()
    return any(host == d or host.endswith("." + d) for d in (d.lower().removeprefix("www.") for d in site.domains))


def _listing_html(site: Site, page: dict) -> str:
    body = (SITES_DIR / site.key / page["file"]).read_bytes()
    if page.get("kind") == "json":
        from tests.test_site_extraction import page_input

        body = page_input(site, page, body)[0]
    return body.decode("utf-8", errors="replace")


def _hrefs(selector: Selector, css_list: tuple[str, ...], base: str) -> list[str]:
    found = []
    for css in css_list:
        for href in selector.css(css).xpath("descendant-or-self::a/@href").getall():
            url = urljoin(base, href.strip())
            if url not in found:
                found.append(url)
    return found


def _listings(manifest: dict) -> list[dict]:
    return [p for p in manifest["pages"] if p.get("kind") == "listing" or (p.get("kind") == "json" and "article_links" in p)]


def test_keys_unique_and_snake_case():
    keys = [site.key for site in (*CENTRAL, *PROVINCIAL)]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    assert [k for k in keys if not re.fullmatch(r"[a-z][a-z0-9_]*", k)] == []


def test_no_domain_claimed_by_two_sites():
    owner: dict[str, str] = {}
    clashes = []
    for site in all_sites().values():
        for domain in site.domains:
            domain = domain.lower().removeprefix("www.")
            if owner.setdefault(domain, site.key) != site.key:
                clashes.append((domain, owner[domain], site.key))
    assert clashes == []


def test_at_least_15_sites_and_every_family_used():
    sites = all_sites().values()
    assert len(all_sites()) >= 15
    used = {site.family for site in sites}
    assert sorted(set(FAMILIES) - used) == [], "families no site uses"


@pytest.mark.parametrize("name", sorted(FAMILIES))
def test_family_has_article_and_listing_rules(name):
    family = FAMILIES[name]
    assert family.article.title and family.article.body, f"{name}: no title/body rules"
    assert family.listing.links, f"{name}: no listing link rules"
    assert family.listing.next_page or family.listing.page_url, f"{name}: no way to the next listing page"
    assert family.spider in ("listing", "json_api")


@pytest.mark.parametrize("key", KEYS)
def test_site_entry(key):
    site = all_sites()[key]
    assert site.family in FAMILIES, f"{key}: unknown family {site.family!r}"
    assert site.level in ("central", "provincial")
    assert site.name.strip() and site.domains and site.start_urls
    assert [u for u in (*site.start_urls, *site.feeds, *site.sitemaps) if not _on_site(site, u)] == []


@pytest.mark.parametrize("key", KEYS)
def test_snapshot_files_and_urls(key):
    site = all_sites()[key]
    manifest = _manifest(key)
    assert manifest["site"] == key
    pages = manifest["pages"]
    missing = [p["file"] for p in pages if p.get("file") and not (SITES_DIR / key / p["file"]).exists()]
    assert missing == []
    off_site = [p["url"] for p in pages if not _on_site(site, p["url"])]
    off_site += [u for p in pages for u in p.get("article_links", ()) if not _on_site(site, u)]
    assert off_site == []
    articles = [p for p in pages if p.get("expected")]
    assert len(articles) >= 3, f"{key}: {len(articles)} articles with expected JSON"
    assert [p["expected"] for p in articles if not (SITES_DIR / key / p["expected"]).exists()] == []


@pytest.mark.parametrize("key", KEYS)
def test_listing_rules_find_next_page_and_article_links(key):
    site = all_sites()[key]
    manifest = _manifest(key)
    listings = _listings(manifest)
    listing_urls = {p["url"] for p in listings}
    rules = site.listing_rules
    with_next = []
    for page in listings:
        selector = Selector(text=_listing_html(site, page))
        links = [u for u in _hrefs(selector, rules.links, page["url"])
                 if not rules.article_url or re.search(rules.article_url, u)]
        assert links == page["article_links"], f"{key} {page['file']}: listing rules found {links}"
        next_urls = _hrefs(selector, rules.next_page, page["url"])
        if next_urls:
            assert next_urls[0] in listing_urls - {page["url"]}, f"{key} {page['file']}: next page {next_urls[0]} not in snapshot"
            with_next.append(page["file"])
    assert with_next, f"{key}: no listing with a next-page link the rules find"
