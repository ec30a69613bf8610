"""Generate docs/dien-ban-2024-quyet-dinh-khen-thuong-do-thi-van-minh.pdf (held-out set S47).

Run: /work/main/.venv/bin/python make_pdf.py

A Quyết định khen thưởng of the Chủ tịch UBND thị xã Điện Bàn (Quảng Nam): Giấy khen for collectives,
individuals and households of the movement "Chung sức xây dựng đô thị văn minh" in 2024. Điều 1-4,
Nơi nhận and signature, then a PHỤ LỤC with two ruled tables (collectives; individuals and households:
name, unit, amount; cells wrap onto several lines). fpdf2 with DejaVu Sans embedded; a running header
on pages 2+, "Trang n/N" at the bottom of every page; paragraphs are wrapped here and broken across
pages by the generator, so a sentence runs across the page break between pages 1 and 2. Creation date
before 01/07/2025.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "dien-ban-2024-quyet-dinh-khen-thuong-do-thi-van-minh.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Quyết định số 4127/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND thị xã Điện Bàn"
LH = 5.6


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.set_y(8)
            self.cell(0, 4, RUNNING, align="C")
            self.line(self.l_margin, 13, self.w - self.r_margin, 13)
            self.set_y(18)
            self.set_font("DejaVu", "", 11)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")
        self.set_font("DejaVu", "", 11)


pdf = Doc(format="A4")
pdf.set_margins(22, 18, 18)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_creation_date(datetime.datetime(2024, 12, 20, 16, 5, tzinfo=datetime.timezone.utc))
pdf.set_title("Quyết định 4127/QĐ-UBND khen thưởng phong trào Chung sức xây dựng đô thị văn minh năm 2024")
pdf.set_author("UBND thị xã Điện Bàn")
pdf.set_creator("make_pdf.py")
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("DejaVu", "", 11)
W = pdf.w - pdf.l_margin - pdf.r_margin


def wrap(text, indent=8):
    words, lines, cur = text.split(" "), [], ""
    width = W - indent
    for w in words:
        t = (cur + " " + w) if cur else w
        if pdf.get_string_width(t) <= width:
            cur = t
        else:
            lines.append(cur)
            cur, width = w, W
    lines.append(cur)
    return lines


def para(text, bold=False, center=False, indent=8):
    pdf.set_font("DejaVu", "B" if bold else "", 11)
    if center:
        pdf.cell(0, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
        return
    for i, l in enumerate(wrap(text, indent)):
        if pdf.get_y() + LH > pdf.h - 20:
            pdf.add_page()
        pdf.set_x(pdf.l_margin + (indent if i == 0 else 0))
        pdf.cell(0, LH, l, new_x="LMARGIN", new_y="NEXT")


def two(left, right, bold=False):
    pdf.set_font("DejaVu", "B" if bold else "", 10.5)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin - 6, y)
    pdf.cell(70, LH, left, align="C")
    pdf.set_xy(pdf.l_margin + 66, y)
    pdf.cell(W - 60, LH, right, align="C")
    pdf.set_xy(pdf.l_margin, y + LH)


two("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
two("THỊ XÃ ĐIỆN BÀN", "Độc lập - Tự do - Hạnh phúc", bold=True)
two("Số: 4127/QĐ-UBND", "Điện Bàn, ngày 20 tháng 12 năm 2024")
pdf.ln(3)
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Về việc khen thưởng tập thể, cá nhân, hộ gia đình có thành tích xuất sắc", bold=True, center=True)
para("trong phong trào thi đua \"Chung sức xây dựng đô thị văn minh\" năm 2024", bold=True, center=True)
pdf.ln(2)
para("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ ĐIỆN BÀN", bold=True, center=True)
pdf.ln(2)
para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
     "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều "
     "của Luật Thi đua, khen thưởng;")
para("Căn cứ Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ quy định mức lương cơ sở và chế độ tiền "
     "thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang;")
para("Căn cứ Quyết định số 21/2024/QĐ-UBND ngày 09/5/2024 của Ủy ban nhân dân tỉnh Quảng Nam ban hành Quy chế "
     "công tác thi đua, khen thưởng trên địa bàn tỉnh;")
para("Căn cứ Kế hoạch số 74/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân thị xã phát động phong trào thi đua "
     "\"Chung sức xây dựng đô thị văn minh\" năm 2024;")
para("Theo đề nghị của Trưởng phòng Nội vụ thị xã tại Tờ trình số 318/TTr-NV ngày 16/12/2024 và kết quả họp "
     "xét của Hội đồng Thi đua - Khen thưởng thị xã ngày 13/12/2024.")
pdf.ln(1)
para("QUYẾT ĐỊNH:", bold=True, center=True)
pdf.ln(1)
para("Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân thị xã cho 05 tập thể, 10 cá nhân và 02 hộ gia đình "
     "(có danh sách kèm theo) đã có thành tích xuất sắc trong phong trào thi đua \"Chung sức xây dựng đô thị "
     "văn minh\" năm 2024.")
para("Điều 2. Tiền thưởng và kinh phí")
para("1. Mức tiền thưởng kèm theo Giấy khen được tính trên mức lương cơ sở 2.340.000 đồng, cụ thể:")
para("a) Tập thể được thưởng 0,6 lần mức lương cơ sở;")
para("b) Cá nhân, hộ gia đình được thưởng 0,3 lần mức lương cơ sở.")
para("2. Tổng số tiền thưởng là 15.444.000 đồng (Mười lăm triệu, bốn trăm bốn mươi bốn nghìn đồng).")
para("3. Kinh phí chi từ Quỹ thi đua, khen thưởng của thị xã năm 2024; giao Phòng Tài chính - Kế hoạch thị xã "
     "cấp phát cho Phòng Nội vụ để chi trả.")
para("4. Tiền thưởng được chi trả trong thời hạn 10 ngày làm việc kể từ ngày ký Quyết định này; tập thể, cá nhân "
     "không nhận trực tiếp thì ủy quyền bằng văn bản cho người nhận thay.")
para("Điều 3. Tổ chức trao thưởng")
para("1. Giấy khen và tiền thưởng được trao tại Hội nghị tổng kết phong trào thi đua \"Chung sức xây dựng đô thị "
     "văn minh\" năm 2024, tổ chức ngày 27/12/2024 tại Hội trường Trung tâm Văn hóa - Thể thao và Truyền thanh "
     "thị xã.")
para("2. Phòng Nội vụ vào sổ theo dõi khen thưởng, cấp số Giấy khen và lưu hồ sơ theo quy định; tập thể, cá "
     "nhân không dự Hội nghị thì nhận Giấy khen tại Phòng Nội vụ trong thời hạn 30 ngày kể từ ngày tổ chức Hội "
     "nghị, sau thời hạn này Giấy khen được chuyển về Ủy ban nhân dân phường, xã nơi tập thể, cá nhân cư trú "
     "hoặc công tác để trao lại.")
para("3. Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã đưa tin về các tập thể, cá nhân, hộ gia đình được "
     "khen thưởng trên Trang thông tin điện tử thị xã và hệ thống truyền thanh cơ sở.")
para("Điều 4. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Nội "
     "vụ, Trưởng phòng Tài chính - Kế hoạch, Chủ tịch UBND các phường, xã có liên quan và các tập thể, cá "
     "nhân, hộ gia đình có tên tại Điều 1 căn cứ Quyết định thi hành./.")
pdf.ln(2)
para("Nơi nhận:", bold=True, indent=0)
for x in ("- Như Điều 4;", "- Sở Nội vụ tỉnh Quảng Nam;", "- TT Thị ủy, TT HĐND thị xã;",
          "- Chủ tịch, các PCT UBND thị xã;", "- Lưu: VT, NV."):
    para(x, indent=0)
para("CHỦ TỊCH", bold=True, center=True)
pdf.ln(6)
para("Nguyễn Hữu Bình", bold=True, center=True)

# ---------------------------------------------------------------- appendix
pdf.ln(6)
para("PHỤ LỤC", bold=True, center=True)
para("DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC TẶNG GIẤY KHEN", bold=True, center=True)
para("(Kèm theo Quyết định số 4127/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND thị xã Điện Bàn)", center=True)
pdf.ln(1)
para("1. Tập thể (05 tập thể)", bold=True, indent=0)
groups = [
    ("STT", "Tên tập thể", "Phường, xã", "Số tiền (đồng)"),
    ("1", "Khối phố Thanh Tây", "Phường Vĩnh Điện", "1.404.000"),
    ("2", "Khối phố Hà Dừa", "Phường Điện An", "1.404.000"),
    ("3", "Chi hội Phụ nữ khối phố Tây Sơn", "Phường Điện Ngọc", "1.404.000"),
    ("4", "Thôn Nhị Dinh 2", "Xã Điện Phước", "1.404.000"),
    ("5", "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Điện Hồng", "Xã Điện Hồng", "1.404.000"),
    ("", "Cộng", "", "7.020.000"),
]
people = [
    ("STT", "Họ và tên", "Chức vụ, đơn vị", "Số tiền (đồng)"),
    ("1", "Ông Nguyễn Văn Tâm", "Trưởng khối phố Thanh Tây, phường Vĩnh Điện", "702.000"),
    ("2", "Bà Trần Thị Kim Oanh", "Chi hội trưởng Chi hội Phụ nữ khối phố Hà Dừa, phường Điện An", "702.000"),
    ("3", "Ông Lê Công Thịnh", "Công chức Địa chính - Xây dựng phường Điện Ngọc", "702.000"),
    ("4", "Ông Phạm Văn Lực", "Bí thư Chi bộ thôn Nhị Dinh 2, xã Điện Phước", "702.000"),
    ("5", "Bà Huỳnh Thị Mỹ Lệ", "Giáo viên Trường Tiểu học Phan Thanh, phường Điện Nam Bắc", "702.000"),
    ("6", "Ông Võ Đức Huy", "Phó Bí thư Đoàn xã Điện Hồng", "702.000"),
    ("7", "Ông Đặng Ngọc Sơn", "Chuyên viên Phòng Quản lý đô thị thị xã", "702.000"),
    ("8", "Bà Nguyễn Thị Thu Hiền", "Viên chức Trung tâm Văn hóa - Thể thao và Truyền thanh thị xã", "702.000"),
    ("9", "Ông Trương Văn Cường", "Trưởng thôn Bồ Mưng 1, xã Điện Thắng Trung", "702.000"),
    ("10", "Bà Lê Thị Hồng Vân", "Công chức Văn hóa - Xã hội phường Điện Nam Trung", "702.000"),
    ("11", "Hộ ông Trần Văn Lộc", "Thôn Nhị Dinh 2, xã Điện Phước (hiến 180 m² đất mở rộng đường)", "702.000"),
    ("12", "Hộ bà Phan Thị Nở", "Khối phố Tây Sơn, phường Điện Ngọc (hiến 95 m² đất làm vườn hoa)", "702.000"),
    ("", "Cộng", "", "8.424.000"),
]


def table(rows):
    pdf.set_font("DejaVu", "", 10)
    with pdf.table(col_widths=(10, 50, 78, 32), line_height=5,
                   text_align=("CENTER", "LEFT", "LEFT", "RIGHT"),
                   headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL") as tb:
        for r in rows:
            row = tb.row()
            for v in r:
                row.cell(v)


table(groups)
pdf.ln(2)
para("2. Cá nhân, hộ gia đình (10 cá nhân, 02 hộ gia đình)", bold=True, indent=0)
table(people)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
