"""Central Party sites: the Party's portal, newspapers and journals, and central Party organs.

Written from `shared/research/sites.md` without reaching the live sites. Each
entry's `notes` says what is a guess. No feeds or sitemaps are listed: none is
documented in the research notes, and a guessed feed URL would only add 404s.
"""

from crawler.extract.rules import ArticleRules, ListingRules
from crawler.sites import Site

SITES: list[Site] = [
    Site(
        key="dangcongsan",
        name="Báo điện tử Đảng Cộng sản Việt Nam",
        level="central",
        domains=("dangcongsan.vn", "www.dangcongsan.vn"),
        start_urls=(
            "https://dangcongsan.vn/noidung/tintuc/Lists/XayDungDang/View.aspx",
            "https://dangcongsan.vn/noidung/tintuc/Lists/ThoiSu/View.aspx",
        ),
        family="dcs_portal",
        notes="2025 portal: list paths and element ids (KhuVuc_3, contenttitle, description, ngaytao, "
              "noidungtt, tacgia) are reported by public scrapers; the View_Detail.aspx?ItemID= article URL, "
              "the list names and the caption markup are guesses. Reported to answer plain HTTP clients with a "
              "cookie wall.",
    ),
    Site(
        key="dangcongsan_org",
        name="Đảng Cộng sản Việt Nam (dangcongsan.org.vn)",
        level="central",
        domains=("dangcongsan.org.vn", "www.dangcongsan.org.vn"),
        start_urls=("https://dangcongsan.org.vn/tin-hoat-dong?categoryId=12",),
        family="dcs_portal",
        listing=ListingRules(
            page_url="{url}&page={n}",
            article_url=r"/tin-hoat-dong/[^/?#]+\.html(?:\?categoryId=\d+)?$",
        ),
        notes="Article URL shape /tin-hoat-dong/<slug>.html?categoryId= is known; the listing URL, its "
              "'&page=' paging and the reuse of the dangcongsan.vn portal markup are guesses.",
    ),
    Site(
        key="nhandan",
        name="Báo Nhân Dân",
        level="central",
        domains=("nhandan.vn", "www.nhandan.vn"),
        start_urls=("https://nhandan.vn/xay-dung-dang/", "https://nhandan.vn/chinhtri/"),
        family="cms",
        listing=ListingRules(page_url="{url}trang-{n}.html", article_url=r"nhandan\.vn/[^/?#]+-post\d+\.html$"),
        notes="'cms-*' markup, -post<id>.html article URLs and trang-<n>.html paging per public scrapers; "
              "section paths guessed. Republishes TTXVN stories.",
    ),
    Site(
        key="tapchicongsan",
        name="Tạp chí Cộng sản",
        level="central",
        domains=("tapchicongsan.org.vn", "www.tapchicongsan.org.vn"),
        start_urls=("https://www.tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang",),
        family="liferay",
        listing=ListingRules(article_url=r"tapchicongsan\.org\.vn/web/guest/[^/]+/-/\d{4}/\d+/[^/?#]+\.aspx$"),
        notes="Liferay with /web/guest/<cat>/-/2018/<id>/<slug>.aspx URLs and journal-content-article body per "
              "public scrapers; header, author-line and listing class names are guesses. Authors stand at the "
              "top with degree prefix and affiliation.",
    ),
    Site(
        key="xaydungdang",
        name="Tạp chí Xây dựng Đảng",
        level="central",
        domains=("xaydungdang.org.vn", "www.xaydungdang.org.vn"),
        start_urls=("https://www.xaydungdang.org.vn/nghien-cuu/",),
        family="cms",
        listing=ListingRules(page_url="{url}trang-{n}.html", article_url=r"xaydungdang\.org\.vn/[^/]+/[^/?#]+-\d+\.html$"),
        notes="CMS unknown: the 'cms' family is a GUESS, as are the section path and URL shapes. Lead prefix "
              "'XDĐ - ' is known; theory articles put the author with degree prefix and affiliation at the top.",
    ),
    Site(
        key="dukcqtw",
        name="Đảng ủy Khối các cơ quan Trung ương",
        level="central",
        domains=("dukcqtw.dcs.vn",),
        start_urls=("https://dukcqtw.dcs.vn/tin-tuc/hoat-dong-cua-dang-uy-khoi",),
        family="dnn",
        article=ArticleRules(published=(".post-detail .date-view",)),
        listing=ListingRules(article_url=r"dukcqtw\.dcs\.vn/.+-duk\d+\.aspx$"),
        notes="-duk<id>.aspx article URLs, the 'dd/mm/yyyy | <views>' line under the title and the header "
              "widget with TODAY's date are known; the DNN markup, the section path and the class of the date "
              "line are guesses. The stored page (seed 003) shows no publication date at all.",
    ),
    Site(
        key="qdnd",
        name="Báo Quân đội nhân dân",
        level="central",
        domains=("qdnd.vn", "www.qdnd.vn"),
        start_urls=("https://www.qdnd.vn/chinh-tri/tin-tuc", "https://www.qdnd.vn/chinh-tri/xay-dung-dang"),
        family="dnn",
        listing=ListingRules(article_url=r"qdnd\.vn/[^?#]+-\d+$"),
        notes="DNN family and /<category>/p/<n> paging per public scrapers; section paths and the "
              "<slug>-<id> article URL are guesses. Lead prefix 'QĐND - '.",
    ),
    Site(
        key="tuyengiaodanvan",
        name="Ban Tuyên giáo và Dân vận Trung ương",
        level="central",
        domains=("tuyengiaodanvan.vn", "www.tuyengiaodanvan.vn"),
        start_urls=("https://tuyengiaodanvan.vn/api/blogs?categoryId=65a1f0c2e4b0a1b2c3d4e5f6&page=1&size=10",),
        family="spa_api",
        notes="A JavaScript single-page app (public category pages /blogs/category/type/<type>?categoryId=<hex>"
              "&page=n&size=10); the JSON API paths and the JSON shape are GUESSES documented in "
              "crawler/sites/families/spa_api.py. Formed in 2025 from tuyengiao.vn and danvan.vn.",
    ),
    # new-site inserts above this line
]
