"""The context every stage works over: the page (built once, with its indexes) and one sentence.

`sentences` walks the Doc's sentences once and hands each its own quantity and time spans; spans
are sorted once and met by a moving pointer, so the cost is linear in the page (issue 10,
deliverable 6). Word lists and weights of the stages come from assemble.toml (`words`).
"""

from __future__ import annotations

import bisect
import datetime as dt
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

import numpy
from spacy.attrs import POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Span, Token

from .. import provenance as prov
from ..nlp import nlp_rules
from ..quantities.component import QUANTITIES, TIMES, doc_text, lemma_of
from ..quantities.normalize import cues, parse_iso_date
from ..types import Block, Page, TextSpan


@dataclass(frozen=True, slots=True)
class Words:
    actor_labels: frozenset[str]
    subject_deps: frozenset[str]
    relative: frozenset[str]
    pronouns: frozenset[str]             # [subject] pronouns and pro_forms: never a figure's subject
    speech_pronouns: frozenset[str]      # [subject] pronouns alone: a pronoun speaker (source.py)
    quantifiers: frozenset[str]
    scale_words: frozenset[str]
    abstract: frozenset[str]
    measure_nouns: frozenset[str]
    place_measures: frozenset[str]
    part_nouns: frozenset[str]
    sample_nouns: frozenset[str]
    headline_small_words: frozenset[str]
    of_measures: frozenset[str]
    scope_adjectives: frozenset[str]
    amount_verbs: frozenset[str]
    thing_amount_verbs: frozenset[str]
    amount_preps: frozenset[str]
    place_nouns: frozenset[str]
    sentential_verbs: frozenset[str]
    possessive: frozenset[str]
    measured_for_preps: frozenset[str]
    actor_preps: frozenset[str]
    group_preps: frozenset[str]
    share_verbs: frozenset[str]
    time_owners: frozenset[str]
    group_before_preps: frozenset[str]
    group_after_preps: frozenset[str]
    comparison_cues: tuple[str, ...]
    named_after_preps: frozenset[str]
    named_comparison_cues: tuple[str, ...]
    paying_verbs: frozenset[str]
    contest_lemmas: frozenset[str]
    valued_lemmas: frozenset[str]
    valued_firms: frozenset[str]
    naming_lemmas: frozenset[str]
    copulas: frozenset[str]
    addressee_verbs: frozenset[str]
    personal: frozenset[str]
    not_people_labels: frozenset[str]
    not_parts: frozenset[str]
    not_part_modifiers: frozenset[str]
    impersonal: frozenset[str]
    pointing_pronouns: frozenset[str]
    demonstratives: frozenset[str]
    expletive_verbs: frozenset[str]
    honorifics: frozenset[str]
    weather_words: frozenset[str]
    speaker_lemmas: frozenset[str]
    intention_lemmas: frozenset[str]
    onlooker_lemmas: frozenset[str]
    presenting_lemmas: frozenset[str]
    thing_verbs: frozenset[str]
    leading_lemmas: frozenset[str]
    kin_nouns: frozenset[str]
    relation_nouns: frozenset[str]
    group_pronouns: frozenset[str]
    self_pronouns: frozenset[str]
    self_possessives: frozenset[str]
    classifying_possessors: frozenset[str]
    having_lemmas: frozenset[str]
    having_with_lemmas: frozenset[str]
    heading_labels: frozenset[str]
    name_links: frozenset[str]
    item_openers: frozenset[str]
    compared_heads: frozenset[str]
    place_preps: frozenset[str]
    restated_measures: frozenset[str]
    apart_words: frozenset[str]
    distance_units: frozenset[str]
    witness_lemmas: frozenset[str]
    kinds: dict[str, str]                   # a description's noun -> the label of what it names (nlp.toml)
    headings: frozenset[str]
    down: tuple[str, ...]
    baseline_nouns: tuple[str, ...]
    rate_nouns: tuple[str, ...]
    group_nouns: tuple[str, ...]
    count: dict                          # assemble.toml [count]: what may stand between a count and its noun
    checkworthy: dict
    filters: tuple[dict, ...]
    times: tuple[dict, ...]
    hypothetical: frozenset[str]
    statement: dict
    source: dict
    tense: dict
    extent: dict
    described: dict                      # nlp.toml [parse.described]: place, firm, product


@cache
def words() -> Words:
    data = tomllib.loads(resources.files(__package__).joinpath("assemble.toml").read_text("utf-8"))
    subject = data["subject"]
    return Words(
        actor_labels=frozenset(subject["actor_labels"]), subject_deps=frozenset(subject["deps"]),
        relative=frozenset(subject["relative"]),
        pronouns=frozenset(subject["pronouns"] + subject["pro_forms"]), speech_pronouns=frozenset(subject["pronouns"]),
        quantifiers=frozenset(subject["quantifiers"]), scale_words=frozenset(subject["scale_words"]),
        abstract=frozenset(subject["abstract"]),
        measure_nouns=frozenset(nlp_rules()["parse"]["topics"]["measure_nouns"]),
        place_measures=frozenset(subject["place_measures"]),
        part_nouns=frozenset(nlp_rules()["parse"]["topics"]["part_nouns"]),
        sample_nouns=frozenset(subject["sample_nouns"]), headline_small_words=frozenset(subject["headline_small_words"]),
        of_measures=frozenset(subject["of_measures"]), scope_adjectives=frozenset(subject["scope_adjectives"]),
        amount_verbs=frozenset(subject["amount_verbs"]), amount_preps=frozenset(subject["amount_preps"]),
        thing_amount_verbs=frozenset(subject["thing_amount_verbs"]),
        place_nouns=frozenset(subject["place_nouns"]),
        sentential_verbs=frozenset(subject["sentential_verbs"]), kinds=nlp_rules()["parse"]["descriptions"],
        possessive=frozenset(subject["possessive"]), measured_for_preps=frozenset(subject["measured_for_preps"]),
        actor_preps=frozenset(subject["actor_preps"]),
        group_preps=frozenset(subject["group_preps"]), share_verbs=frozenset(subject["share_verbs"]),
        time_owners=frozenset(subject["time_owners"]), group_before_preps=frozenset(subject["group_before_preps"]),
        group_after_preps=frozenset(subject["group_after_preps"]), comparison_cues=tuple(subject["comparison_cues"]),
        named_after_preps=frozenset(subject["named_after_preps"]),
        named_comparison_cues=tuple(subject["named_comparison_cues"]),
        paying_verbs=frozenset(subject["paying_verbs"]),
        contest_lemmas=frozenset(subject["contest_lemmas"]), valued_lemmas=frozenset(subject["valued_lemmas"]),
        valued_firms=frozenset(subject["valued_firms"]),
        naming_lemmas=frozenset(subject["naming_lemmas"]), copulas=frozenset(subject["copulas"]),
        addressee_verbs=frozenset(subject["addressee_verbs"]), personal=frozenset(subject["personal"]),
        not_people_labels=frozenset(subject["not_people_labels"]), not_parts=frozenset(subject["not_parts"]),
        not_part_modifiers=frozenset(subject["not_part_modifiers"]),
        impersonal=frozenset(subject["impersonal"]), pointing_pronouns=frozenset(subject["pointing_pronouns"]),
        demonstratives=frozenset(subject["demonstratives"]),
        expletive_verbs=frozenset(subject["expletive_verbs"]), honorifics=frozenset(subject["honorifics"]),
        weather_words=frozenset(subject["weather_words"]), speaker_lemmas=frozenset(subject["speaker_lemmas"]),
        intention_lemmas=frozenset(subject["intention_lemmas"]), onlooker_lemmas=frozenset(subject["onlooker_lemmas"]),
        presenting_lemmas=frozenset(subject["presenting_lemmas"]), thing_verbs=frozenset(subject["thing_verbs"]),
        leading_lemmas=frozenset(subject["leading_lemmas"]), kin_nouns=frozenset(subject["kin_nouns"]),
        relation_nouns=frozenset(subject["relation_nouns"]),
        group_pronouns=frozenset(subject["group_pronouns"]),
        self_pronouns=frozenset(subject["self_pronouns"]), self_possessives=frozenset(subject["self_possessives"]),
        classifying_possessors=frozenset(subject["classifying_possessors"]),
        having_lemmas=frozenset(subject["having_lemmas"]),
        having_with_lemmas=frozenset(subject["having_with_lemmas"]),
        heading_labels=frozenset(subject["heading_labels"]), name_links=frozenset(subject["name_links"]),
        item_openers=frozenset(subject["item_openers"]), compared_heads=frozenset(subject["compared_heads"]),
        place_preps=frozenset(subject["place_preps"]), restated_measures=frozenset(subject["restated_measures"]),
        apart_words=frozenset(subject["apart_words"]), distance_units=frozenset(subject["distance_units"]),
        witness_lemmas=frozenset(subject["witness_lemmas"]),
        headings=frozenset(data["blocks"]["headings"]), down=tuple(data["change"]["down"]),
        baseline_nouns=tuple(data["change"]["baseline_nouns"]), rate_nouns=tuple(data["count"]["rate_nouns"]),
        group_nouns=tuple(data["count"]["group_nouns"]), count=data["count"],
        checkworthy=data["checkworthy"], filters=tuple(data.get("filter", ())), times=tuple(data.get("time", ())),
        hypothetical=frozenset(data["tense"]["hypothetical"]), statement=data["statement"],
        source=data["source"], tense=data["tense"], extent=data["extent"], described=nlp_rules()["parse"]["described"],
    )


@cache
def word_set(table: str, *keys: str) -> frozenset[str]:
    """Word lists of one of assemble.toml's tables as one set, read once per combination:
    word_set("tense", "event_preps"), word_set("source", "people_nouns", "role_nouns")."""
    found = getattr(words(), table)
    return frozenset(w for key in keys for w in found[key])


@dataclass(frozen=True, slots=True)
class Source:
    span: TextSpan
    scope: str          # "paragraph": a cited document, for the rest of its paragraph;
                        # "speech": a speaker's remarks, until a heading or another speaker;
                        # "sentence": a bracketed citation, for its own sentence only
    reach: tuple[int, int] | None = None    # in its own sentence, the offsets it covers (None: all)
    mention: tuple[int, int] | None = None  # offsets of the whole mention: the name and its description
    actor: bool = False     # the speaker is also who its figures are about ("Globex expects revenue of
                            # $3 billion", "Experts recommend saving ..."): the subject keeps it
    body: bool = False      # the speaker is an organisation or a body ("the Labor Department said"), which
                            # reports a data set: its paragraph's later figures are its own (source.in_force)
    then: "Source | None" = None    # a second speaker in a clause joined after this one's (", and Globex said
                                    # ..."): the figures inside its `reach` are its own


@dataclass(slots=True)
class Carry:
    """What carries from one sentence to the next: the sources in force (a cited document for
    its paragraph, the last speaker, a speaker whose quotation is still open), the last subject
    and the last time a sentence named."""

    speech: Source | None = None
    para: Source | None = None
    quote: Source | None = None
    reported: Source | None = None      # a speaker whose remarks the text goes on reporting ("X noted that")
    listed: Source | None = None        # a cited document whose data a list after "...:" goes on reporting
    body: Source | None = None          # a body whose data set the paragraph's plain statements go on reporting
    body_words: frozenset = frozenset() # the years and modals its sentence used: a sentence with another is not its data
    body_past: bool = False             # its figures were said in no present tense (a past, a forecast): a sentence
                                        # in the present is then the writer's background
    excerpt: Source | None = None       # a speaker whose own first-person writing the text reproduces
    voiced: Source | None = None        # the speaker last quoted speaking in the first person
    narrator: bool = False              # the text has used the first person on its own authority
    quoting: bool = False               # a quotation is open (whether or not its speaker is known yet);
                                        # `quote` is set only while its speaker is, and its scan restarts closed
                                        # after a sentence without one, so the two states can differ
    unnamed: list = field(default_factory=list)   # claims (list positions) said in it before its speaker is named
    speech_block: int = -1              # the last block a speaker's words were in force in (source._recent_speaker)
    block: int = -1
    subject: TextSpan | None = None
    measure: tuple | None = None        # (sentence start, subject): a measure phrase a figure took as its subject
                                        # since the last actor (subject.measure_phrase, carried_subject)
    time: TextSpan | None = None
    lede: TextSpan | None = None        # the lede's time: it governs later past-tense figures with none
    lede_block: int = 1                 # the lede is the page's first blocks up to this one


@dataclass(frozen=True, slots=True)
class PageContext:
    """One page and its Doc, with what every sentence needs looked up once."""

    page: Page
    doc: Doc
    text: str
    published: dt.date | None
    locator: prov.Locator
    model: str | None
    version: str
    body: tuple[Block, ...]
    block_starts: list[int]
    time_tokens: frozenset[int] = field(default_factory=frozenset)   # tokens inside a time of one period
    ents: tuple[Span, ...] = ()                     # doc.ents, read once (Span.ents rereads them all)
    ent_starts: tuple[int, ...] = ()
    indexes: dict = field(default_factory=dict)     # token indexes built on first use (`token_index`)


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence with its own quantity and time spans, in text order, and its attribution:
    `own` (a source named in this sentence), `source` (the one in force: own or carried) and
    `source_range` (offsets of `own` when it lies in this sentence: its words are not the subject)."""

    ctx: PageContext
    sent: Span
    block: int
    quantities: tuple[Span, ...]
    times: tuple[Span, ...]
    own: Source | None = None
    source: Source | None = None
    source_range: tuple[int, int] | None = None
    extra_times: tuple = ()         # time Mentions found by assemble's own patterns (time.extra_times)

    @property
    def not_subject(self) -> tuple[int, int] | None:
        """The offsets whose words are not the subject: the own source's, unless its speaker is
        also the actor its figures are about (`Source.actor`)."""
        return None if self.own is not None and self.own.actor else self.source_range

    def time_mentions(self) -> list:
        """Every time expression of the sentence (the matcher's and assemble's), in text order."""
        return sorted([t._.mention for t in self.times] + list(self.extra_times), key=lambda t: t.start)

    @property
    def doc(self) -> Doc:
        return self.ctx.doc

    @property
    def text(self) -> str:
        """`sent.text`, sliced from the page's text instead of joining the sentence's tokens again."""
        return self.ctx.text[self.sent.start_char:self.sent.end_char]

    def ents(self) -> tuple[Span, ...]:
        """The sentence's named entities (from the page's list, without rescanning it)."""
        starts = self.ctx.ent_starts
        a = bisect.bisect_left(starts, self.sent.start_char)
        b = bisect.bisect_left(starts, self.sent.end_char)
        return tuple(e for e in self.ctx.ents[a:b] if e.end_char <= self.sent.end_char)


def page_context(page: Page, doc: Doc, model: str | None, version: str) -> PageContext:
    body = page.body
    time_tokens = {i for t in spans(doc, TIMES) for i in range(t.start, t.end)
                   if not doc[i].text.lower().endswith("s")}
    ents = tuple(doc.ents)
    return PageContext(page=page, doc=doc, text=doc_text(doc), published=parse_iso_date(page.meta.published),
                       locator=prov.Locator(page), model=model, version=version, body=body,
                       block_starts=[b.start for b in body], time_tokens=frozenset(time_tokens),
                       ents=ents, ent_starts=tuple(e.start_char for e in ents))


def spans(doc: Doc, key: str) -> list[Span]:
    return sorted(doc.spans[key], key=lambda s: s.start_char) if key in doc.spans else []


def sentences(ctx: PageContext) -> Iterator[Sentence]:
    """Each sentence of the Doc with the quantity and time spans that start in it (one pass)."""
    quantities, times = spans(ctx.doc, QUANTITIES), spans(ctx.doc, TIMES)
    qi = ti = 0
    for sent in ctx.doc.sents:
        while qi < len(quantities) and quantities[qi].start_char < sent.start_char:
            qi += 1
        while ti < len(times) and times[ti].start_char < sent.start_char:
            ti += 1
        q0, t0 = qi, ti
        while qi < len(quantities) and quantities[qi].start_char < sent.end_char:
            qi += 1
        while ti < len(times) and times[ti].start_char < sent.end_char:
            ti += 1
        block = max(0, bisect.bisect_right(ctx.block_starts, sent.start_char) - 1)
        yield Sentence(ctx, sent, block, tuple(quantities[q0:qi]), tuple(times[t0:ti]))


def figures_from(doc: Doc, lo: int, hi: int) -> list[Span]:
    """The quantities the matcher found (`doc.spans["quantities"]`) that start at a token in
    [lo, hi), in text order: their starts are sorted once per Doc (`_figure_index`) and met by
    bisection, so a stage that asks it of every noun phrase or pronoun does not rescan the page."""
    starts, order, _ = _figure_index(doc)
    return [doc.spans[QUANTITIES][k] for k in order[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]]


def figures_at(doc: Doc, i: int) -> list[Span]:
    """The quantities that cover token `i` ("S&P 500": is the 500 a figure?), from the same index."""
    _, _, cover = _figure_index(doc)
    return [doc.spans[QUANTITIES][k] for k in cover.get(i, ())]


def _figure_index(doc: Doc) -> tuple[list[int], list[int], dict[int, list[int]]]:
    """(sorted starts, the group positions in that order, {token: positions of the quantities that
    cover it}) of `doc.spans["quantities"]`, kept in `doc.user_data` as plain numbers and built again
    for another group object or another size (a group assigned anew, a span appended); empty for a
    Doc without the group."""
    group = doc.spans[QUANTITIES] if QUANTITIES in doc.spans else ()
    key = [id(group), len(group)]                   # a list: as msgpack gives it back (doc.to_bytes)
    index = doc.user_data.get(_FIGURES)
    if index is None or index[0] != key:
        order = sorted(range(len(group)), key=lambda k: group[k].start)
        cover: dict[int, list[int]] = {}
        for k in range(len(group)):
            for i in range(group[k].start, group[k].end):
                cover.setdefault(i, []).append(k)
        index = doc.user_data[_FIGURES] = (key, [group[k].start for k in order], order, cover)
    return index[1], index[2], index[3]


_FIGURES = ("claims", "figure_index")      # doc.user_data: `_figure_index`


def token_index(ctx: PageContext, name: str, keys, pos: str | None = None) -> dict[str, list[int]]:
    """{key: ascending token indices} over the whole Doc, built once per page on first use:
    `keys(token)` gives a token's keys; with `pos`, only the tokens of that part of speech have
    any (the others are not even made into Token objects). Lets a stage find an earlier mention
    without rescanning the page for every sentence."""
    index = ctx.indexes.get(name)
    if index is None:
        index = ctx.indexes[name] = {}
        doc = ctx.doc
        ids = range(len(doc)) if pos is None else \
            numpy.flatnonzero(doc.to_array(POS) == POS_IDS[pos]).tolist()
        for i in ids:
            for key in keys(doc[i]):
                index.setdefault(key, []).append(i)
    return index


def has_modal(verb: Token) -> bool:
    """Whether a modal auxiliary hangs on `verb` ("could put", "will average")."""
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def a_result(noun: Token) -> bool:
    """Whether a noun (its lemma or the word as written) is one of `source.result_nouns`: a result a
    company reports of its own ("revenue", "earnings", "a net loss")."""
    results = word_set("source", "result_nouns")
    return noun.lower_ in results or lemma_of(noun).lower() in results


def in_range(pos: int, span_range: tuple[int, int] | None) -> bool:
    return bool(span_range) and span_range[0] <= pos < span_range[1]


def subtree_range(tok: Token) -> tuple[int, int]:
    """The character offsets of `tok`'s subtree: its phrase or clause, as `in_range` reads them."""
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge.text)


def of_object(tok: Token) -> Token | None:
    """The object of the first "of" phrase on `tok` that has one ("19 of the clusters" -> clusters)."""
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def past_label(doc, head):
    """"2,000 Stage 3 patients", "40 Section 8 tenants": a capitalised label noun and its digits (cues.toml
    label_nouns) between a count and its noun name a kind of what is counted; the parse may hang the count on the
    label. Not a modifier in lower case ("a 4 stage filter", "the 277-room Four Seasons")."""
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    if head.lower_ in cues().label_nouns and head.text[:1].isupper() and nxt is not None and nxt.text[:1].isdigit() \
            and head.head.i > nxt.i and head.head.pos_ in ("NOUN", "PROPN"):
        return head.head
    return head


def amount_verb(qspan: Span) -> Token | None:
    """The verb whose subject the figure is the amount of, in the figure's own clause (TOML
    amount_verbs, amount_preps): its object or complement ("Revenue rose 8%", "Turnout was 58%"), or
    in a preposition of the amount on it ("rose 8% to $3 billion", "stands at $4 billion"); through
    one "expected to reach"-like verb above it; a figure joined to the amount by "or" restates it ("rose
    to $95 million, or 21 cents a share"). None where the figure is no such amount ("The area
    has 40 schools", "Demand pushed prices up 5%", "fell 12% for 18 months", "hurt by a $300 million
    charge")."""
    w = words()
    tok = qspan.root
    if tok.dep_ == "nummod" and tok.head.pos_ == "NOUN" and tok.head.i >= qspan.end:
        tok = tok.head                              # "fell to 1.2 children per woman": the counted noun's place
    while tok.dep_ in ("quantmod", "nummod") and tok.head.i >= qspan.end and tok.head.like_num and tok.head.pos_ == "NUM":
        tok = tok.head                              # "climbed 6% to £318 million", parsed as one amount: its place
    if tok.dep_ == "conj" and tok.head.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL") \
            and any(c.dep_ == "cc" and c.lower_ == "or" for c in tok.head.children):
        tok = tok.head                              # "rose to $95 million, or 21 cents a share": the same amount
    if tok.pos_ in _VERBS:                          # "The city's population has doubled"
        return tok if lemma_of(tok).lower() in w.amount_verbs else None
    if tok.head.pos_ == "ADP" and tok.dep_ == "pobj":
        tok = tok.head
        if tok.lower_ not in w.amount_preps:
            return None
    elif tok.dep_ not in ("dobj", "attr", "acomp", "npadvmod", "advmod", "oprd"):
        return None
    verb = tok.head
    if verb.pos_ not in _VERBS or verb.i == tok.i or lemma_of(verb).lower() not in w.amount_verbs:
        return None
    return verb.head if verb.dep_ == "xcomp" and verb.head.pos_ in _VERBS else verb


def lstrip_len(s: str) -> int:
    return len(s) - len(s.lstrip())


# a dependent that heads a clause of its own: its figures are not the figures of the clause above.
# A participle after a noun ("applications filed in 2023") is not one: it narrows what is measured.
_CLAUSE_DEPS = frozenset({"conj", "advcl", "ccomp", "relcl", "parataxis", "xcomp"})
_VERBS = frozenset({"VERB", "AUX"})


def clause_head(tok: Token) -> Token:
    """The verb that heads the clause `tok` stands in: the nearest verb above it (or itself)
    that is the sentence root or heads a clause of its own; the root when there is none."""
    node = tok
    while node.head.i != node.i:
        if node.pos_ in _VERBS and node.dep_ in _CLAUSE_DEPS:
            return node
        node = node.head
    return node


def clause_tokens(head: Token) -> frozenset[int]:
    """The token indices of `head`'s clause, without the clauses nested in it."""
    out, stack = set(), [head]
    while stack:
        t = stack.pop()
        out.add(t.i)
        stack += [c for c in t.children if not (c.dep_ in _CLAUSE_DEPS and c.pos_ in _VERBS)]
    return frozenset(out)


def same_clause(doc: Doc, a: int, b: int) -> bool:
    """Whether the character at offset `b` stands in the clause of the one at `a`. An adverbial
    clause ("since the mayor took office in 2014") situates all that the clause it modifies says,
    nested clauses included."""
    ta, tb = doc.char_span(a, a + 1, alignment_mode="expand"), doc.char_span(b, b + 1, alignment_mode="expand")
    if ta is None or tb is None:
        return True
    head = clause_head(ta[0])
    if head.dep_ == "advcl":
        above = clause_head(head.head)
        if above.left_edge.i <= tb[0].i <= above.right_edge.i:
            return True
    return tb[0].i in clause_tokens(head)
