"""The trained body/chrome block classifier: gradient-boosted trees evaluated with numpy.

The trees come from scripts/train_clean.py (see models/clean-block-classifier.md) as plain
arrays in trained/blocks.json. All trees are walked at once, one level per step, so a page of a
few hundred blocks costs a handful of array operations, not a Python loop per node.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

import numpy as np

from .features import CONTEXT_FEATURES, FEATURES, context_features, lineage


# blocks walked through the trees at once: a (blocks x trees) array much larger than this falls
# out of the CPU cache, and a 1,000-block page cost 1.7 times as much per block as a 250-block one
PREDICT_ROWS = 256


@dataclass(frozen=True)
class TreeModel:
    feature: np.ndarray      # all trees' nodes, concatenated (int32)
    threshold: np.ndarray    # float32: see _float32_at_most
    value: np.ndarray
    children: np.ndarray     # node i's right child at 2i, its left child at 2i + 1 (absolute indices)
    roots: np.ndarray        # the root node of each tree
    depth: int
    baseline: float

    def predict(self, X: np.ndarray) -> np.ndarray:
        """Probability that each row (block) is article text. A leaf's children are the leaf
        itself (see trees()), so every walk simply runs `depth` steps and stops on its leaf."""
        if not len(X):
            return np.zeros(0)
        if len(X) > PREDICT_ROWS:       # row by row the same; in pieces, the arrays stay in the CPU cache
            return np.concatenate([self.predict(X[i:i + PREDICT_ROWS]) for i in range(0, len(X), PREDICT_ROWS)])
        node = np.broadcast_to(self.roots, (len(X), len(self.roots)))
        flat = np.ascontiguousarray(X, dtype=np.float32).ravel()
        base = (np.arange(len(X), dtype=np.int32) * X.shape[1])[:, None]
        for _ in range(self.depth):
            go_left = flat.take(base + self.feature.take(node)) <= self.threshold.take(node)
            node = self.children.take(node * 2 + go_left)
        raw = self.baseline + self.value.take(node).sum(axis=1)
        return 1.0 / (1.0 + np.exp(-raw))


@dataclass(frozen=True)
class BlockClassifier:
    """One or two passes: the first scores each block on its own features; the second, when the
    model file has one, adds the first pass's scores of its neighbours and containers."""

    first: TreeModel
    second: TreeModel | None = None

    def predict(self, X: np.ndarray, blocks) -> np.ndarray:
        p1 = self.first.predict(X)
        if self.second is None:
            return p1
        C = context_features([len(b.text) for b in blocks], lineage(blocks), p1)
        return self.second.predict(np.hstack([X, C]))


@cache
def load_model() -> BlockClassifier:
    data = json.loads(resources.files(__package__).joinpath("trained/blocks.json").read_text("utf-8"))
    second = data.get("second")
    if tuple(data["features"]) != FEATURES or (second and tuple(data["context_features"]) != CONTEXT_FEATURES):
        raise RuntimeError("clean/trained/blocks.json was trained on other features; "
                           "re-run scripts/train_clean.py")
    return BlockClassifier(first=trees(data["first"]), second=trees(second) if second else None)


def trees(data: dict) -> TreeModel:
    parts = {k: [] for k in ("feature", "threshold", "value", "children")}
    roots, offset, depth = [], 0, 1
    for tree in data["trees"]:
        n = len(tree["feature"])
        roots.append(offset)
        parts["feature"].append(np.array(tree["feature"], dtype=np.int32))
        parts["threshold"].append(_float32_at_most(np.array(tree["threshold"], dtype=np.float64)))
        leaf = np.array(tree["leaf"], dtype=bool)
        itself = np.arange(offset, offset + n, dtype=np.int32)
        # a leaf points at itself, so a walk that reaches it early stays there
        left = np.where(leaf, itself, np.array(tree["left"], dtype=np.int32) + offset)
        right = np.where(leaf, itself, np.array(tree["right"], dtype=np.int32) + offset)
        parts["children"].append(np.stack([right, left], axis=1).ravel())
        parts["value"].append(np.array(tree["value"], dtype=np.float64))
        depth = max(depth, _depth(tree))
        offset += n
    arrays = {k: np.concatenate(v) for k, v in parts.items()}
    return TreeModel(roots=np.array(roots, dtype=np.int32), depth=depth, baseline=float(data["baseline"]),
                     **arrays)


def _float32_at_most(threshold: np.ndarray) -> np.ndarray:
    """The largest float32 at most each float64 threshold. Features are float32, so for each of
    them x <= t exactly when x <= this: the walk compares in float32 (half the memory traffic of
    float64) and still goes the way scikit-learn's float64 comparison goes."""
    t32 = threshold.astype(np.float32)
    return np.where(t32.astype(np.float64) > threshold, np.nextafter(t32, np.float32(-np.inf)), t32)


def _depth(tree: dict) -> int:
    best, stack = 0, [(0, 0)]
    while stack:
        i, d = stack.pop()
        if tree["leaf"][i]:
            best = max(best, d)
        else:
            stack += [(tree["left"][i], d + 1), (tree["right"][i], d + 1)]
    return best
