"""spaCy components: block sentence boundaries, and the quantity matcher.

The factories only wire config; the classes do the work (`__call__` is `match` then
`set_annotations`). Results go to `doc.spans["quantities"]` and `doc.spans["times"]`, each span
carrying its normalised `Mention` in `span._.mention`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .matcher import Mention, default_patterns, find_mentions, load_patterns

QUANTITIES = "quantities"
TIMES = "times"
TEXT_KEY = ("claims", "text")      # doc.user_data: the Doc's text, built once
REGIONS_KEY = ("claims", "regions")   # doc.user_data: the sentences with a candidate word (nlp.scan_regions), or absent
DIGITS_KEY = ("claims", "digit_regions")   # and those of them with a digit, or absent

if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)      # datetime.date of the page, for relative dates
if not Span.has_extension("mention"):
    Span.set_extension("mention", default=None)


_MENTION_TAG, _DATE_TAG = "claims.mention", "claims.date"


def encode_msgpack(obj, chain=None):
    """srsly's msgpack encoder for what the components keep in `doc.user_data`: a `Mention`
    (`span._.mention`) as its fields, a date (`doc._.published`) in ISO form. With it (and
    `decode_msgpack`) a Doc they annotated survives `doc.to_bytes()`, `DocBin(store_user_data=True)`
    and `nlp.pipe(texts, n_process=2)`, which pack the user data and raised "can not serialize
    'Mention' object". Registered on import of this module, so a process reading such Docs back
    imports it first (any `extractor` import does)."""
    if isinstance(obj, Mention):
        return {_MENTION_TAG: [getattr(obj, f.name) for f in dataclasses.fields(Mention)]}
    if isinstance(obj, dt.date):
        return {_DATE_TAG: [obj.isoformat(), isinstance(obj, dt.datetime)]}
    return obj if chain is None else chain(obj)


def decode_msgpack(obj, chain=None):
    """The inverse of `encode_msgpack`, on each unpacked map."""
    if _MENTION_TAG in obj:
        return Mention(*obj[_MENTION_TAG])
    if _DATE_TAG in obj:
        iso, stamp = obj[_DATE_TAG]
        return dt.datetime.fromisoformat(iso) if stamp else dt.date.fromisoformat(iso)
    return obj if chain is None else chain(obj)


srsly.msgpack_encoders.register(_MENTION_TAG, func=encode_msgpack)
srsly.msgpack_decoders.register(_MENTION_TAG, func=decode_msgpack)


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once per Doc and kept in `doc.user_data` (spaCy re-joins every
    token on each access, which made per-claim lookups quadratic on long pages)."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


_LEMMATIZERS: dict[int, object] = {}   # id(nlp.vocab) -> that pipeline's lemmatizer


def lemmatize_on_demand(nlp: Language) -> list[str]:
    """Let `lemma_of` lemmatise tokens of `nlp`'s Docs one at a time, and return the pipe names
    to run without the lemmatizer: claims need the lemma of a handful of tokens per page (verbs
    of speech, head nouns), not of every token (the rule lemmatizer is a Python loop)."""
    if "lemmatizer" not in nlp.pipe_names:
        return list(nlp.pipe_names)
    _LEMMATIZERS[id(nlp.vocab)] = nlp.get_pipe("lemmatizer")
    return [name for name in nlp.pipe_names if name != "lemmatizer"]


def lemma_of(token: Token) -> str:
    """`token.lemma_`, or, where the lemmatizer was skipped (`lemmatize_on_demand`), what it
    would have set: its first lemma for this token."""
    if token.lemma:
        return token.lemma_
    lemmatizer = _LEMMATIZERS.get(id(token.vocab))
    return lemmatizer.lemmatize(token)[0] if lemmatizer is not None else token.lower_


_INDEX_WORDS: dict[int, frozenset[str]] = {}   # id(lemmatizer) -> the words of its lemma index


def known_word(token: Token) -> bool:
    """Whether a token is a word of the pipeline's lemmatizer index (its nouns, verbs, adjectives and
    adverbs), read as a plural, a past, a gerund or a comparative too (`_word_forms`): "Battery", "Facts",
    "Suites", "Disliked", "Getting" are; names it does not know ("Pellico", "Norvane", "Sunvella") are not.
    True when no lemmatizer is at hand."""
    lemmatizer = _LEMMATIZERS.get(id(token.vocab))
    if lemmatizer is None:
        return True
    words = _INDEX_WORDS.get(id(lemmatizer))
    if words is None:
        index, exc = (lemmatizer.lookups.get_table(name, {}) for name in ("lemma_index", "lemma_exc"))
        words = _INDEX_WORDS[id(lemmatizer)] = frozenset(
            [w for ws in index.values() for w in ws] + [w for forms in exc.values() for w in forms])  # "criteria"
    return bool(_word_forms(token.lower_) & words)


def _word_forms(w: str) -> set[str]:
    """A word and what it may be less an ending of the plural, the past, the gerund or the comparative
    ("suites", "disliked", "stopped", "getting", "riding", "cheaper", "easiest": what the index lists)."""
    forms = {w}
    for end in ("s", "es", "ed", "d", "ing", "er", "r", "est", "st"):
        if w.endswith(end) and len(w) > len(end) + 2:
            stem = w[:-len(end)]
            forms |= {stem, stem + "e"}
            if len(stem) > 2 and stem[-1] == stem[-2]:
                forms.add(stem[:-1])    # "stopped", "getting", "bigger": the consonant doubled
    if w.endswith("ies") or w.endswith("ied"):
        forms.add(w[:-3] + "y")
    return forms


@Language.factory("block_sentences", default_config={"amount_abbreviations": []})
def make_block_sentences(nlp: Language, name: str, amount_abbreviations: list[str]) -> "BlockSentences":
    return BlockSentences(amount_abbreviations)


class BlockSentences:
    """Blocks of a page are joined by blank lines; a sentence never crosses one. And the point of an
    abbreviation written before an amount (`amount_abbreviations`: "Rs. 500 per day") ends no sentence
    when a number follows it ("500 Rs. The show ran" still ends one). Runs before the parser, which
    keeps boundaries that are already set."""

    def __init__(self, amount_abbreviations: list[str] | tuple[str, ...] = ()) -> None:
        self.abbreviations = tuple(f"{a}." for a in amount_abbreviations)

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text                     # Doc.text joins the tokens again on every access
        blocks = "\n\n" in text                 # a piece nlp.annotate cut at the blank lines holds none
        amounts = any(a in text for a in self.abbreviations)
        if not (blocks or amounts):
            return doc
        for token in doc[1:]:
            before = doc[token.i - 1]
            if blocks and ("\n\n" in before.text or "\n\n" in before.whitespace_):
                token.is_sent_start = True
            elif amounts and token.like_num and before.text == "." and token.i >= 2 \
                    and f"{doc[token.i - 2].text}." in self.abbreviations:
                token.is_sent_start = False
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
        data = doc.user_data
        return self.match_text(doc_text(doc), doc._.published, data.get(REGIONS_KEY), data.get(DIGITS_KEY))

    def match_text(self, text: str, published=None, regions: list[tuple[int, int]] | None = None,
                   digit_regions: list[tuple[int, int]] | None = None) -> list[Mention]:
        """The mentions in a text before it is a Doc (nlp.annotate parses only the sentences
        that hold one), looking only in `regions` unless a pattern scans all, and only in
        `digit_regions` for a pattern whose every match holds a digit (find_mentions)."""
        return find_mentions(text, published, self.patterns, regions, digit_regions)

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
