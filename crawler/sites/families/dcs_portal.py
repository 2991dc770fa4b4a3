"""The dangcongsan.vn portal as rebuilt in 2025 (also dangcongsan.org.vn).

Listings are SharePoint-style lists, `/noidung/tintuc/Lists/<List>/View.aspx?Page=<n>`,
with the article links in `div#KhuVuc_3`; an article is
`/noidung/tintuc/Lists/<List>/View_Detail.aspx?ItemID=<id>` and shows `h1#contenttitle`,
the lead in `div#description` (prefixed "(ĐCSVN) –"), the date in `div#ngaytao`,
the text as `div.noidungtt p` and the author in `b#tacgia` (often "Theo ..."),
below the text. dangcongsan.org.vn uses `/tin-hoat-dong/<slug>.html?categoryId=...`.
The ids are reported by public scrapers; the detail-page URL shape and the
caption markup are guesses. The portal is reported to answer plain HTTP clients
with a cookie wall.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="dcs_portal",
    description="dangcongsan.vn 2025 portal (h1#contenttitle / div#description / div.noidungtt / b#tacgia)",
    article=ArticleRules(
        title=("h1#contenttitle",),
        lead=("div#description",),
        body=("div.noidungtt",),
        published=("div#ngaytao",),
        author=("b#tacgia",),
        source=("div.noidungtt-nguon",),
        tags=("div#tukhoa a",),
        category=("div#chuyenmuc a",),
        remove=("div.congcu", "div.tinlienquan", "div.danhgia", "div.nghebai"),
        caption=("p.chuthich", "figure figcaption"),
    ),
    listing=ListingRules(
        links=("div#KhuVuc_3 a",),
        next_page=("div.phantrang a.next", "div.phantrang a[title='Trang sau']"),
        page_url="{url}?Page={n}",
        article_url=r"(?:/Lists/[^/]+/View_Detail\.aspx\?ItemID=\d+|/tin-hoat-dong/[^/?#]+\.html(?:\?categoryId=\d+)?)$",
    ),
)
