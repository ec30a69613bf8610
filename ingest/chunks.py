"""Cut a parsed document into retrievable chunks along its sections.

One chunk per section body; a long body is split with overlap (LangChain's recursive splitter on
line, sentence and clause boundaries) and every piece keeps its section path. Points ("điểm a)",
"b)") are read with their clause, which introduces them ("Hồ sơ gồm:"): a clause's chunk holds its
points as lines, and a point has no chunk of its own (its path stays citable). Titles of the
chapters or parts left out of a path ("Chương IV Hồ sơ, thủ tục") are part of the search text. Each
row of a table is also a chunk of its own, cited by the section that holds the table. Each chunk's search
text starts with the document label and the heading chain, which helps both retrieval sides.
Chunk ids hash that text, so an unchanged chunk keeps its id (and its vector) across ingests.
"""

from __future__ import annotations

import hashlib
import re

from langchain_text_splitters import RecursiveCharacterTextSplitter

from knowledge.schema import Chunk, Document, Section
from knowledge.settings import ChunkingSettings
from knowledge.text import LIST_MARK, is_table_row


def _splitter(settings: ChunkingSettings) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=settings.max_chars,
        chunk_overlap=settings.overlap_chars,
        separators=["\n", ". ", "; ", ", ", " "],
        keep_separator="end",
    )


def section_text(document: Document, section: Section) -> str:
    """A section's body followed by its points, one line each ("a) …"), and the paragraph closing
    their list. A clause with no body of its own is the sentence that introduces its points ("1.
    Thành phố tổ chức 05 khối thi đua:"): that sentence leads its text, since it often states the
    fact (how many, who)."""
    points = [
        f"{s.path.rsplit('.', 1)[-1]}) {_point_text(s)}"
        for s in document.sections
        if s.parent_path == section.path and s.is_point
    ]
    introduction = f"{section.heading.rstrip(' :')}:" if points and not section.body and section.heading else ""
    return "\n".join(part for part in (introduction or section.body, *points, section.closing) if part)


def _point_text(point: Section) -> str:
    """The whole line of a point: 'Danh hiệu "Lao động tiên tiến": 0,3 lần…' was split at its colon.
    A point introducing a list or table ("Danh sách đề nghị như sau:") keeps its rows on lines of
    their own."""
    if not point.body or point.body.startswith(point.heading.rstrip("…")):
        return point.body or point.heading
    joint = "\n" if re.match(LIST_MARK, point.body) else " "
    return f"{point.heading}:{joint}{point.body}"


def _title(document: Document, section: Section) -> str:
    """The section's heading, or, when that is only its first words cut short, its parent's title."""
    current: Section | None = section
    while current is not None and current.heading.endswith("…"):
        current = document.section(current.parent_path) if current.parent_path else None
    return current.heading if current is not None else ""


def chunk_document(document: Document, settings: ChunkingSettings) -> list[Chunk]:
    """Return the chunks of `document` in reading order."""
    splitter = _splitter(settings)
    chunks: list[Chunk] = []
    for section in document.sections:
        text = "" if section.is_point else section_text(document, section)
        if not text:
            continue
        heading_chain = " › ".join(part for part in (section.context, document.heading_chain(section.path)) if part)
        pieces = splitter.split_text(text) if len(text) > settings.max_chars else [text]
        # A table row names its row and columns ("Cờ thi đua … - hạn nộp hồ sơ: … - số lượng: …"):
        # it is also found on its own, as precisely as a sentence.
        rows = [line for line in text.split("\n") if is_table_row(line)]
        pieces += rows if rows != [text] else []
        for piece in pieces:
            search_text = f"{document.label} | {section.path} {heading_chain}\n{piece}"
            digest = hashlib.sha1(search_text.encode("utf-8")).hexdigest()[:16]
            chunks.append(
                Chunk(
                    id=f"{document.doc_id}:{digest}",
                    doc_id=document.doc_id,
                    section=section.path,
                    heading=section.heading,
                    text=piece.strip(),
                    search_text=search_text,
                    start=section.start,
                    end=section.end,
                    title=_title(document, section),
                )
            )
    return chunks
