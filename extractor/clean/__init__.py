"""Chrome removal that labels instead of deleting: `clean(html) -> Page`."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace

from ..load import decode, gunzip_if_needed
from ..settings import DEFAULTS, Settings
from ..types import Block, ExtractorError, Page, sha256_hex
from .limits import check_tree
from .metadata import extract_metadata
from .label import SCRIPT_NOTICE, label_blocks
from .rules import load_rules
from .segment import element_xpath, parse_html, segment
from .templates import SiteTemplates, site_of

SEPARATOR = "\n\n"


def clean(html: str | bytes, url: str | None = None, templates: SiteTemplates | None = None) -> Page:
    """Clean one page. `page.text` is the article text: body blocks joined by blank lines, each
    block's `start`/`end` giving its place in it. Chrome blocks stay in `page.blocks`, labelled.

    With `templates` (one SiteTemplates for a whole run), text seen on earlier pages of the same
    site is labelled `template`, and this page's blocks are counted for the pages after it."""
    if isinstance(html, bytes):
        raw = html
        html, _ = decode(gunzip_if_needed(html))
    else:
        raw = html.encode("utf-8")
    return clean_html(html, url=url, raw=raw, templates=templates)


def clean_html(html: str, url: str | None = None, raw: bytes | None = None,
               templates: SiteTemplates | None = None, settings: Settings = DEFAULTS) -> Page:
    """`clean` for text already decoded; `raw` (the bytes as read) fixes doc_id and raw_sha256.
    A page deeper or larger than `settings` allows is an ExtractorError naming the limit."""
    if not html.strip():
        raise ExtractorError("decode", "empty input (no bytes or only whitespace)")
    raw = raw if raw is not None else html.encode("utf-8")
    rules = load_rules()
    try:
        tree = parse_html(html)
    except Exception as e:  # lxml gives up only on pathological input; say so in one line
        raise ExtractorError("clean", f"unparseable HTML: {type(e).__name__}: {e}") from None
    check_tree(tree.getroot(), settings)
    try:
        with _cycle_collector_paused():
            return _build_page(tree, html, url, raw, rules, templates)
    except ExtractorError:
        raise
    except Exception as e:  # a cleaner bug on one page is that page's error, never the batch's
        raise ExtractorError("clean", f"{type(e).__name__}: {e}") from e


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Python's cycle collector off while a page's blocks are built, and back as it was after.
    Building them makes no garbage cycles, only many live objects (each block's features and
    labels), and each full collection meanwhile walks all of them again, so a page's cleaning
    cost grew faster than its length (bench_scaling: clean 1.3x to 2x per paragraph at 8,000
    paragraphs against 1,000; flat with the collector paused)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _build_page(tree, html: str, url: str | None, raw: bytes, rules, templates) -> Page:
    raw_blocks = segment(tree, rules.skip_tags, rules.open_controls)
    meta = extract_metadata(tree, html, url)
    labelling = label_blocks(tree, raw_blocks, rules, addresses=(url, meta.url))
    labels = list(labelling.labels)
    meta = replace(meta, confidence=labelling.confidence)
    raw_sha256 = sha256_hex(raw)
    doc_id = raw_sha256[:16]         # types.doc_id_for, without hashing the page twice
    if templates is not None:
        site = site_of(url or meta.url)
        for i, rb in enumerate(raw_blocks):
            seen = templates.seen(site, rb.text)
            if labels[i][0] == "body" and seen >= templates.min_pages:
                labels[i] = ("template", f"seen on {seen} earlier pages of {site}")
        templates.observe(site, doc_id, (rb.text for rb in raw_blocks))
        if not any(label == "body" for label, _ in labels):      # the site's template was all the rest:
            labels = [("body", "the page's title heading, its only article text") if label == "title"
                      else (label, reason) for label, reason in labels]   # the title is the article

    blocks: list[Block] = []
    parts: list[str] = []
    paths: dict = {}
    offset = 0
    for rb, (label, reason) in zip(raw_blocks, labels):
        start = end = None
        if label == "body":
            if parts:
                offset += len(SEPARATOR)
            start, end = offset, offset + len(rb.text)
            parts.append(rb.text)
            offset = end
        blocks.append(Block(text=rb.text, tag=rb.element.tag, xpath=element_xpath(rb.element, paths),
                            source_line=rb.element.sourceline, label=label, reason=reason,
                            start=start, end=end))
    text = SEPARATOR.join(parts)
    if not text:
        what = f"all {len(blocks)} text blocks are chrome" if blocks else "the page has no readable text"
        if any(b.reason == SCRIPT_NOTICE for b in blocks):
            what += " (it shows a notice that its scripts did not run: render it in a browser first)"
        raise ExtractorError("clean", f"no article text: {what}")
    return Page(text=text, blocks=tuple(blocks), meta=meta, html=html, raw_sha256=raw_sha256, doc_id=doc_id)


__all__ = ["clean", "clean_html", "Page", "Block", "SiteTemplates"]
