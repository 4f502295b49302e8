"""The period a figure refers to, and the times that are claims of their own (dates, durations)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ..quantities.component import lemma_of
from ..quantities.matcher import Mention
from ..quantities.normalize import cues
from ..types import TextSpan
from .context import Sentence, in_range


def pick_time(s: Sentence, m: Mention) -> TextSpan | None:
    """The period a figure refers to: the nearest time expression of its sentence outside the
    attribution; "from/since 2020" right after a figure belongs to that figure alone. Failing
    that, the year of the cited source ("the GII 2021")."""
    q_starts = [q._.mention.start for q in s.quantities]

    def owner_of(t: Mention) -> int | None:
        """A 'from YEAR' phrase binds to the quantity just before it."""
        before = [q for q in q_starts if q < t.start]
        return before[-1] if before and t.prep == "from" else None

    inside, outside = [], []
    for tspan in s.times:
        t: Mention = tspan._.mention
        if t.start == m.start:
            continue
        owner = owner_of(t)
        if owner is not None and owner != m.start:
            continue
        (inside if in_range(t.start, s.source_range) else outside).append(t)
    if outside:
        best = min(outside, key=lambda t: (abs(t.start - m.start), t.start < m.start))
        return time_span(best)
    years = [t for t in inside if t.value_text and re.fullmatch(r"\d{4}", t.value_text)]
    if years:
        return time_span(min(years, key=lambda t: abs(t.start - m.start)))
    return None


def time_span(t: Mention) -> TextSpan:
    return TextSpan(t.quote, t.start, t.end, iso=t.value_text)


def date_extent(s: Sentence, tspan: Span) -> tuple[int, int] | None:
    """Where a date that is a claim of its own is quoted, or None: a date dates an event stated
    as fact ("On September 27, the forum was held", "founded in 1998"); the quote leaves out the
    preposition ("September 27", not "On September 27")."""
    t: Mention = tspan._.mention
    if in_range(t.start, s.source_range) or t.value_text is None:
        return None
    precise = re.fullmatch(r"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}", t.value_text) is not None
    if not precise:
        if t.rule != "time.year" or t.prep not in ("in", "on"):
            return None
        verb = tspan.root.head.head if tspan.root.head.pos_ == "ADP" else tspan.root.head
        if lemma_of(verb).lower() not in cues().date_event_verbs:
            return None
    start = t.start
    if t.prep and s.ctx.text[t.start:t.start + len(t.prep)].lower() == t.prep:
        start = t.start + len(t.prep) + 1
    return start, t.end


_PERIOD = re.compile(r"(?i)\b(?P<num>[\w.,-]+)\s(?P<unit>decades?|years?|months?|quarters?|weeks?)$")


def duration_match(s: Sentence, tspan: Span) -> re.Match[str] | None:
    """'beset by controversy over the past two years': a counted period that scopes no other
    figure of its sentence is a duration of its own (CLAIMS.md: 'in the past decade' used as a
    quantity); the match holds its number and unit."""
    t: Mention = tspan._.mention
    if t.rule != "time.relative" or in_range(t.start, s.source_range):
        return None
    return _PERIOD.search(t.quote)
