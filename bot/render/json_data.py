"""Render an answer as the JSON object `python -m bot ask --json` prints (documented in the README)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.render.console import plain_text

if TYPE_CHECKING:
    from bot.answer.answer import Answer


def answer_data(answer: Answer, question_id: object = None) -> dict:
    data = {
        "question": answer.question,
        "answer": plain_text(answer),
        "abstained": answer.abstained,
        "reason": answer.reason,
        "lead": answer.lead,
        "parts": [
            {
                "label": part.label,
                "note": part.note,
                "lines": list(part.lines),
                "sources": [{"label": s.label, "section": s.section, "heading": s.heading} for s in part.sources],
            }
            for part in answer.parts
        ],
        "notes": list(answer.notes),
        "citations": [citation.to_dict() for citation in answer.citations],
        "drafter": answer.drafter,
        "verified": answer.verified,
    }
    return {"id": question_id, **data} if question_id is not None else data
