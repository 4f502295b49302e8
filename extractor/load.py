"""Inputs -> Documents: read bytes, detect binary and compressed input, decode to text.

A bad input never raises out of `iter_documents`: it becomes an ErrorRecord, so that
inputs = pages done + error records, always.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from .types import Document, ErrorRecord, ExtractorError, doc_id_for

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz")
MAX_BYTES = 50 * 1024 * 1024
SNIFF_BYTES = 64 * 1024

# magic bytes of common binary formats that end up in crawls, for a useful message
MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive", b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file", b"\x00\x00\x00": "binary data",
}
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def gunzip_if_needed(raw: bytes) -> bytes:
    if raw[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(raw)
        except (OSError, EOFError, zlib.error) as e:
            raise ExtractorError("decode", f"corrupt gzip data: {e}") from None
    return raw


def check_text(raw: bytes) -> None:
    """Raise a one-line ExtractorError for input that is empty or not text at all."""
    if not raw.strip():
        raise ExtractorError("decode", "empty input (no bytes or only whitespace)")
    if raw.startswith(BOMS):
        return
    for magic, what in MAGIC.items():
        if raw.startswith(magic):
            raise ExtractorError("decode", f"binary input: looks like {what}, not HTML")
    head = raw[:8192]
    control = sum(1 for b in head if b < 9 or 13 < b < 32 and b != 27)
    if b"\x00" in head or control / len(head) > 0.1:
        raise ExtractorError("decode", f"binary input: {control} control bytes in the first {len(head)}, not HTML")


def decode(raw: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Bytes -> (text, encoding). Trusts a BOM, then valid UTF-8, then the declared charset,
    then detection (UnicodeDammit), which also repairs pages whose declared charset is wrong."""
    from bs4 import UnicodeDammit

    check_text(raw)
    if not raw.startswith(BOMS):
        if raw.isascii():              # the same text in every ASCII-based charset; entities do the rest
            return raw.decode("ascii"), "ascii"
        # Bytes that decode as UTF-8 with multi-byte sequences are UTF-8, whatever the page
        # declares: legacy encodings almost never form valid UTF-8 by chance, while pages that
        # say iso-8859-1 and are UTF-8 are common (UnicodeDammit would trust the declaration
        # and give "cafÃ©").
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    # Detection (UnicodeDammit: BOM, declared charset, chardet) on the first 64 KB only: chardet
    # is pure Python and takes seconds on a 20 MB page; the charset does not change midway.
    cut = raw.rfind(b"\n", 0, SNIFF_BYTES) + 1 or SNIFF_BYTES     # not inside a multi-byte character
    dammit = UnicodeDammit(raw[:cut], [declared] if declared else [], is_html=True)
    encoding = dammit.original_encoding
    if dammit.unicode_markup is None or not encoding:
        raise ExtractorError("decode", "could not decode the bytes in any known encoding")
    if cut >= len(raw):
        return dammit.unicode_markup, encoding
    try:
        return raw.decode(encoding, errors="replace"), encoding
    except LookupError:
        raise ExtractorError("decode", f"unknown encoding {encoding!r}") from None


def document_from_bytes(raw: bytes, input: str = "<bytes>", url: str | None = None) -> Document:
    """Raw bytes -> Document; raises ExtractorError('decode', ...) for unusable input."""
    doc_id = doc_id_for(raw)
    try:
        body = gunzip_if_needed(raw)
        html, encoding = decode(body)
    except ExtractorError as e:
        e.doc_id = doc_id  # type: ignore[attr-defined]
        raise
    return Document(doc_id=doc_id, raw=raw, html=html, input=input, url=url, encoding=encoding)


def expand_paths(inputs: Iterable[str | Path]) -> Iterator[Path | ErrorRecord]:
    """Files as given; folders walked recursively for HTML files (sorted, so runs are stable)."""
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(HTML_SUFFIXES))
            if not found:
                yield ErrorRecord(str(item), "decode", f"folder holds no HTML files ({', '.join(HTML_SUFFIXES)})")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield ErrorRecord(str(item), "decode", "no such file or folder")


def read_document(path: Path) -> Document:
    """One file -> Document; ExtractorError('decode', ...) for a file that is missing, too large,
    unreadable or not text."""
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ExtractorError("decode", "not a file")
        if size > MAX_BYTES:
            raise ExtractorError("decode", f"file is {size / 2**20:.0f} MiB, over the {MAX_BYTES // 2**20} MiB limit")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ExtractorError("decode", "no such file or folder") from None
    except OSError as e:
        raise ExtractorError("decode", f"cannot read: {e.strerror or e}") from None
    return document_from_bytes(raw, input=str(path))


def iter_documents(inputs: Iterable[str | Path]) -> Iterator[Document | ErrorRecord]:
    for item in expand_paths(inputs):
        if isinstance(item, ErrorRecord):
            yield item
            continue
        try:
            yield read_document(item)
        except ExtractorError as e:
            yield ErrorRecord(str(item), e.stage, str(e), getattr(e, "doc_id", None))
