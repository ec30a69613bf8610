"""The text of one file → its Document, chunks and facts, ready to index; and the same as plain
JSON data, to cross from the reader's child process to the ingest.

It runs in the child process (ingest/sandbox.py), under the memory and time limits of the reading:
a text crafted to make a parser slow costs one refusal too. An unexpected error of a parser on
unusual text refuses the file (its trace logged), as the file's own faults do.

Not done here: reading the file (ingest/reader.py), writing the indexes (ingest/pipeline.py).
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from ingest.chunks import chunk_document
from ingest.facts import extract_facts
from ingest.limits import exceeded
from ingest.parse import parse_document
from knowledge.catalog import document_from_dict, document_to_dict
from knowledge.errors import ParseError
from knowledge.schema import Chunk, Document, Fact
from knowledge.settings import ChunkingSettings, LimitsSettings

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Prepared:
    document: Document
    chunks: tuple[Chunk, ...]
    facts: tuple[Fact, ...]

    def to_dict(self) -> dict:
        return {
            "document": document_to_dict(self.document),
            "chunks": [asdict(chunk) for chunk in self.chunks],
            "facts": [fact.to_dict() for fact in self.facts],
        }

    @classmethod
    def from_dict(cls, data: dict) -> Prepared:
        return cls(
            document_from_dict(data["document"]),
            tuple(Chunk(**chunk) for chunk in data["chunks"]),
            tuple(Fact(**fact) for fact in data["facts"]),
        )


def prepare(doc_id: str, name: str, text: str, limits: LimitsSettings, chunking: ChunkingSettings) -> Prepared:
    """Parse `text` (of the file `name`) into the document `doc_id`, its chunks and facts.

    Raises:
        ParseError: the text holds nothing to index, or a parser failed on it.
        LimitExceededError: more chunks than `[limits] max_document_chunks`.
    """
    try:
        document = parse_document(doc_id, text)
        chunks = chunk_document(document, chunking)
        facts = tuple(extract_facts(document))
    except ParseError:
        raise
    except Exception as error:  # a parser bug on unusual text: this file is refused, the run goes on
        log.exception("Parsing %s failed", name)
        raise ParseError(f"{name}: the text could not be parsed ({type(error).__name__}: {error})") from error
    if len(chunks) > limits.max_document_chunks:
        raise exceeded(name, f"the document's {len(chunks)} chunks", "max_document_chunks", limits)
    return Prepared(document, tuple(chunks), facts)
