"""Generate docs/van-lam-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien.docx (held-out set S48).

Run: /work/main/.venv/bin/python make_docx.py

A Kế hoạch of UBND huyện Văn Lâm (Hưng Yên) for the district Hội nghị biểu dương điển hình tiên tiến
2020 - 2025. Roman parts and their decimal headings are Word automatic numbering (one multi-level
list: level 0 "I.", level 1 "1." restarting in each part), so their numbers are not typed; the points
a) b) are typed. A borderless header table, and one real table (the programme: STT × time × content ×
who presents) with group rows spanning three columns (gridSpan), presenter cells merged down two rows
(vMerge) and a closing row. All dates (text, core properties, zip entries) before 01/07/2025.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "van-lam-2025-ke-hoach-hoi-nghi-dien-hinh-tien-tien.docx")
STAMP = datetime.datetime(2025, 3, 17, 10, 15, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)

# ------------------------------------------------------------------ numbering (numPr)
numbering = d.part.numbering_part.element
ABS_ID, NUM_ID = 48, 48
absn = OxmlElement("w:abstractNum")
absn.set(qn("w:abstractNumId"), str(ABS_ID))
mlt = OxmlElement("w:multiLevelType")
mlt.set(qn("w:val"), "multilevel")
absn.append(mlt)
for ilvl, fmt, text in ((0, "upperRoman", "%1."), (1, "decimal", "%2.")):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    if ilvl == 1:
        e = OxmlElement("w:lvlRestart")
        e.set(qn("w:val"), "1")
        lvl.insert(2, e)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "0")
    ind.set(qn("w:firstLine"), "567")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)
num = OxmlElement("w:num")
num.set(qn("w:numId"), str(NUM_ID))
an = OxmlElement("w:abstractNumId")
an.set(qn("w:val"), str(ABS_ID))
num.append(an)
numbering.append(num)


def numbered(text, ilvl, bold=True):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(NUM_ID))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    r = p.add_run(text)
    r.bold = bold
    return p


def para(text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
    return p


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblpr.append(b)


# ------------------------------------------------------------------ header table (borderless)
ht = d.add_table(rows=2, cols=2)
no_borders(ht)
cells = [("ỦY BAN NHÂN DÂN HUYỆN VĂN LÂM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
         ("Số: 58/KH-UBND", "Văn Lâm, ngày 17 tháng 3 năm 2025")]
for i, (a, b) in enumerate(cells):
    for j, t in enumerate((a, b)):
        c = ht.cell(i, j)
        c.paragraphs[0].text = t
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            c.paragraphs[0].runs[0].bold = True

para("KẾ HOẠCH", bold=True, center=True)
para("Tổ chức Hội nghị biểu dương điển hình tiên tiến huyện Văn Lâm giai đoạn 2020 - 2025", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều "
     "của Luật Thi đua, khen thưởng;")
para("Căn cứ Kế hoạch số 41/KH-UBND ngày 28/02/2025 của Ủy ban nhân dân tỉnh Hưng Yên về tổ chức Đại hội Thi "
     "đua yêu nước tỉnh Hưng Yên lần thứ VI và hội nghị điển hình tiên tiến các cấp;")
para("Ủy ban nhân dân huyện Văn Lâm xây dựng Kế hoạch tổ chức Hội nghị biểu dương điển hình tiên tiến giai "
     "đoạn 2020 - 2025 như sau:")

# ------------------------------------------------------------------ I
numbered("MỤC ĐÍCH, YÊU CẦU", 0)
numbered("Mục đích", 1)
para("Đánh giá kết quả phong trào thi đua yêu nước của huyện trong 05 năm (2020 - 2025); tôn vinh, biểu dương "
     "các tập thể, cá nhân điển hình tiên tiến, người tốt, việc tốt trên các lĩnh vực.")
para("Lựa chọn các tập thể, cá nhân tiêu biểu nhất để giới thiệu tham dự Đại hội Thi đua yêu nước tỉnh Hưng Yên "
     "lần thứ VI.")
numbered("Yêu cầu", 1)
para("a) Hội nghị được tổ chức trang trọng, thiết thực, tiết kiệm, không phô trương, hình thức.")
para("b) Đại biểu điển hình tiên tiến phải là những nhân tố có thành tích nổi bật, được lựa chọn từ cơ sở; "
     "danh sách đại biểu được niêm yết công khai tại đơn vị ít nhất 05 ngày làm việc trước khi gửi về huyện.")
para("c) Tập thể, cá nhân được lựa chọn không trong thời gian bị thi hành kỷ luật hoặc đang bị xem xét xử lý "
     "kỷ luật.")

# ------------------------------------------------------------------ II
numbered("THỜI GIAN, ĐỊA ĐIỂM, THÀNH PHẦN", 0)
numbered("Thời gian", 1)
para("Hội nghị tổ chức trong 01 buổi sáng, Thứ Năm, ngày 22/5/2025.")
numbered("Địa điểm", 1)
para("Hội trường Trung tâm Văn hóa, Thông tin và Thể thao huyện Văn Lâm, thị trấn Như Quỳnh.")
numbered("Thành phần", 1)
para("Tổng số đại biểu dự Hội nghị là 320 người, gồm:")
para("a) Khách mời cấp tỉnh: 08 đại biểu, gồm lãnh đạo Ban Thi đua - Khen thưởng (Sở Nội vụ tỉnh Hưng Yên) "
     "và đại diện Cụm thi đua các huyện phía Bắc của tỉnh.")
para("b) Cấp huyện: 45 đại biểu, gồm Thường trực Huyện ủy, Thường trực HĐND, lãnh đạo UBND huyện, Ủy ban "
     "Mặt trận Tổ quốc Việt Nam huyện, thành viên Hội đồng Thi đua - Khen thưởng huyện.")
para("c) Đại biểu điển hình tiên tiến: 210 đại biểu, trong đó đại diện 130 tập thể và 80 cá nhân tiêu biểu.")
para("d) Cấp xã: 57 đại biểu là Chủ tịch Ủy ban nhân dân, Chủ tịch Ủy ban Mặt trận Tổ quốc các xã, thị "
     "trấn và công chức phụ trách công tác thi đua, khen thưởng.")

# ------------------------------------------------------------------ III
numbered("NỘI DUNG, CHƯƠNG TRÌNH HỘI NGHỊ", 0)
numbered("Nội dung", 1)
para("a) Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025 và phương hướng, nhiệm vụ giai "
     "đoạn 2025 - 2030.")
para("b) Trình bày 06 tham luận của các tập thể, cá nhân điển hình tiên tiến, mỗi tham luận không quá 10 phút.")
para("c) Khen thưởng tại Hội nghị: trao Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 12 tập thể, 18 cá "
     "nhân (nếu được phê duyệt); trao Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 40 tập thể và 65 cá "
     "nhân có thành tích xuất sắc giai đoạn 2020 - 2025.")
para("d) Phát động phong trào thi đua yêu nước giai đoạn 2025 - 2030.")
numbered("Chương trình Hội nghị", 1)
para("Chương trình dự kiến như sau:")

rows = [
    ("STT", "Thời gian", "Nội dung", "Người thực hiện"),
    ("A", "PHẦN KHAI MẠC", None, None),
    ("1", "7 giờ 00 - 7 giờ 30", "Đón tiếp đại biểu; chương trình văn nghệ chào mừng",
     "Ban Tổ chức; Đội văn nghệ Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
    ("2", "7 giờ 30 - 7 giờ 40", "Tuyên bố lý do, giới thiệu đại biểu",
     "Bà Nguyễn Thị Thanh Huyền, Chánh Văn phòng HĐND và UBND huyện"),
    ("3", "7 giờ 40 - 7 giờ 45", "Thông qua chương trình Hội nghị", ""),
    ("4", "7 giờ 45 - 8 giờ 00", "Diễn văn khai mạc",
     "Ông Đào Minh Khang, Chủ tịch UBND huyện, Chủ tịch Hội đồng Thi đua - Khen thưởng huyện"),
    ("B", "PHẦN NỘI DUNG", None, None),
    ("5", "8 giờ 00 - 8 giờ 30", "Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025",
     "Ông Trần Văn Lực, Phó Chủ tịch UBND huyện, Phó Chủ tịch Hội đồng Thi đua - Khen thưởng huyện"),
    ("6", "8 giờ 30 - 9 giờ 30", "Trình bày 06 tham luận",
     "UBND xã Tân Quang; Trường THCS Chỉ Đạo; Công an huyện; Hợp tác xã rau an toàn Lạc Hồng; Công ty TNHH "
     "Điện tử Phú Thịnh; ông Lê Văn Tám, nông dân xã Đình Dù"),
    ("7", "9 giờ 30 - 9 giờ 45", "Nghỉ giải lao", ""),
    ("8", "9 giờ 45 - 10 giờ 00", "Phát biểu chỉ đạo của lãnh đạo tỉnh",
     "Trưởng Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Hưng Yên"),
    ("C", "PHẦN KHEN THƯỞNG VÀ BẾ MẠC", None, None),
    ("9", "10 giờ 00 - 10 giờ 40", "Công bố quyết định và trao khen thưởng",
     "Ông Vũ Đức Toàn, Trưởng phòng Nội vụ huyện công bố; lãnh đạo tỉnh, huyện trao khen thưởng"),
    ("10", "10 giờ 40 - 10 giờ 55", "Phát động phong trào thi đua giai đoạn 2025 - 2030",
     "Ông Đào Minh Khang, Chủ tịch UBND huyện"),
    ("11", "10 giờ 55 - 11 giờ 00", "Bế mạc Hội nghị", ""),
    ("Cộng", "11 nội dung, kết thúc lúc 11 giờ 00", None, None),
]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    if r[2] is None:
        t.cell(i, 0).text = r[0]
        m = t.cell(i, 1).merge(t.cell(i, 3))
        m.text = r[1]
        if r[0] != "Cộng":
            m.paragraphs[0].runs[0].bold = True
        continue
    for j, v in enumerate(r):
        if v:
            t.cell(i, j).text = v
# presenter cells merged down (vMerge): programme items 2-3 (Chánh Văn phòng) and rows 10-11 (Chủ tịch UBND huyện)
t.cell(3, 3).merge(t.cell(4, 3))
t.cell(13, 3).merge(t.cell(14, 3))
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.bold = True

para("Thời gian trình bày của từng nội dung có thể được Ban Tổ chức điều chỉnh cho phù hợp với thực tế.")

# ------------------------------------------------------------------ IV
numbered("KINH PHÍ", 0)
numbered("Dự toán", 1)
para("Tổng kinh phí tổ chức Hội nghị là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng), bố trí từ Quỹ "
     "thi đua, khen thưởng của huyện năm 2025.")
numbered("Nội dung chi", 1)
para("a) Chi tiền thưởng kèm theo Giấy khen của Chủ tịch Ủy ban nhân dân huyện theo quy định tại Nghị định số "
     "98/2023/NĐ-CP.")
para("b) Chi in ấn tài liệu, trang trí khánh tiết, âm thanh, ánh sáng và xây dựng phóng sự.")
para("c) Hỗ trợ tiền ăn cho đại biểu điển hình tiên tiến không hưởng lương từ ngân sách mức 100.000 "
     "đồng/người.")

# ------------------------------------------------------------------ V
numbered("TỔ CHỨC THỰC HIỆN", 0)
numbered("Phòng Nội vụ", 1)
para("a) Là cơ quan thường trực, tham mưu thành lập Ban Tổ chức Hội nghị do đồng chí Chủ tịch Ủy ban nhân dân "
     "huyện làm Trưởng ban; xây dựng báo cáo tổng kết, kịch bản điều hành Hội nghị.")
para("b) Tiếp nhận hồ sơ đề nghị khen thưởng của các cơ quan, đơn vị, xã, thị trấn trước 17 giờ 00 ngày "
     "18/4/2025; hoàn thiện hồ sơ trình Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen trước ngày 25/4/2025.")
para("c) Phát hành giấy mời đến đại biểu chậm nhất 07 ngày trước ngày khai mạc Hội nghị.")
numbered("Phòng Tài chính - Kế hoạch", 1)
para("Thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội nghị cho Phòng Nội vụ trước ngày 09/5/2025.")
numbered("Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao huyện", 1)
para("Chuẩn bị hội trường, trang trí, âm thanh, ánh sáng; xây dựng phóng sự \"Văn Lâm - 5 năm một chặng đường "
     "thi đua\" thời lượng 12 phút để trình chiếu tại Hội nghị; đưa tin, tuyên truyền về Hội nghị.")
numbered("Công an huyện và Trung tâm Y tế huyện", 1)
para("Công an huyện bảo đảm an ninh, trật tự, an toàn giao thông; Trung tâm Y tế huyện bố trí 01 tổ y tế "
     "thường trực tại Hội nghị.")
numbered("Các cơ quan, đơn vị, Ủy ban nhân dân các xã, thị trấn", 1)
para("Lựa chọn, cử đại biểu dự Hội nghị theo số lượng được phân bổ; gửi danh sách đại biểu về Phòng Nội vụ "
     "qua hộp thư pnv.vanlam@hungyen.gov.vn trước ngày 12/5/2025.")
para("Trong quá trình thực hiện, nếu có vướng mắc, liên hệ ông Phạm Đức Thịnh, Phó Trưởng phòng Nội vụ, "
     "điện thoại 0221.3985.432 để được hướng dẫn.")

# ------------------------------------------------------------------ signature
para("Nơi nhận:", bold=True, indent=False)
for x in ("- Ban Thi đua - Khen thưởng, Sở Nội vụ tỉnh Hưng Yên;", "- Thường trực Huyện ủy, HĐND huyện;",
          "- Chủ tịch, các Phó Chủ tịch UBND huyện;", "- Thành viên Hội đồng TĐKT huyện;",
          "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, NV."):
    para(x, indent=False)
para("KT. CHỦ TỊCH", bold=True, center=True)
para("PHÓ CHỦ TỊCH", bold=True, center=True)
para("Nguyễn Quang Hiếu", bold=True, center=True)

cp = d.core_properties
cp.author = "Phòng Nội vụ huyện Văn Lâm"
cp.title = "Kế hoạch 58/KH-UBND"
cp.created = cp.modified = cp.last_printed = STAMP
cp.revision = 2

buf = io.BytesIO()
d.save(buf)
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, src.read(info.filename))
print("wrote", OUT)
