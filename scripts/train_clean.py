#!/usr/bin/env python
"""Train the cleaner's body/chrome block classifier on the tuning parts of both cleaning dev sets.

The pages are those of ../shared/bench/readability-dev and ../shared/bench/wcxb-dev that are NOT
listed in their check.txt (the held-back parts stay out of training and cross-validation alike).
Each block of each page gets the features of extractor/clean/features.py and a label: body when
its words appear, in order, in the page's reference text (wcxb `main_content`, readability
`expected.txt`). A gradient-boosted tree ensemble
(scikit-learn's HistGradientBoostingClassifier) learns body vs chrome; the trees are written as
plain arrays to extractor/clean/trained/blocks.json, which the cleaner evaluates with numpy (no
scikit-learn at run time).

It first reports word-F1 from 5-fold cross-validation grouped by site (no site is in both the
training and the scoring part of a fold), the honest estimate for unseen sites, then trains on
every page and writes the model.

    .venv/bin/pip install scikit-learn      # training only
    .venv/bin/python scripts/train_clean.py [--no-write]
"""

from __future__ import annotations

import argparse
import collections
import gzip
import importlib
import json
import pickle
import re
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
OUT = ROOT / "extractor" / "clean" / "trained" / "blocks.json"
TOKEN = re.compile(r"\w+")

features = importlib.import_module("extractor.clean.features")
segment = importlib.import_module("extractor.clean.segment")
rules_mod = importlib.import_module("extractor.clean.rules")
from extractor.load import decode  # noqa: E402

sys.path.insert(0, str(ROOT / "scripts"))
from bench_clean import dev_pages, word_f1  # noqa: E402  (the pages and score the benchmark uses)

PARAMS = dict(max_iter=150, learning_rate=0.12, max_depth=6, min_samples_leaf=40, l2_regularization=1.0,
              max_bins=128, random_state=0)


def toks(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def label(block_text: str, gold_joined: str, gold_counts: collections.Counter) -> int:
    words = toks(block_text)
    if not words:
        return 0
    if f" {' '.join(words)} " in gold_joined:
        return 1
    if len(words) >= 6:      # the block holds the gold text plus a little (a label, a date)
        found = sum((collections.Counter(words) & gold_counts).values())
        return int(found / len(words) >= 0.8)
    return 0


def dataset():
    rules = rules_mod.load_rules()
    pages = []
    t0 = time.perf_counter()
    for i, dp in enumerate(dev_pages("tune"), 1):
        html, _ = decode(dp.raw())
        try:
            tree = segment.parse_html(html)
        except Exception:
            continue
        blocks = segment.segment(tree, rules.skip_tags, rules.open_controls)
        if not blocks:
            continue
        X = features.block_features(tree, blocks, rules)
        gj, gc = f" {' '.join(toks(dp.gold))} ", collections.Counter(toks(dp.gold))
        y = np.array([label(b.text, gj, gc) for b in blocks], dtype=np.int8)
        pages.append(dict(id=dp.id, set=dp.dataset, type=dp.type, site=dp.site, X=X, y=y,
                          texts=[b.text for b in blocks], gold=dp.gold, lines=_numbered(features.lineage(blocks))))
        if i % 300 == 0:
            print(f"  features: {i} pages, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return pages


def _numbered(lines):
    """lineage() with elements replaced by numbers, so the feature cache can be pickled."""
    ids: dict = {}
    return [tuple(ids.setdefault(el, len(ids)) for el in line) for line in lines]


# readability-dev's news and blog articles are few beside wcxb-dev's pages, and news is what
# users feed the cleaner: each of its pages counts as this many
NEWS_WEIGHT = 3.0


def weights(pages) -> np.ndarray:
    # every page counts the same (the score averages over pages); within a page, words count
    out = []
    for p in pages:
        w = np.array([max(len(toks(t)), 1) for t in p["texts"]], dtype=np.float64)
        scale = NEWS_WEIGHT if p["set"] == "readability-dev" else 1.0
        out.append(scale * np.sqrt(w) / np.sqrt(w).sum() * len(w) ** 0.5)
    return np.concatenate(out)


def page_scores(pages, probs, threshold=0.5):
    by_type = collections.defaultdict(list)
    for p, pr in zip(pages, probs):
        text = "\n\n".join(t for t, q in zip(p["texts"], pr) if q >= threshold)
        s = word_f1(text, p["gold"])
        by_type[p["set"], p["type"]].append(s)
        by_type[p["set"], "all"].append(s)
    return {k: statistics.fmean(v) for k, v in by_type.items()}


def trees(clf) -> dict:
    nodes = []
    for (predictor,) in clf._predictors:
        n = predictor.nodes
        nodes.append(dict(
            feature=n["feature_idx"].astype(int).tolist(),
            threshold=[float(x) for x in n["num_threshold"]],
            left=n["left"].astype(int).tolist(), right=n["right"].astype(int).tolist(),
            leaf=n["is_leaf"].astype(int).tolist(), value=[float(x) for x in n["value"]],
        ))
    return dict(baseline=float(np.asarray(clf._baseline_prediction).ravel()[0]), trees=nodes)


def mean_trees(models) -> dict:
    """Several models as one: the mean of their log-odds is the mean baseline plus every tree of
    every model with its leaf values divided by their number, so model.py walks it unchanged."""
    parts = [trees(m) for m in models]
    out = []
    for part in parts:
        out += [dict(t, value=[v / len(parts) for v in t["value"]]) for t in part["trees"]]
    return dict(baseline=statistics.fmean(part["baseline"] for part in parts), trees=out)


def export(first, second, path: Path) -> None:
    """Write the model; `second` None means one pass (the block's own features only)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = dict(kind=f"{'two passes' if second else 'one pass'} of gradient-boosted trees, binary logistic",
                features=list(features.FEATURES), params=PARAMS,
                first=mean_trees(first) if isinstance(first, list) else trees(first),
                trained_on="shared/bench readability-dev and wcxb-dev, pages not in their check.txt")
    if second is not None:
        data.update(context_features=list(features.CONTEXT_FEATURES), second=trees(second))
    path.write_text(json.dumps(data, separators=(",", ":")))


def block_arrays(pages) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The blocks of all pages as one matrix: features X, labels y, weights w, and each block's page."""
    X = np.concatenate([p["X"] for p in pages])
    y = np.concatenate([p["y"] for p in pages])
    page_of = np.concatenate([np.full(len(p["y"]), i) for i, p in enumerate(pages)])
    return X, y, weights(pages), page_of


def site_folds(pages, X, y, page_of, n: int) -> list:
    """n (train rows, test rows) folds, no site on both sides of one."""
    from sklearn.model_selection import GroupKFold

    return list(GroupKFold(n_splits=n).split(X, y, np.array([pages[i]["site"] for i in page_of])))


def fit_rows(M, y, w, rows):
    from sklearn.ensemble import HistGradientBoostingClassifier

    t0 = time.perf_counter()
    model = HistGradientBoostingClassifier(**PARAMS).fit(M[rows], y[rows], sample_weight=w[rows])
    print(f"  fitted {len(rows)} blocks x {M.shape[1]} features, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return model


def out_of_fold(folds, X, y, w) -> tuple[np.ndarray, list]:
    """First pass, out of fold: every block's score comes from a model that never saw its site;
    and each fold's model."""
    p1, models = np.zeros(len(y)), []
    for train, test in folds:
        models.append(fit_rows(X, y, w, train))
        p1[test] = models[-1].predict_proba(X[test])[:, 1]
    return p1, models


def with_context(pages, X, p1, page_of) -> np.ndarray:
    """X with the second pass's context features, read from first-pass scores `p1`."""
    C = np.concatenate([features.context_features([len(t) for t in p["texts"]], p["lines"], p1[page_of == i])
                        for i, p in enumerate(pages)])
    return np.hstack([X, C])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation folds (0: train and write only)")
    ap.add_argument("--passes", type=int, choices=(1, 2), default=2,
                    help="2 (default): a second pass over the first's scores around each block; 1: the first only")
    ap.add_argument("--skip-second-cv", action="store_true", help="cross-validate the first pass only")
    ap.add_argument("--cache", type=Path, help="keep the block features here between runs (pickle)")
    ap.add_argument("--fold-ensemble", action="store_true",
                    help="first pass: the mean of the cross-validation folds' models, not one fit on all pages")
    args = ap.parse_args()
    if args.passes == 2 and not args.folds:
        ap.error("--passes 2 learns from out-of-fold first-pass scores: it needs --folds")
    if args.cache and args.cache.exists():
        pages = pickle.loads(args.cache.read_bytes())
    else:
        pages = dataset()
        if args.cache:
            args.cache.write_bytes(pickle.dumps(pages))
    X, y, w, page_of = block_arrays(pages)
    print(f"{len(pages)} pages, {len(y)} blocks, {y.mean():.3f} body")
    folds = site_folds(pages, X, y, page_of, args.folds) if args.folds else []
    p1, fold_models = out_of_fold(folds, X, y, w)
    scored = [("first pass", p1)]
    if args.passes == 2:
        X2 = with_context(pages, X, p1, page_of)
        if not args.skip_second_cv:
            p2 = np.zeros(len(y))
            for train, test in folds:
                p2[test] = fit_rows(X2, y, w, train).predict_proba(X2[test])[:, 1]
            scored.append(("both passes", p2))
    for name, probs in scored if folds else ():
        per_page = [probs[page_of == i] for i in range(len(pages))]
        for thr in (0.4, 0.5, 0.6):
            s = page_scores(pages, per_page, thr)
            print(f"cross-validated by site, {name}, threshold {thr}: "
                  + ", ".join(f"{d}/{t} {v:.4f}" for (d, t), v in sorted(s.items())))
    if args.no_write:
        return 0
    all_rows = np.arange(len(y))
    first = fold_models if args.fold_ensemble else fit_rows(X, y, w, all_rows)
    # the second pass learns from out-of-fold first-pass scores, as it will see on new pages
    second = fit_rows(X2, y, w, all_rows) if args.passes == 2 else None
    export(first, second, OUT)
    print(f"wrote {OUT.relative_to(ROOT)} ({OUT.stat().st_size // 1024} KB)")
    model = importlib.import_module("extractor.clean.model")
    model.load_model.cache_clear()
    m = model.load_model()
    logit = np.mean([f.decision_function(X[:5000]) for f in (first if args.fold_ensemble else [first])], axis=0)
    diff = np.abs(m.first.predict(X[:5000]) - 1 / (1 + np.exp(-logit))).max()
    print(f"export check: max |difference| {diff:.2e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
