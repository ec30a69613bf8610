"""Generate docs/hai-phong-2025-quy-dinh-thi-dua-cong-doan-cang.docx (held-out set S37).

Run: /work/main/.venv/bin/python make_docx.py

Word features: a borderless header table (cơ quan | Quốc hiệu), articles and clauses numbered by
Word's automatic multilevel list (level 0 "Điều %1.", level 1 "%2.", clauses restart in every
article), typed points "a)", a quota table with a total row (Bảng 1) and a dossier table with a
vertically merged cell and a note row merged across all columns (Bảng 2).
All names, numbers, addresses, phones and e-mails are invented.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hai-phong-2025-quy-dinh-thi-dua-cong-doan-cang.docx")
STAMP = datetime.datetime(2025, 3, 18, 9, 30, 0)
NUM_ID = 41

d = docx.Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin, sec.top_margin, sec.bottom_margin = Cm(3), Cm(2), Cm(2), Cm(2)
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
st.paragraph_format.space_after = Pt(3)

# ------------------------------------------------------------ automatic numbering
numbering = d.part.numbering_part.element
abstract = parse_xml(
    f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">'
    '<w:nsid w:val="5A3C21E7"/><w:multiLevelType w:val="multilevel"/><w:tmpl w:val="0409001F"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
    '<w:lvlText w:val="Điều %1."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
    '<w:lvlText w:val="%2."/><w:lvlJc w:val="left"/>'
    '<w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>'
    '</w:abstractNum>')
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(abstract)
else:
    numbering.append(abstract)
numbering.append(parse_xml(
    f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


def para(text, bold=False, italic=False, center=False, indent=True, size=None, keep=False):
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
            p.paragraph_format.first_line_indent = Cm(1)
    return p


def numbered(text, level, bold_title=False):
    p = d.add_paragraph()
    pPr = p._p.get_or_add_pPr()
    pPr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{NUM_ID}"/></w:numPr>'))
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    r = p.add_run(text)
    r.bold = bold_title
    return p


def art(title):
    return numbered(title, 0, bold_title=True)


def cl(text):
    return numbered(text, 1)


def pt(text):
    return para(text)


def chapter(num, title):
    para("Chương " + num, bold=True, center=True)
    para(title, bold=True, center=True)


def set_cell(cell, lines, bold=False, center=True, size=12):
    cell.text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        r.font.size = Pt(size)
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------------------------ header table
ht = d.add_table(rows=2, cols=2)
ht.alignment = WD_TABLE_ALIGNMENT.CENTER
set_cell(ht.cell(0, 0), ["LĐLĐ THÀNH PHỐ HẢI PHÒNG", "CÔNG ĐOÀN CÔNG TY CP CẢNG BẠCH ĐẰNG"], bold=True)
set_cell(ht.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
set_cell(ht.cell(1, 0), ["Số: 12/QĐ-CĐCBĐ"])
set_cell(ht.cell(1, 1), ["Hải Phòng, ngày 18 tháng 3 năm 2025"])
ht.cell(1, 1).paragraphs[0].runs[0].italic = True

para("QUY ĐỊNH", bold=True, center=True, size=14)
para("Về công tác thi đua, khen thưởng trong Công đoàn Công ty Cổ phần Cảng Bạch Đằng", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng năm 2022 và Điều lệ Công đoàn Việt Nam;", italic=True)
para("Căn cứ Quy chế khen thưởng của Tổng Liên đoàn Lao động Việt Nam và Hướng dẫn của Liên đoàn "
     "Lao động thành phố Hải Phòng về công tác thi đua, khen thưởng trong công đoàn cơ sở;", italic=True)
para("Căn cứ Nghị quyết Hội nghị Ban Chấp hành Công đoàn Công ty lần thứ 7 (khóa IV) ngày 05/3/2025,",
     italic=True)
para("BAN THƯỜNG VỤ CÔNG ĐOÀN CÔNG TY QUY ĐỊNH:", bold=True, center=True)

# ------------------------------------------------------------ Chương I
chapter("I", "QUY ĐỊNH CHUNG")
art("Phạm vi điều chỉnh và đối tượng áp dụng")
cl("Quy định này quy định danh hiệu thi đua, hình thức khen thưởng, chỉ tiêu, mức thưởng, hồ sơ và thời "
   "hạn xét khen thưởng trong Công đoàn Công ty Cổ phần Cảng Bạch Đằng (sau đây gọi là Công đoàn Công ty).")
cl("Quy định áp dụng đối với các công đoàn bộ phận, tổ công đoàn và đoàn viên công đoàn đang sinh hoạt "
   "tại Công đoàn Công ty.")
cl("Người lao động chưa gia nhập công đoàn và lao động thuê theo thời vụ dưới 06 tháng không thuộc đối "
   "tượng xét danh hiệu \"Đoàn viên công đoàn xuất sắc\".")
art("Nguyên tắc và thời gian tính thành tích")
cl("Việc xét khen thưởng bảo đảm chính xác, công khai, dân chủ, kịp thời; chú trọng công nhân trực tiếp "
   "sản xuất tại cầu tàu, kho bãi và trên phương tiện thủy.")
cl("Số cán bộ công đoàn (Chủ tịch, Phó Chủ tịch công đoàn bộ phận, Tổ trưởng công đoàn) được đề nghị "
   "Giấy khen không quá 20% tổng số cá nhân được đề nghị Giấy khen của mỗi công đoàn bộ phận.")
cl("Thời gian tính thành tích từ ngày 01 tháng 11 năm trước đến ngày 31 tháng 10 năm xét khen thưởng.")

# ------------------------------------------------------------ Chương II
chapter("II", "DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG")
art("Danh hiệu \"Đoàn viên công đoàn xuất sắc\"")
cl("Tiêu chuẩn:")
pt("a) Hoàn thành xuất sắc nhiệm vụ, được xếp loại lao động loại A ít nhất 10 tháng trong năm;")
pt("b) Tham gia đầy đủ sinh hoạt công đoàn, đóng đoàn phí đúng quy định;")
pt("c) Không vi phạm quy trình an toàn lao động, không để xảy ra sự cố hàng hải hoặc tai nạn lao động "
   "do lỗi chủ quan.")
cl("Số lượng bình xét không quá 30% tổng số đoàn viên của mỗi công đoàn bộ phận.")
art("Danh hiệu \"Tổ công đoàn xuất sắc\" và \"Công đoàn bộ phận vững mạnh xuất sắc\"")
cl("Tổ công đoàn xuất sắc:")
pt("a) Có ít nhất 50% đoàn viên đạt danh hiệu \"Đoàn viên công đoàn xuất sắc\";")
pt("b) Không có đoàn viên bị kỷ luật từ hình thức khiển trách trở lên.")
cl("Công đoàn bộ phận vững mạnh xuất sắc:")
pt("a) Có ít nhất 70% tổ công đoàn đạt danh hiệu \"Tổ công đoàn xuất sắc\";")
pt("b) Tổ chức ít nhất 02 phong trào thi đua chuyên đề trong năm, có sơ kết, tổng kết;")
pt("c) Phối hợp với chuyên môn tổ chức đối thoại định kỳ với người lao động ít nhất 01 lần mỗi quý.")
cl("Chỉ tiêu tối đa của từng công đoàn bộ phận năm 2025 được phân bổ theo Bảng 1 dưới đây; chỉ tiêu "
   "không dùng hết không được chuyển cho công đoàn bộ phận khác.")
para("Bảng 1. Phân bổ chỉ tiêu bình xét năm 2025", bold=True, center=True)
T1 = [
    ("STT", "Công đoàn bộ phận", "Số đoàn viên", "Đoàn viên công đoàn xuất sắc (tối đa)",
     "Giấy khen cá nhân", "Giấy khen tập thể"),
    ("1", "Xí nghiệp Xếp dỡ Bạch Đằng", "412", "123", "12", "01"),
    ("2", "Xí nghiệp Cơ giới - Kho bãi", "286", "85", "08", "01"),
    ("3", "Đội Tàu lai dắt", "94", "28", "03", "01"),
    ("4", "Trung tâm Điều độ - Khai thác", "137", "41", "04", "01"),
    ("5", "Khối Văn phòng Công ty", "121", "36", "04", "01"),
    ("", "Cộng", "1.050", "313", "31", "05"),
]
t1 = d.add_table(rows=len(T1), cols=6)
t1.style = "Table Grid"
t1.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(T1):
    for j, v in enumerate(row):
        set_cell(t1.cell(i, j), [v], bold=(i == 0 or i == len(T1) - 1), center=(j != 1))
for j, w in enumerate([1.0, 5.2, 2.2, 3.2, 2.2, 2.2]):
    for r in t1.rows:
        r.cells[j].width = Cm(w)

art("Giấy khen của Ban Chấp hành Công đoàn Công ty")
cl("Tặng cho cá nhân đạt danh hiệu \"Đoàn viên công đoàn xuất sắc\" có thành tích tiêu biểu trong phong "
   "trào \"Lao động giỏi, lao động sáng tạo\" hoặc có sáng kiến được Hội đồng sáng kiến Công ty công nhận.")
cl("Tặng cho tập thể đạt danh hiệu \"Công đoàn bộ phận vững mạnh xuất sắc\" và có ít nhất 01 mô hình, "
   "công trình thi đua được Ban Thường vụ đánh giá hiệu quả.")
cl("Giấy khen đột xuất tặng cho cá nhân, tập thể có hành động dũng cảm cứu người, cứu tài sản hoặc "
   "thành tích đặc biệt trong bảo đảm an toàn khai thác cảng; không tính vào chỉ tiêu tại Bảng 1.")
art("Đề nghị khen thưởng cấp trên")
cl("Bằng khen của Liên đoàn Lao động thành phố: xét trong số cá nhân đã được tặng Giấy khen của Ban "
   "Chấp hành Công đoàn Công ty 02 năm liên tục; mỗi năm đề nghị không quá 03 cá nhân và 01 tập thể.")
cl("Bằng khen của Tổng Liên đoàn Lao động Việt Nam: xét cá nhân đã được tặng Bằng khen của Liên đoàn "
   "Lao động thành phố và 03 năm liên tục đạt danh hiệu \"Đoàn viên công đoàn xuất sắc\"; mỗi năm đề "
   "nghị không quá 01 cá nhân.")
cl("Ban Thường vụ Công đoàn Công ty họp xét, lựa chọn đề nghị khen thưởng cấp trên trước ngày 15 "
   "tháng 11 hằng năm.")

# ------------------------------------------------------------ Chương III
chapter("III", "MỨC THƯỞNG, HỒ SƠ VÀ THỜI HẠN")
art("Mức tiền thưởng và nguồn chi")
cl("Danh hiệu \"Đoàn viên công đoàn xuất sắc\": 300.000 đồng/người.")
cl("Giấy khen của Ban Chấp hành Công đoàn Công ty: cá nhân 500.000 đồng; tập thể 1.000.000 đồng.")
cl("Danh hiệu \"Tổ công đoàn xuất sắc\": 800.000 đồng/tổ; danh hiệu \"Công đoàn bộ phận vững mạnh xuất "
   "sắc\": 1.500.000 đồng/đơn vị.")
cl("Trong cùng một năm, cá nhân hoặc tập thể đạt nhiều danh hiệu, hình thức khen thưởng thì chỉ nhận "
   "mức tiền thưởng cao nhất.")
cl("Tiền thưởng chi từ quỹ khen thưởng trích từ kinh phí công đoàn do Công đoàn Công ty quản lý, "
   "thanh toán trong 10 ngày làm việc kể từ ngày ký quyết định khen thưởng.")
art("Hồ sơ đề nghị khen thưởng")
cl("Thành phần hồ sơ và số bộ hồ sơ đối với từng hình thức thực hiện theo Bảng 2 dưới đây.")
para("Bảng 2. Thành phần và số lượng hồ sơ", bold=True, center=True)
T2 = [
    ("STT", "Hình thức khen thưởng", "Thành phần hồ sơ", "Số bộ"),
    ("1", "Giấy khen của Ban Chấp hành Công đoàn Công ty",
     "Tờ trình và biên bản họp xét của công đoàn bộ phận", "01 bộ (bản chính)"),
    ("2", "Đoàn viên công đoàn xuất sắc; Tổ công đoàn xuất sắc",
     "Danh sách trích ngang theo Mẫu số 01 do Văn phòng Công đoàn phát hành", None),
    ("3", "Bằng khen của Liên đoàn Lao động thành phố",
     "Tờ trình; báo cáo thành tích có xác nhận của Giám đốc Công ty; biên bản họp Ban Thường vụ",
     "03 bộ (bản chính)"),
    ("4", "Bằng khen của Tổng Liên đoàn Lao động Việt Nam",
     "Như mục 3, kèm bản sao Bằng khen của Liên đoàn Lao động thành phố", "04 bộ (bản chính)"),
]
t2 = d.add_table(rows=len(T2) + 1, cols=4)
t2.style = "Table Grid"
t2.alignment = WD_TABLE_ALIGNMENT.CENTER
for i, row in enumerate(T2):
    for j, v in enumerate(row):
        if v is not None:
            set_cell(t2.cell(i, j), [v], bold=(i == 0), center=(j in (0, 3) or i == 0))
m = t2.cell(1, 3).merge(t2.cell(2, 3))  # "Số bộ" of rows 1 and 2 merged vertically
set_cell(m, ["01 bộ (bản chính)"])
note = t2.cell(len(T2), 0).merge(t2.cell(len(T2), 3))  # note row merged across the four columns
set_cell(note, ["Ghi chú: hồ sơ đề nghị cấp trên (mục 3, mục 4) gửi kèm bản điện tử định dạng PDF; "
                "báo cáo thành tích cá nhân không quá 03 trang."], center=False)
for j, w in enumerate([1.0, 4.5, 7.0, 3.0]):
    for r in t2.rows:
        r.cells[j].width = Cm(w)

art("Thời hạn và nơi nhận hồ sơ")
cl("Các công đoàn bộ phận gửi hồ sơ đề nghị danh hiệu thi đua và Giấy khen về Văn phòng Công đoàn "
   "trước ngày 05 tháng 11 hằng năm.")
cl("Nơi nhận hồ sơ: Văn phòng Công đoàn Công ty, phòng 305, tầng 3, Nhà điều hành Cảng Bạch Đằng, số 126 "
   "đường Ngô Quyền Mới, quận Ngô Quyền, thành phố Hải Phòng; điện thoại 0225.3842.617; thư điện tử "
   "congdoan@cangbachdang.vn.")
cl("Trong 05 ngày làm việc kể từ ngày nhận hồ sơ, Văn phòng Công đoàn thông báo hồ sơ thiếu hoặc chưa "
   "hợp lệ; công đoàn bộ phận bổ sung trong 03 ngày làm việc kể từ ngày nhận thông báo.")
cl("Hồ sơ gửi sau thời hạn tại khoản 1 Điều này không được xét trong đợt tổng kết năm, trừ khen thưởng "
   "đột xuất.")
art("Tổ Thi đua - Khen thưởng")
cl("Tổ Thi đua - Khen thưởng Công đoàn Công ty gồm 07 thành viên:")
pt("a) Tổ trưởng: Phó Chủ tịch thường trực Công đoàn Công ty;")
pt("b) Tổ phó: Trưởng Ban Nữ công Công đoàn Công ty;")
pt("c) Các thành viên: Chủ tịch 05 công đoàn bộ phận.")
cl("Văn phòng Công đoàn là bộ phận thường trực, giúp việc cho Tổ Thi đua - Khen thưởng.")
cl("Phiên họp xét hợp lệ khi có ít nhất 2/3 số thành viên dự; trường hợp được đề nghị phải đạt trên "
   "60% số thành viên có mặt đồng ý bằng phiếu kín.")

# ------------------------------------------------------------ Chương IV
chapter("IV", "TỔ CHỨC THỰC HIỆN")
art("Trách nhiệm thực hiện")
cl("Chủ tịch công đoàn bộ phận tổ chức bình xét công khai tại hội nghị tổ công đoàn và chịu trách nhiệm "
   "về tính chính xác của hồ sơ.")
cl("Văn phòng Công đoàn tổng hợp, thẩm định hồ sơ, trình Ban Thường vụ và lưu trữ hồ sơ khen thưởng "
   "trong thời hạn 05 năm.")
art("Hiệu lực thi hành")
cl("Quy định này có hiệu lực từ ngày 01 tháng 4 năm 2025 và thay thế Quy định số 21/QĐ-CĐCBĐ ngày "
   "15/3/2022 của Ban Thường vụ Công đoàn Công ty.")
cl("Trong quá trình thực hiện, nếu có vướng mắc, các công đoàn bộ phận phản ánh về Văn phòng Công đoàn "
   "(đồng chí Phạm Thị Thu Hằng, điện thoại 0912.486.305) để tổng hợp, báo cáo Ban Thường vụ./.")

para("Nơi nhận:", bold=True, italic=True, indent=False, size=12)
for t in ("- LĐLĐ thành phố Hải Phòng (để b/c);", "- Đảng ủy, Ban Giám đốc Công ty (để p/h);",
          "- Các công đoàn bộ phận (để th/h);", "- Lưu: VP, BTV."):
    para(t, indent=False, size=11)
para("TM. BAN THƯỜNG VỤ", bold=True, center=True)
para("CHỦ TỊCH", bold=True, center=True)
para("(Đã ký)", italic=True, center=True)
para("Vũ Đức Thắng", bold=True, center=True)

# ------------------------------------------------------------ metadata and save
cp = d.core_properties
cp.author = "Văn phòng Công đoàn Công ty"
cp.last_modified_by = "Văn phòng Công đoàn Công ty"
cp.title = "Quy định thi đua, khen thưởng Công đoàn Công ty CP Cảng Bạch Đằng"
cp.created = STAMP
cp.modified = STAMP
cp.last_printed = STAMP
cp.revision = 3

buf = io.BytesIO()
d.save(buf)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
        zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        ni = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        ni.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(ni, zin.read(info.filename))
print("wrote", OUT)
