#!/usr/bin/env python
"""Hostile inputs through `claims extract`: seconds, peak memory and the record of each.

    .venv/bin/python scripts/hostile.py [--cases gzip_bomb,deep] [--workers 1] [--keep DIR]

Each case is written to a scratch folder and run as its own `claims extract CASE -o out.jsonl
-w 1` (the CLI in a fresh process, its page in a worker process), timed from start to exit; peak
memory is the largest sum of RSS over the CLI process and its workers, sampled every 20 ms.
Cases (the issue's list):
  gzip_bomb      2 MB of gzip that inflates to 2 GiB;
  deep           a page nested 100,000 elements deep;
  paragraphs_40mb 40 MB of article paragraphs (400,000 <p>);
  article        the 2.5 MB article of 10,000 paragraphs (must give claims);
  billion_laughs nested XML entities (the "billion laughs" attack) in a page's DOCTYPE;
  xxe            a page whose DOCTYPE names a local file as an external entity (its content
                 must appear in no output).
Targets: every case ends within 60 s and under 1.5 GB, and gives claims or an error record that
names the limit (`limit <setting> =`). Timing lives here, not in the unit tests (which check the
records of the same pages, built by the functions below). Figures taken on a loaded machine
are noisy: say so when reporting them.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECRET = "hostile-secret-4c1f9e"           # what the XXE case's local file holds
TARGET_SECONDS, TARGET_BYTES = 60.0, 1.5e9


def gzip_bomb(inflated: int = 2 * 2**30, step: int = 2**20) -> bytes:
    """gzip data that inflates to `inflated` bytes of one HTML page (2 GiB: about 2 MB)."""
    z = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    parts = [z.compress(b"<html><body><p>")]
    block = b"A" * step
    parts += [z.compress(block) for _ in range(inflated // step)]
    return b"".join(parts) + z.compress(b"</p></body></html>") + z.flush()


def deep_page(depth: int = 100_000) -> bytes:
    return (b"<html><body>" + b"<div>" * depth + b"<p>Sales rose 5 percent in 2023.</p>"
            + b"</div>" * depth + b"</body></html>")


WORDS = ("the council market growth city report year people local plan water school team season "
         "budget health county state program service project residents officials district").split()


def paragraph(rng: random.Random, i: int, words: int = 30) -> str:
    """One article paragraph; every fourth holds an attributed figure with a year."""
    text = " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."
    if i % 4 == 0:
        text += f" Spending rose {i % 90 + 1} percent to ${i % 50 + 2} million in {1995 + i % 28}, officials said."
    return f"<p>{text}</p>\n"


def article(paragraphs: int = 10_000, words: int = 33, seed: int = 7) -> bytes:
    """A long news article: the 2.5 MB page of 10,000 paragraphs with the defaults."""
    rng = random.Random(seed)
    body = "".join(paragraph(rng, i, words) for i in range(paragraphs))
    return (f"<html><head><title>A long report</title><meta name='date' content='2024-03-01'></head>"
            f"<body><article><h1>A long report</h1>{body}</article></body></html>").encode()


def billion_laughs(levels: int = 10) -> bytes:
    entities = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, levels)]
    return (f'<?xml version="1.0"?><!DOCTYPE html [{"".join(entities)}]>'
            f"<html><body><p>Exports grew 3 percent in 2022. &lol{levels - 1};</p></body></html>").encode()


def xxe_page(secret_path: Path | str, server: str | None = None) -> bytes:
    """A page that names a local file (and, with `server`, a URL) as external entities and DTD."""
    dtd = f' SYSTEM "{server}/dtd"' if server else ""
    remote = f'<!ENTITY remote SYSTEM "{server}/entity">' if server else ""
    return (f'<?xml version="1.0"?><!DOCTYPE html{dtd} [<!ENTITY xxe SYSTEM "file://{secret_path}">{remote}]>'
            f"<html><body><p>Imports fell 4 percent in 2021. &xxe; {'&remote;' if server else ''}</p>"
            f"</body></html>").encode()


def write_cases(folder: Path, names: list[str]) -> dict[str, Path]:
    """Write each named case into `folder`; returns name -> file."""
    secret = folder / "secret.txt"
    secret.write_text(SECRET)
    makers = {
        "gzip_bomb": ("bomb.html.gz", gzip_bomb),
        "deep": ("deep.html", deep_page),
        "paragraphs_40mb": ("paragraphs40.html", lambda: article(400_000, words=12)),
        "article": ("article.html", article),
        "billion_laughs": ("laughs.html", billion_laughs),
        "xxe": ("xxe.html", lambda: xxe_page(secret)),
    }
    out = {}
    for name in names:
        filename, make = makers[name]
        path = folder / filename
        if not path.exists():
            path.write_bytes(make())
        out[name] = path
    return out


CASES = ["gzip_bomb", "deep", "paragraphs_40mb", "article", "billion_laughs", "xxe"]


def run_case(path: Path, out: Path, workers: int) -> tuple[float, float, int, int]:
    """(seconds, CPU seconds, peak RSS of the CLI and its workers together, exit code) of one
    `claims extract`. CPU seconds (user + system, summed over the processes) say how long the
    case would take on idle cores when the machine is shared."""
    import psutil

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(path), "-o", str(out), "-w", str(workers),
           "--fresh", "-q"]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    parent, peak, cpu = psutil.Process(proc.pid), 0, {}
    while proc.poll() is None:
        try:
            tree = [parent, *parent.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in tree if p.is_running()))
            for p in tree:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
        except psutil.Error:
            pass
        time.sleep(0.02)
    return time.perf_counter() - started, sum(cpu.values()), peak, proc.returncode


def summarise(out: Path) -> tuple[str, bool]:
    """(what the output holds, in one line; whether the secret leaked into it)."""
    text = out.read_text(encoding="utf-8") if out.exists() else ""
    records = [json.loads(line) for line in text.splitlines() if line.strip()]
    claims = [r for r in records if r.get("schema") == "claim/1"]
    errors = [r for r in records if r.get("schema") == "error/1"]
    parts = [f"{len(claims)} claims"] + [f"error/1 stage={e['stage']}: {e['error']}" for e in errors]
    return "; ".join(parts), SECRET in text


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--keep", type=Path, help="folder for the case files (kept; default a temporary one)")
    args = parser.parse_args()
    names = [n for n in args.cases.split(",") if n]
    with tempfile.TemporaryDirectory(prefix="hostile-") as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        ok = True
        print(f"{'case':<16} {'input':>10} {'seconds':>8} {'cpu s':>6} {'peak MB':>8}  record")
        for name, path in write_cases(folder, names).items():
            out = Path(scratch) / f"{name}.jsonl"
            seconds, cpu, peak, code = run_case(path, out, args.workers)
            record, leaked = summarise(out)
            named = "claims" in record and not record.startswith("0 claims") or "(limit " in record
            good = seconds <= TARGET_SECONDS and peak <= TARGET_BYTES and named and not leaked
            if name == "article":
                good = good and not record.startswith("0 claims")
            ok &= good
            print(f"{name:<16} {path.stat().st_size / 2**20:>8.1f}MB {seconds:>8.1f} {cpu:>6.1f} {peak / 1e6:>8.0f}  "
                  f"{'ok ' if good else 'MISS'} exit {code}; {record}{'; SECRET LEAKED' if leaked else ''}")
        print("targets: every case <= 60 s and <= 1.5 GB, claims or an error naming its limit, the article "
              f"gives claims, no file content leaks: {'met' if ok else 'NOT met'}")


if __name__ == "__main__":
    main()
