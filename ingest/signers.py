"""Who signed a document: the signing block's roles ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
TỊCH") and names ("Nông Thị Hạnh").

Most documents put the recipients ("Nơi nhận:") beside the signing block, which text extraction
writes after them. Some (joint plans, mass organisations) put the signing block above the
recipients; a plan two bodies issue together is signed by both, their blocks side by side.
"""

from __future__ import annotations

import re

from knowledge.lexicon import lexicon
from knowledge.schema import SIGNERS_SEPARATOR

_SIGNED = re.compile(r"^\(.*\)$")  # "(Đã ký)", "(Ký, ghi rõ họ tên, đóng dấu)"


def without_rank(line: str) -> str:
    """ "Đại tá Phan Đình Khôi" → "Phan Đình Khôi": a police or army rank before a signer's name."""
    lowered = line.lower()
    rank = next((rank for rank in lexicon().ranks if lowered.startswith(f"{rank} ")), "")
    return line[len(rank) :].strip() if rank else line


def is_name(line: str) -> bool:
    """ "Nông Thị Hạnh": two to six capitalised words, nothing else (after a rank, "Đại tá …")."""
    words = without_rank(line).split()
    capitalised = all(w.isalpha() and w[0].isupper() and (len(w) == 1 or w[1:].islower()) for w in words)
    return 2 <= len(words) <= 6 and capitalised


def is_role(line: str) -> bool:
    """ "KT. CHỦ TỊCH", "GIÁM ĐỐC": a line of the signing block naming the signer's role."""
    return line.isupper() and bool(lexicon().roles.search(line))


def signing_block_start(lines: list[str], recipients_at: int) -> int:
    """Where the signing block standing right above the recipients' line `recipients_at` begins
    (its first role line), or `recipients_at` when no such block (roles, then a name) is there."""
    index = recipients_at
    named = False
    while index > 0:
        line = lines[index - 1].strip()
        if is_name(line):
            named = True
        elif not (line.isupper() or _SIGNED.match(line)):
            break
        index -= 1
    first_role = next((i for i in range(index, recipients_at) if is_role(lines[i].strip())), None)
    return first_role if named and first_role is not None else recipients_at


def signers(lines: list[str]) -> tuple[str, str]:
    """(names, roles) of the signing block's `lines`: the last name and the role above it; or, when
    each of several names has a role line of its own above it, all of them, joined by SIGNERS_SEPARATOR."""
    found: list[tuple[str, str]] = []
    role = ""
    for line in lines:
        if is_role(line):
            role = line
        elif is_name(line) and role:
            found.append((without_rank(line), role))
            role = ""
    if len(found) < 2:
        at = next((i for i in range(len(lines) - 1, -1, -1) if is_name(lines[i])), None)
        if at is None:
            return "", ""
        roles = [line for line in lines[:at] if is_role(line)]
        found = [(without_rank(lines[at]), roles[-1] if roles else "")]
    return (
        SIGNERS_SEPARATOR.join(name for name, _ in found),
        SIGNERS_SEPARATOR.join(_role_case(role) for _, role in found),
    )


def _role_case(role: str) -> str:
    return role.capitalize().replace("chủ tịch", "Chủ tịch") if role else ""
