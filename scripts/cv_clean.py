#!/usr/bin/env python
"""The whole cleaner, cross-validated by site on the tuning parts of both cleaning dev sets.

train_clean.py's cross-validation scores the block classifier alone, at one threshold. This
script scores what users get: for each of 5 site-grouped folds it trains the two-pass model of
train_clean.py on the other folds' sites, then runs extractor.clean (rules, the outside-article
threshold, leads, fallbacks) with that model on the fold's pages, and scores word-F1/P/R against
the reference text as bench_clean.py does. Every page is scored by a model that never saw its
site, so a change to the cleaner or to label.py's settings can be judged on the tuning parts
before the held-back parts (check.txt) are looked at.

    .venv/bin/python scripts/cv_clean.py [--set BODY_THRESHOLD=0.55 ...] [--per-page pages.jsonl]

--set overrides a module-level setting of extractor/clean/label.py for the scoring runs.
The folds' models are trained once per run (about 2 minutes on 2 cores), never written over
extractor/clean/trained/blocks.json.
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import json
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_clean as tc  # noqa: E402  (the features, labels, weights and parameters it trains with)
from bench_clean import dev_pages, ours, prf  # noqa: E402  (the pages and score the benchmark uses)


def fold_models(pages: list[dict], folds: int) -> tuple[list, dict[str, int]]:
    """One classifier per fold, trained without the fold's sites as train_clean.py trains, and the
    fold of each page."""
    from extractor.clean import model

    X, y, w, page_of = tc.block_arrays(pages)
    splits = tc.site_folds(pages, X, y, page_of, folds)
    p1, firsts = tc.out_of_fold(splits, X, y, w)   # the second pass learns from out-of-fold first-pass scores
    X2 = tc.with_context(pages, X, p1, page_of)
    models, fold_of = [], {}
    for k, (train, test) in enumerate(splits):
        first, second = tc.trees(firsts[k]), tc.trees(tc.fit_rows(X2, y, w, train))
        models.append(model.BlockClassifier(first=model.trees(first), second=model.trees(second)))
        fold_of.update({f"{pages[i]['set']}/{pages[i]['id']}": k for i in set(page_of[test].tolist())})
    return models, fold_of


def score(models: list, fold_of: dict[str, int], per_page) -> dict[tuple[str, str], list]:
    """Word-F1, P and R of the cleaner on each tuning page, with its fold's model."""
    from extractor.clean import label

    run, by = ours(), collections.defaultdict(list)
    for dp in dev_pages("tune"):
        k = fold_of.get(f"{dp.dataset}/{dp.id}")
        if k is None:              # a page train_clean.py could not parse
            continue
        label.load_model = lambda k=k: models[k]
        text, _page, _error = run(dp.raw(), dp.url)
        f, p, r = prf(text, dp.gold)
        by[dp.dataset, dp.type].append((f, p, r))
        by[dp.dataset, "all"].append((f, p, r))
        if per_page:
            per_page.write(json.dumps(dict(set=dp.dataset, id=dp.id, type=dp.type, f=round(f, 4), p=round(p, 4),
                                           r=round(r, 4))) + "\n")
    return by


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                    help="override a setting of extractor/clean/label.py (BODY_THRESHOLD, OUTSIDE_THRESHOLD, ...)")
    ap.add_argument("--per-page", type=Path, help="write per-page figures (JSONL) here")
    args = ap.parse_args()
    from extractor.clean import label

    for item in args.set:
        name, _, value = item.partition("=")
        if not hasattr(label, name):
            ap.error(f"--set {item}: extractor/clean/label.py has no setting {name}")
        setattr(label, name, float(value))
    started = time.perf_counter()
    pages = tc.dataset()
    models, fold_of = fold_models(pages, args.folds)
    print(f"{len(pages)} pages, {args.folds} site-grouped folds trained in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    with args.per_page.open("w") if args.per_page else contextlib.nullcontext() as per_page:
        by = score(models, fold_of, per_page)
    print(f"{'set':16s} {'page type':14s} pages  word-F1  precision  recall")
    for (dataset, kind), rows in sorted(by.items()):
        f, p, r = (statistics.fmean(x[j] for x in rows) for j in range(3))
        print(f"{dataset:16s} {kind:14s} {len(rows):5d}  {f:7.4f}  {p:9.4f}  {r:6.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
