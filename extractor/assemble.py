"""Quantity spans -> Claim records: subject, property, time scope, source, change, checkworthiness.

Works on the annotated spaCy Doc of a Page's text (nlp.py) and the Page itself (for blocks and
provenance). Every nested span carries offsets into the same cleaned text as the claim.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from . import provenance as prov
from .quantities.component import QUANTITIES, TIMES, doc_text, lemma_of
from .quantities.matcher import Mention
from .quantities.normalize import canonical_unit, cues, parse_iso_date, parse_number
from .types import Change, Claim, Page, TextSpan, claim_id_for

ACTOR_LABELS = ("GPE", "ORG", "NORP", "PERSON", "LOC", "FAC")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE = {"which", "that", "who", "whom", "whose", "where"}
PRONOUNS = {"it", "they", "he", "she", "this", "these", "those", "its", "their", "we"}
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BASELINE_BEFORE = re.compile(
    r"(?i)\b(?P<noun>increase|rise|growth|jump|gain|up|climb|decrease|decline|drop|fall|down|dip)s?\s+from\s+(?:a\s+|the\s+)?$")
# a name and "by" after a comma or "and", with the verb of change left out: ", Burlington by 2.6%"
_GAPPED_BY = re.compile(r"(?:,|;|\band)\s+(?:[A-Z][\w&.'’-]*\s+){1,4}by\s+$")
_DOWN = ("down", "fell", "fall", "falls", "falling", "decreased", "dropped", "declined", "lost", "slipped",
         "decrease", "decline", "drop", "dip")


@dataclass(frozen=True, slots=True)
class Source:
    span: TextSpan
    scope: str          # "paragraph": a cited document, for the rest of its paragraph;
                        # "speech": a speaker's remarks, until a heading or another speaker


def assemble(page: Page, doc: Doc, model: str | None = None, version: str = "0.1.0") -> list[Claim]:
    published = parse_iso_date(page.meta.published)
    body = page.body
    starts = [b.start for b in body]
    locator = prov.Locator(page)
    quantities = sorted(doc.spans[QUANTITIES], key=lambda s: s.start_char) if QUANTITIES in doc.spans else []
    times = sorted(doc.spans[TIMES], key=lambda s: s.start_char) if TIMES in doc.spans else []

    claims: list[Claim] = []
    speech: Source | None = None
    para: Source | None = None
    last_block = -1
    last_subject: TextSpan | None = None
    block_time: TextSpan | None = None
    for sent in doc.sents:
        bi = max(0, bisect.bisect_right(starts, sent.start_char) - 1)
        if bi != last_block:
            para, block_time, last_block = None, None, bi
            if body and body[bi].tag in HEADINGS:
                speech = None
        sent_q = [s for s in quantities if sent.start_char <= s.start_char < sent.end_char]
        sent_t = [s for s in times if sent.start_char <= s.start_char < sent.end_char]
        own = find_source(sent, doc)
        if own is not None:
            if own.scope == "speech":
                speech = own
            elif own.scope == "paragraph":
                para = own
        source = own or para or speech
        source_range = (own.span.start, own.span.end) if own and own.span.start is not None \
            and sent.start_char <= own.span.start < sent.end_char else None

        made: list[tuple[Claim, Mention]] = []
        for qspan in sent_q:
            m: Mention = qspan._.mention
            if _is_identifier(page.text, m) or not _within_one_block(m, body, bi):
                continue
            start, end, unit = m.start, m.end, m.unit
            if m.kind == "count":
                start, end, unit, keep = _count_extent(doc, qspan, m)
                if not keep:
                    continue
            subject = find_subject(doc, qspan, sent, source_range) or last_subject
            time_scope = pick_time(m, sent_t, sent_q, source_range) or block_time
            claim = Claim(
                doc_id=page.doc_id or "", kind=m.kind, quote=page.text[start:end], start=start, end=end,
                sentence=sent.text.strip(), sentence_start=sent.start_char + _lstrip_len(sent.text),
                value=m.value if m.value_low is None else None, value_low=m.value_low, value_high=m.value_high,
                value_text=m.value_text, unit=unit, unit_surface=m.unit_surface, scale=m.scale,
                bound=m.bound, bound_cue=m.bound_cue,
                change=Change(m.change_direction or "up", m.change_type) if m.change_type else None,
                subject=subject, property=find_property(doc, qspan, m, unit), time_scope=time_scope,
                source=source.span if source else None, rule=m.rule, model=model, version=version,
                provenance=locator.provenance(start, end),
            )
            made.append((claim, m))
            if subject is not None:
                last_subject = subject
            if time_scope is not None:
                block_time = time_scope
        made = _respectively(doc, sent, made)
        made = _link_changes(page.text, made)

        if not any(m.kind != "date" for _, m in made):
            for tspan in sent_t:
                claim = _date_claim(page, doc, tspan, sent, source_range, published, source, locator, model, version) \
                    or _duration_claim(page, doc, tspan, sent, source_range, source, locator, model, version)
                if claim is not None:
                    made.append((claim, tspan._.mention))
        for claim, _m in made:
            claims.append(_with_checkworthy(claim))
    claims.sort(key=lambda c: (c.start, c.end))
    return claims


# ---------------------------------------------------------------- filters

def _lstrip_len(s: str) -> int:
    return len(s) - len(s.lstrip())


def _within_one_block(m: Mention, body, bi: int) -> bool:
    if not body:
        return True
    b = body[bi]
    return b.start is not None and b.start <= m.start and m.end <= b.end


def _is_identifier(text: str, m: Mention) -> bool:
    """'Windows 11', 'Boeing 787', 'Section 230': a bare number right after a capitalised word
    that is not a function word is part of a name. Also list numbering at a block start."""
    if m.kind != "count" or m.rule not in ("count.digits", "count.words"):
        return False
    from spacy.lang.en.stop_words import STOP_WORDS

    before = text[max(0, m.start - 40):m.start]
    prev = re.search(r"([A-Za-z][\w&.-]*):?\s$", before)
    if prev:
        word = prev.group(1)
        if word[0].isupper() and word.lower() not in STOP_WORDS:
            return True                               # "Windows 11", "Ander Herrera: 4"
        if re.search(r"[a-z][A-Z]", word) or word.lower() in cues().label_nouns:
            return True                               # "iPhone 11", "category 4", "sp 500"
    after = text[m.end:m.end + 3]
    at_block_start = m.start == 0 or text[max(0, m.start - 2):m.start] == "\n\n"
    return at_block_start and bool(re.match(r"[.)]\s", after))


_COUNT_RATE = re.compile(r"\s(?:per|an?)\s(?P<per>year|month|week|day|night|hour|minute|second|decade|century|"
                         r"person|capita|head|share|game|match|season)\b(?!\s(?:after|before|ago|earlier|later)\b)")


def _count_extent(doc: Doc, span: Span, m: Mention) -> tuple[int, int, str | None, bool]:
    """A count's quote runs to its head noun when that follows closely ("389,571 patents",
    "four sessions"); its unit is that noun, or the object of "of" ("19 of the ... clusters").
    A rate right after the noun goes with it ("3,000 tests per day": unit "tests/day").
    Spelled-out numbers without such a noun are not counted ("the two of them")."""
    start, end, unit, keep = _count_noun(doc, span, m)
    if unit and keep and end > m.end:
        rate = _COUNT_RATE.match(doc_text(doc), end)
        if rate:
            return start, rate.end(), f"{unit}/{canonical_unit(rate.group('per'))}", True
    return start, end, unit, keep


def _count_noun(doc: Doc, span: Span, m: Mention) -> tuple[int, int, str | None, bool]:
    if m.unit:                                      # "millions of jobs": the pattern found it
        return m.start, m.end, m.unit, True
    tok = span[-1]
    head = tok.head
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if m.rule == "count.digits" and nxt is not None and nxt.pos_ == "PROPN" and nxt.text[:1].isupper() \
            and any(ch.islower() for ch in nxt.text) and nxt.tag_ != "NNPS" and nxt.ent_type_ != "NORP" \
            and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isdigit()):
        return m.start, m.end, None, False            # "787 Dreamliner", "737 Max jets": a model name
    if tok.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") \
            and head.i > tok.i and head.i - tok.i <= 4 \
            and all(t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.dep_ in ("amod", "compound") or t.text == "-"
                    for t in doc[tok.i + 1:head.i]) \
            and not _in_time(doc, head):                # "2.1 last year": the year is a time scope
        if head.pos_ == "PROPN" and head.text[:1].isupper() and m.rule == "count.words" and head.tag_ != "NNPS":
            return m.start, m.end, None, False
        return m.start, head.idx + len(head.text), head.text, True
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return m.start, m.end, objs[0].text, True
    return m.start, m.end, None, m.rule != "count.words"


def _in_time(doc: Doc, tok: Token) -> bool:
    """`tok` ends a time expression of one period ("last year"), which no number counts ("50
    previous years" does count years)."""
    return TIMES in doc.spans and any(t.start <= tok.i < t.end and not tok.text.lower().endswith("s")
                                      for t in doc.spans[TIMES])


# ---------------------------------------------------------------- subject

def _phrase(doc: Doc, tok: Token) -> TextSpan:
    """The noun phrase headed by `tok`: its left modifiers and the head, plus a proper name's
    own "of/on" phrase ("Sub-Forum on Artificial Intelligence"); no determiners, no clauses."""
    left = tok.left_edge.i
    while left < tok.i and doc[left].dep_ in ("det", "punct", "cc", "preconj"):
        left += 1
    right = tok.i
    if tok.pos_ == "PROPN":
        j = tok.i + 1
        while j < len(doc) and (doc[j].pos_ in ("PROPN", "ADP", "DET") and doc[j].text not in (",", "(")) \
                and doc[j].lower_ not in ("by", "in", "at", "with", "from", "to"):
            if doc[j].pos_ == "PROPN":
                right = j
            j += 1
    while right > tok.i and doc[right].pos_ in ("ADP", "DET", "CCONJ"):
        right -= 1
    span = doc[left:right + 1]
    label = tok.ent_type_ or next((t.ent_type_ for t in span if t.ent_type_), None) or None
    return TextSpan(span.text, span.start_char, span.end_char, label=label)


def find_subject(doc: Doc, qspan: Span, sent: Span, source_range) -> TextSpan | None:
    """Who or what the number is about: the subject of the clause that governs it, climbing past
    relative pronouns; if the number is itself the subject ("48% of X was ..."), the actor the
    share belongs to (the "of" group when it names one, else an actor in the sentence)."""
    qtoks = set(range(qspan.start, qspan.end))
    node = qspan.root
    for _ in range(20):
        if node.pos_ in ("VERB", "AUX"):
            for subj in (c for c in node.children if c.dep_ in SUBJECT_DEPS):
                if source_range and source_range[0] <= subj.idx < source_range[1]:
                    continue                          # "a study by X [found] ...": not the subject
                if qtoks & {t.i for t in subj.subtree}:
                    return _population(doc, qspan, sent, source_range, node)
                if subj.lower_ in RELATIVE or subj.tag_ in ("WDT", "WP"):
                    break
                if subj.lower_ in PRONOUNS:
                    return None                      # the caller resolves from the sentence before
                return _antecedent(doc, subj) or _phrase(doc, subj)
        if node.head is node:
            break
        node = node.head
    return _actor_in(sent, source_range, exclude=qtoks, verb=node)


def _antecedent(doc: Doc, head: Token) -> TextSpan | None:
    """A definite description names an earlier proper name with the same head noun: "The forum
    attracted ..." after "the Sub-Forum on Artificial Intelligence ..." is that sub-forum."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    word = lemma_of(head).lower()
    for tok in reversed(doc[:head.i]):
        if tok.pos_ == "PROPN" and word in re.split(r"[-\s]", tok.lower_):
            top = tok
            while top.dep_ == "compound" and top.head.pos_ == "PROPN" and top.head.i > top.i:
                top = top.head
            return _phrase(doc, top)
    return None


def _respectively(doc: Doc, sent: Span, made: list) -> list:
    """"with Shenzhen-Hong Kong-Guangzhou and Beijing in the 2nd and 3rd spots, respectively":
    coordinated quantities take the coordinated names before them, in order."""
    if not any(t.lower_ == "respectively" for t in sent) or len(made) < 2:
        return made
    toks = {}
    for i, (claim, _m) in enumerate(made):
        span = doc.char_span(claim.start, claim.end, alignment_mode="expand")
        if span is not None:
            toks[span.root.i if span.root.dep_ != "pobj" else span[0].i] = i
    for t in list(toks):
        tok = doc[t]
        chain = [tok.i] + [c.i for c in tok.subtree if c.dep_ == "conj" and c.i in toks]
        if tok.dep_ == "conj" or len(chain) < 2:
            continue
        names = [c for c in sent if c.i < tok.i and c.dep_ != "conj" and c.pos_ == "PROPN"
                 and any(k.dep_ == "conj" for k in c.children)]
        for name in reversed(names):
            conj = [name] + [k for k in name.subtree if k.dep_ == "conj" and k.pos_ == "PROPN"]
            if len(conj) == len(chain):
                for qi, ni in zip(chain, conj):
                    claim, m = made[toks[qi]]
                    made[toks[qi]] = (_replace(claim, subject=_phrase(doc, ni)), m)
                break
    return made


def _population(doc: Doc, qspan: Span, sent: Span, source_range, verb: Token) -> TextSpan | None:
    for tok in qspan:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and (obj.ent_type_ in ACTOR_LABELS or any(
                        c.ent_type_ in ACTOR_LABELS and c.dep_ in ("amod", "compound", "poss")
                        for c in obj.lefts)):
                    return _phrase(doc, obj)
    return _actor_in(sent, source_range, exclude=set(range(qspan.start, qspan.end)), verb=verb)


def _actor_in(sent: Span, source_range, exclude: set[int], verb: Token | None = None) -> TextSpan | None:
    """An actor named in the sentence outside the attribution: first one the governing verb
    takes through a preposition ("produced in China"), then places and peoples (the usual owners
    of a statistic), then organisations and persons, in text order."""
    candidates = [e for e in sent.ents if e.label_ in ACTOR_LABELS and e.start not in exclude
                  and not (source_range and source_range[0] <= e.start_char < source_range[1])]
    if not candidates:
        return None

    def on_verb(e: Span) -> bool:
        root = e.root
        return verb is not None and root.dep_ == "pobj" and root.head.head == verb

    best = min(candidates, key=lambda e: (not on_verb(e), e.label_ not in ("GPE", "NORP", "LOC"), e.start))
    return TextSpan(best.text, best.start_char, best.end_char, label=best.label_)


# ---------------------------------------------------------------- property

def find_property(doc: Doc, qspan: Span, m: Mention, unit: str | None) -> TextSpan | None:
    """What is measured, as a short phrase from the text: the counted noun with its modifiers,
    or the group a share or amount is "of"."""
    for tok in qspan:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    span = doc[obj.left_edge.i:obj.i + 1]
                    return TextSpan(span.text, span.start_char, span.end_char)
    head = qspan.root.head
    if m.kind == "count" and head.pos_ == "NOUN" and head.i >= qspan.end - 1:
        right = head.i
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for", "from") and child.i == right + 1:
                right = max(t.i for t in child.subtree)
                break
        span = doc[head.i:right + 1]
        if right - head.i < 8:
            return TextSpan(span.text, span.start_char, span.end_char)
    if m.kind == "rank":
        verb = qspan.root.head
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                span = doc[child.i:child.right_edge.i + 1]
                return TextSpan(f"rank {span.text}", None, None)
    return None


# ---------------------------------------------------------------- time scope

def pick_time(m: Mention, sent_t: list[Span], sent_q: list[Span], source_range) -> TextSpan | None:
    """The period a figure refers to: the nearest time expression of its sentence outside the
    attribution; "from/since 2020" right after a figure belongs to that figure alone. Failing
    that, the year of the cited source ("the GII 2021")."""
    q_starts = [s._.mention.start for s in sent_q]

    def owner_of(t: Mention) -> int | None:
        """A 'from YEAR' phrase binds to the quantity just before it."""
        before = [s for s in q_starts if s < t.start]
        return before[-1] if before and t.prep == "from" else None

    inside, outside = [], []
    for tspan in sent_t:
        t: Mention = tspan._.mention
        if t.start == m.start:
            continue
        owner = owner_of(t)
        if owner is not None and owner != m.start:
            continue
        in_source = source_range and source_range[0] <= t.start < source_range[1]
        (inside if in_source else outside).append(t)
    if outside:
        best = min(outside, key=lambda t: (abs(t.start - m.start), t.start < m.start))
        return _time_span(best)
    years = [t for t in inside if t.value_text and re.fullmatch(r"\d{4}", t.value_text)]
    if years:
        return _time_span(min(years, key=lambda t: abs(t.start - m.start)))
    return None


def _time_span(t: Mention) -> TextSpan:
    return TextSpan(t.quote, t.start, t.end, iso=t.value_text)


# ---------------------------------------------------------------- source

def find_source(sent: Span, doc: Doc) -> Source | None:
    table = cues().attribution
    for tok in sent:
        # "according to X"
        if tok.lower_ == "according":
            to = next((c for c in tok.children if c.lower_ == "to"), None)
            if to is None and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
                to = doc[tok.i + 1]
            obj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
            if obj is not None:
                left = obj.left_edge.i
                while doc[left].dep_ == "det":
                    left += 1
                span = doc[left:obj.right_edge.i + 1]
                label = obj.ent_type_ or next((t.ent_type_ for t in span if t.ent_type_), None) or "DOCUMENT"
                return Source(TextSpan(span.text, span.start_char, span.end_char, label=label,
                                       cue="according to"), "paragraph")
    # "a study by Stanford University", "a WIPO report showed"
    text = sent.text
    nouns = "|".join(table["document_nouns"])
    by = re.search(rf"\b((?:{nouns}))\s+(?:by|from)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&'’-]*)*)", text)
    if by:
        s = sent.start_char + by.start(1)
        e = sent.start_char + by.end(2)
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue=by.group(1)), "paragraph")
    finding = "|".join(table["finding_verbs"])
    shows = re.search(rf"((?:(?:[A-Z][\w.&'’-]*|\d{{4}})\s+){{0,4}}\b(?:{nouns}))\s*(?:{finding})", text)
    if shows:
        s = sent.start_char + shows.start(1)
        e = sent.start_char + shows.end(1)
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue=shows.group(0)[len(shows.group(1)):].strip()),
                      "paragraph")
    # "Ms. Liu Hua noted that", "said Montana in a statement"
    for tok in sent:
        if tok.pos_ == "VERB" and lemma_of(tok).lower() in table["speech_verbs"]:
            subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
            if subj is None or subj.lower_ in PRONOUNS:
                continue
            phrase = _phrase(doc, subj)
            if phrase.label not in ("PERSON", "ORG", "GPE", "NORP") and subj.pos_ != "PROPN":
                continue
            cue_end = tok.i + 1
            while cue_end < sent.end and doc[cue_end].dep_ in ("prt", "mark") or \
                    (cue_end < sent.end and doc[cue_end].lower_ == "that"):
                cue_end += 1
            return Source(_full_mention(doc, phrase, subj, doc[tok.i:cue_end].text), "speech")
    return None


def _full_mention(doc: Doc, phrase: TextSpan, head: Token, cue: str) -> TextSpan:
    """A person is often introduced once with a title ("Ms. Liu Hua, Director of WIPO Office
    in China") and later by name alone: cite the fuller, earlier mention."""
    if phrase.end == head.idx + len(head.text):
        text = doc_text(doc)
        n = phrase.end - phrase.start
        for tok in doc[:head.i]:
            end = tok.idx + len(tok.text)
            if tok.text != head.text or text[end - n:end] != phrase.text:
                continue
            appos = next((c for c in tok.children if c.dep_ == "appos"), None)
            if appos is not None:
                stop = appos.right_edge.idx + len(appos.right_edge.text)
                if text[end - n:stop].count("(") > text[end - n:stop].count(")") and text[stop:stop + 1] == ")":
                    stop += 1                         # "(WOC" -> "(WOC)"
                return TextSpan(text[end - n:stop], end - n, stop, label=phrase.label, cue=cue)
    return TextSpan(phrase.text, phrase.start, phrase.end, label=phrase.label, cue=cue)


# ---------------------------------------------------------------- changes and dates

@cache
def _change_before() -> re.Pattern[str]:
    """A word of change right before a quantity ("rose 12%", "fell by 3 points", "+0.3%"), or a
    few words before "by" ("grow sales by 35 per cent"); words from cues.toml [changes]."""
    table = cues().changes
    words = "|".join(re.escape(w) for w in sorted(table["up"] + table["down"], key=len, reverse=True) if w != "+")
    return re.compile(rf"(?i)(?:(?<!gave )(?<!give )(?<!gives )(?<!giving )\b(?P<verb>{words})\s+(?:by\s+)?(?:a\s+further\s+)?|\b(?P<verb2>{words})"
                      rf"(?:\s+[a-z]+){{1,2}}\s+by\s+|(?P<verb3>(?<![\w.])\+))$")


def _link_changes(text: str, made: list[tuple[Claim, Mention]]) -> list[tuple[Claim, Mention]]:
    """'40% ..., an increase from 25%': the 40% is a level change up from the 25% claim.
    'up 5%' / 'fell by 3 points': a delta. 'rose 9.4 per cent to $84', 'decreased to $-50.8bn':
    the level reached after a change is a level change the same way. A restatement in brackets
    ('7.5 million Danish crowns (US $1.1 million)') takes the bound and change of what it restates."""
    out = list(made)
    table = cues().changes
    for i, (claim, m) in enumerate(made):
        before = text[max(0, claim.start - 40):claim.start]
        if i and claim.change is None:
            prev = out[i - 1][0]
            gap = text[prev.end:claim.start]
            if re.fullmatch(r"\s*\(\s*", gap) or re.fullmatch(r"\s*/\s*|\s+or\s+", gap) \
                    and _in_brackets(text, prev.start):  # a restatement in other units: "(224 kW / 300 PS)"
                out[i] = (_replace(claim, bound=prev.bound if claim.bound == "=" else claim.bound,
                                   bound_cue=claim.bound_cue or prev.bound_cue, change=prev.change), m)
                continue
            if prev.change is not None and prev.change.type != "level" and len(gap) < 30 \
                    and re.search(r"(?i)\b(?:to|at)\s+$", gap):
                out[i] = (_replace(claim, change=Change(prev.change.direction, "level")), m)
                continue
        reached = re.search(r"(?i)\b(?P<verb>[a-z]+)\s+(?:down\s+|up\s+)?to\s+$", before)
        if reached and claim.change is None and reached.group("verb").lower() in table["up"] + table["down"] \
                and reached.group("verb").lower() not in ("up", "down"):
            direction = "down" if reached.group("verb").lower() in table["down"] else "up"
            out[i] = (_replace(claim, change=Change(direction, "level")), m)
            continue
        base = _BASELINE_BEFORE.search(before)
        if base:
            direction = "down" if base.group("noun").lower() in _DOWN else "up"
            for j in range(i - 1, -1, -1):
                other, om = out[j]
                if other.kind == claim.kind and other.change is None:
                    out[j] = (_replace(other, change=Change(direction, "level", claim.claim_id)), om)
                    break
            continue
        gapped = _GAPPED_BY.search(before)
        if gapped and claim.change is None:           # "X was down 2.3%, Y by 2.6%": the verb is left out
            earlier = next((o for o, _ in reversed(out[:i]) if o.kind == claim.kind and o.change is not None
                            and o.change.type != "level"), None)
            if earlier is not None:
                out[i] = (_replace(claim, change=Change(earlier.change.direction, earlier.change.type)), m)
                continue
        delta = _change_before().search(before)
        if delta and claim.change is None and claim.kind in ("percent", "percentage_point", "count", "money", "measure"):
            word = delta.group("verb") or delta.group("verb2") or delta.group("verb3")
            direction = "down" if word.lower() in cues().changes["down"] else "up"
            kind = {"percent": "pct_delta", "percentage_point": "pp_delta"}.get(claim.kind, "abs_delta")
            out[i] = (_replace(claim, change=Change(direction, kind)), m)
    return out


def _in_brackets(text: str, pos: int) -> bool:
    before = text[max(0, pos - 80):pos]
    return before.rfind("(") > before.rfind(")")


def _replace(claim: Claim, **changes) -> Claim:
    from dataclasses import replace
    return replace(claim, **changes)


def _date_claim(page: Page, doc: Doc, tspan: Span, sent: Span, source_range, published: dt.date | None,
                source: Source | None, locator, model, version) -> Claim | None:
    """A date is a claim of its own when it dates an event stated as fact ("On September 27, the
    forum was held", "founded in 1998") and no other figure in the sentence needs it as scope."""
    t: Mention = tspan._.mention
    if source_range and source_range[0] <= t.start < source_range[1]:
        return None
    if t.value_text is None:
        return None
    precise = re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}", t.value_text) is not None
    if not precise:
        if t.rule != "time.year" or t.prep not in ("in", "on"):
            return None
        verb = tspan.root.head.head if tspan.root.head.pos_ == "ADP" else tspan.root.head
        if lemma_of(verb).lower() not in cues().date_event_verbs:
            return None
    # quote without the preposition ("September 27", not "On September 27")
    quote_start = t.start
    if t.prep and page.text[t.start:t.start + len(t.prep)].lower() == t.prep:
        quote_start = t.start + len(t.prep) + 1
    subject = find_subject(doc, tspan, sent, source_range)
    return Claim(
        doc_id=page.doc_id or "", kind="date", quote=page.text[quote_start:t.end], start=quote_start, end=t.end,
        sentence=sent.text.strip(), sentence_start=sent.start_char + _lstrip_len(sent.text),
        value_text=t.value_text, subject=subject, time_scope=_time_span(t),
        source=source.span if source else None, rule=t.rule, model=model, version=version,
        provenance=locator.provenance(quote_start, t.end),
    )


def _duration_claim(page: Page, doc: Doc, tspan: Span, sent: Span, source_range, source: Source | None,
                    locator, model, version) -> Claim | None:
    """'beset by controversy over the past two years': a counted period that scopes no other
    figure of its sentence is a duration of its own (CLAIMS.md: 'in the past decade' used as a
    quantity); the period it covers stays its time scope."""
    t: Mention = tspan._.mention
    if t.rule != "time.relative" or (source_range and source_range[0] <= t.start < source_range[1]):
        return None
    m = re.search(r"(?i)\b(?P<num>[\w.,-]+)\s(?P<unit>decades?|years?|months?|quarters?|weeks?)$", t.quote)
    value = parse_number(m.group("num")) if m else None
    if value is None:
        return None
    start = t.start + m.start()
    return Claim(
        doc_id=page.doc_id or "", kind="duration", quote=page.text[start:t.end], start=start, end=t.end,
        sentence=sent.text.strip(), sentence_start=sent.start_char + _lstrip_len(sent.text),
        value=value, unit=canonical_unit(m.group("unit")), unit_surface=m.group("unit"),
        subject=find_subject(doc, tspan, sent, source_range), time_scope=_time_span(t),
        source=source.span if source else None, rule="duration.relative", model=model, version=version,
        provenance=locator.provenance(start, t.end),
    )


# ---------------------------------------------------------------- checkworthiness

KIND_WEIGHT = {"percent": 0.75, "percentage_point": 0.75, "money": 0.7, "rank": 0.6, "ratio": 0.7,
               "count": 0.5, "measure": 0.5, "duration": 0.45, "date": 0.25}


def _with_checkworthy(claim: Claim) -> Claim:
    """How much a fact-checker would want to verify this: statistics cited from a source about a
    named actor score high; vague or bounded small counts and event dates score low."""
    score = KIND_WEIGHT.get(claim.kind, 0.5)
    if claim.source is not None:
        score += 0.1
    if claim.subject is not None and claim.subject.label in ("GPE", "ORG", "NORP"):
        score += 0.1
    if claim.quote[:1].isdigit() and re.search(r"\d[,.]\d", claim.quote):
        score += 0.1
    if claim.bound in (">", ">=", "~") or claim.rule in ("count.vague", "money.vague"):
        score -= 0.2
    if claim.rule == "count.words":
        score -= 0.1
    return _replace(claim, checkworthy=max(0.0, min(1.0, score)))


__all__ = ["assemble", "find_subject", "find_source", "pick_time", "claim_id_for"]
