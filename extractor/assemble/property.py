"""What a figure measures, as a short phrase from its sentence."""

from __future__ import annotations

from spacy.tokens import Span

from ..quantities.matcher import Mention
from ..types import TextSpan
from .context import Sentence, of_object


def find_property(s: Sentence, qspan: Span, m: Mention) -> TextSpan | None:
    """What is measured, as a short phrase from the text: the counted noun with its modifiers,
    or the group a share or amount is "of" (not the scale "out of" which a rating is given)."""
    doc = s.doc
    for tok in (() if m.rule == "measure.rating" else qspan):     # "4.5 out of 5 stars": a scale, no group
        obj = of_object(tok)
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
