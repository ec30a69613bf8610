"""Generate docs/chi-linh-2025-quyet-dinh-quy-dinh-cham-diem-thi-dua-phuong-xa.docx (held-out set S41).

Run: /work/main/.venv/bin/python make_docx.py

Word features: a borderless header table (cơ quan | Quốc hiệu; number | place and date), Word automatic
numbering (numPr → numbering.xml) for the decision's articles and for the Quy định's articles, clauses
and points (the numbers are not typed in the text), a scoring table with vMerge group cells and a
gridSpan total row. Core properties and zip entry dates are set before 01/07/2025.
"""
import datetime
import os
import shutil
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "chi-linh-2025-quyet-dinh-quy-dinh-cham-diem-thi-dua-phuong-xa.docx")
STAMP = datetime.datetime(2025, 3, 14, 9, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)

# ------------------------------------------------------------------ automatic numbering
numbering = d.part.numbering_part.element


def abstract(aid, levels):
    a = OxmlElement("w:abstractNum")
    a.set(qn("w:abstractNumId"), str(aid))
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    a.append(mlt)
    for ilvl, (fmt, text, ind) in enumerate(levels):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        nf = OxmlElement("w:numFmt")
        nf.set(qn("w:val"), fmt)
        lt = OxmlElement("w:lvlText")
        lt.set(qn("w:val"), text)
        suff = OxmlElement("w:suff")
        suff.set(qn("w:val"), "space")
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        ppr = OxmlElement("w:pPr")
        i = OxmlElement("w:ind")
        i.set(qn("w:left"), "0")
        i.set(qn("w:firstLine"), str(ind))
        ppr.append(i)
        for e in (start, nf, suff, lt, jc, ppr):  # schema order
            lvl.append(e)
        if ilvl == 0:
            rpr = OxmlElement("w:rPr")
            b = OxmlElement("w:b")
            rpr.append(b)
            lvl.append(rpr)
        a.append(lvl)
    return a


def num(nid, aid):
    n = OxmlElement("w:num")
    n.set(qn("w:numId"), str(nid))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), str(aid))
    n.append(an)
    return n


# abstractNum elements must precede num elements
first_num = numbering.find(qn("w:num"))
for a in (abstract(40, [("decimal", "Điều %1.", 567)]),
          abstract(41, [("decimal", "Điều %1.", 567), ("decimal", "%2.", 567), ("lowerLetter", "%3)", 567)])):
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
numbering.append(num(40, 40))  # the decision's own articles
numbering.append(num(41, 41))  # the Quy định: Điều / khoản / điểm


def para(text="", bold=False, italic=False, center=False, numid=None, ilvl=0, size=None, page_break=False):
    p = d.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    if page_break:
        p.add_run().add_break(WD_BREAK.PAGE)
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if numid is not None:
        ppr = p._p.get_or_add_pPr()
        npr = OxmlElement("w:numPr")
        il = OxmlElement("w:ilvl")
        il.set(qn("w:val"), str(ilvl))
        ni = OxmlElement("w:numId")
        ni.set(qn("w:val"), str(numid))
        npr.append(il)
        npr.append(ni)
        ppr.insert(0, npr)
    return p


def art(title):
    return para(title, bold=True, numid=41, ilvl=0)


def cl(text):
    return para(text, numid=41, ilvl=1)


def pt(text):
    return para(text, numid=41, ilvl=2)


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def all_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:color"), "000000")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, lines, bold=False, center=True):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        if center:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold = bold


# ------------------------------------------------------------------ the decision
hdr = d.add_table(rows=2, cols=2)
no_borders(hdr)
cell_text(hdr.cell(0, 0), ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ CHÍ LINH"], bold=True)
cell_text(hdr.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
cell_text(hdr.cell(1, 0), ["Số: 1862/QĐ-UBND"])
cell_text(hdr.cell(1, 1), ["Chí Linh, ngày 14 tháng 3 năm 2025"])

para("QUYẾT ĐỊNH", bold=True, center=True)
para("Ban hành Quy định chấm điểm, xếp loại thi đua đối với Ủy ban nhân dân các phường, xã "
     "trên địa bàn thành phố Chí Linh", bold=True, center=True)
para("ỦY BAN NHÂN DÂN THÀNH PHỐ CHÍ LINH", bold=True, center=True)
para("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", italic=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic=True)
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi "
     "hành một số điều của Luật Thi đua, khen thưởng;", italic=True)
para("Căn cứ Quyết định số 07/2024/QĐ-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân tỉnh Hải Dương "
     "ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;", italic=True)
para("Theo đề nghị của Trưởng phòng Nội vụ thành phố tại Tờ trình số 45/TTr-NV ngày 05 tháng 3 năm 2025.",
     italic=True)
para("QUYẾT ĐỊNH:", bold=True, center=True)
para("Ban hành kèm theo Quyết định này Quy định chấm điểm, xếp loại thi đua đối với Ủy ban nhân dân "
     "các phường, xã trên địa bàn thành phố Chí Linh.", numid=40)
para("Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 4 năm 2025 và thay thế Quyết định số "
     "2210/QĐ-UBND ngày 18 tháng 4 năm 2022 của Ủy ban nhân dân thành phố Chí Linh ban hành Quy định "
     "chấm điểm thi đua các phường, xã. Kết quả thi đua năm 2025 được chấm theo Quy định ban hành kèm "
     "theo Quyết định này.", numid=40)
para("Chánh Văn phòng HĐND và UBND thành phố, Trưởng phòng Nội vụ, Thủ trưởng các phòng, ban, ngành "
     "thuộc thành phố, Chủ tịch Ủy ban nhân dân các phường, xã và các cơ quan, đơn vị có liên quan chịu "
     "trách nhiệm thi hành Quyết định này./.", numid=40)
para("Nơi nhận:", bold=True, italic=True)
for t in ("- Như Điều 3;", "- Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ);", "- TT Thành ủy, TT HĐND thành phố;",
          "- Chủ tịch, các PCT UBND thành phố;", "- Cổng thông tin điện tử thành phố;", "- Lưu: VT, NV."):
    para(t, size=11)
para("TM. ỦY BAN NHÂN DÂN", bold=True, center=True)
para("CHỦ TỊCH", bold=True, center=True)
para("Nguyễn Văn Thắng", bold=True, center=True)

# ------------------------------------------------------------------ the attached Quy định
para("QUY ĐỊNH", bold=True, center=True, page_break=True)
para("Chấm điểm, xếp loại thi đua đối với Ủy ban nhân dân các phường, xã trên địa bàn thành phố Chí Linh",
     bold=True, center=True)
para("(Ban hành kèm theo Quyết định số 1862/QĐ-UBND ngày 14 tháng 3 năm 2025 của Ủy ban nhân dân "
     "thành phố Chí Linh)", italic=True, center=True)

para("Chương I", bold=True, center=True)
para("QUY ĐỊNH CHUNG", bold=True, center=True)
art("Phạm vi điều chỉnh và đối tượng áp dụng")
cl("Quy định này quy định tiêu chí, thang điểm, cách chấm điểm, xếp loại thi đua và hồ sơ, thời hạn "
   "chấm điểm đối với Ủy ban nhân dân 14 phường và 05 xã thuộc thành phố Chí Linh.")
cl("Đối tượng áp dụng: Ủy ban nhân dân các phường, xã; Phòng Nội vụ và các phòng, ban, ngành thành phố "
   "được giao thẩm định điểm.")
art("Nguyên tắc chấm điểm")
cl("Việc chấm điểm bảo đảm công khai, khách quan, chính xác, căn cứ vào kết quả thực hiện nhiệm vụ "
   "có số liệu, tài liệu minh chứng.")
cl("Thời gian tính kết quả chấm điểm từ ngày 16 tháng 11 năm trước đến ngày 15 tháng 11 của năm chấm điểm.")
cl("Điểm của mỗi tiêu chí không vượt quá điểm tối đa của tiêu chí đó; tổng điểm thưởng không quá "
   "05 điểm, điểm trừ không giới hạn.")

para("Chương II", bold=True, center=True)
para("TIÊU CHÍ, THANG ĐIỂM VÀ XẾP LOẠI", bold=True, center=True)
art("Tiêu chí và thang điểm")
cl("Tổng điểm chuẩn là 100 điểm, gồm 04 nhóm tiêu chí với điểm tối đa của từng tiêu chí theo bảng sau:")

rows = [
    ("1", "Phát triển kinh tế (35 điểm)", [("Thu ngân sách nhà nước trên địa bàn", "12"),
                                          ("Tiến độ giải phóng mặt bằng các dự án", "10"),
                                          ("Chỉnh trang đô thị, xây dựng nông thôn mới nâng cao", "8"),
                                          ("Phát triển kinh tế tập thể, hộ kinh doanh", "5")]),
    ("2", "Văn hóa - xã hội (25 điểm)", [("Giáo dục, y tế, dân số", "9"),
                                        ("Giảm nghèo, an sinh xã hội", "8"),
                                        ("Bảo tồn di tích Côn Sơn - Kiếp Bạc, phát triển du lịch", "8")]),
    ("3", "Quốc phòng, an ninh (20 điểm)", [("Giao quân đạt 100% chỉ tiêu", "8"),
                                           ("Trật tự an toàn xã hội, tai nạn giao thông", "7"),
                                           ("Tiếp công dân, giải quyết khiếu nại, tố cáo", "5")]),
    ("4", "Xây dựng chính quyền, thi đua, khen thưởng (20 điểm)",
     [("Cải cách hành chính, chuyển đổi số", "10"),
      ("Công tác thi đua, khen thưởng", "6"),
      ("Chấp hành chế độ thông tin, báo cáo", "4")]),
]
nrows = 1 + sum(len(r[2]) for r in rows) + 1
t = d.add_table(rows=nrows, cols=4)
all_borders(t)
for j, h in enumerate(("STT", "Nhóm tiêu chí", "Tiêu chí", "Điểm tối đa")):
    cell_text(t.cell(0, j), [h], bold=True)
i = 1
for stt, group, crit in rows:
    top = i
    for name, pts in crit:
        cell_text(t.cell(i, 2), [name], center=False)
        cell_text(t.cell(i, 3), [pts])
        i += 1
    a = t.cell(top, 0).merge(t.cell(i - 1, 0))
    cell_text(a, [stt])
    b = t.cell(top, 1).merge(t.cell(i - 1, 1))
    cell_text(b, [group], center=False)
tot = t.cell(i, 0).merge(t.cell(i, 2))
cell_text(tot, ["Tổng cộng"], bold=True)
cell_text(t.cell(i, 3), ["100"], bold=True)

cl("Phòng Nội vụ hướng dẫn cách tính điểm chi tiết của từng tiêu chí trước ngày 31 tháng 01 hằng năm.")
art("Điểm thưởng và điểm trừ")
cl("Điểm thưởng (tổng không quá 05 điểm):")
pt("Có mô hình mới, cách làm hay được Ủy ban nhân dân tỉnh công nhận và nhân rộng: cộng 02 điểm;")
pt("Thu ngân sách vượt trên 20% dự toán được giao: cộng 02 điểm;")
pt("Được tặng Cờ thi đua của Ủy ban nhân dân tỉnh trong năm: cộng 01 điểm.")
cl("Điểm trừ:")
pt("Chậm gửi báo cáo theo yêu cầu của Ủy ban nhân dân thành phố: trừ 0,5 điểm mỗi lần;")
pt("Để xảy ra điểm nóng về an ninh, trật tự hoặc khiếu kiện đông người vượt cấp: trừ 05 điểm;")
pt("Cán bộ, công chức bị kỷ luật từ hình thức khiển trách trở lên: trừ 02 điểm mỗi trường hợp.")
art("Xếp loại thi đua")
cl("Loại Xuất sắc: đạt từ 90 điểm trở lên và không có tiêu chí nào đạt dưới 70% điểm tối đa.")
cl("Loại Khá: đạt từ 75 điểm đến dưới 90 điểm.")
cl("Loại Trung bình: đạt từ 60 điểm đến dưới 75 điểm.")
cl("Loại Yếu: dưới 60 điểm hoặc có cán bộ chủ chốt bị kỷ luật từ hình thức cách chức trở lên.")

para("Chương III", bold=True, center=True)
para("KHEN THƯỞNG VÀ TỔ CHẤM ĐIỂM", bold=True, center=True)
art("Khen thưởng theo kết quả xếp loại")
cl("Đơn vị dẫn đầu khối phường và đơn vị dẫn đầu khối xã, nếu đạt loại Xuất sắc, được Ủy ban nhân dân "
   "thành phố đề nghị Ủy ban nhân dân tỉnh tặng Cờ thi đua.")
cl("Đơn vị đạt loại Xuất sắc được Chủ tịch Ủy ban nhân dân thành phố tặng Giấy khen, số lượng không quá "
   "30% tổng số phường, xã; đơn vị đạt loại Khá trở lên được xét công nhận danh hiệu Tập thể lao động "
   "tiên tiến.")
cl("Tiền thưởng kèm theo Giấy khen của Chủ tịch Ủy ban nhân dân thành phố đối với tập thể bằng 1,0 lần "
   "mức lương cơ sở; danh hiệu Tập thể lao động tiên tiến bằng 0,8 lần mức lương cơ sở.")
cl("Kinh phí khen thưởng chi từ Quỹ thi đua, khen thưởng của thành phố; năm 2025 bố trí 350.000.000 đồng "
   "cho khen thưởng theo kết quả chấm điểm.")
art("Tổ chấm điểm")
cl("Tổ chấm điểm do Chủ tịch Ủy ban nhân dân thành phố thành lập, gồm 07 thành viên:")
pt("Tổ trưởng: ông Phạm Quang Huy, Phó Chủ tịch Ủy ban nhân dân thành phố;")
pt("Tổ phó: bà Vũ Thị Hạnh, Trưởng phòng Nội vụ thành phố;")
pt("Thành viên: Trưởng các phòng Tài chính - Kế hoạch, Kinh tế, Văn hóa và Thông tin, Tư pháp và Chỉ "
   "huy trưởng Ban Chỉ huy Quân sự thành phố.")
cl("Phòng Nội vụ là cơ quan thường trực của Tổ chấm điểm, tổng hợp điểm và trình Hội đồng Thi đua - "
   "Khen thưởng thành phố xét.")

para("Chương IV", bold=True, center=True)
para("HỒ SƠ, THỜI HẠN VÀ TỔ CHỨC THỰC HIỆN", bold=True, center=True)
art("Hồ sơ tự chấm điểm")
cl("Ủy ban nhân dân phường, xã gửi hồ sơ tự chấm điểm gồm:")
pt("Tờ trình đề nghị công nhận kết quả chấm điểm, xếp loại thi đua;")
pt("Bảng tự chấm điểm theo Mẫu số 01 ban hành kèm theo Quy định này, có chữ ký của Chủ tịch Ủy ban "
   "nhân dân phường, xã;")
pt("Báo cáo tổng kết công tác năm kèm tài liệu minh chứng cho điểm thưởng;")
pt("Biên bản họp Hội đồng Thi đua - Khen thưởng phường, xã.")
cl("Hồ sơ lập thành 02 bộ, gửi về Phòng Nội vụ thành phố (phòng 208, tầng 2, Trụ sở HĐND - UBND thành "
   "phố, số 08 đường Trần Hưng Đạo, phường Sao Đỏ), đồng thời gửi bản điện tử qua thư điện tử "
   "thiduachilinh@haiduong.gov.vn.")
art("Thời hạn chấm điểm")
cl("Ủy ban nhân dân phường, xã gửi hồ sơ tự chấm điểm trước ngày 25 tháng 11 hằng năm.")
cl("Trong 10 ngày làm việc kể từ ngày nhận đủ hồ sơ, các phòng, ban được giao thẩm định điểm các tiêu "
   "chí thuộc lĩnh vực phụ trách và gửi kết quả về Phòng Nội vụ.")
cl("Phòng Nội vụ công khai kết quả trên Cổng thông tin điện tử thành phố trong 05 ngày làm việc và trình "
   "Hội đồng Thi đua - Khen thưởng thành phố trước ngày 20 tháng 12 hằng năm.")
cl("Đơn vị có ý kiến về kết quả chấm điểm gửi văn bản về Phòng Nội vụ trong 03 ngày làm việc kể từ ngày "
   "kết quả được công khai.")
art("Tổ chức thực hiện")
cl("Phòng Nội vụ hướng dẫn, theo dõi, đôn đốc việc thực hiện Quy định này; đầu mối liên hệ: bà Đỗ Thu "
   "Trang, chuyên viên Phòng Nội vụ, điện thoại 0220.3882.516.")
cl("Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Phòng Nội vụ để tổng "
   "hợp, báo cáo Ủy ban nhân dân thành phố xem xét, sửa đổi, bổ sung cho phù hợp./.")

cp = d.core_properties
cp.author = "Phòng Nội vụ thành phố Chí Linh"
cp.title = "Quy định chấm điểm, xếp loại thi đua phường, xã"
cp.created = STAMP
cp.modified = STAMP
cp.last_printed = STAMP
cp.last_modified_by = "Phòng Nội vụ"
cp.revision = 3
cp.comments = ""

os.makedirs(os.path.dirname(OUT), exist_ok=True)
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
