"""Quantity spans -> Claim records, as a chain of small stages over one sentence's context.

    context.py      the page (indexes built once) and one sentence with its own spans
    filters.py      which quantity spans are claims; how far a count's quote runs
    subject.py      who or what a figure is about
    property.py     what it measures
    time.py         the period it refers to; dates and durations that are claims of their own
    source.py       who the sentence attributes it to, and how far that carries
    change.py       deltas, levels and baselines between a sentence's figures
    checkworthy.py  how much a fact-checker would want to verify it

Works on the annotated spaCy Doc of a Page's text (nlp.py) and the Page itself (for blocks and
provenance). Every nested span carries offsets into the same cleaned text as the claim. Word
lists and weights live in assemble.toml.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Span

from .. import __version__
from ..quantities.matcher import Mention
from ..types import Change, Claim, Page, claim_id_for
from .change import link_changes
from .checkworthy import with_checkworthy
from .context import Carry, PageContext, Sentence, lstrip_len, page_context, same_clause, sentences
from .filters import begins_a_name, count_extent, counted_after_a_verb, in_code, is_identifier, not_a_claim, ranked_entry_subject, within_one_block
from .property import find_property
from .source import find_source, in_force, next_block, source_of, speaker_back
from .subject import carried_subject, carries, find_subject, measure_phrase, respectively, sampled, section_heading, takes_carried
from .time import (date_extent, duration_amount, duration_match, event_clause, extra_times, frequency_time, future_times,
                   lede_governs, lede_time, pick_time, present_state, situating_time, time_span)


def assemble(page: Page, doc: Doc, model: str | None = None, version: str = __version__) -> list[Claim]:
    ctx = page_context(page, doc, model, version)
    carry = Carry()
    claims: list[Claim] = []
    for s in sentences(ctx):
        s = attribute(s, carry)
        if in_code(s):
            continue
        made = [(c, m) for c, m in (quantity_claim(s, q, carry) for q in s.quantities) if c is not None]
        made = link_changes(ctx.text, respectively(s, made), s.doc)
        made += time_claims(s, [m for _, m in made if m.kind != "date" and m.rule not in _AGES])
        lede_date(s, carry, made)
        claims += [c for c, _ in made]
        speaker_back(s, carry, claims, len(made))
    return unique([with_checkworthy(c) for c in claims])


# a person's age is no figure that a date in its clause situates: "He died in 2019 at the age of 88" dates the death
_AGES = frozenset({"duration.aged", "duration.age_apposition"})


def unique(claims: list[Claim]) -> list[Claim]:
    """The claims in text order, one per span and kind: two quantity spans can reach the same
    quote (a count runs to its noun), and a record must not be emitted twice; the first made,
    which saw the sentence first, stays."""
    seen: set[tuple[int, int, str]] = set()
    out = []
    for c in sorted(claims, key=lambda c: (c.start, c.end)):
        if (c.start, c.end, c.kind) not in seen:
            seen.add((c.start, c.end, c.kind))
            out.append(c)
    return out


def attribute(s: Sentence, carry: Carry) -> Sentence:
    """The sentence's own source, the one in force (source.in_force) and its own times."""
    ctx = s.ctx
    if s.block != carry.block:
        carry.para = next_block(ctx, carry, s.block, carry.para)
        carry.time, carry.block = None, s.block
    own = find_source(s.sent, ctx.doc)
    sent = s.sent
    in_sentence = own is not None and own.span.start is not None and sent.start_char <= own.span.start < sent.end_char
    extra = future_times(s, tuple(extra_times(s)))
    times = tuple(t for t in s.times if not any(e.start <= t.start_char and t.end_char <= e.end for e in extra))
    return replace(s, own=own, source=in_force(s, own, carry),
                   source_range=(own.mention or (own.span.start, own.span.end)) if in_sentence else None,
                   times=times, extra_times=extra)       # a year inside a wider time ("Q3 2024") is that time


def _base_claim(s: Sentence, start: int, end: int, **fields) -> Claim:
    ctx, text = s.ctx, s.text
    return Claim(doc_id=ctx.page.doc_id or "", quote=ctx.text[start:end], start=start, end=end,
                 sentence=text.strip(), sentence_start=s.sent.start_char + lstrip_len(text),
                 source=source_of(s, start), model=ctx.model, version=ctx.version,
                 provenance=ctx.locator.provenance(start, end), **fields)


def quantity_claim(s: Sentence, qspan: Span, carry: Carry) -> tuple[Claim | None, Mention]:
    m: Mention = qspan._.mention
    if is_identifier(s.ctx.text, m) and not counted_after_a_verb(qspan) or not within_one_block(s, m) \
            or not_a_claim(s, m.start, m.end, m.kind, m.value) or begins_a_name(s, qspan):
        return None, m
    start, end, unit = m.start, m.end, m.unit
    if m.kind == "count":
        start, end, unit, keep = count_extent(s, qspan, m)
        if not keep:
            return None, m
    subject = ranked_entry_subject(s, m) or find_subject(s, qspan) \
        or (carried_subject(s, carry, qspan) if takes_carried(s, qspan) else section_heading(s))
    own_time = pick_time(s, m) or situating_time(s, m)
    time_scope = own_time or frequency_time(s, m, qspan) or present_state(s, qspan) or carry.time \
        or lede_governs(s, qspan, carry.lede)
    claim = _base_claim(
        s, start, end, kind=m.kind,
        value=m.value if m.value_low is None else None, value_low=m.value_low, value_high=m.value_high,
        value_text=m.value_text, unit=unit, unit_surface=m.unit_surface, scale=m.scale,
        bound=m.bound, bound_cue=m.bound_cue,
        change=Change(m.change_direction or "up", m.change_type) if m.change_type else None,
        subject=subject, property=find_property(s, qspan, m), time_scope=time_scope, rule=m.rule)
    if subject is not None and carries(subject, s):
        carried = sampled(s, subject, qspan) or subject     # a study's sample: later figures are the group's
        if measure_phrase(s, carried):
            carry.measure = (s.sent.start, carried)     # (carried_subject: the figures that point back to it)
        else:
            carry.subject, carry.measure = carried, None
    if own_time is not None and (own_time.start is None or event_clause(s, own_time.start, own_time.iso) is None):
        carry.time = own_time
        if carry.lede is None and s.block <= carry.lede_block and lede_time(own_time):
            carry.lede = own_time             # the time of the lede's figures
    return claim, m


def lede_date(s: Sentence, carry: Carry, made: list[tuple[Claim, Mention]]) -> None:
    """"On March 3, the summit was held": a lede whose fact is the day of an event dates the
    story's later figures that have no time of their own, as a lede figure's time does (a month
    or a year alone does not)."""
    if carry.lede is None and s.block <= carry.lede_block:
        dates = [time_span(m) for c, m in made if c.kind == "date"]
        carry.lede = next((t for t in dates if t.iso and re.fullmatch(r"\d{4}-\d{2}-\d{2}", t.iso)), None)


def time_claims(s: Sentence, figures: list[Mention]) -> list[tuple[Claim, Mention]]:
    """A date that is the fact in a clause with none of the sentence's other `figures` (one
    there would make it that figure's time scope), or a counted period in a sentence with none."""
    out = []
    extra = [s.doc.char_span(t.start, t.end, alignment_mode="expand") for t in s.extra_times]
    for tspan, t in [(t, t._.mention) for t in s.times] + list(zip(extra, s.extra_times)):
        if tspan is None:
            continue
        tspan._.mention = t
        claim = None
        if not any(same_clause(s.doc, t.start, f.start) for f in figures):
            claim = _date_claim(s, tspan)
        if claim is None and not figures:
            claim = _duration_claim(s, tspan)
        if claim is not None:
            out.append((claim, t))
    return out


def _date_claim(s: Sentence, tspan: Span) -> Claim | None:
    extent = date_extent(s, tspan)
    t: Mention = tspan._.mention
    if extent is None or not_a_claim(s, t.start, t.end, "date", None):
        return None
    return _base_claim(s, *extent, kind="date", value_text=t.value_text, subject=find_subject(s, tspan),
                       rule=t.rule)                  # the date is the value: it has no time scope of its own


def _duration_claim(s: Sentence, tspan: Span) -> Claim | None:
    match = duration_match(s, tspan)
    amount = duration_amount(match) if match else None
    if amount is None:
        return None
    t: Mention = tspan._.mention
    return _base_claim(s, t.start + match.start(), t.end, kind="duration", value=amount[0],
                       unit=amount[1], unit_surface=match.group("unit"),
                       subject=find_subject(s, tspan), rule="duration.relative")


__all__ = ["assemble", "find_subject", "find_source", "pick_time", "claim_id_for", "PageContext", "Sentence"]
