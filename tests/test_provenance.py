"""Every claim leads back to its spot in the original HTML."""

import html as html_lib
import re

import pytest
from lxml import html as lxml_html

pytestmark = pytest.mark.slow


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def test_provenance_every_corpus_claim_resolves_in_the_source_html(seed_pages, seed_claims):
    checked = 0
    for name, claims in seed_claims.items():
        page = seed_pages[name]
        tree = lxml_html.document_fromstring(page.html).getroottree()
        for c in claims:
            assert c.quote == page.text[c.start:c.end]
            p = c.provenance
            found = tree.xpath(p.xpath)
            assert len(found) == 1, (c.quote, p.xpath)
            assert squash(c.quote) in squash(found[0].text_content()), (c.quote, p.xpath)
            checked += 1
    assert checked >= 23


def test_provenance_block_offsets_and_source_position(seed_pages, seed_claims):
    for name, claims in seed_claims.items():
        page = seed_pages[name]
        lines = page.html.split("\n")
        for c in claims:
            p = c.provenance
            block = next(b for b in page.body if b.xpath == p.xpath and b.start <= c.start < b.end)
            assert block.text[p.block_start:p.block_end] == c.quote
            assert p.source_line is not None and p.source_col is not None
            at = lines[p.source_line - 1][p.source_col - 1:]
            first = c.quote.split()[0]
            assert at.startswith(first) or at.startswith(html_lib.escape(first, quote=False)), (c.quote, at[:40])


def test_provenance_carries_page_metadata(seed_claims):
    wipo = seed_claims["seeds/wipo-china-ai-patents-2021.html"][0].provenance
    assert wipo.published == "2021-09-28" and wipo.site == "WIPO"
    assert wipo.url.startswith("https://www.wipo.int/") and len(wipo.raw_sha256) == 64
