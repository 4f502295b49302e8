"""Who or what a figure is about: the subject of the clause that governs it, an actor the share
belongs to, or a named antecedent of a definite description. Works on one sentence's context."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span, Token

from ..quantities.component import lemma_of
from ..types import TextSpan
from .context import Sentence, in_range, token_index, words


def phrase(doc: Doc, tok: Token) -> TextSpan:
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


def find_subject(s: Sentence, qspan: Span) -> TextSpan | None:
    """Who or what the number is about: the subject of the clause that governs it, climbing past
    relative pronouns; if the number is itself the subject ("48% of X was ..."), the actor the
    share belongs to (the "of" group when it names one, else an actor in the sentence)."""
    w = words()
    qtoks = set(range(qspan.start, qspan.end))
    node = qspan.root
    for _ in range(20):
        if node.pos_ in ("VERB", "AUX"):
            for subj in (c for c in node.children if c.dep_ in w.subject_deps):
                if in_range(subj.idx, s.source_range):
                    continue                          # "a study by X [found] ...": not the subject
                if qtoks & {t.i for t in subj.subtree}:
                    return _population(s, qspan, node)
                if subj.lower_ in w.relative or subj.tag_ in ("WDT", "WP"):
                    break
                if subj.lower_ in w.pronouns:
                    return None                      # the caller resolves from the sentence before
                return _antecedent(s, subj) or phrase(s.doc, subj)
        if node.head is node:
            break
        node = node.head
    return _actor_in(s, exclude=qtoks, verb=node)


def _propn_parts(tok: Token) -> list[str]:
    return re.split(r"[-\s]", tok.lower_) if tok.pos_ == "PROPN" else []


def _antecedent(s: Sentence, head: Token) -> TextSpan | None:
    """A definite description names an earlier proper name with the same head noun: "The forum
    attracted ..." after "the Sub-Forum on Artificial Intelligence ..." is that sub-forum."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.children):
        return None
    doc = s.doc
    earlier = token_index(s.ctx, "propn_parts", _propn_parts).get(lemma_of(head).lower(), [])
    at = bisect.bisect_left(earlier, head.i) - 1
    if at < 0:
        return None
    top = doc[earlier[at]]
    while top.dep_ == "compound" and top.head.pos_ == "PROPN" and top.head.i > top.i:
        top = top.head
    return phrase(doc, top)


def respectively(s: Sentence, made: list) -> list:
    """"with Shenzhen-Hong Kong-Guangzhou and Beijing in the 2nd and 3rd spots, respectively":
    coordinated quantities take the coordinated names before them, in order."""
    from .change import replace

    doc, sent = s.doc, s.sent
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
                    made[toks[qi]] = (replace(claim, subject=phrase(doc, ni)), m)
                break
    return made


def _population(s: Sentence, qspan: Span, verb: Token) -> TextSpan | None:
    actors = words().actor_labels
    for tok in qspan:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and (obj.ent_type_ in actors or any(
                        c.ent_type_ in actors and c.dep_ in ("amod", "compound", "poss") for c in obj.lefts)):
                    return phrase(s.doc, obj)
    return _actor_in(s, exclude=set(range(qspan.start, qspan.end)), verb=verb)


def _actor_in(s: Sentence, exclude: set[int], verb: Token | None = None) -> TextSpan | None:
    """An actor named in the sentence outside the attribution: first one the governing verb
    takes through a preposition ("produced in China"), then places and peoples (the usual owners
    of a statistic), then organisations and persons, in text order."""
    candidates = [e for e in s.ents() if e.label_ in words().actor_labels and e.start not in exclude
                  and not in_range(e.start_char, s.source_range)]
    if not candidates:
        return None

    def on_verb(e: Span) -> bool:
        root = e.root
        return verb is not None and root.dep_ == "pobj" and root.head.head == verb

    best = min(candidates, key=lambda e: (not on_verb(e), e.label_ not in ("GPE", "NORP", "LOC"), e.start))
    return TextSpan(best.text, best.start_char, best.end_char, label=best.label_)
