"""Date grammar and the facts read from each shipped plan (asserted from reading the plans)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.answer.engine import Engine
from ingest.dates import DatePoint, parse_point, parse_time_expressions, plan_date_point
from ingest.facts import extract_facts
from ingest.parse import parse_document
from tests.conftest import ROOT, SHIPPED

NOV_2024 = DatePoint(dt.date(2024, 11, 1), "month")


@pytest.mark.parametrize(
    ("text", "kind", "start", "end", "extra"),
    [
        ("Từ tháng 11/2024 đến ngày 31/8/2025.", "range", "2024-11", "2025-08-31", ""),
        ("từ nay đến ngày 30/7/2025.", "range", "2024-11", "2025-07-30", ""),
        (
            "từ nay đến khi thành phố tổ chức Đại hội lần thứ X.",
            "range",
            "2024-11",
            None,
            "thành phố tổ chức Đại hội lần thứ X",
        ),
        ("cho đến khi Đại hội XIV thành công.", "until_event", None, None, "Đại hội XIV thành công"),
        ("xong trước ngày 20/02/2025.", "before", None, "2025-02-20", ""),
        ("chậm nhất là ngày 5 tháng 3 năm 2025;", "before", None, "2025-03-05", ""),
        ("trình hồ sơ trong tháng 08 năm 2025.", "in_month", None, "2025-08", ""),
        ("gửi về xã sau 20 ngày tổ chức Đại hội Đảng bộ xã.", "relative", None, None, "tổ chức Đại hội Đảng bộ xã"),
        ("xét vào dịp tổng kết năm 2025.", "occasion", None, None, "tổng kết năm 2025"),
    ],
)
def test_time_expressions(text, kind, start, end, extra) -> None:
    [expression] = parse_time_expressions(text, NOV_2024)
    assert expression.kind == kind
    assert (expression.start.iso() if expression.start else None) == start
    assert (expression.end.iso() if expression.end else None) == end
    assert expression.event == extra


@pytest.mark.parametrize(
    "text",
    [
        "hạn chót 31/2/2025",
        "trước ngày 32/1/2025",
        "Kỷ niệm (19/5/1890 - 19/5/2025)",
        "giai đoạn 2021-2025",
        "năm 2030",
    ],
    ids=["feb-31", "day-32", "anniversary", "year-range", "bare-year"],
)
def test_impossible_dates_anniversaries_and_bare_years_are_not_deadlines(text: str) -> None:
    assert parse_time_expressions(text, NOV_2024) == []


def test_placeholder_plan_dates_never_become_a_made_up_day() -> None:
    assert plan_date_point("tháng 11 năm 2024") == NOV_2024
    assert plan_date_point("năm 2024").iso() == "2024"
    assert plan_date_point("05/03/2025") == DatePoint(dt.date(2025, 3, 5), "day")
    assert plan_date_point("") is None
    assert parse_point("2437/QĐ-TTg") is None


def _facts(doc_id: str, kind: str) -> list:
    document = parse_document(doc_id, (SHIPPED / f"{doc_id}.txt").read_text(encoding="utf-8"))
    return [f for f in extract_facts(document) if f.kind == kind]


def _summary(facts) -> list[tuple]:
    return [(f.section, f.date, f.relative) for f in facts]


def test_bac_son_dossier_recipient_deadline_rewards() -> None:
    doc = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
    assert [f.text for f in _facts(doc, "dossier_item")] == [
        "Tờ trình kèm danh sách đề nghị khen thưởng",
        "Báo cáo thành tích của tập thể, cá nhân (mẫu 08, Nghị định 98/2023/NĐ-CP của Chính phủ)",
        "Biểu tóm tắt thành tích của tập thể, cá nhân",
        "Biên bản họp xét, đề nghị khen thưởng",
    ]
    assert {f.section for f in _facts(doc, "dossier_item")} == {"VI.1"}
    assert _summary(_facts(doc, "deadline")) == [
        ("VI.2", "", "20 ngày sau tổ chức Đại hội Đảng bộ xã nhiệm kỳ 2025-2030")
    ]
    assert next((f.section, f.text) for f in _facts(doc, "recipient")) == ("VI.2", "Hội đồng Thi đua - khen thưởng xã")
    assert [f.text for f in _facts(doc, "reward_form")] == [
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh Lạng Sơn",
        "Giấy khen của Chủ tịch Ủy ban nhân dân xã Bắc Sơn",
    ]
    assert _summary(_facts(doc, "period")) == [
        ("III", "", "đến khi Đại hội đại biểu toàn Quốc lần thứ XIV của Đảng thành công")
    ]


def test_dinh_lap_period_and_dated_deadlines() -> None:
    doc = "dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv"
    period = _facts(doc, "period")
    assert [(f.section, f.start, f.date) for f in period] == [("II.1", "2024-11", "2025-08-31")]
    assert _summary(_facts(doc, "deadline")) == [
        ("III.4", "2025-02-20", ""),
        ("III.4", "2025-08", ""),
        ("III.4", "2025-05-31", ""),
        ("III.4", "2025-01-20", ""),
    ]
    assert [f.text for f in _facts(doc, "standing_body")] == [
        "Phòng Nội vụ – cơ quan thường trực Hội đồng Thi đua - Khen thưởng huyện"
    ]
    # Anniversaries (19/5/1890 - 19/5/2025 …) in III.1 are not deadlines.
    assert all(f.section != "III.1" for f in _facts(doc, "deadline"))


def test_lang_son_period_rewards_and_submission_time() -> None:
    doc = "lang-son-2025-thi-dua-dai-hoi-xiv"
    [period] = _facts(doc, "period")
    assert (period.section, period.start, period.date) == ("III", "2025-10", "")
    assert period.relative.startswith("đến khi tổ chức thành công Đại hội đại biểu toàn quốc lần thứ XIV")
    assert _summary(_facts(doc, "deadline")) == [("IV.3", "", "dịp tổng kết năm 2025")]
    assert [(f.section, f.text) for f in _facts(doc, "reward_form")] == [
        ("IV.1", "Giấy khen của Chủ tịch UBND tỉnh"),
        ("IV.1", "Bằng khen của Chủ tịch UBND tỉnh"),
        ("IV.2", "Bằng khen của Thủ tướng Chính phủ"),
    ]
    assert _facts(doc, "standing_body")[0].text.startswith("Sở Nội vụ – cơ quan thường trực")


def test_an_lao_and_van_quan() -> None:
    an_lao = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"
    [period] = _facts(an_lao, "period")
    assert period.section == "III.2" and period.relative.startswith("đến khi thành phố tổ chức Đại hội Thi đua")
    assert [f.text for f in _facts(an_lao, "recipient")] == ["Ủy ban nhân dân huyện (qua Phòng Nội vụ)"]
    assert [f.text for f in _facts(an_lao, "reward_form")] == ["Bằng khen của Chủ tịch UBND thành phố"]
    assert _facts(an_lao, "deadline") == []  # document numbers and years are not deadlines
    van_quan = "van-quan-2025-thi-dua-luong-van-tri"
    assert _summary(_facts(van_quan, "period")) == [("II.1", "2025-07-30", "")]
    assert _facts(van_quan, "deadline") == []  # 17/8/1910 - 17/8/2025 is an anniversary


def _run(args: list[str], config: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "TDKT_CONFIG": str(config)}
    return subprocess.run([sys.executable, "-m", "bot", *args], capture_output=True, text=True, env=env, cwd=ROOT)


def test_deadlines_and_checklist_commands(engine: Engine, real_config: Path) -> None:
    result = _run(["deadlines", "--json", "--today", "2025-03-01"], real_config)
    assert result.returncode == 0, result.stderr
    entries = [json.loads(line) for line in result.stdout.splitlines()]
    assert {"doc_id", "section", "kind", "date", "relative", "text"} <= set(entries[0])
    dated = [e for e in entries if e["date"]]
    assert dated[0]["date"] == "2025-05-31" and dated[0]["days_left"] == 91  # upcoming first
    assert any(e["date"] == "2025-01-20" and e["days_left"] < 0 for e in dated)
    assert entries[-1]["date"] is None and entries[-1]["relative"]

    text = _run(["checklist", "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"], real_config)
    assert text.returncode == 0 and "2. Báo cáo thành tích của tập thể, cá nhân (mẫu 08" in text.stdout
    assert "Gửi về: Hội đồng Thi đua - khen thưởng xã" in text.stdout
    as_json = json.loads(_run(["checklist", "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa", "--json"], real_config).stdout)
    assert len(as_json["items"]) == 4 and as_json["deadline"].startswith("20 ngày sau")
    unknown = _run(["checklist", "khong-co"], real_config)
    assert unknown.returncode == 1 and "Không có văn bản" in unknown.stdout


def test_eligibility_agency_tasks_and_signers() -> None:
    an_lao = "an-lao-2024-thi-dua-yeu-nuoc-nam-2025"
    assert [f.text[:20] for f in _facts(an_lao, "eligibility")] == ["Tập thể: Các cơ quan", "Cá nhân: Cán bộ, côn"]
    tasks = {f.section: f.text for f in _facts(an_lao, "agency_task")}
    assert sorted(tasks) == ["V.1", "V.2", "V.3", "V.4", "V.5", "V.6"]
    assert tasks["V.6"].startswith("Phòng Nội vụ: Chủ trì, hướng dẫn, theo dõi")
    bac_son = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
    [criteria] = _facts(bac_son, "eligibility")
    assert criteria.section == "V" and "gương mẫu chấp hành tốt chủ trương" in criteria.text
    assert {f.section: f.text for f in _facts(bac_son, "agency_task")}["VII.2"].startswith(
        "Phòng Văn hóa - Xã hội: Chủ trì tham mưu"
    )
    dinh_lap_tasks = _facts("dinh-lap-2024-thi-dua-cao-diem-dai-hoi-xxv", "agency_task")
    assert dinh_lap_tasks[2].text.startswith("Ban Quản lý dự án đầu tư xây dựng huyện đôn đốc nhà thầu")
    signers = {doc: [f.text for f in _facts(doc, "signer")] for doc in (an_lao, "lang-son-2025-thi-dua-dai-hoi-xiv")}
    assert signers == {
        an_lao: ["Chủ tịch Hà Thế Vinh"],
        "lang-son-2025-thi-dua-dai-hoi-xiv": ["Phó Chủ tịch Trần Thanh Nhàn"],
    }


def test_answer_states_the_asked_fact_when_the_chosen_sentences_lack_it() -> None:
    from bot.answer.extractive import Extract, with_facts
    from ingest.chunks import chunk_document
    from knowledge.settings import ChunkingSettings

    doc = "bac-son-2025-thi-dua-dai-hoi-dang-bo-xa"
    document = parse_document(doc, (SHIPPED / f"{doc}.txt").read_text(encoding="utf-8"))
    chunk = next(c for c in chunk_document(document, ChunkingSettings()) if c.section == "VI.2")
    facts = extract_facts(document)
    without_date = Extract(document, chunk, ("Thời gian gửi hồ sơ:",))
    completed = with_facts(without_date, facts, frozenset({"when"}), 450)
    assert "sau 20 ngày tổ chức Đại hội Đảng bộ xã" in completed.quote
    with_date = Extract(document, chunk, ("Hồ sơ gửi sau 20 ngày tổ chức Đại hội.",))
    assert with_facts(with_date, facts, frozenset({"when"}), 450) == with_date
