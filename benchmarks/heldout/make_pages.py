#!/usr/bin/env python3
"""Generator for the held-out extraction test set (benchmarks/heldout).

Written blind: the author never looked at the partynews extractor, its tests or
its benchmarks. Article texts are written here as Python strings; both the HTML
page and the gold JSON are produced from the same strings, so the gold is the
text that was put into the page, not the output of any extractor.

Standard library only. Run:  python3 make_pages.py   (writes pages/ and gold/)
"""
import datetime as _dt
import html
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
E = html.escape

WD = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
WD_LOWER = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WD_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
MONTH_WORD = ["", "Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười",
              "Mười Một", "Mười Hai"]


def D(y, m, d, hh=None, mm=None, ss=0):
    if hh is None:
        return _dt.date(y, m, d)
    return _dt.datetime(y, m, d, hh, mm, ss)


def wd(d, style=WD):
    return style[d.weekday()]


def today(d, fmt=1):
    """Header 'today' widget text (crawl date, NOT the publication date)."""
    if fmt == 1:
        return f"{wd(d)}, {d.day:02d}/{d.month:02d}/{d.year}"
    if fmt == 2:
        return f"{wd(d, WD_LOWER)}, ngày {d.day} tháng {d.month} năm {d.year}"
    if fmt == 3:
        return f"Hôm nay: {wd(d)}, {d.day}/{d.month}/{d.year}"
    return f"{wd(d)}, {d.day}/{d.month}/{d.year}"


# ---------------------------------------------------------------- chrome pieces
HEADLINES = [
    ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18", D(2026, 11, 27)),
    ("Khai mạc Hội thao Khối thi đua các cơ quan Đảng", D(2026, 11, 25)),
    ("Tuyên dương 120 điển hình “Dân vận khéo” giai đoạn 2021 - 2025", D(2026, 11, 20)),
    ("Trao Huy hiệu 50 năm tuổi Đảng cho đảng viên lão thành", D(2026, 11, 7)),
    ("Phát động phong trào thi đua chào mừng Đại hội Đảng các cấp", D(2026, 10, 30)),
    ("Kiểm tra công tác xây dựng nông thôn mới nâng cao tại xã Tân Phú", D(2026, 10, 22)),
    ("Bồi dưỡng lý luận chính trị cho đảng viên mới đợt 2 năm 2026", D(2026, 10, 14)),
    ("Ra mắt mô hình “Khu dân cư không rác thải nhựa”", D(2026, 9, 29)),
    ("Tổng kết 10 năm thực hiện Chỉ thị 05 của Bộ Chính trị", D(2026, 9, 18)),
    ("Gặp mặt cán bộ hưu trí nhân dịp Tết Nguyên đán", D(2026, 1, 30)),
    ("Hội nghị giao ban công tác tuyên giáo quý III", D(2025, 10, 9)),
    ("Trao nhà Đại đoàn kết cho hộ nghèo xã biên giới", D(2025, 8, 26)),
    ("Lấy ý kiến nhân dân vào dự thảo văn kiện Đại hội", D(2025, 8, 3)),
    ("Bế mạc lớp bồi dưỡng kết nạp Đảng cho quần chúng ưu tú", D(2024, 12, 11)),
]


def rel_items(start, n, datefmt="%d/%m/%Y"):
    out = []
    for i in range(n):
        t, d = HEADLINES[(start + i) % len(HEADLINES)]
        out.append((t, d.strftime(datefmt)))
    return out


def ul_rel(title, start, n, cls="tin-lien-quan", datefmt="%d/%m/%Y", head="h3"):
    li = "".join(f'<li><a href="/tin/{start+i}.html">{E(t)}</a> <span class="date">({dd})</span></li>'
                 for i, (t, dd) in enumerate(rel_items(start, n, datefmt)))
    return f'<div class="{cls}"><{head}>{E(title)}</{head}><ul>{li}</ul></div>'


def stats_box(online=35, day="1.203", total="3.456.789", cls="thongke"):
    return (f'<div class="{cls}"><h4>Thống kê truy cập</h4>'
            f'<p>Đang truy cập: {online}</p><p>Hôm nay: {day}</p>'
            f'<p>Trong tuần: 8.721</p><p>Tổng lượt truy cập: {total}</p></div>')


def footer(org, addr, phone, lic, cls="footer"):
    return (f'<div class="{cls}"><p><b>{E(org)}</b></p><p>Địa chỉ: {E(addr)}</p>'
            f'<p>Điện thoại: {phone} - Email: banbientap@gmail.com</p>'
            f'<p>Giấy phép số {lic}</p>'
            f'<p>Bản quyền thuộc {E(org)}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>')


SEARCH = ('<form class="search" action="/tim-kiem"><input type="text" name="q" '
          'placeholder="Tìm kiếm..."><button>Tìm kiếm</button></form>')
LOGIN = ('<div class="login"><a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a></div>')
TOOLS = ('<div class="tools"><a href="#" onclick="window.print()">In bài viết</a> | '
         '<a href="#">Gửi email</a> | <a href="#">Chia sẻ</a> | <span>Cỡ chữ: '
         '<a href="#">A-</a> <a href="#">A+</a></span></div>')
TTS = ('<div class="tts"><span>Nghe đọc bài viết</span> <select><option>Nữ miền Bắc</option>'
       '<option>Nam miền Bắc</option><option>Nữ miền Nam</option></select>'
       '<audio controls src="/tts/a.mp3"></audio></div>')
COMMENT = ('<div class="binhluan"><h3>Ý kiến bạn đọc</h3><form><input name="ten" placeholder="Họ tên">'
           '<input name="email" placeholder="Email"><textarea placeholder="Nội dung bình luận"></textarea>'
           '<button>Gửi bình luận</button></form></div>')
POLL = ('<div class="poll"><h4>Thăm dò ý kiến</h4><p>Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?</p>'
        '<label><input type="radio" name="p"> Rất tốt</label><label><input type="radio" name="p"> Tốt</label>'
        '<label><input type="radio" name="p"> Bình thường</label><button>Biểu quyết</button> <a href="#">Xem kết quả</a></div>')
RATING = ('<div class="rating">Tổng số điểm của bài viết là: 45 trong 10 đánh giá <br>'
          'Click để đánh giá bài viết <span>★★★★★</span></div>')
FLAG = '<div class="flag"><img src="/images/co-dong.gif" alt="Ảnh cờ động"></div>'
SLIDER = ('<div class="slider"><div class="item"><a href="#">No title...</a></div>'
          '<div class="item"><a href="#">No title...</a></div><div class="item"><a href="#">No title...</a></div></div>')


# ---------------------------------------------------------------- articles
ARTS = {}


def A(n, slug, url, title, lead, paras, imgs, authors, source, pub, prec, notes):
    """imgs: list of (after_paragraph_index, caption, credit); index -1 = before the first paragraph."""
    ARTS[n] = dict(n=n, slug=slug, url=url, title=title, lead=lead, paras=paras, imgs=imgs,
                   authors=authors, source=source, pub=pub, prec=prec, notes=notes)


A(1, "camau-so-ket-quy-i", "http://www.tinhuycamau.vn/Default.asp?newid=18432&cat=12",
  "Huyện ủy Trần Văn Thời sơ kết công tác xây dựng Đảng quý I năm 2023",
  None,
  ["Chiều 14/3, Ban Thường vụ Huyện ủy Trần Văn Thời tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I và triển khai nhiệm vụ trọng tâm quý II năm 2023. Đồng chí Nguyễn Hoàng Khởi, Bí thư Huyện ủy chủ trì hội nghị.",
   "Theo báo cáo, trong quý I, các cấp ủy đảng trong huyện đã tổ chức quán triệt, triển khai kịp thời các chỉ thị, nghị quyết của Trung ương, của Tỉnh ủy đến cán bộ, đảng viên. Công tác kiểm tra, giám sát được thực hiện theo đúng kế hoạch; toàn huyện đã kiểm tra 14 tổ chức đảng và 32 đảng viên, qua đó kịp thời chấn chỉnh những thiếu sót, hạn chế.",
   "Công tác phát triển đảng viên tiếp tục được quan tâm. Trong quý, các chi, đảng bộ cơ sở đã kết nạp 47 đảng viên mới, đạt 31% chỉ tiêu năm; trao Huy hiệu Đảng cho 26 đồng chí đảng viên lão thành. Công tác dân vận, mặt trận và các đoàn thể có nhiều chuyển biến, nhất là trong vận động nhân dân hiến đất làm đường giao thông nông thôn.",
   "Phát biểu kết luận hội nghị, đồng chí Nguyễn Hoàng Khởi đề nghị các cấp ủy tập trung lãnh đạo thực hiện tốt nhiệm vụ phát triển kinh tế - xã hội, nhất là sản xuất vụ lúa - tôm, phòng, chống cháy rừng mùa khô; đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với chỉnh đốn Đảng.",
   "Đồng chí Bí thư Huyện ủy cũng yêu cầu nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề; chuẩn bị tốt các điều kiện để tổ chức kỷ niệm 133 năm Ngày sinh Chủ tịch Hồ Chí Minh."],
  [(1, "Đồng chí Nguyễn Hoàng Khởi, Bí thư Huyện ủy phát biểu kết luận hội nghị.", "Thu Hà")],
  ["Thu Hà"], None, D(2023, 3, 14, 14, 5), "datetime",
  "table-based classic ASP, <font> tags, whole article in one <td> with <br><br>; today widget; Lượt xem; stats box; right-aligned bold byline; no meta")

A(2, "hagiang-dan-van-kheo", "https://hagiang.dcs.vn/tin-tuc/dan-van/Phat-huy-hieu-qua-phong-trao-Dan-van-kheo-o-vung-cao-a15620.aspx",
  "Phát huy hiệu quả phong trào “Dân vận khéo” ở vùng cao",
  "Những năm qua, phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh đã lan tỏa sâu rộng, góp phần quan trọng vào việc thực hiện thắng lợi các mục tiêu phát triển kinh tế - xã hội, củng cố khối đại đoàn kết toàn dân tộc ở các huyện vùng cao núi đá.",
  ["Tại huyện Đồng Văn, từ phong trào “Dân vận khéo”, nhiều mô hình hay đã ra đời như “Dòng họ không có người vi phạm pháp luật”, “Xóa bỏ hủ tục trong việc cưới, việc tang”, “Làm nhà vệ sinh hợp vệ sinh cho hộ nghèo”. Cán bộ, đảng viên trực tiếp xuống thôn, bản, “cùng ăn, cùng ở, cùng làm” với đồng bào để tuyên truyền, vận động.",
   "Ông Sùng Mí Chứ, Bí thư Chi bộ thôn Sủng Là cho biết: “Trước đây bà con còn nhiều hủ tục, đám tang kéo dài nhiều ngày, tốn kém. Nhờ cán bộ kiên trì vận động, đến nay 100% hộ trong thôn đã tổ chức tang lễ văn minh, tiết kiệm”.",
   "Giai đoạn 2021 - 2024, toàn tỉnh đã xây dựng được hơn 1.800 mô hình, điển hình “Dân vận khéo” trên các lĩnh vực. Nhân dân đã hiến trên 120.000 m² đất, đóng góp hàng chục nghìn ngày công để làm đường giao thông nông thôn, xây dựng nhà văn hóa thôn.",
   "Bên cạnh kết quả đạt được, phong trào ở một số nơi vẫn còn hình thức, việc nhân rộng mô hình chưa thường xuyên. Thời gian tới, Ban Dân vận Tỉnh ủy tiếp tục hướng dẫn các địa phương lựa chọn nội dung thiết thực, gắn phong trào với nhiệm vụ giảm nghèo bền vững và xây dựng nông thôn mới.",
   "Cùng với đó, tỉnh sẽ kịp thời biểu dương, khen thưởng các tập thể, cá nhân có cách làm sáng tạo, tạo sức lan tỏa để phong trào thực sự đi vào chiều sâu, được nhân dân đồng tình hưởng ứng."],
  [(0, "Cán bộ xã Sủng Là vận động người dân tham gia làm đường bê tông liên thôn.", "Quốc Tuấn"),
   (3, "Mô hình trồng rau an toàn của Hội Phụ nữ xã Phố Cáo.", "Minh Anh")],
  ["Minh Anh", "Quốc Tuấn"], None, D(2024, 8, 2, 9, 30), "datetime",
  "DNN/Telerik ids, h2 post-summary lead, lbPublishedDate with 'Cập nhật lúc ... (GMT+7)', imgEditor caption rows, div.tacgia with two authors, og meta, Tin cùng chuyên mục with dates")

A(3, "langson-hoi-nghi-dan-chu-co-so", "https://langson.gov.vn/noidung/tintuc/Pages/chi-tiet-tin-tuc.aspx?ItemID=9821&l=Tintrongtinh",
  "Nâng cao hiệu quả thực hiện dân chủ ở cơ sở theo Luật mới",
  None,
  ["Ngày 3/1, Ban Chỉ đạo thực hiện dân chủ ở cơ sở tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025. Đồng chí Lương Trọng Quỳnh, Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo chủ trì hội nghị.",
   "Năm 2024, các cấp, các ngành trong tỉnh đã tập trung tuyên truyền, phổ biến Luật Thực hiện dân chủ ở cơ sở năm 2022 và các văn bản hướng dẫn thi hành. Việc công khai thông tin để nhân dân biết, bàn, quyết định và kiểm tra, giám sát được thực hiện nghiêm túc, nhất là trong các lĩnh vực đất đai, đầu tư công, thu chi ngân sách.",
   "Các hội nghị tiếp xúc, đối thoại giữa người đứng đầu cấp ủy, chính quyền với nhân dân được tổ chức thường xuyên. Trong năm, toàn tỉnh tổ chức 412 cuộc đối thoại, tiếp nhận và giải quyết trên 1.300 ý kiến, kiến nghị của người dân; nhiều vụ việc phức tạp được giải quyết dứt điểm ngay từ cơ sở.",
   "Phát biểu chỉ đạo, đồng chí Lương Trọng Quỳnh đề nghị các thành viên Ban Chỉ đạo tăng cường kiểm tra, đôn đốc; gắn thực hiện dân chủ ở cơ sở với cải cách hành chính, nâng cao tinh thần trách nhiệm của cán bộ, công chức trong thực thi công vụ; phát huy vai trò giám sát của Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
   "Dịp này, Ban Chỉ đạo đã tặng giấy khen cho 15 tập thể và 20 cá nhân có thành tích xuất sắc trong thực hiện dân chủ ở cơ sở năm 2024."],
  [],
  ["Hoàng Long"], "Báo Lạng Sơn", D(2025, 1, 5), "date",
  "SharePoint Cổng TTĐT (ctl00_PlaceHolderMain ids, ms-rtestate-field), 'Ngày đăng:' date only, author + 'Nguồn: Báo Lạng Sơn', event date 3/1 differs from publication date 05/01, no images, no og meta")

A(4, "bacninh-trao-huy-hieu-dang", "https://tinhuybacninh.vn/tin-tuc/xay-dung-dang/item/4521-trao-huy-hieu-dang-dot-7-11.html",
  "Trao Huy hiệu Đảng đợt 7/11 cho 342 đảng viên",
  "Nhân dịp kỷ niệm 107 năm Cách mạng Tháng Mười Nga, các đảng bộ trực thuộc Tỉnh ủy đồng loạt tổ chức lễ trao Huy hiệu Đảng cho các đảng viên lão thành.",
  ["Đợt này, toàn Đảng bộ tỉnh có 342 đảng viên được trao Huy hiệu Đảng, trong đó có 2 đồng chí nhận Huy hiệu 75 năm tuổi Đảng, 18 đồng chí nhận Huy hiệu 65 năm tuổi Đảng, 97 đồng chí nhận Huy hiệu 55 năm tuổi Đảng, còn lại là Huy hiệu 30, 40, 45 và 50 năm tuổi Đảng.",
   "Tại thành phố Từ Sơn, đồng chí Nguyễn Văn Phong, Phó Bí thư Thường trực Thành ủy đã đến trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Nguyễn Văn Cường, sinh hoạt tại Chi bộ khu phố Đồng Nguyên. Đồng chí ân cần thăm hỏi sức khỏe, chúc mừng và bày tỏ sự tri ân đối với những đóng góp của đồng chí trong sự nghiệp cách mạng.",
   "Xúc động đón nhận phần thưởng cao quý, đồng chí Nguyễn Văn Cường bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục giữ vững phẩm chất người đảng viên, tích cực tham gia sinh hoạt chi bộ, là tấm gương cho con cháu noi theo.",
   "Được biết, thời gian qua, công tác xét, đề nghị tặng Huy hiệu Đảng được các cấp ủy thực hiện chặt chẽ, đúng quy định, kịp thời; lễ trao Huy hiệu được tổ chức trang trọng, ý nghĩa, góp phần giáo dục truyền thống cho cán bộ, đảng viên trẻ."],
  [(1, "Đồng chí Nguyễn Văn Phong trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Nguyễn Văn Cường.", None)],
  ["Hoàng Minh"], None, D(2024, 11, 8, 15, 20), "datetime",
  "Joomla 4 item-page with dl.article-info (Lượt xem inside), 'Thứ sáu, 08 Tháng 11 2024 15:20', first-paragraph-bold lead, caption without credit, 'Bài, ảnh:' byline, Bài viết liên quan, pager 'Trước/Tiếp theo'")

A(5, "daklak-mat-tran-ngay-hoi", "https://daklak.dcs.vn/2023/06/21/ra-mat-mo-hinh-tu-quan-an-ninh-trat-tu/",
  "Ra mắt mô hình “Tổ tự quản an ninh trật tự” tại buôn Ea Kmar",
  None,
  ["Sáng 20/6, Ban Thường trực Ủy ban MTTQ Việt Nam xã Ea Kao phối hợp với Công an xã tổ chức ra mắt mô hình “Tổ tự quản an ninh trật tự” tại buôn Ea Kmar. Dự buổi lễ có đại diện lãnh đạo Ban Dân vận Thành ủy Buôn Ma Thuột, Ủy ban MTTQ Việt Nam thành phố cùng đông đảo bà con trong buôn.",
   "Tổ tự quản gồm 12 thành viên là già làng, người có uy tín, trưởng buôn, đoàn viên thanh niên và hội viên cựu chiến binh. Tổ có nhiệm vụ nắm bắt tình hình, hòa giải mâu thuẫn trong cộng đồng; tuyên truyền, vận động bà con không nghe theo kẻ xấu, không tham gia tệ nạn xã hội; phối hợp tuần tra vào ban đêm và các dịp lễ, tết.",
   "Già làng Y Bhiăo Niê chia sẻ: “Được bà con tin tưởng giao nhiệm vụ, tôi sẽ cùng các thành viên trong tổ đến từng nhà vận động con cháu chấp hành tốt pháp luật, giữ gìn buôn làng bình yên”.",
   "Phát biểu tại buổi lễ, lãnh đạo Ban Dân vận Thành ủy đề nghị cấp ủy, chính quyền xã quan tâm, tạo điều kiện để mô hình hoạt động hiệu quả, thực chất; định kỳ sơ kết, rút kinh nghiệm để nhân rộng ra các buôn khác trên địa bàn.",
   "Dịp này, Ban tổ chức đã trao tặng tổ tự quản 1 bộ loa phát thanh, đèn pin và áo phản quang phục vụ công tác tuần tra."],
  [(0, "Quang cảnh lễ ra mắt mô hình.", "Ngọc Lan")],
  ["Ngọc Lan"], None, D(2023, 6, 21, 10, 13), "datetime",
  "WordPress (entry-content, posted-on time.entry-date[datetime]); 'Đăng bởi quantri' account is NOT an author; real byline 'Tin và ảnh: Ngọc Lan' at the end; JSON-LD NewsArticle consistent; og meta; event 20/6 vs published 21/6; sidebar widgets with dates")

A(6, "kiengiang-chuyen-doi-so", "https://baokiengiang.vn/chinh-tri/chuyen-doi-so-trong-cong-tac-dang-o-co-so-a28841.html",
  "Chuyển đổi số trong công tác đảng ở cơ sở: Từ sổ tay điện tử đến sinh hoạt chi bộ trực tuyến",
  "Ứng dụng “Sổ tay đảng viên điện tử” và hình thức sinh hoạt chi bộ kết hợp trực tuyến đang giúp nhiều chi bộ ở vùng sông nước nâng cao chất lượng sinh hoạt, giảm thời gian đi lại cho đảng viên.",
  ["Chi bộ ấp Kinh 5, xã Vĩnh Hòa Hưng Nam có 28 đảng viên, nhiều người làm ăn xa hoặc đi biển dài ngày. Trước đây, mỗi kỳ sinh hoạt, chi bộ thường vắng 5 - 7 đồng chí. Từ khi cài đặt ứng dụng sổ tay điện tử, tài liệu sinh hoạt được gửi trước, đảng viên có thể đọc, góp ý ngay trên điện thoại.",
   "Đồng chí Danh Sơn, Bí thư Chi bộ cho biết, nhờ ứng dụng, việc thông báo lịch sinh hoạt, nhắc đóng đảng phí và lấy ý kiến trước các nội dung quan trọng được thực hiện nhanh chóng. Tỷ lệ đảng viên dự sinh hoạt đạt trên 95%.",
   "Theo Ban Tổ chức Tỉnh ủy, đến nay 100% tổ chức cơ sở đảng trong tỉnh đã triển khai ứng dụng sổ tay đảng viên điện tử; hơn 52.000 đảng viên đã kích hoạt tài khoản. Nhiều cấp ủy sử dụng ứng dụng để quản lý hồ sơ, cập nhật thông tin đảng viên, phục vụ công tác kiểm tra, giám sát.",
   "Tuy vậy, vẫn còn một bộ phận đảng viên lớn tuổi gặp khó khăn khi sử dụng điện thoại thông minh; hạ tầng mạng ở một số ấp vùng sâu chưa ổn định. Các cấp ủy đã phân công đoàn viên thanh niên hướng dẫn, hỗ trợ từng đảng viên.",
   "Thời gian tới, Tỉnh ủy chỉ đạo tiếp tục hoàn thiện cơ sở dữ liệu đảng viên, bảo đảm an toàn thông tin, bí mật nhà nước; coi chuyển đổi số là giải pháp quan trọng để đổi mới phương thức lãnh đạo của Đảng ở cơ sở."],
  [(0, "Đảng viên Chi bộ ấp Kinh 5 sử dụng sổ tay điện tử trong buổi sinh hoạt.", "Trần Hải")],
  ["Trần Hải"], None, D(2023, 10, 20, 9, 30), "datetime",
  "React SSR with hashed class names (sc-*/css-*), __NEXT_DATA__ script, JSON-LD datePublished in UTC 'Z' (= 09:30 +07:00, consistent), ALL-CAPS author at top, sapo in separate div, og meta, 'Đọc nhiều' list with relative times")

A(7, "hue-dang-vien-tre", "https://hue.dcs.vn/node/18273",
  "Phát huy vai trò đảng viên trẻ trong xây dựng đô thị văn minh",
  None,
  ["Những năm gần đây, đội ngũ đảng viên trẻ trong Đảng bộ thành phố ngày càng phát huy vai trò tiên phong, gương mẫu, xung kích trên các lĩnh vực, nhất là trong xây dựng đô thị văn minh, chuyển đổi số và bảo vệ môi trường.",
   "Tại phường Vỹ Dạ, Chi bộ tổ dân phố 3 có 6 đảng viên dưới 35 tuổi. Các đảng viên trẻ đã chủ động đề xuất thành lập tổ công nghệ số cộng đồng, hướng dẫn người dân cài đặt ứng dụng dịch vụ công trực tuyến, thanh toán không dùng tiền mặt. Đến nay, hơn 80% hộ gia đình trong tổ dân phố đã sử dụng các tiện ích này.",
   "Đảng viên Lê Thị Minh Thư, sinh năm 1996, chia sẻ: “Được chi bộ tin tưởng giao nhiệm vụ, tôi và các bạn trẻ luôn cố gắng làm tốt, vì mình làm được thì người dân mới tin và làm theo”.",
   "Theo Ban Tổ chức Thành ủy, năm 2023, toàn Đảng bộ kết nạp hơn 1.100 đảng viên mới, trong đó đảng viên trẻ chiếm trên 70%. Các cấp ủy chú trọng giao nhiệm vụ cụ thể, phân công đảng viên có kinh nghiệm giúp đỡ đảng viên trẻ, tạo môi trường để rèn luyện, trưởng thành.",
   "Thời gian tới, thành phố tiếp tục đổi mới nội dung sinh hoạt chi bộ, tạo điều kiện để đảng viên trẻ phát huy sức sáng tạo, góp phần xây dựng Huế trở thành đô thị di sản, văn hóa, sinh thái, cảnh quan, thân thiện với môi trường."],
  [(1, "Đảng viên trẻ hướng dẫn người dân sử dụng dịch vụ công trực tuyến.", "Q.Hương")],
  ["Q.Hương"], None, D(2023, 12, 5, 15, 42), "datetime",
  "Drupal 7 (node, field-name-body, field-item even), submitted 'Gửi bởi admin vào T3, 05/12/2023 - 15:42' ('admin' not an author), initial-style byline 'Q.Hương', block statistics, 'Xem nhiều nhất'")

A(8, "phutho-gio-to", "https://phutho.dcs.vn/news/tin-hoat-dong/tinh-uy-lam-viec-voi-ban-quan-ly-khu-di-tich-den-hung-5831.html",
  "Tỉnh ủy làm việc với Ban Quản lý Khu di tích lịch sử Đền Hùng",
  "Chiều 17/7, đoàn công tác của Thường trực Tỉnh ủy do đồng chí Bùi Minh Châu, Bí thư Tỉnh ủy làm trưởng đoàn đã làm việc với Ban Quản lý Khu di tích lịch sử Đền Hùng về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2024.",
  ["Báo cáo tại buổi làm việc cho biết, 6 tháng đầu năm, Khu di tích đã đón trên 7,6 triệu lượt du khách đến dâng hương, tham quan. Công tác tổ chức Giỗ Tổ Hùng Vương - Lễ hội Đền Hùng năm Giáp Thìn được thực hiện chu đáo, trang nghiêm, an toàn, tiết kiệm; các nghi lễ được tổ chức đúng quy định.",
   "Ban Quản lý đã tích cực phối hợp bảo tồn, phát huy giá trị di sản “Tín ngưỡng thờ cúng Hùng Vương ở Phú Thọ”; tu bổ, tôn tạo một số hạng mục công trình; duy trì tốt công tác vệ sinh môi trường, trồng và chăm sóc rừng quốc gia Đền Hùng.",
   "Kết luận buổi làm việc, đồng chí Bùi Minh Châu ghi nhận những kết quả đạt được và đề nghị Ban Quản lý tiếp tục nâng cao chất lượng phục vụ du khách; đẩy mạnh ứng dụng công nghệ số trong quảng bá, thuyết minh di tích; xây dựng kế hoạch tổ chức Giỗ Tổ năm 2025 sớm, chu đáo.",
   "Bí thư Tỉnh ủy cũng lưu ý việc xây dựng Đảng bộ Ban Quản lý trong sạch, vững mạnh; quan tâm đời sống cán bộ, viên chức, người lao động; giữ gìn không gian linh thiêng của Khu di tích."],
  [(0, "Đồng chí Bùi Minh Châu, Bí thư Tỉnh ủy phát biểu kết luận buổi làm việc.", "Lê Minh Đức")],
  ["Lê Minh Đức"], "Báo Phú Thọ", D(2024, 7, 18, 15, 20), "datetime",
  "NukeViet 4 (news_column, #news-bodyhtml, hometext lead), 'Thứ năm - 18/07/2024 15:20', 'Tác giả:' and 'Nguồn tin: Báo Phú Thọ' in a table at the end, lead starts with 'Chiều 17/7' (event, not pub date), Những tin mới hơn / Những tin cũ hơn lists, rating widget")

A(9, "sonla-hoc-tap-tu-tuong", "https://sonla.dcs.vn/web/sonla/chi-tiet-bai-viet/-/asset_publisher/tin-ly-luan/content/2024-dua-viec-hoc-tap-lam-theo-bac-vao-chieu-sau",
  "Đưa việc học tập và làm theo Bác đi vào chiều sâu ở các tỉnh miền núi Tây Bắc",
  "Bài viết phân tích kết quả, hạn chế và đề xuất một số giải pháp nhằm đưa việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh đi vào chiều sâu, thực chất ở các tỉnh miền núi Tây Bắc trong giai đoạn hiện nay.",
  ["Thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị và Kết luận số 01-KL/TW, các cấp ủy đảng ở các tỉnh miền núi Tây Bắc đã xác định việc học tập và làm theo Bác là nhiệm vụ thường xuyên, gắn với nhiệm vụ chính trị của từng địa phương, cơ quan, đơn vị.",
   "1. Kết quả nổi bật",
   "Việc học tập các chuyên đề hằng năm được tổ chức nghiêm túc, đa dạng về hình thức, phù hợp với đặc điểm đồng bào các dân tộc. Nhiều địa phương đã biên dịch tài liệu sang tiếng Thái, tiếng Mông; tổ chức kể chuyện về Bác tại sinh hoạt cộng đồng ở bản. Các cấp ủy đã cụ thể hóa thành chuẩn mực đạo đức của cán bộ, đảng viên theo vị trí việc làm.",
   "2. Một số hạn chế",
   "Bên cạnh kết quả đạt được, ở một số nơi việc học tập còn hình thức, chưa gắn với giải quyết những vấn đề bức xúc ở cơ sở; việc phát hiện, biểu dương, nhân rộng điển hình chưa thường xuyên; một bộ phận cán bộ, đảng viên chưa thực sự nêu gương.",
   "3. Giải pháp trong thời gian tới",
   "Một là, nâng cao nhận thức và trách nhiệm nêu gương của người đứng đầu. Hai là, đổi mới nội dung, phương thức tuyên truyền, phù hợp với từng nhóm đối tượng, chú trọng sử dụng ngôn ngữ dân tộc và nền tảng số. Ba là, gắn việc học tập và làm theo Bác với xây dựng, chỉnh đốn Đảng, thực hiện các phong trào thi đua. Bốn là, tăng cường kiểm tra, giám sát, kịp thời biểu dương các tập thể, cá nhân tiêu biểu.",
   "Thực hiện tốt các giải pháp trên sẽ góp phần đưa việc học tập và làm theo Bác thực sự trở thành nhu cầu tự giác, thường xuyên của mỗi cán bộ, đảng viên và nhân dân các dân tộc vùng Tây Bắc."],
  [],
  ["Nguyễn Văn Hùng"], None, D(2024, 9, 3), "date",
  "Liferay (portlet, journal-content-article, asset_publisher URL), academic article: author at top 'TS. NGUYỄN VĂN HÙNG' + affiliation line, 'Ngày 3 tháng 9 năm 2024' date in words, numbered subheads are body paragraphs, abstract as lead, no images, no meta")

A(10, "quangninh-ha-long-amp", "https://baoquangninh.vn/amp/xay-dung-nong-thon-moi-kieu-mau-o-vung-bien-3312456.html",
  "Xây dựng nông thôn mới kiểu mẫu ở vùng biển đảo",
  "Với cách làm sáng tạo, phát huy vai trò chủ thể của người dân, nhiều xã vùng biển đảo đã hoàn thành tiêu chí nông thôn mới kiểu mẫu, diện mạo nông thôn đổi thay rõ rệt.",
  ["Về xã Quan Lạn, huyện Vân Đồn những ngày này, có thể dễ dàng nhận thấy những con đường bê tông sạch đẹp, hai bên trồng hoa giấy rực rỡ. Nhà văn hóa thôn được đầu tư khang trang, nhiều hộ dân chuyển sang làm du lịch cộng đồng, homestay.",
   "Ông Phạm Văn Trọng, Chủ tịch UBND xã cho biết, để đạt chuẩn nông thôn mới kiểu mẫu, xã đã vận động nhân dân đóng góp hơn 3 tỷ đồng, hiến hàng nghìn mét vuông đất để mở rộng đường thôn. Thu nhập bình quân đầu người của xã năm 2023 đạt trên 85 triệu đồng.",
   "Cùng với phát triển kinh tế, xã chú trọng giữ gìn bản sắc văn hóa, bảo vệ môi trường biển. Các tổ tự quản vệ sinh môi trường được duy trì hoạt động thường xuyên; rác thải được thu gom, phân loại tại nguồn.",
   "Toàn tỉnh hiện có 100% xã đạt chuẩn nông thôn mới, trong đó nhiều xã đạt chuẩn nâng cao, kiểu mẫu. Tỉnh đặt mục tiêu tiếp tục nâng chất các tiêu chí, gắn xây dựng nông thôn mới với phát triển du lịch bền vững."],
  [(0, "Một góc xã đảo Quan Lạn.", "TTXVN")],
  ["Mạnh Hùng"], "TTXVN", D(2024, 5, 16, 14, 5), "datetime",
  "AMP page (html amp, amp-img, figure/figcaption), '14h05 ngày 16/5/2024', byline 'Mạnh Hùng (TTXVN)' => author + source, canonical + og meta, amp-sidebar menu, amp-social-share")

A(11, "bentre-dan-van-chinh-quyen", "http://danvanbentre.vn/index.php?mod=news&id=2291",
  "Chợ Lách đẩy mạnh công tác dân vận chính quyền",
  None,
  ["Thời gian qua, công tác dân vận của chính quyền các cấp trên địa bàn huyện Chợ Lách có nhiều chuyển biến tích cực, góp phần củng cố niềm tin của nhân dân đối với cấp ủy, chính quyền.",
   "Huyện đã chỉ đạo đẩy mạnh cải cách thủ tục hành chính, thực hiện tốt cơ chế một cửa, một cửa liên thông. Bộ phận tiếp nhận và trả kết quả của huyện và các xã được bố trí cán bộ có năng lực, thái độ phục vụ tận tình. Tỷ lệ hồ sơ giải quyết đúng và trước hạn đạt trên 98%.",
   "Việc tiếp công dân, giải quyết khiếu nại, tố cáo được các cấp chính quyền quan tâm. Chủ tịch UBND huyện và chủ tịch UBND các xã duy trì tiếp công dân định kỳ, đối thoại trực tiếp với người dân về những vấn đề liên quan đến giải phóng mặt bằng, chuyển đổi cây trồng.",
   "Bà Nguyễn Thị Mỹ, ngụ xã Vĩnh Thành nói: “Giờ làm giấy tờ ở xã nhanh lắm, cán bộ hướng dẫn kỹ, không phải đi lại nhiều lần như trước”.",
   "Thời gian tới, huyện tiếp tục nâng cao chất lượng công tác dân vận chính quyền, gắn với thực hiện phong trào thi đua “Dân vận khéo”, xây dựng đội ngũ cán bộ, công chức “trọng dân, gần dân, hiểu dân, giúp dân, có trách nhiệm với dân”."],
  [(1, "Người dân làm thủ tục tại Bộ phận một cửa huyện Chợ Lách.", "Phương Thảo")],
  ["Phương Thảo"], None, D(2024, 7, 12), "date",
  "no semantic classes at all (bare div/span/b, inline styles), date shown as '12/07/2024 | 1.234 lượt xem', marquee ticker with other titles, visitor counter, 'Tin, ảnh:' byline, no meta")

A(12, "thainguyen-mttq-quy-vi-nguoi-ngheo", "https://ubmttq.thainguyen.gov.vn/ChiTietTin.aspx?ID=3318&CatID=7",
  "Trao 50 căn nhà Đại đoàn kết từ Quỹ “Vì người nghèo”",
  "Ủy ban MTTQ Việt Nam tỉnh vừa tổ chức trao kinh phí hỗ trợ xây dựng 50 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở tại các huyện Võ Nhai, Định Hóa và Đồng Hỷ.",
  ["Mỗi căn nhà được hỗ trợ 60 triệu đồng từ nguồn Quỹ “Vì người nghèo” các cấp, cùng với sự đóng góp của gia đình, dòng họ và ngày công của bà con hàng xóm, đoàn viên thanh niên, hội viên cựu chiến binh.",
   "Gia đình chị Hoàng Thị Nhung, xóm Tân Thành, xã Dân Tiến, huyện Võ Nhai là một trong những hộ được hỗ trợ. Chồng mất sớm, một mình chị nuôi hai con nhỏ, ngôi nhà tạm đã xuống cấp nghiêm trọng. “Có căn nhà mới, mẹ con tôi yên tâm làm ăn, các cháu có chỗ học hành đàng hoàng”, chị Nhung xúc động nói.",
   "Năm 2024, MTTQ các cấp trong tỉnh đã vận động Quỹ “Vì người nghèo” được trên 28 tỷ đồng; hỗ trợ xây mới và sửa chữa 412 nhà Đại đoàn kết, hỗ trợ sinh kế, khám chữa bệnh, học bổng cho hàng nghìn lượt hộ nghèo.",
   "Ủy ban MTTQ tỉnh đề nghị cấp ủy, chính quyền cơ sở tiếp tục quan tâm, theo dõi, giúp đỡ các hộ được hỗ trợ phát triển kinh tế, vươn lên thoát nghèo bền vững, không để tái nghèo."],
  [(0, "Đại diện lãnh đạo Ủy ban MTTQ tỉnh trao kinh phí hỗ trợ cho các hộ nghèo.", None)],
  ["Phạm Thị Hoa"], None, D(2024, 5, 12, 8, 15), "datetime",
  "ASP.NET WebForms: article inside div#ctl00_ContentPlaceHolder1_ctl00_pnlDetail with __VIEWSTATE, 'Đăng lúc: 2024-05-12 08:15', lead in span#..._lblSummary, ALL-CAPS byline 'PHẠM THỊ HOA' at the end, caption in centred italic <p>, 'Các tin khác' with dates, stats box")

A(13, "haiphong-cong-doan-mai-am", "https://congdoan.haiphong.gov.vn/tin-tuc/cong-doan-trao-mai-am-cong-doan-cho-doan-vien-kho-khan-2291.html",
  "Trao “Mái ấm Công đoàn” cho đoàn viên có hoàn cảnh khó khăn",
  None,
  ["Ngày 2/4, Liên đoàn Lao động thành phố phối hợp với Công đoàn Khu kinh tế tổ chức trao kinh phí hỗ trợ xây dựng “Mái ấm Công đoàn” cho 8 đoàn viên, người lao động có hoàn cảnh đặc biệt khó khăn về nhà ở.",
   "Mỗi đoàn viên được hỗ trợ 50 triệu đồng từ nguồn quỹ xã hội của Liên đoàn Lao động thành phố và sự đóng góp của các doanh nghiệp. Các đoàn viên được hỗ trợ đều đang làm việc tại các doanh nghiệp trong khu công nghiệp, thu nhập thấp, đang phải ở nhờ hoặc nhà ở đã xuống cấp.",
   "Anh Vũ Văn Thành, công nhân Công ty TNHH Điện tử Hải Long, chia sẻ: “Vợ chồng tôi đều làm công nhân, lại phải nuôi mẹ già ốm yếu. Số tiền hỗ trợ của công đoàn là động lực để gia đình tôi sớm có căn nhà mới”.",
   "Chương trình “Mái ấm Công đoàn” được triển khai từ năm 2017. Đến nay, Liên đoàn Lao động thành phố đã hỗ trợ xây mới, sửa chữa hơn 300 căn nhà cho đoàn viên với tổng kinh phí trên 12 tỷ đồng, góp phần chăm lo đời sống, tạo sự gắn bó của người lao động với tổ chức công đoàn."],
  [(0, "Lãnh đạo Liên đoàn Lao động thành phố trao biển tượng trưng hỗ trợ xây dựng Mái ấm Công đoàn.", "Văn Tuấn")],
  ["Văn Tuấn"], None, D(2022, 4, 4, 8, 59), "datetime",
  "body is a sequence of <div> (no <p>), date '04/04/2022 - 08:59' next to view count, caption in div.caption with separate span credit, byline div at the end, Tin liên quan with dates, login box, og meta only (no article: meta)")

A(14, "vinhphuc-dan-van-2025", "https://tinhuyvinhphuc.vn/tin-tuc/trien-khai-nhiem-vu-cong-tac-dan-van-nam-2025-24611",
  "Triển khai nhiệm vụ công tác dân vận năm 2025",
  None,
  ["Sáng 27/3, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận năm 2024, triển khai nhiệm vụ năm 2025. Dự hội nghị có lãnh đạo Ban Dân vận Tỉnh ủy, Ủy ban MTTQ tỉnh, các tổ chức chính trị - xã hội và Trưởng Ban Dân vận các huyện, thành ủy.",
   "Năm 2024, công tác dân vận của hệ thống chính trị trong tỉnh tiếp tục được đổi mới, đạt nhiều kết quả quan trọng. Các cấp ủy đã chỉ đạo thực hiện tốt công tác nắm tình hình nhân dân, kịp thời giải quyết các vấn đề phát sinh ngay từ cơ sở. Phong trào thi đua “Dân vận khéo” được đẩy mạnh, toàn tỉnh có trên 2.100 mô hình được công nhận.",
   "Năm 2025, công tác dân vận tập trung phục vụ Đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; tham gia thực hiện chủ trương sắp xếp tổ chức bộ máy của hệ thống chính trị; tạo đồng thuận trong nhân dân khi thực hiện sắp xếp đơn vị hành chính.",
   "Phát biểu tại hội nghị, đồng chí Trưởng Ban Dân vận Tỉnh ủy đề nghị các địa phương chú trọng công tác tuyên truyền, vận động; lắng nghe, nắm bắt tâm tư, nguyện vọng của cán bộ, đảng viên và nhân dân; phát huy vai trò của người có uy tín trong cộng đồng.",
   "Dịp này, Ban Dân vận Tỉnh ủy đã tặng giấy khen cho 12 tập thể, 18 cá nhân có thành tích xuất sắc trong công tác dân vận năm 2024."],
  [(0, "Quang cảnh hội nghị.", None)],
  ["Thanh Nga"], None, D(2025, 3, 27), "inferred",
  "ONLY date is partial 'Sáng 27/3' in the first sentence; year 2025 from title/body; header today widget (2026) and 'Tin khác' dates are traps; Bootstrap custom CMS, og meta without article:published_time")

A(15, "yenbai-tu-van-phap-luat", "https://yenbai.dcs.vn/Tin-tuc/Ban-Dan-van/id/4410/Tu-van-phap-luat-luu-dong-cho-dong-bao-vung-cao",
  "Tư vấn pháp luật lưu động cho đồng bào vùng cao",
  "Nhằm nâng cao hiểu biết pháp luật cho đồng bào các dân tộc thiểu số, Ban Dân vận Huyện ủy phối hợp với Phòng Tư pháp tổ chức các buổi tư vấn pháp luật lưu động tại các thôn, bản vùng cao.",
  ["Tại các buổi tư vấn, cán bộ tư pháp đã giới thiệu những nội dung cơ bản của Luật Hôn nhân và gia đình, Luật Đất đai, Luật Phòng, chống bạo lực gia đình; tuyên truyền về tác hại của tảo hôn, hôn nhân cận huyết thống và các thủ đoạn lừa đảo qua mạng.",
   "Bằng hình thức hỏi - đáp, sử dụng song ngữ Việt - Mông, các buổi tư vấn thu hút đông đảo bà con tham gia. Nhiều thắc mắc của người dân về thủ tục cấp giấy chứng nhận quyền sử dụng đất, đăng ký kết hôn, khai sinh cho con được giải đáp cụ thể.",
   "Anh Giàng A Lử, thôn Háng Đề Dê cho biết: “Trước đây tôi không biết làm giấy tờ đất ở đâu, hôm nay được cán bộ hướng dẫn rõ ràng, tôi sẽ về nói lại với bà con trong thôn”.",
   "Được biết, từ đầu năm đến nay đã có 14 buổi tư vấn được tổ chức, thu hút trên 1.500 lượt người tham dự; phát hơn 2.000 tờ gấp tuyên truyền bằng song ngữ."],
  [(1, "Cán bộ tư pháp giải đáp thắc mắc của người dân.", "Hồng Nhung")],
  ["Hồng Nhung"], None, None, None,
  "NO publication date anywhere in the article (gold null); header today widget, copyright year, 'Tin mới' list dates and comment dates are traps; VNPT vnPortal-style markup; no meta")

A(16, "binhdinh-hoi-nghi-bch", "https://tinhuybinhdinh.vn/xay-dung-dang/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-20-p18522.html",
  "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 20 cho ý kiến về quy hoạch cán bộ",
  "Ngày 15/4, Ban Chấp hành Đảng bộ tỉnh khóa XX tổ chức Hội nghị lần thứ 20 để xem xét, cho ý kiến vào một số nội dung quan trọng thuộc thẩm quyền.",
  ["Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã thảo luận, cho ý kiến về việc bổ sung quy hoạch Ban Chấp hành Đảng bộ tỉnh, Ban Thường vụ Tỉnh ủy nhiệm kỳ 2025 - 2030; báo cáo tình hình kinh tế - xã hội quý I, nhiệm vụ trọng tâm quý II năm 2024.",
   "Theo báo cáo, quý I, tốc độ tăng trưởng tổng sản phẩm trên địa bàn tỉnh ước đạt 6,8%; thu ngân sách đạt 29% dự toán; thu hút đầu tư có nhiều khởi sắc với 12 dự án mới được cấp quyết định chủ trương đầu tư. Các chính sách an sinh xã hội được thực hiện đầy đủ, kịp thời.",
   "Phát biểu kết luận, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp, các ngành tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh, đẩy nhanh giải ngân vốn đầu tư công; thực hiện công tác quy hoạch cán bộ bảo đảm dân chủ, khách quan, công khai, minh bạch, đúng quy trình.",
   "Đồng chí cũng đề nghị chuẩn bị chu đáo các điều kiện để tổ chức đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2025 - 2030, lựa chọn một số nơi để chỉ đạo đại hội điểm."],
  [(0, "Các đồng chí chủ trì hội nghị.", "Lan Phương")],
  ["Lan Phương", "Trung Kiên"], None, D(2024, 4, 15, 8, 5), "datetime",
  "JSON-LD datePublished (08:00) disagrees by 5 min with the visible date (08:05 15/04/2024); gold trusts the VISIBLE date; two authors with en dash at top; og meta with article:published_time matching the visible date; custom CMS classes detail-*")

A(17, "tuyenquang-van-hoa-doc", "https://baotuyenquang.com.vn/van-hoa/giu-gin-ban-sac-van-hoa-dan-toc-gan-voi-phat-trien-du-lich-152881.html",
  "Giữ gìn bản sắc văn hóa dân tộc gắn với phát triển du lịch",
  None,
  ["Những năm gần đây, cùng với việc thực hiện Nghị quyết của Tỉnh ủy về phát triển du lịch, nhiều thôn, bản đã gắn công tác bảo tồn bản sắc văn hóa dân tộc với xây dựng sản phẩm du lịch cộng đồng.",
   "Tại thôn Nà Tông, xã Thượng Lâm, huyện Lâm Bình, đồng bào Tày vẫn giữ được những nếp nhà sàn truyền thống, các làn điệu hát then, đàn tính. Câu lạc bộ hát then của thôn có 25 thành viên, thường xuyên biểu diễn phục vụ du khách. Nhiều hộ gia đình mở homestay, thu nhập ổn định.",
   "Chị Ma Thị Hương, chủ một homestay ở Nà Tông, cho biết: “Khách đến đây thích nhất là được ở nhà sàn, ăn món ăn của người Tày và nghe hát then. Mình giữ được văn hóa thì khách mới đến”.",
   "Để phát huy giá trị văn hóa, huyện đã hỗ trợ các thôn mua sắm trang phục, nhạc cụ dân tộc; mở lớp truyền dạy hát then, đàn tính, dệt thổ cẩm cho thế hệ trẻ. Các lễ hội truyền thống như lễ hội Lồng tông được phục dựng, tổ chức định kỳ hằng năm.",
   "Thời gian tới, tỉnh tiếp tục quan tâm đầu tư hạ tầng du lịch, bồi dưỡng kỹ năng làm du lịch cho người dân, gắn phát triển du lịch với bảo vệ môi trường và giữ gìn bản sắc."],
  [(1, "Biểu diễn hát then, đàn tính phục vụ du khách tại thôn Nà Tông.", None)],
  [], None, D(2022, 9, 28, 16, 45), "datetime",
  "NFD (decomposed) Vietnamese in the HTML; HTML5 article/header/footer semantic markup, 'Thứ Tư, 28/9/2022 | 16:45' in a <time> without datetime attr, no author at all, figure without credit, og meta")

A(18, "thanhhoa-k2-bau-cu", "http://huyenuyhoangtrung.thanhhoa.dcs.vn/index.php/tin-tuc/item/1187-chi-bo-thon-dong-xuan-dai-hoi.html",
  "Chi bộ thôn Đông Xuân tổ chức đại hội điểm nhiệm kỳ 2020 - 2022",
  "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị, Chi bộ thôn Đông Xuân, xã Hoằng Đông được Ban Thường vụ Huyện ủy chọn tổ chức đại hội điểm cấp chi bộ nhiệm kỳ 2020 - 2022.",
  ["Đại hội đã đánh giá kết quả thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2017 - 2020. Trong nhiệm kỳ, Chi bộ đã lãnh đạo nhân dân chuyển đổi cơ cấu cây trồng, phát triển nghề phụ; thu nhập bình quân đầu người đạt 52 triệu đồng/năm; tỷ lệ hộ nghèo giảm còn 1,2%. Chi bộ kết nạp được 5 đảng viên mới, 3 năm liền đạt hoàn thành tốt nhiệm vụ.",
   "Đại hội thống nhất đề ra mục tiêu nhiệm kỳ 2020 - 2022: xây dựng thôn đạt chuẩn nông thôn mới kiểu mẫu; duy trì 100% hộ dân tham gia bảo hiểm y tế; kết nạp ít nhất 3 đảng viên mới.",
   "Đại hội đã bầu đồng chí Lê Văn Hùng giữ chức Bí thư Chi bộ theo hình thức bầu trực tiếp tại đại hội. Đồng thời, bầu đại biểu đi dự Đại hội Đảng bộ xã nhiệm kỳ 2020 - 2025.",
   "Kết thúc đại hội, Ban Thường vụ Huyện ủy đã rút kinh nghiệm để các chi bộ khác trong huyện tổ chức đại hội đúng quy định, chất lượng, hiệu quả."],
  [(0, "Đại biểu biểu quyết thông qua nghị quyết đại hội.", "Đỗ Minh")],
  ["Đỗ Minh"], None, D(2020, 10, 26, 14, 49), "datetime",
  "NFD (decomposed) Vietnamese in the HTML; Joomla K2 (itemView, itemIntroText lead, itemFullText), 'Thứ hai, 26 Tháng 10 2020 14:49', 'Viết bởi Quản trị viên' account is NOT an author, ALL-CAPS byline 'ĐỖ MINH', 'Lượt xem 1108', itemRelated with dates")

A(19, "truongchinhtri-tuyen-truyen-mang", "https://truongchinhtri.kiengiang.gov.vn/nghien-cuu-trao-doi/dau-tranh-phan-bac-quan-diem-sai-trai-tren-khong-gian-mang-326.html",
  "Nâng cao hiệu quả đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng",
  "Tóm tắt: Bài viết làm rõ thực trạng và đề xuất giải pháp nâng cao hiệu quả đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng của đội ngũ cán bộ, giảng viên trường chính trị cấp tỉnh.",
  ["Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch trong tình hình mới đã xác định đây là nhiệm vụ hệ trọng, sống còn của Đảng.",
   "Là cơ sở đào tạo, bồi dưỡng lý luận chính trị cho cán bộ, đảng viên ở địa phương, trường chính trị cấp tỉnh có lợi thế về đội ngũ giảng viên am hiểu lý luận. Thời gian qua, nhiều giảng viên đã có bài viết đăng trên báo chí, trang thông tin điện tử, tham gia các cuộc thi viết về bảo vệ nền tảng tư tưởng của Đảng.",
   "Tuy nhiên, số lượng bài viết còn ít, chủ yếu tập trung vào dịp cuộc thi; kỹ năng sử dụng mạng xã hội để lan tỏa thông tin tích cực của một bộ phận giảng viên còn hạn chế; việc phối hợp với các cơ quan báo chí chưa thường xuyên.",
   "Để nâng cao hiệu quả, trước hết cần nâng cao nhận thức, trách nhiệm của mỗi giảng viên; đưa nội dung đấu tranh phản bác vào bài giảng một cách phù hợp. Đồng thời, tổ chức bồi dưỡng kỹ năng viết, kỹ năng truyền thông số; có cơ chế khuyến khích, động viên giảng viên tham gia; tăng cường phối hợp với Ban Tuyên giáo và các cơ quan báo chí địa phương.",
   "Đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng là cuộc đấu tranh lâu dài, phức tạp. Phát huy vai trò của đội ngũ giảng viên trường chính trị sẽ góp phần quan trọng bảo vệ vững chắc nền tảng tư tưởng của Đảng."],
  [],
  ["Trần Thị Thu Hằng", "Lê Văn Nam"], None, D(2024, 1, 11, 15, 42, 27), "datetime",
  "school portal (ASP.NET MVC, .article-detail); two top authors with degrees 'PGS.TS TRẦN THỊ THU HẰNG' and 'ThS. Lê Văn Nam' + affiliation; 'Gửi lúc: 11/01/2024 15:42:27' (seconds); 'Tóm tắt:' abstract as lead; 'Tài liệu tham khảo' list at the end is not body; no images")

A(20, "camau-republish-nhandan", "https://ubmttq.camau.gov.vn/tin-tuc/dong-thuan-xa-hoi-nen-tang-phat-trien-ben-vung-1882.html",
  "Đồng thuận xã hội - nền tảng cho phát triển bền vững",
  "Đồng thuận xã hội là sức mạnh nội sinh, là nền tảng quan trọng để đất nước phát triển nhanh và bền vững. Củng cố, tăng cường đồng thuận xã hội là nhiệm vụ của cả hệ thống chính trị.",
  ["Trong suốt tiến trình cách mạng, Đảng ta luôn coi trọng việc xây dựng khối đại đoàn kết toàn dân tộc, tạo sự đồng thuận rộng rãi trong xã hội. Chủ tịch Hồ Chí Minh đã khẳng định: “Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công”.",
   "Thực tiễn gần 40 năm đổi mới cho thấy, ở đâu cấp ủy, chính quyền thực sự dân chủ, công khai, minh bạch, lắng nghe ý kiến của nhân dân thì ở đó có sự đồng thuận cao, các chủ trương, chính sách được triển khai thuận lợi. Ngược lại, nơi nào xa dân, quan liêu, tham nhũng thì nơi đó dễ phát sinh điểm nóng.",
   "Để củng cố đồng thuận xã hội, cần tiếp tục phát huy dân chủ xã hội chủ nghĩa, bảo đảm quyền làm chủ của nhân dân; giải quyết hài hòa quan hệ lợi ích giữa các giai cấp, tầng lớp; chăm lo đời sống vật chất, tinh thần của nhân dân, nhất là người nghèo, đồng bào vùng sâu, vùng xa.",
   "Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội cần phát huy hơn nữa vai trò giám sát và phản biện xã hội, làm cầu nối vững chắc giữa Đảng, Nhà nước với nhân dân."],
  [(0, "Người dân tham gia ngày hội Đại đoàn kết toàn dân tộc.", "Thanh Đạt")],
  [], "Báo Nhân Dân", D(2022, 4, 1, 15, 28), "datetime",
  "WordPress Newspaper-theme (td-post-content, td-post-date time[datetime]), '01/04/2022 - 15:28 GMT+7', republished '(Theo Báo Nhân Dân)' with no person author, 'by admin' author box trap, share buttons, td-related posts")

A(21, "hagiang-ttxvn-bien-gioi", "https://xinman.hagiang.gov.vn/tin-tuc/chi-tiet?id=1042",
  "Bộ đội Biên phòng đồng hành cùng đồng bào xây dựng nông thôn mới",
  None,
  ["Thời gian qua, cán bộ, chiến sĩ các đồn Biên phòng trên địa bàn đã tích cực tham gia giúp đỡ đồng bào các dân tộc xây dựng nông thôn mới, phát triển kinh tế, giữ vững an ninh biên giới.",
   "Thực hiện chương trình “Nâng bước em tới trường”, “Con nuôi đồn Biên phòng”, các đồn đã nhận đỡ đầu 46 học sinh có hoàn cảnh khó khăn. Cán bộ đồn còn trực tiếp hướng dẫn bà con trồng cỏ nuôi bò, làm chuồng trại hợp vệ sinh, tham gia làm hàng chục km đường bê tông liên thôn.",
   "Đại úy Lò Văn Thắng, Đội trưởng Đội Vận động quần chúng cho biết, đơn vị phân công mỗi đảng viên phụ trách từ 5 - 10 hộ gia đình, thường xuyên đến thăm hỏi, nắm tình hình, tuyên truyền bà con chấp hành tốt pháp luật, bảo vệ đường biên, mốc giới.",
   "Nhờ sự đồng hành của bộ đội biên phòng, đời sống của đồng bào ở các xã biên giới từng bước được cải thiện; tỷ lệ hộ nghèo giảm bình quân 4% mỗi năm; thế trận biên phòng toàn dân ngày càng vững chắc."],
  [(1, "Cán bộ đồn Biên phòng giúp người dân làm đường bê tông.", "TTXVN")],
  [], "TTXVN", D(2024, 6, 21, 10, 13), "datetime",
  "commune government portal (div+table hybrid, classes title_detail/date_detail/content_detail), 'Thứ Sáu, 21/6/2024, 10:13', 'Theo TTXVN' source line with no person author, caption credit '(Ảnh: TTXVN)', banners, empty slider 'No title...', flag gif")

A(22, "soctrang-dong-bao-khmer", "https://danvan.soctrang.dcs.vn/tin-tuc/chi-tiet/6612",
  "Vận động đồng bào Khmer chuyển đổi cây trồng, vật nuôi",
  "Ban Dân vận Huyện ủy Trần Đề đã chỉ đạo các tổ chức chính trị - xã hội đẩy mạnh tuyên truyền, vận động đồng bào Khmer mạnh dạn chuyển đổi cơ cấu cây trồng, vật nuôi, nâng cao thu nhập.",
  ["Tại xã Lịch Hội Thượng, nhiều hộ đồng bào Khmer đã chuyển từ trồng lúa kém hiệu quả sang trồng màu, nuôi bò vỗ béo. Hội Nông dân xã phối hợp với ngân hàng chính sách hỗ trợ hội viên vay vốn, tổ chức tập huấn kỹ thuật chăn nuôi, trồng hành tím.",
   "Ông Thạch Sang, ấp Cảng, cho biết gia đình ông chuyển 5 công đất lúa sang trồng hành tím và nuôi 4 con bò. Mỗi năm, sau khi trừ chi phí, gia đình có lãi trên 120 triệu đồng, cao gấp 3 lần so với trồng lúa.",
   "Để việc vận động đạt hiệu quả, Ban Dân vận Huyện ủy phát huy vai trò của các vị sư sãi, người có uy tín trong đồng bào. Nhiều buổi tuyên truyền được tổ chức ngay tại chùa Khmer, sử dụng song ngữ Việt - Khmer, dễ hiểu, dễ nhớ.",
   "Đến nay, toàn huyện đã chuyển đổi trên 1.200 ha đất lúa kém hiệu quả sang cây trồng khác và nuôi trồng thủy sản; tỷ lệ hộ nghèo trong đồng bào Khmer giảm còn 3,5%."],
  [(0, "Nông dân Khmer xã Lịch Hội Thượng thu hoạch hành tím.", "Thu Trang")],
  ["Thu Trang"], None, D(2023, 10, 16, 7, 40), "datetime",
  "'Tin liên quan' box INSIDE the article body between paragraphs 2 and 3 (must not enter body); Vietnamese class names (tieude/tomtat/noidung/ngaydang), date '[16/10/2023 07:40]', 'Bản in' link, TTS player, comments with dates")

A(23, "print-laocai-ban-in", "https://laocai.dcs.vn/print/tin-tuc-su-kien/ky-niem-135-nam-ngay-sinh-chu-tich-ho-chi-minh-8841",
  "Tọa đàm kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh",
  "Ngày 16/5, Ban Tuyên giáo Tỉnh ủy phối hợp với Trường Chính trị tỉnh tổ chức tọa đàm khoa học “Chủ tịch Hồ Chí Minh với đồng bào các dân tộc Tây Bắc” nhân kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025).",
  ["Tọa đàm nhận được 32 bài tham luận của các nhà khoa học, giảng viên, cán bộ nghiên cứu. Các tham luận đã làm rõ tình cảm, sự quan tâm đặc biệt của Chủ tịch Hồ Chí Minh đối với đồng bào các dân tộc vùng Tây Bắc; những lời dạy của Người về đoàn kết dân tộc, phát triển kinh tế, xóa đói giảm nghèo.",
   "Nhiều ý kiến tại tọa đàm nhấn mạnh, thực hiện lời dạy của Bác, Đảng bộ và nhân dân các dân tộc trong tỉnh đã vượt qua khó khăn, đạt nhiều thành tựu quan trọng; đời sống vật chất, tinh thần của đồng bào không ngừng được nâng lên.",
   "Phát biểu bế mạc, lãnh đạo Ban Tuyên giáo Tỉnh ủy đề nghị tiếp tục đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; tiếp thu các ý kiến tham luận để vận dụng vào công tác lãnh đạo, chỉ đạo, tuyên truyền tại địa phương.",
   "Dịp này, Ban Tổ chức đã trao giấy khen cho 10 tác giả có tham luận xuất sắc; đồng thời phát hành kỷ yếu tọa đàm gửi đến các cấp ủy, tổ chức đảng trong tỉnh để nghiên cứu, tham khảo."],
  [],
  ["Hữu Phúc"], None, D(2025, 5, 19, 7, 0), "datetime",
  "PRINT version page ('Bản in'), minimal chrome: 'Ngày in: 30/11/2026' print date trap + 'Ngày xuất bản: 19/05/2025 07:00'; URL line and copyright at bottom; window.print(); no images; no meta")

A(24, "namdinh-don-dien-doi-thua", "https://m.baonamdinh.vn/xa-hoi/202111/nong-dan-don-dien-doi-thua-5581234/",
  "Nông dân đồng lòng dồn điền, đổi thửa",
  None,
  ["Sau khi thu hoạch lúa mùa, nông dân xã Hải Minh, huyện Hải Hậu đã bắt tay vào dồn điền, đổi thửa, chỉnh trang đồng ruộng để tạo thuận lợi cho cơ giới hóa sản xuất.",
   "Để người dân đồng thuận, Đảng ủy xã đã chỉ đạo các chi bộ tổ chức họp dân, công khai phương án, lắng nghe ý kiến từng hộ. Cán bộ, đảng viên gương mẫu nhận ruộng ở vị trí xa, không thuận lợi trước.",
   "Ông Trần Văn Lập, xóm 3 chia sẻ: “Trước kia nhà tôi có 7 thửa ruộng nằm rải rác ở 4 xứ đồng, đi lại rất vất vả. Sau dồn đổi chỉ còn 2 thửa, máy cày, máy gặt vào tận nơi, đỡ được nhiều công”.",
   "Đến nay, xã đã hoàn thành dồn điền, đổi thửa trên 320 ha, bình quân mỗi hộ còn 1,8 thửa. Hệ thống giao thông, thủy lợi nội đồng được quy hoạch lại, tạo điều kiện hình thành các vùng sản xuất lúa chất lượng cao."],
  [(0, "Nông dân xã Hải Minh cắm mốc ruộng sau khi dồn điền, đổi thửa.", "Bảo Ngọc")],
  ["Bảo Ngọc"], None, D(2021, 11, 22, 8, 30, 0), "datetime",
  "mobile site (m.), lazy images (data-src, noscript), only date is 'Cập nhật: 22/11/2021 08:30:00 (GMT+7)', bottom nav bar, 'Xem thêm' infinite list with relative dates ('2 giờ trước'), og meta, app-download banner")

A(25, "bacgiang-tet-chinh-sach", "http://www.bacgiang.gov.vn/tintuc/chitiet.asp?id=7713",
  "Lãnh đạo tỉnh thăm, tặng quà Tết gia đình chính sách",
  None,
  ["Nhân dịp Tết Nguyên đán Tân Sửu 2021, đoàn công tác của Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ tỉnh do đồng chí Phó Bí thư Tỉnh ủy dẫn đầu đã đến thăm, tặng quà các gia đình chính sách, hộ nghèo tại huyện Lục Ngạn.",
   "Đoàn đã đến thăm, tặng quà Mẹ Việt Nam anh hùng Nguyễn Thị Lụa, thương binh Hoàng Văn Sinh và một số gia đình người có công với cách mạng. Tại các gia đình, đồng chí trưởng đoàn ân cần hỏi thăm sức khỏe, đời sống, bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các gia đình cho sự nghiệp giải phóng dân tộc và bảo vệ Tổ quốc.",
   "Trong dịp Tết năm nay, toàn tỉnh đã trao hơn 85.000 suất quà cho các gia đình chính sách, hộ nghèo, đối tượng bảo trợ xã hội với tổng trị giá trên 40 tỷ đồng, bảo đảm mọi người, mọi nhà đều được đón Tết vui tươi, an toàn.",
   "Cũng trong chuyến công tác, đoàn đã thăm, chúc Tết cán bộ, chiến sĩ Công an huyện đang làm nhiệm vụ bảo đảm an ninh trật tự dịp Tết và công tác phòng, chống dịch Covid-19."],
  [(0, "Đồng chí Phó Bí thư Tỉnh ủy tặng quà Mẹ Việt Nam anh hùng Nguyễn Thị Lụa.", "Thanh Sơn")],
  ["Kim Oanh"], None, D(2021, 2, 9, 14, 5), "datetime",
  "XHTML 1.0 transitional frames-era portal (<center>, <marquee> ticker with dated titles, bgcolor tables), 'Ngày đăng: 9-2-2021 14:05', 'Tin: Kim Oanh' byline with separate photo credit in caption (photographer is not an author), hit counter image, no meta")

A(26, "nuxt-angiang-ky-niem-3-2", "https://angiang.dcs.vn/bai-viet/mit-tinh-ky-niem-96-nam-ngay-thanh-lap-dang-653a1f",
  "Mít tinh kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
  "Sáng 3/2, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức mít tinh trọng thể kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026) và mừng Xuân Bính Ngọ.",
  ["Diễn văn kỷ niệm ôn lại chặng đường vẻ vang 96 năm Đảng lãnh đạo cách mạng Việt Nam, khẳng định sự ra đời của Đảng là bước ngoặt vĩ đại, quyết định mọi thắng lợi của cách mạng nước ta. Dưới sự lãnh đạo của Đảng, nhân dân ta đã giành được những thắng lợi to lớn, có ý nghĩa lịch sử.",
   "Năm 2025, trong bối cảnh thực hiện sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, Đảng bộ và nhân dân trong tỉnh đã đoàn kết, nỗ lực vượt qua khó khăn, hoàn thành và hoàn thành vượt mức các chỉ tiêu chủ yếu; đại hội đảng bộ các cấp được tổ chức thành công.",
   "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I. Tỉnh ủy kêu gọi cán bộ, đảng viên và nhân dân phát huy truyền thống, đoàn kết, đổi mới, sáng tạo, quyết tâm thực hiện thắng lợi các mục tiêu đã đề ra.",
   "Trước đó, đoàn đại biểu lãnh đạo tỉnh đã đến dâng hoa, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và các anh hùng liệt sĩ."],
  [(0, "Các đại biểu dự lễ mít tinh.", "Thanh Tùng")],
  ["Thanh Tùng"], None, D(2026, 2, 3, 7, 15), "datetime",
  "Nuxt/Vue SSR (data-v-* attributes, window.__NUXT__ state with publishedAt in UTC 'Z' = 07:15 +07:00 and a separate updatedAt), visible '3 tháng 2, 2026 lúc 07:15', lead begins 'Sáng 3/2' (event), og meta")

A(27, "hue-quoc-khanh-2-9", "https://thuathienhue.gov.vn/vi-vn/Tin-tuc-su-kien/tid/Ky-niem-Quoc-khanh-2-9/newsid/88412",
  "Nhiều hoạt động ý nghĩa chào mừng Quốc khánh 2/9",
  None,
  ["Hướng tới kỷ niệm 74 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, các địa phương trong tỉnh đã tổ chức nhiều hoạt động văn hóa, văn nghệ, thể dục thể thao sôi nổi.",
   "Tại thành phố, chương trình nghệ thuật “Mùa thu cách mạng” được tổ chức tại Quảng trường Ngọ Môn thu hút hàng nghìn người dân và du khách. Các tiết mục ca ngợi Đảng, Bác Hồ và quê hương đất nước được dàn dựng công phu.",
   "Các xã, phường đồng loạt treo cờ Tổ quốc, chỉnh trang đường phố, khu dân cư. Đoàn Thanh niên các cấp tổ chức dâng hương tại các nghĩa trang liệt sĩ, thăm hỏi gia đình chính sách, thắp nến tri ân.",
   "Nhân dịp này, Ban Dân vận Tỉnh ủy cùng Ủy ban MTTQ tỉnh đã trao 30 suất quà cho các hộ gia đình có công với cách mạng có hoàn cảnh khó khăn."],
  [(1, "Chương trình nghệ thuật “Mùa thu cách mạng” tại Quảng trường Ngọ Môn.", "Minh Quân")],
  ["Xuân Hiếu", "Minh Quân"], None, D(2019, 9, 2, 7, 30), "datetime",
  "Bootstrap 3 DNN-free portal: breadcrumb, 'Thứ hai, 02/09/2019, 07:30', 'Từ khóa:' tag list, Facebook comments plugin, two authors 'Xuân Hiếu – Minh Quân' (en dash), Tin cùng chuyên mục with dates, back-to-top 'Lên đầu trang'")

A(28, "photo-30-4", "https://baobinhphuoc.com.vn/phong-su-anh/ron-rang-ngay-hoi-non-song-thong-nhat-175532",
  "Rộn ràng ngày hội non sông thống nhất",
  "Kỷ niệm 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2025), khắp các nẻo đường rực rỡ cờ hoa, người dân hân hoan đón chào ngày hội lớn của dân tộc.",
  ["Từ sáng sớm, hàng nghìn người dân đã đổ về các tuyến phố trung tâm để theo dõi chương trình diễu binh, diễu hành qua màn hình lớn.",
   "Nhiều cựu chiến binh xúc động gặp lại đồng đội, cùng nhau ôn lại những ký ức hào hùng của những ngày tháng Tư lịch sử.",
   "Các em học sinh tham gia vẽ tranh, viết thư về chủ đề “Tự hào non sông thống nhất”, thể hiện lòng biết ơn đối với thế hệ cha anh.",
   "Buổi tối, chương trình nghệ thuật và bắn pháo hoa tầm thấp tại quảng trường trung tâm tỉnh đã thu hút đông đảo người dân, du khách đến xem, khép lại một ngày hội trọn vẹn niềm vui, niềm tự hào của những người con đất Việt."],
  [(-1, "Rực rỡ cờ hoa trên tuyến đường trung tâm.", None),
   (0, "Người dân theo dõi chương trình diễu binh qua màn hình lớn.", None),
   (1, "Cựu chiến binh gặp lại đồng đội.", None),
   (2, "Học sinh vẽ tranh về chủ đề non sông thống nhất.", None)],
  ["Quang Vinh"], None, D(2025, 4, 30, 6, 0), "datetime",
  "photo story: 4 full-width figures with figcaptions, very short body, 'Phóng sự ảnh: Quang Vinh' (photographer is the author; captions carry no credit), '06:00 | 30/04/2025', gallery thumbnails, og:image meta")

A(29, "drupal9-phong-van-dan-van", "https://tinhuydaklak.vn/tin-tuc/phong-van-truong-ban-dan-van-ve-cong-tac-dan-van-sau-sap-xep",
  "Công tác dân vận sau sắp xếp chính quyền hai cấp: Gần dân hơn, sát dân hơn",
  "Xung quanh công tác dân vận trong bối cảnh vận hành chính quyền địa phương hai cấp, phóng viên đã có cuộc trao đổi với đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy.",
  ["PV: Xin đồng chí cho biết những yêu cầu mới đặt ra đối với công tác dân vận sau khi sắp xếp đơn vị hành chính?",
   "Trả lời: Khi không còn cấp huyện, xã, phường trở thành nơi trực tiếp gần dân nhất, giải quyết hầu hết thủ tục hành chính cho người dân. Điều đó đòi hỏi cán bộ cấp xã phải nắm chắc tình hình, lắng nghe và giải quyết kịp thời những kiến nghị chính đáng của nhân dân, không để hình thành điểm nóng.",
   "PV: Tỉnh đã có những giải pháp gì để bảo đảm sự đồng thuận của nhân dân?",
   "Trả lời: Ngay từ đầu, Ban Thường vụ Tỉnh ủy đã chỉ đạo công khai phương án sắp xếp, lấy ý kiến cử tri đạt tỷ lệ đồng thuận trên 97%. Chúng tôi tổ chức các đoàn công tác về cơ sở, đối thoại với người dân, giải thích rõ mục đích, ý nghĩa của chủ trương, đồng thời tháo gỡ vướng mắc về giấy tờ, con dấu, địa chỉ cho người dân và doanh nghiệp.",
   "PV: Xin cảm ơn đồng chí!"],
  [(1, "Cán bộ phường hướng dẫn người dân làm thủ tục tại Trung tâm phục vụ hành chính công.", "Hà An")],
  ["Hà An"], None, D(2025, 7, 19, 10, 0), "datetime",
  "Drupal 9/10 (node--type-article, field--name-body, field__item), date 'Thứ Bảy, 19 Tháng Bảy, 2025 - 10:00' with month words, interview Q&A body ('PV:' / 'Trả lời:' are body), byline 'Hà An (thực hiện)', og meta + article:published_time with different offset notation")

A(30, "emagazine-quang-ninh-than", "https://quangninh.gov.vn/emagazine/nguoi-tho-mo-va-nghi-quyet-cua-dang-2213.html",
  "Người thợ mỏ và những mùa than mới",
  "Hơn 85 năm qua, “Kỷ luật và Đồng tâm” đã trở thành truyền thống quý báu của những người thợ mỏ vùng than. Trong giai đoạn mới, tổ chức đảng và đảng viên ngành than tiếp tục là hạt nhân chính trị, dẫn dắt người lao động vượt qua khó khăn.",
  ["Những lò chợ an toàn",
   "Ở độ sâu âm 350 mét, ca sản xuất của Phân xưởng Khai thác 5 vẫn khẩn trương dù đồng hồ đã điểm nửa đêm. Bí thư chi bộ phân xưởng Nguyễn Văn Quang luôn là người xuống lò đầu tiên để kiểm tra an toàn, rồi mới giao việc cho các tổ.",
   "“Đảng viên phải đi trước. Anh em thợ lò nhìn vào đảng viên mà làm, nếu mình ngại khó thì không thể nói được ai”, anh Quang chia sẻ.",
   "Cơ giới hóa và chuyển đổi số",
   "Những năm gần đây, nhiều mỏ đã đầu tư dàn chống tự hành, máy khấu than, hệ thống giám sát khí mỏ tự động. Năng suất lao động tăng gần gấp đôi so với 10 năm trước; số vụ tai nạn lao động giảm rõ rệt. Chi bộ các phân xưởng đã đưa nội dung đổi mới công nghệ vào sinh hoạt chuyên đề, khuyến khích đảng viên đi đầu học tập, làm chủ thiết bị mới.",
   "Chăm lo đời sống người lao động",
   "Thu nhập bình quân của thợ lò năm 2024 đạt trên 20 triệu đồng/tháng. Các khu nhà ở tập thể được đầu tư khang trang, có nhà ăn, phòng tập thể thao, thư viện. Công đoàn và đoàn thanh niên thường xuyên tổ chức các hoạt động văn hóa, văn nghệ, tạo sự gắn bó của người lao động với doanh nghiệp.",
   "Trên nền truyền thống vẻ vang, những người thợ mỏ hôm nay đang viết tiếp những trang sử mới, góp phần xây dựng vùng than ngày càng giàu đẹp."],
  [(-1, "Thợ lò Phân xưởng Khai thác 5 trước giờ vào ca.", "Tuấn Anh"),
   (4, "Dàn chống tự hành tại lò chợ cơ giới hóa.", "Tuấn Anh")],
  ["Việt Hà"], None, D(2024, 12, 22, 14, 0), "datetime",
  "e-magazine long-form (full-bleed sections, h2 subheads counted as body paragraphs, pull-quote aside duplicates a body sentence and is NOT body), credits block 'Nội dung: Việt Hà | Ảnh: Tuấn Anh | Thiết kế: Minh Khôi' (only the writer is an author), 'Xuất bản: 22-12-2024 | 14:00'")


# ---------------------------------------------------------------- render helpers
def cap_text(cap, cred, style="plain"):
    if cap is None:
        cap = ""
    if cred is None:
        return E(cap)
    if style == "paren":
        return f"{E(cap)} (Ảnh: {E(cred)})"
    if style == "br":
        return f"{E(cap)}<br><i>Ảnh: {E(cred)}</i>"
    return f"{E(cap)} Ảnh: {E(cred)}"


def img_table(i, cap, cred, style="plain"):
    return (f'<table class="imgEditor" align="center" cellpadding="3"><tbody><tr><td>'
            f'<img class="imgtelerik" src="/Portals/0/images/2024/anh{i}.jpg" width="600"></td></tr>'
            f'<tr><td class="image_desc"><em>{cap_text(cap, cred, style)}</em></td></tr></tbody></table>')


def img_fig(i, cap, cred, style="plain"):
    return (f'<figure class="image"><img src="/uploads/news/anh{i}.jpg" alt="{E(cap or "")}">'
            f'<figcaption>{cap_text(cap, cred, style)}</figcaption></figure>')


def img_italic(i, cap, cred, style="plain"):
    return (f'<p style="text-align:center"><img src="/upload/images/anh{i}.jpg" width="550"></p>'
            f'<p style="text-align:center"><em>{cap_text(cap, cred, style)}</em></p>')


def render(a, para, img):
    """para(text) -> html; img(i, cap, cred) -> html. Images after paragraph index."""
    out = []
    imgs = a["imgs"]
    for k, (pos, cap, cred) in enumerate(imgs):
        if pos == -1:
            out.append(img(k, cap, cred))
    for j, t in enumerate(a["paras"]):
        out.append(para(t))
        for k, (pos, cap, cred) in enumerate(imgs):
            if pos == j:
                out.append(img(k, cap, cred))
    return "\n".join(out)


def P(t):
    return f"<p>{E(t)}</p>"


def page(head, body, lang="vi", doctype="<!DOCTYPE html>", html_attr=""):
    return (f'{doctype}\n<html lang="{lang}"{html_attr}>\n<head>\n<meta charset="utf-8">\n{head}\n</head>\n'
            f'<body>\n{body}\n</body>\n</html>\n')


def og(a, site, extra=""):
    return (f'<meta property="og:type" content="article">\n<meta property="og:title" content="{E(a["title"])}">\n'
            f'<meta property="og:site_name" content="{E(site)}">\n<meta property="og:url" content="{E(a["url"])}">\n'
            f'<meta property="og:description" content="{E(a["lead"] or a["paras"][0][:150])}">\n'
            f'<meta property="og:image" content="{E(a["url"].split("/")[0])}//{a["url"].split("/")[2]}/og.jpg">\n{extra}')


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00"


def hm(d):
    return f"{d.hour:02d}:{d.minute:02d}"


def dmy(d, pad=True):
    return f"{d.day:02d}/{d.month:02d}/{d.year}" if pad else f"{d.day}/{d.month}/{d.year}"


def menu(items=("Trang chủ", "Tin tức - Sự kiện", "Xây dựng Đảng", "Dân vận", "Văn bản", "Liên hệ"), cls="menu"):
    return f'<ul class="{cls}">' + "".join(f'<li><a href="/{k}">{E(x)}</a></li>' for k, x in enumerate(items)) + "</ul>"


# ---------------------------------------------------------------- layouts
L = {}


def layout(n):
    def deco(f):
        L[n] = f
        return f
    return deco


@layout(1)
def _l1(a):
    d = a["pub"]
    paras = "<br><br>\n".join(f'<font face="Arial" size="2">{E(t)}</font>' for t in a["paras"][:2])
    rest = "<br><br>\n".join(f'<font face="Arial" size="2">{E(t)}</font>' for t in a["paras"][2:])
    (pos, cap, cred) = a["imgs"][0]
    img = (f'<br><br><table align="center" width="500" border="0"><tr><td align="center"><img src="/Images/tin/18432.jpg" width="480"></td></tr>'
           f'<tr><td align="center"><font size="1"><i>{cap_text(cap, cred)}</i></font></td></tr></table><br>')
    body = f'''<table width="980" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="3"><img src="/images/banner_tinhuy.jpg" alt="Cổng thông tin điện tử Tỉnh ủy Cà Mau" width="980"></td></tr>
<tr><td colspan="3" bgcolor="#b30000"><font color="white" size="2">&nbsp;{today(D(2026, 11, 30))}</font>
&nbsp; <a href="/"><font color="white">Trang chủ</font></a> | <a href="/gioithieu.asp"><font color="white">Giới thiệu</font></a> | <a href="/tintuc.asp"><font color="white">Tin tức</font></a></td></tr>
<tr><td width="200" valign="top">
  <table width="100%"><tr><td><b>CHUYÊN MỤC</b></td></tr><tr><td><a href="/c1">Xây dựng Đảng</a></td></tr><tr><td><a href="/c2">Dân vận</a></td></tr></table>
  {stats_box(12, "845", "5.120.441")}
</td>
<td width="580" valign="top">
  <table width="100%" cellpadding="4"><tr><td><font face="Arial" size="1" color="#666">Trang chủ &gt;&gt; Xây dựng Đảng</font></td></tr>
  <tr><td><font face="Arial" size="4" color="#b30000"><b>{E(a["title"])}</b></font></td></tr>
  <tr><td><font size="1" color="#999">{wd(d)}, {dmy(d)} - {hm(d)}</font> &nbsp;&nbsp;<font size="1">Lượt xem: 1.234</font></td></tr>
  <tr><td class="content">{paras}{img}{rest}<br><br>
  <div align="right"><b><font face="Arial" size="2">{E(a["authors"][0])}</font></b></div></td></tr>
  <tr><td><a href="javascript:window.print()">In bài viết</a> | <a href="/guiemail.asp">Gửi email</a> | <a href="#top">Về đầu trang</a></td></tr>
  <tr><td><b>Các tin khác</b><br>{"<br>".join(f'- <a href="/tin/{i}">{E(t)}</a> ({dd})' for i, (t, dd) in enumerate(rel_items(2, 5)))}</td></tr>
  </table>
</td>
<td width="200" valign="top">{POLL}<br><img src="/qc/banner1.gif" alt="Quảng cáo"></td></tr>
<tr><td colspan="3" align="center" bgcolor="#eeeeee"><font size="1">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH ỦY CÀ MAU<br>Địa chỉ: Số 01 Lưu Tấn Tài, Phường 5, TP Cà Mau. Điện thoại: 0290.3831.xxx<br>Giấy phép số 123/GP-TTĐT do Sở Thông tin và Truyền thông cấp<br>Bản quyền thuộc Tỉnh ủy Cà Mau</font></td></tr>
</table>'''
    return page(f"<title>Tinh uy Ca Mau - Tin tuc</title>", body, doctype='<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')


@layout(2)
def _l2(a):
    d = a["pub"]
    img = lambda i, c, r: img_table(i, c, r, "plain")
    body = f'''<div id="dnn_ctr" class="dnnpage"><div class="header"><div class="header-date">{today(D(2026, 11, 28))}</div>{SEARCH}{LOGIN}</div>
{menu()}
<div id="dnn_ContentPane"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a> / <a href="/dan-van">Dân vận</a></div>
<div id="dnn_ctr1402_ModuleContent" class="DnnModule">
<div class="post-detail">
<h1 class="post-title">{E(a["title"])}</h1>
<div class="post-meta"><span id="dnn_NewsView_Main_ctl00_lbPublishedDate" class="lbPublishedDate">Cập nhật lúc {hm(d)}, {dmy(d)} (GMT+7)</span> <span class="view">Lượt xem: 2.417</span></div>
{TOOLS}
<h2 class="post-summary">{E(a["lead"])}</h2>
<div class="post-content"><div class="noidung" itemprop="articleBody">
{render(a, P, img)}
</div></div>
<div class="tacgia">{E(" - ".join(a["authors"]))}</div>
{RATING}
</div>
{ul_rel("Tin cùng chuyên mục", 0, 6, cls="list-news-category")}
</div></div>
<div id="dnn_RightPane">{ul_rel("Xem nhiều nhất", 5, 5, cls="most-view")}{stats_box(47, "2.031", "9.876.540")}</div>
{footer("Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Giang", "Đường Nguyễn Trãi, phường Hà Giang 1, tỉnh Tuyên Quang", "0219.3866.xxx", "26/GP-TTĐT ngày 12/5/2020")}
</div>'''
    head = f"<title>{E(a['title'])} | Cổng TTĐT Đảng bộ tỉnh Hà Giang</title>\n" + og(a, "Đảng bộ tỉnh Hà Giang")
    return page(head, body)


@layout(3)
def _l3(a):
    d = a["pub"]
    body = f'''<form method="post" action="chi-tiet-tin-tuc.aspx?ItemID=9821" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIBD2QWAgIDD2QWAg==">
<div id="s4-workspace"><div class="top-bar"><span class="ngay-hien-tai">{today(D(2026, 11, 26), 2)}</span> <a href="/_layouts/Authenticate.aspx">Đăng nhập</a></div>
<div class="banner"><img src="/PublishingImages/banner.png" alt="Cổng Thông tin điện tử tỉnh Lạng Sơn"></div>
{menu(("Trang chủ", "Giới thiệu", "Tin tức sự kiện", "Chỉ đạo điều hành", "Dịch vụ công", "Văn bản pháp luật"))}
<div id="ctl00_PlaceHolderMain_ctl00_pnlNews" class="news-detail">
<div class="breadcrumb">Trang chủ &gt; Tin tức sự kiện &gt; Tin trong tỉnh</div>
<div class="ms-rtestate-field"><h2 class="tieu-de-tin">{E(a["title"])}</h2>
<div class="ngay-dang">Ngày đăng: {dmy(d)}</div>
<div class="noi-dung-tin">
{render(a, P, img_fig)}
<p style="text-align:right"><strong>{E(a["authors"][0])}</strong></p>
<p style="text-align:right"><em>Nguồn: {E(a["source"])}</em></p>
</div></div>
<div class="tools"><a href="#">In trang</a> <a href="#">Gửi cho bạn bè</a> <a href="#">Lên đầu trang</a></div>
{ul_rel("Các tin đã đưa", 3, 6, cls="cac-tin-da-dua")}
</div>
<div class="sidebar"><div class="lich">Lịch công tác tuần</div><div class="hotline">Đường dây nóng: 0205.3812.xxx</div>{stats_box(120, "5.410", "21.004.118", "thong-ke-truy-cap")}</div>
{footer("Cổng Thông tin điện tử tỉnh Lạng Sơn", "Số 2 đường Hoàng Văn Thụ, phường Lương Văn Tri, tỉnh Lạng Sơn", "0205.3812.xxx", "số 05/GP-TTĐT ngày 20/3/2019")}
</div></form>'''
    return page(f"<title>Chi tiết tin tức</title>", body)


@layout(4)
def _l4(a):
    d = a["pub"]
    body = f'''<header class="header container-header"><div class="mod-custom today">{wd(D(2026, 11, 24), WD_LOWER)}, {D(2026,11,24).day} Tháng {D(2026,11,24).month} {D(2026,11,24).year}</div>
<nav>{menu(cls="mod-menu")}</nav>{SEARCH}</header>
<main><nav class="mod-breadcrumbs__wrapper"><ol class="mod-breadcrumbs breadcrumb"><li>Trang chủ</li><li>Tin tức</li><li>Xây dựng Đảng</li></ol></nav>
<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{E(a["title"])}</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>
<dd class="category-name">Danh mục: <a href="/xay-dung-dang">Xây dựng Đảng</a></dd>
<dd class="published"><time datetime="{iso(d)}" itemprop="datePublished">{wd(d, WD_LOWER)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:1234">Lượt xem: 1.234</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p><strong>{E(a["lead"])}</strong></p>
{render(a, P, lambda i, c, r: img_italic(i, c, r))}
<p style="text-align: right;"><strong>Bài, ảnh: {E(a["authors"][0])}</strong></p>
</div>
<nav class="pagenavigation"><a class="previous" href="#">Trước</a> <a class="next" href="#">Tiếp theo</a></nav>
</div>
{ul_rel("Bài viết liên quan", 6, 5, cls="mod-articles-category")}
</main>
<aside>{ul_rel("Đọc nhiều", 1, 5, cls="mostread")}{stats_box(8, "712", "1.002.331", "mod-stats")}</aside>
<footer>{footer("Trang thông tin điện tử Tỉnh ủy Bắc Ninh", "Số 11 đường Lý Thái Tổ, phường Suối Hoa, tỉnh Bắc Ninh", "0222.3822.xxx", "số 18/GP-TTĐT")}</footer>'''
    return page(f'<title>{E(a["title"])}</title>\n<meta name="generator" content="Joomla! - Open Source Content Management">', body)


@layout(5)
def _l5(a):
    d = a["pub"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(d), "dateModified": iso(d.replace(hour=d.hour + 1)),
          "author": {"@type": "Person", "name": "quantri"},
          "publisher": {"@type": "Organization", "name": "Đảng bộ tỉnh Đắk Lắk"}}
    head = (f"<title>{E(a['title'])} &#8211; Đảng bộ tỉnh Đắk Lắk</title>\n" + og(a, "Đảng bộ tỉnh Đắk Lắk",
            f'<meta property="article:published_time" content="{iso(d)}">\n')
            + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    body = f'''<div id="page" class="site"><div class="top-bar"><span class="current-date">{today(D(2026, 11, 30))}</span></div>
<header id="masthead" class="site-header"><p class="site-title"><a href="/">Đảng bộ tỉnh Đắk Lắk</a></p><nav class="main-navigation">{menu()}</nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-18822" class="post-18822 post type-post status-publish format-standard has-post-thumbnail category-mat-tran">
<header class="entry-header"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on">Đăng ngày <a href="#" rel="bookmark"><time class="entry-date published" datetime="{iso(d)}">{dmy(d)}</time><time class="updated" datetime="{iso(d.replace(hour=d.hour + 1))}">{dmy(d)}</time></a></span>
<span class="byline"> bởi <span class="author vcard"><a class="url fn n" href="/author/quantri/">quantri</a></span></span></div></header>
<div class="entry-content">
{render(a, P, lambda i, c, r: f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2023/06/anh{i}.jpg"><figcaption class="wp-element-caption">{cap_text(c, r)}</figcaption></figure>')}
<p class="has-text-align-right"><strong>Tin và ảnh: {E(a["authors"][0])}</strong></p>
<div class="sharedaddy"><h3 class="sd-title">Chia sẻ:</h3><a href="#">Facebook</a> <a href="#">Zalo</a></div>
</div>
<footer class="entry-footer"><span class="cat-links">Chuyên mục: <a href="#">Mặt trận</a></span></footer>
</article>
<nav class="post-navigation"><div class="nav-previous"><a href="#">Bài trước: {E(HEADLINES[4][0])}</a></div></nav>
<div id="comments" class="comments-area"><h3 id="reply-title">Trả lời</h3><p>Email của bạn sẽ không được hiển thị công khai.</p><textarea></textarea><input type="submit" value="Phản hồi"></div>
</main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2>Bài viết mới</h2><ul>{"".join(f"<li><a href='#'>{E(t)}</a><span class='post-date'>{dd}</span></li>" for t, dd in rel_items(0, 5))}</ul></section>
<section class="widget widget_archive"><h2>Lưu trữ</h2><ul><li>Tháng Mười Một 2026</li><li>Tháng Mười 2026</li></ul></section></aside></div>
<footer id="colophon" class="site-footer">{footer("Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk", "Số 01 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "0262.3852.xxx", "số 42/GP-TTĐT")}<p>Proudly powered by WordPress</p></footer></div>'''
    return page(head, body)


def std_foot(org, prov):
    return footer(org, f"Trụ sở Tỉnh ủy, tỉnh {prov}", "0200.3800.xxx", "số 10/GP-TTĐT do Bộ Thông tin và Truyền thông cấp")


@layout(6)
def _l6(a):
    d = a["pub"]
    utc = d - _dt.timedelta(hours=7)
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": utc.strftime("%Y-%m-%dT%H:%M:%SZ"), "author": [{"@type": "Person", "name": "Trần Hải"}]}
    nd = {"props": {"pageProps": {"article": {"id": 28841, "slug": a["slug"], "category": "Chính trị"}}}, "buildId": "a8Xk2"}
    head = (f"<title>{E(a['title'])} | Báo Kiên Giang điện tử</title>\n" + og(a, "Báo Kiên Giang")
            + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    img = lambda i, c, r: f'<figure class="sc-7fa1c2-0 hKpQzL"><img src="/_next/image?url=anh{i}.jpg&w=828" class="css-1k9ek97"><figcaption class="sc-7fa1c2-1 bTrWwe"><span>{E(c)}</span> <span class="css-q2kq1p">Ảnh: {E(r)}</span></figcaption></figure>'
    body = f'''<div id="__next"><div class="sc-1x2y3z-0 jLmNoP"><div class="css-8atqhb">{today(D(2026, 11, 29))}</div><nav class="sc-1x2y3z-1 kQrStU">{menu()}</nav></div>
<main class="css-1dbjc4n"><article class="sc-a1b2c3-0 eFgHiJ">
<div class="css-175oi2r"><a href="/chinh-tri">Chính trị</a></div>
<h1 class="sc-a1b2c3-1 iJkLmN">{E(a["title"])}</h1>
<div class="sc-a1b2c3-2 oPqRsT"><span class="css-901oao">{E(a["authors"][0].upper())}</span><span class="css-901oao r-1q142lx">{dmy(d)} {hm(d)}</span><button class="css-18t94o4">Nghe đọc bài viết</button></div>
<div class="sc-a1b2c3-3 uVwXyZ">{E(a["lead"])}</div>
<div class="sc-a1b2c3-4 aBcDeF">{render(a, lambda t: f'<p class="css-146c3p1">{E(t)}</p>', img)}</div>
<div class="sc-a1b2c3-5 gHiJkL"><span>Chia sẻ</span><a href="#">Facebook</a><a href="#">Zalo</a><a href="#">Sao chép link</a></div>
</article>
<aside class="sc-d4e5f6-0 mNoPqR"><h3>Đọc nhiều</h3><ul><li>{E(HEADLINES[0][0])} <span>2 giờ trước</span></li><li>{E(HEADLINES[1][0])} <span>5 giờ trước</span></li><li>{E(HEADLINES[2][0])} <span>1 ngày trước</span></li></ul></aside></main>
<footer class="sc-f0f0f0-0 zzYyXx">{footer("Báo Kiên Giang - Cơ quan của Đảng bộ tỉnh", "Số 3 Nguyễn Công Trứ, phường Rạch Giá, tỉnh An Giang", "0297.3862.xxx", "số 123/GP-BTTTT")}</footer></div>
<script id="__NEXT_DATA__" type="application/json">{json.dumps(nd, ensure_ascii=False)}</script>'''
    return page(head, body)


@layout(7)
def _l7(a):
    d = a["pub"]
    body = f'''<div id="page-wrapper"><div id="header"><div class="region-header"><div class="block block-date">{today(D(2026, 11, 23))}</div><div id="block-user-login"><h2>Đăng nhập</h2><input name="name"><input name="pass" type="password"></div></div>
<div id="navigation">{menu(cls="menu")}</div></div>
<div id="main"><div class="breadcrumb"><a href="/">Trang chủ</a> » Xây dựng Đảng</div>
<div id="content" class="column"><h1 class="title" id="page-title">{E(a["title"])}</h1>
<div id="node-18273" class="node node-article node-promoted clearfix">
<div class="submitted"><span property="dc:date dc:created" content="{iso(d)}" datatype="xsd:dateTime">Gửi bởi <span class="username">admin</span> vào {wd(d, WD_SHORT)}, {dmy(d)} - {hm(d)}</span></div>
<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{render(a, P, lambda i, c, r: img_italic(i, c, r, "paren"))}
<p style="text-align:right"><strong>{E(a["authors"][0])}</strong></p>
</div></div></div>
<div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div><a href="#">đảng viên trẻ</a>, <a href="#">đô thị văn minh</a></div></div>
<ul class="links inline"><li class="statistics_counter"><span>Lượt xem: 876</span></li><li class="print_html"><a href="#">Bản in</a></li></ul></div>
</div>
<div class="region-sidebar-second"><div class="block block-statistics"><h2>Xem nhiều nhất</h2>{ul_rel("Hôm nay", 7, 4, cls="item-list")}</div>{stats_box(22, "1.544", "6.700.213", "block-visitors")}</div></div>
<div id="footer">{std_foot("Trang thông tin điện tử Thành ủy Huế", "Huế")}</div></div>'''
    return page(f"<title>{E(a['title'])} | Thành ủy Huế</title>", body)


@layout(8)
def _l8(a):
    d = a["pub"]
    img = lambda i, c, r: f'<figure class="article center"><img alt="" src="/uploads/news/2024_07/anh{i}.jpg" width="600"><figcaption>{cap_text(c, r)}</figcaption></figure>'
    body = f'''<div class="body-bg"><div class="wraper"><header><div class="section-header-bar"><div class="current-time">{today(D(2026, 11, 22))} &nbsp;|&nbsp; 09:41</div>{LOGIN}{SEARCH}</div>{menu()}</header>
<section><div class="breadcrumbs-wrap"><ul class="breadcrumbs"><li>Trang nhất</li><li>Tin hoạt động</li></ul></div>
<div class="news_column panel panel-default"><div class="panel-body">
<h1 class="title margin-bottom-lg">{E(a["title"])}</h1>
<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{wd(d, WD_LOWER)} - {dmy(d)} {hm(d)}</span></div></div>
<div class="clearfix"><div class="hometext m-bottom">{E(a["lead"])}</div></div>
<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{render(a, P, img)}</div>
<table class="table table-no-bordered"><tr><td class="text-right"><strong>Tác giả: </strong>{E(a["authors"][0])}</td></tr>
<tr><td class="text-right"><strong>Nguồn tin: </strong>{E(a["source"])}</td></tr></table>
<div class="news_column panel panel-default"><div class="panel-body"><div class="h5 text-muted">Tổng số điểm của bài viết là: 52 trong 12 đánh giá</div><div class="h5">Click để đánh giá bài viết</div></div></div>
</div></div>
<div class="news_column panel panel-default"><div class="panel-body other-news">
<p class="h3"><strong>Những tin mới hơn</strong></p>{ul_rel("", 0, 3, cls="related")}
<p class="h3"><strong>Những tin cũ hơn</strong></p>{ul_rel("", 10, 4, cls="related")}</div></div></section>
<footer>{std_foot("Trang thông tin điện tử Tỉnh ủy Phú Thọ", "Phú Thọ")}<div class="copyright">Bản quyền thuộc Tỉnh ủy Phú Thọ · Powered by NukeViet</div></footer></div></div>'''
    return page(f"<title>{E(a['title'])} - Tin hoạt động - Tỉnh ủy Phú Thọ</title>\n<meta name=\"generator\" content=\"NukeViet v4.5\">", body)


@layout(9)
def _l9(a):
    d = a["pub"]
    body = f'''<div id="wrapper"><header id="banner"><div class="ngay-thang">{today(D(2026, 11, 21), 2)}</div><nav id="navigation">{menu()}</nav></header>
<div id="content"><div class="portlet-layout row-fluid"><div class="portlet-column span8" id="column-1">
<div class="portlet-boundary portlet-boundary_56_ portlet-journal-content" id="p_p_id_56_INSTANCE_Ab12Cd_">
<div class="portlet-body"><div class="journal-content-article">
<p style="text-align:center"><span style="font-size:20px"><strong>{E(a["title"].upper())}</strong></span></p>
<p style="text-align:right"><strong>TS. {E(a["authors"][0].upper())}</strong><br><em>Trường Chính trị tỉnh Sơn La</em></p>
<p><em><strong>{E(a["lead"])}</strong></em></p>
{render(a, lambda t: f"<p><strong>{E(t)}</strong></p>" if t[:2] in ("1.", "2.", "3.") else P(t), img_fig)}
</div>
<div class="entry-date">Ngày {d.day} tháng {d.month} năm {d.year}</div>
<div class="taglib-ratings">Đánh giá: ☆☆☆☆☆</div></div></div>
<div class="asset-publisher"><h3>Bài viết khác</h3>{ul_rel("", 2, 5, cls="asset-list")}</div>
</div><div class="portlet-column span4">{stats_box(9, "610", "2.109.776")}</div></div></div>
<footer id="footer">{std_foot("Trang thông tin điện tử Đảng bộ tỉnh Sơn La", "Sơn La")}<p>Powered by Liferay</p></footer></div>'''
    return page(f"<title>{E(a['title'])} - Đảng bộ tỉnh Sơn La</title>", body)


@layout(10)
def _l10(a):
    d = a["pub"]
    head = (f'<title>{E(a["title"])}</title>\n<link rel="canonical" href="{a["url"].replace("/amp", "")}">\n'
            '<meta name="viewport" content="width=device-width">\n<script async src="https://cdn.ampproject.org/v0.js"></script>\n'
            '<style amp-boilerplate>body{visibility:hidden}</style>\n' + og(a, "Báo Quảng Ninh"))
    img = lambda i, c, r: f'<figure><amp-img src="/amp/anh{i}.jpg" width="640" height="400" layout="responsive"></amp-img><figcaption>{cap_text(c, r, "paren")}</figcaption></figure>'
    body = f'''<header class="amp-header"><button on="tap:sidebar.toggle">☰</button><span class="today">{today(D(2026, 11, 20))}</span></header>
<amp-sidebar id="sidebar" layout="nodisplay">{menu()}</amp-sidebar>
<article class="amp-article"><div class="cat">Xây dựng nông thôn mới</div>
<h1>{E(a["title"])}</h1>
<div class="meta"><span class="date">14h05 ngày {d.day}/{d.month}/{d.year}</span></div>
<p class="sapo"><b>{E(a["lead"])}</b></p>
{render(a, P, img)}
<p class="author" style="text-align:right"><b>{E(a["authors"][0])} (TTXVN)</b></p>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="zalo"></amp-social-share>
</article>
<section class="related"><h3>Tin liên quan</h3>{ul_rel("", 8, 4)}</section>
<footer>{footer("Báo Quảng Ninh", "Số 71 Nguyễn Văn Cừ, phường Hồng Hải, tỉnh Quảng Ninh", "0203.3835.xxx", "số 459/GP-BTTTT")}</footer>'''
    return page(head, body, html_attr=" amp")


@layout(11)
def _l11(a):
    d = a["pub"]
    img = lambda i, c, r: f'<div style="text-align:center"><img src="/upload/{i}.jpg" width="500"><br><span style="font-size:12px;color:#555">{cap_text(c, r)}</span></div>'
    body = f'''<div style="background:#c00;color:#fff;padding:4px"><span>{today(D(2026, 11, 19), 3)}</span> <span style="float:right"><a href="/login">Đăng nhập</a></span></div>
<div><img src="/logo.png" alt="Ban Dân vận Tỉnh ủy Bến Tre"></div>
<div><a href="/">Trang chủ</a> | <a href="/tt">Tin tức</a> | <a href="/dv">Dân vận khéo</a> | <a href="/vb">Văn bản</a></div>
<marquee>{" *** ".join(f"{t} ({dd})" for t, dd in rel_items(3, 4))}</marquee>
<div style="width:70%;float:left">
<div style="font-size:22px;font-weight:bold;color:#036">{E(a["title"])}</div>
<div style="color:#888;font-size:12px">{dmy(d)} | 1.234 lượt xem</div>
<div style="margin-top:10px">{render(a, lambda t: f'<div style="text-align:justify;margin-bottom:8px">{E(t)}</div>', img)}
<div style="text-align:right"><b>Tin, ảnh: {E(a["authors"][0])}</b></div></div>
<div><span>Chia sẻ</span> <span>In bài viết</span></div>
<div><b>Các tin khác</b><br>{"<br>".join(f"<a href='#'>{E(t)}</a> - {dd}" for t, dd in rel_items(6, 5))}</div></div>
<div style="width:28%;float:right"><div><b>Số lượt truy cập</b><br>Đang online: 7<br>Hôm nay: 388<br>Tất cả: 1.204.556</div></div>
<div style="clear:both;text-align:center;font-size:11px">Ban Dân vận Tỉnh ủy Bến Tre - 7 Cách Mạng Tháng Tám, phường An Hội, tỉnh Vĩnh Long<br>Bản quyền thuộc Ban Dân vận Tỉnh ủy Bến Tre</div>'''
    return page("<title>Ban Dan van Tinh uy Ben Tre</title>", body)


@layout(12)
def _l12(a):
    d = a["pub"]
    P1 = "ctl00_ContentPlaceHolder1_ctl00"
    body = f'''<form name="aspnetForm" method="post" action="./ChiTietTin.aspx?ID=3318&amp;CatID=7" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjkPZBYCZg9kFgQCAQ9kFgICAw8WAh4EVGV4dAUGMTIzNDU2ZGQ=">
<div id="ctl00_header"><span id="ctl00_lblNgay" class="date-now">{today(D(2026, 11, 18))}</span>{SEARCH}</div>
<div id="ctl00_menu">{menu(("Trang chủ", "Giới thiệu", "Tin hoạt động", "Vì người nghèo", "Văn bản"))}</div>
<div id="ctl00_ContentPlaceHolder1_pnlMain">
<div id="{P1}_pnlDetail" class="detail">
<span id="{P1}_lblTitle" class="title-detail">{E(a["title"])}</span><br>
<span id="{P1}_lblDate" class="date-detail">Đăng lúc: {d.strftime("%Y-%m-%d %H:%M")}</span> <span id="{P1}_lblView">Số lượt xem: 3.120</span><br>
<span id="{P1}_lblSummary" class="summary"><b>{E(a["lead"])}</b></span>
<div id="{P1}_divContent" class="content-detail">
{render(a, P, lambda i, c, r: img_italic(i, c, r))}
<p style="text-align:right"><b>{E(a["authors"][0].upper())}</b></p>
</div>
<div id="{P1}_pnlTool"><a id="{P1}_lnkPrint">In bài viết</a> <a id="{P1}_lnkMail">Gửi email</a></div>
</div>
<div id="{P1}_pnlOther"><b>Các tin khác</b>{ul_rel("", 9, 5, cls="other")}</div></div>
<div id="ctl00_RightPanel">{stats_box(31, "1.980", "4.455.102")}</div>
<div id="ctl00_footer">{std_foot("Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên", "Thái Nguyên")}</div></form>'''
    return page("<title>Chi tiết tin</title>", body)


@layout(13)
def _l13(a):
    d = a["pub"]
    img = lambda i, c, r: f'<div class="img-wrap"><img src="/media/{i}.jpg"></div><div class="caption">{E(c)} <span class="credit">Ảnh: {E(r)}</span></div>'
    head = f"<title>{E(a['title'])} - Công đoàn Hải Phòng</title>\n" + og(a, "LĐLĐ thành phố Hải Phòng")
    body = f'''<div class="topbar"><div class="left">{today(D(2026, 11, 17))}</div>{LOGIN}</div>{menu(cls="nav")}
<div class="main"><div class="path">Trang chủ / Tin tức / Chăm lo đoàn viên</div>
<div class="article"><div class="art-title">{E(a["title"])}</div>
<div class="art-info"><div class="time">{dmy(d)} - {hm(d)}</div><div class="views">Lượt xem: 642</div></div>
<div class="art-content">
{render(a, lambda t: f"<div>{E(t)}</div>", img)}
<div class="art-author">{E(a["authors"][0])}</div></div>
{TOOLS}</div>
{ul_rel("Tin liên quan", 4, 5, cls="related")}</div>
{footer("Liên đoàn Lao động thành phố Hải Phòng", "Số 2 Lê Đại Hành, phường Hồng Bàng, TP Hải Phòng", "0225.3745.xxx", "số 15/GP-TTĐT")}'''
    return page(head, body)


@layout(14)
def _l14(a):
    head = (f"<title>{E(a['title'])} - Tỉnh ủy Vĩnh Phúc</title>\n" + og(a, "Tỉnh ủy Vĩnh Phúc")
            + '<link rel="stylesheet" href="/css/bootstrap.min.css">')
    body = f'''<nav class="navbar navbar-default"><div class="container"><span class="navbar-text pull-right">{today(D(2026, 11, 16))}</span>{menu(cls="nav navbar-nav")}</div></nav>
<div class="container"><ol class="breadcrumb"><li>Trang chủ</li><li>Dân vận</li></ol>
<div class="row"><div class="col-md-8"><div class="news-detail">
<h1 class="news-title">{E(a["title"])}</h1>
<div class="news-tools">{TOOLS}</div>
<div class="news-content">{render(a, P, img_fig)}
<p class="text-right"><strong>{E(a["authors"][0])}</strong></p></div>
<div class="news-other">{ul_rel("Tin khác", 10, 5)}</div></div></div>
<div class="col-md-4">{ul_rel("Tin mới nhất", 0, 5, cls="panel")}{POLL}</div></div></div>
<footer class="footer">{std_foot("Trang thông tin điện tử Tỉnh ủy Vĩnh Phúc", "Phú Thọ")}</footer>'''
    return page(head, body)


@layout(15)
def _l15(a):
    body = f'''<div class="vnp-header"><div class="vnp-date">{today(D(2026, 11, 30))}</div>{SEARCH}<div class="vnp-logo"><img src="/logo.png" alt="Đảng bộ tỉnh Yên Bái"></div></div>
{FLAG}{SLIDER}{menu(cls="vnp-menu")}
<div class="vnp-page"><div class="vnp-breadcrumb">Trang chủ › Tin tức › Ban Dân vận</div>
<div class="vnp-news-detail"><div class="vnp-title"><h2>{E(a["title"])}</h2></div>
{TTS}
<div class="vnp-sapo"><strong>{E(a["lead"])}</strong></div>
<div class="vnp-body">{render(a, P, lambda i, c, r: img_table(i, c, r, "br"))}
<p style="text-align:right"><strong>{E(a["authors"][0])}</strong></p></div>
{TOOLS}</div>
<div class="vnp-comment"><h3>Ý kiến bạn đọc</h3><div class="cmt"><b>Nguyễn Văn An</b> <span>(10:22 14/11/2026)</span><p>Mô hình rất thiết thực, cần nhân rộng.</p></div>{COMMENT}</div>
{ul_rel("Tin mới", 0, 6, cls="vnp-list")}</div>
<div class="vnp-footer">{std_foot("Cổng thông tin điện tử Đảng bộ tỉnh Yên Bái", "Lào Cai")}<p>© 2026</p></div>'''
    return page("<title>Tư vấn pháp luật lưu động cho đồng bào vùng cao</title>", body)


@layout(16)
def _l16(a):
    d = a["pub"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": iso(d.replace(minute=0)), "dateModified": iso(d.replace(hour=9, minute=10)),
          "author": [{"@type": "Person", "name": x} for x in a["authors"]]}
    head = (f"<title>{E(a['title'])}</title>\n" + og(a, "Tỉnh ủy Bình Định", f'<meta property="article:published_time" content="{iso(d)}">\n')
            + f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, indent=1)}</script>')
    body = f'''<header class="site-head"><div class="head-date">{today(D(2026, 11, 15))}</div>{menu()}{SEARCH}</header>
<div class="detail-wrap"><div class="detail-cate"><a href="/xay-dung-dang">Xây dựng Đảng</a></div>
<h1 class="detail-title">{E(a["title"])}</h1>
<div class="detail-author">{E(" – ".join(a["authors"]))}</div>
<div class="detail-time">Đăng lúc {dmy(d)} {hm(d)}</div>
<div class="detail-sapo">{E(a["lead"])}</div>
<div class="detail-content">{render(a, P, lambda i, c, r: img_fig(i, c, r))}</div>
<div class="detail-share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Twitter</a></div>
{ul_rel("Tin cùng chuyên mục", 1, 5, cls="detail-related")}</div>
<footer>{std_foot("Trang thông tin điện tử Tỉnh ủy Bình Định", "Gia Lai")}</footer>'''
    return page(head, body)


@layout(17)
def _l17(a):
    d = a["pub"]
    head = f"<title>{E(a['title'])}</title>\n" + og(a, "Báo Tuyên Quang")
    img = lambda i, c, r: f'<figure><img src="/images/{i}.jpg"><figcaption>{cap_text(c, r)}</figcaption></figure>'
    body = f'''<header><div class="date-today">{today(D(2026, 11, 14))}</div><nav>{menu()}</nav></header>
<main><article><header><p class="kicker">Văn hóa</p><h1>{E(a["title"])}</h1>
<p><time>{wd(d)}, {dmy(d, False)} | {hm(d)}</time></p></header>
<section class="content">{render(a, P, img)}</section>
<footer><p>Từ khóa: <a href="#">bản sắc văn hóa</a> <a href="#">du lịch cộng đồng</a></p>{TOOLS}</footer></article>
<aside>{ul_rel("Tin cùng chuyên mục", 11, 3)}</aside></main>
<footer>{footer("Báo Tuyên Quang", "Số 1 Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang", "0207.3822.xxx", "số 61/GP-BTTTT")}</footer>'''
    return page(head, body)


@layout(18)
def _l18(a):
    d = a["pub"]
    body = f'''<div id="header"><div class="datetime">{wd(D(2026, 11, 13), WD_LOWER)}, 13 Tháng 11 2026</div><div class="moduletable">{LOGIN}</div>{menu()}</div>
<div id="k2Container" class="itemView">
<div class="itemHeader"><span class="itemDateCreated">{wd(d, WD_LOWER)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}</span>
<h2 class="itemTitle">{E(a["title"])}</h2><span class="itemAuthor">Viết bởi <a href="#">Quản trị viên</a></span></div>
<div class="itemToolbar"><ul><li><a class="itemPrintLink" href="#">In</a></li><li><a class="itemEmailLink" href="#">E-mail</a></li><li>Cỡ chữ <a href="#">giảm</a> <a href="#">tăng</a></li></ul></div>
<div class="itemBody"><div class="itemIntroText"><p>{E(a["lead"])}</p></div>
<div class="itemFullText">{render(a, P, lambda i, c, r: img_italic(i, c, r))}
<p style="text-align: right;"><strong>{E(a["authors"][0].upper())}</strong></p></div></div>
<div class="itemHitsBlock"><span class="itemHits">Lượt xem <b>1108</b></span></div>
<div class="itemRelated"><h3>Bài viết liên quan (theo từ khóa)</h3>{ul_rel("", 12, 2)}</div>
<div class="itemCategory"><span>Đăng trong</span> <a href="#">Tin tức</a></div></div>
<div id="footer">{std_foot("Trang thông tin điện tử Huyện ủy Hoằng Hóa", "Thanh Hóa")}</div>'''
    return page(f"<title>{E(a['title'])}</title>", body)


@layout(19)
def _l19(a):
    d = a["pub"]
    body = f'''<header class="school-header"><div class="topline">{today(D(2026, 11, 12))} | Hotline: 0297.3xxx</div>
<div class="brand">TRƯỜNG CHÍNH TRỊ TỈNH KIÊN GIANG</div>{menu(("Trang chủ", "Giới thiệu", "Đào tạo", "Nghiên cứu - Trao đổi", "Thư viện"))}</header>
<div class="container"><div class="article-detail">
<h1 class="article-title">{E(a["title"])}</h1>
<div class="article-authors"><p><b>PGS.TS {E(a["authors"][0].upper())}</b><br><b>ThS. {E(a["authors"][1])}</b><br><i>Học viện Chính trị khu vực IV</i></p></div>
<div class="article-date">Gửi lúc: {d.strftime("%d/%m/%Y %H:%M:%S")}</div>
<div class="article-abstract"><i>{E(a["lead"])}</i></div>
<div class="article-content">{render(a, P, img_fig)}</div>
<div class="article-refs"><p><b>Tài liệu tham khảo:</b></p><p>1. Đảng Cộng sản Việt Nam: Văn kiện Đại hội đại biểu toàn quốc lần thứ XIII, Nxb Chính trị quốc gia Sự thật, Hà Nội, 2021.</p><p>2. Nghị quyết số 35-NQ/TW ngày 22/10/2018 của Bộ Chính trị.</p></div>
{TOOLS}</div>{ul_rel("Bài viết cùng chuyên mục", 5, 4)}</div>
<footer>{std_foot("Trường Chính trị tỉnh Kiên Giang", "An Giang")}</footer>'''
    return page(f"<title>{E(a['title'])} - Trường Chính trị</title>\n<meta name=\"description\" content=\"{E(a['lead'])}\">", body)


@layout(20)
def _l20(a):
    d = a["pub"]
    head = f"<title>{E(a['title'])} - MTTQ Cà Mau</title>\n" + og(a, "Ủy ban MTTQ Việt Nam tỉnh Cà Mau")
    body = f'''<div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">{today(D(2026, 11, 11))}</div>{LOGIN}</div>{menu(cls="sf-menu")}</div>
<div class="td-main-content-wrap"><div class="td-ss-main-content"><div class="td-post-header">
<ul class="td-category"><li><a href="#">Mặt trận</a></li></ul>
<header class="td-post-title"><h1 class="entry-title">{E(a["title"])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name">Bởi <a href="/author/admin">admin</a> -</div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{iso(d)}">{dmy(d)} - {hm(d)} GMT+7</time></span>
<div class="td-post-views"><span>1.532</span></div></div></header></div>
<div class="td-post-sharing-top">Chia sẻ Facebook Twitter</div>
<div class="td-post-content tagdiv-type"><p><strong>{E(a["lead"])}</strong></p>
{render(a, P, lambda i, c, r: f'<figure class="wp-caption aligncenter"><img src="/wp-content/uploads/{i}.jpg"><figcaption class="wp-caption-text">{cap_text(c, r)}</figcaption></figure>')}
<p style="text-align: right;"><em>(Theo {E(a["source"])})</em></p></div>
<div class="td-post-source-tags"><ul class="td-tags"><li>TAGS</li><li>đồng thuận xã hội</li></ul></div>
<div class="author-box-wrap"><div class="td-author-name">admin</div></div>
<div class="td_block_related_posts"><h4>BÀI VIẾT LIÊN QUAN</h4>{ul_rel("", 3, 3)}</div></div></div>
<div class="td-footer-wrapper">{footer("Ủy ban MTTQ Việt Nam tỉnh Cà Mau", "Số 6 Lê Lợi, phường An Xuyên, tỉnh Cà Mau", "0290.3xxx", "số 09/GP-TTĐT")}</div>'''
    return page(head, body)


@layout(21)
def _l21(a):
    d = a["pub"]
    body = f'''<div class="top"><span class="ngay">{today(D(2026, 11, 10))}</span></div>{FLAG}
<table width="100%"><tr><td class="banner"><img src="/banner.jpg" alt="Cổng thông tin điện tử xã Xín Mần"></td></tr></table>{menu()}{SLIDER}
<table width="100%" class="layout"><tr><td valign="top" width="70%"><div class="title_detail">{E(a["title"])}</div>
<div class="date_detail">{wd(d)}, {dmy(d, False)}, {hm(d)}</div>
<div class="content_detail">{render(a, P, lambda i, c, r: img_table(i, c, r, "paren"))}
<p style="text-align:right"><b>Theo {E(a["source"])}</b></p></div>
<div class="tool">In trang | Gửi cho bạn bè | Về đầu trang</div>
{ul_rel("Các tin khác", 6, 6)}</td>
<td valign="top"><img src="/banner/dichvucong.jpg" alt="Dịch vụ công trực tuyến">{stats_box(3, "97", "204.118")}</td></tr></table>
{std_foot("UBND xã Xín Mần", "Tuyên Quang")}'''
    return page("<title>Chi tiết tin - Cổng TTĐT xã Xín Mần</title>", body)


@layout(22)
def _l22(a):
    d = a["pub"]
    inner = ('<div class="tinlienquan-inline"><b>Tin liên quan</b><ul>'
             + "".join(f"<li><a href='#'>{E(t)}</a> ({dd})</li>" for t, dd in rel_items(7, 3)) + "</ul></div>")
    ps = a["paras"]
    def para(t):
        h = P(t)
        return h + inner if t == ps[1] else h
    body = f'''<div class="dautrang"><div class="ngayhomnay">{today(D(2026, 11, 9))}</div>{SEARCH}</div>{menu(cls="menungang")}
<div class="khungchinh"><div class="duongdan">Trang chủ » Tin tức » Dân vận</div>
<div class="chitiet"><div class="tieude">{E(a["title"])}</div>
<div class="ngaydang">[{dmy(d)} {hm(d)}]</div>{TTS}
<div class="tomtat">{E(a["lead"])}</div>
<div class="noidung">{render(a, para, img_fig)}
<div class="tacgia" style="text-align:right"><b>{E(a["authors"][0])}</b></div></div>
<div class="congcu"><a href="#">Bản in</a> | <a href="#">Gửi bạn bè</a></div></div>
<div class="binhluan-list"><p><b>Lâm Văn Sơn</b> - 16/10/2023 09:12: Rất mừng cho bà con.</p></div>{COMMENT}
{ul_rel("Tin cùng chuyên mục", 2, 4)}</div>
{std_foot("Ban Dân vận Tỉnh ủy Sóc Trăng", "Cần Thơ")}'''
    return page(f"<title>{E(a['title'])}</title>", body)


@layout(23)
def _l23(a):
    d = a["pub"]
    body = f'''<div class="print-page" style="width:700px;margin:auto"><div class="print-head"><img src="/logo.png" alt="Đảng bộ tỉnh Lào Cai"> <b>ĐẢNG BỘ TỈNH LÀO CAI</b>
<div class="print-date">Ngày in: 30/11/2026</div></div><hr>
<h1>{E(a["title"])}</h1>
<div class="pub">Ngày xuất bản: {dmy(d)} {hm(d)}</div>
<p><b>{E(a["lead"])}</b></p>
{render(a, P, img_fig)}
<p align="right"><b>{E(a["authors"][0])}</b></p><hr>
<div class="print-foot">Địa chỉ bài viết: {E(a["url"].replace("/print", ""))}<br>Bản quyền thuộc Đảng bộ tỉnh Lào Cai</div>
<a href="javascript:window.print()">In bài viết</a> | <a href="javascript:window.close()">Đóng cửa sổ</a></div>
<script>window.print();</script>'''
    return page(f"<title>Bản in - {E(a['title'])}</title>", body)


@layout(24)
def _l24(a):
    d = a["pub"]
    img = lambda i, c, r: f'<div class="m-img"><img class="lazy" data-src="/m/{i}.jpg" src="/blank.gif"><noscript><img src="/m/{i}.jpg"></noscript><p class="m-cap">{cap_text(c, r)}</p></div>'
    head = f"<title>{E(a['title'])}</title>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n" + og(a, "Báo Nam Định")
    body = f'''<div class="m-app-banner">Tải ứng dụng Báo Nam Định <a href="#">Mở</a></div>
<div class="m-header"><span class="m-date">{today(D(2026, 11, 8))}</span></div>
<div class="m-article"><div class="m-cat">Xã hội</div><h1 class="m-title">{E(a["title"])}</h1>
<div class="m-time">Cập nhật: {d.strftime("%d/%m/%Y %H:%M:%S")} (GMT+7)</div>
<div class="m-body">{render(a, P, img)}<p class="m-author" style="text-align:right"><b>{E(a["authors"][0])}</b></p></div></div>
<div class="m-more"><h3>Xem thêm</h3><ul><li>{E(HEADLINES[0][0])} <span>2 giờ trước</span></li><li>{E(HEADLINES[3][0])} <span>Hôm qua</span></li></ul></div>
<div class="m-bottom-nav"><a>Trang chủ</a><a>Mới nhất</a><a>Video</a><a>Đăng nhập</a></div>
<div class="m-foot">Báo Nam Định - Giấy phép số 18/GP-BTTTT. Bản quyền thuộc Báo Nam Định</div>'''
    return page(head, body)


@layout(25)
def _l25(a):
    d = a["pub"]
    body = f'''<center><table width="900" bgcolor="#ffffff" border="0" cellpadding="0" cellspacing="0">
<tr><td bgcolor="#003399" colspan="2"><font color="#ffffff" face="Tahoma" size="2">{today(D(2026, 11, 7))}</font></td></tr>
<tr><td colspan="2"><marquee scrollamount="3"><font color="red">{" | ".join(f"{t} ({dd})" for t, dd in rel_items(9, 4))}</font></marquee></td></tr>
<tr><td width="650" valign="top"><font face="Tahoma" size="4" color="#003399"><b>{E(a["title"])}</b></font><br>
<font size="1" color="gray">Ngày đăng: {d.day}-{d.month}-{d.year} {hm(d)}</font><br><br>
{render(a, lambda t: f'<p align="justify"><font face="Tahoma" size="2">{E(t)}</font></p>', lambda i, c, r: img_table(i, c, r, "plain"))}
<p align="right"><font face="Tahoma" size="2"><b>Tin: {E(a["authors"][0])}</b></font></p>
<a href="#">[Quay lại]</a> <a href="#">[In trang]</a> <a href="#">[Lên đầu trang]</a></td>
<td width="250" valign="top" bgcolor="#eeeeee"><b>Liên kết website</b><br><select><option>-- Chọn --</option></select><br><br>
<b>Số lượt truy cập:</b><br><img src="/counter.asp?digits=7" alt="0123456"></td></tr>
<tr><td colspan="2" align="center"><font size="1">CỔNG GIAO TIẾP ĐIỆN TỬ TỈNH BẮC GIANG<br>Giấy phép số 56/GP-TTĐT. Bản quyền thuộc UBND tỉnh Bắc Giang</font></td></tr></table></center>'''
    return page("<title>Cong giao tiep dien tu tinh Bac Giang</title>", body,
                doctype='<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')


@layout(26)
def _l26(a):
    d = a["pub"]
    utc = d - _dt.timedelta(hours=7)
    state = {"data": [{"article": {"id": "653a1f", "title": a["title"], "publishedAt": utc.strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                                   "updatedAt": (utc + _dt.timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S.000Z")}}]}
    img = lambda i, c, r: f'<figure data-v-3f2a1b class="fig"><img data-v-3f2a1b src="/_nuxt/img/{i}.jpg"><figcaption data-v-3f2a1b>{cap_text(c, r)}</figcaption></figure>'
    head = f"<title>{E(a['title'])}</title>\n" + og(a, "Đảng bộ tỉnh An Giang")
    body = f'''<div id="__nuxt"><div id="__layout"><div data-v-1a2b3c class="app"><header data-v-1a2b3c><span data-v-1a2b3c class="clock">{today(D(2026, 11, 6))}</span>{menu()}</header>
<main data-v-7c8d9e><article data-v-7c8d9e><h1 data-v-7c8d9e>{E(a["title"])}</h1>
<div data-v-7c8d9e class="meta">{d.day} tháng {d.month}, {d.year} lúc {hm(d)}</div>
<div data-v-7c8d9e class="desc"><strong>{E(a["lead"])}</strong></div>
<div data-v-7c8d9e class="html-content">{render(a, P, img)}<p style="text-align:right"><strong>{E(a["authors"][0])}</strong></p></div></article>
<section data-v-7c8d9e>{ul_rel("Tin liên quan", 9, 4)}</section></main>
<footer data-v-1a2b3c>{std_foot("Trang thông tin điện tử Đảng bộ tỉnh An Giang", "An Giang")}</footer></div></div></div>
<script>window.__NUXT__={json.dumps(state, ensure_ascii=False)}</script>'''
    return page(head, body)


@layout(27)
def _l27(a):
    d = a["pub"]
    head = f"<title>{E(a['title'])}</title>\n" + og(a, "Cổng TTĐT tỉnh Thừa Thiên Huế")
    body = f'''<div class="header"><div class="container"><div class="pull-left today">{today(D(2026, 11, 5))}</div>{SEARCH}</div>{menu(cls="nav nav-pills")}</div>
<div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li>Tin tức - Sự kiện</li></ol>
<div class="row"><div class="col-sm-8"><h2 class="newsdetail-title">{E(a["title"])}</h2>
<p class="newsdetail-date"><i class="glyphicon glyphicon-time"></i> {wd(d, WD_LOWER)}, {dmy(d)}, {hm(d)}</p>
<div class="newsdetail-body">{render(a, P, img_fig)}<p class="text-right"><b>{E(" – ".join(a["authors"]))}</b></p></div>
<p class="tags">Từ khóa: <a href="#">Quốc khánh</a>, <a href="#">2/9</a></p>
<div class="fb-comments" data-href="{E(a["url"])}" data-width="100%"></div>
{ul_rel("Tin cùng chuyên mục", 11, 3)}<a href="#top" class="backtop">Lên đầu trang</a></div>
<div class="col-sm-4">{ul_rel("Tin đọc nhiều", 0, 5)}</div></div></div>
<div class="footer">{std_foot("Cổng Thông tin điện tử tỉnh Thừa Thiên Huế", "Huế")}</div>'''
    return page(head, body)


@layout(28)
def _l28(a):
    d = a["pub"]
    img = lambda i, c, r: f'<figure class="photo-full"><img src="/psa/{i}.jpg" width="1200"><figcaption>{E(c)}</figcaption></figure>'
    head = f"<title>{E(a['title'])}</title>\n" + og(a, "Báo Bình Phước")
    body = f'''<div class="ps-top"><span>{today(D(2026, 11, 4))}</span>{menu()}</div>
<div class="photo-story"><div class="ps-cover"><h1>{E(a["title"])}</h1><div class="ps-meta">{hm(d)} | {dmy(d)}</div></div>
<div class="ps-sapo">{E(a["lead"])}</div>
<div class="ps-content">{render(a, P, img)}</div>
<div class="ps-credit" style="text-align:right">Phóng sự ảnh: <b>{E(a["authors"][0])}</b></div>
<div class="ps-gallery"><img src="/psa/t1.jpg" alt="thumb"><img src="/psa/t2.jpg" alt="thumb"></div>{TOOLS}</div>
{ul_rel("Phóng sự ảnh khác", 5, 3)}
<div class="footer">{footer("Báo Bình Phước", "Phường Đồng Xoài, tỉnh Đồng Nai", "0271.3879.xxx", "số 07/GP-BTTTT")}</div>'''
    return page(head, body)


@layout(29)
def _l29(a):
    d = a["pub"]
    head = (f"<title>{E(a['title'])} | Tỉnh ủy Đắk Lắk</title>\n"
            + og(a, "Tỉnh ủy Đắk Lắk", f'<meta property="article:published_time" content="{d.strftime("%Y-%m-%dT%H:%M:%S")}+0700">\n'))
    def para(t):
        for pre in ("PV:", "Trả lời:"):
            if t.startswith(pre):
                return f"<p><strong>{pre}</strong>{E(t[len(pre):])}</p>"
        return P(t)
    body = f'''<div class="dialog-off-canvas-main-canvas"><header role="banner"><div class="block-date">{today(D(2026, 11, 3))}</div><nav>{menu()}</nav></header>
<main role="main"><div class="region region-content"><article role="article" class="node node--type-article node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title">{E(a["title"])}</span></h1>
<div class="node__meta"><span class="field--name-created">{wd(d)}, {d.day} Tháng {MONTH_WORD[d.month]}, {d.year} - {hm(d)}</span></div>
<div class="node__content"><div class="field field--name-field-sapo"><p><strong>{E(a["lead"])}</strong></p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{render(a, para, img_fig)}
<p style="text-align:right"><strong>{E(a["authors"][0])} (thực hiện)</strong></p></div></div></article>
{ul_rel("Bài viết liên quan", 12, 2)}</div></main>
<footer>{std_foot("Trang thông tin điện tử Tỉnh ủy Đắk Lắk", "Đắk Lắk")}</footer></div>'''
    return page(head, body)


@layout(30)
def _l30(a):
    d = a["pub"]
    heads = {"Những lò chợ an toàn", "Cơ giới hóa và chuyển đổi số", "Chăm lo đời sống người lao động"}
    def para(t):
        if t in heads:
            return f'<h2 class="em-sub">{E(t)}</h2>'
        h = f'<p class="em-p">{E(t)}</p>'
        if t.startswith("“Đảng viên phải đi trước"):
            h += '<aside class="em-quote">“Đảng viên phải đi trước. Anh em thợ lò nhìn vào đảng viên mà làm”</aside>'
        return h
    img = lambda i, c, r: f'<section class="em-full"><img src="/emag/{i}.jpg"><div class="em-cap">{E(c)}<span> Ảnh: {E(r)}</span></div></section>'
    head = f"<title>Emagazine | {E(a['title'])}</title>\n" + og(a, "Cổng TTĐT tỉnh Quảng Ninh")
    body = f'''<div class="em-topbar"><span>{today(D(2026, 11, 2))}</span> <a href="/">Về trang chủ</a></div>
<div class="em-cover"><div class="em-label">E-MAGAZINE</div><h1 class="em-title">{E(a["title"])}</h1></div>
<div class="em-sapo">{E(a["lead"])}</div>
<div class="em-body">{render(a, para, img)}</div>
<div class="em-credits">Nội dung: {E(a["authors"][0])} | Ảnh: Tuấn Anh | Thiết kế: Minh Khôi</div>
<div class="em-date">Xuất bản: {d.day:02d}-{d.month:02d}-{d.year} | {hm(d)}</div>
<div class="em-share">Chia sẻ</div>{ul_rel("Emagazine khác", 0, 3)}
<div class="em-foot">Bản quyền thuộc Cổng Thông tin điện tử tỉnh Quảng Ninh</div>'''
    return page(head, body)


# ---------------------------------------------------------------- gold + main
def gold(a):
    d = a["pub"]
    if d is None:
        pub = None
    elif isinstance(d, _dt.datetime):
        pub = iso(d)
    else:
        pub = f"{d.isoformat()}T00:00:00+07:00"
    g = {"url": a["url"], "title": a["title"], "published": pub, "published_precision": a["prec"],
         "authors": a["authors"], "source": a["source"], "lead": a["lead"],
         "body": "\n\n".join(" ".join(p.split()) for p in a["paras"]),
         "images": [{"caption": c, "credit": r} for _, c, r in a["imgs"]], "notes": a["notes"]}
    return json.loads(unicodedata.normalize("NFC", json.dumps(g, ensure_ascii=False)))


NFD_PAGES = {17, 18}


def main():
    for n in sorted(ARTS):
        a = ARTS[n]
        h = L[n](a)
        if n in NFD_PAGES:
            h = unicodedata.normalize("NFD", h)
        name = f"{n:02d}-{a['slug']}"
        with open(os.path.join(HERE, "pages", name + ".html"), "w", encoding="utf-8") as f:
            f.write(h)
        with open(os.path.join(HERE, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold(a), f, ensure_ascii=False, indent=2)
            f.write("\n")
    print(f"wrote {len(ARTS)} pages")


if __name__ == "__main__":
    main()
