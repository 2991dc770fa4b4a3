"""Declarative selector rules for article pages and listing pages.

A CMS family names its rules once; a site may prepend its own selectors for the
fields where it differs. Rules are plain CSS selectors so that they read like the
page they describe and stay free of Scrapy.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

Selectors = tuple[str, ...]


@dataclass(frozen=True)
class ArticleRules:
    """CSS selectors per field; for each field the first selector that matches wins.

    `published`/`modified` select an element whose `datetime`/`content` attribute or
    text holds the date. `body` selects the article container; `remove` lists chrome
    inside it; `caption` lists caption elements inside it (they go to `images`).
    """

    title: Selectors = ()
    lead: Selectors = ()
    body: Selectors = ()
    published: Selectors = ()
    modified: Selectors = ()
    author: Selectors = ()
    source: Selectors = ()
    tags: Selectors = ()
    category: Selectors = ()
    remove: Selectors = ()
    caption: Selectors = ()

    def over(self, base: "ArticleRules") -> "ArticleRules":
        """These rules on top of `base`: own selectors first, then the base's."""
        merged = {}
        for f in fields(self):
            own, inherited = getattr(self, f.name), getattr(base, f.name)
            merged[f.name] = own + tuple(s for s in inherited if s not in own)
        return ArticleRules(**merged)


@dataclass(frozen=True)
class ListingRules:
    """How to find articles and further pages on a listing (section) page.

    `links`: CSS selectors of the article-link area, e.g. ``.list-news article a``;
    only links inside them are followed. `next_page`: selectors of the next-page
    link. `page_url`: a template for page N when pages are numbered but not linked
    (``{url}`` is the start URL, ``{n}`` the page number). `article_url`: a regular
    expression an article URL must match (applied to the absolute URL).
    """

    links: Selectors = ()
    next_page: Selectors = ()
    page_url: str | None = None
    article_url: str | None = None

    def over(self, base: "ListingRules") -> "ListingRules":
        return ListingRules(
            links=self.links or base.links,
            next_page=self.next_page or base.next_page,
            page_url=self.page_url or base.page_url,
            article_url=self.article_url or base.article_url,
        )
