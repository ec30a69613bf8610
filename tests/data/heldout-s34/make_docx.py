"""Generate docs/quang-ngai-2025-cong-van-ho-so-khen-thuong-cap-nha-nuoc.docx (held-out set S34).

Run: /work/main/.venv/bin/python make_docx.py

A Công văn of the Sở Nội vụ tỉnh Quảng Ngãi. All content is synthetic: numbers, names,
addresses, phone numbers, e-mail addresses and document numbers are invented.
The Roman headings (I., II. ...) and the Arabic items (1., 2. ... restarting under each
Roman heading) are produced by Word's automatic numbering (one w:num with two levels:
lvlText "%1." upperRoman and "%2." decimal); the Phụ lục has its own w:num ("%1." decimal).
Points a), b) ... are typed. Two tables: the two-column header and the deadline table.
"""
import datetime
import os

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "quang-ngai-2025-cong-van-ho-so-khen-thuong-cap-nha-nuoc.docx")

BODY_NUM, PL_NUM = "41", "42"
BODY_ABS, PL_ABS = "41", "42"


def _lvl(ilvl, fmt, text, indent, bold):
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>'
        + ("<w:rPr><w:b/></w:rPr>" if bold else "")
        + "</w:lvl>"
    )


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    body_abs = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{BODY_ABS}">'
        '<w:multiLevelType w:val="multilevel"/>'
        + _lvl(0, "upperRoman", "%1.", 360, True)
        + _lvl(1, "decimal", "%2.", 720, True)
        + "</w:abstractNum>"
    )
    pl_abs = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{PL_ABS}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        + _lvl(0, "decimal", "%1.", 720, False)
        + "</w:abstractNum>"
    )
    nums = numbering.findall(qn("w:num"))
    if nums:
        idx = list(numbering).index(nums[0])
        numbering.insert(idx, pl_abs)
        numbering.insert(idx, body_abs)
    else:
        numbering.append(body_abs)
        numbering.append(pl_abs)
    for nid, aid in ((BODY_NUM, BODY_ABS), (PL_NUM, PL_ABS)):
        numbering.append(parse_xml(
            f'<w:num {nsdecls("w")} w:numId="{nid}"><w:abstractNumId w:val="{aid}"/></w:num>'))


def set_num(p, num_id, ilvl):
    ppr = p._p.get_or_add_pPr()
    ppr.insert(0, parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'))


def para(doc, text, bold=False, italic=False, align=None, indent=True, size=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    r.italic = italic
    if size:
        r.font.size = Pt(size)
    if align == "center":
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(3)
    return p


def roman(doc, text):
    p = para(doc, text, bold=True, indent=False)
    set_num(p, BODY_NUM, 0)
    return p


def arab(doc, text, bold=True):
    p = para(doc, text, bold=bold, indent=False)
    set_num(p, BODY_NUM, 1)
    return p


def pl_item(doc, text):
    p = para(doc, text, indent=False)
    set_num(p, PL_NUM, 0)
    return p


def build():
    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    add_numbering(doc)

    # ---- header: two-column table without borders, as in a Word letter
    head = [
        ("ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("SỞ NỘI VỤ", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 812/SNV-TĐKT", "Quảng Ngãi, ngày 14 tháng 3 năm 2025"),
        ("V/v hướng dẫn hồ sơ đề nghị khen thưởng cấp Nhà nước năm 2025", ""),
    ]
    t = doc.add_table(rows=len(head), cols=2)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, (a, b) in enumerate(head):
        for j, txt in enumerate((a, b)):
            c = t.cell(i, j)
            c.width = Cm(7.5) if j == 0 else Cm(8.5)
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(txt)
            r.bold = i < 2
            r.italic = (j == 1 and i == 2)
            r.font.size = Pt(12 if i < 3 else 11)

    para(doc, "")
    para(doc, "Kính gửi:", indent=False).paragraph_format.left_indent = Cm(3.0)
    for k in (
        "- Các sở, ban, ngành, hội, đoàn thể tỉnh;",
        "- Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "- Các cơ quan Trung ương đóng trên địa bàn tỉnh;",
        "- Trưởng các Cụm, Khối thi đua thuộc tỉnh;",
        "- Các doanh nghiệp, hợp tác xã trên địa bàn tỉnh.",
    ):
        para(doc, k, indent=False).paragraph_format.left_indent = Cm(5.0)
    para(doc, "Thực hiện Luật Thi đua, khen thưởng và các văn bản quy định chi tiết thi hành; "
              "Quy chế công tác thi đua, khen thưởng tỉnh Quảng Ngãi ban hành kèm theo Quyết định "
              "số 19/2024/QĐ-UBND ngày 06/5/2024 của Ủy ban nhân dân tỉnh, Sở Nội vụ (cơ quan "
              "thường trực của Hội đồng Thi đua - Khen thưởng tỉnh) hướng dẫn việc lập, gửi hồ sơ "
              "đề nghị khen thưởng cấp Nhà nước năm 2025 như sau:")

    # ---- I
    roman(doc, "YÊU CẦU CHUNG")
    arab(doc, "Phạm vi áp dụng")
    para(doc, "Hướng dẫn này áp dụng đối với hồ sơ đề nghị Chủ tịch nước tặng Huân chương, Huy "
              "chương, danh hiệu vinh dự Nhà nước và hồ sơ đề nghị Thủ tướng Chính phủ tặng Bằng "
              "khen, Cờ thi đua của Chính phủ, danh hiệu Chiến sĩ thi đua toàn quốc. Hồ sơ đề nghị "
              "khen thưởng thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh tiếp tục thực hiện "
              "theo Quy chế của tỉnh.")
    arab(doc, "Nguyên tắc đề nghị")
    para(doc, "a) Chỉ đề nghị khen thưởng cấp Nhà nước đối với tập thể, cá nhân đã được Chủ tịch "
              "Ủy ban nhân dân tỉnh tặng Bằng khen hoặc Cờ thi đua và có thành tích tiêu biểu, "
              "xuất sắc được cấp trình đánh giá.")
    para(doc, "b) Tỷ lệ cá nhân giữ chức vụ lãnh đạo, quản lý từ cấp phòng trở lên không vượt quá "
              "35% tổng số cá nhân được đề nghị của mỗi cơ quan, đơn vị; ưu tiên công nhân, nông "
              "dân, người lao động trực tiếp.")
    para(doc, "c) Mỗi cơ quan, đơn vị đề nghị tặng Huân chương Lao động không quá 02 trường hợp "
              "(tập thể hoặc cá nhân) trong một năm, trừ trường hợp khen thưởng đột xuất.")
    para(doc, "d) Không đề nghị khen thưởng đối với tập thể, cá nhân đang bị xem xét kỷ luật, "
              "đang bị điều tra, thanh tra, kiểm tra có dấu hiệu vi phạm hoặc có đơn thư khiếu nại, "
              "tố cáo đang được xác minh.")
    para(doc, "đ) Không đề nghị hai hình thức khen thưởng cấp Nhà nước cho cùng một thành tích.")
    arab(doc, "Thời điểm tính thành tích")
    para(doc, "Thành tích đề nghị khen thưởng theo công trạng được tính đến hết ngày 31/12/2024. "
              "Thời gian để đề nghị khen thưởng lần tiếp theo được tính từ năm ghi trên quyết định "
              "khen thưởng lần trước.")
    arab(doc, "Hình thức gửi hồ sơ")
    para(doc, "Hồ sơ được gửi đồng thời bản giấy và bản điện tử. Bản điện tử gồm tệp PDF toàn bộ "
              "hồ sơ đã ký, đóng dấu và tệp Word của báo cáo thành tích, gửi qua Hệ thống quản lý "
              "văn bản và điều hành của tỉnh hoặc hộp thư điện tử nêu tại Mục III; mỗi tệp có dung "
              "lượng không quá 10 MB.")

    # ---- II
    roman(doc, "THÀNH PHẦN HỒ SƠ")
    arab(doc, "Hồ sơ đề nghị tặng Huân chương Lao động")
    para(doc, "a) Tờ trình đề nghị khen thưởng của Thủ trưởng cơ quan, đơn vị (Mẫu số 01 tại Phụ lục);")
    para(doc, "b) Biên bản họp Hội đồng Thi đua - Khen thưởng của cấp trình, có kết quả bỏ phiếu "
              "kín đạt từ 70% trở lên trên tổng số thành viên Hội đồng;")
    para(doc, "c) Báo cáo thành tích của tập thể (Mẫu số 02) hoặc của cá nhân (Mẫu số 03), có xác "
              "nhận của cấp trình khen thưởng;")
    para(doc, "d) Đối với doanh nghiệp, hợp tác xã: văn bản xác nhận của cơ quan thuế về việc chấp "
              "hành nghĩa vụ nộp ngân sách nhà nước và của cơ quan bảo hiểm xã hội về việc đóng "
              "bảo hiểm cho người lao động;")
    para(doc, "đ) Bản sao quyết định tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh gần nhất.")
    arab(doc, "Hồ sơ đề nghị tặng Bằng khen của Thủ tướng Chính phủ")
    para(doc, "Thành phần hồ sơ gồm các tài liệu nêu tại các điểm a, b và c khoản 1 Mục này. Đối "
              "với công nhân, nông dân, người lao động trực tiếp, báo cáo thành tích được trình bày "
              "tóm tắt, không quá 02 trang.")
    arab(doc, "Hồ sơ đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc")
    para(doc, "a) Các tài liệu nêu tại các điểm a, b và c khoản 1 Mục này;")
    para(doc, "b) Báo cáo tóm tắt sáng kiến hoặc đề tài nghiên cứu khoa học, kèm theo giấy chứng "
              "nhận sáng kiến hoặc biên bản nghiệm thu đề tài của cơ quan có thẩm quyền;")
    para(doc, "c) Ý kiến bằng văn bản của Hội đồng Khoa học, Sáng kiến cấp tỉnh về phạm vi ảnh "
              "hưởng toàn quốc của sáng kiến (01 bản chính).")
    arab(doc, "Hồ sơ đề nghị tặng Cờ thi đua của Chính phủ")
    para(doc, "Tờ trình của Trưởng Cụm, Khối thi đua, biên bản họp suy tôn của Cụm, Khối và báo "
              "cáo thành tích của tập thể được suy tôn (Mẫu số 02). Tập thể được đề nghị phải là "
              "đơn vị dẫn đầu Cụm, Khối thi đua của tỉnh năm 2024.")
    arab(doc, "Hồ sơ khen thưởng đột xuất và theo thủ tục đơn giản")
    para(doc, "Gồm tờ trình và báo cáo tóm tắt thành tích (Mẫu số 04) nêu rõ hành động, thành "
              "tích, thời gian, địa điểm xảy ra sự việc; không yêu cầu biên bản họp Hội đồng Thi "
              "đua - Khen thưởng.")

    # ---- III
    roman(doc, "THỜI HẠN, SỐ LƯỢNG VÀ NƠI NHẬN HỒ SƠ")
    arab(doc, "Thời hạn gửi hồ sơ và số bộ hồ sơ")
    para(doc, "Các cơ quan, đơn vị gửi hồ sơ về Sở Nội vụ theo thời hạn và số lượng tại bảng sau:")
    rows = [
        ("Hình thức khen thưởng", "Thời hạn gửi Sở Nội vụ", "Số bộ hồ sơ", "Ghi chú"),
        ("Huân chương Lao động", "Trước ngày 15/4/2025", "03 bộ bản chính", "Kèm bản điện tử"),
        ("Bằng khen của Thủ tướng Chính phủ", "Trước ngày 30/4/2025", "03 bộ bản chính",
         "Kèm bản điện tử"),
        ("Cờ thi đua của Chính phủ", "Trước ngày 25/4/2025", "03 bộ bản chính",
         "Do Trưởng Cụm, Khối thi đua gửi"),
        ("Chiến sĩ thi đua toàn quốc", "Trước ngày 10/5/2025", "04 bộ bản chính",
         "Kèm 01 bộ hồ sơ sáng kiến"),
        ("Danh hiệu vinh dự Nhà nước", "Trước ngày 31/5/2025", "05 bộ bản chính",
         "Kèm ý kiến của cấp ủy cùng cấp"),
        ("Khen thưởng theo chuyên đề", "Trong 10 ngày làm việc kể từ ngày tổng kết phong trào",
         "03 bộ bản chính", "Theo kế hoạch phát động"),
        ("Khen thưởng đột xuất", "Trong 05 ngày làm việc kể từ ngày lập được thành tích",
         "02 bộ bản chính", "Không xét theo đợt"),
    ]
    tb = doc.add_table(rows=len(rows), cols=4)
    tb.style = "Table Grid"
    tb.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            c = tb.cell(i, j)
            c.width = (Cm(4.6), Cm(4.6), Cm(3.0), Cm(3.8))[j]
            p = c.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER if (i == 0 or j == 2) else WD_ALIGN_PARAGRAPH.LEFT
            r = p.add_run(txt)
            r.bold = i == 0
            r.font.size = Pt(12)
    para(doc, "Thời hạn được tính theo ngày Sở Nội vụ nhận hồ sơ; hồ sơ gửi qua đường bưu chính "
              "được tính theo ngày ghi trên dấu bưu điện nơi gửi.")
    arab(doc, "Nơi nhận hồ sơ")
    para(doc, "Phòng Công tác thi đua, khen thưởng - Sở Nội vụ tỉnh Quảng Ngãi, phòng 405, tầng 4, "
              "số 117 đường Phan Đình Phùng, thành phố Quảng Ngãi.")
    para(doc, "Điện thoại: 0255.3716.482; e-mail: tdkt.snv@quangngai.gov.vn.")
    para(doc, "Thời gian tiếp nhận: buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 "
              "đến 16 giờ 30 các ngày làm việc trong tuần.")
    arab(doc, "Xử lý hồ sơ chưa đúng quy định")
    para(doc, "a) Trong 05 ngày làm việc kể từ ngày nhận hồ sơ, Sở Nội vụ thông báo bằng văn bản "
              "cho cơ quan, đơn vị trình nếu hồ sơ chưa đầy đủ hoặc chưa đúng quy định.")
    para(doc, "b) Cơ quan, đơn vị hoàn thiện, bổ sung hồ sơ trong thời hạn 07 ngày làm việc kể từ "
              "ngày nhận được thông báo; quá thời hạn này, hồ sơ được trả lại và chuyển xét vào đợt "
              "sau.")
    para(doc, "c) Hồ sơ gửi sau thời hạn nêu tại khoản 1 Mục này chỉ được xem xét đối với khen "
              "thưởng đột xuất.")
    arab(doc, "Thời gian thẩm định")
    para(doc, "Sở Nội vụ thẩm định hồ sơ trong 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ, "
              "tổng hợp trình Hội đồng Thi đua - Khen thưởng tỉnh; Ủy ban nhân dân tỉnh trình cấp "
              "trên trong 10 ngày làm việc kể từ ngày có kết quả họp Hội đồng.")

    # ---- IV
    roman(doc, "MỘT SỐ LƯU Ý KHI LẬP HỒ SƠ")
    arab(doc, "Trình bày báo cáo thành tích")
    para(doc, "Báo cáo thành tích trình bày trên khổ giấy A4, phông chữ Times New Roman, cỡ chữ 13 "
              "- 14, không quá 10 trang (không kể phụ lục số liệu); số liệu phải có so sánh với chỉ "
              "tiêu được giao và với cùng kỳ năm trước.")
    arab(doc, "Xác nhận thành tích")
    para(doc, "Báo cáo thành tích của Thủ trưởng cơ quan, đơn vị do cấp trên trực tiếp xác nhận. "
              "Báo cáo thành tích của Chủ tịch Ủy ban nhân dân cấp huyện được lấy ý kiến của Ban "
              "Thường vụ Huyện ủy, Thị ủy, Thành ủy trước khi trình.")
    arab(doc, "Công khai danh sách")
    para(doc, "Danh sách đề nghị khen thưởng phải được công khai tại cơ quan, đơn vị ít nhất 03 "
              "ngày làm việc trước khi họp Hội đồng Thi đua - Khen thưởng; kết quả công khai được "
              "ghi vào biên bản họp.")
    arab(doc, "Xác nhận đối với doanh nghiệp")
    para(doc, "Văn bản xác nhận của cơ quan thuế và cơ quan bảo hiểm xã hội phải được cấp trong "
              "thời hạn không quá 06 tháng tính đến ngày trình khen thưởng.")
    arab(doc, "Trường hợp truy tặng")
    para(doc, "Hồ sơ đề nghị truy tặng có thêm bản sao giấy chứng tử hoặc trích lục khai tử và văn "
              "bản ủy quyền của thân nhân được nhận hiện vật khen thưởng.")

    arab(doc, "Cá nhân sắp nghỉ hưu")
    para(doc, "Hồ sơ đề nghị khen thưởng quá trình cống hiến cho cá nhân sắp nghỉ hưu phải gửi về "
              "Sở Nội vụ trước thời điểm nghỉ hưu ít nhất 04 tháng.")

    # ---- V
    roman(doc, "TỔ CHỨC THỰC HIỆN")
    arab(doc, "Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành "
              "phố chịu trách nhiệm về tính chính xác của thành tích và hồ sơ đề nghị khen thưởng.",
         bold=False)
    arab(doc, "Công văn này thay thế Công văn số 1045/SNV-TĐKT ngày 28/3/2024 của Sở Nội vụ về "
              "hướng dẫn hồ sơ đề nghị khen thưởng cấp Nhà nước năm 2024.", bold=False)
    arab(doc, "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Huỳnh Thị Mỹ Lệ, "
              "chuyên viên Phòng Công tác thi đua, khen thưởng, điện thoại 0914.226.583.", bold=False)
    arab(doc, "Sở Nội vụ công khai kết quả tiếp nhận hồ sơ trên Cổng thông tin điện tử của Sở vào "
              "thứ Sáu hằng tuần.", bold=False)
    para(doc, "Sở Nội vụ đề nghị các cơ quan, đơn vị, địa phương quan tâm, triển khai thực hiện./.")

    # ---- Nơi nhận, signature
    para(doc, "")
    para(doc, "Nơi nhận:", bold=True, italic=True, indent=False, size=12)
    for k in ("- Như trên;", "- UBND tỉnh (để báo cáo);", "- Hội đồng Thi đua - Khen thưởng tỉnh;", "- Giám đốc, các Phó Giám đốc Sở;",
              "- Cổng thông tin điện tử Sở;", "- Lưu: VT, TĐKT (Lệ)."):
        para(doc, k, indent=False, size=11)
    for k in ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"):
        para(doc, k, bold=True, align="right")
    para(doc, "(Đã ký)", italic=True, align="right")
    para(doc, "Trần Quốc Thịnh", bold=True, align="right")

    # ---- Phụ lục
    p = para(doc, "PHỤ LỤC", bold=True, align="center")
    p.paragraph_format.page_break_before = True
    para(doc, "DANH MỤC MẪU VĂN BẢN TRONG HỒ SƠ ĐỀ NGHỊ KHEN THƯỞNG", bold=True, align="center")
    para(doc, "(Kèm theo Công văn số 812/SNV-TĐKT ngày 14/3/2025 của Sở Nội vụ tỉnh Quảng Ngãi)",
         italic=True, align="center")
    para(doc, "Các mẫu dưới đây được đăng tải tại chuyên mục \"Thi đua - Khen thưởng\" trên Cổng "
              "thông tin điện tử của Sở Nội vụ; cơ quan, đơn vị không tự ý thay đổi bố cục của mẫu.")
    for k in (
        "Mẫu số 01: Tờ trình đề nghị khen thưởng, dùng chung cho các hình thức khen thưởng cấp Nhà nước.",
        "Mẫu số 02: Báo cáo thành tích đề nghị khen thưởng đối với tập thể (Huân chương, Bằng khen, Cờ thi đua).",
        "Mẫu số 03: Báo cáo thành tích đề nghị khen thưởng đối với cá nhân.",
        "Mẫu số 04: Báo cáo tóm tắt thành tích đề nghị khen thưởng đột xuất, khen thưởng theo thủ tục đơn giản.",
        "Mẫu số 05: Biểu tổng hợp danh sách đề nghị khen thưởng, lập trên tệp Excel và gửi kèm bản điện tử.",
        "Mẫu số 06: Biên bản họp và kiểm phiếu của Hội đồng Thi đua - Khen thưởng cấp trình.",
        "Mẫu số 07: Bản cam kết của Thủ trưởng cơ quan, đơn vị về tính chính xác của số liệu thành tích.",
    ):
        pl_item(doc, k)
    cp = doc.core_properties
    when = datetime.datetime(2025, 3, 14, 8, 30)
    cp.created, cp.modified, cp.last_printed = when, when, when
    cp.author, cp.last_modified_by, cp.title = "Phòng TĐKT", "Phòng TĐKT", "812/SNV-TĐKT"
    cp.revision = 1
    doc.save(OUT)


if __name__ == "__main__":
    build()
    print("wrote", OUT)
