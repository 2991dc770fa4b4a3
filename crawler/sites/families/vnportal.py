"""VNPT vnPortal, used by many Tỉnh ủy, Ban Dân vận and Ban Tuyên giáo sites.

A GUESS: no page of this CMS was available, so the `vnp-*` class names below are
invented to be plausible and must be checked against a live page (`partynews
record`) before they are trusted. What is known from stored page text: an animated
flag image ("Ảnh cờ động") and an empty slider ("No title...") above the article,
"Lượt xem: N" under the title, often no date at all (the day only in the first
sentence, "Sáng 30/3"), a closing source line ("Nguồn Báo Hà Nam"), then "Thông
tin mới nhất", a "Thống kê truy cập" box and a "Đăng nhập" link.
Article URLs are taken to be `/tin-tuc/<category>/<slug>-<id>.html`.
"""

from __future__ import annotations

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Family

FAMILY = Family(
    name="vnportal",
    description="VNPT vnPortal (guessed markup)",
    article=ArticleRules(
        title=(".vnp-news-detail h1.vnp-title",),
        lead=(".vnp-news-detail .vnp-brief",),
        body=(".vnp-news-detail .vnp-content",),
        published=(".vnp-news-detail .vnp-time",),
        author=(".vnp-news-detail .vnp-author",),
        tags=(".vnp-news-detail .vnp-tags a",),
        category=(".vnp-breadcrumb a.active",),
        remove=(".vnp-news-detail .vnp-tools", ".vnp-news-detail .vnp-views", ".vnp-content .vnp-related"),
        caption=(".vnp-content p.vnp-caption", ".vnp-content p[style*=center] em"),
    ),
    listing=ListingRules(
        links=(".vnp-news-list .vnp-item-title a",),
        next_page=(".vnp-paging a.vnp-next",),
        page_url="{url}?page={n}",
        article_url=r"/tin-tuc/[^/?#]+/[^/?#]+-\d+\.html$",
    ),
)
