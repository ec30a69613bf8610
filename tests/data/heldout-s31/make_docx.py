"""Generate docs/ha-giang-2024-quy-che-thi-dua-benh-vien-da-khoa.docx (held-out set S31).

Run with /work/main/.venv/bin/python tests/data/heldout-s31/make_docx.py
All facts, numbers, names and phone numbers are invented.
"""
import datetime
import os
from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "ha-giang-2024-quy-che-thi-dua-benh-vien-da-khoa.docx")

BEFORE_TABLE = """SỞ Y TẾ TỈNH HÀ GIANG
BỆNH VIỆN ĐA KHOA TỈNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1462/QĐ-BVĐK
Hà Giang, ngày 18 tháng 10 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế thi đua, khen thưởng của Bệnh viện Đa khoa tỉnh Hà Giang
GIÁM ĐỐC BỆNH VIỆN ĐA KHOA TỈNH HÀ GIANG
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;
Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
Căn cứ Quyết định số 327/QĐ-SYT ngày 04 tháng 3 năm 2024 của Sở Y tế tỉnh Hà Giang quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bệnh viện Đa khoa tỉnh;
Theo đề nghị của Trưởng phòng Tổ chức cán bộ và ý kiến thống nhất của Hội đồng Thi đua - Khen thưởng Bệnh viện tại cuộc họp ngày 09 tháng 10 năm 2024.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Bệnh viện Đa khoa tỉnh Hà Giang, gồm 04 chương, 14 điều.
Điều 2. Quyết định này có hiệu lực kể từ ngày 01 tháng 11 năm 2024 và thay thế Quyết định số 905/QĐ-BVĐK ngày 12 tháng 6 năm 2021 của Giám đốc Bệnh viện ban hành Quy chế thi đua, khen thưởng.
Điều 3. Trưởng phòng Tổ chức cán bộ, Trưởng phòng Tài chính - Kế toán, trưởng các khoa, phòng, trung tâm thuộc Bệnh viện và viên chức, người lao động chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- Sở Y tế (b/c);
- Ban Giám đốc;
- Công đoàn, Đoàn Thanh niên Bệnh viện;
- Trang thông tin điện tử Bệnh viện;
- Lưu: VT, TCCB.
GIÁM ĐỐC
(Đã ký)
Hoàng Văn Thuận
QUY CHẾ
Thi đua, khen thưởng của Bệnh viện Đa khoa tỉnh Hà Giang
(Ban hành kèm theo Quyết định số 1462/QĐ-BVĐK ngày 18 tháng 10 năm 2024 của Giám đốc Bệnh viện Đa khoa tỉnh Hà Giang)
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy chế này quy định nội dung, hình thức tổ chức thi đua; danh hiệu thi đua và tiêu chuẩn; hình thức, thẩm quyền, hồ sơ, thủ tục khen thưởng; Hội đồng Thi đua - Khen thưởng và quỹ thi đua, khen thưởng của Bệnh viện Đa khoa tỉnh Hà Giang (sau đây gọi là Bệnh viện).
2. Quy chế này áp dụng đối với:
a) Các khoa, phòng, trung tâm trực thuộc Bệnh viện (sau đây gọi chung là khoa, phòng);
b) Viên chức và người lao động làm việc theo hợp đồng lao động có thời hạn từ 12 tháng trở lên tại Bệnh viện;
c) Học viên, bác sĩ nội trú, người đến thực hành tại Bệnh viện chỉ được xem xét khen thưởng đột xuất theo quy định tại Điều 8 Quy chế này.
Điều 2. Nguyên tắc thi đua, khen thưởng
1. Thi đua thực hiện trên nguyên tắc tự nguyện, tự giác, công khai, đoàn kết, hợp tác cùng phát triển; mỗi khoa, phòng đăng ký thi đua bằng văn bản gửi Phòng Tổ chức cán bộ trước ngày 31 tháng 01 hằng năm.
2. Việc xét tặng danh hiệu thi đua căn cứ vào phong trào thi đua và kết quả đánh giá, xếp loại chất lượng viên chức hằng năm; không xét tặng danh hiệu thi đua cho cá nhân, tập thể không đăng ký thi đua.
3. Việc bình xét tại khoa, phòng được tiến hành khi có ít nhất 2/3 tổng số thành viên dự họp; cá nhân, tập thể được đề nghị khi đạt tỷ lệ phiếu đồng ý từ 70% trở lên tính trên tổng số thành viên của khoa, phòng.
4. Một hình thức khen thưởng có thể tặng nhiều lần cho một đối tượng; không tặng nhiều hình thức khen thưởng cho một thành tích đạt được.
Điều 3. Hình thức tổ chức thi đua
1. Thi đua thường xuyên được tổ chức theo năm công tác, tính từ ngày 01 tháng 12 năm trước đến ngày 30 tháng 11 của năm xét thi đua.
2. Thi đua theo đợt hoặc theo chuyên đề được tổ chức để thực hiện nhiệm vụ trọng tâm trong thời gian xác định, gồm:
a) Phong trào "Xanh - Sạch - Đẹp - An toàn người bệnh" do Công đoàn Bệnh viện chủ trì, sơ kết vào tháng 6 hằng năm;
b) Phong trào "Đổi mới phong cách, thái độ phục vụ của người làm công tác y tế hướng tới sự hài lòng của người bệnh";
c) Các đợt thi đua ngắn ngày do Giám đốc phát động, có thời gian không quá 03 tháng.
Chương II
DANH HIỆU THI ĐUA VÀ TIÊU CHUẨN
Điều 4. Danh hiệu thi đua
1. Danh hiệu thi đua đối với cá nhân gồm: "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Chiến sĩ thi đua cấp tỉnh".
2. Danh hiệu thi đua đối với tập thể gồm: "Tập thể lao động tiên tiến", "Tập thể lao động xuất sắc".
Điều 5. Tiêu chuẩn danh hiệu "Lao động tiên tiến"
1. Danh hiệu "Lao động tiên tiến" được xét tặng cho cá nhân đạt đủ các tiêu chuẩn sau:
a) Được đánh giá, xếp loại hoàn thành tốt nhiệm vụ trở lên;
b) Chấp hành tốt chủ trương, chính sách của Đảng, pháp luật của Nhà nước và quy tắc ứng xử của viên chức ngành y tế;
c) Trong năm không có phản ánh, khiếu nại đúng của người bệnh hoặc thân nhân người bệnh về thái độ phục vụ.
2. Cá nhân nghỉ việc từ 40 ngày làm việc trở lên trong năm thì không được xét; thời gian nghỉ thai sản, nghỉ do bị thương khi làm nhiệm vụ được tính để xét.
3. Cá nhân mới tuyển dụng có thời gian công tác tại Bệnh viện dưới 10 tháng trong năm thì không xét tặng danh hiệu "Lao động tiên tiến".
Điều 6. Tiêu chuẩn danh hiệu "Chiến sĩ thi đua cơ sở" và "Chiến sĩ thi đua cấp tỉnh"
1. Danh hiệu "Chiến sĩ thi đua cơ sở" được xét tặng cho cá nhân đạt danh hiệu "Lao động tiên tiến" và có một trong các thành tích sau:
a) Có sáng kiến được Hội đồng sáng kiến Bệnh viện công nhận và áp dụng hiệu quả tại Bệnh viện;
b) Chủ nhiệm đề tài nghiên cứu khoa học cấp cơ sở được nghiệm thu đạt loại khá trở lên;
c) Trực tiếp thực hiện thành công kỹ thuật mới, kỹ thuật vượt tuyến được Sở Y tế phê duyệt.
2. Số cá nhân được công nhận danh hiệu "Chiến sĩ thi đua cơ sở" không quá 15% tổng số cá nhân đạt danh hiệu "Lao động tiên tiến" của Bệnh viện.
3. Danh hiệu "Chiến sĩ thi đua cấp tỉnh" do Bệnh viện đề nghị Chủ tịch Ủy ban nhân dân tỉnh xét tặng cho cá nhân có 03 lần liên tục đạt danh hiệu "Chiến sĩ thi đua cơ sở" và có sáng kiến được Hội đồng sáng kiến cấp tỉnh công nhận có phạm vi ảnh hưởng cấp tỉnh.
Điều 7. Tiêu chuẩn danh hiệu thi đua đối với tập thể
1. Danh hiệu "Tập thể lao động tiên tiến" được xét tặng cho khoa, phòng đạt các tiêu chuẩn sau:
a) Hoàn thành tốt nhiệm vụ và kế hoạch được giao;
b) Có ít nhất 70% cá nhân trong tập thể đạt danh hiệu "Lao động tiên tiến";
c) Không có cá nhân bị kỷ luật từ hình thức cảnh cáo trở lên.
2. Danh hiệu "Tập thể lao động xuất sắc" được xét tặng cho khoa, phòng đạt các tiêu chuẩn sau:
a) Sáng tạo, vượt khó hoàn thành xuất sắc nhiệm vụ, thực hiện tốt các nghĩa vụ đối với Nhà nước;
b) 100% cá nhân hoàn thành nhiệm vụ được giao, trong đó có ít nhất 70% cá nhân đạt danh hiệu "Lao động tiên tiến";
c) Có cá nhân đạt danh hiệu "Chiến sĩ thi đua cơ sở" và không có cá nhân bị kỷ luật từ hình thức khiển trách trở lên.
3. Số tập thể được đề nghị tặng danh hiệu "Tập thể lao động xuất sắc" không quá 20% tổng số tập thể đạt danh hiệu "Tập thể lao động tiên tiến" của Bệnh viện.
Chương III
HÌNH THỨC, THẨM QUYỀN, HỘI ĐỒNG VÀ THỦ TỤC KHEN THƯỞNG
Điều 8. Hình thức khen thưởng
1. Giấy khen của Giám đốc Bệnh viện được tặng cho:
a) Cá nhân hoàn thành tốt nhiệm vụ, có thành tích được bình xét trong phong trào thi đua theo đợt hoặc chuyên đề;
b) Tập thể hoàn thành tốt nhiệm vụ, nội bộ đoàn kết, thực hiện tốt quy chế dân chủ ở cơ sở;
c) Cá nhân, tập thể có thành tích đột xuất như cấp cứu thành công người bệnh nguy kịch, phát hiện và ngăn chặn sai sót chuyên môn.
2. Bệnh viện đề nghị Giám đốc Sở Y tế tặng Giấy khen cho cá nhân có 02 năm liên tục đạt danh hiệu "Lao động tiên tiến" và có thành tích xuất sắc được Hội đồng Bệnh viện lựa chọn.
3. Bệnh viện đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho cá nhân, tập thể có thành tích xuất sắc tiêu biểu, ưu tiên người trực tiếp khám bệnh, chữa bệnh.
Điều 9. Thẩm quyền quyết định khen thưởng
1. Giám đốc Bệnh viện quyết định công nhận danh hiệu "Lao động tiên tiến", "Chiến sĩ thi đua cơ sở", "Tập thể lao động tiên tiến" và tặng Giấy khen của Giám đốc Bệnh viện.
2. Danh hiệu "Tập thể lao động xuất sắc", "Chiến sĩ thi đua cấp tỉnh" và Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh do Giám đốc Bệnh viện trình cấp có thẩm quyền thông qua Sở Y tế.
3. Phó Giám đốc được Giám đốc ủy quyền ký quyết định khen thưởng đột xuất khi Giám đốc đi công tác từ 05 ngày làm việc trở lên.
Điều 10. Hội đồng Thi đua - Khen thưởng Bệnh viện
1. Hội đồng Thi đua - Khen thưởng Bệnh viện (sau đây gọi là Hội đồng) do Giám đốc quyết định thành lập, gồm 11 thành viên:
a) Chủ tịch Hội đồng: Giám đốc Bệnh viện;
b) Phó Chủ tịch Hội đồng: Phó Giám đốc phụ trách chuyên môn và Chủ tịch Công đoàn Bệnh viện;
c) Ủy viên thường trực: Trưởng phòng Tổ chức cán bộ;
d) Các ủy viên: Trưởng phòng Kế hoạch tổng hợp, Trưởng phòng Điều dưỡng, Trưởng phòng Tài chính - Kế toán, Trưởng phòng Quản lý chất lượng, Bí thư Đoàn Thanh niên, trưởng khoa Hồi sức tích cực - Chống độc và trưởng khoa Khám bệnh.
2. Hội đồng họp định kỳ 02 lần trong năm vào tháng 6 và tháng 12; cuộc họp chỉ được tiến hành khi có mặt ít nhất 3/4 số thành viên. Cá nhân được đề nghị công nhận danh hiệu "Chiến sĩ thi đua cơ sở" phải được ít nhất 2/3 tổng số thành viên Hội đồng bỏ phiếu kín đồng ý.
3. Phòng Tổ chức cán bộ là cơ quan thường trực của Hội đồng, có nhiệm vụ tiếp nhận, thẩm định hồ sơ, tổng hợp danh sách, chuẩn bị nội dung họp và dự thảo quyết định khen thưởng.
Điều 11. Hồ sơ đề nghị khen thưởng
1. Hồ sơ đề nghị công nhận danh hiệu thi đua và tặng Giấy khen của Giám đốc Bệnh viện gồm:
a) Tờ trình của khoa, phòng kèm danh sách cá nhân, tập thể được đề nghị;
b) Biên bản họp bình xét thi đua của khoa, phòng, ghi rõ số người dự họp và số phiếu đồng ý;
c) Báo cáo thành tích của cá nhân đề nghị danh hiệu "Chiến sĩ thi đua cơ sở", có xác nhận của trưởng khoa, phòng, kèm bản sao quyết định công nhận sáng kiến hoặc biên bản nghiệm thu đề tài.
2. Hồ sơ đề nghị cấp trên khen thưởng gồm tờ trình của Bệnh viện, biên bản họp Hội đồng, báo cáo thành tích có xác nhận của Giám đốc Bệnh viện và bản điện tử (định dạng .pdf) gửi qua Hệ thống quản lý văn bản và điều hành của tỉnh.
3. Bản sao các giấy tờ trong hồ sơ phải là bản sao chứng thực hoặc bản sao có xác nhận của Phòng Tổ chức cán bộ sau khi đối chiếu với bản chính.
Điều 12. Thời hạn, số lượng hồ sơ và trình tự xét
1. Thời hạn nộp và số lượng hồ sơ được quy định như sau:"""

TABLE = [
    ["STT", "Nội dung đề nghị", "Số lượng hồ sơ", "Thời hạn nộp về Phòng Tổ chức cán bộ"],
    ["1", "Danh hiệu \"Lao động tiên tiến\", \"Tập thể lao động tiên tiến\"", "01 bộ (bản chính)", "Trước ngày 05 tháng 12 hằng năm"],
    ["2", "Danh hiệu \"Chiến sĩ thi đua cơ sở\", Giấy khen của Giám đốc Bệnh viện", "02 bộ (bản chính)", "Trước ngày 15 tháng 12 hằng năm"],
    ["3", "Danh hiệu \"Tập thể lao động xuất sắc\", Giấy khen của Giám đốc Sở Y tế", "03 bộ (01 bản chính, 02 bản sao)", "Trước ngày 20 tháng 12 hằng năm"],
    ["4", "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, danh hiệu \"Chiến sĩ thi đua cấp tỉnh\"", "04 bộ (01 bản chính, 03 bản sao)", "Trước ngày 10 tháng 01 năm sau"],
    ["5", "Khen thưởng đột xuất", "01 bộ (bản chính)", "Trong 03 ngày làm việc kể từ ngày lập được thành tích"],
]

AFTER_TABLE = """2. Trong thời hạn 07 ngày làm việc kể từ ngày hết hạn nộp hồ sơ, Phòng Tổ chức cán bộ thẩm định, tổng hợp và trình Hội đồng họp xét.
3. Hồ sơ không đủ thành phần hoặc không đúng mẫu được trả lại khoa, phòng trong thời hạn 02 ngày làm việc kể từ ngày nhận để bổ sung.
4. Kết quả họp Hội đồng được công khai trên Trang thông tin điện tử Bệnh viện trong thời gian 05 ngày làm việc trước khi Giám đốc ký quyết định; ý kiến phản ánh gửi về Phòng Tổ chức cán bộ trong thời gian công khai.
Chương IV
QUỸ THI ĐUA, KHEN THƯỞNG VÀ TỔ CHỨC THỰC HIỆN
Điều 13. Quỹ thi đua, khen thưởng và mức tiền thưởng
1. Quỹ thi đua, khen thưởng của Bệnh viện được trích từ quỹ khen thưởng, phúc lợi hình thành từ chênh lệch thu lớn hơn chi hoạt động thường xuyên theo quy chế chi tiêu nội bộ; Phòng Tài chính - Kế toán quản lý và chi trả.
2. Mức tiền thưởng kèm theo danh hiệu thi đua và hình thức khen thưởng của Giám đốc Bệnh viện:
a) Danh hiệu "Lao động tiên tiến": 350.000 đồng/người;
b) Danh hiệu "Chiến sĩ thi đua cơ sở": 1.200.000 đồng/người;
c) Danh hiệu "Tập thể lao động tiên tiến": 900.000 đồng/tập thể;
d) Giấy khen của Giám đốc Bệnh viện: 500.000 đồng/cá nhân và 1.000.000 đồng/tập thể.
3. Tiền thưởng được chi trả trong thời hạn 30 ngày kể từ ngày có quyết định khen thưởng.
Điều 14. Tổ chức thực hiện
1. Phòng Tổ chức cán bộ chủ trì, phối hợp với Công đoàn Bệnh viện hướng dẫn, theo dõi, kiểm tra việc thực hiện Quy chế này và tổng hợp kết quả thi đua, khen thưởng báo cáo Sở Y tế trước ngày 25 tháng 01 năm sau.
2. Trưởng các khoa, phòng có trách nhiệm phổ biến Quy chế này đến viên chức, người lao động và tổ chức bình xét thi đua tại đơn vị.
3. Trong quá trình thực hiện, nếu có vướng mắc, các khoa, phòng phản ánh về Phòng Tổ chức cán bộ (điện thoại 0219 3866 214, đầu mối: bà Lý Thị Hoài Thu, chuyên viên chính) để tổng hợp, báo cáo Giám đốc xem xét, sửa đổi, bổ sung cho phù hợp./."""

BOLD_PREFIXES = ("Điều ", "Chương ", "QUYẾT ĐỊNH", "QUY CHẾ", "GIÁM ĐỐC", "CỘNG HÒA", "SỞ Y TẾ",
                 "BỆNH VIỆN", "QUY ĐỊNH CHUNG", "DANH HIỆU THI ĐUA", "HÌNH THỨC, THẨM", "QUỸ THI ĐUA, KHEN THƯỞNG VÀ")


def add_par(doc, text):
    p = doc.add_paragraph()  # ordinary paragraph, style Normal: no Word heading styles
    run = p.add_run(text)
    if text.startswith(BOLD_PREFIXES):
        run.bold = True
    return p


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for line in BEFORE_TABLE.split("\n"):
        add_par(doc, line)
    t = doc.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    t.style = "Table Grid"
    for i, row in enumerate(TABLE):
        for j, cell in enumerate(row):
            t.cell(i, j).text = cell
            if i == 0:
                for r in t.cell(i, j).paragraphs[0].runs:
                    r.bold = True
    for line in AFTER_TABLE.split("\n"):
        add_par(doc, line)
    doc.core_properties.title = "Quy chế thi đua, khen thưởng - Bệnh viện Đa khoa tỉnh Hà Giang"
    doc.core_properties.author = "BVĐK tỉnh Hà Giang"
    doc.core_properties.created = datetime.datetime(2024, 10, 18, 8, 0, 0)
    doc.core_properties.modified = datetime.datetime(2024, 10, 18, 8, 0, 0)
    doc.core_properties.last_modified_by = "BVĐK tỉnh Hà Giang"
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()
