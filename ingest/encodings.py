"""Text files in the encodings Vietnamese offices have used: UTF-8, UTF-16 (with or without a byte
order mark), Windows-1258, TCVN3 (ABC) and VNI, told apart by which reading gives Vietnamese letters.

A file that is not UTF-8 or UTF-16 is read in each legacy encoding; the reading in which the most
non-ASCII characters are Vietnamese letters wins, and none winning clearly means the file is
refused rather than indexed as gibberish.
"""

from __future__ import annotations

import re
import unicodedata

from knowledge.errors import ParseError

# TCVN3 (ABC, the .VnTime fonts): one byte per letter; capitals with tone marks came from the
# separate .VnTimeH fonts, so they read as lower case here.
_TCVN3_BYTES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\xadõøö÷ùúýûüþ¡¢§£¤¥¦"
_TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
_TCVN3 = str.maketrans(_TCVN3_BYTES, _TCVN3_LETTERS)

# VNI Windows (read as Windows-1252): ơ, ư, đ and the i forms are letters of their own; other
# vowels take a modifier (circumflex or breve, alone or with a tone) and a tone character.
_VNI_LETTERS = str.maketrans("ñÑôÔöÖíìæóòÍÌÆÓÒî", "đĐơƠưƯíìỉĩịÍÌỈĨỊỵ")
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_MODIFIERS = {"â": _CIRCUMFLEX, "ê": _BREVE}
_VNI_MODIFIERS |= {ch: _CIRCUMFLEX + tone for ch, tone in zip("áàåãä", _TONES.values(), strict=True)}
_VNI_MODIFIERS |= {ch: _BREVE + tone for ch, tone in zip("éèúüë", _TONES.values(), strict=True)}
_VNI_MODIFIERS |= {ch.upper(): marks for ch, marks in _VNI_MODIFIERS.items()}
_VNI_TONES = _TONES | {ch.upper(): mark for ch, mark in _TONES.items()}
_VNI_VOWEL = re.compile(f"([aeiouyơưAEIOUYƠƯ])([{''.join(_VNI_MODIFIERS)}]?)([{''.join(_VNI_TONES)}]?)")

_VIETNAMESE_LETTERS = frozenset(
    "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ"
    "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬĐÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
_MIN_SHARE = 0.95
# UTF-16 without a byte order mark: in text, the high byte of most characters is zero (ASCII, and
# Latin-1 letters such as "à", "ê", "ô"), the low byte seldom (U+0300, the combining grave accent).
_UTF16_SAMPLE = 4096
_UTF16_MIN_HIGH_ZEROS = 0.3
_UTF16_MAX_LOW_ZEROS = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _from_tcvn3(data: bytes) -> str:
    lines = data.decode("latin-1").translate(_TCVN3).split("\n")
    return "\n".join(_restore_capitals(line) for line in lines)


def _restore_capitals(line: str) -> str:
    """ "KẾ HOẠCH" typed in .VnTimeH reads "Kế HOạCH": a line whose plain letters are all capitals
    is a line of capitals (label lines such as "Số: …/KH-UBND" excepted)."""
    ascii_letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
    if len(ascii_letters) >= 4 and all(ch.isupper() for ch in ascii_letters) and ":" not in line:
        return line.upper()
    return line


def _from_windows_1258(data: bytes) -> str:
    return unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))


def _from_vni(data: bytes) -> str:
    text = data.decode("cp1252", errors="replace").translate(_VNI_LETTERS)
    text = _VNI_VOWEL.sub(
        lambda m: m[1] + _VNI_MODIFIERS.get(m[2], "") + _VNI_TONES.get(m[3], ""),
        text,
    )
    return unicodedata.normalize("NFC", text)


LEGACY_ENCODINGS = {"Windows-1258": _from_windows_1258, "TCVN3 (ABC)": _from_tcvn3, "VNI": _from_vni}


def vietnamese_share(text: str) -> float:
    """Share of the non-ASCII characters of `text` that are Vietnamese letters."""
    foreign = [ch for ch in text if ord(ch) > 127]
    if not foreign:
        return 1.0
    return sum(ch in _VIETNAMESE_LETTERS for ch in foreign) / len(foreign)


def decode_text(data: bytes, name: str) -> str:
    """The text of a text file in any of the supported encodings.

    Raises:
        ParseError: binary content, or an encoding none of the readings makes Vietnamese of.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    text = _utf16_without_bom(data)
    if text is not None:
        return text
    if b"\x00" in data[:4096]:
        raise ParseError(f"{name}: binary content, not a text document")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = max((decode(data) for decode in LEGACY_ENCODINGS.values()), key=vietnamese_share)
    if vietnamese_share(text) < _MIN_SHARE:
        raise ParseError(
            f"{name}: not UTF-8 and not recognisably Windows-1258, TCVN3 (ABC) or VNI: "
            "save it as UTF-8 and add it again"
        )
    return text


def _utf16_without_bom(data: bytes) -> str | None:
    """The text of UTF-16 `data` saved without a byte order mark, or None when it is not that."""
    if len(data) % 2:
        return None
    sample = data[:_UTF16_SAMPLE]
    low_first, high_first = sample[0::2], sample[1::2]  # little-endian: the low byte comes first
    for encoding, high, low in (("utf-16-le", high_first, low_first), ("utf-16-be", low_first, high_first)):
        if high.count(0) >= _UTF16_MIN_HIGH_ZEROS * len(high) and low.count(0) <= _UTF16_MAX_LOW_ZEROS * len(low):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                return None
            # Binary data read this way is full of control characters; text has none.
            return None if _CONTROL.search(text) else text
    return None
