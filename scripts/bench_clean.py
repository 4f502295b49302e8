#!/usr/bin/env python
"""Chrome removal on real pages: our cleaner beside trafilatura, readability-lxml and resiliparse.

Runs every extractor over ../shared/bench/wcxb-dev in the same run and prints one table: per page
type word-F1 against `main_content` (lowercase `\\w+` tokens, multiset overlap, averaged over
pages), the share of `with` snippets kept and of `without` snippets dropped, and median ms/page.
It also checks provenance: every block the cleaner keeps must have an XPath that resolves in the
source HTML to an element whose normalised text contains the block text (violations must be 0).

    .venv/bin/python scripts/bench_clean.py                 # all 1,497 pages, all extractors
    .venv/bin/python scripts/bench_clean.py --limit 200 --only ours,trafilatura
    .venv/bin/python scripts/bench_clean.py --per-page out.jsonl   # per-page figures for review

Baselines come from the `bench` extra: pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "wcxb-dev"
TOKEN = re.compile(r"\w+")
WS = re.compile(r"\s+")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def word_f1(predicted: str, gold: str) -> float:
    p, g = collections.Counter(tokens(predicted)), collections.Counter(tokens(gold))
    if not p and not g:
        return 1.0
    if not p or not g:
        return 0.0
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall)


def contains(haystack_tokens: str, snippet: str) -> bool:
    needle = " ".join(tokens(snippet))
    return bool(needle) and needle in haystack_tokens


# --- extractors: each takes (raw bytes, url) and returns the main text ("" when it gives up) ---

def ours():
    from extractor import clean
    from extractor.types import ExtractorError

    def run(raw: bytes, url: str | None) -> tuple[str, object]:
        try:
            page = clean(raw, url=url)
        except ExtractorError:
            return "", None
        return page.text, page
    return run


def trafilatura_():
    import trafilatura

    def run(raw: bytes, url: str | None):
        return trafilatura.extract(raw, url=url) or "", None
    return run


def readability_():
    import logging

    from lxml import html as lxml_html
    from readability import Document
    logging.getLogger("readability").setLevel(logging.ERROR)

    def run(raw: bytes, url: str | None):
        try:
            summary = Document(raw, url=url).summary(html_partial=True)
        except Exception:
            return "", None
        if not summary.strip():
            return "", None
        return lxml_html.fromstring(summary).text_content(), None
    return run


def resiliparse_():
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(raw: bytes, url: str | None):
        return extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=True), None
    return run


EXTRACTORS = {"ours": ours, "trafilatura": trafilatura_, "readability": readability_,
              "resiliparse": resiliparse_}


def xpath_violations(page) -> tuple[int, int]:
    """(kept blocks checked, violations): each kept block's XPath must resolve, in a fresh parse
    of the source HTML, to exactly one element whose visible text contains the block text.
    Visible text: the element's text without scripts, styles and comments; compared with all
    whitespace removed, since a <br> or a newline is a space in the block and nothing in itertext."""
    import copy
    import importlib

    from lxml import etree
    segment = importlib.import_module("extractor.clean.segment")
    score = importlib.import_module("extractor.clean.score")
    skip = score.load_rules().skip_tags
    tree = segment.parse_html(page.html)
    visible: dict[str, str] = {}
    checked = bad = 0
    for block in page.blocks:
        if block.label != "body":
            continue
        checked += 1
        if block.xpath not in visible:
            found = tree.xpath(block.xpath)
            if len(found) != 1:
                visible[block.xpath] = None
            else:
                el = copy.deepcopy(found[0])
                etree.strip_elements(el, *skip, etree.Comment, with_tail=False)
                visible[block.xpath] = WS.sub("", "".join(el.itertext()))
        text = visible[block.xpath]
        if text is None or WS.sub("", block.text) not in text:
            bad += 1
    return checked, bad


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--limit", type=int, default=0, help="first N pages only (0 = all)")
    ap.add_argument("--only", default=",".join(EXTRACTORS), help="comma-separated extractors")
    ap.add_argument("--per-page", type=Path, help="write per-page figures (JSONL) here")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")

    meta = json.loads((args.data / "metadata.json").read_text())["files"]
    ids = sorted(meta)[: args.limit or None]
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = set(names) - set(EXTRACTORS)
    if unknown:
        ap.error(f"unknown extractor(s): {', '.join(sorted(unknown))}; choose from {', '.join(EXTRACTORS)}")
    runners = {n: EXTRACTORS[n]() for n in names}

    f1: dict[str, dict[str, list[float]]] = {n: collections.defaultdict(list) for n in names}
    with_kept = {n: collections.defaultdict(lambda: [0, 0]) for n in names}
    without_dropped = {n: collections.defaultdict(lambda: [0, 0]) for n in names}
    ms: dict[str, list[float]] = {n: [] for n in names}
    checked = violations = skipped = 0
    per_page = args.per_page.open("w") if args.per_page else None
    started = time.perf_counter()
    for i, fid in enumerate(ids, 1):
        raw = gzip.decompress((args.data / "html" / f"{fid}.html.gz").read_bytes())
        truth = json.loads((args.data / "ground-truth" / f"{fid}.json").read_text())
        gold = truth["ground_truth"]
        if "main_content" not in gold:      # two dev pages come without a main_content to score against
            skipped += 1
            continue
        ptype = meta[fid]["page_type"]
        row = {"id": fid, "type": ptype}
        for name, run in runners.items():
            t0 = time.perf_counter()
            text, page = run(raw, truth.get("url"))
            ms[name].append((time.perf_counter() - t0) * 1000)
            score = word_f1(text, gold["main_content"])
            for key in (ptype, "all"):
                f1[name][key].append(score)
            toks = " ".join(tokens(text))
            for snip in gold.get("with") or []:
                for key in (ptype, "all"):
                    with_kept[name][key][0] += contains(toks, snip)
                    with_kept[name][key][1] += 1
            for snip in gold.get("without") or []:
                for key in (ptype, "all"):
                    without_dropped[name][key][0] += not contains(toks, snip)
                    without_dropped[name][key][1] += 1
            row[name] = round(score, 4)
            if page is not None:
                c, b = xpath_violations(page)
                checked, violations = checked + c, violations + b
        if per_page:
            per_page.write(json.dumps(row) + "\n")
        if i % 100 == 0:
            print(f"  {i}/{len(ids)} pages, {time.perf_counter() - started:.0f} s", file=sys.stderr)

    types = sorted({meta[f]["page_type"] for f in ids}, key=lambda t: (-len(f1[names[0]][t]), t)) + ["all"]
    print(f"\nwcxb-dev: {len(ids) - skipped} pages scored ({skipped} without main_content skipped). word-F1 per page type (mean over pages); "
          f"with = share of `with` snippets kept, without = share of `without` snippets dropped\n")
    header = f"{'page type':<14}{'pages':>6}" + "".join(f"{n:>13}" for n in names)
    print(header)
    print("-" * len(header))
    for t in types:
        cells = "".join(f"{statistics.fmean(f1[n][t]):>13.4f}" for n in names)
        print(f"{t:<14}{len(f1[names[0]][t]):>6}{cells}")
    print("-" * len(header))
    for label, table in (("with kept", with_kept), ("without drop", without_dropped)):
        print(f"{label:<20}" + "".join(f"{table[n]['all'][0] / max(table[n]['all'][1], 1):>13.3f}" for n in names))
    print(f"{'median ms/page':<20}" + "".join(f"{statistics.median(ms[n]):>13.1f}" for n in names))
    print(f"{'mean ms/page':<20}" + "".join(f"{statistics.fmean(ms[n]):>13.1f}" for n in names))
    if "ours" in names:
        print(f"\nprovenance: {checked} kept blocks checked, {violations} XPath violations")
        if "trafilatura" in names:
            gap = statistics.fmean(f1["ours"]["all"]) - statistics.fmean(f1["trafilatura"]["all"])
            print(f"ours - trafilatura overall word-F1: {gap:+.4f}")
    if per_page:
        per_page.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
