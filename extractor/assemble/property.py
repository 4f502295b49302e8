"""What a figure measures, as a short phrase from its sentence."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..quantities.matcher import Mention
from ..types import TextSpan
from ..quantities.component import lemma_of
from .context import Sentence, amount_verb, of_object, past_label, words


def find_property(s: Sentence, qspan: Span, m: Mention) -> TextSpan | None:
    """What is measured, as a short phrase from the text: the counted noun with its modifiers,
    or the group a share or amount is "of" (not the scale "out of" which a rating is given)."""
    doc = s.doc
    for tok in (() if m.rule == "measure.rating" else qspan):     # "4.5 out of 5 stars": a scale, no group
        obj = of_object(tok)
        if obj is not None:
            span = doc[obj.left_edge.i:obj.i + 1]
            return TextSpan(span.text, span.start_char, span.end_char)
    head = past_label(doc, qspan.root.head)                      # "2,000 Stage 3 patients": patients
    if m.kind == "count" and head.pos_ == "NOUN" and head.i >= qspan.end - 1:
        right = head.i
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("in", "of", "for", "from") and child.i == right + 1:
                right = max(t.i for t in child.subtree)
                break
        span = doc[head.i:right + 1]
        if right - head.i < 8:
            return TextSpan(span.text, span.start_char, span.end_char)
    noun = _measure_noun(qspan)
    if noun is not None:
        return _measure_phrase(noun)
    if m.kind == "rank":
        verb = qspan.root.head
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "in":
                span = doc[child.i:child.right_edge.i + 1]
                return TextSpan(f"rank {span.text}", None, None)
    return None


def _measure_noun(qspan: Span) -> Token | None:
    """The measure noun (TOML measure_nouns, of_measures) a figure is the amount of: the noun its
    "of" phrase hangs on ("a profit of $3 billion", "an approval rating of 40%"), or the subject of
    the figure's own clause when the figure is its amount (`amount_verb`: "The population of Texas
    grew 1.6%", "Spain's unemployment rate is 11%"); never the subject of a verb above it ("Demand
    pushed prices up 5%", "Unemployment has stayed below 4% for 18 months": 18 months), not a
    subject that holds the figure ("40% of revenue came from ads") nor another noun."""
    w = words()
    measures = w.measure_nouns | w.of_measures
    root = qspan.root
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "NOUN":
        noun = root.head.head
        return noun if lemma_of(noun).lower() in measures else None
    verb = amount_verb(qspan)
    subj = next((c for c in verb.children if c.dep_ in w.subject_deps), None) if verb is not None else None
    if subj is None or subj.pos_ != "NOUN" or lemma_of(subj).lower() not in measures \
            or subj.left_edge.i <= root.i <= subj.right_edge.i:
        return None
    return subj


def _measure_phrase(noun: Token) -> TextSpan:
    """The measure noun with the words before it that say which measure ("median home price", "net
    income"; not an owner, an article or a named actor: "Apple revenue" is "revenue") and, for a
    noun that needs it (TOML of_measures), its short "of" phrase ("the rate of obesity")."""
    w, doc = words(), noun.doc
    left = noun.i
    while left > 0 and doc[left - 1].head.i == noun.i and doc[left - 1].dep_ in ("compound", "amod", "nmod") \
            and not doc[left - 1].ent_type_:
        left -= 1
    right = noun.i
    if lemma_of(noun).lower() in w.of_measures:
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None and not obj.ent_type_ and obj.right_edge.i - noun.i <= 6:
            right = obj.right_edge.i
    span = doc[left:right + 1]
    return TextSpan(span.text, span.start_char, span.end_char)
