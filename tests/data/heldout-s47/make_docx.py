"""Generate docs/yen-the-2024-huong-dan-tieu-chuan-chi-tieu-khen-thuong.docx (held-out set S47).

Run: /work/main/.venv/bin/python make_docx.py

A Hướng dẫn of UBND huyện Yên Thế (Bắc Giang) on the criteria and quotas of the 2024 emulation titles
and awards. Parts "PHẦN I.", groups "A.", headings "1." are Word automatic numbering (one multi-level
list: level 0 upperRoman "PHẦN %1.", level 1 upperLetter "%2." restarting in each part, level 2 decimal
"%3." restarting in each group), so none of these numbers is typed; the points a) b) are typed. A
borderless header table, and one real table of criteria and quotas (two heading rows with cells merged
down (vMerge) and "Chỉ tiêu năm 2024" spanning two columns (gridSpan), group rows spanning the row, a
cell merged down over two award rows and a total row). All dates (text, core properties, zip entries)
before 01/07/2025.
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
OUT = os.path.join(HERE, "docs", "yen-the-2024-huong-dan-tieu-chuan-chi-tieu-khen-thuong.docx")
STAMP = datetime.datetime(2024, 11, 12, 8, 45, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)

# ------------------------------------------------------------------ numbering (numPr)
numbering = d.part.numbering_part.element
ABS_ID, NUM_ID = 47, 47
absn = OxmlElement("w:abstractNum")
absn.set(qn("w:abstractNumId"), str(ABS_ID))
mlt = OxmlElement("w:multiLevelType")
mlt.set(qn("w:val"), "multilevel")
absn.append(mlt)
for ilvl, fmt, text in ((0, "upperRoman", "PHẦN %1."), (1, "upperLetter", "%2."), (2, "decimal", "%3.")):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    if ilvl > 0:
        e = OxmlElement("w:lvlRestart")
        e.set(qn("w:val"), str(ilvl))
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
    if ilvl == 0:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
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
cells = [("ỦY BAN NHÂN DÂN HUYỆN YÊN THẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"),
         ("Số: 168/HD-UBND", "Yên Thế, ngày 12 tháng 11 năm 2024")]
for i, (a, b) in enumerate(cells):
    for j, t in enumerate((a, b)):
        c = ht.cell(i, j)
        c.paragraphs[0].text = t
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        if i == 0:
            c.paragraphs[0].runs[0].bold = True

para("HƯỚNG DẪN", bold=True, center=True)
para("Tiêu chuẩn, chỉ tiêu xét tặng danh hiệu thi đua và hình thức khen thưởng năm 2024", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều "
     "của Luật Thi đua, khen thưởng;")
para("Căn cứ Quyết định số 34/2024/QĐ-UBND ngày 18/6/2024 của Ủy ban nhân dân tỉnh Bắc Giang ban hành Quy chế "
     "công tác thi đua, khen thưởng trên địa bàn tỉnh Bắc Giang;")
para("Ủy ban nhân dân huyện Yên Thế hướng dẫn tiêu chuẩn, chỉ tiêu và hồ sơ xét tặng danh hiệu thi đua, hình "
     "thức khen thưởng năm 2024 như sau:")

# ------------------------------------------------------------------ PHẦN I
numbered("QUY ĐỊNH CHUNG", 0)
numbered("PHẠM VI VÀ ĐỐI TƯỢNG ÁP DỤNG", 1)
numbered("Phạm vi áp dụng", 2)
para("Hướng dẫn này quy định tiêu chuẩn, chỉ tiêu và hồ sơ xét tặng danh hiệu thi đua, hình thức khen thưởng "
     "tổng kết năm 2024 thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân huyện và đề nghị cấp trên khen thưởng.")
para("Khen thưởng theo chuyên đề, khen thưởng đột xuất và khen thưởng quá trình cống hiến không thuộc phạm vi "
     "điều chỉnh của Hướng dẫn này.")
numbered("Đối tượng áp dụng", 2)
para("a) Tập thể: các cơ quan chuyên môn, đơn vị sự nghiệp thuộc Ủy ban nhân dân huyện; Ủy ban nhân dân 17 xã "
     "và 02 thị trấn (Phồn Xương, Bố Hạ); các trường học trên địa bàn huyện.")
para("b) Cá nhân: cán bộ, công chức, viên chức, người lao động tại các cơ quan, đơn vị nêu tại điểm a; cán bộ, "
     "công chức cấp xã và người hoạt động không chuyên trách ở cấp xã.")
para("c) Hộ gia đình có đóng góp cho phong trào xây dựng nông thôn mới trên địa bàn huyện.")
numbered("NGUYÊN TẮC VÀ THỜI GIAN TÍNH THÀNH TÍCH", 1)
numbered("Nguyên tắc xét tặng", 2)
para("a) Việc xét tặng căn cứ kết quả đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức năm 2024; "
     "không bình xét khi đơn vị chưa có kết quả xếp loại.")
para("b) Tỷ lệ cá nhân giữ chức vụ lãnh đạo, quản lý được đề nghị khen thưởng không vượt quá 25% tổng số cá "
     "nhân được đề nghị của mỗi đơn vị.")
para("c) Thời gian nghỉ thai sản theo quy định được tính để bình xét danh hiệu thi đua.")
numbered("Thời gian tính thành tích", 2)
para("Thành tích được tính từ ngày 16/11/2023 đến hết ngày 15/11/2024; riêng ngành giáo dục và đào tạo tính "
     "theo năm học 2023 - 2024.")

# ------------------------------------------------------------------ PHẦN II
numbered("TIÊU CHUẨN VÀ CHỈ TIÊU XÉT TẶNG", 0)
numbered("DANH HIỆU THI ĐUA", 1)
numbered("Danh hiệu \"Lao động tiên tiến\"", 2)
para("a) Hoàn thành tốt nhiệm vụ trở lên; chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà "
     "nước; có tinh thần tự lực, tự cường, đoàn kết, tương trợ.")
para("b) Không xét tặng đối với cá nhân mới tuyển dụng dưới 10 tháng hoặc nghỉ việc từ 40 ngày làm việc trở "
     "lên trong năm, trừ nghỉ thai sản và điều trị do tai nạn lao động.")
numbered("Danh hiệu \"Chiến sĩ thi đua cơ sở\"", 2)
para("Xét tặng cho cá nhân đạt danh hiệu \"Lao động tiên tiến\" và có sáng kiến được Hội đồng sáng kiến cấp "
     "huyện công nhận, áp dụng hiệu quả tại đơn vị; sáng kiến được công nhận nhưng chưa áp dụng thì không "
     "làm căn cứ xét tặng.")
numbered("Danh hiệu \"Tập thể lao động tiên tiến\", \"Tập thể lao động xuất sắc\"", 2)
para("a) \"Tập thể lao động tiên tiến\": hoàn thành tốt nhiệm vụ, có ít nhất 50% cá nhân đạt danh hiệu "
     "\"Lao động tiên tiến\", không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.")
para("b) \"Tập thể lao động xuất sắc\": hoàn thành xuất sắc nhiệm vụ; 100% cá nhân hoàn thành nhiệm vụ, trong "
     "đó ít nhất 70% hoàn thành tốt hoặc xuất sắc nhiệm vụ; có cá nhân đạt danh hiệu \"Chiến sĩ thi đua cơ sở\".")
numbered("Cờ thi đua của Ủy ban nhân dân tỉnh", 2)
para("Xét đề nghị cho tập thể dẫn đầu Cụm, Khối thi đua của huyện, được các thành viên Cụm, Khối suy tôn và có "
     "tổng điểm chấm thi đua đạt từ 95 điểm trở lên.")
numbered("HÌNH THỨC KHEN THƯỞNG", 1)
numbered("Giấy khen của Chủ tịch Ủy ban nhân dân huyện", 2)
para("a) Cá nhân: hoàn thành tốt nhiệm vụ, có thành tích được biểu dương ở cơ sở.")
para("b) Tập thể: có thành tích tiêu biểu, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở.")
para("c) Hộ gia đình: hiến đất, tài sản hoặc đóng góp tiền, hiện vật có giá trị từ 30.000.000 đồng trở lên cho "
     "xây dựng nông thôn mới.")
numbered("Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 2)
para("a) Cá nhân: đã được tặng Giấy khen, có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ và 02 sáng kiến được "
     "công nhận.")
para("b) Tập thể: đã được tặng Giấy khen, có 02 năm liên tục hoàn thành xuất sắc nhiệm vụ, nội bộ đoàn kết.")
numbered("Chỉ tiêu khen thưởng năm 2024", 2)
para("Hội đồng Thi đua - Khen thưởng huyện phân bổ tiêu chuẩn chính, tỷ lệ và chỉ tiêu theo bảng sau; chỉ tiêu "
     "không sử dụng hết không được chuyển sang năm sau.")

COLS = 6
t = d.add_table(rows=12, cols=COLS)
t.style = "Table Grid"
# two heading rows: STT, award, criterion, rate merged down; "Chỉ tiêu năm 2024" across two columns
head = ["STT", "Danh hiệu, hình thức khen thưởng", "Tiêu chuẩn chính", "Tỷ lệ tối đa"]
for j, v in enumerate(head):
    c = t.cell(0, j).merge(t.cell(1, j))
    c.text = v
q = t.cell(0, 4).merge(t.cell(0, 5))
q.text = "Chỉ tiêu năm 2024"
t.cell(1, 4).text = "Tập thể"
t.cell(1, 5).text = "Cá nhân"
body = [
    ("A", "DANH HIỆU THI ĐUA"),
    ("1", "Lao động tiên tiến", "Hoàn thành tốt nhiệm vụ, không vi phạm kỷ luật", "Theo kết quả bình xét", "-", "-"),
    ("2", "Chiến sĩ thi đua cơ sở", "Lao động tiên tiến và có sáng kiến được áp dụng",
     "15% số Lao động tiên tiến", "-", "85"),
    ("3", "Tập thể lao động xuất sắc", "Tiêu biểu trong số Tập thể lao động tiên tiến",
     "20% số Tập thể lao động tiên tiến", "24", "-"),
    ("4", "Cờ thi đua của UBND tỉnh", "Dẫn đầu Cụm, Khối thi đua của huyện", "01 đơn vị/Cụm, Khối", "03", "-"),
    ("B", "HÌNH THỨC KHEN THƯỞNG"),
    ("5", "Giấy khen của Chủ tịch UBND huyện", "Hoàn thành tốt nhiệm vụ, có thành tích tiêu biểu",
     "30% số tập thể, cá nhân của đơn vị", "55", "190"),
    ("6", "Bằng khen của Chủ tịch UBND tỉnh", "Đã có Giấy khen, 02 năm liên tục hoàn thành xuất sắc nhiệm vụ",
     "Theo chỉ tiêu tỉnh phân bổ", "07", "12"),
    ("7", "Bằng khen của Thủ tướng Chính phủ", "Đã có Bằng khen cấp tỉnh, 05 năm liên tục hoàn thành xuất sắc "
     "nhiệm vụ", None, "01", "02"),
]
for i, r in enumerate(body, start=2):
    if len(r) == 2:
        t.cell(i, 0).text = r[0]
        m = t.cell(i, 1).merge(t.cell(i, COLS - 1))
        m.text = r[1]
        m.paragraphs[0].runs[0].bold = True
        continue
    for j, v in enumerate(r):
        if v is not None:
            t.cell(i, j).text = v
# "Theo chỉ tiêu tỉnh phân bổ" covers both Bằng khen rows (vMerge)
t.cell(9, 3).merge(t.cell(10, 3))
# total row: "Tổng cộng" across the first four columns
tot = t.cell(11, 0).merge(t.cell(11, 3))
tot.text = "Tổng cộng"
t.cell(11, 4).text = "90"
t.cell(11, 5).text = "289"
for ri in (0, 1):
    for c in t.rows[ri].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True

para("Mức tiền thưởng thực hiện theo Nghị định số 98/2023/NĐ-CP, tính trên mức lương cơ sở 2.340.000 đồng.")

# ------------------------------------------------------------------ PHẦN III
numbered("HỒ SƠ, THỦ TỤC VÀ TỔ CHỨC THỰC HIỆN", 0)
numbered("HỒ SƠ, THỦ TỤC", 1)
numbered("Thành phần hồ sơ", 2)
para("a) Tờ trình đề nghị khen thưởng của thủ trưởng cơ quan, đơn vị hoặc Chủ tịch Ủy ban nhân dân xã, thị trấn;")
para("b) Biên bản họp Hội đồng thi đua, khen thưởng cơ sở kèm kết quả bỏ phiếu kín;")
para("c) Báo cáo thành tích theo Mẫu số 07 (tập thể), Mẫu số 08 (cá nhân) ban hành kèm theo Nghị định số "
     "98/2023/NĐ-CP;")
para("d) Đối với danh hiệu \"Chiến sĩ thi đua cơ sở\": bản sao quyết định công nhận hiệu quả áp dụng sáng kiến.")
numbered("Số lượng hồ sơ và thời hạn nộp", 2)
para("a) Hồ sơ đề nghị Chủ tịch Ủy ban nhân dân huyện khen thưởng: 01 bộ bản chính, nộp trước ngày 05/12/2024.")
para("b) Hồ sơ đề nghị khen thưởng cấp tỉnh, cấp Nhà nước: 03 bộ bản chính, nộp trước ngày 28/11/2024.")
para("c) Trong thời hạn 05 ngày làm việc kể từ ngày hết hạn nhận hồ sơ, Phòng Nội vụ thẩm định, tổng hợp trình "
     "Hội đồng Thi đua - Khen thưởng huyện; đề nghị được thông qua khi đạt từ 75% số phiếu đồng ý của tổng số "
     "thành viên Hội đồng.")
numbered("Nơi nhận hồ sơ", 2)
para("Hồ sơ bản giấy gửi về Phòng Nội vụ huyện Yên Thế, phòng 206, tầng 2, nhà B, Trụ sở Huyện ủy - HĐND - UBND "
     "huyện, thị trấn Phồn Xương; điện thoại 0204.3876.518.")
para("Bản điện tử gửi qua hộp thư pnv.yenthe@bacgiang.gov.vn trước khi nộp bản giấy.")
numbered("TỔ CHỨC THỰC HIỆN", 1)
numbered("Phòng Nội vụ", 2)
para("Theo dõi, hướng dẫn, thẩm định hồ sơ; tham mưu tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng "
     "năm 2024 của huyện, dự kiến trong tháng 01/2025.")
numbered("Phòng Tài chính - Kế hoạch", 2)
para("Bảo đảm kinh phí khen thưởng từ Quỹ thi đua, khen thưởng của huyện; dự toán năm 2024 là 680.000.000 đồng "
     "(Sáu trăm tám mươi triệu đồng).")
numbered("Các cơ quan, đơn vị, Ủy ban nhân dân xã, thị trấn", 2)
para("Công khai danh sách đề nghị khen thưởng ít nhất 03 ngày làm việc trước khi họp Hội đồng thi đua, khen "
     "thưởng cơ sở; chịu trách nhiệm về tính chính xác của hồ sơ.")
numbered("Hiệu lực thi hành", 2)
para("Hướng dẫn này thay thế Hướng dẫn số 147/HD-UBND ngày 17/11/2023 của Ủy ban nhân dân huyện Yên Thế.")
para("Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ ông Thân Văn Khải, chuyên viên Phòng Nội vụ, "
     "điện thoại 0976.315.482.")

# ------------------------------------------------------------------ signature
para("Nơi nhận:", bold=True, indent=False)
for x in ("- Sở Nội vụ tỉnh Bắc Giang;", "- Thường trực Huyện ủy, HĐND huyện;",
          "- Chủ tịch, các Phó Chủ tịch UBND huyện;", "- Thành viên Hội đồng TĐKT huyện;",
          "- Các cơ quan, đơn vị thuộc huyện;", "- UBND các xã, thị trấn;", "- Lưu: VT, NV."):
    para(x, indent=False)
para("KT. CHỦ TỊCH", bold=True, center=True)
para("PHÓ CHỦ TỊCH", bold=True, center=True)
para("Nguyễn Đình Lượng", bold=True, center=True)

cp = d.core_properties
cp.author = "Phòng Nội vụ huyện Yên Thế"
cp.title = "Hướng dẫn 168/HD-UBND"
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
