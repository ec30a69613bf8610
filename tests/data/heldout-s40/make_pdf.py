"""Generate docs/nghia-lo-2024-quyet-dinh-tang-giay-khen-xoa-nha-tam.pdf (held-out set S40).

Run: /work/main/.venv/bin/python make_pdf.py
A text PDF of 3 pages made with fpdf2, font DejaVu Sans embedded. Every source line of the decision
is one printed line (the script stops if a line is wider than the text area). Page 1 ends inside a
sentence of Điều 2.3; pages 2 and 3 carry a running header; every page ends with "Trang n/3". The
Phụ lục (page 3) holds two ruled tables whose cells wrap onto several lines.
Everything in it is invented.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "nghia-lo-2024-quyet-dinh-tang-giay-khen-xoa-nha-tam.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"
RUNNING = "Quyết định số 2186/QĐ-UBND ngày 24/12/2024 của Chủ tịch UBND thị xã Nghĩa Lộ"

LINES = [
    ("H", "ỦY BAN NHÂN DÂN||CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("H", "THỊ XÃ NGHĨA LỘ||Độc lập - Tự do - Hạnh phúc"),
    ("H", "Số: 2186/QĐ-UBND||Nghĩa Lộ, ngày 24 tháng 12 năm 2024"),
    ("CB", "QUYẾT ĐỊNH"),
    ("CB", "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc"),
    ("CB", "trong phong trào thi đua \"Chung tay xóa nhà tạm, nhà dột nát\" năm 2024"),
    ("CB", "CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ NGHĨA LỘ"),
    ("I", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi,"),
    ("I", "bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương"),
    ("I", "ngày 22 tháng 11 năm 2019;"),
    ("I", "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;"),
    ("I", "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết"),
    ("I", "thi hành một số điều của Luật Thi đua, khen thưởng;"),
    ("I", "Căn cứ Quyết định số 12/2024/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân tỉnh Yên"),
    ("I", "Bái ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;"),
    ("I", "Căn cứ Kế hoạch số 87/KH-UBND ngày 15/3/2024 của Ủy ban nhân dân thị xã về phát"),
    ("I", "động phong trào thi đua \"Chung tay xóa nhà tạm, nhà dột nát\" năm 2024;"),
    ("I", "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 245/TTr-NV ngày 18/12/2024 và"),
    ("I", "kết quả họp Hội đồng Thi đua - Khen thưởng thị xã ngày 20/12/2024."),
    ("CB", "QUYẾT ĐỊNH:"),
    ("", "Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân thị xã cho 04 tập thể và 08 cá"),
    ("", "nhân đã có thành tích xuất sắc trong phong trào thi đua \"Chung tay xóa nhà tạm, nhà"),
    ("", "dột nát\" năm 2024 (có danh sách kèm theo), cụ thể:"),
    ("", "1. Tập thể: 03 Ủy ban nhân dân xã, phường và 01 cơ quan quân sự của thị xã."),
    ("", "2. Cá nhân: 04 cán bộ, công chức, 01 trưởng bản, 01 doanh nhân, 01 người dân và"),
    ("", "01 bí thư đoàn xã."),
    ("", "Trong năm 2024, toàn thị xã đã xóa 68 nhà tạm, nhà dột nát, đạt 113,3% kế hoạch (kế"),
    ("", "hoạch giao 60 nhà), huy động 2.940 ngày công và 1,86 tỷ đồng từ xã hội hóa."),
    ("", "Điều 2. Tiền thưởng và kinh phí"),
    ("", "1. Mỗi tập thể được tặng Giấy khen kèm theo tiền thưởng bằng 0,6 lần mức lương cơ"),
    ("", "sở (1.404.000 đồng); mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng bằng"),
    ("", "0,3 lần mức lương cơ sở (702.000 đồng), mức lương cơ sở là 2.340.000 đồng."),
    ("", "2. Tổng kinh phí khen thưởng là 11.232.000 đồng (Mười một triệu hai trăm ba mươi"),
    ("", "hai nghìn đồng), chi từ Quỹ thi đua, khen thưởng của thị xã năm 2024. Phòng Tài"),
    ("", "chính - Kế hoạch chuyển kinh phí cho Phòng Nội vụ trong 07 ngày làm việc kể từ"),
    ("", "ngày ký Quyết định này."),
    ("", "3. Phòng Nội vụ chủ trì, phối hợp với Văn phòng HĐND và UBND thị xã tổ chức trao"),
    ("", "Giấy khen và tiền thưởng tại Hội nghị tổng kết phong trào thi đua \"Chung tay xóa nhà"),
    ("", "tạm, nhà dột nát\" dự kiến tổ chức ngày 08/01/2025 tại Hội trường Ủy ban nhân dân"),
    ("PAGE", ""),
    ("", "thị xã, số 02 đường Điện Biên, phường Trung Tâm; giấy mời gửi các tập thể, cá nhân"),
    ("", "trước ngày diễn ra hội nghị ít nhất 03 ngày làm việc."),
    ("", "4. Giấy khen được in theo mẫu thống nhất của tỉnh; việc ghi sổ vàng và lưu trữ hồ sơ do"),
    ("", "Phòng Nội vụ thực hiện trong 15 ngày kể từ ngày trao."),
    ("", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("", "Điều 4. Chánh Văn phòng HĐND và UBND thị xã, Trưởng phòng Nội vụ, Trưởng phòng"),
    ("", "Tài chính - Kế hoạch, Chủ tịch UBND các xã, phường và các tập thể, cá nhân có tên tại"),
    ("", "Điều 1 chịu trách nhiệm thi hành Quyết định này./."),
    ("IB", "Nơi nhận:"),
    ("", "- Như Điều 4;"),
    ("", "- Sở Nội vụ tỉnh Yên Bái (Ban Thi đua - Khen thưởng);"),
    ("", "- Thường trực Thị ủy, Thường trực HĐND thị xã;"),
    ("", "- Chủ tịch, các Phó Chủ tịch UBND thị xã;"),
    ("", "- Lưu: VT, NV (02 bản)."),
    ("RB", "CHỦ TỊCH"),
    ("R", "(Đã ký)"),
    ("RB", "Hà Văn Thuận"),
    ("PAGE", ""),
    ("CB", "PHỤ LỤC"),
    ("CB", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN"),
    ("CI", "(Kèm theo Quyết định số 2186/QĐ-UBND ngày 24/12/2024 của Chủ tịch UBND thị xã)"),
    ("B", "1. Tập thể (04 tập thể)"),
    ("TABLE", "T"),
    ("B", "2. Cá nhân (08 cá nhân)"),
    ("TABLE", "C"),
    ("", "Tổng số: 04 tập thể và 08 cá nhân; tổng số tiền thưởng 11.232.000 đồng."),
]

HEAD = ("STT", "Tên tập thể, cá nhân", "Chức vụ, đơn vị", "Thành tích chủ yếu", "Tiền thưởng (đồng)")
TABLES = {
    "T": [
        ("1", "Ủy ban nhân dân phường Trung Tâm", "Phường Trung Tâm",
         "Vận động xóa 14 nhà tạm, huy động 1.260 ngày công, hoàn thành trước ngày 30/9/2024", "1.404.000"),
        ("2", "Ủy ban nhân dân xã Nghĩa Lợi", "Xã Nghĩa Lợi",
         "Xóa 11 nhà dột nát cho hộ nghèo, hộ cận nghèo, vượt 37,5% chỉ tiêu được giao", "1.404.000"),
        ("3", "Ủy ban nhân dân phường Pú Trạng", "Phường Pú Trạng",
         "Huy động 186 triệu đồng từ doanh nghiệp và nhà hảo tâm", "1.404.000"),
        ("4", "Ban Chỉ huy Quân sự thị xã", "Thị xã Nghĩa Lộ",
         "Hỗ trợ 420 ngày công tháo dỡ nhà cũ, vận chuyển vật liệu đến bản vùng cao", "1.404.000"),
    ],
    "C": [
        ("1", "Ông Lò Văn Chiến", "Chủ tịch UBND xã Nghĩa Lợi",
         "Trực tiếp chỉ đạo hoàn thành sớm nhất thị xã, trước 45 ngày so với kế hoạch", "702.000"),
        ("2", "Bà Hoàng Thị Lan", "Công chức Địa chính - Xây dựng phường Tân An",
         "Hướng dẫn hồ sơ, nghiệm thu 09 căn nhà đúng tiến độ", "702.000"),
        ("3", "Ông Đinh Công Hưởng", "Phó Trưởng phòng Lao động - Thương binh và Xã hội",
         "Tham mưu rà soát 60 hộ thuộc diện hỗ trợ, không để sót đối tượng", "702.000"),
        ("4", "Bà Phạm Thị Thu Hà", "Chuyên viên Phòng Tài chính - Kế hoạch",
         "Giải ngân kinh phí hỗ trợ trong 05 ngày làm việc kể từ khi nhận đủ hồ sơ", "702.000"),
        ("5", "Ông Lường Văn Pấng", "Trưởng bản Sà Rèn, xã Nghĩa Phúc",
         "Vận động 32 hộ góp 350 ngày công dựng nhà cho 04 hộ nghèo", "702.000"),
        ("6", "Ông Nguyễn Văn Tuấn", "Giám đốc Công ty TNHH Xây dựng Thuận Phát",
         "Ủng hộ 50 triệu đồng và vật liệu lợp mái cho 06 căn nhà", "702.000"),
        ("7", "Bà Cầm Thị Hoa", "Tổ dân phố Căng Nà, phường Cầu Thia",
         "Hiến 120 m2 đất để làm nhà cho hộ nghèo không có đất ở", "702.000"),
        ("8", "Ông Vì Văn Dũng", "Bí thư Đoàn xã Nghĩa An",
         "Tổ chức 12 đợt tình nguyện với 280 lượt đoàn viên tham gia", "702.000"),
    ],
}


class PDF(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "I", 8)
            self.cell(0, 5, RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")


pdf = PDF(format="A4")
pdf.set_margins(20, 15, 15)
pdf.set_auto_page_break(True, margin=18)
pdf.add_font("DejaVu", "", FONT)
pdf.add_font("DejaVu", "B", FONT_B)
pdf.add_font("DejaVu", "I", FONT_I)
pdf.set_creation_date(datetime.datetime(2024, 12, 24, 15, 20, tzinfo=datetime.timezone.utc))
pdf.set_title("Quyết định tặng Giấy khen - thị xã Nghĩa Lộ")
pdf.set_author("UBND thị xã Nghĩa Lộ")
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin
LH = 5.6
for style, text in LINES:
    if style == "PAGE":
        pdf.add_page()
        continue
    if style == "TABLE":
        pdf.set_font("DejaVu", "", 8.5)
        with pdf.table(col_widths=(9, 38, 40, 62, 26), line_height=4.4, first_row_as_headings=True,
                       text_align=("CENTER", "LEFT", "LEFT", "LEFT", "RIGHT")) as tb:
            r = tb.row()
            for x in HEAD:
                r.cell(x)
            for row in TABLES[text]:
                r = tb.row()
                for x in row:
                    r.cell(x)
        pdf.ln(2)
        continue
    if style == "H":
        left, right = text.split("||")
        bold = not left.startswith("Số:")
        pdf.set_font("DejaVu", "B" if bold else "", 10)
        pdf.cell(W * 0.4, LH, left, align="C")
        pdf.set_font("DejaVu", "B" if bold else "I", 10)
        pdf.cell(W * 0.6, LH, right, align="C", new_x="LMARGIN", new_y="NEXT")
        continue
    fs = {"": "", "B": "B", "CB": "B", "RB": "B", "IB": "B", "I": "I", "CI": "I", "R": ""}[style]
    pdf.set_font("DejaVu", fs, 10.5)
    if pdf.get_string_width(text) > W:
        raise SystemExit(f"line too wide: {text}")
    align = "C" if style.startswith("C") else ("R" if style.startswith("R") else "L")
    pdf.cell(W, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
