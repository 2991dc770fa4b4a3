"""The "cms-*" newspaper platform: nhandan.vn, sggp.org.vn and many provincial Party papers.

Class names pair a BEM name with a `cms-` hook: `h1.article__title.cms-title`,
`.article__sapo.cms-desc`, `.article__body.cms-body` (also `zce-content-body`),
the date as ISO in `time[datetime]`, images in `figure` with a `figcaption`
(`PhotoCMS_Caption`). Article URLs end `-post<id>.html` (nhandan, sggp) or
`-<id>.htm`; listings are `.box-stream` lists of `article.story` paged as
`trang-<n>.html`. Selectors come from public scrapers; no live page was checked.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="cms",
    description="'cms-*' newspaper platform (article__title / article__sapo / article__body, time[datetime])",
    article=ArticleRules(
        title=("h1.article__title", "h1.cms-title"),
        lead=(".article__sapo", ".cms-desc"),
        body=(".article__body", ".cms-body", ".zce-content-body"),
        published=(".article__meta time[datetime]", "article.article time[datetime]", ".article__meta .cms-date"),
        author=(".article__author .name", ".article__author", ".cms-author"),
        source=(".article__source", ".cms-source"),
        tags=(".article__tag a", ".article__tags a"),
        category=(".breadcrumbs a.cms-cate", ".breadcrumb a.cms-cate", "a.cms-cate"),
        remove=(".article__share", ".article__tts", ".box-related", ".article__related", ".article__rating"),
        caption=("figure figcaption", ".PhotoCMS_Caption"),
    ),
    listing=ListingRules(
        links=(".box-stream .story a", ".box-category .story a", ".timeline .story a"),
        next_page=(".pagination a.next", ".pagination a[rel=next]"),
        article_url=r"-(?:post)?\d+\.html?$",
    ),
)
