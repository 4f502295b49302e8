"""Shared fixtures: the corpus pages, their gold claims, and the pipeline (loaded once)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))     # tests score with the benchmark scripts' own rules
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


@pytest.fixture
def fixed_scores(monkeypatch):
    """Stand in for the cleaner's block classifier: `fixed_scores({"Paragraph": 0.9}, default=0.1)`
    scores each block by the first prefix its text starts with."""
    import importlib

    import numpy as np

    label = importlib.import_module("extractor.clean.label")

    def install(by_prefix: dict[str, float], default: float = 0.1) -> None:
        class Scores:
            def predict(self, X, blocks):
                return np.array([next((p for prefix, p in by_prefix.items() if b.text.startswith(prefix)), default)
                                 for b in blocks])

        monkeypatch.setattr(label, "load_model", lambda: Scores())

    return install


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


BENCH = ROOT.parent / "shared" / "bench" / "wcxb-dev"


def wcxb_pages(n: int) -> list[Path]:
    """The first n pages of the shared WCXB dev set (real crawled pages, .html.gz)."""
    pages = sorted((BENCH / "html").glob("*.html.gz"))[:n]
    if len(pages) < n:
        pytest.fail(f"need {n} pages in {BENCH / 'html'}, found {len(pages)}")
    return pages


@pytest.fixture
def http_server():
    """A local HTTP server on 127.0.0.1 with test routes: /page (HTML, windows-1252), /loop
    (redirects to itself), /hop/N (N redirects then /page), /missing (404), /slow (answers after
    3 s), /big (2 MiB). Yields its base URL, whose `requests` lists the path of every request
    that arrived (tests that no request arrives read it)."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Url(str):
        requests: list[str]

    page = "<html><body><p>Caf\u00e9 sales rose 12 percent in 2023.</p></body></html>".encode("cp1252")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def _send(self, code, body=b"", ctype="text/html; charset=windows-1252", headers=()):
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in headers:
                self.send_header(k, v)
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:
                pass

        def do_GET(self):
            import time

            url.requests.append(self.path)
            if self.path == "/page":
                self._send(200, page)
            elif self.path == "/loop":
                self._send(302, headers=[("Location", "/loop")])
            elif self.path.startswith("/hop/"):
                n = int(self.path.rsplit("/", 1)[1])
                self._send(302, headers=[("Location", f"/hop/{n - 1}" if n > 1 else "/page")])
            elif self.path == "/slow":
                time.sleep(3)
                self._send(200, page)
            elif self.path == "/big":
                self._send(200, b"<p>" + b"x" * (2 * 2**20) + b"</p>")
            else:
                self._send(404, b"not here", ctype="text/plain")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    url = Url(f"http://127.0.0.1:{server.server_address[1]}")
    url.requests = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield url
    server.shutdown()
    server.server_close()


def make_warc(path: Path, pages: list[tuple[str, bytes]], gz: bool = True) -> Path:
    """A WARC as a crawler writes it: per page a request and a 200 text/html response; plus an
    image response, a 404 response and a redirect, which are not pages."""
    from io import BytesIO

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as fh:
        writer = WARCWriter(fh, gzip=gz)

        def response(url, status, ctype, body):
            headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                          http_headers=headers))

        for url, body in pages:
            request = StatusAndHeaders(f"GET {url} HTTP/1.1", [("Host", "example.org")], is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            response(url, "200 OK", "text/html; charset=utf-8", body)
        response("https://example.org/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
        response("https://example.org/gone", "404 Not Found", "text/html", b"<p>gone</p>")
        response("https://example.org/old", "301 Moved Permanently", "text/html", b"")
    return path


@pytest.fixture(scope="session")
def seed_results(nlp):
    """batch.process results (with page text and blocks) for the seed pages, a page with no
    claims, and an input that fails to decode."""
    from extractor.batch import process
    from extractor.load import RawInput

    items = [RawInput(str(p), p.read_bytes()) for p in SEED_PAGES]
    items.append(RawInput("noclaims.html", b"<html><body><article><p>A quiet page about nothing "
                                           b"in particular, with words only.</p></article></body></html>"))
    items.append(RawInput("png.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256))))
    return [process(item, with_page=True) for item in items]


# -- the workbench: claims of the seed pages as records, in a store, and the embedder -----------

@pytest.fixture(scope="session")
def seed_records(seed_results) -> list[dict]:
    """claim/1 dicts of the two seed pages."""
    return [c for r in seed_results if r["error"] is None for c in r["claims"]]


@pytest.fixture(scope="session")
def seed_store(seed_results, tmp_path_factory) -> Path:
    """A SQLite store holding the seed pages (text, blocks, claims, full-text index)."""
    from extractor.store import SqliteStore

    path = tmp_path_factory.mktemp("store") / "seeds.db"
    with SqliteStore(path, resume=False) as store:
        for result in seed_results:
            store.write(result)
    return path


@pytest.fixture(scope="session")
def embedder():
    """MiniLM on the CPU (loads a model: use in tests marked slow)."""
    from extractor.match import get_embedder

    return get_embedder("cpu")


class BagOfWordsEmbedder:
    """A model-free stand-in with the Embedder interface for tests of grouping logic: hashed
    word counts, L2-normalised, so sentences sharing words are close. Counts what it encodes."""

    device = "cpu"

    def __init__(self):
        self.encoded: list[str] = []

    def encode(self, texts):
        import re
        import zlib

        import torch

        self.encoded += texts
        out = torch.zeros(len(texts), 384)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[i, zlib.crc32(word.encode()) % 384] += 1.0
        return torch.nn.functional.normalize(out, dim=-1)


ARTIFACTS = ROOT / "test-artifacts"          # screenshots the browser tests keep (git-ignored)
CHROMIUM, CHROMEDRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """Headless Chromium (Debian's chromium + chromium-driver, installed by scripts/install_chromium.sh)
    driven by Selenium; offline: no background networking, a fresh profile."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        # scripts/setup.sh installs it as root: a skip would hide a broken install step
        pytest.fail("Chromium is not installed: run scripts/install_chromium.sh (as root)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1400,900",
                 f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    yield driver
    driver.quit()
