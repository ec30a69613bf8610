"""Generate docs/tien-du-2025-quyet-dinh-kien-toan-hoi-dong-tdkt.pdf (held-out set S45).

Run: /work/main/.venv/bin/python make_pdf.py

A Quyết định of UBND huyện Tiên Du (Bắc Ninh) establishing (kiện toàn) the district Hội đồng Thi đua -
Khen thưởng: Điều 1-4, Nơi nhận and signature, then a PHỤ LỤC with a ruled table of the council members
(cells wrap onto several lines) and the secretariat. fpdf2 with DejaVu Sans embedded; a running header
on pages 2+, "Trang n/N" at the bottom of every page; paragraphs are wrapped here and broken across pages
by the generator, so a sentence runs across the page break between pages 1 and 2. Creation date
before 01/07/2025.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "tien-du-2025-quyet-dinh-kien-toan-hoi-dong-tdkt.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Quyết định số 1245/QĐ-UBND ngày 14/3/2025 của UBND huyện Tiên Du"
LH = 5.6


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.set_y(8)
            self.cell(0, 4, RUNNING, align="C")
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
pdf.set_creation_date(datetime.datetime(2025, 3, 14, 15, 20, tzinfo=datetime.timezone.utc))
pdf.set_title("Quyết định 1245/QĐ-UBND kiện toàn Hội đồng Thi đua - Khen thưởng huyện Tiên Du")
pdf.set_author("UBND huyện Tiên Du")
pdf.set_creator("make_pdf.py")
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("DejaVu", "", 11)
W = pdf.w - pdf.l_margin - pdf.r_margin


def wrap(text, indent=8):
    """Break a paragraph into printed lines (first line indented)."""
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
two("HUYỆN TIÊN DU", "Độc lập - Tự do - Hạnh phúc", bold=True)
two("Số: 1245/QĐ-UBND", "Tiên Du, ngày 14 tháng 3 năm 2025")
pdf.ln(3)
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Về việc kiện toàn Hội đồng Thi đua - Khen thưởng huyện Tiên Du", bold=True, center=True)
pdf.ln(2)
para("ỦY BAN NHÂN DÂN HUYỆN TIÊN DU", bold=True, center=True)
pdf.ln(2)
para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
     "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều "
     "của Luật Thi đua, khen thưởng;")
para("Căn cứ Quyết định số 15/2024/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh Bắc Ninh ban hành Quy chế "
     "công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Ninh;")
para("Theo đề nghị của Trưởng phòng Nội vụ huyện tại Tờ trình số 86/TTr-NV ngày 10/3/2025.")
pdf.ln(1)
para("QUYẾT ĐỊNH:", bold=True, center=True)
pdf.ln(1)
para("Điều 1. Kiện toàn Hội đồng Thi đua - Khen thưởng huyện Tiên Du gồm 13 thành viên (có danh sách kèm "
     "theo), cơ cấu như sau:", indent=8)
para("1. Chủ tịch Hội đồng: đồng chí Chủ tịch Ủy ban nhân dân huyện.")
para("2. Phó Chủ tịch Hội đồng: 03 đồng chí, gồm Phó Chủ tịch Ủy ban nhân dân huyện phụ trách lĩnh vực văn "
     "hóa - xã hội (Phó Chủ tịch Thường trực), Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện và Trưởng phòng "
     "Nội vụ huyện.")
para("3. Ủy viên Hội đồng: 09 đồng chí là người đứng đầu một số cơ quan, đoàn thể của huyện và Phó Trưởng phòng "
     "Nội vụ (Ủy viên, Thư ký Hội đồng).")
para("Điều 2. Nhiệm vụ, quyền hạn và chế độ làm việc của Hội đồng")
para("1. Hội đồng tham mưu cho Ủy ban nhân dân huyện, Chủ tịch Ủy ban nhân dân huyện phát động, chỉ đạo các "
     "phong trào thi đua; xét, đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen, danh hiệu \"Tập thể lao "
     "động xuất sắc\", \"Chiến sĩ thi đua cơ sở\" và đề nghị cấp trên khen thưởng.")
para("2. Phòng Nội vụ huyện là cơ quan thường trực của Hội đồng, đặt tại tầng 2, nhà A, Trụ sở Huyện ủy - "
     "HĐND - UBND huyện, số 16 đường Nguyễn Đăng Đạo, thị trấn Lim; điện thoại 0222.3837.146; thư điện tử "
     "pnv.tiendu@bacninh.gov.vn.")
para("3. Chế độ họp của Hội đồng:")
para("a) Hội đồng họp định kỳ 02 lần trong năm (sơ kết 6 tháng và tổng kết năm); họp bất thường khi có yêu "
     "cầu của Chủ tịch Hội đồng. Phiên họp do Chủ tịch Hội đồng chủ trì; trường hợp Chủ tịch Hội đồng vắng mặt "
     "thì ủy quyền cho Phó Chủ tịch Thường trực chủ trì.")
para("b) Phiên họp chỉ hợp lệ khi có ít nhất 2/3 tổng số thành viên Hội đồng tham dự; thành viên vắng mặt gửi "
     "phiếu bầu và ý kiến bằng văn bản về cơ quan thường trực trước phiên họp; phiếu của thành viên vắng mặt "
     "được tính vào kết quả biểu quyết.")
para("c) Tài liệu họp được gửi đến các thành viên trước phiên họp ít nhất 03 ngày làm việc để thành viên "
     "nghiên cứu, chuẩn bị ý kiến trước khi dự họp; riêng phiên họp bất thường, tài liệu được gửi kèm giấy "
     "mời họp.")
para("d) Đề nghị khen thưởng được thông qua khi có từ 70% trở lên tổng số thành viên Hội đồng đồng ý bằng "
     "hình thức bỏ phiếu kín; trường hợp các ý kiến của thành viên Hội đồng còn khác nhau và tỷ lệ phiếu ngang "
     "nhau thì Chủ tịch Hội đồng xem xét, quyết định theo ý kiến của phía có Chủ tịch Hội đồng.")
para("4. Tổ Thư ký giúp việc Hội đồng gồm 04 người, do Phó Trưởng phòng Nội vụ làm Tổ trưởng; Tổ Thư ký tự "
     "giải thể khi hoàn thành nhiệm vụ.")
para("5. Thành viên Hội đồng và Tổ Thư ký làm việc theo chế độ kiêm nhiệm. Kinh phí hoạt động của Hội đồng "
     "bố trí trong dự toán của Phòng Nội vụ; năm 2025 là 95.000.000 đồng.")
para("6. Trong thời hạn 15 ngày làm việc kể từ ngày Quyết định này có hiệu lực, Hội đồng ban hành Quy chế "
     "hoạt động của Hội đồng.")
para("Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2876/QĐ-UBND ngày 21/8/2023 "
     "của Ủy ban nhân dân huyện Tiên Du về việc kiện toàn Hội đồng Thi đua - Khen thưởng huyện. Khi có thay đổi "
     "về nhân sự, người kế nhiệm chức vụ đảm nhận nhiệm vụ thành viên Hội đồng mà không phải ban hành lại "
     "quyết định.")
para("Điều 4. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Thủ trưởng các cơ quan, đơn vị có liên "
     "quan và các ông (bà) có tên tại Điều 1 căn cứ Quyết định thi hành./.")
pdf.ln(2)
para("Nơi nhận:", bold=True, indent=0)
for x in ("- Như Điều 4;", "- Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Bắc Ninh;",
          "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, NV."):
    para(x, indent=0)
para("CHỦ TỊCH", bold=True, center=True)
pdf.ln(6)
para("Đỗ Quang Huy", bold=True, center=True)

# ---------------------------------------------------------------- appendix
pdf.ln(6)
para("PHỤ LỤC", bold=True, center=True)
para("DANH SÁCH THÀNH VIÊN HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG HUYỆN TIÊN DU", bold=True, center=True)
para("(Kèm theo Quyết định số 1245/QĐ-UBND ngày 14/3/2025 của UBND huyện Tiên Du)", center=True)
pdf.ln(1)
para("1. Thành viên Hội đồng", bold=True, indent=0)
members = [
    ("STT", "Họ và tên", "Chức vụ", "Chức danh trong Hội đồng"),
    ("1", "Ông Đỗ Quang Huy", "Phó Bí thư Huyện ủy, Chủ tịch Ủy ban nhân dân huyện", "Chủ tịch Hội đồng"),
    ("2", "Bà Nguyễn Thị Minh Hằng", "Phó Chủ tịch Ủy ban nhân dân huyện phụ trách văn hóa - xã hội",
     "Phó Chủ tịch Thường trực Hội đồng"),
    ("3", "Ông Trần Văn Dũng", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "Phó Chủ tịch Hội đồng"),
    ("4", "Ông Lê Đức Mạnh", "Trưởng phòng Nội vụ huyện", "Phó Chủ tịch Hội đồng"),
    ("5", "Ông Nguyễn Hữu Tâm", "Chánh Văn phòng HĐND và UBND huyện", "Ủy viên"),
    ("6", "Bà Phạm Thị Lan", "Trưởng phòng Tài chính - Kế hoạch huyện", "Ủy viên"),
    ("7", "Ông Vũ Đình Khải", "Trưởng phòng Giáo dục và Đào tạo huyện", "Ủy viên"),
    ("8", "Ông Ngô Văn Sơn", "Trưởng phòng Văn hóa, Khoa học và Thông tin huyện", "Ủy viên"),
    ("9", "Bà Đào Thị Thu", "Chủ tịch Liên đoàn Lao động huyện", "Ủy viên"),
    ("10", "Ông Hoàng Minh Quân", "Chủ tịch Hội Nông dân huyện", "Ủy viên"),
    ("11", "Bà Nguyễn Thị Hoa", "Chủ tịch Hội Liên hiệp Phụ nữ huyện", "Ủy viên"),
    ("12", "Ông Bùi Văn Tùng", "Bí thư Huyện đoàn Tiên Du", "Ủy viên"),
    ("13", "Bà Lưu Thị Ngọc", "Phó Trưởng phòng Nội vụ huyện", "Ủy viên, Thư ký Hội đồng"),
]
pdf.set_font("DejaVu", "", 10)
with pdf.table(col_widths=(10, 40, 68, 52), line_height=5, text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
               headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL") as table:
    for r in members:
        row = table.row()
        for v in r:
            row.cell(v)
pdf.ln(2)
para("2. Tổ Thư ký giúp việc Hội đồng (04 người)", bold=True, indent=0)
for x in ("- Bà Lưu Thị Ngọc, Phó Trưởng phòng Nội vụ huyện - Tổ trưởng;",
          "- Ông Đặng Văn Hưng, chuyên viên Phòng Nội vụ huyện;",
          "- Bà Trịnh Thu Trang, chuyên viên Văn phòng HĐND và UBND huyện;",
          "- Ông Phan Quốc Việt, chuyên viên Phòng Tài chính - Kế hoạch huyện."):
    para(x, indent=0)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
