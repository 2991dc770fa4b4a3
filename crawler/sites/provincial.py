"""Provincial Party sites: Tỉnh ủy portals, Ban Dân vận / Ban Tuyên giáo sites, provincial Party newspapers.

Every entry was written from `shared/research/sites.md` without reaching the live
site: domains follow the known patterns, families were chosen from URL and
image-path shapes, and each site's `notes` says what is a guess. Provinces were
merged on 1 July 2025 (63 to 34) and district-level units abolished, so several
of these sites are archives of a unit that no longer exists; `province` names the
province as it was when the pages were published.
"""

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Site

SITES: list[Site] = [
    Site(
        key="danvan_hanam",
        name="Ban Dân vận Tỉnh ủy Hà Nam",
        level="provincial",
        province="Hà Nam",
        domains=("danvan.hanam.dcs.vn",),
        start_urls=("https://danvan.hanam.dcs.vn/tin-tuc/tin-hoat-dong",),
        family="vnportal",
        notes="Domain and vnPortal markup guessed; the article text is known from a stored page (seed 000), "
              "which has no date but 'Sáng 30/3' and republishes Báo Hà Nam. Hà Nam merged into Ninh Bình on 1/7/2025.",
    ),
    Site(
        key="baohanam",
        name="Báo Hà Nam",
        level="provincial",
        province="Hà Nam",
        domains=("baohanam.com.vn",),
        start_urls=("https://baohanam.com.vn/chinh-tri",),
        family="dnn",
        notes="DNN family inferred from its image URLs (/data/0/images/YYYY/MM/DD/<user>/); section paths guessed. "
              "Originates stories that danvan_hanam republishes. Hà Nam merged into Ninh Bình on 1/7/2025.",
    ),
    Site(
        key="tphcm_dcs",
        name="Đảng bộ Thành phố Hồ Chí Minh",
        level="provincial",
        province="Thành phố Hồ Chí Minh",
        domains=("tphcm.dangcongsan.vn",),
        start_urls=("https://tphcm.dangcongsan.vn/xay-dung-dang",),
        family="dnn",
        notes="DNN family inferred from its image URLs; section paths guessed. Bylines close the text ('Tin, ảnh: ...').",
    ),
    Site(
        key="nghean_dcs",
        name="Tỉnh ủy Nghệ An",
        level="provincial",
        province="Nghệ An",
        domains=("nghean.dcs.vn",),
        start_urls=("https://nghean.dcs.vn/vi-vn/chuyen-muc/xay-dung-dang/1-3",),
        family="dnn",
        listing=ListingRules(article_url=r"/vi-vn/tin/[^/?#]+/\d+-\d+-\d+$"),
        notes="Article URL shape /vi-vn/tin/<slug>/<id>-<id>-<id> is known; the DNN markup and the "
              "'Cập nhật: dd/mm/yyyy HH:MM:SS (GMT+7)' date label are guesses.",
    ),
    Site(
        key="sggp",
        name="Báo Sài Gòn Giải Phóng",
        level="provincial",
        province="Thành phố Hồ Chí Minh",
        domains=("sggp.org.vn", "www.sggp.org.vn"),
        start_urls=("https://www.sggp.org.vn/chinhtri/",),
        family="cms",
        notes="Named in research as a 'cms-*' platform paper (-post<id>.html, trang-<n>.html paging); "
              "section path guessed. Bylines are upper-case names closing the text.",
    ),
    Site(
        key="baothanhhoa",
        name="Báo Thanh Hóa",
        level="provincial",
        province="Thanh Hóa",
        domains=("baothanhhoa.vn",),
        start_urls=("https://baothanhhoa.vn/xay-dung-dang/",),
        family="cms",
        article=ArticleRules(published=(".article__meta .cms-date",)),
        listing=ListingRules(article_url=r"baothanhhoa\.vn/[^/?#]+-\d+\.htm$"),
        notes="Lead prefix '(Baothanhhoa.vn) -' is known; the cms-* markup, the -<id>.htm URL shape and the "
              "'Cập nhật lúc: HH:MM |dd/mm/yyyy' label without a datetime attribute are guesses.",
    ),
    Site(
        key="tinhuy_quangtri",
        name="Tỉnh ủy Quảng Trị",
        level="provincial",
        province="Quảng Trị",
        domains=("tinhuyquangtri.vn",),
        start_urls=("https://tinhuyquangtri.vn/news/tin-hoat-dong/",),
        family="nukeviet",
        notes="Domain guessed (tinhuy<province>.vn pattern); NukeViet chosen as the example of that family. "
              "Quảng Bình merged into Quảng Trị on 1/7/2025.",
    ),
    Site(
        key="tinhuy_binhphuoc",
        name="Tỉnh ủy Bình Phước",
        level="provincial",
        province="Bình Phước",
        domains=("tinhuybinhphuoc.vn",),
        start_urls=("https://tinhuybinhphuoc.vn/tin-hoat-dong.html",),
        family="joomla",
        notes="Domain guessed; Joomla/K2 chosen as the example of that family ('Thứ hai, 26 Tháng 10 2020 14:49', "
              "'N Lượt xem'). Bình Phước merged into Đồng Nai on 1/7/2025.",
    ),
    Site(
        key="tinhuy_lamdong",
        name="Tỉnh ủy Lâm Đồng",
        level="provincial",
        province="Lâm Đồng",
        domains=("tinhuylamdong.vn",),
        start_urls=("https://tinhuylamdong.vn/web/tinhuy/tin-hoat-dong",),
        family="liferay",
        article=ArticleRules(
            title=(".chi-tiet-bai-viet h1.title-news",),
            lead=(".chi-tiet-bai-viet .sapo-news",),
            body=(".chi-tiet-bai-viet .content-news",),
            published=(".chi-tiet-bai-viet .date-news",),
            author=(".chi-tiet-bai-viet .author-news",),
            category=(".chi-tiet-bai-viet .category-news",),
        ),
        listing=ListingRules(
            links=(".asset-publisher-list .asset-title a",),
            next_page=(".lfr-pagination-buttons a.next",),
            article_url=r"/web/[^/]+/chi-tiet-bai-viet/-/asset_publisher/",
        ),
        notes="Liferay URL shape /web/<site>/chi-tiet-bai-viet/-/asset_publisher/... is known; the web-content "
              "template classes (title-news, sapo-news, content-news, date-news '04/04/2022 - 08:59') are guesses. "
              "Lâm Đồng merged with Đắk Nông and Bình Thuận on 1/7/2025.",
    ),
    Site(
        key="thaibinh_gov",
        name="Cổng Thông tin điện tử tỉnh Thái Bình",
        level="provincial",
        province="Thái Bình",
        domains=("thaibinh.gov.vn",),
        start_urls=("https://thaibinh.gov.vn/noidung/tintuc/Pages/danh-sach-tin-tuc.aspx?CategoryId=3",),
        family="sharepoint",
        notes="A provincial government portal (not a Party site) kept for the Party news it carries. SharePoint URL "
              "shape known; table layout and class names guessed. Thái Bình merged into Hưng Yên on 1/7/2025.",
    ),
    Site(
        key="btg_yenlac",
        name="Ban Tuyên giáo Huyện ủy Yên Lạc",
        level="provincial",
        province="Vĩnh Phúc",
        domains=("tuyengiaoyenlac.vn",),
        start_urls=("https://tuyengiaoyenlac.vn/category/tin-hoat-dong/",),
        family="wordpress",
        article=ArticleRules(lead=("article .entry-summary",)),
        notes="District-level site, domain guessed; WordPress default classes. The WordPress author is the "
              "account ('admin'), so bylines come from the text. Districts were abolished and Vĩnh Phúc merged "
              "into Phú Thọ on 1/7/2025: an archive.",
    ),
    Site(
        key="tuyengiao_vinhlong",
        name="Ban Tuyên giáo Tỉnh ủy Vĩnh Long",
        level="provincial",
        province="Vĩnh Long",
        domains=("tuyengiao.vinhlong.dcs.vn",),
        start_urls=("https://tuyengiao.vinhlong.dcs.vn/tin-tuc/tin-hoat-dong",),
        family="vnportal",
        notes="Domain and vnPortal markup guessed; 'dd/mm/yyyy | views' under the title (date only). "
              "Research articles put a degree-prefixed author and an affiliation line at the top. "
              "Bến Tre and Trà Vinh merged into Vĩnh Long on 1/7/2025; Ban Tuyên giáo became Ban Tuyên giáo và Dân vận.",
    ),
    # new-site inserts above this line
]
