"""Generate docs/thu-duc-2025-quy-che-thi-dua-truong-thcs.docx (held-out set S38).

Run: /work/main/.venv/bin/python make_docx.py

A Quyết định of the Hiệu trưởng of an (invented) lower-secondary school in thành phố Thủ Đức issuing
an attached Quy chế thi đua, khen thưởng. Articles, clauses, points and the appendix items carry
Word automatic numbering (numPr → numbering.xml); their numbers are not typed in the text.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "thu-duc-2025-quy-che-thi-dua-truong-thcs.docx")
STAMP = datetime.datetime(2025, 3, 10, 8, 30, 0)

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

NUMBERING = f"""<w:numbering {W_NS}>
  <w:abstractNum w:abstractNumId="10">
    <w:multiLevelType w:val="singleLevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="20">
    <w:multiLevelType w:val="multilevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="Điều %1."/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="30">
    <w:multiLevelType w:val="singleLevel"/>
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/>
      <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
</w:numbering>"""

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)

# numbering part: replace python-docx's default numbering.xml with ours
numbering_part = d.part.numbering_part
numbering_part._element = parse_xml(NUMBERING)


def para(text, bold=False, center=False, italic=False, num=None):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    if num:
        num_id, ilvl = num
        numPr = p._p.get_or_add_pPr().get_or_add_numPr()
        numPr.get_or_add_ilvl().val = ilvl
        numPr.get_or_add_numId().val = num_id
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(
            f'<w:{k} w:val="nil"/>' for k in ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def header_table(left1, left2, right1, right2):
    t = d.add_table(rows=2 if right1 else 1, cols=2)
    no_borders(t)
    a = t.cell(0, 0)
    a.paragraphs[0].add_run(left1)
    a.add_paragraph().add_run(left2).bold = True
    b = t.cell(0, 1)
    b.paragraphs[0].add_run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold = True
    b.add_paragraph().add_run("Độc lập - Tự do - Hạnh phúc").bold = True
    for c in (a, b):
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if not right1:
        return t
    t.cell(1, 0).paragraphs[0].add_run(right1)
    t.cell(1, 1).paragraphs[0].add_run(right2).italic = True
    for c in (t.cell(1, 0), t.cell(1, 1)):
        c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    return t


def set_grid_span(cell, n):
    cell._tc.get_or_add_tcPr().get_or_add_gridSpan().set(qn("w:val"), str(n))


def v_merge(cell, restart):
    vm = cell._tc.get_or_add_tcPr().get_or_add_vMerge()
    if restart:
        vm.set(qn("w:val"), "restart")


def bonus_table():
    """STT | Danh hiệu | Mức thưởng (Hệ số | Mức tiền) | Số lượng dự kiến | Thành tiền, with a merged
    header, two group rows and a total row. Merges are written directly in the XML."""
    rows = [
        ("I", "Cá nhân"),
        ("1", "Chiến sĩ thi đua cơ sở", "1,0", "2.340.000", "06", "14.040.000"),
        ("2", "Lao động tiên tiến", "0,3", "702.000", "58", "40.716.000"),
        ("3", "Giấy khen của Hiệu trưởng (cá nhân)", "0,3", "702.000", "12", "8.424.000"),
        ("II", "Tập thể"),
        ("4", "Tập thể lao động tiên tiến", "0,8", "1.872.000", "04", "7.488.000"),
        ("5", "Giấy khen của Hiệu trưởng (tập thể)", "0,6", "1.404.000", "02", "2.808.000"),
        ("TOTAL", "Tổng cộng kinh phí khen thưởng dự kiến năm học 2024 - 2025", "73.476.000"),
    ]
    t = d.add_table(rows=2, cols=6)
    t.style = "Table Grid"
    h0, h1 = t.rows[0].cells, t.rows[1].cells
    h0[0].text, h0[1].text, h0[2].text, h0[4].text, h0[5].text = (
        "STT", "Danh hiệu, hình thức khen thưởng", "Mức thưởng", "Số lượng dự kiến", "Thành tiền (đồng)")
    h1[2].text, h1[3].text = "Hệ số so với mức lương cơ sở", "Mức tiền (đồng)"
    # merges: columns 0,1,4,5 down two rows; "Mức thưởng" across columns 2-3
    for ci in (0, 1, 4, 5):
        v_merge(h0[ci], True)
        v_merge(h1[ci], False)
    # gridSpan: remove the 4th cell of row 0 and span the 3rd
    tc3 = h0[3]._tc
    tc3.getparent().remove(tc3)
    set_grid_span(h0[2], 2)
    for r in rows:
        cells = t.add_row().cells
        if len(r) == 2:  # group row: number, then one cell spanning the rest
            cells[0].text = r[0]
            cells[1].text = r[1]
            for c in cells[2:]:
                c._tc.getparent().remove(c._tc)
            set_grid_span(cells[1], 5)
        elif r[0] == "TOTAL":
            cells[0].text = r[1]
            cells[5].text = r[2]
            for c in cells[1:5]:
                c._tc.getparent().remove(c._tc)
            set_grid_span(cells[0], 5)
        else:
            for c, v in zip(cells, r):
                c.text = v
    return t


# ----------------------------------------------------------------------------- the decision
header_table("ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC", "TRƯỜNG TRUNG HỌC CƠ SỞ LONG PHƯỚC ĐÔNG",
             "Số: 46/QĐ-THCSLPĐ", "Thủ Đức, ngày 10 tháng 3 năm 2025")
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Về việc ban hành Quy chế thi đua, khen thưởng của Trường Trung học cơ sở Long Phước Đông",
     bold=True, center=True)
para("HIỆU TRƯỞNG TRƯỜNG TRUNG HỌC CƠ SỞ LONG PHƯỚC ĐÔNG", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;")
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết "
     "thi hành một số điều của Luật Thi đua, khen thưởng;")
para("Căn cứ Quyết định số 27/2024/QĐ-UBND ngày 16 tháng 5 năm 2024 của Ủy ban nhân dân Thành phố "
     "Hồ Chí Minh ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn Thành phố;")
para("Căn cứ Hướng dẫn số 214/HD-PGDĐT ngày 20 tháng 9 năm 2024 của Phòng Giáo dục và Đào tạo thành "
     "phố Thủ Đức về công tác thi đua, khen thưởng năm học 2024 - 2025;")
para("Theo đề nghị của Hội đồng Thi đua - Khen thưởng nhà trường tại Tờ trình số 05/TTr-HĐTĐKT ngày "
     "03 tháng 3 năm 2025.")
para("QUYẾT ĐỊNH:", bold=True, center=True)
para("Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Trường Trung học cơ sở Long "
     "Phước Đông, thành phố Thủ Đức.", num=(1, 0))
para("Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 112/QĐ-THCSLPĐ ngày 15 tháng 9 "
     "năm 2021 của Hiệu trưởng về việc ban hành Quy chế thi đua, khen thưởng của nhà trường.", num=(1, 0))
para("Phó Hiệu trưởng, Chủ tịch Công đoàn cơ sở, tổ trưởng các tổ chuyên môn, Tổ trưởng Tổ Văn phòng và "
     "toàn thể cán bộ quản lý, giáo viên, nhân viên nhà trường chịu trách nhiệm thi hành Quyết định "
     "này./.", num=(1, 0))
para("Nơi nhận:", bold=True)
para("- Như Điều 3;")
para("- Phòng Giáo dục và Đào tạo thành phố Thủ Đức;")
para("- Phòng Nội vụ thành phố Thủ Đức (để biết);")
para("- Lưu: VT, HĐTĐKT.")
para("HIỆU TRƯỞNG", bold=True, center=True)
para("(Đã ký)", italic=True, center=True)
para("Trần Thị Mỹ Hạnh", bold=True, center=True)
d.paragraphs[-1].runs[0].add_break(WD_BREAK.PAGE)

# ----------------------------------------------------------------------------- the Quy chế
header_table("ỦY BAN NHÂN DÂN THÀNH PHỐ THỦ ĐỨC", "TRƯỜNG TRUNG HỌC CƠ SỞ LONG PHƯỚC ĐÔNG",
             None, None)
para("QUY CHẾ", bold=True, center=True)
para("Thi đua, khen thưởng của Trường Trung học cơ sở Long Phước Đông", bold=True, center=True)
para("(Ban hành kèm theo Quyết định số 46/QĐ-THCSLPĐ ngày 10 tháng 3 năm 2025 của Hiệu trưởng "
     "Trường Trung học cơ sở Long Phước Đông)", italic=True, center=True)

Q = 2


def art(title):
    para(title, bold=True, num=(Q, 0))


def kh(text):
    para(text, num=(Q, 1))


def pt(text):
    para(text, num=(Q, 2))


def chapter(n, title):
    para("Chương " + n, bold=True, center=True)
    para(title, bold=True, center=True)


chapter("I", "QUY ĐỊNH CHUNG")
art("Phạm vi điều chỉnh và đối tượng áp dụng")
kh("Quy chế này quy định nội dung, tiêu chuẩn, thẩm quyền, quy trình xét danh hiệu thi đua và hình "
   "thức khen thưởng; mức tiền thưởng, quỹ thi đua, khen thưởng của nhà trường.")
kh("Quy chế áp dụng đối với cán bộ quản lý, giáo viên, nhân viên trong biên chế và người lao động có "
   "hợp đồng lao động từ đủ 06 tháng trở lên; các tổ chuyên môn và Tổ Văn phòng.")
kh("Giáo viên thỉnh giảng, sinh viên thực tập sư phạm và người lao động hợp đồng dưới 06 tháng không "
   "thuộc đối tượng xét danh hiệu thi đua theo Quy chế này.")
art("Nguyên tắc thi đua, khen thưởng")
kh("Thi đua trên tinh thần tự nguyện, tự giác, công khai; khen thưởng bảo đảm chính xác, công khai, "
   "công bằng, kịp thời, đúng đối tượng.")
kh("Tỷ lệ cán bộ quản lý được đề nghị danh hiệu Chiến sĩ thi đua cơ sở không quá 20% tổng số cá nhân "
   "được đề nghị của nhà trường.")
kh("Không xét danh hiệu thi đua đối với cá nhân đang bị xem xét kỷ luật, bị kỷ luật trong năm học hoặc "
   "vi phạm quy định về dạy thêm, học thêm.")
art("Thời gian tính thành tích")
para("Thành tích xét thi đua tính theo năm học, từ ngày 01 tháng 8 đến hết ngày 31 tháng 5 của năm học "
     "xét thi đua. Thành tích khen thưởng đột xuất được xét ngay khi có thành tích.")

chapter("II", "DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG VÀ TIÊU CHUẨN")
art("Danh hiệu thi đua đối với cá nhân")
kh("Danh hiệu Lao động tiên tiến được xét tặng cho cá nhân đạt các tiêu chuẩn sau:")
pt("Được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên;")
pt("Không nghỉ việc từ 40 ngày làm việc trở lên trong năm học;")
pt("Giáo viên có ít nhất 02 tiết dạy thao giảng, dự giờ được xếp loại Tốt.")
kh("Danh hiệu Chiến sĩ thi đua cơ sở được xét tặng cho cá nhân đạt các tiêu chuẩn sau:")
pt("Đạt danh hiệu Lao động tiên tiến và hoàn thành xuất sắc nhiệm vụ;")
pt("Có sáng kiến được Hội đồng sáng kiến thành phố Thủ Đức công nhận hoặc có học sinh đạt giải cấp "
   "Thành phố do mình trực tiếp bồi dưỡng;")
pt("Số lượng không quá 15% tổng số cá nhân đạt danh hiệu Lao động tiên tiến.")
art("Danh hiệu thi đua đối với tập thể")
kh("Tập thể lao động tiên tiến: có ít nhất 70% thành viên đạt danh hiệu Lao động tiên tiến và không có "
   "thành viên bị kỷ luật từ hình thức khiển trách trở lên.")
kh("Tập thể lao động xuất sắc do Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh tặng theo đề nghị của "
   "Chủ tịch Ủy ban nhân dân thành phố Thủ Đức; mỗi năm học nhà trường đề nghị không quá 01 tổ.")
kh("Hiệu trưởng quyết định công nhận danh hiệu Lao động tiên tiến; Chủ tịch Ủy ban nhân dân thành phố "
   "Thủ Đức quyết định tặng danh hiệu Chiến sĩ thi đua cơ sở và Tập thể lao động tiên tiến.")
art("Giấy khen của Hiệu trưởng")
kh("Giấy khen tặng cá nhân có thành tích xuất sắc trong bồi dưỡng học sinh giỏi, phụ đạo học sinh yếu "
   "hoặc tổ chức hoạt động trải nghiệm đạt giải cấp thành phố Thủ Đức trở lên.")
kh("Giấy khen tặng tập thể dẫn đầu phong trào thi đua theo chuyên đề do nhà trường phát động.")
kh("Khen thưởng đột xuất được xét trong 05 ngày làm việc kể từ ngày có thành tích, không tính vào tỷ lệ "
   "khen thưởng cuối năm học.")

chapter("III", "MỨC THƯỞNG, QUỸ THI ĐUA, KHEN THƯỞNG VÀ HỘI ĐỒNG")
art("Mức tiền thưởng")
kh("Mức tiền thưởng tính trên mức lương cơ sở 2.340.000 đồng, theo hệ số và dự kiến số lượng tại bảng "
   "sau:")
bonus_table()
kh("Cá nhân đạt nhiều danh hiệu trong cùng năm học chỉ được nhận mức tiền thưởng của danh hiệu cao "
   "nhất.")
kh("Tiền thưởng được làm tròn số lên hàng nghìn đồng và chi trả bằng chuyển khoản.")
art("Quỹ thi đua, khen thưởng")
kh("Quỹ được trích bằng 15% tổng quỹ tiền lương theo ngạch, bậc của cán bộ, giáo viên, nhân viên "
   "trong năm và từ nguồn tài trợ hợp pháp.")
kh("Dự toán quỹ thi đua, khen thưởng năm học 2024 - 2025 là 85.000.000 đồng.")
kh("Kế toán Tổ Văn phòng quản lý quỹ, hạch toán riêng và công khai quyết toán trước ngày 15 tháng 7 hằng "
   "năm.")
art("Hội đồng Thi đua - Khen thưởng nhà trường")
kh("Hội đồng do Hiệu trưởng quyết định thành lập, gồm 07 thành viên:")
pt("Chủ tịch Hội đồng: Hiệu trưởng;")
pt("Phó Chủ tịch Hội đồng: Phó Hiệu trưởng phụ trách chuyên môn và Chủ tịch Công đoàn cơ sở;")
pt("Ủy viên: Bí thư Chi đoàn, Tổng phụ trách Đội, Tổ trưởng Tổ Toán - Tin và Tổ trưởng Tổ Văn phòng.")
kh("Tổ Văn phòng là bộ phận thường trực của Hội đồng; nhân viên văn thư làm thư ký Hội đồng.")
kh("Hội đồng họp khi có ít nhất 2/3 số thành viên tham dự; cá nhân, tập thể được đề nghị khi đạt từ 70% "
   "số phiếu đồng ý của tổng số thành viên Hội đồng (bỏ phiếu kín).")

chapter("IV", "QUY TRÌNH, HỒ SƠ VÀ TỔ CHỨC THỰC HIỆN")
art("Quy trình và thời hạn xét thi đua")
kh("Cá nhân, tập thể đăng ký thi đua theo Mẫu số 01 tại Phụ lục 01 trước ngày 30 tháng 9 hằng năm.")
kh("Các tổ họp bình xét và gửi biên bản về thư ký Hội đồng trước ngày 20 tháng 5 hằng năm.")
kh("Hội đồng họp xét trong 05 ngày làm việc kể từ ngày nhận đủ biên bản của các tổ; kết quả được công "
   "khai tại phòng hội đồng giáo viên trong 03 ngày làm việc.")
kh("Hồ sơ đề nghị Chủ tịch Ủy ban nhân dân thành phố Thủ Đức khen thưởng gửi Phòng Nội vụ thành phố Thủ "
   "Đức qua Phòng Giáo dục và Đào tạo trước ngày 15 tháng 6 hằng năm.")
art("Hồ sơ đề nghị khen thưởng")
kh("Hồ sơ đề nghị danh hiệu Chiến sĩ thi đua cơ sở gồm:")
pt("Tờ trình của Hiệu trưởng kèm danh sách;")
pt("Biên bản họp và kết quả bỏ phiếu kín của Hội đồng;")
pt("Báo cáo thành tích cá nhân theo Mẫu số 02 tại Phụ lục 01;")
pt("Quyết định công nhận sáng kiến hoặc giấy chứng nhận giải của học sinh.")
kh("Hồ sơ trình cấp trên lập thành 03 bộ bản chính, đồng thời gửi bản điện tử về địa chỉ "
   "tdkt.thcslongphuocdong@thuduc.edu.vn.")
kh("Hồ sơ nộp tại phòng Văn thư (tầng 1, dãy A), số 18 đường Long Phước, phường Long Phước, thành phố "
   "Thủ Đức; điện thoại 028 3730 4518.")
art("Tổ chức thực hiện")
kh("Tổ Văn phòng chi trả tiền thưởng trong 10 ngày làm việc kể từ ngày nhận quyết định khen thưởng.")
kh("Hồ sơ thi đua, khen thưởng được lưu trữ tại nhà trường trong thời hạn 05 năm.")
kh("Trong quá trình thực hiện, nếu có vướng mắc, các tổ phản ánh về Hội đồng để trình Hiệu trưởng sửa "
   "đổi, bổ sung Quy chế cho phù hợp.")

para("PHỤ LỤC 01", bold=True, center=True)
para("DANH MỤC HỒ SƠ, BIỂU MẪU THI ĐUA, KHEN THƯỞNG", bold=True, center=True)
para("(Kèm theo Quy chế thi đua, khen thưởng của Trường Trung học cơ sở Long Phước Đông)", italic=True,
     center=True)
para("Mẫu số 01: Bản đăng ký thi đua đầu năm học của cá nhân, tập thể (01 bản).", num=(3, 0))
para("Mẫu số 02: Báo cáo thành tích đề nghị danh hiệu Chiến sĩ thi đua cơ sở (02 bản, có xác nhận của "
     "tổ trưởng).", num=(3, 0))
para("Mẫu số 03: Báo cáo thành tích đề nghị Tập thể lao động tiên tiến (02 bản).", num=(3, 0))
para("Mẫu số 04: Biên bản họp bình xét thi đua của tổ chuyên môn, Tổ Văn phòng.", num=(3, 0))
para("Mẫu số 05: Phiếu bầu kín danh hiệu Chiến sĩ thi đua cơ sở.", num=(3, 0))
para("Mẫu số 06: Bản tóm tắt sáng kiến, có ý kiến của Hội đồng sáng kiến cấp trường.", num=(3, 0))

cp = d.core_properties
cp.author = "Văn thư THCS Long Phước Đông"
cp.title = "Quy chế thi đua, khen thưởng"
cp.created = cp.modified = cp.last_printed = STAMP
cp.last_modified_by = "Văn thư THCS Long Phước Đông"
cp.revision = 3

buf = io.BytesIO()
d.save(buf)
# rewrite the zip so every entry carries the document's date, not today's
os.makedirs(os.path.dirname(OUT), exist_ok=True)
zin = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
with zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=STAMP.timetuple()[:6])
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, zin.read(info.filename))
print("wrote", OUT)
