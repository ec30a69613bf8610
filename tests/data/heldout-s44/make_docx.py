"""Generate the Word file of held-out set S44 (run with /work/main/.venv/bin/python make_docx.py).

Quyết định 112/QĐ-PGDĐT of the Trưởng phòng Giáo dục và Đào tạo huyện Đô Lương (Nghệ An) issuing the
Quy chế thi đua, khen thưởng of the education sector. Articles ("Điều n.") and clauses ("n.") use Word
automatic numbering (numPr → numbering.xml); the numbers are not typed in the text. Points a) b) are typed.
"""
import datetime
import os
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "do-luong-2025-quy-che-thi-dua-khen-thuong-nganh-giao-duc.docx")
STAMP = datetime.datetime(2025, 3, 10, 8, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)

# ------------------------------------------------------------------ numbering definitions
numbering = d.part.numbering_part.element


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def abstract(aid):
    a = el("w:abstractNum", **{"w:abstractNumId": aid})
    a.append(el("w:multiLevelType", **{"w:val": "multilevel"}))
    for ilvl, fmt, text, ind in ((0, "decimal", "Điều %1.", 0), (1, "decimal", "%2.", 0)):
        lvl = el("w:lvl", **{"w:ilvl": ilvl})
        lvl.append(el("w:start", **{"w:val": 1}))
        lvl.append(el("w:numFmt", **{"w:val": fmt}))
        lvl.append(el("w:lvlText", **{"w:val": text}))
        lvl.append(el("w:lvlJc", **{"w:val": "left"}))
        ppr = el("w:pPr")
        ppr.append(el("w:ind", **{"w:left": ind, "w:firstLine": 567}))
        lvl.append(ppr)
        if ilvl == 0:
            rpr = el("w:rPr")
            rpr.append(el("w:b"))
            lvl.append(rpr)
        a.append(lvl)
    return a


first_num = numbering.find(qn("w:num"))
for aid in (90, 91):
    a = abstract(aid)
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
for nid, aid in ((90, 90), (91, 91)):
    n = el("w:num", **{"w:numId": nid})
    n.append(el("w:abstractNumId", **{"w:val": aid}))
    numbering.append(n)


def numbered(text, num_id, ilvl, bold=False):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = el("w:numPr")
    numpr.append(el("w:ilvl", **{"w:val": ilvl}))
    numpr.append(el("w:numId", **{"w:val": num_id}))
    ppr.insert(0, numpr)
    r = p.add_run(text)
    r.bold = bold
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def para(text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    return p


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el("w:" + side, **{"w:val": "nil"}))
    tblpr.append(b)


def header_table(rows):
    t = d.add_table(rows=len(rows), cols=2)
    no_borders(t)
    for i, (left, right) in enumerate(rows):
        for j, txt in enumerate((left, right)):
            c = t.cell(i, j)
            c.text = ""
            lines = txt.split("\n")
            p = c.paragraphs[0]
            for k, ln in enumerate(lines):
                if k:
                    p = c.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(ln)
                r.bold = i == 0
                r.italic = i == 1 and j == 1
    return t


A, K = 0, 1  # levels: article, clause
QD, QC = 90, 91

# ------------------------------------------------------------------ the decision
header_table([
    ("UBND HUYỆN ĐÔ LƯƠNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
    ("Số: 112/QĐ-PGDĐT", "Đô Lương, ngày 10 tháng 3 năm 2025"),
])
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Ban hành Quy chế thi đua, khen thưởng ngành Giáo dục và Đào tạo huyện Đô Lương", bold=True, center=True)
para("TRƯỞNG PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔ LƯƠNG", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic=True)
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
     "một số điều của Luật Thi đua, khen thưởng;", italic=True)
para("Căn cứ Quyết định số 21/2024/QĐ-UBND ngày 12 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh Nghệ An ban hành "
     "Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;", italic=True)
para("Căn cứ Quyết định số 1450/QĐ-UBND ngày 02 tháng 8 năm 2024 của Ủy ban nhân dân huyện Đô Lương quy định "
     "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Phòng Giáo dục và Đào tạo;", italic=True)
para("Theo đề nghị của Thường trực Hội đồng Thi đua - Khen thưởng ngành Giáo dục và Đào tạo huyện.", italic=True)
para("QUYẾT ĐỊNH:", bold=True, center=True)
numbered("Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng ngành Giáo dục và Đào tạo huyện Đô Lương.", QD, A)
numbered("Quyết định này có hiệu lực kể từ ngày 15 tháng 3 năm 2025 và thay thế Quyết định số 85/QĐ-PGDĐT ngày "
         "15 tháng 9 năm 2020 của Trưởng phòng Giáo dục và Đào tạo ban hành Quy chế thi đua, khen thưởng ngành "
         "Giáo dục huyện Đô Lương.", QD, A)
numbered("Bộ phận Văn phòng Phòng Giáo dục và Đào tạo, Hiệu trưởng các trường mầm non, tiểu học, trung học cơ sở "
         "trên địa bàn huyện và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.", QD, A)
para("Nơi nhận:", bold=True, italic=True, indent=False)
for s in ("- Như Điều 3;", "- UBND huyện (để báo cáo);", "- Phòng Nội vụ huyện;",
          "- Công đoàn ngành Giáo dục huyện;", "- Lưu: VT, TĐKT."):
    para(s, indent=False)
para("TRƯỞNG PHÒNG", bold=True, center=True)
para("Hoàng Minh Đức", bold=True, center=True)
d.paragraphs[-1].runs[-1].add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ the regulation
header_table([
    ("UBND HUYỆN ĐÔ LƯƠNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO",
     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
])
para("QUY CHẾ", bold=True, center=True)
para("Thi đua, khen thưởng ngành Giáo dục và Đào tạo huyện Đô Lương", bold=True, center=True)
para("(Ban hành kèm theo Quyết định số 112/QĐ-PGDĐT ngày 10/3/2025 của Trưởng phòng Giáo dục và Đào tạo)",
     italic=True, center=True)


def chapter(n, title):
    para("Chương " + n, bold=True, center=True)
    para(title, bold=True, center=True)


def art(title):
    numbered(title, QC, A, bold=True)


def cl(text):
    numbered(text, QC, K)


def pt(text):
    para(text)


chapter("I", "QUY ĐỊNH CHUNG")
art("Phạm vi điều chỉnh và đối tượng áp dụng")
cl("Quy chế này quy định về tổ chức phong trào thi đua, danh hiệu thi đua, hình thức khen thưởng, tiêu chuẩn, "
   "tỷ lệ, mức thưởng, hồ sơ, thủ tục và thời hạn xét khen thưởng trong ngành Giáo dục và Đào tạo huyện Đô Lương.")
cl("Quy chế áp dụng đối với 84 cơ sở giáo dục trên địa bàn huyện, gồm 31 trường mầm non, 30 trường tiểu học và "
   "23 trường trung học cơ sở; công chức Phòng Giáo dục và Đào tạo; viên chức, người lao động của các trường.")
art("Nguyên tắc và thời gian tính thành tích")
cl("Thi đua theo nguyên tắc tự nguyện, tự giác, công khai, đoàn kết, hợp tác cùng phát triển; khen thưởng bảo "
   "đảm chính xác, kịp thời, đúng đối tượng.")
cl("Thành tích được tính theo năm học, từ ngày 01 tháng 8 năm trước đến ngày 31 tháng 7 năm sau.")
cl("Số cán bộ quản lý được đề nghị khen thưởng không quá 20% tổng số cá nhân được đề nghị khen thưởng của mỗi "
   "trường.")
chapter("II", "TỔ CHỨC THI ĐUA, DANH HIỆU VÀ MỨC THƯỞNG")
art("Hình thức tổ chức thi đua")
cl("Thi đua thường xuyên theo năm học; các trường đăng ký danh hiệu thi đua và ký giao ước thi đua trong cụm "
   "trước ngày 15 tháng 10 hằng năm.")
cl("Thi đua theo đợt, theo chuyên đề do Phòng Giáo dục và Đào tạo phát động; kết thúc đợt, chuyên đề phải sơ "
   "kết, tổng kết và khen thưởng kịp thời.")
cl("Các trường được chia thành 06 cụm thi đua theo địa bàn và cấp học; cụm trưởng, cụm phó luân phiên theo năm "
   "học.")
art("Danh hiệu thi đua")
cl("Danh hiệu thi đua đối với cá nhân gồm: Lao động tiên tiến, Chiến sĩ thi đua cơ sở.")
cl("Danh hiệu thi đua đối với tập thể gồm: Tập thể lao động tiên tiến, Tập thể lao động xuất sắc.")
cl("Trưởng phòng Giáo dục và Đào tạo xét tặng danh hiệu Lao động tiên tiến và Tập thể lao động tiên tiến; "
   "Chủ tịch Ủy ban nhân dân huyện xét tặng danh hiệu Chiến sĩ thi đua cơ sở và Tập thể lao động xuất sắc.")
art("Tiêu chuẩn, tỷ lệ và mức tiền thưởng")
cl("Tiêu chuẩn chủ yếu, tỷ lệ tối đa và mức tiền thưởng của các danh hiệu thi đua, hình thức khen thưởng "
   "được quy định tại bảng sau (mức lương cơ sở 2.340.000 đồng):")

# the table: STT | Danh hiệu | Tiêu chuẩn | Tỷ lệ tối đa | Mức thưởng (Hệ số | Số tiền)
rows = [
    ("I", "DANH HIỆU THI ĐUA"),
    ("1", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách, pháp luật",
     "Không quy định", "0,3", "702.000"),
    ("2", "Chiến sĩ thi đua cơ sở", "Đạt Lao động tiên tiến; có sáng kiến được Hội đồng sáng kiến huyện công nhận",
     "15% số cá nhân đạt Lao động tiên tiến", "1,0", "2.340.000"),
    ("3", "Tập thể lao động tiên tiến", "Hoàn thành tốt nhiệm vụ; có ít nhất 50% cá nhân đạt Lao động tiên tiến",
     "Không quy định", "0,8", "1.872.000"),
    ("4", "Tập thể lao động xuất sắc", "100% hoàn thành nhiệm vụ, ít nhất 70% hoàn thành tốt; có cá nhân đạt Chiến sĩ thi đua cơ sở",
     "20% số tập thể đạt Tập thể lao động tiên tiến", "1,5", "3.510.000"),
    ("II", "HÌNH THỨC KHEN THƯỞNG"),
    ("5", "Giấy khen của Chủ tịch UBND huyện (cá nhân)", "Thành tích xuất sắc trong năm học hoặc theo chuyên đề",
     "10% tổng số cá nhân", "0,3", "702.000"),
    ("6", "Giấy khen của Chủ tịch UBND huyện (tập thể)", "Thành tích xuất sắc, nội bộ đoàn kết",
     "25% tổng số tập thể", "0,6", "1.404.000"),
    ("7", "Giấy khen của Trưởng phòng Giáo dục và Đào tạo", "Giáo viên dạy giỏi, giáo viên chủ nhiệm giỏi cấp huyện",
     "Không quy định", "0,15", "351.000"),
]
t = d.add_table(rows=2 + len(rows) + 1, cols=6)
t.style = "Table Grid"
t.alignment = WD_TABLE_ALIGNMENT.CENTER
heads = ("STT", "Danh hiệu, hình thức khen thưởng", "Tiêu chuẩn chủ yếu", "Tỷ lệ tối đa")
for j, h in enumerate(heads):
    c = t.cell(0, j).merge(t.cell(1, j))
    c.text = h
m = t.cell(0, 4).merge(t.cell(0, 5))
m.text = "Mức thưởng"
t.cell(1, 4).text = "Hệ số"
t.cell(1, 5).text = "Số tiền (đồng)"
for i, r in enumerate(rows, start=2):
    if len(r) == 2:
        t.cell(i, 0).text = r[0]
        g = t.cell(i, 1).merge(t.cell(i, 5))
        g.text = r[1]
    else:
        for j, v in enumerate(r):
            t.cell(i, j).text = v
last = 2 + len(rows)
tot = t.cell(last, 0).merge(t.cell(last, 4))
tot.text = "Tổng dự toán kinh phí khen thưởng toàn ngành năm học 2024 - 2025"
t.cell(last, 5).text = "186.500.000"
for row in t.rows:
    for c in row.cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.font.size = Pt(11)

cl("Tiền thưởng được làm tròn số lên hàng nghìn đồng và chi trả trong thời hạn 30 ngày kể từ ngày có quyết "
   "định khen thưởng.")
art("Khen thưởng theo đợt, chuyên đề và đột xuất")
cl("Trưởng phòng Giáo dục và Đào tạo tặng Giấy khen cho giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện "
   "và tập thể có thành tích xuất sắc trong các đợt thi đua do ngành phát động.")
cl("Đối với thành tích đột xuất, trường lập hồ sơ đề nghị trong thời hạn 05 ngày làm việc kể từ ngày lập được "
   "thành tích; Phòng Giáo dục và Đào tạo xem xét trong 03 ngày làm việc kể từ ngày nhận đủ hồ sơ.")
chapter("III", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG NGÀNH")
art("Thành phần Hội đồng")
cl("Hội đồng Thi đua - Khen thưởng ngành Giáo dục và Đào tạo huyện gồm 07 thành viên:")
pt("a) Chủ tịch Hội đồng: Trưởng phòng Giáo dục và Đào tạo;")
pt("b) Phó Chủ tịch Hội đồng: 02 Phó Trưởng phòng Giáo dục và Đào tạo;")
pt("c) Ủy viên thường trực: chuyên viên phụ trách công tác thi đua, khen thưởng của Phòng;")
pt("d) Các ủy viên: Chủ tịch Công đoàn ngành Giáo dục huyện và 02 chuyên viên phụ trách bậc học.")
cl("Bộ phận Văn phòng Phòng Giáo dục và Đào tạo là bộ phận thường trực của Hội đồng.")
art("Nguyên tắc làm việc của Hội đồng")
cl("Hội đồng họp định kỳ 02 lần trong năm học: vào tháng 01 để sơ kết học kỳ I và vào tháng 7 để xét khen "
   "thưởng tổng kết năm học.")
cl("Phiên họp hợp lệ khi có ít nhất 2/3 số thành viên tham dự; trường hợp được đề nghị khen thưởng phải được "
   "từ 70% tổng số thành viên Hội đồng đồng ý bằng phiếu kín.")
chapter("IV", "HỒ SƠ, THỦ TỤC VÀ THỜI HẠN")
art("Hồ sơ đề nghị khen thưởng")
cl("Hồ sơ đề nghị xét tặng danh hiệu Chiến sĩ thi đua cơ sở gồm:")
pt("a) Tờ trình của Hiệu trưởng kèm danh sách;")
pt("b) Biên bản họp Hội đồng thi đua, khen thưởng của trường;")
pt("c) Báo cáo thành tích của cá nhân theo Mẫu số 02 Phụ lục kèm theo Nghị định số 98/2023/NĐ-CP;")
pt("d) Quyết định công nhận sáng kiến hoặc giấy chứng nhận sáng kiến.")
cl("Hồ sơ đề nghị Giấy khen gồm tờ trình, biên bản họp xét và báo cáo tóm tắt thành tích.")
cl("Hồ sơ được lập thành 01 bộ bản giấy, nộp tại Bộ phận Văn phòng Phòng Giáo dục và Đào tạo (phòng 204, tầng 2, "
   "số 18 đường Trần Phú, thị trấn Đô Lương), đồng thời gửi bản điện tử về địa chỉ tdkt.pgddoluong@nghean.edu.vn.")
art("Thời hạn xét khen thưởng")
cl("Các trường gửi hồ sơ đề nghị khen thưởng tổng kết năm học trước ngày 10 tháng 7 hằng năm.")
cl("Trong 10 ngày làm việc kể từ ngày hết hạn nhận hồ sơ, bộ phận thường trực thẩm định và trình Hội đồng.")
cl("Kết quả xét được công khai trên Trang thông tin điện tử của Phòng trong 05 ngày làm việc trước khi trình "
   "khen thưởng.")
cl("Phòng Giáo dục và Đào tạo trình Chủ tịch Ủy ban nhân dân huyện (qua Phòng Nội vụ) trước ngày 31 tháng 7 "
   "hằng năm.")
chapter("V", "ĐIỀU KHOẢN THI HÀNH")
art("Quỹ thi đua, khen thưởng")
cl("Quỹ thi đua, khen thưởng của ngành được trích từ nguồn kinh phí chi thường xuyên của Phòng, do Kế toán "
   "Phòng quản lý và công khai hằng năm.")
cl("Các trường trích lập quỹ thi đua, khen thưởng của trường tối đa bằng 15% tổng quỹ tiền lương theo ngạch, bậc "
   "của viên chức trong năm.")
art("Tổ chức thực hiện")
cl("Hiệu trưởng các trường có trách nhiệm phổ biến Quy chế này đến toàn thể viên chức, người lao động.")
cl("Trong quá trình thực hiện, nếu có vướng mắc, các trường phản ánh về Phòng Giáo dục và Đào tạo (chuyên viên "
   "Trần Thị Lan, điện thoại 0238.3871.456) để xem xét, sửa đổi, bổ sung.")

cp = d.core_properties
cp.author = "Phòng GD&ĐT Đô Lương"
cp.title = "Quy chế thi đua, khen thưởng ngành Giáo dục và Đào tạo huyện Đô Lương"
cp.created = cp.modified = cp.last_printed = STAMP
cp.revision = 3
tmp = OUT + ".tmp"
d.save(tmp)

# rewrite the zip with entry dates before 01/07/2025
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        ni = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        ni.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(ni, zin.read(info.filename))
os.remove(tmp)
print("wrote", OUT)
