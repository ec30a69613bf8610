"""Generate docs/luc-ngan-2025-thong-bao-ket-luan-hoi-dong-tdkt.pdf (held-out set S32).

Run with /work/main/.venv/bin/python (fpdf2). One source line is one printed line;
lines are never wrapped by the library, so every source line is one line of the PDF text.
Markers: "@" blank line, "@C" centred bold, "@L" left, "@R" right-aligned block,
"@LR left || right" two columns on one row. Page numbers are printed at the bottom.
"""
import os
import unicodedata

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "luc-ngan-2025-thong-bao-ket-luan-hoi-dong-tdkt.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SIZE = 10.5
LH = 6.2  # line height, mm

SOURCE = """
@LR UBND HUYỆN LỤC NGẠN || CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
@LR HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG || Độc lập - Tự do - Hạnh phúc
@LR Số: 07/TB-HĐTĐKT || Lục Ngạn, ngày 14 tháng 01 năm 2025
@
@C THÔNG BÁO
@C Kết luận của Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng huyện
@C tại phiên họp xét thi đua, khen thưởng tổng kết năm 2024
@
Ngày 10/01/2025, tại Phòng họp số 2, Ủy ban nhân dân huyện, Hội đồng Thi đua - Khen
thưởng huyện họp phiên thường kỳ để xét danh hiệu thi đua và hình thức khen thưởng
tổng kết năm 2024. Đồng chí Hoàng Minh Đức, Phó Chủ tịch Ủy ban nhân dân huyện,
Phó Chủ tịch Thường trực Hội đồng chủ trì phiên họp. Dự họp có 15/17 thành viên
Hội đồng; vắng 02 thành viên có lý do. Sau khi nghe Phòng Nội vụ (cơ quan thường trực
của Hội đồng) báo cáo kết quả tổng hợp, thẩm định hồ sơ và ý kiến thảo luận của các
thành viên, đồng chí chủ trì kết luận như sau:
@
1. Đánh giá chung
a) Công tác thi đua, khen thưởng năm 2024 được triển khai kịp thời; có 46/48 cơ quan,
đơn vị và 28/28 xã, thị trấn gửi hồ sơ đề nghị khen thưởng đúng thời hạn.
b) Hồ sơ của một số đơn vị còn thiếu biên bản họp Hội đồng cấp cơ sở, báo cáo thành
tích chưa nêu rõ số liệu so sánh với năm 2023; 02 đơn vị gửi hồ sơ chậm là Trung tâm
Y tế huyện và Ban Quản lý dự án đầu tư xây dựng huyện.
c) Tổng số phiếu hợp lệ tại phiên họp là 15 phiếu; danh hiệu được đề nghị khi đạt
từ 70% tổng số phiếu hợp lệ trở lên.
@
2. Kết quả bỏ phiếu các danh hiệu thi đua
a) Cờ thi đua của Ủy ban nhân dân tỉnh: thống nhất đề nghị 02 tập thể là xã Kiên
Thành (đạt 93,3% số phiếu) và Trường THCS thị trấn Chũ (đạt 86,7% số phiếu).
b) Cờ thi đua của Ủy ban nhân dân huyện: thống nhất tặng 05 tập thể dẫn đầu các
cụm, khối thi đua, tỷ lệ phiếu từ 80,0% đến 100%.
c) Danh hiệu "Tập thể lao động xuất sắc": đề nghị 11 tập thể; danh hiệu "Tập thể
lao động tiên tiến": công nhận 52 tập thể.
d) Danh hiệu "Chiến sĩ thi đua cấp tỉnh": đề nghị 04 cá nhân, trong đó bà Ngô Thị
Thu Hằng, Hiệu trưởng Trường Tiểu học Phượng Sơn đạt 100% số phiếu.
đ) Danh hiệu "Chiến sĩ thi đua cơ sở": công nhận 37 cá nhân; 01 cá nhân không đạt
do tỷ lệ phiếu 60,0%, thấp hơn mức quy định.
@
3. Kết quả xét hình thức khen thưởng
a) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh: đề nghị 05 tập thể và 09 cá nhân có
thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024.
b) Giấy khen của Chủ tịch Ủy ban nhân dân huyện: tặng 24 tập thể và 61 cá nhân; tặng
06 hộ gia đình có thành tích trong xây dựng nông thôn mới kiểu mẫu.
c) Tổng kinh phí khen thưởng cấp huyện là 96.450.000 đồng, chi từ Quỹ thi đua,
khen thưởng của huyện năm 2025.
d) Khen thưởng theo chuyên đề "Chung tay xóa nhà tạm, nhà dột nát" được xét riêng,
không tính vào số lượng khen thưởng tổng kết năm 2024.
@
4. Các trường hợp chưa xem xét
a) Tạm dừng xét đề nghị "Chiến sĩ thi đua cấp tỉnh" đối với 01 cá nhân thuộc Phòng
Tài chính - Kế hoạch do đang xem xét đơn phản ánh; Phòng Nội vụ báo cáo kết quả
xác minh tại phiên họp quý I năm 2025.
b) Chưa xét danh hiệu "Chiến sĩ thi đua cơ sở" đối với 03 cá nhân của Trường Mầm
non Hoa Sen vì sáng kiến chưa được Hội đồng sáng kiến huyện công nhận.
c) Không xét Cờ thi đua của Ủy ban nhân dân huyện đối với Hợp tác xã Vải thiều
Thanh Hà do hồ sơ gửi sau ngày 31/12/2024.
@
5. Giao nhiệm vụ
a) Phòng Nội vụ hoàn thiện hồ sơ, trình Chủ tịch Ủy ban nhân dân huyện ký quyết định
khen thưởng trước ngày 20/01/2025; tham mưu tờ trình đề nghị khen thưởng cấp tỉnh
gửi Ban Thi đua - Khen thưởng tỉnh trước ngày 24/01/2025.
b) Các cơ quan, đơn vị có trường hợp nêu tại điểm b mục 4 bổ sung hồ sơ trước ngày
28/02/2025 để xét tại phiên họp tháng 3/2025.
c) Văn phòng HĐND và UBND huyện đăng tải danh sách đề nghị khen thưởng cấp tỉnh trên
Trang thông tin điện tử huyện trong thời gian 05 ngày làm việc để lấy ý kiến.
d) Trung tâm Văn hóa, Thể thao và Truyền thông phối hợp chuẩn bị Hội nghị tổng kết
công tác thi đua, khen thưởng năm 2024, tổ chức vào ngày 14/02/2025.
đ) Phòng Tài chính - Kế hoạch bảo đảm kinh phí khen thưởng trước ngày 10/02/2025.
@
Trên đây là kết luận của Phó Chủ tịch Thường trực Hội đồng Thi đua - Khen thưởng
huyện tại phiên họp ngày 10/01/2025, thông báo để các cơ quan, đơn vị biết, thực hiện./.
@
@L Nơi nhận:
@L - Thường trực Huyện ủy (b/c);
@L - Thường trực HĐND huyện (b/c);
@L - Chủ tịch, các PCT UBND huyện;
@L - Thành viên Hội đồng TĐKT huyện;
@L - Các cơ quan, đơn vị, UBND các xã, thị trấn;
@L - Lưu: VT, NV.
@
@R TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG
@R KT. CHỦ TỊCH
@R PHÓ CHỦ TỊCH THƯỜNG TRỰC
@
@
@R Hoàng Minh Đức
"""


class Doc(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 10)
        self.cell(0, 8, str(self.page_no()), align="C")


def main():
    pdf = Doc(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.set_title("Thong bao ket luan 07/TB-HDTDKT")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 1, 14, 9, 0, 0))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for raw in SOURCE.strip("\n").split("\n"):
        line = unicodedata.normalize("NFC", raw)
        if line == "@":
            pdf.ln(LH * 0.6)
            continue
        style, align, text = "", "L", line
        if line.startswith("@LR "):
            left, right = line[4:].split(" || ")
            pdf.set_font("DejaVu", "B", SIZE)
            pdf.cell(width / 2, LH, left, align="L")
            pdf.cell(width / 2, LH, right, align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        if line.startswith("@C "):
            style, align, text = "B", "C", line[3:]
        elif line.startswith("@L "):
            text = line[3:]
        elif line.startswith("@R "):
            style, align, text = "B", "R", line[3:]
        elif line[:2] in {f"{n}." for n in range(1, 10)}:
            style = "B"
        pdf.set_font("DejaVu", style, SIZE)
        if pdf.get_string_width(text) > width:
            raise SystemExit(f"line too wide: {text}")
        pdf.cell(width, LH, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)
    print(OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    main()
