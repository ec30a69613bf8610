"""Generate docs/cho-lach-2025-thong-bao-ket-luan-hoi-dong-tdkt.pdf (held-out set S35).

Run: /work/main/.venv/bin/python make_pdf.py
A text PDF of 2 pages made with fpdf2, font DejaVu Sans embedded. Every source line below is one
printed line (the script stops if a line is wider than the text area), so every line is one line
of the text pypdfium2 extracts. The page number "Trang n/2" is printed at the bottom of each page.
Everything in it is invented.
"""
import datetime
import os

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "cho-lach-2025-thong-bao-ket-luan-hoi-dong-tdkt.pdf")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONT_I = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf"

# (style, text): "" body, "B" bold, "C" centred, "CB" centred bold, "I" italic, "R" right-aligned,
# "RB" right-aligned bold, "H" two-column header "left||right". "PAGE" starts page 2.
LINES = [
    ("H", "ỦY BAN NHÂN DÂN||CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("H", "HUYỆN CHỢ LÁCH||Độc lập - Tự do - Hạnh phúc"),
    ("H", "Số: 09/TB-UBND||Chợ Lách, ngày 17 tháng 01 năm 2025"),
    ("CB", "THÔNG BÁO"),
    ("CB", "Kết luận của Chủ tịch Ủy ban nhân dân huyện - Chủ tịch Hội đồng Thi đua -"),
    ("CB", "Khen thưởng huyện tại cuộc họp xét khen thưởng tổng kết năm 2024"),
    ("", "Ngày 15/01/2025, tại Phòng họp số 2, Ủy ban nhân dân huyện, Hội đồng Thi đua - Khen"),
    ("", "thưởng huyện họp xét, đề nghị danh hiệu thi đua và hình thức khen thưởng tổng kết"),
    ("", "năm 2024. Chủ trì cuộc họp: ông Lê Văn Phước, Chủ tịch Ủy ban nhân dân huyện - Chủ"),
    ("", "tịch Hội đồng; dự họp có 11/13 thành viên Hội đồng (vắng 02 thành viên có lý do)."),
    ("", "Dự họp có đại diện lãnh đạo Ban Tuyên giáo Huyện ủy, Ủy ban Mặt trận Tổ quốc Việt"),
    ("", "Nam huyện; thư ký cuộc họp: bà Huỳnh Thị Ngọc Mai, chuyên viên Phòng Nội vụ."),
    ("", "Sau khi nghe Phòng Nội vụ (cơ quan thường trực Hội đồng) báo cáo kết quả thẩm định hồ"),
    ("", "sơ và ý kiến của các thành viên, Chủ tịch Hội đồng kết luận như sau:"),
    ("B", "1. Kết quả tiếp nhận và thẩm định hồ sơ"),
    ("", "a) Phòng Nội vụ đã tiếp nhận hồ sơ của 46 cơ quan, đơn vị, xã, thị trấn, đề nghị khen"),
    ("", "thưởng cho 71 tập thể và 158 cá nhân; 03 đơn vị nộp hồ sơ sau ngày 06/01/2025 vẫn"),
    ("", "được Hội đồng đồng ý xem xét trong đợt này."),
    ("", "b) Có 05 hồ sơ chưa đạt yêu cầu (thiếu biên bản họp xét hoặc báo cáo thành tích chưa"),
    ("", "có xác nhận của cấp trình), Phòng Nội vụ đã trả lại để đơn vị bổ sung."),
    ("", "c) Tỷ lệ cá nhân là lãnh đạo, quản lý trong tổng số cá nhân đề nghị Bằng khen của"),
    ("", "Chủ tịch Ủy ban nhân dân tỉnh là 22,2%, bảo đảm không vượt quá 25% theo hướng dẫn."),
    ("", "d) Số đơn vị gửi hồ sơ điện tử qua Hệ thống quản lý văn bản và điều hành là 41/46"),
    ("", "đơn vị, đạt tỷ lệ 89,1%."),
    ("B", "2. Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua và Bằng khen"),
    ("", "a) Cờ thi đua của Ủy ban nhân dân tỉnh (01 tập thể): Ủy ban nhân dân xã Long Thới,"),
    ("", "đơn vị dẫn đầu Cụm thi đua số 3 của huyện. Kết quả bỏ phiếu kín: 10/11 phiếu đồng"),
    ("", "ý, đạt tỷ lệ 90,9%."),
    ("", "b) Danh hiệu \"Tập thể lao động xuất sắc\" (04 tập thể):"),
    ("", "- Phòng Tài chính - Kế hoạch huyện;"),
    ("", "- Trường Trung học cơ sở Vĩnh Thành;"),
    ("", "- Trạm Y tế xã Phú Phụng;"),
    ("", "- Ủy ban nhân dân xã Hòa Nghĩa."),
    ("", "c) Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 05 tập thể và 09 cá nhân, trong"),
    ("", "đó: Ủy ban nhân dân xã Sơn Định, Phòng Giáo dục và Đào tạo huyện, Trung tâm Y tế"),
    ("", "huyện, Hội Nông dân huyện, Công an xã Tân Thiềng (tập thể); danh sách 09 cá nhân"),
    ("", "kèm theo biên bản cuộc họp. Trường hợp ông Nguyễn Hữu Tài, Phó Trưởng phòng Nông"),
    ("", "nghiệp và Phát triển nông thôn đạt 8/11 phiếu (72,7%), đủ điều kiện đề nghị."),
    ("B", "3. Danh hiệu \"Chiến sĩ thi đua cấp tỉnh\""),
    ("", "a) Thống nhất đề nghị 02 cá nhân: bà Trần Ngọc Bích, Trưởng khoa Nội, Trung tâm Y"),
    ("", "tế huyện; ông Phạm Minh Khải, Hiệu trưởng Trường THCS Hưng Khánh Trung A. Cả"),
    ("", "hai trường hợp đạt 11/11 phiếu đồng ý (100%)."),
    ("", "b) Tạm hoãn xét đối với trường hợp ông Võ Thành Nhân, chuyên viên Phòng Kinh tế -"),
    ("", "Hạ tầng, do sáng kiến chưa có quyết định công nhận của Hội đồng sáng kiến cấp tỉnh;"),
    ("", "Hội đồng sẽ xem xét lại tại phiên họp bổ sung dự kiến trong tháng 3/2025, khi đơn vị"),
    ("", "nộp bổ sung quyết định công nhận sáng kiến."),
    ("", "c) Hồ sơ đề nghị danh hiệu \"Chiến sĩ thi đua cấp tỉnh\" lập 03 bộ, kèm bản điện tử,"),
    ("", "gửi Ban Thi đua - Khen thưởng tỉnh cùng tờ trình của Ủy ban nhân dân huyện."),
    ("PAGE", ""),
    ("B", "4. Khen thưởng thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân huyện"),
    ("", "a) Công nhận danh hiệu \"Tập thể lao động tiên tiến\" cho 38 tập thể và danh hiệu"),
    ("", "\"Chiến sĩ thi đua cơ sở\" cho 27 cá nhân."),
    ("", "b) Tặng Giấy khen của Chủ tịch Ủy ban nhân dân huyện cho 19 tập thể và 64 cá nhân có"),
    ("", "thành tích xuất sắc trong thực hiện nhiệm vụ năm 2024."),
    ("", "c) Không xét danh hiệu thi đua đối với Ủy ban nhân dân xã Phú Sơn do có 01 công chức"),
    ("", "bị kỷ luật hình thức cảnh cáo trong năm 2024."),
    ("", "d) Tổng kinh phí khen thưởng thuộc thẩm quyền huyện dự kiến 186.450.000 đồng, chi từ"),
    ("", "Quỹ thi đua, khen thưởng của huyện năm 2025."),
    ("B", "5. Giao nhiệm vụ"),
    ("", "a) Phòng Nội vụ hoàn chỉnh hồ sơ, trình Chủ tịch Ủy ban nhân dân huyện ký tờ trình đề"),
    ("", "nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng trước ngày 22/01/2025; tham mưu quyết"),
    ("", "định khen thưởng thuộc thẩm quyền huyện trong 05 ngày làm việc kể từ ngày ban hành"),
    ("", "Thông báo này."),
    ("", "b) Các đơn vị có hồ sơ bị trả lại gửi hồ sơ bổ sung về Phòng Nội vụ chậm nhất ngày"),
    ("", "21/01/2025; quá thời hạn trên, hồ sơ không được tổng hợp trình khen thưởng năm 2024."),
    ("", "c) Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện đăng danh sách đề nghị khen"),
    ("", "thưởng trên Cổng thông tin điện tử huyện trong thời gian 05 ngày làm việc để lấy ý"),
    ("", "kiến; ý kiến phản hồi gửi về Phòng Nội vụ (số 12 đường 30/4, thị trấn Chợ Lách), điện"),
    ("", "thoại 0275.3871.309, e-mail phongnoivu.cholach@gmail.com."),
    ("", "d) Phòng Tài chính - Kế hoạch phối hợp Phòng Nội vụ bố trí kinh phí khen thưởng, bảo"),
    ("", "đảm chi trả trước Hội nghị tổng kết."),
    ("", "e) Đầu mối liên hệ: ông Lâm Quốc Việt, Phó Trưởng phòng Nội vụ, điện thoại"),
    ("", "0919.276.455."),
    ("B", "6. Tổ chức Hội nghị tổng kết"),
    ("", "a) Hội nghị tổng kết công tác thi đua, khen thưởng năm 2024 tổ chức vào sáng ngày"),
    ("", "07/02/2025 tại Hội trường Ủy ban nhân dân huyện; Phó Chủ tịch Ủy ban nhân dân huyện"),
    ("", "Trương Công Danh, Phó Chủ tịch Hội đồng, trao Giấy khen tại Hội nghị."),
    ("", "b) Mỗi cơ quan, đơn vị cử 02 đại biểu dự; đơn vị được đề nghị Cờ thi đua cử lãnh đạo"),
    ("", "chủ chốt tham dự và báo cáo tham luận không quá 07 phút."),
    ("", "c) Kinh phí tổ chức Hội nghị do Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"),
    ("", "dự trù, tối đa 25.000.000 đồng."),
    ("B", "7. Các nội dung khác"),
    ("", "a) Việc đề nghị Huân chương Lao động cho tập thể Trung tâm Y tế huyện chưa xem xét"),
    ("", "tại cuộc họp này, chờ hướng dẫn của Ban Thi đua - Khen thưởng tỉnh."),
    ("", "b) Giao Phòng Nội vụ tham mưu sửa đổi Quy chế thi đua, khen thưởng của huyện, trình"),
    ("", "Ủy ban nhân dân huyện trong quý II năm 2025."),
    ("", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện thông báo để các cơ quan, đơn"),
    ("", "vị, Ủy ban nhân dân các xã, thị trấn biết, thực hiện./."),
    ("B", "Nơi nhận:"),
    ("", "- Ban Thi đua - Khen thưởng tỉnh (b/c);"),
    ("", "- Sở Nội vụ tỉnh Bến Tre;"),
    ("", "- Thường trực Huyện ủy;"),
    ("", "- Chủ tịch, các Phó Chủ tịch UBND huyện;"),
    ("", "- Thành viên Hội đồng TĐKT huyện;"),
    ("", "- Các cơ quan, đơn vị thuộc huyện;"),
    ("", "- UBND các xã, thị trấn;"),
    ("", "- Cổng thông tin điện tử huyện;"),
    ("", "- Lưu: VT, NV."),
    ("RB", "TL. CHỦ TỊCH"),
    ("RB", "CHÁNH VĂN PHÒNG"),
    ("R", "(Đã ký)"),
    ("RB", "Nguyễn Thị Thu Trang"),
]


class Doc(FPDF):
    def footer(self):
        self.set_y(-14)
        self.set_font("dv", "", 9)
        self.cell(0, 5, f"Trang {self.page_no()}/2", align="C")


def main():
    pdf = Doc(format="A4", unit="mm")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(False)
    pdf.add_font("dv", "", FONT)
    pdf.add_font("dv", "B", FONT_B)
    pdf.add_font("dv", "I", FONT_I)
    pdf.set_title("Thông báo kết luận cuộc họp Hội đồng Thi đua - Khen thưởng huyện")
    pdf.set_author("UBND huyện Chợ Lách")
    pdf.set_creator("fpdf2")
    pdf.set_creation_date(datetime.datetime(2025, 1, 17, 9, 40, tzinfo=datetime.timezone.utc))
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    h = 4.55
    for style, text in LINES:
        if style == "PAGE":
            pdf.add_page()
            continue
        if style == "H":
            left, right = text.split("||")
            pdf.set_font("dv", "B" if "Số" not in left else "", 9.5)
            y = pdf.get_y()
            pdf.cell(70, h, left, align="C")
            pdf.set_xy(pdf.l_margin + 70, y)
            pdf.cell(width - 70, h, right, align="C")
            pdf.ln(h)
            continue
        font = "B" if "B" in style else ("I" if style == "I" else "")
        pdf.set_font("dv", font, 10)
        if pdf.get_string_width(text) > width:
            raise SystemExit(f"line too wide: {text}")
        align = "C" if "C" in style else ("R" if "R" in style else "L")
        pdf.cell(width, h, text, align=align)
        pdf.ln(h)
        if pdf.get_y() > pdf.h - 20:
            raise SystemExit(f"page overflow at: {text}")
    pdf.output(OUT)
    ts = datetime.datetime(2025, 1, 17, 9, 40).timestamp()
    os.utime(OUT, (ts, ts))
    print("written", OUT)


if __name__ == "__main__":
    main()
