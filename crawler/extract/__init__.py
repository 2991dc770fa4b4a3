"""Article extraction: pure functions from (HTML bytes, URL) to an Article. No Scrapy here."""

from crawler.extract.article import extract_article
from crawler.extract.classify import looks_like_article

__all__ = ["extract_article", "looks_like_article"]
