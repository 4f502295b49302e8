"""The period a figure refers to, and the times that are claims of their own (dates, durations)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Span

from ..nlp import alternation
from ..quantities.matcher import Mention
from ..quantities.normalize import canonical_unit, in_base_unit, month_number, parse_number
from ..types import TextSpan
from .context import Sentence, in_range, same_clause, subtree_range, word_set, words
from .filters import anchored_end, situating_span


def pick_time(s: Sentence, m: Mention) -> TextSpan | None:
    """The period a figure refers to: the nearest time expression of its sentence outside the
    attribution; "from/since 2020" right after a figure belongs to that figure alone. Failing
    that, the year of the cited source ("the GII 2021")."""
    quantities = [q._.mention for q in s.quantities]

    def owner_of(t: Mention) -> int | None:
        """A 'from YEAR' phrase binds to the quantity just before it, and so does any time right
        after a baseline figure ("up from 55% in 2019": 2019 is the 55%'s, not the 70%'s)."""
        before = [q for q in quantities if q.start < t.start]
        if not before:
            return None
        q = before[-1]
        return q.start if t.prep == "from" or _after_baseline(s.ctx.text, q, t) else None

    inside, outside = [], []
    for t in s.time_mentions() + _periods(s, m, quantities):
        if t.start == m.start:
            continue
        owner = owner_of(t)
        if owner is not None and owner != m.start or _describes_noun(s, t, m) or _earlier_event(s, t, m) \
                or _record_window(s.ctx.text, t):
            continue
        (inside if in_range(t.start, s.source_range) or dates_statement(s, t) else outside).append(t)
    if outside:
        best = min(outside, key=lambda t: (abs(t.start - m.start), t.start < m.start))
        return time_span(best)
    years = [t for t in inside if t.value_text and re.fullmatch(r"\d{4}", t.value_text)]
    if years:
        return time_span(min(years, key=lambda t: abs(t.start - m.start)))
    return None


def _periods(s: Sentence, m: Mention, quantities: list[Mention]) -> list[Mention]:
    """The periods of history that situate a figure of another kind in its clause ("Crime fell 40% in
    the 1990s", "in the early 2000s", "the 17th century"): the matcher reads them as dates, which
    filters.situates drops as records; they are the figure's time scope instead."""
    if m.kind == "date":
        return []
    out = []
    for t in quantities:
        if t.kind != "date" or t.rule not in _PERIOD_RULES or not t.value_text:
            continue
        prep = _PERIOD_PREP.search(s.ctx.text, max(0, t.start - 16), t.start)
        if prep is None or _PERIOD_AFTER.match(s.ctx.text, t.end) or not same_clause(s.doc, t.start, m.start):
            continue                        # "than in the 2010s", "its 1980s peak", "the 1990s-era policy"
        since = prep.group(1).lower() == "since" and s.ctx.published is not None
        iso = f"{t.value_text.split('/')[0]}/{s.ctx.published.isoformat()}" if since else t.value_text
        out.append(replace(t, value_text=iso))   # "since the 1960s": from then to the page's date, as "since 1969"
    return out


_PERIOD_RULES = frozenset({"date.decade", "date.century"})
# a period of history is a figure's time only as the object of a preposition of time ("in the 1990s",
# "during the 17th century", "since the 1960s"; not "than in the 2010s", "compared with the 1990s") and
# not as a modifier ("its 1980s peak", "the 1990s-era policy")
_PERIOD_PREP = re.compile(r"(?i)(?<!than )\b(in|during|throughout|through|by|since)\s+(?:the\s+)?$")
_PERIOD_AFTER = re.compile(r"-|[^\S\n]+(?:peak|era|levels?|highs?|lows?|average|record)\b")


_EVENT_ANCHOR = re.compile(r"[^\S\n]+(?:to\s+)?[A-Za-z]")    # "(a month before) the election", "(prior) to the vote"


def _compared_span(text: str, before: list[Mention], t: Mention, m: Mention) -> bool:
    """A span of time that dates only the figure it is compared with: right after another baseline
    figure ("rose to 3% from 2.5% a month earlier": the 2.5%'s), or after a cue of comparison ("up 4%
    compared with a year earlier": the figure's own period is not the year before)."""
    if before and before[-1].start != m.start and _after_baseline(text, before[-1], t):
        return True
    return _compared_with().search(text[max(0, t.start - 24):t.start]) is not None


@cache
def _compared_with() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(word_set('tense', 'baseline_cues'))})\s+$")


def _after_baseline(text: str, q: Mention, t: Mention) -> bool:
    """Whether time `t` follows figure `q` with nothing between but its preposition, and `q` is a
    baseline set off by `tense.baseline_cues` ("up from 55% in 2019", "compared with $4 billion a
    year earlier")."""
    if text[q.end:t.start].strip(" ,") or t.start - q.end > 3:
        return False
    return _baseline_lead().search(text[max(0, q.start - 24):q.start].lower()) is not None


@cache
def _baseline_lead() -> re.Pattern[str]:
    """The end of the text before a baseline figure: a cue of `tense.baseline_cues`, and maybe a
    word of `tense.baseline_hedges` ("from about ")."""
    cues, hedges = alternation(word_set("tense", "baseline_cues")), alternation(word_set("tense", "baseline_hedges"))
    return re.compile(rf"\b(?:{cues})\s+(?:(?:{hedges})\s+)?$")


def _describes_noun(s: Sentence, t: Mention, m: Mention) -> bool:
    """A time in a clause set off by commas that describes a noun, whose clause the figure is not in,
    in a sentence that states a present state ("The telescope, launched in December 2021, orbits 1.5
    million km from Earth"): it dates that noun, not the figure. In the past it is the event's own time
    ("The Titanic, which sank in April 1912, carried 2,224 people")."""
    if s.sent.root.tag_ not in ("VBZ", "VBP"):
        return False
    doc = s.doc
    span = doc.char_span(t.start, t.end, alignment_mode="expand")
    if span is None:
        return False
    clause = next((a for a in span[0].ancestors if a.dep_ in ("acl", "relcl") or a.dep_ == "advcl" and a.tag_ == "VBN"
                   and a.left_edge.i == s.sent.start and a.lower_ not in word_set("source", "measuring_participles")),
                  None)
    if clause is None or not (clause.dep_ == "advcl" and doc[min(clause.right_edge.i + 1, len(doc) - 1)].text == ","
                              or clause.left_edge.i > 0 and doc[clause.left_edge.i - 1].text == ","):
        return False                          # "Founded in 1998, the company employs ...": the company's date
    return not in_range(m.start, subtree_range(clause))


def _earlier_event(s: Sentence, t: Mention, m: Mention) -> bool:
    """A time inside a clause of an event told as before or after the figure's own, which holds a figure
    of its own ("Hourly earnings rose 0.3% after gaining 0.4% the previous month", "Sales rose 5% after
    falling 2% in March"): it dates that event and its figure, not the figure outside the clause (which
    keeps the time of its own clause: "Sales rose 5% in April after falling 2% in March")."""
    extent = event_clause(s, t.start, t.value_text)
    return extent is not None and not extent[0] <= m.start < extent[1] \
        and any(extent[0] <= q.start_char < extent[1] and q.start_char != t.start for q in s.quantities)


def _record_window(text: str, t: Mention) -> bool:
    """A "since" time after a word of a record ("Turnout was 66.6%, the highest since 1900", "the biggest
    drop since March 2020", "for the first time since 2020"; `tense.record_words`): the span the record
    holds over, not the period of the figure."""
    start = t.whole_start if t.whole_start >= 0 else t.start
    before = text[max(0, start - 60):start]
    if not text[start:start + 6].lower().startswith("since"):
        since = re.search(r"(?i)\bsince\s+$", before)
        if since is None:
            return False
        before = before[:since.start()]
    return _record_re().search(before) is not None


@cache
def _record_re() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{alternation(word_set('tense', 'record_words'))})\b(?:\s+[\w'’-]+){{0,4}}\s+$")


def event_clause(s: Sentence, start: int, iso: str | None) -> tuple[int, int] | None:
    """The offsets of the clause of an event told as before or after another, with no subject of its own
    ("after gaining 0.4% the previous month", "before rebounding 15% in 2021"), that the character at
    `start` is in, unless the time there (`iso`) is one day; else None. Such a time dates that
    event only and carries to no later figure. A day, or a clause with its own subject, is most often
    the time of both events ("Acme jumped 8% after the company reported a 20% rise in profit on
    Tuesday", "Bitcoin topped $100,000 after rising 40% on Thursday")."""
    span = s.doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or iso is not None and re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso):
        return None
    clause = next((a for a in span.root.ancestors if a.dep_ == "pcomp" and a.head.lower_ in _SEQUENCE_WORDS
                   or a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _SEQUENCE_WORDS for c in a.children)), None)
    if clause is None or any(c.dep_ in words().subject_deps for c in clause.children):
        return None
    first = clause.head if clause.dep_ == "pcomp" else clause.left_edge
    return first.idx, subtree_range(clause)[1]


_SEQUENCE_WORDS = frozenset({"after", "before"})


@cache
def _statement_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    table = words().statement
    verbs = "|".join(map(re.escape, table["verbs"]))
    nouns = "|".join(map(re.escape, table["nouns"]))
    settings = "|".join(map(re.escape, sorted(table["nouns"] + table["settings"], key=len, reverse=True)))
    setting = rf"(?:in|during|at|on|via|through)\s+(?:an?|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+)?(?:{settings})s?\s+"
    after = rf"(?i)\b(?:(?:{verbs})\s+(?:\w+\s+)?|(?:{verbs})\s+{setting}(?:on\s+|in\s+)?|(?:told|tells)\s+\w+\s+(?:on|in)\s+)$"
    return re.compile(after), re.compile(rf"(?i)^[\s'’s-]*(?:{nouns})s?\b")


def dates_statement(s: Sentence, t: Mention) -> bool:
    """A time that dates a statement, not a figure ("said on Nov. 6", "a March 2019 study", "said in a
    statement on Jan. 5", "said in an interview in March", "told reporters on Dec. 3"):
    it belongs with the source (CONVENTIONS.md), so it is neither a time scope nor a date record."""
    after_verb, before_noun = _statement_res()
    start = t.whole_start if t.whole_start >= 0 else t.start
    text = s.ctx.text
    said = after_verb.search(text[max(0, start - 60):start])
    if said is not None and _reported_figure(s, max(0, start - 60) + said.start()):
        return False
    return bool(said or before_noun.match(text[t.end:t.end + 30]))


def _reported_figure(s: Sentence, at: int) -> bool:
    """"45 deals were announced in October", "12 new cases were reported on Monday": a verb of
    statement in the passive whose subject the figure counts states the counted things' event, and
    its time is the figure's (not "It was announced on Tuesday that sales rose 5%", "Acme said on
    Monday"; nor an amount the subject is of or holds: "Revenue of $5 billion was reported on
    Thursday", "A survey of 2,000 adults was released on Tuesday": the date of a report)."""
    verb = next((tok for tok in s.sent if tok.idx == at), None)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None) if verb is not None else None
    return subj is not None and any(
        q.start <= subj.i < q.end or q.root.head.i == subj.i and q.root.dep_ == "nummod" for q in s.quantities)


def time_span(t: Mention) -> TextSpan:
    """The time scope a time expression gives: its text and ISO value (a period ahead, "the
    next 6 months", runs forward from the publication date: normalize.resolve_relative)."""
    return TextSpan(t.quote, t.start, t.end, iso=t.value_text)


def situating_time(s: Sentence, m: Mention) -> TextSpan | None:
    """'Sales were 40% lower five years ago', 'down 30% over 12 months': a span of time that only
    situates a figure of its clause (filters.situating_span, which drops its duration record) is
    that figure's time scope; anchored to now ('ago'), it resolves against the publication date."""
    if m.kind in ("duration", "date"):
        return None
    text = s.ctx.text
    mentions = [q._.mention for q in s.quantities]
    for i, t in enumerate(mentions):
        if situating_span(s, t.start, t.end, t.kind) and same_clause(s.doc, t.start, m.start) \
                and not _compared_span(text, mentions[:i], t, m) and not _earlier_event(s, t, m):
            end = anchored_end(text, t.end)
            now = end > t.end and not _EVENT_ANCHOR.match(text, end)     # "a month before the election": not now
            iso = parse_relative(text[t.start:end], s.ctx.published) if now and s.ctx.published else None
            return TextSpan(text[t.start:end], t.start, end, iso=iso)
    return None


_PRESENT_TAGS = ("VBZ", "VBP", "MD")


def lede_time(t: TextSpan) -> bool:
    """A lede's time that can govern the story's later figures: a day, a month or a quarter
    ("on Tuesday", "in October 2025", "in the third quarter"), not a year or a span of years."""
    return bool(t.iso) and re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?(?:/\d{4}-\d{2})?", t.iso) is not None


def lede_governs(s: Sentence, qspan: Span, lede: TextSpan | None) -> TextSpan | None:
    """The lede's time for a later figure with none of its own, unless the lede's time ends after
    the publication date and the figure is told in the past ("Acme will hire 500 people over the
    next 18 months. / The team won 10 of its last 12 games": no time), whereas what will happen
    then is its ("Prices fall 39% on January 1, 2026. / 96% of customers will see no change")."""
    published = s.ctx.published
    if lede is None or published is None or not lede.iso:
        return lede
    end = lede.iso.split("/")[-1]
    return None if end > published.isoformat()[:len(end)] and _tense(qspan) == "past" else lede


def _base_with_subject(node, auxes: list) -> bool:
    """A base-form verb with a noun subject of its own before it and no auxiliary is a present
    tense the small tagger read as a base form ("Renters prioritize savings, with 84% ...": VB, not
    VBP). An imperative has no subject; one the parse gives it sits before a colon ("Dinner: Serve
    two sides") or is a pronoun under "let" ("Let it sit for 20 seconds")."""
    if node.tag_ != "VB" or auxes:
        return False
    doc = node.doc
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_.startswith("NN") and c.i < node.i
               and not any(doc[k].text == ":" for k in range(c.i + 1, node.i)) for c in node.children)


def present_state(s: Sentence, qspan: Span) -> TextSpan | None:
    """A figure stated in the present tense with no time expression ("The city has 25 crews",
    "Each startup can receive up to $2 million") holds at publication: its time scope is the
    publication date (no text). The tense is that of the first finite verb above the figure
    (or its auxiliaries); a past tense there, or no publication date, gives None."""
    published = s.ctx.published
    if published is None or _tense(qspan) != "present":
        return None
    return TextSpan("", None, None, iso=published.isoformat())


def frequency_time(s: Sentence, m: Mention, qspan: Span) -> TextSpan | None:
    """'400 to 600 breaks each year', 'Each year, it uses one million tons', 'in a typical month': a
    frequency outside the attribution is the time scope (assemble.toml [tense] frequency) of all the
    sentence's figures when it opens it, else of the figure just before it in its clause ("6,500 miles
    of mains, with 600 breaks a year": the breaks'; not "8 hours a day uses 72 kWh"). Only a
    figure told in the present, which holds at publication (iso the publication date, as
    present_state gives); a past habit ("they were replacing 100 miles each year") is left to the
    other rules. "a year" counts only after a plural noun or a number."""
    found, published = list(_frequency().finditer(s.text)), s.ctx.published
    if not found or published is None or _tense(qspan) != "present":
        return None
    base, others = s.sent.start_char, [q._.mention.start for q in s.quantities]
    for f in found:
        start, end = base + f.start("q"), base + f.end("q")
        if f.group("a") and not _after_count(s, start) or in_range(start, s.source_range):
            continue
        if f.start("q") > 0 and (start < m.start or not same_clause(s.doc, m.start, start)
                                 or any(m.end <= q < start for q in others)):
            continue
        return TextSpan(f.group("q"), start, end, iso=published.isoformat())
    return None


@cache
def _frequency() -> re.Pattern[str]:
    return re.compile(words().tense["frequency"])


def _after_count(s: Sentence, start: int) -> bool:
    """Whether the word before offset `start` is a plural noun or a number ("600 breaks a year",
    "three times a year")."""
    at = s.doc.char_span(start, start + 1, alignment_mode="expand")
    return at is not None and at[0].i > 0 and s.doc[at[0].i - 1].tag_ in ("NNS", "CD")


def _tense(qspan: Span) -> str | None:
    """"past", "modal" (a future or hypothetical: "will reach", "could see") or "present": the tense
    of the first finite verb above the figure, or of its auxiliaries; None where there is none."""
    node = qspan.root
    for _ in range(20):
        auxes = [c for c in node.children if c.dep_ in ("aux", "auxpass")]
        tags = [node.tag_] + [c.tag_ for c in auxes]
        if "VBD" in tags:
            return "past"
        if any(c.tag_ == "MD" and c.lower_ in words().hypothetical for c in auxes):
            return "modal"
        if any(t in _PRESENT_TAGS for t in tags) or _base_with_subject(node, auxes):
            return "present"
        if node.head.i == node.i:             # the root (spaCy builds a new Token object per access)
            return None
        node = node.head
    return None


def date_extent(s: Sentence, tspan: Span) -> tuple[int, int] | None:
    """Where a date that is a claim of its own is quoted, or None: a date dates an event stated
    as fact ("On September 27, the forum was held", "founded in 1998"); the quote leaves out the
    preposition ("September 27", not "On September 27"). A bare year is a date only as the time
    of a verb's event ("founded in 1998", "switched on in 1912", "has run it since 1903", "done by
    2031"), not of a noun ("sales in 2019")."""
    t: Mention = tspan._.mention
    if in_range(t.start, s.source_range) or t.value_text is None or dates_statement(s, t) \
            or t.rule == "time.relative":     # nor "last month", "the past decade": counted from the page's date
        return None
    if t.rule.endswith(".x") and not (t.rule == "time.monthname.x" or _time_rule(t.rule[:-2]).get("widens_year")
                                      and re.search(r"\d{4}|\d\d$", t.quote)):    # "spring of 1975", "3Q23"
        return None                       # deictic times ("Tuesday", "last month") are never dates
    if t.rule != "time.monthname.x" and t.rule.endswith(".x"):      # "in the spring of 1975": a date with its year,
        root = tspan.root                 # "(in) the spring of 1975": the preposition the parse hangs it on
        prep = t.prep or (root.head.lower_ if root.dep_ == "pobj" else None)
        if t.rule != "time.quarter.x" and _event_prep(tspan, replace(t, prep=prep), _planned(s, t)) \
                not in word_set("tense", "event_preps"):
            return None                   # as a year, only as the time of a verb ("Ticket sales in the spring of 1903")
        start = t.start + (len(t.prep) + 1 if t.prep else 0)
        return start + 4 * (s.ctx.text[start:start + 4].lower() == "the "), t.end    # "first quarter of 2026"
    precise = re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}", t.value_text) is not None
    if not precise:
        if t.rule != "time.year" or (_event_prep(tspan, t, _planned(s, t)) not in word_set("tense", "event_preps")
                                     and not _dated_noun(tspan, t)):
            return None
    start = t.start
    if t.prep and s.ctx.text[t.start:t.start + len(t.prep)].lower() == t.prep:
        start = t.start + len(t.prep) + 1
    return start, t.end


def _planned(s: Sentence, t: Mention) -> bool:
    """A time after the publication year ("is opening a store in 2026"): a plan, not an event."""
    return s.ctx.published is not None and t.value_text[:4].isdigit() and int(t.value_text[:4]) > s.ctx.published.year


def _dated_noun(tspan: Span, t: Mention) -> bool:
    """'the 1939 World's Fair', 'Nauman's 1968 work', 'the 2008 financial crisis': a year after a
    determiner or a possessive and before a singular common noun dates that event or work. A
    statement's noun ("a 2021 report") goes with the source; a plural is counted ("the 1967
    employees") or scoped ("our 2025 picks"); a period's noun ("the 2024 tax year", assemble.toml
    [statement] period_nouns) is scoped by it; a round hundred ("the 2000 staff") is a count; a
    hyphened modifier between ("a 1850 square-foot office") makes it a size."""
    tok = tspan.root
    head, doc = tok.head, tok.doc
    before = doc[tok.i - 1] if tok.i > 0 else None
    return t.prep is None and tok.dep_ in ("nummod", "compound") and head.tag_ == "NN" and head.i > tok.i \
        and before is not None and (before.dep_ in ("det", "poss") or before.tag_ == "POS") \
        and not any(w.text == "-" for w in doc[tok.i + 1:head.i]) \
        and not tok.text.endswith("00") and head.lower_ not in words().statement["nouns"] \
        and not any(w.lower_ in word_set("statement", "period_nouns") for w in doc[tok.i + 1:head.i + 1])


def _event_prep(tspan: Span, t: Mention, planned: bool = False) -> str | None:
    """The preposition by which a bare year is the time of a verb's event, or None: 'switched
    on in 1912', 'in the summer of 1898 he sailed' (through a noun's 'of' phrase). `planned`: the
    year is after the page's, so a present progressive states a plan, not a trend."""
    tok = tspan.root
    prep = t.prep
    if prep is None and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        tok = tok.head.head                       # "summer of 1898": the season's preposition
        prep = tok.head.lower_ if tok.dep_ == "pobj" else None
    verb = tok.head.head if tok.head.pos_ == "ADP" else tok.head
    return prep if verb.pos_ == "VERB" and not _no_event(verb, planned) else None


def _no_event(verb, planned: bool = False) -> bool:
    """A verb that is no dated event: under a modal ("tips that can guide you in 2025") or present
    do-support ("don't just organize data in 2026"); a trend under way ("is expanding in 2025",
    unless the year is still to come: "Acme is opening a store in 2026" is a plan); an infinitive
    that describes a noun or heads a headline ("trends to watch in 2026"). "will launch in 2026",
    "is expected to close in 2026" and "launched in 2019" stay dates."""
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return bool(aux & word_set("tense", "no_event_aux")) \
        or (not planned and verb.tag_ == "VBG" and bool(aux & word_set("tense", "progressive_aux"))) \
        or ("to" in aux and (verb.dep_ == "ROOT" or verb.dep_ in ("acl", "relcl") and verb.head.pos_ in ("NOUN", "PROPN")))


_PERIOD = re.compile(r"(?i)\b(?P<num>[\w.,-]+)\s(?P<unit>decades?|years?|months?|quarters?|weeks?)$")


def duration_match(s: Sentence, tspan: Span) -> re.Match[str] | None:
    """'beset by controversy over the past two years': a counted period that scopes no other
    figure of its sentence is a duration of its own (CLAIMS.md: 'in the past decade' used as a
    quantity); the match holds its number and unit."""
    t: Mention = tspan._.mention
    if t.rule != "time.relative" or in_range(t.start, s.source_range) and not _describes_speaker(tspan):
        return None
    if _LAST_OF.search(t.quote) and _OF_AFTER.match(s.ctx.text, t.end, t.end + 4):
        return None                                 # "the last decade of the 19th century": a part of a period
    return _PERIOD.search(t.quote)


def _describes_speaker(tspan: Span) -> bool:
    """A period inside a clause on the speaker ("The firm, which has been beset by controversy over the
    past two years, said ..."): it tells of the speaker, it does not date the statement."""
    return any(a.dep_ in ("relcl", "acl") for a in tspan.root.ancestors)


_LAST_OF = re.compile(r"(?i)\blast\s")
_OF_AFTER = re.compile(r"\s+of\b")


def duration_amount(match: re.Match[str]) -> tuple[float, str] | None:
    """The value and unit of a `duration_match`: a larger unit given in the smaller ("the past two
    decades" = 20 years, CONVENTIONS.md), and "over the next decade", "in the past decade" one decade
    (CLAIMS.md: "in the past decade" used as a quantity) after a preposition of a span only ("The next
    decade will be decisive" names the period). Only a decade is one without a number: "over the past
    year" or "the next month" situates, it counts nothing."""
    surface, value = match.group("unit"), parse_number(match.group("num"))
    if value is None and surface.lower() == "decade" and match.group("num").lower() in _ONE_PERIOD \
            and _SPAN_BEFORE.search(match.string, 0, match.start()):
        value = 1
    if value is None:
        return None
    return in_base_unit(value, canonical_unit(surface))


_ONE_PERIOD = frozenset({"past", "last", "next", "previous", "coming"})
_SPAN_BEFORE = re.compile(r"(?i)\b(?:over|in|during|for|within|across|throughout)\s+the\s+$")


# ---------------------------------------------------------------- times the matcher leaves to us

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
ORDINALS = ("first", "second", "third", "fourth")
PREPS = ("in", "on", "since", "during", "by", "until", "through", "as of", "for")


@cache
def time_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((p["id"], re.compile(p["regex"])) for p in words().times)


@cache
def time_needs() -> tuple[tuple[str, ...], ...]:
    """For each of `time_patterns`, in order, the words (lowercase) one of which it needs."""
    return tuple(tuple(p["needs"]) for p in words().times)


@cache
def _dateparser(published: dt.date):
    from dateparser.date import DateDataParser

    base = dt.datetime(published.year, published.month, published.day)
    return DateDataParser(languages=["en"], settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"})


@cache
def parse_relative(phrase: str, published: dt.date) -> str | None:
    """A relative phrase ("last year", "next month", "July") resolved against the publication
    date by dateparser, as ISO text at the phrase's own granularity ("2018", "2019-03")."""
    data = _dateparser(published).get_date_data(phrase)
    if data.date_obj is None:
        return None
    d = data.date_obj.date()
    return {"year": f"{d.year}", "month": f"{d.year}-{d.month:02d}"}.get(data.period, d.isoformat())


@cache
def _time_rule(rule: str) -> dict:
    """The [[time]] entry of assemble.toml with id `rule` (its own tables: a season's months, a day's offset)."""
    return next(p for p in words().times if p["id"] == rule)


def _season(m: re.Match[str], published: dt.date | None) -> str:
    """The months of a season (`time.season`): of its year when written, else "this" the one
    `published` lies in or the next to come, "last" ("this past") the last one over before it,
    "next" the next to begin."""
    first, last = _time_rule("time.season")["seasons"][m.group("season").lower()]
    if m.group("year"):
        year = int(m.group("year"))
    else:
        spans = [(y, y + (last < first)) for y in range(published.year - 2, published.year + 3)]
        month = (published.year, published.month)
        rel = (m.group("rel") or "").lower()
        this = next(i for i, (a, b) in enumerate(spans) if (b, last) >= month)     # not over yet
        if rel in ("last", "this past"):
            this = max(i for i, (a, b) in enumerate(spans) if (b, last) < month)
        elif rel == "next":                     # the coming one
            this = next(i for i, (a, b) in enumerate(spans) if (a, first) > month)
        year = spans[this][0]
    return f"{year}-{first:02d}/{year + (last < first)}-{last:02d}"


def _weekend(m: re.Match[str], published: dt.date) -> str:
    """Saturday and Sunday of a weekend (`time.weekend`): "this" the one of the publication date's
    week (the coming one on a weekday), "next" the one after it, "over the weekend" the last one
    begun by the publication date, "last" and "this past" the last one over before its week's."""
    rel = (m.group("rel") or "").lower()
    this = published + dt.timedelta(days=5 - published.weekday())      # Saturday of its week
    if rel == "next":
        this += dt.timedelta(days=7)
    elif rel != "this" and (this > published or rel in ("last", "this past")):
        this -= dt.timedelta(days=7)    # ("last weekend" on a Saturday or Sunday is the one before)
    return f"{this.isoformat()}/{(this + dt.timedelta(days=1)).isoformat()}"


def _months_of_year(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the first nine months of 2024": January to September of that year; of "this year" the
    publication date's, of "last year" the one before, of "the year" the last one whose months are
    over by the publication date (None without a date)."""
    months = int(parse_number(m.group("n")) or 0)           # "nine", "9"
    if not 1 <= months <= 12:
        return None
    rel = (m.group("rel") or "").lower()
    if m.group("year"):
        year = int(m.group("year"))
    elif published is None:
        return None
    else:                   # "the year": the last one whose first months are over by the publication date
        year = published.year - (rel == "last" or rel == "the" and published.month <= months)
    return f"{year}-01/{year}-{months:02d}"


def _months_to(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the 12 months to March", "the year to June", "the three months ended Sept. 30": the months back
    from the end month (a year 12, a quarter 3, a month 1), of the year written, else of the last year
    whose end month is over by the publication date (None without a date)."""
    unit = m.group("unit").lower()
    count = int(parse_number(m.group("n")) or 0) if m.group("n") else 1
    months = count * {"year": 12, "quarter": 3}.get(unit, 1)
    end = month_number(m.group("month").rstrip("."))
    year = _end_year(m, published, end) if end is not None else None
    if not 1 <= months <= 36 or year is None:
        return None
    first = year * 12 + end - months                       # months since year 0, of the month before the span
    return f"{year}-{end:02d}" if months == 1 else f"{first // 12:04d}-{first % 12 + 1:02d}/{year}-{end:02d}"


def _end_year(m: re.Match[str], published: dt.date | None, end: int) -> int | None:
    """The year of a span that ends in month `end`: the year written, else the last one whose `end` month
    is over by the publication date (the publication month is not over); None without either."""
    if m.group("year"):
        return int(m.group("year"))
    return None if published is None else published.year - (end >= published.month)


def _month_span(m: re.Match[str], published: dt.date | None) -> str | None:
    """"the April-June quarter", "between January and March", "from May to July 2024": those months, of
    the year written, else of the last year whose end month is over by the publication date; the first
    month's year is the one before where it comes later in the calendar ("the October-March half")."""
    first, last = month_number(m.group("m1").rstrip(".")), month_number(m.group("m2").rstrip("."))
    year = _end_year(m, published, last) if first is not None and last is not None else None
    if year is None or first == last:
        return None
    start = int(m.group("y1")) if m.group("y1") else year - (first > last)
    return f"{start}-{first:02d}/{year}-{last:02d}"


def _quarter(m: re.Match[str], published: dt.date | None) -> str:
    """"the third quarter (of 2024)": its months, of the last one begun by `published` without a
    year; "the first half of 2024" likewise."""
    if m.group("half"):
        n = ORDINALS.index(m.group("half").lower()) + 1
        return f"{m.group('hyear')}-{6 * n - 5:02d}/{m.group('hyear')}-{6 * n:02d}"
    n = ORDINALS.index(m.group("ord").lower()) + 1
    year = m.group("year")
    y = int(year) if year else published.year - (n > (published.month - 1) // 3 + 1)
    return f"{y}-{3 * n - 2:02d}/{y}-{3 * n:02d}"


def _quarter_code(m: re.Match[str], published: dt.date | None) -> str | None:
    """"Q3 2024", "3Q24": the quarter's months; "H1 2024", "1H24": the half's. A two-digit year is of
    this century; without a year, the last one begun by `published` (None without it)."""
    quarter = m.group("qn") or m.group("qn2") or m.group("qn3")
    year = m.group("qyear") or m.group("qyear2") or m.group("hyear") or m.group("hyear2")
    year = f"20{year}" if year and len(year) == 2 else year
    if quarter:
        first, months = 3 * int(quarter) - 2, 3
    else:
        first, months = 6 * int(m.group("hn") or m.group("hn2") or m.group("hn3")) - 5, 6
    if year is None:
        if published is None:
            return None
        year = str(published.year - (first > published.month))
    return f"{year}-{first:02d}/{year}-{first + months - 1:02d}"


def resolve(rule: str, m: re.Match[str], published: dt.date | None) -> str | None:
    """ISO text for an expression of `time_patterns`, against the publication date."""
    if rule == "time.quarter_code":
        return _quarter_code(m, published)
    if published is None:                       # a quarter, a half or a season with its year needs no date
        dated = rule in _DATED_WITHOUT_PAGE_DATE and any(m.groupdict().get(g) for g in ("year", "hyear"))
        return _DATED_WITHOUT_PAGE_DATE[rule](m, None) if dated else None
    if rule == "time.present":
        return published.isoformat()
    if rule == "time.weekday":          # a news story's "Tuesday" is the last one, or the day itself
        back = (published.weekday() - WEEKDAYS.index(m.group("q").lower())) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    if rule == "time.day":              # "yesterday", "tonight": days from the publication date
        days = _time_rule(rule)["days"]
        return (published + dt.timedelta(days=days.get(m.group("q").lower(), 0))).isoformat()
    if rule == "time.season":
        return _season(m, published)
    if rule == "time.weekend":
        return _weekend(m, published)
    if rule == "time.months_of_year":
        return _months_of_year(m, published)
    if rule == "time.months_to":
        return _months_to(m, published)
    if rule == "time.month_span":
        return _month_span(m, published)
    if rule == "time.year_to_date":
        return f"{published.year}-01-01/{published.isoformat()}"
    if rule == "time.fiscal":
        year = m.group("year")
        return year if len(year) == 4 else f"20{year}"
    if rule == "time.quarter":
        return _quarter(m, published)
    if rule == "time.monthname":
        words_ = m.group(0).lower().split()
        month = month_number(m.group("month"))
        year = published.year + (1 if "next" in words_ else 0) - (1 if month > published.month and "next"
                                                                   not in words_ else 0)
        return f"{year}-{month:02d}"
    phrase = m.group("q").lower().replace("the past", "last")
    return parse_relative(phrase, published)


_DATED_WITHOUT_PAGE_DATE = {"time.quarter": _quarter, "time.season": _season, "time.months_of_year": _months_of_year,
                            "time.months_to": _months_to, "time.month_span": _month_span}   # with a year written


_WRITTEN_YEAR = re.compile(r"\d{4}|[\x27’]\d\d\b")
_LOOKING_BACK = re.compile(r"(?i)\b(?:last|past|this|since|as of|ago)\b")
_TO_COME_RULES = ("time.date", "time.monthname", "time.weekday")
# how long before the publication date a yearless day or month must lie before a verb in the future makes it
# next year's: a page's date can be its last update, days or weeks after the story was written
_SLACK_DAYS, _SLACK_MONTHS = 31, 1


def future_times(s: Sentence, extra: tuple) -> tuple:
    """A day, a month or a weekday named without a year that times a verb in the future ("The rules will
    take effect on July 1", "Elections will be held in mid-December", "The board is due to vote on
    Tuesday", "The vote is scheduled for May 4"), or a weekday after "next", is the next one to come:
    resolved against the publication date alone, it is the last one gone. Only where the time hangs from
    that verb itself (not a noun: "the July 1 attack will be investigated"), and a day or month only when it
    lies more than the slack before the publication date. The matcher's times of `s` get the new value in
    place (their `mention`), so date records and time scopes agree; `extra` (extra_times) comes back with
    it. Without a publication date, nothing moves."""
    published = s.ctx.published
    if published is None:
        return extra
    for t in s.times:
        moved = _to_come(s, t._.mention, published)
        if moved is not None:
            t._.mention = moved
    return tuple(_to_come(s, m, published) or m for m in extra)


def _to_come(s: Sentence, m: Mention, published: dt.date) -> Mention | None:
    """`m` moved to the next one after `published` (a year on; a week on for a weekday), when it was
    resolved before `published` (by more than the slack) and s says it is to come; else None."""
    rule = m.rule.removesuffix(".x")
    if rule not in _TO_COME_RULES or not m.value_text or _WRITTEN_YEAR.search(m.quote) or _LOOKING_BACK.search(m.quote):
        return None
    iso = m.value_text
    if rule == "time.monthname":
        if not re.fullmatch(r"\d{4}-\d{2}", iso) or \
                int(iso[:4]) * 12 + int(iso[5:]) >= published.year * 12 + published.month - _SLACK_MONTHS:
            return None
        new = f"{int(iso[:4]) + 1:04d}{iso[4:]}"
    else:
        day = dt.date.fromisoformat(iso) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", iso) else None
        slack = 0 if rule == "time.weekday" else _SLACK_DAYS
        if day is None or day >= published - dt.timedelta(days=slack) or (day.month, day.day) == (2, 29):
            return None
        new = (day + dt.timedelta(days=7) if rule == "time.weekday" else day.replace(year=day.year + 1)).isoformat()
    ahead = rule == "time.weekday" and re.match(r"(?i)next\b", m.quote) is not None
    return replace(m, value_text=new) if ahead or _future_verb(s, m.start, m.end) else None


def _future_verb(s: Sentence, start: int, end: int) -> bool:
    """Whether the time at `start`..`end` hangs from a verb (directly, or through a preposition of
    [tense] future_preps) that is in the future: with an auxiliary of future_aux ("will open on May 4"),
    with "to" under a present head of future_heads ("is due to open", "plans to open"; not "had expected
    to", "was set to", "the plan to"), or one of future_heads itself in the present passive ("is
    scheduled for May 4"); never a perfect ("is expected to have grown in January")."""
    span = s.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    tense = words().tense
    heads = set(tense["future_heads"])
    head = span.root.head
    if head.pos_ == "ADP" and head.lower_ not in tense["future_preps"] \
            and not (head.lower_ == "for" and _lemmas(head.head) & heads):    # "is scheduled for May 4"
        return False                        # "figures for January", "its decision of February 5"
    verb = head.head if head.pos_ == "ADP" else head
    if verb.pos_ not in ("VERB", "AUX") or verb is span.root:
        return False
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "have" in aux:                       # "is expected to have grown 0.1% in January": looks back
        return False
    return any(a in tense["future_aux"] for a in aux) \
        or "to" in aux and verb.head.pos_ in ("VERB", "ADJ") and bool(_lemmas(verb.head) & heads) \
        and _present(verb.head) \
        or bool(_lemmas(verb) & heads) and _present(verb) and verb.tag_ == "VBN"


def _present(token) -> bool:
    """Whether a verb (or "due") is in the present: its own form ("plans"), or its auxiliary or copula
    ("is expected", "are set", "is due"); not "had expected", "was set"."""
    if token.tag_ in ("VBZ", "VBP"):
        return True
    aux = [c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")]
    if token.pos_ == "ADJ" and token.head.pos_ == "AUX":
        aux.append(token.head.lower_)
    return any(a in ("is", "are", "am", "'s", "'re") for a in aux) and not any(a in ("was", "were", "had") for a in aux)


def _lemmas(token) -> set[str]:
    """The token's lemma and its word less a final -s (the tagger takes "hopes" for "hop")."""
    return {token.lemma_.lower(), token.lower_.removesuffix("s")}


def extra_times(s: Sentence) -> list[Mention]:
    """Time expressions of the sentence that the quantity matcher does not give, as Mentions
    (rule = the pattern id + ".x"); none overlaps a matcher time or quantity, except that a pattern
    marked `widens_year` takes in a year the matcher read alone ("the first quarter of 2026", "Q3
    2024", "the summer of 2023"), one also marked `widens_time` any time or duration of the matcher
    inside it ("the first nine months of 2024"): the caller (assemble.attribute) then drops the times."""
    text = s.text
    lower = text.lower()
    wanted = [rp for rp, needs in zip(time_patterns(), time_needs()) if any(w in lower for w in needs)]
    if not wanted:
        return []
    years = [(t.start_char, t.end_char) for t in s.times if re.fullmatch(r"\d{4}", t._.mention.value_text or "")]
    taken = [(t.start_char, t.end_char) for t in s.times + s.quantities]
    base = s.sent.start_char
    out: list[Mention] = []
    for rule, pattern in wanted:
        widens = _time_rule(rule).get("widens_year", False)
        inner = [(t.start_char, t.end_char) for t in s.times] + [
            (q.start_char, q.end_char) for q in s.quantities if q._.mention.kind == "duration"] \
            if _time_rule(rule).get("widens_time") else years
        for m in pattern.finditer(text):
            start, end = base + m.start(), base + m.end()
            clash = [(a, b) for a, b in taken if a < end and start < b]
            if clash and not (widens and all((a, b) in inner and start <= a and b <= end for a, b in clash)):
                continue
            taken.append((start, end))
            first = m.group(0).split()[0].lower() if m.group(0).split() else ""
            prep = "as of" if m.group(0).lower().startswith("as of") else first if first in PREPS else None
            out.append(Mention(kind="time", start=start, end=end, quote=m.group(0), rule=f"{rule}.x",
                               value_text=resolve(rule, m, s.ctx.published), prep=prep, whole_start=start))
    return sorted(out, key=lambda t: t.start)
