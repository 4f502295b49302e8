"""Inputs: decoding, binary and empty input, gzip, folders; every input accounted for."""

import gzip

import pytest

from extractor.load import decode, document_from_bytes, iter_documents
from extractor.types import Document, ErrorRecord, ExtractorError


@pytest.mark.parametrize("name", ["random", "binary", "empty", "blank", "png", "badgzip"])
def test_load_garbage_gives_a_one_line_decode_error(bad_inputs, name):
    with pytest.raises(ExtractorError) as e:
        document_from_bytes(bad_inputs[name].read_bytes(), input=name)
    assert e.value.stage == "decode"
    assert "\n" not in str(e.value) and len(str(e.value)) < 200


def test_load_decodes_declared_and_undeclared_charsets():
    html = "<html><head><meta charset='windows-1252'></head><body><p>Caf\u00e9 \u20ac5</p></body></html>"
    text, enc = decode(html.encode("cp1252"))
    assert "Caf\u00e9 \u20ac5" in text and enc.lower() in ("windows-1252", "cp1252")
    text, _ = decode("<p>\u00fcber 40 Prozent</p>".encode("utf-8"))
    assert "\u00fcber" in text


def test_load_reads_gzip_transparently(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(b"<html><body><p>Zipped page with 12 items.</p></body></html>"))
    [doc] = list(iter_documents([path]))
    assert isinstance(doc, Document) and "12 items" in doc.html


def test_load_every_input_is_a_document_or_an_error(bad_inputs, tmp_path):
    good = tmp_path / "good.html"
    good.write_text("<p>Fine page with 3 claims in it.</p>", encoding="utf-8")
    items = list(iter_documents([tmp_path, tmp_path / "missing.html"]))
    docs = [i for i in items if isinstance(i, Document)]
    errors = [i for i in items if isinstance(i, ErrorRecord)]
    assert len(docs) == 2                   # good.html and notext.html (its failure comes at clean)
    assert len(docs) + len(errors) == len(bad_inputs) + 2
    assert {e.stage for e in errors} == {"decode"}
    assert any(e.input.endswith("missing.html") and e.error == "no such file or folder" for e in errors)


def test_load_doc_id_is_the_hash_of_raw_bytes():
    import hashlib

    raw = b"<p>Same bytes, same id.</p>"
    assert document_from_bytes(raw).doc_id == hashlib.sha256(raw).hexdigest()[:16]


# -- globs, JSONL, WARC, stdin, URLs -------------------------------------------------------

import io
import json
from pathlib import Path

from extractor.load import LoadOptions, RawInput, count_inputs, fetch_url, iter_raw, to_document
from extractor.settings import Settings

from conftest import make_warc


def _local(**limits) -> LoadOptions:
    """Options for the test's own server on 127.0.0.1 (loopback is refused unless allowed)."""
    return LoadOptions(settings=Settings(allow_private=True, **limits))


def _inputs(items):
    return [(i.input, type(i).__name__) for i in items]


def test_load_globs_expand_recursively_and_report_no_match(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "one.html").write_text("<p>one</p>")
    (tmp_path / "a" / "two.htm").write_text("<p>two</p>")
    (tmp_path / "three.html").write_text("<p>three</p>")
    items = list(iter_raw([str(tmp_path / "**" / "*.htm*"), str(tmp_path / "*.nothing")]))
    assert [Path(i.input).name for i in items[:3]] == ["one.html", "two.htm", "three.html"]
    assert isinstance(items[3], ErrorRecord) and items[3].error == "no file matches this pattern"
    assert count_inputs([str(tmp_path / "**" / "*.htm*")]) == 3


def test_load_jsonl_one_input_per_line_with_errors_for_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    lines = [json.dumps({"url": "https://a.example/1", "html": "<p>First page, 3 items.</p>"}),
             "", "{not json", json.dumps({"url": "https://a.example/3"}),
             json.dumps({"url": "https://a.example/4", "html": "<p>\u00e9t\u00e9 40 %</p>"})]
    path.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode()))
    items = list(iter_raw([path]))
    assert _inputs(items) == [(f"{path}:1", "RawInput"), (f"{path}:3", "ErrorRecord"),
                              (f"{path}:4", "ErrorRecord"), (f"{path}:5", "RawInput")]
    assert items[0].url == "https://a.example/1" and items[0].raw == b"<p>First page, 3 items.</p>"
    assert "no string field 'html'" in items[2].error
    assert "\u00e9t\u00e9 40 %" in to_document(items[3]).html


def test_load_jsonl_field_names_from_options(tmp_path):
    path = tmp_path / "dump.ndjson"
    path.write_text(json.dumps({"link": "https://b.example/", "content": "<p>Body</p>"}) + "\n")
    [item] = list(iter_raw([path], LoadOptions(html_field="content", url_field="link")))
    assert isinstance(item, RawInput) and item.url == "https://b.example/"


@pytest.mark.parametrize("gz", [True, False])
def test_load_warc_yields_html_responses_only(tmp_path, gz):
    pages = [("https://example.org/a", b"<html><body><p>A page with 5 facts.</p></body></html>"),
             ("https://example.org/b", b"<html><body><p>B page.</p></body></html>")]
    path = make_warc(tmp_path / ("crawl.warc.gz" if gz else "crawl.warc"), pages, gz=gz)
    items = list(iter_raw([path]))
    assert [i.url for i in items] == ["https://example.org/a", "https://example.org/b"]
    assert all(isinstance(i, RawInput) and i.input.startswith(f"{path}#urn:uuid:") for i in items)
    assert [i.raw for i in items] == [body for _, body in pages]
    assert items[0].fetched_at and items[0].charset == "utf-8"
    assert count_inputs([path]) is None       # not known without reading the WARC


def test_load_warc_found_in_folders_and_corrupt_warc_is_an_error(tmp_path):
    make_warc(tmp_path / "crawl.warc.gz", [("https://example.org/a", b"<p>A</p>")])
    (tmp_path / "broken.warc.gz").write_bytes(b"this is no WARC at all\r\n" * 10)
    (tmp_path / "cut.warc.gz").write_bytes(gzip.compress(b"WARC/1.0\r\nnonsense")[:30])
    items = list(iter_raw([tmp_path]))
    assert [type(i).__name__ for i in items] == ["ErrorRecord", "RawInput", "ErrorRecord"]
    assert items[0].input == str(tmp_path / "broken.warc.gz") and items[0].stage == "decode"
    assert items[0].error.startswith(("WARC unreadable after 0 pages", "WARC holds no HTML"))
    assert (items[2].input, items[2].error) == (str(tmp_path / "cut.warc.gz"), "WARC holds no HTML response records")


def test_load_stdin_html_jsonl_and_warc(tmp_path):
    html = b"<html><body><p>From a pipe: 7 pages.</p></body></html>"
    [item] = list(iter_raw(["-"], stdin=io.BytesIO(html)))
    assert (item.input, item.raw) == ("<stdin>", html)
    dump = b'{"url": "u1", "html": "<p>1</p>"}\n{"url": "u2", "html": "<p>2</p>"}\n'
    assert [i.url for i in iter_raw(["-"], stdin=io.BytesIO(gzip.compress(dump)))] == ["u1", "u2"]
    warc = make_warc(tmp_path / "c.warc.gz", [("https://example.org/a", html)]).read_bytes()
    [item] = list(iter_raw(["-"], stdin=io.BytesIO(warc)))
    assert item.url == "https://example.org/a" and item.raw == html
    [item] = list(iter_raw(["-"], LoadOptions(format="html"), stdin=io.BytesIO(dump)))
    assert item.raw == dump


def test_load_url_is_fetched_with_its_declared_charset(http_server):
    item = fetch_url(f"{http_server}/page", _local())
    assert isinstance(item, RawInput) and item.url == f"{http_server}/page" and item.fetched_at
    assert "Caf\u00e9 sales rose 12 percent" in to_document(item).html
    hopped = fetch_url(f"{http_server}/hop/2", _local(max_redirects=2))
    assert isinstance(hopped, RawInput) and hopped.url == f"{http_server}/page" and hopped.input.endswith("/hop/2")


@pytest.mark.parametrize("path, options, message", [
    ("/loop", _local(max_redirects=3), "fetch failed: more than 3 redirects"),
    ("/hop/3", _local(max_redirects=2), "fetch failed: more than 2 redirects"),
    ("/missing", _local(), "fetch failed: HTTP 404 Not Found"),
    ("/slow", _local(url_timeout=0.5), "fetch failed: timed out after 0.5 s"),
    ("/big", _local(max_bytes=2**20), "page is 2 MiB (limit max_bytes = 1 MiB)"),
])
def test_load_url_limits_give_one_line_errors(http_server, path, options, message):
    record = fetch_url(http_server + path, options)
    assert isinstance(record, ErrorRecord) and record.stage == "decode"
    assert record.error == message and record.input == http_server + path


def test_load_unreachable_url_is_an_error_record():
    import socket

    with socket.socket() as s:                  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    [record] = list(iter_raw([f"http://127.0.0.1:{port}/x"], _local(url_timeout=2)))
    assert isinstance(record, ErrorRecord) and record.error.startswith("fetch failed:")


# -- limits: inflation, JSONL lines, private addresses ----------------------------------------

from extractor.load import PrivateAddress, check_public, gunzip_if_needed

from hostile import gzip_bomb


def test_load_gzip_bomb_stops_at_the_inflated_limit_while_inflating():
    import tracemalloc

    bomb = gzip_bomb(256 * 2**20)                          # 256 MiB of one page in about 250 KB
    tracemalloc.start()
    try:
        with pytest.raises(ExtractorError) as e:
            document_from_bytes(bomb, settings=Settings(max_inflated_bytes=2**20))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert e.value.stage == "decode"
    assert str(e.value) == "gzip data inflates to over 1 MiB (limit max_inflated_bytes = 1 MiB)"
    assert peak < 8 * 2**20                                # never held the 256 MiB, nor a large part of it


def test_load_gzip_every_member_is_inflated_and_a_cut_stream_is_an_error():
    page = b"<html><body><p>Two members, 12 items.</p></body></html>"
    two = gzip.compress(page[:20]) + gzip.compress(page[20:])
    assert gunzip_if_needed(two) == page
    assert gunzip_if_needed(page) == page                  # not gzip: as it is
    with pytest.raises(ExtractorError, match="corrupt gzip data"):
        gunzip_if_needed(gzip.compress(page * 50)[:-30])


def test_load_jsonl_line_over_the_limit_is_an_error_and_the_next_line_reads(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    big = json.dumps({"url": "u1", "html": "<p>" + "x" * 5000 + "</p>"})
    small = json.dumps({"url": "u2", "html": "<p>fine, 3 items</p>"})
    path.write_bytes(gzip.compress(f"{big}\n{small}\n".encode()))
    first, second = iter_raw([path], LoadOptions(settings=Settings(max_bytes=600)))
    assert isinstance(first, ErrorRecord) and first.error == "page is over 600 bytes (limit max_bytes = 600 bytes)"
    assert isinstance(second, RawInput) and second.url == "u2"


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://localhost:8080/", "http://10.1.2.3/",
                                 "http://192.168.0.1/", "http://169.254.169.254/latest/meta-data/",
                                 "http://[::1]/", "http://0.0.0.0/"])
def test_load_private_and_loopback_addresses_are_refused(url):
    with pytest.raises(PrivateAddress, match="--allow-private"):
        check_public(url)


def test_load_public_address_passes_the_check():
    check_public("http://93.184.215.14/page")             # an address literal: no lookup, no request


def test_load_url_on_loopback_is_refused_without_a_request(http_server):
    [record] = list(iter_raw([f"{http_server}/page"]))
    assert isinstance(record, ErrorRecord) and "private or loopback" in record.error
    assert "--allow-private" in record.error and http_server.requests == []
    assert isinstance(fetch_url(f"{http_server}/page", _local()), RawInput) and http_server.requests == ["/page"]
