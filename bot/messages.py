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
ENGLISH_NOTE = "Câu hỏi bằng tiếng Anh; câu trả lời bằng tiếng Việt, trích từ văn bản:"
UNKNOWN_PLACE = "Kho văn bản không có văn bản nào của {places}."
UNKNOWN_AWARD = "Không văn bản nào trong kho nói về «{award}»."
UNKNOWN_ITEM = "{label} không có «{item}»."
NOT_IN_DOCUMENT = "{label} không nói về «{member}»."
OTHER_MEMBER = "Mục gần nhất ({where}) nói về «{other}», không nói về «{asked}»."
NOT_RECORDED = "{label} nêu kế hoạch, chỉ tiêu và quy định, không nêu kết quả đã thực hiện."
ONLY_TOTAL = "Đoạn văn bản gần nhất chỉ nêu tổng số, không nêu mức cho mỗi trường hợp được hỏi."
MONEY_OF_SOMETHING_ELSE = "Đoạn văn bản gần nhất nêu số tiền cho việc khác, không nêu cho «{asked}»."
RATE_OF_SOMETHING_ELSE = "{label} nêu tỷ lệ của những nội dung khác, không nêu tỷ lệ được hỏi."
NUMBER_OF_OTHER_KIND = "Đoạn văn bản gần nhất chỉ nêu số của văn bản khác, không nêu số của {kind} được hỏi."
NUMBER_OF_REPLACED = "{label} chỉ nêu số của văn bản được thay thế, không nêu số của văn bản thay thế nó."
NOT_STATED_FOR = "Văn bản nêu con số này cho «{other}», không nêu cho «{asked}»."
UNKNOWN_REFERENCE = (
    "Kho văn bản không có {reference}; các văn bản trong kho chỉ dẫn chiếu đến văn bản đó, "
    "nên tôi không trả lời thay nội dung của nó."
)

LEAD_SINGLE = "Theo {label}:"
LEAD_SINGLE_NOTE = "Theo {label} ({note}):"
NOTE_REPLACED = "lưu ý: đã được thay thế bởi {newer}, số {number}"
NOTE_ENDED = "lưu ý: đợt thi đua đã kết thúc ngày {date}"
LEAD_SEVERAL = "Câu hỏi không nêu địa phương và {count} văn bản đều có nội dung liên quan:"
PLAN_ITEM = "• {title}:"
PLAN_TITLE_NOTE = "{label} ({note})"
SOURCE = "Nguồn: {label}, mục {section} «{heading}»."
SOURCE_NO_HEADING = "Nguồn: {label}, mục {section}."
SECTION_NAMES = {"preamble": "phần mở đầu", "signature": "phần ký ban hành"}

# Answers written by a language model (bot/answer/llm/): shown while it writes, and the one line
# above the extractive answer when its draft is not used.
LLM_DRAFTING = "⏳ Đang soạn câu trả lời…"
LLM_SLOW = "⏱ Mô hình ngôn ngữ trả lời chậm, nên đây là câu trả lời trích từ văn bản."
LLM_UNAVAILABLE = "⚠️ Mô hình ngôn ngữ đang không trả lời được, nên đây là câu trả lời trích từ văn bản."
LLM_UNVERIFIED = (
    "⚠️ Câu trả lời mô hình ngôn ngữ soạn không khớp với văn bản nguồn, nên đây là câu trả lời trích từ văn bản."
)

SIGNER_ANSWER = "{label} do {role} {signer} ký."
SIGNER_ANSWER_NO_ROLE = "{label} do ông/bà {signer} ký."
SIGNERS_ANSWER = "{label} do {signers} cùng ký."
DATE_ANSWER = "{label} ban hành {date}."
DATE_UNKNOWN = "{label} không ghi rõ ngày ban hành."
DATE_WITHOUT_DAY = "{label} không ghi rõ ngày ban hành, chỉ ghi {date}."
ISSUER_ANSWER = "{label} do {issuer} ban hành."
NUMBER_ANSWER = "{label} có số, ký hiệu {number}."
NUMBER_ATTACHED_ANSWER = "{label} được ban hành kèm theo văn bản số {number}."
EFFECTIVE_ANSWER = "{label} có hiệu lực từ ngày {date}."
REPLACES_ANSWER = "{label} thay thế {replaced}."

CHAT_WELCOME = "Trợ lý tra cứu kế hoạch thi đua, khen thưởng. Gõ câu hỏi rồi Enter; gõ «thoát» hoặc Ctrl+D để kết thúc."
CHAT_PROMPT = "Hỏi: "
CHAT_EXIT_WORDS = ("thoát", "thoat", "exit", "quit")
CHAT_GOODBYE = "Tạm biệt."
LOADING = "Đang nạp mô hình và kho văn bản…"

# Telegram
START = (
    "Xin chào! Tôi là trợ lý tra cứu kế hoạch, quy định về thi đua – khen thưởng.\n"
    "Tôi trả lời từ các văn bản đã được nạp và luôn ghi rõ nguồn (văn bản, mục). "
    "Nếu văn bản không có câu trả lời, tôi sẽ nói rõ.\n\n"
    "Ví dụ câu hỏi:\n"
    "• Hồ sơ khen thưởng ở xã Bắc Sơn gồm những gì?\n"
    "• Hạn gửi hồ sơ đề nghị khen thưởng là khi nào?\n"
    "• Thời gian thi đua của huyện Đình Lập đến ngày nào?\n\n"
    "Gõ /help để xem hướng dẫn, /kehoach để xem danh sách văn bản."
)
HELP = (
    "Cách dùng:\n"
    "• Gõ câu hỏi bằng tiếng Việt (có dấu hoặc không dấu). Nêu địa phương để tôi tìm đúng kế hoạch.\n"
    "• Bấm «Xem nguyên văn» để đọc toàn bộ mục được trích dẫn.\n"
    "• Bấm 👍 / 👎 để góp ý cho câu trả lời.\n"
    "• Trong nhóm: nhắc tên tôi (@{username}) hoặc trả lời tin nhắn của tôi.\n\n"
    "Lệnh: /start – giới thiệu, /help – hướng dẫn, /kehoach – các văn bản đang có, "
    "/hanchot – các hạn chót, /hoso – thành phần hồ sơ, /nhac – nhắc hạn.\n\n"
    "Quản trị viên: gửi tệp PDF, DOCX, DOC hoặc TXT để thêm văn bản (cùng tên thì thay bản cũ); "
    "/xoa <mã văn bản> để xoá; /thongke – thống kê."
)
UNKNOWN_COMMAND = "Tôi không hiểu lệnh {command}.\n\n"
PLANS_HEADER = "Các văn bản trong kho ({count}):"
PLAN_LINE = (
    "• {label}: {title}\n  Loại: {kind}; số: {number}; cơ quan ban hành: {issuer}; ngày: {date}; {sections} mục.{note}"
)
PLAN_NOTE = "\n  ({note})"
UNKNOWN_VALUE = "không ghi"
NO_PLANS = "Kho văn bản đang trống."
REFUSED = "Xin lỗi, bot này chỉ phục vụ các đơn vị được cấp quyền. Vui lòng liên hệ quản trị viên."
ADMIN_ONLY = "Lệnh này chỉ dành cho quản trị viên."
RATE_LIMITED = "Bạn đã gửi {limit} câu hỏi, lệnh hoặc lần bấm nút trong một phút. Vui lòng đợi {seconds} giây."
RESENT_LEAD = "↻ Gửi lại sau khi bot khởi động lại (nếu bạn đã nhận câu trả lời này, xin bỏ qua):"
STALE_QUESTION = (
    "Xin lỗi, câu hỏi này được gửi cách đây {minutes} phút, lúc bot đang gián đoạn, nên tôi chưa trả lời kịp."
    " Nếu vẫn cần, bạn vui lòng gửi lại câu hỏi."
)
VIEW_SOURCE_BUTTON = "📄 Xem nguyên văn mục {section}"
PICK_PLAN_BUTTON = "Chỉ xem: {label}"
FEEDBACK_UP_BUTTON = "👍"
FEEDBACK_DOWN_BUTTON = "👎"
FEEDBACK_THANKS = "Cảm ơn bạn đã góp ý!"
STALE_BUTTON = "Nút này đã cũ (câu trả lời không còn lưu). Vui lòng hỏi lại."
INVALID_BUTTON = "Nút này không hợp lệ, tôi bỏ qua."
FOREIGN_BUTTON = "Nút này thuộc cuộc trò chuyện khác nên không dùng được ở đây."
NOT_YOUR_CHECKLIST = "Danh sách này của người khác. Gõ /hoso để có danh sách của bạn."
EDITED_LEAD = "✏️ Trả lời cho câu hỏi đã sửa."
SOURCE_TITLE = "{label} – mục {section}{heading}:"
STATS = (
    "Thống kê:\n"
    "• Số câu hỏi: {questions}\n"
    "• Tỷ lệ không trả lời được: {declined_share}\n"
    "• Góp ý: {feedback} (👎 {negative_share})\n"
    "• Tin nhắn Telegram gửi sai định dạng, đã bỏ qua: {skipped}\n"
    "Câu hỏi gần đây chưa trả lời được:\n{recent}"
)
STATS_NONE = "  (không có)"
STATS_LLM = "• Mô hình ngôn ngữ được hỏi {drafted} lần; thay bằng câu trả lời trích: {fallback_share}{reasons}"

COMMANDS = {
    "start": "Giới thiệu và ví dụ câu hỏi",
    "help": "Hướng dẫn sử dụng",
    "kehoach": "Danh sách kế hoạch, văn bản đang có",
    "hanchot": "Các hạn chót, sắp tới trước (kèm tệp lịch .ics)",
    "hoso": "Thành phần hồ sơ khen thưởng của một kế hoạch",
    "nhac": "Bật/tắt nhắc hạn chót: /nhac 3, /nhac tat",
    "xoa": "(Quản trị) Xoá một văn bản khỏi kho: /xoa <mã văn bản>",
}

# Documents sent in chat (admins)
UPLOAD_ADMIN_ONLY = "Chỉ quản trị viên mới thêm được văn bản vào kho. Bạn có thể đặt câu hỏi bằng tin nhắn."
UPLOAD_TOO_LARGE = "Tệp «{name}» nặng {size} MB, vượt giới hạn {limit} MB. Kho văn bản không thay đổi."
UPLOAD_UNSUPPORTED = (
    "Định dạng «{suffix}» chưa được hỗ trợ; hãy gửi PDF, DOCX, DOC hoặc TXT. Kho văn bản không thay đổi."
)
UPLOAD_WORKING = "⏳ Đang đọc và lập chỉ mục «{name}»…"
UPLOAD_REFUSED = "Không thêm được «{name}»: {reason} Kho văn bản không thay đổi."
UPLOAD_INTERRUPTED = (
    "Bot đang dừng để khởi động lại nên chưa thêm «{name}»; kho văn bản không thay đổi. Vui lòng gửi lại sau ít phút."
)
UPLOAD_REASONS = {
    "password": "tệp được đặt mật khẩu; hãy gửi bản không có mật khẩu.",
    "empty": "tệp rỗng.",
    "no text": "không tìm thấy chữ nào trong tệp.",
    "not recognisably": (
        "không nhận ra bảng mã của tệp văn bản (UTF-8, Windows-1258, TCVN3, VNI); hãy lưu lại dạng UTF-8."
    ),
    "not a readable": "tệp bị hỏng hoặc không đúng định dạng.",
    "binary content": "tệp không phải văn bản.",
    "unsupported file type": "định dạng chưa được hỗ trợ; hãy gửi PDF, DOCX, DOC hoặc TXT.",
}
# Refusals by the limit passed (knowledge.errors.LimitExceededError.key); {limit} is its value.
UPLOAD_LIMITS = {
    "max_upload_mb": "tệp vượt giới hạn {limit} MB.",
    "max_file_mb": "tệp vượt giới hạn {limit} MB.",
    "max_docx_unpacked_mb": "tệp Word khi giải nén vượt giới hạn {limit} MB (có thể là tệp độc hại).",
    "max_docx_part_mb": "một phần của tệp Word khi giải nén vượt giới hạn {limit} MB (có thể là tệp độc hại).",
    "max_pdf_pages": "tệp PDF có quá {limit} trang; hãy tách thành các tệp nhỏ hơn.",
    "max_document_chars": "văn bản dài quá {limit} ký tự; hãy tách thành các tệp nhỏ hơn.",
    "max_document_chunks": "văn bản dài quá {limit} đoạn cần lập chỉ mục; hãy tách thành các tệp nhỏ hơn.",
    "max_seconds_per_file": "đọc tệp mất quá {limit} giây nên đã dừng; tệp có thể bị hỏng hoặc quá lớn.",
    "max_reader_memory_mb": "đọc tệp cần quá {limit} MB bộ nhớ nên đã dừng; tệp có thể bị hỏng hoặc quá lớn.",
}
UPLOAD_TOOL_MISSING = "máy chủ chưa cài công cụ đọc định dạng này (cần gói {packages}); hãy báo quản trị hệ thống."
UPLOAD_UNREADABLE = "không đọc được nội dung tệp."
UPLOAD_STORE_DOWN = "kho dữ liệu đang không truy cập được; vui lòng thử lại sau."
UPLOAD_DONE = (
    "✅ Đã {action} «{title}»\n"
    "Cơ quan ban hành: {issuer}\nNgày: {date}\nSố mục: {sections}\nMã văn bản: {doc_id} (xoá: /xoa {doc_id})"
)
UPLOAD_ADDED = "thêm"
UPLOAD_REPLACED = "cập nhật"
UPLOAD_DEADLINES = "Thời hạn tìm thấy:"
UPLOAD_DOSSIER = "Thành phần hồ sơ tìm thấy:"
UPLOAD_FACT_HEADERS = {
    "period": "Thời gian thi đua:",
    "deadline": UPLOAD_DEADLINES,
    "dossier_item": UPLOAD_DOSSIER,
    "recipient": "Nơi nhận hồ sơ:",
}
UPLOAD_NO_FACTS = "Chưa tìm thấy thời hạn hay thành phần hồ sơ nào trong văn bản."
REMOVE_USAGE = "Cách dùng: /xoa <mã văn bản>. Các mã hiện có:\n{ids}"
REMOVE_DONE = "🗑 Đã xoá «{label}» khỏi kho văn bản."
REMOVE_UNKNOWN = "Không có văn bản mã «{doc_id}». Các mã hiện có:\n{ids}"
REMOVE_REFUSED = "Không xoá được «{doc_id}»: {reason} Kho văn bản không thay đổi, văn bản vẫn được dùng để trả lời."
# A change that failed part-way and could not be rolled back (knowledge.errors.InconsistentStoreError).
CHANGE_INCONSISTENT = (
    "⚠️ Kho dữ liệu lỗi giữa chừng khi {action} «{name}» và chưa khôi phục được: câu trả lời về văn bản này có thể"
    " chưa đúng cho đến khi quản trị hệ thống chạy lại «python -m ingest»."
)
CHANGE_ADDING = "thêm"
CHANGE_REMOVING = "xoá"

# Deadlines and dossier checklists
DEADLINES_HEADER = "Các mốc thời hạn trong kho văn bản (tính đến {today}):"
DEADLINE_DATED = "• {date} ({left}) – {label}, mục {section}: {text}"
DEADLINE_RELATIVE = "• {relative} – {label}, mục {section}: {text}"
YEARLY_DATE = "{day} hằng năm, lần tới {next}"
DAYS_LEFT = "còn {days} ngày"
DAYS_TODAY = "hôm nay"
DAYS_PAST = "đã qua {days} ngày"
NO_DEADLINES = "Không tìm thấy thời hạn nào trong các văn bản."
CHECKLIST_HEADER = "Hồ sơ khen thưởng theo {label} (mục {section}):"
CHECKLIST_ITEM = "{number}. {text}"
CHECKLIST_COPIES = "Số bộ: {text} (mục {section})."
CHECKLIST_FORMS = "Biểu mẫu: {forms}."
CHECKLIST_RECIPIENT = "Gửi về: {recipient} (mục {section})."
CHECKLIST_DEADLINE = "Thời hạn: {deadline} (mục {section})."
CHECKLIST_NONE = "{label} không quy định thành phần hồ sơ khen thưởng."
UNKNOWN_DOCUMENT = "Không có văn bản «{doc_id}». Các văn bản: {known}."
HOSO_CHOOSE = "Chọn kế hoạch để xem thành phần hồ sơ khen thưởng:"
HOSO_NONE = "Chưa có kế hoạch nào quy định thành phần hồ sơ khen thưởng."
HOSO_TICK_HINT = "Bấm vào từng mục để đánh dấu đã chuẩn bị (☑)."
TICK_ON = "☑"
TICK_OFF = "☐"
CALENDAR_FILE = "han-chot-thi-dua-khen-thuong.ics"
CALENDAR_CAPTION = "Lịch các hạn chót có ngày cụ thể (mở bằng ứng dụng lịch)."
REMIND_ON = (
    "Đã bật nhắc hạn: tôi sẽ nhắc trong nhóm/chat này {days} ngày trước mỗi hạn chót có ngày cụ thể. Tắt: /nhac tat"
)
REMIND_OFF = "Đã tắt nhắc hạn."
REMIND_NOT_ON = "Chat này chưa bật nhắc hạn."
REMIND_USAGE = "Cách dùng: /nhac [số ngày báo trước, 1–60] hoặc /nhac tat"
REMINDER = "⏰ Nhắc hạn: còn {days} ngày ({date}) – {label}, mục {section}: {text}"
