"""spaCy components: block sentence boundaries, and the quantity matcher.

The factories only wire config; the classes do the work (`__call__` is `match` then
`set_annotations`). Results go to `doc.spans["quantities"]` and `doc.spans["times"]`, each span
carrying its normalised `Mention` in `span._.mention`.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from .matcher import Mention, default_patterns, find_mentions, load_patterns

QUANTITIES = "quantities"
TIMES = "times"

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)      # datetime.date of the page, for relative dates
if not Span.has_extension("mention"):
    Span.set_extension("mention", default=None)


@Language.factory("block_sentences")
def make_block_sentences(nlp: Language, name: str) -> "BlockSentences":
    return BlockSentences()


class BlockSentences:
    """Blocks of a page are joined by blank lines; a sentence never crosses one. Runs before the
    parser, which keeps boundaries that are already set."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if "\n\n" in doc[token.i - 1].text or "\n\n" in doc[token.i - 1].whitespace_:
                token.is_sent_start = True
        return doc


@Language.factory("quantity_matcher", default_config={"patterns": None})
def make_quantity_matcher(nlp: Language, name: str, patterns: str | None) -> "QuantityMatcher":
    return QuantityMatcher(load_patterns(patterns) if patterns else default_patterns())


class QuantityMatcher:
    def __init__(self, patterns):
        self.patterns = patterns

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[Mention]:
        return find_mentions(doc.text, doc._.published, self.patterns)

    def set_annotations(self, doc: Doc, mentions: list[Mention]) -> None:
        quantities, times = [], []
        for m in mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            span._.mention = m
            (times if m.kind == "time" else quantities).append(span)
        doc.spans[QUANTITIES] = quantities
        doc.spans[TIMES] = times
