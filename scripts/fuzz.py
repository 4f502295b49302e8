#!/usr/bin/env python
"""Fuzz the page pipeline: bytes -> decode -> clean -> (sometimes) NLP and claims.

    .venv/bin/python scripts/fuzz.py [--seconds 600] [--runs 100000] [--max-seconds 3600] [--crashes DIR]
                                     [--engine atheris|hypothesis]

With atheris (pip install 'claim-extractor[fuzz]'): coverage-guided over the extractor's own
Python code, seeded with the pages in corpus/seeds and the hostile pages of scripts/hostile.py.
Without it: hypothesis generates HTML-ish bytes for a fixed time. Either way a crash is any
exception other than the ExtractorError a bad page is meant to give, or a broken invariant:
  - each body block's text is page.text[start:end], blocks in order, not overlapping;
  - each block's XPath finds exactly one element in the page's own parse;
  - for claims (every 128th input, by hash, as NLP is slow): quote == text[start:end].
Each crashing input is saved to `--crashes` (sha1 name, with its traceback beside it) and the
run goes on; at the end it prints the time, the number of inputs and the crashes. Each crash
found becomes a regression test in the test file of the module that failed.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import time
import traceback
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

STATS = {"inputs": 0, "pages": 0, "errors": 0, "nlp": 0, "crashes": 0}
CRASHES: dict[str, str] = {}
FUZZ_LIMITS = None
RUN = {"engine": "", "started": 0.0, "deadline": 0.0, "cap": 0.0, "runs": 0}


def finish() -> None:
    seconds = time.perf_counter() - RUN["started"]
    print(f"fuzz ({RUN['engine']}): {seconds:.0f} s, {STATS['inputs']:,} inputs ({STATS['inputs'] / seconds:.0f}/s), "
          f"{STATS['pages']:,} cleaned pages, {STATS['errors']:,} error records, {STATS['nlp']:,} through NLP, "
          f"{STATS['crashes']} crashing inputs ({len(CRASHES)} distinct)", flush=True)
    for key, trace in CRASHES.items():
        print(f"--- crash {key}\n{trace}", flush=True)


def over() -> bool:
    """Done when both the time and the input count are reached, or at the hard time cap."""
    now = time.perf_counter()
    return now > RUN["cap"] or now > RUN["deadline"] and STATS["inputs"] >= RUN["runs"]


def check_page(page) -> None:
    from extractor.clean.segment import parse_html

    last = 0
    for b in page.blocks:
        if b.start is None:
            continue
        assert page.text[b.start:b.end] == b.text, f"block text is not text[start:end] at {b.start}"
        assert b.start >= last, "body blocks overlap or are out of order"
        last = b.end
    tree = parse_html(page.html)
    for b in page.blocks[:50]:
        if b.xpath:
            found = tree.xpath(b.xpath)
            assert len(found) == 1, f"xpath {b.xpath} finds {len(found)} elements"


def one_input(data: bytes, crashes: Path | None = None) -> None:
    """Run one input; record (not raise) a crash."""
    from extractor.types import ExtractorError

    STATS["inputs"] += 1
    try:
        pipeline(data)
    except ExtractorError:
        STATS["errors"] += 1
    except Exception:                                  # a crash: keep the input, go on
        STATS["crashes"] += 1
        key = hashlib.sha1(data).hexdigest()[:16]
        if key not in CRASHES:
            CRASHES[key] = traceback.format_exc(limit=6)
            if crashes is not None:
                crashes.mkdir(parents=True, exist_ok=True)
                (crashes / f"{key}.bin").write_bytes(data)
                (crashes / f"{key}.txt").write_text(CRASHES[key])


def pipeline(data: bytes) -> None:
    from extractor.clean import clean_html
    from extractor.load import document_from_bytes
    from extractor.pipeline import cap_text, extract_page

    document = document_from_bytes(data, settings=FUZZ_LIMITS)
    page = clean_html(document.html, raw=data, settings=FUZZ_LIMITS)
    STATS["pages"] += 1
    check_page(page)
    if zlib.crc32(data) % 128 == 0:
        STATS["nlp"] += 1
        capped, _ = cap_text(page, FUZZ_LIMITS.max_text_chars)
        for claim in extract_page(capped, settings=FUZZ_LIMITS):
            assert capped.text[claim.start:claim.end] == claim.quote, "quote is not text[start:end]"


def set_limits() -> None:
    global FUZZ_LIMITS
    from extractor.settings import Settings

    FUZZ_LIMITS = Settings(max_elements=20_000, max_text_chars=50_000)


def seeds() -> list[bytes]:
    import hostile

    pages = [p.read_bytes() for p in sorted((ROOT / "corpus" / "seeds").glob("*.html"))]
    small = [hostile.deep_page(600), hostile.billion_laughs(), hostile.xxe_page("/etc/hostname"),
             hostile.article(8), b"<p>1,234 people, 5% up</p>", b"\x1f\x8b" + b"\x00" * 20]
    return [p[:4096] for p in pages] + small


def run_atheris(seconds: int, runs: int, crashes: Path | None) -> None:
    import atheris

    with atheris.instrument_imports(include=["extractor"]):     # nothing of extractor imported before
        import extractor.clean  # noqa: F401
        import extractor.load  # noqa: F401
        import extractor.pipeline  # noqa: F401
    set_limits()
    import tempfile

    corpus = Path(tempfile.mkdtemp(prefix="fuzz-corpus-"))     # libFuzzer adds what it finds here
    for i, seed in enumerate(seeds()):
        (corpus / f"seed{i:03d}").write_bytes(seed)
    artifacts = crashes or corpus                # libFuzzer's own finds (slow units): not the working folder
    artifacts.mkdir(parents=True, exist_ok=True)
    argv = [sys.argv[0], str(corpus), "-max_len=4096", "-rss_limit_mb=4096", "-timeout=30",
            f"-artifact_prefix={artifacts}/"]

    def test_one(data: bytes) -> None:
        one_input(data, crashes)
        if over():                       # libFuzzer ends the process itself: report first
            finish()
            os._exit(0)

    atheris.Setup(argv, test_one)
    atheris.Fuzz()


def html_documents(max_pieces: int = 60):
    """A hypothesis strategy for HTML-ish text: tags opened and closed in any order, comments,
    CDATA, doctypes, entities (broken ones too), figures and any Unicode text between them.
    tests/test_clean.py draws from it too."""
    from hypothesis import strategies as st

    tags = st.sampled_from(["p", "div", "span", "a", "table", "tr", "td", "li", "ul", "h1", "script", "nav",
                            "article", "br", "img", "!--", "![CDATA[", "?xml", "!DOCTYPE", "pre", "style"])
    piece = st.one_of(tags.map(lambda t: f"<{t}>"), tags.map(lambda t: f"</{t}>"), st.text(max_size=40),
                      st.sampled_from(["&amp;", "&#x0;", "&#1234567;", "&lol;", " 12,345 ", "5%", "$3 million",
                                       "-->", "]]>", "\n\n", "\u00a0", "\u2028", "\r"]))
    return st.lists(piece, max_size=max_pieces).map("".join)


def run_hypothesis(seconds: int, runs: int, crashes: Path | None) -> None:
    from hypothesis import HealthCheck, given, settings, strategies as st

    set_limits()

    @settings(max_examples=2000, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(html_documents(), st.sampled_from(["utf-8", "utf-16", "latin-1", "gzip"]))
    def fuzz(text, encoding):
        if over():
            return
        data = zlib.compress(text.encode(), wbits=31) if encoding == "gzip" else text.encode(encoding, "replace")
        one_input(data, crashes)

    while not over():
        fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=600, help="run at least this long")
    parser.add_argument("--runs", type=int, default=100_000, help="and at least this many inputs")
    parser.add_argument("--max-seconds", type=int, default=3600, help="but never longer than this")
    parser.add_argument("--crashes", type=Path, default=None, help="folder for crashing inputs")
    parser.add_argument("--engine", choices=["atheris", "hypothesis"], default=None)
    args, _ = parser.parse_known_args()
    import logging

    logging.disable(logging.WARNING)             # bs4's "characters could not be decoded", once an input
    engine = args.engine
    if engine is None:
        try:
            import atheris  # noqa: F401
            engine = "atheris"
        except ImportError:
            engine = "hypothesis"
    now = time.perf_counter()
    RUN.update(engine=engine, started=now, deadline=now + args.seconds, cap=now + args.max_seconds, runs=args.runs)
    (run_atheris if engine == "atheris" else run_hypothesis)(args.seconds, args.runs, args.crashes)
    finish()


if __name__ == "__main__":
    main()
