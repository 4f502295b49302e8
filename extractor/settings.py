"""One object for every limit the pipeline enforces on its input (like trafilatura's settings.cfg).

Scraped pages are hostile by nature: a 2 MB gzip file can inflate to 2 GB, a page can nest
100,000 elements deep or hold a million of them, and a page can name local files or private
servers. Every limit below has a documented default chosen from real pages (wcxb-dev: 1,358
pages, the largest 15,795 elements, the deepest well under 100 levels), and `claims extract`
has an option for each. A page over a limit gets an error/1 record whose `stage` is where the
limit fired and whose message names the limit and its value (`limit_message`); the batch goes on.

    from extractor.settings import Settings
    settings = Settings(max_inflated_bytes=20 * MiB, page_seconds=30)
"""

from __future__ import annotations

from dataclasses import dataclass, fields

MiB = 2**20


@dataclass(frozen=True, slots=True)
class Settings:
    """Limits and thresholds for one run. Defaults in the comments; every field has a CLI option."""

    # decode: bytes of one page as read: a file, a URL body, a WARC record or a JSONL page (--max-mb)
    max_bytes: int = 50 * MiB
    # decode: bytes of one page after gunzip, counted while inflating, never after (--max-inflated-mb);
    # a gzip bomb (2 MB -> 2 GB) stops here having held at most this much
    max_inflated_bytes: int = 64 * MiB
    # clean: elements nested inside each other (--max-depth). lxml itself stops nesting at 2,048
    # and silently drops what is deeper, so a page that reaches this limit is refused rather than
    # cleaned into a shorter text; real pages nest well under 100
    max_depth: int = 2_000
    # clean: elements in the page (--max-elements). A 2.5 MB article of 10,000 paragraphs has about
    # 10,000; the largest real page in wcxb-dev 15,795
    max_elements: int = 100_000
    # nlp: characters of clean text parsed together (--nlp-window): longer pages are parsed in
    # windows cut at paragraph boundaries, joined into one Doc so attribution and time carry over
    nlp_window_chars: int = 100_000
    # nlp: characters of clean text analysed at all (--max-text-chars). Past it, claims found before
    # are kept and the rest of the page is an error/1 record naming this cap
    max_text_chars: int = 2_000_000
    # every stage: CPU seconds one page may use in a worker (--page-seconds); a page over it gets an
    # error record from the stage it was in. CPU time, not wall time, so that a busy machine does
    # not cut legitimate pages short: real pages use under 5 s, the 2.5 MB article of 10,000
    # paragraphs about 16 s (scripts/hostile.py)
    page_seconds: float = 60.0
    # wall seconds after which a worker stuck on a page (in C code, where no signal reaches) is
    # ended with it (--page-timeout); at least page_seconds
    page_timeout: float = 120.0
    # memory ceiling per worker process in MiB (--worker-memory-mb), set with setrlimit(RLIMIT_DATA);
    # 0: no ceiling. A page that needs more gets an error record; the worker lives on
    worker_memory_mb: int = 2048
    # URLs named by the user: seconds to wait (--timeout) and redirects followed (--max-redirects)
    url_timeout: float = 20.0
    max_redirects: int = 5
    # URLs: fetch private, loopback and link-local addresses too (--allow-private)
    allow_private: bool = False

    def __post_init__(self) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if not isinstance(value, bool) and value < 0:
                raise ValueError(f"{f.name} must not be negative (got {value})")


DEFAULTS = Settings()


def size(n: float) -> str:
    """2097152 -> '2 MiB', 1536 -> '1.5 KiB', 12 -> '12 bytes': sizes in limit messages."""
    for unit, scale in (("GiB", 2**30), ("MiB", 2**20), ("KiB", 2**10)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{int(n)} bytes"


def limit_message(what: str, limit: str, value: str) -> str:
    """The one wording of a limit that fired: 'page inflates to over 64 MiB (limit max_inflated_bytes
    = 64 MiB)'. `limit` is the Settings field (and so the option) a user changes to let it through."""
    return f"{what} (limit {limit} = {value})"
