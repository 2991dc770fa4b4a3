"""WordPress themes (district and Ban Tuyên giáo sites).

The standard theme classes: `.entry-title`, `.entry-content`,
`time.entry-date[datetime]` (ISO), `.cat-links` / `.tags-links`, captions in
`figure.wp-caption > figcaption` or `[caption]`-generated `.wp-caption-text`.
Article URLs carry the date: `/YYYY/MM/DD/<slug>/`; listings page `/page/<n>/`.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="wordpress",
    description="WordPress (.entry-title, .entry-content, time.entry-date)",
    article=ArticleRules(
        title=("article h1.entry-title", "h1.entry-title"),
        body=("article .entry-content", ".entry-content"),
        published=("article time.entry-date.published", "article time.entry-date", "meta[property='article:published_time']"),
        modified=("article time.updated",),
        tags=("article .tags-links a[rel=tag]",),
        category=("article .cat-links a",),
        remove=(".entry-content .sharedaddy", ".entry-content .jp-relatedposts", ".entry-content .post-views"),
        caption=(".wp-caption-text", "figure figcaption"),
    ),
    listing=ListingRules(
        links=("main article .entry-title a", "#main article h2 a"),
        next_page=(".nav-links a.next", ".nav-previous a"),
        page_url="{url}page/{n}/",
        article_url=r"/\d{4}/\d{2}/\d{2}/[^/?#]+/?$",
    ),
)
