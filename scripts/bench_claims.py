"""Score the full pipeline on the corpus gold (corpus/gold/claims.jsonl, the seed pages), per field.

    .venv/bin/python scripts/bench_claims.py

- value/kind: a gold claim is found when a claim of the same page overlaps its quote (inside the
  gold sentence) with the same kind and value (ranges as low-high, dates by ISO text).
  Precision counts every claim on the gold pages; the seed gold lists the article's claims, so
  a claim it lacks is a false positive.
- subject, time scope, source: the share of gold claims whose found claim agrees. Text fields
  agree by content words (`text_agrees`: "Ms. Liu Hua" ~ "Ms. Liu Hua, Director of WIPO Office in
  China", "study by Stanford University" ~ "Stanford University study"); both empty agrees. A time scope also agrees by its ISO value; a gold
  claim without a time scope agrees with a claim without one.
A gold claim that is not found counts as wrong in every field.
"""

from __future__ import annotations

import json
import math
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "corpus" / "gold" / "claims.jsonl"


STOP = {"the", "a", "an", "of", "on", "in", "by", "for", "and", "to", "at", "from", "s", "just", "its", "their"}


def words(s: str | None) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", (s or "").lower().replace("’", "'")) if w not in STOP}


def text_agrees(gold: str | None, ours: str | None) -> bool:
    """Gold fields name the thing and then describe it ("Ms. Liu Hua, Director of WIPO Office in
    China", "Global Innovation Index (GII) 2021, WIPO"): the core is the part before the first
    comma or parenthesis. Ours agrees when it holds every content word of that core, or when it
    only uses words of the gold field and names part of the core ("the Sub-Forum on Artificial
    Intelligence of" for "Sub-Forum on Artificial Intelligence (...)")."""
    g, o = words(gold), words(ours)
    if not g or not o:
        return not g and not o
    core = words(re.split(r"[,(]", gold or "", maxsplit=1)[0]) or g
    return core <= o or (o <= g and bool(o & core))


def same_value(claim, g: dict) -> bool:
    if g["kind"] == "date":
        return claim.value_text == g["value_text"]
    if g["value"] is None:
        return (claim.value_low, claim.value_high) == (g["value_low"], g["value_high"])
    return claim.value is not None and math.isclose(claim.value, g["value"], rel_tol=1e-6)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from extractor import clean
    from extractor.pipeline import extract_page

    gold = [json.loads(line) for line in GOLD.read_text("utf-8").splitlines() if line.strip()]
    pages = {name: clean((ROOT / "corpus" / name).read_bytes()) for name in sorted({g["page"] for g in gold})}
    t0 = time.perf_counter()
    claims = {name: extract_page(page) for name, page in pages.items()}
    seconds = time.perf_counter() - t0

    found = 0
    right = {"subject": 0, "time_scope": 0, "source": 0}
    rows = []
    for g in gold:
        text = pages[g["page"]].text
        s = text.find(g["sentence"])
        q = text.find(g["quote"], s)
        gs, ge = q, q + len(g["quote"])
        hit = None
        if s >= 0 and q >= 0:
            hit = next((c for c in claims[g["page"]] if c.start < ge and gs < c.end and c.kind == g["kind"]
                        and same_value(c, g)), None)
        ok = {"subject": False, "time_scope": False, "source": False}
        if hit is not None:
            found += 1
            ok["subject"] = text_agrees(g["subject"], hit.subject.text if hit.subject else None)
            ours_t = hit.time_scope
            ok["time_scope"] = (not g["time_scope"] and ours_t is None) or (
                ours_t is not None and g["time_scope"] is not None and (
                    (ours_t.iso is not None and ours_t.iso == g["time_iso"]) or text_agrees(g["time_scope"], ours_t.text)))
            ok["source"] = text_agrees(g["source"], hit.source.text if hit.source else None)
        for k, v in ok.items():
            right[k] += v
        rows.append((g, hit, ok))

    n_pred = sum(len(c) for c in claims.values())
    n = len(gold)
    p = found / n_pred if n_pred else 0.0
    r = found / n
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"corpus gold: {n} claims on {len(pages)} pages; the pipeline made {n_pred} claims "
          f"({seconds:.2f} s including the model load)")
    print(f"value+kind   P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    for k in right:
        print(f"{k:<12} {right[k]}/{n} = {right[k] / n:.3f}")
    print("\nclaims not found or with a field that disagrees:")
    for g, hit, ok in rows:
        if hit is None:
            print(f"  MISSING {g['quote']!r} ({g['kind']} {g['value'] or g['value_text']})")
            continue
        for k, good in ok.items():
            if not good:
                ours = getattr(hit, k)
                shown = None if ours is None else (ours.text, ours.iso) if k == "time_scope" else ours.text
                gold_shown = (g["time_scope"], g["time_iso"]) if k == "time_scope" else g[k]
                print(f"  {g['quote']!r:<24} {k:<10} gold {gold_shown!r}  ours {shown!r}")
    extra = [c for cl in claims.values() for c in cl if all(c is not hit for _, hit, _ in rows)]
    if extra:
        print(f"\nclaims not in the gold ({len(extra)}):")
        for c in extra:
            print(f"  {c.quote!r} {c.kind} {c.value if c.value is not None else c.value_text} [{c.rule}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
