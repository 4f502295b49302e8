"""Score the full pipeline's claims: claims-dev (both halves, from raw HTML and from gold text)
and the seed pages' gold.

    .venv/bin/python scripts/bench_claims.py [--text-only] [--misses tune-misses.txt] [--shared ../shared]

claims-dev (`shared/bench/claims-dev`, 22 articles, gold made by CONVENTIONS.md) is scored by the
reference scorer `shared/tools/score_claims.py`: value+kind P/R/F1 (a claim matches a gold one
when kind and value agree and their sentences overlap), then over matched pairs agreement on
subject and time (Dice >= 0.5 of words; a time also by ISO prefix) and source recall and
precision. From text: `extract_text` over the gold text with the publication date; from HTML:
`extract` over the raw page (cleaning included; the cleaning issue owns the gap).

The discipline (README, "Tuning without fooling ourselves"): the halves are fixed in
manifest.json; both are reported every time; `--misses` writes the misses of the TUNE half only
(read those, never the check half's); a change counts only if the check half improves too.

Seeds (corpus/gold/claims.jsonl, the two pages the project started from): every gold claim
must be found with its value and kind (a claim of the same page overlapping its quote);
subject, time scope and source agreement are scored the same way as claims-dev.
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "claims.jsonl"


def find_shared(given: str | None = None) -> Path:
    """shared/ sits beside the clone (../shared), or beside the folder of worktrees."""
    candidates = [Path(given)] if given else [ROOT.parent / "shared", ROOT.parent.parent / "shared"]
    for c in candidates:
        if (c / "bench" / "claims-dev").is_dir():
            return c
    raise SystemExit(f"no shared/bench/claims-dev in {', '.join(map(str, candidates))} (--shared PATH)")


def same_value(claim, g: dict) -> bool:
    if g["kind"] == "date":
        return claim.value_text == g["value_text"]
    if g["value"] is None:
        return (claim.value_low, claim.value_high) == (g["value_low"], g["value_high"])
    return claim.value is not None and math.isclose(claim.value, g["value"], rel_tol=1e-6)


def claims_dev_predictions(bench: Path, manifest: list[dict], mode: str) -> list[dict]:
    from extractor import extract, extract_text

    out = []
    for m in manifest:
        try:
            if mode == "text":
                text = (bench / "claims-dev" / "texts" / f"{m['doc']}.txt").read_text("utf-8")
                claims = extract_text(text, published=m.get("published"))
            else:
                claims = extract(gzip.decompress((bench / m["html"]).read_bytes()), url=m.get("url"))
        except Exception as e:   # a page that fails scores as no claims, and is named
            print(f"  {m['doc']} ({mode}): {type(e).__name__}: {e}")
            continue
        out += [c.to_dict() | {"doc": m["doc"]} for c in claims]
    return out


def score_line(name: str, s: dict) -> str:
    return (f"{name:<12} {s['gold']:>4} {s['pred']:>4}  {s['precision']:.3f} {s['recall']:.3f} {s['f1']:.3f}   "
            f"{s['subject']:.2f}    {s['time']:.2f}   {s['source_recall']:.2f}   {s['source_precision']:.2f}  "
            f"{s['duplicates']:>3}")


def claims_dev(shared: Path, modes: list[str], misses: Path | None) -> None:
    sys.path.insert(0, str(shared / "tools"))
    from score_claims import score

    bench = shared / "bench"
    manifest = json.loads((bench / "claims-dev" / "manifest.json").read_text("utf-8"))
    gold = [json.loads(line) for line in (bench / "claims-dev" / "gold.jsonl").read_text("utf-8").splitlines() if line]
    halves = {h: {m["doc"] for m in manifest if m["half"] == h} for h in ("tune", "check")}
    print(f"claims-dev: {len(gold)} gold claims on {len(manifest)} articles (halves fixed in manifest.json)")
    print(f"{'half/from':<12} gold pred  P     R     F1      subject time   src-R  src-P  dups")
    for mode in modes:
        t0 = time.perf_counter()
        pred = claims_dev_predictions(bench, manifest, mode)
        for half, docs in halves.items():
            print(score_line(f"{half} {mode}", score([g for g in gold if g["doc"] in docs], pred)))
        print(f"{'':<12} ({mode}: {time.perf_counter() - t0:.1f} s)")
        if misses is not None and mode == "text":
            write_tune_misses(misses, [g for g in gold if g["doc"] in halves["tune"]], pred)


def write_tune_misses(path: Path, gold: list[dict], pred: list[dict]) -> None:
    """Gold claims of the tune half that no claim matches, predicted claims that match no gold
    claim, and matched pairs whose subject, time or source disagree, per document (matching as
    score_claims does)."""
    from score_claims import overlap
    from score_claims import same_value as gold_value

    lines = []
    for doc in sorted({g["doc"] for g in gold}):
        ps = [p for p in pred if p["doc"] == doc and " | " not in (p.get("sentence") or "")]
        used: set[int] = set()
        lines.append(f"== {doc}")
        for g in (g for g in gold if g["doc"] == doc):
            hit = next((i for i, p in enumerate(ps) if i not in used and p["kind"] == g["kind"]
                        and gold_value(g, p) and overlap(g["sentence"], p.get("sentence")) >= 0.6), None)
            if hit is None:
                lines.append(f"  missed {g['quote']!r} {g['kind']} | {g['sentence'][:160]}")
            else:
                used.add(hit)
                lines += field_disagreements(g, ps[hit])
        lines += [f"  extra  {p['quote']!r} {p['kind']} | {p['sentence'][:160]}" for i, p in enumerate(ps)
                  if i not in used]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"tune-half misses written to {path}")


def field_disagreements(g: dict, p: dict) -> list[str]:
    """Lines for a matched pair whose subject, time or source the reference scorer counts as a
    disagreement (gold / ours), so the tune half's field misses can be read by phenomenon."""
    from score_claims import _agree, _text, _time_agree

    ts = p.get("time_scope") or {}
    fields = [("subject", g.get("subject"), _text(p.get("subject")), _agree(g.get("subject"), _text(p.get("subject")))),
              ("time", f"{g.get('time_scope')} [{g.get('time_iso')}]", f"{ts.get('text')} [{ts.get('iso')}]",
               _time_agree(g, ts)),
              ("source", g.get("source"), _text(p.get("source")), _agree(g.get("source"), _text(p.get("source"))))]
    head = f"  {g['quote']!r} | {g['sentence'][:160]}"
    out = [f"    {name:<7} gold {gv!r}  ours {pv!r}" for name, gv, pv, ok in fields if not ok]
    return [head] + out if out else []


def seeds(shared: Path) -> int:
    """The seed pages' gold: every claim found with value and kind; fields scored as claims-dev."""
    from score_claims import score

    from extractor import clean
    from extractor.pipeline import extract_page

    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    pages = {name: clean((ROOT / "corpus" / name).read_bytes()) for name in sorted({g["page"] for g in gold})}
    claims = {name: extract_page(page) for name, page in pages.items()}
    missing = []
    for g in gold:
        text = pages[g["page"]].text
        s = text.find(g["sentence"])
        q = text.find(g["quote"], s)
        if s < 0 or q < 0 or not any(c.start < q + len(g["quote"]) and q < c.end and c.kind == g["kind"]
                                     and same_value(c, g) for c in claims[g["page"]]):
            missing.append(f"{g['quote']!r} ({g['kind']} {g['value'] if g['value'] is not None else g['value_text']})")
    pred = [c.to_dict() | {"doc": name} for name, cl in claims.items() for c in cl]
    s = score([g | {"doc": g["page"]} for g in gold], pred)
    print(f"\nseeds: {len(gold) - len(missing)}/{len(gold)} gold claims found with value and kind"
          + (f"; missing {', '.join(missing)}" if missing else ""))
    print(score_line("seeds", s))
    return 1 if missing else 0


def main() -> int:
    sys.path.insert(0, str(ROOT))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--text-only", action="store_true", help="claims-dev from gold text only (no raw HTML)")
    ap.add_argument("--misses", type=Path, help="write the tune half's misses (from text) to this file")
    ap.add_argument("--shared", help="the shared/ folder (default: ../shared beside the clone)")
    args = ap.parse_args()
    shared = find_shared(args.shared)
    claims_dev(shared, ["text"] if args.text_only else ["text", "html"], args.misses)
    return seeds(shared)


if __name__ == "__main__":
    raise SystemExit(main())
