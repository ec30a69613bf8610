"""The one place that knows Chroma (embedded or server) and where the keyword index lives.

`KnowledgeStore` holds the vector collection (through LangChain's `Chroma`), the catalog and the
keyword index. Chunks are stored with stable ids (a hash of their text), so re-ingesting an
unchanged chunk costs nothing. A change is applied all or nothing (`apply`): vectors first, then
the keyword index, then the catalog (the commit point), then the vectors no longer used are
deleted; a failure at any step puts the previous keyword index and catalog back and deletes the
vectors it added, and a crash part-way leaves the previous catalog in force. The keyword index
records which chunks it was built for, so an index that does not match the catalog is rebuilt.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np
from langchain_core.embeddings import Embeddings

from knowledge.catalog import Catalog, load_catalog, save_catalog
from knowledge.errors import InconsistentStoreError, StoreUnavailableError
from knowledge.keyword import KeywordIndex
from knowledge.schema import Chunk
from knowledge.settings import Settings

log = logging.getLogger(__name__)
_BATCH = 32
_BUILT_FOR = "built-for.sha256"


def _fingerprint(chunks: list[Chunk]) -> str:
    """Which chunks, in which order, a keyword index was built for."""
    return hashlib.sha256("\n".join(c.id for c in chunks).encode()).hexdigest()


def _identity(path: Path) -> tuple[int, int]:
    """Which file is at `path` (it is replaced, never rewritten in place); (0, 0) when none."""
    try:
        status = path.stat()
    except FileNotFoundError:
        return (0, 0)
    return (status.st_ino, status.st_mtime_ns)


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
        # Vectors already fetched by `similarities`, valid for the catalog they were fetched under.
        self._fetched_vectors: dict[str, np.ndarray] = {}
        self._fetched_for: Catalog | None = None

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

    @property
    def _keyword_built_for_path(self) -> Path:
        return self._keyword_path / _BUILT_FOR

    def _load_keyword_index(self) -> KeywordIndex:
        chunks = self.catalog.ordered_chunks()
        if not (self._keyword_path / "size.json").is_file():
            return KeywordIndex.build([c.search_text for c in chunks])
        try:
            index = KeywordIndex.load(self._keyword_path)
            built_for = self._keyword_built_for_path
            matches = not built_for.is_file() or built_for.read_text() == _fingerprint(chunks)
            if index.size == len(chunks) and matches:
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

    def apply(
        self, catalog: Catalog, new_chunks: list[Chunk], progress: Callable[[int], None] = lambda n: None
    ) -> None:
        """Make `catalog` the searchable state, all or nothing: embed `new_chunks` (those without
        a vector yet), write the keyword index and the catalog, delete the vectors `catalog` no
        longer uses.

        Raises:
            StoreUnavailableError: a step failed (Chroma, or the index folder on disk); the previous
                catalog and keyword index are in force again and the vectors added are deleted
                (if Chroma refuses that too, they are unused and the next change deletes them).
            InconsistentStoreError: the previous catalog could not be written back either.
            Any other error (the embedding model failing, say) is rolled back the same way and
            propagates unchanged.
        """
        previous, previous_keyword = self.catalog, self.keyword
        added = {c.id for c in new_chunks} - set(previous.chunks)
        on_disk = _identity(self._catalog_path)
        writing = False
        try:
            self.add_chunks(new_chunks, progress)
            writing = True
            self.commit(catalog)
            self.delete_chunks(self.vector_ids() - set(catalog.chunks))
        except BaseException as error:
            self._roll_back(previous, previous_keyword, added, on_disk if writing else None)
            if isinstance(error, StoreUnavailableError):
                raise StoreUnavailableError(f"{error}; the knowledge base was left as it was") from error
            raise

    def _roll_back(
        self, catalog: Catalog, keyword: KeywordIndex, added: set[str], on_disk: tuple[int, int] | None
    ) -> None:
        """Put `catalog` and its `keyword` index back and delete the `added` vectors; `on_disk`
        identifies the catalog file as it was, None when nothing was written yet."""
        try:
            self.delete_chunks(added)
        except StoreUnavailableError as error:
            log.warning("Rolling back: %d new vectors left unused in Chroma (%s)", len(added), error)
        self.catalog, self.keyword = catalog, keyword
        if on_disk is None:
            return
        try:
            self._write(catalog, keyword)
        except StoreUnavailableError as error:
            if _identity(self._catalog_path) == on_disk:
                return  # the catalog file never changed (a keyword index left behind is rebuilt when loaded)
            log.error("Rolling back failed (%s): run `python -m ingest` once the store is writable", error)
            raise InconsistentStoreError(f"the change could not be rolled back: {error}") from error

    def commit(self, catalog: Catalog) -> None:
        """Make `catalog` the searchable state: rebuild the keyword index, then write the catalog.

        Raises:
            StoreUnavailableError: the index folder cannot be written.
        """
        self._write(catalog, KeywordIndex.build([c.search_text for c in catalog.ordered_chunks()]))

    def _write(self, catalog: Catalog, index: KeywordIndex) -> None:
        try:
            index.save(self._keyword_path)
            self._keyword_built_for_path.write_text(_fingerprint(catalog.ordered_chunks()))
            save_catalog(catalog, self._catalog_path)
        except OSError as error:
            raise StoreUnavailableError(f"cannot write the index folder {self._index_dir}: {error}") from error
        self.catalog, self.keyword = catalog, index

    def similarities(self, query_vector: list[float], chunk_ids: list[str]) -> dict[str, float]:
        """Cosine similarity of `query_vector` to each of `chunk_ids` that has a vector."""
        if self._fetched_for is not self.catalog:
            self._fetched_vectors, self._fetched_for = {}, self.catalog
        missing = [chunk_id for chunk_id in chunk_ids if chunk_id not in self._fetched_vectors]
        if missing:
            try:
                found = self._vectors._collection.get(ids=missing, include=["embeddings"])
            except _store_errors() as error:
                raise StoreUnavailableError(f"Chroma lookup failed: {error}") from error
            vectors = np.asarray(found["embeddings"], dtype=np.float32).reshape(len(found["ids"]), -1)
            self._fetched_vectors.update(zip(found["ids"], vectors, strict=True))
        known = [chunk_id for chunk_id in dict.fromkeys(chunk_ids) if chunk_id in self._fetched_vectors]
        if not known:
            return {}
        vectors = np.stack([self._fetched_vectors[chunk_id] for chunk_id in known])
        query = np.asarray(query_vector, dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1) * np.linalg.norm(query)
        cosines = vectors @ query / np.where(norms == 0, 1.0, norms)
        return dict(zip(known, map(float, cosines), strict=True))

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
