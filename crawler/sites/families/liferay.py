"""Liferay portal web content (journal articles), used by tapchicongsan.org.vn and some Tỉnh ủy portals.

Article URLs look like `/web/guest/<category>/-/2018/<id>/<slug>.aspx`
(tapchicongsan) or `/web/<site>/chi-tiet-bai-viet/-/asset_publisher/<id>/content/<slug>`.
The text sits in `div.journal-content-article` (older theme: `div.ContentDetail`);
theory journals put the author at the top with a degree prefix and an affiliation
line. Listings are asset-publisher lists paged by a `lfr-pagination-buttons`
iterator. The header/author/date class names are guesses of a typical theme; only
the body container and URL shapes are reported by public scrapers.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="liferay",
    description="Liferay web content / asset publisher (journal-content-article)",
    article=ArticleRules(
        title=(".journal-article-header h1", ".ContentDetail h1.title", "h1.asset-title"),
        lead=(".journal-article-header .sapo", ".ContentDetail .sapo", ".asset-summary"),
        body=("div.journal-content-article", "div.ContentDetail .content"),
        published=(".journal-article-header .publish-date", ".ContentDetail .date", ".asset-metadata .publish-date"),
        author=(".journal-article-header .author-name", ".ContentDetail .author-name", ".asset-metadata .author"),
        source=(".journal-article-footer .source", ".ContentDetail .source"),
        tags=(".asset-tags a", ".taglib-asset-tags-summary a"),
        category=(".breadcrumb li.active a", ".breadcrumb li:last-child a"),
        remove=(".taglib-social-bookmarks", ".taglib-ratings-wrapper", ".print-action", ".related-assets",
                ".tin-lien-quan", ".tts-player"),
        caption=("figure figcaption", "table.image-caption td.caption", "p.image-caption"),
    ),
    listing=ListingRules(
        links=(".asset-publisher-list .asset-title a", ".journal-list .news-title a"),
        next_page=(".lfr-pagination-buttons a.next", ".taglib-page-iterator a.next"),
        article_url=r"/-/(?:\d{4}/\d+/[^/?#]+\.aspx|asset_publisher/[^/?#]+/content/[^/?#]+)$",
    ),
)
