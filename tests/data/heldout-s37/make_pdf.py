"""Generate docs/vinh-long-2024-quyet-dinh-khen-thuong-nam-hoc-so-giao-duc.pdf (held-out set S37).

Run: /work/main/.venv/bin/python make_pdf.py

A text PDF made with fpdf2 and DejaVu Sans: Quyết định of the Giám đốc Sở Giáo dục và Đào tạo tỉnh
Vĩnh Long (26/8/2024) recognising Chiến sĩ thi đua cơ sở and conferring Giấy khen for the school year
2023 - 2024, with Điều 1-4, Nơi nhận and signature, then PHỤ LỤC I (three lists in multi-column
tables with wrapped cells) and PHỤ LỤC II (money table with a total row). Running header from page 2,
"Trang x/y" in the footer of every page, and one sentence of Điều 3 runs across the page break.
All names, numbers, addresses, phones and e-mails are invented.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "vinh-long-2024-quyet-dinh-khen-thuong-nam-hoc-so-giao-duc.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Sở GD&ĐT Vĩnh Long - Quyết định số 1287/QĐ-SGDĐT ngày 26/8/2024"


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "I", 8)
            self.cell(0, 5, RUNNING, align="C")
            self.ln(9)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_margins(22, 16, 18)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.add_font("DejaVu", "BI", FONT + "DejaVuSans-BoldOblique.ttf")
pdf.set_creator("Microsoft Word - QD 1287 khen thuong nam hoc")
pdf.set_producer("Microsoft: Print To PDF")
pdf.set_title("QĐ 1287/QĐ-SGDĐT")
pdf.set_author("Văn phòng Sở GD&ĐT Vĩnh Long")
pdf.set_creation_date(datetime.datetime(2024, 8, 26, 15, 12, 0, tzinfo=datetime.timezone.utc))
pdf.add_page()
W = pdf.epw
LH = 6.3


def two(left, right, style_l="B", style_r="B", size=10):
    y = pdf.get_y()
    pdf.set_font("DejaVu", style_l, size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(W * 0.42, LH, left, align="C")
    pdf.set_font("DejaVu", style_r, size)
    pdf.set_xy(pdf.l_margin + W * 0.42, y)
    pdf.cell(W * 0.58, LH, right, align="C")
    pdf.ln(LH)


def line(text, style="", size=11.5, align="J", indent=True, gap=1.2):
    pdf.set_font("DejaVu", style, size)
    pdf.set_x(pdf.l_margin)
    if indent and align == "J":
        text = "      " + text
    pdf.multi_cell(W, LH, text, align=align)
    pdf.ln(gap)


def center(text, style="B", size=10.5):
    line(text, style=style, size=size, align="C", indent=False, gap=0.4)


# ------------------------------------------------------------ decision
two("UBND TỈNH VĨNH LONG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", style_l="")
two("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Độc lập - Tự do - Hạnh phúc")
pdf.ln(2)
two("Số: 1287/QĐ-SGDĐT", "Vĩnh Long, ngày 26 tháng 8 năm 2024", style_l="", style_r="I")
pdf.ln(4)
center("QUYẾT ĐỊNH", size=12)
center("Về việc công nhận danh hiệu Chiến sĩ thi đua cơ sở và tặng Giấy khen")
center("năm học 2023 - 2024")
pdf.ln(3)
center("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH VĨNH LONG")
pdf.ln(2)
for t in (
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
    "thi hành một số điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Quy chế thi đua, khen thưởng ngành Giáo dục tỉnh Vĩnh Long ban hành kèm theo Quyết định "
    "số 412/QĐ-SGDĐT ngày 20 tháng 3 năm 2024 của Giám đốc Sở Giáo dục và Đào tạo;",
    "Căn cứ Kế hoạch số 96/KH-SGDĐT ngày 05 tháng 9 năm 2023 của Sở Giáo dục và Đào tạo về công "
    "tác thi đua, khen thưởng năm học 2023 - 2024;",
    "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Sở ngày 16 tháng 8 năm 2024 (11/13 thành "
    "viên dự họp);",
    "Theo đề nghị của Chánh Văn phòng Sở.",
):
    line(t, style="I", gap=0.6)
pdf.ln(1)
center("QUYẾT ĐỊNH:")
pdf.ln(1)
line("Điều 1. Công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" năm học 2023 - 2024 cho 07 cá nhân "
     "thuộc các đơn vị trực thuộc Sở (có danh sách tại mục 1 Phụ lục I kèm theo).")
line("Điều 2. Tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo cho 05 tập thể và 09 cá nhân đã có "
     "thành tích xuất sắc trong thực hiện nhiệm vụ năm học 2023 - 2024 (có danh sách tại mục 2 và "
     "mục 3 Phụ lục I kèm theo).")
line("Điều 3. Tiền thưởng")
line("1. Mức tiền thưởng tính trên mức lương cơ sở 2.340.000 đồng: danh hiệu \"Chiến sĩ thi đua cơ "
     "sở\" 1,0 lần; Giấy khen tặng tập thể 0,6 lần; Giấy khen tặng cá nhân 0,3 lần mức lương cơ sở. "
     "Số tiền của từng tập thể, cá nhân ghi tại Phụ lục I; tổng kinh phí ghi tại Phụ lục II.")
line("2. Cá nhân trong cùng thời điểm, cùng thành tích đạt nhiều hình thức khen thưởng thì chỉ nhận "
     "mức tiền thưởng cao nhất.")
line("3. Kinh phí khen thưởng chi từ quỹ thi đua, khen thưởng năm 2024 của Sở Giáo dục và Đào tạo. "
     "Văn phòng Sở (bộ phận Kế toán) chi trả qua tài khoản của đơn vị trong thời hạn 10 ngày làm việc "
     "kể từ ngày ký Quyết định này; đơn vị nhận tiền thưởng chuyển cho từng cá nhân trong 05 ngày "
     "làm việc và gửi bảng ký nhận về Văn phòng Sở, số 17 đường Phạm Thái Bường, Phường 4, thành "
     "phố Vĩnh Long; điện thoại 0270.3822.145; thư điện tử vanphong@vinhlong.edu.vn.")
line("Điều 4. Hiệu lực và trách nhiệm thi hành")
line("1. Quyết định này có hiệu lực kể từ ngày ký.")
line("2. Chánh Văn phòng Sở, Trưởng phòng Tổ chức cán bộ, Thủ trưởng các đơn vị có liên quan và các "
     "tập thể, cá nhân có tên tại Điều 1, Điều 2 chịu trách nhiệm thi hành Quyết định này./.")
pdf.ln(2)
y = pdf.get_y()
pdf.set_font("DejaVu", "BI", 9.5)
pdf.set_xy(pdf.l_margin, y)
pdf.cell(W * 0.5, 5, "Nơi nhận:")
pdf.set_font("DejaVu", "B", 10)
pdf.set_xy(pdf.l_margin + W * 0.5, y)
pdf.cell(W * 0.5, 5, "KT. GIÁM ĐỐC", align="C")
rows = [("- Như Điều 4;", "PHÓ GIÁM ĐỐC"), ("- Giám đốc Sở (để b/c);", ""),
        ("- Ban Thi đua - Khen thưởng, Sở Nội vụ;", "(Đã ký)"), ("- Cổng thông tin điện tử Sở;", ""),
        ("- Lưu: VT, VP (Th).", "Lê Hoàng Phúc")]
for a, b in rows:
    pdf.ln(5)
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(W * 0.5, 5, a)
    pdf.set_font("DejaVu", "I" if b == "(Đã ký)" else "B", 10)
    pdf.set_xy(pdf.l_margin + W * 0.5, y)
    pdf.cell(W * 0.5, 5, b, align="C")
pdf.ln(14)

# ------------------------------------------------------------ appendices
center("PHỤ LỤC I", size=11)
center("DANH SÁCH CÁ NHÂN, TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM HỌC 2023 - 2024", size=10)
center("(Kèm theo Quyết định số 1287/QĐ-SGDĐT ngày 26/8/2024 của Giám đốc Sở GD&ĐT)", style="I", size=9)
pdf.ln(2)


def table(widths, rows, bold_last=False):
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(col_widths=widths, width=W, line_height=4.4, text_align="LEFT",
                   first_row_as_headings=True) as t:
        for i, r in enumerate(rows):
            row = t.row()
            for v in r:
                row.cell(v)
    pdf.ln(2)


line("1. Cá nhân được công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" (01 lần mức lương cơ sở)",
     style="B", size=10, indent=False)
table((8, 34, 48, 60, 24), [
    ("STT", "Họ và tên", "Chức vụ, đơn vị", "Sáng kiến được công nhận", "Số tiền (đồng)"),
    ("1", "Nguyễn Thị Mỹ Duyên", "Giáo viên Toán, Trường THPT Lưu Văn Liệt",
     "Dạy học hình học không gian bằng phần mềm GeoGebra", "2.340.000"),
    ("2", "Trần Quốc Khải", "Tổ trưởng Vật lý, Trường THPT Nguyễn Thông",
     "Thiết kế bộ thí nghiệm cảm biến dùng vi mạch Arduino", "2.340.000"),
    ("3", "Lê Thị Bích Ngọc", "Phó Hiệu trưởng, Trường THPT Trà Ôn",
     "Quản lý hồ sơ học sinh trên nền tảng số", "2.340.000"),
    ("4", "Phạm Văn Toàn", "Giáo viên Tin học, Trường THPT chuyên Nguyễn Bỉnh Khiêm",
     "Ứng dụng trí tuệ nhân tạo chấm bài lập trình", "2.340.000"),
    ("5", "Võ Thị Kim Thoa", "Chuyên viên Phòng Giáo dục trung học, Sở GD&ĐT",
     "Bộ công cụ kiểm tra đánh giá theo định hướng năng lực", "2.340.000"),
    ("6", "Huỳnh Minh Trí", "Giáo viên, Trung tâm GDNN-GDTX huyện Long Hồ",
     "Tổ chức lớp xóa mù chữ cho lao động tự do", "2.340.000"),
    ("7", "Đặng Thị Thu Trang", "Kế toán, Trường THPT Phan Văn Hòa",
     "Quy trình thanh toán không dùng tiền mặt trong trường học", "2.340.000"),
])
line("2. Tập thể được tặng Giấy khen (0,6 lần mức lương cơ sở)", style="B", size=10, indent=False)
table((8, 56, 78, 32), [
    ("STT", "Tên tập thể", "Thành tích nổi bật", "Số tiền (đồng)"),
    ("1", "Trường THPT Vũng Liêm", "Tỷ lệ tốt nghiệp THPT đạt 99,6%, tăng 2,1% so với năm học trước",
     "1.404.000"),
    ("2", "Trường THPT Hòa Ninh", "Giải Nhì cuộc thi Khoa học kỹ thuật cấp tỉnh; không có học sinh bỏ học",
     "1.404.000"),
    ("3", "Tổ Ngữ văn, Trường THPT Lưu Văn Liệt", "08 học sinh giỏi cấp tỉnh môn Ngữ văn",
     "1.404.000"),
    ("4", "Trung tâm GDNN-GDTX huyện Tam Bình", "Mở 12 lớp đào tạo nghề ngắn hạn cho 368 học viên",
     "1.404.000"),
    ("5", "Phòng Kế hoạch - Tài chính, Sở GD&ĐT", "Hoàn thành quyết toán ngân sách năm 2023 đúng hạn",
     "1.404.000"),
])
line("3. Cá nhân được tặng Giấy khen (0,3 lần mức lương cơ sở)", style="B", size=10, indent=False)
table((8, 40, 102, 24), [
    ("STT", "Họ và tên", "Chức vụ, đơn vị", "Số tiền (đồng)"),
    ("1", "Nguyễn Văn Hậu", "Giáo viên, Trường THPT Vũng Liêm", "702.000"),
    ("2", "Trương Thị Diễm My", "Giáo viên, Trường THPT Hòa Ninh", "702.000"),
    ("3", "Lý Quốc Bảo", "Nhân viên thiết bị, Trường THPT Nguyễn Thông", "702.000"),
    ("4", "Châu Thị Ngọc Hân", "Giáo viên, Trường THPT Trà Ôn", "702.000"),
    ("5", "Bùi Thanh Phong", "Giáo viên, Trường THPT chuyên Nguyễn Bỉnh Khiêm", "702.000"),
    ("6", "Lâm Thị Cẩm Tú", "Chuyên viên Văn phòng Sở GD&ĐT", "702.000"),
    ("7", "Ngô Minh Luân", "Giáo viên, Trung tâm GDNN-GDTX huyện Tam Bình", "702.000"),
    ("8", "Dương Thị Hồng Nhung", "Thư viện, Trường THPT Phan Văn Hòa", "702.000"),
    ("9", "Tạ Văn Lợi", "Bảo vệ, Trường THPT Lưu Văn Liệt (dũng cảm phòng cháy kho thiết bị)", "702.000"),
])
pdf.ln(2)
center("PHỤ LỤC II", size=11)
center("TỔNG HỢP KINH PHÍ KHEN THƯỞNG", size=10)
pdf.ln(2)
table((8, 62, 28, 36, 40), [
    ("STT", "Hình thức", "Số lượng", "Mức thưởng (đồng)", "Thành tiền (đồng)"),
    ("1", "Chiến sĩ thi đua cơ sở", "07", "2.340.000", "16.380.000"),
    ("2", "Giấy khen tập thể", "05", "1.404.000", "7.020.000"),
    ("3", "Giấy khen cá nhân", "09", "702.000", "6.318.000"),
    ("", "Tổng cộng", "21", "", "29.718.000"),
])
line("Bằng chữ: Hai mươi chín triệu, bảy trăm mười tám nghìn đồng.", style="I", size=9.5, indent=False)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.pages_count, "pages")
