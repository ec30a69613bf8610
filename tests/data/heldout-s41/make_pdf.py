"""Generate docs/tan-an-2024-bao-cao-tong-ket-thi-dua-khen-thuong.pdf (held-out set S41).

Run: /work/main/.venv/bin/python make_pdf.py

fpdf2 with DejaVu Sans embedded; 3 pages; each source line below is one printed line; a running
header on pages 2 and 3; "Trang n/3" at the bottom of every page; one ruled table whose cells wrap;
the sentence before "##PAGE" runs across the page break. Creation date before 01/07/2025.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "tan-an-2024-bao-cao-tong-ket-thi-dua-khen-thuong.pdf")
FONTS = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Báo cáo số 236/BC-BTĐKT ngày 12/12/2024 của Ban Thi đua - Khen thưởng thành phố Tân An"

HEADER_ROWS = [
    ("ỦY BAN NHÂN DÂN THÀNH PHỐ TÂN AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("BAN THI ĐUA - KHEN THƯỞNG", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 236/BC-BTĐKT", "Tân An, ngày 12 tháng 12 năm 2024"),
]

BODY = """\
#BÁO CÁO
#Tổng kết công tác thi đua, khen thưởng năm 2024
#và phương hướng, nhiệm vụ năm 2025
Thực hiện Kế hoạch số 18/KH-UBND ngày 22/01/2024 của Ủy ban nhân dân thành phố về công
tác thi đua, khen thưởng năm 2024, Ban Thi đua - Khen thưởng thành phố báo cáo kết quả
như sau:
*I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA NĂM 2024
*1. Công tác chỉ đạo, triển khai
Ủy ban nhân dân thành phố ban hành 06 kế hoạch phát động thi đua theo đợt, chuyên đề;
100% trong số 38 cơ quan, đơn vị và 14 phường, xã đăng ký thi đua và ký giao ước thi
đua trong 05 khối thi đua. Hội nghị phát động thi đua năm 2024 tổ chức ngày 26/01/2024.
*2. Các phong trào thi đua trọng tâm
a) Phong trào "Tân An chung sức xây dựng nông thôn mới": xã An Vĩnh Ngãi được công
nhận đạt chuẩn nông thôn mới kiểu mẫu; vận động Nhân dân hiến 12.400 m² đất làm đường.
b) Phong trào "Vì người nghèo - Không để ai bị bỏ lại phía sau": vận động Quỹ Vì người
nghèo được 1.250.000.000 đồng, xây mới và sửa chữa 38 căn nhà đại đoàn kết; tỷ lệ hộ
nghèo còn 0,21%.
c) Phong trào "Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở": 100%
cơ quan hành chính thực hiện quy tắc ứng xử; không có công chức bị kỷ luật.
d) Phong trào thi đua chuyển đổi số: tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt
96,5%; 14/14 phường, xã vận hành bộ phận một cửa điện tử.
*3. Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến
Qua các phong trào, thành phố phát hiện 126 điển hình tiên tiến và 18 mô hình mới;
Hội nghị biểu dương điển hình tiên tiến tổ chức ngày 28/8/2024, tuyên dương 45 tập thể,
cá nhân. Báo Long An và Đài Truyền thanh thành phố đăng 64 tin, bài về gương điển hình,
góp phần lan tỏa phong trào thi đua trong cán bộ, công chức và Nhân dân; các phường,
xã đều có chuyên mục "Người tốt, việc tốt" trên trang thông tin điện tử và trên hệ
thống loa truyền thanh cơ sở, được cập nhật hằng tháng từ tháng 3/2024 đến nay.
*II. CÔNG TÁC KHEN THƯỞNG
*1. Kết quả khen thưởng
Năm 2024, Chủ tịch Ủy ban nhân dân thành phố khen thưởng theo thẩm quyền và trình cấp
trên khen thưởng cho các tập thể, cá nhân theo bảng tổng hợp dưới đây (số liệu tính
đến ngày 30/11/2024), trong đó hình thức do cấp trên quyết định được ghi rõ cơ quan
##PAGE
quyết định tặng thưởng:
##TABLE
Ngoài ra, Chủ tịch Ủy ban nhân dân thành phố tặng 29 Thư khen cho học sinh đạt giải
cấp tỉnh, cấp quốc gia (không kèm tiền thưởng).
*2. Thời gian xử lý hồ sơ
a) Khen thưởng thường xuyên: 100% hồ sơ được thẩm định đúng hạn; thời gian xử lý bình
quân 12 ngày làm việc kể từ ngày nhận đủ hồ sơ; 03 hồ sơ bị trả lại do thiếu biên bản họp
xét của đơn vị.
b) Khen thưởng đột xuất: 19 tập thể, cá nhân được khen thưởng đột xuất, mỗi hồ sơ được
trình Chủ tịch Ủy ban nhân dân thành phố trong 05 ngày làm việc kể từ khi có đề nghị.
*3. Khen thưởng người trực tiếp lao động
Tỷ lệ cá nhân là công nhân, nông dân, người lao động trực tiếp được khen thưởng chiếm
42,6% tổng số cá nhân được khen (năm 2023 là 37,9%).
*III. TỒN TẠI, HẠN CHẾ
1. Một số đơn vị chưa xây dựng kế hoạch thi đua riêng mà chỉ sao chép kế hoạch của
thành phố; 03 đơn vị gửi hồ sơ khen thưởng tổng kết năm 2023 sau thời hạn quy định.
2. Việc phát hiện điển hình ở khu phố, ấp còn ít; số sáng kiến được công nhận thấp
(08 sáng kiến cấp cơ sở).
##PAGE
*IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
1. Phát động phong trào thi đua lập thành tích chào mừng Đại hội Đảng bộ thành phố
lần thứ XII, nhiệm kỳ 2025 - 2030 và kỷ niệm 50 năm Ngày giải phóng miền Nam, thống
nhất đất nước (30/4/1975 - 30/4/2025).
2. Nâng tỷ lệ khen thưởng người lao động trực tiếp lên ít nhất 45% tổng số cá nhân
được khen thưởng.
3. Hồ sơ khen thưởng tổng kết năm 2024:
a) Các cơ quan, đơn vị, phường, xã gửi hồ sơ về Phòng Nội vụ (số 65 đường Hùng Vương,
Phường 2, thành phố Tân An; điện thoại 0272.3826.419) trước ngày 10/01/2025;
b) Hồ sơ gồm 02 bộ bản giấy và bản điện tử gửi qua địa chỉ thiduatanan@longan.gov.vn;
c) Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 dự kiến tổ chức ngày
17/01/2025 tại Hội trường Ủy ban nhân dân thành phố.
4. Dự kiến Quỹ thi đua, khen thưởng của thành phố năm 2025 là 1.500.000.000 đồng,
trong đó dành 20% cho khen thưởng đột xuất.
5. Kiến nghị Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ) mở lớp tập huấn nghiệp vụ thi
đua, khen thưởng cho công chức phường, xã trong quý I năm 2025.
Trên đây là báo cáo tổng kết công tác thi đua, khen thưởng năm 2024 và phương hướng,
nhiệm vụ năm 2025 của Ban Thi đua - Khen thưởng thành phố Tân An./.
Nơi nhận:
- Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ);
- TT Thành ủy, TT HĐND thành phố;
- Chủ tịch, các PCT UBND thành phố;
- Thành viên Hội đồng TĐKT thành phố;
- Lưu: VT, BTĐKT.
@TRƯỞNG BAN
@
@
@Lê Thị Mỹ Duyên
"""

TABLE = [
    ("TT", "Hình thức khen thưởng", "Tập thể", "Cá nhân", "Tiền thưởng (đồng)"),
    ("1", "Huân chương Lao động hạng Ba (Chủ tịch nước tặng)", "01", "01", "33.930.000"),
    ("2", "Bằng khen của Thủ tướng Chính phủ", "02", "03", "17.550.000"),
    ("3", "Cờ thi đua của Ủy ban nhân dân tỉnh Long An", "03", "-", "21.060.000"),
    ("4", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Long An", "14", "37", "74.880.000"),
    ("5", "Danh hiệu Tập thể lao động tiên tiến (Chủ tịch UBND thành phố tặng)", "58", "-",
     "108.576.000"),
    ("6", "Danh hiệu Chiến sĩ thi đua cơ sở (Chủ tịch UBND thành phố tặng)", "-", "96",
     "224.640.000"),
    ("7", "Giấy khen của Chủ tịch UBND thành phố (thường xuyên, chuyên đề, đột xuất)", "47", "215",
     "362.466.000"),
    ("", "Tổng cộng", "125", "352", "843.102.000"),
]


class PDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "I", 8)
            self.cell(0, 5, RUNNING, new_x="LMARGIN", new_y="NEXT", align="C")
            self.ln(3)

    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 8, f"Trang {self.page_no()}/{{nb}}", align="C")


pdf = PDF(format="A4")
pdf.set_margins(22, 18, 18)
pdf.set_auto_page_break(False)
pdf.add_font("DejaVu", "", FONTS + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONTS + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONTS + "DejaVuSans-Oblique.ttf")
pdf.set_creation_date(datetime.datetime(2024, 12, 12, 15, 20, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Báo cáo tổng kết công tác thi đua, khen thưởng năm 2024")
pdf.set_author("Ban Thi đua - Khen thưởng thành phố Tân An")
pdf.alias_nb_pages()
pdf.add_page()

W = pdf.w - pdf.l_margin - pdf.r_margin
LH = 5.4
pdf.set_font("DejaVu", "B", 9.5)
for left, right in HEADER_ROWS:
    pdf.cell(W * 0.45, LH, left, align="C")
    pdf.cell(W * 0.55, LH, right, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)

for line in BODY.rstrip("\n").split("\n"):
    if line == "##PAGE":
        pdf.add_page()
        continue
    if line == "##TABLE":
        pdf.set_font("DejaVu", "", 9)
        pdf.ln(1)
        with pdf.table(col_widths=(8, 62, 18, 18, 30), line_height=4.6,
                       text_align=("CENTER", "LEFT", "CENTER", "CENTER", "RIGHT"),
                       headings_style=FontFace(emphasis="BOLD")) as table:
            for r in TABLE:
                row = table.row()
                for c in r:
                    row.cell(c)
        pdf.ln(1)
        continue
    style, align = "", "J"
    text = line
    if line.startswith("#"):
        style, align, text = "B", "C", line[1:]
    elif line.startswith("*"):
        style, align, text = "B", "L", line[1:]
    elif line.startswith("@"):
        style, align, text = "B", "R", line[1:]
    pdf.set_font("DejaVu", style, 10)
    if pdf.get_string_width(text) > W:
        raise SystemExit(f"line too long: {text}")
    pdf.cell(W, LH, text, align="L" if align == "J" else align, new_x="LMARGIN", new_y="NEXT")
    if pdf.get_y() > pdf.h - 20:
        raise SystemExit(f"page overflow at: {text}")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
