"""Inputs -> Documents: read bytes, detect binary and compressed input, decode to text.

Inputs are files, folders (recursive), globs, `.gz` files, JSONL dumps (one `{"url", "html"}`
object a line), WARC / WARC.gz crawls (their HTML response records), `-` for stdin and http(s)
URLs (fetched with a timeout, a size cap and a redirect limit). `iter_raw` turns them into
RawInputs: bytes plus where they came from, cheap to send to a worker, which decodes them
(`to_document`). A bad input never raises out of `iter_raw` or `iter_documents`: it becomes an
ErrorRecord, so that inputs = pages done + error records, always.
"""

from __future__ import annotations

import datetime as dt
import glob
import gzip
import io
import ipaddress
import json
import re
import socket
import sys
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from . import __version__
from .settings import DEFAULTS, Settings, limit_message, size
from .types import Document, ErrorRecord, ExtractorError, doc_id_for

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz")
WARC_SUFFIXES = (".warc", ".warc.gz", ".arc.gz")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
SNIFF_BYTES = 64 * 1024
# bytes that do not occur in text: C0 controls other than tab, newlines, form feed and escape
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b < 32 and b != 27)
Format = Literal["auto", "html", "jsonl", "warc"]

# magic bytes of common binary formats that end up in crawls, for a useful message
MAGIC = {
    b"\x89PNG": "a PNG image", b"\xff\xd8\xff": "a JPEG image", b"GIF8": "a GIF image",
    b"%PDF": "a PDF document", b"PK\x03\x04": "a ZIP archive", b"\x7fELF": "an executable",
    b"RIFF": "a RIFF media file", b"\x00\x00\x00": "binary data",
}
BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


INFLATE_STEP = 1 << 20


def gunzip_if_needed(raw: bytes, max_inflated: int = DEFAULTS.max_inflated_bytes) -> bytes:
    """Inflate gzip data (every member), counting while inflating: past `max_inflated` bytes it
    stops with an ExtractorError naming the limit, having held no more than that (a 2 MB file
    that inflates to 2 GB never gets near memory). Other bytes are returned as they are."""
    if raw[:2] != b"\x1f\x8b":
        return raw
    out = bytearray()
    data = raw
    try:
        while data[:2] == b"\x1f\x8b":
            inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            piece = inflater.decompress(data, INFLATE_STEP)
            while True:
                out += piece
                if len(out) > max_inflated:
                    raise ExtractorError("decode", limit_message(f"gzip data inflates to over {size(max_inflated)}",
                                                                 "max_inflated_bytes", size(max_inflated)))
                if inflater.eof or not inflater.unconsumed_tail:
                    break
                piece = inflater.decompress(inflater.unconsumed_tail, INFLATE_STEP)
            if not inflater.eof:
                raise ExtractorError("decode", "corrupt gzip data: the stream is truncated")
            data = inflater.unused_data.lstrip(b"\x00")   # the next member, or padding
    except zlib.error as e:
        raise ExtractorError("decode", f"corrupt gzip data: {e}") from None
    return bytes(out)


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
    control = len(head) - len(head.translate(None, CONTROL_BYTES))
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


def document_from_bytes(raw: bytes, input: str = "<bytes>", url: str | None = None,
                        declared: str | None = None, fetched_at: str | None = None,
                        settings: Settings = DEFAULTS) -> Document:
    """Raw bytes -> Document; raises ExtractorError('decode', ...) for unusable input.
    `declared` is a charset named outside the bytes (an HTTP Content-Type header)."""
    doc_id = doc_id_for(raw)
    try:
        body = gunzip_if_needed(raw, settings.max_inflated_bytes)
        html, encoding = decode(body, declared)
    except ExtractorError as e:
        e.doc_id = doc_id  # type: ignore[attr-defined]
        raise
    return Document(doc_id=doc_id, raw=raw, html=html, input=input, url=url, encoding=encoding,
                    fetched_at=fetched_at)


GLOB_CHARS = re.compile(r"[*?\[]")


def expand_paths(inputs: Iterable[str | Path]) -> Iterator[Path | ErrorRecord]:
    """Files as given; globs expanded (`**` recurses); folders walked recursively for HTML and
    WARC files (sorted, so runs are stable). JSONL dumps are read when named, not found in
    folders, so that an output file written into an input folder is never read back as input."""
    for item in inputs:
        path = Path(item)
        if not path.exists() and GLOB_CHARS.search(str(item)):
            matches = sorted(glob.glob(str(item), recursive=True))
            if not matches:
                yield ErrorRecord(str(item), "decode", "no file matches this pattern")
            yield from expand_paths(matches)
        elif path.is_dir():
            suffixes = HTML_SUFFIXES + WARC_SUFFIXES
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(suffixes))
            if not found:
                yield ErrorRecord(str(item), "decode", f"folder holds no HTML or WARC files ({', '.join(suffixes)})")
            yield from found
        elif path.is_file():
            yield path
        else:
            yield ErrorRecord(str(item), "decode", "no such file or folder")


def too_big(max_bytes: int, found: int | None = None) -> str:
    """The message for a page over `max_bytes` (of `found` bytes, when known)."""
    what = f"page is {size(found)}" if found is not None else f"page is over {size(max_bytes)}"
    return limit_message(what, "max_bytes", size(max_bytes))


def read_bytes(path: Path, max_bytes: int = DEFAULTS.max_bytes) -> bytes:
    """A file's bytes; ExtractorError('decode', ...) for one that is missing, too large or unreadable."""
    try:
        found = path.stat().st_size
        if not path.is_file():
            raise ExtractorError("decode", "not a file")
        if found > max_bytes:
            raise ExtractorError("decode", too_big(max_bytes, found))
        return path.read_bytes()
    except FileNotFoundError:
        raise ExtractorError("decode", "no such file or folder") from None
    except OSError as e:
        raise ExtractorError("decode", f"cannot read: {e.strerror or e}") from None


def read_document(path: Path) -> Document:
    """One file -> Document; ExtractorError('decode', ...) for a file that is missing, too large,
    unreadable or not text."""
    return document_from_bytes(read_bytes(path), input=str(path))


@dataclass(frozen=True, slots=True)
class RawInput:
    """One page as read, not yet decoded: what the batch sends to a worker."""

    input: str                      # path, "dump.jsonl:12", "crawl.warc.gz#<record id>", URL, "<stdin>"
    raw: bytes
    url: str | None = None
    fetched_at: str | None = None
    charset: str | None = None      # declared outside the bytes (HTTP Content-Type)

    @property
    def doc_id(self) -> str:
        return doc_id_for(self.raw)


def to_document(item: RawInput, settings: Settings = DEFAULTS) -> Document:
    """Decode a RawInput; ExtractorError('decode', ...) for bytes that are not a usable page."""
    return document_from_bytes(item.raw, input=item.input, url=item.url, declared=item.charset,
                               fetched_at=item.fetched_at, settings=settings)


@dataclass(frozen=True, slots=True)
class LoadOptions:
    """How inputs are read: JSONL field names, a forced format, and the limits (bytes per page,
    URL time, redirects and addresses) from `settings`."""

    html_field: str = "html"
    url_field: str = "url"
    format: Format = "auto"          # for stdin and files whose name does not say
    settings: Settings = DEFAULTS


def is_url(item: str | Path) -> bool:
    return isinstance(item, str) and item.lower().startswith(("http://", "https://"))


def iter_raw(inputs: Iterable[str | Path], options: LoadOptions | None = None,
             stdin: BinaryIO | None = None) -> Iterator[RawInput | ErrorRecord]:
    """Every page in `inputs`, as RawInput, or an ErrorRecord for one that cannot be read."""
    options = options or LoadOptions()
    for item in inputs:
        if str(item) == "-":
            yield from _iter_stream(stdin if stdin is not None else sys.stdin.buffer, "<stdin>", options)
        elif is_url(item):
            yield fetch_url(str(item), options)
        else:
            for path in expand_paths([item]):
                if isinstance(path, ErrorRecord):
                    yield path
                else:
                    yield from _iter_file(path, options)


def count_inputs(inputs: Iterable[str | Path]) -> int | None:
    """How many inputs there are, when that is known without reading them (files, folders and
    globs of HTML pages); None when a stream, dump, WARC or URL is among them."""
    total = 0
    for item in inputs:
        if str(item) == "-" or is_url(item):
            return None
        for path in expand_paths([item]):
            if isinstance(path, Path) and _format_of(path.name) != "html":
                return None
            total += 1
    return total


def _format_of(name: str) -> str:
    name = name.lower()
    if name.endswith(WARC_SUFFIXES):
        return "warc"
    if name.endswith(JSONL_SUFFIXES):
        return "jsonl"
    return "html"


def _iter_file(path: Path, options: LoadOptions) -> Iterator[RawInput | ErrorRecord]:
    fmt = options.format if options.format != "auto" else _format_of(path.name)
    if fmt == "html":
        try:
            yield RawInput(str(path), read_bytes(path, options.settings.max_bytes))
        except ExtractorError as e:
            yield ErrorRecord(str(path), e.stage, str(e))
        return
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield ErrorRecord(str(path), "decode", f"cannot read: {e.strerror or e}")
        return
    with fh:
        if fmt == "warc":
            yield from iter_warc(fh, str(path), options)
        else:
            yield from iter_jsonl(_maybe_gunzip(fh), str(path), options)


def _maybe_gunzip(fh: BinaryIO) -> BinaryIO:
    buffered = fh if hasattr(fh, "peek") else io.BufferedReader(fh)  # type: ignore[arg-type]
    if buffered.peek(2)[:2] == b"\x1f\x8b":  # type: ignore[attr-defined]
        return io.BufferedReader(gzip.GzipFile(fileobj=buffered))  # type: ignore[arg-type]
    return buffered


def _iter_stream(stream: BinaryIO, name: str, options: LoadOptions) -> Iterator[RawInput | ErrorRecord]:
    """stdin: a WARC, a JSONL dump or one HTML page, told apart by their first bytes unless
    `options.format` says."""
    fmt = options.format
    buffered = stream if hasattr(stream, "peek") else io.BufferedReader(stream)  # type: ignore[arg-type]
    if fmt == "auto":
        head = buffered.peek(64)[:64]  # type: ignore[attr-defined]
        if head[:2] == b"\x1f\x8b" and _gz_starts_with_warc(buffered):
            fmt = "warc"                                # warcio reads .warc.gz itself
        else:
            if head[:2] == b"\x1f\x8b":
                buffered = _maybe_gunzip(buffered)
                head = buffered.peek(64)[:64]  # type: ignore[attr-defined]
            text = head.lstrip()
            fmt = "warc" if text.startswith(b"WARC/") else "jsonl" if text.startswith(b"{") else "html"
    if fmt == "warc":
        yield from iter_warc(buffered, name, options)
    elif fmt == "jsonl":
        yield from iter_jsonl(_maybe_gunzip(buffered), name, options)
    else:
        raw = buffered.read(options.settings.max_bytes + 1)
        if len(raw) > options.settings.max_bytes:
            yield ErrorRecord(name, "decode", too_big(options.settings.max_bytes))
        else:
            yield RawInput(name, raw)


def _gz_starts_with_warc(buffered) -> bool:
    """Peek into a gzip stream without consuming it: does it hold a WARC?"""
    try:
        head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(buffered.peek(4096), 64)
    except zlib.error:
        return False
    return head.lstrip().startswith(b"WARC/")


def iter_jsonl(fh: BinaryIO, name: str, options: LoadOptions) -> Iterator[RawInput | ErrorRecord]:
    """One page per line: `{"url": ..., "html": ...}` (field names from `options`). A line that
    is not such an object is an error record for that line; blank lines are not inputs."""
    lineno = 0
    longest = 6 * options.settings.max_bytes + 64        # a page's JSON escapes take up to 6 bytes a byte
    try:
        for lineno, line in enumerate(_bounded_lines(fh, longest), start=1):
            label = f"{name}:{lineno}"
            if line is None:
                yield ErrorRecord(label, "decode", too_big(options.settings.max_bytes))
                continue
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                yield ErrorRecord(label, "decode", f"not a JSON object: {e}")
                continue
            html = obj.get(options.html_field) if isinstance(obj, dict) else None
            if not isinstance(html, str):
                yield ErrorRecord(label, "decode", f"no string field {options.html_field!r} "
                                                   "(name the field with --html-field)")
                continue
            raw = html.encode("utf-8", "surrogatepass")
            if len(raw) > options.settings.max_bytes:
                yield ErrorRecord(label, "decode", too_big(options.settings.max_bytes),
                                  doc_id_for(raw))
                continue
            url = obj.get(options.url_field)
            yield RawInput(label, raw, url=url if isinstance(url, str) else None)
    except (OSError, EOFError, zlib.error) as e:
        yield ErrorRecord(f"{name}:{lineno + 1}", "decode", f"dump unreadable from line {lineno + 1} on: {e}")


def _bounded_lines(fh: BinaryIO, longest: int) -> Iterator[bytes | None]:
    """The lines of `fh`, each read with at most `longest` bytes held: None for a longer line,
    whose rest is read past in pieces (a gzip dump of one 2 GB line never sits in memory)."""
    while line := fh.readline(longest + 1):
        if len(line) <= longest or line.endswith(b"\n"):
            yield line
            continue
        while (rest := fh.readline(INFLATE_STEP)) and not rest.endswith(b"\n"):
            pass
        yield None


HTML_TYPES = ("text/html", "application/xhtml+xml", "text/xml", "application/xml")


def iter_warc(fh: BinaryIO, name: str, options: LoadOptions) -> Iterator[RawInput | ErrorRecord]:
    """The pages of a WARC (or .warc.gz) file: its `response` records with a 2xx status and an
    HTML content type (or none). Requests, metadata, redirects, images and scripts are not
    pages and are not inputs."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            status = record.http_headers.get_statuscode() or ""
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if not status.startswith("2") or (ctype and not ctype.split(";")[0].strip() in HTML_TYPES):
                continue
            count += 1
            rec_id = (record.rec_headers.get_header("WARC-Record-ID") or f"<record {count}>").strip("<>")
            label = f"{name}#{rec_id}"
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                raw = record.content_stream().read(options.settings.max_bytes + 1)
            except Exception as e:  # a broken content encoding in one record
                yield ErrorRecord(label, "decode", f"cannot read the record body: {type(e).__name__}: {e}")
                continue
            if len(raw) > options.settings.max_bytes:
                yield ErrorRecord(label, "decode", too_big(options.settings.max_bytes))
                continue
            yield RawInput(label, raw, url=url, fetched_at=record.rec_headers.get_header("WARC-Date"),
                           charset=_charset(ctype))
    except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as e:
        message = str(e).splitlines()[0] if str(e) else type(e).__name__
        yield ErrorRecord(name, "decode", f"WARC unreadable after {count} pages: {message}")
        return
    if count == 0:                                  # empty, truncated, or no HTML in it: say so
        yield ErrorRecord(name, "decode", "WARC holds no HTML response records")


def _charset(content_type: str | None) -> str | None:
    m = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", flags=re.I)
    return m.group(1) if m else None


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    """At most `limit` redirects, each to a public address unless `allow_private`."""

    def __init__(self, limit: int, allow_private: bool):
        self.max_redirections = limit
        self.allow_private = allow_private

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if not self.allow_private:
            check_public(newurl)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class PrivateAddress(ValueError):
    pass


def check_public(url: str) -> None:
    """PrivateAddress unless every address `url`'s host resolves to is public: a URL input (or a
    redirect) must not reach loopback, private, link-local or reserved networks (the machine
    itself, its cloud metadata service, the intranet) unless the user passes --allow-private."""
    host = urllib.parse.urlsplit(url).hostname
    if not host:
        raise PrivateAddress(f"no host in {url!r}")
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as e:
        raise urllib.error.URLError(e) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%")[0])
        if not address.is_global or address.is_multicast:
            raise PrivateAddress(f"{host} is a private or loopback address ({address}); "
                                 "pass --allow-private to fetch it")


def fetch_url(url: str, options: LoadOptions | None = None) -> RawInput | ErrorRecord:
    """GET one page, only because the user named it: `options.settings.url_timeout` seconds, at most
    `options.settings.max_bytes` bytes and `options.settings.max_redirects` redirects. Failures are error records."""
    options = options or LoadOptions()
    limits = options.settings
    opener = urllib.request.build_opener(_LimitedRedirects(limits.max_redirects, limits.allow_private))
    request = urllib.request.Request(url, headers={"User-Agent": f"claim-extractor/{__version__}",
                                                   "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"})
    fetched_at = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    try:
        if not limits.allow_private:
            check_public(url)
        with opener.open(request, timeout=options.settings.url_timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > options.settings.max_bytes:
                return ErrorRecord(url, "decode", too_big(options.settings.max_bytes, int(length)))
            raw = resp.read(options.settings.max_bytes + 1)
            if len(raw) > options.settings.max_bytes:
                return ErrorRecord(url, "decode", too_big(options.settings.max_bytes))
            return RawInput(url, raw, url=resp.geturl(), fetched_at=fetched_at,
                            charset=_charset(resp.headers.get("Content-Type")))
    except urllib.error.HTTPError as e:
        if 300 <= e.code < 400:
            return ErrorRecord(url, "decode", f"fetch failed: more than {options.settings.max_redirects} redirects")
        return ErrorRecord(url, "decode", f"fetch failed: HTTP {e.code} {e.reason}")
    except urllib.error.URLError as e:
        reason = e.reason
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            return ErrorRecord(url, "decode", f"fetch failed: timed out after {options.settings.url_timeout:g} s")
        return ErrorRecord(url, "decode", f"fetch failed: {reason}")
    except (TimeoutError, OSError) as e:
        if isinstance(e, TimeoutError) or "timed out" in str(e):
            return ErrorRecord(url, "decode", f"fetch failed: timed out after {options.settings.url_timeout:g} s")
        return ErrorRecord(url, "decode", f"fetch failed: {e}")
    except ValueError as e:              # PrivateAddress too, also from a redirect
        return ErrorRecord(url, "decode", f"fetch failed: {e}")


def iter_documents(inputs: Iterable[str | Path], options: LoadOptions | None = None) -> Iterator[Document | ErrorRecord]:
    """Every input decoded: Document, or ErrorRecord for one that cannot be read or decoded."""
    settings = (options or LoadOptions()).settings
    for item in iter_raw(inputs, options):
        if isinstance(item, ErrorRecord):
            yield item
            continue
        try:
            yield to_document(item, settings)
        except ExtractorError as e:
            yield ErrorRecord(item.input, e.stage, str(e), getattr(e, "doc_id", None))
