"""Find quantity mentions and time expressions in text with the TOML patterns.

`find_mentions(text)` is a plain function over a string (tested without spaCy); the spaCy
component in `component.py` calls it and stores the results as spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

from . import normalize as nz

PATTERN_FILE = "patterns/quantities.toml"


@dataclass(frozen=True, slots=True)
class Pattern:
    id: str
    kind: str
    priority: int
    regex: re.Pattern[str]
    fixed: dict = field(default_factory=dict)   # unit / bound / change / value set by the pattern
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()
    scan_all: bool = False      # matches without a candidate word (nlp.candidate_re): scans the whole text
    unquoted: bool = False      # a match whose number stands inside a quotation opened before it is none
    digit: bool = False         # every match holds a digit (needs_digit): scans only the pieces with one


@dataclass(frozen=True, slots=True)
class Mention:
    """One quantity or time expression, normalised. `start`/`end` delimit the quote."""

    kind: str                      # a claim kind, or "time"
    start: int
    end: int
    quote: str
    rule: str
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    value_text: str | None = None  # ISO for dates and periods
    unit: str | None = None
    unit_surface: str | None = None
    scale: str | None = None
    bound: str = "="
    bound_cue: str | None = None
    change_direction: str | None = None
    change_type: str | None = None
    prep: str | None = None        # time expressions: the preposition ("in", "since", "from")
    whole_start: int = -1          # the whole match, preposition included (time scopes)


def _expand(template: str, macros: dict[str, str], depth: int = 0) -> str:
    if depth > 5:
        raise ValueError("macro nesting too deep in quantity patterns")
    out = re.sub(r"\{([A-Z][A-Z0-9_]*)\}", lambda m: macros[m.group(1)], template)
    return _expand(out, macros, depth + 1) if re.search(r"\{[A-Z][A-Z0-9_]*\}", out) else out


def load_patterns(path: str | Path | None = None) -> tuple[Pattern, ...]:
    if path is None:
        text = resources.files(__package__).joinpath(PATTERN_FILE).read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    data = tomllib.loads(text)
    macros = {k: v if isinstance(v, str) else "(?:" + "|".join(v) + ")"     # a list: its words as alternatives
              for k, v in data.get("macros", {}).items()} | {"PLURAL_NOUN": nz.plural_pattern()}
    patterns = []
    for p in data["pattern"]:
        regex = _expand(p["regex"], macros)
        try:
            compiled = re.compile(regex)
        except re.error as e:
            raise ValueError(f"quantity pattern {p['id']!r}: bad regex: {e}") from None
        fixed = {k: p[k] for k in ("unit", "bound", "change", "value") if k in p}
        patterns.append(Pattern(p["id"], p["kind"], int(p.get("priority", 0)), first_char_guard(compiled), fixed,
                                tuple(p.get("match", ())), tuple(p.get("no_match", ())), p.get("scan") == "all",
                                bool(p.get("unquoted", False)), needs_digit(compiled)))
    return tuple(patterns)


def first_char_guard(regex: re.Pattern[str]) -> re.Pattern[str]:
    """`regex` with a look-ahead for the characters its matches can start with: the same matches,
    but a position that cannot start one is passed over at the cost of one class test. Python's `re`
    skips ahead so only for a pattern that opens with a literal or a class; most quantity patterns
    open with look-behinds, so each was tried in full at every position of the text (`duration.one_unit`,
    27 look-behinds before "a"/"one"/"half", ran 5x slower without "(?=[aAhHoO])"). `regex` itself
    where the start cannot be read (`first_chars`)."""
    chars = first_chars(regex)
    if chars is None:
        return regex
    head = re.match(r"\(\?[aiLmsux]+\)", regex.pattern)      # global flags must stay first
    at = head.end() if head else 0
    guard = f"(?=[{chars[0]}])" if not chars[1] else f"(?i:(?=[{chars[0]}]))"
    close = "\n)" if regex.flags & re.VERBOSE else ")"        # (past a closing comment)
    try:                                                        # the group guards every top-level branch
        return re.compile(regex.pattern[:at] + guard + "(?:" + regex.pattern[at:] + close, regex.flags)
    except re.error:        # more global flags after the first ("(?i)(?x)..."): left as it is
        return regex


_DIGIT_CODES = frozenset("0123456789")


def _sre():
    """The standard library's regex constants and parser (`first_chars`, `needs_digit` read a
    pattern's parse with them), under their Python 3.11 names or their 3.10 ones."""
    try:
        import re._constants as const
        import re._parser as parser
    except ImportError:             # Python 3.10
        import sre_constants as const
        import sre_parse as parser
    return const, parser


def first_chars(regex: re.Pattern[str]) -> tuple[str, bool] | None:
    """(the body of a character class that holds every character a match of `regex` can start
    with, whether any of it is read without case), read from its parse as `needs_digit` reads it:
    look-arounds and anchors consume nothing, so the start is that of the first item that does;
    None when that is any character, a back-reference, or the match can be empty."""
    const, parser = _sre()
    if regex.flags & (re.ASCII | re.LOCALE):    # a class of the guard would read \d, \w and case otherwise
        return None
    try:
        parsed = parser.parse(regex.pattern, regex.flags)
        found = _seq_first(parsed, bool(regex.flags & re.IGNORECASE), const)
    except Exception:               # an internal form this reading does not know
        return None
    if found is None or found[2]:
        return None
    return "".join(sorted(found[0])), found[1]


def _seq_first(items, nocase: bool, const) -> tuple[set[str], bool, bool] | None:
    """(class items a match of the sequence can start with, any read without case, whether the
    sequence can match nothing), or None when unknown."""
    out, anycase = set(), False
    for op, av in items:
        found = _item_first(op, av, nocase, const)
        if found is None:
            return None
        out |= found[0]
        anycase = anycase or found[1]
        if not found[2]:
            return out, anycase, False
    return out, anycase, True


_CATEGORY_CLASSES = {"CATEGORY_DIGIT": r"\d", "CATEGORY_NOT_DIGIT": r"\D", "CATEGORY_SPACE": r"\s",
                     "CATEGORY_NOT_SPACE": r"\S", "CATEGORY_WORD": r"\w", "CATEGORY_NOT_WORD": r"\W"}


def _item_first(op, av, nocase: bool, const) -> tuple[set[str], bool, bool] | None:
    if op in (const.AT, const.ASSERT, const.ASSERT_NOT):
        return set(), False, True                           # zero-width: the next item starts the match
    if op is const.LITERAL:
        return {re.escape(chr(av))}, nocase, False
    if op is const.IN:
        items = set()
        for o, a in av:
            if o is const.LITERAL:
                items.add(re.escape(chr(a)))
            elif o is const.RANGE:
                items.add(f"{re.escape(chr(a[0]))}-{re.escape(chr(a[1]))}")
            elif o is const.CATEGORY and str(a) in _CATEGORY_CLASSES:
                items.add(_CATEGORY_CLASSES[str(a)])
            else:
                return None                                 # a negated class and the like: any start
        return items, nocase, False
    if op is const.SUBPATTERN:
        _group, add, remove, seq = av
        if (add | remove) & (re.ASCII | re.UNICODE | re.LOCALE):
            return None                                     # "(?a:...)", "(?u:...)": read as above
        return _seq_first(seq, (nocase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE, const)
    if op is const.BRANCH:
        found = [_seq_first(b, nocase, const) for b in av[1]]
        if any(f is None for f in found):
            return None
        return set().union(*(f[0] for f in found)), any(f[1] for f in found), any(f[2] for f in found)
    if op in (const.MAX_REPEAT, const.MIN_REPEAT) or op is getattr(const, "POSSESSIVE_REPEAT", None):
        found = _seq_first(av[2], nocase, const)
        return None if found is None else (found[0], found[1], found[2] or av[0] == 0)
    if op is getattr(const, "ATOMIC_GROUP", None):
        return _seq_first(av, nocase, const)
    return None


def needs_digit(regex: re.Pattern[str]) -> bool:
    """Whether every match of `regex` consumes a digit, read from its parse: a sequence does when
    one of its items does, an alternation when each branch does, a repeat when it runs at least
    once; look-arounds consume nothing. False when in doubt (or the parser cannot be read), which
    only costs a longer scan."""
    const, parser = _sre()
    try:
        return _seq_needs_digit(parser.parse(regex.pattern, regex.flags), const)
    except Exception:               # an internal form this reading does not know
        return False


def _seq_needs_digit(items, const) -> bool:
    return any(_item_needs_digit(op, av, const) for op, av in items)


def _item_needs_digit(op, av, const) -> bool:
    if op is const.LITERAL:
        return chr(av) in _DIGIT_CODES
    if op is const.IN:
        return all(o is const.LITERAL and chr(a) in _DIGIT_CODES
                   or o is const.RANGE and a[0] >= ord("0") and a[1] <= ord("9")
                   or o is const.CATEGORY and a is const.CATEGORY_DIGIT for o, a in av)
    if op is const.SUBPATTERN:
        return _seq_needs_digit(av[-1], const)
    if op in (const.MAX_REPEAT, const.MIN_REPEAT):
        return av[0] >= 1 and _seq_needs_digit(av[2], const)
    if op is const.BRANCH:
        return all(_seq_needs_digit(b, const) for b in av[1])
    if op is const.GROUPREF_EXISTS:
        return av[2] is not None and _seq_needs_digit(av[1], const) and _seq_needs_digit(av[2], const)
    return False


@cache
def default_patterns() -> tuple[Pattern, ...]:
    return load_patterns()


SCAN_MARGIN = 64    # characters a match that starts in a scanned region may run (and look ahead) past its end


def join_ranges(ranges: list[tuple[int, int]], gap: int = 0) -> list[tuple[int, int]]:
    """`ranges` (ordered, disjoint) with those at most `gap` characters apart joined into one."""
    out: list[tuple[int, int]] = []
    for a, b in ranges:
        if out and a - out[-1][1] <= gap:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def scan_windows(regions: list[tuple[int, int]], margin: int = SCAN_MARGIN) -> list[tuple[int, int]]:
    """`regions` (ordered, disjoint) with those less than two margins apart joined: a scan of each
    runs a margin past its end, so nearer ones would be scanned twice over."""
    return join_ranges(regions, 2 * margin - 1)


def _finditer(regex: re.Pattern[str], text: str, windows: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
    """`regex.finditer(text)`, or only its matches that start inside `windows` (scan_windows). A
    window's scan starts where the last match ended, as one scan of the whole text would, sees
    the text before it (look-behinds, word boundaries) and SCAN_MARGIN characters after it."""
    if windows is None:
        yield from regex.finditer(text)
        return
    last = 0
    for a, b in windows:
        for m in regex.finditer(text, max(a, last), min(len(text), b + SCAN_MARGIN)):
            if m.start() >= b:
                break
            last = m.end()
            yield m


_QUOTE_CHARS = re.compile("[\"“”‘’\x27]")
_SHORT_YEAR = re.compile(r"\d\ds?\b")          # "'90s", "’04": an apostrophe for the century, no quotation


def inside_quotation(text: str, pos: int) -> bool:
    """Whether `pos` stands inside a quotation opened earlier on its line and not yet closed
    ('the "Top 10" by 2030', "Detroit's 'Big 3' long"): a quote mark after the number there closes
    the quotation, it is no inch or foot mark. An opening mark follows a space, a bracket or the
    line's start and precedes a word; a closing one follows a word and precedes none; a straight
    single quote between letters is an apostrophe ("Detroit's")."""
    line_start = max(text.rfind("\n", 0, pos) + 1, pos - 300)
    is_open = False
    for q in _QUOTE_CHARS.finditer(text, line_start, pos):
        i, ch = q.start(), q.group()
        prev = text[i - 1] if i > line_start else " "
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if ch in "“‘" or (ch in "\"\x27" and (prev.isspace() or prev in "([—–")):
            is_open = nxt.isalnum() and not (ch in "‘\x27" and _SHORT_YEAR.match(text, i + 1)) or is_open
        elif not nxt.isalnum():          # ” ’ " ' after a word: closes; before a letter: an apostrophe
            is_open = False
    return is_open


def raw_matches(text: str, pattern: Pattern,
                windows: list[tuple[int, int]] | None = None) -> list[tuple[int, int, re.Match[str]]]:
    """(quote start, quote end, match) for every match of one pattern (that starts in `windows`)."""
    out = []
    for m in _finditer(pattern.regex, text, windows):
        if m.group(0) == "":
            continue
        if pattern.unquoted and inside_quotation(text, m.start("num")):
            continue
        if "q" in m.re.groupindex and m.group("q") is not None:
            s, e = m.span("q")
        else:
            s, e = m.span()
        out.append((s, e, m))
    return out


class _Taken:
    """The character ranges already won, kept as sorted disjoint intervals, so that checking a
    candidate costs a bisection instead of a scan of every earlier winner (linear pages)."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, s: int, e: int) -> bool:
        i = bisect.bisect_left(self.starts, e) - 1          # the last interval starting before e
        return i >= 0 and self.ends[i] > s

    def add(self, s: int, e: int) -> None:
        lo = bisect.bisect_left(self.ends, s + 1)            # first interval ending after s
        hi = bisect.bisect_left(self.starts, e)              # intervals from lo to hi overlap [s, e)
        if lo < hi:
            s, e = min(s, self.starts[lo]), max(e, self.ends[hi - 1])
        self.starts[lo:hi], self.ends[lo:hi] = [s], [e]


def find_mentions(text: str, published: dt.date | None = None, patterns: tuple[Pattern, ...] | None = None,
                  regions: list[tuple[int, int]] | None = None,
                  digit_regions: list[tuple[int, int]] | None = None) -> list[Mention]:
    """All quantity mentions and time expressions in `text`, non-overlapping, in text order.

    Overlaps go to the higher-priority pattern, then to the longer quote. "ignore" matches
    (identifiers, phone numbers, clock times) win their span and yield nothing. `regions`: the
    (start, end) ranges of the sentences worth parsing (nlp.scan_regions: a digit, a number or cue
    word), where alone a pattern's match can start unless it says `scan = "all"`, so that most
    patterns skip most of a long page; None scans the whole text with every pattern.
    `digit_regions`: those of them that hold a digit, where alone a pattern whose every match
    holds one (`Pattern.digit`) looks; None: all of `regions`.
    """
    patterns = patterns or default_patterns()
    windows = None if regions is None else scan_windows(regions)
    digit_windows = windows if digit_regions is None or regions is None else scan_windows(digit_regions)
    candidates = []
    for p in patterns:
        for s, e, m in raw_matches(text, p, None if p.scan_all else digit_windows if p.digit else windows):
            candidates.append((p.priority, e - s, -s, p, s, e, m))
    candidates.sort(key=lambda c: (c[0], c[1], c[2]), reverse=True)
    taken, real = _Taken(), _Taken()            # all winners; those that yield a mention (not "ignore")
    chosen = []
    for _prio, _len, _neg, p, s, e, m in candidates:
        claimed = _claimed_end(p, e, m)
        if taken.overlaps(s, claimed) or claimed < e and real.overlaps(s, e):
            continue
        # a time expression's preposition must not swallow another mention either
        won = (min(s, m.start()) if p.kind == "time" else s, e)
        taken.add(*won)
        if p.kind != "ignore":
            real.add(*won)
            chosen.append((p, s, e, m))
    chosen.sort(key=lambda c: c[1])
    out = []
    for p, s, e, m in chosen:
        mention = _normalise(text, p, s, e, m, published)
        if mention is not None:
            out.append(mention)
    shared = listed_units(text, dimensions(text, share_units(text, merge_ranges(text, out))))
    return ranked_entries(text, index_levels(text, subunit_currency(shared)))


def _claimed_end(p: Pattern, e: int, m: re.Match[str]) -> int:
    """Where a candidate's own span ends when it competes with identifiers: a count whose pattern
    takes the counted noun ("thousands of COVID-19 tests", "hundreds of N95 masks") claims its
    number only against them, so a name with a number in what it counts (an identifier, which
    yields nothing) does not cost it the count. Against a mention (money, a date: "thousands of
    US$100 bills", "thousands of March 2020 layoffs") its whole quote competes, as before, and
    once it wins the whole quote is taken."""
    if p.kind == "count":
        starts = [m.start(g) for g in ("name", "unit") if g in m.re.groupindex and m.start(g) >= 0]
        if starts:
            return min(e, *starts)
    return e


@cache
def _index_level_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    table = nz.cues().index_levels
    alt = lambda key: "|".join(map(re.escape, sorted(table[key], key=len, reverse=True)))  # noqa: E731
    return (re.compile(rf"(?<![\w&])(?:{alt('names')})(?![\w&])"), re.compile(rf"(?i)\b(?:{alt('before')})\s$"),
            re.compile(rf"(?:[.,;:)\]]|$|\s(?:{alt('after')})\b)"))


def _points_since(earlier: list[Mention], start: int) -> bool:
    """Whether a mention in points starts at or after `start` (only the last few are looked at)."""
    for o in reversed(earlier):
        if o.start < start:
            return False
        if o.unit == "points":
            return True
    return False


def index_levels(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The S&P 500 closed at 2,800.71", "the Hang Seng dropped 300 points to 28,500": a bare
    number introduced as a level ("at", "to", "from") in a sentence about a market index is in
    index points, a measure (CONVENTIONS.md), not a count."""
    names, before, after = _index_level_res()
    out = []
    for m in mentions:
        if _bare(m) and m.bound == "=" and before.search(text[max(0, m.start - 12):m.start]) \
                and after.match(text, m.end):
            lo = max(0, m.start - 300)              # the sentence so far, at most 300 characters back
            start = max(text.rfind(". ", lo, m.start), text.rfind("\n", lo, m.start), lo - 1) + 1
            if names.search(text, start, m.start) or _points_since(out, start):
                m = replace(m, kind="measure", unit="points", rule=f"{m.rule}+index")
        out.append(m)
    return out


_ENTRY_OPENS = re.compile(r"(?:^|\n|:)\s*$")             # a line or the list's colon before it
_ENTRY_AFTER = re.compile(r"[.)]\s+[\"“\x27‘]?[A-Z]")


@cache
def _ranking_cue() -> tuple[re.Pattern[str], re.Pattern[str], int]:
    table = nz.cues().ranked_lists
    return re.compile(table["cue"]), re.compile(table["list_cue"]), int(table["window"])


def _introduction(text: str, start: int, window: int) -> str:
    """The line that introduces a list entry at `start`: the text before it on its own line, or
    else the last non-blank line before it ("Our ranking of beaches:\n1. ...")."""
    head = text[max(0, start - window):start]
    own = head[head.rfind("\n") + 1:]
    if own.strip():
        return own
    head = head.rstrip()
    return head[head.rfind("\n") + 1:]


def _introduces(cue: re.Pattern[str], list_cue: re.Pattern[str], intro: str) -> bool:
    """Whether a line introduces a ranked list: it names a ranked list ("Our countdown of ...",
    "Here is our ranking of ...", "Ranked from worst to best", "The final standings"), whatever
    number the list starts at (a countdown from 10, a list continued at 6), or it mentions ranking
    and hands over to the list with a colon ("Ranks 4-10 are as follows:"). A paragraph that only
    mentions ranking ("... to rank higher in search results.", "Search rankings matter.") before
    "1. Write often" or "2. Build links" introduces the steps of a how-to list."""
    return bool(list_cue.search(intro)) or (bool(cue.search(intro)) and intro.rstrip().endswith(":"))


def ranked_entries(text: str, mentions: list[Mention]) -> list[Mention]:
    """"The rankings were as follows: 1. Finland 2. Norway": the numbers of a list that the text
    introduces as a ranking are the entries' ranks (CONVENTIONS.md); other list numbering stays a
    bare number, which assemble leaves out. The first entry opens a line or follows the list's
    colon, and the line that introduces it names a ranked list (_introduces); the next ones follow the
    previous entry, counting up or down ("... 1. Finland 2. Norway", "10. ... 9. ...", or a
    paragraph later)."""
    cue, list_cue, window = _ranking_cue()
    out: list[Mention] = []
    last: Mention | None = None
    for m in mentions:
        if _bare(m) and m.quote.isdigit() and 1 <= m.value <= 100 and _ENTRY_AFTER.match(text, m.end):
            follows = last is not None and abs(last.value - m.value) == 1 and m.start - last.end < 300
            if follows or (_ENTRY_OPENS.search(text, max(0, m.start - 3), m.start)
                           and _introduces(cue, list_cue, _introduction(text, m.start, window))):
                m = last = replace(m, kind="rank", rule=f"{m.rule}+ranked_list")
        out.append(m)
    return out


def subunit_currency(mentions: list[Mention]) -> list[Mention]:
    """"A$1.20, up 5 cents": cents are hundredths of the dollar or euro last named before them
    (of USD when none is); pence and sen name their currency themselves."""
    cents = nz.cues().cent_currencies
    out, last = [], None
    for m in mentions:
        if m.rule == "money.subunit" and m.unit == "USD" and last is not None:
            m = replace(m, unit=last)
        elif m.kind == "money" and m.unit in cents and m.rule != "money.subunit":
            last = m.unit
        out.append(m)
    return out


def merge_ranges(text: str, mentions: list[Mention]) -> list[Mention]:
    """Join two quantities written as one range: "5 to 7 per cent", "between 5% and 6%", "5-10W",
    "$3 billion to $5 billion". The low end may be a bare number that takes the high end's unit
    and, when that keeps low < high, its scale ("US $89 to $93 billion"). "from X to Y" after a
    word of change ("jumped from 240 to 273") stays two quantities: a change between levels."""
    table = nz.cues().ranges
    connectors = "|".join(re.escape(c) for c in sorted(table["connectors"], key=len, reverse=True))
    joint = re.compile(rf"\s*(?:{connectors})\s*")
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        a = mentions[i]
        b = mentions[i + 1] if i + 1 < len(mentions) else None
        merged = _range(text, a, b, joint, table) if b is not None else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


_FROM = re.compile(r"(?i)(?:(?P<pre>[\w\x27’]+)\s+)?(?:\b(?P<spread>[a-z]+)\s+)?\bfrom\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|almost\s+|some\s+)?$")
_TO = re.compile(r"(?i)\s+(?:[a-z]+\s+)?to\s+")
_UNIT_KINDS = ("measure", "money", "percent", "percentage_point", "duration")


def share_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """"from 21 mpg combined to 23", "from 4.8 to 4.7 percent", "from $75 to 80": the two levels
    of a change written with the unit once. The bare number takes the other's kind and unit (its
    `unit_surface` stays empty: the unit is not written there), and a level written without the
    other's scale takes it (`_level_scale`: "from 1.2 million to 1.5", "from $2.3 to $4.1 billion",
    "fell from 4.1 to 2.3 million riders")."""

    out = list(mentions)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        found = _FROM.search(text[max(0, a.start - 30):a.start])
        if a.kind == "time" or b.kind == "time" or not found or not _TO.fullmatch(text[a.end:b.start]):
            continue
        falling = (found.group("spread") or found.group("pre") or "").lower() in nz.cues().ranges["falling_words"]
        bare_a, bare_b = _bare(a), _bare(b)
        if bare_a == bare_b:
            if not bare_a and a.kind == b.kind and a.unit == b.unit and bool(a.scale) != bool(b.scale):
                unscaled, other = (a, b) if b.scale else (b, a)     # "from $2.3 to $4.1 billion"
                out[out.index(unscaled)] = replace(unscaled, value=_level_scale(unscaled, other, a, falling))
            continue
        bare, other = (a, b) if bare_a else (b, a)
        if not (other.kind in _UNIT_KINDS and other.unit or other.kind == "count" and other.scale):
            continue
        out[out.index(bare)] = replace(bare, kind=other.kind, unit=other.unit,
                                       value=_level_scale(bare, other, a, falling), rule=f"{bare.rule}+unit")
    return out


def _level_scale(level: Mention, other: Mention, first: Mention, falling: bool) -> float | None:
    """The value of one level of a "from X to Y" change written without the scale the other level has
    ("from 1.2 million to 1.5": 1.5 million): multiplied out when it is under a thousandth of the scale
    and, for the first level, stays below the second ("grew from 2.3 to 4.1 million"; "from 500 to 1.2
    million", "went from 10 to 1.5 million" keep 500 and 10), or after a word of falling (cues
    falling_words) above it but within ten times it ("fell from 4.1 to 2.3 million")."""
    value, factor = level.value, nz.scale_factor(other.scale)
    if not other.scale or value is None or value >= factor / 1000:
        return value
    high = other.value or other.value_high or 0
    if level is first and not (high < value * factor < 10 * high if falling else value * factor < high):
        return value
    return nz.scaled(value, other.scale)


_TIMES = re.compile(r"\s?[x×]\s?")


def dimensions(text: str, mentions: list[Mention]) -> list[Mention]:
    """"11.8 x 9.4 x 2.4 inches", "2304 x 1296 pixels": the sides of a size written with the unit
    once. The bare numbers before the last side take its kind and unit; not a lone small count
    before a long side, which repeats it ("6 x 400 meters", a relay)."""
    out = list(mentions)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        if last.kind != "measure" or not last.unit:
            continue
        j = _run_start(text, out, i, _TIMES, _bare)
        if j == i - 1 and out[j].value < 10 and out[j].value == int(out[j].value) and (last.value or 0) >= 100:
            continue
        _take_last_unit(out, j, i)
    return out


def _run_start(text: str, out: list[Mention], j: int, joint: re.Pattern[str], member) -> int:
    """The first of the mentions before out[j] that `member` accepts, each joined to the next by
    `joint` (the sides of a size, the items of a list): j itself when there is none."""
    while j > 0 and member(out[j - 1]) and joint.fullmatch(text[out[j - 1].end:out[j].start]):
        j -= 1
    return j


def _take_last_unit(out: list[Mention], j: int, i: int) -> None:
    """out[j:i], numbers written without the unit of out[i] after them, take its kind and unit."""
    for k in range(j, i):
        out[k] = replace(out[k], kind=out[i].kind, unit=out[i].unit, rule=f"{out[k].rule}+unit")


_LIST_JOINT = re.compile(r"\s*,\s*(?:(?:or|and)\s+)?(?:even\s+|maybe\s+|perhaps\s+)?")
_LAST_JOINT = re.compile(r"(?:\s*,)?\s+(?:or|and)\s+(?:even\s+|maybe\s+|perhaps\s+)?")


def listed_units(text: str, mentions: list[Mention]) -> list[Mention]:
    """"45, 60, or even 90 minutes", "600, 300, 150 and 50 bps", "5, 10, 15 or 20 hours": a list
    of three numbers or more written with the unit once, after the last. The bare numbers before
    it take its kind and unit; "1920x1200, 180Hz" (no 'or'/'and' before the last), "men's 10 and
    8.5 mm" and "hired 300, and 40 percent" (two items) are no such list. A range that ends it is
    its last two items only when joined by 'or'/'and' ("15 or 20 hours") and when the numbers run
    in order, rising or falling, as alternatives or steps do: "Of the 500, 10 to 15 percent" and
    "Of those 300, 20 or 30 percent" name a whole first. Separate measures ("45, 30 and 60
    minutes") come in any order."""
    out = list(mentions)
    for i in range(len(out) - 1, 0, -1):
        last = out[i]
        ranged = last.value is None
        joint = _LIST_JOINT if ranged else _LAST_JOINT     # a range ends it: "15 or 20 hours"
        if last.kind not in ("measure", "duration", "percent", "percentage_point") or not last.unit \
                or not _listed(out[i - 1]) or not joint.fullmatch(text[out[i - 1].end:last.start]) \
                or (ranged and not _LISTED_RANGE.search(last.quote)):
            continue
        j = _run_start(text, out, i - 1, _LIST_JOINT, _listed)
        ends = [last.value_low, last.value_high] if ranged else [last.value]
        if (j == i - 1 and not ranged) or (ranged and not _in_order([m.value for m in out[j:i]] + ends)):
            continue
        _take_last_unit(out, j, i)
    return out


_LISTED_RANGE = re.compile(r"\d\s+(?:or|and)\s")


def _in_order(values: list[float | None]) -> bool:
    steps = [b - a for a, b in zip(values, values[1:])] if None not in values else [0.0]
    return all(d > 0 for d in steps) or all(d < 0 for d in steps)


def _listed(m: Mention, rules: tuple[str, ...] = ("count.digits", "count.words")) -> bool:
    """A plain number with no unit or scale, in digits or (for a list) in words."""
    return m.rule in rules and m.unit is None and m.scale is None and m.value is not None


def _bare(m: Mention) -> bool:
    return _listed(m, ("count.digits",))


def _spread(found: re.Match[str], table, ascending: bool) -> bool:
    """Whether "from X to Y" follows a verb of spread ("prices range from", "ranging from", "anywhere
    from"): a range, low to high. "range" and "span" are verbs only after a plural subject or a word
    of cues.toml spread_verb_before ("Timelines range", "typically range", "can span"); after a
    determiner, a possessive or a modifier they are nouns ("its target range", "the car's range",
    "its daily range", "life span"), and a change
    of that range is two levels ("raised its target range from 5.25% to 5.5%")."""
    word, pre = (found.group("spread") or "").lower(), (found.group("pre") or "").lower()
    if word not in table["spread_words"] or not ascending:
        return False
    if word in table["spread_nouns"]:
        return nz.looks_plural(pre) or pre in table["spread_verb_before"] or _plural_before_phrase(found)
    return True


# a plural noun, then a preposition's phrase of up to three words right before "range"/"span" ("Fees for the class",
# "Costs for a small business", "Rents on campus")
_PHRASE_BEFORE = re.compile(r"(?i)\b(?P<noun>[a-z][a-z-]*)\s+(?:for|of|on|in|at|across|among|with)\s+(?:[\w\x27’-]+\s+){0,2}$")


def _plural_before_phrase(found: re.Match[str]) -> bool:
    """"Fees for the class range from $40 to $90", "Salaries for the role range from ...": the subject of
    "range" is the plural noun before a preposition's phrase, so "range" is its verb (not "the increase in its
    target range from 5% to 6%": a singular noun)."""
    before = _PHRASE_BEFORE.search(found.string, 0, found.start("pre"))
    return before is not None and nz.looks_plural(before.group("noun"))


@cache
def _counted_next() -> re.Pattern[str]:
    """A plural noun a range of counts counts, past up to two words that describe it ("10–20 people", "1–2 million
    jobs", "5–6 standard-sized mugs"; not "won 3–2 at home", "beat them 2–3 against rivals", "a 10–20 record"); a
    plural word before a determiner is a verb ("6-1 lists the")."""
    barriers = "|".join(re.escape(w) for w in nz.cues().ranges["noun_barriers"])
    between = rf"(?:\s(?!(?:{barriers})\b)[a-z][\w-]*){{0,2}}"
    return re.compile(rf"{between}\s{nz.plural_pattern()}(?!\s+(?:the|a|an|some|any|these|those|this|that|its|their"
                      r"|our|his|her|how|what|which|whether)\b)")


def _counted_range(text: str, a: Mention, b: Mention, gap: str) -> bool:
    """Two counts joined by a dash, the low end first and a plural noun after the high end, are one range of that
    noun ("killed 10–20 people", "100-1000 voters", "1–2 million people"); a score has none after it, and a label
    noun before it makes the pair a label ("Figure 3–12 shows rising seas", "Route 1–95 drivers").
    A scale word that the high end alone carries makes a range with no noun after it: no score or label
    is counted in millions ("is projected to reach 4.5–5 million", "a fleet of 1–2 billion").
    (A hyphen between two short numbers, "10-20 people", never gets here: ignore.score takes it.)"""
    shared_scale = bool(b.scale) and not a.scale
    low = nz.scaled(a.value, b.scale) if shared_scale else a.value
    if gap.strip() not in ("-", "–", "—") or low >= b.value \
            or not shared_scale and _counted_next().match(text, b.end) is None:
        return False
    label = re.search(r"([A-Za-z.]+)\s*$", text[max(0, a.start - 20):a.start])      # "Figure 3–12", "Route 1–95"
    word = label.group(1).lower() if label else None
    return word not in nz.cues().label_nouns and word not in nz.cues().name_label_nouns


def _range(text: str, a: Mention, b: Mention, joint: re.Pattern[str], table) -> Mention | None:
    if a.kind == "time" or b.kind == "time" or a.value is None or b.value is None:
        return None
    gap = text[a.end:b.start]
    if not joint.fullmatch(gap):
        return None
    if (a.rule == "money.subunit") != (b.rule == "money.subunit"):
        return None                                 # "up 5 sen to RM2.05": a change and a level
    if a.rule == "rank.move":
        return None                                 # "slipped two places to 14th": a move and the standing reached
    found = _FROM.search(text[max(0, a.start - 50):a.start]) if gap.strip() in ("to", "to-") else None
    if found and not _spread(found, table, a.value <= b.value):
        return None                                 # "from X to Y" is two levels (CONVENTIONS.md), unless it
                                                    # says how widely something varies ("ranging from 3 to 9 months")
    if a.kind == "money" and not a.quote[0].isdigit() and not a.scale and b.rule == "count.digits" \
            and b.unit is None and gap.strip() in ("-", "–", "—", "to"):
        b = replace(b, kind=a.kind, unit=a.unit, unit_surface=a.unit_surface)   # "$20-30 million": one currency
    if a.kind != b.kind and a.rule not in ("count.digits", "count.words"):
        return None
    if a.kind == b.kind and a.unit and b.unit and a.unit not in (b.unit, b.unit.split("/")[0]):  # "$62 and $68 per share"
        return None
    if b.kind == "count" and b.rule in ("count.digits", "count.words") and a.kind == "count" and gap.strip() != "to" \
            and not (gap.strip() == "or" and a.rule == b.rule == "count.words") \
            and not re.search(r"(?i)\bbetween\s+$", text[:a.start]) and not _counted_range(text, a, b, gap):
        return None                                 # "2-0", "16-18": scores and labels, not one quantity
    before = text[max(0, a.start - 60):a.start]
    if gap.strip() == "and" and not re.search(rf"(?i)\b(?:{'|'.join(table['and_openers'])})\s+(?:\S+\s+)?$", before):
        return None
    words = re.findall(r"[\w-]+", before.lower())
    if words[-1:] == ["by"] and (set(words[-4:-1]) & set(table["change_words"]) and (
            a.unit or b.value > _step_ratio(before, a, b, table) * abs(a.value)) or a.unit and _cut_by(words, a, b)):
        return None                                 # "increased by $43.6bn to ...", "rose by 500 to 3,200"
    if words[-1:] and words[-1] in table["level_words"] and gap.strip() == "to" and _written_unit(a) \
            and _written_unit(b) and b.value > table["level_over_change"] * abs(a.value):
        return None                                 # "Oil rose $2 to $85 a barrel": a change and the level
    if gap.strip() == "or" and (a.unit or not b.unit) and not a.rule == b.rule == "count.words":
        return None                                 # "three or four years" is a range; "5% or 6%" two figures
    low, high = a.value, b.value
    if b.scale and not a.scale and low * nz.scale_factor(b.scale) < high:
        low = nz.scaled(low, b.scale)
    elif _listed(a) and low * _unit_factor(b) <= high:
        low = low * _unit_factor(b)                 # "2 to 3 decades": 20 to 30 years
    last = before.split()[-1:]
    if high < low and (not _bare(a) or b.kind == "count" and last and last[0][0].islower()) and _tally(words[-4:], table):
        return None                                 # "leads Jones 52% to 45%", "voted 220 to 212": a tally (not
                                                    # "beat the Red Sox 7 to 3", whose 7 reads as the name's)
    # "about 5 to 7" is about the whole range; "from up to 252 miles to 287 miles" bounds only its
    # old level, and an interval has its own ends: no "<", ">" for a range
    if high < low < 0:
        low, high = high, low                       # "minus 5 to minus 10 degrees": -10 to -5, low to high
    bound, cue = (a.bound, a.bound_cue) if a.bound == "~" else ("=", None)
    return replace(b, start=a.start, quote=text[a.start:b.end], rule=f"range+{b.rule}", value=None,
                   value_low=low, value_high=high, bound=bound, bound_cue=cue,
                   whole_start=min(a.whole_start, a.start))


def _step_ratio(before: str, a: Mention, b: Mention, table) -> float:
    """How many times the first of two amounts after a word of change and "by" the second must be to make
    them a step and its level: `level_over_change_counts` for bare counts ("rose by 500 to 3,200"), unless
    told as a prospect ("could rise by 10 to 50": its range); `level_over_change` for the rest."""
    counts = a.kind == b.kind == "count" and not a.unit and not b.unit and not b.scale \
        and not re.search(rf"(?i)\b(?:{'|'.join(table['prospect_words'])})\s+(?:\S+\s+){{0,6}}$", before)
    return table["level_over_change_counts" if counts else "level_over_change"]


def _cut_by(words: list[str], a: Mention, b: Mention) -> bool:
    """"trimmed its budget by $1.2 billion to $48 billion": a transitive verb of change a few words
    before "by" and a second amount over `level_over_change` times the first: the step and the level;
    a closer pair is the move's range ("reduce emissions by 30% to 40%")."""
    changes = nz.cues().changes
    return bool(set(words[-6:-1]) & set(changes["up_by"] + changes["down_by"])) \
        and b.value > nz.cues().ranges["level_over_change"] * abs(a.value)


def _tally(words: list[str], table) -> bool:
    """Whether the few words before a pair hold a verb of contest (cues.toml tally_words: "leads
    Jones", "voted", "is ahead") and no word of change after it ("won Florida, where turnout fell")."""
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] in table["tally_words"]), None)
    return at is not None and not set(words[at + 1:]) & set(table["change_words"])


def _written_unit(m: Mention) -> bool:
    """Whether a quantity writes its own unit or currency ("$2", "40 cents", "25 points"), not a count
    nor a percent (percents after a verb of change are as often a range: "Rents increased 2% to 25%
    depending on the city")."""
    return bool(m.unit) and m.kind not in ("count", "percent")


def _unit_factor(m: Mention) -> float:
    """What a unit of cues.toml [unit_multiples] multiplied a quantity by ("3 decades" -> 10), else 1."""
    multiple = nz.cues().unit_multiples.get(nz.canonical_unit(m.unit_surface) or "")
    return float(multiple[1]) if multiple and m.unit == multiple[0] else 1.0


_TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second", "millisecond", "microsecond",
                         "nanosecond", "decade", "century"})


def _group(m: re.Match[str], name: str) -> str | None:
    return m.group(name) if name in m.re.groupindex else None


def _bounded_unit(unit: str, or_bound: bool) -> tuple[str | None, str]:
    """The word after a bound ("thousands of years", "10 or more pounds") and the kind it gives:
    a span of time, a measure, or what is counted. After "N or more" / "N or fewer" a currency
    makes money ("5 or fewer dollars"), and a counted noun is plural: "600 or more said", "10 or
    more new stores" and "3 or more daily" count nothing named (count_extent checks the parse), but
    an irregular plural does ("10 or more people", "50 or more sheep": cues.toml)."""
    canonical = nz.canonical_unit(unit)
    if canonical in _TIME_UNITS:
        return canonical, "duration"
    if _measure_unit(unit):
        return canonical, "measure"
    if or_bound and nz.currency_code(unit):
        return nz.currency_code(unit), "money"
    if or_bound and not nz.looks_plural(unit):
        return None, "count"
    return unit, "count"


def _normalise(text: str, p: Pattern, s: int, e: int, m: re.Match[str],
               published: dt.date | None) -> Mention | None:
    quote = text[s:e]
    base = dict(kind=p.kind, start=s, end=e, quote=quote, rule=p.id, whole_start=m.start())
    if p.kind in ("time", "date"):              # "date": a period that is always a date ("the 1960s")
        return _time(m, base, published)

    scale = _group(m, "scale")
    value = _value(p, m, scale)
    value_low = value_high = None
    if p.fixed.get("value") == "tens":               # "highs in the upper 80s": 87..89
        (value_low, value_high), value = nz.tens_range(_group(m, "num") or _group(m, "teen"), _group(m, "part")), None
    elif value is None:
        return None
    elif p.fixed.get("value") == "order":            # "millions of": [1e6, 1e7)
        value_low, value_high, value = value, value * 10, None

    unit_surface = _group(m, "unit") or _group(m, "cur")
    unit: str | None = p.fixed.get("unit")
    if p.kind == "percent":
        unit = "%"
        unit_surface = "%" if "%" in quote else re.sub(r"^[\d.,\s-]+", "", quote).strip() or None
    elif p.kind == "percentage_point":
        unit = "pp"
    elif p.kind == "money":
        unit = nz.currency_code(_group(m, "cur"))
    elif p.kind in ("measure", "duration"):
        unit = _link_rate(text, e, nz.canonical_unit(_group(m, "unit")) or unit)   # a pattern's own unit ("rating") if none is written
        value, unit = nz.in_base_unit(value, unit)   # "two decades" = 20 years
    elif p.kind == "count":
        unit = _group(m, "unit")
        if p.fixed.get("bound") in (">=", "<=") and unit:   # "thousands of years", "10 or more pounds"
            unit, base["kind"] = _bounded_unit(unit, p.id.startswith("count.or_"))
    elif p.kind == "ratio" and _group(m, "unit"):     # "1/16 of a pint", "a third of a mile": a measure
        unit = nz.canonical_unit(_group(m, "unit"))
        base["kind"] = "duration" if unit in _TIME_UNITS else "measure"

    unit, unit_surface = _per_unit(m, unit, unit_surface)

    bound = p.fixed.get("bound", "=")
    cue = _group(m, "cue")
    if _group(m, "plus"):                            # "40+ years": at least 40
        bound, cue = ">=", "+"
    elif cue is None:
        found = nz.bound_before(text[:s])
        if found and not (p.kind == "rank" and found[1].lower() == "up to"):     # "moved up to 3rd": no bound
            bound, cue = found
    change_type = p.fixed.get("change")
    change_dir = None
    if change_type:
        change_dir = nz.direction(_group(m, "dir2")) or nz.direction(_group(m, "dir"))
    return Mention(**base, value=value, value_low=value_low, value_high=value_high, unit=unit,
                   unit_surface=unit_surface, scale=scale.strip().lower() if scale else None, bound=bound, bound_cue=cue,
                   change_direction=change_dir, change_type=change_type)


def _link_rate(text: str, end: int, unit: str | None) -> str | None:
    """A number of bits before a link is its rate ("a 10-gigabit link", "a 1-gigabit Ethernet port":
    Gbps); else an amount ("1.5 terabits of data"). cues.toml [bit_rates]."""
    c = nz.cues()
    return c.bit_rates[unit] if unit in c.bit_rates and c.link_after.match(text, end) else unit


def _per_unit(m: re.Match[str], unit: str | None, unit_surface: str | None) -> tuple[str | None, str | None]:
    """A rate's unit: "USD/barrel", "cent/share", "$99/user/month"; an exchange rate's second currency is
    its code ("150 yen per dollar": JPY/USD), a rate per a unit keeps the unit's name ("80 cents per dollar")."""
    per = _group(m, "per_unit") or _group(m, "per_unit2") or _group(m, "per_unit3") or _group(m, "per_cur")
    if not (per and unit):
        return unit, unit_surface
    if _group(m, "per_cur"):
        unit = f"{unit}/{nz.currency_code(per)}"
    else:
        unit = "/".join([unit, *(nz.canonical_unit(w) for w in (per, _group(m, "per_unit4")) if w)])
        unit = nz.canonical_unit(unit)               # "gigabits/second": Gbps (cues.toml [units])
    written = _group(m, "per")
    if unit_surface:                                 # "$ per barrel", "barrel-a-day" as written
        unit_surface = f"{unit_surface}{'' if written.startswith('-') else ' '}{written.strip()}"
    return unit, unit_surface


@cache
def _measure_unit_re() -> re.Pattern[str]:
    return next(p.regex for p in default_patterns() if p.id == "measure.unit")


def _measure_unit(word: str) -> bool:
    """Whether the measure patterns read `word` as a unit ("miles", "gallons"; not "people")."""
    return _measure_unit_re().fullmatch(f"5 {word}") is not None


def _value(p: Pattern, m: re.Match[str], scale: str | None) -> float | None:
    """The number of a match, multiplied out: words, ordinals ("third consecutive month"),
    fractions, exponents, scales, "one in N" as a percent, a currency's hundredths."""
    num = _group(m, "num")
    value: float | None = None
    if num is not None:
        ordinal = nz.parse_ordinal(num)
        value = float(ordinal) if p.kind == "rank" and ordinal is not None else nz.parse_number(num)
        if value is None and ordinal is not None:
            value = float(ordinal)
    den = _group(m, "den")
    if den is not None:                              # "two-thirds", "1/16": numerator / denominator
        d = float(den) if den.isdigit() else nz.cues().fractions[den.lower()]
        value = (value or 1.0) / d if d else None
    exp = _group(m, "exp")
    if exp is not None and value is not None:        # "1.99×10−30"
        value = value * 10.0 ** int(exp.replace("−", "-"))
    inches = _group(m, "inches")
    if inches is not None and value is not None:     # "6'2\"": feet and twelfths
        value = round(value + float(inches) / 12, 4)
    if value is None and (scale or p.fixed.get("value") == "one"):   # "millions of jobs", "century-old"
        value = 1.0
    if value is None:
        return None
    if _group(m, "neg") is not None:                 # "-$3.2 billion": a minus before the currency sign
        value = -value
    if _group(m, "half_of") is not None:             # "half an hour": half of one
        value /= 2
    if _group(m, "and_half") is not None:            # "a year and a half", "two and a half years"
        value += 0.5
    whole = _group(m, "whole")
    if whole is not None:                            # "three out of four": a share in percent
        of = nz.parse_number(whole)
        return round(100.0 * value / of, 4) if of and value <= of else None
    if p.fixed.get("value") == "one_in":
        value = round(100.0 / value, 4) if value else None
    elif p.fixed.get("value") == "subunit":          # "25 cents" = 0.25 USD
        value = value / 100
    return nz.scaled(value, scale) if value is not None else None


def _time(m: re.Match[str], base: dict, published: dt.date | None) -> Mention | None:
    g = lambda name: _group(m, name)  # noqa: E731
    iso: str | None = None
    if g("decade") or g("century"):
        century = nz.parse_ordinal(re.sub(r"\s", "", g("century") or ""))
        iso = nz.period_iso(g("decade"), century, g("part"))
    elif g("iso"):
        iso = g("iso")
    elif g("month") and g("day") or g("month2"):
        month = nz.month_number(g("month") or g("month2"))
        day = int(g("day") or g("day2"))
        year = g("year") or g("year2")
        iso = nz.resolve_day(month, day, int(year) if year else None, published) if month else None
    elif g("month") and g("year"):
        month = nz.month_number(g("month"))
        iso = f"{g('year')}-{month:02d}" if month else None
    elif g("rel") or g("rel2"):
        n = nz.parse_number(g("num")) if g("num") else None
        rel = g("rel") or g("rel2")
        if g("the") and rel.lower() in ("last", "next"):
            rel = "past" if rel.lower() == "last" else "coming"     # "the last month": the 30 days, no calendar month
        iso = nz.resolve_relative(rel, n, g("unit") or g("unit2"), published)
    elif g("bc"):
        iso = nz.bc_year_iso(g("bc"))
    elif g("ad"):                                   # "around 750 AD": an ISO year of four digits
        iso = f"{int(g('ad')):04d}"
    elif g("year"):
        prep = (g("prep") or "").lower()
        if g("year2"):
            iso = f"{g('year')}/{g('year2')}"
        elif prep in ("since", "from") and published:    # "since mid-2020": from its first month on
            start = nz.year_part_iso(g("year"), g("part")).split("/")[0] if g("part") else g("year")
            iso = f"{start}/{published.isoformat()}"
        elif g("part"):
            iso = nz.year_part_iso(g("year"), g("part"))
        else:
            iso = g("year")
    prep = g("prep")
    return Mention(**base, value_text=iso, prep=prep.lower() if prep else None)
