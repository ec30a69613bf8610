"""Generate docs/hung-dung-2025-quyet-dinh-tang-giay-khen.txt (held-out set S34).

Run: /work/main/.venv/bin/python make_txt.py

A Quyết định khen thưởng of the Chủ tịch UBND phường Hưng Dũng (thành phố Vinh, Nghệ An),
written as the plain text OCR of a scanned paper gives it, and saved in Unicode NFD.
All content is synthetic: numbers, names, addresses, phone numbers, e-mail addresses and
document numbers are invented. OCR defects kept on purpose: two-column header with runs of
spaces, lines broken mid-sentence, one word hyphenated across a line end ("phư-" / "ờng"),
stray characters ("¦", a lone "~", a trailing "." and ","), lone page numbers 1 and 2 each
followed by the repeated running header, a page break mid-sentence (Điều 2.3), Nơi nhận laid
out beside the signer's title, and the DANH SÁCH laid out as a table with runs of spaces.
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docs", "hung-dung-2025-quyet-dinh-tang-giay-khen.txt")

TEXT = """\
UBND THÀNH PHỐ VINH                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND PHƯỜNG HƯNG DŨNG                      Độc lập - Tự do - Hạnh phúc
      -------                           ---------------------------
  Số: 356/QĐ-UBND                    Hưng Dũng, ngày 28 tháng 4 năm 2025

                              QUYẾT ĐỊNH
      Về việc tặng Giấy khen cho các tập thể, cá nhân, hộ gia đình
       có thành tích xuất sắc trong phong trào "Chung tay xây dựng
                   phường văn minh, sạch đẹp" năm 2024

             CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG HƯNG DŨNG

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;
Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;.
Căn cứ Quyết định số 2417/QĐ-UBND ngày 05/4/2024 của Ủy ban nhân dân
thành phố Vinh ban hành Quy chế công tác thi đua, khen thưởng trên địa
bàn thành phố;
Căn cứ Kế hoạch số 31/KH-UBND ngày 20/02/2024 của Ủy ban nhân dân phường
về phát động phong trào "Chung tay xây dựng phường văn minh, sạch đẹp"
năm 2024;
Xét đề nghị của Hội đồng Thi đua - Khen thưởng phường tại Tờ trình số
18/TTr-HĐTĐKT ngày 24/4/2025 (cuộc họp ngày 23/4/2025 có 9/11 thành viên
dự, biểu quyết nhất trí 100%).

                             QUYẾT ĐỊNH:

Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân phường cho 05 tập
thể, 09 cá nhân và 03 hộ gia đình đã có thành tích xuất sắc trong phong
trào "Chung tay xây dựng phường văn minh, sạch đẹp" năm 2024 (có danh
sách kèm theo), cụ thể:
1. Tập thể được khen đạt đủ các tiêu chuẩn sau:
a) Tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa" năm 2024, có tỷ lệ
hộ gia đình văn hóa từ 92% trở lên;
b) Không có điểm tập kết rác tự phát, không có vi phạm trật tự đô thị
kéo dài quá 30 ngày trên địa bàn;
c) Đối với cơ quan, đoàn thể: hoàn thành xuất sắc nhiệm vụ được giao
trong phong trào, được Hội đồng Thi đua - Khen thưởng phường xếp loại A.
2. Cá nhân được khen là tổ trưởng, bí thư chi bộ, trưởng các đoàn thể
ở tổ dân phố, công chức và người hoạt động không chuyên trách có sáng
kiến hoặc trực tiếp vận động Nhân dân tham gia phong trào; mỗi tổ dân
phố được đề nghị không quá 02 cá nhân,
3. Hộ gia đình được khen đã hiến đất hoặc đóng góp tiền, vật tư, ngày
công trị giá từ 20.000.000 đồng trở lên cho các công trình chỉnh trang
đô thị của phường trong năm 2024.
Điều 2. Mức thưởng, kinh phí và tổ chức trao thưởng
1. Kèm theo Giấy khen là tiền thưởng, tính theo mức lương cơ sở
2.340.000 đồng:
a) Tập thể: hệ số 0,6, mức thưởng 1.404.000 đồng/tập thể;
b) Cá nhân: hệ số 0,3, mức thưởng 702.000 đồng/người;
c) Hộ gia đình: hệ số 0,3, mức thưởng 702.000 đồng/hộ.
2. Tổng số tiền thưởng là 15.444.000 đồng (Mười lăm triệu bốn trăm bốn
mươi bốn nghìn đồng), trích từ Quỹ thi đua, khen thưởng của phường
năm 2025.
3. Bộ phận Kế toán - Tài chính phường chi trả tiền thưởng trong 07 ngày
làm việc kể từ ngày ký Quyết định này. Người nhận thay phải có giấy
1
UBND phường Hưng Dũng - Quyết định số 356/QĐ-UBND
ủy quyền có xác nhận của tổ trưởng tổ dân phố. Địa điểm nhận: phòng
số 3, tầng 1 trụ sở Ủy ban nhân dân phư-
ờng, số 26 đường Nguyễn Sinh Sắc; điện thoại 0238.3569.107; e-mail:
vanphong.hungdung@vinh.gov.vn.
4. Giấy khen được trao tại Hội nghị tổng kết phong trào tổ chức ngày
09/5/2025 tại Hội trường Ủy ban nhân dân phường¦
Điều 3. Hiệu lực và trách nhiệm thi hành
1. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số
341/QĐ-UBND ngày 21/4/2025 của Chủ tịch Ủy ban nhân dân phường (do danh
sách kèm theo có sai sót về họ tên, chức vụ).
2. Chánh Văn phòng HĐND và UBND phường, công chức Văn hóa - Xã hội,
bộ phận Kế toán - Tài chính, Trưởng các tổ dân phố và các tập thể, cá
nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết
định này./.

Nơi nhận:                                              CHỦ TỊCH
- Như Điều 3;
- UBND thành phố Vinh (b/c);                            (Đã ký)
- Phòng Nội vụ thành phố;                                  ~
- TT Đảng ủy, TT HĐND phường;
- UBMTTQ và các đoàn thể phường;
- Lưu: VT, VP.                                      Nguyễn Thị Thu Hà
2
UBND phường Hưng Dũng - Quyết định số 356/QĐ-UBND
                               DANH SÁCH
           TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC TẶNG GIẤY KHEN
  (Kèm theo Quyết định số 356/QĐ-UBND ngày 28/4/2025 của Chủ tịch
                   Ủy ban nhân dân phường Hưng Dũng)

STT  Họ và tên / Tập thể          Chức vụ, đơn vị                  Hình thức   Mức thưởng
A. TẬP THỂ
1    Tổ dân phố số 3              Phường Hưng Dũng                 Giấy khen   1.404.000
2    Tổ dân phố số 11             Phường Hưng Dũng                 Giấy khen   1.404.000
3    Chi hội Phụ nữ tổ dân phố    Hội Liên hiệp Phụ nữ phường      Giấy khen   1.404.000
     số 7
4    Đoàn Thanh niên phường       Phường Hưng Dũng                 Giấy khen   1.404.000
5    Đội Trật tự đô thị phường    Ủy ban nhân dân phường           Giấy khen   1.404.000
B. CÁ NHÂN
6    Ông Đặng Văn Toản            Tổ trưởng tổ dân phố số 3        Giấy khen   702.000
7    Bà Hồ Thị Kim Oanh           Chi hội trưởng Phụ nữ tổ dân     Giấy khen   702.000
                                  phố số 7
8    Ông Cao Xuân Lộc             Bí thư Chi bộ tổ dân phố số 11   Giấy khen   702.000
9    Bà Lê Thị Hải Yến            Công chức Văn hóa - Xã hội       Giấy khen   702.000
10   Ông Phạm Quang Vịnh          Đội trưởng Đội Trật tự đô thị    Giấy khen   702.000
11   Anh Trần Đức Mạnh            Bí thư Đoàn Thanh niên phường    Giấy khen   702.000
12   Bà Nguyễn Thị Lựu            Chi hội trưởng Người cao tuổi    Giấy khen   702.000
                                  tổ dân phố số 5
13   Ông Võ Đình Sáng             Trưởng ban công tác Mặt trận     Giấy khen   702.000
                                  tổ dân phố số 9
14   Chị Thái Thị Ngọc            Y tế tổ dân phố số 2             Giấy khen   702.000
C. HỘ GIA ĐÌNH
15   Hộ ông Lê Văn Khiêm          Tổ dân phố số 6 (hiến 35 m2      Giấy khen   702.000
                                  đất mở rộng ngõ)
16   Hộ bà Trần Thị Sen           Tổ dân phố số 9 (đóng góp        Giấy khen   702.000
                                  25.000.000 đồng)
17   Hộ ông Nguyễn Hữu Tâm        Tổ dân phố số 11 (đóng góp vật   Giấy khen   702.000
                                  tư trị giá 22.000.000 đồng)
     Tổng cộng: 05 tập thể, 09 cá nhân, 03 hộ gia đình                          15.444.000
     (Danh sách có 17 tập thể, cá nhân, hộ gia đình)
"""


def build():
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(unicodedata.normalize("NFD", TEXT))


if __name__ == "__main__":
    build()
    print("wrote", OUT)
