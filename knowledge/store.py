"""The one place that knows Chroma (embedded or server) and where the keyword index lives.

`KnowledgeStore` holds the vector collection (through LangChain's `Chroma`), the catalog and the
keyword index. Chunks are stored with stable ids (a hash of their text), so re-ingesting an
unchanged chunk costs nothing. Writes follow one order: vectors first, then the keyword index,
then the catalog (the commit point); a crash part-way leaves the previous catalog in force.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from pathlib import Path

from langchain_core.embeddings import Embeddings

from knowledge.catalog import Catalog, load_catalog, save_catalog
from knowledge.errors import StoreUnavailableError
from knowledge.keyword import KeywordIndex
from knowledge.schema import Chunk
from knowledge.settings import Settings

log = logging.getLogger(__name__)
_BATCH = 32


def _store_errors() -> tuple[type[BaseException], ...]:
    """What Chroma raises when its folder or server fails; anything else (an embedding model
    error, say) is not a store outage and propagates unchanged. Imported lazily: Chroma takes a
    second to import, and a no-change ingest never needs it."""
    import httpx
    from chromadb.errors import ChromaError

    return (ChromaError, httpx.HTTPError, OSError, ValueError)


def chunk_metadata(chunk: Chunk) -> dict[str, str | int]:
    """Flat Chroma metadata of a chunk (str/int only)."""
    return {
        "doc_id": chunk.doc_id,
        "section": chunk.section,
        "heading": chunk.heading,
        "start": chunk.start,
        "end": chunk.end,
    }


def _chroma_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    store = settings.store
    try:
        if store.mode == "server":
            return chromadb.HttpClient(host=store.host, port=store.port, settings=chroma_settings)
        Path(store.path).mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(store.path), settings=chroma_settings)
    except Exception as error:  # chromadb raises bare Exception/ValueError subclasses for I/O faults
        where = f"{store.host}:{store.port}" if store.mode == "server" else str(store.path)
        raise StoreUnavailableError(f"Chroma store at {where} is unavailable: {error}") from error


class KnowledgeStore:
    """Vectors in Chroma, keyword index and catalog on disk under `store.index_dir`."""

    def __init__(self, settings: Settings, embeddings: Embeddings) -> None:
        self._settings = settings
        self._embeddings = embeddings
        self._index_dir = Path(settings.store.index_dir)
        self._chroma = None
        self.catalog = load_catalog(self._catalog_path)
        self.keyword = self._load_keyword_index()

    @property
    def _vectors(self):
        """The LangChain Chroma collection, opened on first use."""
        if self._chroma is None:
            from langchain_chroma import Chroma

            client = _chroma_client(self._settings)
            try:
                self._chroma = Chroma(
                    collection_name=self._settings.store.collection,
                    embedding_function=self._embeddings,
                    client=client,
                    collection_metadata={"hnsw:space": "cosine"},
                )
            except Exception as error:  # the server may fail in many ways while creating the collection
                raise StoreUnavailableError(f"cannot open Chroma collection: {error}") from error
        return self._chroma

    def connect(self) -> None:
        """Open the vector store now (the bot does this at start-up to fail early), with a warning
        when it holds fewer vectors than the catalog has chunks (a store deleted or replaced:
        dense search would miss them until `python -m ingest` embeds them again).

        Raises:
            StoreUnavailableError: when Chroma cannot be reached.
        """
        try:
            count = self._vectors._collection.count()
        except _store_errors() as error:
            raise StoreUnavailableError(f"Chroma is unavailable: {error}") from error
        if count < len(self.catalog.chunks):
            log.warning(
                "The vector store holds %d vectors for the catalog's %d chunks: run `python -m ingest`",
                count, len(self.catalog.chunks),
            )  # fmt: skip

    @property
    def _catalog_path(self) -> Path:
        return self._index_dir / "catalog.json"

    @property
    def _keyword_path(self) -> Path:
        return self._index_dir / "keyword"

    def _load_keyword_index(self) -> KeywordIndex:
        chunks = self.catalog.ordered_chunks()
        if not (self._keyword_path / "size.json").is_file():
            return KeywordIndex.build([c.search_text for c in chunks])
        try:
            index = KeywordIndex.load(self._keyword_path)
            if index.size == len(chunks):
                return index
        except (OSError, ValueError, KeyError):
            log.warning("Keyword index at %s unreadable; rebuilding it from the catalog", self._keyword_path)
        return KeywordIndex.build([c.search_text for c in chunks])

    def vector_ids(self) -> set[str]:
        """Ids of every chunk that has a vector in Chroma."""
        try:
            return set(self._vectors.get(include=[])["ids"])
        except _store_errors() as error:
            raise StoreUnavailableError(f"Chroma is unavailable: {error}") from error

    def add_chunks(self, chunks: list[Chunk], progress: Callable[[int], None] = lambda n: None) -> None:
        """Embed and upsert `chunks`; `progress(n)` is called after each batch of n."""
        for start in range(0, len(chunks), _BATCH):
            batch = chunks[start : start + _BATCH]
            try:
                self._vectors.add_texts(
                    texts=[c.search_text for c in batch],
                    metadatas=[chunk_metadata(c) for c in batch],
                    ids=[c.id for c in batch],
                )
            except _store_errors() as error:
                raise StoreUnavailableError(f"Chroma rejected the write: {error}") from error
            progress(len(batch))

    def reset_vectors(self) -> None:
        """Drop every vector (the model changed, or a rebuild was asked for)."""
        try:
            self._vectors.reset_collection()
        except _store_errors() as error:
            raise StoreUnavailableError(f"cannot reset the Chroma collection: {error}") from error

    def delete_chunks(self, ids: Iterable[str]) -> None:
        ids = list(ids)
        if not ids:
            return
        try:
            self._vectors.delete(ids=ids)
        except _store_errors() as error:
            raise StoreUnavailableError(f"Chroma rejected the delete: {error}") from error

    def commit(self, catalog: Catalog) -> None:
        """Make `catalog` the searchable state: rebuild the keyword index, then write the catalog."""
        index = KeywordIndex.build([c.search_text for c in catalog.ordered_chunks()])
        index.save(self._keyword_path)
        save_catalog(catalog, self._catalog_path)
        self.catalog, self.keyword = catalog, index

    def dense_search(
        self, query_vector: list[float], k: int, doc_ids: set[str] | None = None
    ) -> list[tuple[str, float]]:
        """Chunk ids with cosine similarity to `query_vector`, best first."""
        where = None
        if doc_ids:
            where = {"doc_id": {"$in": sorted(doc_ids)}} if len(doc_ids) > 1 else {"doc_id": next(iter(doc_ids))}
        try:
            # Ids and distances only: LangChain's search also loads every hit's text and metadata,
            # which tripled the cost of a query (the catalog has them already).
            results = self._vectors._collection.query(
                query_embeddings=[query_vector], n_results=k, where=where, include=["distances"]
            )
        except _store_errors() as error:
            raise StoreUnavailableError(f"Chroma search failed: {error}") from error
        return [
            (chunk_id, 1.0 - distance)
            for chunk_id, distance in zip(results["ids"][0], results["distances"][0], strict=True)
        ]
