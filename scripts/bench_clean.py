#!/usr/bin/env python
"""Chrome removal on real pages: our cleaner beside trafilatura, readability-lxml and resiliparse.

Scores every extractor, in the same run, on the held-back part of both cleaning dev sets:
- ../shared/bench/readability-dev (pages listed in check.txt; English and non-English apart),
- ../shared/bench/wcxb-dev (pages listed in check.txt; per page type).
Per set and page type: word-F1, precision and recall against the reference text (lowercase `\\w+`
tokens, multiset overlap, averaged over pages), median ms/page, and how many pages with reference
text our cleaner ends as an error. trafilatura runs twice: with its defaults and with
include_comments=False (the better of the two is the bar). It checks provenance too: every block
the cleaner keeps must have an XPath that resolves in the source HTML to an element whose text
contains the block text (violations must be 0). Last, it runs ../shared/tools/claims_dev.py --html
and prints the claims-dev check-half value+kind F1 from raw HTML beside the one from gold text.

    .venv/bin/python scripts/bench_clean.py                      # held-back parts, all extractors
    .venv/bin/python scripts/bench_clean.py --part tune --only ours,trafilatura --no-claims
    .venv/bin/python scripts/bench_clean.py --per-page out.jsonl # per-page figures (read tune misses only)

Timings depend on the machine's load: on a shared machine they are noisy; compare within one run.
The extractors take their turns on each page in a shuffled order (seeded): one that always ran right
after another on the same page would be timed with that one's warm caches.
Baselines come from the `bench` extra: pip install -e ".[bench]".
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import os
import random
import re
import statistics
import subprocess
import sys
import time
import warnings
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
# ../shared beside the main checkout; a worktree under ../wt/NAME finds it one level further up
SHARED = next((d / "shared" for d in (ROOT.parent, ROOT.parent.parent) if (d / "shared" / "bench").is_dir()),
              ROOT.parent / "shared")
BENCH = SHARED / "bench"
CLAIMS_DEV = SHARED / "tools" / "claims_dev.py"
TOKEN = re.compile(r"\w+")
WS = re.compile(r"\s+")
# readability-dev's README: these sites are not in English and are reported as their own group
NON_ENGLISH = ("lemonde", "liberation", "folha", "la-nacion", "heise", "aktualne", "qq", "pixnet", "gmw",
               "hukumusume", "rtl-")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text.lower())


def prf(predicted: str, gold: str) -> tuple[float, float, float]:
    """(word-F1, precision, recall) of the predicted text against the reference."""
    p, g = collections.Counter(tokens(predicted)), collections.Counter(tokens(gold))
    if not p and not g:
        return 1.0, 1.0, 1.0
    if not p or not g:
        return 0.0, float(not p), float(not g)
    overlap = sum((p & g).values())
    if not overlap:
        return 0.0, 0.0, 0.0
    precision, recall = overlap / sum(p.values()), overlap / sum(g.values())
    return 2 * precision * recall / (precision + recall), precision, recall


def word_f1(predicted: str, gold: str) -> float:
    return prf(predicted, gold)[0]


# --- dev sets: (set, id, page type, site, raw bytes, url, reference text) ---

@dataclass(frozen=True, slots=True)
class DevPage:
    dataset: str
    id: str
    type: str
    site: str
    path: Path
    url: str | None
    gold: str

    def raw(self) -> bytes:
        return gzip.decompress(self.path.read_bytes())


def held_back(data: Path) -> set[str]:
    return set((data / "check.txt").read_text().split())


def readability_pages(data: Path = BENCH / "readability-dev") -> list[DevPage]:
    out = []
    for d in sorted(p for p in (data / "pages").iterdir() if p.is_dir()):
        english = not d.name.startswith(NON_ENGLISH)
        site = re.sub(r"-\d+$", "", d.name)
        meta = json.loads((d / "expected-metadata.json").read_text()) if (d / "expected-metadata.json").exists() else {}
        out.append(DevPage("readability-dev", d.name, "english" if english else "non-english", site,
                           d / "source.html.gz", meta.get("url"), (d / "expected.txt").read_text("utf-8")))
    return out


def wcxb_pages(data: Path = BENCH / "wcxb-dev") -> list[DevPage]:
    meta = json.loads((data / "metadata.json").read_text())["files"]
    out = []
    for gt in sorted((data / "ground-truth").glob("*.json")):
        fid = gt.stem
        truth = json.loads(gt.read_text())
        gold = truth["ground_truth"]
        if not isinstance(gold, dict) or "main_content" not in gold:
            continue       # a few pages come without a main_content to score against
        url = truth.get("url")
        info = meta.get(fid) or {}
        ptype = info.get("page_type") or truth.get("_internal", {}).get("page_type", {}).get("primary", "unknown")
        site = info.get("domain") or urlsplit(url or "").hostname or fid
        out.append(DevPage("wcxb-dev", fid, ptype, site.removeprefix("www."), data / "html" / f"{fid}.html.gz",
                           url, gold["main_content"]))
    return out


def dev_pages(part: str) -> list[DevPage]:
    """The pages of both dev sets in `part`: "check" (held back), "tune" (the rest) or "all"."""
    out = []
    for data, pages in ((BENCH / "readability-dev", readability_pages()), (BENCH / "wcxb-dev", wcxb_pages())):
        check = held_back(data)
        out += [p for p in pages if part == "all" or (p.id in check) == (part == "check")]
    return out


# --- extractors: each takes (raw bytes, url) and returns (main text, our Page or None, error?) ---

def ours():
    from extractor import clean
    from extractor.types import ExtractorError

    def run(raw: bytes, url: str | None):
        try:
            page = clean(raw, url=url)
        except ExtractorError:
            return "", None, True
        return page.text, page, False
    return run


def _trafilatura(**options):
    def make():
        import trafilatura

        def run(raw: bytes, url: str | None):
            return trafilatura.extract(raw, url=url, **options) or "", None, False
        return run
    return make


def readability_():
    import logging

    from lxml import html as lxml_html
    from readability import Document
    logging.getLogger("readability").setLevel(logging.ERROR)

    def run(raw: bytes, url: str | None):
        try:
            summary = Document(raw, url=url).summary(html_partial=True)
        except Exception:
            return "", None, False
        if not summary.strip():
            return "", None, False
        return lxml_html.fromstring(summary).text_content(), None, False
    return run


def resiliparse_():
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    def run(raw: bytes, url: str | None):
        return extract_plain_text(bytes_to_str(raw, detect_encoding(raw)), main_content=True), None, False
    return run


EXTRACTORS = {"ours": ours, "trafilatura": _trafilatura(), "traf-nocomm": _trafilatura(include_comments=False),
              "readability": readability_, "resiliparse": resiliparse_}


def xpath_violations(page) -> tuple[int, int]:
    """(kept blocks checked, violations): each kept block's XPath must resolve, in a fresh parse
    of the source HTML, to exactly one element whose visible text contains the block text.
    Visible text: the element's text without scripts, styles and comments; compared with all
    whitespace removed, since a <br> or a newline is a space in the block and nothing in itertext."""
    import copy
    import importlib

    from lxml import etree
    segment = importlib.import_module("extractor.clean.segment")
    rules = importlib.import_module("extractor.clean.rules")
    if not hasattr(rules, "load_rules"):     # before clean/score.py was split (a baseline checkout)
        rules = importlib.import_module("extractor.clean.score")
    skip = rules.load_rules().skip_tags
    tree = segment.parse_html(page.html)
    visible: dict[str, str | None] = {}
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


@dataclass
class Tally:
    scores: dict      # (extractor, set, type) -> list of (f1, p, r)
    ms: dict          # (extractor, set) -> list of ms
    errors: dict      # set -> [pages ours ended as error, pages with reference text]
    checked: int = 0
    violations: int = 0


def run_bench(pages: list[DevPage], runners: dict, per_page=None, seed: int = 0) -> Tally:
    """Runs every extractor on every page. The extractors take their turns on a page in an order
    shuffled afresh for each page (seeded, so a run repeats): an extractor run right after another
    on the same page finds the CPU's caches warm from it, and one that always follows its own
    library (traf-nocomm after trafilatura) was timed 1 to 3 ms faster than it runs alone."""
    tally = Tally(collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(lambda: [0, 0]))
    started = time.perf_counter()
    order, rng = list(runners.items()), random.Random(seed)
    for i, dp in enumerate(pages, 1):
        raw = dp.raw()
        row = {"set": dp.dataset, "id": dp.id, "type": dp.type, "site": dp.site}
        has_text = bool(tokens(dp.gold))
        rng.shuffle(order)
        for name, run in order:
            t0 = time.perf_counter()
            text, page, error = run(raw, dp.url)
            tally.ms[name, dp.dataset].append((time.perf_counter() - t0) * 1000)
            s = prf(text, dp.gold)
            for key in (dp.type, "all"):
                tally.scores[name, dp.dataset, key].append(s)
            row[name] = [round(x, 4) for x in s]
            if name == "ours":
                tally.errors[dp.dataset][0] += error and has_text
                tally.errors[dp.dataset][1] += has_text
                row["error"] = error
            if page is not None:
                c, b = xpath_violations(page)
                tally.checked, tally.violations = tally.checked + c, tally.violations + b
        if per_page:
            per_page.write(json.dumps(row) + "\n")
        if i % 100 == 0:
            print(f"  {i}/{len(pages)} pages, {time.perf_counter() - started:.0f} s", file=sys.stderr)
    return tally


def report(tally: Tally, pages: list[DevPage], names: list[str], part: str) -> None:
    for dataset in sorted({p.dataset for p in pages}):
        sizes = collections.Counter(p.type for p in pages if p.dataset == dataset)
        types = sorted(sizes, key=lambda t: (-sizes[t], t)) + ["all"]
        print(f"\n{dataset}, {part} part: {sum(sizes.values())} pages. word-F1 / precision / recall, mean over pages")
        header = f"{'page type':<14}{'pages':>6}" + "".join(f"{n:>21}" for n in names)
        print(header)
        print("-" * len(header))
        for t in types:
            cells = ""
            for n in names:
                rows = tally.scores[n, dataset, t]
                f, p, r = (statistics.fmean(x[k] for x in rows) for k in range(3))
                cells += f"{f:>9.3f} {p:>5.3f} {r:>5.3f}"
            print(f"{t:<14}{len(tally.scores[names[0], dataset, t]):>6}{cells}")
        print("-" * len(header))
        print(f"{'median ms/page':<20}" + "".join(f"{statistics.median(tally.ms[n, dataset]):>21.1f}" for n in names))
        if "ours" in names:
            bad, total = tally.errors[dataset]
            print(f"ours: {bad} of {total} pages with reference text end as an error ({bad / max(total, 1):.1%})")
            _gaps(tally, dataset, names)
    ms = {n: statistics.median(x for (m, _), v in tally.ms.items() if m == n for x in v) for n in names}
    print("\nmedian ms/page over both sets (noisy on a shared machine): "
          + ", ".join(f"{n} {v:.1f}" for n, v in ms.items()))
    if "ours" in names:
        print(f"provenance: {tally.checked} kept blocks checked, {tally.violations} XPath violations")


def _gaps(tally: Tally, dataset: str, names: list[str]) -> None:
    """ours minus the better trafilatura, on the whole set and on its largest group."""
    trafs = [n for n in names if n in ("trafilatura", "traf-nocomm")]
    if not trafs:
        return
    for group in ("english", "article", "all"):
        ours_rows = tally.scores["ours", dataset, group]
        if not ours_rows:
            continue
        best = max(trafs, key=lambda n: statistics.fmean(x[0] for x in tally.scores[n, dataset, group]))
        of = statistics.fmean(x[0] for x in ours_rows)
        tf = statistics.fmean(x[0] for x in tally.scores[best, dataset, group])
        op = statistics.fmean(x[1] for x in ours_rows)
        tp = statistics.fmean(x[1] for x in tally.scores[best, dataset, group])
        print(f"ours - {best} ({group}): word-F1 {of - tf:+.4f}, precision {op - tp:+.4f}")


def claims_dev() -> None:
    """claims-dev check half: value+kind F1 from raw HTML beside the F1 from gold text."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, str(CLAIMS_DEV), "--html"], capture_output=True, text=True, env=env,
                          cwd=ROOT)
    f1 = {}
    for line in done.stdout.splitlines():
        m = re.match(r"claims-dev (\w+)\s+from (\w+): .*F1 ([\d.]+)", line)
        if m:
            f1[m[1], m[2]] = float(m[3])
        print(f"  {line}")
    if done.returncode:
        print(f"claims_dev.py failed ({done.returncode}): {done.stderr[-2000:]}")
        return
    for half in ("tune", "check"):
        if (half, "text") in f1 and (half, "html") in f1:
            print(f"claims-dev {half} half value+kind F1: from HTML {f1[half, 'html']:.3f}, from gold text "
                  f"{f1[half, 'text']:.3f}, gap {f1[half, 'html'] - f1[half, 'text']:+.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("check", "tune", "all"), default="check",
                    help="held-back pages (check, the default), the tuning pages, or all")
    ap.add_argument("--sets", default="readability-dev,wcxb-dev", help="comma-separated dev sets")
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each set only (0 = all)")
    ap.add_argument("--only", default=",".join(EXTRACTORS), help="comma-separated extractors")
    ap.add_argument("--per-page", type=Path, help="write per-page figures (JSONL) here")
    ap.add_argument("--no-claims", action="store_true", help="skip the claims-dev run")
    args = ap.parse_args(argv)
    warnings.filterwarnings("ignore")
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = set(names) - set(EXTRACTORS)
    if unknown:
        ap.error(f"unknown extractor(s): {', '.join(sorted(unknown))}; choose from {', '.join(EXTRACTORS)}")
    sets = {s.strip() for s in args.sets.split(",")}
    pages = [p for p in dev_pages(args.part) if p.dataset in sets]
    if args.limit:
        pages = [p for s in sorted(sets) for p in [q for q in pages if q.dataset == s][: args.limit]]
    runners = {n: EXTRACTORS[n]() for n in names}
    per_page = args.per_page.open("w") if args.per_page else None
    try:
        tally = run_bench(pages, runners, per_page)
    finally:
        if per_page:
            per_page.close()
    report(tally, pages, names, args.part)
    if not args.no_claims:
        print()
        claims_dev()
    return 0


if __name__ == "__main__":
    sys.exit(main())
