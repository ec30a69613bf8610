"""The embedding model served through ONNX Runtime: the vectors sentence-transformers gives, faster
and without PyTorch in the serving process.

The assistant embeds every question while a user waits, and the bot embeds documents uploaded in
chat. Both go through ONNX Runtime (installed with chromadb): 1.5x faster than PyTorch on this
machine, and the bot's memory holds one copy of the weights instead of two. `python -m ingest`
keeps using sentence-transformers; the vectors agree to a cosine of 0.99999.

On first use the model's transformer is exported with `torch.onnx` (needs the `onnx` package) into
a folder of its own with the tokenizer and reference vectors computed by sentence-transformers.
Every load checks the graph against those vectors; any doubt and the caller falls back to
sentence-transformers.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import warnings
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings

log = logging.getLogger(__name__)
_PROBES = ["hồ sơ đề nghị khen thưởng gửi về đâu?", "Thời gian thi đua: từ ngày 01/6/2025 đến 30/9/2025."]
_MIN_AGREEMENT = 0.9999
_GRAPH = "model.onnx"
_REFERENCE = "reference.json"


class OnnxEmbeddings(Embeddings):
    """Mean-pooled, normalised sentence embeddings of an exported transformer."""

    def __init__(self, folder: Path, query_prompt: str, passage_prompt: str, batch_size: int) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        reference = json.loads((folder / _REFERENCE).read_text(encoding="utf-8"))
        self._tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self._tokenizer.enable_truncation(max_length=reference["max_length"])
        self._tokenizer.enable_padding(pad_id=reference["pad_id"], pad_token=reference["pad_token"])
        options = onnxruntime.SessionOptions()
        # One thread per call, and callers run one call per core (`parallel_calls`): under load
        # this beat splitting each call over the cores, whose threads then wait for each other
        # whenever the event loop takes a core (p95 of 50 users at once: 0.83 s against 0.96 s).
        options.intra_op_num_threads = 1
        self._session = onnxruntime.InferenceSession(str(folder / _GRAPH), options, providers=["CPUExecutionProvider"])
        self._query_prompt = query_prompt
        self._passage_prompt = passage_prompt
        self._batch_size = batch_size
        self.reference = reference
        self.parallel_calls = os.cpu_count() or 1

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._embed([self._passage_prompt + text for text in texts])

    def embed_query(self, text: str) -> list[float]:
        return self.embed_queries([text])[0]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        return self._embed([self._query_prompt + text for text in texts])

    def _embed(self, texts: list[str]) -> list[list[float]]:
        # Length-sorted batches keep padding, and so wasted work, small.
        order = sorted(range(len(texts)), key=lambda index: len(texts[index]))
        vectors: list[list[float]] = [[] for _ in texts]
        for start in range(0, len(order), self._batch_size):
            batch = order[start : start + self._batch_size]
            for index, vector in zip(batch, self._embed_batch([texts[i] for i in batch]), strict=True):
                vectors[index] = vector.tolist()
        return vectors

    def _embed_batch(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([encoding.ids for encoding in encodings], dtype=np.int64)
        mask = np.array([encoding.attention_mask for encoding in encodings], dtype=np.int64)
        (hidden,) = self._session.run(None, {"input_ids": ids, "attention_mask": mask})
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        return pooled / np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)


def load_onnx_embeddings(
    folder: Path, load_sentence_transformer: Any, query_prompt: str, passage_prompt: str, batch_size: int
) -> OnnxEmbeddings | None:
    """The model in `folder` (exported there first from `load_sentence_transformer()`, LangChain's
    HuggingFaceEmbeddings), or None when the model is not a mean-pooled transformer or the graph
    cannot be made or disagrees with its reference vectors."""
    try:
        if not onnx_export_exists(folder) and not export_onnx(load_sentence_transformer(), folder, query_prompt):
            return None
        embeddings = OnnxEmbeddings(folder, query_prompt, passage_prompt, batch_size)
    except Exception as error:  # sentence-transformers still gives the same answers
        log.warning("Embedding through sentence-transformers: no ONNX graph (%s)", error)
        return None
    expected = np.array(embeddings.reference["vectors"])
    agreement = float(np.min(np.sum(np.array(embeddings.embed_queries(_PROBES)) * expected, axis=1)))
    if embeddings.reference["query_prompt"] != query_prompt or agreement < _MIN_AGREEMENT:
        log.warning("Embedding through sentence-transformers: the ONNX graph disagrees (cosine %.5f)", agreement)
        return None
    return embeddings


def _is_mean_pooled_transformer(model: Any) -> bool:
    names = [type(module).__name__ for module in model]
    if names[:2] != ["Transformer", "Pooling"] or names[2:] not in ([], ["Normalize"]):
        return False
    return model[1].get_config_dict().get("pooling_mode") == "mean"


def onnx_export_exists(folder: Path) -> bool:
    return (folder / _REFERENCE).is_file()


def export_onnx(langchain_embeddings: Any, folder: Path, query_prompt: str) -> bool:
    """Export the transformer of `langchain_embeddings` (LangChain's HuggingFaceEmbeddings) with
    its tokenizer and reference vectors into `folder`, atomically; False when the model is not a
    mean-pooled transformer with a fast tokenizer."""
    model = langchain_embeddings._client  # the SentenceTransformer behind LangChain's wrapper
    if not _is_mean_pooled_transformer(model) or not getattr(model.tokenizer, "is_fast", False):
        log.info("Embedding through sentence-transformers: the model is not a mean-pooled transformer")
        return False
    import torch

    class LastHiddenState(torch.nn.Module):
        def __init__(self, transformer: torch.nn.Module) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            return self.transformer(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state

    log.info("Exporting the embedding model to ONNX in %s (first use only)", folder)
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    sample = model.tokenizer(_PROBES, padding=True, return_tensors="pt")
    dynamic = {0: "batch", 1: "tokens"}
    with warnings.catch_warnings(), torch.no_grad():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            LastHiddenState(model[0].auto_model).eval(),
            (sample["input_ids"], sample["attention_mask"]),
            str(partial / _GRAPH),
            input_names=["input_ids", "attention_mask"],
            output_names=["last_hidden_state"],
            dynamic_axes={"input_ids": dynamic, "attention_mask": dynamic, "last_hidden_state": dynamic},
            opset_version=17,
            dynamo=False,
        )
    model.tokenizer.backend_tokenizer.save(str(partial / "tokenizer.json"))
    reference = {
        "max_length": model.max_seq_length,
        "pad_id": model.tokenizer.pad_token_id,
        "pad_token": model.tokenizer.pad_token,
        "query_prompt": query_prompt,
        "vectors": [langchain_embeddings.embed_query(probe) for probe in _PROBES],
    }
    (partial / _REFERENCE).write_text(json.dumps(reference), encoding="utf-8")
    shutil.rmtree(folder, ignore_errors=True)
    os.replace(partial, folder)
    return True
