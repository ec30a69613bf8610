"""Generate docs/cam-pha-2024-thong-bao-ket-qua-khoi-thi-dua-lich-nop-ho-so.pdf (held-out set S46).

Run: /work/main/.venv/bin/python make_pdf.py

A Thông báo of the Hội đồng Thi đua - Khen thưởng thành phố Cẩm Phả (Quảng Ninh): the results of the
scoring of the emulation blocs for 2024 and the schedule for submitting the dossiers of the year-end
awards. Roman parts I.-IV., items 1., points a). A ruled table in II.1 (fpdf2 table(): bloc × number of
units × bloc head × leading unit with its score × submission half-day); cells wrap onto several lines.
fpdf2 with DejaVu Sans embedded; a running header on pages 2+, "Trang n/N" at the bottom of every page;
paragraphs are wrapped here and broken across pages by the generator, so a sentence runs across the page
break between pages 1 and 2. Creation date before 01/07/2025.
"""
import datetime
import os

from fpdf import FPDF
from fpdf.fonts import FontFace

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cam-pha-2024-thong-bao-ket-qua-khoi-thi-dua-lich-nop-ho-so.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Thông báo số 27/TB-HĐTĐKT ngày 18/11/2024 của Hội đồng TĐKT thành phố Cẩm Phả"
LH = 5.6
GAP = 4  # space before part II; puts the page break inside the sentence of II.1


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
pdf.set_creation_date(datetime.datetime(2024, 11, 18, 16, 40, tzinfo=datetime.timezone.utc))
pdf.set_title("Thông báo 27/TB-HĐTĐKT kết quả chấm điểm khối thi đua và lịch nộp hồ sơ khen thưởng năm 2024")
pdf.set_author("Hội đồng Thi đua - Khen thưởng thành phố Cẩm Phả")
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
    pdf.set_xy(pdf.l_margin - 8, y)
    pdf.cell(74, LH, left, align="C")
    pdf.set_xy(pdf.l_margin + 66, y)
    pdf.cell(W - 60, LH, right, align="C")
    pdf.set_xy(pdf.l_margin, y + LH)


two("UBND THÀNH PHỐ CẨM PHẢ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True)
two("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Độc lập - Tự do - Hạnh phúc", bold=True)
two("Số: 27/TB-HĐTĐKT", "Cẩm Phả, ngày 18 tháng 11 năm 2024")
pdf.ln(3)
para("THÔNG BÁO", bold=True, center=True)
para("Kết quả chấm điểm thi đua các khối năm 2024", bold=True, center=True)
para("và lịch nộp hồ sơ đề nghị khen thưởng tổng kết năm", bold=True, center=True)
pdf.ln(2)
para("Căn cứ Hướng dẫn số 2150/HD-SNV ngày 25/10/2024 của Sở Nội vụ tỉnh Quảng Ninh về công tác thi đua, "
     "khen thưởng tổng kết năm 2024;")
para("Căn cứ Kế hoạch số 41/KH-UBND ngày 22/02/2024 của Ủy ban nhân dân thành phố Cẩm Phả về tổ chức phong "
     "trào thi đua năm 2024;")
para("Căn cứ kết quả phiên họp Hội đồng Thi đua - Khen thưởng thành phố ngày 14/11/2024, Hội đồng Thi đua - "
     "Khen thưởng thành phố thông báo như sau:")
para("I. KẾT QUẢ CHẤM ĐIỂM THI ĐUA CÁC KHỐI NĂM 2024", bold=True, indent=0)
para("1. Năm 2024, thành phố tổ chức 06 khối thi đua với 52 đơn vị tham gia. Các đơn vị tự chấm điểm, các "
     "khối chấm chéo theo thang điểm 1.000; Phòng Nội vụ thẩm định kết quả từ ngày 04/11/2024 đến ngày "
     "08/11/2024.")
para("Nội dung chấm điểm gồm 05 nhóm tiêu chí: thực hiện nhiệm vụ chính trị được giao (500 điểm); cải cách "
     "hành chính, chuyển đổi số (150 điểm); xây dựng tổ chức Đảng, đoàn thể (150 điểm); công tác thi đua, "
     "khen thưởng (100 điểm); điểm thưởng cho sáng kiến, mô hình mới (100 điểm).")
para("2. Kết quả cụ thể:")
para("a) Có 49 đơn vị đạt từ 800 điểm trở lên, được xếp loại hoàn thành xuất sắc nhiệm vụ thi đua; 03 đơn vị "
     "đạt dưới 800 điểm do chậm triển khai chuyển đổi số và nộp báo cáo định kỳ không đúng hạn.")
para("b) Mỗi lần nộp báo cáo chậm so với thời hạn bị trừ 10 điểm; đơn vị có cán bộ, công chức bị kỷ luật "
     "trong năm bị trừ 50 điểm và không được suy tôn dẫn đầu khối.")
para("c) Đơn vị dẫn đầu và số điểm đạt được của từng khối được nêu tại bảng ở mục II.1 Thông báo này.")
para("d) Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua cho 02 đơn vị có số "
     "điểm cao nhất toàn thành phố là Ủy ban nhân dân phường Cửa Ông và Trường Tiểu học Cẩm Thạch; các đơn "
     "vị dẫn đầu khối còn lại được đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.")
para("3. Các đơn vị đạt dưới 800 điểm không được xét danh hiệu \"Tập thể lao động xuất sắc\" và Cờ thi đua "
     "năm 2024; thủ trưởng các đơn vị này báo cáo giải trình bằng văn bản, nêu rõ nguyên nhân và biện pháp khắc "
     "phục, gửi Hội đồng Thi đua - Khen thưởng thành phố (qua Phòng Nội vụ) trước ngày 25/11/2024. Các đơn vị "
     "này không được đề nghị tặng Giấy khen cho tập thể trong đợt tổng kết năm 2024.")
para("4. Đơn vị có ý kiến khác về kết quả chấm điểm gửi văn bản về Phòng Nội vụ trong thời hạn 03 ngày làm việc "
     "kể từ ngày nhận Thông báo này; quá thời hạn trên, kết quả chấm điểm được giữ nguyên để làm căn cứ xét "
     "khen thưởng tổng kết năm. Phòng Nội vụ tổng hợp ý kiến, báo cáo Chủ tịch Hội đồng xem xét, trả lời bằng "
     "văn bản trước ngày 29/11/2024.")
pdf.ln(GAP)
para("II. LỊCH NỘP HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", bold=True, indent=0)
para("1. Các đơn vị nộp hồ sơ theo khối thi đua, đúng buổi được phân công trong bảng sau:")
pdf.ln(1)
blocs = [
    ("STT", "Khối thi đua", "Số đơn vị", "Trưởng khối", "Đơn vị dẫn đầu khối (số điểm)", "Buổi nộp hồ sơ"),
    ("1", "Các phường khu vực phía Đông", "09", "UBND phường Cẩm Phú", "UBND phường Cửa Ông (958 điểm)",
     "Sáng 02/12/2024"),
    ("2", "Các phường khu vực phía Tây và các xã", "07", "UBND phường Quang Hanh",
     "UBND xã Dương Huy (941 điểm)", "Chiều 02/12/2024"),
    ("3", "Đảng, Mặt trận và các đoàn thể", "08", "Ủy ban MTTQ Việt Nam thành phố",
     "Thành đoàn Cẩm Phả (936 điểm)", "Sáng 03/12/2024"),
    ("4", "Các phòng, ban quản lý nhà nước", "13", "Phòng Tài chính - Kế hoạch",
     "Phòng Quản lý đô thị (947 điểm)", "Chiều 03/12/2024"),
    ("5", "Các đơn vị sự nghiệp", "06", "Trung tâm Văn hóa - Thể thao thành phố",
     "Ban Quản lý dự án đầu tư xây dựng thành phố (929 điểm)", "Sáng 04/12/2024"),
    ("6", "Các trường học trực thuộc", "09", "Trường THCS Cẩm Sơn",
     "Trường Tiểu học Cẩm Thạch (952 điểm)", "Chiều 04/12/2024"),
]
pdf.set_font("DejaVu", "", 9.5)
with pdf.table(col_widths=(9, 36, 14, 34, 47, 25), line_height=4.8,
               text_align=("CENTER", "LEFT", "CENTER", "LEFT", "LEFT", "CENTER"),
               headings_style=FontFace(emphasis="BOLD"), borders_layout="ALL") as table:
    for r in blocs:
        row = table.row()
        for v in r:
            row.cell(v)
pdf.ln(2)
para("2. Thời gian tiếp nhận: buổi sáng từ 8 giờ 00 đến 11 giờ 00, buổi chiều từ 14 giờ 00 đến 16 giờ 30. "
     "Đơn vị không nộp đúng buổi được bố trí nộp bổ sung vào ngày 05/12/2024; hồ sơ nộp sau ngày 06/12/2024 "
     "không được tiếp nhận để xét khen thưởng tổng kết năm 2024.")
para("3. Địa điểm tiếp nhận: Phòng Nội vụ thành phố (cơ quan thường trực Hội đồng), phòng 204, tầng 2, Trụ sở "
     "Thành ủy - HĐND - UBND thành phố, số 368 đường Trần Phú, phường Cẩm Thành; cán bộ tiếp nhận ông Vũ Đức "
     "Thịnh, chuyên viên, điện thoại 0203.3862.418.")
para("III. YÊU CẦU VỀ HỒ SƠ", bold=True, indent=0)
para("1. Thành phần hồ sơ gồm:")
para("a) Tờ trình đề nghị khen thưởng kèm danh sách tập thể, cá nhân;")
para("b) Biên bản họp Hội đồng Thi đua - Khen thưởng cơ sở có kết quả bỏ phiếu kín;")
para("c) Báo cáo thành tích của tập thể, cá nhân theo Mẫu số 02, Mẫu số 03 Phụ lục kèm theo Nghị định số "
     "98/2023/NĐ-CP;")
para("d) Đối với đơn vị đề nghị Cờ thi đua: biên bản chấm điểm, suy tôn của khối có chữ ký của trưởng khối.")
para("2. Số lượng hồ sơ:")
para("a) Giấy khen của Chủ tịch Ủy ban nhân dân thành phố: 01 bộ (bản chính);")
para("b) Bằng khen, Cờ thi đua của Ủy ban nhân dân tỉnh: 03 bộ (bản chính);")
para("c) Hình thức khen thưởng cấp Nhà nước: 05 bộ (bản chính) kèm 01 bộ bản sao.")
para("3. Bản điện tử (định dạng Word và PDF) gửi qua Hệ thống quản lý văn bản và điều hành, đồng thời gửi "
     "hộp thư thiduakhenthuong.campha@quangninh.gov.vn trước khi nộp bản giấy.")
para("4. Số lượng cá nhân đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân thành phố không vượt quá 10% "
     "tổng số cán bộ, công chức, viên chức, người lao động của đơn vị.")
para("IV. TỔ CHỨC THỰC HIỆN", bold=True, indent=0)
para("1. Trưởng các khối thi đua đôn đốc đơn vị thành viên nộp hồ sơ đúng lịch và gửi biên bản chấm điểm, suy "
     "tôn của khối về Phòng Nội vụ trước ngày 29/11/2024.")
para("2. Phòng Nội vụ thẩm định hồ sơ, thông báo cho đơn vị nếu hồ sơ chưa hợp lệ trong thời hạn 02 ngày làm "
     "việc kể từ ngày tiếp nhận; tổng hợp trình Hội đồng họp xét, dự kiến vào ngày 16/12/2024.")
para("3. Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 của thành phố tổ chức vào ngày 09/01/2025 "
     "tại Cung Văn hóa Thiếu nhi thành phố; các đơn vị dẫn đầu khối cử 01 lãnh đạo dự và nhận khen thưởng.")
para("Hội đồng Thi đua - Khen thưởng thành phố thông báo để các cơ quan, đơn vị biết, thực hiện./.")
pdf.ln(2)
para("Nơi nhận:", bold=True, indent=0)
for x in ("- Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh;", "- Chủ tịch, các PCT UBND thành phố;",
          "- Thành viên Hội đồng TĐKT thành phố;", "- Các khối thi đua (06 khối);", "- Lưu: VT, NV."):
    para(x, indent=0)
para("TM. HỘI ĐỒNG", bold=True, center=True)
para("KT. CHỦ TỊCH", bold=True, center=True)
para("PHÓ CHỦ TỊCH", bold=True, center=True)
pdf.ln(6)
para("Nguyễn Thị Minh Nguyệt", bold=True, center=True)

os.makedirs(os.path.dirname(OUT), exist_ok=True)
pdf.output(OUT)
print("wrote", OUT, pdf.page_no(), "pages")
