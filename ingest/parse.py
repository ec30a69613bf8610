"""Turn a file's raw text into a Document: normalise, split into sections, read the metadata."""

from __future__ import annotations

from ingest.layout import remove_page_furniture, remove_rules, split_columns
from ingest.metadata import extract_metadata
from ingest.sections import parse_sections
from ingest.tables import tables_to_rows
from knowledge.schema import Document
from knowledge.text import normalize


def parse_document(doc_id: str, raw_text: str) -> Document:
    """Parse raw extracted text of one plan.

    Raises:
        ParseError: when the text holds nothing to index.
    """
    text = remove_page_furniture(remove_rules(normalize(split_columns(tables_to_rows(raw_text)))))
    sections = parse_sections(doc_id, text)
    meta = extract_metadata(doc_id, text, sections)
    return Document(
        doc_id=doc_id,
        title=meta.title,
        kind=meta.kind,
        locality=meta.locality,
        issuer=meta.issuer,
        number=meta.number,
        date=meta.date,
        signer=meta.signer,
        signer_role=meta.signer_role,
        effective_date=meta.effective_date,
        replaces=meta.replaces,
        sections=tuple(sections),
        text=text,
    )
