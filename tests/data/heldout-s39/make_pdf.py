"""Generate docs/lam-dong-2025-quy-che-thi-dua-khen-thuong-hoi-phu-nu.pdf (held-out set S39).

Run: /work/main/.venv/bin/python make_pdf.py

A text PDF of 3 pages made with fpdf2, DejaVu Sans embedded. Page 1: the Quyết định of the Ban
Thường vụ Hội LHPN tỉnh Lâm Đồng (its own Điều 1-3, Nơi nhận, signature). Pages 2-3: the attached
Quy chế (Chương / Điều / khoản / điểm), with a ruled table of bonus coefficients and amounts whose
cells wrap onto several lines. Pages 2 and 3 carry a running header; every page has the footer
"Trang n/3". Each source line is printed as one line (the generator refuses a line that does not
fit), and the page breaks are placed by hand: page 2 ends inside the sentence of Điều 7.3.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "lam-dong-2025-quy-che-thi-dua-khen-thuong-hoi-phu-nu.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Quy chế thi đua, khen thưởng Hội LHPN tỉnh Lâm Đồng (kèm theo Quyết định số 112/QĐ-HPN)"
LH = 5.0


class Doc(FPDF):
    def header(self):
        if self.page_no() >= 2:
            self.set_font("DejaVu", "I", 8.5)
            self.cell(0, 5, RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")


pdf = Doc(format="A4")
pdf.add_font("DejaVu", "", FONT_DIR + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT_DIR + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT_DIR + "DejaVuSans-Oblique.ttf")
pdf.set_margins(20, 14, 18)
pdf.set_auto_page_break(False)
pdf.alias_nb_pages()
pdf.set_creation_date(datetime.datetime(2025, 5, 16, 9, 15, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Quyết định ban hành Quy chế thi đua, khen thưởng Hội LHPN tỉnh Lâm Đồng")
pdf.set_author("Hội LHPN tỉnh Lâm Đồng")
pdf.set_creator("Văn phòng Hội LHPN tỉnh Lâm Đồng")
pdf.set_producer("fpdf2")

SIZE = 9.4


def line(text, style="", align="L", size=SIZE):
    pdf.set_font("DejaVu", style, size)
    width = pdf.w - pdf.l_margin - pdf.r_margin
    if pdf.get_string_width(text) > width:
        raise SystemExit(f"line too long ({pdf.get_string_width(text):.1f} mm): {text}")
    pdf.cell(0, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")


def two(left, right, style_l="B", style_r="B", size=9.5):
    pdf.set_font("DejaVu", style_l, size)
    pdf.cell(70, LH, left, align="C")
    pdf.set_font("DejaVu", style_r, size)
    pdf.cell(0, LH, right, align="C", new_x="LMARGIN", new_y="NEXT")


def block(text, **kw):
    for l in text.strip("\n").split("\n"):
        line(l, **kw)


def check_bottom():
    if pdf.get_y() > pdf.h - 18:
        raise SystemExit(f"page {pdf.page_no()} overflows (y={pdf.get_y():.1f})")


# ------------------------------------------------------------------ page 1: the decision
pdf.add_page()
two("HỘI LHPN VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
two("HỘI LHPN TỈNH LÂM ĐỒNG", "Độc lập - Tự do - Hạnh phúc")
two("Số: 112/QĐ-HPN", "Đà Lạt, ngày 16 tháng 5 năm 2025", style_l="", style_r="I")
pdf.ln(4)
line("QUYẾT ĐỊNH", "B", "C", 11)
line("Về việc ban hành Quy chế thi đua, khen thưởng của Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng", "B", "C")
pdf.ln(2)
line("BAN THƯỜNG VỤ HỘI LIÊN HIỆP PHỤ NỮ TỈNH LÂM ĐỒNG", "B", "C")
pdf.ln(2)
block("""
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết
thi hành một số điều của Luật Thi đua, khen thưởng;
Căn cứ Hướng dẫn số 06/HD-ĐCT ngày 20/02/2024 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam
về công tác thi đua, khen thưởng trong hệ thống Hội;
Căn cứ Nghị quyết Hội nghị Ban Thường vụ Hội LHPN tỉnh ngày 08/5/2025;
Theo đề nghị của Trưởng Ban Tổ chức - Kiểm tra Hội LHPN tỉnh.
""", style="I")
pdf.ln(2)
line("QUYẾT ĐỊNH:", "B", "C")
block("""
Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Hội Liên hiệp Phụ nữ
tỉnh Lâm Đồng, gồm 04 chương, 12 điều.
Điều 2. Quyết định có hiệu lực kể từ ngày ký và thay thế Quyết định số 58/QĐ-HPN ngày 09/3/2020
của Ban Thường vụ Hội LHPN tỉnh ban hành Quy chế thi đua, khen thưởng. Các danh hiệu đã đăng ký
năm 2025 được xét theo Quy chế này.
Điều 3. Chánh Văn phòng, Trưởng các ban chuyên môn Hội LHPN tỉnh, Chủ tịch Hội LHPN các huyện,
thành phố Đà Lạt, thành phố Bảo Lộc và các tập thể, cá nhân có liên quan chịu trách nhiệm thi hành
Quyết định này./.
""")
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("DejaVu", "B", 9)
left = ["Nơi nhận:", "- Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c);", "- Thường trực Tỉnh ủy (b/c);",
        "- Ban Thi đua - Khen thưởng Sở Nội vụ;", "- Như Điều 3;", "- Lưu: VT, TC-KT."]
right = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "", "", "", "Lê Thị Hồng Nhung"]
for i, (a, b) in enumerate(zip(left, right)):
    pdf.set_font("DejaVu", "B" if i == 0 else "", 9)
    pdf.cell(95, LH, a)
    pdf.set_font("DejaVu", "B", 9.5)
    pdf.cell(0, LH, b, align="C", new_x="LMARGIN", new_y="NEXT")
check_bottom()

# ------------------------------------------------------------------ page 2: the Quy chế
pdf.add_page()
line("QUY CHẾ", "B", "C", 11)
line("Thi đua, khen thưởng của Hội Liên hiệp Phụ nữ tỉnh Lâm Đồng", "B", "C")
line("(Ban hành kèm theo Quyết định số 112/QĐ-HPN ngày 16/5/2025 của Ban Thường vụ Hội LHPN tỉnh)",
     "I", "C", 9)
pdf.ln(1)
line("Chương I", "B", "C")
line("QUY ĐỊNH CHUNG", "B", "C")
block("""
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy chế này quy định nội dung, tiêu chuẩn, thẩm quyền, hồ sơ, thủ tục thi đua, khen thưởng
trong hệ thống Hội LHPN tỉnh Lâm Đồng.
2. Quy chế áp dụng đối với cơ quan Hội LHPN tỉnh, Hội LHPN 12 huyện, thành phố, cán bộ, công chức,
người lao động hợp đồng từ 01 năm trở lên, hội viên và hộ gia đình hội viên tiêu biểu.
Điều 2. Nguyên tắc thi đua, khen thưởng
1. Tự nguyện, tự giác, công khai, đoàn kết, hợp tác; khen thưởng chính xác, kịp thời.
2. Tỷ lệ cá nhân là lãnh đạo, quản lý được đề nghị khen thưởng không quá 20% tổng số cá nhân.
3. Không xét khen thưởng cá nhân đang bị kỷ luật hoặc đang trong thời gian xem xét kỷ luật.
Điều 3. Thời gian tính thành tích
Thành tích được tính từ ngày 01 tháng 10 năm trước đến ngày 30 tháng 9 của năm xét khen thưởng.
""")
line("Chương II", "B", "C")
line("DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", "B", "C")
block("""
Điều 4. Danh hiệu thi đua
1. Danh hiệu cá nhân: "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở".
2. Danh hiệu tập thể: "Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc".
3. "Chiến sĩ thi đua cơ sở" xét không quá 15% số cá nhân đạt "Lao động tiên tiến".
Điều 5. Hình thức khen thưởng
1. Giấy khen của Ban Thường vụ Hội LHPN tỉnh.
2. Đề nghị Bằng khen, Cờ thi đua của Trung ương Hội LHPN Việt Nam.
3. Đề nghị Bằng khen của Chủ tịch UBND tỉnh Lâm Đồng.
Điều 6. Tiêu chuẩn Giấy khen của Ban Thường vụ Hội LHPN tỉnh
1. Đối với cá nhân: hoàn thành xuất sắc nhiệm vụ, có thành tích tiêu biểu được bình chọn.
2. Đối với Hội LHPN cấp huyện:
a) Hoàn thành từ 95% chỉ tiêu công tác Hội được giao trở lên;
b) Phát triển mới hội viên đạt ít nhất 3% so với tổng số hội viên đầu năm;
c) Không có cơ sở Hội xếp loại "Yếu".
Điều 7. Tiêu chuẩn đề nghị khen thưởng cấp trên
1. Bằng khen của Trung ương Hội: cá nhân có 02 năm liên tục được tặng Giấy khen của Ban Thường
vụ Hội LHPN tỉnh và hoàn thành xuất sắc nhiệm vụ.
2. Cờ thi đua của Trung ương Hội đối với Hội LHPN cấp huyện:
a) Dẫn đầu Cụm thi đua và được Cụm suy tôn với số phiếu từ 80% trở lên;
b) Có ít nhất 01 mô hình hỗ trợ phụ nữ khởi nghiệp được nhân rộng trong tỉnh.
3. Mỗi năm Hội LHPN tỉnh đề nghị không quá 01 Cờ thi đua, 05 Bằng khen của Trung ương Hội
""")
check_bottom()

# ------------------------------------------------------------------ page 3 (the sentence of Điều 7.3 runs on)
pdf.add_page()
block("""
và 02 Bằng khen của Chủ tịch UBND tỉnh Lâm Đồng cho tập thể, cá nhân của Hội.
""")
line("Chương III", "B", "C")
line("MỨC TIỀN THƯỞNG VÀ QUỸ THI ĐUA, KHEN THƯỞNG", "B", "C")
block("""
Điều 8. Mức tiền thưởng
1. Tiền thưởng tính theo mức lương cơ sở 2.340.000 đồng, làm tròn đến hàng nghìn đồng:
""")
# ruled table with wrapped cells
rows = [
    ("STT", "Danh hiệu, hình thức khen thưởng", "Đối tượng", "Hệ số so với mức lương cơ sở",
     "Mức tiền (đồng)"),
    ("1", "Lao động tiên tiến", "Cá nhân", "0,3", "702.000"),
    ("2", "Chiến sĩ thi đua cơ sở", "Cá nhân", "1,0", "2.340.000"),
    ("3", "Tập thể lao động tiên tiến", "Ban chuyên môn, Hội LHPN cấp huyện", "0,8", "1.872.000"),
    ("4", "Tập thể lao động xuất sắc", "Ban chuyên môn, Hội LHPN cấp huyện", "1,5", "3.510.000"),
    ("5", "Giấy khen của Ban Thường vụ Hội LHPN tỉnh", "Cá nhân, hội viên, hộ gia đình tiêu biểu",
     "0,3", "702.000"),
    ("6", "Giấy khen của Ban Thường vụ Hội LHPN tỉnh", "Tập thể", "0,6", "1.404.000"),
]
pdf.set_font("DejaVu", "", 8.8)
with pdf.table(col_widths=(10, 52, 48, 30, 30), line_height=4.3,
               text_align=("CENTER", "LEFT", "LEFT", "CENTER", "RIGHT"),
               headings_style=FontFace(emphasis="BOLD"), first_row_as_headings=True,
               borders_layout="ALL", padding=1) as table:
    for r in rows:
        row = table.row()
        for v in r:
            row.cell(v)
pdf.ln(1)
block("""
2. Cá nhân, tập thể đạt nhiều danh hiệu trong năm được nhận tiền thưởng của danh hiệu cao nhất.
Điều 9. Quỹ thi đua, khen thưởng
1. Quỹ được bố trí từ dự toán ngân sách cấp cho Hội LHPN tỉnh; dự toán năm 2025 là 96.000.000 đồng.
2. Văn phòng Hội LHPN tỉnh quản lý, sử dụng và quyết toán Quỹ trước ngày 31 tháng 12 hằng năm.
""")
line("Chương IV", "B", "C")
line("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG, HỒ SƠ VÀ THỜI HẠN", "B", "C")
block("""
Điều 10. Hội đồng Thi đua - Khen thưởng
1. Hội đồng Thi đua - Khen thưởng Hội LHPN tỉnh có 07 thành viên:
a) Chủ tịch Hội đồng: Chủ tịch Hội LHPN tỉnh;
b) Phó Chủ tịch Hội đồng: 02 Phó Chủ tịch Hội LHPN tỉnh;
c) Ủy viên thường trực: Trưởng Ban Tổ chức - Kiểm tra; các ủy viên là Chánh Văn phòng và
Trưởng các ban Tuyên giáo, Gia đình - Xã hội, Kinh tế.
2. Hội đồng họp khi có ít nhất 2/3 số thành viên tham dự; tập thể, cá nhân được đề nghị khen
thưởng khi có từ 70% trở lên số thành viên Hội đồng đồng ý (bỏ phiếu kín).
Điều 11. Hồ sơ, thời hạn và nơi nhận
1. Hồ sơ đề nghị khen thưởng gồm:
a) Tờ trình của Hội LHPN cấp huyện hoặc ban chuyên môn;
b) Biên bản họp xét thi đua, khen thưởng;
c) Báo cáo thành tích có xác nhận của cấp trình khen theo mẫu của Nghị định số 98/2023/NĐ-CP.
Hồ sơ Giấy khen lập 02 bộ; hồ sơ đề nghị khen thưởng cấp trên lập 03 bộ bản chính.
2. Hội LHPN cấp huyện gửi hồ sơ trước ngày 15 tháng 10 hằng năm. Trong 07 ngày làm việc kể từ
ngày nhận đủ hồ sơ, Ban Tổ chức - Kiểm tra thẩm định và trình Hội đồng; kết quả được thông báo
trong 10 ngày làm việc kể từ ngày Hội đồng họp.
3. Nơi nhận hồ sơ: Ban Tổ chức - Kiểm tra Hội LHPN tỉnh, phòng 203, số 14 đường Trần Hưng Đạo,
phường 10, thành phố Đà Lạt; điện thoại 0263.3822.416; thư điện tử tckt.hoiphunu@lamdong.gov.vn.
Điều 12. Điều khoản thi hành
1. Ban Tổ chức - Kiểm tra hướng dẫn, kiểm tra việc thực hiện Quy chế này; Văn phòng bảo đảm
kinh phí khen thưởng theo Điều 9.
2. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Tổ chức - Kiểm tra
(đồng chí Phạm Thị Thanh Thủy, Phó Trưởng ban, điện thoại 0918.347.205) để tổng hợp, báo cáo
Ban Thường vụ xem xét, sửa đổi, bổ sung cho phù hợp./.
""")
check_bottom()
pdf.output(OUT)
print("wrote", OUT, "pages", pdf.page_no())
