"""Generate docs/soc-trang-2025-huong-dan-cham-diem-khen-thuong-cong-doan.pdf (held-out set S33).

Run with /work/main/.venv/bin/python make_pdf.py (fpdf2; font DejaVu Sans from /usr/share/fonts).
Each source line below is one printed line; the page number is printed at the bottom of
each page. Two tables (scoring scale, deadlines) are drawn as bordered cells, one row per line.
"""
import os
import unicodedata

from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "soc-trang-2025-huong-dan-cham-diem-khen-thuong-cong-doan.pdf")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"

# (kind, text). kinds: "t" text, "b" bold, "c" centred bold, "ci" centred italic,
# "h2" two-column header (left|right), "tab1"/"tab2" table rows (cells separated by |)
LINES = [
    ("h2", "LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("h2", "Số: 03/HD-LĐLĐ|Độc lập - Tự do - Hạnh phúc"),
    ("h2", "|Sóc Trăng, ngày 08 tháng 01 năm 2025"),
    ("c", "HƯỚNG DẪN"),
    ("c", "Chấm điểm, xếp loại thi đua và xét khen thưởng tổng kết năm 2024"),
    ("c", "đối với công đoàn cơ sở và công đoàn cấp trên trực tiếp cơ sở"),
    ("t", "Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022; Quy chế khen thưởng của Tổng Liên"),
    ("t", "đoàn Lao động Việt Nam ban hành kèm theo Quyết định số 4218/QĐ-TLĐ ngày 22/12/2023;"),
    ("t", "Ban Thường vụ Liên đoàn Lao động tỉnh hướng dẫn chấm điểm, xếp loại thi đua và xét"),
    ("t", "khen thưởng tổng kết năm 2024 như sau:"),
    ("c", "PHẦN I"),
    ("c", "CHẤM ĐIỂM, XẾP LOẠI THI ĐUA"),
    ("b", "A. ĐỐI TƯỢNG VÀ THANG ĐIỂM"),
    ("t", "1. Đối tượng chấm điểm là công đoàn cơ sở (CĐCS) có từ 10 đoàn viên trở lên, hoạt động"),
    ("t", "đủ 12 tháng tính đến ngày 31/12/2024. CĐCS thành lập trong năm 2024 không chấm điểm"),
    ("t", "mà chỉ nhận xét, đánh giá."),
    ("t", "2. Thang điểm 100, gồm 05 nhóm tiêu chí với điểm tối đa như sau:"),
    ("tab1", "TT|Nhóm tiêu chí|Điểm tối đa"),
    ("tab1", "1|Đại diện, chăm lo, bảo vệ quyền lợi đoàn viên, người lao động|35"),
    ("tab1", "2|Phát triển đoàn viên, thành lập công đoàn cơ sở|20"),
    ("tab1", "3|Tuyên truyền, giáo dục, vận động đoàn viên|15"),
    ("tab1", "4|Công tác nữ công|10"),
    ("tab1", "5|Quản lý tài chính, tài sản công đoàn|20"),
    ("tab1", "|Cộng|100"),
    ("t", "3. Điểm thưởng, điểm trừ:"),
    ("t", "a) Cộng tối đa 05 điểm cho CĐCS có mô hình, sáng kiến được Liên đoàn Lao động tỉnh"),
    ("t", "công nhận trong năm 2024;"),
    ("t", "b) Trừ 10 điểm đối với CĐCS để xảy ra ngừng việc tập thể không đúng trình tự pháp luật;"),
    ("t", "c) Trừ 05 điểm đối với CĐCS nộp kinh phí, đoàn phí công đoàn chậm quá 03 tháng."),
    ("b", "B. XẾP LOẠI"),
    ("t", "1. Căn cứ tổng số điểm đạt được, CĐCS được xếp loại như sau:"),
    ("t", "a) Hoàn thành xuất sắc nhiệm vụ: từ 90 điểm trở lên;"),
    ("t", "b) Hoàn thành tốt nhiệm vụ: từ 75 đến dưới 90 điểm;"),
    ("t", "c) Hoàn thành nhiệm vụ: từ 50 đến dưới 75 điểm;"),
    ("t", "d) Không hoàn thành nhiệm vụ: dưới 50 điểm."),
    ("t", "2. Số CĐCS được xếp loại “Hoàn thành xuất sắc nhiệm vụ” không vượt quá 20% tổng số"),
    ("t", "CĐCS thuộc công đoàn cấp trên trực tiếp cơ sở."),
    ("t", "3. CĐCS không gửi bảng tự chấm điểm đúng thời hạn thì không được xếp loại “Hoàn thành"),
    ("t", "xuất sắc nhiệm vụ”."),
    ("b", "C. CÁCH THỨC CHẤM ĐIỂM"),
    ("t", "1. Ban Chấp hành CĐCS tự chấm điểm theo bảng tiêu chí, có minh chứng kèm theo cho từng"),
    ("t", "nhóm tiêu chí; điểm của từng nhóm không vượt quá điểm tối đa."),
    ("t", "2. Công đoàn cấp trên trực tiếp cơ sở thành lập tổ thẩm định gồm từ 03 đến 05 người,"),
    ("t", "do 01 đồng chí Phó Chủ tịch làm tổ trưởng, chấm điểm lại và thông báo kết quả cho CĐCS."),
    ("t", "3. Trường hợp điểm thẩm định chênh lệch từ 10 điểm trở lên so với điểm tự chấm,"),
    ("t", "công đoàn cấp trên trực tiếp cơ sở phải ghi rõ lý do trong biên bản thẩm định."),
    ("c", "PHẦN II"),
    ("c", "XÉT KHEN THƯỞNG"),
    ("b", "A. HÌNH THỨC VÀ TIÊU CHUẨN"),
    ("t", "1. Bằng khen của Ban Chấp hành Liên đoàn Lao động tỉnh:"),
    ("t", "a) Tặng CĐCS xếp loại “Hoàn thành xuất sắc nhiệm vụ” 02 năm liên tục (2023 và 2024);"),
    ("t", "b) Tặng cán bộ công đoàn hoàn thành xuất sắc nhiệm vụ, có ít nhất 03 năm liên tục làm"),
    ("t", "công tác công đoàn;"),
    ("t", "c) Mức tiền thưởng kèm Bằng khen: tập thể 1.500.000 đồng, cá nhân 750.000 đồng."),
    ("t", "2. Cờ thi đua của Ban Chấp hành Liên đoàn Lao động tỉnh tặng công đoàn cấp trên trực"),
    ("t", "tiếp cơ sở dẫn đầu khối thi đua; mỗi khối chọn 01 đơn vị; tiền thưởng 3.000.000 đồng."),
    ("t", "3. Giấy khen của công đoàn cấp trên trực tiếp cơ sở do Ban Thường vụ công đoàn cấp"),
    ("t", "trên trực tiếp xét tặng theo quy định của Tổng Liên đoàn; tổng số CĐCS được tặng Giấy"),
    ("t", "khen không quá 30% số CĐCS hoàn thành tốt nhiệm vụ trở lên."),
    ("t", "4. Khen thưởng đột xuất: công đoàn cấp trên trực tiếp cơ sở đề nghị trong 10 ngày làm"),
    ("t", "việc kể từ ngày đoàn viên lập được thành tích; hồ sơ gồm tờ trình và bản tóm tắt thành tích."),
    ("b", "B. HỒ SƠ VÀ THỜI HẠN"),
    ("t", "1. Hồ sơ đề nghị tặng Bằng khen gồm:"),
    ("t", "a) Tờ trình của công đoàn cấp trên trực tiếp cơ sở kèm danh sách trích ngang;"),
    ("t", "b) Biên bản họp xét của Ban Thường vụ công đoàn cấp trên trực tiếp cơ sở;"),
    ("t", "c) Báo cáo thành tích (01 bản) có xác nhận của cấp trình khen;"),
    ("t", "d) Bảng tự chấm điểm thi đua năm 2024 của CĐCS có chữ ký của Chủ tịch CĐCS."),
    ("t", "2. Các bước và thời hạn thực hiện:"),
    ("tab2", "Nội dung|Đơn vị thực hiện|Thời hạn"),
    ("tab2", "Tự chấm điểm, gửi công đoàn cấp trên|Công đoàn cơ sở|Trước 17/01/2025"),
    ("tab2", "Thẩm định, xếp loại CĐCS|Công đoàn cấp trên trực tiếp|Trước 14/02/2025"),
    ("tab2", "Gửi hồ sơ khen thưởng về tỉnh|Công đoàn cấp trên trực tiếp|Trước 21/02/2025"),
    ("tab2", "Hội đồng Thi đua - Khen thưởng họp xét|Liên đoàn Lao động tỉnh|Ngày 06/3/2025"),
    ("tab2", "Công bố kết quả, trao khen thưởng|Liên đoàn Lao động tỉnh|Trước 14/3/2025"),
    ("t", "3. Hồ sơ gửi 02 bộ bản giấy về Ban Tổ chức Liên đoàn Lao động tỉnh, số 36 đường"),
    ("t", "Trần Hưng Đạo, phường 2, thành phố Sóc Trăng; đồng thời gửi bản điện tử qua hộp thư"),
    ("t", "bantochuc.ldldst@gmail.com. Hồ sơ gửi sau thời hạn hoặc thiếu thành phần không được"),
    ("t", "đưa ra Hội đồng xét."),
    ("c", "PHẦN III"),
    ("c", "TỔ CHỨC THỰC HIỆN"),
    ("t", "1. Ban Tổ chức Liên đoàn Lao động tỉnh là bộ phận thường trực của Hội đồng Thi đua -"),
    ("t", "Khen thưởng, có trách nhiệm tiếp nhận, tổng hợp, thẩm định hồ sơ và tham mưu Hội đồng."),
    ("t", "2. Ban Tài chính bố trí kinh phí khen thưởng từ nguồn tài chính công đoàn năm 2025 của"),
    ("t", "Liên đoàn Lao động tỉnh; không chi tiền thưởng hai lần cho cùng một thành tích."),
    ("t", "3. Công đoàn cấp trên trực tiếp cơ sở triển khai Hướng dẫn này đến các CĐCS, tổ chức"),
    ("t", "chấm điểm thẩm định và chịu trách nhiệm về kết quả xếp loại của CĐCS trực thuộc."),
    ("t", "4. Hướng dẫn này thay thế Hướng dẫn số 21/HD-LĐLĐ ngày 15/12/2023 của Ban Thường vụ"),
    ("t", "Liên đoàn Lao động tỉnh. Quá trình thực hiện có vướng mắc, liên hệ đồng chí Thạch Thị"),
    ("t", "Sa Rinh, Phó Trưởng Ban Tổ chức, điện thoại 0299.3821.546."),
    ("b", "Nơi nhận:"),
    ("t", "- Tổng Liên đoàn Lao động Việt Nam (Ban Tổ chức);"),
    ("t", "- Thường trực Tỉnh ủy (b/c);"),
    ("t", "- Các công đoàn cấp trên trực tiếp cơ sở;"),
    ("t", "- Ban Thi đua - Khen thưởng tỉnh (Sở Nội vụ);"),
    ("t", "- Các đồng chí Ủy viên Ban Thường vụ LĐLĐ tỉnh;"),
    ("t", "- Các ban, Văn phòng LĐLĐ tỉnh;"),
    ("t", "- Lưu: VT, TC."),
    ("c", "TM. BAN THƯỜNG VỤ"),
    ("c", "KT. CHỦ TỊCH"),
    ("c", "PHÓ CHỦ TỊCH"),
    ("ci", "(Đã ký)"),
    ("c", "Lâm Văn Phước"),
]


class PDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("DejaVu", "", 10)
        self.cell(0, 8, str(self.page_no()), align="C")


def build():
    pdf = PDF(format="A4")
    pdf.set_margins(20, 18, 16)
    pdf.set_auto_page_break(True, margin=22)
    pdf.add_font("DejaVu", "", os.path.join(FONT_DIR, "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", os.path.join(FONT_DIR, "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", os.path.join(FONT_DIR, "DejaVuSans-Oblique.ttf"))
    pdf.set_title("Huong dan 03/HD-LDLD")
    pdf.add_page()
    H = 6.2
    W = pdf.w - pdf.l_margin - pdf.r_margin
    widths = {"tab1": [12, W - 12 - 28, 28], "tab2": [W * 0.44, W * 0.34, W * 0.22]}
    for kind, text in LINES:
        text = unicodedata.normalize("NFC", text)
        if kind == "h2":
            left, right = text.split("|")
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(W * 0.42, H, left, align="C")
            pdf.cell(W * 0.58, H, right, align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        if kind in ("tab1", "tab2"):
            cells = text.split("|")
            bold = cells[0] in ("TT", "Nội dung")
            pdf.set_font("DejaVu", "B" if bold else "", 10)
            for j, (w, c) in enumerate(zip(widths[kind], cells)):
                assert pdf.get_string_width(c) < w - 1, c
                last = j == len(cells) - 1
                pdf.cell(w, H + 0.6, c, border=1, align="L" if j == (1 if kind == "tab1" else 0) else "C",
                         new_x="LMARGIN" if last else "RIGHT", new_y="NEXT" if last else "TOP")
            continue
        style = {"t": "", "b": "B", "c": "B", "ci": "I"}[kind]
        pdf.set_font("DejaVu", style, 10.5 if kind != "c" else 11)
        assert pdf.get_string_width(text) < W - 1, text
        pdf.cell(W, H, text, align="C" if kind in ("c", "ci") else "L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(OUT)
    print("wrote", OUT, pdf.page_no(), "pages")


if __name__ == "__main__":
    build()
