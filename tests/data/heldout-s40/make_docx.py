"""Generate docs/lang-son-2025-huong-dan-thi-dua-khen-thuong-nganh-y-te.docx (held-out set S40).

Run: /work/main/.venv/bin/python make_docx.py
A Word file made with python-docx: a borderless header table, parts typed "PHẦN I." …, groups
typed "A.", "B.", headings numbered by Word automatic numbering (numPr, one list per group, so the
numbers 1., 2. … are not in the text and restart in every group), typed points "a)", one real table
with merged cells (gridSpan, vMerge), group rows and a total row, and a Phụ lục 1 whose items are
automatically numbered too. Core properties and zip entry dates are set to March 2025.
Everything in it is invented.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "lang-son-2025-huong-dan-thi-dua-khen-thuong-nganh-y-te.docx")
STAMP = datetime.datetime(2025, 3, 10, 8, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)

# ------------------------------------------------------------------ numbering
numbering = d.part.numbering_part.element
ABS = 90


def make_abstract():
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(ABS))
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, val in (("w:start", "1"), ("w:numFmt", "decimal"), ("w:lvlText", "%1."), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "720")
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    a.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)


make_abstract()
_next_num = [300]


def new_list():
    """A new w:num on the shared abstractNum, restarting at 1."""
    _next_num[0] += 1
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(_next_num[0]))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(ABS))
    n.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    n.append(ov)
    numbering.append(n)
    return _next_num[0]


CUR_LIST = [None]


def para(text, bold=False, align=None, italic=False, size=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "C":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "J":
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def num(text, bold=True):
    """An automatically numbered heading in the current list."""
    p = para(text, bold=bold)
    ppr = p._p.get_or_add_pPr()
    npr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(CUR_LIST[0]))
    npr.append(il)
    npr.append(ni)
    ppr.append(npr)
    return p


def group(text):
    para(text, bold=True)
    CUR_LIST[0] = new_list()


def body(text):
    para(text, align="J")


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def set_cell(cell, text, bold=False):
    cell.text = ""
    r = cell.paragraphs[0].add_run(text)
    r.bold = bold


# ------------------------------------------------------------------ header (borderless table)
h = d.add_table(rows=2, cols=2)
no_borders(h)
set_cell(h.cell(0, 0), "UBND TỈNH LẠNG SƠN\nSỞ Y TẾ", bold=True)
set_cell(h.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True)
set_cell(h.cell(1, 0), "Số: 412/HD-SYT")
set_cell(h.cell(1, 1), "Lạng Sơn, ngày 10 tháng 3 năm 2025")
for row in h.rows:
    for c in row.cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

para("HƯỚNG DẪN", bold=True, align="C")
para("Công tác thi đua, khen thưởng ngành Y tế tỉnh Lạng Sơn năm 2025", bold=True, align="C")
body("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
body("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
body("Căn cứ Quyết định số 17/2024/QĐ-UBND ngày 22 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Lạng Sơn ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;")
body("Sở Y tế hướng dẫn các đơn vị trực thuộc thực hiện công tác thi đua, khen thưởng năm 2025 như sau:")

# ------------------------------------------------------------------ PHẦN I
para("PHẦN I. QUY ĐỊNH CHUNG", bold=True)
group("A. PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG")
num("Phạm vi áp dụng")
body("Hướng dẫn này quy định danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn, tỷ lệ, hồ sơ và thời hạn đề nghị khen thưởng đối với các cơ quan, đơn vị trực thuộc Sở Y tế trong năm 2025.")
num("Đối tượng áp dụng")
body("a) Tập thể: các phòng chức năng thuộc Sở, 09 bệnh viện tuyến tỉnh, 11 trung tâm y tế huyện, thành phố, Trung tâm Kiểm soát bệnh tật tỉnh, Chi cục An toàn vệ sinh thực phẩm và Chi cục Dân số.")
body("b) Cá nhân: công chức, viên chức và người lao động có hợp đồng lao động từ đủ 12 tháng trở lên tại các đơn vị trực thuộc Sở.")
body("c) Không xét đối với cá nhân đang bị xem xét kỷ luật, cá nhân nghỉ không hưởng lương từ 03 tháng trở lên trong năm và cá nhân mới tuyển dụng dưới 10 tháng.")
group("B. NGUYÊN TẮC VÀ THỜI GIAN TÍNH THÀNH TÍCH")
num("Nguyên tắc xét tặng")
body("a) Bảo đảm chính xác, công khai, công bằng, kịp thời; thành tích đến đâu khen thưởng đến đó.")
body("b) Tỷ lệ cá nhân là lãnh đạo, quản lý không quá 20% tổng số cá nhân được đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.")
body("c) Đơn vị để xảy ra sự cố y khoa nghiêm trọng trong năm không được xét danh hiệu Tập thể lao động xuất sắc.")
num("Thời gian tính thành tích")
body("Thời gian tính thành tích từ ngày 01 tháng 12 năm trước đến ngày 30 tháng 11 của năm xét khen thưởng; thời gian nghỉ thai sản theo quy định được tính vào thời gian công tác.")

# ------------------------------------------------------------------ PHẦN II
para("PHẦN II. DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", bold=True)
group("A. DANH HIỆU THI ĐUA")
num("Danh hiệu \"Lao động tiên tiến\"")
body("a) Hoàn thành tốt nhiệm vụ trở lên, chấp hành tốt Quy tắc ứng xử của công chức, viên chức ngành Y tế.")
body("b) Không xét đối với cá nhân nghỉ từ 40 ngày làm việc trở lên trong năm, trừ trường hợp nghỉ thai sản hoặc điều trị bệnh nghề nghiệp.")
num("Danh hiệu \"Chiến sĩ thi đua cơ sở\"")
body("a) Đạt danh hiệu Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ.")
body("b) Có sáng kiến hoặc đề tài nghiên cứu khoa học được Hội đồng khoa học, sáng kiến cấp cơ sở công nhận.")
body("c) Số lượng không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến của đơn vị.")
num("Danh hiệu \"Chiến sĩ thi đua cấp tỉnh\"")
body("a) Có 03 lần liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở.")
body("b) Có sáng kiến hoặc đề tài khoa học được Hội đồng khoa học, sáng kiến cấp tỉnh công nhận có phạm vi ảnh hưởng trong tỉnh.")
body("c) Toàn ngành đề nghị không quá 06 cá nhân.")
num("Danh hiệu \"Tập thể lao động xuất sắc\"")
body("Xét tặng cho tập thể tiêu biểu được lựa chọn trong số các tập thể đạt danh hiệu Tập thể lao động tiên tiến, có 100% cá nhân hoàn thành nhiệm vụ và ít nhất 70% cá nhân đạt danh hiệu Lao động tiên tiến.")
num("Cờ thi đua của Ủy ban nhân dân tỉnh")
body("Sở Y tế lựa chọn 01 đơn vị dẫn đầu khối bệnh viện và 01 đơn vị dẫn đầu khối trung tâm y tế để đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua.")
group("B. HÌNH THỨC KHEN THƯỞNG")
num("Giấy khen của Giám đốc Sở Y tế")
body("a) Tặng cá nhân hoàn thành xuất sắc nhiệm vụ hoặc có thành tích đột xuất trong cấp cứu, phòng chống dịch bệnh.")
body("b) Tặng tập thể hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ.")
body("c) Tiền thưởng kèm Giấy khen: cá nhân 0,3 lần mức lương cơ sở, tập thể 0,6 lần mức lương cơ sở.")
num("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh")
body("a) Cá nhân có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, trong thời gian đó có 02 sáng kiến được công nhận.")
body("b) Tập thể có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết, thực hiện tốt chính sách đối với người lao động.")
num("Chỉ tiêu danh hiệu thi đua và hình thức khen thưởng năm 2025")
body("Tỷ lệ tối đa và số lượng dự kiến của toàn ngành được tổng hợp tại bảng sau:")

# the real table: STT | Danh hiệu | Tiêu chuẩn chính | Cấp quyết định | Chỉ tiêu (Tỷ lệ tối đa | Số lượng dự kiến)
ROWS = [
    ("1", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ trở lên", "Thủ trưởng đơn vị", "75%", "2.150"),
    ("2", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến, có sáng kiến", "Giám đốc Sở Y tế", "15% số Lao động tiên tiến", "320"),
    ("3", "Chiến sĩ thi đua cấp tỉnh", "03 lần liên tục Chiến sĩ thi đua cơ sở", "Chủ tịch UBND tỉnh", "Theo chỉ tiêu", "06"),
    ("4", "Tập thể lao động tiên tiến", "Hoàn thành tốt nhiệm vụ, 50% cá nhân Lao động tiên tiến", "Giám đốc Sở Y tế", "70%", "52"),
    ("5", "Tập thể lao động xuất sắc", "Tập thể lao động tiên tiến tiêu biểu", "Chủ tịch UBND tỉnh", "30% số Tập thể lao động tiên tiến", "14"),
    ("6", "Giấy khen của Giám đốc Sở Y tế", "Hoàn thành xuất sắc nhiệm vụ", "Giám đốc Sở Y tế", "10%", "240"),
    ("7", "Bằng khen của Chủ tịch UBND tỉnh", "02 năm liên tục hoàn thành xuất sắc nhiệm vụ", "Chủ tịch UBND tỉnh", "Theo chỉ tiêu", "25"),
]
t = d.add_table(rows=2 + len(ROWS) + 2 + 1, cols=6)
borders(t)
# header row 0 and 1
hdr = ["STT", "Danh hiệu, hình thức khen thưởng", "Tiêu chuẩn chính", "Cấp quyết định"]
for i, x in enumerate(hdr):
    a = t.cell(0, i).merge(t.cell(1, i))  # vMerge
    set_cell(a, x, bold=True)
a = t.cell(0, 4).merge(t.cell(0, 5))  # gridSpan
set_cell(a, "Chỉ tiêu năm 2025", bold=True)
set_cell(t.cell(1, 4), "Tỷ lệ tối đa", bold=True)
set_cell(t.cell(1, 5), "Số lượng dự kiến", bold=True)
r = 2
set_cell(t.cell(r, 0), "I", bold=True)
a = t.cell(r, 1).merge(t.cell(r, 5))
set_cell(a, "Danh hiệu thi đua", bold=True)
r += 1
for row in ROWS[:5]:
    for i, x in enumerate(row):
        set_cell(t.cell(r, i), x)
    r += 1
set_cell(t.cell(r, 0), "II", bold=True)
a = t.cell(r, 1).merge(t.cell(r, 5))
set_cell(a, "Hình thức khen thưởng", bold=True)
r += 1
for row in ROWS[5:]:
    for i, x in enumerate(row):
        set_cell(t.cell(r, i), x)
    r += 1
a = t.cell(r, 0).merge(t.cell(r, 4))
set_cell(a, "Tổng cộng", bold=True)
set_cell(t.cell(r, 5), "2.807", bold=True)
assert r == len(t.rows) - 1

body("a) Đơn vị có dưới 20 cá nhân được đề nghị 01 Chiến sĩ thi đua cơ sở nếu đủ tiêu chuẩn.")
body("b) Số lượng dự kiến là mức tối đa của toàn ngành; không chuyển chỉ tiêu giữa các đơn vị.")
num("Kỷ niệm chương \"Vì sức khỏe nhân dân\"")
body("Xét tặng cá nhân có thời gian công tác trong ngành Y tế đủ 20 năm đối với nam và đủ 15 năm đối với nữ; hồ sơ gửi Sở Y tế trước ngày 15 tháng 5 hằng năm để tổng hợp trình Bộ Y tế.")

# ------------------------------------------------------------------ PHẦN III
para("PHẦN III. HỒ SƠ, THỜI HẠN VÀ TỔ CHỨC THỰC HIỆN", bold=True)
group("A. HỒ SƠ VÀ THỜI HẠN")
num("Hồ sơ đề nghị Giấy khen của Giám đốc Sở Y tế")
body("a) Tờ trình đề nghị khen thưởng của đơn vị (Mẫu số 01, Phụ lục 1).")
body("b) Biên bản họp Hội đồng Thi đua - Khen thưởng đơn vị (Mẫu số 02, Phụ lục 1).")
body("c) Báo cáo tóm tắt thành tích của tập thể, cá nhân có xác nhận của thủ trưởng đơn vị.")
body("Số lượng: 01 bộ bản chính kèm bản điện tử gửi qua Hệ thống quản lý văn bản và điều hành.")
num("Hồ sơ đề nghị khen thưởng cấp tỉnh")
body("Hồ sơ đề nghị Bằng khen, Cờ thi đua, Tập thể lao động xuất sắc và Chiến sĩ thi đua cấp tỉnh lập thành 03 bộ bản chính; báo cáo thành tích theo Mẫu số 01 và Mẫu số 02 Nghị định số 98/2023/NĐ-CP.")
num("Thời hạn gửi hồ sơ")
body("a) Các đơn vị gửi hồ sơ đề nghị xét danh hiệu thi đua và khen thưởng tổng kết năm trước ngày 10 tháng 12 hằng năm.")
body("b) Hội đồng Thi đua - Khen thưởng Sở họp xét trong 05 ngày làm việc kể từ ngày hết hạn nhận hồ sơ.")
body("c) Sở Y tế trình Ủy ban nhân dân tỉnh hồ sơ khen thưởng cấp tỉnh trước ngày 25 tháng 12 hằng năm.")
body("d) Hồ sơ chưa đầy đủ được thông báo bằng văn bản cho đơn vị trong 03 ngày làm việc kể từ ngày nhận.")
num("Nơi nhận hồ sơ")
body("Phòng Tổ chức cán bộ, Sở Y tế tỉnh Lạng Sơn, phòng 305, tầng 3, số 48 đường Lê Lợi, phường Vĩnh Trại, thành phố Lạng Sơn; điện thoại 0205.3871.246; thư điện tử tdkt.syt@langson.gov.vn.")
group("B. TỔ CHỨC THỰC HIỆN")
num("Hội đồng Thi đua - Khen thưởng Sở Y tế")
body("Hội đồng gồm 09 thành viên, do Giám đốc Sở làm Chủ tịch, Phó Giám đốc phụ trách công tác tổ chức làm Phó Chủ tịch thường trực; Phòng Tổ chức cán bộ là cơ quan thường trực. Hội đồng họp khi có ít nhất 2/3 số thành viên; đề nghị khen thưởng phải được ít nhất 70% tổng số thành viên Hội đồng đồng ý bằng phiếu kín.")
num("Kinh phí khen thưởng")
body("Tiền thưởng Giấy khen của Giám đốc Sở chi từ quỹ thi đua, khen thưởng của Sở Y tế; dự toán năm 2025 là 185.000.000 đồng. Đơn vị sự nghiệp tự chủ chi từ quỹ khen thưởng của đơn vị.")
num("Hiệu lực")
body("Hướng dẫn này thay thế Hướng dẫn số 57/HD-SYT ngày 20 tháng 02 năm 2024 của Sở Y tế về công tác thi đua, khen thưởng năm 2024.")
num("Đầu mối liên hệ")
body("Bà Hoàng Thị Thu Trang, chuyên viên Phòng Tổ chức cán bộ, điện thoại 0912.486.305. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Y tế để được hướng dẫn.")

para("Nơi nhận:", bold=True, italic=True)
para("- UBND tỉnh (b/c);")
para("- Sở Nội vụ (Ban Thi đua - Khen thưởng);")
para("- Giám đốc, các Phó Giám đốc Sở;")
para("- Các đơn vị trực thuộc Sở;")
para("- Lưu: VT, TCCB.")
para("KT. GIÁM ĐỐC", bold=True, align="C")
para("PHÓ GIÁM ĐỐC", bold=True, align="C")
para("Nông Văn Khải", bold=True, align="C")

# ------------------------------------------------------------------ Phụ lục 1
d.add_page_break()
para("PHỤ LỤC 1", bold=True, align="C")
para("DANH MỤC MẪU HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", bold=True, align="C")
para("(Kèm theo Hướng dẫn số 412/HD-SYT ngày 10/3/2025 của Sở Y tế)", italic=True, align="C")
CUR_LIST[0] = new_list()
num("Mẫu số 01: Tờ trình đề nghị khen thưởng của đơn vị, kèm danh sách tập thể, cá nhân.", bold=False)
num("Mẫu số 02: Biên bản họp Hội đồng Thi đua - Khen thưởng đơn vị, ghi rõ số phiếu đồng ý.", bold=False)
num("Mẫu số 03: Báo cáo thành tích của tập thể đề nghị Giấy khen (tối đa 04 trang).", bold=False)
num("Mẫu số 04: Báo cáo thành tích của cá nhân đề nghị Giấy khen (tối đa 02 trang).", bold=False)
num("Mẫu số 05: Danh sách trích ngang cá nhân đề nghị Kỷ niệm chương Vì sức khỏe nhân dân.", bold=False)
num("Mẫu số 06: Giấy chứng nhận sáng kiến hoặc quyết định công nhận đề tài khoa học.", bold=False)
para("Các mẫu được đăng trên Trang thông tin điện tử của Sở Y tế, mục Thi đua - Khen thưởng.")

cp = d.core_properties
cp.author = "Phòng Tổ chức cán bộ"
cp.title = "Hướng dẫn công tác thi đua, khen thưởng ngành Y tế năm 2025"
cp.created = STAMP
cp.modified = STAMP
cp.last_printed = STAMP
cp.revision = 3

tmp = tempfile.mktemp(suffix=".docx")
d.save(tmp)
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        ni = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        ni.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(ni, zin.read(info.filename))
os.remove(tmp)
print("wrote", OUT)
