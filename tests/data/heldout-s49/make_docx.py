"""Generate docs/hoa-vang-2024-thong-bao-ket-luan-hoi-dong-tdkt.docx (held-out set S49).

Run: /work/main/.venv/bin/python make_docx.py

A Thông báo kết luận of the Hội đồng Thi đua - Khen thưởng huyện Hòa Vang (Đà Nẵng) after its
meeting on the 2024 year-end awards. Parts I.-III. and their points 1., 2. ... are Word automatic
numbering (one multi-level list: level 0 upperRoman "I.", level 1 decimal "1." restarting in each
part), so no heading number is typed; the points a) b) are typed. A borderless header table, and one
real table of the agreed proposals with group rows spanning the columns (gridSpan), the "Cấp quyết
định" cell merged down each group (vMerge) and a total row. All dates (text, core properties, zip
entries) before 01/07/2025.
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
OUT = os.path.join(HERE, "docs", "hoa-vang-2024-thong-bao-ket-luan-hoi-dong-tdkt.docx")
STAMP = datetime.datetime(2024, 12, 20, 16, 10, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)

# ------------------------------------------------------------------ numbering (numPr)
numbering = d.part.numbering_part.element
ABS_ID, NUM_ID = 49, 49
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
cells = [("ỦY BAN NHÂN DÂN HUYỆN HÒA VANG HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
         ("Số: 27/TB-HĐTĐKT", "Hòa Vang, ngày 20 tháng 12 năm 2024")]
for i, (a, b) in enumerate(cells):
    for j, t in enumerate((a, b)):
        c = ht.cell(i, j)
        c.paragraphs[0].text = t
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            c.paragraphs[0].runs[0].bold = True

para("THÔNG BÁO", bold=True, center=True)
para("Kết luận của Chủ tịch Hội đồng Thi đua - Khen thưởng huyện tại phiên họp xét khen thưởng "
     "tổng kết năm 2024", bold=True, center=True)
para("Chiều ngày 18/12/2024, tại Phòng họp số 3, Trụ sở Huyện ủy - HĐND - UBND huyện Hòa Vang, Hội đồng "
     "Thi đua - Khen thưởng huyện tổ chức phiên họp xét, đề nghị khen thưởng tổng kết năm 2024. Ông Trần "
     "Đình Phúc, Chủ tịch Ủy ban nhân dân huyện, Chủ tịch Hội đồng chủ trì phiên họp.")
para("Tham dự phiên họp có 12/13 thành viên Hội đồng; vắng 01 thành viên có lý do và đã gửi phiếu bầu "
     "bằng văn bản. Mời dự có đại diện Ban Tổ chức Huyện ủy, Ủy ban Kiểm tra Huyện ủy, Công an huyện và "
     "Tổ Thư ký giúp việc Hội đồng.")
para("Sau khi nghe Phòng Nội vụ báo cáo kết quả thẩm định hồ sơ và ý kiến thảo luận của các thành viên, "
     "Chủ tịch Hội đồng kết luận như sau:")

# ------------------------------------------------------------------ I
numbered("ĐÁNH GIÁ CHUNG VỀ VIỆC CHUẨN BỊ HỒ SƠ", 0)
numbered("Kết quả tiếp nhận, thẩm định", 1)
para("Phòng Nội vụ đã tiếp nhận 64 bộ hồ sơ của 37 cơ quan, đơn vị, địa phương; trong đó 55 bộ hồ sơ bảo "
     "đảm đúng thủ tục, 09 bộ hồ sơ phải bổ sung, hoàn thiện.")
para("Số đề nghị trình Hội đồng xét gồm 03 tập thể đề nghị Cờ thi đua của Ủy ban nhân dân thành phố, 04 tập "
     "thể đề nghị danh hiệu \"Tập thể lao động xuất sắc\", 03 cá nhân đề nghị danh hiệu \"Chiến sĩ thi đua "
     "cơ sở\" và 03 trường hợp đề nghị Bằng khen của Chủ tịch Ủy ban nhân dân thành phố.")
para("Toàn bộ hồ sơ có bản điện tử gửi qua Hệ thống quản lý văn bản và điều hành của huyện; các hồ sơ "
     "phải bổ sung chủ yếu do thiếu biên bản họp, báo cáo thành tích chưa có xác nhận của cấp trình.")
numbered("Việc bảo đảm tỷ lệ khen thưởng", 1)
para("Tỷ lệ cá nhân là lãnh đạo, quản lý trong tổng số cá nhân được đề nghị tặng Giấy khen là 18,2%, bảo "
     "đảm không vượt quá 20% theo quy định.")
para("Tỷ lệ công chức, viên chức, người lao động trực tiếp công tác, sản xuất được đề nghị khen thưởng đạt "
     "41,7%, cao hơn năm 2023 (35,4%).")
numbered("Tồn tại, hạn chế", 1)
para("a) Một số đơn vị gửi hồ sơ chậm so với thời hạn tại Hướng dẫn số 94/HD-UBND ngày 04/11/2024 của Ủy ban "
     "nhân dân huyện, gồm Ủy ban nhân dân xã Hòa Liên, Trường THCS Nguyễn Bỉnh Khiêm và Ban Quản lý dự án "
     "đầu tư xây dựng huyện.")
para("b) Báo cáo thành tích của một số cá nhân còn chung chung, chưa nêu số liệu cụ thể, chưa kèm quyết "
     "định công nhận sáng kiến.")
para("c) Biên bản họp Hội đồng thi đua - khen thưởng cơ sở của 02 đơn vị chưa ghi tỷ lệ phiếu bầu.")

# ------------------------------------------------------------------ II
numbered("CÁC NỘI DUNG HỘI ĐỒNG THỐNG NHẤT", 0)
numbered("Đề nghị Cờ thi đua, danh hiệu thi đua và Bằng khen", 1)
para("Hội đồng bỏ phiếu kín và thống nhất đề nghị khen thưởng đối với các tập thể, cá nhân đạt từ 70% số "
     "phiếu đồng ý trở lên so với tổng số thành viên Hội đồng, cụ thể như sau:")

rows = [
    ("STT", "Tập thể, cá nhân được đề nghị", "Số phiếu đồng ý", "Cấp trình", "Cấp quyết định"),
    ("A", "CỜ THI ĐUA CỦA ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG", None, None, None),
    ("1", "Ủy ban nhân dân xã Hòa Phong", "13/13", "Chủ tịch UBND huyện", "Chủ tịch UBND thành phố Đà Nẵng"),
    ("2", "Phòng Giáo dục và Đào tạo huyện", "12/13", "Chủ tịch UBND huyện", ""),
    ("B", "DANH HIỆU \"TẬP THỂ LAO ĐỘNG XUẤT SẮC\"", None, None, None),
    ("3", "Ủy ban nhân dân xã Hòa Tiến", "13/13", "Hội đồng TĐKT huyện", "Chủ tịch UBND huyện"),
    ("4", "Trường Tiểu học Hòa Nhơn", "11/13", "Hội đồng TĐKT huyện", ""),
    ("5", "Đội Quản lý trật tự đô thị huyện", "10/13", "Hội đồng TĐKT huyện", ""),
    ("C", "DANH HIỆU \"CHIẾN SĨ THI ĐUA CƠ SỞ\"", None, None, None),
    ("6", "Bà Lê Thị Thanh Thủy, Phó Trưởng phòng Tài chính - Kế hoạch huyện", "12/13", "Hội đồng TĐKT huyện",
     "Chủ tịch UBND huyện"),
    ("7", "Ông Huỳnh Tấn Lộc, Chủ tịch Ủy ban nhân dân xã Hòa Khương", "11/13", "Hội đồng TĐKT huyện", ""),
    ("D", "BẰNG KHEN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ", None, None, None),
    ("8", "Bà Ngô Thị Mỹ Hạnh, Hiệu trưởng Trường THCS Nguyễn Bỉnh Khiêm", "13/13", "Chủ tịch UBND huyện",
     "Chủ tịch UBND thành phố Đà Nẵng"),
    ("9", "Hợp tác xã Nông nghiệp Hòa Phước", "10/13", "Chủ tịch UBND huyện", ""),
    ("Tổng cộng", "09 trường hợp (06 tập thể, 03 cá nhân)", None, None, None),
]
t = d.add_table(rows=len(rows), cols=5)
t.style = "Table Grid"
for i, r in enumerate(rows):
    if r[2] is None:
        t.cell(i, 0).text = r[0]
        m = t.cell(i, 1).merge(t.cell(i, 4))
        m.text = r[1]
        m.paragraphs[0].runs[0].bold = True
        continue
    for j, v in enumerate(r):
        if v:
            t.cell(i, j).text = v
# the "Cấp quyết định" cell of each group merged down over the group's rows (vMerge)
for top, bottom in ((2, 3), (5, 7), (9, 10), (12, 13)):
    t.cell(top, 4).merge(t.cell(bottom, 4))
for c in t.rows[0].cells:
    for r in c.paragraphs[0].runs:
        r.bold = True

para("Số phiếu ghi trong bảng là số phiếu đồng ý trên tổng số 13 thành viên Hội đồng, kể cả phiếu của "
     "thành viên vắng mặt gửi bằng văn bản.")
numbered("Giấy khen của Chủ tịch Ủy ban nhân dân huyện", 1)
para("Thống nhất tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 46 tập thể, 132 cá nhân và 18 hộ "
     "gia đình có thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024 theo danh sách do Phòng Nội vụ trình.")
para("Tiền thưởng kèm theo Giấy khen: tập thể 0,6 lần mức lương cơ sở; cá nhân và hộ gia đình 0,3 lần mức "
     "lương cơ sở.")
para("Trong tổng số trên, có 12 tập thể và 27 cá nhân được khen thưởng gắn với phong trào thi đua \"Hòa "
     "Vang chung sức xây dựng nông thôn mới nâng cao\".")
numbered("Các trường hợp chưa đề nghị hoặc chuyển hình thức khen thưởng", 1)
para("a) Ủy ban nhân dân xã Hòa Phú (đề nghị Cờ thi đua): chỉ đạt 8/13 phiếu đồng ý, dưới tỷ lệ 70%; Hội "
     "đồng thống nhất chuyển sang đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen.")
para("b) Trung tâm Văn hóa - Thể thao huyện (đề nghị danh hiệu \"Tập thể lao động xuất sắc\"): hồ sơ thiếu "
     "biên bản họp Hội đồng thi đua - khen thưởng cơ sở; tạm dừng xét, xem xét lại sau khi bổ sung.")
para("c) Ông Võ Văn Hùng, Phó Chủ tịch Ủy ban nhân dân xã Hòa Sơn (đề nghị danh hiệu \"Chiến sĩ thi đua cơ "
     "sở\"): chưa xét do đang trong thời gian cơ quan có thẩm quyền xem xét xử lý kỷ luật.")
para("d) Ông Đặng Công Minh, Giám đốc Ban Quản lý dự án đầu tư xây dựng huyện (đề nghị Bằng khen của Chủ "
     "tịch Ủy ban nhân dân thành phố): thành tích chưa tiêu biểu; chuyển sang đề nghị tặng Giấy khen của Chủ "
     "tịch Ủy ban nhân dân huyện.")
numbered("Khen thưởng đột xuất", 1)
para("Thống nhất đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen đột xuất cho 05 cá nhân thuộc Đội "
     "xung kích phòng, chống thiên tai xã Hòa Bắc đã có hành động dũng cảm cứu người trong đợt mưa lũ cuối "
     "tháng 10/2024.")
para("Hồ sơ khen thưởng đột xuất thực hiện theo thủ tục đơn giản; Phòng Nội vụ trình ký trong thời hạn "
     "03 ngày làm việc kể từ ngày Thông báo này được ban hành.")
numbered("Kết quả bình xét của các cụm, khối thi đua", 1)
para("Hội đồng thống nhất công nhận kết quả bình xét do các cụm, khối thi đua gửi về, cụ thể:")
para("a) Cụm thi đua số 1 (06 xã): Ủy ban nhân dân xã Hòa Phong dẫn đầu;")
para("b) Cụm thi đua số 2 (05 xã): Ủy ban nhân dân xã Hòa Tiến dẫn đầu;")
para("c) Khối các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện: Phòng Giáo dục và Đào tạo huyện dẫn đầu.")

# ------------------------------------------------------------------ III
numbered("TỔ CHỨC THỰC HIỆN", 0)
numbered("Phòng Nội vụ (cơ quan thường trực Hội đồng)", 1)
para("a) Hoàn thiện hồ sơ, trình Chủ tịch Ủy ban nhân dân huyện ký quyết định tặng Giấy khen, công nhận "
     "danh hiệu thi đua trước ngày 27/12/2024.")
para("b) Lập tờ trình đề nghị Chủ tịch Ủy ban nhân dân thành phố tặng Cờ thi đua và Bằng khen, gửi Sở Nội "
     "vụ thành phố Đà Nẵng trước ngày 06/01/2025; hồ sơ lập thành 03 bộ bản chính.")
para("c) Công khai danh sách đề nghị khen thưởng trên Trang thông tin điện tử huyện trong 05 ngày làm việc "
     "trước khi trình ký; ý kiến phản ánh gửi qua số điện thoại 0236.3846.512 hoặc hộp thư "
     "noivu.hoavang@danang.gov.vn.")
para("d) Tổng hợp, báo cáo kết quả thi đua, khen thưởng năm 2024 của huyện gửi Sở Nội vụ thành phố Đà "
     "Nẵng trước ngày 20/01/2025.")
numbered("Các đơn vị có hồ sơ phải bổ sung", 1)
para("Gửi hồ sơ bổ sung về Phòng Nội vụ huyện, phòng 204, tầng 2, nhà B, Trụ sở Ủy ban nhân dân huyện.")
para("Thời hạn chậm nhất là 16 giờ 30 ngày 23/12/2024; quá thời hạn trên, Hội đồng không xem xét.")
numbered("Phòng Tài chính - Kế hoạch", 1)
para("Tham mưu bố trí kinh phí khen thưởng tổng kết năm 2024 là 735.000.000 đồng từ Quỹ thi đua, khen "
     "thưởng của huyện; chi trả tiền thưởng chậm nhất ngày 15/01/2025.")
numbered("Văn phòng HĐND và UBND huyện", 1)
para("Chuẩn bị Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 vào sáng ngày 10/01/2025 tại Hội "
     "trường Trung tâm Văn hóa - Thể thao huyện, dự kiến 150 đại biểu.")
numbered("Các thành viên Hội đồng", 1)
para("Theo dõi việc bình xét ở các cụm, khối thi đua được phân công; báo cáo Chủ tịch Hội đồng các vướng "
     "mắc phát sinh trước ngày 30/12/2024.")
numbered("Trung tâm Văn hóa - Thể thao huyện", 1)
para("Phối hợp với Văn phòng HĐND và UBND huyện trang trí hội trường; đưa tin về Hội nghị tổng kết trên "
     "Trang thông tin điện tử huyện và hệ thống truyền thanh cơ sở.")
para("Hội đồng Thi đua - Khen thưởng huyện thông báo để các cơ quan, đơn vị, địa phương biết, thực hiện./.")

# ------------------------------------------------------------------ signature
para("Nơi nhận:", bold=True, indent=False)
for x in ("- Ban Thi đua - Khen thưởng, Sở Nội vụ thành phố Đà Nẵng;", "- Thường trực Huyện ủy, HĐND huyện;",
          "- Chủ tịch, các Phó Chủ tịch UBND huyện;", "- Thành viên Hội đồng TĐKT huyện;",
          "- Ban Tổ chức, Ủy ban Kiểm tra Huyện ủy;",
          "- Các cơ quan, đơn vị, UBND các xã;", "- Trang thông tin điện tử huyện;", "- Lưu: VT, HĐTĐKT."):
    para(x, indent=False)
para("TL. CHỦ TỊCH HỘI ĐỒNG", bold=True, center=True)
para("ỦY VIÊN - THƯ KÝ HỘI ĐỒNG", bold=True, center=True)
para("Trương Quang Vinh", bold=True, center=True)

cp = d.core_properties
cp.author = "Phòng Nội vụ huyện Hòa Vang"
cp.title = "Thông báo 27/TB-HĐTĐKT"
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
