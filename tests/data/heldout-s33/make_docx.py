"""Generate docs/tam-nong-2025-quyet-dinh-quy-dinh-khen-thuong.docx (held-out set S33).

Run with /work/main/.venv/bin/python make_docx.py (python-docx).

The attached QUY ĐỊNH numbers its articles "Điều 1." … "Điều 12." with one Word numbering
definition (lvlText "Điều %1."), so the article numbers are not in the paragraph text. The
clauses "1.", "2." of Điều 3, 5, 7, 9 and 11 are also produced by Word's numbering (one
w:num per article, restarting at 1). The other clauses and all points a), b) … are typed.
The decision's own Điều 1–3 are typed. One real table (Điều 8.2) lists the time limits.
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "tam-nong-2025-quyet-dinh-quy-dinh-khen-thuong.docx")

ART_ABS, CL_ABS = 900, 901


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def lvl(ilvl, fmt, text, indent, bold=False):
    l = el("w:lvl", **{"w:ilvl": ilvl})
    l.append(el("w:start", **{"w:val": 1}))
    l.append(el("w:numFmt", **{"w:val": fmt}))
    l.append(el("w:suff", **{"w:val": "space"}))  # schema order: suff before lvlText
    l.append(el("w:lvlText", **{"w:val": text}))
    l.append(el("w:lvlJc", **{"w:val": "left"}))
    ppr = el("w:pPr")
    ppr.append(el("w:ind", **{"w:left": 0, "w:firstLine": indent}))
    l.append(ppr)
    if bold:
        rpr = el("w:rPr")
        rpr.append(el("w:b"))
        l.append(rpr)
    return l


class Numbering:
    def __init__(self, doc):
        self.root = doc.part.numbering_part.element
        self.next_id = 900
        art = el("w:abstractNum", **{"w:abstractNumId": ART_ABS})
        art.append(el("w:multiLevelType", **{"w:val": "singleLevel"}))
        art.append(lvl(0, "decimal", "Điều %1.", 567, bold=True))
        cl = el("w:abstractNum", **{"w:abstractNumId": CL_ABS})
        cl.append(el("w:multiLevelType", **{"w:val": "hybridMultilevel"}))
        cl.append(lvl(0, "decimal", "%1.", 567))
        cl.append(lvl(1, "lowerLetter", "%2)", 567))
        # abstractNum elements must precede the w:num elements
        first_num = self.root.find(qn("w:num"))
        for a in (art, cl):
            if first_num is not None:
                first_num.addprevious(a)
            else:
                self.root.append(a)
        self.article_num = self.new_num(ART_ABS)

    def new_num(self, abs_id):
        nid = self.next_id
        self.next_id += 1
        n = el("w:num", **{"w:numId": nid})
        n.append(el("w:abstractNumId", **{"w:val": abs_id}))
        ov = el("w:lvlOverride", **{"w:ilvl": 0})
        ov.append(el("w:startOverride", **{"w:val": 1}))
        n.append(ov)
        self.root.append(n)
        return nid


def set_num(par, num_id, ilvl=0):
    ppr = par._p.get_or_add_pPr()
    numpr = el("w:numPr")
    numpr.append(el("w:ilvl", **{"w:val": ilvl}))
    numpr.append(el("w:numId", **{"w:val": num_id}))
    ppr.insert(0, numpr)


def para(doc, text="", bold=False, italic=False, center=False, indent=True, size=None):
    p = doc.add_paragraph()
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    elif indent:
        p.paragraph_format.first_line_indent = Cm(1)
    p.paragraph_format.space_after = Pt(3)
    if text:
        r = p.add_run(unicodedata.normalize("NFC", text))
        r.bold = bold
        r.italic = italic
        if size:
            r.font.size = Pt(size)
    return p


def build():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
    num = Numbering(doc)

    def header():
        para(doc, "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, indent=False)
        para(doc, "HUYỆN TAM NÔNG\tĐộc lập - Tự do - Hạnh phúc", bold=True, indent=False)

    # ---------------- the decision ----------------
    header()
    para(doc, "Số: 1186/QĐ-UBND\tTam Nông, ngày 12 tháng 5 năm 2025", indent=False)
    para(doc, "QUYẾT ĐỊNH", bold=True, center=True)
    para(doc, "Ban hành Quy định về trình tự, thủ tục, hồ sơ xét tặng danh hiệu thi đua", bold=True, center=True)
    para(doc, "và hình thức khen thưởng trên địa bàn huyện Tam Nông", bold=True, center=True)
    para(doc, "ỦY BAN NHÂN DÂN HUYỆN TAM NÔNG", bold=True, center=True)
    for t in [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;",
        "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
        "Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 26 tháng 3 năm 2024 của Ủy ban nhân dân tỉnh Phú Thọ ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;",
        "Theo đề nghị của Trưởng phòng Nội vụ tại Tờ trình số 74/TTr-NV ngày 05 tháng 5 năm 2025.",
    ]:
        para(doc, t, italic=True)
    para(doc, "QUYẾT ĐỊNH:", bold=True, center=True)
    para(doc, "Điều 1. Ban hành kèm theo Quyết định này Quy định về trình tự, thủ tục, hồ sơ xét tặng danh hiệu thi đua và hình thức khen thưởng trên địa bàn huyện Tam Nông.")
    para(doc, "Điều 2. Quyết định này có hiệu lực kể từ ngày 22 tháng 5 năm 2025.")
    para(doc, "Quyết định này thay thế Quyết định số 2045/QĐ-UBND ngày 18 tháng 9 năm 2021 của Ủy ban nhân dân huyện Tam Nông ban hành Quy định về công tác thi đua, khen thưởng trên địa bàn huyện.")
    para(doc, "Điều 3. Chánh Văn phòng HĐND và UBND huyện, Trưởng phòng Nội vụ, Trưởng phòng Tài chính - Kế hoạch, Thủ trưởng các cơ quan, đơn vị thuộc huyện, Chủ tịch UBND các xã, thị trấn và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.")
    para(doc, "Nơi nhận:", bold=True, italic=True, indent=False)
    for t in [
        "- Như Điều 3;",
        "- Sở Nội vụ tỉnh Phú Thọ (Ban Thi đua - Khen thưởng);",
        "- Thường trực Huyện ủy;",
        "- Thường trực HĐND huyện;",
        "- Chủ tịch, các Phó Chủ tịch UBND huyện;",
        "- Ủy ban MTTQ Việt Nam huyện;",
        "- Cổng thông tin điện tử huyện;",
        "- Lưu: VT, NV (Hg 30b).",
    ]:
        para(doc, t, indent=False, size=11)
    para(doc, "TM. ỦY BAN NHÂN DÂN", bold=True, center=True)
    para(doc, "CHỦ TỊCH", bold=True, center=True)
    para(doc, "(Đã ký)", italic=True, center=True)
    para(doc, "Đinh Quang Thắng", bold=True, center=True)

    # ---------------- the attached regulation ----------------
    doc.add_page_break()
    header()
    para(doc, "QUY ĐỊNH", bold=True, center=True)
    para(doc, "Về trình tự, thủ tục, hồ sơ xét tặng danh hiệu thi đua và hình thức khen thưởng", bold=True, center=True)
    para(doc, "trên địa bàn huyện Tam Nông", bold=True, center=True)
    para(doc, "(Ban hành kèm theo Quyết định số 1186/QĐ-UBND ngày 12 tháng 5 năm 2025 của Ủy ban nhân dân huyện Tam Nông)", italic=True, center=True)

    def chapter(n, title):
        para(doc, "Chương " + n, bold=True, center=True)
        para(doc, title, bold=True, center=True)

    def article(title):
        p = para(doc, title, bold=True)
        set_num(p, num.article_num)
        return p

    def clauses(items):
        nid = num.new_num(CL_ABS)
        for it in items:
            if isinstance(it, str):
                p = para(doc, it)
                set_num(p, nid)
            else:  # list of typed points under the previous clause
                for pt in it:
                    para(doc, pt)

    chapter("I", "QUY ĐỊNH CHUNG")
    article("Phạm vi điều chỉnh")
    para(doc, "1. Quy định này quy định về trình tự, thủ tục, hồ sơ, thời hạn xét tặng danh hiệu thi đua và hình thức khen thưởng thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân huyện Tam Nông.")
    para(doc, "2. Những nội dung không quy định tại Quy định này thực hiện theo Luật Thi đua, khen thưởng, Nghị định số 98/2023/NĐ-CP và Quy chế công tác thi đua, khen thưởng của tỉnh.")
    article("Đối tượng áp dụng")
    para(doc, "Các cơ quan chuyên môn, đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân huyện; Ủy ban nhân dân các xã, thị trấn; các trường học trên địa bàn huyện; cán bộ, công chức, viên chức, người lao động; hộ gia đình, doanh nghiệp, hợp tác xã trên địa bàn huyện Tam Nông.")
    article("Nguyên tắc xét khen thưởng")
    clauses([
        "Việc xét khen thưởng phải bảo đảm chính xác, công khai, công bằng, kịp thời; một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng.",
        "Khi xét khen thưởng người đứng đầu cơ quan, đơn vị phải căn cứ vào thành tích của tập thể do cá nhân đó lãnh đạo.",
        "Ưu tiên khen thưởng người lao động trực tiếp, công nhân, nông dân.",
        "Số cá nhân giữ chức vụ lãnh đạo, quản lý được tặng Giấy khen trong năm không quá 30% tổng số cá nhân được tặng Giấy khen của cơ quan, đơn vị.",
        "Không xét khen thưởng đối với cá nhân đang bị xem xét kỷ luật hoặc đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu vi phạm.",
    ])

    chapter("II", "DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG VÀ HỒ SƠ")
    article("Danh hiệu thi đua thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân huyện")
    para(doc, "1. Danh hiệu “Chiến sĩ thi đua cơ sở” xét tặng cho cá nhân đạt các tiêu chuẩn sau:")
    para(doc, "a) Đạt danh hiệu “Lao động tiên tiến”;")
    para(doc, "b) Có sáng kiến được Hội đồng sáng kiến cấp huyện công nhận hoặc có đề tài khoa học đã nghiệm thu được áp dụng tại cơ quan, đơn vị;")
    para(doc, "c) Số cá nhân được đề nghị không quá 15% tổng số cá nhân đạt danh hiệu “Lao động tiên tiến” của cơ quan, đơn vị.")
    para(doc, "2. Danh hiệu “Tập thể lao động tiên tiến” xét tặng cho tập thể hoàn thành tốt nhiệm vụ, có ít nhất 50% cá nhân đạt danh hiệu “Lao động tiên tiến” và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.")
    para(doc, "3. Danh hiệu “Lao động tiên tiến” do thủ trưởng cơ quan, đơn vị có tư cách pháp nhân xét tặng; Chủ tịch Ủy ban nhân dân huyện xét tặng cho công chức của các phòng chuyên môn không có tư cách pháp nhân.")
    article("Giấy khen của Chủ tịch Ủy ban nhân dân huyện")
    clauses([
        "Giấy khen tặng cho cá nhân gương mẫu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước và đạt một trong các tiêu chuẩn sau:",
        ["a) Hoàn thành tốt nhiệm vụ 02 năm liên tục;",
         "b) Lập được thành tích đột xuất trong lao động, sản xuất, phòng, chống thiên tai, cứu người, cứu tài sản;",
         "c) Có thành tích xuất sắc trong phong trào thi đua theo đợt, chuyên đề do Ủy ban nhân dân huyện phát động."],
        "Giấy khen tặng cho tập thể hoàn thành tốt nhiệm vụ 02 năm liên tục, nội bộ đoàn kết, tổ chức tốt các phong trào thi đua.",
        "Giấy khen tặng cho hộ gia đình gương mẫu chấp hành chủ trương, chính sách, có đóng góp từ 50.000.000 đồng trở lên bằng tiền hoặc hiện vật cho xây dựng nông thôn mới trên địa bàn huyện.",
    ])
    article("Khen thưởng theo đợt, chuyên đề và khen thưởng đột xuất")
    para(doc, "1. Phong trào thi đua theo đợt, chuyên đề có thời gian từ 01 năm trở lên thì cơ quan phát động mới đề nghị Chủ tịch Ủy ban nhân dân huyện tặng Giấy khen; mỗi đợt đề nghị không quá 05 tập thể và 10 cá nhân.")
    para(doc, "2. Khen thưởng đột xuất do cơ quan, đơn vị trực tiếp quản lý đề nghị ngay sau khi tập thể, cá nhân lập được thành tích; thời hạn nộp hồ sơ thực hiện theo Bảng tại Điều 8.")
    article("Hồ sơ đề nghị khen thưởng")
    clauses([
        "Hồ sơ đề nghị tặng danh hiệu “Chiến sĩ thi đua cơ sở” gồm:",
        ["a) Tờ trình đề nghị khen thưởng kèm danh sách trích ngang;",
         "b) Biên bản họp Hội đồng Thi đua - Khen thưởng của cơ quan, đơn vị;",
         "c) Báo cáo thành tích của cá nhân theo Mẫu số 02 có xác nhận của thủ trưởng cơ quan, đơn vị;",
         "d) Quyết định công nhận sáng kiến hoặc biên bản nghiệm thu đề tài khoa học."],
        "Hồ sơ đề nghị tặng Giấy khen gồm tờ trình, biên bản họp xét và báo cáo thành tích (Mẫu số 01 đối với tập thể, Mẫu số 02 đối với cá nhân).",
        "Hồ sơ đề nghị khen thưởng đột xuất gồm tờ trình và báo cáo tóm tắt thành tích, nêu rõ hành động, thành tích đột xuất.",
        "Số bộ hồ sơ, thời hạn nộp và thời gian thẩm định thực hiện theo Bảng tại Điều 8 Quy định này.",
    ])
    article("Nơi nhận hồ sơ, thời hạn nộp và thời gian giải quyết")
    para(doc, "1. Hồ sơ gửi về Phòng Nội vụ (cơ quan thường trực Hội đồng Thi đua - Khen thưởng huyện), phòng 204, tầng 2, trụ sở Ủy ban nhân dân huyện; điện thoại 0210.3865.417.")
    para(doc, "2. Thời hạn nộp hồ sơ, số bộ hồ sơ và thời gian thẩm định như sau:")
    rows = [
        ("TT", "Loại đề nghị", "Thời hạn nộp hồ sơ", "Số bộ", "Thời gian thẩm định"),
        ("1", "Chiến sĩ thi đua cơ sở", "Trước ngày 10 tháng 12 hằng năm", "03 bộ", "12 ngày làm việc"),
        ("2", "Tập thể lao động tiên tiến", "Trước ngày 15 tháng 12 hằng năm", "02 bộ", "10 ngày làm việc"),
        ("3", "Giấy khen tổng kết năm", "Trước ngày 20 tháng 12 hằng năm", "02 bộ", "10 ngày làm việc"),
        ("4", "Giấy khen theo đợt, chuyên đề", "Trong 10 ngày làm việc sau khi tổng kết đợt thi đua", "01 bộ", "07 ngày làm việc"),
        ("5", "Khen thưởng đột xuất", "Trong 05 ngày làm việc kể từ ngày lập thành tích", "01 bộ", "03 ngày làm việc"),
    ]
    tbl = doc.add_table(rows=len(rows), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, row in enumerate(rows):
        for j, txt in enumerate(row):
            cell = tbl.cell(i, j)
            cell.text = ""
            r = cell.paragraphs[0].add_run(txt)
            r.bold = i == 0
            r.font.size = Pt(12)
    para(doc, "3. Hồ sơ nộp quá thời hạn hoặc không đủ thành phần thì Phòng Nội vụ trả lại trong 02 ngày làm việc kể từ ngày nhận và nêu rõ lý do.")

    chapter("III", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG, TIỀN THƯỞNG VÀ TỔ CHỨC THỰC HIỆN")
    article("Hội đồng Thi đua - Khen thưởng huyện")
    clauses([
        "Thành phần Hội đồng gồm:",
        ["a) Chủ tịch Hội đồng: Chủ tịch Ủy ban nhân dân huyện;",
         "b) Phó Chủ tịch Thường trực: Trưởng phòng Nội vụ;",
         "c) Phó Chủ tịch: Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam huyện;",
         "d) Ủy viên: Trưởng phòng Tài chính - Kế hoạch, Chánh Văn phòng HĐND và UBND huyện, Chủ tịch Liên đoàn Lao động huyện, Bí thư Huyện đoàn."],
        "Hội đồng họp xét khen thưởng tổng kết năm vào tuần cuối cùng của tháng 12; phiên họp hợp lệ khi có ít nhất 2/3 tổng số thành viên dự họp.",
        "Trường hợp được đề nghị khen thưởng phải được từ 70% trở lên tổng số thành viên Hội đồng đồng ý bằng phiếu kín.",
        "Thư ký Hội đồng là công chức phụ trách thi đua, khen thưởng của Phòng Nội vụ, không phải là thành viên Hội đồng.",
    ])
    article("Mức tiền thưởng và nguồn chi")
    para(doc, "1. Mức tiền thưởng tính trên mức lương cơ sở 2.340.000 đồng, làm tròn lên hàng chục nghìn đồng:")
    para(doc, "a) Danh hiệu “Chiến sĩ thi đua cơ sở”: 1,0 lần mức lương cơ sở, tương ứng 2.340.000 đồng;")
    para(doc, "b) Danh hiệu “Tập thể lao động tiên tiến”: 0,8 lần mức lương cơ sở, tương ứng 1.880.000 đồng;")
    para(doc, "c) Giấy khen của Chủ tịch Ủy ban nhân dân huyện tặng cá nhân, hộ gia đình: 0,3 lần mức lương cơ sở, tương ứng 710.000 đồng;")
    para(doc, "d) Giấy khen của Chủ tịch Ủy ban nhân dân huyện tặng tập thể: 0,6 lần mức lương cơ sở, tương ứng 1.410.000 đồng.")
    para(doc, "2. Tiền thưởng do Chủ tịch Ủy ban nhân dân huyện quyết định khen thưởng được chi từ Quỹ thi đua, khen thưởng của huyện; tiền thưởng danh hiệu “Lao động tiên tiến” chi từ quỹ thi đua, khen thưởng của cơ quan, đơn vị xét tặng.")
    article("Trách nhiệm của các cơ quan, đơn vị")
    clauses([
        "Phòng Nội vụ tiếp nhận, thẩm định hồ sơ, trình Hội đồng; đăng công khai danh sách đề nghị khen thưởng trên Cổng thông tin điện tử huyện trong 05 ngày làm việc trước khi trình Chủ tịch Ủy ban nhân dân huyện ký quyết định.",
        "Phòng Tài chính - Kế hoạch tham mưu bố trí Quỹ thi đua, khen thưởng của huyện trong dự toán ngân sách hằng năm, mức trích không quá 20% tổng quỹ tiền lương theo ngạch, bậc của cán bộ, công chức trong biên chế.",
        "Thủ trưởng các cơ quan, đơn vị, Chủ tịch Ủy ban nhân dân các xã, thị trấn chịu trách nhiệm về tính chính xác của hồ sơ và lưu trữ hồ sơ khen thưởng theo quy định.",
    ])
    article("Điều khoản thi hành")
    para(doc, "1. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân huyện xem xét, sửa đổi, bổ sung.")
    para(doc, "2. Hồ sơ đề nghị khen thưởng đã nộp trước ngày Quy định này có hiệu lực được tiếp tục xử lý theo Quy định ban hành kèm theo Quyết định số 2045/QĐ-UBND.")

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    build()
