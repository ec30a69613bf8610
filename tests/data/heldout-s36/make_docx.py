"""Generate docs/thai-nguyen-2024-quy-che-thi-dua-so-nong-nghiep.docx (held-out set S36).

Run: /work/main/.venv/bin/python make_docx.py

A Quyết định of the Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Nguyên issuing the
attached Quy chế thi đua, khen thưởng. Word features used on purpose:
- 2-column header tables (cơ quan | Quốc hiệu), one for the decision and one for the Quy chế;
- the Nơi nhận and the signature side by side in a 2-column table;
- Word automatic numbering (w:numPr) for the clauses "1." and points "a)" of the Quy chế: these
  numbers are NOT in the paragraph text; every article restarts its own list (w:num with
  w:startOverride);
- a bonus table with a merged header ("Mức thưởng" spans two columns; three header cells merged
  down two rows) and rows that span the whole width ("A. ...", "B. ...");
- page breaks before the Quy chế and before the appendices (Phụ lục I with typed items 1., 2.
  and a scoring table; Phụ lục II with a table of forms).
All names, numbers, addresses, phones and e-mails are invented.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

import docx
from docx.enum.section import WD_ORIENT  # noqa: F401
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "thai-nguyen-2024-quy-che-thi-dua-so-nong-nghiep.docx")
STAMP = datetime.datetime(2024, 12, 16, 9, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)

# ------------------------------------------------------------------ automatic numbering
numbering = d.part.numbering_part.element
ABS_ID = 40


def _el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


absn = _el("w:abstractNum", **{"w:abstractNumId": ABS_ID})
absn.append(_el("w:multiLevelType", **{"w:val": "multilevel"}))
for ilvl, fmt, text, ind in ((0, "decimal", "%1.", 0), (1, "lowerLetter", "%2)", 0)):
    lvl = _el("w:lvl", **{"w:ilvl": ilvl})
    lvl.append(_el("w:start", **{"w:val": 1}))
    lvl.append(_el("w:numFmt", **{"w:val": fmt}))
    lvl.append(_el("w:lvlText", **{"w:val": text}))
    lvl.append(_el("w:lvlJc", **{"w:val": "left"}))
    ppr = _el("w:pPr")
    ppr.append(_el("w:ind", **{"w:left": 0, "w:firstLine": 567 + 283 * ilvl}))
    lvl.append(ppr)
    absn.append(lvl)
first_num = numbering.find(qn("w:num"))
first_num.addprevious(absn)
_next_num = [100]


def new_list():
    """A fresh w:num on the shared abstract list, restarting both levels at 1."""
    nid = _next_num[0]
    _next_num[0] += 1
    num = _el("w:num", **{"w:numId": nid})
    num.append(_el("w:abstractNumId", **{"w:val": ABS_ID}))
    for ilvl in (0, 1):
        ov = _el("w:lvlOverride", **{"w:ilvl": ilvl})
        ov.append(_el("w:startOverride", **{"w:val": 1}))
        num.append(ov)
    numbering.append(num)
    return nid


# ------------------------------------------------------------------ helpers
def para(text, bold=False, italic=False, align=None, size=None, space_after=4):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if size:
        r.font.size = Pt(size)
    if align == "c":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "r":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(space_after)
    return p


def numbered(text, num_id, ilvl):
    p = d.add_paragraph()
    p.add_run(text)
    p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    p.paragraph_format.space_after = Pt(4)
    ppr = p._p.get_or_add_pPr()
    numpr = _el("w:numPr")
    numpr.append(_el("w:ilvl", **{"w:val": ilvl}))
    numpr.append(_el("w:numId", **{"w:val": num_id}))
    ppr.insert(0, numpr)
    return p


def article(head, clauses=None, body=None):
    """head: 'Điều n. Title' (typed). clauses: list of str or (str, [points])."""
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_before = Pt(6)
    r = p.add_run(head)
    r.bold = True
    if body:
        para(body)
    nid = None
    if clauses:
        nid = new_list()
        for c in clauses:
            if isinstance(c, tuple):
                numbered(c[0], nid, 0)
                for pt in c[1]:
                    numbered(pt, nid, 1)
            else:
                numbered(c, nid, 0)
    return nid


def chapter(num, title):
    para(num, bold=True, align="c", space_after=0)
    para(title, bold=True, align="c")


def no_borders(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    b = _el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(_el("w:" + side, **{"w:val": "nil"}))
    tblPr.append(b)


def cell_text(cell, lines, bold_first=False, align="c", italic_last=False):
    cell.paragraphs[0].text = ""
    for i, t in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold_first and i == 0 or (bold_first == "all")
        if italic_last and i == len(lines) - 1:
            r.italic = True
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER if align == "c" else WD_ALIGN_PARAGRAPH.LEFT


def header_table(number_line=None, date_line=None):
    t = d.add_table(rows=2 if number_line else 1, cols=2)
    no_borders(t)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    cell_text(t.cell(0, 0), ["UBND TỈNH THÁI NGUYÊN", "SỞ NÔNG NGHIỆP", "VÀ PHÁT TRIỂN NÔNG THÔN"], bold_first="all")
    cell_text(t.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"], bold_first="all")
    if number_line:
        cell_text(t.cell(1, 0), [number_line])
        cell_text(t.cell(1, 1), [date_line], italic_last=True)


def page_break():
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def grid_table(rows, widths, header_rows=1):
    t = d.add_table(rows=len(rows), cols=len(widths))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None:
                continue
            c = t.cell(i, j)
            c.text = v
            c.width = widths[j]
            if i < header_rows:
                for r in c.paragraphs[0].runs:
                    r.bold = True
    return t


# ================================================================== QUYẾT ĐỊNH
header_table("Số: 1278/QĐ-SNN", "Thái Nguyên, ngày 16 tháng 12 năm 2024")
para("QUYẾT ĐỊNH", bold=True, align="c", space_after=0)
para("Ban hành Quy chế thi đua, khen thưởng của Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Nguyên",
     bold=True, align="c")
para("GIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", bold=True, align="c")
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic=True)
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", italic=True)
para("Căn cứ Quyết định số 21/2024/QĐ-UBND ngày 14 tháng 6 năm 2024 của Ủy ban nhân dân tỉnh Thái Nguyên ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;", italic=True)
para("Căn cứ Quyết định số 09/2023/QĐ-UBND ngày 27 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Nông nghiệp và Phát triển nông thôn;", italic=True)
para("Theo đề nghị của Chánh Văn phòng Sở.", italic=True)
para("QUYẾT ĐỊNH:", bold=True, align="c")
para("Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Nguyên.")
para("Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2025 và thay thế Quyết định số 905/QĐ-SNN ngày 20 tháng 9 năm 2021 của Giám đốc Sở Nông nghiệp và Phát triển nông thôn ban hành Quy chế thi đua, khen thưởng của Sở.")
para("Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn, Chánh Thanh tra Sở, Chi cục trưởng các Chi cục, Giám đốc các đơn vị sự nghiệp trực thuộc Sở và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")
sig = d.add_table(rows=1, cols=2)
no_borders(sig)
cell_text(sig.cell(0, 0), ["Nơi nhận:", "- Như Điều 3;", "- Sở Nội vụ (Ban Thi đua - Khen thưởng);",
                           "- Lãnh đạo Sở;", "- Công đoàn Sở;", "- Cổng thông tin điện tử Sở;", "- Lưu: VT, VP."],
          align="l")
cell_text(sig.cell(0, 1), ["GIÁM ĐỐC", "(Đã ký)", "Hoàng Văn Thắng"], bold_first=True)

# ================================================================== QUY CHẾ
page_break()
header_table()
para("QUY CHẾ", bold=True, align="c", space_after=0)
para("Thi đua, khen thưởng của Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Nguyên", bold=True, align="c", space_after=0)
para("(Ban hành kèm theo Quyết định số 1278/QĐ-SNN ngày 16 tháng 12 năm 2024 của Giám đốc Sở Nông nghiệp và Phát triển nông thôn)",
     italic=True, align="c")

chapter("Chương I", "QUY ĐỊNH CHUNG")
article("Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng", [
    "Quy chế này quy định về nội dung, hình thức tổ chức phong trào thi đua; danh hiệu thi đua, hình thức khen thưởng, thẩm quyền, hồ sơ, thủ tục, mức tiền thưởng và trách nhiệm tổ chức thực hiện công tác thi đua, khen thưởng của Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Nguyên (sau đây gọi là Sở).",
    ("Quy chế này áp dụng đối với:", [
        "Văn phòng Sở, Thanh tra Sở và các phòng chuyên môn, nghiệp vụ thuộc Sở;",
        "Chi cục Kiểm lâm, Chi cục Thủy lợi, Chi cục Trồng trọt và Bảo vệ thực vật, Chi cục Chăn nuôi và Thú y, Chi cục Phát triển nông thôn;",
        "Trung tâm Khuyến nông, Trung tâm Nước sạch và Vệ sinh môi trường nông thôn, Ban Quản lý rừng phòng hộ Hồ Núi Cốc;",
        "Cán bộ, công chức, viên chức và người lao động làm việc theo hợp đồng từ đủ 06 tháng trở lên tại các đơn vị nêu trên.",
    ]),
    "Quy chế này không áp dụng đối với các doanh nghiệp, hợp tác xã hoạt động trong lĩnh vực nông nghiệp trên địa bàn tỉnh; việc khen thưởng các đối tượng này thực hiện theo quy định của Ủy ban nhân dân tỉnh.",
])
article("Điều 2. Nguyên tắc thi đua, khen thưởng", [
    "Thi đua được thực hiện trên nguyên tắc tự nguyện, tự giác, công khai, đoàn kết, hợp tác cùng phát triển; khen thưởng bảo đảm chính xác, công khai, minh bạch, công bằng, kịp thời.",
    "Tỷ lệ cá nhân là lãnh đạo, quản lý từ cấp phòng và tương đương trở lên được đề nghị tặng Giấy khen của Giám đốc Sở không quá 30% tổng số cá nhân được đề nghị của mỗi đơn vị.",
    "Không xét khen thưởng đối với cá nhân đang trong thời gian bị xem xét kỷ luật, điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm hoặc có đơn thư khiếu nại, tố cáo đang được xác minh.",
])
article("Điều 3. Thời gian tính thành tích", body=(
    "Thành tích để xét danh hiệu thi đua và khen thưởng tổng kết năm được tính từ ngày 16 tháng 11 năm trước đến hết ngày 15 tháng 11 của năm xét khen thưởng. Thành tích đã được khen thưởng không được dùng làm căn cứ đề nghị khen thưởng lần thứ hai."))

chapter("Chương II", "DANH HIỆU THI ĐUA VÀ HÌNH THỨC KHEN THƯỞNG")
article("Điều 4. Danh hiệu \u201cLao động tiên tiến\u201d", [
    ("Danh hiệu \u201cLao động tiên tiến\u201d được xét tặng cho cá nhân đạt các tiêu chuẩn sau:", [
        "Hoàn thành tốt nhiệm vụ trở lên;",
        "Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước, nội quy, quy chế của cơ quan;",
        "Có thời gian công tác tại Sở từ đủ 10 tháng trở lên trong năm xét khen thưởng.",
    ]),
    "Cá nhân nghỉ thai sản theo quy định, cá nhân bị thương khi làm nhiệm vụ phòng, chống cháy rừng, dịch bệnh, thiên tai thì thời gian nghỉ được tính để xét danh hiệu.",
])
article("Điều 5. Danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d", [
    ("Danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d được xét tặng cho cá nhân đạt các tiêu chuẩn sau:", [
        "Đạt danh hiệu \u201cLao động tiên tiến\u201d và được đánh giá, xếp loại \u201cHoàn thành xuất sắc nhiệm vụ\u201d;",
        "Có sáng kiến được Hội đồng sáng kiến của Sở công nhận, hoặc có đề tài khoa học cấp cơ sở đã được nghiệm thu ở mức đạt trở lên.",
    ]),
    "Số lượng cá nhân được tặng danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d của mỗi đơn vị không quá 15% tổng số cá nhân đạt danh hiệu \u201cLao động tiên tiến\u201d của đơn vị đó; đơn vị có dưới 07 người được đề nghị 01 người.",
    "Giám đốc Sở quyết định tặng danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d cho cá nhân thuộc các đơn vị trực thuộc Sở.",
])
article("Điều 6. Danh hiệu thi đua đối với tập thể", [
    "Danh hiệu \u201cTập thể lao động tiên tiến\u201d do Giám đốc Sở xét tặng cho tập thể hoàn thành tốt nhiệm vụ, có ít nhất 50% cá nhân đạt danh hiệu \u201cLao động tiên tiến\u201d và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.",
    ("Danh hiệu \u201cTập thể lao động xuất sắc\u201d do Sở đề nghị Chủ tịch Ủy ban nhân dân tỉnh xét tặng cho tập thể đạt các tiêu chuẩn sau:", [
        "Hoàn thành xuất sắc nhiệm vụ và được xếp loại xuất sắc theo Phụ lục I của Quy chế này;",
        "Có 100% cá nhân hoàn thành nhiệm vụ, trong đó ít nhất 70% cá nhân đạt danh hiệu \u201cLao động tiên tiến\u201d;",
        "Có cá nhân đạt danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d.",
    ]),
    "Số tập thể được Sở đề nghị tặng danh hiệu \u201cTập thể lao động xuất sắc\u201d không quá 20% tổng số tập thể đạt danh hiệu \u201cTập thể lao động tiên tiến\u201d.",
])
article("Điều 7. Giấy khen", [
    "Giám đốc Sở tặng Giấy khen cho cá nhân hoàn thành tốt nhiệm vụ, có 02 lần liên tục đạt danh hiệu \u201cLao động tiên tiến\u201d hoặc có thành tích đột xuất trong phòng, chống thiên tai, dịch bệnh, cháy rừng.",
    "Giám đốc Sở tặng Giấy khen cho tập thể hoàn thành tốt nhiệm vụ, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở.",
    "Chi cục trưởng Chi cục Kiểm lâm tặng Giấy khen cho cá nhân, tập thể thuộc các Hạt Kiểm lâm và Đội Kiểm lâm cơ động và phòng cháy, chữa cháy rừng có thành tích trong công tác quản lý, bảo vệ rừng.",
])
art8_num = article("Điều 8. Mức tiền thưởng và quỹ thi đua, khen thưởng", [
    "Mức tiền thưởng kèm theo danh hiệu thi đua và hình thức khen thưởng do Giám đốc Sở, Chi cục trưởng quyết định được tính theo hệ số so với mức lương cơ sở, cụ thể tại bảng dưới đây (mức lương cơ sở 2.340.000 đồng):",
])
rows = [
    ["STT", "Danh hiệu, hình thức khen thưởng", "Đối tượng", "Mức thưởng", None],
    [None, None, None, "Hệ số", "Số tiền (đồng)"],
    ["A. DANH HIỆU THI ĐUA", None, None, None, None],
    ["1", "Chiến sĩ thi đua cơ sở", "Cá nhân", "1,0", "2.340.000"],
    ["2", "Lao động tiên tiến", "Cá nhân", "0,3", "702.000"],
    ["3", "Tập thể lao động tiên tiến", "Tập thể", "0,8", "1.872.000"],
    ["B. HÌNH THỨC KHEN THƯỞNG", None, None, None, None],
    ["4", "Giấy khen của Giám đốc Sở", "Cá nhân", "0,3", "702.000"],
    ["5", "Giấy khen của Giám đốc Sở", "Tập thể", "0,6", "1.404.000"],
    ["6", "Giấy khen của Chi cục trưởng Chi cục Kiểm lâm", "Cá nhân", "0,15", "351.000"],
    ["7", "Giấy khen của Chi cục trưởng Chi cục Kiểm lâm", "Tập thể", "0,3", "702.000"],
]
t = grid_table(rows, [Cm(1.2), Cm(6.3), Cm(2.4), Cm(1.8), Cm(3.3)], header_rows=2)
t.cell(0, 3).merge(t.cell(0, 4))            # "Mức thưởng" over two columns (gridSpan)
for j in range(3):
    t.cell(0, j).merge(t.cell(1, j))        # STT, Danh hiệu, Đối tượng down two rows (vMerge)
t.cell(2, 0).merge(t.cell(2, 4))            # row spanning the whole width
t.cell(6, 0).merge(t.cell(6, 4))
for r in (2, 6):
    for run in t.cell(r, 0).paragraphs[0].runs:
        run.bold = True
# clauses 2-4 of Điều 8 continue, after the table, the list of Điều 8 (same w:num as clause 1)
numbered("Trường hợp trong cùng một năm cá nhân vừa đạt danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d vừa đạt danh hiệu \u201cLao động tiên tiến\u201d thì chỉ nhận tiền thưởng của danh hiệu cao nhất.", art8_num, 0)
numbered("Quỹ thi đua, khen thưởng của Sở được trích từ ngân sách nhà nước với mức tối đa bằng 20% tổng quỹ tiền lương theo ngạch, bậc của số cán bộ, công chức, viên chức trong biên chế và tiền công được duyệt cả năm.", art8_num, 0)
numbered("Phòng Kế hoạch - Tài chính chi trả tiền thưởng cho tập thể, cá nhân trong thời hạn 20 ngày làm việc kể từ ngày có quyết định khen thưởng.", art8_num, 0)

chapter("Chương III", "TỔ CHỨC THI ĐUA VÀ HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG")
article("Điều 9. Hình thức tổ chức thi đua và đăng ký thi đua", [
    "Thi đua thường xuyên được tổ chức hằng năm theo chức năng, nhiệm vụ của từng đơn vị; thi đua theo đợt (chuyên đề) được tổ chức theo kế hoạch riêng của Sở, thời gian không quá 01 năm.",
    "Các đơn vị gửi bản đăng ký thi đua về Văn phòng Sở trước ngày 15 tháng 3 hằng năm; đơn vị không đăng ký thi đua thì không được xét tặng danh hiệu thi đua của năm đó.",
    ("Khối thi đua của Sở gồm 03 khối:", [
        "Khối các phòng chuyên môn, Văn phòng và Thanh tra Sở;",
        "Khối các Chi cục;",
        "Khối các đơn vị sự nghiệp.",
    ]),
])
article("Điều 10. Hội đồng Thi đua - Khen thưởng Sở", [
    ("Hội đồng Thi đua - Khen thưởng Sở gồm 09 thành viên:", [
        "Chủ tịch Hội đồng: Giám đốc Sở;",
        "Phó Chủ tịch thường trực: Phó Giám đốc Sở phụ trách công tác tổ chức; Phó Chủ tịch: Chủ tịch Công đoàn Sở;",
        "Ủy viên: Chánh Văn phòng Sở, Chánh Thanh tra Sở, Trưởng phòng Kế hoạch - Tài chính, Chi cục trưởng Chi cục Kiểm lâm, Bí thư Đoàn Thanh niên Sở, Trưởng phòng Tổ chức cán bộ.",
    ]),
    "Văn phòng Sở là cơ quan thường trực của Hội đồng; một công chức Văn phòng Sở làm Thư ký Hội đồng (không phải thành viên).",
    "Hội đồng họp khi có ít nhất 2/3 số thành viên tham dự; tập thể, cá nhân được đề nghị khen thưởng phải được từ 70% số thành viên Hội đồng trở lên đồng ý bằng hình thức bỏ phiếu kín; riêng trường hợp đề nghị danh hiệu \u201cChiến sĩ thi đua cấp tỉnh\u201d phải được từ 80% trở lên.",
])

chapter("Chương IV", "HỒ SƠ, THỦ TỤC VÀ THỜI HẠN")
article("Điều 11. Hồ sơ đề nghị khen thưởng", [
    ("Hồ sơ đề nghị Giám đốc Sở tặng danh hiệu thi đua, Giấy khen gồm:", [
        "Tờ trình đề nghị khen thưởng kèm danh sách tập thể, cá nhân;",
        "Biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị;",
        "Báo cáo thành tích của tập thể (Mẫu số 01) hoặc của cá nhân (Mẫu số 02) theo Phụ lục II của Quy chế này;",
        "Đối với danh hiệu \u201cChiến sĩ thi đua cơ sở\u201d: bản sao quyết định công nhận sáng kiến hoặc biên bản nghiệm thu đề tài.",
    ]),
    "Hồ sơ nộp 01 bộ bản giấy và gửi đồng thời bản điện tử (định dạng .pdf và .docx) qua Hệ thống quản lý văn bản và điều hành của Sở.",
    "Hồ sơ đề nghị Chủ tịch Ủy ban nhân dân tỉnh hoặc cấp trên khen thưởng, các đơn vị nộp 03 bộ bản giấy để Văn phòng Sở tổng hợp, trình qua Sở Nội vụ.",
])
article("Điều 12. Thời hạn và nơi nhận hồ sơ", [
    "Hồ sơ đề nghị khen thưởng tổng kết năm gửi về Văn phòng Sở trước ngày 25 tháng 11 hằng năm.",
    "Văn phòng Sở thẩm định hồ sơ trong thời hạn 10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; hồ sơ chưa đầy đủ được trả lại và thông báo bằng văn bản trong 03 ngày làm việc.",
    "Hội đồng Thi đua - Khen thưởng Sở họp xét khen thưởng tổng kết năm trước ngày 10 tháng 12 hằng năm.",
    "Đối với khen thưởng đột xuất, đơn vị gửi hồ sơ trong thời hạn 05 ngày làm việc kể từ ngày tập thể, cá nhân lập được thành tích.",
    "Nơi nhận hồ sơ: Văn phòng Sở, phòng 204, tầng 2, trụ sở Sở Nông nghiệp và Phát triển nông thôn, số 28 đường Hoàng Văn Thụ, thành phố Thái Nguyên; điện thoại 0208.3856.417; thư điện tử vanphong.snn@thainguyen.gov.vn.",
])

chapter("Chương V", "ĐIỀU KHOẢN THI HÀNH")
article("Điều 13. Trách nhiệm thi hành", [
    "Văn phòng Sở chủ trì hướng dẫn, theo dõi, tổng hợp và lưu trữ hồ sơ khen thưởng trong thời hạn 10 năm.",
    "Thủ trưởng các đơn vị trực thuộc Sở phổ biến Quy chế này đến toàn thể cán bộ, công chức, viên chức và người lao động; công khai danh sách đề nghị khen thưởng tại đơn vị ít nhất 05 ngày làm việc trước khi gửi hồ sơ.",
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Văn phòng Sở để tổng hợp, báo cáo Giám đốc Sở xem xét, sửa đổi, bổ sung cho phù hợp.",
])

# ================================================================== PHỤ LỤC
page_break()
para("PHỤ LỤC I", bold=True, align="c", space_after=0)
para("TIÊU CHÍ CHẤM ĐIỂM, XẾP LOẠI THI ĐUA CÁC ĐƠN VỊ TRỰC THUỘC SỞ", bold=True, align="c", space_after=0)
para("(Kèm theo Quy chế thi đua, khen thưởng ban hành theo Quyết định số 1278/QĐ-SNN)", italic=True, align="c")
para("1. Thang điểm chấm thi đua (tổng 100 điểm)")
grid_table([
    ["STT", "Nhóm tiêu chí", "Điểm tối đa"],
    ["1", "Thực hiện nhiệm vụ chuyên môn được giao trong năm", "55"],
    ["2", "Cải cách hành chính, chuyển đổi số", "15"],
    ["3", "Xây dựng tổ chức, kỷ luật, kỷ cương hành chính", "15"],
    ["4", "Tổ chức phong trào thi đua, công tác khen thưởng", "10"],
    ["5", "Điểm thưởng (sáng kiến, mô hình mới được nhân rộng)", "05"],
], [Cm(1.2), Cm(11), Cm(2.8)])
para("2. Xếp loại: đơn vị đạt từ 90 điểm trở lên xếp loại xuất sắc; từ 75 đến dưới 90 điểm xếp loại tốt; từ 60 đến dưới 75 điểm xếp loại hoàn thành; dưới 60 điểm xếp loại không hoàn thành. Đơn vị xếp loại không hoàn thành không được xét danh hiệu thi đua.")
page_break()
para("PHỤ LỤC II", bold=True, align="c", space_after=0)
para("DANH MỤC MẪU VĂN BẢN TRONG HỒ SƠ KHEN THƯỞNG", bold=True, align="c", space_after=0)
para("(Kèm theo Quy chế thi đua, khen thưởng ban hành theo Quyết định số 1278/QĐ-SNN)", italic=True, align="c")
grid_table([
    ["Mẫu số", "Tên mẫu", "Áp dụng cho"],
    ["01", "Báo cáo thành tích đề nghị khen thưởng cho tập thể", "Tập thể lao động tiên tiến, Giấy khen tập thể"],
    ["02", "Báo cáo thành tích đề nghị khen thưởng cho cá nhân", "Chiến sĩ thi đua cơ sở, Giấy khen cá nhân"],
    ["03", "Báo cáo tóm tắt thành tích khen thưởng đột xuất", "Khen thưởng đột xuất, tối đa 01 trang A4"],
    ["04", "Bản đăng ký thi đua của đơn vị", "Gửi Văn phòng Sở trước ngày 15 tháng 3"],
], [Cm(1.8), Cm(7.5), Cm(5.7)])

# ------------------------------------------------------------------ save with old dates
cp = d.core_properties
cp.author = "Văn phòng Sở NN&PTNT Thái Nguyên"
cp.title = "Quy chế thi đua, khen thưởng của Sở Nông nghiệp và Phát triển nông thôn tỉnh Thái Nguyên"
cp.created = cp.modified = cp.last_printed = STAMP
cp.revision = 3
tmp = tempfile.mktemp(suffix=".docx")
d.save(tmp)
os.makedirs(os.path.dirname(OUT), exist_ok=True)
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        ni = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        ni.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(ni, zin.read(info.filename))
os.remove(tmp)
print("wrote", OUT)
