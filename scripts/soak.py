#!/usr/bin/env python
"""Soak the batch engine: many generated pages, a tenth of them hostile, through 2 workers.

    .venv/bin/python scripts/soak.py [--pages 10000] [--workers 2] [--every 1000]

Writes `pages` generated pages into a scratch folder (articles of 5 to 40 paragraphs with
figures, years and attributions; every tenth page hostile, the kinds taking turns: a gzip bomb,
a page too deep, one with too many elements, one whose text is over the text cap, binary bytes,
an empty file, billion laughs, XXE, undecodable bytes, a page of chrome only), runs them through
`batch.run` with the local engine into a JSONL file, and reports:
  - pages/s over the whole run;
  - each worker's RSS (psutil, read from the parent) after every `every` inputs;
  - errors by kind (stage and the limit named, else the message's first words);
  - that the counts add up: inputs = pages + errors + skipped, and the file holds one doc/1 line
    per page and one error/1 line per error (plus one per page cut at the text cap).
Target: no crash and no hang; each worker's RSS grows < 5% from input 2,000 to the last.
Limits for the run are the defaults except smaller caps for the hostile kinds, so the run spends
its time on pages, not on inflating bombs (`--default-limits` keeps every default).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import tempfile
import time
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import hostile  # noqa: E402  (scripts/hostile.py: the page generators)

from extractor.batch import run  # noqa: E402
from extractor.load import LoadOptions  # noqa: E402
from extractor.settings import MiB, Settings  # noqa: E402
from extractor.store import JsonlSink  # noqa: E402

SOAK_LIMITS = Settings(max_inflated_bytes=8 * MiB, max_elements=20_000, max_text_chars=60_000)


def hostile_page(kind: int, folder: Path) -> tuple[str, bytes]:
    """(file name suffix, bytes) of hostile kind `kind` (0..9)."""
    return [
        (".html.gz", hostile.gzip_bomb(64 * MiB)),
        (".html", hostile.deep_page(3_000)),
        (".html", b"<html><body>" + b"<p>x</p>" * 25_000 + b"</body></html>"),
        (".html", hostile.article(700, words=30, seed=kind)),          # over the 60,000 text cap
        (".html", bytes(range(256)) * 64),
        (".html", b""),
        (".html", hostile.billion_laughs()),
        (".html", hostile.xxe_page(folder / "secret.txt")),
        (".html", b"\xff\xfe\x00\x00" + b"\x00\xd8" * 3000),
        (".html", b"<html><body><nav><a href='/'>Home</a> <a href='/a'>About</a></nav></body></html>"),
    ][kind]


def unique(data: bytes, i: int, suffix: str) -> bytes:
    """The hostile page made unique (its own doc_id), as crawls rarely hold one page twice."""
    if not data:
        return b" " * (i + 1)
    tail = f"<!-- {i} -->".encode()
    return data + (zlib.compress(tail, wbits=31) if suffix.endswith(".gz") else tail)


def write_pages(folder: Path, n: int) -> None:
    (folder / "secret.txt").write_text(hostile.SECRET)
    cache: dict[int, tuple[str, bytes]] = {}
    for i in range(n):
        if i % 10 == 9:                                   # every tenth page, kinds in turn
            kind = (i // 10) % 10
            if kind not in cache:                     # made once each (the bomb takes a while)
                cache[kind] = hostile_page(kind, folder)
            suffix, data = cache[kind]
            data = unique(data, i, suffix)
        else:
            suffix, data = ".html", hostile.article(3 + i % 12, seed=i)
        (folder / f"page{i:06d}{suffix}").write_bytes(data)


class StopSoak(Exception):
    def __init__(self, summary):
        self.summary = summary


def kind_of(error: dict) -> str:
    m = re.search(r"\(limit (\w+) =", error["error"])
    words = m.group(1) if m else " ".join(re.sub(r"[\d,.:]+", "#", error["error"]).split()[:4])
    return f"{error['stage']}: {words}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--every", type=int, default=1000)
    parser.add_argument("--default-limits", action="store_true")
    parser.add_argument("--max-seconds", type=float, default=0,
                        help="stop after this long and report on the inputs done so far (0: run to the end)")
    args = parser.parse_args()
    import psutil

    with tempfile.TemporaryDirectory(prefix="soak-") as scratch:
        folder = Path(scratch) / "pages"
        folder.mkdir()
        write_pages(folder, args.pages)
        out = Path(scratch) / "out.jsonl"
        rss: dict[int, list[tuple[int, int]]] = collections.defaultdict(list)   # pid -> [(inputs, rss)]

        def on_progress(summary, label):
            if args.max_seconds and time.perf_counter() - started > args.max_seconds:
                raise StopSoak(summary)
            if summary.inputs % args.every == 0:
                for pid in summary.worker_peak_rss:
                    try:
                        rss[pid].append((summary.inputs, psutil.Process(pid).memory_info().rss))
                    except psutil.Error:
                        pass
                print(f"  {summary.inputs:>6} inputs, {time.perf_counter() - started:7.0f} s, worker RSS MB: "
                      + ", ".join(f"{pid}={v[-1][1] / 1e6:.0f}" for pid, v in rss.items() if v[-1][0] == summary.inputs),
                      flush=True)

        settings = Settings() if args.default_limits else SOAK_LIMITS
        started = time.perf_counter()
        with JsonlSink(out) as sink:
            try:
                summary = run([str(folder)], [sink], workers=args.workers, options=LoadOptions(settings=settings),
                              on_progress=on_progress, site_templates=False)
            except StopSoak as stop:
                summary = stop.summary
                print(f"stopped after --max-seconds {args.max_seconds:g} at input {summary.inputs:,} of {args.pages:,}")
        seconds = time.perf_counter() - started
        report(summary, seconds, out, rss, args)


def report(summary, seconds: float, out: Path, rss: dict, args) -> None:
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    docs = sum(r["schema"] == "doc/1" for r in records)
    errors = [r for r in records if r["schema"] == "error/1"]
    kinds = collections.Counter(kind_of(e) for e in errors)
    print(f"{summary.line()}; {seconds:.0f} s, {summary.inputs / seconds:.2f} pages/s; partial (text cap) "
          f"{summary.partial}")
    print("errors by kind:")
    for kind, n in kinds.most_common():
        print(f"  {n:>6}  {kind}")
    adds_up = (summary.inputs == summary.pages + summary.errors + summary.skipped
               and docs == summary.pages and len(errors) == summary.errors + summary.partial)
    print(f"counts add up: {adds_up} (inputs {summary.inputs} of {args.pages}, pages {summary.pages} = doc/1 lines {docs}, "
          f"error/1 lines {len(errors)} = errors {summary.errors} + partial {summary.partial})")
    print(f"secret leaked: {hostile.SECRET in out.read_text(encoding='utf-8')}")
    for pid, points in rss.items():
        base = next((v for n, v in points if n >= 2000), None)
        growth = f"{(points[-1][1] / base - 1) * 100:+.1f}% from input 2,000 to {points[-1][0]:,}" if base else ""
        print(f"worker {pid}: RSS MB " + " ".join(f"{n}:{v / 1e6:.0f}" for n, v in points) + f"  {growth}")
    print("a worker replaced mid-run (a crash) shows as a new pid; target: growth < 5% for each worker")


if __name__ == "__main__":
    main()
