"""Cut a parsed document into retrievable chunks along its sections.

One chunk per section body; a long body is split with overlap (LangChain's recursive splitter on
line, sentence and clause boundaries) and every piece keeps its section path. Each chunk's search
text starts with the document label and the heading chain, which helps both retrieval sides.
Chunk ids hash that text, so an unchanged chunk keeps its id (and its vector) across ingests.
"""

from __future__ import annotations

import hashlib

from langchain_text_splitters import RecursiveCharacterTextSplitter

from knowledge.schema import Chunk, Document
from knowledge.settings import ChunkingSettings


def _splitter(settings: ChunkingSettings) -> RecursiveCharacterTextSplitter:
    return RecursiveCharacterTextSplitter(
        chunk_size=settings.max_chars,
        chunk_overlap=settings.overlap_chars,
        separators=["\n", ". ", "; ", ", ", " "],
        keep_separator="end",
    )


def chunk_document(document: Document, settings: ChunkingSettings) -> list[Chunk]:
    """Return the chunks of `document` in reading order."""
    splitter = _splitter(settings)
    chunks: list[Chunk] = []
    for section in document.sections:
        if not section.body:
            continue
        heading_chain = document.heading_chain(section.path)
        pieces = splitter.split_text(section.body) if len(section.body) > settings.max_chars else [section.body]
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
                )
            )
    return chunks
