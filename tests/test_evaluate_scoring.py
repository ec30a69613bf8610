"""How `scripts/evaluate.py` finds a `must` string in an answer."""

import importlib.util
import sys
from pathlib import Path

import pytest

_SPEC = importlib.util.spec_from_file_location(
    "evaluate", Path(__file__).resolve().parents[1] / "scripts" / "evaluate.py"
)
assert _SPEC and _SPEC.loader
evaluate = importlib.util.module_from_spec(_SPEC)
sys.modules["evaluate"] = evaluate  # its dataclasses look their module up
_SPEC.loader.exec_module(evaluate)


@pytest.mark.parametrize(
    ("must", "answer", "found"),
    [
        ("trước ngày 05/12/2025", "gửi về phòng nội vụ trước ngày 05/12/2025.", True),
        ("trước ngày 05/12/2025", "gửi về phòng nội vụ trước ngày 15/12/2025.", False),
        # A table row's cells, in order on one line of the answer.
        ("chi cục kiểm lâm | 03 | 05", "- chi cục kiểm lâm - tập thể: 03 - cá nhân: 05", True),
        ("chi cục kiểm lâm | 03 | 05", "- chi cục kiểm lâm - tập thể: 05 - cá nhân: 03", False),
        ("chi cục kiểm lâm | 03 | 05", "- chi cục kiểm lâm - tập thể: 03\n- trung tâm - cá nhân: 05", False),
    ],
)
def test_a_must_string_is_found_as_written_or_as_a_rows_cells(must: str, answer: str, found: bool) -> None:
    assert evaluate._found(must, answer) is found
