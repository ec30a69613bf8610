"""Generate docs/long-bien-2024-ke-hoach-thi-dua-chuyen-de-chuyen-doi-so.docx (held-out set S39).

Run: /work/main/.venv/bin/python make_docx.py

Word features: a borderless header table (cơ quan | Quốc hiệu; number | place and date), Roman
headings typed, the Arabic headings numbered by Word automatic numbering (numPr → numbering.xml, one
list per Roman part, so the numbers restart and are not in the text), points a) typed, one real
table of phases and tasks with group rows spanning all columns (gridSpan), a vertically merged
"Đơn vị chủ trì" cell (vMerge) and a total row. Core properties and zip entry dates are fixed in
2024.
"""
import datetime
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "long-bien-2024-ke-hoach-thi-dua-chuyen-de-chuyen-doi-so.docx")
STAMP = datetime.datetime(2024, 3, 12, 8, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)

# ------------------------------------------------------------------ automatic numbering
numbering = d.part.numbering_part.element
ABS_ID = 39


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


absn = _el("w:abstractNum", **{"w:abstractNumId": ABS_ID})
absn.append(_el("w:multiLevelType", **{"w:val": "singleLevel"}))
lvl = _el("w:lvl", **{"w:ilvl": 0})
lvl.append(_el("w:start", **{"w:val": 1}))
lvl.append(_el("w:numFmt", **{"w:val": "decimal"}))
lvl.append(_el("w:lvlText", **{"w:val": "%1."}))
lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
ppr = _el("w:pPr")
ppr.append(_el("w:ind", **{"w:left": 0, "w:firstLine": 567}))
lvl.append(ppr)
absn.append(lvl)
# abstractNum elements must come before num elements
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)

_next_num = [390]


def new_list():
    """A new w:num on the abstract list, restarting at 1."""
    _next_num[0] += 1
    n = _el("w:num", **{"w:numId": _next_num[0]})
    n.append(_el("w:abstractNumId", **{"w:val": ABS_ID}))
    ov = _el("w:lvlOverride", **{"w:ilvl": 0})
    ov.append(_el("w:startOverride", **{"w:val": 1}))
    n.append(ov)
    numbering.append(n)
    return _next_num[0]


cur_list = [None]


# ------------------------------------------------------------------ helpers
def para(text, bold=False, italic=False, center=False, size=None, indent=True, after=3):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(after)
    return p


def roman(text):
    cur_list[0] = new_list()
    return para(text, bold=True)


def heading(text):
    """An Arabic heading numbered by Word (numPr), the number not typed."""
    p = para(text, bold=True)
    pPr = p._p.get_or_add_pPr()
    numPr = _el("w:numPr")
    numPr.append(_el("w:ilvl", **{"w:val": 0}))
    numPr.append(_el("w:numId", **{"w:val": cur_list[0]}))
    pPr.insert(0, numPr)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(_el("w:" + side, **{"w:val": "nil"}))
    tblPr.append(b)


def cell_text(cell, text, bold=False, center=True, italic=False, size=12):
    cell.text = ""
    lines = text.split("\n")
    p = cell.paragraphs[0]
    for i, line in enumerate(lines):
        if i:
            p = cell.add_paragraph()
        r = p.add_run(line)
        r.bold, r.italic = bold, italic
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------------------------------ header table (borderless)
ht = d.add_table(rows=2, cols=2)
no_borders(ht)
cell_text(ht.cell(0, 0), "ỦY BAN NHÂN DÂN\nQUẬN LONG BIÊN", bold=True)
cell_text(ht.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True)
cell_text(ht.cell(1, 0), "Số: 68/KH-UBND")
cell_text(ht.cell(1, 1), "Long Biên, ngày 12 tháng 3 năm 2024", italic=True)

para("KẾ HOẠCH", bold=True, center=True, size=14)
para("Phát động phong trào thi đua chuyên đề \"Long Biên chung tay chuyển đổi số, "
     "xây dựng chính quyền số\" năm 2024", bold=True, center=True)
para("Thực hiện Kế hoạch số 57/KH-UBND ngày 26/02/2024 của UBND thành phố Hà Nội về đẩy mạnh "
     "chuyển đổi số năm 2024; Quyết định số 2134/QĐ-UBND ngày 15/12/2023 của UBND quận Long Biên "
     "ban hành Quy chế thi đua, khen thưởng của quận, Ủy ban nhân dân quận Long Biên ban hành Kế "
     "hoạch phát động phong trào thi đua chuyên đề như sau:")

roman("I. MỤC ĐÍCH, YÊU CẦU")
heading("Mục đích")
para("Tạo khí thế thi đua sôi nổi trong cán bộ, công chức, viên chức và Nhân dân quận Long Biên, "
     "thúc đẩy chuyển đổi số trên cả ba trụ cột chính quyền số, kinh tế số, xã hội số.")
para("Phát hiện, biểu dương, khen thưởng kịp thời tập thể, cá nhân có mô hình hay, sáng kiến ứng "
     "dụng công nghệ số hiệu quả để nhân rộng.")
heading("Yêu cầu")
para("Phong trào được triển khai đồng bộ tại 14 phường và 26 cơ quan, đơn vị thuộc quận; nội dung "
     "thi đua cụ thể, đo đếm được; khen thưởng đúng người, đúng thành tích, không chạy theo số lượng.")

roman("II. ĐỐI TƯỢNG, THỜI GIAN THI ĐUA")
heading("Đối tượng thi đua")
para("a) Tập thể: các phòng, ban chuyên môn, đơn vị sự nghiệp thuộc UBND quận và Ủy ban nhân dân "
     "14 phường.")
para("b) Cá nhân: cán bộ, công chức, viên chức, người lao động của các cơ quan, đơn vị trên; thành "
     "viên Tổ công nghệ số cộng đồng tại các tổ dân phố.")
heading("Thời gian thi đua")
para("Từ ngày 01/4/2024 đến ngày 30/11/2024; sơ kết 6 tháng vào tháng 7/2024 và tổng kết vào tháng "
     "12/2024.")

roman("III. NỘI DUNG, CHỈ TIÊU VÀ CÁC GIAI ĐOẠN THI ĐUA")
heading("Nội dung thi đua")
para("a) Thi đua cung cấp dịch vụ công trực tuyến toàn trình, số hóa hồ sơ, kết quả giải quyết thủ "
     "tục hành chính.")
para("b) Thi đua triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực "
     "điện tử; thanh toán không dùng tiền mặt tại các chợ, trường học, cơ sở y tế.")
para("c) Thi đua xây dựng \"Tổ dân phố số\": mỗi phường xây dựng ít nhất 02 tổ dân phố điểm về "
     "chuyển đổi số.")
heading("Chỉ tiêu thi đua")
para("a) 100% hồ sơ công việc tại UBND quận và UBND các phường được xử lý trên môi trường mạng "
     "(trừ hồ sơ mật).")
para("b) Tối thiểu 85% thủ tục hành chính đủ điều kiện được cung cấp dưới dạng dịch vụ công trực "
     "tuyến toàn trình; tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 60% trở lên.")
para("c) 98% hồ sơ thủ tục hành chính được giải quyết đúng hạn và trước hạn.")
para("d) Tối thiểu 80% người dân từ 14 tuổi trở lên được kích hoạt tài khoản định danh điện tử "
     "mức độ 2.")
para("đ) 95% trường học và cơ sở y tế công lập thực hiện thu phí không dùng tiền mặt.")
heading("Các giai đoạn và nhiệm vụ")
para("Các nhiệm vụ, đơn vị chủ trì và thời hạn của từng giai đoạn thực hiện theo bảng sau:")

# ------------------------------------------------------------------ table of phases and tasks
rows = [
    ("group", "Giai đoạn 1: Phát động (từ 01/4/2024 đến 30/4/2024)"),
    ("1", "Tổ chức Lễ phát động phong trào thi đua chuyên đề", "Văn phòng HĐND và UBND quận",
     "Trung tâm Văn hóa - Thông tin và Thể thao quận", "Ngày 05/4/2024"),
    ("2", "Ký giao ước thi đua giữa 14 phường", "Phòng Nội vụ", "UBND các phường",
     "Trước ngày 20/4/2024"),
    ("group", "Giai đoạn 2: Triển khai (từ 01/5/2024 đến 31/10/2024)"),
    ("3", "Tập huấn kỹ năng số cho 450 thành viên Tổ công nghệ số cộng đồng",
     "Phòng Văn hóa và Thông tin", "UBND các phường", "Tháng 5/2024"),
    ("4", "Cuộc thi trực tuyến \"Tìm hiểu chuyển đổi số quận Long Biên\"", "Phòng Văn hóa và Thông tin",
     "Quận đoàn Long Biên", "Từ 03/6/2024 đến 28/6/2024"),
    ("5", "Sơ kết 6 tháng, biểu dương 10 mô hình tiêu biểu", "Phòng Nội vụ",
     "Phòng Văn hóa và Thông tin", "Trước ngày 25/7/2024"),
    ("6", "Kiểm tra chéo kết quả thực hiện chỉ tiêu tại các phường", "Văn phòng HĐND và UBND quận",
     "Phòng Nội vụ", "Tháng 9/2024"),
    ("group", "Giai đoạn 3: Tổng kết (từ 01/11/2024 đến 31/12/2024)"),
    ("7", "Chấm điểm, xếp hạng các phường theo bộ tiêu chí", "Hội đồng Thi đua - Khen thưởng quận",
     "Phòng Nội vụ", "Trước ngày 10/12/2024"),
    ("8", "Hội nghị tổng kết, trao khen thưởng", "Phòng Nội vụ", "Phòng Tài chính - Kế hoạch",
     "Trước ngày 27/12/2024"),
    ("total", "Tổng cộng: 03 giai đoạn, 08 nhiệm vụ"),
]
t = d.add_table(rows=1 + len(rows), cols=5)
t.style = "Table Grid"
hdr = ["STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời hạn"]
for j, h in enumerate(hdr):
    cell_text(t.cell(0, j), h, bold=True)
for i, r in enumerate(rows, 1):
    if r[0] in ("group", "total"):
        m = t.cell(i, 0).merge(t.cell(i, 4))
        cell_text(m, r[1], bold=True, center=(r[0] == "total"))
    else:
        for j, v in enumerate(r):
            cell_text(t.cell(i, j), v, center=(j in (0, 4)))
# "Phòng Văn hóa và Thông tin" leads tasks 3 and 4: one vertically merged cell
r3 = next(i for i, r in enumerate(rows, 1) if r[0] == "3")
m = t.cell(r3, 2).merge(t.cell(r3 + 1, 2))
cell_text(m, "Phòng Văn hóa và Thông tin")

para("Ghi chú: các phường gửi báo cáo kết quả từng giai đoạn về Phòng Nội vụ chậm nhất 03 ngày làm "
     "việc sau khi kết thúc giai đoạn.", italic=True)

roman("IV. HÌNH THỨC, TIÊU CHUẨN VÀ MỨC KHEN THƯỞNG")
heading("Hình thức và số lượng khen thưởng")
para("a) Giấy khen của Chủ tịch UBND quận: tối đa 10 tập thể và 20 cá nhân tiêu biểu.")
para("b) Đề nghị Chủ tịch UBND thành phố tặng Bằng khen cho 02 tập thể và 03 cá nhân xuất sắc nhất.")
heading("Tiêu chuẩn khen thưởng")
para("a) Tập thể: hoàn thành 100% chỉ tiêu tại mục III.2, xếp hạng từ thứ nhất đến thứ ba trong "
     "khối thi đua; không có hồ sơ thủ tục hành chính quá hạn do lỗi chủ quan.")
para("b) Cá nhân: có ít nhất 01 sáng kiến hoặc giải pháp ứng dụng công nghệ số được Hội đồng sáng "
     "kiến quận công nhận; hoàn thành xuất sắc nhiệm vụ năm 2024.")
heading("Mức tiền thưởng và kinh phí")
para("a) Tiền thưởng kèm Giấy khen của Chủ tịch UBND quận: cá nhân 0,3 lần mức lương cơ sở, tập thể "
     "0,6 lần mức lương cơ sở, theo Nghị định số 98/2023/NĐ-CP.")
para("b) Tổng kinh phí tổ chức phong trào là 185.000.000 đồng, từ ngân sách quận năm 2024, bố trí "
     "trong dự toán của Phòng Nội vụ; trong đó kinh phí cuộc thi trực tuyến 45.000.000 đồng.")

roman("V. HỒ SƠ, THỜI HẠN ĐỀ NGHỊ KHEN THƯỞNG")
heading("Thành phần hồ sơ")
para("a) Tờ trình của cơ quan, đơn vị kèm danh sách đề nghị khen thưởng.")
para("b) Biên bản họp xét của Hội đồng Thi đua - Khen thưởng cơ sở.")
para("c) Báo cáo thành tích tóm tắt có xác nhận của thủ trưởng đơn vị, nêu rõ kết quả các chỉ tiêu.")
para("Hồ sơ lập thành 02 bộ bản chính, kèm file điện tử gửi về địa chỉ thiduakhenthuong_longbien@hanoi.gov.vn.")
heading("Thời hạn và nơi nhận hồ sơ")
para("a) Các cơ quan, đơn vị gửi hồ sơ trước ngày 25/11/2024 về Phòng Nội vụ quận, phòng 306, tầng "
     "3, trụ sở UBND quận, số 2 phố Lệ Mật, phường Việt Hưng; điện thoại 024.3872.5519.")
para("b) Trong 05 ngày làm việc kể từ ngày nhận đủ hồ sơ, Phòng Nội vụ thẩm định, trình Hội đồng "
     "Thi đua - Khen thưởng quận.")

roman("VI. TỔ CHỨC THỰC HIỆN")
heading("Phòng Nội vụ")
para("Là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng quận, hướng dẫn, đôn đốc, tổng hợp "
     "kết quả; tham mưu tổ chức sơ kết, tổng kết phong trào.")
heading("Phòng Văn hóa và Thông tin")
para("Chủ trì xây dựng bộ tiêu chí chấm điểm chuyển đổi số của các phường, trình UBND quận ban hành "
     "trước ngày 15/4/2024; tuyên truyền trên Cổng thông tin điện tử quận.")
heading("Phòng Tài chính - Kế hoạch")
para("Thẩm định, bố trí kinh phí theo mục IV.3; hướng dẫn thanh quyết toán trước ngày 31/12/2024.")
heading("Ủy ban nhân dân các phường")
para("Xây dựng kế hoạch hưởng ứng, gửi về Phòng Nội vụ trước ngày 15/4/2024; thành lập Tổ công "
     "nghệ số cộng đồng tại 100% tổ dân phố.")
heading("Điều khoản thi hành")
para("Kế hoạch này thay thế Kế hoạch số 39/KH-UBND ngày 22/02/2023 của UBND quận về phong trào thi "
     "đua chuyển đổi số. Đầu mối liên hệ: bà Đặng Thu Hà, chuyên viên Phòng Nội vụ, điện thoại "
     "0983.215.764.")

p = para("Nơi nhận:", bold=True, italic=True, indent=False, after=0)
for line in ["- UBND thành phố Hà Nội (để b/c);", "- Ban Thi đua - Khen thưởng Sở Nội vụ Hà Nội;",
             "- TT Quận ủy, TT HĐND quận;", "- Chủ tịch, các PCT UBND quận;",
             "- Các phòng, ban, đơn vị thuộc quận;", "- UBND 14 phường;", "- Lưu: VT, NV."]:
    para(line, indent=False, after=0, size=11)
para("TM. ỦY BAN NHÂN DÂN", bold=True, center=True, after=0)
para("KT. CHỦ TỊCH", bold=True, center=True, after=0)
para("PHÓ CHỦ TỊCH", bold=True, center=True, after=0)
para("Nguyễn Minh Tâm", bold=True, center=True)

cp = d.core_properties
cp.author = "Phòng Nội vụ quận Long Biên"
cp.title = "Kế hoạch thi đua chuyên đề chuyển đổi số năm 2024"
cp.created = STAMP
cp.modified = STAMP
cp.last_printed = STAMP
cp.last_modified_by = "Phòng Nội vụ quận Long Biên"
cp.revision = 3

tmp = OUT + ".tmp"
d.save(tmp)
# rewrite the zip with entry dates in 2024
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        ni = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        ni.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(ni, zin.read(info.filename))
os.remove(tmp)
print("wrote", OUT)
