"""Who or what a figure is about: the subject of the clause that governs it, an actor the share
belongs to, or a named antecedent of a definite description. Works on one sentence's context."""

from __future__ import annotations

import bisect
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..nlp import POINTED_BACK_PIECES, TITLE_REACH, label_line
from ..quantities.component import doc_text, known_word, lemma_of
from ..quantities.normalize import cues, move_nouns
from ..types import TextSpan
from .context import (Carry, Sentence, a_result, amount_verb, figures_at, figures_from, has_modal, in_range, past_label,
                      token_index, word_set, words)
from .filters import begins_a_name


def phrase(doc: Doc, tok: Token) -> TextSpan:
    """The noun phrase headed by `tok`: its left modifiers and the head, plus a proper name's
    own "of/on" phrase ("Sub-Forum on Artificial Intelligence", not the date that starts after it,
    "the Harbor Hotel on May 3"; a name the tagger takes as a date runs on: "Day of the Dead
    Festival"); no determiners, no clauses."""
    if tok.pos_ in ("VERB", "AUX"):                  # a clause as subject: "Saving early is the best plan"
        span = doc[tok.left_edge.i:tok.right_edge.i + 1]
        return TextSpan(span.text, span.start_char, span.end_char)
    left = tok.left_edge.i
    while left < tok.i and doc[left].dep_ in ("det", "punct", "cc", "preconj"):
        left += 1
    right = tok.i
    if tok.pos_ == "PROPN":
        j = tok.i + 1
        while j < len(doc) and (doc[j].pos_ in ("PROPN", "ADP", "DET") and doc[j].text not in (",", "(")) \
                and doc[j].lower_ not in ("by", "in", "at", "with", "from", "to") \
                and not (doc[j].ent_iob_ == "B" and doc[j].ent_type_ in ("DATE", "TIME")):
            if doc[j].pos_ == "PROPN":
                right = j
            j += 1
    while right > tok.i and doc[right].pos_ in ("ADP", "DET", "CCONJ"):
        right -= 1
    if (tok.pos_ == "PROPN" or _label_word(tok)) and _name_number(doc, right):
        right += 1                                   # "the S&P 500", "the FTSE 100", "Route 66": the number names it too
    span = doc[left:right + 1]
    label = tok.ent_type_ or next((t.ent_type_ for t in span if t.ent_type_), None) or None
    return TextSpan(span.text, span.start_char, span.end_char, label=label)


def _label_word(tok: Token) -> bool:
    """A capitalised noun that labels a number ("Route 66", "Section 230", "Flight 370": cues.toml
    label_nouns, name_label_nouns), which with it is a name."""
    return tok.text[:1].isupper() and (tok.lower_ in cues().label_nouns or tok.lower_ in cues().name_label_nouns)


def _name_number(doc: Doc, last: int) -> bool:
    """Whether the token after a name's last word is a number that is part of the name ("S&P 500",
    "Stoxx 600", "Boeing 737"): a number the name governs, in digits, no year, no figure with a unit
    or a counted noun ("Globex 40 stores" counts stores), and before no capital ("Arsenal 3 Chelsea 1"
    is a score, "BMW 3 Series" a longer name)."""
    if last + 1 >= len(doc):
        return False
    num = doc[last + 1]
    after = doc[last + 2] if last + 2 < len(doc) else None            # "Arsenal 3 Chelsea 1": a score
    return num.pos_ == "NUM" and num.dep_ == "nummod" and num.head.i == last and num.text.isdigit() \
        and not (after is not None and after.text[:1].isupper()) \
        and not (len(num.text) == 4 and num.text[:2] in ("19", "20")) \
        and not any(q.end - q.start > 1 or q._.mention.unit for q in figures_at(doc, num.i))


def find_subject(s: Sentence, qspan: Span) -> TextSpan | None:
    """Who or what the number is about (`_own_subject`), as words: a phrase with fewer than two
    letters (a bracket, an "=", another figure, the "’s" of "let’s") is no subject, unless it is one
    capitalised word of letters and digits, a name whatever its length ("I", "X", "F1", "A24"; "U.S."
    has two); punctuation the parse left at its start ("-word") is trimmed."""
    subject = _own_subject(s, qspan)
    if subject is None or subject.start is None:
        return subject
    text = subject.text.lstrip("-–—'’\"“”()[]{}=:;,./\\<>|*#_ \n\t")
    start = subject.end - len(text)
    if len(re.findall(r"[^\W\d_]", text)) < 2 and not (re.fullmatch(r"[0-9]*[A-Z][A-Za-z0-9]*", text)
                                                      and not s.ctx.text[start - 1:start].isalnum()):
        return None                             # not the "M" left of "3M" when the figure is cut off
    return subject if start == subject.start else TextSpan(text, start, subject.end, label=subject.label)


def _own_subject(s: Sentence, qspan: Span, nested: bool = False) -> TextSpan | None:
    """Who or what the number is about. First what the figure itself is attached to (`_OWNERS`):
    the subject a rank is stated of, the noun a date is "of", an owner
    ("Acme's 40 stores"), a name or group right before a bracketed figure ("most millennials
    (68%)"), a group named first ("Of those voters, 70% ..."), the noun a size or age modifies.
    Else the subject of the clause that governs it (through a relative pronoun to what it refers
    to), or the group a share is "of" ("42% of millennials"); if the number is itself the subject
    ("48% of X was ..."), the actor the share belongs to. None when the subject is a pronoun, a
    quantifier or an abstract noun with no owner: the caller then takes the subject carried from
    before."""
    for owner_of in _OWNERS:
        owner = owner_of(s, qspan)
        if owner is not None:
            return owner
    clause = _clause_subject(s, qspan)
    if clause is not None and (clause.label in words().actor_labels and not _other_share_group(s, qspan, clause)
                               or _part_of_whole(qspan)):
        return clause                                 # "China accounted for 40% of all applications"
    return _without_figures(s, _share_of(s, qspan) or clause or _share_of(s, qspan, owned=True), qspan, nested)


def _without_figures(s: Sentence, subject: TextSpan | None, qspan: Span, nested: bool = False) -> TextSpan | None:
    """"A 30-year-old law protects 5,000 acres": a subject that holds another figure of the
    sentence is the noun after that figure ("law"), less the figure; a subject that is only
    another figure is what that figure is about ("Some 70% of voters backed it, up from 55%": the
    55% is the voters', not "Some 70%"), read one figure deep (`nested`: two figures that are
    each other's subject must not send the search round in a circle)."""
    if subject is None or subject.start is None:
        return subject
    inside = [q for q in s.quantities if subject.start <= q.start_char < subject.end and not _in_name(q)
              and not begins_a_name(s, q)]
    if not inside:
        return subject
    cut = max(q.end_char for q in inside)
    rest = s.ctx.text[cut:subject.end]
    if not rest.strip():
        other = inside[-1]
        own = _own_subject(s, other, nested=True) if other.start != qspan.start and not nested else None
        if own is not None and not (own.start is not None and own.start <= other.start_char < own.end):
            return own
        return subject if _names_beside(s, subject, inside) else None   # "just 28%": no actor; "Flight 370" is
    start = cut + len(rest) - len(rest.lstrip())
    return TextSpan(s.ctx.text[start:subject.end], start, subject.end, label=subject.label)


def _names_beside(s: Sentence, subject: TextSpan, figures: list[Span]) -> bool:
    """Whether a subject holds a noun or a name besides its figures ("Flight 370", "Interstate 95"), not
    only figures and their cues ("just 28%", "Once or twice a week")."""
    span = s.doc.char_span(subject.start, subject.end, alignment_mode="expand")
    inside = {i for q in figures for i in range(q.start, q.end)}
    return span is None or any(t.pos_ in ("NOUN", "PROPN") and t.i not in inside for t in span)


def _in_name(q: Span) -> bool:
    """A bare number between two words of a name ("iPhone 15 Pro", "Boeing 737 Max") or between a name and
    a singular noun ("The Voyager 1 probe", "the Falcon 9 rocket"; "Globex 40 stores" counts), or one that
    ends a name it modifies ("The S&P 500 rose 1.2%", "the FTSE 100"): part of the name, no figure to cut
    the subject at."""
    doc = q.doc
    m = q._.mention
    if len(q) != 1 or m is None or m.kind != "count" or m.unit or q.start == 0 or doc[q.start - 1].pos_ != "PROPN":
        return False
    return q.end < len(doc) and (doc[q.end].pos_ == "PROPN" or doc[q.end].tag_ == "NN") or q.root.head.i == q.start - 1


def _ranked(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Cycling is the town's third most common way to work": a rank stated of a subject through
    a copula is about that subject; the owner of the ranked noun ("the town's") is the field."""
    if qspan._.mention is None or qspan._.mention.kind != "rank":
        return None
    noun = qspan.root if qspan.root.pos_ == "NOUN" else qspan.root.head
    verb = noun.head
    if noun.dep_ != "attr" or lemma_of(verb).lower() != "be":
        return None
    subj = _subject_of(verb)
    return _named(s, subj) if subj is not None else None


def _sample_of(s: Sentence, qspan: Span) -> TextSpan | None:
    """"A Gallup survey of 2,000 adults found ...", "an analysis of 600 cities", "a study that
    followed 4,000 nurses": a count that is the sample of a survey, a poll or a study (`sample_nouns`),
    after its "of" or as the object of a verb of covering in a clause on it (`source.coverage_lemmas`),
    is about that study: the study's noun phrase, less a figure in it ("a 45-question survey")."""
    noun = _counted_noun(qspan)
    if qspan._.mention is None or qspan._.mention.kind != "count" or noun.pos_ != "NOUN":
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        study = head.head               # "a survey of 2,000 adults"
    elif noun.dep_ == "dobj" and head.dep_ == "relcl" and lemma_of(head).lower() in word_set("source", "coverage_lemmas"):
        study = head.head               # "a survey that polled 2,000 adults"
    else:
        return None
    if study.pos_ != "NOUN" or lemma_of(study).lower() not in words().sample_nouns:
        return None
    start = study.i                     # the words right before it that name it, not a figure's ("45-question")
    while start > study.sent.start and not any(t.like_num for t in s.doc[start - 1].subtree) and (
            s.doc[start - 1].dep_ in ("compound", "amod", "nmod") and s.doc[start - 1].head.i >= start
            or not s.doc[start - 1].whitespace_ and (s.doc[start - 1].is_alpha or s.doc[start - 1].text == "-")):
        start -= 1                      # (and a word joined to it: "meta-analysis", "NCCIH-supported analysis")
    return TextSpan(s.doc[start:study.i + 1].text, s.doc[start].idx, study.idx + len(study),
                    label=s.doc[start].ent_type_ or None)


def _subject_of(verb: Token | None) -> Token | None:
    """A verb's subject: the first of its children in `subject_deps`, or None (also for no verb)."""
    return None if verb is None else next((c for c in verb.children if c.dep_ in words().subject_deps), None)


def _counted_noun(qspan: Span) -> Token:
    """The noun a count's number modifies ("205 participants": participants, "2,000 Stage 3 patients": patients, past
    a numbered label), or the figure's own root."""
    return qspan.root if qspan.root.dep_ != "nummod" else past_label(qspan.doc, qspan.root.head)


def _dated_noun(s: Sentence, qspan: Span) -> TextSpan | None:
    """"the great floods of the 1920s", "the oil crisis of the 1970s": a date in a noun's "of" phrase
    dates that noun, unless the noun is itself part of the time ("by the end of the 18th century",
    "in the latter half of the 1900s": the tagger's DATE covers it)."""
    if qspan._.mention is None or qspan._.mention.kind != "date":
        return None
    root = qspan.root
    prep = root.head if root.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "of" or prep.head.pos_ != "NOUN" or prep.head.i > qspan.start \
            or prep.head.ent_type_ in ("DATE", "TIME"):
        return None
    noun = prep.head
    left = noun.left_edge.i
    while left < noun.i and s.doc[left].dep_ in ("det", "punct"):
        left += 1
    span = s.doc[left:noun.i + 1]
    return TextSpan(span.text, span.start_char, span.end_char)


def _clause_subject(s: Sentence, qspan: Span) -> TextSpan | None:
    w = words()
    qtoks = set(range(qspan.start, qspan.end))
    node = came = qspan.root
    for _ in range(20):
        if node.pos_ in ("VERB", "AUX"):
            for subj in (c for c in node.children if c.dep_ in w.subject_deps):
                if subj.lower_ in w.relative or subj.tag_ in ("WDT", "WP"):
                    if node.dep_ == "relcl" and _relative_head(s.doc, node.head, subj):
                        return _named(s, _described(node.head, subj))   # "Acme Gas, which maintains 900 miles"
                    break
                if in_range(subj.idx, s.not_subject) or _reporter(came, node, subj):
                    continue                          # "a study by X [found] ...": not the subject
                if qtoks & {t.i for t in subj.subtree}:
                    if _presents_figure(qspan):
                        return None                   # "Here are nine tips": as "There are", no actor
                    owner = _owner_of_have(node, subj)
                    return _named(s, owner) if owner is not None else _population(s, qspan, node, subj)
                if _fronted_participle(subj, node):
                    whole = _participle_whole(subj)     # "Included in Acme's offer is $10 billion": Acme
                    if whole is not None:
                        return _named(s, whole)
                    continue
                topic = _forecast_topic(s, qspan, node, subj)
                if topic is not None:                   # "Analysts had expected sales of $730 million"
                    return topic
                verb = amount_verb(qspan)               # "Revenue rose 8%": the figure is its amount
                return _named(s, subj, measured=verb is not None and verb.i == node.i)
        if node.head.i == node.i:             # the root (spaCy builds a new Token object per access)
            break
        node, came = node.head, node
    return _existential_place(s, qspan) or _actor_in(s, exclude=qtoks, verb=node)


def _forecast_topic(s: Sentence, qspan: Span, verb: Token, subj: Token) -> TextSpan | None:
    """"Tarvik Motors cut its outlook. Analysts had expected sales of $730 million": people who give
    figures (`source.people_nouns`, `role_nouns`, `market_forecasters`) forecast (`forecasting_verbs`) a
    result with no owner (`source.result_nouns`) whose amount is the figure: it is the result of the name
    the sentence right before is about (`_topic_before`), and the forecasters are its source. None where
    that sentence is about no name, for a forecast of no one's result ("Analysts expect growth of 2%")
    or of an owned one ("expected Globex's revenue of $2 billion")."""
    named = " ".join(t.lower_ for t in subj.subtree if t.i <= subj.i)
    people = lemma_of(subj).lower() in word_set("source", "people_nouns", "role_nouns") \
        or named in word_set("source", "market_forecasters")
    noun = qspan.root.head.head if qspan.root.dep_ == "pobj" and qspan.root.head.lower_ == "of" else None
    if not people or lemma_of(verb).lower() not in word_set("source", "forecasting_verbs") or noun is None \
            or noun.head.i != verb.i or noun.dep_ != "dobj" or not a_result(noun) \
            or any(c.dep_ in ("poss", "compound") for c in noun.children):
        return None
    topic = _topic_before(s, subj, others_named=True)
    return None if topic is None else _topic_phrase(s, topic)


def _fronted_participle(subj: Token, verb: Token) -> bool:
    """A bare past participle fronted before its "be" in an inversion ("Included will be $10 billion",
    "Stolen from the museum were 14 paintings"): it names no one, parsed as a clausal or a nominal
    subject; not one with a determiner, a noun ("The injured included 12 children")."""
    return subj.tag_ == "VBN" and subj.i < verb.i and lemma_of(verb).lower() == "be" \
        and not any(c.dep_ in ("det", "poss") for c in subj.children)


def _participle_whole(participle: Token) -> Token | None:
    """The noun a fronted participle's preposition or "by" names ("Included in Acme's offer": offer,
    whose owner is Acme; "Hired by Acme": Acme), not a time ("Added in March"); or None."""
    for prep in (c for c in participle.children if c.dep_ in ("prep", "agent")):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ in ("NOUN", "PROPN") and not _a_time(obj):
            return obj
    return None


def _presents_figure(qspan: Span) -> bool:
    """"Here are nine tips for ...", "Here are eight of the channels": a figure whose own noun is the
    subject of a "be" that a "here" before it makes a pointer to what follows (a list's intro), as an
    expletive "there" makes it a count of what exists. The figure is no actor's, and its noun is no
    subject to carry on; not a figure inside a phrase the "be" presents, which may name its actor
    ("Here is Acme's lineup of 12 phones", "Here are the results of a Gallup poll of 2,000 adults")."""
    noun = qspan.root.head if qspan.root.dep_ == "nummod" else qspan.root
    verb = noun.head
    return noun.dep_ in words().subject_deps and lemma_of(verb).lower() == "be" \
        and any(c.dep_ == "advmod" and c.lower_ == "here" and c.i < verb.i for c in verb.children)


def _owner_of_have(verb: Token, subj: Token) -> Token | None:
    """"The department has 25 crews repairing potholes", "Acme has 40 engineers working on it": the
    parser hangs the owner on "has" and makes the counted noun the subject of the participle; the
    owner is who the figure is about (not "25 crews have repaired potholes": "have" after them)."""
    aux = next((c for c in verb.children if c.dep_ == "aux" and c.i < subj.i and lemma_of(c).lower() == "have"), None)
    return _subject_of(aux)


def _existential_place(s: Sentence, qspan: Span) -> TextSpan | None:
    """"There are 12 hospitals in the county", "There were 3,000 miles of pipe in Alaska": what a
    clause with an expletive "there" counts is in the place its "in/at" phrase after it names
    (`_a_place`: not a time, a container or an event: "There were 40 deaths in 2023", "at the
    moment", "in the pan"; not a phrase before it: "In the period since May, there have been 381
    commits", "In addition to AI, there are three trends")."""
    root = qspan.root
    noun = root if root.pos_ in ("NOUN", "PROPN") else root.head
    verb = noun.head
    if noun.dep_ != "attr" or not any(c.dep_ == "expl" for c in verb.children):
        return None
    for tok in (noun, *(c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), verb):
        for prep in tok.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.i > noun.i and obj is not None \
                    and not _a_time(obj) and _a_place(obj):
                return phrase(s.doc, obj)
    return None


def _a_place(obj: Token) -> bool:
    """A named place or organisation (not a person or a people), or "the" + a place or body noun
    (TOML place_nouns: "the city", "the county"; not "the moment", "the car", "the outbreak")."""
    if obj.ent_type_:
        return obj.ent_type_ in ("GPE", "LOC", "ORG", "FAC")
    return _definite(obj) and lemma_of(obj).lower() in words().place_nouns


def _modified_subject(s: Sentence, qspan: Span, subj: Token) -> TextSpan | None:
    """"Consultants earning $170,000 move on", "Firms with more than 50 workers must file": a
    figure in a participle (-ing, -ed) or a "with" phrase that qualifies the subject says which
    ones it means; it is about the subject noun (not when the figure is the subject itself, "40,000
    lamps", or its group, "48% of voters"; not in an infinitive, whose noun names an action, "The
    decision to hire 2,000 engineers")."""
    tok = qspan.root
    while tok.i != subj.i and tok.head.i != tok.i:
        if tok.head.i == subj.i:
            break
        tok = tok.head
    participle = tok.dep_ == "acl" and tok.tag_ in ("VBG", "VBN")
    if tok.i == subj.i or not (participle or tok.dep_ == "prep" and tok.lower_ == "with") \
            or subj.pos_ not in ("NOUN", "PROPN") or subj.i in range(qspan.start, qspan.end):
        return None
    return _named(s, subj)


def _reporter(came: Token, verb: Token, subj: Token) -> bool:
    """"There are 400 breaks a year, he added": the pronoun subject of a verb of speech whose
    reported clause holds the figure is the speaker, not what the figure is about (a named
    speaker is left out as the sentence's source already)."""
    return came.dep_ in ("ccomp", "parataxis") and subj.lower_ in words().pronouns \
        and lemma_of(verb).lower() in cues().attribution["speech_verbs"]


def _relative_head(doc: Doc, head: Token, pronoun: Token) -> bool:
    """Whether a relative clause's figure is about the noun the clause hangs on: a name or an
    actor ("Globex, which runs 300 plants"), or a common noun ("bridges that are a century old"),
    unless the clause comments on the whole clause before it (", which represents a rise from
    25%", ", which is up from 25%")."""
    if head.pos_ == "PROPN" or head.ent_type_ in words().actor_labels:
        return True
    sentential = doc[pronoun.i - 1].text == "," and lemma_of(pronoun.head).lower() in words().sentential_verbs
    return head.pos_ == "NOUN" and not sentential


def _described(noun: Token, pronoun: Token) -> Token:
    """"Acme is a startup that has raised $40 million": the name a predicate noun describes
    through a copula, when its subject is a name or a named actor and the relative clause is the
    noun's own (no comma before it: not "Park Air is a brand of Hyatt Group, which runs 10 brands");
    else the noun itself ("The culprit was a virus that killed 300 people": virus; "There is a
    tank that holds 3 liters": tank; "It is a plan that ...": plan)."""
    subj = _copula_subject(noun) if noun.doc[pronoun.i - 1].text != "," else None
    named = subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ in words().actor_labels)
    return subj if named else noun


def _copula_subject(noun: Token) -> Token | None:
    """The subject of the copula a predicate noun completes ("Acme is a startup": Acme), or None."""
    if noun.dep_ != "attr" or lemma_of(noun.head).lower() not in words().copulas:
        return None
    return next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _is_actor_group(tok: Token) -> bool:
    """A plural noun, a name or a named entity: who a share can be of ("millennials", "Gen Zers")."""
    w = words()
    return tok.lower_ not in w.pronouns and lemma_of(tok).lower() not in w.abstract \
        and (tok.tag_ in ("NNS", "NNPS") or tok.pos_ == "PROPN" or tok.ent_type_ in w.actor_labels)


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in words().group_preps:
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def _share_of(s: Sentence, qspan: Span, owned: bool = False) -> TextSpan | None:
    """"42% of millennials", "half of baby boomers": a share is about the group it is of. A group a
    pronoun owns ("loses 77% of its users") only with `owned`, when the clause names no subject
    whose group it is ("Unions said 40% of their members voted")."""
    if not _share(qspan):
        return None
    for tok in qspan:
        obj = _of_object(tok)
        if obj is not None and _is_actor_group(obj) and not in_range(obj.idx, s.not_subject) \
                and (owned or not any(c.dep_ == "poss" and c.lower_ in words().pronouns for c in obj.children)):
            return _restrictive_tail(s, obj, phrase(s.doc, obj))    # not "77% of its users": whose users
    return None


def _other_share_group(s: Sentence, qspan: Span, clause: TextSpan) -> bool:
    """Whether the actor a clause gives a share is only the group of another share before it, while the
    share names a group of its own ("60% of Gen Z respondents plan a trip, compared with 35% of baby
    boomers": the 35% is the boomers'; "China accounted for 40% of applications" keeps China)."""
    if _share_of(s, qspan) is None:
        return False
    for q in s.quantities:
        obj = next((o for o in map(_of_object, q) if o is not None), None) if q.start != qspan.start and _share(q) else None
        if obj is not None and obj.left_edge.idx <= (clause.start or -1) <= obj.idx:
            return True
    return False


def _part_of_whole(qspan: Span) -> bool:
    """"Dairy accounted for 18% of exports", "Women make up half of the board": a share that a verb
    of proportion states of its subject is about that subject (the part); its "of" group is the
    whole it is a share of."""
    root = qspan.root
    if not _share(qspan):
        return False
    verb = root.head.head if root.dep_ == "pobj" else root.head
    return root.dep_ in ("pobj", "dobj", "attr") and verb.pos_ in ("VERB", "AUX") \
        and lemma_of(verb).lower() in words().share_verbs


def _possessor(s: Sentence, qspan: Span) -> TextSpan | None:
    """"The city's 7,500 miles of sewer lines", "Yahoo's $4.8 billion sale": the owner named
    before the figure or before the noun it counts."""
    for tok in (qspan.root, qspan.root.head):
        if tok.pos_ not in ("NOUN", "PROPN", "SYM", "NUM"):
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        if owner is not None and owner.lower_ in words().relative:
            return _relative_owner(s, tok)      # "the team, whose 12 wins set a record": the team
        if owner is not None and owner.lower_ not in words().pronouns | words().classifying_possessors \
                and owner.i < qspan.start and not _a_time(owner):
            return phrase(s.doc, owner)
    return _possessive_before(s, qspan)


def _moved_at(s: Sentence, qspan: Span) -> TextSpan | None:
    """"compared with a 2% gain at Quorin", "a 6% jump in Harwick shares": the size of a move (cues.toml
    move nouns) whose noun says where it happened, at or for a name, or in a measure (`measure_nouns`,
    shares, a result) a name is compounded with, is that name's (not "a 9% rise in profit", "a 3% fall
    in May", "a 50% reduction in GPU memory"); not a move that is the object of its clause's verb, which
    is its subject's ("Apple projects a 5% rise in iPhone sales")."""
    root = qspan.root
    move = root.head if root.dep_ in ("compound", "nummod", "amod") else None
    if move is None or move.pos_ != "NOUN" or lemma_of(move).lower() not in move_nouns() or move.dep_ == "dobj":
        return None                                 # "Apple projects a 5% rise in iPhone sales": Apple's own
    for prep in (c for c in move.children if c.dep_ == "prep" and c.lower_ in ("at", "for", "in")):
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
        if obj is None or _a_time(obj):
            continue
        if obj.pos_ == "PROPN" and prep.lower_ != "in" or obj.ent_type_ in ("ORG", "GPE"):
            return _named(s, obj)
        name = next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN" and not _a_time(c)), None)
        if obj.pos_ == "NOUN" and name is not None and (lemma_of(obj).lower() in words().measure_nouns | {"share"}
                                                        or a_result(obj)):
            return _capitalised_run(name)           # not "a 50% reduction in GPU memory": a thing, not a measure
    return None


def _relative_owner(s: Sentence, tok: Token) -> TextSpan | None:
    """"He praised the team, whose 12 wins set a record": "whose" stands for the noun its
    relative clause hangs on; never the word itself ("Whose sales topped $1 billion?": None)."""
    node = tok
    while node.dep_ != "relcl" and node.head.i != node.i:
        node = node.head
    return _named(s, node.head) if node.dep_ == "relcl" and node.head.i != tok.i else None


def _possessive_before(s: Sentence, qspan: Span) -> TextSpan | None:
    """"The county’s nearly 900 miles": a possessive ending right before the figure (past a
    bound cue of up to three words) names its owner, however the parser attached it."""
    doc, i, possessive = s.doc, qspan.start - 1, words().possessive
    while i > s.sent.start and qspan.start - i <= 3 and doc[i].lower_ not in possessive \
            and doc[i].pos_ in ("ADV", "ADJ", "ADP", "SCONJ"):
        i -= 1
    if i <= s.sent.start or doc[i].lower_ not in possessive:     # the tagger misreads "’s" at times
        return None
    owner = doc[i - 1]
    if owner.lower_ in words().pronouns or owner.pos_ not in ("NOUN", "PROPN") or _a_time(owner):
        return None
    return phrase(doc, owner)


def _a_time(owner: Token) -> bool:
    """"this year's 40 games", "last week's 3% drop", "Monday's $2 billion sale": a time owns no
    figure; it situates it (the time scope), and the figure's subject is found elsewhere. A name
    that is also a time ("Tuesday Morning's 400 stores", a retailer) is read as the time: neither
    its words nor its parse tell it from a holiday ("Labor Day's 3 million travellers")."""
    return owner.ent_type_ in ("DATE", "TIME") or lemma_of(owner).lower() in words().time_owners


def _measures(noun: Token) -> bool:
    """Whether a noun names a measure, not a thing or an actor (TOML measure_nouns and abstract:
    "sales", "the number"; not "model", "project")."""
    w = words()
    return lemma_of(noun).lower() in w.measure_nouns | w.abstract


def _fronted_group(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Of those millennials, 70% feel ...", "Among those voters, 70% ...", "Of those who rent, 40%
    ..." (a pronoun of `group_pronouns` with its relative clause): a share in a sentence
    that opens with its group, unless it names a group of its own ("Of the five drugs, one was used
    by 15% of adults": adults; not "70% of them", "40% of the total", which point back to it). A
    whole set off by a comma is the group whatever its plural noun ("Out of the 45 deals, roughly a
    quarter had ...": deals are no actor, but a quarter of them is still a quarter of the deals)."""
    if not _share(qspan) or any(o is not None and _is_actor_group(o) for o in map(_of_object, qspan)):
        return None
    first = s.sent[0]
    if first.lower_ == "out" and len(s.sent) > 1 and s.sent[1].head.i == first.i:
        first = s.sent[1]                               # "Out of the 45 deals, ..."
    if first.lower_ not in words().group_preps:
        return None
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    if obj is None or obj.i >= qspan.start:
        return None
    if obj.lower_ in words().group_pronouns and any(c.dep_ == "relcl" for c in obj.children):
        group = _defined_group(obj)                     # "Of those who rent, 40% ...": who they are
        return TextSpan(group.text, group.start_char, group.end_char) if group.end <= qspan.start else None
    after = obj.right_edge.i + 1
    whole = obj.tag_ == "NNS" and after < s.sent.end and s.doc[after].text == ","
    return phrase(s.doc, obj) if _is_actor_group(obj) or whole else None


def _group_after(s: Sentence, qspan: Span) -> TextSpan | None:
    """"The rate was 12% among men", "compared with 2.4% for those on a placebo", "4% for graduates
    versus 11% for dropouts": a share followed at once by a preposition of `group_after_preps` and a
    group (a plural noun, or "those" with what defines them) is that group's, where the clause's
    own subject measures something (an abstract or a measure noun: "The rate") or the share is set
    against another ("compared with", "versus", `comparison_cues`): not "Acme cut 10% for investors",
    "Add 10% for cost overruns". Set against another share, a named actor after a preposition of
    `named_after_preps` is whose share it is, after a cue that only compares (`named_comparison_cues`:
    "40% of its patents, compared with 20% for the United States", "versus 6% for Walmart"; not "up from 5%
    in 2023", "61% for mobile apps and 79% for Acme Cloud", nor a market: "compared with 4% in the United
    States")."""
    doc, w = s.doc, words()
    if not _share(qspan) or qspan.end >= s.sent.end or doc[qspan.end].lower_ not in w.group_after_preps | w.named_after_preps:
        return None
    obj = next((c for c in doc[qspan.end].children if c.dep_ == "pobj"), None)
    named = obj is not None and _a_name(obj) and doc[qspan.end].lower_ in w.named_after_preps
    if obj is None or not (named or doc[qspan.end].lower_ in w.group_after_preps and (
            obj.lower_ == "those" or obj.tag_ == "NNS" and _is_actor_group(obj) and not _a_time(obj))):
        return None
    against = any(_share(q) and q.end <= qspan.start for q in s.quantities) and _cue_before(s, qspan, strict=named)
    if not against and (named or not _measure_subject(qspan)):
        return None                             # a name only for a share set against another
    if obj.lower_ == "those":
        group = _defined_group(obj)
        return TextSpan(group.text, group.start_char, group.end_char)
    return _restrictive_tail(s, obj, phrase(doc, obj))


def _compared_for(s: Sentence, qspan: Span) -> TextSpan | None:
    """"The engine reaches 120 mph, compared to 150 mph for the older model", "Acme paid $40 million,
    versus $25 million for Globex": an amount (money, a count, a measure) set against an amount of its
    kind before it by a cue that only compares (`named_comparison_cues`) and followed at once by a
    preposition of `named_after_preps` is the amount of that preposition's object, a named actor, a
    group or a definite thing (not a time, "compared with $4 million for the same period last year";
    not an abstract noun, "versus $3 million for the plan"; not, after a verb of paying (`paying_verbs`),
    what the money buys, "Acme spent $2 billion on buybacks, compared with $1 billion for the dividend",
    unless a name: "versus $25 million for Globex"; shares: `_group_after`)."""
    doc, w, m = s.doc, words(), qspan._.mention
    if m is None:
        return None
    at = qspan.end
    if at < s.sent.end and qspan.root.head.i == at and doc[at].pos_ == "NOUN":
        at += 1                                 # past a counted noun ("500 workers")
    if at + 1 < s.sent.end and doc[at].lower_ == "per":
        at += 2                                 # ... and a rate's "per second"
    if m.kind not in ("money", "count", "measure") or at >= s.sent.end \
            or doc[at].lower_ not in w.named_after_preps:
        return None
    obj = next((c for c in doc[at].children if c.dep_ == "pobj"), None)
    named = obj is not None and _a_name(obj)
    if obj is None or not _a_rival(obj) or lemma_of(obj).lower() in w.abstract | w.measure_nouns or not (
            named or _is_actor_group(obj) or _definite(obj) or any(c.dep_ == "poss" for c in obj.children)):
        return None
    paid = any(t.pos_ == "VERB" and lemma_of(t).lower() in w.paying_verbs for t in doc[s.sent.start:qspan.start])
    if paid and not named:
        return None                             # "spent $3 million on roads, compared with $1 million for the parks"
    if not _kind_before(s, m.kind, qspan.start) or not _cue_before(s, qspan, strict=True):
        return None
    return _restrictive_tail(s, obj, phrase(doc, obj)) if _is_actor_group(obj) else phrase(doc, obj)


def _name_of(tok: Token) -> TextSpan:
    """The name a token ends: the capitalised words before it ("Purdue Pharma", "First Trust Cloud
    Computing ETF"), or its entity where that is longer, less a description before the name ("NASA
    supplier SpaceX": SpaceX, `_described_name`)."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].text[:1].isupper() and doc[start - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM"):
        start -= 1
    if tok.ent_type_:
        first = tok.i
        while first > 0 and doc[first].ent_iob_ == "I":
            first -= 1
        e = Span(doc, first, tok.i + 1, label=tok.ent_type_)
        described = _described_name(e)
        if described is not None:
            return TextSpan(described.text, described.start_char, described.end_char, label=e.label_)
        if first <= start:
            return _entity_span(e)
    return TextSpan(doc[start:tok.i + 1].text, doc[start].idx, tok.idx + len(tok.text))


def _a_name(tok: Token) -> bool:
    """A named actor: a proper noun, or a word the tagger takes for a place, an organisation, a people
    or a person ("Globex", "the S&P 500", "France")."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in (*words().actor_labels, "PERSON")


def _defined_group(pronoun: Token) -> Span:
    """"those who rent", "those on a placebo": a group pronoun with what defines it, up to its
    phrase's last word (not the comma or space the parse hung on it), and never past a comma ("Of
    those who quit, most blamed long hours": the parse may hang the main clause on the relative one)."""
    doc, end = pronoun.doc, pronoun.right_edge.i
    end = next((t.i - 1 for t in doc[pronoun.i + 1:end + 1] if t.text == ","), end)
    while end > pronoun.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return doc[pronoun.i:end + 1]


def _cue_before(s: Sentence, qspan: Span, strict: bool = False) -> bool:
    """Whether a cue of comparison (`_comparison_re`) stands a few words before the figure, in its sentence."""
    return _comparison_re(strict).search(s.ctx.text[max(s.sent.start_char, qspan.start_char - 40):qspan.start_char]) \
        is not None


def _kind_before(s: Sentence, kind: str, end: int) -> bool:
    """Whether a figure of `kind` ends by token `end` in the sentence: one a later figure is set against."""
    return any(q.end <= end and q._.mention is not None and q._.mention.kind == kind for q in s.quantities)


@cache
def _comparison_re(strict: bool = False) -> re.Pattern[str]:
    """A cue that sets a share against another, a few words before it ("compared with about 2.4%");
    `strict`: one that does nothing else (`named_comparison_cues`: not "and", "but")."""
    cues = words().named_comparison_cues if strict else words().comparison_cues
    return re.compile(rf"(?i)\b(?:{'|'.join(cues)})\s+(?:\S+\s+){{0,2}}$")


def _measure_subject(qspan: Span) -> bool:
    """Whether the subject of the clause that governs a figure names a measure: an abstract or a
    measure noun with no owner ("The rate was 12%", "Unemployment is 4%"; not "Acme's rate")."""
    verb = qspan.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subj = _subject_of(verb)
    return subj is not None and _unowned_measure(subj)


def _unowned_measure(noun: Token) -> bool:
    """A measure noun (`_measures`) with no owner: "The rate", "annual growth"; not "Acme's rate"."""
    return _measures(noun) and not any(c.dep_ == "poss" for c in noun.children)


def _parallel_group(s: Sentence, qspan: Span) -> TextSpan | None:
    """"20% of teens reported therapy and 14% reported medication": a share that names no group
    of its own, after a share of the same sentence that does as the subject of its clause, is a
    share of that group (not after "49% of all deaths" as an object: "Teens accounted for 49% of
    all deaths, down from 63%")."""
    if not _share(qspan) or any(_of_object(tok) is not None for tok in qspan) or _clause_has_other_subject(qspan):
        return None
    for q in reversed(s.quantities):
        if q.end > qspan.start or not _share(q):
            continue
        obj = next((o for o in map(_of_object, q) if o is not None), None)
        if obj is not None and obj.head.head.dep_ in words().subject_deps and _is_actor_group(obj) \
                and not in_range(obj.idx, s.not_subject):
            return _restrictive_tail(s, obj, phrase(s.doc, obj))
    return None


def _share(qspan: Span) -> bool:
    """A percentage or a ratio ("70%", "a third"): a figure that is a share of some group."""
    return qspan._.mention is not None and qspan._.mention.kind in ("percent", "ratio")


def _clause_has_other_subject(qspan: Span) -> bool:
    """Whether the clause of the figure has a subject that is not the figure's own phrase ("rents
    in the city rose 10%": rents; "and 10% reported ...": the figure is the subject itself)."""
    node, qtoks = qspan.root, set(range(qspan.start, qspan.end))
    for _ in range(20):
        if node.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in words().subject_deps and not qtoks & {t.i for t in c.subtree}
                       for c in node.children)
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _modified(s: Sentence, qspan: Span) -> TextSpan | None:
    """"a 2,000-pound anchor", "its 80-year-old steam locomotive": a size or an age written as
    a hyphenated modifier describes the thing it modifies (the noun after it, less the figure); a
    span of time that is not an age ("a three-day journey") measures an event, not a thing. Not a thing
    the clause's subject has or is: that subject's ("It has a 6.3-inch screen", "The Orvo Nine is a
    6.1-inch phone")."""
    m = qspan._.mention
    if m is None or "-" not in qspan.text or not (
            m.kind == "measure" or (m.kind == "duration" and qspan.text.lower().endswith("old"))):
        return None
    mod, doc = qspan.root, s.doc
    start = qspan.end                                       # the words after the figure ("40-foot[-tall]")
    while start < len(doc) and (doc[start].text == "-" or (doc[start - 1].text == "-" and doc[start].pos_ == "ADJ")):
        start += 1
    while mod.dep_ in ("compound", "amod", "npadvmod", "nummod") and mod.head.i > mod.i:
        if mod.head.pos_ not in ("VERB", "AUX") and mod.head.dep_ not in ("compound", "amod", "npadvmod", "nummod"):
            noun = mod.head
            if _a_part_had(noun) or noun.dep_ == "attr" and any(c.dep_ == "nsubj" for c in noun.head.children):
                return None                                 # the clause's subject: "It has a 6.3-inch screen",
                                                            # "The Orvo Nine is a 6.1-inch phone" (not
                                                            # "What stands out is the 6-inch screen")
            span = doc[start:noun.i + 1] if start <= noun.i else None
            return TextSpan(span.text, span.start_char, span.end_char) if span is not None else None
        mod = mod.head
    return None


def _a_part_had(noun: Token) -> bool:
    """Whether a noun is the object of a verb of having (assemble.toml having_lemmas, having_with_lemmas):
    "has a 7-inch screen", "ships with a 2TB drive"."""
    w = words()
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb, lemmas = noun.head.head, w.having_with_lemmas
    elif noun.dep_ == "dobj":
        verb, lemmas = noun.head, w.having_lemmas
    else:
        return False
    return verb.pos_ in ("VERB", "AUX") and lemma_of(verb).lower() in lemmas


def _bracket_owner(s: Sentence, qspan: Span) -> TextSpan | None:
    """"most millennials (68%)", "West Virginia (50)": a figure in brackets right after a group
    or a name is about it (a share "of" something before the bracket is about that group); after a
    plain plural that names no one, a share belongs to the group the sentence opens with ("Of those
    who rent, the top reasons are high bills (50%)": those who rent; `_named_by_predicate`). After a
    share in words, the figure restates it, and is about the group it is "of" after the bracket
    ("Over half (57%) of sellers", "Nearly two-thirds (64%) of voters"; not "thirds")."""
    doc = s.doc
    i = qspan.start - 1
    if i <= s.sent.start or doc[i].text != "(":
        return None
    before = doc[i - 1]
    if lemma_of(before).lower() in words().quantifiers:
        return _group_after_bracket(s, qspan)
    if _is_actor_group(before) and not before.like_num and not any(
            q.start <= before.i < q.end for q in s.quantities) \
            and not _restates_measure(before):     # (a figure before: "190 kilometers (118 miles)", a restatement)
        return (_fronted_group(s, qspan) if _named_by_predicate(before) else None) or phrase(doc, before)
    return None


def _restates_measure(group: Token) -> bool:
    """Whether a group before a bracketed figure sits in the "of" phrase of a measure noun
    (`subject.restated_measures`) that its clause has or is ("Lorvik has the largest share of homes
    heated by wood (31%)", "the lowest percent of clinics open on weekends (12%)"), or in what a
    superlative ranks it as (`_ranked_noun`): the figure gives that measure, the clause subject's; not
    a measure that is itself the subject ("A rising share of night-shift nurses (40%) want the change":
    the nurses'), nor one a measure is compared with (`_holder`)."""
    tok = group
    for _ in range(12):
        head = tok.head
        if head.i == tok.i or tok.dep_ not in ("pobj", "dobj", "prep", "acl", "relcl", "amod", "compound", "conj"):
            return False
        if tok.dep_ == "prep" and (lemma_of(head).lower() in words().restated_measures
                                   and any(c.lower_ == "of" for c in head.children) or _ranked_noun(head)):
            measure = head                              # "... of clinics with ... (12%)", "the cheapest city for X ($9)"
            while measure.dep_ in ("conj", "appos") and measure.head.i < measure.i:
                measure = measure.head
            return measure.dep_ in ("dobj", "attr") and _holder(measure.head)
        tok = head
    return False


def _holder(verb: Token) -> bool:
    """Whether a verb's subject, if the parse found one, can hold a measure: not itself a measure ("the
    death rate of X (3.3) surpassed the rate of Y (2.7)": a comparison of two groups' figures)."""
    subj = _subject_of(verb)
    return subj is None or lemma_of(subj).lower() not in words().restated_measures | words().measure_nouns


def _ranked_noun(noun: Token) -> bool:
    """A noun a superlative ranks ("the third-safest county", "the cheapest city"): what it
    is "for" or "in" is the field it ranks in, and a bracketed figure there gives the ranked measure."""
    return noun.pos_ == "NOUN" and (any(t.tag_ in ("JJS", "RBS") for t in noun.lefts)
                                    or any(t.tag_ == "RBS" for c in noun.lefts for t in c.lefts))


def _place_apart(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Hessen Ford, 80 km inland from the delta", "the fishing town of Quarle, some 9 miles (14 km)
    west of Dunmere": a distance set off by a comma right after a place's name, and followed (past a
    bracketed restatement) by a word of `subject.apart_words`, is how far that place lies from
    somewhere; not "Medics flew 80 km to Hessen Ford" (no comma), "Quarle, a town of 900 people" (no
    distance)."""
    m, doc = qspan._.mention, s.doc
    if m.kind != "measure" or m.unit not in words().distance_units:
        return None
    i = qspan.start - 1
    while i > s.sent.start and doc[i].dep_ in ("advmod", "quantmod", "amod") and doc[i].head.i >= qspan.start:
        i -= 1                                       # "about", "more than", "some"
    if i <= s.sent.start or doc[i].text != ",":
        return None
    name, after = doc[i - 1], qspan.end
    if after < s.sent.end and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after:s.sent.end] if t.text == ")"), after)
    if name.pos_ != "PROPN" or name.ent_type_ in ("DATE", "TIME") \
            or after >= s.sent.end or doc[after].lower_ not in words().apart_words:
        return None
    return phrase(doc, name)


def _named_by_predicate(noun: Token) -> bool:
    """A plain plural that names no one and stands as what its clause says or does, not who does it: the
    complement or object of a verb, or one coordinated with it ("the top reasons are high bills (50%) and
    low pay (30%)", "most blamed long hours (44%)"; not "Among voters, women (54%) backed Smith", a subject,
    nor "likelier than homeowners (30%)", a group compared)."""
    if noun.pos_ == "PROPN" or noun.ent_type_ in words().actor_labels:
        return False
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head                        # (or the verb itself: "are X (57%) and Y (50%)", a misparse)
    return noun.dep_ in ("attr", "dobj") or noun.pos_ in ("VERB", "AUX")


def _group_after_bracket(s: Sentence, qspan: Span) -> TextSpan | None:
    """The group an "of" right after a bracketed figure names ("half (57%) of sellers": sellers), or None."""
    doc, end = s.doc, qspan.end
    if end + 1 >= s.sent.end or doc[end].text != ")" or doc[end + 1].lower_ not in words().group_preps:
        return None
    obj = next((c for c in doc[end + 1].children if c.dep_ == "pobj"), None)
    return _restrictive_tail(s, obj, phrase(doc, obj)) if obj is not None and _is_actor_group(obj) else None


def _name_at(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Tennessee at $89.68, Missouri at $95.03", "with Brent at $81.20 and WTI at $77.10": a figure
    after "at" right after a name that opens a list item (the sentence's start or a word of
    `subject.item_openers` before it) is that name's, however the parse hung the pair; not "shares of
    Acme at $50", "Acme closed at $50" (a verb between)."""
    doc, first = s.doc, s.sent.start
    at = qspan.start - 1
    if at - 1 < first or doc[at].lower_ != "at" or doc[at - 1].pos_ != "PROPN":
        return None
    start = at - 1
    while start > first and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start > first and doc[start - 1].lower_ not in words().item_openers:
        return None
    span = doc[start:at]
    return TextSpan(span.text, span.start_char, span.end_char, label=doc[at - 1].ent_type_ or None)


def _gapped_name(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Ford sold 1.2 million cars, GM 2.6 million and Toyota 2.3 million": a figure the parse hangs on
    the name right before it, or on the word that name or its head hangs on ("and Lind 12%"), after a
    comma or "and", with a figure of its kind before it in the sentence, and that ends its list item (a
    comma, "and" or the sentence's end after it), is that
    name's, its verb left out as said once before; not a figure that is part of the name ("the S&P
    500", `_name_number`; "YubiKey 5C NFC", "Summilux 28mm f/1.7 lens"), nor items of a list of lines."""
    doc, first = s.doc, s.sent.start
    at = qspan.start - 1
    if at <= first or doc[at].pos_ != "PROPN" or _name_number(doc, at) or not (
            qspan.root.head.i == at or doc[at].head.i in range(qspan.start, qspan.end)
            or qspan.root.head.i != qspan.root.i and qspan.root.head.i in (doc[at].head.i, doc[at].head.head.i)) \
            or qspan.end < s.sent.end and doc[qspan.end].lower_ not in (",", ".", ";", "and", "or"):
        return None
    kind = qspan._.mention.kind if qspan._.mention is not None else None
    if not any(q.end <= at and q.start >= first and q._.mention is not None and q._.mention.kind == kind
               for q in s.quantities):
        return None
    start = at
    while start > first and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == first or doc[start - 1].lower_ not in (",", "and") or "\n" in doc[first:at].text:
        return None
    span = doc[start:at + 1]
    return TextSpan(span.text, span.start_char, span.end_char, label=doc[at].ent_type_ or None)


def _compared_at(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Acme's margin rose to 12%, beating Globex at 10%", "below the euro area at 6.5%": a figure
    after "at" right after the object of a word that sets a rival against the sentence's figure
    (`subject.compared_heads`, also through "with"/"to" after "compared") is that rival's, however
    the parse hung the "at", when the figure is all the "at" takes and sets it against a figure of
    its kind before it; not "shares of Acme at $50" (no rival), "Acme closed at $50", "more leads
    than print ads at 62% lower cost", "topped the list at No. 3", "beat expectations at $5
    billion", "rose 2% against the dollar at $1.08" (no figure of its kind before), "compared with
    last year at 3.7%" (a time)."""
    doc, at = s.doc, qspan.start - 1
    if at - 1 <= s.sent.start or doc[at].lower_ != "at" or not any(
            c.dep_ == "pobj" and qspan.start <= c.i < qspan.end for c in doc[at].children):
        return None                             # "than rivals at 62% lower cost": the figure is the cost's
    noun, m = doc[at - 1], qspan._.mention
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("dobj", "pobj", "conj") or not _a_rival(noun) \
            or m is None or m.kind == "rank" or not _kind_before(s, m.kind, at):
        return None                             # "topped the list at No. 3", "above par at 101", "last year at 3%"
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head
    cue = noun.head
    heads = words().compared_heads
    if lemma_of(cue).lower() not in heads and not (cue.pos_ == "ADP" and lemma_of(cue.head).lower() in heads):
        return None
    return _named(s, doc[at - 1])


def _a_rival(noun: Token) -> bool:
    """Whether a compared noun may be a rival, not a time ("last year", "the prior year") nor a figure."""
    return noun.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "ORDINAL") and not _a_time(noun)


def _named(s: Sentence, subj: Token, measured: bool = False) -> TextSpan | None:
    """The subject noun phrase, or who it stands for: the owner of "Acme's comparable sales",
    the named antecedent of "the forum" / "the company", the group of "half of the voters"; None
    for a pronoun, a quantifier or an abstract noun with no owner. `measured`: the figure is the
    subject's amount ("Revenue rose 8%"), so a measure noun names what it is of (`_measured_thing`)."""
    w = words()
    if subj.lower_ in w.pronouns:
        return _writer_or_reader(s, subj) or _earlier_subject(s, subj) or _previous_subject(s, subj)
    set_off = _set_off_name_of(subj)
    if set_off is not None:
        return phrase(s.doc, set_off)
    owner = next((c for c in subj.children if c.dep_ == "poss"), None)
    if owner is not None and owner.lower_ in w.classifying_possessors:
        return phrase(s.doc, subj)              # "Master's degrees cost $19,749": a kind of degree, no owner
    if owner is not None and owner.lower_ in w.self_possessives:
        return _writer_or_reader(s, owner) or phrase(s.doc, subj)   # "my newsletter has 30,000 readers"
    if owner is not None and owner.lower_ in w.relative and subj.head.dep_ == "relcl" and subj.head.head.i != subj.i:
        return _named(s, subj.head.head)        # "Acme, whose sales topped $1 billion": Acme
    if owner is not None:                       # never "whose" itself ("Whose sales topped ...?")
        return _owned_name(s, subj, owner)
    lemma = lemma_of(subj).lower()
    if measured and (lemma in w.abstract | w.measure_nouns or subj.lower_ in w.measure_nouns) and subj.pos_ == "NOUN" \
            and subj.lower_ not in w.quantifiers:       # "earnings" as written (the lemmatizer gives "earning")
        thing = _measured_thing(s, subj)
        if thing is not None:                   # else as before: "Mortality fell 12%", no earlier actor
            return thing
    elif measured and _bare_noun(subj):         # "Bookings were up 9%": a measure the lists lack
        topic = _reporting_owner(s, subj) or _measured_topic(s, subj)
        if topic is not None:
            return topic
    abstract = lemma in w.abstract and not _named_like_a_noun(subj)
    if subj.lower_ in w.quantifiers or _vague_amount(subj) or abstract or subj.like_num or _a_measure_of(subj):
        obj = _of_object(subj) or _measured_for(subj)
        if obj is not None and obj.lower_ not in w.pronouns | w.relative and lemma_of(obj).lower() not in w.abstract:
            return _restrictive_tail(s, obj, phrase(s.doc, obj))
        appos = _appos_name(subj)
        return phrase(s.doc, appos) if appos is not None else None
    name = _titled_name(s.doc, subj)
    if name is not None:
        return phrase(s.doc, name)              # "the Danish chemist Hans Berg": the name, not the title
    return _speakers_firm(subj) or _antecedent(s, subj) or _kind_antecedent(s, subj) \
        or _described_before(s, subj) or _described_by_heading(s, subj) or _part_of_topic(s, subj) \
        or _with_named_place(s, subj) or _restrictive_tail(s, subj, _without_descriptor(s.doc, subj))


def _speakers_firm(subj: Token) -> TextSpan | None:
    """"Ivo Lund, chairman of Penmore Water, said the utility would invest £2 billion": a firm's
    description ("the company", "the utility"; `_said_to_be_firm`) as the subject of the clause an officer of
    a firm reports (`_reporting_speaker`, `_officers_firm`) is that firm; None otherwise."""
    if subj.pos_ != "NOUN" or not any(c.lower_ == "the" for c in subj.children) or not _said_to_be_firm(subj):
        return None
    speaker = _reporting_speaker(subj)
    return None if speaker is None else _officers_firm(speaker)


def _scoped(noun: Token) -> bool:
    """Whether a word before a result noun scopes it beyond one firm (`scope_adjectives`, `scope_nouns`:
    "industry bookings", "global demand", "market sales"), so a firm that tells of it tells of others'."""
    w = words()
    return any(c.dep_ in ("compound", "amod") and (c.lower_ in w.scope_adjectives or lemma_of(c).lower() in
                                                   word_set("source", "scope_nouns")) for c in noun.children)


def _bare_noun(noun: Token) -> bool:
    """A common noun with no determiner, owner or quantifier ("Bookings", "Parcel volumes"), whose
    figure is its amount: it counts or measures something, of what the sentence before is about
    (`_measured_topic`); not a pronoun, a quantifier or people who give figures ("Analysts"), nor one a phrase
    of its own scopes ("Ferry traffic on the river")."""
    w = words()
    return noun.pos_ == "NOUN" and noun.lower_ not in w.quantifiers | w.pronouns \
        and lemma_of(noun).lower() not in word_set("source", "people_nouns", "role_nouns") \
        and not any(c.dep_ in ("det", "poss", "nummod", "prep") for c in noun.children)   # nor one with a scope of its
                                                        # own: "Ferry traffic on the river", "Footfall at the market"


def _a_measure_of(noun: Token) -> bool:
    """"A gallon of gasoline costs $3.12", "A cup of coffee now costs $5.90": a unit of measure (the
    quantity cues' `units`, not a time) with an "of" phrase measures out what the phrase names, which
    is the subject."""
    units, lemma = cues().units, lemma_of(noun).lower()
    return noun.pos_ == "NOUN" and (lemma in units or lemma + "s" in units) and not _a_time(noun) \
        and _of_object(noun) is not None        # not "The hottest month of the year"


def _named_like_a_noun(tok: Token) -> bool:
    """A company named with a common word ("Walmart rival Target cut prices", "Square raised $1 billion"): a
    capitalised proper noun tagged as an organisation, not at the sentence's start, where any word is
    capitalised, and not an acronym ("AUV", average unit volume, which the tagger also calls one)."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "ORG" and tok.i > tok.sent.start and tok.text.istitle()


def _measured_thing(s: Sentence, noun: Token) -> TextSpan | None:
    """A measure noun (TOML measure_nouns) as the subject of a clause whose figure is its amount
    ("The population of Texas grew 1.6%") names what is measured, not who: the subject is what it
    is of/at/in/for ("the length of the bridge": bridge; "Exports from China": the phrase,
    `_with_named_place`, but for a word of `abstract` its object alone, "The value of Acme's
    stake": Acme's stake; "Exports from China and India": the list; "from" only a
    named actor, not "Revenue from advertising"; never a time, "Revenue for the period", nor a
    number, "The population of 8 million"), a named actor before it ("US inflation"), a place its
    clause opens with ("In Ohio, unemployment rose"), or with the noun it is compounded with or
    the extent it is taken over, the phrase ("Oil output", "Global temperatures"; never a time,
    "March revenue", "Holiday sales"); else None, and the caller keeps the noun's own phrase."""
    w = words()
    lemma = lemma_of(noun).lower()                  # a word of `abstract` is read through its object, as
    named = _with_named_place(s, noun) if lemma in w.measure_nouns - w.abstract else None   # before ("The value
    if named is not None:                           # of Acme's stake": Acme's stake, not "value of Acme's stake")
        return named                                # "Exports from China", not "the integration of Prime"
    obj = _of_object(noun)                          # "the number of poor mental health days": what is counted
    if obj is None:
        obj = _measured_for(noun) or next((o for p in noun.rights if p.dep_ == "prep" and p.lower_ == "from"
                                           for o in p.children if o.dep_ == "pobj" and o.ent_type_ in w.actor_labels), None)
    if obj is not None and (_a_time(obj) or obj.like_num or obj.ent_type_ in ("MONEY", "PERCENT", "QUANTITY", "CARDINAL")):
        obj = None                                  # "Growth in the first quarter", "The population of 8 million"
    if obj is not None and not (obj.lower_ in w.pronouns | w.relative and obj.pos_ != "PROPN"):
        if lemma_of(obj).lower() in w.abstract | w.measure_nouns:
            if obj.pos_ != "NOUN":
                return None                         # not "of Acme's area"
            at = _measured_for(noun)                # "the level of debt at Acme": Acme
            return _measured_thing(s, obj) or (phrase(s.doc, at) if at is not None and not _a_time(at) else None)
        return _with_named_place(s, obj) or _restrictive_tail(s, obj, _with_conjuncts(s.doc, obj))
    place = _fronted_place(s, noun)
    if place is not None:
        return place
    appos = _appos_name(noun)
    if appos is not None:
        return phrase(s.doc, appos)
    mods = s.doc[noun.left_edge.i:noun.i]
    if lemma_of(noun).lower() in w.measure_nouns and any(c.dep_ == "amod" and c.lower_ in w.scope_adjectives
                                                          for c in mods):
        return phrase(s.doc, noun)                  # "Global cloud spending": the world's
    if lemma_of(noun).lower() in w.measure_nouns and any(
            c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and not _a_time(c) and lemma_of(c).lower() not in
            w.measure_nouns for c in mods):         # "Oil output", "NHIS-Teen data"; one of common nouns alone,
        own = _reporting_owner(s, noun)         # "Acme said operating profit fell": Acme's
        if own is not None:
            return own
        topic = None if any(c.pos_ == "PROPN" for c in mods) else _measured_topic(s, noun)   # after a sentence
        return topic or phrase(s.doc, noun)         # about a name, that name's ("Acme ... Capital spending rose")
    return _reporting_owner(s, noun) or _witnessed_owner(s, noun) or _parallel_owner(s, noun) \
        or _measured_topic(s, noun)


def _witnessed_owner(s: Sentence, noun: Token) -> TextSpan | None:
    """"Brenmark saw sales fall 3%", "The chain has watched margins shrink to 2%": a measure with no owner,
    the subject of the clause a verb of `witness_lemmas` takes, is that verb's subject's, when it is an actor
    or "it" or "they" for one ("It saw revenue climb 12%"), and not people or a body that reports on others
    ("Analysts saw sales rising": theirs is no result)."""
    clause = noun.head
    if noun.dep_ not in words().subject_deps or clause.dep_ not in ("ccomp", "xcomp") \
            or lemma_of(clause.head).lower() not in words().witness_lemmas:
        return None
    owner = _subject_of(clause.head)
    if owner is None or not (_an_actor(owner) or owner.lower_ in ("it", "they")) \
            or _people_or_body(owner):
        return None
    return _named(s, owner)


def _measured_topic(s: Sentence, noun: Token) -> TextSpan | None:
    """"Acme reported results on Tuesday. Revenue rose 8%": a measure noun opening its sentence's main
    clause as its subject, in a sentence that names no actor, measures what the sentence right before
    is about (`_topic_before`); CONVENTIONS' subject is the actor, not the measure. A place's measure
    (`place_measures`) only a place's: "Acme sold 300 cars. Inflation rose to 3.2%" keeps inflation."""
    topic = _topic_before(s, noun)
    if topic is None or lemma_of(noun).lower() in words().place_measures and topic.ent_type_ not in ("GPE", "LOC"):
        return None
    return _topic_phrase(s, topic)


def _topic_phrase(s: Sentence, topic: Token) -> TextSpan:
    """The words of the name a sentence before is about: its phrase with the names listed after it, or the
    name its token ends where that is longer (a heading's "Nimbus X3 review: ...", whose words the parse
    hangs on "review")."""
    span, name = _with_conjuncts(s.doc, topic), _name_of(topic)
    return name if len(name.text) > len(span.text) else span


def _part_of_topic(s: Sentence, noun: Token) -> TextSpan | None:
    """"LG's C4 OLED supports 144Hz. Input lag measured 9.2 milliseconds": a part or feature of a
    product, a vehicle or a venue (`part_nouns`, with the words compounded with it: "input lag", "fuel
    economy", "tasting menu"), singular, with no owner, opening its sentence's main clause as its
    subject in a sentence that names no actor, is a part of what the sentence right before is about
    (`_topic_before`): its figure is that name's ("The economy grew 2%" names no part). So is any
    other noun that may be a part (`_a_thing_word`: "The hull is 186 metres long"), when that name
    names a thing (`_a_thing_name`: "The Northern Belle is the newest ferry"), not a bare firm's."""
    listed = noun.tag_ == "NN" and _a_part_noun(noun)
    if not listed and not _a_thing_word(s, noun):
        return None
    topic = _topic_before(s, noun)
    if topic is None or not listed and not _a_thing_name(topic):
        return None
    return _topic_phrase(s, topic)


def _a_thing_word(s: Sentence, noun: Token) -> bool:
    """A common noun that may name a part or a feature though `part_nouns` lacks it ("The hull is 186
    metres long", "Floodlights stand 48 metres high"): not one of people (`source.people_nouns`), of an
    actor's or a thing's kind (`[parse.descriptions]`, `[parse.described]`: "The ballpark holds 41,649" is
    a description of its own), of a place, abstract, a measure or `not_parts`; not one a word
    makes another thing or any of a kind (`not_part_modifiers`: "The old kettle", "Many adolescents"),
    nor a list ("Roads and bridges account for half of it"), nor one a determiner other than "the" or "this"
    makes no particular one ("An average public institution charges $59,011"; "This bike weighs 18 kg" is
    one); and in a sentence with no word of scope ("National house prices fell 2.4%": the country's)."""
    w, lemma = words(), lemma_of(noun).lower()
    return noun.pos_ == "NOUN" and noun.tag_ in ("NN", "NNS") and lemma not in word_set("source", "people_nouns") \
        and noun.lower_ not in word_set("source", "people_nouns") and lemma not in w.kinds \
        and lemma not in word_set("described", "place", "firm", "product") \
        and lemma not in w.place_nouns | w.abstract | w.measure_nouns | w.quantifiers | w.not_parts \
        and not any(t.lower_ in w.not_part_modifiers or t.dep_ == "conj"
                    or t.dep_ == "det" and t.lower_ not in ("the", "this") for t in noun.children) \
        and not any(t.lower_ in w.scope_adjectives for t in s.sent)


def _a_thing_name(topic: Token) -> bool:
    """Whether the name a sentence before is about names a thing, whose parts a later sentence gives: a name
    with "the" before it ("The Northern Belle", "The Kestrel Ridge"), a common noun a name names ("The
    Brannigan burger", `_name_compound`), or one the sentence presents as a kind of thing ("Cresta is a
    gravel bike") in a sentence of one line (not one run on from a heading); not a bare firm's name ("Acme
    opened a store. The manager earns $50,000"), nor a measure."""
    verb, w = topic.head, words()
    if _name_compound(topic):
        return lemma_of(topic).lower() not in w.measure_nouns | w.abstract   # not "Cloud computing's growth"
    return topic.pos_ == "PROPN" and "\n" not in topic.sent.text.strip() and (
        any(c.dep_ == "det" and c.lower_ == "the" for c in topic.children)
        or lemma_of(verb).lower() in w.copulas and any(c.dep_ == "attr" and c.pos_ == "NOUN" for c in verb.children))


def _a_part_noun(noun: Token) -> bool:
    """Whether a noun with the words compounded with it or modifying it ends in a phrase of `part_nouns`
    ("key travel", whose "Key" the tagger takes for an adjective)."""
    mods = [t.lower_ for t in noun.lefts if t.dep_ in ("compound", "amod") and t.pos_ in ("NOUN", "PROPN", "ADJ")]
    phrase_ = " ".join([*mods, lemma_of(noun).lower()])
    return any(phrase_ == p or phrase_.endswith(" " + p) for p in words().part_nouns)


def _topic_before(s: Sentence, noun: Token, depth: int = 0, others_named: bool = False) -> Token | None:
    """The name the sentence right before `s` (`_sentence_before`) is about, for a subject `noun` that
    opens the main clause of a sentence naming no actor: the name that is that sentence's main verb's
    subject, or owns it ("Acme's sales slowed"), or a thing a name names ("The U.S. housing market
    boomed", `_name_compound`), or the name a heading line right above the paragraph gives (`_heading_name`:
    "Fujifilm X-T5" / "The sensor resolves 40 megapixels"); through a sentence before that opens with a
    measure or a part itself, the name that one is about ("The M4 is thin. The display reaches 500 nits.
    Battery life is 18 hours": the M4), up to `PRONOUN_CHAIN` sentences back; None where that sentence
    is about none ("Prices rose in May"), is a speaker's ('"We sold 300 cars," Lee said'), or is about a
    part itself ("The Apple H2 chip ...")."""
    w = words()
    first = _joined_opener(noun)
    if first is not None:
        return _topic_before(s, first, depth)   # "The tank holds 2 litres, and the motor draws 900 watts"
    if noun.dep_ not in w.subject_deps or noun.head.dep_ != "ROOT" or not _opens(s.sent, noun) \
            or not others_named and any(t.ent_type_ in w.actor_labels for t in s.sent):
        return None                     # "In Ohio, sales ...", "Sales at Acme ...": not opening it, or their own
                                        # (`others_named`: forecasters "polled by LSEG", whose names are no topic)
    before = _sentence_before(s)
    heading = None if before is None else _heading_name(s, before) or (
        _topic_over_title(s, before) if _a_part_noun(noun) else None)   # "Design / The lid opens to 90 degrees"
    if heading is not None:
        return heading                  # "3. Fujifilm X-T5" / "The sensor resolves 40 megapixels"
    if before is None or before.root.pos_ not in ("VERB", "AUX") or _speaks_of_another(before):
        return None                     # (but "Acme reported results on Tuesday": its own)
    subj = _subject_of(before.root)
    if subj is not None and subj.lower_ in w.pointing_pronouns and depth < PRONOUN_CHAIN:
        return _pronoun_topic(s, before, subj, depth)   # "The Corran began sailing. It is new. The ship ..."
    prior = _as_sentence(s, before) if subj is not None and subj.pos_ == "NOUN" and depth < PRONOUN_CHAIN else None
    if prior is not None and (_a_part_noun(subj) or lemma_of(subj).lower() in w.measure_nouns
                              or _a_thing_word(prior, subj)):
        topic = _topic_before(prior, subj, depth + 1)
        if topic is not None:
            return topic                # "The display reaches 500 nits. Battery life is ...": the display's name
    if subj is not None and subj.pos_ == "NOUN" and not _name_compound(subj):
        subj = _named_owner(subj)       # "Acme's sales slowed": Acme (but "LG's C4 OLED" is the OLED)
    if subj is None or not (subj.pos_ == "PROPN" and subj.ent_type_ in w.actor_labels | {""} or _name_compound(subj)):
        return None                     # (the tagger leaves many a firm's name unlabelled: "Acme")
    return None if _a_part_noun(subj) else subj   # "The Apple H2 chip ...": a part of what the text is about


def _opens(sent: Span, noun: Token) -> bool:
    """Whether a noun's phrase opens a sentence: the noun is its first word past determiners and
    modifiers (`_first_word`), or its phrase's first word is the sentence's ("Like-for-like sales",
    "Repair and maintenance costs", whose first words the parse hangs elsewhere)."""
    start = next((t for t in sent if not (t.is_punct or t.is_space)), sent[0])
    return noun.i == _first_word(sent).i or noun.left_edge.i == start.i and not any(
        c.dep_ == "poss" for c in noun.children)        # not "Its rival, the Beamo 5, ...": another's


def _joined_opener(noun: Token) -> Token | None:
    """The subject that opens a sentence's main clause, for the subject of a clause joined to it ("The
    tank holds 2 litres, and the motor draws 900 watts": tank; "The stage is 18 metres wide, and the
    bar serves 40 beers"), when both are common nouns with no owner: the second is about what the
    first is; None otherwise."""
    clause = noun.head
    if noun.dep_ not in words().subject_deps or noun.pos_ != "NOUN" or clause.dep_ != "conj" \
            or clause.head.dep_ != "ROOT" or any(c.dep_ == "poss" for c in noun.children):
        return None
    first = _subject_of(clause.head)
    return first if first is not None and first.pos_ == "NOUN" and not any(
        c.dep_ == "poss" for c in first.children) else None


def _speaks_of_another(before: Span) -> bool:
    """Whether the sentence before, told with a verb of speech, is about someone else than its speaker:
    it quotes ('"We sold 300 cars," Lee said'), or what it reports has a subject of its own that is a
    name or a pronoun ("Lee said Acme sold 300 cars"), or its speaker is people who give figures
    ("Analysts said demand recovered"). Not a firm that tells of itself ("Halcyon Insurance said storms were
    fewer this year", "Pinecrest Hotels announced new prices", "Acme reported results")."""
    root = before.root
    if lemma_of(root).lower() not in cues().attribution["speech_verbs"] or _results_of_its_own(root):
        return False
    speaker = _subject_of(root)
    if any(t.text in _QUOTE_MARKS for t in before) or speaker is None \
            or lemma_of(speaker).lower() in word_set("source", "people_nouns", "role_nouns"):
        return True
    return any(g.dep_ in words().subject_deps and (g.pos_ in ("PROPN", "PRON") or g.ent_type_ in words().actor_labels)
               for c in root.children if c.dep_ == "ccomp" for g in c.children)


def _pronoun_topic(s: Sentence, before: Span, pronoun: Token, depth: int) -> Token | None:
    """What the pronoun subject of the sentence before stands for (`_previous_subject`), as the token of
    its name: the topic a part or a measure after it is about."""
    named = _previous_subject(_as_sentence(s, before), pronoun, depth + 1)
    if named is None or named.start is None:
        return None
    span = s.doc.char_span(named.start, named.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _first_word(sent: Span) -> Token:
    """A sentence's first word past punctuation, spaces and determiners ("The revenue": revenue's "The")."""
    return next((t for t in sent if not (t.is_punct or t.is_space or t.dep_ in ("det", "amod", "compound"))), sent[0])


def _parallel_owner(s: Sentence, noun: Token) -> TextSpan | None:
    """"China's exports fell 7.5%, while imports rose 0.2%": a measure noun with no owner, subject of a
    clause joined to one whose subject is a measure a name owns, is that name's; not one with words of
    its own ("unemployment across the euro zone", "U.S. imports"), nor a pronoun's owner ("its exports
    fell, while imports rose" is the caller's to resolve)."""
    clause = noun.head
    if noun.dep_ not in words().subject_deps or clause.dep_ not in ("conj", "advcl") \
            or any(c.dep_ in ("prep", "poss", "compound", "amod") for c in noun.children):
        return None                     # "unemployment across the euro zone": its own scope
    other = _subject_of(clause.head)
    owner = None if other is None or lemma_of(other).lower() not in words().measure_nouns else _named_owner(other)
    return None if owner is None else phrase(s.doc, owner)


def _reporting_owner(s: Sentence, noun: Token) -> TextSpan | None:
    """"The company said revenue rose 18%", "Corvel said orders fell 6%": a result a company reports of its
    own (`source.result_nouns`) with no owner named, as the subject of the clause a speech verb or a verb of
    forecast reports (`_reporting_speaker`), is its speaker's when the speaker is a firm: described as one
    (`_said_to_be_firm`: "Chipmaker Nvidia"), named as one (`_a_firms_name`: "Delmont Airways", a bare name
    that is no person's), "it" for the firm before, or an officer of a firm named beside their role
    (`_officers_firm`); not a firm that reports on others (`_reports_on_others`: "Norbit Data said revenue
    rose 8%"), people, a role or a public body ("Analysts said ...", "The ministry said income fell 2%"),
    nor a result a word scopes beyond the firm (`_scoped`: "Acme said industry bookings rose"), as
    source._own_result reads "Acme reported revenue"."""
    speaker = _reporting_speaker(noun) if a_result(noun) and noun.dep_ in words().subject_deps \
        and not _scoped(noun) else None
    if speaker is None:
        return None
    firm = _officers_firm(speaker)
    if firm is not None:
        return firm
    if _people_or_body(speaker) or _reports_on_others(speaker) \
            or not (_said_to_be_firm(speaker) or _a_firms_name(speaker) or speaker.lower_ == "it"):
        return None
    return _named(s, speaker)


def _people_or_body(tok: Token) -> bool:
    """People, a role or a public body ("analysts", "the ministry"): who speak of others' results, not their own."""
    return lemma_of(tok).lower() in word_set("source", "people_nouns", "role_nouns", "public_bodies")


def _reporting_speaker(noun: Token) -> Token | None:
    """The subject of the verb of speech or forecast whose reported clause a subject `noun` stands in ("Acme
    said revenue rose", "Acme expects revenue to rise"), also in a clause joined to that one ("..., while
    operating profit fell to £90 million", "... and orders rose 4%"); None otherwise."""
    clause = noun.head
    for _ in range(3):
        if clause.dep_ == "ccomp":
            verb = clause.head
            lemma = lemma_of(verb).lower()
            speaks = lemma in cues().attribution["speech_verbs"] or lemma in word_set("source", "forecast_lemmas")
            return next((c for c in verb.children if c.dep_ == "nsubj"), None) if speaks else None
        if clause.dep_ not in ("conj", "advcl") or clause.head.i == clause.i:
            return None
        clause = clause.head
    return None


def _officers_firm(speaker: Token) -> TextSpan | None:
    """The firm a speaker runs or speaks for, named beside their role (`source.officer_roles`): "Jane Doe,
    chief executive of Tarvik Motors", "Tarvik's finance chief, Jane Doe", "Tarvik Motors chief executive
    Jane Doe", "A Tarvik Motors spokesman"; None for another role ("an analyst at Morland Securities"), a
    name the recogniser calls a place, a people or a time ("the president of France", "Executives at
    Christmas"; a person's tag is often a firm's there: "Corsham finance director Ben Hale"), a public
    body ("a Transport Department spokesman") or a firm that reports on others ("director of research at
    Morland Securities", `_reports_on_others`)."""
    near = [speaker, *(c for c in speaker.children if c.dep_ in ("appos", "compound"))]
    if speaker.dep_ == "appos":
        near.append(speaker.head)
    roles = [t for t in near if t.pos_ == "NOUN" and lemma_of(t).lower() in word_set("source", "officer_roles")]
    if not roles:
        return None
    names = [o for role in roles for c in role.children
             for o in ((c,) if c.dep_ in ("poss", "compound", "nmod") else
                       (o for o in c.children if o.dep_ == "pobj") if c.dep_ == "prep" and c.lower_ in ("of", "at", "for")
                       else ())]
    names += [c for c in speaker.children if c.dep_ == "nmod"]     # "Tarvik Motors chief executive Jane Doe"
    bodies = word_set("source", "public_bodies")
    for name in names:
        span = _capitalised_run(name) if name.pos_ == "PROPN" else None
        if span is not None and name.ent_type_ in ("ORG", "PERSON", "") \
                and not any(w.lower() in bodies for w in span.text.split()) and not _reports_on_others(name):
            return span
    return None


def _capitalised_run(tok: Token) -> TextSpan:
    """The name a proper noun ends: it and the proper nouns right before it ("Torvane Metals" in "Torvane
    Metals finance chief Ivo Lund", where the recogniser's entity may run on into the person's name)."""
    doc, start = tok.doc, tok.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
        start -= 1
    first = doc[start]
    return TextSpan(doc[start:tok.i + 1].text, first.idx, tok.idx + len(tok.text), label=tok.ent_type_ or None)


def _a_firms_name(tok: Token) -> bool:
    """Whether a name speaks as a firm of its own results: its last word is a company's suffix or a
    trade's ("Globex Corp", "Delmont Airways", "Ravelle Foods"; `_firm_word_last`), or it is a bare
    name the recogniser calls no person ("Corvel said orders fell 6%"); not a name of a firm whose
    trade is to report on others, by its own words or the words set beside it (`source.reporter_words`:
    "Norbit Data", "Halden Research", "Keel, a data firm,"), nor a person's."""
    if tok.pos_ != "PROPN":
        return False
    if _reports_on_others(tok):
        return False
    return _firm_word_last(tok) or tok.ent_type_ == "ORG" and tok.tag_ != "NNPS" \
        or not tok.ent_type_ and _name_of(tok).text.count(" ") == 0     # "Corvel", not "Ana Ruiz"


def _firm_word_last(tok: Token) -> bool:
    """Whether a name ends in a company's suffix or a trade's word (`source.company_suffixes`,
    `firm_name_words`: "Globex Corp", "Delmont Airways", "Marlo Foods")."""
    words_ = word_set("source", "company_suffixes", "firm_name_words")
    return tok.pos_ == "PROPN" and (tok.lower_ in words_ or _name_of(tok).text.split()[-1].lower() in words_)


def _reports_on_others(tok: Token) -> bool:
    """Whether a name or the words set beside it (an apposition, a relative clause) say it reports on
    others (`source.reporter_words`: "Norbit Data", "Keel Analytics", "Vance, a consumer research company,",
    "Halden, which tracks prices,"; a data firm, a pollster, an outlet, a broker)."""
    reporters = word_set("source", "reporter_words")
    if any(w.lower() in reporters for w in _name_of(tok).text.split()):
        return True
    return any(t.lower_ in reporters or lemma_of(t).lower() in reporters
               for c in tok.children if c.dep_ in ("appos", "relcl") for t in c.subtree)


def _said_to_be_firm(tok: Token) -> bool:
    """Whether a speaker is a description of a firm or a state (nlp.toml `[parse.descriptions]`: "the
    company", "the retailer"; `[parse.described] firm`: "the miner") or a name the text calls one
    ("Chipmaker Nvidia", "Acme, the Seattle retailer,", "the retailer Acme")."""
    def kind(t: Token) -> bool:     # (or a firm by its trade, `[parse.described] firm`: "the lender", "the miner")
        return lemma_of(t).lower() in words().kinds or lemma_of(t).lower() in word_set("described", "firm")
    return kind(tok) or any(c.dep_ in ("compound", "appos", "nmod") and kind(c) for c in tok.children) \
        or tok.dep_ in ("appos", "compound") and kind(tok.head)


def _appos_name(noun: Token) -> Token | None:
    """The name set beside a common noun in apposition ("the plan, Medicare Advantage")."""
    return next((c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)


def _with_conjuncts(doc: Doc, tok: Token) -> TextSpan:
    """The phrase of `tok` with the names listed after it ("Exports from China and India": China
    and India, not the first of them)."""
    span = phrase(doc, tok)
    last = max((c.right_edge.i for c in tok.children if c.dep_ == "conj"), default=None)
    if last is None or span.start is None:
        return span
    end = doc[last].idx + len(doc[last].text)
    return TextSpan(doc_text(doc)[span.start:end], span.start, end)


def _fronted_place(s: Sentence, noun: Token) -> TextSpan | None:
    """"In Germany, inflation slowed", "Across Europe, gas prices fell", "At Amazon, revenue grew", "For
    Acme, revenue rose" (a name the recogniser left untyped too): a
    place or organisation its clause opens with, in a preposition on the verb before the measure
    noun, is what the measure is of (not a time: "In 2023, revenue rose"; not after the noun:
    "Sales rose in Ohio and fell in Texas", where each place is one figure's; not whose view a
    forecast is: `_a_view`)."""
    verb = noun.head
    if noun.dep_ not in words().subject_deps:
        return None
    view = lemma_of(noun).lower() not in words().measure_nouns and has_modal(verb)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i > noun.i or prep.lower_ not in words().place_preps:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and (obj.ent_type_ in ("GPE", "LOC", "ORG") or _untagged_name(obj)) \
                and not in_range(obj.idx, s.not_subject) and not _a_view(prep, obj, view):
            return phrase(s.doc, obj)
    return _place_set_off_before(s, noun, view)


def _a_view(prep: Token, name: Token, forecast: bool) -> bool:
    """"For Goldman, oil prices will average $90": a fronted "for" a firm or a person before a forecast
    (`forecast`: a modal on a noun that is no measure a name owns) says whose view it is, not whose
    prices; "For Acme, revenue will reach $2 billion" and "For Germany, growth could slow" stay theirs."""
    return forecast and prep.lower_ == "for" and name.ent_type_ not in ("GPE", "LOC")


def _place_set_off_before(s: Sentence, noun: Token, view: bool = False) -> TextSpan | None:
    """"..., but costs vary – in Nevada, the average rate is $107" : the same fronted place, when the
    parse hung it elsewhere, read from the words: "in/at/across/throughout" and a name set off by a
    comma right before the measure noun's phrase, opening its clause (the sentence's start or a word of
    `subject.item_openers` before the preposition); `view`: the clause is a forecast, where "for X" is
    whose view it is."""
    doc, first = s.doc, s.sent.start
    comma = noun.left_edge.i - 1
    end = comma - 1
    if end <= first or doc[comma].text != "," or doc[end].ent_type_ not in ("GPE", "LOC", "ORG"):
        return None
    start = end
    while start > first and doc[start].ent_iob_ == "I":          # to the name's first word
        start -= 1
    prep = start - 1
    if prep < first or doc[prep].lower_ not in words().place_preps or _a_view(doc[prep], doc[end], view) \
            or prep > first and doc[prep - 1].lower_ not in words().item_openers:
        return None
    if in_range(doc[start].idx, s.not_subject):
        return None
    span = doc[start:end + 1]
    return TextSpan(span.text, span.start_char, span.end_char, label=doc[end].ent_type_)


def _set_off_name_of(subj: Token) -> Token | None:
    """"The largest U.S. grocer, Kroger, operates 2,700 stores", "The company's founder, Ann Lee,
    owns 40%": the name (of an actor) that follows a common noun set off by commas is who the
    noun describes; not a name the tagger gives no actor label ("The report, Global Trends, ..."),
    nor a list ("The two firms, Acme and Globex, ...": both, the noun), nor a name with a number
    the phrase would cut ("The index, the FTSE 100, fell 2%": the noun)."""
    if subj.pos_ != "NOUN":
        return None
    name = next((c for c in subj.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if name is None or name.ent_type_ not in words().actor_labels or subj.doc[name.left_edge.i - 1].text != "," \
            or any(c.dep_ == "conj" or c.pos_ == "NUM" for c in name.children):
        return None
    return name


def _owned_name(s: Sentence, subj: Token, owner: Token) -> TextSpan | None:
    """"Acme's comparable sales rose 2.1%": the owner of a common noun is the subject. A name
    owned by a name ("Elon Musk's SpaceX launched 96 rockets", "Zara's parent Inditex", "Britain's
    Treasury expects") is an actor of its own: the phrase with its owner ("Elon Musk's SpaceX",
    which agrees with either), less a description before the name ("Inditex"). Only when both are
    names and the owned one an actor entity with no number before it: not a capitalised common
    noun ("The nation's Gross Domestic Product", "Acme's Fiscal 2024 Revenue": the owner), not a
    time owner ("Last year's Super Bowl"), nor in a headline with every word capitalised ("Trump's
    Tariffs Could Cost ...": Trump). A thing the owner makes, named by a proper noun of its own before
    a common noun that measures nothing ("Mistral's Devstral 2 model", "Acme's Zeta X1 drone"), is the
    phrase with its owner. A pronoun or "whose" owner is never the subject ("Its Board approved":
    None, the subject carried; "Whose sales topped $1 billion?": None); a name of an actor it stands in a
    relation to is (`relation_nouns`: "its rival Medway Farms": Medway Farms; not "its cloud DVR")."""
    w = words()
    if subj.pos_ == "PROPN" and owner.lower_ in w.pointing_pronouns and subj.ent_type_ in w.actor_labels \
            and any(c.dep_ in ("amod", "compound") and lemma_of(c).lower() in w.relation_nouns for c in subj.children):
        return _name_of(subj)           # "its rival Medway Farms shrank 2%": the name, another actor
    if owner.lower_ == "its":
        return _its_owner(s, owner, subj) or _previous_subject(s, owner)
    if owner.lower_ in w.pronouns | w.relative:
        return _previous_subject(s, owner)
    if subj.pos_ == "PROPN" and owner.pos_ == "PROPN" and _a_named_actor(s, owner, subj) \
            and not _a_time(owner) and not _title_case(s.sent):
        return _without_descriptor(s.doc, subj)
    if subj.pos_ == "NOUN" and owner.pos_ == "PROPN" and not _a_time(owner) and not _title_case(s.sent) \
            and not _measures(subj) \
            and any(t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod") for t in s.doc[owner.i + 1:subj.i]):
        return phrase(s.doc, subj)              # "Mistral's Devstral 2 model": a product the owner makes
    described = _described_before(s, owner) or _kind_in_sentence(s, owner) or _described_by_heading(s, owner) \
        if owner.tag_ == "NN" else _owned_under_heading(s, subj)   # "The carmaker's sales": the carmaker
    return described or phrase(s.doc, owner)


def _a_named_actor(s: Sentence, owner: Token, subj: Token) -> bool:
    """Whether a name owned by a name is an actor or a product of its own: an actor entity ("Elon Musk's
    SpaceX"), or a product's name or a model's number ("Sony's PlayStation 5 Pro went on sale", "Apple's iPhone
    16 costs $799", "Tesla's Model 3"); not one with a date in it ("Acme's Fiscal 2024 Revenue")."""
    between = s.doc[owner.i + 1:subj.i + 1]
    if any(t.ent_type_ in ("DATE", "TIME") or t.like_num and re.fullmatch(r"(?:19|20)\d\d", t.text) for t in between):
        return False
    if subj.ent_type_ in words().actor_labels and not any(t.pos_ == "NUM" for t in between):
        return True
    model = any(t.pos_ == "NUM" and t.head.pos_ == "PROPN" for t in between) \
        or any(c.dep_ == "nummod" and c.i == subj.i + 1 for c in subj.children)     # "iPhone 16", "Model 3"
    return model or any(t.ent_type_ == "PRODUCT" for t in between)


def _owned_under_heading(s: Sentence, noun: Token) -> TextSpan | None:
    """"9. Oppenheimer / Christopher Nolan's biopic grossed $975 million", "12. Lisbon / Portugal's capital
    has ...": a description of nlp.toml [parse.described] owned by another name, opening the paragraph under
    a heading line that is one name it fits (`_heading_name`), stands for that name."""
    if noun.tag_ != "NN" or noun.dep_ not in words().subject_deps \
            or lemma_of(noun).lower() not in word_set("described", "place", "firm", "product"):
        return None
    before = _sentence_before(s)
    topic = _heading_name(s, before) if before is not None else None
    return _name_of(topic) if topic is not None and _fits(s, noun, topic) else None


def _kind_in_sentence(s: Sentence, owner: Token) -> TextSpan | None:
    """"Deaths in West Virginia fell 15%, but the state's rate remains the highest": an owner of
    nlp.toml `[parse.descriptions]` is the actor of its kind named before it in its own sentence
    (`_kind_antecedent`; not one further back, "the country's Islamists" pages after "Syria")."""
    found = _kind_antecedent(s, owner)
    return found if found is not None and found.start is not None and found.start >= s.sent.start_char else None


def _its_owner(s: Sentence, owner: Token, subj: Token) -> TextSpan | None:
    """"Acme said its sales rose 4%": "its" in a clause reported by a verb (its complement) stands
    for that verb's subject, when that is a name the tagger takes for no person, or a firm's name ("Tarvik
    Motors", `_a_firms_name`); else None, and the caller takes the subject carried from before, as for
    "Its sales rose 4%" ("Analysts said its sales ...", "The company said its sales ...": the company
    named before). Not "its" in another kind of clause, whose owner may be an object or a possessor
    ("Goldman upgraded Acme, saying its margins ...", "Moody's cut Acme's rating after its debt rose"),
    nor when a name stands beside the owned noun ("its partner Globex grew 10%": Globex is the actor)."""
    if any(c.dep_ == "appos" or c.pos_ == "PROPN" and c.i > subj.i for c in subj.children):
        return None
    clause = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else None
    if clause is None or clause.dep_ != "ccomp" or clause.head.pos_ not in ("VERB", "AUX"):
        return None
    speaker = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or not (speaker.pos_ == "PROPN" and speaker.tag_ != "NNPS" and speaker.ent_type_ != "PERSON"
                               or _a_firms_name(speaker)):
        return None     # (a plural name only a firm's by its last word: "Tarvik Motors", not "Democrats")
    return _named(s, speaker)


def _title_case(sent: Span) -> bool:
    """A headline with every word of 4+ letters capitalised ("Trump's Tariffs Could Cost Families
    $2,000 a Year"): the tagger reads each word as a name there."""
    long = [t for t in sent if t.is_alpha and len(t) >= 4]
    return len(long) >= 3 and all(t.text[:1].isupper() for t in long)


def _with_named_place(s: Sentence, subj: Token) -> TextSpan | None:
    """"Homicides in Chicago", "Exports from China", "Demand for Tesla's cars", "The stock of
    Intel": a common noun that names what is measured, with the place, people or organisation it
    is measured for in a preposition right after it (TOML actor_preps), is about that actor; the
    phrase keeps both ("Homicides in Chicago") when it stays short (`_short_phrase`), else the
    actor alone. Not a name, nor a list ("Analysts at Acme Bank, Goldman Sachs and UBS", "Exports
    from China and imports from Japan": the phrase would name one of them), nor an object that is no such actor ("Sales at stores", "the fishery
    in May", "Support for the president"), nor a person: what a person made or did is measured for
    itself ("Support for Joe Biden"); "from" names an origin, so only a place or a people ("A recipe
    from Julia Child calls for 2 cups": the recipe, the tagger reading the name as an ORG). The
    phrase carries no label: a share in its clause is still of its group ("Hospitals in Texas
    turned away 20% of patients": patients, as for "Hospitals turned away 20% of patients")."""
    w = words()
    if subj.pos_ != "NOUN" or subj.ent_type_ or subj.i + 2 >= len(s.doc):
        return None
    prep = s.doc[subj.i + 1]
    if prep.head.i != subj.i or prep.dep_ != "prep" or prep.lower_ not in w.actor_preps:
        return None
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss" and c.lower_ not in w.pronouns), None)
    labels = ("GPE", "LOC", "NORP") if prep.lower_ == "from" else ("GPE", "LOC", "NORP", "ORG", "")
    actor = next((t for t in (obj, owner) if t is not None and not t.text.islower() and t.ent_type_ in labels
                  and (t.ent_type_ or t.pos_ == "PROPN")), None)
    if actor is None or _a_time(actor) or any(c.dep_ == "conj" for c in (*obj.children, *subj.children)) \
            or prep.lower_ == "from" \
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in (*subj.children, *obj.children)):
        return None                             # "The flight from London to New York": a route; a list
    head, tail = phrase(s.doc, subj), phrase(s.doc, obj)
    end = tail.end
    if s.ctx.text[end:end + 1] in ("\u201d", '"') and _open_quote(s.ctx.text[head.start:end]):
        end += 1                                # "Exports from “China”": the closing quote too
    if not _short_phrase(s, head.start, end, actor):
        long = None if _measures(subj) else _restrictive_tail(s, subj, head)    # "A 3D-printed reef project in Florida"
        return long if long is not None and long.end >= end else phrase(s.doc, actor)
    return TextSpan(s.ctx.text[head.start:end], head.start, end)


def _short_phrase(s: Sentence, start: int, end: int, actor: Token) -> bool:
    """At most three words that count between start and end: not an article, a preposition of
    TOML actor_preps or a possessive "'s"/"’s", and the actor's name as one word ("Fans of the
    New York Yankees": 2; "Troops from the United States": 2; "Demand for Tesla’s electric
    cars": 4)."""
    w = words()
    skip = {"the", "a", "an"} | w.actor_preps | w.possessive
    name = next((e for e in s.ents() if e.start <= actor.i < e.end), s.doc[actor.i:actor.i + 1])
    span = s.doc.char_span(start, end, alignment_mode="expand")     # the phrase's tokens, not the page's
    counted = [t for t in span or () if t.is_alpha and len(t) > 1 and t.lower_ not in skip
               and not name.start < t.i < name.end]
    return len(counted) <= 3


def _open_quote(text: str) -> bool:
    return text.count("\u201c") > text.count("\u201d") or text.count('"') % 2 == 1


def _vague_amount(tok: Token) -> bool:
    """"Thousands of people", "scores of countries", "forty percent of adults": a scale or share word
    (TOML scale_words) is a vague amount only with its "of" group; "Test scores fell", "Millions
    watched" name what they count."""
    return tok.lower_ in words().scale_words and _of_object(tok) is not None


def _without_descriptor(doc: Doc, tok: Token) -> TextSpan:
    """The noun phrase of `tok`, less a common-noun description before a proper name
    ("chipmaker Nvidia", "US-based hyperscaler AWS", "security firm Pentera"): the name is who the
    figure is about; the description is what the text says of it."""
    span = phrase(doc, tok)
    if tok.pos_ != "PROPN" or span.start is None:
        return span
    start = tok.i
    while start - 1 >= 0 and doc[start - 1].idx >= span.start and doc[start - 1].pos_ == "PROPN" \
            and doc[start - 1].dep_ == "compound":
        start -= 1
    described = [t for t in doc[start - 1:start] if t.idx >= span.start and t.pos_ == "NOUN" and t.head.i >= start
                 and t.text.islower()]          # "Pottery Barn": a capitalised noun is part of the name
    if not described:
        return span
    first = doc[start]
    return TextSpan(doc_text(doc)[first.idx:span.end], first.idx, span.end, label=span.label)


def _restrictive_tail(s: Sentence, tok: Token, span: TextSpan | None) -> TextSpan | None:
    """A common noun's phrase with the restrictive modifiers after it that say which ones it
    means (TOML [extent]): "developers using AI tools", "businesses that refine oil", "nurses in
    rural clinics", "cities like Austin", as gold annotates the actor noun phrase. Whole modifiers
    in order while the phrase stays short (`max_words`); never past a comma, a figure, a time, the
    source's words or a verb of speech ("Workers who said ...", "Farms that grow 40 kinds"), nor over
    a line break or half a bracket, nor when the sentence has no finite verb outside it (a misparse that took the verb
    into the modifier or for a noun: "Half of marketers using TikTok sell products")."""
    if span is None or span.start is None or tok.pos_ != "NOUN" or span.end != tok.idx + len(tok.text):
        return span
    doc, ext, end = s.doc, words().extent, tok.i
    for child in tok.rights:
        if child.left_edge.i != end + 1 or not _restrictive(s, child):
            break
        last = child.right_edge.i
        while last > child.i and (doc[last].is_punct or doc[last].is_space or doc[last].pos_ in ("CCONJ", "DET", "ADP")):
            last -= 1                               # not a dangling "and" the parse left ("citations and")
        tail = doc[end + 1:last + 1].text
        if "\n" in doc[end:last + 1].text or tail.count("(") != tail.count(")") or not any(
                t.tag_ in ("VBZ", "VBP", "VBD", "MD") and not end < t.i <= last for t in s.sent):
            break                                   # never across a line or a bracket, nor the clause's verb
        counted = [t for t in doc.char_span(span.start, doc[last].idx + len(doc[last]), alignment_mode="expand") or ()
                   if any(ch.isalnum() for ch in t.text) and t.lower_ not in ext["uncounted"]]
        if len(counted) > ext["max_words"]:
            break
        end = last
    if end == tok.i:
        return span
    stop = doc[end].idx + len(doc[end].text)
    return TextSpan(doc_text(doc)[span.start:stop], span.start, stop, label=span.label)


def _restrictive(s: Sentence, mod: Token) -> bool:
    """Whether a right child of a noun is a restrictive modifier (`_restrictive_tail`): a
    preposition of TOML [extent] preps with its object, a participle, or a relative clause that
    opens with no comma; holding no figure or time (but a time that names a noun after it, "this
    June analysis"), source word or verb of speech; not a preposition whose object is a time
    ("Nurses in 2019": a time scope; "a chatbot that launched in May 2023": its date) or a pronoun
    ("floods like this"), nor the "from" of a route ("The flight from London to Paris")."""
    sub = list(mod.subtree)
    if mod.dep_ == "prep":
        obj = next((c for c in reversed(list(mod.children)) if c.dep_ == "pobj"), None)   # the last: "in this June analysis"
        route = mod.lower_ == "from" and any(c.dep_ == "prep" and c.lower_ == "to" for c in (*mod.head.children, *sub))
        ok = mod.lower_ in word_set("extent", "preps") and obj is not None and not _a_time(obj) and not route \
            and obj.pos_ != "PRON"
    else:
        ok = mod.dep_ == "acl" and mod.tag_ in ("VBG", "VBN") or mod.dep_ == "relcl" and not sub[0].is_punct
    speech, doc = cues().attribution["speech_verbs"], s.doc
    inside = [q for q in (*s.quantities, *s.times) if sub[0].i <= q.start and q.end - 1 <= sub[-1].i]
    return ok and all(q in s.times and q.end <= sub[-1].i and doc[q.end].pos_ in ("NOUN", "PROPN") for q in inside) \
        and not any(in_range(t.idx, s.not_subject) or t.pos_ == "VERB" and lemma_of(t).lower() in speech for t in sub)


def _titled_name(doc: Doc, subj: Token) -> Token | None:
    """The person or body a common-noun description stands for: the proper name right after a
    title ("the Danish chemist Hans Berg"), whether the parser hangs it on the title or makes it a
    second subject of the verb; the name it describes in apposition ("Ann Lee, a chemist at
    Acme who has worked there for 20 years"); the name it is given ("a chemist named Ann Lee"); a title
    in quotes after the noun of a work ("The film 'Night Ferry'")."""
    if subj.pos_ == "NOUN" and subj.dep_ == "appos" and subj.head.pos_ == "PROPN":
        return subj.head
    given = next((g for c in subj.children if c.dep_ == "acl" and lemma_of(c).lower() in words().naming_lemmas
                  for g in c.children if g.pos_ == "PROPN" and g.dep_ in ("oprd", "xcomp", "dobj", "attr")), None)
    if given is not None:
        return given
    after = subj.i + 1
    if after < len(doc) and doc[after].is_quote and doc[after].is_punct:
        if not _quoted_title(doc, after):
            return None                             # 'the adage "Waste not want not"': a saying, no title
        after += 1                                  # "The film 'Night Ferry' earned $31 million": a title in quotes
    if subj.pos_ != "NOUN" or after >= len(doc) or doc[after].pos_ != "PROPN":
        return None
    name = doc[after]
    while name.dep_ == "compound" and name.head.pos_ == "PROPN" and name.head.i > name.i:
        name = name.head
    if (name.dep_ == "appos" and name.head == subj) or (name.dep_ == subj.dep_ and name.head == subj.head):
        return name
    return None


def _quoted_title(doc: Doc, mark: int) -> bool:
    """Whether the quotation that opens at token `mark` is a title: every word in it capitalised but the small
    words of a headline ("Night Ferry", "The Lord of the Rings"; not "Waste not want not")."""
    small = words().headline_small_words
    inside = []
    for tok in doc[mark + 1:]:
        if tok.is_quote and tok.is_punct:
            break
        inside.append(tok)
    alpha = [t for t in inside if t.is_alpha]
    return bool(alpha) and all(t.text[:1].isupper() or t.lower_ in small for t in alpha)


def _measured_for(noun: Token) -> Token | None:
    """Who a measure noun is of when no "of" says it: the actor named before it ("Apple shares", an
    untagged name: "Tesla shares",
    "the Ohio turnout rate") or the object of its "for/at/in" phrase ("prices for eggs", "tuition at
    state colleges", "the jobless rate in Spain")."""
    actor = next((c for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod")
                  and (c.ent_type_ in words().actor_labels or _untagged_name(c) and c.nbor(1).lower_ not in (",", "and", "or"))),
                 None)                          # "Energy, food and housing costs": the first of a list, however parsed
    if actor is not None:
        return actor
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in words().measured_for_preps:
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and not obj.like_num and obj.ent_type_ not in ("DATE", "TIME"):
                return obj
    return None


def _untagged_name(tok: Token) -> bool:
    """A proper noun the recogniser gave no type ("Tesla shares", "Zoom shares", "Uber revenue": the small
    model misses many company names), not a time ("March sales", "Monday trading"), nor the first of a
    list the tagger read as a name at its sentence's start ("Design, engineering and integration costs")."""
    return tok.tag_ in ("NNP", "NNPS") and not tok.ent_type_ and not _a_time(tok) and tok.dep_ != "conj" \
        and not any(c.dep_ == "conj" for c in tok.children)


def _writer_or_reader(s: Sentence, pronoun: Token) -> TextSpan | None:
    """"I have owned mine for 10 years", "we tested 18 sites": the writer is who the figure is
    about, not an actor named before; in a speaker's words "I", "we" and "our" stand for the
    speaker ("“We sold 300 cars,” Ann Lee said"), or for "we" and "our" the body the text says the
    speaker speaks for (`_speakers_body`: "..., said Jane Arden, chief executive of Velo Harrow"). None
    for other pronouns, and for "my"/"our" outside a speaker's words (the caller then takes what the
    writer owns: "my newsletter")."""
    w = words()
    if pronoun.lower_ not in w.self_pronouns | w.self_possessives or _roman_numeral(pronoun):
        return None
    if s.source is not None and s.source.scope == "speech":
        return (_speakers_body(s, s.source.span) if pronoun.lower_ in ("we", "our") else None) or s.source.span
    if pronoun.lower_ not in w.self_pronouns or any(q in s.text for q in _QUOTE_MARKS):
        return None                     # a quotation whose speaker is not known here: not the writer
    return TextSpan(pronoun.text, pronoun.idx, pronoun.idx + len(pronoun.text))


_QUOTE_MARKS = ("\"", "\u201c", "\u201d")


def _speakers_body(s: Sentence, speaker: TextSpan) -> TextSpan | None:
    """The firm or body a speaker's "we" and "our" stand for, as the text names it beside the speaker: the
    name a role of theirs is "of", "at", "for" or "with" ("Jane Arden, chief executive of Velo Harrow"; not
    a kin of theirs, `kin_nouns`: "the wife of John Smith"), the name that owns the role ("Velo Harrow's
    chief executive, Jane Arden"), or the name they run, lead or founded (`leading_lemmas`: "Orla Dunne, who
    runs Kestrel Bakery"); for a speaker in a role with no name beside them, the name the text there is
    about (`_role_topic`); None where there is none (the speaker then)."""
    span = s.doc.char_span(speaker.start, speaker.end, alignment_mode="expand") if speaker.start is not None else None
    if span is None or not len(span):
        return None
    head = span.root
    near = [head, *(c for c in head.children if c.dep_ == "appos")]
    if head.dep_ == "appos":
        near.append(head.head)
    for tok in near:
        for c in tok.children:
            name = None
            if c.dep_ == "prep" and c.lower_ in ("of", "at", "for", "with") and tok is not head \
                    and lemma_of(tok).lower() not in words().kin_nouns:     # not "the wife of John Smith"
                name = next((o for o in c.children if o.dep_ == "pobj"), None)
            elif c.dep_ == "poss" and tok.pos_ == "NOUN":
                name = c
            elif c.dep_ == "relcl" and lemma_of(c).lower() in words().leading_lemmas:
                name = next((o for o in c.children if o.dep_ == "dobj"), None)
            if name is not None and name.pos_ == "PROPN":   # (the recogniser calls many a firm a person)
                return _name_of(name)
    return _role_topic(s, span) if any(t.pos_ == "NOUN" for t in span) else None


def _role_topic(s: Sentence, speaker: Span) -> TextSpan | None:
    """The body a speaker in a role speaks for when no name stands beside them ("A spokesman said", "its
    director, Ann Lee", "organiser Tom Reed"): the name the speaker's sentence, or one of the two before it
    in the text, is about outside a quotation (`_topic_name`, or the name a common-noun subject introduces
    or is "of": "The housing charity Shelter North says ...", "Fans of the Marlow Jazz Week say ...";
    "Northwind Airlines cut its forecast. A spokesman said: 'We lost $3 million'"), not the speaker nor
    another person; None where none is."""
    sent = speaker.sent
    for _ in range(3):
        subj = _subject_of(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
        of = _of_object(subj) if subj is not None and subj.pos_ == "NOUN" else None   # "Fans of the X Week"
        name = None if any(t.text in _QUOTE_MARKS for t in sent) else _topic_name(sent.root) or (
            _titled_name(s.doc, subj) or _appos_name(subj) or (of if of is not None and of.pos_ == "PROPN" else None)
            if subj is not None and subj.pos_ == "NOUN" else None)
        if name is not None and not speaker.start <= name.i < speaker.end \
                and not (_a_person(name) and not _said_to_be_firm(name)):
            return _name_of(name)       # (not a name inside a quotation: '"Acme paid us $2m," said its director')
        sent = _sentence_before(_as_sentence(s, sent))
        if sent is None:
            return None
    return None


def _roman_numeral(tok: Token) -> bool:
    """"World War I", "Phase I enrolled 300": a capital "I" that is part of a name (an entity, or
    after a capitalised word it is a compound of) is a numeral, not the writer ("On Monday I ran" is)."""
    if tok.text != "I":
        return False
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return bool(tok.ent_type_) or (before is not None and before.text[:1].isupper()
                                   and before.pos_ in ("PROPN", "NOUN") and before.dep_ not in ("pobj", "conj"))


def carries(subject: TextSpan, s: Sentence) -> bool:
    """Whether a figure's subject carries to later figures with none of their own: not the
    writer ("I", "we"), whom a later figure's own words must name again, nor a speaker who is the
    subject only as the "we" of their own words."""
    return subject.text.lower() not in words().self_pronouns \
        and not (s.source is not None and subject is s.source.span)


def sampled(s: Sentence, subject: TextSpan, qspan: Span) -> TextSpan | None:
    """What the figures after a sample's count are about: the group it counts, not the study
    (`_sample_of`: "A survey of 2,000 adults found that 40% back the plan": adults); None for any
    other subject."""
    if not _sample_study(s, subject):
        return None
    group = _without_figures(s, phrase(s.doc, _counted_noun(qspan)), qspan)
    return TextSpan(group.text, group.start, group.end) if group is not None and group.text.strip() else None


def _sample_study(s: Sentence, subject: TextSpan) -> bool:
    """Whether a subject is a study of `_sample_of`: in the sentence, a study noun with an "of" phrase
    or a clause of covering ("A survey of 2,000 adults", "a study that followed 4,000 nurses")."""
    if subject.start is None or not s.sent.start_char <= subject.start < s.sent.end_char:
        return False
    span = s.doc.char_span(subject.start, subject.end, alignment_mode="expand")
    last = span[-1] if span is not None and len(span) else None
    return last is not None and lemma_of(last).lower() in words().sample_nouns and any(
        c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "relcl" and lemma_of(c).lower() in word_set("source", "coverage_lemmas")
        for c in last.children)


def carried_subject(s: Sentence, carry: Carry, qspan: Span) -> TextSpan | None:
    """The subject a figure with none of its own takes from before: the measure phrase a figure
    took after the last actor (`measure_phrase`), in the figure's own sentence ("Annual price growth
    hit 9%, up from 4%") or where the figure is an amount its clause names no measure for
    ("Inflation rose to 3.2%. It had been 2.9%", `_a_measure_amount`); else the last actor carried,
    which a new measure noun with no actor of its own is about ("The housing market cooled, with
    price growth peaking at 26%. By 2022, annual growth had fallen to 1%": the market's)."""
    verb, subj = _subject_above(qspan)
    actor = None if subj is not None and subj.lower_ in words().impersonal and not _expletive(subj) \
        and (_plural_noun(s, carry.subject) or _person_name(carry.subject)) \
        else carry.subject    # "It employs 4,000 people": not a poll's voters, nor the person named last
    if carry.measure is None:
        return actor
    measured = subj is not None and subj.pos_ == "NOUN" and _unowned_measure(subj)
    if carry.measure[0] == s.sent.start or not measured and _a_measure_amount(qspan, verb, subj):
        return carry.measure[1]
    return actor


def _person_name(subject: TextSpan | None) -> bool:
    """Whether a subject is a person's name: tagged a person, of two capitalised words or more and no digit
    ("Ann Lee"; not "Pixel 9", which the recogniser may call a person too)."""
    return subject is not None and subject.label == "PERSON" \
        and re.fullmatch(r"[A-Z][^\W\d_]*[.'’-]?(?:\s+[A-Z][^\W\d_]*[.'’-]?)+", subject.text) is not None


def _plural_noun(s: Sentence, subject: TextSpan | None) -> bool:
    """Whether a subject of the page is a plural common noun ("voters", "small businesses"), which "it"
    does not stand for (a firm's name that ends in a plural is one: "Brightwater Foods")."""
    if subject is None or subject.start is None:
        return False
    span = s.doc.char_span(subject.start, subject.end, alignment_mode="expand")
    return span is not None and span.root.tag_ == "NNS"


def _subject_above(qspan: Span) -> tuple[Token | None, Token | None]:
    """The nearest verb above a figure that has a subject, up through those that have none ("Sales
    surged, reaching a record 49%": surged), with that subject; (None, None) when none has."""
    tok = qspan.root
    while True:
        if tok.pos_ in ("VERB", "AUX"):
            subj = _subject_of(tok)
            if subj is not None:
                return tok, subj
        if tok.head.i == tok.i:
            return None, None
        tok = tok.head


def _a_measure_amount(qspan: Span, verb: Token | None, subj: Token | None) -> bool:
    """Whether a figure is an amount by a verb a measure takes, as its clause's object or complement
    ("It was 2.9%", "it had fallen to 1%") or under a subject that points back ("That is 20% more",
    "They were down 15%"); not by one of a thing (`thing_amount_verbs`: "It costs $99", "It weighs 9
    pounds") nor an act ("It expects $3.3 billion", "It doubled its revenue"): those are the actor's;
    nor a count of what there is ("There are two types")."""
    w = words()
    verb = amount_verb(qspan) or (verb if subj is not None and subj.lower_ in w.pointing_pronouns | w.demonstratives
                                  and lemma_of(verb).lower() in w.amount_verbs else None)
    return verb is not None and lemma_of(verb).lower() not in w.thing_amount_verbs \
        and not any(c.dep_ == "expl" or c.dep_ == "dobj" and not c.left_edge.i <= qspan.start <= c.right_edge.i
                    for c in verb.children)         # "There are ...", "It doubled its revenue" (not "It reached $2 billion")


def measure_phrase(s: Sentence, subject: TextSpan) -> bool:
    """A subject that is itself a measure ("year-over-year price growth", "Annual growth": the noun
    phrase kept for want of an actor, `_measured_thing`) is no actor: it does not replace the actor
    carried before it, and only the figures that point back to it take it (`carried_subject`)."""
    if subject.start is None or not s.sent.start_char <= subject.start < s.sent.end_char:
        return False
    span = s.doc.char_span(subject.start, subject.end, alignment_mode="expand")
    return span is not None and span.root.pos_ == "NOUN" and _measures(span.root) \
        and not any(t.ent_type_ in words().actor_labels for t in span)


def takes_carried(s: Sentence, qspan: Span) -> bool:
    """Whether a figure with no subject of its own takes the one carried from before: not in a
    heading or a label line, a block that ends in no sentence mark and has no finite verb ("Day 6
    to 7: Kyoto", "Fee: $99 per room", "#3: Skiplagged"): it names its own topic, not the last
    actor ("In June it hired 40 workers" has a verb: "it" points back); nor in a sentence that speaks
    to the reader (`_imperative`), nor a figure that presents what follows ("Here are 10 movies to
    stream", `_presents_figure`)."""
    block = s.ctx.body[s.block] if s.block < len(s.ctx.body) else None
    line = (block.text if block is not None else s.text).strip()
    return (line.endswith((".", "!", "?", "\"", "”", ")", ":", ";"))
            or any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "ROOT" and t.pos_ == "VERB" for t in s.sent)) \
        and not _imperative(s.sent) and not _presents_figure(qspan)


def _imperative(sent: Span) -> bool:
    """"Take a 2-minute break every hour", "Then add 2 cups of flour": a sentence that opens with a
    verb in its base form and has no subject speaks to the reader; its figures are about no actor
    named before ("Acme hired 40 workers. It sold 9 cars": "It" has a subject and points back)."""
    root = sent.root
    first = next((t for t in sent if not (t.is_punct or t.is_space or t.pos_ in ("ADV", "INTJ", "AUX", "PART"))), None)
    return root.tag_ == "VB" and root.pos_ == "VERB" and first is not None and first.i == root.i \
        and not any(c.dep_ in words().subject_deps or c.dep_ == "expl" for c in root.children)


def _earlier_subject(s: Sentence, pronoun: Token) -> TextSpan | None:
    """"Globex said it has cut prices on hundreds of items": a pronoun subject stands for
    the nearest subject before it in its own sentence, not a person for "it" (`words.impersonal`)
    (None when there is none: the caller then takes the subject carried from before)."""
    w = words()
    for tok in reversed(s.doc[s.sent.start:pronoun.i]):
        if tok.dep_ in w.subject_deps and tok.lower_ not in w.pronouns and tok.tag_ not in ("WDT", "WP") \
                and not tok.like_num and not (pronoun.lower_ in w.impersonal and _a_person(tok)):
            group = _of_object(tok) if tok.text == "%" else None     # "40% of adults say they ...": adults
            return _named(s, group if group is not None else tok)
    return _last_person(s, pronoun)


def _previous_subject(s: Sentence, pronoun: Token, depth: int = 0) -> TextSpan | None:
    """"Acme makes widgets in Ohio. It employs 3,000 people", "Its revenue rose 4%": a pronoun
    subject or a subject's pronoun owner (`pointing_pronouns`) with no other subject before it in
    its own sentence (the same pronoun or a relative one may be: "It grew, and while it ...", "With
    48 styles that ..., it offers") stands for what the sentence right before it is about
    (`_pointed_actor`), when that sentence is in its paragraph or ends the one before. Not an "it"
    that holds the place of a clause (`_expletive`), a speaker's "it" inside a quotation, the owner
    of another actor ("Its rival Globex", "Its parent company"), nor the subject of a verb of finding
    ("YouGov asked voters. It found 38% ...": `speaker_lemmas`, a speaker). Through a pronoun that
    sentence is about, to what that one stands for (`_chained`; `depth`: the sentences gone back so far).
    None otherwise: the caller then takes the subject carried from the last figure."""
    w = words()
    subject = pronoun if pronoun.dep_ != "poss" else pronoun.head      # "Its revenue rose": the owner of one
    if pronoun.lower_ not in w.pointing_pronouns or subject.dep_ not in w.subject_deps or s.sent.start == 0 \
            or _expletive(pronoun) or any(t.dep_ in w.subject_deps and t.lower_ not in w.pointing_pronouns | w.relative
                                          and t.tag_ not in ("WDT", "WP") for t in s.doc[s.sent.start:pronoun.i]):
        return None                     # "Investors fear that its margins ...": theirs, or another's
    if any(t.text in _QUOTE_MARKS for t in s.doc[s.sent.start:pronoun.i]):
        return None                     # a speaker's "it" ('"It will cost $5 billion," Lee said'): the speaker's topic
    if subject is not pronoun and (_an_actor(subject) or any(c.dep_ == "appos" for c in subject.children)):
        return None                     # "Its rival Globex has ...", "Its parent company owns ...": another actor
    if _lemma_in(subject.head, w.speaker_lemmas) and not _own_result_told(subject.head):
        return None                     # "YouGov asked voters. It found 38% ...": a speaker, whose figure is about others
    before = _sentence_before(s)
    if before is None:
        return None
    actor = _pointed_actor(before.root, pronoun) \
        or (_heading_name(s, before) if pronoun.lower_ in ("it", "its") else None) or _topic_over_title(s, before, pronoun)
    if actor is None:
        chained = _chained(s, before, pronoun, depth)
        actor = _past_aside(s, before, pronoun, depth) if chained is None else None
        if actor is None:
            return chained
    return _antecedent(s, actor) or _kind_antecedent(s, actor) \
        or _with_conjuncts(s.doc, actor)                              # "the company": the one named before


def _chained(s: Sentence, before: Span, pronoun: Token, depth: int) -> TextSpan | None:
    """"Acme makes widgets. It is a family firm. It employs 3,000 people": where the sentence before
    is about a pronoun of the same number as `pronoun` (its main verb's subject: "it", "they"), the
    pronoun stands for what that one stands for (`_previous_subject` of that sentence), up to
    `PRONOUN_CHAIN` sentences back."""
    singular = words().impersonal       # "it", "its", as `_agrees` reads them
    prior = next((c for c in before.root.children if c.dep_ in words().subject_deps
                  and c.lower_ in words().pointing_pronouns and (c.lower_ in singular) == (pronoun.lower_ in singular)), None)
    if prior is None or depth >= PRONOUN_CHAIN:
        return None
    return _previous_subject(_as_sentence(s, before), prior, depth + 1)


def _past_aside(s: Sentence, before: Span, pronoun: Token, depth: int) -> Token | None:
    """"Tarrant Motors showed its truck. The event was held at a hotel. It plans to build 30,000": past a
    sentence in between, in one paragraph, that names no one (no firm, person or product, no pronoun, no
    actor's kind or measure as its subject: an aside about a thing or an event), a pronoun stands for what
    the sentence before that is about (`_pointed_actor`; the caller resolves it as any pointed actor), one
    sentence back at most; not past a sentence about another actor ("Acme makes widgets. Analysts like
    them. They ...")."""
    subj = _subject_of(before.root) if before.root.pos_ in ("VERB", "AUX") else None
    if depth > 0 or subj is None or subj.pos_ != "NOUN" or _an_actor(subj) or _a_group(subj, pronoun) or _measures(subj) \
            or pronoun.lower_ not in words().impersonal and lemma_of(subj).lower() in word_set(
                "source", "people_nouns", "role_nouns") \
            or any(t.pos_ == "PRON" or t.ent_type_ in ("ORG", "PERSON", "NORP", "PRODUCT") for t in before):
        return None                     # (a place may stand in an aside: "at a plant near Leeds")
    earlier = _sentence_before(_as_sentence(s, before))
    if earlier is None or not s.ctx.block_starts[s.block] <= earlier.start_char:
        return None                     # all in one paragraph
    return _pointed_actor(earlier.root, pronoun)


def _as_sentence(s: Sentence, before: Span) -> Sentence:
    """The sentence `before` of `s`'s page, as a context of its own with no figures or times: a chain
    through it reads its subject as `s` reads its own."""
    block = bisect.bisect_right(s.ctx.block_starts, before.start_char) - 1
    return replace(s, sent=before, block=block, quantities=(), times=())


# the most sentences a pronoun goes back through pronouns that stand for the same one: as many as nlp
# parses before a piece that points back
PRONOUN_CHAIN = POINTED_BACK_PIECES


def _sentence_before(s: Sentence) -> Span | None:
    """The sentence right before `s`, when it is in its paragraph or ends the one before (what a
    pronoun or a description opening `s` may point back to); else None."""
    if s.sent.start == 0:
        return None
    before = s.doc[s.sent.start - 1].sent
    block = bisect.bisect_right(s.ctx.block_starts, before.start_char) - 1
    if block != s.block and (block != s.block - 1 or s.ctx.block_starts[s.block] < s.sent.start_char):
        return None
    return before


def _heading_name(s: Sentence, before: Span) -> Token | None:
    """"Vienna" / "5. Barcelona" / "Dune: Part Two" as a heading line of its own, right before the
    paragraph `s` opens: the name the paragraph is about, which "It" or "The city" at its start stands for.
    A whole block of at most `HEADING_MAX_TOKENS` words, all capitalised but a name's small words, whose
    head the recogniser reads as an actor, a place or a work (assemble.toml heading_labels), past a list number; the
    name's last word, or None."""
    starts = s.ctx.block_starts
    if s.sent.start_char != starts[s.block] or s.block == 0:
        return None
    return _heading_line(s, s.block - 1, before)


def _heading_line(s: Sentence, block: int, before: Span) -> Token | None:
    """`_heading_name` of a sentence `before` that is all of block `block` but a list number: the whole
    line when it is one name, else the name on one side of its colon (`_named_part`: "Road test: the Corvan
    Estate", "Nimbus X3 review: fast but loud"), which the recogniser may not know."""
    if not _opens_block(s, block, before):
        return None                     # a list number may stand before it as a sentence of its own
    for part in (before, _named_part(before)):
        if part is None or len(part) > HEADING_MAX_TOKENS or not _all_capitalised(part):
            continue                    # (the tagger reads a one-word name alone as anything: "Spotify" a verb)
        head = part.root
        if not head.text[:1].isupper() or head.ent_type_ not in words().heading_labels and not (
                part is not before and all(t.pos_ in ("PROPN", "NUM") or t.tag_ == "POS" for t in part)) \
                and not _unknown_name(part):
            continue
        while head.i + 1 < part.end and before.doc[head.i + 1].ent_iob_ == "I" and not before.doc[head.i + 1].is_space:
            head = before.doc[head.i + 1]   # the name's last word: "Bank of America", whose root is "Bank"
        return head
    return None


def _topic_over_title(s: Sentence, before: Span, pronoun: Token | None = None) -> Token | None:
    """"The Orlen K7 is a tablet for children. ... / Screen and Sound / It has a 10-inch panel": "it" (or
    "they", for a group or a list: "Dock workers walked out. / Talks stall / They want ...") opening a paragraph
    right under a section's title (`_heading_block`, no name: "Screen and Sound", "Getting there") stands for
    what the text above the title is about. Going back over other sections' titles and
    sentences about no actor ("We tested it for a month", "It charges in an hour"), up to `TITLE_REACH`
    sentences: the first heading that names one (`_heading_line`: a list's item), or a list's numbered heading
    in capitals ("2. The Harbour Inn"), or sentence whose subject points to one (`_pointed_actor`). None at an
    actor that cannot be it ("Analysts said ...", "Harbour Bistro" tagged a person), a label line, a numbered
    heading in lower case ("3. Book early") or a heading with another name (a person's: "Ana Ruiz"): the
    caller then takes the carried subject. With no `pronoun`, for a part that opens the paragraph
    (`_topic_before`: "Design / The lid opens to 90 degrees"), the first sentence back whose subject is a
    thing's name (not a person's) or a noun a name names."""
    if s.sent.start_char != s.ctx.block_starts[s.block] or not _heading_block(s, s.block - 1, before):
        return None
    sent = before
    for _ in range(TITLE_REACH):
        if sent.start == 0:
            return None
        sent = s.doc[sent.start - 1].sent
        block = bisect.bisect_right(s.ctx.block_starts, sent.start_char) - 1
        if _heading_block(s, block, sent):
            name = _heading_line(s, block, sent)
            if name is not None:
                return name             # an item's heading: the item's own
            if _numbered(s, block, sent):
                words_ = [t for t in sent if t.is_alpha]
                return words_[-1] if words_ and _all_capitalised(sent) else None   # "2. The Harbour Inn"
            if any(t.ent_type_ and t.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL") for t in sent):
                return None             # a name that cannot be "it" (a person's) heads its own section
            continue                    # another section's title
        if label_line().match(sent.text.lstrip()):
            return None
        subj = _subject_of(sent.root) if sent.root.pos_ in ("VERB", "AUX") else None
        actor = _pointed_actor(sent.root, pronoun) if pronoun is not None else subj if subj is not None and (
            subj.pos_ == "PROPN" and _plain_noun(subj) and not _a_person(subj) or _name_compound(subj)) else None
        if actor is not None or subj is not None and _an_actor(subj) and subj.lower_ not in words().pronouns \
                and not any(c.dep_ == "poss" and c.lower_ in words().pointing_pronouns for c in subj.children):
            return actor                # (not "Its founder said ...": the topic's own)
    return None


def _heading_block(s: Sentence, block: int, sent: Span) -> bool:
    """Whether a sentence is a heading line: all of its block but a list number before it, one line of at most
    `HEADING_MAX_TOKENS` tokens, with no sentence mark, colon or bracket at its end and no label."""
    starts, text = s.ctx.block_starts, s.ctx.text
    end = starts[block + 1] if block + 1 < len(starts) else len(text)
    line = sent.text.strip()
    return bool(line) and "\n" not in line and not text[sent.end_char:end].strip() and len(sent) <= HEADING_MAX_TOKENS \
        and _opens_block(s, block, sent) \
        and not line.endswith((".", "!", "?", ":", ";", ")", "\"", "”")) and not label_line().match(line)


def _opens_block(s: Sentence, block: int, sent: Span) -> bool:
    """Whether a sentence opens block `block`, but for a list number before it ("3." as a sentence of its own)."""
    return re.fullmatch(r"\s*(?:\d{1,3}[.)]\s*)?", s.ctx.text[s.ctx.block_starts[block]:sent.start_char]) is not None


def _numbered(s: Sentence, block: int, sent: Span) -> bool:
    """Whether a heading line opens with a list number ("2. The Harbour Inn"), as a sentence of its own or not."""
    return re.match(r"\s*\d{1,3}[.)]", s.ctx.text[s.ctx.block_starts[block]:sent.end_char]) is not None


def _unknown_name(line: Span) -> bool:
    """A heading line of at most `UNKNOWN_NAME_TOKENS` capitalised words, one of which no dictionary of the
    pipeline knows ("Pellico Jet", "Sunvella", "Corvana Suites"): a name the recogniser missed, not a
    section's title ("Battery Life", "Key Facts", "Design", "What We Liked": every word known, or a
    function word the index leaves out)."""
    words_ = [t for t in line if t.is_alpha and t.lower_ not in words().name_links]
    return 0 < len(words_) <= UNKNOWN_NAME_TOKENS and any(not (known_word(t) or t.is_stop) for t in words_)


def _all_capitalised(span: Span) -> bool:
    """Whether every word of a span is capitalised but a name's small words (`name_links`), a possessive
    ending and a hyphen's word ("Chick-fil-A")."""
    words_ = [t for t in span if not (t.is_punct or t.is_space or t.like_num or t.tag_ == "POS")]
    return bool(words_) and not any(
        not t.text[:1].isupper() and t.lower_ not in words().name_links
        and not (t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 2].whitespace_) for t in words_)


def _named_part(line: Span) -> Span | None:
    """The name on one side of a heading line's one colon: after it, less "the", a place after a comma and
    a kind after the name, when a kicker leads ("Road test: the Corvan Estate", "Stay: Villa Serena,
    Amalfi", "Tested: the Arlo Vanta kettle"); else before it, less the lower-case words that end it, when
    words in lower case follow ("Nimbus X3 review: fast but loud", "Acme Foods: third-quarter
    update"); None without one colon."""
    doc = line.doc
    colons = [t for t in line if t.text == ":"]
    if len(colons) != 1:
        return None
    tail = [t for t in doc[colons[0].i + 1:line.end] if not t.is_space]
    while tail and tail[0].lower_ in ("the", "a", "an"):
        tail = tail[1:]
    tail = tail[:next((k for k, t in enumerate(tail) if t.is_punct and t.tag_ != "POS"), len(tail))]
    while tail and tail[-1].text[:1].islower():
        tail = tail[:-1]                # "Tested: the Arlo Vanta kettle": the name before its kind
    if tail and _all_capitalised(doc[tail[0].i:tail[-1].i + 1]):
        return doc[tail[0].i:tail[-1].i + 1]
    lead = [t for t in doc[line.start:colons[0].i] if not t.is_space]
    while lead and lead[-1].text[:1].islower():
        lead = lead[:-1]
    return doc[lead[0].i:lead[-1].i + 1] if lead else None


def section_heading(s: Sentence) -> TextSpan | None:
    """"Allied Van Lines / Price: $2,999 / Weight limit: 500 pounds": a figure of a label line (which takes no
    carried subject, `takes_carried`) is about the name of the heading line right above its run of label
    lines (`_heading_name`'s heading; up to `LABEL_RUN` lines); None otherwise ("Key specs / Price: $599.99")."""
    sent, starts = s.sent, s.ctx.block_starts
    for _ in range(LABEL_RUN):
        if not label_line().match(sent.text.lstrip()) or sent.start == 0:
            return None
        before = s.doc[sent.start - 1].sent
        if not label_line().match(before.text.lstrip()):
            block = bisect.bisect_right(starts, sent.start_char) - 1
            if starts[block] != sent.start_char:
                return None             # the heading must end its own block
            head = _heading_line(s, block - 1, before)
            return _name_of(head) if head is not None else None
        sent = before
    return None


# the most label lines between a figure and its heading; the most words of a heading line that is one name
LABEL_RUN = 12
HEADING_MAX_TOKENS = 8
UNKNOWN_NAME_TOKENS = 4                 # the most words of a heading line taken as a name the recogniser missed


def _named_owner(noun: Token) -> Token | None:
    """The proper noun that owns a noun ("Meta's profit": Meta), or that a measure or a kind of actor is
    "of", "in", "at" or "from" ("Shares in Belmont Mining", "Sales at Acme", "Exports from Norvale", "The
    government of Valdoria"), or None."""
    owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is not None or not (_measures(noun) or lemma_of(noun).lower() in words().kinds):
        return owner                    # ("The government of Valdoria": a kind of actor "of" a name is its)
    return next((o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "in", "at", "from")
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN" and not _a_time(o)), None)


def _own_result_told(verb: Token) -> bool:
    """Whether a speaker's verb tells a result of its own, its direct object a noun of
    `source.result_nouns` ("It reported revenue of $3 billion": its revenue, as "Globex reported
    revenue of $3 billion" is Globex's)."""
    return any(c.dep_ == "dobj" and a_result(c) for c in verb.children)


def _pointed_actor(root: Token, pronoun: Token) -> Token | None:
    """What a pronoun points back to in the sentence before, from its main verb `root`. An object of
    the pronoun's number competes with the subject: a name presented or passed (`presenting_lemmas`)
    is the antecedent ("Apple unveiled the Vision Pro. It costs $3,499"), unless the pronoun's verb
    is one of intending (`intention_lemmas`: "Acme unveiled Zeta. It plans ..."), and so is a name a person
    acts on, for "it", which never stands for the person ("Priya Raman founded Lumen Labs. It employs 85
    people"); any other such
    object leaves none ("Acme owns a stadium. It seats 60,000", "Lee runs the bank. It has ...",
    "Microsoft bought Activision. It paid ..."), but the subject's own ("its", "their") does not
    compete ("Costco opened its first store. Today it runs ..."), nor a common noun after a name that is
    the subject, where the pronoun's verb is one an actor does, not a thing (`thing_verbs`: "Acme hosts a
    trade fair. It employs 300 people": Acme; "Acme owns a stadium. It seats 60,000": either), and the verb
    before does not present the object (`presenting_lemmas`: "Ford announced a new plant. It will employ
    5,000": either), nor one of another number ("Acme builds trucks. It employs ..."). Else the verb's
    subject, when it is an actor (`_an_actor`) or a thing a
    name names (`_name_compound`) of the pronoun's number
    (`_agrees`), or for "its" the name that owns a subject that is none ("Meta's profit soared. Its
    revenue rose 27%": Meta). Not a reporter ("Reuters reported the results. It expects ...": the text
    goes on about what was reported), but a verb that tells the subject's own result is none, and its
    object competes with nothing ("Ford reported results. It employs ...": `_results_of_its_own`), nor does
    the object of a passive, which says what the subject was made ("The Kestrels were named league winners")."""
    w = words()
    if root.pos_ not in ("VERB", "AUX"):            # (also a sentence nlp.annotate only tokenised)
        return None
    lemma = lemma_of(root).lower()
    own = _results_of_its_own(root)
    if own and any(c.dep_ == "conj" and any(g.dep_ in w.subject_deps for g in c.children) for c in root.children):
        return None                     # "Airbus posted a profit, and Boeing reported a loss. It ...": either
    if lemma in cues().attribution["speech_verbs"] and not own and (
            lemma in word_set("source", "reported_lemmas") or any(c.dep_ == "ccomp" for c in root.children)):
        return None                     # not "Netflix added subscribers": a verb of speech that reports nothing
    subj = _subject_of(root)
    obj = None if own or subj is not None and subj.dep_ == "nsubjpass" \
        else next((c for c in root.children if c.dep_ == "dobj"), None)   # "were named league winners": what they are
    if obj is not None and obj.pos_ in ("NOUN", "PROPN") and _agrees(obj, pronoun, person=True) \
            and not any(c.dep_ == "poss" and c.lower_ in w.pointing_pronouns for c in obj.children):
        named = obj.pos_ == "PROPN" and _plain_noun(obj) and (
            lemma in w.presenting_lemmas and _agrees(obj, pronoun) and not _lemma_in(pronoun.head, w.intention_lemmas)
            or pronoun.lower_ in w.impersonal and subj is not None and _a_person(subj))   # "it" is never the person
            # (whom the recogniser may have taken the name for too: "Lumen Labs")
        if named:
            return obj
        if not (obj.pos_ == "NOUN" and subj is not None and (subj.pos_ == "PROPN" and _an_actor(subj) or _a_group(subj, pronoun))
                and _agrees(subj, pronoun) and not _lemma_in(pronoun.head, w.thing_verbs) and lemma not in w.presenting_lemmas):
            return None                 # "Acme owns a stadium. It seats ...": either; not "opened its first store"
        # "Acme hosts a trade fair. It employs 300 people": the name the sentence is
        # about before a thing it acts on, for a verb of an actor (centering: the subject is the topic)
    if subj is not None and pronoun.dep_ == "poss" and not _an_actor(subj):
        subj = _named_owner(subj) or subj
    return subj if subj is not None and _plain_noun(subj) and (_an_actor(subj) or _name_compound(subj)
                                                             or _a_group(subj, pronoun)) \
        and _agrees(subj, pronoun) else None


def _a_group(noun: Token, pronoun: Token) -> bool:
    """A plural common noun "they" stands for ("Dock workers walked out. They want a rise of 9%", "Parents
    at Ash Lane school objected. They signed 800 letters"): not people who give figures
    rather than have them (`source.people_nouns`, `role_nouns`: "Analysts were surprised. They expect
    ..."), nor a time."""
    return pronoun.lower_ not in words().impersonal and noun.pos_ == "NOUN" and noun.tag_ == "NNS" \
        and not _a_time(noun) and lemma_of(noun).lower() not in word_set("source", "people_nouns", "role_nouns") \
        and noun.lower_ not in word_set("source", "people_nouns", "role_nouns")


def _name_compound(noun: Token) -> bool:
    """A common noun a proper name in it names ("The Voyager 1 probe", "The CRISPR-Cas9 paper"): a thing
    the text can go on about as "it", as it does about an actor ("The lamp is tall. It ...", "Hill climbing is
    its limit. It ..." name none)."""
    return noun.pos_ == "NOUN" and any(t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod") and t.sent.start < t.i < noun.i
                                       for t in noun.subtree)      # not a sentence's capitalised first word


def _results_of_its_own(verb: Token) -> bool:
    """"Ford reported results", "Acme posted a loss", "Globex reported its revenue": a verb whose direct
    object is a result (`source.result_nouns`, or "results") with no determiner but "a"/"an" and no
    owner but "its"/"their", which tells the subject's own result, so the subject is what the text is
    about next ("It employs 3,000 people"); not "Reuters reported the results", "... Acme's loss", "a
    loss at Intel"."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and (a_result(obj) or lemma_of(obj).lower() == "result") and all(
        c.lower_ in ("a", "an", "its", "their") for c in obj.lefts if c.dep_ in ("det", "poss")) \
        and not any(t.dep_ == "pobj" and _a_name(t) and not _a_time(t) for t in (
            *obj.subtree, *(g for p in verb.children if p.dep_ == "prep" for g in p.children)))


def _lemma_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether a verb is one of `lemmas`, by its lemma or by its form less an ending (the lemmatizer
    reads "hopes" as "hop")."""
    word = verb.lower_
    return lemma_of(verb).lower() in lemmas or any(word.endswith(e) and word[:-len(e)] in lemmas
                                                   for e in ("s", "es", "d", "ed"))


def _plain_noun(tok: Token) -> bool:
    """A noun that can be pointed back to: no pronoun, quantifier, figure, document or measure."""
    w = words()
    return tok.pos_ in ("NOUN", "PROPN") and tok.lower_ not in w.pronouns | w.relative | w.quantifiers \
        and not tok.like_num and not _measures(tok) and tok.lower_ not in cues().attribution["document_nouns"] \
        and not figures_from(tok.doc, tok.i, tok.right_edge.i + 1)


def _an_actor(tok: Token) -> bool:
    """A name or a noun of a kind of actor ("the company": `kinds`); not a thing described ("The lamp
    is tall. It supports ..."), nor people who give figures rather than have them ("Analysts were
    surprised. They expect ...": the analysts are no subject of a forecast)."""
    w = words()
    return tok.pos_ == "PROPN" or tok.ent_type_ in w.actor_labels or lemma_of(tok).lower() in w.kinds


def _agrees(tok: Token, pronoun: Token, person: bool = False) -> bool:
    """Whether a noun is of the pronoun's number: "it" no plural and no person (`_a_person`, or a
    surname after an honorific: "Mr. Smith"; a one-word name the recogniser calls a person may be a
    product or a firm: "Wegovy", "Globex"; a `person` may be, for a noun that only competes with
    the antecedent; a name of several words that ends in a plural is one firm's: "Halden Motors");
    "they" a plural or a list."""
    w = words()
    plural = tok.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in tok.children)
    if pronoun.lower_ not in w.impersonal:
        return plural
    if _one_plural_name(tok) and not any(c.dep_ == "conj" for c in tok.children):
        plural = False                  # "Brightwater Foods", "General Motors": one firm's name, "it" or "they"
    return not plural and (person or not (_a_person(tok) or any(
        c.dep_ == "compound" and c.lower_.rstrip(".") in w.honorifics for c in tok.children)))


def _one_plural_name(tok: Token) -> bool:
    """A name of several words that ends in a plural ("Brightwater Foods", "General Motors"): one firm's."""
    return tok.tag_ == "NNPS" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children)


def _expletive(pronoun: Token) -> bool:
    """"It took three years to build", "It costs $20 to enter", "It is 40 miles to the coast", "It
    was 40 degrees", "It snowed 20 cm": an "it" that holds the place of a clause after its verb
    (`expletive_verbs` with an infinitive or a clause on it) or of the weather (`weather_words`),
    not an actor named before."""
    verb, w = pronoun.head, words()
    lemma = lemma_of(verb).lower()
    return pronoun.lower_ == "it" and (lemma in w.weather_words or lemma in w.expletive_verbs and any(
        c.dep_ in ("xcomp", "ccomp", "advcl") or c.dep_ in ("attr", "acomp") and lemma_of(c).lower() in w.weather_words
        for c in verb.children))


def _a_person(tok: Token) -> bool:
    """A person or people, whom "it" never stands for ("Ann Lee said it will open in May", "Analysts
    said it will cost $2 billion": it is the thing talked about): a noun of people, or a PERSON name
    of two words or more (the recogniser tags one-word company names as people too: "Globex said it"),
    unless the name ends in a firm's word (`_firm_word_last`)."""
    return tok.lower_ in words().source["people_nouns"] or tok.ent_type_ == "PERSON" and (
        tok.ent_iob_ == "I" or tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I") \
        and not _firm_word_last(tok)        # "Marlo Foods said it would shut 12 plants": a firm, tagged a person


def _last_person(s: Sentence, pronoun: Token) -> TextSpan | None:
    """"He cut 200 jobs": a pronoun for a person ("he", "she") stands for the last person named
    as the subject of a clause before it on the page (the one the text was about: not "by
    Yeats, which she joined", nor a prize the tagger takes for a person: "received the Lawrence
    Prize"), not for whatever the sentence before was about."""
    if pronoun.lower_ not in words().personal:
        return None
    ctx = s.ctx
    at = bisect.bisect_left(ctx.ent_starts, pronoun.idx) - 1
    for e in reversed(ctx.ents[max(0, at - 50):at + 1]):
        if e.label_ == "PERSON" and e.end_char <= pronoun.idx and _as_subject(e):
            return _entity_span(e)
    return _untagged_person(s, pronoun)


def _untagged_person(s: Sentence, pronoun: Token) -> TextSpan | None:
    """"Marta Okafor runs a bakery. She now employs 12 people", where the recogniser named no person
    before (it took "Marta Okafor" for a place): the name of two capitalised words or more that is the
    main verb's subject of the sentence right before, or of the sentence before a run of sentences
    about the same pronoun, up to `PRONOUN_CHAIN` back, less a descriptor before it ("Midwife Ana
    Pike"); never a name tagged as a firm, a product or a work, which "she" and "he" do not stand for,
    unless a descriptor of a person goes before it ("Carpenter Ewan Doyle", which the
    recogniser took for a firm)."""
    before, depth = _sentence_before(s), 0
    subj = None if before is None else _subject_of(before.root)
    while subj is not None and subj.lower_ == pronoun.lower_ and before.root.pos_ in ("VERB", "AUX") \
            and depth < PRONOUN_CHAIN:
        before, depth = _sentence_before(_as_sentence(s, before)), depth + 1
        subj = None if before is None else _subject_of(before.root)
    if subj is None or subj.pos_ != "PROPN":
        return None
    first = subj.i
    while first > subj.left_edge.i and s.doc[first - 1].pos_ == "PROPN" and s.doc[first - 1].text[:1].isupper():
        first -= 1                      # "Carpenter Ewan Doyle": the name after its descriptor
    name = s.doc[first:subj.i + 1]
    titled = first > subj.left_edge.i and s.doc[first - 1].pos_ == "NOUN" and s.doc[first - 1].dep_ == "compound"
    if len(name) < 2 or subj.ent_type_ in words().not_people_labels and not titled:
        return None                     # (a firm's name is "it"; one after a person's descriptor is a person's)
    return TextSpan(name.text, name.start_char, name.end_char, label=subj.ent_type_ or None)


def _as_subject(e: Span) -> bool:
    """Whether a named entity is the subject of its clause, itself or through the name it is
    part of or stands beside ("Ann Lee, head of Acme, said": Acme is not; Ann Lee is)."""
    head = e.root
    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
        head = head.head
    return head.dep_ in words().subject_deps


def _kind_antecedent(s: Sentence, head: Token) -> TextSpan | None:
    """"the company", "The Company", "The Seattle-based company", "The state" (singular): the last actor of
    that kind named before it on the page, unless the description names its own actor ("the
    Soneva Hotel group", "the Hyatt Hotel Group": `_names_itself`, or a name the tagger tags as a
    whole). Not an actor the text only turned to or cited (`_addressed`: "Acme petitioned the
    Patent Office. In May the company sued": Acme; "according to Reuters") while another of the kind
    was named before it; the only one named is taken even so ("According to Acme Corp, the market
    grew. The company has 50 stores": Acme Corp)."""
    label = words().kinds.get(lemma_of(head).lower())
    if label is None or head.pos_ not in ("NOUN", "PROPN") or head.pos_ == "PROPN" and head.ent_type_ \
            or head.tag_ in ("NNS", "NNPS") or _names_itself(head) or not _definite(head) or _restricted(head):
        return None                     # (a plural, "the insurers", is a class, not one named before)
    ctx = s.ctx
    at = bisect.bisect_left(ctx.ent_starts, head.idx) - 1
    kind = [e for e in reversed(ctx.ents[max(0, at - 50):at + 1]) if e.label_ == label and e.end_char <= head.idx]
    e = next((e for e in kind if not _addressed(e)), kind[0] if kind else None)
    e = _most_salient(e, kind) if e is not None else None
    said = _said_of_kind(s, label, head, e)
    if said is not None:
        return said
    if e is None:
        return None
    described = _described_name(e)
    if described is not None:                   # "Apple supplier Foxconn ... The company": Foxconn
        return TextSpan(described.text, described.start_char, described.end_char, label=e.label_)
    return _entity_span(e)


def _described_before(s: Sentence, head: Token) -> TextSpan | None:
    """"Hershey raised prices. The candy maker's volumes fell 6%": a definite description that names
    no one of its own (`_fresh_description`) stands for the one name the sentence right before it
    is about (`_topic_name`), when that sentence is in its paragraph or ends the one before and the
    noun fits the name (`_fits`: "the city" a place, "the carmaker" no place and no person)
    and no other it names (`_rival_name`); for a product, the name's verb introduces no object ("a
    new phone") that may be the product; else None (assemble.toml [description])."""
    before = _sentence_before(s)
    if before is None or not _fresh_description(s, head):
        return None
    introduced = _introduced_as(before, head)
    if introduced is not None:
        return _name_of(introduced)     # "Brightwell is a charity for the blind. The charity runs ..."
    if lemma_of(head).lower() not in words().kinds and _named_before(s, head):
        return None                     # "Acme built a plant. The plant cost ...": the plant
    topic = _topic_name(before.root)
    heading = topic is None and (topic := _heading_name(s, before)) is not None
    product = lemma_of(head).lower() in word_set("described", "product")
    if topic is None or product and any(
            c.dep_ == "dobj" and any(d.lower_ in ("a", "an") for d in c.lefts)
            for v in (topic.head, *topic.head.children) for c in v.children):
        return None                     # "Apple unveiled a phone. The device costs $999": the phone
    if any(c.dep_ == "poss" and _a_name(c) for c in topic.children) and not product or not _fits(s, head, topic) \
            or _rival_name(s, before, head, topic, heading):
        return None                     # "Alphabet's Waymo expanded. The company ...": either; "Apple's iPad
                                        # Air costs $599. The tablet ...": the product, not its maker
    return _name_of(topic)


def _introduced_as(before: Span, head: Token) -> Token | None:
    """The name the sentence before presents as what a description's noun says, as the complement of
    its "be" ("Brightwell is a charity for the blind. The charity ...") or in apposition ("Voters in
    Penrick, a fishing town, chose a mayor. The fishing town has 4,000 residents"): the one name of that noun
    there; None where it presents none, or two ("Penrick, a fishing town, and Cardew, a spa town")."""
    lemma = lemma_of(head).lower()
    found = set()
    for tok in before:
        if tok.pos_ != "NOUN" or lemma_of(tok).lower() != lemma or not any(d.lower_ in ("a", "an") for d in tok.lefts):
            continue
        if tok.dep_ == "appos" and tok.head.pos_ == "PROPN":
            found.add(tok.head.i)
        elif tok.dep_ == "attr" and lemma_of(tok.head).lower() == "be":
            subj = _subject_of(tok.head)        # (a name the tagger does not know may be anything)
            if subj is not None and subj.text[:1].isupper() and subj.pos_ not in ("PRON", "DET") \
                    and subj.lower_ not in words().pronouns:
                found.add(subj.i)
    return before.doc[found.pop()] if len(found) == 1 else None


def _described_by_heading(s: Sentence, head: Token) -> TextSpan | None:
    """"Intensive Foundation Course / This course will help you ... The course is self-paced, with 11
    modules": a description with no words of its own that say which one (`_unqualified_description`),
    anywhere in the section under a heading line that is one name (the nearest short block above with no sentence mark, up to `SECTION_BLOCKS` blocks), is
    that name: when the name ends in the noun itself and the noun has no word but its article ("...
    Course": the course; not "the listed capacity" under "Real Cup Capacity"), or when the recogniser
    reads the name as a place (`_heading_line`) and the noun is a place's (`_fresh_description`, `_fits`:
    "Porto / ... The city drew 3.1 million visitors"); a firm's name alone on a line far above may be
    the page's furniture (a publisher, a byline), so a firm's or a product's noun needs its own word
    in the name, or the paragraph right under it (`_heading_name`). Not under a headline's title
    case ("The State Of The Yoga Industry"), a label line ("Pricing:") or a heading that is no name
    ("What you'll learn"). The heading's words are compared as written: the parser may not have read it."""
    w = words()
    if not _unqualified_description(head):
        return None
    line = _heading_above(s)
    if line is None:
        return None
    bracket = next((t.i for t in line if t.text == "("), line.end)     # "Web Design Course (Udemy)": the name before it
    words_ = [t for t in line[:bracket - line.start] if not (t.is_punct or t.is_space or t.like_num)]
    if not words_ or any(t.text.lower() in w.headline_small_words and t.text[:1].isupper() for t in words_[1:]):
        return None                     # "The State Of The Yoga Industry": a headline
    if words_[-1].lower_ == head.lower_ and all(c.dep_ in ("det", "case") for c in head.children) \
            and all(t.text[:1].isupper() or t.lower_ in w.name_links for t in words_):
        return TextSpan(s.doc[words_[0].i:words_[-1].i + 1].text, words_[0].idx, words_[-1].idx + len(words_[-1]))
    name = _heading_line(s, bisect.bisect_right(s.ctx.block_starts, line.start_char) - 1, line)
    return _name_of(name) if name is not None and name.ent_type_ in ("GPE", "LOC") and _fresh_description(s, head) \
        and _fits(s, head, name) else None


def _heading_above(s: Sentence) -> Span | None:
    """The nearest block above `s`'s own (up to `SECTION_BLOCKS`) that is a heading line: one short
    line of at most `HEADING_MAX_TOKENS` tokens with no sentence mark or colon at its end (but a name's
    bracket: "Web Design Course (Udemy)") and no label ("Pricing: $5"); blocks of prose above it are
    skipped; None when none is that near."""
    ctx, starts = s.ctx, s.ctx.block_starts
    for b in range(s.block - 1, max(-1, s.block - 1 - SECTION_BLOCKS), -1):
        text = ctx.body[b].text.strip()
        named_by = re.fullmatch(r"[^.!?()]+\([^()]*\)", text)      # "Web Design Course (Udemy)": a name and who offers it
        if not text or text.endswith((".", "!", "?", "\"", "”", ";")) or text.endswith(")") and not named_by \
                or len(text) > 120:
            continue                    # prose: the section goes on above it
        if text.endswith(":") or label_line().match(text):
            continue                    # "Recommended courses:", "Pricing: €420": labels, not names
        lead = len(ctx.body[b].text) - len(ctx.body[b].text.lstrip())
        line = s.doc.char_span(starts[b] + lead, starts[b] + lead + len(text), alignment_mode="contract")
        return line if line is not None and len(line) <= HEADING_MAX_TOKENS else None
    return None


# the most blocks between a description and the heading line it stands for
SECTION_BLOCKS = 8


def _rival_name(s: Sentence, before: Span, head: Token, topic: Token, heading: bool = False) -> bool:
    """Whether the sentence before (outside the topic's own phrase, or a heading's line) or the
    description's sentence before it (outside its own words: "The Texas capital") names another that the
    description fits ("Microsoft signed a deal with OpenAI. The startup ...",
    "Florida approved a stadium in Tampa. The city ..."): then it may mean either."""
    own = set(range(topic.left_edge.i, topic.right_edge.i + 1)) | set(range(head.left_edge.i, head.i))
    if heading:                         # a heading's name (`_heading_name`): the whole line is its name
        own |= set(range(before.start, before.end))
    others = (t for t in (*before, *s.doc[s.sent.start:head.i]) if t.i not in own and t.text[:1].isupper()
              and t.i > t.sent.start and _a_name(t) and t.ent_type_ not in ("NORP", "DATE", "TIME")
              and not (t.dep_ == "compound" and t.head.pos_ == "PROPN"))
    return any(_fits(s, head, t) for t in others)


def _named_before(s: Sentence, noun: Token) -> bool:
    """Whether a noun's word or, in a sentence read by the parser, its lemma stands earlier on the
    page ("The Alaskan halibut fishery has its troubles ... This year, the halibut fishery ...")."""
    words_at = token_index(s.ctx, "lower_words", lambda t: (t.lower_,))
    lemmas_at = token_index(s.ctx, "noun_lemmas", lambda t: (lemma_of(t).lower(),), pos="NOUN")
    return any(at and at[0] < noun.i for at in (words_at.get(noun.lower_), lemmas_at.get(lemma_of(noun).lower())))


def _fresh_description(s: Sentence, head: Token) -> bool:
    """An `_unqualified_description` whose noun is one of nlp.toml [parse.described] or [parse.descriptions]
    (or a "...maker")."""
    lemma = lemma_of(head).lower()
    return _unqualified_description(head) and (lemma in words().kinds or lemma.endswith("maker")
                                        or lemma in word_set("described", "place", "firm", "product"))


def _unqualified_description(head: Token) -> bool:
    """A singular "the"/"this" noun as its clause's subject or a subject's owner, with no clause or
    phrase that says which one it means (`_restricted`) and no name or owner of its own (`_names_itself`)."""
    w = words()
    role = head.dep_ in w.subject_deps or head.dep_ == "poss" and head.head.dep_ in w.subject_deps
    return head.pos_ == "NOUN" and head.tag_ == "NN" and role \
        and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in head.lefts) \
        and not _restricted(head) and not _names_itself(head)


def _topic_name(root: Token) -> Token | None:
    """The one name a sentence is about, from its main verb: its subject, or a subject's owner
    ("Meta's profit soared": Meta); in a verb of speech's clause that clause's subject, or the speaker
    for "it" ("Honeywell said it will split"); a proper noun, singular and alone (no list). None when
    the verb has a named object beside it ("Blackstone agreed to buy Tricon": either), or no name."""
    if root.pos_ not in ("VERB", "AUX"):            # (also a sentence nlp.annotate only tokenised)
        return None
    subj = _subject_of(root)
    clause = next((c for c in root.children if c.dep_ == "ccomp"), None)
    if clause is not None and lemma_of(root).lower() in cues().attribution["speech_verbs"]:
        inner = _subject_of(clause)
        if inner is not None and inner.lower_ != "it":
            subj, root = inner, clause
    named = subj is not None and _a_name(subj) and subj.text[:1].isupper()   # "Zentrix" NOUN, PERSON: a name
    if subj is not None and not named:
        subj = _named_owner(subj)
    plural = subj is not None and subj.tag_ == "NNPS" and not _one_plural_name(subj)   # not "Lowther Airways"
    if subj is None or plural or any(c.dep_ == "conj" for c in subj.children) or not _a_name(subj):
        return None
    named_object = any(c.dep_ == "dobj" and _a_named_object(c) or c.dep_ == "xcomp" and any(
        o.dep_ == "dobj" and _a_named_object(o) for o in c.children) for c in root.children)
    return None if named_object else subj


def _a_named_object(obj: Token) -> bool:
    """A proper noun as an object, not a unit the tagger takes for one ("added 24.5 GW": a figure's)."""
    return obj.pos_ == "PROPN" and obj.ent_type_ not in ("QUANTITY", "MONEY", "PERCENT", "CARDINAL", "DATE", "TIME") \
        and not any(c.dep_ == "nummod" for c in obj.children)


def _fits(s: Sentence, head: Token, name: Token) -> bool:
    """Whether a description fits a name: a place's noun a place (GPE, LOC), any other noun neither,
    nor a person (`_a_person`, or the surname of one named in full on the page: "Ann Alverson ...
    Alverson said"; a one-word name the recogniser calls a person may be a firm or a product)."""
    lemma = lemma_of(head).lower()
    person = (_a_person(name) or name.ent_type_ == "PERSON" and name.text in token_index(s.ctx, "surnames", _surname, pos="PROPN")) \
        and not _said_to_be_firm(name)  # "Velo Harrow, the bike maker," is a firm, whatever the recogniser says
    place = name.ent_type_ in ("GPE", "LOC")
    return not person and place == (lemma in word_set("described", "place") or words().kinds.get(lemma) == "GPE")


def _surname(tok: Token) -> tuple[str, ...]:
    """The last word of a person's name of two words or more ("Lee" of "Ann Lee"), as a token_index key."""
    last = tok.i + 1 == len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
    return (tok.text,) if last and _a_person(tok) else ()


def _entity_span(e: Span) -> TextSpan:
    """A named entity as a subject, less a possessive the tagger took into it where the name owns what
    follows ("IES Holdings' growth"; not a brand's own "'s": "Kellogg's is splitting in two")."""
    name = e[:-1] if len(e) > 1 and e[-1].tag_ == "POS" and e.root.dep_ == "poss" else e
    return TextSpan(name.text, name.start_char, name.end_char, label=e.label_)


def _restricted(head: Token) -> bool:
    """"the company he founded", "the bank that lends to it", "the company with more plants", "the
    group of investors": a description whose own clause or phrase says which one it is introduces
    one, rather than pointing back to one named before (not a clause set off by a comma: "the patio,
    which seats 52 people", which only adds to one named before)."""
    doc = head.doc
    return any(c.dep_ in ("relcl", "acl") and not (c.left_edge.i and doc[c.left_edge.i - 1].text == ",")
               or c.dep_ == "prep" and c.lower_ in ("with", "of") for c in head.rights)


def _said_of_kind(s: Sentence, label: str, head: Token, after: Span | None) -> TextSpan | None:
    """"Four Seasons is the best known hotel brand ... The company went public in 1986": a name the
    text says is of a kind (the subject of a copula whose complement is a noun of nlp.toml
    `[parse.descriptions]`) is of that kind, whatever the tagger made of it: the last such name
    before the description, when it comes after the last entity of the kind (`after`). A name said to be
    another's ("Air Max is its best-selling brand") is that kind only for the same noun ("The brand
    sold ...", not "The company sold ...")."""
    said = token_index(s.ctx, "kind_said", _kind_said_keys, pos="NOUN").get(label, ())
    k = bisect.bisect_left(said, head.i) - 1
    if k < 0:
        return None
    noun = s.doc[said[k]]
    subj = _copula_name(noun)
    if subj is None or (after is not None and subj.i < after.end) \
            or lemma_of(noun).lower() != lemma_of(head).lower() and _of_another(noun):
        return None                 # "Lexus is Toyota's luxury brand. The company ...": not Lexus
    return replace(phrase(s.doc, subj), label=label)


def _kind_said_keys(noun: Token) -> tuple[str, ...]:
    """The kind label of a predicate noun of nlp.toml `[parse.descriptions]` whose copula's subject is a name."""
    label = words().kinds.get(lemma_of(noun).lower())
    return (label,) if label is not None and _copula_name(noun) is not None else ()


def _copula_name(noun: Token) -> Token | None:
    """The name a predicate noun is said of ("Acme is a chipmaker": Acme; a proper noun or a word the
    tagger took for a name of another kind), or None. Not where the copula is denied ("Vesper is not
    a bank"), nor a person named in full ("For many fans, Elon Musk is the company"; a lone unknown
    word the tagger calls a person, "Zentrix is a chipmaker", is a name like any other)."""
    subj = _copula_subject(noun)
    if subj is None or not (subj.pos_ == "PROPN" or subj.ent_type_) or any(c.dep_ == "neg" for c in noun.head.children):
        return None
    person = subj.ent_type_ == "PERSON" and any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in subj.lefts)
    return None if person else subj


def _of_another(noun: Token) -> bool:
    """"Toyota's luxury brand", "its best-selling brand", "a brand of Orbital Corp": a predicate noun
    that makes its subject part of another actor."""
    return any(c.dep_ == "poss" for c in noun.lefts) or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.rights)


def _described_name(e: Span) -> Span | None:
    """"Apple supplier Foxconn", "NASA contractor SpaceX", "Google parent Alphabet": a name that only
    modifies a common noun of a role, which stands before another name or sets it beside it, says
    what that other name is; the actor is the other name, its proper nouns only (not "Apple stores",
    "the Acme board": no name after the noun; not "Marriott Hotel Group": no common noun between; not a
    person, "Amazon founder Jeff Bezos": the company stays Amazon)."""
    doc, mod = e.doc, e.root
    head = mod.head
    if mod.dep_ != "compound" or head.i < mod.i:
        return None
    if head.pos_ == "NOUN" and head.dep_ == "compound" and head.head.pos_ == "PROPN" and head.head.i > head.i:
        head = head.head                                                 # "Apple supplier Foxconn"
    elif head.pos_ == "NOUN":
        head = next((c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i == head.i + 1),
                    None)                                                # "Google parent, Alphabet"
    elif head.pos_ != "PROPN" or not any(doc[k].pos_ == "NOUN" for k in range(e.end, head.i)):
        return None                                                      # "NASA supplier SpaceX" as one phrase
    if head is None or any(t.lower_ in word_set("source", "people_nouns", "role_nouns") for t in doc[e.end:head.i]):
        return None                                                      # "Ford plant manager John Smith"
    start = head.i
    while start > e.end and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    return doc[start:head.i + 1]


def _most_salient(last: Span, kind: list[Span]) -> Span:
    """Of the entities of a kind in the sentence that names one last, the one its clause is about:
    a subject before an object before any other ("North Dakota residents reported 4.2 days, tying
    with Nebraska. The state has ...": North Dakota, the subject's; as centering ranks the last
    utterance's entities), the later one on a tie."""
    same = [e for e in kind if e.sent.start == last.sent.start and not _addressed(e)]
    return min(same, key=_role_rank, default=last)


def _role_rank(e: Span) -> int:
    """0 for an entity in a clause's subject, 1 in its object, 2 elsewhere (reading up through
    the compounds, possessives and appositions of its noun phrase); a speaker, the subject of a
    verb of speech, ranks with the others ("Globex holds 7%, Acme estimates": Globex's), unless it
    only describes the subject ("Ohio residents reported 4 days": Ohio's)."""
    head = e.root
    while head.dep_ in ("compound", "poss", "appos", "amod", "nmod") and head.head.i != head.i:
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        speaker = head.i == e.root.i and lemma_of(head.head).lower() in cues().attribution["speech_verbs"]
        return 2 if speaker else 0
    return 1 if head.dep_ in ("dobj", "attr") else 2


def _addressed(e: Span) -> bool:
    """Whether a named entity is only what its clause's actor turned to or cited: the object of a
    verb of petitioning or citing ("petitioned the Patent Office", "urged the ministry", TOML
    `addressee_verbs`), the outlet of "according to Reuters", or the agent of a passive clause ("The
    round was led by Sequoia": a side party; not "Developed by Acme, the app ..."); not an owner, an
    object or a place of what the text is about ("France's economy", "Floods hit Pakistan",
    "forecasts for Tesla")."""
    head = e.root
    while head.dep_ in ("appos", "compound") and head.head.i != head.i:
        head = head.head
    gov = head.head
    if head.dep_ == "pobj" and gov.dep_ == "agent" and any(c.dep_ == "nsubjpass" for c in gov.head.children):
        return True                     # "The round was led by Sequoia": a side party (not "Developed by Acme, ...")
    if head.dep_ == "pobj":
        if gov.lower_ == "to" and gov.head.lower_ == "according":
            return True
        gov = gov.head
    elif head.dep_ != "dobj":
        return False
    return gov.pos_ == "VERB" and lemma_of(gov).lower() in words().addressee_verbs


def _names_itself(head: Token) -> bool:
    """Whether a noun's own words before it name which one it is (an owner, a number, a proper noun
    the tagger takes for a name or a product: "Acme's company", "the 2S earbuds", "the Soneva Hotel
    group"), rather than describe one named before: a place, a size or a proper noun the tagger
    names nothing with ("The New York bank", "The Bentonville, Arkansas-based retailer", "the $2
    trillion company", "The Wall Street bank"), or common words ("the Seattle-based company")."""
    return any(c.dep_ == "poss" or (c.dep_ in ("nmod", "nummod") or c.pos_ == "PROPN") and c.ent_type_
               and c.ent_type_ not in ("GPE", "LOC", "FAC", "NORP", "MONEY", "QUANTITY", "PERCENT")
               for c in head.lefts)


def _definite(head: Token) -> bool:
    """"the company", "this hotel", "that forum": a noun with a definite determiner."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.lefts)


def _bare_description(head: Token) -> bool:
    """"the forum", "This company": a noun with a definite determiner and no other word before it."""
    return _definite(head) and all(c.dep_ in ("det", "punct") for c in head.lefts)


def _propn_parts(tok: Token) -> list[str]:
    return re.split(r"[-\s]", tok.lower_) if tok.pos_ == "PROPN" else []


def _antecedent(s: Sentence, head: Token) -> TextSpan | None:
    """A definite description names an earlier proper name with the same head noun: "The forum
    attracted ..." after "the Sub-Forum on Artificial Intelligence ..." is that sub-forum. Only a
    bare description (no word of its own before the noun: not "the smaller screen", "the dairy
    sector", "the intervention group", which say which one they mean; nor one with a clause or phrase
    of its own that does: "the bank that lends to it", `_restricted`), and only a name that the
    noun heads or opens as its title ("Hurricane Katrina" for "the hurricane", "Judge Ann Lee" for
    "the judge"), not a word inside an organisation's name (the "Hotel" of "Marriott Hotel Group"
    for "this hotel")."""
    if head.pos_ != "NOUN" or not _bare_description(head) or _restricted(head):
        return None
    doc = s.doc
    earlier = token_index(s.ctx, "propn_parts", _propn_parts, pos="PROPN").get(lemma_of(head).lower(), [])
    at = bisect.bisect_left(earlier, head.i) - 1
    if at < 0:
        return None
    top = doc[earlier[at]]
    if top.dep_ == "compound" and top.head.pos_ == "PROPN" and top.head.i > top.i:
        before = doc[top.i - 1] if top.i > 0 else None
        if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound":
            return None                           # inside a name: "Marriott Hotel Group"
        while top.dep_ == "compound" and top.head.pos_ == "PROPN" and top.head.i > top.i:
            top = top.head                        # a title that opens it: "Hurricane Katrina"
    return phrase(doc, top)


def respectively(s: Sentence, made: list) -> list:
    """"with Shenzhen-Hong Kong-Guangzhou and Beijing in the 2nd and 3rd spots, respectively":
    coordinated quantities take the coordinated names before them, in order."""
    doc, sent = s.doc, s.sent
    if len(made) < 2 or "respectively" not in s.text.lower() or not any(t.lower_ == "respectively" for t in sent):
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


def _population(s: Sentence, qspan: Span, verb: Token, subj: Token) -> TextSpan | None:
    share = _share_of(s, qspan)
    if share is not None:
        return share
    actors = words().actor_labels
    for tok in qspan:
        for child in tok.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None and (obj.ent_type_ in actors or any(
                        c.ent_type_ in actors and c.dep_ in ("amod", "compound", "poss") for c in obj.lefts)):
                    return phrase(s.doc, obj)
    own = _counted_phrase(qspan, subj)
    named = len(own) > len(qspan) and any(e.start in own and e.label_ in actors for e in s.ents())
    return _group_before(s, qspan) or (named and _counted(s, qspan)) or _actor_in(s, exclude=own, verb=verb) \
        or _modified_subject(s, qspan, subj) or _counted(s, qspan)


def _counted_phrase(qspan: Span, subj: Token) -> set[int]:
    """The figure's tokens and, for a count, the words between it and the noun it counts: a name
    there only says which ones are counted ("7 NY movers offer discounts to Verizon customers", "40
    Acme stores closed": the NY movers, the Acme stores, not another actor of the sentence), unless it
    is the counted noun's own name ("a four-week Summer Program")."""
    own = set(range(qspan.start, qspan.end))
    m = qspan._.mention
    if m is not None and m.kind == "count" and subj.i > qspan.end and subj.ent_iob_ != "I":
        own.update(range(qspan.end, subj.i))
    return own


def _group_before(s: Sentence, qspan: Span) -> TextSpan | None:
    """"A survey of 400 nurses found that 95 percent quit", "It is a goal for millennials, with 41%
    saving", "Out of the 45 deals, roughly a quarter had ...": a bare share (a percentage or a
    fraction) that is itself the subject of its clause is a share of the last group named before it
    in its sentence ("of/for/among" a plural noun), unless the share's clause is coordinated with the
    one that names the group ("Tickets for fans went on sale and 80% sold out"): a clause joined by
    "and" is a statement of its own, not one about that group."""
    m, root = qspan._.mention, qspan.root
    if m is None or not _share(qspan) or root.dep_ not in words().subject_deps or any(map(_of_object, qspan)):
        return None
    for tok in reversed(s.doc[s.sent.start:qspan.start]):
        head = tok
        while head.dep_ == "conj" and head.head.i < head.i:      # "of 393 IT, platform and engineering leaders"
            head = head.head
        if head.dep_ == "pobj" and tok.tag_ == "NNS" and head.head.lower_ in words().group_before_preps \
                and _is_actor_group(tok) and not _conjoined_away(qspan.root, tok):
            return _restrictive_tail(s, tok, phrase(s.doc, tok))    # also inside the source: "a poll of 800 nurses found"
    return None


def _conjoined_away(share: Token, group: Token) -> bool:
    """Whether the way up from `share` to the clause that holds `group` passes a coordinated ("conj") head."""
    above = {t.i for t in group.ancestors} | {group.i}
    tok = share
    while tok.i not in above and tok.head.i != tok.i:
        if tok.dep_ == "conj":
            return True
        tok = tok.head
    return False


def _counted(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Some 40,000 lamps were sold": a count that is itself the subject of its clause, with no
    actor named, is about the things it counts."""
    m = qspan._.mention
    if m is None or m.kind != "count":
        return None
    root = qspan.root                                               # "Half a dozen deals": deals
    head = root if root.pos_ in ("NOUN", "PROPN") and root.dep_ != "nummod" else past_label(s.doc, root.head)
    if (head.lower_ in words().quantifiers or _vague_amount(head)) and _of_object(head) is not None:
        head = _of_object(head)                                     # "Thousands of people were ..."
    if head.pos_ not in ("NOUN", "PROPN") or lemma_of(head).lower() in words().abstract \
            or any(c.dep_ == "poss" for c in head.children):       # "his 12 dogs": the owner carried from before
        return None
    nums = [t.i for t in s.doc[head.left_edge.i:head.i] if t.like_num or t.pos_ == "NUM"]
    if not nums:
        return _restrictive_tail(s, head, phrase(s.doc, head))
    span = s.doc[max(nums[-1] + 1, qspan.end if qspan.end <= head.i else 0):head.i + 1]     # less the figure
    return _restrictive_tail(s, head, TextSpan(span.text, span.start_char, span.end_char))


def _actor_in(s: Sentence, exclude: set[int], verb: Token | None = None) -> TextSpan | None:
    """An actor named in the sentence outside the attribution (its speaker, and a second speaker joined
    after it: "Police said 12 people died, while the Red Cross said 55 had died"): first one the governing verb
    takes through a preposition ("produced in China"), then one that is the subject of a clause
    ("A toymaker founded in Denmark in 1932, Lego ..."), then places and peoples (the usual owners
    of a statistic), then organisations and persons, in text order."""
    then = s.own.then.mention if s.own is not None and s.own.then is not None else None
    candidates = [e for e in s.ents() if e.label_ in words().actor_labels and e.start not in exclude
                  and not in_range(e.start_char, s.not_subject) and not in_range(e.start_char, then)
                  and not _told_to(s, e) and not _kind_of_counted(e)]
    if not candidates:
        return None

    def on_verb(e: Span) -> bool:
        root = e.root
        return verb is not None and root.dep_ == "pobj" and root.head.head == verb

    best = min(candidates, key=lambda e: (not on_verb(e), not _as_subject(e), e.label_ not in ("GPE", "NORP", "LOC"),
                                          e.start))
    return TextSpan(best.text, best.start_char, best.end_char, label=best.label_)


def _kind_of_counted(e: Span) -> bool:
    """A people's word that says which kind of thing a figure counts ("1,600 Buddhist temples", "400 Shinto
    shrines"): no actor ("Chinese exports rose 5%" counts nothing: China's; "two NASA astronauts": NASA's)."""
    head = e.root.head
    return e.label_ == "NORP" and e.root.dep_ in ("amod", "compound") and head.i != e.root.i \
        and any(c.dep_ == "nummod" for c in head.children)


def _told_to(s: Sentence, e: Span) -> bool:
    """Whether the name `e` belongs to the sentence's attribution other than its speaker: whom the words
    were told to or where they were said ("300 homes were destroyed, the governor said on Twitter",
    "police told the Associated Press", "Smith said in an interview with Reuters", "the governor told
    reporters in Sacramento"): it hangs, through a preposition or as whom it is told to and with no
    clause between, on the verb whose subject is the speaker of `s`'s own source (not "Acme said China
    bought 40%", not what is announced: "AWS announced an investment in Anthropic", not a verb of speech
    that reports nothing: "Across Europe, 1.5 million jobs were added"). A place or a people stays the
    subject of a passive report, which places its figure ("A 3% decline was reported by the ONS in Britain")."""
    if s.source_range is None:
        return False
    subject_deps, node = words().subject_deps, e.root
    while node.head.i != node.i:
        if node.dep_ in _CLAUSE_DEPS:
            return False
        verb = node.head
        if verb.pos_ == "VERB" and any(c.dep_ in subject_deps and in_range(c.idx, s.source_range) for c in verb.children):
            told = node.dep_ in ("prep", "dative") or node.dep_ == "dobj" and lemma_of(verb).lower() == "tell"
            return told and not (e.label_ in ("GPE", "LOC", "NORP") and any(c.dep_ == "auxpass" for c in verb.children))
        node = verb
    return False


_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "xcomp", "advcl", "relcl", "conj", "acl", "csubj", "pcomp"})


def _set_off_name(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Ann Lee, 34, was hired": a bare number set off in apposition to a name (a person's age) is
    about that name; so is one set off right after a common noun ("The victim, 34, died", "A woman,
    45, was hurt"): only an age stands alone between two commas after its noun."""
    root, head = qspan.root, qspan.root.head
    if root.dep_ != "appos" or not root.like_num or head.i > root.i:
        return None
    if head.pos_ != "PROPN" and not (head.pos_ == "NOUN" and root.i == head.i + 2 and s.doc[head.i + 1].text == ","):
        return None
    return phrase(s.doc, head)


def _apposed_name(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Globex, a maker of widgets that employs 4,000 people, said ...": a figure inside a description
    set in apposition after a name (of an actor or a product) is about that name, which the
    description only says what it is. Not past another name on the way up ("Ann Lee, an engineer at
    Globex, which runs 300 plants": Globex's), nor past a clause with a subject of its own other than
    a relative pronoun ("Globex, a firm whose staff say 40% ...")."""
    deps = words().subject_deps
    for anc in qspan.root.ancestors:
        if anc.dep_ == "appos":
            return _apposed_to(s, anc, qspan)
        if anc.pos_ == "PROPN" or any(c.dep_ in deps and c.tag_ not in ("WDT", "WP") for c in anc.children):
            return None
    return None


def _apposed_to(s: Sentence, description: Token, qspan: Span) -> TextSpan | None:
    """The name a description holding `qspan` is set in apposition to, by a comma right after the
    name, on the same line as the figure: a name of letters (an actor or a product), not a table's or
    a list's cells that the parse joined ("Acme Inc. | $2.5B", "Specifications\nMovement 2315")."""
    doc, head = s.doc, description.head
    if head.pos_ != "PROPN" or not (head.ent_type_ in words().actor_labels or head.ent_type_ == "PRODUCT") \
            or head.i > description.i or doc[description.left_edge.i - 1].text != ",":
        return None
    name = phrase(doc, head)
    between = s.ctx.text[name.start:qspan.start_char] if name.start is not None else "\n"
    if "\n" in between or "|" in between or any(ch.isdigit() for ch in name.text):
        return None
    return name


def _one_in_n(s: Sentence, qspan: Span) -> TextSpan | None:
    """"1 in 4 adults has cavities", "nearly 7 in 10 US shoppers report ...", "nine out of 10 dentists":
    a share written as "N in M" is about the plural noun right after it (past up to two modifiers),
    however the parser attached it; not when that noun is a time ("happen 1 in 100 years": how
    often, `_a_time`) or the object of a preposition before the share ("failed in 1 in 5 trials":
    the share then qualifies its clause, whose subject it is about)."""
    m, doc = qspan._.mention, s.doc
    if m is None or m.kind != "percent" or not re.search(r"\w\s+(in|out\s+of)\s+\w", qspan.text.lower()):
        return None
    for i in range(qspan.end, min(qspan.end + 3, s.sent.end)):
        if doc[i].tag_ in ("NNS", "NNPS"):
            if _a_time(doc[i]) or doc[i].dep_ == "pobj" and doc[i].head.i < qspan.start:
                return None
            span = doc[qspan.end:i + 1]
            return TextSpan(span.text, span.start_char, span.end_char)
        if doc[i].pos_ not in ("ADJ", "PROPN", "NOUN"):
            return None
    return None


def _contest_second(s: Sentence, qspan: Span) -> TextSpan | None:
    """"Smith leads Jones 48% to 44%", "Acme beat Globex by 52 votes to 40": in a contest's result told
    as two figures joined by "to" right after a verb of `subject.contest_lemmas` and the name of its
    rival, the second figure is the rival's, the first the subject's (read on the surface: the parse
    often hangs the name on the figures); not a move ("rose 3% to 40%": no rival), nor a group polled
    ("leads Texas Republicans 48% to 44%")."""
    doc = s.doc
    first = next((q for q in s.quantities if q.end <= qspan.start
                  and _TO_BETWEEN.fullmatch(s.ctx.text[q.end_char:qspan.start_char])), None)
    if first is None or first.start - 1 <= s.sent.start:
        return None
    obj = doc[first.start - 1]
    if obj.lower_ == "by":
        obj = doc[first.start - 2]
    if obj.pos_ != "PROPN" or obj.tag_ == "NNPS" or obj.ent_type_ == "NORP":
        return None                         # "leads Texas Republicans 48% to 44%": the polled group, no rival
    start = obj.i
    while start > s.sent.start and doc[start - 1].pos_ == "PROPN":
        start -= 1                          # "Donald Trump": the whole name, however the parse hung it
    verb = doc[start - 1] if start > s.sent.start else None
    if verb is None or verb.pos_ != "VERB" or lemma_of(verb).lower() not in words().contest_lemmas:
        return None
    span = doc[start:obj.i + 1]
    return TextSpan(span.text, span.start_char, span.end_char, label=obj.ent_type_ or None)


_TO_BETWEEN = re.compile(r"\s+to\s+")


def _valued(s: Sentence, qspan: Span) -> TextSpan | None:
    """"The deal values Acme at $12 billion", "Investors valued the startup at $1 billion": a figure in
    the "at" phrase of a verb of valuation (`subject.valued_lemmas`) is the worth of the verb's direct
    object, not of who values it; not a measure it estimates ("valued the damage at"), nor what a seller
    prices without a name or an owner ("The airline priced tickets at $99"), which keep the clause's
    subject. "The company" in a participle's phrase is the firm its clause names (`_valued_firm`)."""
    at = qspan.root.head if qspan.root.dep_ == "pobj" else None
    verb = at.head if at is not None and at.dep_ == "prep" and at.lower_ == "at" else None
    if verb is None or verb.pos_ != "VERB" or lemma_of(verb).lower() not in words().valued_lemmas:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < at.i), None)
    if obj is None:
        return None
    firm = _valued_firm(verb, obj)
    if firm is not None:
        return _named(s, firm)
    if obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP", "PRODUCT"):
        return _named(s, obj)
    owned = any(c.dep_ == "poss" for c in obj.children)
    if _measures(obj) or lemma_of(verb).lower() == "price" and not owned:
        return None
    return _named(s, obj)


def _valued_firm(verb: Token, obj: Token) -> Token | None:
    """"Acme bought Globex, valuing the company at $4 billion" (Globex), "The startup raised $300
    million, valuing the company at $6.6 billion" (the startup): a definite firm noun
    (`subject.valued_firms`) as the object of a valuing participle stands for the name its clause
    takes as object, else that clause's subject."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj", "acl") or not _definite(obj) \
            or lemma_of(obj).lower() not in words().valued_firms or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(verb.head.children)
    return next((c for c in kids if c.dep_ == "dobj" and (c.pos_ == "PROPN" or c.ent_type_ == "ORG")), None) \
        or next((c for c in kids if c.dep_ in words().subject_deps), None)


def _relative_actor(s: Sentence, qspan: Span) -> TextSpan | None:
    """"She toured the 500 stores that Walmart opened", "the $2 billion Umbrella Corp received", "one of
    300 promotions Whole Foods plans": a count or an amount whose noun is the object a relative clause
    leaves out, with an actor as that clause's subject, is that actor's (the stores it opened, the money it
    got). Not when the clause's subject is a pronoun or a relative word ("the 40 stores that opened", "the
    $2 billion it raised": the subject is found as for any figure), nor an onlooker or a speaker ("the $193
    fare that Google spotted", "the 3% economists forecast", `onlooker_lemmas`, `speaker_lemmas`), nor a
    clause the noun is not the object of ("five trends that all companies should be aware of")."""
    m, root = qspan._.mention, qspan.root
    if m is None or m.kind not in ("count", "money"):
        return None
    w = words()
    noun = root if any(c.dep_ == "relcl" for c in root.children) or root.dep_ not in ("nummod", "quantmod") \
        else root.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in w.quantifiers:
        noun = noun.head.head               # "one of 300 promotions Acme plans": the clause hangs on "one"
    verb = next((c for c in noun.children if c.dep_ == "relcl" and c.i >= qspan.end and c.pos_ != "AUX"), None)
    if verb is None or _lemma_in(verb, w.onlooker_lemmas | w.speaker_lemmas):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if not _object_left_out(verb) or subj is None or subj.lower_ in w.pronouns | w.relative or not _an_actor(subj):
        return None
    return _with_conjuncts(s.doc, subj) if any(c.dep_ == "conj" for c in subj.children) else _named(s, subj)


def _object_left_out(verb: Token) -> bool:
    """Whether the noun a relative clause hangs on is the object its verb leaves out: its relative word is
    the verb's object ("the stores that Acme opened"), or it has none and the verb no object of its own
    and no preposition left without one ("the stores Acme opened"); not "the workers (that) Acme relies
    on", "the stores that opened"."""
    kids = list(verb.children)
    under = [g for c in kids if c.dep_ == "prep" for g in c.children]       # "that" of "that Acme relies on"
    pointer = next((c for c in kids + under if c.lower_ in words().relative or c.tag_ in ("WDT", "WP")), None)
    if pointer is not None:
        return pointer.dep_ == "dobj"
    return not any(c.dep_ == "dobj" or c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children)
                   for c in kids)


_OWNERS = (_ranked, _sample_of, _dated_noun, _possessor, _moved_at, _bracket_owner, _place_apart, _name_at, _gapped_name, _compared_at, _fronted_group, _group_after, _compared_for, _parallel_group,
           _modified, _set_off_name, _one_in_n, _apposed_name, _contest_second, _valued, _relative_actor)
