"""DotNetNuke (DNN) news module with Telerik editor images, the older Party-site stack.

Seen on the older dangcongsan.vn, qdnd.vn, dukcqtw.dcs.vn and, judging by image
URLs (`/data/0/images/YYYY/MM/DD/<user>/x.jpg?dpi=150&quality=100&w=680`), several
provincial papers. The detail page: `h1.post-title`, a `.post-summary` lead
(often an h2), the date in `.lbPublishedDate` ("dddd, DD/MM/YYYY HH:mm", sometimes
"(GMT+7)"), the text in `.post-content .noidung` or `div[itemprop=articleBody]`,
the byline in `div.tacgia`. Images sit in `table.imgEditor` with the caption in
the next row (`td.image_desc`). Listings put articles in `.ctrangc3 article` or
`.list-news-category article` and page as `/<category>/p/<n>`. Selectors come from
public scrapers (shared/research/sites.md); no live page was checked.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="dnn",
    description="DotNetNuke news module (post-title / post-summary / noidung, table.imgEditor captions)",
    article=ArticleRules(
        title=("h1.post-title", ".post-detail h1"),
        lead=(".post-summary", ".post-detail .sapo"),
        body=(".post-content .noidung", "div[itemprop=articleBody]", ".post-content"),
        published=(".lbPublishedDate", "[id$=lbPublishedDate]", ".post-detail .post-date"),
        author=("div.tacgia", ".post-author"),
        source=(".post-source", "div.nguon"),
        tags=(".post-tags a", ".post-detail .tags a"),
        category=(".post-breadcrumb a.post-cate", ".post-detail a.post-cate", ".post-breadcrumb a:last-child"),
        remove=(".post-tools", ".post-views", ".tinlienquan", ".related-news", ".post-rating", ".post-tts"),
        caption=("table.imgEditor td.image_desc", "table.imgEditor tr + tr td", "p.image_desc"),
    ),
    listing=ListingRules(
        links=(".ctrangc3 article a", ".list-news-category article a"),
        next_page=(".paging a.next", ".pager a.next", ".pagination a.next"),
        page_url="{url}/p/{n}",
        article_url=r"-(?:duk)?\d+(?:\.html?|\.aspx)?$",
    ),
)
