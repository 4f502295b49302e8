"""Clean-text offsets <-> the original page: block, XPath, offset in block, source line/column.

A fact-checker clicks a claim and lands on the exact spot of the raw HTML; this module is what
makes that possible. Nothing here guesses: a block's XPath and line come from the parse that
produced it, and the column is found by searching the raw markup from that line on.
"""

from __future__ import annotations

import bisect
import html as html_lib
import re

from .types import Block, Page, Provenance


class Locator:
    """Maps offsets of `page.text` to provenance records. Built once per page."""

    def __init__(self, page: Page):
        self.page = page
        self.body: tuple[Block, ...] = page.body
        self.starts = [b.start for b in self.body]
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", page.html)] if page.html else [0]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self.starts, offset) - 1
        if i < 0 or not self.body:
            return None
        b = self.body[i]
        return b if b.start is not None and b.start <= offset <= b.end else None

    def source_position(self, block: Block, quote: str) -> tuple[int | None, int | None]:
        """(line, column), 1-based, of the quote in the raw HTML, searched from the block's
        element on; the element's own line (column of its first text) when markup splits it."""
        if block.source_line is None or not self.page.html:
            return None, None
        line = min(block.source_line, len(self.line_starts))
        base = self.line_starts[line - 1]
        words = quote.split()
        needles = [quote, html_lib.escape(quote, quote=False)] + ([words[0]] if words else [])
        for needle in needles:
            pos = self.page.html.find(needle, base, base + 1_000_000)    # no copy of the window
            if pos >= 0:
                ln = bisect.bisect_right(self.line_starts, pos)
                return ln, pos - self.line_starts[ln - 1] + 1
        return block.source_line, None

    def provenance(self, start: int, end: int) -> Provenance:
        meta = self.page.meta
        block = self.block_at(start)
        if block is None:
            return Provenance(meta.url, meta.title, meta.published, meta.site, self.page.raw_sha256,
                              None, None, None, None, None)
        line, col = self.source_position(block, self.page.text[start:end])
        return Provenance(
            url=meta.url, title=meta.title, published=meta.published, site=meta.site,
            raw_sha256=self.page.raw_sha256, xpath=block.xpath or None,
            block_start=start - block.start, block_end=end - block.start,
            source_line=line, source_col=col,
        )
