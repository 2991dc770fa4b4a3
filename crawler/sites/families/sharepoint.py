"""SharePoint government portals (Cổng thông tin điện tử of provinces).

Articles are `/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=<n>`, listings
`.../Pages/danh-sach-tin-tuc.aspx?...&Page=<n>`. Pages are laid out in tables; the
article sits in a web-part cell with `.title-news`, `.ngay-dang` ("Ngày đăng:
30-3-2022 14:05"), `.sapo` (lead, often prefixed "CTTĐT - ") and `.noi-dung`. The
class names are a guess from public scrapers of such portals.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="sharepoint",
    description="SharePoint government portals (chi-tiet-tin-tuc.aspx?ItemID=)",
    article=ArticleRules(
        title=(".chi-tiet-tin .title-news", "h1.title-news"),
        lead=(".chi-tiet-tin .sapo",),
        body=(".chi-tiet-tin .noi-dung",),
        published=(".chi-tiet-tin .ngay-dang",),
        author=(".chi-tiet-tin .tac-gia",),
        category=(".breadcrumb a.current",),
        remove=(".noi-dung .tin-lien-quan", ".chi-tiet-tin .cong-cu"),
        caption=(".noi-dung td.image_desc", ".noi-dung p.chu-thich"),
    ),
    listing=ListingRules(
        links=(".danh-sach-tin .tieu-de a",),
        next_page=(".phan-trang a.next",),
        article_url=r"/Pages/chi-tiet-tin-tuc\.aspx\?ItemID=\d+",
    ),
)
