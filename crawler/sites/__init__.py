"""The site registry: every site partynews knows, as data.

A `Site` names its domains, start URLs and CMS family; the `Family` carries the
article and listing rules its sites share. Site entries live in `central.py` and
`provincial.py`; families in `families.py`. Nothing here imports Scrapy, so the
extractor can look rules up by URL.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from crawler.extract.rules import ArticleRules, ListingRules


@dataclass(frozen=True)
class Family:
    """A CMS family: rules written once for every site built on it.

    `spider` names the spider behaviour in `spiders/`: "listing" (HTML listing pages
    with links and pagination) or a family-specific kind such as "json_api".
    """

    name: str
    article: ArticleRules = ArticleRules()
    listing: ListingRules = ListingRules()
    spider: str = "listing"
    description: str = ""


@dataclass(frozen=True)
class Site:
    """One website. `family=None` means no rules yet: the generic layers do the work."""

    key: str
    name: str
    level: str  # "central" | "provincial"
    domains: tuple[str, ...]
    start_urls: tuple[str, ...]
    family: str | None = None
    province: str | None = None
    article: ArticleRules = ArticleRules()
    listing: ListingRules = ListingRules()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    politeness: dict = field(default_factory=dict, hash=False, compare=False)
    notes: str = ""

    @property
    def family_obj(self) -> Family | None:
        from crawler.sites.families import FAMILIES

        return FAMILIES.get(self.family) if self.family else None

    @property
    def article_rules(self) -> ArticleRules:
        family = self.family_obj
        return self.article.over(family.article) if family else self.article

    @property
    def listing_rules(self) -> ListingRules:
        family = self.family_obj
        return self.listing.over(family.listing) if family else self.listing

    @property
    def has_rules(self) -> bool:
        return bool(self.article_rules.body)


def all_sites() -> dict[str, Site]:
    """Every registered site by key, central first."""
    return dict(_registry())


def get_site(key: str) -> Site:
    try:
        return _registry()[key]
    except KeyError:
        raise KeyError(f"unknown site {key!r}; `partynews sites` lists the known ones") from None


def site_for_url(url: str) -> Site | None:
    """The registered site whose domain the URL's host is, or is a subdomain of."""
    host = (urlsplit(url).hostname or "").lower()
    index = _domain_index()
    while host:
        if host in index:
            return index[host]
        host = host.partition(".")[2]
    return None


@lru_cache(maxsize=1)
def _registry() -> dict[str, Site]:
    from crawler.sites.central import SITES as central
    from crawler.sites.provincial import SITES as provincial

    registry: dict[str, Site] = {}
    for site in (*central, *provincial):
        if site.key in registry:
            raise ValueError(f"site key {site.key!r} registered twice")
        registry[site.key] = site
    return registry


@lru_cache(maxsize=1)
def _domain_index() -> dict[str, Site]:
    index: dict[str, Site] = {}
    for site in _registry().values():
        for domain in site.domains:
            index[domain.lower().removeprefix("www.")] = site
            index[domain.lower()] = site
    return index
