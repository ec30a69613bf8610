"""Generate docs/binh-xuyen-2024-ke-hoach-thi-dua-nong-thon-moi.pdf (held-out set S49).

Run: /work/main/.venv/bin/python make_pdf.py

A Kế hoạch thi đua chuyên đề of UBND huyện Bình Xuyên (Vĩnh Phúc) on building new-style countryside
(nông thôn mới nâng cao, kiểu mẫu) in 2024: parts I.-VI., headings 1., points a). A ruled table of
the targets per commune in III.2 (cells wrap onto several lines). fpdf2 with DejaVu Sans embedded; a
running header on pages 2+, "Trang n/N" at the bottom of every page; paragraphs are wrapped here and
broken across pages by the generator, so a sentence runs across the page break between pages 1 and
2. Creation date before 01/07/2025.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "binh-xuyen-2024-ke-hoach-thi-dua-nong-thon-moi.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Kế hoạch số 68/KH-UBND ngày 12/3/2024 của UBND huyện Bình Xuyên"
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
pdf.set_creation_date(datetime.datetime(2024, 3, 12, 10, 45, tzinfo=datetime.timezone.utc))
pdf.set_title("Kế hoạch 68/KH-UBND thi đua chuyên đề xây dựng nông thôn mới năm 2024")
pdf.set_author("UBND huyện Bình Xuyên")
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
two("HUYỆN BÌNH XUYÊN", "Độc lập - Tự do - Hạnh phúc", bold=True)
two("Số: 68/KH-UBND", "Bình Xuyên, ngày 12 tháng 3 năm 2024")
pdf.ln(3)
para("KẾ HOẠCH", bold=True, center=True)
para("Thi đua chuyên đề \"Bình Xuyên chung sức xây dựng nông thôn mới nâng cao,", bold=True, center=True)
para("nông thôn mới kiểu mẫu\" năm 2024", bold=True, center=True)
pdf.ln(2)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 "
     "của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
para("Căn cứ Kế hoạch số 41/KH-UBND ngày 26/02/2024 của Ủy ban nhân dân tỉnh Vĩnh Phúc về phong trào thi "
     "đua \"Vĩnh Phúc chung sức xây dựng nông thôn mới\" năm 2024;")
para("Căn cứ Nghị quyết số 05-NQ/HU ngày 10/01/2024 của Ban Chấp hành Đảng bộ huyện về nhiệm vụ năm 2024, "
     "Ủy ban nhân dân huyện Bình Xuyên ban hành Kế hoạch thi đua chuyên đề như sau:")
para("I. MỤC ĐÍCH, YÊU CẦU", bold=True, indent=0)
para("1. Mục đích: huy động cả hệ thống chính trị và Nhân dân tham gia xây dựng nông thôn mới nâng cao, "
     "nông thôn mới kiểu mẫu; phấn đấu đến hết năm 2024 có thêm 03 xã đạt chuẩn nông thôn mới nâng cao và "
     "01 xã đạt chuẩn nông thôn mới kiểu mẫu.")
para("2. Yêu cầu: chỉ tiêu thi đua phải cụ thể, lượng hóa được; việc đánh giá dựa trên kết quả thẩm định "
     "tiêu chí của cơ quan chuyên môn; khen thưởng kịp thời, đúng đối tượng, không chạy theo số lượng; "
     "gắn phong trào thi đua chuyên đề với phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\".")
para("II. CHỦ ĐỀ, ĐỐI TƯỢNG VÀ THỜI GIAN THI ĐUA", bold=True, indent=0)
para("1. Chủ đề: \"Đoàn kết, chung sức, đồng lòng xây dựng quê hương Bình Xuyên văn minh, giàu đẹp\".")
para("2. Đối tượng: Ủy ban nhân dân 10 xã; các thôn; các phòng, ban, đơn vị của huyện; doanh nghiệp, hợp "
     "tác xã, hộ gia đình và cá nhân trên địa bàn huyện.")
para("3. Thời gian: từ ngày 15/3/2024 đến ngày 30/11/2024; sơ kết 6 tháng trong tháng 7/2024, tổng kết "
     "trong tháng 12/2024.")
para("III. NỘI DUNG VÀ CHỈ TIÊU THI ĐUA", bold=True, indent=0)
para("1. Nội dung thi đua", bold=True, indent=8)
para("a) Thi đua hoàn thiện các tiêu chí nông thôn mới nâng cao, ưu tiên tiêu chí thu nhập, môi trường và "
     "an toàn thực phẩm; thu nhập bình quân đầu người khu vực nông thôn đạt từ 72 triệu đồng/người/năm trở "
     "lên.")
para("b) Thi đua xây dựng thôn nông thôn mới kiểu mẫu, vườn mẫu; mỗi xã phấn đấu có thêm ít nhất 02 thôn "
     "được công nhận thôn kiểu mẫu trong năm 2024.")
para("c) Thi đua huy động nguồn lực: vận động Nhân dân hiến đất, đóng góp ngày công mở rộng đường giao thông "
     "nông thôn; mỗi xã cứng hóa thêm tối thiểu 1,5 km đường trục thôn, ngõ xóm.")
para("d) Thi đua bảo vệ môi trường: 100% rác thải sinh hoạt được thu gom, xử lý; tỷ lệ hộ sử dụng nước "
     "sạch theo quy chuẩn đạt từ 98% trở lên.")
para("đ) Thi đua phát triển sản xuất: mỗi xã có ít nhất 01 sản phẩm OCOP đạt từ 3 sao trở lên; tỷ lệ hộ "
     "nghèo theo chuẩn nghèo đa chiều giảm xuống dưới 1%; tỷ lệ người dân tham gia bảo hiểm y tế đạt từ 95% "
     "trở lên. Các thôn thi đua tổ chức ngày \"Chủ nhật xanh\" ít nhất một lần mỗi tháng, gắn với trồng "
     "cây xanh, làm đường hoa và chỉnh trang khu dân cư theo hướng sáng - xanh - sạch - đẹp.")
para("2. Chỉ tiêu cụ thể đối với từng xã", bold=True, indent=8)
para("Chỉ tiêu thi đua năm 2024 của các xã được giao theo bảng sau:")
pdf.ln(1)
targets = [
    ("STT", "Xã", "Mục tiêu năm 2024", "Tiêu chí NTM nâng cao đã đạt đến 31/12/2023", "Thôn kiểu mẫu phấn đấu công nhận", "Hạn trình hồ sơ"),
    ("1", "Tam Hợp", "Đạt chuẩn nông thôn mới kiểu mẫu", "19/19", "03 thôn", "30/10/2024"),
    ("2", "Quất Lưu", "Đạt chuẩn nông thôn mới nâng cao", "17/19", "02 thôn", "15/10/2024"),
    ("3", "Đạo Đức", "Đạt chuẩn nông thôn mới nâng cao", "16/19", "02 thôn", "15/10/2024"),
    ("4", "Sơn Lôi", "Đạt chuẩn nông thôn mới nâng cao", "16/19", "03 thôn", "15/10/2024"),
    ("5", "Tân Phong", "Nâng chất, đạt thêm 02 tiêu chí", "14/19", "02 thôn", "Không trình"),
    ("6", "Phú Xuân", "Nâng chất, đạt thêm 02 tiêu chí", "13/19", "02 thôn", "Không trình"),
    ("7", "Thiện Kế", "Nâng chất, đạt thêm 03 tiêu chí", "12/19", "01 thôn", "Không trình"),
    ("8", "Hương Sơn", "Nâng chất, đạt thêm 03 tiêu chí", "12/19", "02 thôn", "Không trình"),
    ("9", "Trung Mỹ", "Nâng chất, đạt thêm 02 tiêu chí", "11/19", "01 thôn", "Không trình"),
    ("10", "Bá Hiến", "Nâng chất, đạt thêm 03 tiêu chí", "13/19", "02 thôn", "Không trình"),
]
pdf.set_font("DejaVu", "", 9.5)
with pdf.table(col_widths=(9, 22, 42, 36, 30, 27), line_height=4.8,
               text_align=("CENTER", "LEFT", "LEFT", "CENTER", "CENTER", "CENTER"),
               headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL") as table:
    for r in targets:
        row = table.row()
        for v in r:
            row.cell(v)
pdf.ln(2)
para("Xã không hoàn thành chỉ tiêu được giao tại bảng trên không được xét khen thưởng cấp huyện trong "
     "phong trào thi đua chuyên đề năm 2024.")
para("IV. HÌNH THỨC, TIÊU CHUẨN VÀ MỨC KHEN THƯỞNG", bold=True, indent=0)
para("1. Khen thưởng cấp huyện", bold=True, indent=8)
para("a) Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen cho tối đa 04 tập thể xã, 08 thôn và 15 cá nhân, "
     "hộ gia đình tiêu biểu trong phong trào.")
para("b) Tiền thưởng kèm Giấy khen: tập thể xã 5.000.000 đồng; thôn 3.000.000 đồng; cá nhân, hộ gia đình "
     "1.000.000 đồng.")
para("c) Xã được công nhận đạt chuẩn nông thôn mới kiểu mẫu trong năm 2024 được thưởng công trình phúc lợi "
     "trị giá 500.000.000 đồng.")
para("2. Khen thưởng cấp tỉnh: huyện lựa chọn 01 tập thể xã và 02 cá nhân tiêu biểu nhất để đề nghị Chủ "
     "tịch Ủy ban nhân dân tỉnh Vĩnh Phúc tặng Bằng khen; tập thể được đề nghị phải được công nhận đạt chuẩn "
     "trong năm 2024 và không có đơn thư khiếu nại kéo dài.")
para("3. Kinh phí khen thưởng của phong trào năm 2024 dự kiến 420.000.000 đồng, bố trí từ ngân sách huyện; "
     "không sử dụng vốn Chương trình mục tiêu quốc gia xây dựng nông thôn mới để chi khen thưởng.")
para("V. ĐĂNG KÝ, SƠ KẾT, TỔNG KẾT VÀ HỒ SƠ", bold=True, indent=0)
para("1. Ủy ban nhân dân các xã gửi bản đăng ký thi đua về Văn phòng Điều phối nông thôn mới huyện trước "
     "ngày 29/3/2024.")
para("2. Báo cáo sơ kết 6 tháng gửi trước ngày 10/7/2024; báo cáo tổng kết và hồ sơ đề nghị khen thưởng "
     "gửi Phòng Nội vụ huyện trước ngày 05/12/2024.")
para("3. Hồ sơ đề nghị khen thưởng gồm:", indent=8)
para("a) Tờ trình của Ủy ban nhân dân xã;")
para("b) Biên bản họp Hội đồng Thi đua - Khen thưởng xã;")
para("c) Báo cáo thành tích có xác nhận của Văn phòng Điều phối nông thôn mới huyện;")
para("d) Bản sao quyết định công nhận xã đạt chuẩn (nếu có). Hồ sơ lập thành 02 bộ.")
para("VI. TỔ CHỨC THỰC HIỆN", bold=True, indent=0)
para("1. Văn phòng Điều phối nông thôn mới huyện chủ trì theo dõi, chấm điểm thi đua theo thang 100 điểm, "
     "trong đó kết quả thực hiện chỉ tiêu tại bảng mục III.2 chiếm 70 điểm; kiểm tra thực tế tại các xã "
     "trong tháng 11/2024.")
para("2. Phòng Nội vụ (cơ quan thường trực Hội đồng Thi đua - Khen thưởng huyện) thẩm định hồ sơ, tổng hợp "
     "trình Hội đồng xét trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.")
para("3. Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí khen thưởng của phong trào.")
para("4. Trung tâm Văn hóa - Thông tin và Thể thao huyện mở chuyên mục \"Bình Xuyên chung sức xây dựng "
     "nông thôn mới\" trên Đài truyền thanh huyện, phát ít nhất 02 kỳ mỗi tháng.")
para("5. Ủy ban nhân dân các xã xây dựng kế hoạch thực hiện trước ngày 25/3/2024. Đầu mối liên hệ: ông "
     "Nguyễn Văn Thắng, Chánh Văn phòng Điều phối nông thôn mới huyện, điện thoại 0211.3866.492.")
pdf.ln(2)
para("Nơi nhận:", bold=True, indent=0)
for x in ("- Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Vĩnh Phúc;", "- Văn phòng Điều phối NTM tỉnh;",
          "- TT Huyện ủy, TT HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;", "- UBND các xã;",
          "- Lưu: VT, NV."):
    para(x, indent=0)
para("KT. CHỦ TỊCH", bold=True, center=True)
para("PHÓ CHỦ TỊCH", bold=True, center=True)
pdf.ln(6)
para("Lê Văn Hòa", bold=True, center=True)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
