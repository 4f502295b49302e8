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
