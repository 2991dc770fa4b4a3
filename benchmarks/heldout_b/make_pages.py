#!/usr/bin/env python3
"""Generate held-out set B: 20 synthetic Vietnamese Party/government news pages + gold.

Standard library only. The article texts live in ARTICLES below; every layout
function renders the same strings into HTML, and the gold JSON is derived from
the same strings, so the gold is by construction what the page shows.

Paragraph markers (stripped from gold): "## " = subheading inside the article,
"> " = blockquote / quote box that is article text.

Run:  python3 make_pages.py     (writes pages/ and gold/ next to this file)
"""
import datetime as _dt
import html as _html
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
TZ = "+07:00"
WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


def D(y, m, d, hh=None, mm=None, ss=0):
    if hh is None:
        return _dt.date(y, m, d)
    return _dt.datetime(y, m, d, hh, mm, ss)


def e(s):
    return _html.escape(s, quote=True)


def strip_marker(p):
    if p.startswith("## ") or p.startswith("> "):
        return p.split(" ", 1)[1]
    return p


# --------------------------------------------------------------------------
# ARTICLES. Fields:
#  slug, url, title, dt (date/datetime/None), precision, authors (gold),
#  byline (as printed), source (gold), source_line (as printed), lead,
#  paras, images [{after, caption, credit}], today (date shown in header
#  widget, Nov 2026), notes
# --------------------------------------------------------------------------
ARTICLES = []

ARTICLES.append(dict(
    slug="dienbien-tuangiao-so-ket-xdd",
    url="http://dienbien.dcs.vn/ChiTietTin.asp?ID=1452&CatID=3",
    title="Đảng bộ huyện Tuần Giáo sơ kết công tác xây dựng Đảng quý I năm 2023",
    dt=D(2023, 3, 14, 8, 15), precision="datetime",
    authors=["Lò Văn Thưởng"], byline="LÒ VĂN THƯỞNG",
    source=None, source_line=None,
    lead=None,
    paras=[
        "Ngày 13/3, Ban Thường vụ Huyện ủy Tuần Giáo tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị quý I, triển khai nhiệm vụ trọng tâm quý II năm 2023. Đồng chí Quàng Văn Bình, Bí thư Huyện ủy chủ trì hội nghị.",
        "Theo báo cáo, trong quý I, Ban Thường vụ Huyện ủy đã tập trung lãnh đạo, chỉ đạo các tổ chức cơ sở đảng tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Trung ương và của Tỉnh ủy; kiện toàn 6 chi bộ trực thuộc; kết nạp 42 đảng viên mới, đạt 28% chỉ tiêu năm. Công tác kiểm tra, giám sát được triển khai theo đúng kế hoạch, tập trung vào những lĩnh vực nhạy cảm, dễ phát sinh vi phạm.",
        "Công tác dân vận, mặt trận và các đoàn thể chính trị - xã hội tiếp tục được đổi mới về nội dung, phương thức hoạt động. Phong trào thi đua \"Dân vận khéo\" được nhân rộng với nhiều mô hình hiệu quả ở các xã vùng cao như Mường Mùn, Pú Nhung, Tỏa Tình.",
        "Phát biểu kết luận hội nghị, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy, tổ chức đảng tiếp tục nâng cao chất lượng sinh hoạt chi bộ, gắn việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với thực hiện nhiệm vụ chính trị của từng địa phương, đơn vị.",
        "Đồng chí cũng yêu cầu các cơ quan chuyên trách tham mưu chuẩn bị tốt các điều kiện tổ chức hội nghị giữa nhiệm kỳ, đẩy nhanh tiến độ rà soát, bổ sung quy hoạch cán bộ và phát huy vai trò nêu gương của người đứng đầu.",
    ],
    images=[dict(after=0, caption="Đồng chí Quàng Văn Bình, Bí thư Huyện ủy phát biểu kết luận hội nghị.", credit=None)],
    today=D(2026, 11, 19),
    notes="Legacy ASP table portal, <font> tags, all non-ASCII written as numeric character references, caption in a table row, ALL-CAPS byline at the bottom right, marquee ticker, visitor counter; 'Các tin khác' list carries dates.",
))

ARTICLES.append(dict(
    slug="laichau-hnd-phat-dong-thi-dua",
    url="https://hoinongdan.laichau.gov.vn/tin-tuc/hoat-dong-hoi/hoi-nong-dan-tinh-lai-chau-phat-dong-phong-trao-thi-dua-578.html",
    title="Hội Nông dân tỉnh Lai Châu phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi năm 2023",
    dt=D(2023, 5, 9, 15, 20), precision="datetime",
    authors=["Minh Tuấn", "Thu Hà"], byline="Minh Tuấn - Thu Hà",
    source=None, source_line=None,
    lead="Sáng 9/5, tại huyện Tam Đường, Hội Nông dân tỉnh Lai Châu tổ chức lễ phát động phong trào nông dân thi đua sản xuất, kinh doanh giỏi, đoàn kết giúp nhau làm giàu và giảm nghèo bền vững năm 2023.",
    paras=[
        "Dự buổi lễ có đồng chí Lò Thị Kim Ngân, Ủy viên Ban Thường vụ, Trưởng Ban Dân vận Tỉnh ủy; lãnh đạo một số sở, ngành của tỉnh cùng hơn 300 hội viên nông dân tiêu biểu đến từ 8 huyện, thành phố.",
        "Năm 2022, toàn tỉnh có trên 24.000 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp; kết quả bình xét có 13.560 hộ đạt danh hiệu, tăng 1.200 hộ so với năm trước. Nhiều mô hình trồng chè, cây ăn quả ôn đới, nuôi cá nước lạnh đã mang lại thu nhập từ 300 đến 500 triệu đồng mỗi năm.",
        "Phát động phong trào, đồng chí Chủ tịch Hội Nông dân tỉnh kêu gọi cán bộ, hội viên nông dân mạnh dạn ứng dụng tiến bộ khoa học, kỹ thuật vào sản xuất, liên kết theo chuỗi giá trị, xây dựng sản phẩm OCOP gắn với thế mạnh của từng địa phương.",
        "Hội Nông dân các cấp sẽ phối hợp với ngân hàng chính sách xã hội và các tổ chức tín dụng tạo điều kiện cho hội viên tiếp cận nguồn vốn; đồng thời tăng cường dạy nghề, chuyển giao kỹ thuật, giúp đỡ hộ nghèo, hộ cận nghèo vươn lên thoát nghèo bền vững.",
        "Tại buổi lễ, Hội Nông dân tỉnh đã trao cờ thi đua cho 5 tập thể và tặng giấy khen cho 20 hộ nông dân sản xuất, kinh doanh giỏi tiêu biểu năm 2022.",
    ],
    images=[
        dict(after=0, caption="Lãnh đạo Hội Nông dân tỉnh trao cờ thi đua cho các đơn vị.", credit=None),
        dict(after=2, caption="Mô hình trồng chè tại xã Bản Bo, huyện Tam Đường.", credit="Thu Hà"),
    ],
    today=D(2026, 11, 20),
    notes="Bootstrap 3 panels; TWO h1 (site name in header, headline in article); lead in p.lead; figcaptions, second with 'Ảnh: X' credit; two authors joined by ' - '; date 'Thứ Ba, 09/05/2023 - 15:20'; header date widget; 'Tin cùng chuyên mục' with dates; comment form; poll.",
))

ARTICLES.append(dict(
    slug="caobang-nghi-quyet-du-lich",
    url="https://tinhuycaobang.vn/tin-tuc/cao-bang-trien-khai-nghi-quyet-chuyen-de-ve-phat-trien-du-lich-11042.html",
    title="Cao Bằng triển khai Nghị quyết chuyên đề về phát triển du lịch giai đoạn 2024 - 2030",
    dt=D(2024, 3, 22, 9, 40), precision="datetime",
    authors=["Nông Huyền"], byline="Bài, ảnh: Nông Huyền",
    source=None, source_line=None,
    lead="Ngày 21/3, Ban Thường vụ Tỉnh ủy Cao Bằng tổ chức hội nghị trực tuyến quán triệt, triển khai Nghị quyết chuyên đề về phát triển du lịch tỉnh Cao Bằng giai đoạn 2024 - 2030, tầm nhìn đến năm 2045 tới 10 điểm cầu huyện, thành phố.",
    paras=[
        "Nghị quyết xác định mục tiêu đến năm 2030, du lịch trở thành ngành kinh tế quan trọng của tỉnh; đón khoảng 3 triệu lượt khách, trong đó có 200.000 lượt khách quốc tế; tổng thu từ khách du lịch đạt trên 5.000 tỷ đồng. Công viên địa chất toàn cầu UNESCO Non nước Cao Bằng được xác định là hạt nhân để phát triển các sản phẩm du lịch đặc thù.",
        "Để đạt được mục tiêu đó, Nghị quyết đề ra 6 nhóm nhiệm vụ, giải pháp trọng tâm, trong đó nhấn mạnh việc nâng cao nhận thức của cả hệ thống chính trị và người dân về vị trí, vai trò của du lịch; đầu tư hạ tầng giao thông kết nối các khu, điểm du lịch; phát triển nguồn nhân lực và đẩy mạnh chuyển đổi số trong quảng bá, xúc tiến.",
        "Phát biểu chỉ đạo, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền khẩn trương xây dựng chương trình hành động cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành; chú trọng bảo tồn, phát huy giá trị văn hóa truyền thống của đồng bào các dân tộc Tày, Nùng, Mông, Dao gắn với phát triển du lịch cộng đồng.",
        "Các sở, ngành được giao nhiệm vụ tham mưu cơ chế, chính sách thu hút nhà đầu tư chiến lược vào các dự án du lịch trọng điểm như khu du lịch thác Bản Giốc, hồ Ba Bể mở rộng liên kết và khu di tích quốc gia đặc biệt Pác Bó.",
    ],
    images=[dict(after=0, caption="Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy.", credit="Nông Huyền")],
    today=D(2026, 11, 18),
    notes="Tailwind utility classes only, <article> element, lead in a separate div above the body, time[datetime] ISO, figcaption with 'Ảnh:' credit, byline 'Bài, ảnh: X' after body; share/print/font-size tools; 'Tin mới nhất' sidebar with times.",
))

ARTICLES.append(dict(
    slug="backan-dan-van-kheo",
    url="https://backan.dcs.vn/bai-viet/ban-dan-van-tinh-uy-tong-ket-phong-trao-dan-van-kheo-65f2a1c9e4b0a1",
    title="Ban Dân vận Tỉnh ủy Bắc Kạn tổng kết phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2024",
    dt=D(2024, 11, 15, 10, 5), precision="datetime",
    authors=["Hoàng Lan"], byline="Hoàng Lan",
    source=None, source_line=None,
    lead="Chiều 14/11, Ban Dân vận Tỉnh ủy Bắc Kạn tổ chức hội nghị tổng kết phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2024 và biểu dương các điển hình tiêu biểu.",
    paras=[
        "Qua 4 năm triển khai, phong trào thi đua \"Dân vận khéo\" đã lan tỏa rộng khắp trong các cơ quan, đơn vị, địa phương và trong mọi tầng lớp nhân dân. Toàn tỉnh đã xây dựng được 2.317 mô hình \"Dân vận khéo\" trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị.",
        "Nhiều mô hình mang lại hiệu quả thiết thực như \"Hiến đất làm đường giao thông nông thôn\" ở huyện Chợ Đồn, \"Phụ nữ Dao giữ gìn trang phục truyền thống\" ở huyện Ba Bể, \"Cựu chiến binh giúp nhau phát triển kinh tế\" ở huyện Na Rì. Nhân dân đã hiến trên 120.000 m2 đất, đóng góp hàng chục nghìn ngày công để xây dựng nông thôn mới.",
        "Phát biểu tại hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị thời gian tới các cấp, các ngành tiếp tục đổi mới nội dung, phương thức thực hiện phong trào; gắn phong trào với việc thực hiện các nhiệm vụ chính trị trọng tâm, tránh hình thức, chạy theo số lượng.",
        "Dịp này, Ban Thường vụ Tỉnh ủy tặng bằng khen cho 25 tập thể, 30 cá nhân có thành tích xuất sắc trong phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2024.",
    ],
    images=[dict(after=1, caption="Đồng chí Trưởng Ban Dân vận Tỉnh ủy trao bằng khen cho các tập thể.", credit=None)],
    today=D(2026, 11, 17),
    notes="React/Next SSR page with hashed class names only; NO h1 (headline is a styled div); <title> is generic 'Tin tức - Tỉnh ủy Bắc Kạn'; __NEXT_DATA__ JSON carries the same title/date; date '10:05 | 15/11/2024'; caption div; author name alone after body; listing of 'Tin khác' with dates.",
))

ARTICLES.append(dict(
    slug="hoabinh-ldld-thang-cong-nhan",
    url="https://ldldhoabinh.org.vn/tin-tuc/item/845-lien-doan-lao-dong-tinh-hoa-binh-phat-dong-thang-cong-nhan-nam-2022.html",
    title="Liên đoàn Lao động tỉnh Hòa Bình phát động Tháng Công nhân năm 2022",
    dt=D(2022, 4, 25, 14, 49), precision="datetime",
    authors=["Thu Trang"], byline="THU TRANG",
    source=None, source_line=None,
    lead="Sáng 25/4, tại thành phố Hòa Bình, Liên đoàn Lao động tỉnh phối hợp với Ban Quản lý các khu công nghiệp tỉnh tổ chức lễ phát động Tháng Công nhân, Tháng hành động về an toàn, vệ sinh lao động năm 2022.",
    paras=[
        "Tháng Công nhân năm 2022 có chủ đề \"Đoàn kết - Đồng hành - Chia sẻ\". Đây là dịp để các cấp công đoàn phối hợp với chủ doanh nghiệp chăm lo đời sống vật chất, tinh thần cho đoàn viên, người lao động, đặc biệt là những người bị ảnh hưởng bởi dịch COVID-19.",
        "Trong tháng, Liên đoàn Lao động tỉnh sẽ tổ chức đối thoại giữa lãnh đạo tỉnh với công nhân lao động tại các khu công nghiệp; thăm, tặng 500 suất quà cho đoàn viên có hoàn cảnh khó khăn; hỗ trợ xây dựng, sửa chữa 10 \"Mái ấm Công đoàn\" với tổng kinh phí trên 1 tỷ đồng.",
        "> \"Mỗi cán bộ công đoàn phải thực sự là chỗ dựa tin cậy của người lao động, lắng nghe tâm tư, nguyện vọng và kịp thời giải quyết những vướng mắc ngay tại cơ sở\", đồng chí Chủ tịch Liên đoàn Lao động tỉnh nhấn mạnh.",
        "Các doanh nghiệp được đề nghị rà soát, cải thiện điều kiện làm việc, bảo đảm an toàn, vệ sinh lao động; thực hiện đầy đủ chế độ, chính sách đối với người lao động; tổ chức bữa ăn ca bảo đảm chất lượng.",
        "Nhân dịp này, Liên đoàn Lao động tỉnh trao 30 suất quà, mỗi suất trị giá 1 triệu đồng cho công nhân lao động có hoàn cảnh đặc biệt khó khăn tại Khu công nghiệp Lương Sơn.",
    ],
    images=[dict(after=0, caption="Công nhân lao động tham dự lễ phát động.", credit="Thu Trang")],
    today=D(2026, 11, 16),
    notes="Joomla/K2 variant (itemFullText/itemIntroText), date 'Thứ hai, 25 Tháng 4 2022 14:49', '1523 Lượt xem'; lead is the bold FIRST paragraph of the intro text; blockquote that IS article text; centred italic caption with '(Ảnh: X)'; ALL-CAPS byline; K2 rating and comments; 'Các bài viết khác' list with dates.",
))

ARTICLES.append(dict(
    slug="ninhbinh-tinhdoan-tong-ket-he",
    url="https://tinhdoanninhbinh.vn/2023/08/tong-ket-chien-dich-thanh-nien-tinh-nguyen-he-nam-2023/",
    title="Tỉnh đoàn Ninh Bình tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2023",
    dt=D(2023, 8, 18, 16, 30), precision="datetime",
    authors=["Phạm Ngọc Ánh"], byline="Phạm Ngọc Ánh",
    source=None, source_line=None,
    lead=None,
    paras=[
        "Chiều 18/8, Ban Thường vụ Tỉnh đoàn Ninh Bình tổ chức hội nghị tổng kết Chiến dịch Thanh niên tình nguyện hè năm 2023 và tuyên dương các tập thể, cá nhân tiêu biểu.",
        "Chiến dịch năm nay thu hút hơn 35.000 lượt đoàn viên, thanh niên tham gia với các chương trình \"Mùa hè xanh\", \"Hoa phượng đỏ\", \"Tiếp sức mùa thi\" và \"Kỳ nghỉ hồng\". Các cơ sở Đoàn đã ra quân làm sạch 120 km đường giao thông nông thôn, trồng 15.000 cây xanh, sửa chữa 8 nhà nhân ái cho gia đình chính sách.",
        "## Dấu ấn chuyển đổi số",
        "Điểm nhấn của chiến dịch là đội hình \"Thanh niên hỗ trợ chuyển đổi số\" với 320 đội hình tại các xã, phường, thị trấn. Các đội hình đã hướng dẫn hơn 40.000 người dân cài đặt, sử dụng ứng dụng định danh điện tử VNeID, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt.",
        "Phát biểu tại hội nghị, đồng chí Bí thư Tỉnh đoàn đánh giá cao tinh thần xung kích của tuổi trẻ toàn tỉnh; đồng thời đề nghị các cơ sở Đoàn duy trì hoạt động của các đội hình tình nguyện thường xuyên, gắn với nhiệm vụ phát triển kinh tế - xã hội của địa phương.",
        "Dịp này, Ban Thường vụ Tỉnh đoàn tặng bằng khen cho 15 tập thể và 28 cá nhân có thành tích xuất sắc trong Chiến dịch Thanh niên tình nguyện hè năm 2023.",
    ],
    images=[dict(after=1, caption="Đoàn viên thanh niên huyện Kim Sơn ra quân làm sạch đường giao thông nông thôn.", credit="Ngọc Ánh")],
    today=D(2026, 11, 19),
    notes="WordPress 'Newspaper' theme (td-post-*), no lead/sapo, subheading h3 inside the body, wp-caption div with 'Ảnh: X' credit, author box ('Về tác giả') after the body, social share bar, 'Bài viết liên quan' with dates, comments ('Để lại bình luận').",
))

ARTICLES.append(dict(
    slug="hatinh-sinh-hoat-chi-bo",
    url="https://hatinh.dcs.vn/news/xay-dung-dang/ha-tinh-nang-cao-chat-luong-sinh-hoat-chi-bo-3418.html",
    title="Hà Tĩnh: Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư",
    dt=D(2024, 6, 12, 9, 12), precision="datetime",
    authors=["Dương Chiến"], byline="Dương Chiến",
    source="Báo Hà Tĩnh", source_line="Báo Hà Tĩnh",
    lead="Thời gian qua, nhiều chi bộ khu dân cư trên địa bàn tỉnh Hà Tĩnh đã đổi mới nội dung, hình thức sinh hoạt, góp phần nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng ở cơ sở.",
    paras=[
        "Chi bộ thôn Trung Tiến, xã Cẩm Thịnh, huyện Cẩm Xuyên hiện có 46 đảng viên. Những năm trước, sinh hoạt chi bộ còn đơn điệu, chủ yếu đọc báo cáo, tỷ lệ đảng viên tham dự chỉ đạt khoảng 80%. Từ khi thực hiện chủ trương của Tỉnh ủy về nâng cao chất lượng sinh hoạt chi bộ, chi ủy đã chuẩn bị kỹ nội dung, lựa chọn chuyên đề sát với thực tiễn.",
        "Mỗi quý, chi bộ tổ chức một buổi sinh hoạt chuyên đề về các vấn đề như xây dựng khu dân cư kiểu mẫu, chuyển đổi cơ cấu cây trồng, giữ gìn an ninh trật tự. Đảng viên được phân công chuẩn bị tham luận, tranh luận thẳng thắn, nhờ vậy nghị quyết chi bộ sát thực tế hơn.",
        "Theo Ban Tổ chức Tỉnh ủy, đến nay 100% chi bộ trực thuộc đảng ủy cơ sở đã xây dựng kế hoạch sinh hoạt chuyên đề hằng năm; tỷ lệ đảng viên dự sinh hoạt bình quân đạt trên 95%. Nhiều chi bộ ứng dụng mạng xã hội để gửi tài liệu, thông báo lịch sinh hoạt tới đảng viên.",
        "Tuy nhiên, ở một số nơi, việc đổi mới sinh hoạt chi bộ vẫn còn lúng túng, chưa khơi dậy được tinh thần tự phê bình và phê bình. Thời gian tới, các cấp ủy sẽ tăng cường kiểm tra, hướng dẫn, kịp thời nhân rộng các mô hình hay, cách làm hiệu quả.",
    ],
    images=[dict(after=0, caption="Một buổi sinh hoạt chuyên đề của Chi bộ thôn Trung Tiến, xã Cẩm Thịnh.", credit=None)],
    today=D(2026, 11, 15),
    notes="NukeViet-style page with a customised theme: hometext lead (bold div), date 'Thứ tư - 12/06/2024 09:12', 'Tác giả:' and 'Nguồn tin:' lines after the body (republished from Báo Hà Tĩnh), rating widget, 'Những tin mới hơn' / 'Những tin cũ hơn' lists with dates.",
))

ARTICLES.append(dict(
    slug="quangbinh-ubkt-giam-sat",
    url="https://ubkt.quangbinh.dcs.vn/Default.aspx?tabid=85&ArticleID=2291",
    title="Ủy ban Kiểm tra Tỉnh ủy Quảng Bình giám sát chuyên đề đối với Ban Thường vụ Huyện ủy Bố Trạch",
    dt=D(2024, 6, 21, 8, 30), precision="datetime",
    authors=["Hồng Nhung"], byline="Hồng Nhung (UBKT Tỉnh ủy)",
    source=None, source_line=None,
    lead="Ngày 20/6, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy do đồng chí Phó Chủ nhiệm Thường trực làm trưởng đoàn đã công bố quyết định giám sát chuyên đề đối với Ban Thường vụ Huyện ủy Bố Trạch.",
    paras=[
        "Nội dung giám sát tập trung vào việc lãnh đạo, chỉ đạo thực hiện công tác quản lý đất đai, cấp giấy chứng nhận quyền sử dụng đất và công tác phòng, chống tham nhũng, tiêu cực trong lĩnh vực này từ ngày 01/01/2022 đến ngày 31/5/2024.",
        "Thời gian giám sát từ ngày 20/6 đến ngày 20/8/2024. Đoàn giám sát sẽ làm việc trực tiếp với tập thể Ban Thường vụ Huyện ủy, nghiên cứu hồ sơ, tài liệu và làm việc với các cơ quan, đơn vị có liên quan.",
        "Phát biểu tại buổi công bố, trưởng đoàn giám sát đề nghị Ban Thường vụ Huyện ủy Bố Trạch chuẩn bị báo cáo, cung cấp đầy đủ hồ sơ theo yêu cầu; phối hợp chặt chẽ với đoàn để cuộc giám sát đảm bảo đúng nguyên tắc, thủ tục, đạt mục đích đề ra.",
        "Đại diện Ban Thường vụ Huyện ủy Bố Trạch thống nhất với quyết định và kế hoạch giám sát; cam kết chỉ đạo các cơ quan liên quan phối hợp, tạo điều kiện để đoàn hoàn thành nhiệm vụ.",
    ],
    images=[dict(after=0, caption="Quang cảnh buổi công bố quyết định giám sát.", credit=None)],
    today=D(2026, 11, 21),
    notes="DNN variant without post-title classes: headline and lead are <span id=dnn_ctr..._lbl...> inside table cells, no h1; date 'Cập nhật: 21/06/2024 08:30:00 (GMT+7)'; caption in a table row under the image; byline carries an affiliation in parentheses (gold keeps the person only); login link, visitor statistics, 'Các tin đã đưa' with dates.",
))

ARTICLES.append(dict(
    slug="quangnam-dan-van-vung-cao",
    url="https://bandanvan.quangnam.dcs.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=512",
    title="Quảng Nam: Phát huy vai trò người có uy tín trong đồng bào dân tộc thiểu số",
    dt=D(2022, 3, 30, 14, 5), precision="datetime",
    authors=["T.H"], byline="T.H",
    source=None, source_line=None,
    lead="Sáng 30/3, Ban Dân vận Tỉnh ủy Quảng Nam phối hợp với Ban Dân tộc tỉnh tổ chức hội nghị gặp mặt, tập huấn cho người có uy tín trong đồng bào dân tộc thiểu số ở các huyện miền núi năm 2022.",
    paras=[
        "Tham dự hội nghị có gần 200 già làng, trưởng bản, người có uy tín đến từ các huyện Nam Giang, Tây Giang, Đông Giang, Phước Sơn, Nam Trà My và Bắc Trà My.",
        "Tại hội nghị, các đại biểu được báo cáo viên của Tỉnh ủy thông tin về tình hình kinh tế - xã hội, quốc phòng - an ninh của tỉnh; các chính sách hỗ trợ đồng bào dân tộc thiểu số theo Chương trình mục tiêu quốc gia giai đoạn 2021 - 2025; kỹ năng tuyên truyền, vận động nhân dân thực hiện chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
        "Nhiều ý kiến phát biểu của người có uy tín nêu rõ những khó khăn trong sản xuất, nhu cầu về đất ở, nước sinh hoạt và đề nghị tăng cường hỗ trợ giống cây trồng, vật nuôi phù hợp với điều kiện vùng cao.",
        "Ghi nhận các ý kiến, lãnh đạo Ban Dân vận Tỉnh ủy khẳng định người có uy tín là cầu nối quan trọng giữa cấp ủy, chính quyền với đồng bào; đề nghị các già làng, trưởng bản tiếp tục vận động bà con giữ gìn bản sắc văn hóa, bài trừ hủ tục, bảo vệ rừng và giữ vững an ninh biên giới.",
    ],
    images=[dict(after=0, caption="Già làng, người có uy tín huyện Tây Giang phát biểu tại hội nghị.", credit=None)],
    today=D(2026, 11, 19),
    notes="SharePoint portal: <title> is 'Chi tiết tin tức', headline in div.TitleNews (no h1, an h1 is absent entirely), date '14h05 ngày 30/3/2022', ms-rtestate-field body, italic centred caption paragraph, initials-only pen name 'T.H' right-aligned bold (gold keeps it as an author string); ribbon/login links, 'Tin liên quan'.",
))

ARTICLES.append(dict(
    slug="quangngai-nang-luc-to-chuc-co-so-dang",
    url="https://quangngai.dcs.vn/web/guest/nghien-cuu-trao-doi/-/asset_publisher/Kx7bQm/content/nang-cao-nang-luc-lanh-dao-cua-to-chuc-co-so-dang-o-quang-ngai",
    title="Nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng ở Quảng Ngãi hiện nay",
    dt=D(2021, 10, 5), precision="date",
    authors=["Nguyễn Văn Hải", "Trần Thị Bích Ngọc"], byline=None,
    source=None, source_line=None,
    lead="Tổ chức cơ sở đảng là nền tảng của Đảng, là hạt nhân chính trị ở cơ sở. Bài viết phân tích thực trạng và đề xuất một số giải pháp nhằm nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức cơ sở đảng trên địa bàn tỉnh Quảng Ngãi trong giai đoạn hiện nay.",
    paras=[
        "## 1. Vai trò của tổ chức cơ sở đảng",
        "Chủ tịch Hồ Chí Minh luôn coi trọng việc xây dựng chi bộ, tổ chức cơ sở đảng. Người chỉ rõ:",
        "> \"Chi bộ là nền tảng của Đảng. Chi bộ tốt thì mọi việc sẽ tốt.\"",
        "Quán triệt tư tưởng đó, Đảng bộ tỉnh Quảng Ngãi luôn xác định xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh là nhiệm vụ then chốt, thường xuyên. Hiện nay, Đảng bộ tỉnh có 735 tổ chức cơ sở đảng với hơn 60.000 đảng viên.",
        "## 2. Thực trạng",
        "Những năm qua, năng lực lãnh đạo và sức chiến đấu của các tổ chức cơ sở đảng từng bước được nâng lên. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 85%. Tuy vậy, ở một số nơi, sinh hoạt chi bộ còn hình thức, chưa thực hiện nghiêm nguyên tắc tập trung dân chủ; công tác phát triển đảng viên ở vùng đồng bào dân tộc thiểu số, doanh nghiệp ngoài nhà nước còn khó khăn.",
        "## 3. Một số giải pháp",
        "Một là, nâng cao nhận thức của cấp ủy, đảng viên về vị trí, vai trò của tổ chức cơ sở đảng. Hai là, đổi mới nội dung, phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ. Ba là, xây dựng đội ngũ cấp ủy viên, nhất là bí thư chi bộ có bản lĩnh chính trị, năng lực thực tiễn. Bốn là, tăng cường công tác kiểm tra, giám sát, kịp thời chấn chỉnh những hạn chế, yếu kém.",
        "Thực hiện đồng bộ các giải pháp trên sẽ góp phần xây dựng tổ chức cơ sở đảng thực sự là hạt nhân chính trị, lãnh đạo thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội của tỉnh.",
    ],
    images=[],
    today=D(2026, 11, 14),
    notes="Liferay asset_publisher (journal-content-article) academic article; two authors at the TOP with degree prefixes 'PGS.TS NGUYỄN VĂN HẢI' and 'ThS. TRẦN THỊ BÍCH NGỌC' plus affiliation lines (gold: names only, Title Case); numbered subheadings and a quote box of a Hồ Chí Minh quotation are body text; date 'Ngày đăng: 05/10/2021'; no images; portlet chrome, 'Các bài viết khác'.",
))

ARTICLES.append(dict(
    slug="gialai-hoi-lhpn-tong-ket",
    url="https://hoiphunu.gialai.gov.vn/tin-tuc/hoi-lhpn-tinh-gia-lai-tong-ket-cong-tac-hoi-nam-2023",
    title="Hội LHPN tỉnh Gia Lai tổng kết công tác Hội và phong trào phụ nữ năm 2023",
    dt=D(2023, 12, 5, 15, 42, 27), precision="datetime",
    authors=["Ksor H'Nhi"], byline="Ksor H'Nhi",
    source=None, source_line=None,
    lead=None,
    paras=[
        "Ngày 5/12, Hội Liên hiệp Phụ nữ tỉnh Gia Lai tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2023, triển khai nhiệm vụ năm 2024.",
        "Năm 2023, các cấp Hội đã tập trung thực hiện 6 nhiệm vụ trọng tâm và 3 khâu đột phá theo Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XV. Toàn tỉnh đã thu hút thêm 4.125 hội viên mới, nâng tổng số hội viên lên hơn 265.000 người; vận động hỗ trợ 1.850 phụ nữ nghèo, phụ nữ dân tộc thiểu số phát triển kinh tế.",
        "Chương trình \"Mái ấm tình thương\" tiếp tục được lan tỏa với 62 căn nhà được xây mới, sửa chữa cho hội viên có hoàn cảnh khó khăn, tổng kinh phí gần 3 tỷ đồng. Dự án \"Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em\" được triển khai hiệu quả ở các huyện Kông Chro, Krông Pa, Ia Pa.",
        "Phát biểu chỉ đạo, đồng chí Trưởng Ban Dân vận Tỉnh ủy ghi nhận những kết quả nổi bật của các cấp Hội; đề nghị năm 2024 tiếp tục đổi mới phương thức hoạt động, hướng mạnh về cơ sở, chú trọng tập hợp phụ nữ dân tộc thiểu số, phụ nữ làm việc trong các doanh nghiệp.",
        "Dịp này, Hội LHPN tỉnh đã trao cờ thi đua cho 3 đơn vị dẫn đầu phong trào thi đua năm 2023.",
    ],
    images=[
        dict(after=1, caption="Đồng chí Chủ tịch Hội LHPN tỉnh trình bày báo cáo tổng kết.", credit=None),
        dict(after=3, caption="Trao cờ thi đua cho các đơn vị dẫn đầu.", credit="H'Nhi"),
    ],
    today=D(2026, 11, 12),
    notes="Drupal node page (field--name-body, submitted 'Gửi lúc: 05/12/2023 15:42:27'), no lead, captions in table rows (imgEditor-like, second with 'Ảnh: X'), author field 'Tác giả: Ksor H'Nhi' above body; breadcrumbs, search box, 'Tin cùng chuyên mục' with dates, visitor statistics.",
))

ARTICLES.append(dict(
    slug="kontum-noi-chinh-giao-ban",
    url="https://bannoichinh.kontum.dcs.vn/tin-hoat-dong/giao-ban-cong-tac-noi-chinh-va-phong-chong-tham-nhung-thang-4-nam-2024.html",
    title="Giao ban công tác nội chính và phòng, chống tham nhũng, tiêu cực tháng 4 năm 2024",
    dt=D(2024, 5, 15), precision="date",
    authors=[], byline=None,
    source=None, source_line=None,
    lead="Ngày 14/5, Ban Nội chính Tỉnh ủy Kon Tum chủ trì tổ chức hội nghị giao ban công tác nội chính, phòng, chống tham nhũng, tiêu cực và cải cách tư pháp tháng 4 năm 2024.",
    paras=[
        "Tham dự hội nghị có đại diện lãnh đạo Ủy ban Kiểm tra Tỉnh ủy, Thanh tra tỉnh, Công an tỉnh, Viện Kiểm sát nhân dân tỉnh, Tòa án nhân dân tỉnh, Cục Thi hành án dân sự tỉnh và các cơ quan liên quan.",
        "Theo báo cáo, trong tháng 4, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn tỉnh cơ bản ổn định. Các cơ quan tiến hành tố tụng đã thụ lý, giải quyết 18 vụ án liên quan đến tham nhũng, chức vụ và kinh tế; thu hồi tài sản trên 2,3 tỷ đồng cho Nhà nước.",
        "Công tác tiếp công dân, giải quyết khiếu nại, tố cáo được quan tâm thực hiện. Các cơ quan chức năng đã tiếp 126 lượt công dân, tiếp nhận 94 đơn thư; tập trung giải quyết dứt điểm các vụ việc tồn đọng, kéo dài.",
        "Kết luận hội nghị, đồng chí Trưởng Ban Nội chính Tỉnh ủy đề nghị các cơ quan khối nội chính tiếp tục phối hợp chặt chẽ, đẩy nhanh tiến độ điều tra, truy tố, xét xử các vụ án, vụ việc thuộc diện Ban Chỉ đạo tỉnh theo dõi, chỉ đạo; tăng cường phòng ngừa, phát hiện sớm các hành vi tham nhũng, tiêu cực.",
    ],
    images=[dict(after=0, caption="Quang cảnh hội nghị giao ban.", credit=None)],
    today=D(2026, 11, 18),
    notes="Inline styles only (no class attributes in the article), no <article>; publication date 'Thứ Tư, 15/05/2024' uses the SAME format as the header today-widget 'Thứ Tư, 18/11/2026'; NO author; italic centred caption; view counter, visitor stats, 'Tin mới' list with dates, cờ động image.",
))

ARTICLES.append(dict(
    slug="daknong-tinhdoan-tuyen-duong",
    url="https://tinhdoandaknong.vn/2024/06/tin-hoat-dong/tuyen-duong-thanh-nien-tien-tien-lam-theo-loi-bac-nam-2024-2214.html",
    title="Tỉnh đoàn Đắk Nông tuyên dương 50 thanh niên tiên tiến làm theo lời Bác",
    dt=D(2024, 6, 12), precision="inferred",
    authors=["Thanh Nga"], byline="Thanh Nga",
    source=None, source_line=None,
    lead="Chiều 12/6, tại thành phố Gia Nghĩa, Ban Thường vụ Tỉnh đoàn Đắk Nông tổ chức Lễ tuyên dương thanh niên tiên tiến làm theo lời Bác tỉnh Đắk Nông lần thứ VI.",
    paras=[
        "50 gương thanh niên được tuyên dương lần này là những điển hình tiêu biểu trên các lĩnh vực: lao động sản xuất, học tập, nghiên cứu khoa học, quốc phòng - an ninh và hoạt động tình nguyện vì cộng đồng. Trong đó, có 14 đoàn viên là người đồng bào dân tộc thiểu số.",
        "Tiêu biểu như anh Y Thuận, xã Đắk Wil, huyện Cư Jút đã xây dựng mô hình trồng cà phê theo hướng hữu cơ, tạo việc làm cho 20 lao động địa phương; chị Nguyễn Thị Thu Hương, giáo viên Trường THPT Phan Chu Trinh có nhiều sáng kiến đổi mới phương pháp giảng dạy được ngành giáo dục ghi nhận.",
        "Phát biểu tại buổi lễ, đồng chí Phó Bí thư Tỉnh ủy chúc mừng các gương thanh niên tiêu biểu và mong muốn mỗi đoàn viên, thanh niên tiếp tục rèn luyện bản lĩnh, tu dưỡng đạo đức, xung kích trong thực hiện các nhiệm vụ chính trị của tỉnh.",
        "Dịp này, Tỉnh đoàn đã chọn 5 gương thanh niên tiêu biểu nhất để đề nghị Trung ương Đoàn tuyên dương tại Đại hội Thanh niên tiên tiến làm theo lời Bác toàn quốc.",
    ],
    images=[dict(after=0, caption="Các gương thanh niên tiên tiến làm theo lời Bác được tuyên dương.", credit="Thanh Nga")],
    today=D(2026, 11, 19),
    notes="Vue/Nuxt SSR (data-v-* attributes, utility classes, hashed wrappers); NO date anywhere except 'Chiều 12/6' in the lead: year comes from the URL /2024/06/ (precision 'inferred', time not given so T00:00); header today-widget, 'Xem nhiều' list with full dates (traps); text-to-speech player 'Nghe đọc bài viết'; <title> generic 'Chi tiết tin'.",
))

ARTICLES.append(dict(
    slug="khanhhoa-cai-cach-hanh-chinh",
    url="https://tinhuykhanhhoa.vn/chi-tiet-tin?newsid=6183",
    title="Khánh Hòa đẩy mạnh cải cách hành chính trong các cơ quan Đảng",
    dt=D(2024, 7, 20, 9, 13), precision="datetime",
    authors=["Minh Hiếu"], byline="MINH HIẾU",
    source="Báo Khánh Hòa", source_line="Nguồn: Báo Khánh Hòa",
    lead=None,
    paras=[
        "Những năm gần đây, cải cách hành chính trong các cơ quan Đảng trên địa bàn tỉnh Khánh Hòa có nhiều chuyển biến tích cực. Việc ứng dụng công nghệ thông tin trong xử lý công việc, quản lý văn bản được đẩy mạnh, góp phần nâng cao hiệu quả lãnh đạo, chỉ đạo của cấp ủy các cấp.",
        "Theo Văn phòng Tỉnh ủy, đến nay 100% cơ quan đảng từ tỉnh đến cấp huyện đã sử dụng phần mềm quản lý văn bản và hồ sơ công việc; trên 95% văn bản đi, đến được xử lý trên môi trường mạng. Hệ thống hội nghị truyền hình trực tuyến được kết nối đến 100% đảng ủy xã, phường, thị trấn, giúp tiết kiệm đáng kể thời gian và kinh phí.",
        "Cùng với đó, các quy chế làm việc, quy trình giải quyết công việc được rà soát, sửa đổi theo hướng rõ thẩm quyền, rõ trách nhiệm. Nhiều thủ tục trong công tác tổ chức, quản lý đảng viên như chuyển sinh hoạt đảng, cấp thẻ đảng viên được rút ngắn thời gian giải quyết.",
        "Tuy nhiên, hạ tầng công nghệ thông tin ở một số cơ sở còn hạn chế; kỹ năng sử dụng phần mềm của một bộ phận cán bộ chưa đáp ứng yêu cầu. Thời gian tới, Tỉnh ủy sẽ tiếp tục đầu tư nâng cấp hạ tầng, tăng cường bồi dưỡng kỹ năng số cho đội ngũ cán bộ làm công tác đảng.",
    ],
    images=[dict(after=1, caption="Cán bộ Văn phòng Tỉnh ủy xử lý văn bản trên môi trường mạng.", credit=None)],
    today=D(2026, 11, 20),
    notes="Custom portal: <title> is just 'Chi tiết tin'; headline is a <span> with inline font-size/bold, no h1/h2; date 'Thứ Bảy, 20/07/2024, 09:13'; no lead; ALL-CAPS byline followed by 'Nguồn: Báo Khánh Hòa' (republished); caption in a div under image; 'Tin liên quan' + 'Xem nhiều' lists with dates; share/print/font tools.",
))

ARTICLES.append(dict(
    slug="ninhthuan-hoc-tap-lam-theo-bac",
    url="https://ninhthuan.dcs.vn/Home/ChiTiet/4391/hoc-tap-va-lam-theo-bac-trong-cac-co-quan-dang",
    title="Học tập và làm theo Bác: Từ nhận thức đến hành động trong các cơ quan Đảng tỉnh Ninh Thuận",
    dt=D(2023, 4, 18, 10, 22), precision="datetime",
    authors=["Lê Thị Mai Anh"], byline="ThS. Lê Thị Mai Anh",
    source=None, source_line=None,
    lead="Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong các cơ quan Đảng tỉnh Ninh Thuận đã trở thành việc làm thường xuyên, tạo chuyển biến rõ nét về ý thức trách nhiệm, tác phong làm việc của cán bộ, đảng viên.",
    paras=[
        "Sau 7 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị, Đảng bộ Khối các cơ quan tỉnh đã cụ thể hóa thành các chương trình, kế hoạch phù hợp với chức năng, nhiệm vụ của từng cơ quan. Mỗi năm, các chi bộ đều đăng ký ít nhất một nội dung làm theo gắn với khâu đột phá của cơ quan.",
        "Nhiều cách làm hay đã được nhân rộng như \"Mỗi tuần một lời Bác dạy\" trong sinh hoạt chào cờ đầu tuần, \"Ngày thứ Bảy vì dân\" của Ban Dân vận Tỉnh ủy, \"Văn phòng không giấy tờ\" của Văn phòng Tỉnh ủy. Việc nêu gương của người đứng đầu được thực hiện nghiêm túc, công khai trước tập thể.",
        "Qua đánh giá, trên 90% cán bộ, đảng viên nhận thức rõ trách nhiệm nêu gương; tinh thần phục vụ nhân dân, tác phong làm việc khoa học được nâng lên. Nhiều tập thể, cá nhân được các cấp khen thưởng vì có thành tích tiêu biểu trong học tập và làm theo Bác.",
        "Để việc học tập và làm theo Bác đi vào chiều sâu, các cấp ủy cần tiếp tục gắn thực hiện Chỉ thị 05 với Nghị quyết Trung ương 4 khóa XII, khóa XIII về xây dựng, chỉnh đốn Đảng; đưa nội dung làm theo thành tiêu chí đánh giá, xếp loại cán bộ, đảng viên hằng năm.",
    ],
    images=[dict(after=1, caption="Cán bộ Ban Dân vận Tỉnh ủy tham gia \"Ngày thứ Bảy vì dân\" tại xã Phước Hà.", credit=None)],
    today=D(2026, 11, 13),
    notes="VNPT vnPortal-like portlet layout; lead is an italic <em> paragraph in div.ArticleSummary; DATE ONLY AT THE BOTTOM, after the byline ('Cập nhật ngày: 18/04/2023 10:22'); byline 'ThS. Lê Thị Mai Anh' (degree removed in gold); centred italic caption; header today-widget; 'Tin cùng chuyên mục' with dates; visitor statistics.",
))

ARTICLES.append(dict(
    slug="binhthuan-quan-triet-nghi-quyet",
    url="https://binhthuan.dcs.vn/tin-tuc/trong-nuoc/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-hoi-nghi-trung-uong-5-khoa-xiii-20220907.html",
    title="Hội nghị toàn quốc nghiên cứu, học tập, quán triệt Nghị quyết Hội nghị Trung ương 5 khóa XIII",
    dt=D(2022, 9, 7, 15, 28), precision="datetime",
    authors=[], byline=None,
    source="TTXVN", source_line="Theo TTXVN",
    lead="Ngày 7/9, Bộ Chính trị, Ban Bí thư tổ chức hội nghị trực tuyến toàn quốc nghiên cứu, học tập, quán triệt và triển khai thực hiện Nghị quyết Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII.",
    paras=[
        "Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến tại điểm cầu Trung ương và các điểm cầu ở tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương, cấp huyện và cấp xã trên cả nước.",
        "Tại hội nghị, các đại biểu được nghe báo cáo chuyên đề về các nghị quyết, kết luận của Hội nghị Trung ương 5 khóa XIII, trong đó có các nội dung về tiếp tục đổi mới, hoàn thiện thể chế, chính sách, nâng cao hiệu lực, hiệu quả quản lý, sử dụng đất; về công tác dân tộc và về kinh tế tập thể trong giai đoạn mới.",
        "Tại điểm cầu tỉnh Bình Thuận, có các đồng chí trong Ban Thường vụ Tỉnh ủy, Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các sở, ban, ngành, đoàn thể và báo cáo viên của Tỉnh ủy tham dự.",
        "Sau hội nghị, các cấp ủy trong tỉnh sẽ tổ chức quán triệt đến cán bộ, đảng viên và xây dựng chương trình hành động thực hiện các nghị quyết phù hợp với tình hình thực tế của địa phương.",
    ],
    images=[dict(after=0, caption="Quang cảnh hội nghị tại điểm cầu Trung ương.", credit="TTXVN")],
    today=D(2026, 11, 21),
    notes="HTML written in Unicode NFD (decomposed diacritics) — gold is NFC; Bootstrap 4 card layout with <article>; date '07/09/2022 - 15:28 GMT+7'; republished, 'Theo TTXVN' at the end (source TTXVN, no person author); figcaption with 'Ảnh: TTXVN'; cookie notice, 'Tin mới nhất' with dates.",
))

ARTICLES.append(dict(
    slug="tayninh-tinhdoan-hien-mau",
    url="https://tinhdoantayninh.vn/tin-tuc/chi-tiet/ngay-hoi-hien-mau-tinh-nguyen-giot-hong-tay-ninh-lan-thu-x",
    title="Ngày hội hiến máu tình nguyện \"Giọt hồng Tây Ninh\" lần thứ X thu nhận gần 1.200 đơn vị máu",
    dt=None, precision=None,
    authors=["Ngọc Hân"], byline="Bài, ảnh: Ngọc Hân",
    source=None, source_line=None,
    lead="Ngày hội hiến máu tình nguyện \"Giọt hồng Tây Ninh\" lần thứ X do Tỉnh đoàn phối hợp với Ban Chỉ đạo vận động hiến máu tình nguyện tỉnh tổ chức đã thu hút đông đảo đoàn viên, thanh niên và người dân tham gia.",
    paras=[
        "Ngay từ sáng sớm, hàng nghìn đoàn viên, thanh niên, cán bộ, chiến sĩ lực lượng vũ trang và người dân đã có mặt tại Nhà thiếu nhi tỉnh để đăng ký hiến máu. Ban tổ chức bố trí 10 bàn tiếp nhận, khám sàng lọc và khu vực nghỉ ngơi, bồi dưỡng sau khi hiến máu.",
        "Kết thúc ngày hội, Ban tổ chức đã tiếp nhận 1.186 đơn vị máu, vượt 18% so với kế hoạch. Toàn bộ lượng máu được chuyển về Bệnh viện Chợ Rẫy để phục vụ công tác cấp cứu, điều trị cho người bệnh.",
        "Bên cạnh hoạt động hiến máu, ngày hội còn có các gian hàng tư vấn sức khỏe miễn phí, giới thiệu kiến thức về hiến máu an toàn và chương trình văn nghệ xung kích của các đội hình thanh niên tình nguyện.",
        "Qua 10 lần tổ chức, Ngày hội \"Giọt hồng Tây Ninh\" đã trở thành hoạt động thường niên, lan tỏa tinh thần tương thân tương ái trong cộng đồng và khẳng định vai trò xung kích của tuổi trẻ Tây Ninh trong các hoạt động nhân đạo.",
    ],
    images=[dict(after=0, caption="Đoàn viên thanh niên đăng ký hiến máu tại ngày hội.", credit=None)],
    today=D(2026, 11, 19),
    notes="NO publication date anywhere (gold null): only the header today-widget, copyright year, and dated 'Tin mới nhất' items; <article> present; lead in h2.sapo; 'Bài, ảnh: Ngọc Hân' byline; figcaption; 'Lượt xem: 2.345'; Font Awesome tool bar; poll.",
))

ARTICLES.append(dict(
    slug="longan-ban-in-dai-hoi-chi-bo",
    url="https://longan.dcs.vn/Print.aspx?tin=9821",
    title="Long An: Hoàn thành đại hội chi bộ trực thuộc nhiệm kỳ 2020 - 2022",
    dt=D(2020, 1, 11, 9, 45), precision="datetime",
    authors=["Hoàng Phúc"], byline="HOÀNG PHÚC",
    source=None, source_line=None,
    lead="Đến ngày 10/01/2020, 100% chi bộ trực thuộc đảng ủy cơ sở trong Đảng bộ tỉnh Long An đã tổ chức xong đại hội nhiệm kỳ 2020 - 2022, bảo đảm đúng tiến độ theo chỉ đạo của Ban Thường vụ Tỉnh ủy.",
    paras=[
        "Theo Ban Tổ chức Tỉnh ủy, toàn tỉnh có 3.214 chi bộ trực thuộc đảng ủy cơ sở tiến hành đại hội. Các đại hội được chuẩn bị chu đáo về văn kiện, nhân sự; nội dung báo cáo chính trị đánh giá sát thực tế, đề ra mục tiêu, giải pháp phù hợp với điều kiện của từng chi bộ.",
        "Qua đại hội, có 2.860 chi bộ bầu trực tiếp bí thư tại đại hội, chiếm 89%; tỷ lệ cấp ủy viên trẻ, nữ tăng so với nhiệm kỳ trước. Nhiều ý kiến đóng góp vào dự thảo văn kiện đại hội đảng bộ cấp trên được tổng hợp, tiếp thu.",
        "Ban Thường vụ Tỉnh ủy đánh giá việc tổ chức thành công đại hội chi bộ là bước quan trọng, tạo tiền đề để tổ chức tốt đại hội đảng bộ cơ sở, tiến tới Đại hội đại biểu Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025.",
    ],
    images=[dict(after=0, caption="Đại hội Chi bộ ấp 3, xã Long Hiệp, huyện Bến Lức.", credit=None)],
    today=D(2026, 11, 19),
    notes="Print view ('Bản in'): almost no chrome, but a 'Ngày in: 19/11/2026 08:03' line (print date trap) and 'In bài viết' / 'Đóng cửa sổ' buttons; date 'Thứ Bảy, 11/01/2020, 09:45'; headline in <b><font size=4>; ALL-CAPS byline; caption in a bordered table cell; source URL line at the bottom.",
))

ARTICLES.append(dict(
    slug="dongthap-hoc-tap-nghi-quyet",
    url="https://dongthap.dcs.vn/tuyen-giao/dong-thap-hoc-tap-chuyen-de-nam-2025-a4517.html",
    title="Đồng Tháp quán triệt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025",
    dt=D(2025, 2, 6, 14, 30), precision="datetime",
    authors=["Thanh Tâm", "Quốc Bảo"], byline="Thanh Tâm – Quốc Bảo",
    source=None, source_line=None,
    lead="Chiều 6/2, Ban Tuyên giáo Tỉnh ủy Đồng Tháp tổ chức hội nghị trực tuyến quán triệt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025 đến 12 điểm cầu cấp huyện.",
    paras=[
        "Chuyên đề năm 2025 có chủ đề \"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về xây dựng Đảng thật sự trong sạch, vững mạnh, tinh gọn, hoạt động hiệu lực, hiệu quả\". Tại hội nghị, báo cáo viên đã trình bày những nội dung cơ bản của chuyên đề và liên hệ với thực tiễn công tác sắp xếp tổ chức bộ máy đang được triển khai.",
        "Theo đánh giá, năm 2024 việc học tập và làm theo Bác trên địa bàn tỉnh tiếp tục được triển khai sâu rộng; toàn tỉnh có 1.420 mô hình, điển hình được biểu dương, nhân rộng. Các cấp ủy đã đưa việc làm theo Bác vào nội dung sinh hoạt chi bộ định kỳ.",
        "Phát biểu chỉ đạo, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy yêu cầu các cấp ủy tổ chức học tập chuyên đề nghiêm túc, gắn với thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy của hệ thống chính trị; phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu.",
        "Đồng chí cũng lưu ý cần chú trọng phát hiện, bồi dưỡng, biểu dương các tập thể, cá nhân điển hình; đẩy mạnh tuyên truyền trên không gian mạng để lan tỏa những tấm gương người tốt, việc tốt trong đời sống xã hội.",
    ],
    images=[
        dict(after=0, caption="Quang cảnh hội nghị tại điểm cầu Tỉnh ủy.", credit="Quốc Bảo"),
    ],
    today=D(2026, 11, 19),
    notes="Custom 'detail__' CMS; a 'Tin liên quan' box sits INSIDE the body between paragraphs 2 and 3 (not article text); date 'Thứ Năm, 06/02/2025 14:30'; two authors joined by an en dash; caption div with '(Ảnh: X)'; rating stars, 'Nghe đọc bài viết' player, 'Tin cùng chuyên mục' with dates; footer licence.",
))

ARTICLES.append(dict(
    slug="travinh-amp-chol-chnam-thmay",
    url="https://travinh.dcs.vn/amp/tin-tuc/tinh-uy-tra-vinh-tham-chuc-tet-chol-chnam-thmay-2024-15530.html",
    title="Lãnh đạo Tỉnh ủy Trà Vinh thăm, chúc Tết Chôl Chnăm Thmây năm 2024",
    dt=D(2024, 4, 10, 8, 0), precision="datetime",
    authors=["Thạch Sô Phol"], byline="THẠCH SÔ PHOL",
    source=None, source_line=None,
    lead="Nhân dịp Tết cổ truyền Chôl Chnăm Thmây của đồng bào Khmer năm 2024, ngày 9/4, đoàn công tác của Tỉnh ủy Trà Vinh đã đến thăm, chúc Tết các chùa Khmer, vị sư sãi, người có uy tín và gia đình chính sách trên địa bàn tỉnh.",
    paras=[
        "Tại chùa Âng, phường 8, thành phố Trà Vinh, thay mặt lãnh đạo tỉnh, đồng chí Phó Bí thư Thường trực Tỉnh ủy gửi lời chúc mừng năm mới đến chư tăng và đồng bào Khmer; đánh giá cao đóng góp của các vị sư sãi trong việc vận động đồng bào đoàn kết, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.",
        "Năm 2023, đời sống của đồng bào Khmer trong tỉnh tiếp tục được cải thiện; tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 2,1%. Các chính sách đối với người có uy tín, hỗ trợ nhà ở, đất sản xuất, học bổng cho học sinh, sinh viên dân tộc thiểu số được triển khai kịp thời, đúng đối tượng.",
        "Thay mặt chư tăng nhà chùa, Đại đức Trụ trì chùa Âng cảm ơn sự quan tâm của lãnh đạo tỉnh và khẳng định sẽ tiếp tục vận động phật tử, đồng bào phát huy tinh thần đoàn kết, xây dựng quê hương ngày càng giàu đẹp.",
        "Dịp này, đoàn đã trao quà tặng các chùa và gia đình chính sách tiêu biểu, mỗi phần quà trị giá 2 triệu đồng.",
    ],
    images=[dict(after=0, caption="Đoàn công tác Tỉnh ủy thăm, chúc Tết tại chùa Âng.", credit="Thạch Sô Phol")],
    today=D(2026, 11, 19),
    notes="AMP page (<html amp>, amp-img, amp-social-share, amp-analytics, JSON-LD NewsArticle with the same date); headline h1; time[datetime]; figure/figcaption with 'Ảnh: X'; ALL-CAPS byline 'THẠCH SÔ PHOL'; 'Tin liên quan' amp-list fallback with dates; sidebar menu.",
))


# --------------------------------------------------------------------------
# helpers for layouts
# --------------------------------------------------------------------------
def dmy(d, pad=True):
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"


def hm(t):
    return f"{t.hour:02d}:{t.minute:02d}"


def wd(d):
    return WD[d.weekday()]


def body(a, p, h=None, q=None, img=None):
    """Render paragraphs; p/h/q are callables text->html; img(image)->html."""
    out = []
    h = h or (lambda t: f"<h3>{e(t)}</h3>")
    q = q or (lambda t: f"<blockquote><p>{e(t)}</p></blockquote>")
    for i, para in enumerate(a["paras"]):
        if para.startswith("## "):
            out.append(h(para[3:]))
        elif para.startswith("> "):
            out.append(q(para[2:]))
        else:
            out.append(p(para))
        for im in a["images"]:
            if im["after"] == i and img:
                out.append(img(im))
    return "\n".join(out)


def cap(im, style="paren"):
    c, cr = im["caption"], im["credit"]
    if not cr:
        return e(c)
    if style == "paren":
        return f"{e(c)} (Ảnh: {e(cr)})"
    if style == "plain":
        return f"{e(c)} Ảnh: {e(cr)}"
    if style == "br":
        return f"{e(c)}<br><em>Ảnh: {e(cr)}</em>"
    if style == "span":
        return f'{e(c)} <span class="credit">Ảnh: {e(cr)}</span>'
    raise ValueError(style)


def li_dated(items, fmt='<li><a href="{href}">{t}</a> <span class="date">({d})</span></li>'):
    return "\n".join(fmt.format(href=f"/tin/{i + 100}.html", t=e(t), d=d) for i, (t, d) in enumerate(items))


RELATED = [
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15", "12/11/2026"),
    ("Triển khai công tác chuẩn bị đại hội đảng bộ các cấp", "03/10/2026"),
    ("Kiểm tra, giám sát việc thực hiện Quy định số 144-QĐ/TW", "28/09/2026"),
    ("Tập huấn nghiệp vụ công tác tuyên giáo năm 2026", "15/09/2026"),
]
RELATED_OLD = [
    ("Sơ kết 6 tháng thực hiện Nghị quyết của Tỉnh ủy", "18/07/2021"),
    ("Trao Huy hiệu Đảng đợt 3/2", "02/02/2022"),
    ("Họp mặt kỷ niệm Ngày thành lập Mặt trận Tổ quốc Việt Nam", "18/11/2022"),
]


# --------------------------------------------------------------------------
# layouts
# --------------------------------------------------------------------------
def L01(a):  # legacy ASP table portal with <font>, entities
    d, t = a["dt"], a["today"]
    img = lambda im: (f'<table align="center" border="0" cellpadding="2" width="450"><tr><td><img src="/Images/tin/2023/1452a.jpg" width="450" border="0"></td></tr>'
                      f'<tr><td align="center"><font face="Arial" size="2" color="#003399"><i>{cap(im)}</i></font></td></tr></table>')
    paras = body(a, lambda x: f'<p align="justify"><font face="Times New Roman" size="3">{e(x)}</font></p>', img=img)
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<title>Trang th&ocirc;ng tin điện tử Đảng bộ tỉnh Điện Biên</title>
<script language="JavaScript">function MM_swapImage(){{}}</script></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" background="/images/bg_top.jpg" height="120"><img src="/images/logo.gif" alt="logo"><img src="/images/co_dong.gif" alt="Ảnh cờ động"></td></tr>
<tr><td colspan="3" bgcolor="#B20000"><font color="#FFFFFF" face="Arial" size="2">&nbsp;{wd(t)}, ngày {dmy(t)} &nbsp;|&nbsp; <a href="/"><font color="#FFFF00">Trang chủ</font></a> | <a href="/GioiThieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> | <a href="/DanhMuc.asp?CatID=3"><font color="#FFFFFF">Xây dựng Đảng</font></a> | <a href="/DanhMuc.asp?CatID=4"><font color="#FFFFFF">Kinh tế - Xã hội</font></a> | <a href="/VanBan.asp"><font color="#FFFFFF">Văn bản</font></a></font></td></tr>
<tr><td colspan="3"><marquee scrollamount="3"><font color="#CC0000" face="Arial" size="2">Chào mừng kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026) *** Nhiệt liệt chào mừng Đại hội Đảng bộ tỉnh Điện Biên ***</font></marquee></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F5F5F5"><font face="Arial" size="2"><b>DANH MỤC</b><br><a href="#">Tin hoạt động</a><br><a href="#">Xây dựng Đảng</a><br><a href="#">Học tập và làm theo Bác</a><br><a href="#">Quốc phòng - An ninh</a><br><br>
<b>TÌM KIẾM</b><br><form action="/TimKiem.asp"><input name="q" size="15"><input type="submit" value="Tìm"></form></font></td>
<td width="620" valign="top">
<table width="100%" cellpadding="6"><tr><td>
<font face="Arial" size="2" color="#666666"><a href="/">Trang chủ</a> &raquo; <a href="/DanhMuc.asp?CatID=3">Xây dựng Đảng</a></font><br><br>
<font face="Arial" size="4" color="#B20000"><b>{e(a["title"])}</b></font><br>
<font face="Arial" size="1" color="#999999">Cập nhật: {dmy(d)} {hm(d)} &nbsp; Lượt xem: 1.087</font><br><br>
{paras}
<p align="right"><font face="Times New Roman" size="3"><b>{e(a["byline"])}</b></font></p>
<p align="right"><font face="Arial" size="1"><a href="javascript:window.print()">In bài</a> | <a href="/GuiBai.asp?ID=1452">Gửi bài</a> | <a href="#top">Về đầu trang</a></font></p>
<hr size="1" noshade>
<font face="Arial" size="2"><b>Các tin khác:</b></font>
<ul>{li_dated(RELATED_OLD, '<li><font face="Arial" size="2"><a href="{href}">{t}</a> <font color="#999999">({d})</font></font></li>')}</ul>
</td></tr></table></td>
<td width="180" valign="top"><font face="Arial" size="2"><b>THỐNG KÊ TRUY CẬP</b><br>Đang truy cập: 37<br>Hôm nay: 1.942<br>Số lượt truy cập: 1.204.567</font><br><br>
<a href="http://dangcongsan.vn"><img src="/images/banner_dcsvn.gif" alt="Báo điện tử Đảng Cộng sản Việt Nam"></a></td>
</tr>
<tr><td colspan="3" bgcolor="#B20000" align="center"><font color="#FFFFFF" face="Arial" size="1">Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Điện Biên<br>Địa chỉ: Tổ dân phố 5, phường Mường Thanh, thành phố Điện Biên Phủ. Điện thoại: 0215.3825.xxx<br>Giấy phép số 12/GP-STTTT. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font></td></tr>
</table></body></html>"""


def L02(a):  # Bootstrap 3, two h1
    d, t = a["dt"], a["today"]
    img = lambda im: f'<figure class="image"><img class="img-responsive" src="/uploads/2023/05/hnd-{im["after"]}.jpg" alt=""><figcaption>{cap(im, "plain")}</figcaption></figure>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(a["title"])} - Hội Nông dân tỉnh Lai Châu</title>
<link rel="stylesheet" href="/css/bootstrap.min.css"><meta property="og:type" content="website"></head>
<body>
<div class="topbar"><div class="container"><span class="pull-left"><i class="glyphicon glyphicon-calendar"></i> {wd(t)}, {dmy(t)}</span>
<span class="pull-right"><a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a></span></div></div>
<header class="container"><h1 class="site-name"><a href="/"><img src="/images/logo-hnd.png" alt=""> HỘI NÔNG DÂN TỈNH LAI CHÂU</a></h1></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="/">Trang chủ</a></li><li class="active"><a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></li><li><a href="/tin-tuc/nong-dan-lam-giau">Nông dân làm giàu</a></li><li><a href="/van-ban">Văn bản</a></li><li><a href="/lien-he">Liên hệ</a></li></ul>
<form class="navbar-form navbar-right"><input class="form-control" placeholder="Tìm kiếm..."></form></div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></li></ol>
<div class="row"><div class="col-md-8">
<div class="panel panel-default"><div class="panel-body">
<h1 class="news-title">{e(a["title"])}</h1>
<div class="news-meta text-muted"><i class="glyphicon glyphicon-time"></i> {wd(d)}, {dmy(d)} - {hm(d)} &nbsp;&nbsp; <i class="glyphicon glyphicon-eye-open"></i> Lượt xem: 2.345
<div class="btn-group btn-group-xs pull-right"><a class="btn btn-default" href="#">A-</a><a class="btn btn-default" href="#">A+</a><a class="btn btn-default" href="#">In bài</a><a class="btn btn-default" href="#">Gửi bài</a></div></div>
<p class="lead"><strong>{e(a["lead"])}</strong></p>
<div class="news-content">
{paras}
<p class="text-right"><strong>{e(a["byline"])}</strong></p>
</div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a></div>
</div></div>
<div class="panel panel-default"><div class="panel-heading">Ý kiến bạn đọc</div><div class="panel-body"><form><input class="form-control" placeholder="Họ tên"><textarea class="form-control" placeholder="Nội dung ý kiến"></textarea><button class="btn btn-primary">Gửi ý kiến</button></form></div></div>
<div class="panel panel-default"><div class="panel-heading">Tin cùng chuyên mục</div><ul class="list-group">{li_dated(RELATED, '<li class="list-group-item"><a href="{href}">{t}</a> <small>{d}</small></li>')}</ul></div>
</div>
<div class="col-md-4">
<div class="panel panel-primary"><div class="panel-heading">Thăm dò ý kiến</div><div class="panel-body">Bạn biết đến Hội qua kênh nào?<br><label><input type="radio"> Báo chí</label><br><label><input type="radio"> Mạng xã hội</label><br><button class="btn btn-default btn-sm">Bình chọn</button> <a href="#">Xem kết quả</a></div></div>
<div class="panel panel-default"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body">Đang truy cập: 12<br>Hôm nay: 845<br>Tổng lượt truy cập: 987.654</div></div>
<div class="carousel"><div class="item"><img src="/banner/empty.png" alt="No title..."></div><div class="item"><img src="/banner/empty2.png" alt="No title..."></div></div>
</div></div></div>
<footer class="footer"><div class="container">Bản quyền thuộc Hội Nông dân tỉnh Lai Châu. Địa chỉ: Phường Đông Phong, thành phố Lai Châu. Điện thoại: 0213.3876.xxx. Giấy phép số 05/GP-TTĐT.</div></footer>
</body></html>"""


def L03(a):  # Tailwind
    d, t = a["dt"], a["today"]
    img = lambda im: f'<figure class="my-6"><img class="w-full rounded-lg" src="https://cdn.tinhuycaobang.vn/2024/03/22/nq-du-lich.jpg" alt="{e(im["caption"])}"><figcaption class="mt-2 text-center text-sm italic text-gray-500">{cap(im, "span")}</figcaption></figure>'
    paras = body(a, lambda x: f'<p class="mb-4 leading-7 text-justify">{e(x)}</p>', img=img)
    return f"""<!doctype html>
<html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>{e(a["title"])} | Tỉnh ủy Cao Bằng</title><link href="/assets/app.4f9a1c.css" rel="stylesheet"></head>
<body class="bg-gray-50 font-sans text-gray-800">
<div class="bg-red-800 text-xs text-white"><div class="mx-auto flex max-w-6xl justify-between px-4 py-1"><span class="date">{wd(t)}, {dmy(t)}</span><span><a class="hover:underline" href="/lien-he">Liên hệ</a> · <a class="hover:underline" href="/rss">RSS</a></span></div></div>
<header class="bg-white shadow"><div class="mx-auto flex max-w-6xl items-center gap-4 px-4 py-3"><img class="h-16" src="/logo.svg" alt="Tỉnh ủy Cao Bằng"><div class="text-2xl font-bold uppercase text-red-700">Cổng thông tin điện tử Tỉnh ủy Cao Bằng</div>
<form class="ml-auto"><input class="rounded border px-2 py-1" placeholder="Tìm kiếm"></form></div>
<nav class="bg-red-700"><ul class="mx-auto flex max-w-6xl gap-6 px-4 py-2 text-sm font-semibold text-white"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/xay-dung-dang">Xây dựng Đảng</a></li><li><a href="/kinh-te">Kinh tế</a></li><li><a href="/van-hoa">Văn hóa - Du lịch</a></li></ul></nav></header>
<main class="mx-auto grid max-w-6xl grid-cols-1 gap-8 px-4 py-6 lg:grid-cols-3">
<article class="lg:col-span-2 rounded bg-white p-6 shadow-sm">
<nav class="mb-3 text-xs text-gray-500"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></nav>
<h1 class="mb-2 text-3xl font-bold leading-tight text-gray-900">{e(a["title"])}</h1>
<div class="mb-4 flex items-center gap-3 text-sm text-gray-500"><time datetime="{d.isoformat()}+07:00">{dmy(d)} {hm(d)}</time><span>·</span><span>Lượt xem: 3.210</span>
<span class="ml-auto flex gap-2"><button class="rounded border px-2">A-</button><button class="rounded border px-2">A+</button><button class="rounded border px-2">In bài</button><button class="rounded border px-2">Chia sẻ</button></span></div>
<div class="mb-6 border-l-4 border-red-700 bg-red-50 p-4 font-semibold">{e(a["lead"])}</div>
<div class="prose max-w-none">
{paras}
</div>
<p class="mt-6 text-right font-bold">{e(a["byline"])}</p>
<section class="mt-8"><h3 class="mb-2 font-bold uppercase text-red-700">Tin liên quan</h3><ul class="list-disc pl-5 text-sm">{li_dated(RELATED)}</ul></section>
</article>
<aside class="space-y-6"><div class="rounded bg-white p-4 shadow-sm"><h3 class="mb-2 font-bold text-red-700">Tin mới nhất</h3><ul class="space-y-2 text-sm">
<li><a href="/tin/1">Cao Bằng đón đoàn công tác của Bộ Văn hóa, Thể thao và Du lịch</a><span class="block text-xs text-gray-400">08:12 18/11/2026</span></li>
<li><a href="/tin/2">Hội nghị Ban Thường vụ Tỉnh ủy tháng 11</a><span class="block text-xs text-gray-400">16:40 17/11/2026</span></li></ul></div>
<div class="rounded bg-white p-4 text-sm shadow-sm"><h3 class="font-bold">Thống kê truy cập</h3><p>Đang truy cập: 58</p><p>Hôm nay: 4.102</p><p>Tổng lượt truy cập: 12.345.678</p></div></aside>
</main>
<footer class="bg-red-900 py-6 text-center text-xs text-white">Bản quyền thuộc Tỉnh ủy Cao Bằng · Giấy phép số 45/GP-TTĐT · Số 012 đường Hoàng Đình Giong, thành phố Cao Bằng · ĐT: 0206.3852.xxx</footer>
</body></html>"""


def L04(a):  # React/Next SSR, hashed classes, no h1
    d, t = a["dt"], a["today"]
    nd = {"props": {"pageProps": {"article": {"id": "65f2a1c9e4b0a1", "title": a["title"], "publishedAt": d.isoformat() + "+07:00",
          "category": "Công tác dân vận", "author": a["byline"], "views": 1893}}, "__N_SSP": True}, "page": "/bai-viet/[slug]"}
    img = lambda im: f'<div class="css-9k3lq2"><img src="/_next/image?url=%2Fuploads%2Fdvk.jpg&amp;w=828&amp;q=75" alt="" class="css-1ldw0a"><div class="css-7bq2xe">{cap(im)}</div></div>'
    paras = body(a, lambda x: f'<p class="css-0 e1k3m9z0">{e(x)}</p>', img=img)
    return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Tin tức - Tỉnh ủy Bắc Kạn</title><meta name="viewport" content="width=device-width"><meta name="next-head-count" content="3"><link rel="preload" href="/_next/static/css/8f1e2a.css" as="style"></head>
<body><div id="__next"><div class="css-1d3w5wq"><div class="css-q8b2k1"><div class="css-k008qs"><span class="css-1vg6q84">{wd(t)}, {dmy(t)}</span><div class="css-70qvj9"><a href="/tim-kiem" class="css-1x2y3z">Tìm kiếm</a><a href="/dang-nhap" class="css-1x2y3z">Đăng nhập</a></div></div>
<div class="css-1r9xrt2"><img src="/logo.png" alt="Tỉnh ủy Bắc Kạn" class="css-9taffg"><div class="css-zx9y1p">ĐẢNG BỘ TỈNH BẮC KẠN</div></div>
<div class="css-ul0f1x"><a class="css-v1b5eu" href="/">Trang chủ</a><a class="css-v1b5eu" href="/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a><a class="css-v1b5eu" href="/chuyen-muc/dan-van">Công tác dân vận</a><a class="css-v1b5eu" href="/chuyen-muc/hoc-tap-lam-theo-bac">Học tập và làm theo Bác</a></div></div>
<div class="css-8atqhb"><div class="css-1n9j4zz"><div class="css-1w0l4pe"><a href="/">Trang chủ</a> › <a href="/chuyen-muc/dan-van">Công tác dân vận</a></div>
<div class="css-h7x1b0">{e(a["title"])}</div>
<div class="css-1tk2l8m"><span class="css-1fzv6ul">{hm(d)} | {dmy(d)}</span><span class="css-1fzv6ul">1.893 lượt xem</span><span class="css-ro5p4a">Chia sẻ</span><span class="css-ro5p4a">In</span></div>
<div class="css-2pjw8x">{e(a["lead"])}</div>
<div class="css-16kqr9a">
{paras}
</div>
<div class="css-rf0m1a">{e(a["byline"])}</div>
<div class="css-1pw5p2e"><div class="css-1b0r6x9">Tin khác</div>{li_dated(RELATED[:3], '<div class="css-t3k0l"><a href="{href}">{t}</a><span class="css-1fzv6ul">{d}</span></div>')}</div>
</div><div class="css-1qm1lh"><div class="css-1b0r6x9">Đọc nhiều</div><div class="css-t3k0l"><a href="/bai-viet/x1">Bắc Kạn: Khai mạc Tuần Văn hóa - Du lịch</a></div><div class="css-t3k0l"><a href="/bai-viet/x2">Hội nghị Tỉnh ủy lần thứ 20</a></div></div></div>
<div class="css-7t4xhz">© 2026 Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Bắc Kạn. Giấy phép số 18/GP-TTĐT. Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn.</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>
<script src="/_next/static/chunks/main-3b7c1f.js" defer></script></body></html>"""


def L05(a):  # Joomla K2, bold first paragraph lead, blockquote
    d, t = a["dt"], a["today"]
    img = lambda im: f'<p style="text-align: center;"><img src="/images/2022/04/thang-cong-nhan.jpg" alt="" width="600"></p>\n<p style="text-align: center;"><em>{cap(im)}</em></p>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", q=lambda x: f'<blockquote class="quote-box"><p>{e(x)}</p></blockquote>', img=img)
    return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi-vn" lang="vi-vn"><head><meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management"><title>{e(a["title"])}</title>
<link href="/components/com_k2/css/k2.css" rel="stylesheet"></head>
<body class="site com_k2 view-item">
<div id="gkTop"><div class="gkPage"><div id="gkDate">{WD_LOWER[t.weekday()]}, {t.day:02d} Tháng {t.month} {t.year}</div><div id="gkLogo"><a href="/"><img src="/images/logo-ldld.png" alt="Liên đoàn Lao động tỉnh Hòa Bình"></a></div>
<div id="gkSearch"><form action="/tim-kiem"><input name="searchword" value="Tìm kiếm..."></form></div></div></div>
<div id="gkMainMenu"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li class="active"><a href="/tin-tuc">Tin tức - Sự kiện</a></li><li><a href="/chinh-sach-phap-luat">Chính sách pháp luật</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li></ul></div>
<div id="gkBreadcrumb"><span class="breadcrumbs"><a href="/">Trang chủ</a> <span class="divider">/</span> <a href="/tin-tuc">Tin tức</a> <span class="divider">/</span> <span>{e(a["title"])}</span></span></div>
<div id="gkMainbody"><div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{WD_LOWER[d.weekday()]}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}</span>
<h2 class="itemTitle">{e(a["title"])}</h2></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" href="#">In</a></li><li><a class="itemEmailLink" href="#">Email</a></li><li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="#" id="fontDecrease">A-</a> <a href="#" id="fontIncrease">A+</a></li><li><span class="itemHits">1523 Lượt xem</span></li></ul></div>
<div class="itemRatingBlock"><span>Đánh giá bài viết</span><div class="itemRatingForm"><ul class="itemRatingList"><li><a href="#" title="1 sao trên 5">1</a></li><li><a href="#" title="5 sao trên 5">5</a></li></ul><div class="itemRatingLog">(0 bình chọn)</div></div></div>
<div class="itemBody">
<div class="itemIntroText"><p><strong>{e(a["lead"])}</strong></p></div>
<div class="itemFullText">
{paras}
<p style="text-align: right;"><strong>{e(a["byline"])}</strong></p>
</div></div>
<div class="itemSocialSharing">Chia sẻ: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
<div class="itemAuthorLatest"><h3>Các bài viết khác</h3><ul>{li_dated(RELATED_OLD, '<li><a href="{href}">{t}</a> - {d}</li>')}</ul></div>
<div class="itemComments"><h3>Ý kiến bạn đọc</h3><form><input name="userName" placeholder="Họ tên"><textarea name="commentText">Nhập bình luận của bạn tại đây...</textarea><input type="submit" value="Gửi bình luận"></form></div>
</div></div>
<div id="gkRight"><div class="moduletable"><h3>Thống kê</h3>Hôm nay: 312<br>Hôm qua: 455<br>Tất cả: 645.120<br>Đang online: 9</div>
<div class="moduletable"><h3>Liên kết website</h3><select><option>Tổng Liên đoàn Lao động Việt Nam</option><option>Báo Lao động</option></select></div></div>
<div id="gkFooter">Bản quyền thuộc Liên đoàn Lao động tỉnh Hòa Bình. Địa chỉ: Đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình. ĐT: 0218.3852.xxx</div>
</body></html>"""


def L06(a):  # WordPress Newspaper theme, author box after body
    d, t = a["dt"], a["today"]
    img = lambda im: f'<div id="attachment_8812" class="wp-caption aligncenter" style="width: 810px"><img class="size-full wp-image-8812" src="/wp-content/uploads/2023/08/he-2023.jpg" width="800" height="533"><p id="caption-attachment-8812" class="wp-caption-text">{cap(im, "plain")}</p></div>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", h=lambda x: f"<h3><strong>{e(x)}</strong></h3>", img=img)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8"><title>{e(a["title"])} &#8211; Tỉnh đoàn Ninh Bình</title>
<meta name="generator" content="WordPress 6.2.2"><link rel="stylesheet" id="td-theme-css" href="/wp-content/themes/Newspaper/style.css?ver=12.3"></head>
<body class="post-template-default single single-post postid-8810 single-format-standard td-standard-pack">
<div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">{wd(t)}, {t.day} Tháng {t.month}, {t.year}</div><ul class="top-header-menu"><li><a href="/lien-he/">Liên hệ</a></li><li><a href="/wp-login.php">Đăng nhập</a></li></ul></div>
<div class="td-header-sp-logo"><a class="td-main-logo" href="/"><img src="/wp-content/uploads/logo-tinhdoan.png" alt="Tỉnh đoàn Ninh Bình"></a></div>
<ul id="menu-main" class="sf-menu"><li><a href="/">Trang chủ</a></li><li><a href="/category/tin-tuc/">Tin tức</a></li><li><a href="/category/phong-trao/">Phong trào</a></li><li><a href="/category/guong-sang/">Gương sáng</a></li></ul></div>
<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span8 td-main-content">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Trang chủ</a></span> <i class="td-bread-sep"></i> <span><a href="/category/phong-trao/">Phong trào</a></span></div></div>
<div class="td-ss-main-content"><div class="td-post-header"><ul class="td-category"><li class="entry-category"><a href="/category/phong-trao/">Phong trào</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{e(a["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">Bởi</div> <a href="/author/ngocanh/">{e(a["byline"])}</a><div class="td-author-line"> - </div></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d.isoformat()}+07:00">{dmy(d)}</time></span>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-8810">1294</span></div></div></header></div>
<div class="td-post-sharing-top">Chia sẻ <a class="td-social-facebook" href="#">Facebook</a> <a class="td-social-twitter" href="#">Twitter</a> <a class="td-social-print" href="#">In bài</a></div>
<div class="td-post-content tagdiv-type">
{paras}
</div>
<div class="td-author-name-bio"><div class="author-box-wrap"><img src="/avatar.jpg" class="avatar" alt=""><div class="desc"><div class="td-author-name vcard author"><span class="fn">Về tác giả: <a href="/author/ngocanh/">{e(a["byline"])}</a></span></div><div class="td-author-description">Cán bộ Ban Tuyên giáo Tỉnh đoàn Ninh Bình.</div></div></div></div>
<div class="td-related-title">Bài viết liên quan</div><div class="td_block_related_posts">{li_dated(RELATED, '<div class="td-module-container"><h3 class="entry-title td-module-title"><a href="{href}">{t}</a></h3><time class="entry-date">{d}</time></div>')}</div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h4 class="td-comments-title">Để lại bình luận</h4><form><textarea placeholder="Bình luận:"></textarea><input placeholder="Tên:*"><input placeholder="Email:*"><input type="submit" value="Gửi bình luận"></form></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar"><aside class="widget"><div class="block-title"><span>Xem nhiều</span></div><ul><li><a href="/2026/11/x">Đại hội Hội LHTN tỉnh lần thứ VIII</a> <span>15/11/2026</span></li></ul></aside>
<aside class="widget"><div class="block-title"><span>Lượt truy cập</span></div><p>Đang truy cập: 8</p><p>Tổng lượt truy cập: 203.441</p></aside></div></div></div></div>
<div class="td-footer-wrapper"><div class="td-sub-footer-copy">&copy; Bản quyền thuộc Tỉnh đoàn Ninh Bình. Địa chỉ: Đường Lê Hồng Phong, TP Ninh Bình.</div></div>
</body></html>"""


def L07(a):  # NukeViet variant
    d, t = a["dt"], a["today"]
    img = lambda im: f'<figure class="article center"><img alt="{e(im["caption"])}" src="/uploads/news/2024_06/sinh-hoat-chi-bo.jpg" width="700"><figcaption>{cap(im)}</figcaption></figure>'
    paras = body(a, lambda x: f'<p style="text-align:justify">{e(x)}</p>', img=img)
    return f"""<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#"><head><meta charset="utf-8"><title>{e(a["title"])} - Xây dựng Đảng - Cổng thông tin điện tử Đảng bộ tỉnh Hà Tĩnh</title>
<meta name="generator" content="NukeViet v4.5"><meta property="og:type" content="article"></head>
<body><noscript><div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.</div></noscript>
<div class="body-bg"><div class="wraper"><header><div class="container"><div id="header" class="row"><div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Đảng bộ tỉnh Hà Tĩnh" href="/"><img src="/uploads/logo.png" alt=""></a></div>
<div class="col-md-16"><div class="current-time">{t.day:02d}/{t.month:02d}/{t.year} {WD_LOWER[t.weekday()]}</div><div class="headerSearch"><input class="form-control" maxlength="60" placeholder="Tìm kiếm..."><button class="btn btn-info">Tìm</button></div></div></div></div></header>
<nav class="second-nav" id="menusite"><ul class="nav navbar-nav"><li><a href="/">Trang nhất</a></li><li class="active"><a href="/news/xay-dung-dang/">Xây dựng Đảng</a></li><li><a href="/news/tin-tuc/">Tin tức</a></li><li><a href="/laws/">Văn bản</a></li></ul></nav>
<div class="container" id="body"><div class="breadcrumbs-wrap"><ul class="breadcrumbs list-none"><li><a href="/"><span>Trang nhất</span></a></li><li><a href="/news/"><span>Tin Tức</span></a></li><li><a href="/news/xay-dung-dang/"><span>Xây dựng Đảng</span></a></li></ul></div>
<div class="row"><div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
<h1 class="title margin-bottom-lg" itemprop="headline">{e(a["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{WD_LOWER[d.weekday()]} - {dmy(d)} {hm(d)}</span></div>
<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" rel="nofollow" title="In ấn" href="#"><em class="fa fa-print fa-lg">&nbsp;</em></a></li><li><a class="dimgray" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>
<div class="clearfix"><div class="hometext m-bottom" itemprop="description"><strong>{e(a["lead"])}</strong></div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">
{paras}
</div>
<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>{e(a["byline"])}</p><p class="h5 text-right"><strong>Nguồn tin: </strong>{e(a["source_line"])}</p></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body"><form class="form-inline" role="form"><div class="h5 clearfix"><p>Tổng số điểm của bài viết là: 25 trong 5 đánh giá</p><div id="stringrating">Click để đánh giá bài viết</div></div></form></div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{li_dated(RELATED[:2], '<li><a href="{href}">{t}</a><em>({d})</em></li>')}</ul>
<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{li_dated(RELATED_OLD, '<li><a href="{href}">{t}</a><em>({d})</em></li>')}</ul></div></div>
</div><div class="col-md-6"><div class="panel panel-primary"><div class="panel-heading">Thống kê truy cập</div><div class="panel-body"><ul class="counter list-none"><li>Đang truy cập: 46</li><li>Hôm nay: 3.412</li><li>Tháng hiện tại: 98.210</li><li>Tổng lượt truy cập: 8.765.432</li></ul></div></div></div></div></div>
<footer id="footer"><div class="copyright">Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Hà Tĩnh. Giấy phép số 21/GP-TTĐT. Địa chỉ: Số 2 Nguyễn Chí Thanh, TP Hà Tĩnh.</div></footer></div></div>
</body></html>"""


def L08(a):  # DNN variant with spans
    d, t = a["dt"], a["today"]
    img = lambda im: f'<table class="image center" cellspacing="0" cellpadding="3" align="center"><tbody><tr><td><img style="width: 600px" src="/Portals/12/2024/6/giam-sat.jpg"></td></tr><tr><td class="image_desc" style="text-align:center"><span style="font-size:9pt"><i>{cap(im)}</i></span></td></tr></tbody></table>'
    paras = body(a, lambda x: f'<p style="text-align: justify;"><span style="font-family: Arial; font-size: 11pt;">{e(x)}</span></p>', img=img)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN"><head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<title>Ủy ban Kiểm tra Tỉnh ủy Quảng Bình &gt; Tin hoạt động &gt; Chi tiết</title><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke"></head>
<body id="Body"><form method="post" action="/Default.aspx?tabid=85&amp;ArticleID=2291" id="Form"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgYCAQ9kFgICBw8WAh4EVGV4dAV">
<div id="dnn_pnTop"><table width="1000" align="center"><tr><td class="banner"><img src="/Portals/12/banner-ubkt.jpg" alt="ỦY BAN KIỂM TRA TỈNH ỦY QUẢNG BÌNH"></td></tr>
<tr><td class="menu"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToday">{wd(t)}, {dmy(t)}</span> | <a href="/Default.aspx?tabid=36">Trang chủ</a> | <a href="/Default.aspx?tabid=85">Tin hoạt động</a> | <a href="/Default.aspx?tabid=90">Văn bản</a> | <a href="/Default.aspx?tabid=95">Hỏi đáp</a> | <a id="dnn_dnnLOGIN_loginLink" class="SkinObject" href="/Login.aspx">Đăng nhập</a></td></tr></table></div>
<table width="1000" align="center"><tr><td valign="top" width="740" id="dnn_ContentPane">
<div class="DnnModule DnnModule-TinTuc"><span id="dnn_ctr512_dnnTITLE_lblTitle" class="Head">Tin hoạt động</span>
<table width="100%" cellpadding="4"><tr><td><span id="dnn_ctr512_ViewTinTuc_lblTieuDe" class="TieuDe" style="font-size:16pt;font-weight:bold;color:#0b4da2">{e(a["title"])}</span></td></tr>
<tr><td><span id="dnn_ctr512_ViewTinTuc_lblNgayDang" class="NgayDang">Cập nhật: {dmy(d)} {hm(d)}:00 (GMT+7)</span> &nbsp; <span class="LuotXem">Số lượt xem: 765</span></td></tr>
<tr><td><span id="dnn_ctr512_ViewTinTuc_lblTomTat" class="TomTat" style="font-weight:bold">{e(a["lead"])}</span></td></tr>
<tr><td><div id="dnn_ctr512_ViewTinTuc_pnNoiDung" class="NoiDung">
{paras}
<p style="text-align: right;"><strong>{e(a["byline"])}</strong></p>
</div></td></tr>
<tr><td><a id="dnn_ctr512_ViewTinTuc_lnkPrint" href="#">In trang</a> | <a id="dnn_ctr512_ViewTinTuc_lnkEmail" href="#">Gửi email</a> | <a href="#top">Lên đầu trang</a></td></tr></table>
<div class="CacTinDaDua"><b>Các tin đã đưa:</b><ul>{li_dated(RELATED_OLD, '<li><a href="{href}">{t}</a> ({d})</li>')}</ul></div></div>
</td><td valign="top" width="260" id="dnn_RightPane"><div class="ThongKe"><b>Thống kê truy cập</b><br>Đang online: 3<br>Hôm nay: 211<br>Trong tuần: 1.530<br>Tất cả: 420.118</div>
<div><a href="http://www.ubkttw.vn"><img src="/Portals/12/lk-ubkttw.jpg" alt="Ủy ban Kiểm tra Trung ương"></a></div></td></tr></table>
<div id="dnn_pnFooter" align="center">Bản quyền thuộc Ủy ban Kiểm tra Tỉnh ủy Quảng Bình. Địa chỉ: Số 2 Hương Giang, TP Đồng Hới. Điện thoại: 0232.3822.xxx</div>
</form></body></html>"""


def L09(a):  # SharePoint, generic title, initials byline
    d, t = a["dt"], a["today"]
    img = lambda im: f'<p style="text-align:center"><img src="/noidung/tintuc/PublishingImages/2022/3/nguoi-uy-tin.jpg" alt="" style="width:600px"></p><p style="text-align:center"><i>{cap(im)}</i></p>'
    paras = body(a, lambda x: f'<p style="text-align:justify">{e(x)}</p>', img=img)
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi-VN"><head><meta http-equiv="X-UA-Compatible" content="IE=10"><meta name="GENERATOR" content="Microsoft SharePoint"><meta http-equiv="Content-type" content="text/html; charset=utf-8">
<title>Chi tiết tin tức</title><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css"></head>
<body><div id="ms-designer-ribbon"><div id="s4-ribbonrow"><span class="ms-siteactions-root"><a href="/_layouts/15/Authenticate.aspx">Đăng nhập</a></span></div></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
<div class="header"><div class="logo"><img src="/Style Library/images/logo-bdv.png" alt="BAN DÂN VẬN TỈNH ỦY QUẢNG NAM"></div><div class="ngay-thang">Hôm nay, {wd(t).lower()} ngày {dmy(t)}</div>
<div class="search"><input type="text" title="Tìm kiếm..." value="Tìm kiếm..."></div></div>
<div class="menu-top"><ul><li><a href="/">Trang chủ</a></li><li><a href="/noidung/gioithieu">Giới thiệu</a></li><li><a href="/noidung/tintuc/Pages/default.aspx">Tin tức - Sự kiện</a></li><li><a href="/noidung/vanban">Văn bản</a></li></ul></div>
<div id="contentBox"><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/noidung/tintuc">Tin tức</a> &gt; Chi tiết tin tức</div>
<div class="ms-webpart-zone ms-fullWidth"><div class="ms-webpartzone-cell"><div class="ms-WPBody">
<div class="NewsDetail"><div class="TitleNews">{e(a["title"])}</div>
<div class="DateNews">{d.hour:02d}h{d.minute:02d} ngày {d.day}/{d.month}/{d.year}</div>
<div class="SummaryNews"><b>{e(a["lead"])}</b></div>
<div class="ContentNews"><div class="ms-rtestate-field">
{paras}
<p style="text-align:right"><strong>{e(a["byline"])}</strong></p>
</div></div>
<div class="ToolNews"><a href="#">Bản in</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div></div>
<div class="OtherNews"><div class="header-other">Tin liên quan</div><ul>{li_dated(RELATED, '<li><a href="{href}">{t}</a> <span>({d})</span></li>')}</ul></div>
</div></div></div></div>
<div class="footer"><p>Bản quyền thuộc Ban Dân vận Tỉnh ủy Quảng Nam</p><p>Địa chỉ: 62 Hùng Vương, TP Tam Kỳ. Điện thoại: 0235.3852.xxx</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div></div></body></html>"""


def L10(a):  # Liferay academic
    d, t = a["dt"], a["today"]
    paras = body(a, lambda x: f'<p style="text-align:justify">{e(x)}</p>', h=lambda x: f"<p><strong>{e(x)}</strong></p>",
                 q=lambda x: f'<div class="quote-box" style="border:1px solid #c00;padding:8px;background:#fff8f0"><p><em>{e(x)}</em></p></div>')
    return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN"><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><title>{e(a["title"])} - Nghiên cứu - Trao đổi - Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ngãi</title>
<link href="/o/dcs-theme/css/main.css" rel="stylesheet"></head>
<body class="controls-visible yui3-skin-sam guest-site signed-out public-page site">
<div id="wrapper"><header id="banner" role="banner"><div class="hd-top"><span class="today">{wd(t)}, ngày {t.day:02d}/{t.month:02d}/{t.year}</span><a class="sign-in" href="/c/portal/login">Đăng nhập</a></div>
<div class="site-title"><img src="/image/logo-qng.png" alt="Đảng bộ tỉnh Quảng Ngãi"></div>
<nav class="sort-pages modify-pages" id="navigation"><ul><li><a href="/web/guest/trang-chu">Trang chủ</a></li><li class="selected"><a href="/web/guest/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></li><li><a href="/web/guest/tin-tuc">Tin tức</a></li></ul></nav></header>
<div id="content"><div class="portlet-boundary portlet-boundary_101_ portlet-asset-publisher" id="p_p_id_101_INSTANCE_Kx7bQm_">
<div class="portlet-body"><div class="asset-full-content default-asset-publisher show-asset-title">
<div class="breadcrumb"><a href="/web/guest">Trang chủ</a> › <a href="/web/guest/nghien-cuu-trao-doi">Nghiên cứu - Trao đổi</a></div>
<h3 class="header-title"><span>{e(a["title"])}</span></h3>
<div class="asset-content"><div class="journal-content-article">
<p style="text-align:right"><strong>PGS.TS NGUYỄN VĂN HẢI</strong><br><em>Trường Chính trị tỉnh Quảng Ngãi</em><br><strong>ThS. TRẦN THỊ BÍCH NGỌC</strong><br><em>Ban Tổ chức Tỉnh ủy Quảng Ngãi</em></p>
<div class="sapo"><p><strong><em>{e(a["lead"])}</em></strong></p></div>
{paras}
</div></div>
<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: {dmy(d)}</span> <span class="metadata-entry metadata-view-count">Lượt xem: 4.512</span></div>
<div class="taglib-social-bookmarks"><a href="#">In bài</a> <a href="#">Gửi bài</a> <a href="#">Chia sẻ</a></div>
<div class="taglib-ratings"><div class="liferay-rating-score">Đánh giá bài viết: <span>(0 Bình chọn)</span></div></div>
</div></div></div>
<div class="portlet-boundary portlet-asset-publisher"><div class="portlet-title">Các bài viết khác</div><ul>{li_dated(RELATED_OLD, '<li><a href="{href}">{t}</a> <span class="date">{d}</span></li>')}</ul></div></div>
<footer id="footer"><p>Bản quyền thuộc Tỉnh ủy Quảng Ngãi. Giấy phép số 09/GP-TTĐT. Địa chỉ: 52 Hùng Vương, TP Quảng Ngãi.</p><p>Powered by Liferay</p></footer></div>
</body></html>"""


def L11(a):  # Drupal
    d, t = a["dt"], a["today"]
    img = lambda im: f'<table class="caption-table" align="center" style="width:600px"><tbody><tr><td><img alt="" src="/sites/default/files/2023-12/lhpn-{im["after"]}.jpg" width="600"></td></tr><tr><td style="text-align:center"><em>{cap(im, "br")}</em></td></tr></tbody></table>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr"><head><meta charset="utf-8"><meta name="Generator" content="Drupal 9 (https://www.drupal.org)">
<title>{e(a["title"])} | Hội Liên hiệp Phụ nữ tỉnh Gia Lai</title></head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">Chuyển đến nội dung chính</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<header role="banner"><div class="region region-header"><div class="block-current-date">{wd(t)}, {dmy(t)}</div><div id="block-sitebranding"><a href="/" rel="home">HỘI LIÊN HIỆP PHỤ NỮ TỈNH GIA LAI</a></div>
<div class="search-block-form"><form action="/search/node"><input type="search" name="keys" placeholder="Tìm kiếm"><input type="submit" value="Tìm"></form></div></div>
<nav role="navigation" class="menu--main"><ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li><a href="/guong-dien-hinh">Gương điển hình</a></li><li><a href="/user/login">Đăng nhập</a></li></ul></nav></header>
<div class="region region-breadcrumb"><nav class="breadcrumb"><ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content">
<div class="block-page-title-block"><h1 class="page-title"><span class="field field--name-title">{e(a["title"])}</span></h1></div>
<div role="article" about="/node/2734" class="node node--type-article node--view-mode-full">
<div class="node__meta"><span class="field--name-uid">Tác giả: {e(a["byline"])}</span><div class="node__submitted">Gửi lúc: {dmy(d)} {d.strftime("%H:%M:%S")}</div></div>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paras}
</div>
<div class="field field--name-field-tags"><div class="field__label">Từ khóa</div><div class="field__items"><a href="/taxonomy/term/12">phụ nữ</a> <a href="/taxonomy/term/13">tổng kết</a></div></div>
<ul class="links inline"><li><a href="#">In bài</a></li><li><a href="#">Gửi bài cho bạn bè</a></li></ul></div></div>
<div class="views-element-container"><h2>Tin cùng chuyên mục</h2><div class="view-content">{li_dated(RELATED, '<div class="views-row"><a href="{href}">{t}</a> <span class="field--name-created">{d}</span></div>')}</div></div>
</div>
<aside class="layout-sidebar-second"><div class="block-statistics"><h2>Thống kê truy cập</h2><p>Đang truy cập: 6</p><p>Hôm nay: 402</p><p>Tổng lượt truy cập: 312.908</p></div></aside></main>
<footer role="contentinfo"><p>Bản quyền thuộc Hội LHPN tỉnh Gia Lai. Địa chỉ: 34 Hùng Vương, TP Pleiku. ĐT: 0269.3824.xxx. Giấy phép số 03/GP-STTTT.</p></footer>
</div></div></body></html>"""


def L12(a):  # inline styles only
    d, t = a["dt"], a["today"]
    img = lambda im: f'<div style="text-align:center;margin:10px 0"><img src="/upload/2024/05/giao-ban.jpg" style="max-width:100%"><p style="font-style:italic;color:#555;text-align:center;font-size:13px">{cap(im)}</p></div>'
    paras = body(a, lambda x: f'<p style="text-align:justify;line-height:1.6;margin:0 0 12px">{e(x)}</p>', img=img)
    return f"""<html><head><meta charset="utf-8"><title>Ban Nội chính Tỉnh ủy Kon Tum</title></head>
<body style="margin:0;font-family:Arial,sans-serif;background:#eee">
<div style="width:1000px;margin:0 auto;background:#fff">
<div style="background:#a50000;color:#fff;padding:4px 10px;font-size:12px"><span style="float:right">{wd(t)}, {dmy(t)}</span>Cổng thông tin điện tử Ban Nội chính Tỉnh ủy Kon Tum</div>
<div style="height:110px;background:url(/img/banner.jpg)"><img src="/img/co-dong.gif" alt="cờ động" style="height:60px"></div>
<div style="background:#c00;padding:6px"><a href="/" style="color:#fff;margin-right:15px">Trang chủ</a><a href="/tin-hoat-dong" style="color:#fff;margin-right:15px">Tin hoạt động</a><a href="/phong-chong-tham-nhung" style="color:#fff;margin-right:15px">Phòng, chống tham nhũng</a><a href="/cai-cach-tu-phap" style="color:#fff">Cải cách tư pháp</a></div>
<div style="display:flex">
<div style="width:700px;padding:15px">
<div style="font-size:12px;color:#888;margin-bottom:8px"><a href="/">Trang chủ</a> » <a href="/tin-hoat-dong">Tin hoạt động</a></div>
<div style="font-size:12px;color:#888">{wd(d)}, {dmy(d)} &nbsp;|&nbsp; Lượt xem: 604</div>
<h2 style="font-size:22px;color:#a50000;margin:6px 0 10px">{e(a["title"])}</h2>
<p style="font-weight:bold;text-align:justify">{e(a["lead"])}</p>
{paras}
<div style="text-align:right;font-size:12px;margin-top:10px"><a href="#">In bài</a> · <a href="#">Gửi bài</a> · <a href="#">Chia sẻ</a></div>
<div style="margin-top:15px;border-top:2px solid #a50000"><div style="font-weight:bold;color:#a50000;padding:5px 0">Tin mới</div>{li_dated(RELATED, '<div style="padding:3px 0"><a href="{href}">{t}</a> <span style="color:#999">({d})</span></div>')}</div>
</div>
<div style="width:300px;padding:15px;background:#f7f7f7;font-size:13px"><div style="font-weight:bold">Thống kê truy cập</div><div>Đang truy cập: 4</div><div>Hôm nay: 190</div><div>Tổng lượt truy cập: 88.431</div>
<div style="margin-top:15px;font-weight:bold">Đường dây nóng</div><div>0260.3862.xxx</div></div></div>
<div style="background:#a50000;color:#fff;text-align:center;font-size:12px;padding:10px">Bản quyền thuộc Ban Nội chính Tỉnh ủy Kon Tum · Địa chỉ: 137 Phan Đình Phùng, TP Kon Tum</div>
</div></body></html>"""


def L13(a):  # Vue/Nuxt SSR, date only in lead
    t = a["today"]
    v = 'data-v-4a7c21e3'
    img = lambda im: f'<div {v} class="mt-4 mb-4"><img {v} src="/_nuxt/img/tuyen-duong.jpg" class="w-100 rounded"><div {v} class="text-center text-muted small fst-italic py-1">{cap(im, "plain")}</div></div>'
    paras = body(a, lambda x: f'<p {v} class="mb-3">{e(x)}</p>', img=img)
    return f"""<!doctype html>
<html data-n-head-ssr lang="vi"><head><meta data-n-head="ssr" charset="utf-8"><title>Chi tiết tin</title><link data-n-head="ssr" rel="canonical" href="{e(a["url"])}"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/_nuxt/css/3f2e1d0.css"></head>
<body><div data-server-rendered="true" id="__nuxt"><div id="__layout"><div {v} class="app-wrap">
<div {v} class="d-flex justify-content-between px-3 py-1 bg-primary text-white small"><span {v} class="header-date">{wd(t)}, ngày {t.day} tháng {t.month} năm {t.year}</span><span {v}><a {v} href="/dang-nhap" class="text-white">Đăng nhập</a></span></div>
<div {v} class="py-3 px-3 d-flex align-items-center"><img {v} src="/logo-doan.png" alt="logo"><div {v} class="fs-3 fw-bold text-primary ms-2">TỈNH ĐOÀN ĐẮK NÔNG</div></div>
<div {v} class="nav-scroller bg-light"><a {v} href="/" class="px-2">Trang chủ</a><a {v} href="/tin-hoat-dong" class="px-2">Tin hoạt động</a><a {v} href="/guong-sang" class="px-2">Gương sáng</a><a {v} href="/van-ban" class="px-2">Văn bản</a></div>
<div {v} class="container py-3"><div {v} class="row"><div {v} class="col-lg-8">
<div {v} class="small text-muted mb-2"><a {v} href="/">Trang chủ</a> / <a {v} href="/tin-hoat-dong">Tin hoạt động</a></div>
<h1 {v} class="fs-4 fw-bold">{e(a["title"])}</h1>
<div {v} class="tts-player border rounded p-2 my-2 small"><span {v}>Nghe đọc bài viết</span> <select {v}><option>Nữ miền Bắc</option><option>Nam miền Nam</option></select> <button {v}>▶</button> 00:00 / 03:12</div>
<div {v} class="fw-bold mb-3">{e(a["lead"])}</div>
<div {v} class="news-body">
{paras}
</div>
<div {v} class="text-end fw-bold">{e(a["byline"])}</div>
<div {v} class="d-flex gap-2 mt-3 small"><span {v}>Chia sẻ</span><span {v}>Facebook</span><span {v}>Zalo</span><span {v}>In bài</span></div>
</div><div {v} class="col-lg-4"><div {v} class="border p-2"><div {v} class="fw-bold text-uppercase text-primary">Xem nhiều</div>
{li_dated(RELATED[:3], f'<div {v} class="py-1 border-bottom"><a {v} href="{{href}}">{{t}}</a><div {v} class="small text-muted">{{d}}</div></div>')}
</div><div {v} class="border p-2 mt-3 small">Đang truy cập: 15<br>Hôm nay: 733<br>Tổng lượt truy cập: 250.118</div></div></div></div>
<div {v} class="bg-primary text-white text-center small py-3">Bản quyền thuộc Tỉnh đoàn Đắk Nông · Địa chỉ: Đường 23/3, phường Nghĩa Đức, TP Gia Nghĩa</div>
</div></div></div>
<script>window.__NUXT__=(function(a){{return {{layout:"default",data:[{{}}],state:{{app:{{today:a}}}}}}}}("{t.isoformat()}"));</script>
<script src="/_nuxt/a1b2c3.js" defer></script></body></html>"""


def L14(a):  # span headline, generic title, republished
    d, t = a["dt"], a["today"]
    img = lambda im: f'<div class="pic"><img src="/Upload/News/2024/7/van-phong.jpg" width="560"><div class="pic-note">{cap(im)}</div></div>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Chi tiết tin</title><link rel="stylesheet" href="/css/site.css"></head>
<body><div id="wrapper"><div id="top"><div class="ngay">{wd(t)}, {dmy(t)}</div><div class="topLinks"><a href="/tim-kiem">Tìm kiếm</a> | <a href="/so-do">Sơ đồ site</a></div></div>
<div id="banner"><img src="/images/banner-tinhuy.jpg" alt="Tỉnh ủy Khánh Hòa"></div>
<div id="menu"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/xay-dung-dang">Xây dựng Đảng</a><a href="/chuyen-doi-so">Chuyển đổi số</a></div>
<div id="ticker"><marquee>Tỉnh ủy Khánh Hòa triển khai nhiệm vụ năm 2027 ...</marquee></div>
<div id="main"><div id="left"><div class="nav-path">Trang chủ » Xây dựng Đảng</div>
<div class="news-detail"><span class="news-detail-title" style="font-size:22px;font-weight:bold;color:#003366;display:block;margin-bottom:6px">{e(a["title"])}</span>
<div class="news-date">{wd(d)}, {dmy(d)}, {hm(d)}</div>
<div class="tools"><a href="#">Cỡ chữ A-</a> <a href="#">A+</a> | <a href="#">In bài</a> | <a href="#">Gửi bài</a> | <a href="#">Chia sẻ</a></div>
<div class="news-content">
{paras}
<p style="text-align:right"><b>{e(a["byline"])}</b></p>
<p style="text-align:right"><i>{e(a["source_line"])}</i></p>
</div></div>
<div class="box-related"><div class="box-title">Tin liên quan</div><ul>{li_dated(RELATED[:3])}</ul></div>
</div>
<div id="right"><div class="box"><div class="box-title">Xem nhiều</div><ul>{li_dated(RELATED_OLD)}</ul></div><div class="box"><div class="box-title">Liên kết</div><img src="/images/bn-dcs.jpg" alt="Báo điện tử Đảng Cộng sản"><img src="/images/slide-empty.gif" alt="No title..."></div></div></div>
<div id="footer">Bản quyền thuộc Tỉnh ủy Khánh Hòa. Địa chỉ: 02 Hàn Thuyên, TP Nha Trang. Giấy phép số 15/GP-TTĐT.</div></div></body></html>"""


def L15(a):  # vnPortal-like, date only at bottom
    d, t = a["dt"], a["today"]
    img = lambda im: f'<p style="text-align:center"><img src="/Portals/0/NewsImages/2023/4/ngay-thu-bay.jpg" width="600"></p><p style="text-align:center"><em>{cap(im)}</em></p>'
    paras = body(a, lambda x: f'<p style="text-align:justify">{e(x)}</p>', img=img)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{e(a["title"])}</title><meta name="description" content="Cổng thông tin điện tử Đảng bộ tỉnh Ninh Thuận"></head>
<body><div class="vnp-wrapper"><div class="vnp-header"><div class="vnp-date">{wd(t)}, ngày {dmy(t)}</div><img src="/Content/img/logo.png" alt="Đảng bộ tỉnh Ninh Thuận"><div class="vnp-login"><a href="/Account/Login">Đăng nhập</a></div></div>
<div class="vnp-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Home/ChuyenMuc/12">Học tập và làm theo Bác</a></li><li><a href="/Home/ChuyenMuc/5">Xây dựng Đảng</a></li><li><a href="/Home/ChuyenMuc/8">Thông tin tư liệu</a></li></ul></div>
<div class="vnp-body"><div class="portlet portlet-article"><div class="portlet-header">Học tập và làm theo Bác</div><div class="portlet-content">
<div class="ArticleTitle"><h2>{e(a["title"])}</h2></div>
<div class="ArticleSummary"><p><em>{e(a["lead"])}</em></p></div>
<div class="ArticleContent">
{paras}
</div>
<div class="ArticleAuthor" style="text-align:right"><b>{e(a["byline"])}</b></div>
<div class="ArticleDate" style="text-align:right;color:#777;font-size:12px">Cập nhật ngày: {dmy(d)} {hm(d)}</div>
<div class="ArticleTools"><a href="#">In trang</a> | <a href="#">Gửi cho bạn bè</a> | <a href="#">Lên đầu trang</a> | Lượt xem: 911</div>
</div></div>
<div class="portlet"><div class="portlet-header">Tin cùng chuyên mục</div><div class="portlet-content"><ul>{li_dated(RELATED)}</ul></div></div></div>
<div class="vnp-right"><div class="portlet"><div class="portlet-header">Thống kê truy cập</div><div class="portlet-content">Đang online: 21<br>Hôm nay: 1.330<br>Tổng lượt truy cập: 5.220.761</div></div>
<div class="portlet"><div class="portlet-header">Thăm dò ý kiến</div><div class="portlet-content">Đánh giá của bạn về cổng thông tin?<br><input type="radio"> Tốt <input type="radio"> Khá<br><button>Biểu quyết</button></div></div></div>
<div class="vnp-footer">Bản quyền thuộc Tỉnh ủy Ninh Thuận. Địa chỉ: 450 Thống Nhất, TP Phan Rang - Tháp Chàm. Điện thoại: 0259.3822.xxx</div></div></body></html>"""


def L16(a):  # Bootstrap 4 cards, NFD applied at write time, Theo TTXVN
    d, t = a["dt"], a["today"]
    img = lambda im: f'<figure class="figure d-block text-center"><img class="figure-img img-fluid" src="/media/2022/09/hnt5.jpg" alt=""><figcaption class="figure-caption">{cap(im, "plain")}</figcaption></figure>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(a["title"])} | Đảng bộ tỉnh Bình Thuận</title><link rel="stylesheet" href="/lib/bootstrap4/bootstrap.min.css"></head>
<body><div class="bg-danger text-white small py-1"><div class="container d-flex justify-content-between"><span class="current-date">{wd(t)}, {dmy(t)}</span><span>Hotline: 0252.3822.xxx</span></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><a class="navbar-brand" href="/">ĐẢNG BỘ TỈNH BÌNH THUẬN</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/tin-tuc/trong-tinh">Trong tỉnh</a></li><li class="nav-item active"><a class="nav-link" href="/tin-tuc/trong-nuoc">Trong nước</a></li><li class="nav-item"><a class="nav-link" href="/tu-lieu">Tư liệu</a></li></ul>
<form class="form-inline"><input class="form-control form-control-sm" placeholder="Tìm kiếm"></form></div></nav>
<main class="container my-3"><div class="row"><div class="col-lg-8">
<article class="card"><div class="card-body">
<nav aria-label="breadcrumb"><ol class="breadcrumb bg-transparent p-0"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc/trong-nuoc">Trong nước</a></li></ol></nav>
<h1 class="card-title h3">{e(a["title"])}</h1>
<p class="text-muted small">{dmy(d)} - {hm(d)} GMT+7 · Lượt xem: 1.776 · <a href="#">In bài</a> · <a href="#">Chia sẻ</a></p>
<p class="font-weight-bold">{e(a["lead"])}</p>
<div class="card-text article-body">
{paras}
<p class="text-right font-italic">{e(a["source_line"])}</p>
</div></div></article>
<div class="card mt-3"><div class="card-header">Tin mới nhất</div><ul class="list-group list-group-flush">{li_dated(RELATED, '<li class="list-group-item"><a href="{href}">{t}</a> <small class="text-muted">{d}</small></li>')}</ul></div>
</div><div class="col-lg-4"><div class="card"><div class="card-header">Thống kê truy cập</div><div class="card-body small">Đang truy cập: 27<br>Hôm nay: 2.014<br>Tổng lượt truy cập: 3.118.205</div></div></div></div></main>
<div class="cookie-notice fixed-bottom bg-dark text-white small p-2">Trang web sử dụng cookie để cải thiện trải nghiệm. <button class="btn btn-sm btn-light">Đồng ý</button></div>
<footer class="bg-danger text-white small py-3 text-center">Bản quyền thuộc Tỉnh ủy Bình Thuận. Giấy phép số 07/GP-TTĐT. Địa chỉ: 02 Nguyễn Tất Thành, TP Phan Thiết.</footer>
</body></html>"""


def L17(a):  # no publication date at all
    t = a["today"]
    img = lambda im: f'<figure class="news-img"><img src="/uploads/news/giot-hong-x.jpg" alt=""><figcaption>{cap(im)}</figcaption></figure>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(a["title"])}</title><link rel="stylesheet" href="/css/font-awesome.min.css"><link rel="stylesheet" href="/css/style.css"></head>
<body><div class="header-top"><div class="wrap"><span class="today"><i class="fa fa-calendar"></i> {wd(t)}, {dmy(t)}</span><span class="hotline"><i class="fa fa-phone"></i> 0276.3822.xxx</span></div></div>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/images/logo-tinhdoan.png" alt="Tỉnh đoàn Tây Ninh"></a><img class="flag" src="/images/co-dong.gif" alt="cờ động"></div></div>
<div class="main-nav"><div class="wrap"><a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a><a href="/phong-trao">Phong trào</a><a href="/thieu-nhi">Thiếu nhi</a><a href="/lien-he">Liên hệ</a></div></div>
<div class="wrap content"><div class="col-main"><div class="breadcrumb"><a href="/">Trang chủ</a> <i class="fa fa-angle-right"></i> <a href="/tin-tuc">Tin tức</a></div>
<article class="news-detail"><h1 class="news-title">{e(a["title"])}</h1>
<div class="news-tools"><span><i class="fa fa-eye"></i> Lượt xem: 2.345</span><a href="#"><i class="fa fa-print"></i> In bài</a><a href="#"><i class="fa fa-envelope"></i> Gửi bài</a><a href="#"><i class="fa fa-share-alt"></i> Chia sẻ</a></div>
<h2 class="sapo">{e(a["lead"])}</h2>
<div class="news-content">
{paras}
<p class="author" style="text-align:right"><strong>{e(a["byline"])}</strong></p>
</div></article>
<div class="box-comment"><h3>Ý kiến bạn đọc</h3><form><input placeholder="Họ và tên"><input placeholder="Email"><textarea placeholder="Nội dung"></textarea><button>Gửi</button></form></div></div>
<div class="col-side"><div class="box"><h3>Tin mới nhất</h3><ul>{li_dated(RELATED)}</ul></div>
<div class="box poll"><h3>Thăm dò ý kiến</h3><p>Bạn đã từng hiến máu tình nguyện?</p><label><input type="radio"> Đã từng</label><label><input type="radio"> Chưa</label><button>Bình chọn</button></div></div></div>
<div class="footer"><div class="wrap">© 2019 - {t.year} Bản quyền thuộc Tỉnh đoàn Tây Ninh. Địa chỉ: 31 Trần Hưng Đạo, phường 2, TP Tây Ninh.</div></div>
</body></html>"""


def L18(a):  # print view
    d, t = a["dt"], a["today"]
    img = lambda im: f'<table align="center" style="border:1px solid #ccc"><tr><td><img src="/Images/2020/1/dh-chibo.jpg" width="500"></td></tr><tr><td align="center" style="font-size:12px"><i>{cap(im)}</i></td></tr></table>'
    paras = body(a, lambda x: f'<p align="justify">{e(x)}</p>', img=img)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Bản in - Cổng thông tin điện tử Đảng bộ tỉnh Long An</title>
<style>body{{font-family:Times New Roman;font-size:14pt}} @media print {{.noprint{{display:none}}}}</style></head>
<body onload="">
<table width="700" align="center"><tr><td><img src="/images/logo-print.png" alt="Đảng bộ tỉnh Long An"> <b>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH LONG AN</b></td><td align="right" class="noprint"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></td></tr>
<tr><td colspan="2" style="font-size:10pt;color:#666">Ngày in: {dmy(t)} 08:03</td></tr>
<tr><td colspan="2"><hr>
<b><font size="4">{e(a["title"])}</font></b><br>
<font size="2" color="#666">{wd(d)}, {dmy(d)}, {hm(d)}</font><br><br>
<b>{e(a["lead"])}</b>
{paras}
<p align="right"><b>{e(a["byline"])}</b></p>
<hr><font size="2">Địa chỉ bài viết: https://longan.dcs.vn/ChiTiet.aspx?tin=9821<br>Bản quyền thuộc Tỉnh ủy Long An. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</font>
</td></tr></table></body></html>"""


def L19(a):  # custom detail__ CMS, Tin liên quan inside body
    d, t = a["dt"], a["today"]
    img = lambda im: f'<div class="detail__image"><img src="/data/2025/02/06/hn-chuyen-de.jpg" alt=""><div class="detail__image-caption">{cap(im)}</div></div>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    # related box inside body after paragraph index 1
    parts = paras.split("\n")
    k = [i for i, s in enumerate(parts) if s.startswith("<p>")][1]
    box = ('<div class="detail__related-inline"><div class="detail__related-title">Tin liên quan</div><ul>'
           + li_dated(RELATED[:2], '<li><a href="{href}">{t}</a></li>') + "</ul></div>")
    parts.insert(k + 1, box)
    paras = "\n".join(parts)
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{e(a["title"])}</title><meta name="viewport" content="width=device-width"><link rel="stylesheet" href="/static/css/main.min.css?v=20250110"></head>
<body class="page-detail"><header class="header"><div class="header__top"><div class="header__date">{wd(t)}, {dmy(t)}</div><div class="header__weather">Cao Lãnh 29°C</div><a class="header__login" href="/dang-nhap">Đăng nhập</a></div>
<div class="header__logo"><a href="/"><img src="/static/img/logo-dongthap.png" alt="Đảng bộ tỉnh Đồng Tháp"></a></div>
<nav class="header__menu"><a href="/">Trang chủ</a><a href="/tuyen-giao">Tuyên giáo</a><a href="/xay-dung-dang">Xây dựng Đảng</a><a href="/chinh-quyen">Chính quyền</a><a href="/tim-kiem" class="header__search">Tìm kiếm</a></nav></header>
<main class="main"><div class="container"><div class="detail">
<div class="detail__breadcrumb"><a href="/">Trang chủ</a><a href="/tuyen-giao">Tuyên giáo</a></div>
<h1 class="detail__title">{e(a["title"])}</h1>
<div class="detail__meta"><span class="detail__time">{wd(d)}, {dmy(d)} {hm(d)}</span><span class="detail__views">Lượt xem: 1.204</span>
<div class="detail__tools"><span>Cỡ chữ</span><button>A-</button><button>A+</button><button>In bài</button><button>Chia sẻ</button></div></div>
<div class="detail__tts"><audio controls src="/tts/a4517.mp3"></audio> Nghe đọc bài viết</div>
<div class="detail__sapo">{e(a["lead"])}</div>
<div class="detail__content">
{paras}
</div>
<div class="detail__author">{e(a["byline"])}</div>
<div class="detail__rating">Đánh giá bài viết: ★★★★☆ (12 lượt)</div>
<section class="detail__same"><h2 class="section-title">Tin cùng chuyên mục</h2>{li_dated(RELATED, '<div class="item"><a href="{href}">{t}</a><span class="item__time">{d}</span></div>')}</section>
</div></div></main>
<footer class="footer"><p>Bản quyền thuộc Tỉnh ủy Đồng Tháp</p><p>Giấy phép số 22/GP-TTĐT do Sở Thông tin và Truyền thông cấp. Địa chỉ: 12 Lê Thị Riêng, phường 1, TP Cao Lãnh.</p></footer>
</body></html>"""


def L20(a):  # AMP
    d, t = a["dt"], a["today"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"], "datePublished": d.isoformat() + "+07:00",
          "dateModified": d.isoformat() + "+07:00", "publisher": {"@type": "Organization", "name": "Tỉnh ủy Trà Vinh"}}
    img = lambda im: f'<figure class="fig"><amp-img src="/upload/2024/04/chua-ang.jpg" width="800" height="533" layout="responsive" alt=""></amp-img><figcaption>{cap(im, "plain")}</figcaption></figure>'
    paras = body(a, lambda x: f"<p>{e(x)}</p>", img=img)
    return f"""<!doctype html>
<html amp lang="vi"><head><meta charset="utf-8"><script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{e(a["title"])}</title><link rel="canonical" href="{e(a["url"].replace("/amp/", "/"))}"><meta name="viewport" content="width=device-width">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-custom>body{{font-family:Arial}} .fig figcaption{{font-size:13px;text-align:center}}</style></head>
<body><amp-sidebar id="sidebar" layout="nodisplay"><ul><li><a href="/amp/">Trang chủ</a></li><li><a href="/amp/tin-tuc">Tin tức</a></li><li><a href="/amp/dan-toc-ton-giao">Dân tộc - Tôn giáo</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">☰</button> <a href="/amp/">TỈNH ỦY TRÀ VINH</a> <span class="amp-date">{wd(t)}, {dmy(t)}</span></header>
<main><article>
<h1>{e(a["title"])}</h1>
<div class="meta"><time datetime="{d.isoformat()}+07:00">{dmy(d)} {hm(d)}</time></div>
<p class="sapo"><strong>{e(a["lead"])}</strong></p>
{paras}
<p class="byline" style="text-align:right"><strong>{e(a["byline"])}</strong></p>
<amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="email"></amp-social-share>
</article>
<section class="related"><h2>Tin liên quan</h2><amp-list src="/api/related?id=15530" width="auto" height="200" layout="fixed-height"><div fallback>{li_dated(RELATED_OLD, '<div><a href="{href}">{t}</a> <span>{d}</span></div>')}</div></amp-list></section></main>
<footer>Bản quyền thuộc Tỉnh ủy Trà Vinh. Địa chỉ: 02 Lê Thánh Tôn, TP Trà Vinh. <a href="{e(a["url"].replace("/amp/", "/"))}">Xem bản đầy đủ</a></footer>
<amp-analytics type="gtag"><script type="application/json">{{"vars":{{"gtag_id":"G-XXXX"}}}}</script></amp-analytics>
</body></html>"""


LAYOUTS = [L01, L02, L03, L04, L05, L06, L07, L08, L09, L10, L11, L12, L13, L14, L15, L16, L17, L18, L19, L20]


def to_entities(s):
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in s)


def gold_for(a):
    dt = a["dt"]
    if dt is None:
        pub = None
    elif isinstance(dt, _dt.datetime):
        pub = dt.isoformat() + TZ
    else:
        pub = dt.isoformat() + "T00:00:00" + TZ
    g = {
        "url": a["url"],
        "title": a["title"],
        "published": pub,
        "published_precision": a["precision"],
        "authors": a["authors"],
        "source": a["source"],
        "lead": a["lead"],
        "body": "\n\n".join(" ".join(strip_marker(p).split()) for p in a["paras"]),
        "images": [{"caption": im["caption"], "credit": im["credit"]} for im in a["images"]],
        "notes": a["notes"],
    }
    return json.loads(unicodedata.normalize("NFC", json.dumps(g, ensure_ascii=False)))


def main():
    assert len(ARTICLES) == 20 == len(LAYOUTS)
    os.makedirs(os.path.join(HERE, "pages"), exist_ok=True)
    os.makedirs(os.path.join(HERE, "gold"), exist_ok=True)
    for n, (a, lay) in enumerate(zip(ARTICLES, LAYOUTS), 1):
        name = f"{n:02d}-{a['slug']}"
        page = lay(a)
        if n == 1:
            page = to_entities(page)
        if n == 16:
            page = unicodedata.normalize("NFD", page)
        with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold_for(a), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(ARTICLES)} pages")


if __name__ == "__main__":
    main()
