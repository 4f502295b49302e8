"""Score the pipeline on scripts/dev_extra: blind annotations of free pages, TUNE data only.

    PYTHONPATH=$PWD .venv/bin/python scripts/bench_dev_extra.py [--show]

Three files, one per field (scripts/dev_extra/README.md says who made them, how and from which
pages). Each page's reference text goes through `extract_text`, with the publication date the
wcxb-dev ground truth gives.
- quantities.jsonl: gold claims in claims-dev's format, scored whole by the reference scorer
  (../shared/tools/score_claims.py: value+kind P/R/F1, then subject, time and source agreement).
- source.jsonl: a predicted claim matches a record when their sentences overlap (>= 0.6, as the
  scorer) and kind and value agree or the quotes share a word, one-to-one in gold order; source
  recall and precision are counted as the scorer counts them (Dice >= 0.5 of words).
- subject.jsonl: each record is paired with the predicted claim over its offsets (same kind first);
  the subject agrees by Dice >= 0.5 of words.
`--show` prints every source and subject disagreement. Like claims-dev's tune half, these files are
for developing rules and reading misses; claims-dev's check half stays the only held-out evidence.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "dev_extra"
sys.path.insert(0, str(HERE))
from list_items import find_shared, reference  # noqa: E402


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text("utf-8").splitlines() if line.strip()]


def predictions(shared: Path, gold: list[dict]) -> dict[str, list]:
    """Each gold page's claims, by doc id."""
    from extractor import extract_text

    pages = {g["doc"]: reference(g["page"], shared) for g in gold}
    return {doc: extract_text(text, published=date) for doc, (text, date) in pages.items()}


def as_dicts(claims: dict[str, list]) -> list[dict]:
    return [c.to_dict() | {"doc": doc} for doc, found in claims.items() for c in found]


def quantities(shared: Path) -> str:
    from score_claims import score

    gold = load("quantities.jsonl")
    s = score(gold, as_dicts(predictions(shared, gold)))
    return (f"quantities.jsonl: {s['gold']} gold on {len({g['doc'] for g in gold})} pages, {s['pred']} predicted, "
            f"{s['matched']} matched: P {s['precision']:.3f} R {s['recall']:.3f} F1 {s['f1']:.3f}; subject "
            f"{s['subject']:.3f} time {s['time']:.3f} source R {s['source_recall']:.3f} P {s['source_precision']:.3f}")


def _source_pairs(gold: list[dict], pred: list[dict]) -> list[tuple[dict, dict]]:
    from score_claims import _toks, overlap, same_value

    pairs, used = [], set()
    for g in gold:
        cands = [i for i, p in enumerate(pred) if i not in used and p["doc"] == g["doc"]
                 and overlap(g["sentence"], p.get("sentence")) >= 0.6]
        hit = next((i for i in cands if pred[i]["kind"] == g["kind"] and same_value(g, pred[i])), None)
        if hit is None:
            hit = next((i for i in cands if _toks(g["quote"]) & _toks(pred[i].get("quote"))), None)
        if hit is not None:
            used.add(hit)
            pairs.append((g, pred[hit]))
    return pairs


def sources(shared: Path, show: bool) -> str:
    from score_claims import _text, dice

    gold = load("source.jsonl")
    pairs = _source_pairs(gold, as_dicts(predictions(shared, gold)))
    n = {"gold": 0, "found": 0, "pred": 0, "right": 0}
    for g, p in pairs:
        gs, ps = g.get("source"), _text(p.get("source"))
        ok = bool(gs and ps) and dice(gs, ps) >= 0.5
        n["gold"], n["found"] = n["gold"] + bool(gs), n["found"] + (bool(gs) and ok)
        n["pred"], n["right"] = n["pred"] + bool(ps), n["right"] + (bool(ps) and ok)
        if show and (gs or ps) and not ok:
            print(f"  source {g['doc']:<14} {g['quote']!r:<28} gold {gs!r:<40} ours {ps!r}")
    return (f"source.jsonl: {len(gold)} records on {len({g['doc'] for g in gold})} pages, {len(pairs)} matched: "
            f"source recall {n['found']}/{n['gold']} = {n['found'] / max(n['gold'], 1):.3f}, "
            f"precision {n['right']}/{n['pred']} = {n['right'] / max(n['pred'], 1):.3f}")


def subjects(shared: Path, show: bool) -> str:
    from score_claims import dice

    gold = load("subject.jsonl")
    claims = predictions(shared, gold)
    agree = paired = 0
    for g in gold:
        hits = [c for c in claims[g["doc"]] if c.start < g["end"] and g["start"] < c.end]
        c = ([h for h in hits if h.kind == g["kind"]] or hits or [None])[0]
        if c is None:
            continue
        got = c.subject.text if c.subject else ""
        ok = dice(g["subject"], got) >= 0.5
        paired, agree = paired + 1, agree + ok
        if show and not ok:
            print(f"  subject {g['doc']:<10} {g['quote']!r:<24} gold {g['subject']!r:<36} ours {got!r}")
    return (f"subject.jsonl: {len(gold)} records on {len({g['doc'] for g in gold})} pages, {paired} paired: "
            f"subject agreement {agree}/{paired} = {agree / max(paired, 1):.3f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", action="store_true", help="print every source and subject disagreement")
    args = ap.parse_args()
    shared = find_shared()
    sys.path.insert(0, str(shared / "tools"))
    for line in (quantities(shared), sources(shared, args.show), subjects(shared, args.show)):
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
