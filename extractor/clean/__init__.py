"""Chrome removal that labels instead of deleting: `clean(html) -> Page`."""

from __future__ import annotations

from ..load import decode, gunzip_if_needed
from ..types import Block, ExtractorError, Page, sha256_hex, doc_id_for
from .metadata import extract_metadata
from .score import label_blocks, load_rules
from .segment import parse_html, segment

SEPARATOR = "\n\n"


def clean(html: str | bytes, url: str | None = None) -> Page:
    """Clean one page. `page.text` is the article text: body blocks joined by blank lines, each
    block's `start`/`end` giving its place in it. Chrome blocks stay in `page.blocks`, labelled."""
    if isinstance(html, bytes):
        raw = html
        html, _ = decode(gunzip_if_needed(html))
    else:
        raw = html.encode("utf-8")
    return clean_html(html, url=url, raw=raw)


def clean_html(html: str, url: str | None = None, raw: bytes | None = None) -> Page:
    """`clean` for text already decoded; `raw` (the bytes as read) fixes doc_id and raw_sha256."""
    if not html.strip():
        raise ExtractorError("decode", "empty input (no bytes or only whitespace)")
    raw = raw if raw is not None else html.encode("utf-8")
    rules = load_rules()
    try:
        tree = parse_html(html)
    except Exception as e:  # lxml gives up only on pathological input; say so in one line
        raise ExtractorError("clean", f"unparseable HTML: {type(e).__name__}: {e}") from None
    try:
        return _build_page(tree, html, url, raw, rules)
    except ExtractorError:
        raise
    except Exception as e:  # a cleaner bug on one page is that page's error, never the batch's
        raise ExtractorError("clean", f"{type(e).__name__}: {e}") from e


def _build_page(tree, html: str, url: str | None, raw: bytes, rules) -> Page:
    raw_blocks = segment(tree, rules.skip_tags)
    labels = label_blocks(tree, raw_blocks, rules)

    blocks: list[Block] = []
    parts: list[str] = []
    offset = 0
    for rb, (label, reason) in zip(raw_blocks, labels):
        start = end = None
        if label == "body":
            if parts:
                offset += len(SEPARATOR)
            start, end = offset, offset + len(rb.text)
            parts.append(rb.text)
            offset = end
        blocks.append(Block(text=rb.text, tag=rb.element.tag, xpath=tree.getpath(rb.element),
                            source_line=rb.element.sourceline, label=label, reason=reason,
                            start=start, end=end))
    text = SEPARATOR.join(parts)
    if not text:
        what = f"all {len(blocks)} text blocks are chrome" if blocks else "the page has no readable text"
        raise ExtractorError("clean", f"no article text: {what}")
    return Page(text=text, blocks=tuple(blocks), meta=extract_metadata(tree, html, url), html=html,
                raw_sha256=sha256_hex(raw), doc_id=doc_id_for(raw))


__all__ = ["clean", "clean_html", "Page", "Block"]
