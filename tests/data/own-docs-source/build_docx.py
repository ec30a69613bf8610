"""Build `ha-tinh-2025-quy-che-xet-tang-danh-hieu.docx` (a synthetic test document) into ../own-docs.

A Quyết định of UBND tỉnh Hà Tĩnh issuing a Quy chế. The decision's own articles are typed
("Điều 1. Ban hành …"); the regulation's articles, clauses and points use Word AUTOMATIC numbering
(one abstractNum: level 0 "Điều %1." decimal, level 1 "%2." decimal restarting under each article,
level 2 "%3)" lowerLetter), so their paragraph text starts with the heading words and the number
comes from w:numPr. Word's lowerLetter has no "đ", so the one list of points that reaches "đ)"
(Quy chế Điều 5 khoản 1) is typed, as drafters do. Two Word tables sit inside articles (Điều 7,
Điều 10); the header block and the signature block are borderless two-column tables.

Also writes `build_docx_reference.txt`: the same content with typed numbering, so the expected
section paths can be audited. Deterministic: same bytes on every run.

Run: .venv/bin/python tests/data/own-docs-source/build_docx.py
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

HERE = Path(__file__).resolve().parent
DOCX = HERE.parent / "own-docs" / "ha-tinh-2025-quy-che-xet-tang-danh-hieu.docx"
REFERENCE = HERE / "build_docx_reference.txt"
NUM_ID = 90  # above every id in python-docx's default numbering part (0–9), checked in _add_numbering
STAMP = (2025, 8, 14, 8, 0, 0)

HEADER = (
    ["ỦY BAN NHÂN DÂN", "TỈNH HÀ TĨNH", "Số: 38/2025/QĐ-UBND"],
    ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày 14 tháng 8 năm 2025"],
)
TITLE = "Xét tặng danh hiệu “Chiến sĩ thi đua tỉnh”, “Cờ thi đua của Ủy ban nhân dân tỉnh” và “Tập thể lao động xuất sắc” trên địa bàn tỉnh Hà Tĩnh"  # noqa: E501

# (kind, text): "center" bold centred line, "p" body paragraph, "qd" typed decision article
# ("Điều N." + text), "art" / "cl" / "pt" automatically numbered article / clause / point,
# "table" rows (first row is the header), "break" page break, "header" / "signature" tables.
DECISION = [
    ("header", HEADER),
    ("center", "QUYẾT ĐỊNH"),
    ("centerplain", "Ban hành Quy chế x" + TITLE[1:]),
    ("center", "ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH"),
    ("p", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("p", "Căn cứ Luật Ban hành văn bản quy phạm pháp luật ngày 19 tháng 02 năm 2025;"),
    ("p", "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;"),
    (
        "p",
        "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành "
        "một số điều của Luật Thi đua, khen thưởng;",
    ),
    (
        "p",
        "Căn cứ Thông tư số 01/2024/TT-BNV ngày 28 tháng 02 năm 2024 của Bộ trưởng Bộ Nội vụ quy định chi tiết "
        "một số điều của Luật Thi đua, khen thưởng và Nghị định số 98/2023/NĐ-CP;",
    ),
    ("p", "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 286/TTr-SNV ngày 30 tháng 7 năm 2025."),
    ("center", "QUYẾT ĐỊNH:"),
    ("qd", "Ban hành kèm theo Quyết định này Quy chế x" + TITLE[1:] + "."),
    (
        "qd",
        "Quyết định này có hiệu lực kể từ ngày 25 tháng 8 năm 2025 và thay thế Quyết định số 19/2021/QĐ-UBND "
        "ngày 07 tháng 5 năm 2021 của Ủy ban nhân dân tỉnh ban hành Quy chế xét tặng danh hiệu thi đua trên địa "
        "bàn tỉnh Hà Tĩnh.",
    ),
    (
        "qd",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Nội vụ; thủ trưởng các sở, ban, ngành, đoàn thể cấp "
        "tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và các cơ quan, đơn vị, cá nhân có liên quan chịu trách "
        "nhiệm thi hành Quyết định này./.",
    ),
    (
        "signature",
        (
            [
                "Nơi nhận:",
                "- Như Điều 3;",
                "- Bộ Nội vụ;",
                "- Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp;",
                "- TT Tỉnh ủy, TT HĐND tỉnh;",
                "- Chủ tịch, các PCT UBND tỉnh;",
                "- Các thành viên Hội đồng TĐ-KT tỉnh;",
                "- Trung tâm Công báo - Tin học tỉnh;",
                "- Lưu: VT, NC.",
            ],
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Dương Tất Khoa"],
        ),
    ),
    ("break", ""),
]

REGULATION = [
    ("header", (HEADER[0][:2], HEADER[1][:2])),
    ("center", "QUY CHẾ"),
    ("centerplain", TITLE),
    (
        "centerplain",
        "(Ban hành kèm theo Quyết định số 38/2025/QĐ-UBND ngày 14 tháng 8 năm 2025 của Ủy ban nhân dân tỉnh Hà Tĩnh)",
    ),
    ("center", "Chương I"),
    ("center", "QUY ĐỊNH CHUNG"),
    ("art", "Phạm vi điều chỉnh"),
    (
        "cl",
        "Quy chế này quy định tiêu chuẩn, hồ sơ, thời hạn, trình tự xét tặng các danh hiệu “Chiến sĩ thi đua "
        "tỉnh”, “Cờ thi đua của Ủy ban nhân dân tỉnh”, “Tập thể lao động xuất sắc” và hoạt động của Hội đồng Thi "
        "đua - Khen thưởng tỉnh trong việc xét tặng các danh hiệu này.",
    ),
    (
        "cl",
        "Những nội dung không quy định tại Quy chế này thực hiện theo Luật Thi đua, khen thưởng, Nghị định số "
        "98/2023/NĐ-CP và Thông tư số 01/2024/TT-BNV.",
    ),
    ("art", "Đối tượng áp dụng"),
    (
        "cl",
        "Cá nhân là cán bộ, công chức, viên chức, người lao động đang công tác tại các cơ quan, tổ chức, đơn vị, "
        "doanh nghiệp thuộc tỉnh quản lý.",
    ),
    (
        "cl",
        "Tập thể cơ quan, tổ chức, đơn vị, doanh nghiệp; các cụm, khối thi đua do Ủy ban nhân dân tỉnh tổ chức.",
    ),
    ("cl", "Hội đồng Thi đua - Khen thưởng tỉnh, Sở Nội vụ và các cơ quan, tổ chức, cá nhân có liên quan."),
    ("art", "Nguyên tắc xét tặng"),
    ("cl", "Việc xét tặng danh hiệu thi đua phải bảo đảm:"),
    ("pt", "Chính xác, công khai, minh bạch, công bằng, kịp thời;"),
    ("pt", "Không xét tặng nhiều danh hiệu thi đua cho cùng một thành tích;"),
    ("pt", "Thành tích đến đâu khen thưởng đến đó; chú trọng tập thể, cá nhân trực tiếp lao động, sản xuất."),
    (
        "cl",
        "Danh hiệu thi đua được xét tặng hằng năm, gắn với kết quả đánh giá, xếp loại chất lượng; không xét tặng "
        "cho tập thể, cá nhân đang bị xem xét kỷ luật hoặc đang bị điều tra, thanh tra, kiểm tra khi có dấu hiệu "
        "vi phạm.",
    ),
    (
        "cl",
        "Tập thể, cá nhân phải đăng ký thi đua từ đầu năm; trường hợp không đăng ký thi đua thì không được xét "
        "tặng danh hiệu thi đua.",
    ),
    ("center", "Chương II"),
    ("center", "TIÊU CHUẨN DANH HIỆU THI ĐUA"),
    ("art", "Danh hiệu “Chiến sĩ thi đua tỉnh”"),
    ("cl", "Danh hiệu “Chiến sĩ thi đua tỉnh” được xét tặng cho cá nhân đạt các tiêu chuẩn sau:"),
    (
        "pt",
        "Có thành tích tiêu biểu xuất sắc, được lựa chọn trong số những cá nhân có 03 lần liên tục đạt danh hiệu "
        "“Chiến sĩ thi đua cơ sở”;",
    ),
    (
        "pt",
        "Có sáng kiến được Hội đồng sáng kiến cấp tỉnh công nhận có phạm vi ảnh hưởng trong tỉnh, hoặc chủ trì "
        "đề tài khoa học cấp tỉnh đã được nghiệm thu và áp dụng hiệu quả;",
    ),
    (
        "pt",
        "Được Hội đồng Thi đua - Khen thưởng tỉnh bỏ phiếu kín với số phiếu đồng ý từ 70% trở lên tính trên "
        "tổng số thành viên Hội đồng.",
    ),
    (
        "cl",
        "Thời điểm xét tặng là năm liền kề với năm cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở” lần thứ ba.",
    ),
    (
        "cl",
        "Số lượng danh hiệu “Chiến sĩ thi đua tỉnh” hằng năm không quá 05% tổng số cá nhân đạt danh hiệu “Chiến "
        "sĩ thi đua cơ sở” của cơ quan, đơn vị, địa phương.",
    ),
    ("art", "Danh hiệu “Cờ thi đua của Ủy ban nhân dân tỉnh”"),
    (
        "cl",
        "Danh hiệu “Cờ thi đua của Ủy ban nhân dân tỉnh” được xét tặng hằng năm cho tập thể đạt các tiêu chuẩn sau:",
    ),
    (
        "typed",
        "a) Hoàn thành vượt mức các chỉ tiêu thi đua và nhiệm vụ được giao trong năm; là tập thể tiêu biểu xuất "
        "sắc của cụm, khối thi đua do Ủy ban nhân dân tỉnh tổ chức;",
    ),
    ("typed", "b) Có nhân tố mới, mô hình mới để các tập thể khác trong cụm, khối học tập;"),
    ("typed", "c) Được các thành viên của cụm, khối thi đua bình xét, suy tôn là đơn vị dẫn đầu;"),
    (
        "typed",
        "d) Thực hiện tốt nghĩa vụ đối với Nhà nước, chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật "
        "của Nhà nước;",
    ),
    (
        "typed",
        "đ) Nội bộ đoàn kết, tích cực thực hành tiết kiệm, chống lãng phí, chống tham nhũng, tiêu cực; không có "
        "cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.",
    ),
    (
        "cl",
        "Số lượng Cờ thi đua xét tặng cho mỗi cụm, khối thi đua không quá 20% tổng số thành viên của cụm, khối; "
        "cụm, khối có dưới 05 thành viên được xét tặng 01 Cờ thi đua.",
    ),
    ("art", "Danh hiệu “Tập thể lao động xuất sắc”"),
    ("cl", "Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, thực hiện tốt nghĩa vụ đối với Nhà nước."),
    ("cl", "Có phong trào thi đua thường xuyên, thiết thực, hiệu quả."),
    (
        "cl",
        "Có 100% cá nhân hoàn thành nhiệm vụ, trong đó có ít nhất 70% cá nhân đạt danh hiệu “Lao động tiên tiến”.",
    ),
    (
        "cl",
        "Có cá nhân đạt danh hiệu “Chiến sĩ thi đua cơ sở” và không có cá nhân bị kỷ luật từ hình thức khiển "
        "trách trở lên.",
    ),
    ("cl", "Nội bộ đoàn kết, gương mẫu chấp hành chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
    ("center", "Chương III"),
    ("center", "HỘI ĐỒNG XÉT TẶNG, HỒ SƠ VÀ THỦ TỤC"),
    ("art", "Hội đồng Thi đua - Khen thưởng tỉnh"),
    (
        "cl",
        "Hội đồng Thi đua - Khen thưởng tỉnh do Chủ tịch Ủy ban nhân dân tỉnh quyết định thành lập, có 11 thành "
        "viên, gồm:",
    ),
    (
        "table",
        [
            ["STT", "Chức danh", "Vai trò trong Hội đồng"],
            ["1", "Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Hội đồng"],
            ["2", "Giám đốc Sở Nội vụ", "Phó Chủ tịch Thường trực"],
            ["3", "Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Phó Chủ tịch"],
            ["4", "Phó Trưởng Ban Tổ chức Tỉnh ủy", "Ủy viên"],
            ["5", "Giám đốc Sở Tài chính", "Ủy viên"],
            ["6", "Giám đốc Sở Giáo dục và Đào tạo", "Ủy viên"],
            ["7", "Giám đốc Sở Y tế", "Ủy viên"],
            ["8", "Giám đốc Sở Khoa học và Công nghệ", "Ủy viên"],
            ["9", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Ủy viên"],
            ["10", "Tổng Biên tập Báo và Phát thanh, Truyền hình Hà Tĩnh", "Ủy viên"],
            ["11", "Phó Giám đốc Sở Nội vụ phụ trách thi đua, khen thưởng", "Ủy viên, Thư ký Hội đồng"],
        ],
    ),
    (
        "cl",
        "Hội đồng họp xét tặng danh hiệu thi đua khi có ít nhất 2/3 tổng số thành viên tham dự; thành viên vắng "
        "mặt gửi phiếu bầu bằng văn bản trước phiên họp.",
    ),
    (
        "cl",
        "Hội đồng làm việc theo chế độ tập thể, biểu quyết bằng hình thức bỏ phiếu kín; kết quả họp được lập "
        "thành biên bản có chữ ký của Chủ tịch Hội đồng và Thư ký Hội đồng.",
    ),
    ("art", "Cơ quan thường trực và Tổ Thư ký"),
    (
        "cl",
        "Sở Nội vụ là cơ quan thường trực của Hội đồng Thi đua - Khen thưởng tỉnh, có nhiệm vụ tiếp nhận, thẩm "
        "định hồ sơ, tổng hợp danh sách đề nghị trình Hội đồng.",
    ),
    (
        "cl",
        "Tổ Thư ký giúp việc Hội đồng do Giám đốc Sở Nội vụ quyết định thành lập, gồm công chức Phòng Thi đua - "
        "Khen thưởng thuộc Sở Nội vụ và đại diện một số sở, ngành liên quan.",
    ),
    (
        "cl",
        "Tổ Thư ký gửi tài liệu, danh sách đề nghị đến các thành viên Hội đồng trước phiên họp ít nhất 03 ngày "
        "làm việc.",
    ),
    ("art", "Hồ sơ đề nghị xét tặng"),
    ("cl", "Hồ sơ đề nghị xét tặng danh hiệu “Chiến sĩ thi đua tỉnh” gồm:"),
    ("pt", "Tờ trình đề nghị của cơ quan, đơn vị, địa phương;"),
    ("pt", "Biên bản họp và kết quả bỏ phiếu kín của Hội đồng thi đua, khen thưởng cấp trình;"),
    (
        "pt",
        "Báo cáo thành tích của cá nhân theo Mẫu số 02 tại Phụ lục ban hành kèm theo Nghị định số 98/2023/NĐ-CP;",
    ),
    (
        "pt",
        "Quyết định công nhận sáng kiến hoặc văn bản xác nhận của Hội đồng sáng kiến cấp tỉnh về phạm vi ảnh "
        "hưởng của sáng kiến.",
    ),
    (
        "cl",
        "Hồ sơ đề nghị xét tặng “Cờ thi đua của Ủy ban nhân dân tỉnh”, “Tập thể lao động xuất sắc” gồm tờ trình, "
        "biên bản họp và báo cáo thành tích của tập thể theo Mẫu số 01 tại Phụ lục ban hành kèm theo Nghị định số "
        "98/2023/NĐ-CP; đối với Cờ thi đua, kèm theo biên bản họp suy tôn của cụm, khối thi đua.",
    ),
    ("cl", "Hồ sơ lập thành 02 bộ (bản chính) và 01 bản điện tử gửi Sở Nội vụ."),
    ("art", "Thời hạn và cách thức gửi hồ sơ"),
    ("cl", "Thời hạn gửi hồ sơ đề nghị xét tặng từng danh hiệu như sau:"),
    (
        "table",
        [
            ["STT", "Danh hiệu thi đua", "Thời hạn gửi hồ sơ", "Nơi tiếp nhận"],
            ["1", "“Chiến sĩ thi đua tỉnh”", "Trước ngày 20 tháng 11 hằng năm", "Sở Nội vụ"],
            [
                "2",
                "“Cờ thi đua của Ủy ban nhân dân tỉnh”",
                "Trước ngày 05 tháng 12 hằng năm",
                "Sở Nội vụ (qua trưởng cụm, khối thi đua)",
            ],
            ["3", "“Tập thể lao động xuất sắc”", "Trước ngày 20 tháng 11 hằng năm", "Sở Nội vụ"],
            [
                "4",
                "Các danh hiệu của ngành Giáo dục và Đào tạo (xét theo năm học)",
                "Trước ngày 10 tháng 7 hằng năm",
                "Sở Nội vụ (qua Sở Giáo dục và Đào tạo)",
            ],
        ],
    ),
    (
        "cl",
        "Hồ sơ gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh; văn bản điện tử có chữ ký số có giá trị "
        "pháp lý như bản giấy.",
    ),
    (
        "cl",
        "Hồ sơ gửi sau thời hạn quy định tại khoản 1 Điều này không được xem xét trong đợt xét tặng của năm đó.",
    ),
    ("art", "Trình tự xét tặng và thời gian thẩm định"),
    (
        "cl",
        "Sở Nội vụ thẩm định hồ sơ trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; tổng hợp, "
        "trình Hội đồng Thi đua - Khen thưởng tỉnh họp xét.",
    ),
    (
        "cl",
        "Trong thời hạn 05 ngày làm việc kể từ ngày Hội đồng họp xét, Sở Nội vụ trình Chủ tịch Ủy ban nhân dân "
        "tỉnh quyết định tặng danh hiệu.",
    ),
    (
        "cl",
        "Danh sách tập thể, cá nhân được tặng danh hiệu được công khai trên Cổng thông tin điện tử tỉnh trong "
        "thời hạn 07 ngày làm việc kể từ ngày ký quyết định.",
    ),
    (
        "cl",
        "Tiền thưởng kèm theo danh hiệu được chi từ Quỹ thi đua, khen thưởng cấp tỉnh do Sở Nội vụ quản lý.",
    ),
    ("center", "Chương IV"),
    ("center", "TỔ CHỨC THỰC HIỆN"),
    ("art", "Trách nhiệm thi hành"),
    (
        "cl",
        "Sở Nội vụ hướng dẫn, kiểm tra việc thực hiện Quy chế này; hằng năm tổng hợp, báo cáo Ủy ban nhân dân "
        "tỉnh kết quả xét tặng trước ngày 31 tháng 01 năm sau.",
    ),
    (
        "cl",
        "Thủ trưởng các sở, ban, ngành, đoàn thể cấp tỉnh, Chủ tịch Ủy ban nhân dân các xã, phường tổ chức quán "
        "triệt, thực hiện Quy chế này và chịu trách nhiệm về tính chính xác của hồ sơ đề nghị.",
    ),
    (
        "cl",
        "Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nội vụ để tổng hợp, báo "
        "cáo Ủy ban nhân dân tỉnh xem xét, sửa đổi, bổ sung cho phù hợp./.",
    ),
]

ABSTRACT_NUM = f"""
<w:abstractNum {nsdecls("w")} w:abstractNumId="{NUM_ID}">
  <w:multiLevelType w:val="multilevel"/>
  <w:lvl w:ilvl="0">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="Điều %1."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr><w:rPr><w:b/></w:rPr>
  </w:lvl>
  <w:lvl w:ilvl="1">
    <w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/><w:lvlText w:val="%2."/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>
  </w:lvl>
  <w:lvl w:ilvl="2">
    <w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:suff w:val="space"/><w:lvlText w:val="%3)"/>
    <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="567"/></w:pPr>
  </w:lvl>
</w:abstractNum>"""


def _add_numbering(document) -> None:
    numbering = document.part.numbering_part.element
    used = {value for element in numbering.iter() for key, value in element.attrib.items() if key.endswith("Id")}
    if str(NUM_ID) in used:
        raise SystemExit(f"numbering id {NUM_ID} is already used by the template")
    abstract = parse_xml(ABSTRACT_NUM)
    first_num = numbering.find(f"{{{numbering.nsmap['w']}}}num")
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)  # every w:abstractNum comes before the w:num elements
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'))


def _numbered(document, text: str, level: int, bold: bool = False):
    paragraph = document.add_paragraph()
    num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
    num_pr.get_or_add_ilvl().val = level
    num_pr.get_or_add_numId().val = NUM_ID
    paragraph.add_run(text).bold = bold
    paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    return paragraph


def _cell_lines(cell, lines: list[str], bold_first: bool = False, center: bool = True) -> None:
    cell.paragraphs[0].text = ""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold_first or line.isupper()
        if center:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def _two_columns(document, left: list[str], right: list[str], center_left: bool = True) -> None:
    table = document.add_table(rows=1, cols=2)
    _cell_lines(table.cell(0, 0), left, center=center_left)
    _cell_lines(table.cell(0, 1), right)


def _grid(document, rows: list[list[str]]) -> None:
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
            if r == 0:
                table.cell(r, c).paragraphs[0].runs[0].bold = True


def build_docx() -> bytes:
    document = Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    _add_numbering(document)
    decision_article = 0
    for kind, value in DECISION + REGULATION:
        if kind == "header":
            _two_columns(document, value[0], value[1])
        elif kind == "signature":
            _two_columns(document, value[0], value[1], center_left=False)
        elif kind in ("center", "centerplain"):
            paragraph = document.add_paragraph()
            paragraph.add_run(value).bold = kind == "center"
            paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("p", "typed"):
            document.add_paragraph(value).paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "qd":
            decision_article += 1
            paragraph = document.add_paragraph()
            paragraph.add_run(f"Điều {decision_article}. ").bold = True
            paragraph.add_run(value)
            paragraph.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "art":
            _numbered(document, value, 0, bold=True)
        elif kind == "cl":
            _numbered(document, value, 1)
        elif kind == "pt":
            _numbered(document, value, 2)
        elif kind == "table":
            _grid(document, value)
        elif kind == "break":
            document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    properties = document.core_properties
    properties.title = "Quy chế xét tặng danh hiệu thi đua tỉnh Hà Tĩnh (tài liệu thử nghiệm)"
    properties.author = "UBND tỉnh Hà Tĩnh"
    properties.last_modified_by = "UBND tỉnh Hà Tĩnh"
    properties.revision = 1
    properties.created = properties.modified = datetime(*STAMP)
    raw = io.BytesIO()
    document.save(raw)
    # python-docx stamps zip members with the current time: rewrite them with a fixed one.
    fixed = io.BytesIO()
    with zipfile.ZipFile(raw) as source, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=STAMP)
            member.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(member, source.read(info.filename))
    return fixed.getvalue()


def build_reference() -> str:
    lines: list[str] = []
    decision_article = article = clause = point = 0
    letters = "abcd"  # automatic points stop at d): Word's lowerLetter would show "e)" where Vietnamese has "đ)"
    for kind, value in DECISION + REGULATION:
        if kind == "header":
            lines += [*value[0], *value[1], ""]
        elif kind == "signature":
            lines += ["", *value[0], "", *[line for line in value[1] if line], ""]
        elif kind in ("center", "centerplain", "p", "typed"):
            lines.append(value)
        elif kind == "qd":
            decision_article += 1
            lines.append(f"Điều {decision_article}. {value}")
        elif kind == "art":
            article, clause = article + 1, 0
            lines.append(f"Điều {article}. {value}")
        elif kind == "cl":
            clause, point = clause + 1, 0
            lines.append(f"{clause}. {value}")
        elif kind == "pt":
            point += 1
            lines.append(f"{letters[point - 1]}) {value}")
        elif kind == "table":
            lines += [" | ".join(row) for row in value]
    return "\n".join(lines) + "\n"


def main() -> None:
    DOCX.write_bytes(build_docx())
    REFERENCE.write_text(build_reference(), encoding="utf-8")
    print(f"wrote {DOCX.name} and {REFERENCE.name}")


if __name__ == "__main__":
    main()
