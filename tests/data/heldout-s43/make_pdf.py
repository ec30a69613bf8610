"""Generate docs/hoi-an-2024-ke-hoach-thi-dua-du-lich-thuong-mai.pdf (held-out set S43).

Run: /work/main/.venv/bin/python make_pdf.py

A Kế hoạch of the UBND thành phố Hội An (Quảng Nam) for the 2024 emulation movement in tourism and
trade. fpdf2 with DejaVu Sans embedded; paragraphs are wrapped by fpdf2 and printed line by line, so
a sentence runs across the page break; a running header on pages 2+, "Trang n/3" at the bottom of
every page, and a ruled table (criteria and scores) whose cells wrap onto several lines.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hoi-an-2024-ke-hoach-thi-dua-du-lich-thuong-mai.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "UBND thành phố Hội An - Kế hoạch số 52/KH-UBND ngày 08/3/2024"
LH = 5.0


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "I", 8.5)
            self.cell(0, 5, RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, f"Trang {self.page_no()}/{{nb}}", align="C")


pdf = Doc(format="A4")
pdf.set_margins(20, 15, 18)
pdf.set_auto_page_break(True, margin=18)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_creation_date(datetime.datetime(2024, 3, 8, 9, 30, tzinfo=datetime.timezone.utc))
pdf.set_title("Kế hoạch 52/KH-UBND thi đua du lịch, thương mại năm 2024")
pdf.set_author("UBND thành phố Hội An")
pdf.add_page()
W = pdf.w - pdf.l_margin - pdf.r_margin


def para(text, style="", size=10, align="J", indent=6):
    """Wrap with fpdf2 and print line by line (so the automatic page break can fall inside it)."""
    pdf.set_font("DejaVu", style, size)
    lines = pdf.multi_cell(W - indent, LH, text, dry_run=True, output="LINES")
    for i, l in enumerate(lines):
        x = pdf.l_margin + (indent if i == 0 else 0)
        w = W - (indent if i == 0 else 0)
        if pdf.will_page_break(LH):
            pdf.add_page()
        pdf.set_x(x)
        pdf.cell(w, LH, l, align=("L" if align == "J" else align),
                 new_x="LMARGIN", new_y="NEXT")


def head(text):
    para(text, style="B", indent=0, align="L")


# ------------------------------------------------------------------ header block
pdf.set_font("DejaVu", "B", 10)
pdf.cell(70, LH, "ỦY BAN NHÂN DÂN", align="C")
pdf.cell(0, LH, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.cell(70, LH, "THÀNH PHỐ HỘI AN", align="C")
pdf.cell(0, LH, "Độc lập - Tự do - Hạnh phúc", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 10)
pdf.cell(70, LH + 2, "Số: 52/KH-UBND", align="C")
pdf.set_font("DejaVu", "I", 10)
pdf.cell(0, LH + 2, "Hội An, ngày 08 tháng 3 năm 2024", align="C", new_x="LMARGIN", new_y="NEXT")
pdf.ln(3)
para("KẾ HOẠCH", style="B", size=12, align="C", indent=0)
para("Tổ chức phong trào thi đua “Du lịch, thương mại Hội An văn minh - thân thiện - an toàn”",
     style="B", align="C", indent=0)
para("năm 2024", style="B", align="C", indent=0)
pdf.ln(2)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của "
     "Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
para("Căn cứ Kế hoạch số 1210/KH-UBND ngày 25/01/2024 của UBND tỉnh Quảng Nam về tổ chức các phong trào "
     "thi đua năm 2024; UBND thành phố Hội An ban hành Kế hoạch tổ chức phong trào thi đua như sau:")

head("I. MỤC ĐÍCH, YÊU CẦU")
head("1. Mục đích")
para("- Động viên doanh nghiệp, hộ kinh doanh du lịch, thương mại xây dựng môi trường kinh doanh văn minh, "
     "thân thiện, an toàn; giữ gìn hình ảnh Đô thị cổ Hội An - Di sản văn hóa thế giới.")
para("- Phấn đấu năm 2024 thành phố đón 4,5 triệu lượt khách, doanh thu du lịch tăng 15% so với năm 2023.")
para("- Xây dựng ít nhất 20 tuyến phố, điểm kinh doanh mẫu “văn minh - thân thiện - an toàn” trên địa bàn "
     "các phường Minh An, Cẩm Phô, Sơn Phong và xã đảo Tân Hiệp.")
head("2. Yêu cầu")
para("- Phong trào được triển khai thường xuyên, có tiêu chí chấm điểm cụ thể, công khai kết quả.")
para("- Khen thưởng kịp thời, chính xác, đúng đối tượng; ưu tiên hộ kinh doanh và người lao động trực tiếp.")

head("II. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA")
head("1. Đối tượng thi đua")
para("a) Tập thể: doanh nghiệp lữ hành, cơ sở lưu trú, nhà hàng, cửa hàng kinh doanh trong khu phố cổ, "
     "Ban Quản lý chợ Hội An và UBND các phường, xã.")
para("b) Cá nhân: hướng dẫn viên du lịch, người lao động, chủ hộ kinh doanh cá thể.")
para("c) Cơ sở bị xử phạt vi phạm hành chính về niêm yết giá trong năm 2023 vẫn được đăng ký thi đua "
     "nhưng không được đề nghị Bằng khen của Chủ tịch UBND tỉnh.")
head("2. Thời gian thi đua")
para("Từ ngày 15/3/2024 đến ngày 15/11/2024; thành tích được tính đến hết ngày 31/10/2024.")

head("III. NỘI DUNG VÀ TIÊU CHÍ THI ĐUA")
head("1. Nội dung thi đua")
para("a) Niêm yết giá và bán đúng giá niêm yết; không chèo kéo, đeo bám, nài ép khách mua hàng.")
para("b) Bảo đảm vệ sinh, an toàn thực phẩm và phòng cháy, chữa cháy tại cơ sở kinh doanh.")
para("c) Không sử dụng túi ni lông khó phân hủy, ống hút nhựa dùng một lần; phân loại rác tại nguồn.")
para("d) Ứng dụng thanh toán không dùng tiền mặt và quảng bá sản phẩm trên môi trường số.")
para("đ) Hưởng ứng chương trình “Hội An - Thành phố không khói thuốc”, bố trí khu vực riêng cho khách "
     "hút thuốc tại nhà hàng, cơ sở lưu trú có quy mô từ 20 phòng trở lên, đồng thời treo biển "
     "cấm hút thuốc tại khu vực sảnh, phòng ăn và quầy lễ tân theo hướng dẫn của ngành y tế thành phố.")
head("2. Tiêu chí chấm điểm")
para("Các cơ sở được chấm điểm theo thang điểm 100, gồm 06 nhóm tiêu chí sau:")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9)
ROWS = [
    ("STT", "Nhóm tiêu chí", "Nội dung đánh giá", "Điểm tối đa"),
    ("1", "Niêm yết giá và bán đúng giá", "Niêm yết giá công khai tại quầy, trên thực đơn và trang "
     "thông tin điện tử; không có phản ánh bán sai giá niêm yết trong kỳ", "25"),
    ("2", "Văn minh, thân thiện", "Không chèo kéo khách; nhân viên mặc đồng phục, đeo thẻ tên; "
     "ứng xử theo Bộ Quy tắc ứng xử du lịch", "20"),
    ("3", "Vệ sinh, an toàn thực phẩm, phòng cháy chữa cháy", "Có giấy chứng nhận cơ sở đủ điều kiện "
     "an toàn thực phẩm; trang bị bình chữa cháy còn hạn sử dụng", "20"),
    ("4", "Bảo vệ môi trường, giảm rác thải nhựa", "Không dùng túi ni lông khó phân hủy; có thùng rác "
     "phân loại; tham gia ngày Chủ nhật xanh", "15"),
    ("5", "Chuyển đổi số", "Chấp nhận thanh toán không dùng tiền mặt; có mã QR giới thiệu sản phẩm "
     "bằng ít nhất 02 ngôn ngữ", "10"),
    ("6", "Tham gia hoạt động cộng đồng", "Tham gia chương trình Đêm phố cổ, Tuần lễ khuyến mại "
     "và ủng hộ quỹ an sinh xã hội của thành phố", "10"),
    ("", "Tổng cộng", "", "100"),
]
with pdf.table(col_widths=(10, 42, 98, 22), text_align=("C", "L", "L", "C"), line_height=4.6,
               headings_style=FontFace(emphasis="BOLD")) as table:
    for row in ROWS:
        r = table.row()
        for c in row:
            r.cell(c)
pdf.ln(2)
head("3. Điểm trừ")
para("- Cơ sở bị xử phạt vi phạm hành chính trong kỳ thi đua bị trừ 10 điểm cho mỗi lần bị xử phạt.")
para("- Phản ánh của du khách qua đường dây nóng 0235.3861.108 được xác minh là đúng: trừ 05 điểm mỗi lần.")
para("- Cơ sở có tổng điểm dưới 70 điểm không được xem xét khen thưởng.")

head("IV. HÌNH THỨC, SỐ LƯỢNG VÀ TIÊU CHUẨN KHEN THƯỞNG")
head("1. Giấy khen của Chủ tịch UBND thành phố")
para("a) Tập thể đạt từ 90 điểm trở lên; số lượng không quá 10% tổng số cơ sở đăng ký thi đua của từng "
     "phường, xã.")
para("b) Cá nhân có thành tích tiêu biểu, được du khách hoặc cơ quan báo chí biểu dương; tổng số không quá "
     "20 cá nhân trên toàn thành phố.")
para("c) Tiền thưởng kèm theo Giấy khen thực hiện theo Nghị định số 98/2023/NĐ-CP; hộ kinh doanh cá thể "
     "được thưởng theo mức của cá nhân.")
head("2. Bằng khen của Chủ tịch UBND tỉnh Quảng Nam")
para("a) Tập thể đạt từ 95 điểm trở lên và đã được tặng Giấy khen của Chủ tịch UBND thành phố trong phong "
     "trào năm 2023; số lượng không quá 3% tổng số cơ sở đăng ký thi đua.")
para("b) Cá nhân: lựa chọn không quá 03 cá nhân tiêu biểu nhất trong số cá nhân được tặng Giấy khen.")
head("3. Danh hiệu “Điểm đến thân thiện”")
para("UBND thành phố trao 05 giải cho 05 cơ sở có tổng điểm cao nhất, mỗi giải 3.000.000 đồng, từ nguồn "
     "xã hội hóa do Hiệp hội Du lịch Hội An vận động.")

head("V. TIẾN ĐỘ THỰC HIỆN")
head("1. Phát động và đăng ký thi đua")
para("- Lễ phát động tổ chức ngày 22/3/2024 tại Quảng trường sông Hoài.")
para("- Các cơ sở đăng ký thi đua với UBND phường, xã nơi kinh doanh trước ngày 10/4/2024.")
para("- UBND các phường, xã tổng hợp danh sách gửi Phòng Văn hóa và Thông tin trước ngày 20/4/2024.")
head("2. Kiểm tra, chấm điểm")
para("Tổ kiểm tra liên ngành do Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Kinh tế, Công an "
     "thành phố và Trung tâm Quản lý Bảo tồn di sản văn hóa kiểm tra đột xuất ít nhất 02 lần mỗi cơ sở "
     "và chấm điểm trong tháng 10/2024.")
head("3. Hồ sơ và thời hạn đề nghị khen thưởng")
para("a) Hồ sơ gồm: tờ trình của UBND phường, xã; biên bản chấm điểm của Tổ kiểm tra liên ngành; báo cáo "
     "thành tích theo Mẫu số 02 Nghị định số 98/2023/NĐ-CP; danh sách trích ngang.")
para("b) Hồ sơ lập thành 02 bộ, gửi Phòng Nội vụ thành phố (cơ quan thường trực Hội đồng Thi đua - Khen "
     "thưởng), số 09 Trần Hưng Đạo, phường Minh An, trước ngày 15/11/2024.")
para("c) Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Phòng Nội vụ thẩm định và trình Hội "
     "đồng Thi đua - Khen thưởng thành phố.")
head("4. Sơ kết, tổng kết")
para("Sơ kết 6 tháng vào tháng 6/2024; tổng kết trong tháng 12/2024, gắn với Hội nghị tổng kết ngành du "
     "lịch thành phố.")

head("VI. KINH PHÍ VÀ TỔ CHỨC THỰC HIỆN")
head("1. Kinh phí")
para("Tổng dự toán 185.000.000 đồng, từ ngân sách thành phố năm 2024 giao cho Phòng Văn hóa và Thông "
     "tin; tiền thưởng chi từ Quỹ thi đua, khen thưởng của thành phố.")
head("2. Phòng Văn hóa và Thông tin")
para("Chủ trì theo dõi, hướng dẫn thực hiện Kế hoạch; người liên hệ: ông Trần Minh Quang, Phó Trưởng "
     "phòng, điện thoại 0905.318.442, thư điện tử vhtt@hoian.gov.vn.")
head("3. Phòng Kinh tế")
para("Kiểm tra việc niêm yết giá, chất lượng hàng hóa tại chợ Hội An và các tuyến phố kinh doanh.")
head("4. UBND các phường, xã")
para("Tuyên truyền, vận động cơ sở đăng ký thi đua; tự kiểm tra và đề xuất khen thưởng theo Kế hoạch.")
head("5. Hiệu lực")
para("Kế hoạch này thay thế Kế hoạch số 61/KH-UBND ngày 14/3/2023 của UBND thành phố về phong trào thi "
     "đua du lịch, thương mại năm 2023./.")
pdf.ln(3)
pdf.set_font("DejaVu", "B", 9)
y0 = pdf.get_y()
if y0 > pdf.h - 70:
    pdf.add_page()
    y0 = pdf.get_y()
pdf.set_font("DejaVu", "B", 9)
pdf.cell(80, 4.5, "Nơi nhận:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 8.5)
for t in ["- UBND tỉnh Quảng Nam (b/c);", "- Sở Nội vụ (Ban Thi đua - Khen thưởng);",
          "- TT Thành ủy, TT HĐND thành phố;", "- Các phòng, ban, đơn vị thuộc UBND TP;",
          "- UBND các phường, xã;", "- Hiệp hội Du lịch Hội An;", "- Lưu: VT, VHTT."]:
    pdf.cell(80, 4.3, t, new_x="LMARGIN", new_y="NEXT")
y1 = pdf.get_y()
pdf.set_xy(pdf.l_margin + 90, y0)
pdf.set_font("DejaVu", "B", 10)
for t in ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Phan Văn Lộc"]:
    pdf.set_x(pdf.l_margin + 90)
    pdf.cell(W - 90, 5, t, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.set_y(max(y1, pdf.get_y()))
pdf.output(OUT)
print("wrote", OUT, "pages", pdf.page_no())
