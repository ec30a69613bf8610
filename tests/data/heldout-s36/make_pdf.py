"""Generate docs/ca-mau-2024-ke-hoach-khen-thuong-cong-doan.pdf (held-out set S36).

Run: /work/main/.venv/bin/python make_pdf.py

Kế hoạch 86/KH-LĐLĐ of the Ban Thường vụ Liên đoàn Lao động tỉnh Cà Mau (05/11/2024) on the
year-end review and awards of 2024. Three A4 pages, DejaVu Sans embedded. Things that are hard
for text extraction, on purpose:
- a running header on every page ("LĐLĐ tỉnh Cà Mau - Kế hoạch số 86/KH-LĐLĐ ...") and a footer
  "Trang n/3";
- the two-column header (organisation | Quốc hiệu) printed side by side;
- paragraphs wrapped by fpdf2 (multi_cell), so sentences run across printed lines and one runs
  across the page break between pages 1 and 2 (the break falls where fpdf2 puts it; the test
  in check.py verifies that it falls inside a sentence);
- a bordered table (section IV) whose cells wrap on several lines;
- Nơi nhận and the signature side by side.
All names, numbers, addresses, phones and e-mails are invented.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.enums import XPos, YPos

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ca-mau-2024-ke-hoach-khen-thuong-cong-doan.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "LĐLĐ tỉnh Cà Mau - Kế hoạch số 86/KH-LĐLĐ ngày 05/11/2024"
SIZE, LH = 10.5, 5.6


class Doc(FPDF):
    def header(self):
        self.set_font("DejaVu", "I", 8)
        self.set_text_color(90, 90, 90)
        self.cell(0, 4, RUNNING, align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.line(self.l_margin, self.get_y() + 0.5, self.w - self.r_margin, self.get_y() + 0.5)
        self.ln(4)
        self.set_text_color(0, 0, 0)
        self.set_font("DejaVu", "", SIZE)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")
        self.set_font("DejaVu", "", SIZE)


pdf = Doc(format="A4")
pdf.set_margins(22, 14, 16)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_creation_date(datetime.datetime(2024, 11, 5, 8, 15, tzinfo=datetime.timezone.utc))
pdf.set_title("Kế hoạch tổng kết công tác thi đua, khen thưởng năm 2024")
pdf.set_author("Liên đoàn Lao động tỉnh Cà Mau")
pdf.set_producer("fpdf2")
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def two_cols(left, right, style_l="", style_r="", size=SIZE):
    y = pdf.get_y()
    pdf.set_font("DejaVu", style_l, size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(W * 0.42, LH, left, align="C")
    pdf.set_font("DejaVu", style_r, size)
    pdf.set_xy(pdf.l_margin + W * 0.42, y)
    pdf.cell(W * 0.58, LH, right, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def centre(text, style="B", size=SIZE):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, LH, text, align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", SIZE)


def head(text):
    pdf.set_font("DejaVu", "B", SIZE)
    pdf.multi_cell(W, LH, text, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVu", "", SIZE)


def par(text, indent=8, style=""):
    pdf.set_font("DejaVu", style, SIZE)
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(W, LH, " " * 0 + text, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT,
                   padding=(0, 0, 0, 0))
    pdf.set_font("DejaVu", "", SIZE)


# ------------------------------------------------------------------ header block
two_cols("TỔNG LĐLĐ VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "B", 9.5)
two_cols("LĐLĐ TỈNH CÀ MAU", "Độc lập - Tự do - Hạnh phúc", "B", "B", 9.5)
two_cols("Số: 86/KH-LĐLĐ", "Cà Mau, ngày 05 tháng 11 năm 2024", "", "I", 9.5)
pdf.ln(3)
centre("KẾ HOẠCH", "B", 12)
centre("Tổng kết công tác thi đua, khen thưởng năm 2024 và xét khen thưởng\n"
       "trong công nhân, viên chức, lao động tỉnh Cà Mau")
pdf.ln(2)
par("Căn cứ Luật Thi đua, khen thưởng năm 2022; Quy chế khen thưởng của Tổng Liên đoàn Lao động Việt "
    "Nam ban hành kèm theo Quyết định số 8897/QĐ-TLĐ ngày 12/01/2024; Quy chế thi đua, khen thưởng "
    "của Liên đoàn Lao động tỉnh ban hành kèm theo Quyết định số 412/QĐ-LĐLĐ ngày 18/3/2024, Ban "
    "Thường vụ Liên đoàn Lao động (LĐLĐ) tỉnh Cà Mau ban hành Kế hoạch tổng kết công tác thi đua, "
    "khen thưởng năm 2024 như sau:")

head("I. MỤC ĐÍCH, YÊU CẦU")
par("1. Mục đích: đánh giá kết quả phong trào thi đua trong công nhân, viên chức, lao động năm 2024; "
    "lựa chọn tập thể, cá nhân tiêu biểu để khen thưởng và đề nghị Tổng Liên đoàn Lao động Việt Nam "
    "khen thưởng.")
par("2. Yêu cầu: việc bình xét phải dân chủ, công khai, đúng tiêu chuẩn; hồ sơ đúng mẫu, đúng thời "
    "hạn. Công đoàn cơ sở không được xếp loại \u201cHoàn thành tốt nhiệm vụ\u201d trở lên thì không "
    "đề nghị khen thưởng cho tập thể công đoàn cơ sở đó.")

head("II. ĐỐI TƯỢNG, TIÊU CHUẨN VÀ SỐ LƯỢNG KHEN THƯỞNG")
par("1. Cờ thi đua của Ban Chấp hành LĐLĐ tỉnh")
par("a) Tặng cho LĐLĐ huyện, thành phố, Công đoàn ngành và công đoàn cơ sở trực thuộc dẫn đầu "
    "khối thi đua, được các đơn vị trong khối suy tôn.")
par("b) Mỗi khối thi đua được xét không quá 01 Cờ thi đua; khối có từ 10 đơn vị trở lên được xét "
    "02 Cờ thi đua.")
par("2. Bằng khen của Ban Chấp hành LĐLĐ tỉnh")
par("a) Tập thể: công đoàn cơ sở có 02 năm liên tục được xếp loại \u201cHoàn thành xuất sắc nhiệm "
    "vụ\u201d, có tỷ lệ đoàn viên đạt từ 95% trở lên so với tổng số lao động của đơn vị.")
par("b) Cá nhân: đoàn viên công đoàn có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, có đóng góp "
    "trong phát triển đoàn viên, thành lập công đoàn cơ sở hoặc có sáng kiến được công nhận.")
par("c) Cá nhân là cán bộ công đoàn chuyên trách không quá 20% tổng số cá nhân được đề nghị của mỗi "
    "đơn vị; công nhân, người lao động trực tiếp sản xuất chiếm ít nhất 30%.")
par("3. Bằng khen, Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam")
par("a) Lựa chọn trong số tập thể, cá nhân đã được tặng Bằng khen của Ban Chấp hành LĐLĐ tỉnh từ "
    "02 lần trở lên trong 05 năm gần nhất.")
par("b) Mỗi LĐLĐ huyện, thành phố, Công đoàn ngành đề nghị không quá 01 tập thể và 02 cá nhân; "
    "công đoàn cơ sở trực thuộc đề nghị không quá 01 cá nhân.")
par("c) Cờ thi đua của Tổng Liên đoàn chỉ xét cho đơn vị được Cờ thi đua của Ban Chấp hành LĐLĐ "
    "tỉnh năm 2024 và có tổng điểm thi đua cao nhất khối.")
par("4. Giấy khen của Ban Thường vụ LĐLĐ huyện, thành phố, Công đoàn ngành thực hiện theo quy chế "
    "của từng đơn vị; không gửi hồ sơ đề nghị Giấy khen về LĐLĐ tỉnh.")

head("III. HỒ SƠ, THỦ TỤC")
par("1. Thành phần hồ sơ")
par("a) Tờ trình của Ban Thường vụ công đoàn cấp trên cơ sở hoặc của Ban Chấp hành công đoàn cơ sở "
    "trực thuộc, kèm danh sách trích ngang tập thể, cá nhân;")
par("b) Biên bản họp xét khen thưởng, ghi rõ số phiếu đồng ý của từng trường hợp; tập thể, cá "
    "nhân được đề nghị phải đạt từ 70% số phiếu đồng ý trở lên;")
par("c) Báo cáo thành tích của tập thể, cá nhân có xác nhận của công đoàn cấp trên trực tiếp, theo "
    "Mẫu số 01 (tập thể) và Mẫu số 02 (cá nhân) của Hướng dẫn số 09/HD-LĐLĐ ngày 20/3/2024;")
par("d) Đối với Bằng khen, Cờ thi đua của Tổng Liên đoàn: thêm bản tóm tắt thành tích không quá "
    "01 trang và tệp điện tử của toàn bộ hồ sơ.")
par("2. Số bộ hồ sơ: đề nghị Cờ thi đua, Bằng khen của Ban Chấp hành LĐLĐ tỉnh nộp 01 bộ; đề nghị "
    "Bằng khen, Cờ thi đua của Tổng Liên đoàn nộp 03 bộ bản chính.")
par("3. Nơi nhận hồ sơ: Ban Tổ chức LĐLĐ tỉnh (cơ quan thường trực Hội đồng Thi đua - Khen thưởng "
    "LĐLĐ tỉnh), phòng 302, tầng 3, trụ sở LĐLĐ tỉnh, số 120 đường Phan Ngọc Hiển, Phường 5, thành "
    "phố Cà Mau; điện thoại 0290.3831.562; thư điện tử bantochuc.ldld@camau.gov.vn.")
par("4. Hồ sơ gửi sau thời hạn hoặc không đúng mẫu không được xem xét; Ban Tổ chức thông báo bằng "
    "văn bản cho đơn vị trong 03 ngày làm việc kể từ ngày nhận hồ sơ.")

head("IV. TIẾN ĐỘ THỰC HIỆN")
par("Các đơn vị thực hiện theo tiến độ dưới đây; thời hạn tính theo ngày Ban Tổ chức nhận hồ sơ, "
    "không tính theo dấu bưu điện.")
rows = [
    ("STT", "Nội dung công việc", "Đơn vị thực hiện", "Thời hạn"),
    ("1", "Bình xét, đánh giá, xếp loại công đoàn cơ sở năm 2024",
     "Công đoàn cơ sở; công đoàn cấp trên cơ sở", "Trước ngày 30/11/2024"),
    ("2", "Gửi hồ sơ đề nghị Bằng khen, Cờ thi đua của Tổng Liên đoàn Lao động Việt Nam",
     "LĐLĐ huyện, thành phố; Công đoàn ngành; công đoàn cơ sở trực thuộc", "Trước ngày 06/12/2024"),
    ("3", "Gửi hồ sơ đề nghị Cờ thi đua, Bằng khen của Ban Chấp hành LĐLĐ tỉnh",
     "LĐLĐ huyện, thành phố; Công đoàn ngành; công đoàn cơ sở trực thuộc", "Trước ngày 16/12/2024"),
    ("4", "Thẩm định hồ sơ, tổng hợp trình Hội đồng Thi đua - Khen thưởng LĐLĐ tỉnh",
     "Ban Tổ chức LĐLĐ tỉnh", "Trong 07 ngày làm việc kể từ ngày hết hạn nhận hồ sơ"),
    ("5", "Họp Hội đồng Thi đua - Khen thưởng; ban hành quyết định khen thưởng",
     "Thường trực LĐLĐ tỉnh", "Trước ngày 10/01/2025"),
    ("6", "Hội nghị tổng kết phong trào công nhân, viên chức, lao động năm 2024",
     "Văn phòng LĐLĐ tỉnh; Ban Tổ chức", "Dự kiến ngày 17/01/2025"),
]
pdf.set_font("DejaVu", "", 9.5)
with pdf.table(col_widths=(10, 70, 55, 37), line_height=4.8, text_align=("CENTER", "LEFT", "LEFT", "LEFT"),
               first_row_as_headings=True) as table:
    for r in rows:
        row = table.row()
        for c in r:
            row.cell(c)
pdf.set_font("DejaVu", "", SIZE)
pdf.ln(2)

head("V. MỨC THƯỞNG VÀ KINH PHÍ")
par("1. Tiền thưởng kèm theo Cờ thi đua của Ban Chấp hành LĐLĐ tỉnh là 3.000.000 đồng; kèm theo "
    "Bằng khen của Ban Chấp hành LĐLĐ tỉnh: tập thể 1.500.000 đồng, cá nhân 800.000 đồng.")
par("2. Tiền thưởng kèm theo Bằng khen, Cờ thi đua của Tổng Liên đoàn thực hiện theo quy định của "
    "Tổng Liên đoàn Lao động Việt Nam.")
par("3. Kinh phí khen thưởng và tổ chức hội nghị tổng kết chi từ nguồn tài chính công đoàn của LĐLĐ "
    "tỉnh năm 2024, tổng dự toán 185.000.000 đồng.")

head("VI. TỔ CHỨC THỰC HIỆN")
par("1. Ban Tổ chức LĐLĐ tỉnh hướng dẫn, tiếp nhận, thẩm định hồ sơ; tổng hợp kết quả, tham mưu Ban "
    "Thường vụ khen thưởng và đề nghị Tổng Liên đoàn khen thưởng.")
par("2. Ban Tài chính LĐLĐ tỉnh chi trả tiền thưởng cho các tập thể, cá nhân trước ngày 31/01/2025.")
par("3. LĐLĐ huyện, thành phố, Công đoàn ngành, công đoàn cơ sở trực thuộc tổ chức bình xét; công khai "
    "danh sách đề nghị khen thưởng tại đơn vị ít nhất 05 ngày làm việc trước khi gửi hồ sơ.")
par("4. Văn phòng LĐLĐ tỉnh chuẩn bị Hội nghị tổng kết; in Bằng khen, Cờ thi đua; mời đại biểu.")
par("Quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ đồng chí Lâm Thị Kiều Oanh, Phó Trưởng "
    "Ban Tổ chức LĐLĐ tỉnh, điện thoại 0913.642.178./.")
pdf.ln(3)
y = pdf.get_y()
left = ["Nơi nhận:", "- Tổng LĐLĐ Việt Nam (Ban TĐKT);", "- Sở Nội vụ (Ban TĐKT);",
        "- LĐLĐ huyện, TP, CĐ ngành, CĐCS trực thuộc;", "- Lưu: VT, ToC."]
right = ["TM. BAN THƯỜNG VỤ", "PHÓ CHỦ TỊCH", "(Đã ký)", "", "Nguyễn Thị Mỹ Xuyên"]
for i, (l, r) in enumerate(zip(left, right)):
    pdf.set_xy(pdf.l_margin, y + i * LH)
    pdf.set_font("DejaVu", "B" if i == 0 else "", 9.5)
    pdf.cell(W * 0.5, LH, l)
    pdf.set_xy(pdf.l_margin + W * 0.5, y + i * LH)
    pdf.set_font("DejaVu", "B" if i in (0, 1, 4) else "I", SIZE)
    pdf.cell(W * 0.5, LH, r, align="C")
os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
