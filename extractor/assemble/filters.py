"""Which quantity spans are claims, and how far a count's quote runs.

A number inside a name ("Windows 11"), list numbering, a spelled-out number with nothing
counted ("the two of them") is not a claim. Each stage takes one sentence's context.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Span

from ..quantities.matcher import Mention
from ..quantities.normalize import canonical_unit, cues, looks_plural, move_nouns, plural_pattern
from ..types import TextSpan
from .context import Sentence, of_object, past_label, same_clause, word_set, words


def in_code(s: Sentence) -> bool:
    """A sentence of a preformatted block (`<pre>`: a code listing, a shell session, a config
    file): its numbers are arguments, constants and addresses ("add(40, 2)", "(param $0 i32)",
    "return 0;"), no claims. Only a page cleaned from HTML knows its blocks' tags."""
    body = s.ctx.body
    return bool(body) and body[s.block].tag == "pre"


def begins_a_name(s: Sentence, qspan: Span) -> bool:
    """"at Four Seasons", "A Tale of Two Cities", ", Six Senses is": a number written as a word with a
    capital inside a sentence, where a count has none, before title-case words that no lowercase noun
    follows, is the first word of a name, not a count. Not at the start of a sentence, a line or a
    list item, where counts have a capital too ("Four Lakers scored", "Two Teslas caught fire",
    "Five Takeaways from the Debate"); not a count of a people or a party ("and Four Democrats": the
    recogniser's NORP), nor before an acronym or with a counted noun after the name ("two NASA
    astronauts", "Two Boeing jets"), nor in a title-case heading, where every word has a capital.
    At such a start it is a name only where the page writes the same words inside a sentence too
    ("Four Seasons went public in 1986" on a page that says "at the Four Seasons": `_name_inside`)."""
    first = qspan[0]
    if qspan._.mention is None or qspan._.mention.kind != "count" or not (
            first.is_alpha and first.is_title and first.i + 1 < len(s.doc)):
        return False
    before = first.i - 1                        # the capital must be the name's: inside a sentence, after a
    while before >= s.sent.start and s.doc[before].is_quote:          # lowercase word or a comma ("at Four
        before -= 1                                                   # Seasons", ', Six Senses is'), not at a
    inside = before >= s.sent.start and (s.doc[before].text == "," or s.doc[before].is_alpha   # sentence's, a line's
                                         and s.doc[before].text.islower()                     # or a list's start;
                                         or s.doc[before].text == "The" and before == s.sent.start)  # "The Four
    # Seasons opened": a count after "The" is written in lower case ("The three companies agreed")
    end = first.i + 1                           # ("Four Lakers scored", "Key numbers: Two Americans")
    while end < s.sent.end and s.doc[end].is_alpha and s.doc[end].is_title and s.doc[end].ent_type_ != "NORP":
        end += 1
    after = s.doc[end] if end < s.sent.end else None
    if end == first.i + 1 or after is not None and (after.ent_type_ == "NORP" or after.is_alpha and after.text[0].isupper()
                                                    or after.pos_ == "NOUN" and after.text.islower()):
        return False
    if not any(t.is_alpha and t.text.islower() and len(t.text) > 3 for t in s.sent if not first.i <= t.i < end):
        return False                            # a title-case heading
    return inside or _name_inside(s, s.doc[first.i:end].text)


_INSIDE = re.compile(r"(?:(?<![\w'’-])[a-z]+|\w+,|\w+['’]s)[ \t]+(?:[\"“‘'][ \t]*)?$")


def _name_inside(s: Sentence, name: str) -> bool:
    """Whether the page writes `name` (a number word and title-case words) after a lowercase word, a
    comma or a possessive somewhere, as a name inside a sentence ("a stay at the Four Seasons", "Burger
    King, Five Guys and ...", "Kurosawa's Seven Samurai"), on a line that is no title-case heading
    ("Lakers Rout Suns as Four Lakers Score 20"); looked up once per page and name."""
    seen = s.ctx.indexes.setdefault("names_inside", {})
    if name not in seen:
        text = s.ctx.text
        seen[name] = any(_INSIDE.search(text, max(0, m.start() - 40), m.start()) is not None
                         and not _title_case_line(text, m.start())
                         for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
    return seen[name]


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line around offset `at` capitalises most of its words of four letters or more, as a
    title-case heading does."""
    line = text[slice(*_line_bounds(text, at, at))]
    long = re.findall(r"[A-Za-z]{4,}", line)
    return bool(long) and sum(w[0].isupper() for w in long) >= 0.7 * len(long)


def within_one_block(s: Sentence, m: Mention) -> bool:
    body = s.ctx.body
    if not body:
        return True
    b = body[s.block]
    return b.start is not None and b.start <= m.start and m.end <= b.end


def is_identifier(text: str, m: Mention) -> bool:
    """'Windows 11', 'Boeing 787', 'Section 230': a bare number right after a capitalised word
    that is not a function word is part of a name; so is one after a capitalised function word of
    cues.toml name_function_words that follows a name word ('Echo Show 8', 'ENR Top 600'), unless
    it reads as a title-case headline's verb (_headline_verb). Never the figure's bound cue,
    capitalised at a sentence's start or in a title-case headline ('Nearly 300 people', 'Roughly
    40 firms'). Never an amount written as one: with a scale word, or a thousands separator and a
    plural or a capitalised word after it ('China Adds 2 Million Jobs', 'Globex To Cut 1,200 Jobs',
    'Initech Cuts 1,200 As Sales Slump' in a title-case headline; not 'a Fortune 1,000 company',
    'Suite 1,200'). A title-case 'Percent' after a label noun ('Figure 1 Percent of Students') is a
    caption's number (_labelled_percent). Also list numbering at a line start (_list_number). A range
    is read by its low end: "from Postgres 14 to 16", "version 2.3 to 2.4" are a name's numbers; one
    with a plural noun after it counts that noun ("Seats 5–7 people", "Use two to four pumps")."""
    if m.kind == "percent":
        return _labelled_percent(text, m)
    if m.kind != "count" or m.rule.removeprefix("range+") not in ("count.digits", "count.words") or m.scale \
            or (_GROUPED.search(m.quote) or m.rule.startswith("range+")) and _plural_next().match(text, m.end):
        return False
    before = text[max(0, m.start - 40):m.start]
    prev = re.search(r"(?:(?P<name>[A-Z][\w&-]*) )?(?P<word>[A-Za-z][\w&.-]*):?\s$", before)
    if prev and not (prev.group("word")[-1] in ".!?" and "\n" in before[prev.end("word"):]):
        word, name = prev.group("word"), prev.group("name")      # (not a sentence ended on the line before)
        named = bool(name) and name.lower() not in STOP_WORDS and word.lower() in cues().name_function_words \
            and not _headline_verb(name, text, m.end)
        cue = (m.bound_cue or "").lower().split()[-1:]
        if word[0].isupper() and (word.lower() not in STOP_WORDS or named) and [word.lower()] != cue:
            return True                               # "Windows 11", "Ander Herrera: 4", "Echo Show 8";
                                                      # not the figure's bound: "Nearly 300 people"
        if re.search(r"[a-z][A-Z]", word) or word.lower() in cues().label_nouns:
            return True                               # "iPhone 11", "category 4", "sp 500"
    return _list_number(text, m)


def counted_after_a_verb(qspan: Span) -> bool:
    """"Add 2 eggs", "Serves 4 people", "Features 12 rooms", "Sleeps 6 guests": the capitalised word
    that is_identifier (which reads text only) takes for a name is one the parse reads as a verb or
    a plural common noun, and the number counts the plural noun right after it. No name ends in
    such a word ("Windows 11 users", "Boeing 787 jets": the name is a proper noun)."""
    first, last = qspan[0], qspan[-1]
    doc = first.doc
    if first.i == 0 or last.i + 1 >= len(doc):
        return False
    word, noun = doc[first.i - 1], doc[last.i + 1]
    return word.text[:1].isupper() and (word.tag_.startswith("VB") or word.tag_ == "NNS") \
        and noun.tag_ == "NNS" and last.head.i == noun.i


@cache
def _plural_next() -> re.Pattern[str]:
    """A plural noun right after a figure, in any case ("1,200 Jobs", "22,000 employees"), or a capitalised word
    of a title-case headline ("Initech Cuts 1,200 As Sales Slump")."""
    return re.compile(rf"\s+(?i:{plural_pattern()})|[^\S\n]+[A-Z][a-z]+\b")


_GROUPED = re.compile(r"\d,\d{3}(?!\d)")      # "1,200": a name's number ("Boeing 787") has no separator
_NEXT_WORD = re.compile(r"[ \t]+(\w+)")       # on the number's own line: a heading's name ends it
_LIST_ITEM = re.compile(r"(\d{1,3})[.)](?:\s|$)")
_SENTENCE_END = re.compile(r"[.:!?][\"'\u201d\u2019)\]]?$")


def _labelled_percent(text: str, m: Mention) -> bool:
    """'Figure 1 Percent of Students Passing', 'Grade 8 Percent Proficient': a capitalised percent
    word after a label noun (cues.toml label_nouns) and its number titles a figure or a table."""
    if m.rule != "pct.word" or not re.search(r"\bP", m.quote):
        return False
    prev = re.search(r"([A-Za-z]+)\.?\s$", text[max(0, m.start - 20):m.start])
    return bool(prev) and prev.group(1).lower() in cues().label_nouns


def _headline_verb(name: str, text: str, end: int) -> bool:
    """'Data Show 40 Deaths', 'Deaths Top 100 As Floods Spread', 'Harris Up 4 in Ohio Poll': in a
    title-case headline the word after the number is capitalised too, or one of the few prepositions
    that title case keeps in lower case and that seldom follow a product's name (cues.toml
    headline_prepositions), and a plural before the function word is the subject of its verb; a
    name's number is followed by other lower case ('Echo Show 8 deals', 'Echo Show 8 is'), or ends its line
    (a product's heading, 'Amazon Echo Show 8' above 'Works with: ...')."""
    plural = len(name) > 3 and looks_plural(name)
    nxt = _NEXT_WORD.match(text, end)
    return plural or bool(nxt and (nxt.group(1)[0].isupper() or nxt.group(1) in cues().headline_prepositions))


def _list_number(text: str, m: Mention) -> bool:
    """'1. Acme\n2. Zeta': a number with '.' or ')' that opens a block, or a line after one that
    ended a sentence ('.', '!', '?', perhaps in quotes or brackets) or a heading (':'), or next to
    a line numbered one before or after it, is list numbering. A sentence-final number that opens
    a hard-wrapped line ends the sentence run on from the line before ('the death toll had
    reached\n12.'): a count, even when a later wrapped line does the same ('...\n20.')."""
    if not re.match(r"[.)](?:\s|$)", text[m.end:m.end + 3]):
        return False
    if m.start == 0 or text[max(0, m.start - 2):m.start] == "\n\n":
        return True
    if text[m.start - 1] != "\n":
        return False
    prev = text[text.rfind("\n", 0, m.start - 1) + 1:m.start - 1].strip()
    nxt = text.find("\n", m.end)
    return not prev or bool(_SENTENCE_END.search(prev)) or _numbered(_LIST_ITEM.match(prev), m.value, -1) \
        or (nxt >= 0 and _numbered(_LIST_ITEM.match(text, nxt + 1), m.value, 1))


def _numbered(item: re.Match[str] | None, value: float | None, step: int) -> bool:
    """A neighbouring line's list number that continues this one's ('2.' after '1.', before '3.')."""
    return item is not None and value is not None and int(item.group(1)) == value + step


@cache
def _count_rate() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, words().rate_nouns))
    return re.compile(rf"\s(?:per|an?)\s(?P<per>{nouns})\b(?!\s(?:after|before|ago|earlier|later)\b)")


def count_extent(s: Sentence, span: Span, m: Mention) -> tuple[int, int, str | None, bool]:
    """A count's quote runs to its head noun when that follows closely ("389,571 patents",
    "four sessions"); its unit is that noun, or the object of "of" ("19 of the ... clusters").
    A rate right after the noun goes with it ("3,000 tests per day": unit "tests/day").
    Spelled-out numbers without such a noun are not counted ("the two of them")."""
    start, end, unit, keep = _count_noun(s, span, m)
    if unit and keep and end > m.end:
        rate = _count_rate().match(s.ctx.text, end)
        if rate:
            return start, rate.end(), f"{unit}/{canonical_unit(rate.group('per'))}", True
    return start, end, unit, keep


def _past_hyphenated_modifier(doc, last, head):
    """"Five hundred one-day visitors", "two hundred five-star hotels": the noun after a hyphenated
    modifier that starts with a number, not the modifier's own noun or number; the noun after a
    number's "+" ("50+ integrations")."""
    if head.pos_ == "NUM" and head.i == last.i + 1 and head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
        head = doc[head.i + 2]                      # the parse may hang the count on the modifier's number
    if head.dep_ == "compound" and head.i - 2 > last.i and doc[head.i - 1].text == "-" \
            and head.head.pos_ == "NOUN" and head.head.i == head.i + 1:
        head = head.head                            # the visitors, not the day
    if head.i == last.i + 1 and head.text == "+" and head.head.i > head.i:
        head = head.head                            # "50+ integrations": the plus is the number's, no noun
    return past_label(doc, head)


def _modifiers_between(doc, span, head) -> bool:
    """Between a count and its noun, at most five words that modify the noun: "three large new
    stores", "five brand-new electric bikes", "three more noble gases", "nine small but intensely
    flavoured courses", "two small, privately owned Scottish islands". A hyphenated compound is one
    word, whatever its parts ("blue-and-orange", "century-old"). A number glued to a compound of its
    own ("two-and-a-half hour classes", "dime-a-dozen", "5-a-day") keeps to three tokens, and no
    noun is further than twelve tokens (assemble.toml [count] modifier_words, modifier_reach)."""
    limits, last = words().count, span[-1]
    free = bool(last.whitespace_) and not (span.start > 0 and doc[span.start - 1].text == "-"
                                           and not doc[span.start - 1].whitespace_)
    gaps = sum(1 for t in doc[last.i:head.i] if t.whitespace_) if free else head.i - last.i
    if gaps > (limits["modifier_words"] if free else 3) + 1 or head.i - last.i > limits["modifier_reach"] \
            or head.i > last.i + 1 and not head.is_alpha:     # past other words, the noun is a word ("®")
        return False
    return all(_a_modifier(doc, t, last, head, free) for t in doc[last.i + 1:head.i])


def _a_modifier(doc, t, last, head, free: bool) -> bool:
    """A word of the noun's phrase before it: an adjective or a noun, or (after a free-standing number)
    a part of a hyphenated compound, an adverb that modifies an adjective or compares ("very",
    "more"; not "case 3 just 3 seconds"), or the comma, conjunction and second of two modifiers
    ("small but intensely flavoured"; not a number's: "between 500 and 2000 words", "8, 9, A")."""
    if free and t.text == "-" and (t.whitespace_ or doc[t.i - 1].whitespace_):
        return False                                # a spaced dash parts two items: "1.9 mi - Intermediate"
    if t.pos_ in ("ADJ", "NOUN", "PROPN", "NUM") or t.dep_ in ("amod", "compound") or t.text == "-":
        return True
    if not free:
        return False
    if t.dep_ == "advmod" and last.i < t.head.i <= head.i:
        return t.head.pos_ in ("ADJ", "VERB") or t.tag_ in ("RBR", "JJR")
    if _inside_hyphenated(doc, t):
        return True
    joint = t.lower_ in words().count["modifier_joints"]
    return (joint or t.dep_ == "conj") and head in t.ancestors \
        and not (joint and (t.i - 1 == last.i or t.i + 1 == head.i or doc[t.i + 1].like_num))


def _inside_hyphenated(doc, t) -> bool:
    """A token glued to hyphens on both sides: the "and" of "blue-and-orange"."""
    return 0 < t.i < len(doc) - 1 and not doc[t.i - 1].whitespace_ and not t.whitespace_ \
        and doc[t.i - 1].text == "-" and doc[t.i + 1].text == "-"


def _move_noun(head, m: Mention) -> bool:
    """A singular noun of a move after a count of more than one ("a 300 increase", "a 2,000 rise"): what the count
    sizes, not what it counts (cues.toml [changes] move nouns)."""
    return head.tag_ == "NN" and m.value != 1 and head.lower_ in move_nouns()


def _moved_of(head) -> str | None:
    """What a move noun is "in" ("a 300 increase in staff": staff), or None."""
    prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "in"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return obj.text if obj is not None else None


def _model_name_after(doc, tok, m: Mention) -> bool:
    """"787 Dreamliner", "737 Max jets": digits right before a capitalised proper noun. Not one before
    a people ("2 Tesla cars") or the owner of a plural noun counted (`_owner_of_plural`)."""
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return m.rule == "count.digits" and nxt is not None and nxt.pos_ == "PROPN" \
        and nxt.text[:1].isupper() and any(ch.islower() for ch in nxt.text) and nxt.tag_ != "NNPS" \
        and nxt.ent_type_ != "NORP" and not _owner_of_plural(doc, nxt, m) \
        and not (nxt.i + 1 < len(doc) and doc[nxt.i + 1].text[:1].isdigit()) and not _maker_and_model(doc, nxt)


def _maker_and_model(doc, name) -> bool:
    """A maker's name, a model's designation with a digit in it, then a plural noun: "12 Airbus
    A320neo jets", "30 Tesla Model 3 sedans", "8 Ford F-150 pickups", "300 Apple iPhone 15 units".
    The number before the maker counts the plural noun. In "737 Max jets" the digits are the model's
    own: no designation follows the name."""
    end, digit = name.i + 1, False
    while end < len(doc) and end - name.i <= 3 and (doc[end].pos_ == "PROPN" and not doc[end].text.islower()
                                                    or any(ch.isdigit() for ch in doc[end].text)):
        digit = digit or any(ch.isdigit() for ch in doc[end].text)
        end += 1
    return digit and end < len(doc) and doc[end].tag_ == "NNS"


def _owner_of_plural(doc, name, m: Mention) -> bool:
    """A name right before the plural noun a number counts, which only says whose or where they are:
    a place or an organisation ("300 Texas residents", "40 Acme stores"), or any name after a bound
    cue ("about 30 Ritz hotels": no model is "about" a number). Not a footnote's number before a
    source ("5 Social Security Administration,"), nor "13 GraphWise research" (no plural), nor a name
    that is a number word or follows a count ("about 7 Eleven stores", "two 911 Turbo models")."""
    owner = name.ent_type_ in ("GPE", "LOC", "ORG") and name.ent_iob_ == "B"
    if not (owner or m.bound_cue) or name.like_num or name.i > 1 and doc[name.i - 2].like_num:
        return False                # "about 7 Eleven stores", "two 911 Turbo models": a name
    end = name.i + 1
    while end < len(doc) and (doc[end].ent_iob_ == "I" if owner else doc[end].pos_ == "PROPN"):
        end += 1
    return end < len(doc) and doc[end].tag_ == "NNS"


_BOUND_CUE = re.compile(r"\s+or\s+[a-z]+\s+(?:[a-z]+\s+)??")


def _counted_word(s: Sentence, m: Mention) -> bool:
    """'10 or more rounds': the word the pattern took after an 'or more' / 'or fewer' cue is what
    is counted only if the parse makes it a noun ('a score of 30 or more indicates obesity')."""
    if not m.rule.startswith("count.or_"):
        return True
    cue = re.compile(_BOUND_CUE.pattern + re.escape(m.unit) + r"\b").match(s.ctx.text, m.end)
    span = s.doc.char_span(cue.end() - len(m.unit), cue.end()) if cue else None
    return span is not None and span[-1].pos_ in ("NOUN", "PROPN")


_VAGUE_RULES = ("count.vague", "count.several")


def _head_noun(doc, tok):
    """'thousands of registered voters', 'hundreds of personal injury cases': the noun that a
    modifier or a noun compound the pattern took as the counted word belongs to, a few words on;
    None if there is none."""
    for _ in range(4):
        if (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ != "compound") or tok.head.i <= tok.i \
                or tok.head.i - tok.i > 3 or tok.dep_ not in ("amod", "compound", "advmod", "nmod", "npadvmod"):
            break
        tok = tok.head
    return tok if tok.pos_ in ("NOUN", "PROPN") else None


def _count_noun(s: Sentence, span: Span, m: Mention) -> tuple[int, int, str | None, bool]:
    if m.unit:                                      # "millions of jobs": the pattern found it
        if not _counted_word(s, m):
            return m.start, m.end, None, True
        last = span[-1]
        # the unit may be several tokens ("first-time", "Chinese-made"): its last one is the modifier
        noun = _head_noun(s.doc, last) if m.rule in _VAGUE_RULES and m.unit.endswith(last.text) else None
        if noun is not None and noun.i > last.i:    # a modifier: the noun after it is what is counted
            return m.start, noun.idx + len(noun.text), noun.text, True
        return m.start, m.end, m.unit, True
    doc = s.doc
    tok = last = span[-1]
    while tok.dep_ == "conj" and span.start <= tok.head.i < tok.i:
        tok = tok.head                              # "three hundred and sixty cows": "hundred" heads the number
    head = _past_hyphenated_modifier(doc, last, tok.head)
    if _model_name_after(doc, last, m):
        return m.start, m.end, None, False
    if tok.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") \
            and head.i > last.i and _modifiers_between(doc, span, head) \
            and head.i not in s.ctx.time_tokens:        # "2.1 last year": the year is a time scope
        if head.pos_ == "PROPN" and head.text[:1].isupper() and m.rule == "count.words" and head.tag_ != "NNPS":
            return m.start, m.end, None, False
        if _move_noun(head, m):                     # "a 300 increase in staff": the size of a move (change.py),
            return m.start, m.end, _moved_of(head), True                 # of staff, not a count of increases
        return m.start, head.idx + len(head.text), head.text, True
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if m.rule.startswith("range+") and nxt is not None and nxt.tag_ == "NNS" and nxt.i not in s.ctx.time_tokens:
        return m.start, nxt.idx + len(nxt.text), nxt.text, True     # "10–20 people": the parse hangs 20 on 10
    obj = of_object(tok)
    if obj is not None:
        return m.start, m.end, obj.text, True
    return m.start, m.end, None, m.rule != "count.words"


@cache
def filter_rules() -> tuple[tuple[str, frozenset[str], tuple[float | None, float | None],
                                   tuple[re.Pattern[str] | None, ...], bool], ...]:
    """(id, kinds, (min_value, max_value), (before, after, sentence, unless_after, around, quote, line) patterns,
    unless_counts_noun) of assemble.toml [[filter]], "{group_nouns}" in them spelled out from the [count] list."""
    groups = "|".join(map(re.escape, words().group_nouns))
    out = []
    for rule in words().filters:
        patterns = tuple(re.compile(rule[k].replace("{group_nouns}", groups)) if k in rule else None
                         for k in ("before", "after", "sentence", "unless_after", "around", "quote", "line"))
        out.append((rule["id"], frozenset(rule.get("kinds", ())), (rule.get("min_value"), rule.get("max_value")), patterns,
                    bool(rule.get("unless_counts_noun", False))))
    return tuple(out)


def rejected_by(text: str, start: int, end: int, kind: str, value: float | None, sentence: str,
                counts_noun: bool = False, line: str | None = None) -> str | None:
    """The id of the first [[filter]] rule that says the number at text[start:end] is not a
    claim (a referential numeral, a group definition, page furniture ...), or None. An `around`
    pattern reads the text on both sides at once, the number itself written as "<N>" (one per word of it:
    "$3.4 billion" is "<N> <N>"); a `quote` pattern, where a rule has one, must match the whole number as
    written ("1970s", "20th century") for the rule to apply; a `line` pattern reads the whole line the
    number is on, from its start (`line`; the sentence when None). A rule with
    `unless_counts_noun` keeps a number that counts the noun after it (`counts_noun`, by the parse)."""
    before, after = text[max(0, start - 60):start], text[end:end + 40]
    number = " ".join(["<N>"] * max(1, len(text[start:end].split())))      # one <N> per word of the number
    for rule_id, kinds, (min_value, max_value), (b, a, s, unless, both, q, ln), unless_noun in filter_rules():
        if kinds and kind not in kinds or unless_noun and counts_noun \
                or q is not None and not q.fullmatch(text[start:end]):
            continue
        if max_value is not None and (value is None or value > max_value) \
                or min_value is not None and (value is None or value < min_value):
            continue
        if unless is not None and unless.match(after):
            continue
        if (b is not None and b.search(before)) or (a is not None and a.match(after)) \
                or (s is not None and s.search(sentence)) or (both is not None and both.search(f"{before}{number}{after}")) \
                or (ln is not None and ln.search(sentence if line is None else line)):
            return rule_id
    return None


_ANCHORED = re.compile(r"(?i)\s+(?:ago|earlier|later|before|prior)\b")
# "over 12 months", "in five years", "in the last three months"; but after a superlative or a high
# or low, "in a decade" is a look-back streak, a duration of its own (CONVENTIONS.md)
_SPAN_PREP = re.compile(r"(?i)\b(?:over|in|during|within|across)\s+(?:the\s+)?(?:(?:past|last|previous|prior|next|coming|first)\s+)?$")
_IN_BEFORE = re.compile(r"(?i)\bin\s+(?:(?:nearly|almost|about|over|more\s+than)\s+)?$")
_HIGH_LOW = re.compile(r"(?i)\b(?:highs?|lows?|record|most|least)\b[^.,;]*$")


def _looks_back(s: Sentence, start: int) -> bool:
    """'the highest level in five years', 'a record low in a decade': a period after "in" that
    follows a superlative (by its tag, so "interest" or "forest" is none) or a high or low."""
    text = s.ctx.text
    found = _IN_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return False
    lo = max(0, found.start() - 40)
    lo = max(lo, *(text.rfind(p, lo, found.start()) + 1 for p in ".,;"))     # within the clause
    if _HIGH_LOW.search(text, lo, found.start()):
        return True
    span = s.doc.char_span(lo, found.start(), alignment_mode="contract")
    return span is not None and any(t.tag_ in ("JJS", "RBS") for t in span)


def situating_span(s: Sentence, start: int, end: int, kind: str) -> bool:
    """'Sales were 40% lower five years ago', 'down 30% over 12 months': a span of time anchored
    to now ('ago', 'later') or running over the period ('over', 'in the past') in the clause of
    another figure is that figure's time scope (time.situating_time), not a duration record
    (CLAIMS.md)."""
    if kind != "duration":
        return False
    text = s.ctx.text
    before = text[max(0, start - 60):start]
    anchored = _ANCHORED.match(text, end)
    if not (anchored or _SPAN_PREP.search(before)) or _looks_back(s, start):
        return False
    if not anchored and any(q._.mention.start == start and q._.mention.unit in word_set("tense", "clock_units") for q in s.quantities):
        return False          # "0-60 mph in 3.1 seconds", "dropped 92 degrees in three hours": a time taken
    return any(q._.mention.kind not in ("duration", "date") and same_clause(s.doc, start, q._.mention.start)
               for q in s.quantities if q._.mention.start != start)


def anchored_end(text: str, end: int) -> int:
    """Where a span of time ends with its anchor word ("five years| ago|")."""
    found = _ANCHORED.match(text, end)
    return found.end() if found else end


def situates(s: Sentence, start: int, kind: str) -> bool:
    """A period the matcher reads as a date ("the 1960s") in the clause of a figure of another
    kind only situates that figure: it is its time scope, not a record (CONVENTIONS.md). A figure
    in a clause of its own ("founded in the 1980s and now has 400 stores") leaves it a date. A
    temperature by its tens does not take it as its time scope, so it leaves it a date too ("The hottest
    temperatures came in the 1930s, with highs in the 90s")."""
    if kind != "date":
        return False
    mentions = [q._.mention for q in s.quantities]
    return any(m.start == start and m.kind == "date" for m in mentions) \
        and any(m.kind != "date" and m.rule != "measure.temperature_tens" and same_clause(s.doc, start, m.start)
                for m in mentions)


def counts_noun(s: Sentence, start: int, end: int) -> bool:
    """Whether the number at text[start:end] counts the noun right after it ('anyone over 2 bags'):
    the parse makes it that noun's number, and the noun is no sentence root or apposition (a verb in
    -s the tagger took for a plural: 'Anyone over 65 qualifies') nor a compound ('65 years')."""
    span = s.doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.end >= len(s.doc):
        return False
    num, noun = span[-1], s.doc[span.end]
    return num.dep_ == "nummod" and num.head.i == noun.i and noun.tag_ in ("NN", "NNS") \
        and noun.dep_ not in ("ROOT", "appos", "compound")


def _pipe_cells(line: str) -> list[str] | None:
    """The cells of a line split by '|' (a Markdown row's outer bars dropped), if three or more."""
    row = line.strip()
    row = row[1:] if row.startswith("|") else row
    row = row[:-1] if row.endswith("|") else row
    cells = [c.strip() for c in row.split("|")]
    return cells if len(cells) >= 3 else None


def _near_lines(text: str, lo: int, hi: int) -> tuple[str, str]:
    """The nearest lines with text above and below the line text[lo:hi] ("" where none)."""
    above = text[max(0, lo - 2000):lo].rstrip().rsplit("\n", 1)[-1]
    below = text[hi:hi + 2000].lstrip().split("\n", 1)[0]
    return above, below


def _line_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the line that holds text[start:end] (without its newlines)."""
    hi = text.find("\n", end)
    return text.rfind("\n", 0, start) + 1, len(text) if hi < 0 else hi


def pipe_table_cell(text: str, start: int) -> bool:
    """A number in a table row split by '|', as a row split by tabs (the table_cell filter): the
    number opens its own cell of at most three words ('45.5', '$2 million', '12 %'), its line has
    three or more cells, none prose (more than six words, or words that end a sentence), and the
    line next to it, above or below, has as many ('Rank | Country | Score' over '1 | U.S. | 45.5').
    A figure inside a headline cell stays ('Tesla recalls 2 million cars | Business | BBC News',
    'Dow gains 400 points | S&P up 1% | Nasdaq up 2%', even under a menu line), and so does any
    figure of one such line alone. Claims from tables are a capability of their own."""
    lo, hi = _line_bounds(text, start, start)
    cell_lo, cell_hi = text.rfind("|", lo, start) + 1 or lo, text.find("|", start, hi)
    cell = text[cell_lo:hi if cell_hi < 0 else cell_hi]
    if text[cell_lo:start].strip(" \t$€£¥+-−") or len(cell.split()) > 3:
        return False
    cells = _pipe_cells(text[lo:hi])
    if cells is None or any(len(c.split()) > 6 or len(c.split()) > 1 and c[-1] in ".!?" for c in cells):
        return False
    return any((near := _pipe_cells(line)) is not None and len(near) == len(cells) for line in _near_lines(text, lo, hi))


def lone_on_its_line(text: str, start: int, end: int) -> bool:
    """A figure alone on its line, no word beside it ("41.2%", "May 2014", "4.92 / 5.0"): a table's
    cell flattened one per line, a rating or a gallery counter, which says nothing about anything.
    A line of cells split by '|' is pipe_table_cell's; a line the very next one goes on in lower case
    is a sentence broken across lines ("82%" over "of our graduates work in design")."""
    lo, hi = _line_bounds(text, start, end)
    if re.search(r"[^\W\d_]|\|", text[lo:start] + text[end:hi]):
        return False
    return not re.match(r"\n[ \t]*[a-z]", text[hi:hi + 200])


_TABLE_KINDS = frozenset({"count", "percent", "money", "measure", "duration", "ratio", "rank", "percentage_point", "date"})


def not_a_claim(s: Sentence, start: int, end: int, kind: str, value: float | None) -> bool:
    return situates(s, start, kind) or situating_span(s, start, end, kind) \
        or kind in _TABLE_KINDS and (pipe_table_cell(s.ctx.text, start) or lone_on_its_line(s.ctx.text, start, end)) \
        or rejected_by(s.ctx.text, start, end, kind, value, s.text, kind == "count" and counts_noun(s, start, end),
                       s.ctx.text[slice(*_line_bounds(s.ctx.text, start, start))]) is not None     # the number's line


_NAME_LINKS = "of|and|the|de|la"      # small words inside a name ("Bosnia and Herzegovina", "Costa de la Luz")
_ENTRY_NAME = re.compile(rf"[.)]\s+[\"“\x27‘]?(?P<name>[A-Z][\w&.\x27’-]*(?:\s(?:[A-Z][\w&.\x27’-]*|{_NAME_LINKS}))*)")
_TRAILING_LINKS = re.compile(rf"(?:\s(?:{_NAME_LINKS}))+$")


def ranked_entry_subject(s: Sentence, m: Mention) -> TextSpan | None:
    """The entry a ranked list's number stands before ("2. Norway" -> Norway) is what that rank
    is about: its subject, though the sentence splitter may have cut it off its number."""
    if not m.rule.endswith("+ranked_list"):
        return None
    found = _ENTRY_NAME.match(s.ctx.text, m.end)
    if found is None:
        return None
    name = _TRAILING_LINKS.sub("", found.group("name")).rstrip(".")
    return TextSpan(name, found.start("name"), found.start("name") + len(name))
