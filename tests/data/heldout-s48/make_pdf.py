"""Generate docs/vi-thanh-2024-quy-dinh-cham-diem-thi-dua-khoi.pdf (held-out set S48).

Run: /work/main/.venv/bin/python make_pdf.py

A Quyết định of UBND thành phố Vị Thanh (Hậu Giang) issuing a Quy định on the criteria for scoring the
emulation blocs (khối thi đua): the decision's own Điều 1-3, Nơi nhận and signature, then the attached
QUY ĐỊNH with Chương I-IV, Điều 1-10, clauses and points, and a ruled scoring table (criteria × max
points; some cells wrap onto two lines). fpdf2 with DejaVu Sans embedded; a running header on pages
2+, "Trang n/N" at the bottom of every page; paragraphs are wrapped here and broken across pages by
the generator, so a sentence runs across the page break between pages 1 and 2. Creation date before
01/07/2025.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "vi-thanh-2024-quy-dinh-cham-diem-thi-dua-khoi.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Quyết định số 1186/QĐ-UBND ngày 22/4/2024 của UBND thành phố Vị Thanh"
LH = 5.4


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8)
            self.set_y(8)
            self.cell(0, 4, RUNNING, align="C")
            self.set_y(17)
            self.set_font("DejaVu", "", 10.5)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 8)
        self.cell(0, 5, f"Trang {self.page_no()}/{{nb}}", align="C")
        self.set_font("DejaVu", "", 10.5)


pdf = Doc(format="A4")
pdf.set_margins(22, 17, 18)
pdf.set_auto_page_break(True, margin=20)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_creation_date(datetime.datetime(2024, 4, 22, 16, 5, tzinfo=datetime.timezone.utc))
pdf.set_title("Quyết định 1186/QĐ-UBND ban hành Quy định tiêu chí chấm điểm thi đua khối")
pdf.set_author("UBND thành phố Vị Thanh")
pdf.set_creator("make_pdf.py")
pdf.alias_nb_pages()
pdf.add_page()
pdf.set_font("DejaVu", "", 10.5)
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
    pdf.set_font("DejaVu", "B" if bold else "", 10.5)
    if center:
        pdf.cell(0, LH, text, align="C", new_x="LMARGIN", new_y="NEXT")
        return
    for i, l in enumerate(wrap(text, indent)):
        if pdf.get_y() + LH > pdf.h - 20:
            pdf.add_page()
        pdf.set_x(pdf.l_margin + (indent if i == 0 else 0))
        pdf.cell(0, LH, l, new_x="LMARGIN", new_y="NEXT")


def two(left, right, bold=False):
    pdf.set_font("DejaVu", "B" if bold else "", 10)
    y = pdf.get_y()
    pdf.set_xy(pdf.l_margin - 6, y)
    pdf.cell(70, LH, left, align="C")
    pdf.set_xy(pdf.l_margin + 66, y)
    pdf.cell(W - 60, LH, right, align="C")
    pdf.set_xy(pdf.l_margin, y + LH)


two("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
two("THÀNH PHỐ VỊ THANH", "Độc lập - Tự do - Hạnh phúc", bold=True)
two("Số: 1186/QĐ-UBND", "Vị Thanh, ngày 22 tháng 4 năm 2024")
pdf.ln(3)
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Ban hành Quy định tiêu chí chấm điểm thi đua đối với các khối thi đua", bold=True, center=True)
para("thuộc thành phố Vị Thanh", bold=True, center=True)
pdf.ln(1)
para("ỦY BAN NHÂN DÂN THÀNH PHỐ VỊ THANH", bold=True, center=True)
pdf.ln(1)
para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
     "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;")
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 "
     "của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
para("Căn cứ Quyết định số 08/2024/QĐ-UBND ngày 15/3/2024 của Ủy ban nhân dân tỉnh Hậu Giang ban hành Quy chế "
     "công tác thi đua, khen thưởng trên địa bàn tỉnh Hậu Giang;")
para("Theo đề nghị của Trưởng phòng Nội vụ thành phố tại Tờ trình số 45/TTr-PNV ngày 16/4/2024.")
para("QUYẾT ĐỊNH:", bold=True, center=True)
para("Điều 1. Ban hành kèm theo Quyết định này Quy định tiêu chí chấm điểm thi đua đối với các khối thi đua "
     "thuộc thành phố Vị Thanh.")
para("Điều 2. Quyết định này có hiệu lực kể từ ngày ký, áp dụng từ kỳ chấm điểm năm 2024 và thay thế Quyết "
     "định số 2035/QĐ-UBND ngày 18/7/2022 của Ủy ban nhân dân thành phố ban hành tiêu chí chấm điểm thi đua "
     "khối.")
para("Điều 3. Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Nội vụ, Trưởng các khối thi đua, Thủ "
     "trưởng các cơ quan, đơn vị và Chủ tịch Ủy ban nhân dân các phường, xã chịu trách nhiệm thi hành Quyết "
     "định này./.")
pdf.ln(1)
para("Nơi nhận:", bold=True, indent=0)
for x in ("- Như Điều 3;", "- Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Hậu Giang;",
          "- TT Thành ủy, TT HĐND thành phố;", "- Chủ tịch, các PCT UBND thành phố;", "- Lưu: VT, NV."):
    para(x, indent=0)
para("KT. CHỦ TỊCH", bold=True, center=True)
para("PHÓ CHỦ TỊCH", bold=True, center=True)
pdf.ln(4)
para("Huỳnh Thanh Phong", bold=True, center=True)
pdf.ln(4)

# ---------------------------------------------------------------- the attached regulation
para("QUY ĐỊNH", bold=True, center=True)
para("Tiêu chí chấm điểm thi đua đối với các khối thi đua thuộc thành phố Vị Thanh", bold=True, center=True)
para("(Ban hành kèm theo Quyết định số 1186/QĐ-UBND ngày 22/4/2024 của UBND thành phố Vị Thanh)", center=True)
para("Chương I. QUY ĐỊNH CHUNG", bold=True, center=True)
para("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", bold=True)
para("1. Quy định này quy định tiêu chí, thang điểm, trình tự chấm điểm và xếp hạng thi đua hằng năm của các "
     "khối thi đua thuộc thành phố Vị Thanh, làm căn cứ để suy tôn đơn vị dẫn đầu và đề nghị khen thưởng.")
para("2. Quy định này áp dụng đối với 35 cơ quan, đơn vị được tổ chức thành 04 khối thi đua: Khối phường, xã "
     "(09 đơn vị); Khối Đảng, Mặt trận và các đoàn thể (08 đơn vị); Khối cơ quan chuyên môn (12 đơn vị); Khối "
     "đơn vị sự nghiệp (06 đơn vị).")
para("Điều 2. Nguyên tắc chấm điểm", bold=True)
para("1. Việc chấm điểm bảo đảm công khai, khách quan, dựa trên kết quả thực hiện nhiệm vụ có số liệu, minh "
     "chứng cụ thể; đơn vị tự chấm điểm, khối chấm chéo và Phòng Nội vụ thẩm định.")
para("2. Điểm chấm của từng tiêu chí được làm tròn đến 0,5 điểm; không chấm vượt điểm tối đa của tiêu chí.")
para("3. Đơn vị mới thành lập hoặc sáp nhập chưa đủ 06 tháng hoạt động thì không xếp hạng mà chỉ đánh giá "
     "bằng nhận xét.")
para("Chương II. TIÊU CHÍ VÀ THANG ĐIỂM", bold=True, center=True)
para("Điều 3. Thang điểm", bold=True)
para("1. Tổng điểm tối đa của mỗi đơn vị là 100 điểm, phân bổ cho các nhóm tiêu chí theo bảng sau:")
pdf.ln(1)
table = [
    ("STT", "Nhóm tiêu chí", "Điểm tối đa"),
    ("1", "Thực hiện các chỉ tiêu, nhiệm vụ chính trị được giao trong năm", "35"),
    ("2", "Cải cách hành chính, chuyển đổi số", "15"),
    ("3", "Xây dựng tổ chức Đảng, chính quyền, đoàn thể trong sạch, vững mạnh", "15"),
    ("4", "Tổ chức phong trào thi đua và công tác khen thưởng", "15"),
    ("5", "Chế độ thông tin, báo cáo và tham gia hoạt động chung của khối", "10"),
    ("6", "Điểm thưởng (sáng kiến, mô hình mới, thành tích đột xuất)", "10"),
    ("", "Tổng cộng", "100"),
]
pdf.set_font("DejaVu", "", 10)
with pdf.table(col_widths=(12, 100, 28), line_height=5, text_align=("CENTER", "LEFT", "CENTER"), width=120,
               headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL") as tb:
    for r in table:
        row = tb.row()
        for v in r:
            row.cell(v)
pdf.ln(2)
para("2. Đơn vị đạt điểm tối đa ở tiêu chí thứ nhất khi hoàn thành 100% chỉ tiêu được giao; mỗi chỉ tiêu "
     "không hoàn thành bị trừ 2 điểm.")
para("Điều 4. Tiêu chí cải cách hành chính, chuyển đổi số", bold=True)
para("1. Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn và trước hạn đạt từ 98% trở lên; tỷ lệ hồ sơ "
     "trực tuyến toàn trình đạt từ 60% trở lên.")
para("2. Văn bản đi được ký số và gửi, nhận trên hệ thống quản lý văn bản điều hành đạt 100%, trừ văn bản mật.")
para("Điều 5. Tiêu chí công tác thi đua, khen thưởng", bold=True)
para("1. Đơn vị được chấm điểm tối đa của tiêu chí này khi thực hiện đủ các yêu cầu sau:")
para("a) Ban hành kế hoạch phát động phong trào thi đua năm trước ngày 31 tháng 01 hằng năm;")
para("b) Gửi bản đăng ký thi đua về Trưởng khối trước ngày 15 tháng 02 hằng năm;")
para("c) Có ít nhất 01 điển hình tiên tiến được phát hiện, bồi dưỡng và nhân rộng trong năm;")
para("d) Tỷ lệ cá nhân là lãnh đạo, quản lý trong tổng số cá nhân được đề nghị khen thưởng không quá 25%.")
para("2. Đơn vị đề nghị khen thưởng không đúng quy định, phải thu hồi quyết định khen thưởng bị trừ 3 điểm.")
para("Điều 6. Điểm thưởng và điểm trừ", bold=True)
para("1. Điểm thưởng: mỗi sáng kiến được Hội đồng sáng kiến thành phố công nhận được cộng 01 điểm; tập thể "
     "được tặng Bằng khen đột xuất của Chủ tịch Ủy ban nhân dân tỉnh được cộng 02 điểm; tổng điểm thưởng "
     "không vượt mức tối đa quy định tại Điều 3.")
para("2. Điểm trừ: đơn vị có công chức, viên chức bị kỷ luật từ khiển trách trở lên bị trừ 02 điểm cho mỗi "
     "trường hợp; gửi báo cáo chậm so với thời hạn bị trừ 0,5 điểm mỗi lần; để xảy ra khiếu nại đông người "
     "vượt cấp bị trừ 05 điểm.")
para("Chương III. CHẤM ĐIỂM, XẾP HẠNG", bold=True, center=True)
para("Điều 7. Trình tự chấm điểm", bold=True)
para("1. Đơn vị tự chấm điểm kèm bảng minh chứng, gửi Trưởng khối trước ngày 25 tháng 11 hằng năm.")
para("2. Trưởng khối tổ chức họp chấm chéo, hoàn thành trước ngày 05 tháng 12 hằng năm; biên bản họp khối "
     "và bảng tổng hợp điểm gửi Phòng Nội vụ trong 03 ngày làm việc kể từ ngày họp.")
para("3. Phòng Nội vụ thẩm định kết quả chấm điểm trong 07 ngày làm việc, trình Hội đồng Thi đua - Khen "
     "thưởng thành phố xem xét.")
para("Điều 8. Xếp hạng và đề nghị khen thưởng", bold=True)
para("1. Căn cứ tổng điểm, đơn vị được xếp loại như sau:")
para("a) Xuất sắc: đạt từ 90 điểm trở lên;")
para("b) Tốt: đạt từ 75 điểm đến dưới 90 điểm;")
para("c) Khá: đạt từ 60 điểm đến dưới 75 điểm;")
para("d) Trung bình: đạt dưới 60 điểm.")
para("2. Mỗi khối suy tôn 01 đơn vị dẫn đầu để đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua và 02 "
     "đơn vị xếp tiếp theo để đề nghị tặng Bằng khen; đơn vị dẫn đầu phải đạt từ 95 điểm trở lên.")
para("3. Trường hợp hai đơn vị bằng điểm nhau, đơn vị có điểm tiêu chí thứ nhất cao hơn được xếp trên; nếu "
     "vẫn bằng nhau thì khối biểu quyết bằng phiếu kín.")
para("Chương IV. TỔ CHỨC THỰC HIỆN", bold=True, center=True)
para("Điều 9. Trách nhiệm thi hành", bold=True)
para("1. Phòng Nội vụ (cơ quan thường trực Hội đồng Thi đua - Khen thưởng thành phố) hướng dẫn, theo dõi, "
     "tổng hợp kết quả chấm điểm; tham mưu công bố kết quả xếp hạng trước ngày 20 tháng 12 hằng năm.")
para("2. Trưởng khối do các đơn vị trong khối luân phiên đảm nhận theo năm; năm 2024, Ủy ban nhân dân phường "
     "V làm Trưởng Khối phường, xã.")
para("Điều 10. Sửa đổi, bổ sung", bold=True)
para("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Nội vụ thành phố "
     "(điện thoại 0293.3878.602) để tổng hợp, báo cáo Ủy ban nhân dân thành phố xem xét, sửa đổi, bổ sung.")

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
