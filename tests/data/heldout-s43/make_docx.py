"""Generate docs/moc-chau-2024-quyet-dinh-giay-khen-nong-thon-moi.docx (held-out set S43).

Run: /work/main/.venv/bin/python make_docx.py

A Quyết định of the Chủ tịch UBND huyện Mộc Châu (Sơn La) conferring Giấy khen for the movement
"Mộc Châu chung sức xây dựng nông thôn mới" 2024. Word features: a borderless header table,
Word automatic numbering (numPr → numbering.xml) for the articles (Điều %1.), clauses (%2.) and
points (%3)) and for the numbered items of the two appendices, and one real table (Phụ lục 1) with
merged cells (vMerge, gridSpan), a group row per kind and a total row. Dates of the core properties
and of the zip entries are set before 01/07/2025.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "moc-chau-2024-quyet-dinh-giay-khen-nong-thon-moi.docx")
STAMP = datetime.datetime(2024, 12, 20, 8, 15, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)

# ------------------------------------------------------------------ numbering definitions
numbering = d.part.numbering_part.element


def abstract(aid, levels):
    lv = ""
    for i, (fmt, text, ind) in enumerate(levels):
        lv += (f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
               f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
               f'<w:pPr><w:ind w:left="0" w:firstLine="{ind}"/></w:pPr>'
               + ('<w:rPr><w:b/></w:rPr>' if i == 0 and text.startswith("Điều") else "")
               + '</w:lvl>')
    return parse_xml(f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{aid}">'
                     f'<w:multiLevelType w:val="multilevel"/>{lv}</w:abstractNum>')


def num(nid, aid):
    return parse_xml(f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>')


# abstractNum elements must precede num elements
first_num = numbering.find(qn("w:num"))
for a in (abstract(41, [("decimal", "Điều %1.", 567), ("decimal", "%2.", 567), ("lowerLetter", "%3)", 567)]),
          abstract(42, [("decimal", "%1.", 567), ("lowerLetter", "%2)", 567)]),
          abstract(43, [("decimal", "%1.", 567), ("lowerLetter", "%2)", 567)])):
    if first_num is not None:
        first_num.addprevious(a)
    else:
        numbering.append(a)
for n in (num(41, 41), num(42, 42), num(43, 43)):
    numbering.append(n)


def para(text="", bold=False, italic=False, center=False, size=None, numid=None, lvl=0, indent=True):
    p = d.add_paragraph()
    if numid is not None:
        pPr = p._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{lvl}"/><w:numId w:val="{numid}"/></w:numPr>'))
    elif indent and not center:
        p.paragraph_format.first_line_indent = Cm(1.0)
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(text)
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = Pt(size)
    return p


def art(title, body=""):
    """An article: number from Word numbering (Điều %1.), title bold."""
    p = para(numid=41, lvl=0)
    r = p.add_run(title)
    r.bold = True
    if body:
        p.add_run(" " + body)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + '</w:tblBorders>'))


def cell_text(cell, lines, bold=False, italic=False):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t)
        r.bold, r.italic = bold, italic


# ------------------------------------------------------------------ header (borderless table)
h = d.add_table(rows=2, cols=2)
no_borders(h)
cell_text(h.cell(0, 0), ["ỦY BAN NHÂN DÂN", "HUYỆN MỘC CHÂU"], bold=True)
cell_text(h.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold=True)
cell_text(h.cell(1, 0), ["Số: 2156/QĐ-UBND"])
cell_text(h.cell(1, 1), ["Mộc Châu, ngày 20 tháng 12 năm 2024"], italic=True)

para("QUYẾT ĐỊNH", bold=True, center=True, size=14)
para("Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua "
     "“Mộc Châu chung sức xây dựng nông thôn mới” năm 2024", bold=True, center=True)
para("CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU", bold=True, center=True)
for t in [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
    "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
    "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
    "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
    "một số điều của Luật Thi đua, khen thưởng;",
    "Căn cứ Nghị định số 73/2024/NĐ-CP ngày 30 tháng 6 năm 2024 của Chính phủ quy định mức lương cơ sở và "
    "chế độ tiền thưởng đối với cán bộ, công chức, viên chức và lực lượng vũ trang;",
    "Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 11 tháng 4 năm 2024 của Ủy ban nhân dân tỉnh Sơn La ban hành "
    "Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh Sơn La;",
    "Căn cứ Kế hoạch số 38/KH-UBND ngày 26 tháng 02 năm 2024 của Ủy ban nhân dân huyện Mộc Châu về tổ chức "
    "phong trào thi đua “Mộc Châu chung sức xây dựng nông thôn mới” năm 2024;",
    "Căn cứ kết quả họp Hội đồng Thi đua - Khen thưởng huyện ngày 16 tháng 12 năm 2024 (11/13 thành viên "
    "có mặt, 100% thành viên có mặt nhất trí);",
    "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 327/TTr-PNV ngày 18 tháng 12 năm 2024.",
]:
    para(t, italic=True)
para("QUYẾT ĐỊNH:", bold=True, center=True)

# ------------------------------------------------------------------ Điều 1
art("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện", "cho 08 tập thể và 12 cá nhân đã có thành tích "
    "xuất sắc trong phong trào thi đua “Mộc Châu chung sức xây dựng nông thôn mới” năm 2024 "
    "(có danh sách kèm theo tại Phụ lục 1).")
para("Thời gian tính thành tích từ ngày 01 tháng 01 năm 2024 đến hết ngày 30 tháng 11 năm 2024.", numid=41, lvl=1)
para("Các tập thể, cá nhân được khen thưởng đáp ứng tiêu chuẩn tại Phụ lục 2 kèm theo Quyết định này và "
     "được Hội đồng Thi đua - Khen thưởng huyện xét chọn từ 27 hồ sơ đề nghị của 11 xã, thị trấn và "
     "05 cơ quan, đơn vị.", numid=41, lvl=1)
para("Trong 12 cá nhân được khen thưởng có 04 người trực tiếp lao động, sản xuất; số cá nhân giữ chức vụ "
     "lãnh đạo, quản lý là 03 người, không vượt quá 30% tổng số cá nhân theo Kế hoạch số 38/KH-UBND.",
     numid=41, lvl=1)

# ------------------------------------------------------------------ Điều 2
art("Tiền thưởng và kinh phí khen thưởng")
para("Mỗi cá nhân được tặng Giấy khen kèm theo tiền thưởng bằng 0,3 lần mức lương cơ sở, "
     "tương ứng 702.000 đồng.", numid=41, lvl=1)
para("Mỗi tập thể được tặng Giấy khen kèm theo tiền thưởng bằng 0,6 lần mức lương cơ sở, "
     "tương ứng 1.404.000 đồng.", numid=41, lvl=1)
para("Mức lương cơ sở làm căn cứ tính tiền thưởng là 2.340.000 đồng/tháng theo Nghị định số "
     "73/2024/NĐ-CP.", numid=41, lvl=1)
para("Tổng kinh phí khen thưởng là 19.656.000 đồng (Mười chín triệu, sáu trăm năm mươi sáu nghìn đồng), "
     "trích từ Quỹ thi đua, khen thưởng của huyện năm 2024.", numid=41, lvl=1)
para("Phòng Tài chính - Kế hoạch có trách nhiệm:", numid=41, lvl=1)
para("Thẩm định, chuyển kinh phí cho Phòng Nội vụ trong thời hạn 07 ngày làm việc kể từ ngày "
     "Quyết định có hiệu lực;", numid=41, lvl=2)
para("Hướng dẫn Phòng Nội vụ thanh quyết toán kinh phí khen thưởng trước ngày 25 tháng 01 năm 2025.",
     numid=41, lvl=2)
para("Phòng Nội vụ chi trả tiền thưởng trong thời hạn 05 ngày làm việc kể từ ngày nhận được kinh phí; "
     "tiền thưởng của cá nhân được chuyển khoản, không chi bằng tiền mặt.", numid=41, lvl=1)

# ------------------------------------------------------------------ Điều 3
art("Hiệu lực và tổ chức thực hiện")
para("Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 2101/QĐ-UBND ngày 13 tháng 12 "
     "năm 2024 của Chủ tịch UBND huyện về cùng nội dung (do sai sót tên tập thể tại số thứ tự 5 và 6 "
     "của danh sách).", numid=41, lvl=1)
para("Giấy khen được trao tại Hội nghị tổng kết Chương trình mục tiêu quốc gia xây dựng nông thôn mới "
     "năm 2024 của huyện, tổ chức ngày 27 tháng 12 năm 2024 tại Hội trường tầng 3, Trụ sở HĐND - UBND "
     "huyện; đồng chí Phó Chủ tịch Thường trực UBND huyện thay mặt Chủ tịch UBND huyện trao Giấy khen.",
     numid=41, lvl=1)
para("Tập thể, cá nhân được khen thưởng cử đại diện dự hội nghị, có mặt trước 07 giờ 30 phút;",
     numid=41, lvl=2)
para("Tập thể, cá nhân vắng mặt nhận Giấy khen tại Phòng Nội vụ (phòng 204, tầng 2, Trụ sở HĐND - UBND "
     "huyện, tiểu khu 4, thị trấn Mộc Châu) trong thời hạn 10 ngày làm việc kể từ ngày hội nghị.",
     numid=41, lvl=2)
para("Phòng Nội vụ vào sổ khen thưởng, cấp số Giấy khen và lưu hồ sơ; người liên hệ: bà Cầm Thị Hoa, "
     "chuyên viên Phòng Nội vụ, điện thoại 0212.3866.247, thư điện tử tdkt.mocchau@sonla.gov.vn.",
     numid=41, lvl=1)
para("Chánh Văn phòng HĐND và UBND huyện; Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, "
     "Chánh Văn phòng Điều phối nông thôn mới huyện; Chủ tịch UBND các xã, thị trấn và các tập thể, "
     "cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", numid=41, lvl=1)

# ------------------------------------------------------------------ Nơi nhận, signature
for t, b in [("Nơi nhận:", True), ("- Như Điều 3;", False), ("- Sở Nội vụ tỉnh Sơn La (Ban Thi đua - Khen thưởng);", False),
             ("- Thường trực Huyện ủy, Thường trực HĐND huyện;", False),
             ("- Chủ tịch, các Phó Chủ tịch UBND huyện;", False), ("- Lưu: VT, NV (02 bản).", False)]:
    para(t, bold=b, indent=False)
for t in ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đinh Công Thuận"]:
    para(t, bold=(t != "(Đã ký)"), center=True)

# ------------------------------------------------------------------ Phụ lục 1: the list (real table)
para().add_run().add_break(WD_BREAK.PAGE)
para("PHỤ LỤC 1", bold=True, center=True)
para("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN", bold=True, center=True)
para("(Kèm theo Quyết định số 2156/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND huyện Mộc Châu)",
     italic=True, center=True)

GROUPS = [
    ("I", "Tập thể (08 tập thể)", "0,6", "1.404.000", [
        ("UBND xã Đông Sang", "Đạt chuẩn nông thôn mới nâng cao năm 2024; làm mới 4,2 km đường giao thông nông thôn"),
        ("UBND xã Chiềng Sơn", "Huy động 1,85 tỷ đồng từ Nhân dân cho xây dựng nông thôn mới"),
        ("Bản Áng, xã Đông Sang", "Đạt chuẩn bản nông thôn mới kiểu mẫu về du lịch cộng đồng"),
        ("Tiểu khu Bó Bun, thị trấn Nông trường Mộc Châu", "100% tuyến đường nội tiểu khu có đèn chiếu sáng"),
        ("Hợp tác xã Chè Tân Lập", "Sản phẩm chè shan tuyết đạt OCOP 4 sao; liên kết tiêu thụ với 126 hộ"),
        ("Trường Tiểu học Mường Sang", "Đạt chuẩn quốc gia mức độ 2"),
        ("Trạm Y tế xã Tân Hợp", "Đạt Bộ tiêu chí quốc gia về y tế xã"),
        ("Đoàn Thanh niên xã Lóng Sập", "Làm 1.200 m đường bê tông thanh niên tự quản"),
    ]),
    ("II", "Cá nhân (12 cá nhân)", "0,3", "702.000", [
        ("Ông Vì Văn Thọ, Chủ tịch UBND xã Chiềng Sơn", "Chỉ đạo xã hoàn thành 19/19 tiêu chí nông thôn mới nâng cao"),
        ("Bà Mùa Thị Dở, Phó Chủ tịch UBND xã Tân Lập", "Chỉ đạo chuyển đổi 35 ha ngô sang trồng cây ăn quả"),
        ("Ông Hà Văn Luân, Trưởng bản Áng, xã Đông Sang", "Vận động 47 hộ chỉnh trang nhà ở, cổng ngõ"),
        ("Ông Lò Văn Xuân (*), bản Nà Bai, xã Mường Sang", "Hiến 850 m2 đất làm đường giao thông liên bản"),
        ("Bà Đinh Thị Hạnh (*), tiểu khu 19/5, thị trấn Mộc Châu", "Đóng góp 120 triệu đồng xây dựng nhà văn hóa tiểu khu"),
        ("Ông Sồng A Chua (*), bản Pa Khen, xã Phiêng Luông", "Hiến 1.300 m2 đất nương làm điểm trường mầm non"),
        ("Bà Nguyễn Thị Thu Hằng, chuyên viên Văn phòng Điều phối nông thôn mới huyện",
         "Tham mưu hoàn thiện hồ sơ công nhận 03 xã đạt chuẩn nông thôn mới nâng cao"),
        ("Ông Lường Văn Khánh, Trưởng phòng Nông nghiệp và PTNT huyện", "Chỉ đạo xây dựng 14 mô hình sản xuất liên kết"),
        ("Bà Cầm Thị Xuân (*), bản Nà Mường, xã Tân Hợp", "Mô hình trồng mận hậu đạt VietGAP trên diện tích 2,5 ha"),
        ("Ông Tráng A Lử, Bí thư Chi đoàn bản Co Chàm, xã Lóng Sập", "Vận động đoàn viên trồng 3.500 cây xanh ven đường"),
        ("Bà Lê Thị Ngọc Anh, giáo viên Trường Mầm non Hoa Ban", "Xây dựng mô hình trường học xanh - sạch - đẹp"),
        ("Ông Phạm Văn Định, Trưởng ban Công tác Mặt trận tiểu khu 6, thị trấn Mộc Châu",
         "Vận động Nhân dân đóng góp 260 triệu đồng làm rãnh thoát nước"),
    ]),
]
nrows = 2 + sum(1 + len(g[4]) for g in GROUPS) + 1
t = d.add_table(rows=nrows, cols=5)
t.style = "Table Grid"
widths = [Cm(1.1), Cm(5.6), Cm(6.0), Cm(1.4), Cm(2.2)]
for row in t.rows:
    for c, w in zip(row.cells, widths):
        c.width = w
# header: STT, name, achievement merged down two rows; "Tiền thưởng" spans two columns
hdr = ["STT", "Tên tập thể, cá nhân", "Thành tích tiêu biểu"]
for i, txt in enumerate(hdr):
    a = t.cell(0, i).merge(t.cell(1, i))
    cell_text(a, [txt], bold=True)
m = t.cell(0, 3).merge(t.cell(0, 4))
cell_text(m, ["Tiền thưởng"], bold=True)
cell_text(t.cell(1, 3), ["Hệ số"], bold=True)
cell_text(t.cell(1, 4), ["Số tiền (đồng)"], bold=True)
r = 2
for roman, label, coef, amount, items in GROUPS:
    cell_text(t.cell(r, 0), [roman], bold=True)
    g = t.cell(r, 1).merge(t.cell(r, 4))
    cell_text(g, [label], bold=True)
    g.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
    r += 1
    for n, (name, ach) in enumerate(items, 1):
        for c, txt in enumerate([str(n), name, ach, coef, amount]):
            cell_text(t.cell(r, c), [txt])
            if c in (1, 2):
                t.cell(r, c).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.LEFT
        r += 1
tot = t.cell(r, 0).merge(t.cell(r, 3))
cell_text(tot, ["Tổng cộng (08 tập thể, 12 cá nhân)"], bold=True)
cell_text(t.cell(r, 4), ["19.656.000"], bold=True)

para("Ghi chú:", bold=True, indent=False)
para("Danh sách gồm 20 trường hợp, sắp xếp theo nhóm tập thể, cá nhân và theo thứ tự xã, thị trấn.",
     numid=42, lvl=0)
para("Cá nhân có dấu (*) là người trực tiếp lao động, sản xuất.", numid=42, lvl=0)
para("Tiền thưởng được tính theo mức lương cơ sở 2.340.000 đồng và đã làm tròn đến hàng nghìn đồng.",
     numid=42, lvl=0)

# ------------------------------------------------------------------ Phụ lục 2: criteria
para().add_run().add_break(WD_BREAK.PAGE)
para("PHỤ LỤC 2", bold=True, center=True)
para("TIÊU CHUẨN XÉT TẶNG GIẤY KHEN TRONG PHONG TRÀO THI ĐUA XÂY DỰNG NÔNG THÔN MỚI", bold=True, center=True)
para("(Kèm theo Quyết định số 2156/QĐ-UBND ngày 20/12/2024 của Chủ tịch UBND huyện Mộc Châu)",
     italic=True, center=True)
para("Đối với tập thể", numid=43, lvl=0)
para("Xã đạt chuẩn nông thôn mới nâng cao hoặc bản, tiểu khu đạt chuẩn nông thôn mới kiểu mẫu trong năm 2024;",
     numid=43, lvl=1)
para("Huy động Nhân dân đóng góp từ 500 triệu đồng trở lên (tiền, ngày công, đất hiến quy đổi) cho xây "
     "dựng nông thôn mới;", numid=43, lvl=1)
para("Nội bộ đoàn kết, không có cán bộ, công chức bị kỷ luật từ hình thức khiển trách trở lên.",
     numid=43, lvl=1)
para("Đối với cá nhân", numid=43, lvl=0)
para("Hoàn thành tốt nhiệm vụ, có đóng góp tiêu biểu được UBND xã, thị trấn hoặc thủ trưởng cơ quan "
     "đề nghị;", numid=43, lvl=1)
para("Hộ gia đình hiến từ 200 m2 đất trở lên hoặc đóng góp từ 50 triệu đồng trở lên cho các công trình "
     "nông thôn mới;", numid=43, lvl=1)
para("Chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.", numid=43, lvl=1)
para("Không xét tặng Giấy khen đối với tập thể, cá nhân đã được tặng Giấy khen về xây dựng nông thôn mới "
     "trong 02 năm liền kề trước năm xét.", numid=43, lvl=0)

cp = d.core_properties
cp.author = "Phòng Nội vụ huyện Mộc Châu"
cp.title = "Quyết định 2156/QĐ-UBND tặng Giấy khen xây dựng nông thôn mới năm 2024"
cp.created = STAMP
cp.modified = STAMP
cp.last_printed = STAMP
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
