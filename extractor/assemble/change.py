"""Changes between a sentence's figures: deltas ("rose 12%"), levels reached ("to $84"), and a
level linked to its baseline ("40% ..., up from 25%")."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from ..quantities.matcher import Mention
from ..quantities.normalize import cues, move_nouns
from ..types import Change, Claim
from .context import words

# a name and "by" after a comma or "and", with the verb of change left out: ", Burlington by 2.6%"
_GAPPED_BY = re.compile(r"(?:,|;|\band)\s+(?:[A-Z][\w&.'’-]*\s+){1,4}by\s+$")


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True) if w != "+")


# the pace a move is told at, between its verb and its figure: "rose at an annual rate of 3.5%", "grew at a 2.8%
# annualised pace" is no such phrase (the figure comes first); "plunged 14.7% to an annual rate of 1.32 million"
_RATE_OF = r"(?:at\s+)?an?\s+(?:[a-z-]+\s+){0,3}(?:rate|pace)\s+of\s+"   # "to a seasonally adjusted annual rate of"


@cache
def _change_before() -> re.Pattern[str]:
    """A word of change right before a quantity ("rose 12%", "fell by 3 points", "+0.3%"; not the
    particle of another verb: "make up 28%"), a transitive one right before "by" ("was cut by 5%"), or
    either a few words before "by" ("grow sales by 35 per cent", "cut rates by 0.5 percentage point",
    "cut the risk of heart attack by 20%": its object, up to five words); words from cues.toml [changes]."""
    table = cues().changes
    alts, trans = _alternatives(table["up"] + table["down"]), _alternatives(table["up_by"] + table["down_by"])
    particles = "".join(rf"(?<!\b{re.escape(w)} )" for w in table["particle_verbs"])  # "make up 28%", not "rate fell"
    bounds = _alternatives(list(cues().bounds))                    # after "by" any: "by about 5%", "by more than 5%"
    near = _alternatives([w for w in cues().bounds if w not in table["level_bounds"]])    # else "up about 5%", not
    return re.compile(rf"(?i)(?:{particles}\b(?P<verb>{alts})\s+(?:by\s+(?:(?:{bounds})\s+)?|(?:{near})\s+|{_RATE_OF})?"  # "fell
                      rf"(?:a\s+further\s+)?|(?:\b(?P<verb4>{trans})\s+by\s+(?:a\s+further\s+)?|\b(?P<verb2>{alts})"  # below
                      rf"(?:\s+[a-z]+){{1,2}}\s+by\s+|\b(?P<verb5>{trans})(?:\s+[\w’\x27-]+){{1,5}}\s+by\s+)"  # $60,000"
                      rf"(?:(?:{bounds})\s+)?|(?P<verb3>(?<![\w.])\+))$")


@cache
def _change_words() -> tuple[frozenset[str], frozenset[str]]:
    """Every word of change of cues.toml [changes] (intransitive and transitive), and those of them that go down."""
    table = cues().changes
    return frozenset(table["up"] + table["down"] + table["up_by"] + table["down_by"]), \
        frozenset(table["down"] + table["down_by"])


def _downward(word: str) -> bool:
    return word.lower() in _change_words()[1]


def _counts_jobs(claim: Claim) -> bool:
    """A count of jobs (cues.toml job_nouns: "1,300 jobs", "500 positions")."""
    return claim.kind == "count" and (claim.unit or "").lower() in cues().changes["job_nouns"]


@cache
def _baseline_before() -> re.Pattern[str]:
    nouns = "|".join(map(re.escape, words().baseline_nouns))
    return re.compile(rf"(?i)\b(?P<noun>{nouns})s?\s+from\s+(?:a\s+|the\s+)?$")


def _in_brackets(text: str, pos: int) -> bool:
    before = text[max(0, pos - 80):pos]
    return before.rfind("(") > before.rfind(")")


# a move restated in other terms after a comma and "or", past a bound: "fell 350 points, or 1.1%", "cut 6,650
# jobs, or about 5% of its workforce"; not another act ("cut 300 jobs, or hire 200 contractors"), a multiple
# ("jumped 20%, or three times the market's gain") or a distance from a level ("fell 2%, or 15 points below")
_RESTATED_MOVE = re.compile(r"\s*,\s*or\s+(?:(?:about|nearly|roughly|some|around|almost|approximately|just|"
                            r"more\s+than|less\s+than|over|under)\s+)?")
_MOVE_KINDS = frozenset({"percent", "percentage_point", "count", "money", "measure"})
_COMPARED_AFTER = re.compile(r"(?i)[^\S\n]+(?:below|above|under|over|higher|lower|more|less|short|ahead|behind)\b")


def _after_previous(text: str, out: list, i: int, claim: Claim) -> Claim | None:
    """A restatement in brackets ('7.5 million Danish crowns (US $1.1 million)') takes the bound
    and change of what it restates; a move restated after ", or" ('fell 350 points, or 1.1%') is the
    same move in its own terms; 'rose 9.4 per cent to $84' and 'rose 4.2% to a seasonally adjusted annual
    rate of 4.08 million' (a "to" within 30 characters of the move): the level reached."""
    prev = out[i - 1][0]
    gap = text[prev.end:claim.start]
    if re.fullmatch(r"\s*\(\s*", gap) or re.fullmatch(r"\s*/\s*|\s+or\s+", gap) \
            and _in_brackets(text, prev.start):  # a restatement in other units: "(224 kW / 300 PS)"
        return replace(claim, bound=prev.bound if claim.bound == "=" else claim.bound,
                       bound_cue=claim.bound_cue or prev.bound_cue, change=prev.change,
                       subject=prev.subject or claim.subject)
    if prev.change is not None and prev.change.type != "level" and _RESTATED_MOVE.fullmatch(gap) \
            and claim.kind in _MOVE_KINDS and not _COMPARED_AFTER.match(text, claim.end):
        kind = {"percent": "pct_delta", "percentage_point": "pp_delta"}.get(claim.kind, "abs_delta")
        return replace(claim, change=Change(prev.change.direction, kind))      # "fell 350 points, or 1.1%"
    at = _to_or_at().search(gap)
    if prev.change is not None and prev.change.type != "level" and at and at.start() < 30 \
            and not (at.group(0).lower().startswith("at") and claim.kind == "count" and claim.unit):
        return replace(claim, change=Change(prev.change.direction, "level"))   # not "by 5% at 4,000 stores"
    return None


@cache
def _from_to_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(a word of change and, up to 60 characters on in its clause, "from" right before a figure; "to"
    between two figures, perhaps after the first one's time; a verb of a spread or a word that opens
    another clause, neither of which may stand between the two), each past a bound of the figure:
    cues.toml [changes]."""
    table = cues().changes
    bound = rf"(?:(?:{_alternatives(list(cues().bounds))})\s+)?"
    moved = re.compile(rf"(?i)\b(?P<verb>{_alternatives(table['up'] + table['down'] + table['up_by'] + table['down_by'])})"
                       rf"\b(?P<between>(?:(?!\.\s|[;!?]).){{0,60}}?)\b(?P<from>from)\s+{bound}$")
    spread = re.compile(rf"(?i)\b(?:{_alternatives(table['spread_verbs'] + table['clause_openers'] + table['spread_preps'])})\b")
    months = "January|February|March|April|May|June|July|August|September|October|November|December|" \
             "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    when = (rf"(?:\s+(?:in|on|during|as\s+of)\s+(?:(?:early|mid|late)[\s-])?(?:{months})\.?(?:\s+\d{{1,2}})?"
            rf"(?:,?\s+\d{{4}})?|\s+(?:in|during)\s+(?:\d{{4}}|the\s+(?:first|second|third|fourth)\s+quarter)"
            rf"|\s+(?:last|this)\s+(?:year|month|quarter|week))?")     # "from 4.1% in May to 3.9% in June"
    return moved, re.compile(rf"(?i){when}\s+to\s+{bound}"), spread


def _moves_from(doc, verb_at: int, from_at: int) -> bool:
    """Whether the parse hangs "from" (at `from_at`) on the word of change (at `verb_at`): on the verb
    itself, on the size of its move ("fell 2 percentage points from", "grew by 12 percent, from"), or on a
    transitive verb's object ("raised the retirement age from 62"); not on another noun, whose spread
    it is ("rose 20% in children from 5 to 11 years old", "rents for flats from 50 to 80 square metres")."""
    frm = doc.char_span(from_at, from_at + 4)
    verb = doc.char_span(verb_at, verb_at + 1, alignment_mode="expand")
    if frm is None or verb is None:
        return False
    head, verb = frm.root.head, verb.root
    if head == verb:
        return True
    sized = head.like_num or any(c.like_num for c in head.children)
    table = cues().changes
    return sized and verb in list(head.ancestors)[:2] \
        or head.dep_ in ("dobj", "nsubjpass") and head.head == verb and verb.lower_ in table["up_by"] + table["down_by"]


def _from_to(text: str, out: list, i: int, claim: Claim, doc=None) -> Claim | None:
    """"rose from 4.5% to 5.04%", "grew by 12 percent, from 4.5 percent to 5.04 percent", "cut the rate from
    5% to 4.75%": the figure after "to" is the level reached, from the figure before it (CONVENTIONS.md: two
    records, never a range; the baseline's change stays null). Up or down as the two figures go (in one
    unit), else as the word of change says. Not a spread ("prices ranging from $10 to $15"), nor in another clause than the
    word of change ("Sales rose 5% and the store is open from 9 to 5"), nor, with the sentence's parse
    (`doc`), a spread of a noun (_moves_from)."""
    prev, _ = out[i - 1]
    if claim.change is not None or prev.kind != claim.kind or prev.change is not None:
        return None
    moved, to, spread = _from_to_res()
    if not to.fullmatch(text, prev.end, claim.start):
        return None
    found = moved.search(text, max(0, prev.start - 96), prev.start)
    if found is None or spread.search(found.group("between")) \
            or doc is not None and not _moves_from(doc, found.start("verb"), found.start("from")):
        return None
    a, b = prev.value, claim.value
    comparable = a is not None and b is not None and a != b and prev.unit == claim.unit     # not "800 MB to 1.4 GB"
    direction = ("up" if b > a else "down") if comparable else "down" if _downward(found.group("verb")) else "up"
    return replace(claim, change=Change(direction, "level", prev.claim_id))


@cache
def _to_or_at() -> re.Pattern[str]:
    """"to" or "at" right before a figure, past a pace or a bound of it: "rose 12 percent to about 650,000",
    "plunged 14.7% to an annual rate of 1.32 million units"."""
    return re.compile(rf"(?i)\b(?:to|at)\s+(?:{_RATE_OF})?(?:(?:{_alternatives(list(cues().bounds))})\s+)?$")


@cache
def _verb_object_to() -> re.Pattern[str]:
    """A transitive verb of change, its object of up to three words, and "to" ("lowered the tax rate to")."""
    table = cues().changes
    return re.compile(rf"(?i)\b(?P<verb>{_alternatives(table['up_by'] + table['down_by'])})(?:\s+(?!by\b)[a-z’\x27-]+)"
                      rf"{{1,3}}\s+to\s+$")                       # not "cut by up to 5%": a bound of the move


@cache
def _job_cut_re() -> re.Pattern[str]:
    """A verb of cutting right before a count, past a bound ("cut about 1,300 jobs")."""
    table = cues().changes
    return re.compile(rf"(?i)\b(?:{_alternatives(table['down_by'] + table['job_verbs'])})\s+"
                      rf"(?:(?:{_alternatives(list(cues().bounds))})\s+)?$")


@cache
def _to_level() -> re.Pattern[str]:
    """A word and "to" right before a figure, past a pace or a bound of it ("rose to 42", "rose to at least
    42", "climbed to nearly £1,300", "fell to an annual rate of 1.3 million"): the word is the caller's to check."""
    return re.compile(rf"(?i)\b(?P<verb>[a-z]+)\s+(?:down\s+|up\s+)?to\s+(?:{_RATE_OF})?(?:(?:{_alternatives(list(cues().bounds))})\s+)?$")


def _reached(before: str, claim: Claim, after: str = "") -> Claim | None:
    """'decreased to $-50.8bn': the level reached after a change; after a transitive verb's object of
    up to three words too, for an amount ('lowered the tax rate to 21%', 'raised its dividend to $1.20';
    not a count: 'cut ties to 3 firms'; nor a share of what the object reached: 'cut power to 40% of
    the island')."""
    words_ = _change_words()[0]
    reached = _to_level().search(before)
    if (reached is None or reached.group("verb").lower() not in words_) \
            and claim.kind in ("percent", "percentage_point", "money", "measure") and not after.startswith(" of "):
        reached = _verb_object_to().search(before)
    if not reached or claim.change is not None:
        return None
    verb = reached.group("verb").lower()
    if verb not in words_ or verb in ("up", "down"):
        return None
    return replace(claim, change=Change("down" if _downward(verb) else "up", "level"))


def _delta(before: str, claim: Claim) -> Claim | None:
    """'up 5%' / 'fell by 3 points': a delta. Not a count of things after a transitive verb's "by",
    who did it ("The funds were raised by 12 volunteers", "Sales were boosted by 2 new stores"), nor
    after a noun of change ("Budget cuts by 12 states")."""
    delta = _change_before().search(before)
    if not delta and claim.change is None:
        return _job_cut(before, claim)
    if not delta or claim.change is not None or claim.kind not in ("percent", "percentage_point", "count", "money",
                                                                    "measure"):
        return None
    if delta.group("verb") and claim.kind not in ("percent", "percentage_point") and _threshold_bound().search(
            delta.group(0)):
        return None                           # "Bitcoin rose over $70,000", "climbed over 40,000 points": a level
    agent = claim.kind == "count" and claim.unit and not _counts_jobs(claim)     # "raised by 12 volunteers"
    if (delta.group("verb4") or delta.group("verb5")) and agent \
            or delta.group("verb4") and delta.group("verb4").lower().endswith("s") or _agent_by(delta):
        return None
    word = next(delta.group(g) for g in ("verb", "verb2", "verb3", "verb4", "verb5") if delta.group(g))
    if word.lower() in cues().changes["amounts_only"] and not re.search(r"(?i)\bby\b", delta.group(0)) and not (
            claim.kind in ("percent", "percentage_point", "money") or claim.unit == "points"):
        return None           # "contracted 200 engineers", "crashed 20 miles from"; not "expanded its staff by 500"
    direction = "down" if _downward(word) else "up"
    kind = {"percent": "pct_delta", "percentage_point": "pp_delta"}.get(claim.kind, "abs_delta")
    return replace(claim, change=Change(direction, kind))


@cache
def _threshold_bound() -> re.Pattern[str]:
    """A bound of more or less right after a word of change, with no "by" ("rose over", "climbed more
    than"): a percent after it sizes the move ("down over 13%"), an amount is a level passed."""
    words_ = [w for w, b in cues().bounds.items() if b in (">", ">=", "<")]
    return re.compile(rf"(?i)(?<!\bby )\b(?:{_alternatives(words_)})\s+$")


_PARTICIPLE_BY = re.compile(r"(?i)\b(?:\w+ed|paid|made|held|sold|owned|given|taken|done|won|set|built|run|led)\s+by\s")


def _agent_by(delta: re.Match[str]) -> bool:
    """"reduced the fines paid by 40% of the banks": a participle right before "by", past the verb of
    change and its object, takes "by" for its agent; the figure is who paid, not the change."""
    verb = next((g for g in ("verb2", "verb5") if delta.group(g)), None)
    return verb is not None and bool(_PARTICIPLE_BY.search(delta.group(0)[len(delta.group(verb)):]))


def _job_cut(before: str, claim: Claim) -> Claim | None:
    """"Acme cut 1,300 jobs", "slashed 500 positions": jobs right after a transitive verb of cutting are
    a change down (CONVENTIONS.md: job cuts are down/abs_delta); other objects are none ("cut 3 songs")."""
    if not _counts_jobs(claim):
        return None
    return replace(claim, change=Change("down", "abs_delta")) if _job_cut_re().search(before) else None


def link_changes(text: str, made: list[tuple[Claim, Mention]], doc=None) -> list[tuple[Claim, Mention]]:
    """'40% ..., an increase from 25%': the 40% is a level change up from the 25% claim.
    'up 5%' / 'fell by 3 points': a delta. 'rose 9.4 per cent to $84', 'decreased to $-50.8bn':
    the level reached after a change is a level change the same way. `doc`: the parse, for "from X to Y"."""
    out = list(made)
    for i, (claim, m) in enumerate(made):
        before = text[max(0, claim.start - 64):claim.start]   # room for a verb, its object and "by"
        if i and claim.change is None:
            linked = _after_previous(text, out, i, claim)
            if linked is not None:
                out[i] = (linked, m)
                continue
        moved = _from_to(text, out, i, claim, doc) if i else None
        if moved is not None:
            out[i] = (moved, m)
            continue
        reached = _reached(before, claim, text[claim.end:claim.end + 4])
        if reached is not None:
            out[i] = (reached, m)
            continue
        base = _baseline_before().search(before)
        if base:
            direction = "down" if base.group("noun").lower() in words().down else "up"
            for j in range(i - 1, -1, -1):
                other, om = out[j]
                if other.kind == claim.kind and (other.change is None or other.change.from_claim is None and re.search(
                        r"(?i)\b(?:rate|pace)\s+of\s+(?:\S+\s+)?$", text[max(0, other.start - 40):other.start])):
                    # "rising at a slower pace of 2.1%, down from 2.4%": the comparison outranks the pace
                    out[j] = (replace(other, change=Change(direction, "level", claim.claim_id)), om)
                    break
            continue
        if _GAPPED_BY.search(before) and claim.change is None:   # "X was down 2.3%, Y by 2.6%": verb left out
            earlier = next((o for o, _ in reversed(out[:i]) if o.kind == claim.kind and o.change is not None
                            and o.change.type != "level"), None)
            if earlier is not None:
                out[i] = (replace(claim, change=Change(earlier.change.direction, earlier.change.type)), m)
                continue
        delta = _delta(before, claim) or _noun_move(text, before, claim)
        if delta is not None:
            out[i] = (delta, m)
    return out


@cache
def _move_nouns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A noun of a move right after a figure that "a" or "the" opens ("a 4% increase", "a more than 30% rise", "the
    2% rise"; not "cut of": "a 10% cut of the fee" is a share), and one right before the figure after "a" and "of"
    ("an increase of 4%", "a drop of about 12 points"); the nouns of normalize.move_nouns."""
    nouns = _alternatives(list(move_nouns()))
    bounds = _alternatives(list(cues().bounds))
    after = re.compile(rf"(?i)[ -](?P<noun>{nouns})\b(?!(?<=cut)\s+of\b)")   # not a share: "a 10% cut of the fee"
    before = re.compile(rf"(?i)\b(?:an?|the)\s+(?P<noun>{nouns})\s+of\s+(?:(?:{bounds})\s+)?$")
    return after, before


_OPENED_BY_A = re.compile(r"(?i)\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}$")   # "a 4%", "a more than 30%", "an estimated 8%"


def _noun_move(text: str, before: str, claim: Claim) -> Claim | None:
    """"a 4% increase", "a $2 billion cut", "an increase of 4%": the figure sizes a move the noun after or before it
    names (CONVENTIONS.md: a move gets its direction and type); not a level the move reached ("a rise to 4%"), a
    place's length ("a 40-foot drop") or money a gain is ("a $5 million gain on the sale")."""
    table = cues().changes
    if claim.change is not None or claim.kind not in ("percent", "percentage_point", "count", "money", "measure") \
            or claim.kind == "measure" and claim.unit in table["move_not_units"]:
        return None                             # "a 100-meter drop": a place's height
    after, of = _move_nouns()
    found = after.match(text, claim.end) if _OPENED_BY_A.search(before) else None
    found = found or of.search(before)
    if found is None or claim.kind == "money" and found.group("noun").lower() in table["move_money_amounts"]:
        return None                             # "a $5 million gain on the sale": an amount, as a loss is
    kind = {"percent": "pct_delta", "percentage_point": "pp_delta"}.get(claim.kind, "abs_delta")
    return replace(claim, change=Change(move_nouns()[found.group("noun").lower()], kind))
