"""Every user-facing Vietnamese string, in one place. Handlers and formatters contain no literal text."""

EMPTY_QUESTION = (
    "Bạn chưa nhập câu hỏi. Hãy gõ câu hỏi về kế hoạch thi đua, khen thưởng, ví dụ: «Hồ sơ khen thưởng gồm những gì?»"
)
NO_WORDS = "Câu hỏi chưa có chữ nào để tìm. Hãy viết câu hỏi bằng tiếng Việt, ví dụ: «Hạn gửi hồ sơ là khi nào?»"
TOO_LONG = "Câu hỏi dài quá ({length} ký tự). Hãy hỏi ngắn gọn, tối đa {limit} ký tự, mỗi lần một ý."
EMPTY_KNOWLEDGE = "Kho văn bản đang trống. Quản trị viên cần chạy «python -m ingest» để nạp các kế hoạch trước."
STORE_DOWN = "Hệ thống tra cứu đang tạm gián đoạn (không kết nối được kho dữ liệu). Vui lòng thử lại sau ít phút."
INTERNAL_ERROR = "Xin lỗi, đã có lỗi khi xử lý câu hỏi. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị viên."

NOT_FOUND = (
    "Các văn bản hiện có không trả lời được câu hỏi này, nên tôi không đoán.\n"
    "Kho văn bản gồm: {plans}.\n"
    "Hãy hỏi về nội dung các kế hoạch này (mục đích, nội dung, thời gian thi đua, hình thức khen thưởng, "
    "hồ sơ, tổ chức thực hiện), nêu rõ địa phương, hoặc diễn đạt lại câu hỏi."
)
ENGLISH_HINT = "Vui lòng đặt câu hỏi bằng tiếng Việt."

LEAD_SINGLE = "Theo {label}:"
LEAD_SEVERAL = "Câu hỏi không nêu địa phương và {count} kế hoạch đều có nội dung liên quan:"
PLAN_ITEM = "• {label}:"
SOURCE = "Nguồn: {label}, mục {section} «{heading}»."
SOURCE_NO_HEADING = "Nguồn: {label}, mục {section}."
SECTION_NAMES = {"preamble": "phần mở đầu", "signature": "phần ký ban hành"}

SIGNER_ANSWER = "{label} do {role} {signer} ký."
SIGNER_ANSWER_NO_ROLE = "{label} do ông/bà {signer} ký."
DATE_ANSWER = "{label} ban hành {date}."
DATE_UNKNOWN = "{label} không ghi rõ ngày ban hành."
ISSUER_ANSWER = "{label} do {issuer} ban hành."

CHAT_WELCOME = "Trợ lý tra cứu kế hoạch thi đua, khen thưởng. Gõ câu hỏi rồi Enter; gõ «thoát» hoặc Ctrl+D để kết thúc."
CHAT_PROMPT = "Hỏi: "
CHAT_EXIT_WORDS = ("thoát", "thoat", "exit", "quit")
CHAT_GOODBYE = "Tạm biệt."
LOADING = "Đang nạp mô hình và kho văn bản…"
