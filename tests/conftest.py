"""Shared fixtures: the corpus pages, their gold claims, and the pipeline (loaded once)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SEED_PAGES = sorted((CORPUS / "seeds").glob("*.html"))


def load_gold() -> list[dict]:
    with open(CORPUS / "gold" / "claims.jsonl", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return load_gold()


@pytest.fixture(scope="session")
def seed_pages():
    """{relative page path: Page} for every corpus page."""
    from extractor import clean

    return {str(p.relative_to(CORPUS)): clean(p.read_bytes()) for p in SEED_PAGES}


@pytest.fixture(scope="session")
def nlp():
    from extractor.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_claims(seed_pages, nlp):
    """{relative page path: [Claim]} from the full pipeline."""
    from extractor.pipeline import extract_page

    return {name: extract_page(page) for name, page in seed_pages.items()}


@pytest.fixture
def bad_inputs(tmp_path: Path) -> dict[str, Path]:
    """Garbage a crawl really produces: random bytes, an executable, an empty file, a page
    with no text, a PNG with an .html name, a truncated gzip."""
    import gzip
    import os
    import sys

    files = {
        "random": os.urandom(4096),
        "binary": Path(sys.executable).read_bytes()[:65536],
        "empty": b"",
        "blank": b"   \n\t  \n",
        "notext": b"<html><head><title>t</title><script>var a = 1;</script></head><body><div> </div></body></html>",
        "png": b"\x89PNG\r\n\x1a\n" + os.urandom(200),
        "badgzip": gzip.compress(b"<html><body><p>hello there</p></body></html>")[:20],
    }
    out = {}
    for name, data in files.items():
        path = tmp_path / f"{name}.html"
        path.write_bytes(data)
        out[name] = path
    return out
