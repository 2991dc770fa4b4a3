"""NukeViet 4 news module, used by several Tỉnh ủy portals.

Article URLs are `/news/<category>/<slug>-<id>.html`, uploads live under
`/uploads/news/YYYY_MM/`, listings page as `/news/<category>/page-<n>`. The detail
page closes with "Tác giả: ..." and "Nguồn tin: ..." lines outside the body, then
keywords, a rating widget and "Những tin mới hơn / cũ hơn" lists. Selectors are
written from the NukeViet 4 default theme; no live page was checked.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="nukeviet",
    description="NukeViet 4 news module (/news/<cat>/<slug>-<id>.html)",
    article=ArticleRules(
        title=("#news-detail h1.title", ".news_column h1.title"),
        lead=("#news-detail .hometext", ".news_column .hometext"),
        body=("#news-bodyhtml", ".news_column .bodytext"),
        published=("#news-detail .news-time", ".news_column span.h5"),
        author=("#news-detail p.author",),
        source=("#news-detail p.source",),
        tags=(".news_column .keywords a",),
        category=(".breadcrumbs li:last-child a",),
        remove=(".news_column .rating", ".news_column .news-other", "#news-detail .list-inline"),
        caption=("figure figcaption", ".image-caption"),
    ),
    listing=ListingRules(
        links=(".news_column .panel-body h3 a", ".viewcat_list h3 a"),
        next_page=("ul.pagination a[rel=next]", "ul.pagination a[title='Trang sau']"),
        page_url="{url}/page-{n}",
        article_url=r"/news/[^/?#]+/[^/?#]+-\d+\.html$",
    ),
)
