"""One page through every stage: Document -> Page -> Doc -> Claims.

Stages only meet here (and in batch.py); each raises ExtractorError(stage, message) for input
it cannot handle, so a caller can write an error record and go on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import __version__
from .assemble import assemble
from .clean import clean, clean_html
from .nlp import annotate, get_nlp, model_label
from .quantities.normalize import parse_iso_date
from .settings import DEFAULTS, Settings, limit_message
from .types import Block, Claim, Document, ExtractorError, Page, PageMeta, doc_id_for, sha256_hex


def extract_page(page: Page, model: str | None = None, settings: Settings = DEFAULTS) -> list[Claim]:
    nlp = get_nlp(model)
    doc = annotate(page.text, parse_iso_date(page.meta.published), nlp, window=settings.nlp_window_chars)
    try:
        return assemble(page, doc, model=model_label(nlp), version=__version__)
    except ExtractorError:
        raise
    except Exception as e:  # a bug on one page must not end the batch: it becomes that page's error
        raise ExtractorError("nlp", f"assembling claims failed: {type(e).__name__}: {e}") from e


def extract_document(document: Document, model: str | None = None, templates=None,
                     settings: Settings = DEFAULTS,
                     stage: list[str] | None = None) -> tuple[Page, list[Claim], str | None]:
    """Clean and extract one loaded document; `templates` (a clean.SiteTemplates shared by a
    run) labels text repeated across a site's pages as chrome and learns from this page.
    Text past `settings.max_text_chars` is not analysed: the third item is then the message
    naming the cap (see `cap_text`), else None. `stage[0]`, when given, says which stage runs."""
    stage = stage if stage is not None else [""]
    stage[0] = "clean"
    page = clean_html(document.html, url=document.url, raw=document.raw, templates=templates, settings=settings)
    stage[0] = "nlp"
    capped, cut = cap_text(page, settings.max_text_chars)
    return page, extract_page(capped, model, settings), cut


def cap_text(page: Page, max_chars: int) -> tuple[Page, str | None]:
    """The page with its text cut at the last paragraph boundary (else space) within `max_chars`,
    and the message naming the cap for what was left out; (page, None) when it fits. Claim
    offsets into the cut text are offsets into the whole text: it is a prefix."""
    if len(page.text) <= max_chars:
        return page, None
    cut = page.text.rfind("\n\n", 0, max_chars + 1)
    if cut <= 0:
        cut = page.text.rfind(" ", 0, max_chars + 1)
    cut = cut if cut > 0 else max_chars
    rest = len(page.text) - cut
    message = limit_message(f"clean text is {len(page.text):,} characters: the last {rest:,} were not analysed",
                            "max_text_chars", f"{max_chars:,}")
    return replace(page, text=page.text[:cut]), message


def extract(html: str | bytes, url: str | None = None, model: str | None = None) -> list[Claim]:
    """Full pipeline on one page: clean, find quantities, assemble claim/1 records."""
    return extract_page(clean(html, url=url), model)


def text_page(text: str, published: str | None = None, url: str | None = None) -> Page:
    """A Page over plain text, unchanged: blocks are its paragraphs (split at blank lines), so
    claim offsets index the given text itself."""
    blocks = []
    for m in re.finditer(r"\S(?:.*?\S)?(?=\s*\n\s*\n|\s*$)", text, flags=re.S):
        blocks.append(Block(text=m.group(0), tag="p", xpath="", source_line=None, start=m.start(), end=m.end()))
    raw = text.encode("utf-8")
    return Page(text=text, blocks=tuple(blocks), meta=PageMeta(published=published, url=url),
                raw_sha256=sha256_hex(raw), doc_id=doc_id_for(raw))


def extract_text(text: str, published: str | None = None, model: str | None = None) -> list[Claim]:
    """Claims in plain text (no cleaning); offsets index `text`. `published` (ISO date) resolves
    relative dates such as "last year"."""
    if not text.strip():
        return []
    return extract_page(text_page(text, published), model)
