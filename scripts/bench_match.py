#!/usr/bin/env python
"""Embedding throughput of claim matching, and `claims compare` over a whole store.

    .venv/bin/python scripts/bench_match.py --db bench.db [--sample 2000] [--naive 200] [--skip-cold]

`bench.db` is a store from `claims extract ... --db bench.db` (for the issue: every page of
../shared/bench/wcxb-dev and readability-dev). Prints:
  1. throughput on a sample of claims, in claims/s, per device (CPU, and CUDA when torch sees a
     GPU): ours (`embed.embed_claims`: one vector per distinct sentence, batches of 64) beside the
     baseline a user would script (each claim's sentence encoded on its own, batch of 1);
  2. cold cache: every claim of the store embedded with the store's vector cache emptied first
     (time and claims/s, model load excluded), which fills the cache;
  3. warm: `claims compare` end to end (`cli.compare_command`: read the claims, look the vectors up,
     block, group, write JSONL), target under 120 s; and how many pairs blocking compares beside
     all pairs.
Timings on a shared machine are noisy.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.embed import MODEL_ID, claim_context, embed_claims  # noqa: E402
from extractor.store import SqliteStore, iter_claim_records  # noqa: E402

TARGET_WARM_S = 120.0


def devices() -> list[str]:
    import torch

    return ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def throughput(claims: list[dict], device: str, naive: int) -> None:
    from extractor.match import Embedder

    started = time.perf_counter()
    embedder = Embedder(device)
    load = time.perf_counter() - started
    embedder.encode(["warm up"])
    _, stats = embed_claims(claims, lambda: embedder)
    one = Embedder.__new__(Embedder)
    one.__dict__.update(embedder.__dict__)
    one.batch_size = 1
    sample = claims[:naive]
    started = time.perf_counter()
    for c in sample:
        one.encode([claim_context(c)])
    base = len(sample) / (time.perf_counter() - started)
    print(f"  {device:<5} model load {load:5.1f} s | ours {stats.claims_per_s:8.1f} claims/s "
          f"({stats.claims} claims, {stats.texts} distinct sentences, {stats.seconds:.1f} s) | "
          f"baseline one at a time {base:7.1f} claims/s ({len(sample)} claims) | x{stats.claims_per_s / base:.1f}")


def cold(db: Path, claims: list[dict], device: str) -> None:
    from extractor.match import get_embedder

    with SqliteStore(db) as store:
        store.conn.execute("DELETE FROM vectors WHERE model = ?", (MODEL_ID,))
        started = time.perf_counter()
        _, stats = embed_claims(claims, lambda: get_embedder(device), store)
        wall = time.perf_counter() - started
    print(f"  cold cache ({stats.device}): {stats.claims} claims, {stats.texts} distinct sentences encoded in "
          f"{stats.seconds:.1f} s = {stats.claims_per_s:.1f} claims/s ({stats.texts / stats.seconds:.1f} sentences/s); "
          f"{wall:.1f} s with cache writes")


def warm(db: Path, device: str) -> None:
    from extractor.cli import compare_command

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        result = compare_command(db, str(Path(tmp) / "groups.jsonl"), device=device)
        wall = time.perf_counter() - started
    s, n = result.stats, result.claims
    print(f"  claims compare, vectors cached: {wall:.1f} s (target < {TARGET_WARM_S:.0f} s: "
          f"{'OK' if wall < TARGET_WARM_S else 'MISSED'}); {s.cached} sentences from the cache, {s.encoded} encoded")
    print(f"  {n} claims with a number in {result.blocks} blocks (largest {result.largest_block}); {s.claims} in blocks "
          f"spanning 2+ pages; pairs compared {result.pairs:,} vs all pairs {n * (n - 1) // 2:,}")
    print(f"  {len(result.groups)} groups ({sum(g['disagree'] for g in result.groups)} disagree), "
          f"{len(result.repeated)} repeated figures")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", type=Path, required=True, help="store written by claims extract --db")
    ap.add_argument("--sample", type=int, default=2000, help="claims for the throughput comparison")
    ap.add_argument("--naive", type=int, default=200, help="claims for the one-at-a-time baseline")
    ap.add_argument("--skip-cold", action="store_true", help="keep the cache (skip the cold run)")
    args = ap.parse_args()
    claims = list(iter_claim_records(args.db))
    pages = len({c["doc_id"] for c in claims})
    print(f"bench_match: {args.db}: {len(claims)} claims on {pages} pages; devices {', '.join(devices())}")
    print("1. throughput on a sample (every 'n'th claim)")
    step = max(1, len(claims) // args.sample)
    for device in devices():
        throughput(claims[::step][: args.sample], device, args.naive)
    best = devices()[-1]
    if not args.skip_cold:
        print("2. cold cache, all claims")
        cold(args.db, claims, best)
    print("3. warm")
    warm(args.db, best)


if __name__ == "__main__":
    main()
