"""The catalog: every indexed document (metadata, sections, text, content hash) and its chunks.

It is one JSON file written atomically (temporary file + rename) and is the commit point of an
ingest: until it is replaced, searches see the previous, complete state. Vectors live in Chroma,
keyword postings in the keyword index; both are keyed by the chunk ids listed here.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from knowledge.schema import Chunk, Document, Fact, Section

FORMAT_VERSION = 2


@dataclass(frozen=True)
class StoredDocument:
    document: Document
    source: str
    content_hash: str
    chunk_ids: tuple[str, ...]
    facts: tuple[Fact, ...] = ()


@dataclass
class Catalog:
    model: str = ""
    documents: dict[str, StoredDocument] = field(default_factory=dict)
    chunks: dict[str, Chunk] = field(default_factory=dict)

    def ordered_chunks(self) -> list[Chunk]:
        """Chunks grouped by document in id order of their documents, in reading order."""
        return [self.chunks[cid] for doc_id in sorted(self.documents) for cid in self.documents[doc_id].chunk_ids]

    def facts(self, kind: str | None = None) -> list[Fact]:
        """Facts of every document (of one kind if given), documents in id order."""
        return [
            fact
            for doc_id in sorted(self.documents)
            for fact in self.documents[doc_id].facts
            if kind is None or fact.kind == kind
        ]

    def document(self, doc_id: str) -> Document | None:
        stored = self.documents.get(doc_id)
        return stored.document if stored else None


def document_to_dict(document: Document) -> dict:
    data = asdict(document)
    data["sections"] = [asdict(s) for s in document.sections]
    return data


def document_from_dict(data: dict) -> Document:
    sections = tuple(Section(**s) for s in data.pop("sections"))
    data["replaces"] = tuple(data.get("replaces", ()))
    return Document(sections=sections, **data)


def save_catalog(catalog: Catalog, path: Path) -> None:
    """Write `catalog` to `path` atomically."""
    payload = {
        "version": FORMAT_VERSION,
        "model": catalog.model,
        "documents": [
            {
                "document": document_to_dict(stored.document),
                "source": stored.source,
                "content_hash": stored.content_hash,
                "chunk_ids": list(stored.chunk_ids),
                "facts": [fact.to_dict() for fact in stored.facts],
            }
            for stored in catalog.documents.values()
        ],
        "chunks": [asdict(chunk) for chunk in catalog.chunks.values()],
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    os.replace(temporary, path)


def load_catalog(path: Path) -> Catalog:
    """Read the catalog at `path`; a missing file is an empty catalog."""
    if not path.is_file():
        return Catalog()
    payload = json.loads(path.read_text(encoding="utf-8"))
    if payload.get("version") != FORMAT_VERSION:
        return Catalog()
    documents = {}
    for item in payload["documents"]:
        document = document_from_dict(item["document"])
        facts = tuple(Fact(**fact) for fact in item.get("facts", []))
        documents[document.doc_id] = StoredDocument(
            document, item["source"], item["content_hash"], tuple(item["chunk_ids"]), facts
        )
    chunks = {c["id"]: Chunk(**c) for c in payload["chunks"]}
    return Catalog(payload.get("model", ""), documents, chunks)
