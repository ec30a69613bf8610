"""Generate the Word file of held-out set S42 (run with /work/main/.venv/bin/python).

Kế hoạch 86/KH-UBND of UBND thị xã Việt Yên (Bắc Giang), 10/3/2025: đợt thi đua cao điểm.
Headings I./1./a) are Word automatic numbering (numPr, numbering.xml); the numbers are not typed.
"""
import datetime
import os
import shutil
import tempfile
import zipfile

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "viet-yen-2025-ke-hoach-thi-dua-cao-diem-100-ngay.docx")
STAMP = datetime.datetime(2025, 3, 10, 8, 30, 0)

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Times New Roman"
st.font.size = Pt(13)

# ------------------------------------------------------------ numbering: I. / 1. / a)
numbering = d.part.numbering_part.element
ABS_ID, NUM_ID = "71", "71"
absn = OxmlElement("w:abstractNum")
absn.set(qn("w:abstractNumId"), ABS_ID)
mlt = OxmlElement("w:multiLevelType")
mlt.set(qn("w:val"), "multilevel")
absn.append(mlt)
for ilvl, fmt, text in ((0, "upperRoman", "%1."), (1, "decimal", "%2."), (2, "lowerLetter", "%3)")):
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), str(ilvl))
    for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text), ("w:lvlJc", "left")):
        e = OxmlElement(tag)
        e.set(qn("w:val"), val)
        lvl.append(e)
    if ilvl > 0:
        rs = OxmlElement("w:lvlRestart")
        rs.set(qn("w:val"), str(ilvl))
        lvl.insert(2, rs)
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), str(360 + 360 * ilvl))
    ind.set(qn("w:hanging"), "360")
    ppr.append(ind)
    lvl.append(ppr)
    absn.append(lvl)
numbering.insert(0, absn)
num = OxmlElement("w:num")
num.set(qn("w:numId"), NUM_ID)
an = OxmlElement("w:abstractNumId")
an.set(qn("w:val"), ABS_ID)
num.append(an)
numbering.append(num)


def para(text, bold=False, center=False, italic=False):
    p = d.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


def head(level, text, body=None):
    """A numbered heading (level 0 Roman, 1 Arabic, 2 letter) with optional text after it."""
    p = d.add_paragraph()
    ppr = p._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(level))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), NUM_ID)
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)
    r = p.add_run(text)
    r.bold = level < 2
    if body:
        p.add_run(" " + body)
    return p


def no_borders(tbl):
    tblPr = tbl._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side)
        e.set(qn("w:val"), "nil")
        b.append(e)
    tblPr.append(b)


def cell_text(cell, text, bold=False):
    cell.paragraphs[0].text = ""
    parts = text.split("\n")
    for i, t in enumerate(parts):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        r = p.add_run(t)
        r.bold = bold
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ------------------------------------------------------------ header (borderless table)
ht = d.add_table(rows=2, cols=2)
no_borders(ht)
cell_text(ht.cell(0, 0), "ỦY BAN NHÂN DÂN\nTHỊ XÃ VIỆT YÊN", bold=True)
cell_text(ht.cell(0, 1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", bold=True)
cell_text(ht.cell(1, 0), "Số: 86/KH-UBND")
cell_text(ht.cell(1, 1), "Việt Yên, ngày 10 tháng 3 năm 2025")

para("KẾ HOẠCH", bold=True, center=True)
para("Tổ chức đợt thi đua cao điểm “100 ngày đêm” lập thành tích chào mừng Đại hội đại biểu "
     "Đảng bộ thị xã Việt Yên lần thứ XXV, nhiệm kỳ 2025 - 2030", bold=True, center=True)
para("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022; Nghị định số 98/2023/NĐ-CP "
     "ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;")
para("Căn cứ Quyết định số 27/2024/QĐ-UBND ngày 19/7/2024 của UBND tỉnh Bắc Giang ban hành "
     "Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh;")
para("Thực hiện Kế hoạch số 112-KH/TU ngày 26/02/2025 của Thị ủy Việt Yên về tổ chức Đại hội "
     "Đảng bộ thị xã lần thứ XXV, UBND thị xã Việt Yên ban hành Kế hoạch tổ chức đợt thi đua cao "
     "điểm như sau:")

head(0, "MỤC ĐÍCH, YÊU CẦU")
head(1, "Mục đích")
para("Tạo khí thế thi đua sôi nổi trong cán bộ, công chức, viên chức, người lao động và Nhân dân "
     "các phường, xã; phấn đấu hoàn thành vượt mức các chỉ tiêu kinh tế - xã hội 6 tháng đầu năm 2025.")
para("Phát hiện, bồi dưỡng, biểu dương kịp thời các tập thể, cá nhân tiêu biểu để nhân rộng.")
head(1, "Yêu cầu")
para("Đợt thi đua được tổ chức thiết thực, tránh hình thức; mỗi cơ quan, đơn vị đăng ký ít nhất "
     "01 công trình, phần việc cụ thể chào mừng Đại hội.")
para("Việc bình xét khen thưởng bảo đảm công khai, dân chủ, đúng đối tượng; tỷ lệ cá nhân là "
     "lãnh đạo, quản lý được đề nghị khen thưởng không quá 20% tổng số cá nhân đề nghị của đơn vị.")
para("Chỉ tiêu đăng ký phải lượng hóa được và có thời hạn hoàn thành cụ thể.")

head(0, "THỜI GIAN, PHẠM VI VÀ ĐỐI TƯỢNG")
head(1, "Thời gian:", "Đợt thi đua được triển khai từ ngày 20/3/2025 đến hết ngày 25/6/2025.")
head(1, "Phạm vi và đối tượng")
para("Các cơ quan chuyên môn thuộc UBND thị xã; các đơn vị sự nghiệp công lập; UBND 19 phường, xã; "
     "các trường học trực thuộc Phòng Giáo dục và Đào tạo; các doanh nghiệp trong các khu công "
     "nghiệp Đình Trám, Quang Châu và Vân Trung tự nguyện tham gia.")
para("Không xét khen thưởng trong đợt thi đua này đối với đơn vị đang bị thanh tra, kiểm tra "
     "có dấu hiệu vi phạm.")

head(0, "NỘI DUNG VÀ CÁC GIAI ĐOẠN THI ĐUA")
head(1, "Chỉ tiêu thi đua trọng tâm")
head(2, "Thu ngân sách:", "phấn đấu đến ngày 15/6/2025 thu ngân sách nhà nước trên địa bàn đạt "
     "ít nhất 55% dự toán năm 2025.")
head(2, "Giải phóng mặt bằng:", "bàn giao 100% diện tích mặt bằng dự án đường vành đai IV đoạn qua "
     "thị xã trước ngày 30/5/2025.")
head(2, "Nhà tạm, nhà dột nát:", "hoàn thành hỗ trợ xóa 46 nhà tạm, nhà dột nát cho hộ nghèo, hộ cận "
     "nghèo trước ngày 30/4/2025.")
head(2, "Thủ tục hành chính:", "100% hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn; tỷ lệ "
     "hồ sơ trực tuyến toàn trình đạt từ 85% trở lên.")
head(2, "Nông thôn mới:", "xã Minh Đức hoàn thành hồ sơ đề nghị công nhận xã đạt chuẩn nông thôn "
     "mới nâng cao trước ngày 20/6/2025.")
head(1, "Các giai đoạn tổ chức thực hiện")
para("Đợt thi đua được chia thành 03 giai đoạn theo bảng sau:")

# ------------------------------------------------------------ table of phases (vMerge + gridSpan)
pt = d.add_table(rows=6, cols=4)
pt.style = "Table Grid"
pt.alignment = WD_TABLE_ALIGNMENT.CENTER
hdr = ["Giai đoạn", "Thời gian", "Nội dung chủ yếu", "Đơn vị thực hiện"]
for i, t in enumerate(hdr):
    cell_text(pt.cell(0, i), t, bold=True)
rows = [
    ["Giai đoạn 1: Phát động", "Từ 20/3/2025 đến 31/3/2025",
     "Tổ chức lễ phát động; các đơn vị xây dựng kế hoạch và đăng ký công trình, phần việc",
     "Các cơ quan, đơn vị; UBND các phường, xã"],
    ["Giai đoạn 2: Tăng tốc", "Từ 01/4/2025 đến 10/6/2025",
     "Thi đua hoàn thành các chỉ tiêu trọng tâm tại mục III.1",
     "Các cơ quan, đơn vị; UBND các phường, xã"],
    ["Giai đoạn 2: Tăng tốc", "Từ 01/4/2025 đến 10/6/2025",
     "Kiểm tra giữa đợt tại 06 đơn vị được lựa chọn ngẫu nhiên",
     "Phòng Nội vụ chủ trì, phối hợp Văn phòng HĐND và UBND thị xã"],
    ["Giai đoạn 3: Sơ kết, khen thưởng", "Từ 11/6/2025 đến 25/6/2025",
     "Bình xét, đề nghị khen thưởng; tổ chức hội nghị sơ kết đợt thi đua",
     "Hội đồng Thi đua - Khen thưởng thị xã"],
]
for r, vals in enumerate(rows, start=1):
    for c, t in enumerate(vals):
        if r == 3 and c in (0, 1):
            continue
        cell_text(pt.cell(r, c), t)
pt.cell(2, 0).merge(pt.cell(3, 0))
pt.cell(2, 1).merge(pt.cell(3, 1))
cell_text(pt.cell(2, 0), "Giai đoạn 2: Tăng tốc")
cell_text(pt.cell(2, 1), "Từ 01/4/2025 đến 10/6/2025")
tot = pt.cell(5, 0).merge(pt.cell(5, 2))
cell_text(tot, "Tổng thời gian đợt thi đua", bold=True)
cell_text(pt.cell(5, 3), "98 ngày", bold=True)

head(1, "Hội nghị sơ kết đợt thi đua")
head(2, "Thời gian, địa điểm:", "dự kiến ngày 24/6/2025 tại Hội trường UBND thị xã.")
head(2, "Thành phần:", "khoảng 150 đại biểu, gồm lãnh đạo thị xã, thành viên Hội đồng Thi đua - "
     "Khen thưởng thị xã và đại diện các tập thể, cá nhân được khen thưởng.")
head(2, "Chuẩn bị:", "giao Văn phòng HĐND và UBND thị xã chuẩn bị hội trường, khánh tiết.")

head(0, "KHEN THƯỞNG")
head(1, "Hình thức, số lượng và mức tiền thưởng")
para("Chủ tịch UBND thị xã tặng Giấy khen và đề nghị Chủ tịch UBND tỉnh tặng Bằng khen theo số "
     "lượng và mức thưởng sau:")

qt = d.add_table(rows=8, cols=4)
qt.style = "Table Grid"
for i, t in enumerate(["Hình thức khen thưởng", "Số lượng tối đa", "Hệ số so với mức lương cơ sở",
                       "Mức tiền (đồng)"]):
    cell_text(qt.cell(0, i), t, bold=True)
g = qt.cell(1, 0).merge(qt.cell(1, 3))
cell_text(g, "A. Khen thưởng của Chủ tịch UBND thị xã", bold=True)
data = [
    ["Giấy khen cho tập thể", "12 tập thể", "1,0", "2.340.000"],
    ["Giấy khen cho cá nhân", "30 cá nhân", "0,3", "702.000"],
]
for r, vals in enumerate(data, start=2):
    for c, t in enumerate(vals):
        cell_text(qt.cell(r, c), t)
g = qt.cell(4, 0).merge(qt.cell(4, 3))
cell_text(g, "B. Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen", bold=True)
data = [
    ["Bằng khen cho tập thể", "02 tập thể", "Theo quy định của tỉnh", "Do tỉnh chi trả"],
    ["Bằng khen cho cá nhân", "03 cá nhân", "Theo quy định của tỉnh", "Do tỉnh chi trả"],
]
for r, vals in enumerate(data, start=5):
    for c, t in enumerate(vals):
        cell_text(qt.cell(r, c), t)
tt = qt.cell(7, 0).merge(qt.cell(7, 2))
cell_text(tt, "Tổng kinh phí khen thưởng cấp thị xã (mục A)", bold=True)
cell_text(qt.cell(7, 3), "49.140.000", bold=True)

head(1, "Tiêu chuẩn xét khen thưởng")
head(2, "Đối với tập thể:", "hoàn thành 100% công trình, phần việc đã đăng ký; không có cán bộ, "
     "công chức bị kỷ luật trong thời gian đợt thi đua.")
head(2, "Đối với cá nhân:", "có thành tích xuất sắc, trực tiếp tham gia ít nhất 01 chỉ tiêu trọng "
     "tâm tại mục III.1; ưu tiên người trực tiếp lao động, công tác ở cơ sở.")
head(2, "Bằng khen của Chủ tịch UBND tỉnh:", "lựa chọn trong số tập thể, cá nhân đã được Chủ tịch "
     "UBND thị xã tặng Giấy khen và có thành tích tiêu biểu nhất.")
head(1, "Hồ sơ và thời hạn đề nghị khen thưởng")
head(2, "Hồ sơ gồm:", "Tờ trình của đơn vị; Biên bản họp xét của Hội đồng thi đua, khen thưởng "
     "đơn vị; Báo cáo tóm tắt thành tích theo Mẫu số 08 Nghị định số 98/2023/NĐ-CP.")
head(2, "Số lượng:", "hồ sơ lập thành 02 bộ (bản chính), kèm file điện tử định dạng .doc hoặc .docx.")
head(2, "Thời hạn:", "các đơn vị gửi hồ sơ chậm nhất sau 05 ngày làm việc kể từ ngày kết thúc "
     "đợt thi đua; Phòng Nội vụ thẩm định, trình Chủ tịch UBND thị xã trong 07 ngày làm việc kể "
     "từ ngày nhận đủ hồ sơ hợp lệ.")
head(2, "Nơi nhận:", "Phòng Nội vụ thị xã Việt Yên (phòng 305, tầng 3, Trụ sở HĐND - UBND thị xã, "
     "số 01 đường Thân Nhân Trung, phường Bích Động); địa chỉ thư điện tử "
     "tdkt.vietyen@bacgiang.gov.vn.")

head(1, "Họp xét khen thưởng:", "Hội đồng Thi đua - Khen thưởng thị xã họp xét; tập thể, "
     "cá nhân được đề nghị phải đạt từ 70% số phiếu đồng ý trở lên của tổng số thành viên Hội đồng.")

head(0, "KINH PHÍ")
para("Kinh phí khen thưởng được chi từ Quỹ thi đua, khen thưởng thị xã năm 2025. Kinh phí tổ chức "
     "lễ phát động và hội nghị sơ kết là 35.000.000 đồng (ba mươi lăm triệu đồng), giao Phòng Tài "
     "chính - Kế hoạch tham mưu bố trí.")
para("Các cơ quan, đơn vị sử dụng kinh phí của đơn vị để khen thưởng theo thẩm quyền.")

head(0, "TỔ CHỨC THỰC HIỆN")
head(1, "Phòng Nội vụ", "(cơ quan thường trực Hội đồng Thi đua - Khen thưởng thị xã) hướng dẫn, "
     "theo dõi, tổng hợp kết quả; tham mưu tổ chức hội nghị sơ kết trước ngày 25/6/2025.")
head(1, "Các cơ quan, đơn vị; UBND các phường, xã")
head(2, "Đăng ký thi đua:", "gửi bản đăng ký công trình, phần việc về Phòng Nội vụ trước ngày 31/3/2025.")
head(2, "Báo cáo giữa đợt:", "gửi báo cáo tiến độ trước ngày 05/5/2025.")
head(2, "Báo cáo kết quả:", "gửi báo cáo kết quả đợt thi đua trước ngày 13/6/2025.")
head(2, "Đề nghị khen thưởng:", "gửi hồ sơ theo mục IV.3 của Kế hoạch này.")
head(1, "Trung tâm Văn hóa - Thông tin và Thể thao thị xã",
     "mở chuyên mục “Việt Yên - 100 ngày đêm thi đua” trên Cổng thông tin điện tử thị xã.")
head(1, "Thay thế văn bản:", "Kế hoạch này thay thế Kế hoạch số 41/KH-UBND ngày 14/02/2025 của UBND "
     "thị xã về phát động thi đua chào mừng Đại hội.")
head(1, "Liên hệ:", "đồng chí Thân Văn Hùng, chuyên viên Phòng Nội vụ, điện thoại 0204.3874.215 "
     "hoặc 0912.604.318.")
head(1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thị xã", "và các tổ chức chính trị - xã hội "
     "tuyên truyền, vận động đoàn viên, hội viên tích cực hưởng ứng đợt thi đua.")
para("Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Phòng Nội vụ để tổng "
     "hợp, báo cáo Chủ tịch UBND thị xã./.")

para("Nơi nhận:", bold=True)
for t in ("- UBND tỉnh Bắc Giang (b/c);", "- Sở Nội vụ tỉnh Bắc Giang;", "- TT Thị ủy, TT HĐND thị xã;",
          "- Chủ tịch, các PCT UBND thị xã;", "- Các cơ quan, đơn vị; UBND các phường, xã;",
          "- Lưu: VT, NV."):
    para(t)
para("KT. CHỦ TỊCH", bold=True)
para("PHÓ CHỦ TỊCH", bold=True)
para("Nguyễn Thị Thu Hạnh", bold=True)

cp = d.core_properties
cp.author = "Phòng Nội vụ thị xã Việt Yên"
cp.title = "Kế hoạch 86/KH-UBND"
cp.created = cp.modified = cp.last_printed = STAMP
cp.revision = 3

tmp = tempfile.mktemp(suffix=".docx")
d.save(tmp)
with zipfile.ZipFile(tmp) as zin, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as zout:
    for info in zin.infolist():
        zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 10, 8, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        zout.writestr(zi, zin.read(info.filename))
os.remove(tmp)
print("wrote", OUT)
