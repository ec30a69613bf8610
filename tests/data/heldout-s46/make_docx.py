"""Generate docs/luc-nam-2025-quy-che-thi-dua-khen-thuong-trung-tam-y-te.docx (held-out set S46).

Run: /work/main/.venv/bin/python make_docx.py

Quyết định 45/QĐ-TTYT of the Giám đốc Trung tâm Y tế huyện Lục Nam (Bắc Giang) issuing the attached
Quy chế thi đua, khen thưởng of the Trung tâm. The decision's own articles "Điều 1." … "Điều 3." are typed.
In the Quy chế, chapters and articles are Word automatic numbering (one multi-level list: level 0
"Chương %1." in upperRoman, level 1 "Điều %2." in decimal that does NOT restart with each chapter,
w:lvlRestart = 0), so their numbers are not in the text; clauses "1." and points "a)" are typed.
A borderless header table, and one real table (Điều 4) of the emulation blocs with a two-row heading
(vMerge on four columns, gridSpan over "Trưởng, phó khối năm 2025") and a total row (gridSpan).
All dates (text, core properties, zip entries) before 01/07/2025.
"""
import datetime
import io
import os
import zipfile

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "luc-nam-2025-quy-che-thi-dua-khen-thuong-trung-tam-y-te.docx")
STAMP = datetime.datetime(2025, 2, 20, 10, 15, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)
for s in d.sections:
    s.left_margin, s.right_margin = Cm(3), Cm(2)
    s.top_margin, s.bottom_margin = Cm(2), Cm(2)


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


# ------------------------------------------------------------------ numbering (numPr)
numbering = d.part.numbering_part.element
ABS_ID, NUM_ID = 46, 46
absn = el("w:abstractNum", **{"w:abstractNumId": ABS_ID})
absn.append(el("w:multiLevelType", **{"w:val": "multilevel"}))
for ilvl, fmt, text, jc in ((0, "upperRoman", "Chương %1.", "center"), (1, "decimal", "Điều %2.", "left")):
    lvl = el("w:lvl", **{"w:ilvl": ilvl})
    lvl.append(el("w:start", **{"w:val": 1}))
    lvl.append(el("w:numFmt", **{"w:val": fmt}))
    if ilvl == 1:
        # articles run on through the chapters: never restart
        lvl.append(el("w:lvlRestart", **{"w:val": 0}))
    lvl.append(el("w:suff", **{"w:val": "space"}))
    lvl.append(el("w:lvlText", **{"w:val": text}))
    lvl.append(el("w:lvlJc", **{"w:val": jc}))
    ppr = el("w:pPr")
    ppr.append(el("w:ind", **{"w:left": 0, "w:firstLine": 0 if ilvl == 0 else 567}))
    lvl.append(ppr)
    rpr = el("w:rPr")
    rpr.append(el("w:b"))
    lvl.append(rpr)
    absn.append(lvl)
first_num = numbering.find(qn("w:num"))
if first_num is not None:
    first_num.addprevious(absn)
else:
    numbering.append(absn)
num = el("w:num", **{"w:numId": NUM_ID})
num.append(el("w:abstractNumId", **{"w:val": ABS_ID}))
numbering.append(num)


def numbered(text, ilvl):
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = el("w:numPr")
    numpr.append(el("w:ilvl", **{"w:val": ilvl}))
    numpr.append(el("w:numId", **{"w:val": NUM_ID}))
    ppr.insert(0, numpr)
    r = p.add_run(text)
    r.bold = True
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER if ilvl == 0 else WD_ALIGN_PARAGRAPH.JUSTIFY
    return p


def chapter(title):
    return numbered(title, 0)


def article(title):
    return numbered(title, 1)


def para(text, bold=False, italic=False, center=False, indent=True):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    else:
        p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Cm(1)
    return p


def no_borders(table):
    tblpr = table._tbl.tblPr
    b = el("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b.append(el("w:" + side, **{"w:val": "nil"}))
    tblpr.append(b)


# ------------------------------------------------------------------ header table (borderless)
ht = d.add_table(rows=2, cols=2)
no_borders(ht)
cells = [("SỞ Y TẾ BẮC GIANG\nTRUNG TÂM Y TẾ HUYỆN LỤC NAM",
          "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
         ("Số: 45/QĐ-TTYT", "Lục Nam, ngày 20 tháng 02 năm 2025")]
for i, (a, b) in enumerate(cells):
    for j, txt in enumerate((a, b)):
        c = ht.cell(i, j)
        c.text = ""
        p = c.paragraphs[0]
        for k, ln in enumerate(txt.split("\n")):
            if k:
                p = c.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(ln)
            r.bold = i == 0
            r.italic = i == 1 and j == 1

# ------------------------------------------------------------------ the decision
para("QUYẾT ĐỊNH", bold=True, center=True)
para("Về việc ban hành Quy chế thi đua, khen thưởng của Trung tâm Y tế huyện Lục Nam", bold=True, center=True)
para("GIÁM ĐỐC TRUNG TÂM Y TẾ HUYỆN LỤC NAM", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", italic=True)
para("Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
     "một số điều của Luật Thi đua, khen thưởng;", italic=True)
para("Căn cứ Quyết định số 1186/QĐ-SYT ngày 09/8/2024 của Giám đốc Sở Y tế Bắc Giang ban hành Quy chế thi đua, "
     "khen thưởng ngành Y tế tỉnh Bắc Giang;", italic=True)
para("Căn cứ Quyết định số 212/QĐ-SYT ngày 14/3/2022 của Giám đốc Sở Y tế quy định chức năng, nhiệm vụ, quyền "
     "hạn và cơ cấu tổ chức của Trung tâm Y tế huyện Lục Nam;", italic=True)
para("Theo đề nghị của Trưởng phòng Tổ chức - Hành chính.", italic=True)
para("QUYẾT ĐỊNH:", bold=True, center=True)
para("Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Trung tâm Y tế huyện Lục Nam.")
para("Điều 2. Quyết định này có hiệu lực kể từ ngày 01/3/2025 và thay thế Quyết định số 168/QĐ-TTYT ngày "
     "22/6/2021 của Giám đốc Trung tâm Y tế huyện Lục Nam ban hành Quy chế thi đua, khen thưởng của đơn vị.")
para("Điều 3. Trưởng phòng Tổ chức - Hành chính, trưởng các khoa, phòng, Trạm trưởng Trạm Y tế các xã, thị "
     "trấn và toàn thể viên chức, người lao động của Trung tâm chịu trách nhiệm thi hành Quyết định này./.")
para("Nơi nhận:", bold=True, italic=True, indent=False)
for x in ("- Như Điều 3;", "- Sở Y tế Bắc Giang (để b/c);", "- Ban Giám đốc;", "- Công đoàn cơ sở Trung tâm;",
          "- Lưu: VT, TCHC."):
    para(x, indent=False)
para("GIÁM ĐỐC", bold=True, center=True)
para("Thân Văn Quyết", bold=True, center=True)
d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

# ------------------------------------------------------------------ the Quy chế
para("QUY CHẾ", bold=True, center=True)
para("Thi đua, khen thưởng của Trung tâm Y tế huyện Lục Nam", bold=True, center=True)
para("(Ban hành kèm theo Quyết định số 45/QĐ-TTYT ngày 20/02/2025 của Giám đốc Trung tâm Y tế huyện Lục Nam)",
     italic=True, center=True)

chapter("QUY ĐỊNH CHUNG")
article("Phạm vi điều chỉnh và đối tượng áp dụng")
para("1. Quy chế này quy định về hình thức tổ chức thi đua, khối thi đua; danh hiệu thi đua, hình thức khen "
     "thưởng và tiêu chuẩn; thẩm quyền, hồ sơ, thủ tục xét khen thưởng; Hội đồng Thi đua - Khen thưởng và Quỹ "
     "thi đua, khen thưởng của Trung tâm Y tế huyện Lục Nam.")
para("2. Quy chế áp dụng đối với 16 khoa, phòng thuộc Trung tâm, 25 Trạm Y tế xã, thị trấn và viên chức, người "
     "lao động, kể cả người lao động hợp đồng có thời hạn làm việc tại Trung tâm từ đủ 06 tháng trở lên.")
article("Nguyên tắc thi đua, khen thưởng")
para("1. Thi đua trên nguyên tắc tự nguyện, tự giác, công khai, đoàn kết, hợp tác; khen thưởng bảo đảm chính "
     "xác, công khai, công bằng, kịp thời, gắn với kết quả đánh giá, xếp loại viên chức hằng năm.")
para("2. Tỷ lệ cá nhân giữ chức vụ trưởng, phó khoa, phòng, trạm trưởng được đề nghị tặng Giấy khen không quá "
     "25% tổng số cá nhân được đề nghị của Trung tâm.")
para("3. Không xét danh hiệu thi đua đối với khoa, phòng, trạm để xảy ra sự cố y khoa ở mức độ nặng hoặc có "
     "viên chức bị kỷ luật từ hình thức khiển trách trở lên trong năm xét khen thưởng.")

chapter("TỔ CHỨC PHONG TRÀO THI ĐUA")
article("Hình thức tổ chức thi đua")
para("1. Thi đua thường xuyên được tổ chức hằng năm theo khối thi đua, gắn với thực hiện chỉ tiêu chuyên môn "
     "do Giám đốc Trung tâm giao đầu năm.")
para("2. Thi đua theo chuyên đề hoặc theo đợt có thời gian không quá 01 năm, tập trung vào nâng cao chất lượng "
     "khám bệnh, chữa bệnh, đổi mới phong cách, thái độ phục vụ hướng tới sự hài lòng của người bệnh.")
article("Khối thi đua")
para("1. Các khoa, phòng và Trạm Y tế được tổ chức thành 04 khối thi đua như sau:")

rows = [
    ("STT", "Khối thi đua", "Đơn vị thành viên", "Số đơn vị", "Trưởng, phó khối năm 2025", None),
    (None, None, None, None, "Trưởng khối", "Phó khối"),
    ("1", "Khối lâm sàng",
     "Khoa Khám bệnh; Khoa Hồi sức cấp cứu - Chống độc; Khoa Nội tổng hợp; Khoa Ngoại tổng hợp; Khoa Phụ sản; "
     "Khoa Nhi; Khoa Y học cổ truyền - Phục hồi chức năng; Khoa Truyền nhiễm",
     "08", "Khoa Hồi sức cấp cứu - Chống độc", "Khoa Nhi"),
    ("2", "Khối cận lâm sàng, dự phòng và phòng chức năng",
     "Khoa Xét nghiệm - Chẩn đoán hình ảnh; Khoa Dược - Trang thiết bị - Vật tư y tế; Khoa Kiểm soát bệnh tật - "
     "HIV/AIDS; Khoa An toàn thực phẩm; Phòng Tổ chức - Hành chính; Phòng Kế hoạch - Nghiệp vụ; Phòng Tài chính "
     "- Kế toán; Phòng Điều dưỡng",
     "08", "Khoa Dược - Trang thiết bị - Vật tư y tế", "Phòng Điều dưỡng"),
    ("3", "Khối Trạm Y tế cụm phía Bắc",
     "Trạm Y tế thị trấn Đồi Ngô và 12 Trạm Y tế các xã: Tiên Nha, Chu Điện, Bảo Đài, Thanh Lâm, Bảo Sơn, "
     "Tam Dị, Đông Phú, Đông Hưng, Yên Sơn, Lan Mẫu, Khám Lạng, Huyền Sơn",
     "13", "Trạm Y tế thị trấn Đồi Ngô", "Trạm Y tế xã Tiên Nha"),
    ("4", "Khối Trạm Y tế cụm phía Nam",
     "Trạm Y tế thị trấn Phương Sơn và 11 Trạm Y tế các xã: Cẩm Lý, Lục Sơn, Bình Sơn, Trường Sơn, Vô Tranh, "
     "Trường Giang, Nghĩa Phương, Vũ Xá, Cương Sơn, Đan Hội, Bắc Lũng",
     "12", "Trạm Y tế xã Cẩm Lý", "Trạm Y tế xã Lục Sơn"),
    ("Cộng", None, None, "41", "", ""),
]
t = d.add_table(rows=len(rows), cols=6)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v:
            t.cell(i, j).text = v
# two-row heading: STT, Khối thi đua, Đơn vị thành viên, Số đơn vị merged down (vMerge);
# "Trưởng, phó khối năm 2025" across two columns (gridSpan)
for j in range(4):
    t.cell(0, j).merge(t.cell(1, j))
t.cell(0, 4).merge(t.cell(0, 5))
# total row: "Cộng" across the first three columns (gridSpan)
t.cell(len(rows) - 1, 0).merge(t.cell(len(rows) - 1, 2))
for i in (0, 1):
    for c in t.rows[i].cells:
        for p in c.paragraphs:
            for r in p.runs:
                r.bold = True

para("2. Trưởng khối, phó khối được luân phiên hằng năm theo thứ tự đơn vị thành viên trong bảng trên; trưởng "
     "khối chủ trì chấm điểm chéo theo thang điểm 100 và gửi kết quả về Phòng Tổ chức - Hành chính trước ngày "
     "05 tháng 12 hằng năm.")
para("3. Mỗi khối suy tôn không quá 02 đơn vị dẫn đầu để đề nghị Giám đốc Trung tâm tặng Giấy khen; đơn vị dẫn "
     "đầu phải đạt từ 90 điểm trở lên.")
article("Đăng ký thi đua")
para("1. Các khoa, phòng, trạm gửi bản đăng ký thi đua của tập thể và danh sách cá nhân đăng ký về Phòng Tổ "
     "chức - Hành chính trước ngày 31 tháng 01 hằng năm.")
para("2. Khoa, phòng, trạm không đăng ký thi đua thì không được xét danh hiệu thi đua của năm đó.")

chapter("DANH HIỆU THI ĐUA, HÌNH THỨC KHEN THƯỞNG VÀ TIÊU CHUẨN")
article("Danh hiệu \"Lao động tiên tiến\"")
para("1. Xét tặng cho cá nhân hoàn thành tốt nhiệm vụ trở lên, chấp hành tốt chủ trương, chính sách của Đảng, "
     "pháp luật của Nhà nước và quy tắc ứng xử của người làm công tác y tế.")
para("2. Viên chức mới tuyển dụng có thời gian công tác tại Trung tâm từ 10 tháng trở lên thì được xét; thời "
     "gian nghỉ thai sản theo quy định được tính để xét.")
para("3. Không xét đối với cá nhân nghỉ việc từ 40 ngày làm việc trở lên trong năm, trừ trường hợp nghỉ do bị "
     "thương khi làm nhiệm vụ.")
article("Danh hiệu \"Chiến sĩ thi đua cơ sở\"")
para("1. Xét tặng cho cá nhân đạt danh hiệu \"Lao động tiên tiến\" và có sáng kiến được Hội đồng Khoa học - "
     "Sáng kiến của Trung tâm công nhận hoặc có đề tài nghiên cứu khoa học cấp cơ sở được nghiệm thu đạt.")
para("2. Số lượng không quá 12% tổng số cá nhân đạt danh hiệu \"Lao động tiên tiến\" của Trung tâm.")
article("Danh hiệu thi đua đối với tập thể")
para("1. \"Tập thể lao động tiên tiến\": hoàn thành tốt nhiệm vụ, có ít nhất 70% cá nhân đạt danh hiệu \"Lao "
     "động tiên tiến\" và không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.")
para("2. \"Tập thể lao động xuất sắc\": chỉ xét trong số tập thể đạt danh hiệu \"Tập thể lao động tiên tiến\" "
     "và được khối suy tôn dẫn đầu; Trung tâm lập hồ sơ đề nghị Giám đốc Sở Y tế xem xét, trình cấp có thẩm "
     "quyền.")
article("Giấy khen của Giám đốc Trung tâm")
para("1. Tặng cho cá nhân có 02 năm liên tục hoàn thành tốt nhiệm vụ trở lên và được người bệnh, gia đình "
     "người bệnh hoặc Phòng Kế hoạch - Nghiệp vụ ghi nhận về tinh thần, thái độ phục vụ.")
para("2. Tặng cho tập thể được khối suy tôn dẫn đầu hoặc lập được thành tích xuất sắc trong phòng, chống dịch "
     "bệnh, cấp cứu người bệnh nặng.")
para("3. Giấy khen theo chuyên đề, theo đợt: số lượng không quá 10% tổng số viên chức tham gia chuyên đề, đợt "
     "thi đua.")
article("Thẩm quyền quyết định và mức tiền thưởng")
para("1. Giám đốc Trung tâm quyết định công nhận danh hiệu \"Lao động tiên tiến\", \"Tập thể lao động tiên "
     "tiến\" và tặng Giấy khen của Giám đốc Trung tâm; các danh hiệu, hình thức khen thưởng cao hơn do Trung tâm "
     "đề nghị Giám đốc Sở Y tế Bắc Giang xem xét, quyết định hoặc trình cấp trên.")
para("2. Mức tiền thưởng tính theo mức lương cơ sở:")
para("a) \"Lao động tiên tiến\": 0,3 lần; \"Tập thể lao động tiên tiến\": 0,8 lần;")
para("b) \"Chiến sĩ thi đua cơ sở\": 1,0 lần;")
para("c) Giấy khen của Giám đốc Trung tâm: cá nhân 0,15 lần, tập thể 0,3 lần; tiền thưởng được làm tròn lên "
     "hàng chục nghìn đồng.")

chapter("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG, HỒ SƠ VÀ THỦ TỤC")
article("Hội đồng Thi đua - Khen thưởng Trung tâm")
para("1. Hội đồng gồm 09 thành viên: Chủ tịch Hội đồng là Giám đốc Trung tâm; 02 Phó Chủ tịch là Phó Giám "
     "đốc phụ trách chuyên môn và Chủ tịch Công đoàn cơ sở; Ủy viên Thư ký là Trưởng phòng Tổ chức - Hành "
     "chính; các ủy viên khác do Giám đốc quyết định.")
para("2. Hội đồng họp định kỳ 02 lần trong năm vào tháng 7 và tháng 12; bỏ phiếu kín, đề nghị được thông qua "
     "khi có từ 80% trở lên số thành viên có mặt đồng ý.")
para("3. Phòng Tổ chức - Hành chính là bộ phận thường trực của Hội đồng.")
article("Hồ sơ đề nghị khen thưởng")
para("1. Hồ sơ đề nghị công nhận danh hiệu \"Lao động tiên tiến\", \"Tập thể lao động tiên tiến\" gồm:")
para("a) Tờ trình của khoa, phòng, trạm kèm danh sách đề nghị;")
para("b) Biên bản họp bình xét của khoa, phòng, trạm có chữ ký của người chủ trì và thư ký.")
para("2. Hồ sơ đề nghị danh hiệu \"Chiến sĩ thi đua cơ sở\" có thêm báo cáo thành tích theo Mẫu số 02 Phụ lục "
     "kèm theo Nghị định số 98/2023/NĐ-CP và bản sao giấy công nhận sáng kiến hoặc biên bản nghiệm thu đề tài.")
para("3. Hồ sơ lập 01 bộ (bản chính), nộp tại Phòng Tổ chức - Hành chính, tầng 2 nhà Điều hành, Trung tâm Y tế "
     "huyện Lục Nam, tổ dân phố Thanh Hưng, thị trấn Đồi Ngô; bản điện tử gửi qua thư điện tử "
     "tchc.ttytlucnam@bacgiang.gov.vn.")
article("Thời hạn xét khen thưởng")
para("1. Khen thưởng tổng kết năm: các khoa, phòng, trạm gửi hồ sơ trước ngày 10 tháng 12 hằng năm; Hội đồng "
     "họp xét trước ngày 25 tháng 12 hằng năm.")
para("2. Kết quả xét của Hội đồng được công khai trên bảng tin và trang thông tin điện tử của Trung tâm trong "
     "03 ngày làm việc trước khi Giám đốc ký quyết định.")
para("3. Khen thưởng đột xuất: khoa, phòng, trạm gửi tờ trình trong thời hạn 07 ngày làm việc kể từ ngày lập "
     "được thành tích; không phải họp Hội đồng.")

chapter("QUỸ THI ĐUA, KHEN THƯỞNG VÀ TỔ CHỨC THỰC HIỆN")
article("Quỹ thi đua, khen thưởng")
para("1. Quỹ được trích từ nguồn thu hoạt động sự nghiệp và nguồn kinh phí hợp pháp khác của Trung tâm; dự "
     "kiến năm 2025 là 160.000.000 đồng (Một trăm sáu mươi triệu đồng).")
para("2. Phòng Tài chính - Kế toán chi trả tiền thưởng trong thời hạn 20 ngày làm việc kể từ ngày có quyết "
     "định khen thưởng.")
article("Tổ chức thực hiện")
para("1. Trưởng các khoa, phòng, Trạm trưởng Trạm Y tế có trách nhiệm phổ biến Quy chế này đến toàn thể viên "
     "chức, người lao động của đơn vị.")
para("2. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Tổ chức - Hành chính (ông "
     "Giáp Văn Thành, Trưởng phòng, điện thoại 0204.3884.519) để tổng hợp, trình Giám đốc sửa đổi, bổ sung.")

cp = d.core_properties
cp.author = "Phòng Tổ chức - Hành chính, Trung tâm Y tế huyện Lục Nam"
cp.title = "Quyết định 45/QĐ-TTYT ban hành Quy chế thi đua, khen thưởng"
cp.created = cp.modified = cp.last_printed = STAMP
cp.revision = 4

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
