#!/usr/bin/env python
"""End-to-end throughput of the batch engine, side by side with the baseline a user would script.

    .venv/bin/python scripts/bench_throughput.py [--pages 500] [--workers 1,2]

On the first N pages of ../shared/bench/wcxb-dev (sorted by name), each configuration runs in a
fresh process, timed from start to the last record written, model loading included:
  - baseline: trafilatura 2.3 extraction, then the full en_core_web_sm pipeline (the registry
    re-upload, resolved like extractor.nlp.resolve_model) over its text, single process;
  - ours: `claims extract` (batch.run into a JSONL file) with 1 and with 2 workers.
Prints pages/s, claims/s and peak RSS per worker process (ru_maxrss, read inside each worker),
and checks the targets: 2 workers >= 3x the baseline's pages/s, 2 workers >= 1.7x one, every
worker < 600 MB. The baseline has no claims; its column counts the numeric entities spaCy finds
(CARDINAL, PERCENT, MONEY, QUANTITY) for scale only.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "bench" / "wcxb-dev"
MB = 2**20


def pages_of(corpus: Path, n: int) -> list[Path]:
    pages = sorted((corpus / "html").glob("*.html*"))[:n]
    if len(pages) < n:
        sys.exit(f"bench: need {n} pages in {corpus / 'html'}, found {len(pages)}")
    return pages


def child_ours(pages: list[Path], workers: int) -> dict:
    from extractor.batch import run
    from extractor.store import JsonlSink

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp, JsonlSink(Path(tmp) / "claims.jsonl") as sink:
        summary = run([str(p) for p in pages], [sink], workers=workers)
    wall = time.perf_counter() - started
    return {"wall": wall, "pages": summary.pages, "errors": summary.errors, "claims": summary.claims,
            "worker_rss": sorted(summary.worker_peak_rss.values()), "line": summary.line()}


def child_baseline(pages: list[Path]) -> dict:
    import resource

    import spacy
    import trafilatura

    from extractor.nlp import resolve_model

    started = time.perf_counter()
    nlp = spacy.load(resolve_model())
    done = numeric = 0
    for page in pages:
        raw = page.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        text = trafilatura.extract(raw) or ""
        doc = nlp(text)
        numeric += sum(ent.label_ in ("CARDINAL", "PERCENT", "MONEY", "QUANTITY") for ent in doc.ents)
        done += 1
    wall = time.perf_counter() - started
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return {"wall": wall, "pages": done, "errors": 0, "claims": numeric, "worker_rss": [rss],
            "line": f"pages {done}, numeric entities {numeric}", "model": nlp.meta.get("name")}


def run_child(kind: str, n: int, corpus: Path, workers: int = 1) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--pages", str(n), "--corpus", str(corpus),
               "--workers", str(workers)]
    proc = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    if proc.returncode != 0:
        sys.exit(f"bench: {kind} ({workers} workers) failed:\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=500)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--workers", default="1,2", help="comma-separated worker counts for our engine")
    ap.add_argument("--child", choices=["ours", "baseline"], help=argparse.SUPPRESS)
    ap.add_argument("--skip-baseline", action="store_true")
    args = ap.parse_args()
    pages = pages_of(args.corpus, args.pages)

    if args.child:
        workers = int(args.workers.split(",")[0])
        result = child_ours(pages, workers) if args.child == "ours" else child_baseline(pages)
        print(json.dumps(result))
        return

    print(f"bench_throughput: {len(pages)} pages of {args.corpus.name} "
          f"({sum(p.stat().st_size for p in pages) / MB:.1f} MiB gzipped), {os.cpu_count()} cores, "
          f"each configuration in a fresh process, model loading included", flush=True)
    rows: list[tuple[str, dict]] = []
    if not args.skip_baseline:
        rows.append(("baseline: trafilatura + full en_core_web_sm", run_child("baseline", len(pages), args.corpus)))
        print(f"  done: {rows[-1][0]} ({rows[-1][1]['wall']:.0f} s)", flush=True)
    worker_counts = [int(w) for w in args.workers.split(",")]
    for w in worker_counts:
        rows.append((f"ours: claims extract, {w} worker{'s' if w > 1 else ''}", run_child("ours", len(pages), args.corpus, w)))
        print(f"  done: {rows[-1][0]} ({rows[-1][1]['wall']:.0f} s; {rows[-1][1]['line']})", flush=True)

    print()
    print(f"{'configuration':<46} {'wall s':>7} {'pages/s':>8} {'claims/s':>9} {'peak RSS per worker, MB':>26}")
    for name, r in rows:
        rss = ", ".join(f"{x / MB:.0f}" for x in r["worker_rss"])
        claims = r["claims"] / r["wall"]
        print(f"{name:<46} {r['wall']:7.1f} {r['pages'] / r['wall']:8.2f} {claims:9.1f} {rss:>26}")
    print("  (baseline claims/s column: numeric entities/s, it extracts no claims)")

    rate = {name: r["pages"] / r["wall"] for name, r in rows}
    ours = {w: rate[f"ours: claims extract, {w} worker{'s' if w > 1 else ''}"] for w in worker_counts}
    print()
    if 2 in ours and not args.skip_baseline:
        base = rate[rows[0][0]]
        x = ours[2] / base
        print(f"target 1: 2 workers / baseline = {x:.2f}x (>= 3x: {'met' if x >= 3 else 'NOT met'})")
    if 1 in ours and 2 in ours:
        x = ours[2] / ours[1]
        print(f"target 1: 2 workers / 1 worker = {x:.2f}x (>= 1.7x: {'met' if x >= 1.7 else 'NOT met'})")
    peak = max(x for name, r in rows if name.startswith("ours") for x in r["worker_rss"])
    print(f"target 2: peak RSS of any worker = {peak / MB:.0f} MB (< 600 MB: {'met' if peak < 600 * MB else 'NOT met'})")


if __name__ == "__main__":
    main()
