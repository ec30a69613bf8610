"""Generate the PDF of held-out set S42 (run with /work/main/.venv/bin/python).

Hướng dẫn 15/HD-SNV of Sở Nội vụ tỉnh Nam Định, 12/8/2024: hồ sơ đề nghị khen thưởng cấp Nhà nước.
3 pages; running header on pages 2 and 3; "Trang n/3" at the bottom; a ruled table with wrapped
cells on page 2; a sentence runs from page 1 onto page 2. Each source line is one printed line.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "nam-dinh-2024-huong-dan-ho-so-khen-thuong-cap-nha-nuoc.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/"
RUNNING = "Hướng dẫn số 15/HD-SNV ngày 12/8/2024 của Sở Nội vụ tỉnh Nam Định"
PAGES = 3

PAGE1 = """\
UBND TỈNH NAM ĐỊNH
SỞ NỘI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/HD-SNV
Nam Định, ngày 12 tháng 8 năm 2024
*HƯỚNG DẪN
*Hồ sơ, thủ tục đề nghị khen thưởng cấp Nhà nước
Căn cứ Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP ngày
31/12/2023 của Chính phủ; Quyết định số 21/2024/QĐ-UBND ngày 05/4/2024 của
UBND tỉnh Nam Định ban hành Quy chế thi đua, khen thưởng tỉnh Nam Định;
Sở Nội vụ hướng dẫn hồ sơ đề nghị Huân chương, Bằng khen của Thủ tướng Chính
phủ và danh hiệu Chiến sĩ thi đua toàn quốc như sau:
*PHẦN I. QUY ĐỊNH CHUNG
*1. Phạm vi và đối tượng
1.1. Hướng dẫn này áp dụng với các sở, ban, ngành, UBND các huyện, thành phố
Nam Định và các doanh nghiệp, hội thuộc tỉnh khi trình khen thưởng cấp Nhà nước.
1.2. Không áp dụng với khen thưởng theo niên hạn trong lực lượng vũ trang và
khen thưởng đối ngoại; các trường hợp này thực hiện theo hướng dẫn riêng.
*2. Nguyên tắc chung
2.1. Mỗi hồ sơ chỉ đề nghị một hình thức khen thưởng cho một đối tượng; thành
tích đã được khen thưởng không được dùng để đề nghị hình thức khác.
2.2. Tỷ lệ cá nhân là lãnh đạo, quản lý từ cấp phòng trở lên được đề nghị Bằng
khen của Thủ tướng Chính phủ không quá 30% tổng số cá nhân đề nghị của đơn vị.
2.3. Hồ sơ phải được Hội đồng Thi đua - Khen thưởng cấp trình bỏ phiếu kín, có
từ 80% trở lên tổng số thành viên Hội đồng đồng ý.
*PHẦN II. HỒ SƠ ĐỀ NGHỊ THEO TỪNG HÌNH THỨC
*1. Huân chương Lao động
1.1. Huân chương Lao động hạng Ba tặng cho cá nhân đã được tặng Bằng khen của
Thủ tướng Chính phủ, 05 năm tiếp theo trở lên liên tục hoàn thành xuất sắc
nhiệm vụ và có 02 sáng kiến được công nhận có phạm vi ảnh hưởng cấp tỉnh.
1.2. Hồ sơ đề nghị Huân chương gồm:
a) Tờ trình của Chủ tịch UBND tỉnh (do Sở Nội vụ dự thảo);
b) Tờ trình và danh sách của đơn vị trình, kèm Biên bản họp Hội đồng;
c) Báo cáo thành tích 05 năm theo Mẫu số 02 (cá nhân) hoặc Mẫu số 01 (tập
thể) ban hành kèm theo Nghị định số 98/2023/NĐ-CP, có xác nhận của cấp trình;
d) Văn bản xác nhận chấp hành chính sách, pháp luật về thuế của cơ quan thuế
đối với doanh nghiệp.
1.3. Hồ sơ Huân chương Lao động hạng Nhì, hạng Nhất thực hiện như hạng Ba,
riêng báo cáo thành tích tính trong 05 năm liền kề trước thời điểm đề nghị.
*2. Bằng khen của Thủ tướng Chính phủ
2.1. Tặng cho cá nhân có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong
thời gian đó có 02 sáng kiến được công nhận và áp dụng hiệu quả trong phạm vi
cấp cơ sở; tặng cho tập thể có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ,
nội bộ đoàn kết và thực hiện tốt quy chế dân chủ ở cơ sở.
2.2. Hồ sơ gồm tờ trình, danh sách, biên bản họp Hội đồng và báo cáo thành
"""

PAGE2 = """\
tích 02 năm theo Mẫu số 02 hoặc Mẫu số 01; đối với hộ gia đình, báo cáo
thành tích theo Mẫu số 10 kèm xác nhận của UBND cấp xã nơi cư trú.
*3. Chiến sĩ thi đua toàn quốc
3.1. Xét tặng cho cá nhân có thành tích tiêu biểu xuất sắc được lựa chọn trong
số những cá nhân có 02 lần liên tục được tặng danh hiệu Chiến sĩ thi đua cấp
tỉnh; sáng kiến, đề tài khoa học phải có phạm vi ảnh hưởng và hiệu quả áp dụng
toàn quốc được cơ quan có thẩm quyền công nhận.
3.2. Ngoài hồ sơ như Bằng khen của Thủ tướng Chính phủ, hồ sơ đề nghị danh hiệu
Chiến sĩ thi đua toàn quốc phải có văn bản xác nhận của Hội đồng khoa học, sáng
kiến cấp tỉnh về phạm vi ảnh hưởng toàn quốc của sáng kiến, đề tài khoa học.
*4. Số bộ hồ sơ và thời hạn gửi
Số bộ hồ sơ và thời hạn đơn vị gửi Sở Nội vụ đối với từng hình thức như sau:
#TABLE
Ghi chú: hồ sơ bản chính gửi kèm file điện tử (định dạng .pdf và .doc) qua
Hệ thống quản lý văn bản và điều hành của tỉnh.
*PHẦN III. THẨM ĐỊNH, NƠI NHẬN VÀ TỔ CHỨC THỰC HIỆN
*1. Thời hạn thẩm định và xử lý hồ sơ
1.1. Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ, nếu hồ sơ chưa đầy
đủ, Sở Nội vụ thông báo bằng văn bản để đơn vị bổ sung, hoàn thiện.
1.2. Sở Nội vụ thẩm định, trình Hội đồng Thi đua - Khen thưởng tỉnh trong thời
hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.
1.3. Hồ sơ đề nghị khen thưởng cấp Nhà nước phải lấy ý kiến hiệp y của Ban
Thường vụ Tỉnh ủy trước khi Chủ tịch UBND tỉnh ký tờ trình Thủ tướng Chính phủ.
1.4. Trong 05 ngày làm việc kể từ ngày nhận quyết định khen thưởng của cấp có
thẩm quyền, Sở Nội vụ thông báo kết quả cho đơn vị trình.
*2. Nơi nhận hồ sơ
2.1. Hồ sơ giấy gửi về Phòng Thi đua - Khen thưởng, Sở Nội vụ tỉnh Nam Định,
số 45 đường Trần Hưng Đạo, phường Bà Triệu, thành phố Nam Định.
2.2. Điện thoại: 0228.3649.517; thư điện tử: tdkt.snv@namdinh.gov.vn.
2.3. Hồ sơ gửi qua dịch vụ bưu chính công ích được tính theo ngày đóng dấu bưu
điện nơi gửi.
*3. Hồ sơ không được tiếp nhận
3.1. Hồ sơ gửi sau thời hạn tại mục II.4 được chuyển sang đợt xét tiếp theo,
trừ trường hợp khen thưởng đột xuất.
3.2. Hồ sơ có báo cáo thành tích không có số liệu so sánh với chỉ tiêu được
giao sẽ bị trả lại và không tính vào thời hạn giải quyết.
"""

PAGE3 = """\
*4. Tổ chức thực hiện
4.1. Hướng dẫn này thay thế Hướng dẫn số 07/HD-SNV ngày 20/3/2023 của Sở Nội
vụ về hồ sơ đề nghị khen thưởng cấp Nhà nước.
4.2. Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố phổ biến
Hướng dẫn này đến các cơ quan, đơn vị trực thuộc.
4.3. Trong quá trình thực hiện, nếu có vướng mắc, liên hệ bà Trần Thị Minh
Phương, Trưởng phòng Thi đua - Khen thưởng, điện thoại 0915.226.804.
Nơi nhận:
- UBND tỉnh (để b/c);
- Ban Thi đua - Khen thưởng Trung ương;
- Các sở, ban, ngành, đoàn thể tỉnh;
- UBND các huyện, thành phố;
- Lưu: VT, TĐKT.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Vũ Đức Thịnh
"""

TABLE = [
    ["Hình thức", "Số bộ hồ sơ", "Thời hạn gửi Sở Nội vụ", "Ghi chú"],
    ["Huân chương Lao động các hạng", "04 bộ bản chính",
     "Trước ngày 15 tháng 3 hằng năm (khen thưởng tổng kết)",
     "Kèm 01 bản sao quyết định Bằng khen của Thủ tướng"],
    ["Bằng khen của Thủ tướng Chính phủ", "03 bộ bản chính",
     "Trước ngày 15 tháng 3 hằng năm; khen theo đợt: trong 20 ngày làm việc sau khi kết thúc đợt",
     "Hộ gia đình: kèm xác nhận của UBND cấp xã"],
    ["Chiến sĩ thi đua toàn quốc", "05 bộ bản chính",
     "Trước ngày 01 tháng 4 của năm xét tặng (06 năm một lần)",
     "Kèm văn bản xác nhận của Hội đồng khoa học, sáng kiến cấp tỉnh"],
]


class Doc(FPDF):
    def header(self):
        if self.page_no() > 1:
            self.set_font("DejaVu", "", 8.5)
            self.cell(0, 5, RUNNING, align="C", new_x="LMARGIN", new_y="NEXT")
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(3)

    def footer(self):
        self.set_y(-14)
        self.set_font("DejaVu", "", 9)
        self.cell(0, 6, f"Trang {self.page_no()}/{PAGES}", align="C")


pdf = Doc(format="A4")
pdf.set_auto_page_break(False)
pdf.set_margins(22, 16, 16)
pdf.add_font("DejaVu", "", FONT + "DejaVuSans.ttf")
pdf.add_font("DejaVu", "B", FONT + "DejaVuSans-Bold.ttf")
pdf.set_creation_date(datetime.datetime(2024, 8, 12, 9, 0, 0, tzinfo=datetime.timezone.utc))
pdf.set_title("Hướng dẫn 15/HD-SNV")
pdf.set_author("Sở Nội vụ tỉnh Nam Định")
pdf.set_creator("Sở Nội vụ tỉnh Nam Định")
WIDTH = pdf.w - pdf.l_margin - pdf.r_margin


def write(block):
    for line in block.rstrip("\n").split("\n"):
        if line == "#TABLE":
            pdf.set_font("DejaVu", "", 9)
            with pdf.table(col_widths=(38, 24, 52, 58), line_height=4.6,
                           text_align="LEFT", first_row_as_headings=True) as t:
                for r in TABLE:
                    row = t.row()
                    for c in r:
                        row.cell(c)
            pdf.ln(2)
            continue
        bold = line.startswith("*")
        text = line.lstrip("*")
        pdf.set_font("DejaVu", "B" if bold else "", 10.5)
        if pdf.get_string_width(text) > WIDTH:
            raise SystemExit(f"line too wide: {text}")
        pdf.cell(0, 5.4, text, new_x="LMARGIN", new_y="NEXT")
        if pdf.get_y() > pdf.h - 20:
            raise SystemExit(f"page overflow at: {text}")


for i, block in enumerate((PAGE1, PAGE2, PAGE3)):
    pdf.add_page()
    write(block)
pdf.output(OUT)
print("wrote", OUT)
