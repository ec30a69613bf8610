"""Generate docs/uong-bi-2024-huong-dan-thi-dua-khen-thuong-tong-ket-nam.docx (held-out set S45).

Run: /work/main/.venv/bin/python make_docx.py

A Hướng dẫn of UBND thành phố Uông Bí (Quảng Ninh). Roman parts and their decimal headings are
Word automatic numbering (one multi-level list: level 0 "I.", level 1 "1." restarting in each part),
so their numbers are not typed; the points a) b) are typed. A borderless header table, and one real
table with a group row spanning all columns (gridSpan), a cell merged down two rows (vMerge) and a
total row. All dates (text, core properties, zip entries) before 01/07/2025.
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
OUT = os.path.join(HERE, "docs", "uong-bi-2024-huong-dan-thi-dua-khen-thuong-tong-ket-nam.docx")
STAMP = datetime.datetime(2024, 11, 8, 9, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)

# ------------------------------------------------------------------ numbering (numPr)
numbering = d.part.numbering_part.element
ABS_ID, NUM_ID = 45, 45
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
# abstractNum elements must come before num elements
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
cells = [("ỦY BAN NHÂN DÂN THÀNH PHỐ UÔNG BÍ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
         ("Số: 85/HD-UBND", "Uông Bí, ngày 08 tháng 11 năm 2024")]
for i, (a, b) in enumerate(cells):
    for j, t in enumerate((a, b)):
        c = ht.cell(i, j)
        c.paragraphs[0].text = t
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            c.paragraphs[0].runs[0].bold = True

para("HƯỚNG DẪN", bold=True, center=True)
para("Công tác thi đua, khen thưởng tổng kết năm 2024 đối với các phường, xã, cơ quan, đơn vị thuộc thành phố",
     bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều "
     "của Luật Thi đua, khen thưởng;")
para("Căn cứ Quyết định số 27/2024/QĐ-UBND ngày 12/6/2024 của Ủy ban nhân dân tỉnh Quảng Ninh ban hành Quy chế "
     "công tác thi đua, khen thưởng trên địa bàn tỉnh;")
para("Ủy ban nhân dân thành phố Uông Bí hướng dẫn công tác thi đua, khen thưởng tổng kết năm 2024 như sau:")

# ------------------------------------------------------------------ I
numbered("PHẠM VI, ĐỐI TƯỢNG VÀ NGUYÊN TẮC", 0)
numbered("Phạm vi, đối tượng áp dụng", 1)
para("Hướng dẫn này áp dụng đối với 09 phường, 01 xã, các phòng, ban chuyên môn, đơn vị sự nghiệp thuộc Ủy ban "
     "nhân dân thành phố, các trường học trên địa bàn và các tập thể, cá nhân, hộ gia đình có thành tích.")
para("Các doanh nghiệp, hợp tác xã đóng trên địa bàn thực hiện khen thưởng theo Hướng dẫn này khi có đề nghị "
     "của Ủy ban nhân dân phường, xã nơi đặt trụ sở.")
numbered("Thời gian tính thành tích", 1)
para("Thành tích được tính từ ngày 01/12/2023 đến hết ngày 30/11/2024.")
para("Đối với các trường học, thời gian tính thành tích theo năm học 2023 - 2024.")
numbered("Nguyên tắc xét khen thưởng", 1)
para("a) Tỷ lệ cá nhân là lãnh đạo, quản lý được đề nghị tặng Giấy khen của Chủ tịch Ủy ban nhân dân thành phố "
     "không quá 20% tổng số cá nhân được đề nghị của đơn vị.")
para("b) Không xét khen thưởng đối với tập thể có cá nhân là người đứng đầu bị kỷ luật từ hình thức khiển trách "
     "trở lên trong năm 2024.")
para("c) Mỗi hình thức khen thưởng chỉ đề nghị một lần cho một thành tích đạt được.")
para("d) Ưu tiên khen thưởng người lao động trực tiếp sản xuất, công tác; tỷ lệ không dưới 30% tổng số cá nhân "
     "được đề nghị tặng Giấy khen.")

# ------------------------------------------------------------------ II
numbered("DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG", 0)
numbered("Danh hiệu \"Chiến sĩ thi đua cơ sở\"", 1)
para("Xét tặng cho cá nhân đạt danh hiệu \"Lao động tiên tiến\" và có sáng kiến được Hội đồng sáng kiến thành phố "
     "công nhận; số lượng không quá 15% tổng số cá nhân đạt danh hiệu \"Lao động tiên tiến\" của đơn vị.")
numbered("Danh hiệu \"Tập thể lao động xuất sắc\"", 1)
para("Xét tặng cho tập thể tiêu biểu được lựa chọn trong số các tập thể đạt danh hiệu \"Tập thể lao động tiên "
     "tiến\"; số lượng không quá 20% tổng số tập thể đạt danh hiệu \"Tập thể lao động tiên tiến\".")
numbered("Giấy khen của Chủ tịch Ủy ban nhân dân thành phố", 1)
para("a) Đối với cá nhân: có 02 năm liên tục hoàn thành tốt nhiệm vụ trở lên, trong thời gian đó có 01 sáng "
     "kiến được công nhận.")
para("b) Đối với tập thể: có 02 năm liên tục hoàn thành tốt nhiệm vụ trở lên, nội bộ đoàn kết, thực hiện tốt "
     "quy chế dân chủ ở cơ sở.")
para("c) Đối với hộ gia đình: có đóng góp tiền, hiện vật trị giá từ 50.000.000 đồng trở lên cho công tác an sinh "
     "xã hội, xây dựng đô thị văn minh trên địa bàn thành phố.")
numbered("Mức tiền thưởng và kinh phí", 1)
para("a) Giấy khen của Chủ tịch Ủy ban nhân dân thành phố: cá nhân được thưởng 0,3 lần mức lương cơ sở; tập "
     "thể được thưởng 0,6 lần mức lương cơ sở.")
para("b) Danh hiệu \"Chiến sĩ thi đua cơ sở\" được thưởng 1,0 lần mức lương cơ sở; danh hiệu \"Tập thể lao "
     "động xuất sắc\" được thưởng 1,5 lần mức lương cơ sở.")
para("c) Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của thành phố; dự toán năm 2024 là "
     "850.000.000 đồng (Tám trăm năm mươi triệu đồng).")

numbered("Khen thưởng đột xuất, khen thưởng theo thủ tục đơn giản", 1)
para("a) Áp dụng đối với tập thể, cá nhân lập được thành tích xuất sắc đột xuất trong phòng, chống thiên tai, "
     "cứu người, cứu tài sản, bảo vệ an ninh trật tự.")
para("b) Đơn vị gửi Tờ trình kèm bản tóm tắt thành tích trong thời hạn 05 ngày làm việc kể từ ngày lập được "
     "thành tích; không phải họp Hội đồng cơ sở.")

# ------------------------------------------------------------------ III
numbered("HỒ SƠ, THỦ TỤC VÀ THỜI HẠN", 0)
numbered("Thẩm quyền đề nghị, quyết định, số bộ hồ sơ và thời hạn nộp", 1)
para("Các cơ quan, đơn vị, phường, xã thực hiện theo bảng sau:")

rows = [
    ("STT", "Danh hiệu, hình thức khen thưởng", "Cấp trình", "Cấp quyết định", "Số bộ hồ sơ", "Thời hạn nộp"),
    ("A", "DANH HIỆU THI ĐUA", None, None, None, None),
    ("1", "Chiến sĩ thi đua cơ sở", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND phường, xã",
     "Chủ tịch UBND thành phố", "02 bộ (bản chính)", "Trước ngày 10/12/2024"),
    ("2", "Tập thể lao động xuất sắc", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND phường, xã",
     "Chủ tịch UBND thành phố", "", "Trước ngày 10/12/2024"),
    ("3", "Cờ thi đua của UBND tỉnh", "Hội đồng Thi đua - Khen thưởng thành phố", "Chủ tịch UBND tỉnh Quảng Ninh",
     "03 bộ (bản chính)", "Trước ngày 20/12/2024"),
    ("B", "HÌNH THỨC KHEN THƯỞNG", None, None, None, None),
    ("4", "Giấy khen của Chủ tịch UBND thành phố", "Thủ trưởng cơ quan, đơn vị; Chủ tịch UBND phường, xã",
     "Chủ tịch UBND thành phố", "01 bộ (bản chính)", "Trước ngày 15/12/2024"),
    ("5", "Bằng khen của Chủ tịch UBND tỉnh", "Chủ tịch UBND thành phố", "Chủ tịch UBND tỉnh Quảng Ninh",
     "03 bộ (bản chính)", "Trước ngày 25/12/2024"),
    ("6", "Bằng khen của Thủ tướng Chính phủ", "Chủ tịch UBND thành phố, qua Sở Nội vụ",
     "Thủ tướng Chính phủ", "04 bộ (bản chính)", "Trước ngày 27/12/2024"),
    ("Cộng", "06 danh hiệu, hình thức khen thưởng", None, None, None, None),
]
t = d.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for i, r in enumerate(rows):
    if r[2] is None:
        if r[0] == "Cộng":
            t.cell(i, 0).text = r[0]
            m = t.cell(i, 1).merge(t.cell(i, 5))
            m.text = r[1]
        else:
            t.cell(i, 0).text = r[0]
            m = t.cell(i, 1).merge(t.cell(i, 5))
            m.text = r[1]
            m.paragraphs[0].runs[0].bold = True
        continue
    for j, v in enumerate(r):
        if v:
            t.cell(i, j).text = v
# "02 bộ (bản chính)" covers Chiến sĩ thi đua cơ sở and Tập thể lao động xuất sắc (vMerge)
a = t.cell(2, 4)
b = t.cell(3, 4)
a.merge(b)
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.bold = True

para("Hồ sơ nộp sau thời hạn nêu tại bảng trên sẽ được xét vào đợt khen thưởng tiếp theo.")
numbered("Thành phần hồ sơ", 1)
para("Hồ sơ đề nghị khen thưởng gồm:")
para("a) Tờ trình đề nghị khen thưởng kèm danh sách tập thể, cá nhân được đề nghị;")
para("b) Biên bản họp Hội đồng thi đua - khen thưởng cơ sở, có kết quả bỏ phiếu kín;")
para("c) Báo cáo thành tích của tập thể, cá nhân theo Mẫu số 02, Mẫu số 03 Phụ lục kèm theo Nghị định số "
     "98/2023/NĐ-CP;")
para("d) Đối với danh hiệu \"Chiến sĩ thi đua cơ sở\": bản sao Quyết định công nhận sáng kiến.")
numbered("Thời hạn thẩm định và xét của Hội đồng", 1)
para("a) Trong thời hạn 03 ngày làm việc kể từ ngày nhận hồ sơ, Phòng Nội vụ thông báo cho đơn vị nếu hồ sơ "
     "chưa đầy đủ, chưa hợp lệ.")
para("b) Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, Phòng Nội vụ hoàn thành thẩm định, "
     "tổng hợp trình Hội đồng Thi đua - Khen thưởng thành phố.")
para("c) Hội đồng Thi đua - Khen thưởng thành phố họp xét trong thời hạn 05 ngày làm việc kể từ ngày nhận tờ "
     "trình của Phòng Nội vụ; đề nghị được thông qua khi có từ 70% tổng số thành viên Hội đồng đồng ý.")
para("d) Chủ tịch Ủy ban nhân dân thành phố ký quyết định khen thưởng trong thời hạn 10 ngày làm việc kể từ "
     "ngày nhận được kết quả xét của Hội đồng.")
numbered("Nơi nhận hồ sơ", 1)
para("Hồ sơ bản giấy gửi về Phòng Nội vụ thành phố (cơ quan thường trực Hội đồng Thi đua - Khen thưởng thành "
     "phố), phòng 305, tầng 3, Trụ sở Liên cơ quan số 2, đường Hoàng Quốc Việt, phường Thanh Sơn, thành phố "
     "Uông Bí.")
para("Bản điện tử (file Word và PDF) gửi qua hộp thư tdkt.noivu.uongbi@quangninh.gov.vn; điện thoại liên hệ "
     "0203.3854.217.")

# ------------------------------------------------------------------ IV
numbered("TỔ CHỨC THỰC HIỆN", 0)
numbered("Các phòng, ban, đơn vị, Ủy ban nhân dân phường, xã", 1)
para("Tổ chức bình xét từ cơ sở, công khai kết quả bình xét tại đơn vị ít nhất 05 ngày làm việc trước khi gửi "
     "hồ sơ về thành phố.")
numbered("Phòng Nội vụ", 1)
para("Tổng hợp, thẩm định hồ sơ; tham mưu tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024, "
     "dự kiến tổ chức trong tháng 01/2025.")
para("Báo cáo kết quả thi đua, khen thưởng năm 2024 của thành phố về Sở Nội vụ tỉnh Quảng Ninh trước ngày "
     "15/01/2025.")
numbered("Phòng Tài chính - Kế hoạch", 1)
para("Bảo đảm kinh phí khen thưởng theo dự toán; chi trả tiền thưởng trong thời hạn 15 ngày làm việc kể từ "
     "ngày có quyết định khen thưởng.")
numbered("Hiệu lực thi hành", 1)
para("Hướng dẫn này thay thế Hướng dẫn số 112/HD-UBND ngày 10/11/2023 của Ủy ban nhân dân thành phố về công tác "
     "thi đua, khen thưởng tổng kết năm 2023.")
para("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Phạm Thị Thu Hà, chuyên viên Phòng Nội "
     "vụ, điện thoại 0912.487.350 để được hướng dẫn.")

# ------------------------------------------------------------------ signature
para("Nơi nhận:", bold=True, indent=False)
for x in ("- Sở Nội vụ tỉnh Quảng Ninh;", "- Thường trực Thành ủy, HĐND thành phố;",
          "- Chủ tịch, các Phó Chủ tịch UBND thành phố;", "- Thành viên Hội đồng TĐKT thành phố;",
          "- Các phòng, ban, đơn vị thuộc thành phố;", "- UBND các phường, xã;", "- Lưu: VT, NV."):
    para(x, indent=False)
para("KT. CHỦ TỊCH", bold=True, center=True)
para("PHÓ CHỦ TỊCH", bold=True, center=True)
para("Vũ Văn Khoa", bold=True, center=True)

cp = d.core_properties
cp.author = "Phòng Nội vụ thành phố Uông Bí"
cp.title = "Hướng dẫn 85/HD-UBND"
cp.created = cp.modified = cp.last_printed = STAMP
cp.revision = 3

buf = io.BytesIO()
d.save(buf)
# rewrite the zip so that every entry carries a date before 01/07/2025
src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as z:
    for info in src.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, src.read(info.filename))
print("wrote", OUT)
