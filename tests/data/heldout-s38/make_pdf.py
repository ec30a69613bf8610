"""Generate docs/bac-kan-2024-huong-dan-ho-so-khen-thuong-cuoi-nam.pdf (held-out set S38).

Run: /work/main/.venv/bin/python make_pdf.py

A Hướng dẫn of the Ban Thi đua - Khen thưởng tỉnh Bắc Kạn (invented number and people) on year-end
reward dossiers: PHẦN I / PHẦN II, then A. / B. / C., then 1. 2., then a) b). fpdf2 with DejaVu Sans
embedded; paragraphs wrap with multi_cell; a running header on pages 2+ and "Trang n/N" at the
bottom of every page; a ruled table whose cells wrap onto several lines (II.B.2).
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "bac-kan-2024-huong-dan-ho-so-khen-thuong-cuoi-nam.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Hướng dẫn số 38/HD-BTĐKT ngày 12/11/2024 của Ban Thi đua - Khen thưởng tỉnh Bắc Kạn"


class Doc(FPDF):
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


pdf = Doc(format="A4")
pdf.set_creation_date(datetime.datetime(2024, 11, 12, 9, 15, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Hướng dẫn hồ sơ đề nghị khen thưởng tổng kết năm 2024")
pdf.set_author("Ban Thi đua - Khen thưởng tỉnh Bắc Kạn")
pdf.alias_nb_pages("{nb}")
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.add_font("DejaVu", "I", FONT + "DejaVuSans-Oblique.ttf")
pdf.set_margins(22, 18, 18)
pdf.set_auto_page_break(True, margin=20)
pdf.add_page()
LH = 5.6
W = pdf.w - pdf.l_margin - pdf.r_margin


def two_col(left, right, style_l="", style_r="B", size=10):
    y = pdf.get_y()
    pdf.set_font("DejaVu", style_l, size)
    pdf.set_xy(pdf.l_margin, y)
    pdf.cell(W * 0.42, 5.5, left, align="C")
    pdf.set_font("DejaVu", style_r, size)
    pdf.set_xy(pdf.l_margin + W * 0.42, y)
    pdf.cell(W * 0.58, 5.5, right, align="C")
    pdf.set_xy(pdf.l_margin, y + 5.5)


def par(text, style="", align="J", indent=True, size=11):
    pdf.set_font("DejaVu", style, size)
    pdf.multi_cell(W, LH, ("      " if indent else "") + text, align=align, new_x="LMARGIN", new_y="NEXT")


def head(text):
    par(text, style="B", align="L", indent=False)


two_col("SỞ NỘI VỤ TỈNH BẮC KẠN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "", "B")
two_col("BAN THI ĐUA - KHEN THƯỞNG", "Độc lập - Tự do - Hạnh phúc", "B", "B")
pdf.ln(3)
two_col("Số: 38/HD-BTĐKT", "Bắc Kạn, ngày 12 tháng 11 năm 2024", "", "I")
pdf.ln(5)
par("HƯỚNG DẪN", style="B", align="C", indent=False, size=13)
par("Hồ sơ, thủ tục và thời hạn đề nghị khen thưởng tổng kết năm 2024", style="B", align="C",
    indent=False)
pdf.ln(3 + LH)
par("Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 "
    "của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
par("Căn cứ Quyết định số 19/2024/QĐ-UBND ngày 22/4/2024 của Ủy ban nhân dân tỉnh Bắc Kạn ban hành "
    "Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;")
par("Ban Thi đua - Khen thưởng tỉnh hướng dẫn hồ sơ, thủ tục và thời hạn đề nghị khen thưởng tổng "
    "kết năm 2024 như sau:")

head("PHẦN I. QUY ĐỊNH CHUNG")
head("A. PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG")
par("1. Hướng dẫn này áp dụng đối với các sở, ban, ngành, đoàn thể tỉnh; Ủy ban nhân dân các huyện, "
    "thành phố; các doanh nghiệp, hợp tác xã thuộc khối, cụm thi đua của tỉnh (sau đây gọi chung "
    "là các cơ quan, đơn vị).")
par("2. Thành tích xét khen thưởng tổng kết năm 2024 được tính từ ngày 01/12/2023 đến ngày "
    "30/11/2024; riêng ngành Giáo dục và Đào tạo tính theo năm học 2023 - 2024.")
head("B. NGUYÊN TẮC XÉT, ĐỀ NGHỊ KHEN THƯỞNG")
par("1. Khen thưởng bảo đảm chính xác, công khai, minh bạch, kịp thời; chú trọng khen thưởng "
    "người lao động trực tiếp, công chức, viên chức không giữ chức vụ lãnh đạo.")
par("2. Tỷ lệ cá nhân là lãnh đạo, quản lý được đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh "
    "không quá 30% tổng số cá nhân được đề nghị của cơ quan, đơn vị.")
par("3. Không đề nghị khen thưởng đối với tập thể, cá nhân đang bị thanh tra, kiểm tra, điều tra "
    "hoặc có đơn thư khiếu nại, tố cáo đang được xem xét giải quyết.")

head("PHẦN II. DANH HIỆU, HÌNH THỨC KHEN THƯỞNG VÀ HỒ SƠ")
head("A. DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG CẤP TỈNH")
par("1. Cờ thi đua của Ủy ban nhân dân tỉnh")
par("a) Tặng cho tập thể dẫn đầu khối, cụm thi đua của tỉnh, được khối, cụm bình xét, suy tôn; mỗi "
    "khối, cụm đề nghị không quá 02 đơn vị.")
par("b) Đơn vị không thuộc khối, cụm thi đua của tỉnh được đề nghị không quá 01 Cờ thi đua và phải "
    "được đánh giá hoàn thành xuất sắc nhiệm vụ năm 2024.")
par("2. Tập thể lao động xuất sắc và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
par("a) Tập thể lao động xuất sắc: số lượng không quá 30% tổng số tập thể đạt danh hiệu Tập thể lao "
    "động tiên tiến của cơ quan, đơn vị.")
par("b) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh tặng cá nhân, tập thể có 02 năm liên tục hoàn "
    "thành xuất sắc nhiệm vụ; hộ gia đình có đóng góp từ 100.000.000 đồng trở lên (tiền hoặc hiện "
    "vật quy đổi) cho sự nghiệp xây dựng nông thôn mới.")
par("3. Chiến sĩ thi đua cấp tỉnh")
par("a) Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở, lần thứ ba đạt trong năm 2024.")
par("b) Có sáng kiến được Hội đồng sáng kiến cấp tỉnh công nhận có hiệu quả áp dụng và khả năng "
    "nhân rộng trong phạm vi toàn tỉnh.")
par("c) Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu kín; cá nhân được đề nghị phải đạt từ 70% số "
    "phiếu đồng ý trở lên của tổng số thành viên Hội đồng.")
head("B. HỒ SƠ, SỐ LƯỢNG VÀ THỜI HẠN")
par("1. Thành phần hồ sơ đề nghị khen thưởng gồm:")
par("a) Tờ trình đề nghị khen thưởng của cơ quan, đơn vị kèm danh sách tập thể, cá nhân;")
par("b) Biên bản họp và kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng cấp trình;")
par("c) Báo cáo thành tích của tập thể theo Mẫu số 02, của cá nhân theo Mẫu số 03 tại Phụ lục ban "
    "hành kèm theo Nghị định số 98/2023/NĐ-CP;")
par("d) Bản sao quyết định công nhận sáng kiến đối với hồ sơ đề nghị Chiến sĩ thi đua cấp tỉnh.")
par("2. Số bộ hồ sơ và thời hạn nộp về Ban Thi đua - Khen thưởng tỉnh đối với từng loại hình khen "
    "thưởng như sau:")
pdf.ln(1)
pdf.set_font("DejaVu", "", 9.5)
rows = [
    ("STT", "Danh hiệu, hình thức khen thưởng", "Số bộ hồ sơ", "Thời hạn nộp", "Ghi chú"),
    ("1", "Cờ thi đua của Ủy ban nhân dân tỉnh", "02 bộ bản chính",
     "Trước ngày 10/01/2025", "Sau khi khối, cụm tổ chức tổng kết và suy tôn đơn vị dẫn đầu"),
    ("2", "Tập thể lao động xuất sắc", "01 bộ bản chính", "Trước ngày 20/12/2024",
     "Ngành Giáo dục và Đào tạo nộp trước ngày 15 tháng 8 hằng năm"),
    ("3", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", "01 bộ bản chính",
     "Trước ngày 20/12/2024", "Kèm tệp danh sách định dạng .docx gửi qua hộp thư điện tử"),
    ("4", "Chiến sĩ thi đua cấp tỉnh", "03 bộ bản chính", "Trước ngày 05/12/2024",
     "Kèm bản sao quyết định công nhận 03 lần Chiến sĩ thi đua cơ sở"),
    ("5", "Bằng khen của Thủ tướng Chính phủ", "04 bộ bản chính", "Trước ngày 25/12/2024",
     "Doanh nghiệp kèm xác nhận của cơ quan thuế và bảo hiểm xã hội"),
]
with pdf.table(col_widths=(10, 44, 24, 30, 62), text_align=("CENTER", "LEFT", "CENTER", "CENTER", "LEFT"),
               line_height=4.8, headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL",
               padding=1) as t:
    for r in rows:
        row = t.row()
        for v in r:
            row.cell(v)
pdf.ln(2)
par("3. Hồ sơ gửi về Ban Thi đua - Khen thưởng tỉnh, tầng 3 trụ sở Sở Nội vụ, số 7 đường Trường "
    "Chinh, phường Đức Xuân, thành phố Bắc Kạn; điện thoại 0209 3871 246; bản điện tử gửi qua Hệ "
    "thống quản lý văn bản và điều hành và hộp thư btdkt.snv@backan.gov.vn.")
par("4. Trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Ban Thi đua - Khen thưởng "
    "tỉnh thẩm định, trình Hội đồng Thi đua - Khen thưởng tỉnh. Hồ sơ chưa đầy đủ được thông báo "
    "trả lại trong 03 ngày làm việc; cơ quan, đơn vị hoàn thiện và gửi lại trong 05 ngày làm việc "
    "kể từ ngày nhận thông báo.")
par("5. Hồ sơ gửi sau thời hạn nêu tại bảng trên không được xem xét trong đợt khen thưởng tổng kết "
    "năm 2024, trừ hồ sơ khen thưởng đột xuất và khen thưởng theo chuyên đề.")
head("C. TỔ CHỨC THỰC HIỆN")
par("1. Thủ trưởng các cơ quan, đơn vị công khai danh sách tập thể, cá nhân đề nghị khen thưởng tại "
    "đơn vị ít nhất 05 ngày làm việc trước khi trình và chịu trách nhiệm về thành tích đề nghị.")
par("2. Phòng Nội vụ các huyện, thành phố tổng hợp, báo cáo số liệu khen thưởng năm 2024 của cấp "
    "huyện về Ban Thi đua - Khen thưởng tỉnh trước ngày 15/01/2025.")
par("3. Hướng dẫn này thay thế Hướng dẫn số 41/HD-BTĐKT ngày 20/11/2023 của Ban Thi đua - Khen "
    "thưởng tỉnh về khen thưởng tổng kết năm 2023.")
par("4. Đầu mối liên hệ: bà Hoàng Thị Thu Trang, chuyên viên Phòng Nghiệp vụ Thi đua - Khen thưởng, "
    "điện thoại 0912 604 375. Trong quá trình thực hiện, nếu có vướng mắc, đề nghị phản ánh về Ban "
    "Thi đua - Khen thưởng tỉnh để được hướng dẫn./.")
pdf.ln(3)
y = pdf.get_y()
pdf.set_font("DejaVu", "B", 10)
pdf.cell(W * 0.5, 5, "Nơi nhận:", new_x="LMARGIN", new_y="NEXT")
pdf.set_font("DejaVu", "", 9)
for l in ("- Sở Nội vụ (báo cáo);", "- Thường trực Hội đồng TĐKT tỉnh;", "- Các sở, ban, ngành, đoàn thể tỉnh;",
          "- UBND các huyện, thành phố;", "- Phòng Nội vụ các huyện, thành phố;", "- Lưu: VT, NVTĐKT."):
    pdf.cell(W * 0.5, 4.6, l, new_x="LMARGIN", new_y="NEXT")
pdf.set_xy(pdf.l_margin + W * 0.5, y)
pdf.set_font("DejaVu", "B", 11)
for l in ("KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "", "", "Nông Thị Hồng Nhung"):
    pdf.set_x(pdf.l_margin + W * 0.5)
    pdf.cell(W * 0.5, 6, l, align="C", new_x="LMARGIN", new_y="NEXT")
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
