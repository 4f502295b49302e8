"""Sentence embeddings of claims in context, cached in the store (built on `match.Embedder`).

A claim's context is its sentence. Texts are de-duplicated (claims of one sentence share a
vector), looked up in the cache, and only the missing ones are encoded, in batches; the model
is loaded only when something is missing.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

MODEL_ID = "all-MiniLM-L6-v2"
DIM = 384


class VectorCache(Protocol):
    def get_vectors(self, model: str, keys: list[str]) -> dict[str, bytes]: ...
    def put_vectors(self, model: str, items: list[tuple[str, bytes]]) -> None: ...


@dataclass(frozen=True, slots=True)
class EmbedStats:
    claims: int         # items embedded (claims, or texts)
    texts: int          # distinct contexts
    cached: int         # of which found in the cache
    encoded: int
    seconds: float      # time spent encoding (model load excluded)
    device: str | None

    @property
    def claims_per_s(self) -> float:
        return self.claims / self.seconds if self.seconds > 0 else float("inf")


def claim_context(claim: dict[str, Any]) -> str:
    return claim.get("sentence") or claim["quote"]


def text_key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def embed_claims(claims: list[dict[str, Any]], make_embedder: Callable[[], Any],
                 cache: VectorCache | None = None) -> tuple[np.ndarray, EmbedStats]:
    """(len(claims), 384) float32 unit vectors, one per claim, and what it cost."""
    return embed_texts([claim_context(c) for c in claims], make_embedder, cache)


def embed_texts(texts: list[str], make_embedder: Callable[[], Any],
                cache: VectorCache | None = None) -> tuple[np.ndarray, EmbedStats]:
    """(len(texts), 384) float32 unit vectors; each distinct text is encoded once, and only
    when the cache does not have it."""
    keys = [text_key(t) for t in texts]
    unique = dict(zip(keys, texts))
    found = {k: np.frombuffer(v, dtype=np.float32) for k, v in
             (cache.get_vectors(MODEL_ID, list(unique)) if cache is not None else {}).items()}
    # longest first: a batch is padded to its longest text, so texts of like length share batches
    missing = sorted((k for k in unique if k not in found), key=lambda k: -len(unique[k]))
    seconds, device = 0.0, None
    if missing:
        embedder = make_embedder()
        device = embedder.device
        started = time.perf_counter()
        vectors = embedder.encode([unique[k] for k in missing]).numpy().astype(np.float32)
        seconds = time.perf_counter() - started
        found.update(zip(missing, vectors))
        if cache is not None:
            cache.put_vectors(MODEL_ID, [(k, found[k].tobytes()) for k in missing])
    matrix = np.stack([found[k] for k in keys]) if keys else np.empty((0, DIM), np.float32)
    return matrix, EmbedStats(len(texts), len(unique), len(unique) - len(missing), len(missing), seconds, device)
