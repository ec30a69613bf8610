"""Generate docs/ha-tinh-2025-quy-che-thi-dua-benh-vien-da-khoa.docx (held-out set S35).

Run: /work/main/.venv/bin/python make_docx.py
Everything in it is invented. All numbers of articles, clauses and points are typed.
"""
import datetime
import os

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ha-tinh-2025-quy-che-thi-dua-benh-vien-da-khoa.docx")

doc = Document()
st = doc.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in doc.sections:
    s.top_margin = Cm(2)
    s.bottom_margin = Cm(2)
    s.left_margin = Cm(3)
    s.right_margin = Cm(2)


def para(text, bold=False, italic=False, center=False, right=False, indent=True):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif right:
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    return p


def header(with_number):
    para("SỞ Y TẾ HÀ TĨNH\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, indent=False)
    para("BỆNH VIỆN ĐA KHOA TỈNH\tĐộc lập - Tự do - Hạnh phúc", bold=True, indent=False)
    if with_number:
        para("Số: 512/QĐ-BVĐK\tHà Tĩnh, ngày 14 tháng 3 năm 2025", italic=False, indent=False)


def article(text):
    para(text, bold=True)


def chapter(num, title):
    para("Chương " + num, bold=True, center=True)
    para(title, bold=True, center=True)


# ------------------------------------------------------------------ the decision
header(True)
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Ban hành Quy chế thi đua, khen thưởng của Bệnh viện Đa khoa tỉnh Hà Tĩnh", bold=True, center=True)
para("GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH HÀ TĨNH", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic=True)
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
     "thi hành một số điều của Luật Thi đua, khen thưởng;", italic=True)
para("Căn cứ Quyết định số 2218/QĐ-SYT ngày 09 tháng 10 năm 2023 của Giám đốc Sở Y tế quy định chức "
     "năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bệnh viện Đa khoa tỉnh;", italic=True)
para("Theo đề nghị của Trưởng phòng Tổ chức cán bộ.", italic=True)
para("QUYẾT ĐỊNH:", bold=True, center=True)
para("Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Bệnh viện Đa khoa "
     "tỉnh Hà Tĩnh.")
para("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết "
     "định số 1047/QĐ-BVĐK ngày 22 tháng 11 năm 2021 của Giám đốc Bệnh viện ban hành Quy chế thi đua, "
     "khen thưởng của Bệnh viện.")
para("Điều 3. Trưởng phòng Tổ chức cán bộ, Trưởng phòng Tài chính - Kế toán, trưởng các khoa, phòng, "
     "trung tâm trực thuộc và viên chức, người lao động của Bệnh viện chịu trách nhiệm thi hành Quyết "
     "định này./.")
para("Nơi nhận:", bold=True, italic=True, indent=False)
for line in ["- Như Điều 3;", "- Sở Y tế (để báo cáo);", "- Ban Giám đốc;", "- Công đoàn Bệnh viện;",
             "- Trang thông tin điện tử Bệnh viện;", "- Lưu: VT, TCCB."]:
    para(line, indent=False)
para("GIÁM ĐỐC", bold=True, right=True)
para("(Đã ký)", italic=True, right=True)
para("Phan Đình Khôi", bold=True, right=True)
doc.add_page_break()

# ------------------------------------------------------------------ the regulation
header(False)
para("QUY CHẾ", bold=True, center=True)
para("Thi đua, khen thưởng của Bệnh viện Đa khoa tỉnh Hà Tĩnh", bold=True, center=True)
para("(Ban hành kèm theo Quyết định số 512/QĐ-BVĐK ngày 14 tháng 3 năm 2025 của Giám đốc Bệnh viện "
     "Đa khoa tỉnh Hà Tĩnh)", italic=True, center=True)

chapter("I", "QUY ĐỊNH CHUNG")
article("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng")
para("1. Quy chế này quy định về danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn, mức thưởng, "
     "trình tự, thủ tục, hồ sơ xét khen thưởng thuộc thẩm quyền của Giám đốc Bệnh viện và việc đề nghị "
     "cấp trên khen thưởng.")
para("2. Quy chế áp dụng đối với các khoa, phòng, trung tâm trực thuộc (sau đây gọi chung là khoa, "
     "phòng); viên chức và người lao động có hợp đồng lao động từ đủ 12 tháng trở lên tại Bệnh viện.")
para("3. Học viên, bác sĩ nội trú và người lao động làm việc theo hợp đồng thời vụ không thuộc đối "
     "tượng xét danh hiệu thi đua theo Quy chế này.")
article("Điều 2. Nguyên tắc thi đua, khen thưởng")
para("1. Thi đua trên cơ sở tự nguyện, tự giác, công khai, đoàn kết; khen thưởng bảo đảm chính xác, "
     "kịp thời, đúng đối tượng, lấy hiệu quả khám bệnh, chữa bệnh và sự hài lòng của người bệnh làm "
     "thước đo chủ yếu.")
para("2. Số cá nhân giữ chức vụ trưởng, phó khoa, phòng trở lên được đề nghị tặng Giấy khen không vượt "
     "quá 15% tổng số cá nhân được đề nghị tặng Giấy khen trong năm.")
para("3. Cá nhân bị kỷ luật từ hình thức khiển trách trở lên trong năm thi đua không được xét danh hiệu "
     "thi đua; cá nhân để xảy ra sự cố y khoa nghiêm trọng đã được Hội đồng chuyên môn kết luận thì "
     "không xét khen thưởng trong năm đó.")
article("Điều 3. Thời gian tính thành tích")
para("Năm thi đua được tính từ ngày 01 tháng 12 năm trước đến hết ngày 30 tháng 11 của năm xét khen "
     "thưởng. Thời gian nghỉ chế độ thai sản theo quy định được tính vào thời gian công tác để xét danh "
     "hiệu thi đua.")

chapter("II", "DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG VÀ MỨC THƯỞNG")
article("Điều 4. Danh hiệu thi đua đối với cá nhân")
para("1. Danh hiệu \"Lao động tiên tiến\" xét tặng cho cá nhân đạt các tiêu chuẩn sau:")
para("a) Hoàn thành tốt nhiệm vụ trở lên, có thời gian công tác tại Bệnh viện từ 10 tháng trở lên "
     "trong năm thi đua;")
para("b) Chấp hành tốt quy tắc ứng xử, không bị người bệnh phản ánh có căn cứ về thái độ phục vụ;")
para("c) Nghỉ việc riêng không hưởng lương không quá 30 ngày làm việc trong năm thi đua.")
para("2. Danh hiệu \"Chiến sĩ thi đua cơ sở\" xét tặng cho cá nhân đạt các tiêu chuẩn sau:")
para("a) Đạt danh hiệu \"Lao động tiên tiến\" và được đánh giá hoàn thành xuất sắc nhiệm vụ;")
para("b) Có sáng kiến hoặc đề tài nghiên cứu khoa học cấp cơ sở được Hội đồng Khoa học và Công nghệ "
     "Bệnh viện công nhận, áp dụng tại khoa, phòng;")
para("c) Số lượng không quá 15% tổng số cá nhân đạt danh hiệu \"Lao động tiên tiến\" của Bệnh viện.")
article("Điều 5. Danh hiệu thi đua đối với tập thể")
para("1. Danh hiệu \"Tập thể lao động tiên tiến\" xét tặng cho khoa, phòng hoàn thành tốt nhiệm vụ, có "
     "ít nhất 65% cá nhân đạt danh hiệu \"Lao động tiên tiến\" và không có cá nhân bị kỷ luật từ hình "
     "thức cảnh cáo trở lên.")
para("2. Danh hiệu \"Tập thể lao động xuất sắc\": Bệnh viện lựa chọn không quá 20% số tập thể đạt danh "
     "hiệu \"Tập thể lao động tiên tiến\", trình Giám đốc Sở Y tế để đề nghị Chủ tịch Ủy ban nhân dân "
     "tỉnh xét tặng.")
para("3. Giám đốc Bệnh viện quyết định công nhận các danh hiệu \"Lao động tiên tiến\", \"Chiến sĩ thi "
     "đua cơ sở\" và \"Tập thể lao động tiên tiến\".")
article("Điều 6. Giấy khen của Giám đốc Bệnh viện")
para("1. Giấy khen tặng cho cá nhân hoàn thành xuất sắc nhiệm vụ, có thành tích tiêu biểu trong chuyên "
     "môn, chăm sóc người bệnh hoặc cải cách hành chính.")
para("2. Giấy khen tặng cho tập thể hoàn thành xuất sắc nhiệm vụ, dẫn đầu về chỉ số hài lòng người bệnh "
     "hoặc chất lượng bệnh viện trong năm.")
para("3. Khen thưởng đột xuất bằng Giấy khen cho tập thể, cá nhân có hành động dũng cảm, cấp cứu thành "
     "công ca bệnh đặc biệt khó hoặc được người bệnh, gia đình người bệnh gửi từ 03 thư cảm ơn trở lên "
     "trong một quý.")
article("Điều 7. Mức tiền thưởng")
para("1. Mức tiền thưởng tính trên mức lương cơ sở 2.340.000 đồng, cụ thể như sau:")

table = doc.add_table(rows=7, cols=4)
table.style = "Table Grid"
table.alignment = WD_TABLE_ALIGNMENT.CENTER
rows = [
    ("STT", "Danh hiệu, hình thức khen thưởng", "Mức thưởng", None),
    (None, None, "Hệ số so với mức lương cơ sở", "Mức tiền (đồng)"),
    ("1", "Chiến sĩ thi đua cơ sở", "1,0", "2.340.000"),
    ("2", "Lao động tiên tiến", "0,3", "702.000"),
    ("3", "Giấy khen của Giám đốc (cá nhân)", "0,2", "468.000"),
    ("4", "Tập thể lao động tiên tiến", "0,8", "1.872.000"),
    ("5", "Giấy khen của Giám đốc (tập thể)", "0,4", "936.000"),
]
for i, row in enumerate(rows):
    for j, val in enumerate(row):
        if val is not None:
            table.cell(i, j).text = val
# merged header: "Mức thưởng" over the two money columns; STT and title merged down two rows
table.cell(0, 2).merge(table.cell(0, 3))
table.cell(0, 0).merge(table.cell(1, 0))
table.cell(0, 1).merge(table.cell(1, 1))
table.cell(0, 2).text = "Mức thưởng"
for c in table.rows[0].cells + table.rows[1].cells:
    for p in c.paragraphs:
        for r in p.runs:
            r.bold = True

para("2. Cá nhân đạt nhiều danh hiệu thi đua trong cùng một năm chỉ được nhận tiền thưởng của danh hiệu "
     "cao nhất; tiền thưởng kèm Giấy khen được nhận thêm.")
para("3. Tiền thưởng chi từ Quỹ thi đua, khen thưởng của Bệnh viện, trích từ nguồn thu hoạt động sự "
     "nghiệp theo cơ chế tự chủ tài chính; mức tiền được làm tròn lên hàng nghìn đồng.")

chapter("III", "TỔ CHỨC BÌNH XÉT, HỒ SƠ VÀ THỜI HẠN")
article("Điều 8. Hội đồng Thi đua - Khen thưởng Bệnh viện")
para("1. Hội đồng do Giám đốc Bệnh viện quyết định thành lập, gồm 09 thành viên:")
para("a) Chủ tịch Hội đồng: Giám đốc Bệnh viện;")
para("b) Phó Chủ tịch Thường trực: Phó Giám đốc phụ trách chuyên môn; Phó Chủ tịch: Chủ tịch Công đoàn "
     "Bệnh viện;")
para("c) Ủy viên: Trưởng phòng Tổ chức cán bộ, Trưởng phòng Kế hoạch tổng hợp, Trưởng phòng Điều dưỡng, "
     "Trưởng phòng Tài chính - Kế toán, Trưởng phòng Quản lý chất lượng và Bí thư Đoàn Thanh niên.")
para("2. Phòng Tổ chức cán bộ là cơ quan thường trực của Hội đồng; một chuyên viên của phòng làm thư ký "
     "Hội đồng.")
para("3. Hội đồng họp khi có ít nhất 2/3 số thành viên tham dự. Danh hiệu \"Chiến sĩ thi đua cơ sở\" "
     "phải được từ 75% trở lên số thành viên Hội đồng đồng ý bằng hình thức bỏ phiếu kín.")
article("Điều 9. Hồ sơ đề nghị khen thưởng")
para("1. Hồ sơ đề nghị công nhận danh hiệu \"Chiến sĩ thi đua cơ sở\" gồm:")
para("a) Tờ trình của trưởng khoa, phòng kèm danh sách đề nghị;")
para("b) Báo cáo thành tích của cá nhân theo Mẫu số 07 ban hành kèm theo Nghị định số 98/2023/NĐ-CP, có "
     "xác nhận của trưởng khoa, phòng;")
para("c) Quyết định công nhận sáng kiến hoặc biên bản nghiệm thu đề tài nghiên cứu khoa học.")
para("2. Hồ sơ đề nghị tặng Giấy khen gồm tờ trình, biên bản họp bình xét của khoa, phòng và bản tóm tắt "
     "thành tích theo Mẫu số 04 kèm theo Quy chế này.")
para("3. Hồ sơ nộp 01 bộ bản giấy tại Phòng Tổ chức cán bộ (tầng 2, nhà Hành chính - khu A), đồng thời "
     "gửi bản điện tử qua e-mail tccb.bvdkht@gmail.com; điện thoại 0239.3855.126, số máy lẻ 214.")
para("4. Hồ sơ đề nghị cấp trên khen thưởng (Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, danh hiệu "
     "\"Chiến sĩ thi đua cấp tỉnh\", \"Tập thể lao động xuất sắc\") lập thành 03 bộ.")
article("Điều 10. Thời hạn bình xét và gửi hồ sơ")
para("1. Các khoa, phòng tổ chức bình xét và gửi biên bản, hồ sơ về Phòng Tổ chức cán bộ trước ngày 05 "
     "tháng 12 hằng năm.")
para("2. Trong 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, Phòng Tổ chức cán bộ thẩm định, tổng hợp và "
     "trình Hội đồng.")
para("3. Hội đồng họp xét trước ngày 20 tháng 12 hằng năm; kết quả được niêm yết công khai tại bảng tin "
     "và trang thông tin điện tử Bệnh viện trong 05 ngày làm việc.")
para("4. Ý kiến phản hồi, khiếu nại gửi về cơ quan thường trực Hội đồng trong thời gian niêm yết; hết "
     "thời hạn niêm yết, Hội đồng không xem xét.")
article("Điều 11. Trình tự khen thưởng đột xuất")
para("1. Khoa, phòng có tập thể, cá nhân lập thành tích đột xuất lập tờ trình gửi Phòng Tổ chức cán bộ "
     "trong 03 ngày làm việc kể từ ngày xảy ra sự việc.")
para("2. Phòng Tổ chức cán bộ trình Giám đốc quyết định khen thưởng trong 02 ngày làm việc kể từ ngày "
     "nhận tờ trình, không phải họp Hội đồng.")

chapter("IV", "TỔ CHỨC THỰC HIỆN")
article("Điều 12. Trách nhiệm của Phòng Tổ chức cán bộ")
para("1. Hướng dẫn, theo dõi việc thực hiện Quy chế; lưu trữ hồ sơ khen thưởng trong thời hạn 10 năm.")
para("2. Tham mưu Giám đốc tổ chức sơ kết, tổng kết công tác thi đua, khen thưởng hằng năm.")
article("Điều 13. Trách nhiệm của Phòng Tài chính - Kế toán")
para("1. Bố trí kinh phí và chi trả tiền thưởng trong 15 ngày làm việc kể từ ngày ký quyết định khen "
     "thưởng.")
para("2. Quyết toán Quỹ thi đua, khen thưởng theo quy định; báo cáo Giám đốc trước ngày 31 tháng 01 "
     "hằng năm.")
article("Điều 14. Điều khoản thi hành")
para("1. Trưởng các khoa, phòng có trách nhiệm phổ biến Quy chế này đến toàn thể viên chức, người lao "
     "động.")
para("2. Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng phản ánh về Phòng Tổ chức cán bộ "
     "để tổng hợp, báo cáo Giám đốc xem xét sửa đổi, bổ sung cho phù hợp./.")

cp = doc.core_properties
cp.author = "Phòng Tổ chức cán bộ"
cp.last_modified_by = "Phòng Tổ chức cán bộ"
cp.title = "Quy chế thi đua, khen thưởng"
cp.created = datetime.datetime(2025, 3, 12, 8, 30)
cp.modified = datetime.datetime(2025, 3, 14, 15, 10)
cp.last_printed = datetime.datetime(2025, 3, 14, 15, 12)
cp.revision = 3
cp.comments = ""
doc.save(OUT)

# zip entries dated like the file (python-docx stamps them with the current clock)
import zipfile
with zipfile.ZipFile(OUT) as z:
    entries = [(i.filename, z.read(i.filename)) for i in z.infolist()]
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in entries:
        info = zipfile.ZipInfo(name, date_time=(2025, 3, 14, 15, 10, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
os.utime(OUT, (datetime.datetime(2025, 3, 14, 15, 10).timestamp(),) * 2)
print("written", OUT)
