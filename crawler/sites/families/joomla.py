"""Joomla with the K2 component, used by some Tỉnh ủy portals.

Article URLs are `/<category>/item/<id>-<slug>.html`; the date reads "Thứ hai, 26
Tháng 10 2020 14:49" (K2's Vietnamese month names) and hits "11069 Lượt xem".
K2 splits the text into `.itemIntroText` (the lead) and `.itemFullText`; the
"Viết bởi" author is the editor's account, not the reporter, so bylines are taken
from the end of the text. Listings page with `?start=<offset>`.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="joomla",
    description="Joomla/K2 (/item/<id>-<slug>.html)",
    article=ArticleRules(
        title=("#k2Container h2.itemTitle", ".item-page h2[itemprop=headline]"),
        lead=("#k2Container .itemIntroText",),
        body=("#k2Container .itemFullText", ".item-page div[itemprop=articleBody]"),
        published=("#k2Container .itemDateCreated", ".item-page time[datetime]"),
        tags=("#k2Container ul.itemTags a",),
        category=("#k2Container .itemCategory a",),
        remove=(".itemToolbar", ".itemRatingBlock", ".itemSocialSharing", ".itemRelated", ".itemNavigation"),
        caption=(".itemFullText p[style*=center] em", ".itemImageCaption"),
    ),
    listing=ListingRules(
        links=("#k2Container .catItemTitle a", "#itemListLeading h3 a", "#itemListPrimary h3 a"),
        next_page=(".k2Pagination a[title=Tiếp]", ".pagination a.next", ".pagination-next a"),
        article_url=r"/item/\d+-[^/?#]+\.html$",
    ),
)
