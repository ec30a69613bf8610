"""Generate the PDF of held-out set S44 (run with /work/main/.venv/bin/python make_pdf.py).

Thông báo 46/TB-UBND of the Ủy ban nhân dân thành phố Sầm Sơn (Thanh Hóa, 14/02/2025): results of the
scoring of the emulation blocs (khối thi đua) for 2024. Each source line below is one printed line; "<<PAGE>>"
forces a page break (placed inside the sentence of item 2.b). A ruled table (pdf.table) with wrapping cells
lists the leading units of each bloc. Pages 2+ carry a running header; every page ends with "Trang n/N".
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "sam-son-2025-thong-bao-ket-qua-cham-diem-khoi-thi-dua.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
RUNNING = "UBND thành phố Sầm Sơn - Thông báo số 46/TB-UBND ngày 14/02/2025"
LH = 6.0


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8.5)
            self.cell(0, 5, RUNNING, align="R", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(4)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 8, f"Trang {self.page_no()}/{{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_margins(22, 18, 18)
pdf.set_auto_page_break(False)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.set_creation_date(datetime.datetime(2025, 2, 14, 9, 15, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Thông báo kết quả chấm điểm, xếp hạng thi đua các khối thi đua năm 2024")
pdf.set_author("UBND thành phố Sầm Sơn")
pdf.add_page()
BOTTOM = pdf.h - 24


def ensure(h=LH):
    if pdf.get_y() + h > BOTTOM:
        pdf.add_page()


def two_cols(left, right, bold_left=False, bold_right=False, size=10.5):
    ensure()
    y = pdf.get_y()
    half = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    pdf.set_font("DejaVu", "B" if bold_left else "", size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(half - 10, LH, left, align="C")
    pdf.set_font("DejaVu", "B" if bold_right else "", size)
    pdf.set_xy(pdf.l_margin + half - 10, y)
    pdf.cell(half + 10, LH, right, align="C")
    pdf.set_xy(pdf.l_margin, y + LH)


def line(text, bold=False, center=False, size=11):
    ensure()
    pdf.set_font("DejaVu", "B" if bold else "", size)
    pdf.cell(0, LH, text, align="C" if center else "L", new_x="LMARGIN", new_y="NEXT")


two_cols("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, True)
two_cols("THÀNH PHỐ SẦM SƠN", "Độc lập - Tự do - Hạnh phúc", True, True)
two_cols("Số: 46/TB-UBND", "Sầm Sơn, ngày 14 tháng 02 năm 2025")
pdf.ln(3)
line("THÔNG BÁO", bold=True, center=True, size=12)
line("Kết quả chấm điểm, xếp hạng thi đua các khối thi đua năm 2024", bold=True, center=True)
pdf.ln(2)

BODY1 = """Căn cứ Quyết định số 1245/QĐ-UBND ngày 20/3/2024 của UBND thành phố Sầm Sơn ban hành
Quy định tổ chức hoạt động và tiêu chí chấm điểm của các khối thi đua thuộc thành phố;
Căn cứ kết quả thẩm định của Tổ thẩm định và ý kiến thống nhất của Hội đồng Thi đua - Khen
thưởng thành phố tại phiên họp ngày 10/02/2025, Ủy ban nhân dân thành phố thông báo như sau:
1. Tổ chức chấm điểm thi đua năm 2024
a) Năm 2024, thành phố có 04 khối thi đua với 38 đơn vị: Khối I gồm 08 phường; Khối II gồm
03 xã; Khối III gồm 12 cơ quan chuyên môn; Khối IV gồm 15 đơn vị sự nghiệp, Đảng, đoàn thể.
b) Thang điểm chấm là 100 điểm, gồm 70 điểm thực hiện nhiệm vụ chính trị, 20 điểm công tác
thi đua, khen thưởng và 10 điểm thưởng; đơn vị chậm gửi báo cáo bị trừ 03 điểm.
c) Các đơn vị tự chấm điểm; Tổ thẩm định chấm điểm từ ngày 13/01/2025 đến ngày 24/01/2025.
d) Đơn vị có tổng điểm thẩm định dưới 80 điểm không được xếp hạng Nhất, Nhì trong khối.
2. Kết quả chấm điểm và xếp hạng
a) Kết quả chấm điểm, xếp hạng của các đơn vị dẫn đầu mỗi khối như sau:"""

BODY2 = """b) Kết quả chấm điểm của 38 đơn vị được đăng tải đầy đủ trên Cổng thông tin điện tử thành phố
<<PAGE>>
tại địa chỉ samson.thanhhoa.gov.vn, chuyên mục Thi đua - Khen thưởng.
c) Phường Quảng Tiến bị trừ 03 điểm do chậm gửi báo cáo tự chấm điểm.
3. Đề nghị khen thưởng
a) Đơn vị xếp hạng Nhất của mỗi khối được đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua hoặc
Bằng khen theo cột "Đề nghị khen thưởng" tại bảng ở mục 2.
b) Đơn vị xếp hạng Nhì, Ba được Chủ tịch UBND thành phố tặng Giấy khen, kèm tiền thưởng
1.404.000 đồng/đơn vị.
c) Đơn vị xếp hạng cuối mỗi khối không được xét danh hiệu Tập thể lao động xuất sắc năm 2024.
4. Kiến nghị về kết quả chấm điểm
a) Trong thời hạn 05 ngày làm việc kể từ ngày nhận Thông báo này, chậm nhất ngày 21/02/2025,
đơn vị có ý kiến khác về kết quả chấm điểm gửi văn bản kiến nghị kèm theo tài liệu
minh chứng về Phòng Nội vụ thành phố.
b) Phòng Nội vụ thành phố (cơ quan thường trực Hội đồng Thi đua - Khen thưởng) đặt tại tầng 3
trụ sở HĐND - UBND thành phố, số 02 đường Hồ Xuân Hương, phường Trường Sơn; thư điện tử
tdkt.samson@thanhhoa.gov.vn; điện thoại 0237.3821.468.
c) Hội đồng xem xét, trả lời bằng văn bản trong thời hạn 07 ngày làm việc kể từ ngày nhận kiến
nghị; kiến nghị gửi sau thời hạn nêu trên không được xem xét.
5. Lễ tổng kết và trao thưởng
a) Lễ tổng kết phong trào thi đua năm 2024 tổ chức vào 08 giờ 00 ngày 28/02/2025 tại Hội
trường Trung tâm Văn hóa - Thông tin và Thể thao thành phố.
b) Chủ tịch UBND thành phố trao Giấy khen cho các đơn vị xếp hạng Nhì, Ba; mỗi đơn vị cử
01 lãnh đạo và 01 cán bộ làm công tác thi đua dự Lễ tổng kết.
c) Kinh phí tổ chức Lễ tổng kết là 85.000.000 đồng, từ nguồn ngân sách thành phố năm 2025.
6. Tổ chức thực hiện
a) Phòng Nội vụ hoàn thiện hồ sơ đề nghị Chủ tịch UBND tỉnh khen thưởng, trình trước ngày
10/3/2025; mỗi đơn vị được đề nghị gửi 03 bộ hồ sơ về Phòng Nội vụ trước ngày 03/3/2025.
b) Văn phòng HĐND và UBND thành phố đăng tải Thông báo này trên Cổng thông tin điện tử.
c) Đầu mối liên hệ: bà Lê Thị Hằng, chuyên viên Phòng Nội vụ, điện thoại 0912.457.308.
d) Năm 2025, các khối thi đua tiếp tục chấm điểm theo Quyết định số 1245/QĐ-UBND nêu trên.
Ủy ban nhân dân thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./."""


def body(text):
    for ln in text.split("\n"):
        if ln == "<<PAGE>>":
            pdf.add_page()
            continue
        line(ln)


body(BODY1)
pdf.ln(1)

TABLE = [
    ("Khối I - Các phường",),
    ("1", "Phường Trường Sơn", "97,5", "96,8", "Nhất", "Cờ thi đua của UBND tỉnh"),
    ("2", "Phường Quảng Tiến", "95,0", "92,0", "Nhì", "Giấy khen của Chủ tịch UBND thành phố"),
    ("3", "Phường Bắc Sơn", "93,5", "91,4", "Ba", "Giấy khen của Chủ tịch UBND thành phố"),
    ("Khối II - Các xã",),
    ("4", "Xã Quảng Hùng", "94,0", "93,2", "Nhất", "Bằng khen của Chủ tịch UBND tỉnh"),
    ("5", "Xã Quảng Minh", "92,5", "90,6", "Nhì", "Giấy khen của Chủ tịch UBND thành phố"),
    ("Khối III - Cơ quan chuyên môn",),
    ("6", "Phòng Văn hóa, Khoa học và Thông tin", "96,0", "95,5", "Nhất", "Cờ thi đua của UBND tỉnh"),
    ("7", "Phòng Tài chính - Kế hoạch", "95,5", "94,7", "Nhì", "Giấy khen của Chủ tịch UBND thành phố"),
    ("Khối IV - Đơn vị sự nghiệp, Đảng, đoàn thể",),
    ("8", "Trung tâm Văn hóa - Thông tin và Thể thao", "95,0", "94,1", "Nhất", "Bằng khen của Chủ tịch UBND tỉnh"),
    ("9", "Ban Quản lý dự án đầu tư xây dựng thành phố", "93,0", "92,3", "Nhì", "Giấy khen của Chủ tịch UBND thành phố"),
]
pdf.set_font("DejaVu", "", 9.5)
with pdf.table(col_widths=(9, 50, 18, 20, 16, 47), line_height=5, text_align=("CENTER", "LEFT", "CENTER",
               "CENTER", "CENTER", "LEFT"), headings_style=FontFace(emphasis="BOLD")) as t:
    t.row(("STT", "Đơn vị", "Điểm tự chấm", "Điểm thẩm định", "Xếp hạng", "Đề nghị khen thưởng"))
    for r in TABLE:
        row = t.row()
        if len(r) == 1:
            row.cell(r[0], colspan=6, style=FontFace(emphasis="BOLD"))
        else:
            for v in r:
                row.cell(v)
pdf.ln(2)
body(BODY2)
pdf.ln(3)
for left, right in (("Nơi nhận:", "KT. CHỦ TỊCH"), ("- Ban Thi đua - Khen thưởng tỉnh;", "PHÓ CHỦ TỊCH"),
                    ("- TT Thành ủy, TT HĐND thành phố;", ""), ("- CT, các PCT UBND thành phố;", "(đã ký)"),
                    ("- 38 đơn vị thuộc các khối thi đua;", ""), ("- Lưu: VT, NV.", "Đỗ Văn Khánh")):
    ensure()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(85, 5.2, left)
    pdf.set_font("DejaVu", "B", 10.5)
    pdf.set_xy(pdf.l_margin + 85, y)
    pdf.cell(0, 5.2, right, align="C")
    pdf.set_xy(pdf.l_margin, y + 5.2)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
