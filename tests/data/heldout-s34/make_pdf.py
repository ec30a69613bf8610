"""Generate docs/dak-lak-2024-ke-hoach-thi-dua-hoi-nong-dan.pdf (held-out set S34).

Run: /work/main/.venv/bin/python make_pdf.py

A Kế hoạch of the Ban Thường vụ Hội Nông dân tỉnh Đắk Lắk. All content is synthetic:
numbers, names, addresses, phone numbers, e-mail addresses and document numbers are invented.
Each source line below is one printed line (and one line of the text pypdfium2 extracts).
"<PB>" forces a page break. A running header is printed at the top of every page and the
page number at the bottom. The schedule table (IV) runs across a page break, its heading
row repeated on the next page; the heading "III. ..." is the last line of page 1 and its
items are on page 2.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "dak-lak-2024-ke-hoach-thi-dua-hoi-nong-dan.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"
RUNNING = "Hội Nông dân tỉnh Đắk Lắk - Kế hoạch số 27-KH/HNDT ngày 26/02/2024"

LH = 6.4          # line height (mm)
BOTTOM = 276      # lowest baseline allowed for body lines
COLS = (80, 40, 50)

# (style, text): H heading, P plain, C centred bold, CI centred italic, TWO two columns,
# TH table heading row, TR table row ("a | b | c"), SIG right-aligned bold, BL blank line
SRC = [
    ("TWO", "HỘI NÔNG DÂN TỈNH ĐẮK LẮK|HỘI NÔNG DÂN VIỆT NAM"),
    ("TWO", "BAN THƯỜNG VỤ|"),
    ("TWO", "Số: 27-KH/HNDT|Đắk Lắk, ngày 26 tháng 02 năm 2024"),
    ("BL", ""),
    ("C", "KẾ HOẠCH"),
    ("C", "Tổ chức phong trào thi đua \"Nông dân thi đua sản xuất, kinh doanh giỏi,"),
    ("C", "đoàn kết giúp nhau làm giàu, giảm nghèo bền vững\" và khen thưởng năm 2024"),
    ("BL", ""),
    ("P", "Thực hiện Hướng dẫn số 115-HD/HNDTW ngày 16/01/2024 của Ban Thường vụ Trung ương"),
    ("P", "Hội Nông dân Việt Nam về công tác thi đua, khen thưởng năm 2024, Ban Thường vụ Hội"),
    ("P", "Nông dân tỉnh ban hành Kế hoạch tổ chức phong trào thi đua và khen thưởng như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("H", "1. Mục đích"),
    ("P", "- Động viên cán bộ, hội viên, nông dân thi đua lao động sản xuất, ứng dụng khoa học"),
    ("P", "kỹ thuật, nâng cao thu nhập, góp phần xây dựng nông thôn mới trên địa bàn tỉnh."),
    ("P", "- Phát hiện, bồi dưỡng và nhân rộng các điển hình tiên tiến, mô hình kinh tế tập thể"),
    ("P", "hiệu quả; làm căn cứ đánh giá, xếp loại, khen thưởng các cấp Hội cuối năm 2024."),
    ("H", "2. Yêu cầu"),
    ("P", "- Phong trào thi đua được triển khai đến 100% chi Hội; việc đăng ký thi đua thực"),
    ("P", "hiện bằng văn bản, có chỉ tiêu cụ thể, lượng hóa được."),
    ("P", "- Khen thưởng đúng người, đúng thành tích; hội viên trực tiếp sản xuất chiếm ít nhất"),
    ("P", "60% tổng số cá nhân được đề nghị khen thưởng ở mỗi cấp Hội."),
    ("H", "II. CHỈ TIÊU VÀ NỘI DUNG THI ĐUA"),
    ("H", "1. Chỉ tiêu thi đua"),
    ("P", "- Kết nạp mới 6.500 hội viên; tỷ lệ hộ nông dân là hội viên đạt 78% trở lên."),
    ("P", "- Có 42% hộ hội viên đăng ký thi đua sản xuất, kinh doanh giỏi các cấp; trong đó"),
    ("P", "ít nhất 18% số hộ đăng ký đạt danh hiệu sản xuất, kinh doanh giỏi các cấp."),
    ("P", "- Mỗi cơ sở Hội xây dựng ít nhất 01 tổ hợp tác hoặc 01 chi hội nghề nghiệp."),
    ("P", "- Nguồn vốn Quỹ Hỗ trợ nông dân cấp tỉnh tăng thêm 7 tỷ đồng; nợ quá hạn dưới 0,5%."),
    ("H", "2. Nội dung thi đua"),
    ("P", "a) Thi đua sản xuất, kinh doanh giỏi: chuyển đổi cây trồng, vật nuôi; sản xuất cà"),
    ("P", "phê, hồ tiêu theo tiêu chuẩn bền vững; tham gia chương trình OCOP."),
    ("P", "b) Thi đua xây dựng nông thôn mới, đô thị văn minh: mỗi chi Hội đảm nhận ít nhất"),
    ("P", "01 công trình, phần việc về giao thông nông thôn hoặc bảo vệ môi trường."),
    ("P", "c) Thi đua xây dựng tổ chức Hội vững mạnh: đổi mới sinh hoạt chi Hội; phấn đấu"),
    ("P", "85% cơ sở Hội được xếp loại vững mạnh."),
    ("P", "d) Thi đua chuyển đổi số: 30% hộ hội viên bán nông sản qua sàn thương mại điện tử."),
    ("P", "đ) Thi đua bảo đảm an ninh, trật tự nông thôn: mỗi chi Hội xây dựng ít nhất 01 tổ"),
    ("P", "tự quản về an ninh, trật tự; không có hội viên vi phạm pháp luật bị xử lý hình sự."),
    ("H", "III. HÌNH THỨC, TIÊU CHUẨN VÀ MỨC KHEN THƯỞNG"),
    ("H", "1. Cờ thi đua của Ban Chấp hành Hội Nông dân tỉnh"),
    ("P", "- Tặng cho 02 Hội Nông dân cấp huyện dẫn đầu 02 cụm thi đua, đạt từ 95 điểm trở lên"),
    ("P", "theo Bảng chấm điểm kèm theo Kế hoạch này."),
    ("P", "- Tiền thưởng kèm theo Cờ thi đua: 2.500.000 đồng/Cờ."),
    ("H", "2. Bằng khen của Ban Chấp hành Hội Nông dân tỉnh"),
    ("P", "a) Tập thể: xếp loại hoàn thành xuất sắc nhiệm vụ, đạt từ 90 điểm trở lên; số tập thể"),
    ("P", "được đề nghị không quá 20% số cơ sở Hội của mỗi huyện, thị xã, thành phố."),
    ("P", "b) Cá nhân: cán bộ Hội có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ; hội viên đạt"),
    ("P", "danh hiệu sản xuất, kinh doanh giỏi cấp tỉnh 03 năm liền (2022 - 2024)."),
    ("P", "c) Tiền thưởng: tập thể 1.500.000 đồng; cá nhân 800.000 đồng."),
    ("H", "3. Giấy khen của Ban Thường vụ Hội Nông dân cấp huyện"),
    ("P", "Do Ban Thường vụ Hội Nông dân cấp huyện xét tặng theo thẩm quyền cho tập thể, cá"),
    ("P", "nhân ở cơ sở; không đề nghị cấp tỉnh khen trùng thành tích đã được tặng Giấy khen."),
    ("H", "4. Danh hiệu \"Nông dân Việt Nam xuất sắc\""),
    ("P", "Mỗi huyện, thị xã, thành phố giới thiệu không quá 03 hội viên; Ban Thường vụ Hội tỉnh"),
    ("P", "chọn 10 gương tiêu biểu nhất đề nghị Trung ương Hội xét tặng."),
    ("H", "5. Khen thưởng đột xuất"),
    ("P", "Tập thể, cá nhân có hành động dũng cảm, thành tích đột xuất được Ban Thường vụ Hội"),
    ("P", "tỉnh xem xét tặng Bằng khen ngay, không tính vào tỷ lệ quy định tại điểm a khoản 2."),
    ("H", "6. Nguyên tắc chung"),
    ("P", "- Không xét khen thưởng tập thể có cán bộ chủ chốt bị kỷ luật từ khiển trách trở lên"),
    ("P", "trong năm 2024; cá nhân bị kỷ luật không được xét khen thưởng trong năm bị kỷ luật."),
    ("P", "- Tiền thưởng chi từ Quỹ thi đua, khen thưởng của Hội Nông dân tỉnh; Văn phòng Hội"),
    ("P", "chi trả trong 10 ngày làm việc kể từ ngày ký quyết định khen thưởng."),
    ("P", "- Mỗi tập thể, cá nhân chỉ được đề nghị một hình thức khen thưởng cho một thành tích."),
    ("H", "IV. LỊCH THI ĐUA VÀ CÁC MỐC THỰC HIỆN"),
    ("P", "Các cấp Hội tổ chức các đợt thi đua và các việc theo lịch dưới đây:"),
    ("TH", "Nội dung|Thời gian|Đơn vị chủ trì"),
    ("TR", "Phát động thi đua năm 2024|05/3/2024|Ban Thường vụ Hội tỉnh"),
    ("TR", "Cơ sở Hội gửi bản đăng ký thi đua|Trước 31/3/2024|Hội Nông dân cấp huyện"),
    ("TR", "Đợt thi đua chào mừng 30/4 và 01/5|01/4 - 15/5/2024|Ban Tuyên giáo"),
    ("TR", "Hội thi \"Nhà nông đua tài\" cấp tỉnh|22/5 - 24/5/2024|Ban Kinh tế - Xã hội"),
    ("TR", "Sơ kết 6 tháng, chấm điểm giữa kỳ|10/6 - 25/6/2024|Văn phòng Hội tỉnh"),
    ("TR", "Tọa đàm nông dân với chuyển đổi số|Tháng 8/2024|Ban Kinh tế - Xã hội"),
    ("TR", "Tôn vinh nông dân xuất sắc cấp tỉnh|Tháng 9/2024|Ban Tổ chức - Kiểm tra"),
    ("TR", "Đợt thi đua chào mừng ngày 14/10|15/9 - 14/10/2024|Ban Tuyên giáo"),
    ("TR", "Kiểm tra chéo giữa các cụm thi đua|01/11 - 20/11/2024|Các Trưởng cụm thi đua"),
    ("TR", "Cơ sở Hội tự chấm điểm, gửi kết quả|Trước 05/12/2024|Hội Nông dân cấp huyện"),
    ("TR", "Gửi hồ sơ đề nghị khen thưởng|Trước 15/12/2024|Hội Nông dân cấp huyện"),
    ("TR", "Hội đồng Thi đua - Khen thưởng họp xét|20/12 - 25/12/2024|Văn phòng Hội tỉnh"),
    ("TR", "Tổng kết, trao khen thưởng|Tháng 01/2025|Ban Thường vụ Hội tỉnh"),
    ("H", "V. HỒ SƠ, THỜI HẠN VÀ NƠI NHẬN HỒ SƠ"),
    ("H", "1. Thành phần hồ sơ (03 bộ)"),
    ("P", "- Tờ trình đề nghị khen thưởng kèm danh sách trích ngang (mẫu 01-TĐKT);"),
    ("P", "- Biên bản họp xét của Hội đồng Thi đua - Khen thưởng cấp huyện;"),
    ("P", "- Báo cáo thành tích của tập thể (mẫu 02-TĐKT) hoặc cá nhân (mẫu 03-TĐKT);"),
    ("P", "- Bảng tự chấm điểm thi đua có xác nhận của Thường trực Hội Nông dân cấp huyện."),
    ("H", "2. Thời hạn gửi hồ sơ"),
    ("P", "- Hồ sơ khen thưởng tổng kết năm 2024: trước ngày 15/12/2024."),
    ("P", "- Hồ sơ khen thưởng đột xuất: trong 07 ngày làm việc kể từ ngày lập được thành tích."),
    ("P", "- Hồ sơ gửi sau thời hạn không được đưa vào xét khen thưởng tổng kết năm 2024."),
    ("H", "3. Nơi nhận hồ sơ"),
    ("P", "Văn phòng Hội Nông dân tỉnh Đắk Lắk, số 14 đường Phan Bội Châu, phường Thắng Lợi,"),
    ("P", "thành phố Buôn Ma Thuột; điện thoại 0262.3957.214; e-mail: vanphong.hndt@daklak.gov.vn."),
    ("H", "VI. TỔ CHỨC THỰC HIỆN"),
    ("P", "1. Văn phòng Hội Nông dân tỉnh là thường trực Hội đồng Thi đua - Khen thưởng, tham"),
    ("P", "mưu theo dõi, tổng hợp kết quả thi đua và thẩm định hồ sơ khen thưởng."),
    ("P", "2. Các ban chuyên môn theo dõi các nội dung thi đua theo lĩnh vực được phân công."),
    ("P", "3. Hội Nông dân các huyện, thị xã, thành phố xây dựng kế hoạch của cấp mình, gửi về"),
    ("P", "Văn phòng Hội Nông dân tỉnh trước ngày 20/3/2024."),
    ("P", "4. Bảng chấm điểm thi đua ban hành kèm theo Kế hoạch này thay thế Bảng chấm điểm"),
    ("P", "kèm theo Kế hoạch số 09-KH/HNDT ngày 13/3/2023 của Ban Thường vụ Hội Nông dân tỉnh."),
    ("P", "5. Đầu mối liên hệ: đồng chí Lê Thị Hồng Vân, Chánh Văn phòng, điện thoại 0982.417.530."),
    ("BL", ""),
    ("NN", "Nơi nhận:|TM. BAN THƯỜNG VỤ"),
    ("NN", "- Trung ương Hội Nông dân Việt Nam (b/c);|CHỦ TỊCH"),
    ("NN", "- Thường trực Tỉnh ủy (b/c);|"),
    ("NN", "- Ban Dân vận Tỉnh ủy;|(Đã ký)"),
    ("NN", "- Hội Nông dân các huyện, thị xã, thành phố;|"),
    ("NN", "- Lưu: VP, TĐKT.|Nguyễn Đình Khoa"),
]


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8.5)
        self.set_xy(20, 9)
        self.cell(170, 5, RUNNING, align="R")
        self.set_xy(20, 20)

    def footer(self):
        self.set_font("DejaVu", "", 10)
        self.set_xy(20, 284)
        self.cell(170, 5, str(self.page_no()), align="C")


def draw_row(pdf, text, heading):
    cells = text.split("|")
    pdf.set_font("DejaVu", "B" if heading else "", 9.5)
    pdf.set_x(20)
    for w, c in zip(COLS, cells):
        if pdf.get_string_width(c) > w - 2:
            raise SystemExit(f"cell too wide: {c!r}")
        pdf.cell(w, LH, c, border=1, align="C" if heading else "L")
    pdf.ln(LH)


def build():
    pdf = Doc(format="A4")
    pdf.set_creation_date(datetime.datetime(2024, 2, 26, 9, 0, tzinfo=datetime.timezone.utc))
    pdf.set_title("Kế hoạch 27-KH/HNDT")
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_auto_page_break(False)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    theading = None
    for style, text in SRC:
        if style == "PB":
            pdf.add_page()
            continue
        if style == "TH":
            theading = text
        elif style != "TR":
            theading = None
        if pdf.get_y() + LH > BOTTOM:
            print("page", pdf.page_no(), "ends before:", text)
            pdf.add_page()
            if style == "TR" and theading:  # repeat the table's heading row
                draw_row(pdf, theading, True)
        x = 20
        if style == "BL":
            pdf.ln(LH / 2)
            continue
        if style in ("TWO", "NN"):
            left, right = text.split("|")
            bold_left = style == "TWO" and not left.startswith("Số")
            pdf.set_font("DejaVu", "B" if bold_left else ("I" if left.startswith("Nơi") else ""),
                         10 if style == "TWO" else 9)
            pdf.set_x(x)
            pdf.cell(80, LH, left, align="C" if style == "TWO" else "L")
            bold_right = style == "NN" and right and not right.startswith("(")
            bold_right = bold_right or (style == "TWO" and not right.startswith("Đắk"))
            pdf.set_font("DejaVu", "B" if bold_right else "I", 10)
            pdf.cell(90, LH, right, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if style in ("TH", "TR"):
            draw_row(pdf, text, style == "TH")
            continue
        font = {"H": ("B", 10), "C": ("B", 10.5), "P": ("", 10)}[style]
        pdf.set_font("DejaVu", *font)
        if pdf.get_string_width(text) > 170:
            raise SystemExit(f"line too wide ({pdf.get_string_width(text):.1f} mm): {text!r}")
        pdf.set_x(x)
        pdf.cell(170, LH, text, align="C" if style == "C" else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
