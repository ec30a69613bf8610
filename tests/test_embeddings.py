import json
import shutil
import threading
from pathlib import Path

import numpy as np
import pytest

from knowledge.embeddings import QueryBatcher, load_embeddings, load_serving_embeddings
from knowledge.onnx_embeddings import OnnxEmbeddings, load_onnx_embeddings
from knowledge.settings import Settings
from tests.conftest import SHIPPED, HashingEmbeddings

QUESTIONS = [
    "Hồ sơ đề nghị khen thưởng gồm những gì?",
    "ho so gui ve dau",
    "Thời gian thi đua đến khi nào?",
    "Ai ký kế hoạch thi đua của huyện An Lão?",
]


def _plan_passages() -> list[str]:
    text = next(SHIPPED.glob("*.txt")).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if len(line) > 80][:6]


@pytest.fixture(scope="module")
def both_runtimes(engine, real_settings: Settings):
    """The serving embeddings (exported by the engine fixture) and sentence-transformers."""
    return load_serving_embeddings(real_settings.embeddings), load_embeddings(real_settings.embeddings)


def _cosines(left: list[list[float]], right: list[list[float]]) -> np.ndarray:
    return np.sum(np.array(left) * np.array(right), axis=1)


def test_onnx_questions_and_passages_get_the_sentence_transformers_vectors(both_runtimes) -> None:
    onnx, reference = both_runtimes
    assert isinstance(onnx, OnnxEmbeddings)
    assert _cosines(onnx.embed_queries(QUESTIONS), [reference.embed_query(q) for q in QUESTIONS]).min() > 0.9999
    passages = _plan_passages()
    assert _cosines(onnx.embed_documents(passages), reference.embed_documents(passages)).min() > 0.9999


def test_a_graph_that_disagrees_with_its_reference_is_not_used(
    both_runtimes, real_settings: Settings, tmp_path: Path
) -> None:
    exported = next((real_settings.embeddings.cache_dir / "onnx").iterdir())
    copy = tmp_path / "graph"
    shutil.copytree(exported, copy)
    reference = json.loads((copy / "reference.json").read_text(encoding="utf-8"))
    reference["vectors"] = [list(reversed(vector)) for vector in reference["vectors"]]
    (copy / "reference.json").write_text(json.dumps(reference), encoding="utf-8")

    def no_export():
        raise AssertionError("the graph exists: nothing to export")

    assert load_onnx_embeddings(copy, no_export, "query: ", "passage: ", 8) is None


class _CountingEmbeddings(HashingEmbeddings):
    def __init__(self) -> None:
        super().__init__()
        self.batches: list[int] = []
        self.fail = False

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(len(texts))
        if self.fail:
            raise RuntimeError("model crashed")
        return [self._vector(text) for text in texts]


def _ask_together(batcher: QueryBatcher, questions: list[str]) -> dict[str, list[float] | Exception]:
    results: dict[str, list[float] | Exception] = {}
    start = threading.Barrier(len(questions))

    def ask(question: str) -> None:
        start.wait()
        try:
            results[question] = batcher.embed_query(question)
        except Exception as error:
            results[question] = error

    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return results


def test_questions_asked_together_are_embedded_in_batches_and_each_caller_gets_its_own_vector() -> None:
    inner = _CountingEmbeddings()
    questions = [f"câu hỏi số {n} về hồ sơ khen thưởng" for n in range(20)]
    results = _ask_together(QueryBatcher(inner, workers=2, max_batch=8), questions)
    assert all(results[q] == inner._vector(q) for q in questions)
    assert sum(inner.batches) == 20 and len(inner.batches) < 20 and max(inner.batches) <= 8


def test_a_model_failure_reaches_every_waiting_caller() -> None:
    inner = _CountingEmbeddings()
    inner.fail = True
    results = _ask_together(QueryBatcher(inner), QUESTIONS)
    assert all(isinstance(results[q], RuntimeError) for q in QUESTIONS)
