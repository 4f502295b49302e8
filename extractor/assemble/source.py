"""Who a sentence attributes its figures to: a cited document ("according to X", "a study by X",
"a WIPO report showed") or a speaker ("X said"), and how far that attribution carries."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..nlp import COMMON_NOUNS
from ..quantities.component import doc_text, lemma_of
from ..quantities.normalize import cues, move_nouns
from ..types import Claim, TextSpan
from .context import (Carry, PageContext, Sentence, Source, a_result, figures_from, has_modal, in_range, subtree_range,
                      word_set, words)
from .subject import phrase


def find_source(sent: Span, doc: Doc) -> Source | None:
    """The source a sentence names itself: a cited document or a speaker (None if neither). The
    rules that read the parse skip a sentence nlp.annotate only tokenised (no part of speech on
    its first token, nor on any other), and "according to X" one without the word."""
    parsed = sent[0].pos != 0
    lower = doc_text(doc)[sent.start_char:sent.end_char].lower() if parsed else ""
    return (parsed and "according" in lower and _according_to(sent, doc)) or _document(sent, doc, parsed) \
        or (parsed and (_speaker(sent, doc) or _verb_as_noun(sent, doc))) \
        or (parsed and ("per " in lower or "reported " in lower or " by " in lower) and _set_off_citation(sent, doc)) \
        or _citation(sent, doc) \
        or (_leading_document(sent, doc) or _opening_document(sent, doc) or _hedged(sent)
            or _participle_document(sent, doc) or _trailing_participle(sent, doc) or _document_relative(sent, doc)
            if parsed else None)


def _opening_document(sent: Span, doc: Doc) -> Source | None:
    """A sentence that opens with "In" and a document, set off by a comma ("In the 2013 census, 74%
    of residents ...", "In a survey by Acme, 40% of buyers said ..."): the figures after it are that
    document's, and its paragraph's plain statements after it too, as a leading document's. Not the
    writer's own ("In this review, the battery lasted 10 hours", "In our survey, ...": a determiner of
    `source.own_documents`), nor a document noun that qualifies another ("In the study area, ...")."""
    first = sent[1] if sent[0].text in ("-", "•", "*") and len(sent) > 1 else sent[0]
    noun = next((c for c in first.children if c.dep_ == "pobj"), None) if first.lower_ == "in" else None
    if noun is None or noun.lower_ not in cues().attribution["document_nouns"] \
            or noun.right_edge.i + 1 >= sent.end or doc[noun.right_edge.i + 1].text != ",":
        return None
    if _own_document(noun):
        return None
    left = noun.left_edge.i
    while doc[left].dep_ == "det":
        left += 1
    span = doc[left:_unclaused_end(noun) + 1]
    return Source(TextSpan(span.text, span.start_char, span.end_char, label="DOCUMENT", cue="in"), "paragraph",
                  mention=(doc[noun.left_edge.i].idx, span.end_char), body=True)


def _own_document(noun: Token) -> bool:
    """A document noun with a determiner or possessive of `source.own_documents` ("this review", "our
    survey"): the writer's own article or test, not a cited one."""
    return any(c.lower_ in word_set("source", "own_documents") for c in noun.children if c.dep_ in ("det", "poss"))


def _hedged(sent: Span) -> Source | None:
    """"The deal has reportedly been valued at $2 billion": an adverb of `source.hedge_words` on a
    verb gives the figures of that verb's own clause to the unnamed reporter it stands for, in its
    sentence only (`_own_clause`). The span has no type (null, as for "officials said"): the
    reporter is unnamed."""
    for tok in sent:
        if tok.lower_ not in word_set("source", "hedge_words") or tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            continue
        start, end = _own_clause(tok.head)
        return Source(TextSpan(tok.text, tok.idx, tok.idx + len(tok.text), cue=tok.text), "sentence",
                      (start.idx, end.idx + len(end.text)), (tok.idx, tok.idx + len(tok.text)))
    return None


_CLAUSE_LEFT = ("nsubj", "nsubjpass", "expl", "aux", "auxpass", "neg", "advmod")


def _own_clause(verb: Token) -> tuple[Token, Token]:
    """The first and last token of `verb`'s own clause: its subtree without a clause joined to it
    ("..., and the firm now employs 300 people"), a relative or participle clause on its subject or
    object ("The company, which employs 5,000 people, is ...", "... the club, which won 3 titles"),
    nor an adverbial clause or opening phrase ("After posting 3 straight losses, the firm ...": before
    the verb only its subject, auxiliaries and adverbs count); the span runs out
    from the verb to the nearest token of such a clause on either side."""
    other = {t.i for c in verb.children if c.dep_ in ("conj", "cc") for t in c.subtree}
    other |= {t.i for d in verb.subtree if d.i != verb.i and d.dep_ in ("relcl", "acl", "advcl") for t in d.subtree}
    other |= {t.i for c in verb.children if c.i < verb.i and c.dep_ not in _CLAUSE_LEFT for t in c.subtree}
    doc, lo, hi = verb.doc, verb.i, verb.i
    while lo - 1 >= verb.left_edge.i and lo - 1 not in other:
        lo -= 1
    while hi + 1 <= verb.right_edge.i and hi + 1 not in other:
        hi += 1
    while lo < verb.i and doc[lo].is_punct:
        lo += 1
    while hi > verb.i and doc[hi].is_punct:
        hi -= 1
    return doc[lo], doc[hi]


@cache
def _citation_re() -> re.Pattern[str]:
    """A bracketed author-year citation that closes a sentence or clause: "(Smith et al., 2021)",
    "(EPA 2024)", "(Lee and Park, 2019; Reed, 2020)"."""
    name = r"[A-Z][\w'’.&-]*(?:\s+(?:of\s+|for\s+)?[A-Z][\w'’.&-]*){0,5}"
    return re.compile(rf"\((?P<src>{name}(?:\s+et\s+al\.?|\s+(?:and|&)\s+{name})?,?\s+(?:19|20)\d\d[a-z]?)"
                      r"(?:\s*[;,][^()]*)?\)(?=\s*(?:[.;,:]|$))")


def _citation(sent: Span, doc: Doc) -> Source | None:
    """An author-year citation in brackets at the end of a sentence or clause ("About 15% of
    adults have it (Smith et al., 2021).") cites that work for the sentence's figures; not a date
    in brackets ("(March 2009)", "(Fiscal 2024)", "(March-April 2024)", "(Q1-Q3 2024)"), any part of
    whose first word is a time (`source.not_citation`), nor a place, event, product or plan and its
    year ("(UK, 2023)", "(Tokyo 2020)", "(MacBook Air 2022)"): a name the parse takes for one of
    `source.not_citation_ents`; without "et al." or a comma only an acronym or a body's name
    ("(EPA 2024)", "(Acme Institute 2024)", `source.body_nouns`), not a product or a plan
    ("(MacBook Air 2022)", "(Vision 2030)")."""
    text = doc_text(doc)[sent.start_char:sent.end_char]
    for m in _citation_re().finditer(text):
        s, e = sent.start_char + m.start("src"), sent.start_char + m.end("src")
        if not _cites_maker(doc, m.group("src"), s):
            continue
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue="citation"), "sentence",
                      mention=(sent.start_char + m.start(), sent.start_char + m.end()))
    return None


def _cites_maker(doc: Doc, src: str, start: int) -> bool:
    """Whether the name of a bracketed "(Name Year)" is an author or a body (see _citation)."""
    w = words().source
    if any(part.lower() in w["not_citation"] for part in re.split(r"[-–]", src.split()[0].rstrip(".,"))):
        return False
    if re.search(r"\bet\s+al\b", src):
        return True
    name_end = start + len(src.rstrip("0123456789abc ,"))
    span = doc.char_span(start, name_end, alignment_mode="expand")    # the name's tokens, not the whole page's
    toks = [t for t in (span if span is not None else ()) if start <= t.idx < name_end
            and not t.is_punct and t.lower_ not in ("and", "&", "of", "for")]
    if any(t.ent_type_ in w["not_citation_ents"] for t in toks):
        return False
    if "," in src:                                    # "(Reed, 2020)", "(Global Industry Analysts, 2020)"
        return bool(toks)
    return bool(toks) and (len(toks) == 1 and _ACRONYM.fullmatch(toks[0].text) is not None
                           or toks[-1].lower_ in w["body_nouns"])   # "(EPA 2024)", "(Acme Institute 2024)"


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
            return _cited(doc, obj, "according to")
    return None


def _cited(doc: Doc, obj: Token, cue: str) -> Source:
    """The source a citing phrase names by its object `obj` ("according to the WHO, a UN body"): the
    name without its determiner or what sets it off; none of the phrase is the figures' subject."""
    left = obj.left_edge.i
    while doc[left].dep_ == "det":
        left += 1
    span = doc[left:_set_off(doc, obj) + 1]     # the name, not "Acme, a firm that ..." / "Acme (the maker of X"
    whole = doc[obj.left_edge.i:obj.right_edge.i + 1]
    label = obj.ent_type_ or next((t.ent_type_ for t in span if t.ent_type_), None) or "DOCUMENT"
    named = _with_title(doc, obj, TextSpan(span.text, span.start_char, span.end_char, label=label))
    return Source(replace(named, cue=cue), _cited_scope(obj), mention=(whole.start_char, whole.end_char))


def _set_off_citation(sent: Span, doc: Doc) -> Source | None:
    """"Per the CDC, 40% of adults ...", "Prices rose 5%, per government data", "As reported by Reuters,
    the firm cut 300 jobs": a source cited as "according to" cites one, by "per" that opens the sentence
    or follows a comma, with a name, a document or a body as its object (not a rate: "$5 per hour", "40
    cents per share"), by "as reported by/in" (`source.reported_lemmas`), or as the agent of a passive
    report ("Growth of 3% was reported by the ONS", "The toll was confirmed by police";
    `source.passive_report_lemmas`)."""
    for tok in sent:
        if tok.lower_ == "per" and tok.dep_ == "prep" and not tok.ent_type_ and _opens_clause(doc, tok, sent):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is not None and (_citable(obj, rate_word=True) or _untagged_name(obj)):
                return _cited(doc, obj, "per")
        elif lemma_of(tok).lower() in words().source["reported_lemmas"] and tok.dep_ == "advcl" \
                and any(c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            by, obj = _citing_phrase(tok, ("agent", "prep"), ("by", "in"))
            if obj is not None:
                return _cited(doc, obj, f"as {tok.lower_} {by.lower_}")
        elif tok.dep_ == "ROOT" and lemma_of(tok).lower() in words().source["passive_report_lemmas"] \
                and any(c.dep_ == "auxpass" for c in tok.children):
            return _passive_reporter(doc, tok)
    return None


def _opens_clause(doc: Doc, tok: Token, sent: Span) -> bool:
    """Whether `tok` opens its sentence or follows a comma, alone or after "as" ("As per the ministry,")."""
    i = tok.i - 1 if tok.i > sent.start and doc[tok.i - 1].lower_ == "as" else tok.i
    return i == sent.start or doc[i - 1].text == ","


def _passive_reporter(doc: Doc, verb: Token) -> Source | None:
    """The agent of a passive report that heads its sentence ("Growth of 3% was reported by the ONS"; not
    "Sales fell 4% after a recall was announced by Toyota"); a company or a person that announces,
    discloses, reports or reveals figures of its own stays their subject too (`Source.actor`: "Revenue of
    $25 billion was reported by Tesla"), a statistics body does not ("by the ONS")."""
    _, obj = _citing_phrase(verb, ("agent",))
    if obj is None:
        return None
    cited = _cited(doc, obj, f"{verb.lower_} by")
    own = lemma_of(verb).lower() in words().source["own_report_lemmas"] and obj.ent_type_ in ("ORG", "PERSON") \
        and not _is_body(obj, doc)
    return replace(cited, actor=True) if own else cited


def _citing_phrase(verb: Token, deps: tuple[str, ...], preps: tuple[str, ...] | None = None) -> tuple[Token | None, Token | None]:
    """The phrase by which a verb of report names whom it cites ("as reported by Reuters", "was reported
    by the ONS"): its first child of `deps` (of `preps`, when given) and that child's object, when the
    object is citable (`_citable`); else (the child or None, None)."""
    by = next((c for c in verb.children if c.dep_ in deps and (preps is None or c.lower_ in preps)), None)
    obj = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return by, obj if obj is not None and _citable(obj) else None


def _citable(obj: Token, rate_word: bool = False) -> bool:
    """A name (an ORG, PERSON, GPE or NORP entity: not "as reported in January", "Per Game"), a
    document, or a body or people; after a word of rates (`rate_word`: "per") a body only with a
    determiner or an owner ("per the agency"; "$2 million per state" is a rate)."""
    source = words().source
    if obj.ent_type_:
        return obj.ent_type_ in ("ORG", "PERSON", "GPE", "NORP")
    owned = any(c.dep_ in ("det", "poss") for c in obj.children)
    return obj.lower_ in cues().attribution["document_nouns"] \
        or (obj.lower_ in source["body_nouns"] or obj.lower_ in source["people_nouns"]) and (owned or not rate_word)


def _untagged_name(obj: Token) -> bool:
    """A name the recogniser left untagged after "per" ("Per Gartner, PC shipments fell 8%", "Sales fell
    8%, per Gartner."): a proper noun with a capital and no entity, its phrase set off by a comma or
    ending the sentence; not a heading's "Per Game" (nothing sets it off) nor a rate ("$5 per Month,")
    whose noun is no name, nor Latin ("Per Capita, income rose 3%", `source.per_latin`)."""
    doc, end, nouns = obj.doc, obj.right_edge.i + 1, _common_nouns(obj.vocab)
    return obj.pos_ == "PROPN" and not obj.ent_type_ and obj.text[:1].isupper() \
        and (nouns is None or obj.lower_ not in nouns) and obj.lower_ not in word_set("source", "per_latin") \
        and (end >= len(doc) or doc[end].text in (",", ".", ";"))


def _set_off(doc: Doc, head: Token) -> int:
    """The last token of `head`'s phrase before a comma, bracket or dash that sets off what
    follows it: a description ("Acme, a firm that ...", "Acme (the maker of X)") or the clause
    the phrase was put before ("According to the Acme study, Globex led ..."). A dash sets off
    only between spaces ("Acme - a firm"), a comma not in a list of names ("Smith, Jones and
    Brown"); other marks are part of a name ("Procter & Gamble", "Standard & Poor's")."""
    marks = words().source
    for i in range(head.i + 1, head.right_edge.i + 1):
        t = doc[i]
        spaced_dash = t.text in marks["spaced_dashes"] and t.whitespace_ and doc[i - 1].whitespace_
        if (t.text in marks["set_off_marks"] and not _in_list(doc, i, head)) or spaced_dash:
            return i - 1
    return head.right_edge.i


def _in_list(doc: Doc, comma: int, head: Token) -> bool:
    """Whether the comma at `comma` separates the items of a list in `head`'s phrase: the phrase
    after it is a conjunct of one before it, and an "and"/"or" joins the list later on
    ("Smith, Jones and Brown", "researchers at Harvard, Yale and MIT")."""
    if doc[comma].text != "," or comma + 1 > head.right_edge.i:
        return False
    t = doc[comma + 1]
    while t.head.i > comma and t.head.i != t.i:
        t = t.head
    return t.dep_ == "conj" and t.head.i < comma \
        and any(doc[j].dep_ == "cc" for j in range(comma + 1, head.right_edge.i + 1))


def _cited_scope(head: Token) -> str:
    """"according to officials" / "according to Ann Lee" cites people, as "X said" does: their
    words do not make the rest of the paragraph theirs; "according to a WIPO report" or "according
    to the agency" cites a document or a body, whose data set the paragraph may go on reporting."""
    people = head.ent_type_ == "PERSON" or head.lower_ in words().source["people_nouns"] \
        or head.lower_ in words().source["cited_people"]
    return "speech" if people else "paragraph"


@cache
def _document_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """"<document noun> by/from <Name>" and "<Name> <document noun> <finding verb>", compiled once."""
    table = cues().attribution
    nouns, finding = "|".join(table["document_nouns"]), "|".join(table["finding_verbs"])
    by = re.compile(rf"\b((?:{nouns}))\s+(?:by|from)\s+((?:the\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?"
                    rf"[A-Z][\w.&'’-]*)*)")
    shows = re.compile(rf"((?:(?:[A-Z][\w.&'’-]*|\d{{4}})\s+){{0,4}}\b(?:{nouns}))\s*(?:(?:also|further|\w+ly)\s+)?"
                       rf"(?:{finding})(?=\b|that\b)")    # "shows", not "shown below"; "showedthat" as scraped
    return by, shows


def _document(sent: Span, doc: Doc, parsed: bool = True) -> Source | None:
    """"a study by Stanford University", "a WIPO report showed" (the subject of a finding verb
    only in a `parsed` sentence)."""
    by_re, shows_re = _document_res()
    text = doc_text(doc)[sent.start_char:sent.end_char]           # sent.text, without joining its tokens again
    by = by_re.search(text)
    if by:
        s = sent.start_char + by.start(1)
        e = sent.start_char + by.end(2)
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue=by.group(1)), "paragraph")
    cited = _document_subject(sent, doc) if parsed else None
    if cited is not None:
        return cited
    shows = shows_re.search(text)
    if shows:
        s = sent.start_char + shows.start(1)
        e = sent.start_char + shows.end(1)
        cue = shows.group(0)[len(shows.group(1)):].strip()
        return Source(TextSpan(doc_text(doc)[s:e], s, e, label="DOCUMENT", cue=cue), "paragraph")
    return None


def _document_subject(sent: Span, doc: Doc) -> Source | None:
    """A document that is the subject of a verb of finding ("Amex's recent report found that",
    "The same study shows", "Data from the agency show", "The poll surveyed 900 adults and found that"):
    the whole noun phrase, its possessor, determiner and "by/from X" included; not clauses on it
    ("released Tuesday")."""
    table = cues().attribution
    for tok in sent:
        if tok.lower_ not in table["finding_verbs"] and not _puts_at(tok):
            continue
        own = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        subj = own or _shared_subject(tok)        # "The poll surveyed 900 adults and found that ..."
        if subj is not None and subj.lower_ in table["document_nouns"]:
            span = doc[subj.left_edge.i:_unclaused_end(subj) + 1]
        else:
            span = _document_antecedent(subj)
        if span is None:
            continue
        return Source(TextSpan(span.text, span.start_char, span.end_char, label="DOCUMENT", cue=tok.text),
                      "paragraph", actor=own is None and subj is not None)   # "The poll surveyed 900 adults and ..."
    return None


def _participle_document(sent: Span, doc: Doc) -> Source | None:
    """A document with a participle of finding on it ("..., with one study finding error rates of
    68%", "a new report showing that 40% of stores closed", `source.finding_participles`): the figures
    of the participle's phrase are the document's, in that sentence only (a side remark, no data set
    for the paragraph); the document is the noun right before the participle with its determiner,
    numeral and modifiers, however the parse joined them ("one study finding" as a compound). Only in
    an absolute "with" phrase or with a clause ("showing that ..."): not "He read the report showing
    300 pages of tables", nor the writer's own ("our report showing that ..."). Tried after every
    other source of the sentence (find_source), which its figures then leave to no one."""
    documents = cues().attribution["document_nouns"]
    for tok in sent:
        if tok.lower_ not in word_set("source", "finding_participles") or tok.i == sent.start \
                or doc[tok.i - 1].lower_ not in documents:
            continue
        start = tok.i - 1
        while start > sent.start and doc[start - 1].tag_ in ("DT", "CD", "JJ", "JJS", "NN", "NNP", "PRP$"):
            start -= 1
        own = doc[start].lower_ in word_set("source", "own_documents")
        absolute = start > sent.start and doc[start - 1].lower_ == "with"
        if own or not (absolute or any(c.dep_ == "ccomp" for c in tok.children)):
            continue                        # "our report showing ...", "He read the report showing 300 pages"
        clause = tok.head if tok.dep_ == "compound" else tok
        end = doc[max(clause.right_edge.i, tok.i)]
        return _participle_source(doc[start:tok.i], tok, end)
    return None


def _participle_source(span: Span, participle: Token, end: Token) -> Source:
    """The document `span` cited by a participle of finding, for that participle's phrase up to `end` in
    its sentence only (`_participle_document`, `_trailing_participle`)."""
    return Source(TextSpan(span.text, span.start_char, span.end_char, label="DOCUMENT", cue=participle.text),
                  "sentence", reach=(participle.idx, end.idx + len(end.text)))


def _trailing_participle(sent: Span, doc: Doc) -> Source | None:
    """"A new survey was published on Monday, revealing that 40% of adults are stressed", "The study
    confirmed the trend, showing that ...": a participle of finding set off by a comma after its
    clause, with a clause of its own, reports for that clause's subject when it is a document (or
    for the document the parse hung it on); the figures of the participle's clause are the
    document's, in that sentence only, as `_participle_document`'s. Not the writer's own ("Our
    survey ran for a month, showing that ..."), nor a clause whose subject is no document ("Sales
    rose 4%, showing that demand held up"), nor an index whose clause states its level or move
    (`_measures_itself`: "The index fell 2%, suggesting that investors ...": the writer's reading)."""
    documents = cues().attribution["document_nouns"]
    for tok in sent:
        if tok.lower_ not in word_set("source", "finding_participles") or tok.i == sent.start \
                or doc[tok.i - 1].text != "," or not any(c.dep_ == "ccomp" for c in tok.children):
            continue
        head = tok.head
        noun = head if head.pos_ == "NOUN" else next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if noun is None or noun.lower_ not in documents or noun.i > tok.i or _measures_itself(head, noun, tok):
            continue
        start = noun.left_edge.i
        if doc[start].lower_ in word_set("source", "own_documents"):
            continue
        return _participle_source(doc[start:noun.i + 1], tok, doc[tok.right_edge.i])
    return None


def _measures_itself(head: Token, noun: Token, participle: Token) -> bool:
    """Whether the document before a trailing participle is a measure itself (`source.measure_documents`:
    an index, a gauge) whose clause states its level or a move ("The S&P 500 index fell 2%, suggesting
    that ...", "The index closed at 8,200, indicating ..."): the writer's reading of the market, not a
    finding. A study's or a survey's own sample ("The survey polled 2,000 adults, revealing that ...")
    leaves it a source."""
    figures = figures_from(noun.doc, noun.sent.start, participle.i)
    return lemma_of(noun).lower() in word_set("source", "measure_documents") and (
        lemma_of(head).lower() in words().amount_verbs or any(q._.mention.kind != "date" for q in figures))


def _document_relative(sent: Span, doc: Doc) -> Source | None:
    """A relative clause on a cited document that says what the document covers ("The report, which
    compares data from 200 companies, ranks ...", "a survey that polled 2,000 adults in May"): its
    figures (the sample, the span, the method) are the document's, in that clause only. The clause's
    verb is one of covering (`source.coverage_lemmas`) or of finding ("a study, which found that ...");
    not what the document cost or took ("The study, which cost $2 million, ..."). The relative pronoun
    is the clause's subject ("which Acme paid $2 million for" tells of the document, it is not the
    document's figure), and the document is not the writer's own ("our survey, which polled 300
    readers"). Tried after every other source of the sentence (find_source)."""
    documents = cues().attribution["document_nouns"]
    for tok in sent:
        noun = tok.head
        if tok.dep_ != "relcl" or noun.lower_ not in documents or noun.dep_ == "compound" or _own_document(noun) \
                or not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in tok.children) \
                or not (lemma_of(tok).lower() in word_set("source", "coverage_lemmas") or _reports(tok)):
            continue
        span = doc[noun.left_edge.i:_unclaused_end(noun) + 1]
        return Source(TextSpan(span.text, span.start_char, span.end_char, label="DOCUMENT", cue=tok.text), "sentence",
                      reach=subtree_range(tok))
    return None


def _document_antecedent(pronoun: Token | None) -> Span | None:
    """The document a pronoun subject of a verb of finding stands for ("The study appeared in a journal,
    and it found that ...", "The study appeared in May. It found that ..."): the document noun that is
    the last subject before it in its sentence, else in the sentence before it in its paragraph (no
    line break between them), past the same pronoun ("The study appeared in May, and it was cited.
    It found ..."); "it" for a singular noun, "they" for a plural. None when that subject is no
    document ("Acme released a study. It found ...": Acme's), a bare noun of a kind of document
    ("Research is costly. It shows ...": research at large, as `_opening_noun` wants a determiner),
    or when there is none. A sentence before it that nlp.annotate only tokenised gives its opening
    document (`_opening_noun`)."""
    if pronoun is None or pronoun.lower_ not in ("it", "they"):
        return None
    doc, sent = pronoun.doc, pronoun.sent
    before = doc[sent.start:pronoun.i]
    if not any(t.dep_ in ("nsubj", "nsubjpass") for t in before) and sent.start > 0 \
            and "\n" not in doc_text(doc)[doc[sent.start - 1].idx:sent.start_char]:
        previous = doc[sent.start - 1].sent
        if previous[0].pos == 0:
            return _opening_noun(previous, pronoun.lower_ == "they")
        before = doc[previous.start:pronoun.i]
    documents = cues().attribution["document_nouns"]
    for t in reversed(before):
        if t.dep_ not in ("nsubj", "nsubjpass") or t.lower_ == pronoun.lower_:
            continue                        # the same pronoun again ("and it was presented"): further back
        own = _own_document(t)
        joined = any(c.dep_ in ("conj", "cc") for c in t.children) \
            or sum(c.dep_ in ("nsubj", "nsubjpass") for c in t.head.children) > 1   # "The survey and the study"
        if t.lower_ in documents and (t.tag_ in ("NNS", "NNPS")) == (pronoun.lower_ == "they") and not own \
                and not joined and any(c.i < t.i for c in t.children):     # not a bare "Research is costly."
            return doc[t.left_edge.i:_unclaused_end(t) + 1]
        return None
    return None


def _opening_noun(sent: Span, plural: bool) -> Span | None:
    """The document a sentence without a parse opens with: a determiner (`source.opening_dets`: "The",
    "A"), at most two words and a document noun, the last of its noun phrase (the word after it no
    common noun: not "The study participants", nor a possessive "The study's"): "The new study is
    out", "A Stanford survey was released". Its number agrees with the pronoun's (`plural`: "they"):
    a noun in -s other than -ss, -is, -us is plural ("The figures"), "data" either."""
    table = cues().attribution
    if len(sent) < 3 or sent[0].lower_ not in word_set("source", "opening_dets"):
        return None
    nouns = _common_nouns(sent.doc.vocab)
    for k in range(1, min(4, len(sent) - 1)):
        tok, nxt = sent[k], sent[k + 1]
        if tok.lower_ in table["document_nouns"]:
            many = tok.lower_.endswith("s") and not tok.lower_.endswith(("ss", "is", "us"))
            if tok.lower_ != "data" and many != plural:
                return None
            word = nxt.lower_
            forms = (word, word[:-1], word[:-2]) if len(word) > 3 and word.endswith("s") else (word,)
            if word in ("'s", "’s", "'") or nouns is not None and any(w in nouns for w in forms):  # "participants"
                return None
            return sent[0:k + 1]
        if not tok.is_alpha:
            return None
    return None


def _leading_document(sent: Span, doc: Doc) -> Source | None:
    """A document that opens the sentence and a verb of finding before its first figure, which the
    parse cut apart ("The latest figures from the ministry show exports rose 5%": "show" taken for a
    noun; "Data released Tuesday by the Commerce Department showed ...": "released" taken for the
    main verb): the words before the verb cite it. Not a document noun that qualifies another noun
    ("The study participants found that ..."), nor a verb after the figure."""
    table = cues().attribution
    head = next((t for t in sent if t.pos_ in ("NOUN", "PROPN")), None)
    if head is None or head.lower_ not in table["document_nouns"] or head.dep_ in ("compound", "poss") \
            or any(c.dep_ in ("cc", "case") for c in head.children) or any(
            t.pos_ in ("VERB", "AUX") or t.pos_ == "PRON" and t.dep_ != "poss" for t in doc[sent.start:head.i]):
        return None                   # no clause before the document's phrase ("In 2023, the survey found"),
                                      # no noun it qualifies or is joined to ("Research and development spending"),
                                      # or owns ("The survey's respondents")
    verb = None
    for t in doc[head.i + 1:sent.end]:
        if t.lower_ in table["finding_verbs"]:
            verb = t
            break
        if t.like_num or t.pos_ in ("PRON", "AUX") or t.text == ":" or t.tag_ in ("WRB", "WP", "WDT") \
                or (t.pos_ == "VERB" and t.dep_ != "acl" and t.tag_ != "VBN"):
            return None               # a figure, a pronoun, another verb or a question first: "our research we
                                      # found", "Analysis: Why inflation shows"
    if verb is None or not _verb_in_place(verb, doc):
        return None
    left = head.left_edge.i
    while doc[left].dep_ == "det":
        left += 1
    span = doc[left:verb.i]
    return Source(TextSpan(span.text, span.start_char, span.end_char, label="DOCUMENT", cue=verb.text), "paragraph",
                  body=True)   # its paragraph's plain statements after it, as a body's (in_force)


def _verb_in_place(verb: Token, doc: Doc) -> bool:
    """The word of finding in `_leading_document` stands where a verb stands: lower-case, not after
    punctuation, a determiner or a possessive ("the finds", "the report's estimate" read as nouns), and
    not followed by another verb or a preposition ("the Motor Show listed", "the cooking show gave",
    "Documents found in the attic"): "figures from the ministry show exports"."""
    before, after = doc[verb.i - 1], doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if verb.text[0].isupper() or before.is_punct or before.dep_ in ("det", "poss", "case") \
            or before.tag_ in ("DT", "POS", "PRP$"):
        return False
    return after is None or not (after.pos_ in ("VERB", "AUX") or after.tag_ == "IN" and after.lower_ != "that")


def _puts_at(verb: Token) -> bool:
    """"Globex estimates put the cost at $4 billion": "put" with an object and an "at" phrase
    that holds a figure gives it as its subject's finding (a document's: `_document_subject`);
    not "put 500 jobs at risk", "put both cars at the front"."""
    if verb.lower_ not in ("put", "puts") or verb.pos_ != "VERB" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"), None)
    obj = next((c for c in at.children if c.dep_ == "pobj"), None) if at is not None else None
    return obj is not None and _holds_figure(obj)


def _unclaused_end(noun: Token) -> int:
    """The last token of `noun`'s phrase with its "by/from/of" phrases, and a participle's "by X"
    that names who made it ("figures released by the ONS": a verb of `source.maker_verbs`, not set
    off by a comma), before any other clause on it ("a report praised by critics", "the study,
    funded by Acme,")."""
    end = noun.i
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in words().source["document_preps"]:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            end = _unclaused_end(obj) if obj is not None else c.i
        elif c.dep_ == "acl" and c.lower_ in words().source["maker_verbs"] and not noun.doc[c.i - 1].is_punct \
                and any(a.dep_ == "agent" for a in c.children):
            agent = next(a for a in c.children if a.dep_ == "agent")      # "figures released by the ONS"
            obj = next((o for o in agent.children if o.dep_ == "pobj"), None)
            return max(_unclaused_end(obj), _name_end(obj)) if obj is not None else agent.i
        elif c.dep_ not in ("compound", "amod", "appos", "nummod", "punct", "cc", "conj"):
            break
    return end


def _name_end(tok: Token) -> int:
    """The last token of the name `tok` heads, with its own "of/for" phrases ("the Office for
    National Statistics"; subject.phrase)."""
    end_char, j = phrase(tok.doc, tok).end, tok.i
    while j + 1 < len(tok.doc) and tok.doc[j + 1].idx < end_char:
        j += 1
    return j


def _speaker(sent: Span, doc: Doc) -> Source | None:
    """"Ms. Liu Hua noted that", "said Montana in a statement": first by a verb of speech or finding
    (`_reports`); only in a sentence without one, by its main verb of forecast, advice or clause-only
    speech (`_reports_as_main`), so "While Acme expects revenue of $3 billion, analysts said ..." is
    the analysts'."""
    return _speaker_by(sent, doc, False) or _speaker_by(sent, doc, True)


def _speaker_by(sent: Span, doc: Doc, main_only: bool) -> Source | None:
    """The first speaker of `sent` by a verb of speech or finding, or (`main_only`) by the sentence's
    main verb of forecast, advice or clause-only speech, whose attribution covers only its object
    or clause and whose speaker stays the subject of its own figures (`Source.actor`: "Globex
    expects revenue of $3 billion" is about Globex). Never a relative possessor ("whose firm")."""
    w = words()
    for tok in sent:
        if tok.pos_ != "VERB":
            continue
        told = _reports_as_main(tok) if main_only else (tok if _reports(tok) else None)
        if told is None:
            continue
        subj = _speaker_of(tok)
        if subj is None or subj.lower_ in w.speech_pronouns or any(c.lower_ == "whose" for c in subj.children):
            continue
        if not _can_speak(subj) and not _named_in_apposition(subj) and _informed(subj) is None:
            continue                              # "residents reported": not a cited speaker
        cue_end = tok.i + 1
        while cue_end < sent.end and doc[cue_end].dep_ in ("prt", "mark") or \
                (cue_end < sent.end and doc[cue_end].lower_ == "that"):
            cue_end += 1
        reach, actor = _scope(tok, told, main_only)
        participle = _speaks_in_participle(tok, subj)                  # "Acme cut 300 jobs, saying ..."
        reach = _participle_reach(tok) if participle else reach
        actor = actor or participle or tok.dep_ == "conj" and subj.head.i != tok.i   # "Acme cut 300 jobs and
        # said ...", "Acme cut 300 jobs, saying ...": Acme's jobs
        then = None if main_only else _joined_speaker(sent, tok.head if participle else tok, subj)
        return _speech_source(subj, doc[tok.i:cue_end].text, reach, actor, not main_only and _is_body(subj, doc), then)
    return None


def _speech_source(subj: Token, cue: str, reach: tuple[int, int] | None, actor: bool = False, body: bool = False,
                   then: Source | None = None) -> Source:
    """A speaker's source: the name as the sentence gives it (CLAIMS.md: "Ms. Liu Hua"), with its
    title and affiliation, and its whole mention (`_mention`)."""
    doc = subj.doc
    named = _with_name(doc, subj, _with_title(doc, subj, _with_affiliation(doc, subj, phrase(doc, subj))))
    return Source(TextSpan(named.text, named.start, named.end, label=named.label, cue=cue), "speech",
                  reach, _mention(subj), actor, body, then)


def _joined_speaker(sent: Span, verb: Token, first: Token) -> Source | None:
    """A second speaker whose verb of speech heads a clause joined after `verb`'s ("Acme said sales
    rose 4%, and Globex said its sales fell 2%", "..., while Globex said ..."): its own clause is
    its reach, and the figures before and after it stay the first speaker's. Not an aside that
    agrees ("..., as Globex said, ..."), the same speaker again, a pronoun ("..., and he said"),
    nor a subject that cannot be a cited speaker."""
    doc = sent.doc
    for c in verb.subtree:
        if c.i < verb.i or c.dep_ not in ("conj", "advcl") or c.pos_ != "VERB" or not _reports_joined(c) \
                or any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children):
            continue
        subj = _speaker_of(c)
        if subj is None or subj.lower_ in words().speech_pronouns or subj.lower_ == first.lower_ \
                or not (_can_speak(subj) or _named_in_apposition(subj)):
            continue
        left = c.left_edge.i
        while left > verb.i + 1 and doc[left - 1].dep_ in ("cc", "mark", "punct"):
            left -= 1
        end = c.right_edge
        return _speech_source(subj, c.text, (doc[left].idx, end.idx + len(end.text)), body=_is_body(subj, doc))
    return None


def _reports_joined(verb: Token) -> bool:
    """A clause joined to a speaker's that reports for a subject of its own: a verb of speech or
    finding (", and Globex said its sales fell 2%"), or a main verb of forecast whose object holds
    the figure (", and analysts expect revenue of $4 billion next year": `_reports_as_main`)."""
    return _reports(verb) or _reports_as_main(verb) is not None


def _scope(verb: Token, told: Token, main_only: bool) -> tuple[tuple[int, int] | None, bool]:
    """What a speaker's verb covers (`Source.reach`) and whether the speaker is also the actor of
    its figures (`Source.actor`). A main verb of forecast, advice or clause-only speech covers what
    it reports (`_reports_as_main`), its subject the actor unless the verb reports words only ("Lee
    admitted that ..."). A speech verb whose direct object holds the figure covers its sentence up
    to a clause joined to it with a speech verb of its own (", and Globex said its sales rose 4%"),
    its speaker the actor when the object is a result of its own (`_own_result`) and no clause with
    a subject of its own is joined to it. Any other speech verb: `_reach`."""
    if main_only:
        return subtree_range(told), lemma_of(verb).lower() not in words().source["clause_speech_lemmas"]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and _holds_figure(c)), None)
    if obj is None:
        return _reach(verb), False
    joined = [c for c in verb.subtree if c.dep_ == "conj" and c.i > verb.i
              and any(k.dep_ in words().subject_deps for k in c.children)]
    own = _own_result(verb, obj) and not joined      # ", and the jobless rate fell to 4%" is not Acme's
    other = next((c for c in joined if _reports_joined(c)), None)
    if other is None:
        return _reach(verb), own
    last = max((t for t in verb.subtree if t.i < other.left_edge.i and not t.is_punct and t.dep_ != "cc"),
               default=verb)
    return (verb.left_edge.idx, last.idx + len(last.text)), own


def _own_result(verb: Token, obj: Token) -> bool:
    """Whether a speech verb's object is a result its speaker reports of its own ("Acme reported
    revenue of $3 billion", "Globex reported a net loss of $12 million": CONVENTIONS's "X reported",
    and X what the figure is about), or an act it announces of its own ("Acme announced plans to
    invest $80 billion"): a noun of `source.result_nouns`, or of `source.act_nouns` after a verb of
    `source.announce_lemmas`, that names no other owner by a possessive or after a preposition
    (`_an_owner`: "a loss of $2 billion at Boeing", "an approval rating of 40% for Biden"); the
    speaker a name or an organisation, not people, a role or a public body, which report others'
    figures ("Analysts forecast earnings of $4 a share", "Police reported a loss of $40,000", "The
    Commerce Department reported ..."). A move of a result is that result ("Acme reported a 6% rise in
    quarterly profit")."""
    if lemma_of(obj).lower() in move_nouns():      # "Acme reported a 6% rise in quarterly profit"
        obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                    for o in p.children if o.dep_ == "pobj"), obj)
    lemma = {lemma_of(obj).lower(), obj.lower_}
    if not (a_result(obj) or lemma & word_set("source", "act_nouns")
            and lemma_of(verb).lower() in word_set("source", "announce_lemmas")):
        return False
    subj = _speaker_of(verb)
    if subj is None or subj.ent_type_ == "PERSON" \
            or subj.lower_ in word_set("source", "people_nouns", "role_nouns", "public_bodies"):
        return False
    return not any(t.dep_ == "poss" and t.tag_ != "PRP$" or t.dep_ == "pobj" and _an_owner(t) for t in obj.subtree)


def _an_owner(tok: Token) -> bool:
    """Whether a noun names an actor that could own a result: a name (an entity of `actor_labels`,
    or a proper noun with no entity: "at Boeing", "for Biden") or a description of an actor's kind
    (nlp.toml `[parse.descriptions]`: "at the company"); not a time ("in May"), a thing ("in cash and stock")."""
    w = words()
    return tok.ent_type_ in w.actor_labels or tok.pos_ == "PROPN" and not tok.ent_type_ \
        or lemma_of(tok).lower() in w.kinds


def _is_body(subj: Token, doc: Doc) -> bool:
    """Whether a speaker is an organisation or a body, not a person: a noun of `source.body_nouns`
    ("the agency", "the company"), an acronym of 3 or more letters ("the FBI") or a name of more
    than one word the parse takes for an organisation ("the Labor Department", "the Met Office", "the
    Bureau of Labor Statistics").
    Never a person: a PERSON name or one the page names as a person elsewhere, a single
    capitalised word otherwise ("Biden said", "Acme said": a surname the tagger may take for an
    organisation), a role acronym ("the CFO", "the MP": `source.role_acronyms`), a role or people
    ("the spokesman", "officials"); nor a place ("China")."""
    if subj.ent_type_ in ("PERSON", "GPE", "NORP") or subj.lower_ in word_set("source", "people_nouns") \
            or subj.text.upper() in word_set("source", "role_acronyms") or _named_person(subj.text, doc):
        return False
    if subj.pos_ == "NOUN":
        return subj.lower_ in word_set("source", "body_nouns")
    if subj.pos_ != "PROPN":
        return False
    if not any(c.dep_ in ("compound", "flat") and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "of"
               and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children) for c in subj.children):
        return _BODY_ACRONYM.fullmatch(subj.text) is not None   # one word: only an acronym ("the FBI")
    return subj.ent_type_ == "ORG"                              # "the Labor Department", "the Bureau of Labor Statistics"


_BODY_ACRONYM = re.compile(r"(?:[A-Z]\.){3,}|[A-Z]{3,}s?")


def _named_person(name: str, doc: Doc) -> bool:
    """Whether `name` is a word of a name the page tags as a person ("Joe Biden" ... "Biden said");
    the page's person words are gathered once per page (doc.user_data), so a page costs one pass."""
    words = doc.user_data.get(_PERSON_WORDS)
    if words is None:
        words = doc.user_data[_PERSON_WORDS] = dict.fromkeys(
            w for e in doc.ents if e.label_ == "PERSON" for w in e.text.split())
    return name in words


_PERSON_WORDS = "source.person_words"


def _verb_as_noun(sent: Span, doc: Doc) -> Source | None:
    """A speech verb in -s that the tagger took for a noun (`source.verb_nouns`) after the name of
    a speaker, where a verb must stand: at the end of the sentence ("..., the budget office
    estimates.") or before "that" and a clause ("The budget office projects that ..."). The
    speaker is the noun phrase before it, when it would be one for a verb ("the office", "Globex").
    Not a plural noun the parse puts in an object or prepositional phrase, joins to another noun,
    or counts ("in 14 U.S. states", "beat analyst estimates and company forecasts", "300 police
    reports"), nor one before a relative "that" ("State projects that ran over budget"): "that"
    must be the mark of a clause, and a sentence end its stop (a headline without one is no
    sentence end: "..., short of analyst estimates"). Or a sentence the parse left with no verb at
    all, the -s word a compound on the noun that holds the figure ("The IMF projects growth of 3.1%
    next year": "IMF projects growth" read as one noun phrase); not "The city's projects cost $4
    million" (a verb stands) nor "300 projects"."""
    w = words()
    for tok in sent:
        if tok.pos_ != "NOUN" or tok.lower_ not in w.source["verb_nouns"] or tok.i == sent.start:
            continue
        if tok.dep_ in ("pobj", "dobj", "attr", "conj") or any(c.dep_ == "nummod" or c.like_num for c in tok.children):
            continue
        after = doc[tok.i + 1] if tok.i + 1 < sent.end else None
        fragment = tok.dep_ == "compound" and tok.head.i > tok.i and _holds_figure(tok.head) \
            and not any(t.pos_ in ("VERB", "AUX") for t in sent)
        if after is None or not ((after.lower_ == "that" and after.dep_ == "mark")
                                 or (after.is_punct and after.i == sent.end - 1) or fragment):
            continue
        subj = doc[tok.i - 1]
        if subj.pos_ not in ("NOUN", "PROPN") or not _can_speak(subj):
            continue
        left = subj.i
        while left > sent.start and doc[left - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[left - 1].dep_ in (
                "compound", "amod", "poss") or left > sent.start and doc[left - 1].tag_ == "POS":
            left -= 1
        span = doc[left:subj.i + 1]
        return Source(TextSpan(span.text, span.start_char, span.end_char, label=subj.ent_type_ or None,
                               cue=doc[tok.i:tok.i + 2 if after is not None and after.lower_ == "that" else tok.i + 1].text),
                      "speech", None, (span.start_char, span.end_char))
    return None


def _can_speak(subj: Token) -> bool:
    """Whether the subject of a speech verb is a cited speaker: a name ("Globex", "Ann Lee", "the
    C.B.O.", "the IMF": an acronym however it is tagged), or a common noun of a person's role or a
    body (`source.people_nouns`, `source.role_nouns`, `source.body_nouns`: "officials", "the budget
    office"); not any noun ("residents reported", "owners report"), nor an acronym under a possessive
    ("My GPS says": a thing of the writer's, not a body)."""
    acronym = _ACRONYM.fullmatch(subj.text) is not None and not any(
        c.dep_ == "poss" or c.tag_ == "PRP$" for c in subj.children)
    return subj.pos_ == "PROPN" or subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or acronym \
        or subj.lower_ in word_set("source", "people_nouns", "role_nouns", "body_nouns") \
        or _bare_name(subj) or _named_team(subj)


def _named_team(subj: Token) -> bool:
    """A working group named by what it belongs to or does ("The Harvard team", "the research group",
    "an expert panel": `source.team_nouns` with a name or a word of `source.team_makers` on it); not
    "A group of friends", "the team"."""
    w = words().source
    return subj.lower_ in w["team_nouns"] and any(
        c.dep_ in ("compound", "amod", "nmod", "poss") and (c.pos_ == "PROPN" or c.ent_type_ in ("ORG", "GPE", "NORP")
                                                          or c.lower_ in w["team_makers"]) for c in subj.children)


def _bare_name(subj: Token) -> bool:
    """A name the tagger took for a common noun ("Shopwise said", "Taskforge estimates"): a
    capitalised singular noun with no determiner, possessive, numeral or modifier on it, which
    English allows a count noun only as a name, and which the English lexicon (the lemmatizer's
    common nouns, `nlp.COMMON_NOUNS`) does not list: not "Science says", "Management estimates",
    "Somebody told me". A name ending in s the tagger took for a plural is one when its verb agrees
    with one person ("Coombes says", "Williams estimates"; not "Researchers say"). Without that
    lexicon on the vocab, no name."""
    singular = subj.tag_ == "NN" or subj.tag_ == "NNS" and subj.head.tag_ == "VBZ" and subj.head.i > subj.i
    if not singular or not subj.text[:1].isupper() or subj.text.isupper() \
            or any(c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in subj.children):
        return False
    nouns = _common_nouns(subj.vocab)
    return nouns is not None and subj.lower_ not in nouns


def _common_nouns(vocab):
    """The English lexicon's common nouns that nlp.get_nlp puts on the vocab (`nlp.COMMON_NOUNS`),
    or None when the pipeline has none."""
    lexicon = vocab.lookups
    return lexicon.get_table(COMMON_NOUNS) if lexicon.has_table(COMMON_NOUNS) else None


_ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}[a-z]?")


def _with_title(doc: Doc, subj: Token, named: TextSpan) -> TextSpan:
    """A person's name with the title set off by a comma right after it, without the title's own
    phrases ("Ann Lee, chief economist at Acme" -> "Ann Lee, chief economist"): the role tells a
    fact-checker who speaks. Only a short title (at most twice the name's words) joins, so the
    name stays the main part of the source and a long description does not swamp it."""
    title = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i), None)
    if title is None or named.end is None or named.end > doc[title.i].idx or not _is_title(subj, title):
        return named
    comma = doc[title.left_edge.i - 1]
    if comma.text != "," or doc_text(doc)[named.end:comma.idx].strip():
        return named                          # "Maria Gomez, 42, a nurse": an age between
    end = title.idx + len(title.text)
    text = doc_text(doc)[named.start:end]
    if len(_WORD.findall(text)) > 3 * len(_WORD.findall(named.text)):
        return named
    return TextSpan(text, named.start, end, label=named.label)


def _with_name(doc: Doc, subj: Token, named: TextSpan) -> TextSpan:
    """A description with the person's name set off by commas right after it ("her mother, Fiona,
    said", "the company's chief executive, Ann Lee, said" -> "company's chief executive, Ann Lee"):
    the name is who speaks, the description what they are, and a fact-checker needs both. Only a
    name (`_apposed_people`) the comma alone separates from the description."""
    name = next((c for c in _apposed_people(subj) if c.i > subj.i), None)
    if name is None or named.end is None or subj.ent_type_ == "PERSON":
        return named
    whole = phrase(doc, name)
    if whole.start is None or doc_text(doc)[named.end:whole.start].strip() != ",":
        return named
    return TextSpan(doc_text(doc)[named.start:whole.end], named.start, whole.end, label="PERSON")


def _with_affiliation(doc: Doc, subj: Token, named: TextSpan) -> TextSpan:
    """A common-noun speaker with the organisation or place it belongs to ("analysts at Globex",
    "a spokesman for the ministry", "economists polled by Reuters", "the office of the mayor",
    "officials in Ohio, Texas and Utah": the list whole), and the reporter's unnamed sources with
    what they know ("people familiar with the matter", up to a clause on them): without it,
    "analysts" tells a reader nothing about who speaks. Only a phrase whose object is a name or a
    body joins; not a date, a holiday or an event ("analysts at the time", "analysts in March",
    "executives at Christmas"), nor "officials with knowledge of"."""
    w = words().source
    if subj.pos_ != "NOUN" or named.end is None:
        return named
    informed = _informed(subj)
    if informed is not None:
        return TextSpan(doc_text(doc)[named.start:informed], named.start, informed, label=named.label)
    body = subj.lower_ in w["body_nouns"]
    if subj.lower_ not in word_set("source", "people_nouns", "role_nouns") and not body:
        return named
    link = next((c for c in subj.rights if (c.dep_ == "prep" and c.lower_ in w["affiliation_preps"])
                 or (c.dep_ == "acl" and c.lower_ in w["polled_verbs"])), None)
    link = next((c for c in link.children if c.dep_ == "agent"), None) if link is not None and link.dep_ == "acl" \
        else link
    obj = next((c for c in link.children if c.dep_ == "pobj"), None) if link is not None else None
    if obj is None or obj.ent_type_ in ("DATE", "TIME", "EVENT") or obj.lower_ in w["not_affiliations"] or not (
            obj.pos_ == "PROPN" or obj.ent_type_ in ("ORG", "GPE", "NORP") or obj.lower_ in w["body_nouns"]
            or (body and link.lower_ == "of" and obj.lower_ in word_set("source", "people_nouns", "role_nouns"))):
        return named                          # a body only of whom it serves: "the office of the mayor"
    end = max(phrase(doc, t).end for t in [obj, *obj.conjuncts])
    return TextSpan(doc_text(doc)[named.start:end], named.start, end, label=obj.ent_type_ or named.label)


def _informed(subj: Token) -> int | None:
    """Where the reporter's unnamed sources end: a person noun (`source.informed_nouns`) with a
    word of knowledge right on it (`source.informed_words`) whose object is a matter a reporter
    covers (`source.informed_objects`): "people familiar with the matter", "a person briefed on the
    talks", "sources close to the company", "people with knowledge of the plans"; they speak as
    sources. None for people at large ("residents close to the river", "people who live close to
    the airport", "people with little knowledge of finance")."""
    w = words().source
    if subj.lower_ not in w["informed_nouns"]:
        return None
    for c in subj.rights:
        word = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" and c.lower_ == "with" else c
        if word is None or word.lower_ not in w["informed_words"] or c.dep_ not in ("amod", "acl", "prep", "advmod"):
            continue
        prep = next((p for p in word.children if p.dep_ == "prep"), None)
        obj = next((o for o in prep.children if o.dep_ == "pobj"), None) if prep is not None else None
        if obj is not None and obj.lower_ in w["informed_objects"]:
            return obj.idx + len(obj.text)
    return None


def _is_title(subj: Token, title: Token) -> bool:
    """Whether `title`, in apposition to the speaker `subj`, is a person's role: a common noun
    that names no entity ("chief economist", "a nurse"), or a role of `source.people_nouns`
    however it is tagged ("CEO"); not a place, a day, an age or a number ("Ann Lee, Paris",
    "John Smith, Tuesday", "Smith, 52"), nor what an organisation is ("Acme, the maker of
    widgets"). A speaker that is no person (an organisation, a place) has no title."""
    w = words().source
    if subj.ent_type_ != "PERSON" or title.lower_ in w["organisation_nouns"]:
        return False
    return title.lower_ in w["people_nouns"] or (title.pos_ == "NOUN" and not title.ent_type_)


_WORD = re.compile(r"\w+")


def _named_in_apposition(noun: Token) -> bool:
    """"her mother, Fiona, said", "a neighbour, Ann Lee, said": a description that a person's name
    in apposition identifies is a cited speaker, whatever the noun (not "merger (M&A) deals were
    announced": an abbreviation in brackets names no one)."""
    return any(_apposed_people(noun))


def _apposed_people(noun: Token) -> Iterator[Token]:
    """The person's names in apposition to `noun` ("her mother, Fiona": Fiona)."""
    return (c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON")


def _speaker_of(verb: Token) -> Token | None:
    """The subject of a verb of speech, or whom a verb of quoting quotes: "X was quoted as saying",
    "State media quoted X as saying". A verb joined to an earlier one without a subject of its own
    shares that one's ("The ministry reviewed 300 claims and said 12% were false"; `_shared_subject`), and so
    does a participle set off after it ("Acme cut 300 jobs, saying sales fell 5%": `_participle_subject`)."""
    subj = next((c for c in verb.children if c.dep_ in words().subject_deps), None) or _shared_subject(verb) \
        or _participle_subject(verb)
    if subj is None and verb.dep_ == "pcomp" and verb.head.lower_ == "as" \
            and lemma_of(verb.head.head).lower() in words().source["quoting_lemmas"]:
        subj = next((c for c in verb.head.head.children if c.dep_ in ("nsubjpass", "dobj")), None)
    return subj


def _shared_subject(verb: Token) -> Token | None:
    """The subject a verb joined after another by a conjunction, without one of its own, shares with it,
    through a chain of such verbs ("Acme cut 300 jobs, closed 2 plants and said ..."), or None. Not a verb
    the parser joined with none ("Data released Tuesday by the agency showed ...": a participle's noun),
    nor one that is passive or negated: its subject says nothing."""
    if verb.dep_ != "conj" or not any(c.dep_ == "cc" and verb.head.i < c.i < verb.i for c in verb.head.children) \
            or any(c.dep_ in ("auxpass", "neg") for c in verb.children):
        return None                     # "... and was told that 12% ...", "... but did not say whether 200 ..."
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        verb = verb.head
        subj = next((c for c in verb.children if c.dep_ in words().subject_deps), None)
        if subj is not None:
            return subj
    return None


def _participle_subject(verb: Token) -> Token | None:
    """The subject a present participle set off by a comma after its clause's verb, with no subject
    or opening word of its own, shares with that verb ("Acme cut 300 jobs, saying sales fell 5%",
    "The ministry reviewed the claims, finding that 12% were false"), or None. Not a participle
    before its verb ("Speaking to 300 delegates, the minister said": `_scene`), nor one after
    "while", "after" ... (a mark), nor one joined without a comma ("Acme kept hiring staff"), nor
    one on a clause another speaker reports (`_reported_clause`: "Lee said Acme cut 300 jobs, adding
    that ...": Lee adds); and only one that reports a clause, or a figure as a verb of report does
    (`source.passive_report_lemmas`: ", reporting earnings of $2"), not an act ("speaking for two
    minutes", "claiming 150 lives", "telling 400 workers")."""
    head, kids = verb.head, list(verb.children)
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX") \
            or verb.left_edge.i != verb.i or verb.i == 0 or verb.doc[verb.i - 1].text != "," \
            or any(c.dep_ in ("mark", "nsubj", "nsubjpass", "expl") for c in kids):
        return None
    reported = lemma_of(verb).lower() in word_set("source", "passive_report_lemmas")
    if not any(c.dep_ in ("ccomp", "parataxis") or reported and c.dep_ == "dobj" and _holds_figure(c) for c in kids) \
            or _reported_clause(head):
        return None
    return _speaker_of(head)


def _speaks_in_participle(verb: Token, subj: Token) -> bool:
    """Whether a speaker speaks through a participle that borrows its subject (`_participle_subject`:
    "Acme cut 300 jobs, saying ...")."""
    return verb.dep_ == "advcl" and subj.head.i != verb.i


def _reported_clause(verb: Token) -> bool:
    """Whether a clause is what another speaker reports: the clause of a verb of speech ("Lee said
    Acme cut 300 jobs"), or one with an attribution trailing it ("Acme cut 300 jobs, ..., Reuters
    reported")."""
    return verb.dep_ in ("ccomp", "parataxis") and _reports(verb.head) \
        or any(c.i > verb.i and _trailing_attribution(c) and _reports(c) for c in verb.children)


def _participle_reach(verb: Token) -> tuple[int, int]:
    """What a participle's speaker (`_participle_subject`) covers: the clause it reports, where it
    has one (", telling 200 residents that aid was coming": not the residents), else its phrase."""
    told = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
    return subtree_range(told if told is not None else verb)


def _mention(subj: Token) -> tuple[int, int]:
    """The offsets of a speaker's whole mention, description included ("Ann Lee, head of a firm
    with 400 staff"), up to a relative clause that goes on reporting their words ("the officials,
    who added that they replace 100 miles a year")."""
    start, end = subtree_range(subj)
    for t in subj.subtree:
        if t.dep_ == "relcl" and _reports(t):
            end = min(end, t.left_edge.idx)
    return start, end


def _reach(verb: Token) -> tuple[int, int] | None:
    """The offsets a speech verb's attribution covers in its sentence: all of it when the verb
    heads the sentence or its report ("X said ...", "..., X said"); only its own clause when the
    verb sits in a clause that describes something ("Prime, which Bezos said has 100 million
    members, costs $119": the price is the outlet's), or one joined after the outlet's own
    (`_joined_after`)."""
    clause = subtree_range(verb)
    if not _joined_after(verb) and (verb.dep_ not in _NESTED or _trailing_attribution(verb)
                                    or any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)):
        # "As Ann Lee noted, exports rose 40%": hers, all of it but a scene set before the verb (`_scene`)
        scene = _scene(verb)
        return None if scene is None else (scene.idx, clause[1])
    return clause


def _joined_after(verb: Token) -> bool:
    """Whether a speech verb heads a clause joined by a conjunction after a clause that is not speech:
    the clause before is the outlet's ("Prices rose 4% in May, and economists said inflation would ease
    to 2%", "Acme cut 300 jobs and its chief executive said ..."), or its speaker's own act ("The ministry
    reviewed 3,000 claims and said 12% ..."), the conjunction right before the clause. Not after a
    clause of speech or forecast ("Acme said ..., and added that ...", "The IMF expects growth of 3%,
    and ..."), nor a speaker after what they said ('Sales rose 4%, and "we hired 50 people," the firm
    said', a quotation whose last clause opens with the conjunction)."""
    head, before = verb.head, verb.left_edge.i - 1
    if verb.dep_ != "conj" or head.i > verb.i or head.pos_ not in ("VERB", "AUX") or _reports(head) \
            or _reports_as_main(head) is not None \
            or any(c.dep_ in ("ccomp", "parataxis") and c.i < verb.i for c in verb.children):
        return False                    # "The IMF expects growth of 3%, and ...", '..., and "we hired 50," Acme said'
    while before > head.i and verb.doc[before].text == ",":
        before -= 1
    return verb.doc[before].dep_ == "cc" and verb.doc[before].head.i == head.i   # not '"... and she took 8," Lee said'


def _scene(verb: Token) -> Token | None:
    """The first token after the last scene the outlet sets before the speech verb (`_sets_scene`), or None."""
    clause = max((c for c in verb.children if c.i < verb.i and _sets_scene(c)), key=lambda c: c.i, default=None)
    if clause is None:
        return None
    after = verb.doc[clause.right_edge.i + 1]
    return verb.doc[after.i + 1] if after.is_punct and after.i + 1 < verb.i else after


def _sets_scene(c: Token) -> bool:
    """Whether a modifier before a speech verb's speaker is the outlet's scene: a past event in a clause of
    its own ("After six miners were trapped in May, the minister said ..."; source.scene_marks), or in a
    gerund after one of those words ("After growing revenue 23% last year, Acme projects ..."); a
    participle of the occasion (`_occasion`); or an absolute phrase of source.absolute_marks ("With just
    18 months left in office, he said ...", "With sales down 5%, ...", "With 95% of votes counted, ...")."""
    w = words().source
    marks, kids = w["scene_marks"], list(c.children)
    if c.dep_ == "advcl":
        mark = next((k.lower_ for k in kids if k.dep_ == "mark"), None)
        if mark is None:
            return _occasion(c)
        return c.tag_ in ("VBD", "VBN") and (mark in marks or mark in w["absolute_marks"])
    if c.dep_ != "prep":
        return False
    if c.lower_ in w["absolute_marks"]:
        return any(k.dep_ == "pcomp" or k.dep_ == "pobj" and any(g.dep_ in ("acl", "amod") and g.i > k.i
                                                                  for g in k.children) for k in kids)
    return c.lower_ in marks and any(k.dep_ == "pcomp" and k.tag_ == "VBG" for k in kids)


def _occasion(c: Token) -> bool:
    """A participle with no subordinating word that tells what befell the speaker or where it spoke, in the
    outlet's voice: a past participle ("Asked about the 40% drop", "Fined $2 million by regulators", "Founded
    in 1998 with 4 employees"; not one of a premise, source.premise_lemmas: "Based on data from 12,000
    hospitals", nor of reporting or quoting), or a present one of source.occasion_lemmas ("Speaking to 300
    delegates", "Visiting a plant that employs 1,200 people", "Rejecting claims that 2,000 jobs would go");
    not one of the speaker's own claim ("Blaming a 25% rise in fuel costs", "Offering a 4% pay rise")."""
    w, lemma = words().source, lemma_of(c).lower()
    if c.tag_ == "VBN":
        return not _reports(c) and lemma not in (*w["premise_lemmas"], *w["quoting_lemmas"], *w["finding_lemmas"])
    return c.tag_ == "VBG" and lemma in w["occasion_lemmas"]


_NESTED = frozenset({"relcl", "acl", "advcl"})


def _trailing_attribution(verb: Token) -> bool:
    """"Unemployment rose to 4.1%, the Bureau of Labor Statistics reported Friday": a speech verb after
    a comma that ends the sentence, with no clause or object of its own, is the sentence's attribution
    however the parse hung it (as an adverbial clause of the verb before)."""
    doc, sent = verb.doc, verb.sent
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end
    return verb.dep_ == "advcl" and verb.i > verb.head.i and verb.left_edge.i > sent.start \
        and "," in (doc[verb.left_edge.i].text, doc[verb.left_edge.i - 1].text) and verb.right_edge.i >= last - 1 \
        and not any(c.dep_ in ("ccomp", "xcomp", "dobj", "mark") for c in verb.children)


def _reports(verb: Token) -> bool:
    """A verb of speech ("said", "noted"), or a verb of finding whose object is a clause that
    states the finding ("Acme found that 40% ...", "the agency estimates that ..."; not "Acme
    found a buyer"). A verb that is speech only without a direct object ("he added", "she wrote
    in a blog post") is not with one ("Acme added 400 jobs")."""
    lemma = lemma_of(verb).lower()
    if lemma in words().source["speech_with_no_object"] and any(c.dep_ == "dobj" for c in verb.children):
        return False                          # "Acme added 400 jobs", "insurers wrote $9 bn in premiums"
    if lemma in words().source["speech_with_clause"] and not any(c.dep_ in ("ccomp", "parataxis")
                                                                  for c in verb.children):
        return False                          # "Acme posted strongly", "Musk tweeted 12 times"
    return lemma in _speech_lemmas() or _puts_estimate(verb, lemma) or (
        lemma in words().source["finding_lemmas"] and any(c.dep_ == "ccomp" for c in verb.children))


def _puts_estimate(verb: Token, lemma: str) -> bool:
    """"Officials put the death toll at 40", "The Pentagon pegged the cost at $4 billion": a verb of
    `source.estimate_at_lemmas` whose direct object is a measured thing (`source.estimated_nouns`) and
    whose "at" phrase, on the verb or in that object's phrase, holds a figure, states its subject's estimate
    when no modal makes it a possibility; not "put 500 jobs at risk", "pegged the yuan at 7.8 per dollar"."""
    w = words().source
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None) if lemma in w["estimate_at_lemmas"] else None
    if obj is None or not {lemma_of(obj).lower(), obj.lower_} & word_set("source", "estimated_nouns") \
            or has_modal(verb):
        return False                          # "Some analysts could put the cost at $3 billion": no estimate given
    ats = (c for c in (*verb.children, *obj.subtree) if c.dep_ == "prep" and c.lower_ == "at")
    return any(_holds_figure(k) for at in ats for k in at.children if k.dep_ == "pobj")


def _reports_as_main(verb: Token) -> Token | None:
    """What the sentence's main verb (the root, or a clause or conjunct of it; never a verb in a
    side clause, "While Acme expects ...", "Ann Lee, whose firm projects ...") reports for its
    subject: the clause of a verb that reports words only with one ("Lee admitted that the firm
    lost $40 million"; not "the hospital admitted 3 patients"), the advised act of a verb of advice
    without a direct object ("Experts recommend saving 3 months' pay", "The CDC recommends that
    adults ..."; not "The union urged its 50,000 members to strike", "advised Acme on the deal") or
    the advised amount that is its object ("The WHO recommends 150 minutes of exercise a week"; not a
    count: "The panel recommended 3 candidates"), or
    the object of a verb of forecast, without a modal, that holds a figure ("Globex expects revenue
    of $3 billion"; not "a 2025 launch", "The government can expect a bill of $3 billion"), or of a
    claim its subject makes for itself (`_claims_own`)."""
    w, node = words().source, verb
    while node.dep_ in ("ccomp", "conj") and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ROOT":
        return None
    lemma, kids = lemma_of(verb).lower(), list(verb.children)
    if lemma in w["clause_speech_lemmas"] or lemma in w["advice_lemmas"]:
        if lemma in w["advice_lemmas"] and any(c.dep_ == "dobj" for c in kids):
            return next((c for c in kids if c.dep_ == "dobj" and _holds_figure(c, w["advised_kinds"])), None)
        deps = ("ccomp",) if lemma in w["clause_speech_lemmas"] else ("ccomp", "xcomp")
        return next((c for c in kids if c.dep_ in deps), None)
    if lemma not in w["forecast_lemmas"] and not _claims_own(verb, lemma) or has_modal(verb):
        return None
    return next((c for c in kids if c.dep_ == "dobj" and _holds_figure(c)), None)


def _claims_own(verb: Token, lemma: str) -> bool:
    """Whether `verb` is a claim its subject makes for itself (`source.claim_lemmas`: "The company
    touts battery life of 20 hours", "The senator brags about 2 million new jobs"): the subject a
    person or an organisation (a PERSON, ORG or NORP name, or "the" with a noun of a body or role),
    never a place (a GPE/LOC/FAC name or a noun of `source.place_nouns`: "The city touts 40 miles of
    bike lanes") nor a bare plural of people ("Critics touted ..."); and the figure its own: no
    possessive of another in what it touts ("Fans touted the striker's 30 goals")."""
    subj = _speaker_of(verb) if lemma in word_set("source", "claim_lemmas") else None
    if subj is None or subj.ent_type_ in ("GPE", "LOC", "FAC", "PRODUCT") \
            or subj.lower_ in word_set("source", "place_nouns"):
        return False
    named = subj.ent_type_ in ("PERSON", "ORG", "NORP") or subj.pos_ == "PROPN" and not subj.ent_type_
    body = subj.pos_ == "NOUN" and subj.lower_ in word_set("source", "body_nouns", "role_nouns") \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    if not (named or body):
        return False
    return not any(t.dep_ == "poss" and t.tag_ != "PRP$" for c in verb.children if c.i > verb.i
                   and c.dep_ not in ("conj", "cc") for t in c.subtree)


def _holds_figure(tok: Token, kinds: list[str] | None = None) -> bool:
    """Whether a quantity the matcher found (of one of `kinds`, when given) lies in `tok`'s phrase (a
    year or a date is none)."""
    lo, hi = tok.left_edge.i, tok.right_edge.i + 1
    return any(q.end <= hi and (kinds is None or q._.mention.kind in kinds) for q in figures_from(tok.doc, lo, hi))


def source_of(s: Sentence, start: int) -> TextSpan | None:
    """The source in force for a figure at `start`, unless the figure lies inside the source's
    own mention: "said Ann Lee, head of a firm with 400 staff" does not make Ann Lee the source
    of the 400 staff (the outlet describes her); or outside the clause a nested speech verb
    covers (`Source.reach`). A forecast someone owns names its own source (`_forecast_owner`)."""
    forecaster = _forecast_owner(s, start)
    if forecaster is not None:
        return forecaster
    then = s.own.then if s.own is not None else None
    if then is not None and in_range(start, then.reach):
        return None if in_range(start, then.mention) else then.span
    span = s.source.span if s.source else None
    if span is None or (span.start is not None and span.start <= start < span.end):
        return None
    if s.own is not None and in_range(start, s.source_range):
        return None
    reach = s.source.reach      # the clause its verb covers, its own or a pronoun's ("She ... and said ..."),
    if reach and s.sent.start_char <= reach[0] < s.sent.end_char and not in_range(start, reach):
        return None             # when in this sentence: a carried source's reach is in the one it was named in
    return None if s.own is None and _before_scene_end(s, start) else span


def _forecast_owner(s: Sentence, start: int) -> TextSpan | None:
    """"Revenue beat analysts' estimates of $94.4 billion", "Wall Street's forecast of 2%": a figure
    that a forecast noun ([source] forecast_nouns) with an owner is "of" is that owner's forecast,
    its source, whoever the sentence cites (not a pronoun's: "its forecast of 2%" stays the
    sentence's)."""
    span = s.doc.char_span(start, start + 1, alignment_mode="expand")
    tok = span[0] if span is not None and len(span) else None
    for _ in range(3):
        if tok is None or tok.dep_ == "pobj" or tok.head.i == tok.i:
            break
        tok = tok.head
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ != "of" \
            or lemma_of(tok.head.head).lower() not in word_set("source", "forecast_nouns"):
        return None
    owner = next((c for c in tok.head.head.children if c.dep_ == "poss"), None)
    if owner is None or owner.lower_ in words().pronouns or owner.pos_ not in ("NOUN", "PROPN") \
            or owner.lower_ in words().time_owners:
        return None                     # (not a time: "this year's growth target of 5%")
    return phrase(s.doc, owner)


def _before_scene_end(s: Sentence, start: int) -> bool:
    """A figure in the past event a carried speaker's own speech verb opens with ("After six miners
    were trapped in May, she admitted ..."): the outlet sets the scene (`_scene`)."""
    root = s.sent.root
    if not (_reports(root) or _reports_as_main(root) is not None):
        return False
    scene = _scene(root)
    return scene is not None and start < scene.idx


def in_force(s: Sentence, own: Source | None, carry: Carry) -> Source | None:
    """The source of a sentence's figures. Its own, if it names one. Otherwise attribution
    carries past its sentence only (CONVENTIONS.md): inside the speaker's quotation that is still
    open; to reported speech that plainly continues the same speaker ("he added", a paragraph
    that opens a quotation); within the paragraph of a cited document; or, within its paragraph,
    to the plain statements that go on with a body's data set (`_body_goes_on`). A person's
    remarks do not make the following sentences of the outlet's own reporting his claims."""
    text = s.text
    mine, quoted, open_after = _first_person(text, carry.quote is not None)
    if carry.speech is not None and own is None and _names_again(s, carry.speech):
        carry.speech_block = s.block
    if own is not None:
        if own.scope == "speech":
            carry.speech = own
        elif own.scope == "paragraph" and not own.body:
            carry.para = own
        if own.scope != "sentence":                  # a citation leaves a running summary of speech alone
            _start_body(s, own, carry)
            carry.reported = own if _reports_speech(own, text) and _gives_speech(s) else None
            carry.excerpt = None
        source = own
    elif carry.quote is not None:
        source = carry.quote
    elif carry.speech is not None and _recent_speaker(s, carry) \
            and (_continues_speech(s, carry.speech) or _opens_quotation(text)):
        source = carry.speech
    elif (named := _pronoun_speaker(s)) is not None:
        source = carry.speech = named
    else:
        if carry.para is not None and _names_other_document(s.sent, carry.para):
            carry.para = None                        # "A 2017 analysis examined 9 studies": not the review before
        source = _body_goes_on(s, carry) or carry.para or carry.reported or _excerpt(carry, mine)
    speaker = source if source is not None and source.scope == "speech" else None
    if speaker is not None:
        carry.speech_block = s.block
    carry.quote = speaker if open_after else None
    if quoted and speaker is not None:
        carry.voiced = speaker
    carry.narrator |= mine and source is None
    return source


def _names_other_document(sent: Span, cited: Source) -> bool:
    """Whether a sentence without a source of its own is about another document than the one cited in
    its paragraph: its main clause's subject is a document noun brought in with "a", "an" or "another"
    ("A 2018 review found ... / A 2017 analysis examined 9 studies", "Another poll put ..."), or told
    apart by a year or a name other than the cited one's ("A 2018 review ... / The 2016 analysis had 901
    participants", "A Gallup poll ... / The Pew survey had 900 respondents"). Not the same one again,
    another word for it, a year or name the cited one did not give ("The survey had a margin of error of
    3 points" after "A Gallup poll found ...", "The 2021 survey polled 450 executives" after "A 2021
    survey by Deloitte", "The Lancet study ran 18 months" after "A study"), nor a document in another
    clause ("While an earlier survey had 38%, the poll questioned 1,000 adults")."""
    doc = sent.doc
    span = doc.char_span(cited.span.start, cited.span.end, alignment_mode="expand") \
        if cited.span.start is not None else None
    years = {t.text for t in span or () if _year(t)}
    times = word_set("source", "not_affiliations")          # "The March poll", "The Tuesday poll": no names
    names = {t.lower_ for t in span or () if t.pos_ == "PROPN" and t.lower_ not in times}
    known = names | times
    for t in sent.root.children:
        if t.dep_ not in words().subject_deps or t.lower_ not in cues().attribution["document_nouns"]:
            continue
        return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                   or c.i < t.i and (years and _year(c) and c.text not in years
                                     or names and c.pos_ == "PROPN" and c.lower_ not in known)
                   for c in t.children)
    return False


def _year(tok: Token) -> bool:
    """A token written as a year ("2019"; not "2,000", "12000")."""
    return tok.shape_ == "dddd" and 1800 <= int(tok.text) <= 2100


def _pronoun_speaker(s: Sentence) -> Source | None:
    """"Ann Lee runs a bakery in Leeds. She said sales rose 12%", "Acme Corp opened a plant on Monday.
    It said the plant would employ 400 people": a verb of speech whose subject is "he", "she", "it"
    or "they", where no speaker is in force to continue, reports for the actor the sentence before
    it opens with (`_opening_actor`); so does a verb that reports only as the main verb ("She admitted
    that 40 loaves had burned", "It expects exports to rise 6%": `_reports_as_main`), for what it
    reports. Not a demonstrative ("This shows ..."), nor the writer's voice, nor a pronoun that is told
    or said of ("She was told ...", "He is said to have paid ...", "It is estimated that ...": a passive
    speech verb has no speaker)."""
    w = words()
    for tok in s.sent:
        if tok.pos_ != "VERB" or any(c.dep_ == "auxpass" for c in tok.children):
            continue
        reports = _reports(tok)
        told = None if reports else _reports_as_main(tok)    # what a main verb of admission or forecast reports
        if told is None and not reports:
            continue
        pronoun = next((c for c in tok.children if c.dep_ == "nsubj"), None) or _shared_subject(tok) \
            or _participle_subject(tok)
        if pronoun is None or pronoun.dep_ != "nsubj" or pronoun.lower_ not in w.speech_pronouns \
                or pronoun.lower_ in w.source["no_speakers"] or pronoun.lower_ in w.source["own_voice"] \
                or s.sent.start == 0:
            continue
        actor = _opening_actor(s.doc[s.sent.start - 1].sent, pronoun.lower_)
        if actor is not None:       # "She opened a shop in May and said ...": her words, her clause (`_joined_after`)
            reach = subtree_range(told) if told is not None else subtree_range(tok) if _joined_after(tok) else None
            if _speaks_in_participle(tok, pronoun):
                reach = _participle_reach(tok)          # "She closed a shop, saying ...": what she says
            return Source(TextSpan(actor.text, actor.start_char, actor.end_char, label=actor.label_ or None,
                                   cue=tok.text), "speech", reach,
                          body=pronoun.lower_ not in w.source["person_speakers"])
    return None


def _opening_actor(sent: Span, pronoun: str) -> Span | None:
    """The actor a sentence opens with, as a pronoun of the next sentence can name it: a person's
    name for "he" or "she"; an organisation's name (or a name that ends in a company's suffix,
    `source.company_suffixes`, whatever the recogniser called it), or a noun of a body ("The
    ministry", "The Health Ministry"), for "it"; a plural noun of people or bodies ("Officials",
    "The researchers") for "they". Within the sentence's first words, after "the" at most. None
    where the pronoun may as well stand for another: a second name of the kind in the sentence
    ("Ann Lee sentenced Mark Cole ... He said"), another plural ("Police questioned witnesses ...
    They said"), or a name or noun that only owns or is joined to the actor ("Mary Smith's lawyer ...",
    "The company's auditor ...", "Emma Clarke and her husband ...")."""
    w, doc = words().source, sent.doc
    start = sent.start + (1 if sent[0].lower_ == "the" and len(sent) > 1 else 0)
    first = next((e for e in sent.ents if e.start in (sent.start, start)), None)
    if first is not None:
        return first if _names_the_speaker(sent, first, pronoun) else None
    for end in range(start, min(start + 4, sent.end)):
        word = doc[end].lower_
        if end + 1 < sent.end and doc[end + 1].tag_ == "POS" and _owned_agrees(doc[end], pronoun):
            return None                     # "The company's auditor issued a report. It ...": the auditor
        if pronoun in w["thing_speakers"] and word in w["body_nouns"] and not _other_firm(sent, end) \
                or pronoun == "they" and word in _speaking_groups() and (word.endswith("s") or word == "police") \
                and not any(t.tag_ == "NNS" and t.lower_ in _speaking_groups() for t in doc[end + 1:sent.end]):
            return doc[sent.start:end + 1]
        if end > start and not doc[end].text[:1].isupper():
            break                           # the opening noun phrase ended with no actor in it
    return None


def _owned_agrees(owner: Token, pronoun: str) -> bool:
    """Whether what a possessive owns agrees in number with the pronoun, which may then stand for it
    ("The company's auditor ... It": singular; not "The ministry's figures ... It")."""
    return (owner.head.tag_ in ("NNS", "NNPS")) == (pronoun == "they")


def _names_the_speaker(sent: Span, first: Span, pronoun: str) -> bool:
    """Whether a sentence's opening name is the one a pronoun of the next sentence says something as:
    of the pronoun's kind (`_opening_actor`), neither owning nor joined to another ("Mary Smith's
    lawyer", "Emma Clarke and her husband"), and the only name of its kind in the sentence."""
    w, doc = words().source, sent.doc
    after = doc[first.end] if first.end < sent.end else None
    if after is not None and (after.lower_ in ("'s", "’s", "and", "&") or after.dep_ == "case") \
            or first.text.endswith(("'s", "’s")):
        return False
    firm = first.label_ == "ORG" or first[-1].lower_ in w["company_suffixes"]    # "Globex Corp", tagged a person
    if firm:
        return pronoun in w["thing_speakers"] and not _other_firm(sent, first.end - 1)
    persons = {e.text for e in sent.ents if e.label_ == "PERSON"}
    return first.label_ == "PERSON" and pronoun in w["person_speakers"] and len(persons) == 1


def _other_firm(sent: Span, end: int) -> bool:
    """Whether a sentence names an organisation after its opening words up to `end`."""
    return any(e.label_ == "ORG" and e.start > end for e in sent.ents)


def _speaking_groups() -> frozenset[str]:
    """The nouns "they" may say something as: people, roles, bodies and parties (not the market's
    instruments: "Bonds rallied ... They said" names no speaker)."""
    return word_set("source", "people_nouns", "role_nouns", "informed_nouns", "body_nouns", "carry_parties",
                    "people_plurals")


def _recent_speaker(s: Sentence, carry: Carry) -> bool:
    """Whether the last speaker's words were in force at most `source.speech_gap` paragraphs before
    `s`'s, so that a pronoun ("she added") or a paragraph that opens a quotation may still continue
    them: "Ann Lee said ... / one paragraph of background / 'We hired 40 people,' she said" is hers;
    "Acme noted ...", then many paragraphs of the writer's own test, then "it found 3 cheaper fares"
    or "they won't tell you" is not Acme's (CONVENTIONS: reported speech that plainly continues)."""
    return s.block - carry.speech_block <= words().source["speech_gap"]


def _names_again(s: Sentence, speaker: Source) -> bool:
    """Whether `s` names the speaker again, as a name of its own, whatever it says of them ("Ann Lee
    said ... / Lee flies to Oslo on Friday. / 'We grew 4%,' she said": "she" still continues her): the
    last capitalised word of the speaker's name, before any title set off by a comma, as a word of `s`
    with its capital (a sentence with no figure has no parse to read)."""
    name = [w for w in _WORD.findall(speaker.span.text.split(",")[0]) if w[:1].isupper()]
    return bool(name) and any(t.text == name[-1] for t in s.sent)


def _start_body(s: Sentence, own: Source, carry: Carry) -> None:
    """A new source in `s` ends a body's carry; a body (`Source.body`) starts one when a figure of
    its sentence is its own (inside its reach, not in its mention: "Shares fell 8% after the company
    said revenue would miss forecasts", "The agency, which has 400 staff, said ..." start none). It
    is kept apart from a cited document's paragraph (`Carry.para`), which comes back when it ends."""
    span = own.mention or (own.span.start, own.span.end)
    said = own.body and any((span[0] is None or not in_range(q.start_char, span))
                            and (own.reach is None or in_range(q.start_char, own.reach)) for q in s.quantities)
    carry.body, carry.body_words, carry.body_past = None, frozenset(), False
    if not said:
        return
    speech, cue = _speech_lemmas(), set((own.span.cue or "").lower().split())
    carry.body = own
    carry.body_words = _years(s.sent) | (_modals(s.sent) & _FORECAST_MODALS)
    carry.body_past = not any(t.tag_ in ("VBZ", "VBP") and lemma_of(t).lower() not in speech
                              and t.lower_ not in cue for t in s.sent)


def _body_goes_on(s: Sentence, carry: Carry) -> Source | None:
    """The body whose data set a sentence without a source of its own goes on with, in the body's
    paragraph (`next_block` ends it): a plain statement with a figure (`_plain_report`), not in the
    present after figures said in no present tense (`_present`: "The company said it would cut 500
    jobs. It is the third round ..."); the first sentence that is not one ends the carry, and a plain
    sentence without a figure lets it go on."""
    if carry.body is not None and not (_plain_report(s.sent, carry.body_words)
                                       and not (carry.body_past and _present(s.sent))):
        carry.body = None
    return carry.body


def _plain_report(sent: Span, framed: frozenset) -> bool:
    """Whether a sentence goes on with the data set a body reported ("The Labor Department said
    ... Average hourly earnings rose 0.4%."): a plain statement of measured things. Not when a
    subject or its modifiers is a name, a person, people, a body, another party or the market
    ("Huawei secured 2%", "Investors had hoped", "The opposition's plan", "The stock has
    fallen"; `source.carry_parties`, `carry_markets`), a pronoun but "it"; nor the writer's or the reader's
    ("I've seen", "in our tests", `source.carry_voice`), a modal the body's sentence did not use
    ("Rates will fall" after a figure said as a fact; "Interest costs will top $1 trillion" after
    "Debt will rise to 122%, the CBO said" goes on), a forecast or a condition ("is expected to",
    "if": `source.carry_conditions`, `carry_forecasts`), a list after a colon, a turn to another
    topic ("Meanwhile, ...": `source.carry_openers`), a year the body's sentence did not name, or a
    question. `framed`: the years and modals of the body's sentence."""
    subject_deps = words().subject_deps
    if len(sent) < 4 or sent.text.rstrip().endswith("?") or any(t.text == ":" for t in sent) \
            or _carry_opener().match(sent.text.lstrip()) or not _years(sent) | _modals(sent) <= framed:
        return False
    stops = _carry_stops()
    subjects = [t for t in sent if t.dep_ in subject_deps]
    if any(t.pos_ == "PRON" and t.lower_ != "it" or t.pos_ == "PROPN" or t.dep_ == "poss" or t.lower_ in stops
           or t.ent_type_ in _ACTORS and t.pos_ != "NOUN" for subj in subjects for t in (subj, *subj.children)):
        return False
    voice, forecasts = _carry_words(), word_set("source", "carry_forecasts")
    return not any(t.lower_ in voice or t.lower_ in forecasts and t.nbor(1).lower_ == "to"
                   for t in sent[:-1]) and sent[-1].lower_ not in voice


@cache
def _speech_lemmas() -> frozenset[str]:
    return frozenset(cues().attribution["speech_verbs"])


def _carry_stops() -> frozenset[str]:
    """The subject words that are no part of a body's data set (`_plain_report`)."""
    return word_set("source", "people_nouns", "role_nouns", "informed_nouns", "body_nouns", "carry_parties",
                    "carry_markets")


def _carry_words() -> frozenset[str]:
    """The words of the writer's or the reader's voice, and of a condition (`_plain_report`)."""
    return word_set("source", "own_voice", "carry_voice", "carry_conditions")


@cache
def _carry_opener() -> re.Pattern:
    """A sentence's opening that turns from the data set (`source.carry_openers`)."""
    return re.compile(r"(?:%s)\b" % "|".join(re.escape(o) for o in words().source["carry_openers"]), re.I)


def _present(sent: Span) -> bool:
    """Whether a sentence's main verb is in the present ("The stadium holds 60,000 fans", "The
    neighbourhood has seen 40 shootings"): after a body's figures said in the past or as a forecast,
    the writer's background, not the body's data set."""
    root = sent.root
    return root.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                              for c in root.children)


_FORECAST_MODALS = frozenset({"will", "'ll", "wo", "shall"})   # a forecast a body's data set can go on with; its
                                                               # "would" is reported speech ("said it would
                                                               # cut 500 jobs"), the writer's own a conditional


def _modals(sent: Span) -> frozenset[str]:
    """The modal verbs of a sentence ("will", "would")."""
    return frozenset(t.lower_ for t in sent if t.tag_ == "MD")


def _years(sent: Span) -> frozenset[str]:
    """The years a sentence names ("in 2019", "since 2022"; not "2000 people")."""
    return frozenset(t.text for t in sent if _year(t) and t.dep_ != "nummod")


_ACTORS = frozenset({"PERSON", "ORG", "GPE", "NORP"})   # a name tagged as one: a proper noun, or a non-noun the
                                                         # tagger took for an entity; a common noun tagged ORG
                                                         # (a capital "Rainfall") is a measured thing and does not
                                                         # stop the carry


def _excerpt(carry: Carry, mine: bool) -> Source | None:
    """A writer's own text reproduced without quotation marks ("Lee wrote in a blog post:
    'I found ...'" then paragraphs "In my tests, I ..."): unquoted first-person paragraphs after
    a writer quoted writing in the first person are that writer's (spoken words are reproduced
    inside quotation marks), and so is what follows them until another source or a heading; not
    when the text spoke in its own first person first (a column or a review: its "I" is the
    author's)."""
    speaker = carry.speech
    if carry.excerpt is None and mine and not carry.narrator and speaker is not None and carry.voiced is speaker \
            and ((speaker.span.cue or "").lower().split() or [""])[0] in words().source["writing_verbs"]:
        carry.excerpt = carry.speech
    return carry.excerpt


def _first_person(text: str, open_before: bool) -> tuple[bool, bool, bool]:
    """Whether `text` speaks in the first person outside quotation marks, and inside them; and
    whether a quotation is open at its end (`_open_after`, read in the same scan)."""
    out = [False, False]
    state = open_before
    for m in _first_person_or_mark().finditer(text):
        if m.group("mark"):
            state = _after_mark(text, m.start(), state)
        elif not _numeral_of_name(text, m):
            out[state] = True
    return out[0], out[1], state


_NAME_BEFORE = re.compile(r"(?:\b(?:[Tt]he|[Aa]n?)|\w[^\S\n]+[A-Z][A-Za-z]*)[^\S\n]+[A-Z][A-Za-z]*[^\S\n]+$")


def _numeral_of_name(text: str, m: re.Match[str]) -> bool:
    """"World War I", "the Phase I trial": a capital "I" after a capitalised word that follows an
    article or another capitalised word inside the sentence is the numeral of a name, not the
    first person ("On Monday I ran", "Ann and I" are)."""
    return m.group() == "I" and _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start()) is not None


def speaker_back(s: Sentence, carry: Carry, claims: list[Claim], made: int) -> None:
    """A quotation belongs to the speaker named where it ends ('"We cut 200 jobs. We will hire 50
    more," said Ann Lee'): the figures of its earlier sentences (the `made` last of `claims` are
    sentence `s`'s) are hers, whoever was speaking before."""
    text, opened = s.text, carry.quoting
    carry.quoting = _open_after(text, opened)
    if carry.quoting and s.own is None and (opened or _opens_quotation(text)):
        carry.unnamed += range(len(claims) - made, len(claims))
        return
    if s.own is not None and s.own.scope == "speech":
        for i in carry.unnamed:
            claims[i] = replace(claims[i], source=s.own.span)
    carry.unnamed = []


def next_block(ctx: PageContext, carry: Carry, block: int, before: Source | None = None) -> Source | None:
    """The cited document in force as block `block` begins: none (a document covers its own
    paragraph), except in a list that a paragraph ending in a colon introduces while citing one
    ("The survey found: / - 40% ... / - 12% ..."): the items report its data set, and in a paragraph
    that opens by summing up the data set of the one before (`before`, the document in force at its
    end; `source.summary_openers`: "The study found that 80% ... / Overall, about 3% of kids ..."). A
    heading ends every speaker's remarks."""
    b = ctx.body[block] if block < len(ctx.body) else None
    carry.body = None                         # a body's data set runs on in its own paragraph only
    if b is not None and b.tag in words().headings:
        carry.speech = carry.quote = carry.reported = carry.excerpt = None
    if b is not None and not _opens_quotation(b.text):
        carry.quote, carry.quoting, carry.unnamed = None, False, []   # a quotation runs on only into a
                                                                        # paragraph that opens with a quote mark
    if b is not None and block > 0 and ctx.body[block - 1].text.rstrip().endswith(":"):
        carry.listed = carry.para
    elif b is None or not _list_item(b):
        carry.listed = None
    if before is not None and b is not None and block > 0 and ctx.body[block - 1].tag not in words().headings \
            and _summary_opener().match(b.text.lstrip()):
        return before                         # "Overall, about 3% of kids ...": the data set goes on
    return carry.listed


@cache
def _summary_opener() -> re.Pattern[str]:
    words_ = "|".join(map(re.escape, word_set("source", "summary_openers")))
    return re.compile(rf"(?i)(?:{words_}),")


def _list_item(b) -> bool:
    return b.tag == "li" or _LIST_MARK.match(b.text) is not None


_LIST_MARK = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s")


def _reports_speech(own: Source, text: str) -> bool:
    """"Ms. Liu Hua noted that, ...": a speaker's remarks summarised in indirect speech, with a
    verb of a speech summary ("noted", "stressed"; not the news report's one-off "said that") and
    no quotation in the sentence; the paragraphs after it go on reporting them until another
    source or a heading."""
    marks = words().source
    quoted = any(ch in text for ch in marks["quote_open"] + marks["quote_close"] + marks["quote_both"])
    cue = (own.span.cue or "").lower().split()
    return own.scope == "speech" and not quoted and cue[-1:] == ["that"] \
        and cue[0] in marks["summary_verbs"]


def _gives_speech(s: Sentence) -> bool:
    """Whether the text, in the sentence's paragraph or the one before it, says a speech is given
    ("delivered a speech", "in her keynote address"): a summary of it may then run on for
    paragraphs; a news report's "X noted that" alone is a one-off attribution."""
    ctx = s.ctx
    start = ctx.block_starts[max(0, s.block - 1)] if ctx.block_starts else s.sent.start_char
    return _speech_nouns().search(ctx.text[start:s.sent.end_char]) is not None


@cache
def _speech_nouns() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, words().source['speech_nouns']))})\b")


def _opens_quotation(text: str) -> bool:
    return text.lstrip()[:1] in words().source["quote_open"] + words().source["quote_both"]


def _open_after(text: str, open_before: bool) -> bool:
    """Whether a quotation is open at the end of `text`, given whether it was at its start."""
    state = open_before
    for m in _quote_mark().finditer(text):
        state = _after_mark(text, m.start(), state)
    return state


def _after_mark(text: str, i: int, state: bool) -> bool:
    """Whether a quotation is open after the quote mark at `text[i]`. A right single mark closes
    one (British style: ‘We grew,’ she said) unless it stands between letters or digits,
    where it is an apostrophe (it’s)."""
    marks, ch = words().source, text[i]
    if ch in marks["quote_open"]:
        return True
    if ch in marks["quote_close"]:
        return False
    if ch in marks["quote_both"]:
        return not state
    inside = 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()
    return state and inside


@cache
def _quote_marks() -> str:
    marks = words().source
    return "".join(marks["quote_open"] + marks["quote_close"] + marks["quote_both"] + marks["apostrophe_close"])


@cache
def _quote_mark() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(_quote_marks())}]")


@cache
def _first_person_or_mark() -> re.Pattern[str]:
    """A quote mark, or a first-person word of `source.first_person` ("I", not the numeral in
    "Phase I." at a sentence end)."""
    pronouns = "|".join(sorted(map(re.escape, words().source["first_person"]), key=len, reverse=True))
    return re.compile(rf"(?P<mark>[{re.escape(_quote_marks())}])|\b(?:{pronouns})\b(?!\.)")


def _continues_speech(s: Sentence, speaker: Source | None = None) -> bool:
    """"he added", "she said", "they found that": a verb of speech or finding whose subject is a
    pronoun of the third person; not the writer's or the reader's ("I recommend 10 days", "You can
    expect 20 hours", "we mentioned": the text's own voice, not the last speaker's). A main verb of
    forecast, advice or clause-only speech continues only with "he" or "she" (`source.forecast_speakers`:
    "She recommends that ..."), not "they" (mostly the group just named), "it", "this", "that"
    ("This puts the total at 1,200")."""
    w = words()
    mute = w.source["own_voice"]
    return any(tok.pos_ == "VERB" and (_reports(tok) or _reports_as_main(tok) is not None) and any(
        c.dep_ in w.subject_deps and c.lower_ in w.speech_pronouns and c.lower_ not in mute
        and (_reports(tok) or c.lower_ in w.source["forecast_speakers"]) and _agrees(c, speaker)
        for c in tok.children) for tok in s.sent)


def _agrees(pronoun: Token, speaker: Source | None) -> bool:
    """Whether a pronoun can stand for the last speaker: "he"/"she" for a person, not a body ("The
    agency said ... He said ..." is someone else; `source.person_speakers`), "it" not for a person
    named as one ("Ann Lee said ... It says ..."; `source.thing_speakers`), and a demonstrative for
    none ("This tells the app that ...", "These show that ...": a thing or a fact; `source.no_speakers`)."""
    w, word = words().source, pronoun.lower_
    if word in w["no_speakers"]:
        return False
    if speaker is None:
        return True
    if word in w["person_speakers"]:
        return not speaker.body
    return not (word in w["thing_speakers"] and speaker.span.label == "PERSON")
