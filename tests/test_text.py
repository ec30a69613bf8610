import unicodedata

import pytest

from knowledge.synonyms import canonical_wording
from knowledge.text import fold, has_diacritics, normalize, sentences, tokens


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("hoà bình", "hòa bình"),
        ("Uỷ ban nhân dân", "Ủy ban nhân dân"),
        ("CỘNG HOÀ", "CỘNG HÒA"),
        ("thuỷ lợi, khoẻ mạnh", "thủy lợi, khỏe mạnh"),
        ("hoàng hôn", "hoàng hôn"),  # closed syllable: both styles agree
        ("quý, quả", "quý, quả"),  # "qu" is a consonant
        ("hoà.", "hòa."),
    ],
    ids=["oa", "uy-capital", "upper", "uy-oe", "closed", "qu", "before-dot"],
)
def test_normalize_moves_old_tone_marks(raw: str, expected: str) -> None:
    assert normalize(raw) == expected


def test_normalize_turns_nfd_into_nfc_and_tidies_spacing() -> None:
    nfd = unicodedata.normalize("NFD", "Hồ sơ   khen thưởng \n**Phòng Nội vụ**")
    result = normalize(nfd)
    assert unicodedata.is_normalized("NFC", result)
    assert result == "Hồ sơ khen thưởng\nPhòng Nội vụ"


def test_nfd_and_nfc_corpus_files_normalise_identically() -> None:
    word = "Ủy ban nhân dân"
    assert normalize(unicodedata.normalize("NFD", word)) == normalize(word)


def test_fold_strips_marks_and_d_bar() -> None:
    assert fold("Hồ sơ ĐỀ NGHỊ khen thưởng") == "ho so de nghi khen thuong"
    assert has_diacritics("hồ sơ") and not has_diacritics("ho so")


def test_tokens_keep_codes_and_pairs() -> None:
    result = tokens("Nghị định 98/2023/NĐ-CP")
    assert "98/2023/nđ-cp" in result
    assert "nghị_định" in result
    assert "ở" in tokens("ở xã")  # one-letter Vietnamese words survive


def test_sentences_split_lines_and_sentences_but_not_inner_dashes() -> None:
    text = "- Tờ trình;\n- Báo cáo thành tích. Hồ sơ gửi về xã.\nKỷ niệm (19/5/1890 - 19/5/2025); tăng 8 - 9%."
    assert sentences(text) == [
        "- Tờ trình;",
        "- Báo cáo thành tích.",
        "Hồ sơ gửi về xã.",
        "Kỷ niệm (19/5/1890 - 19/5/2025); tăng 8 - 9%.",
    ]


def test_a_table_row_is_one_statement_whatever_its_cells_hold() -> None:
    row = "- Chi cục Thủy sản - thành tích: Tham mưu chống khai thác IUU; 100% tàu cá lắp thiết bị giám sát"
    assert sentences(f"{row}\nHồ sơ gửi về xã; Bản điện tử gửi kèm.") == [
        row,
        "Hồ sơ gửi về xã;",
        "Bản điện tử gửi kèm.",
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Hạn nộp hồ sơ?", "thời gian gửi hồ sơ?"),
        ("han chot nop ho so", "thoi gian gui ho so"),
        ("Bao giờ gửi?", "khi nào gửi?"),
        ("nộp hồ sơ ở đâu", "gửi hồ sơ ở đâu"),
        ("Hồ sơ gồm những gì?", "Hồ sơ gồm những gì?"),
        ("Sở NN&MT Quảng Ninh", "Sở nông nghiệp và môi trường Quảng Ninh"),  # abbreviations typed
        ("so gd&dt bac kan", "so giao duc va dao tao bac kan"),
        ("CSTĐ cơ sở bằng bao nhiêu % số LĐTT?", "chiến sĩ thi đua cơ sở bằng bao nhiêu % số lao động tiên tiến?"),
        ("ttldxs can gi", "tap the lao dong xuat sac can gi"),
        ("Tập thể phải đạt những tiêu chí gì?", "Tập thể phải đạt những tiêu chuẩn gì?"),
    ],
)
def test_everyday_wording_is_mapped_to_the_plans_wording(question: str, expected: str) -> None:
    assert canonical_wording(question) == expected


def test_accents_are_restored_from_the_plans_vocabulary() -> None:
    from knowledge.accents import AccentRestorer

    plans = ["Hồ sơ đề nghị khen thưởng gửi về Hội đồng Thi đua - Khen thưởng xã", "giải phóng mặt bằng các dự án"]
    restorer = AccentRestorer(plans)
    assert restorer.restore("Ho so khen thuong gui ve dau?") == "Hồ sơ khen thưởng gửi về đâu?"
    assert restorer.restore("giai phong mat bang bao nhieu") == "giải phóng mặt bằng bao nhiêu"
    assert restorer.restore("xyz abc") == "xyz abc"  # unknown syllables stay as typed
    # Documents write a percentage "70%": the words asking one come from the questions' own phrases.
    assert restorer.restore("can bao nhieu phan tram") == "cần bao nhiêu phần trăm"
    # "đơn vị" fills the documents; a question asks "vì thành tích gì".
    units = AccentRestorer(["Đơn vị được tặng Giấy khen, mỗi đơn vị 01 bản, đơn vị trực thuộc"])
    assert units.restore("duoc tang giay khen vi thanh tich gi") == "được tặng giấy khen vì thành tích gì"
    assert restorer.restore("hồ sơ gửi về đâu") == "hồ sơ gửi về đâu"  # accented questions are left alone
