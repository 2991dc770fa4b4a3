"""One spider class per registered site, generated from the registry.

`scrapy list` shows every site key; `scrapy crawl <key>` crawls that site. The
classes are made here (not written by hand) so that adding a `Site(...)` entry is
all a new site needs.
"""

from __future__ import annotations

from crawler.sites import all_sites
from spiders.base import spider_class_for



def _generate() -> dict[str, type]:
    spiders = {}
    for site in all_sites().values():
        cls = spider_class_for(site)
        cls.__module__ = __name__  # Scrapy's spider loader only takes classes defined in the module it walks
        cls.__qualname__ = cls.__name__
        spiders[site.key] = cls
        globals()[cls.__name__] = cls
    return spiders


SPIDERS: dict[str, type] = _generate()
