"""Who a sentence attributes its figures to: a cited document ("according to X", "a study by X",
"a WIPO report showed") or a speaker ("X said"), and how far that attribution carries."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..quantities.component import doc_text, lemma_of
from ..quantities.normalize import cues
from ..types import TextSpan
from .context import PageContext, Source, token_index, words
from .subject import phrase


def find_source(sent: Span, doc: Doc, ctx: PageContext | None = None) -> Source | None:
    return _according_to(sent, doc) or _document(sent, doc) or _speaker(sent, doc, ctx)


def _according_to(sent: Span, doc: Doc) -> Source | None:
    """"according to X"."""
    for tok in sent:
        if tok.lower_ != "according":
            continue
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
    return None


def _document(sent: Span, doc: Doc) -> Source | None:
    """"a study by Stanford University", "a WIPO report showed"."""
    table = cues().attribution
    text = sent.text
    nouns = "|".join(table["document_nouns"])
    by = re.search(rf"\b((?:{nouns}))\s+(?:by|from)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                   rf"[A-Z][\w.&'’-]*)*)", text)
    if by:
        s = sent.start_char + by.start(1)
        e = sent.start_char + by.end(2)
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue=by.group(1)), "paragraph")
    finding = "|".join(table["finding_verbs"])
    shows = re.search(rf"((?:(?:[A-Z][\w.&'’-]*|\d{{4}})\s+){{0,4}}\b(?:{nouns}))\s*(?:{finding})", text)
    if shows:
        s = sent.start_char + shows.start(1)
        e = sent.start_char + shows.end(1)
        cue = shows.group(0)[len(shows.group(1)):].strip()
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue=cue), "paragraph")
    return None


def _speaker(sent: Span, doc: Doc, ctx: PageContext | None) -> Source | None:
    """"Ms. Liu Hua noted that", "said Montana in a statement"."""
    w = words()
    for tok in sent:
        if tok.pos_ == "VERB" and lemma_of(tok).lower() in cues().attribution["speech_verbs"]:
            subj = next((c for c in tok.children if c.dep_ in w.subject_deps), None)
            if subj is None or subj.lower_ in w.pronouns:
                continue
            named = phrase(doc, subj)
            if named.label not in ("PERSON", "ORG", "GPE", "NORP") and subj.pos_ != "PROPN":
                continue
            cue_end = tok.i + 1
            while cue_end < sent.end and doc[cue_end].dep_ in ("prt", "mark") or \
                    (cue_end < sent.end and doc[cue_end].lower_ == "that"):
                cue_end += 1
            return Source(_full_mention(doc, ctx, named, subj, doc[tok.i:cue_end].text), "speech")
    return None


def _full_mention(doc: Doc, ctx: PageContext | None, named: TextSpan, head: Token, cue: str) -> TextSpan:
    """A person is often introduced once with a title ("Ms. Liu Hua, Director of WIPO Office
    in China") and later by name alone: cite the fuller, earlier mention."""
    if named.end == head.idx + len(head.text):
        text = doc_text(doc)
        n = named.end - named.start
        earlier = token_index(ctx, "text", lambda t: (t.text,)).get(head.text, []) if ctx is not None \
            else [t.i for t in doc[:head.i] if t.text == head.text]
        for i in earlier:
            if i >= head.i:
                break
            tok = doc[i]
            end = tok.idx + len(tok.text)
            if text[end - n:end] != named.text:
                continue
            appos = next((c for c in tok.children if c.dep_ == "appos"), None)
            if appos is not None:
                stop = appos.right_edge.idx + len(appos.right_edge.text)
                if text[end - n:stop].count("(") > text[end - n:stop].count(")") and text[stop:stop + 1] == ")":
                    stop += 1                         # "(WOC" -> "(WOC)"
                return TextSpan(text[end - n:stop], end - n, stop, label=named.label, cue=cue)
    return TextSpan(named.text, named.start, named.end, label=named.label, cue=cue)
