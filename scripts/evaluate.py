"""Score the assistant on a question file in the format of shared/eval/dev.jsonl.

Usage: python scripts/evaluate.py QUESTIONS.jsonl [...] [--show-failures] [--fold] [--llm] [--config FILE]

Prints, per file and overall: document@1 and section@1 (first citation, answerable questions),
fact found in the answer, abstentions (declined when it should, answered when it should),
and the median answer length. `--fold` asks every question without diacritics, the way many
Telegram users type. `--llm` answers through the model configured in `[llm]` (the extractive
answers otherwise, whatever the config says) and adds the share of the model's drafts that
passed verification, and why the others did not. Models are loaded once.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.answer.answer import Answer
from bot.answer.engine import Engine
from knowledge.settings import LlmSettings, load_settings
from knowledge.text import fold, normalize


@dataclass
class Score:
    answerable: int = 0
    doc_ok: int = 0
    section_ok: int = 0
    fact_ok: int = 0
    unanswerable: int = 0
    declined_ok: int = 0
    wrongly_declined: int = 0
    lengths: list[int] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    drafted: int = 0  # questions the model was asked (the engine did not decline)
    verified: int = 0  # drafts that passed every check and were shown
    outcomes: Counter[str] = field(default_factory=Counter)  # "verified", "declined" or why it fell back

    def add(self, item: dict, answer: Answer) -> None:
        self.lengths.append(len(answer.text))
        if answer.drafter == "llm" or answer.fallback_reason:
            self.drafted += 1
            self.verified += answer.verified
            outcome = (
                "verified" if answer.verified else "declined" if answer.drafter == "llm" else answer.fallback_reason
            )
            self.outcomes[outcome] += 1
        if item.get("abstain"):
            self.unanswerable += 1
            self.declined_ok += answer.abstained
            if not answer.abstained:
                self.failures.append(f"{item['id']}: answered an unanswerable question: {answer.text[:120]!r}")
            return
        self.answerable += 1
        if answer.abstained:
            self.wrongly_declined += 1
            self.failures.append(f"{item['id']}: declined: {item['question']}")
            return
        first = answer.citations[0] if answer.citations else None
        doc_ok = first is not None and first.doc_id in item["docs"]
        section_ok = doc_ok and (not item["sections"] or first.section in item["sections"])
        text = normalize(answer.text).lower()
        must = [normalize(m).lower() for m in item.get("must", [])]
        any_of = [normalize(m).lower() for m in item.get("any", [])]
        fact_ok = all(_found(m, text) for m in must) and (not any_of or any(_found(m, text) for m in any_of))
        self.doc_ok += doc_ok
        self.section_ok += section_ok
        self.fact_ok += fact_ok
        if not (section_ok and fact_ok):
            where = f"{first.doc_id}#{first.section}" if first else "no citation"
            self.failures.append(
                f"{item['id']}: {'' if section_ok else 'wrong source ' + where + '; '}"
                f"{'' if fact_ok else 'fact missing ' + str(must)}: {item['question']}\n    {answer.text!r}"
            )

    def row(self, name: str, llm: bool = False) -> str:
        median = int(statistics.median(self.lengths)) if self.lengths else 0
        row = (
            f"{name:<28} {self.answerable:>4} {_pct(self.doc_ok, self.answerable)} "
            f"{_pct(self.section_ok, self.answerable)} "
            f"{_pct(self.fact_ok, self.answerable)} {_pct(self.wrongly_declined, self.answerable)} "
            f"{self.unanswerable:>4} {_pct(self.declined_ok, self.unanswerable)} {median:>6}"
        )
        return f"{row} {self.drafted:>6} {_pct(self.verified, self.drafted)}" if llm else row


def _found(must: str, text: str) -> bool:
    """Whether a `must` string is in the answer. One written as a table row's cells ("Chi cục Kiểm
    lâm | 03 | 05") is found when its cells stand in that order on one line: answers show a row as
    "- Chi cục Kiểm lâm - tập thể: 03 - cá nhân: 05"."""
    if " | " not in must:
        return must in text
    cells = must.split(" | ")
    return bool(re.search(".*?".join(re.escape(cell) for cell in cells), text))


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "    -"


HEADER = (
    f"{'file':<28} {'ans':>4} {'doc@1':>6} {'sec@1':>6} {'fact':>6} {'declin':>6} "
    f"{'unans':>4} {'abst':>6} {'median':>6}"
)
LLM_HEADER = f" {'drafts':>6} {'verif':>6}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--show-failures", action="store_true")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--fold", action="store_true", help="ask every question without diacritics")
    parser.add_argument("--llm", action="store_true", help="answer through the model configured in [llm]")
    args = parser.parse_args()
    settings = load_settings(args.config)
    if args.llm and not settings.llm.provider:
        print("error: --llm needs [llm] provider and model (or TDKT_LLM_PROVIDER, TDKT_LLM_MODEL)", file=sys.stderr)
        return 2
    engine = Engine.load(settings if args.llm else replace(settings, llm=LlmSettings()))
    total = Score()
    rows = []
    started = time.perf_counter()
    for path in args.files:
        score = Score()
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if args.fold:
                    item = {**item, "question": fold(item["question"])}
                answer = engine.ask(item["question"])
                score.add(item, answer)
                total.add(item, answer)
        rows.append(score.row(path.name, args.llm))
        if args.show_failures:
            for failure in score.failures:
                print(failure)
    print(HEADER + (LLM_HEADER if args.llm else ""))
    print("\n".join(rows))
    if len(args.files) > 1:
        print(total.row("all", args.llm))
    if args.llm:
        print(
            "model drafts: " + (", ".join(f"{name} {count}" for name, count in total.outcomes.most_common()) or "none")
        )
    print(f"{len(total.lengths)} questions scored in {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
