"""Turn the surface of a quantity into numbers: words, scales, currencies, units, bounds, dates.

All vocabularies come from patterns/cues.toml; this module only applies them.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from decimal import Decimal
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Cues:
    bounds: dict[str, str]
    numbers: dict[str, float]
    ordinals: dict[str, int]
    scales: dict[str, float]
    currencies: dict[str, str]
    directions: dict[str, str]
    units: dict[str, str]
    attribution: dict[str, list[str]]   # speech verbs, document nouns, finding verbs (assemble.py)
    bound_re: re.Pattern[str]
    fractions: dict[str, int]
    ranges: dict[str, list[str]]
    label_nouns: frozenset[str]
    name_label_nouns: frozenset[str]
    name_function_words: frozenset[str]
    headline_prepositions: frozenset[str]
    irregular_plurals: frozenset[str]     # plural nouns not spelled with -s ("people", "children")
    not_plural: frozenset[str]            # words in -s that are no plural noun ("its", "was", "this")
    changes: dict[str, list[str]]
    unit_multiples: dict[str, list]       # "decade" -> ["year", 10]
    cent_currencies: frozenset[str]       # currencies whose hundredth is a "cent"
    index_levels: dict[str, list[str]]    # names of market indexes, words around an index level
    ranked_lists: dict                    # the ranking cue before a numbered list, and how far back
    year_parts: dict[str, tuple[int, int]]
    tens_parts: dict[str, tuple[int, int]]   # "upper" -> (7, 9): the last digits of "the upper 80s"
    bit_rates: dict[str, str]             # "gigabits" -> "Gbps" before a link noun ("a 10-gigabit link")
    link_after: re.Pattern[str]           # a link noun right after a number of bits, one word between


@cache
def cues() -> Cues:
    data = tomllib.loads(resources.files(__package__).joinpath("patterns/cues.toml").read_text("utf-8"))
    alternatives = "|".join(re.escape(c) for c in sorted(data["bounds"], key=len, reverse=True))
    return Cues(
        bounds=data["bounds"], numbers=data["numbers"], ordinals=data["ordinals"],
        scales=data["scales"], currencies=data["currencies"], directions=data["directions"],
        units=data["units"], attribution=data["attribution"],
        # a cue ends right before the quote: "more than 100", "nearly 40%", "~25", "sub-7"
        bound_re=re.compile(rf"(?i)(?<![\w-])({alternatives})\s*$"),
        fractions=data["fractions"], ranges=data["ranges"],
        label_nouns=frozenset(data["identifiers"]["label_nouns"]),
        name_label_nouns=frozenset(data["identifiers"]["name_label_nouns"]),
        name_function_words=frozenset(data["identifiers"]["name_function_words"]),
        headline_prepositions=frozenset(data["identifiers"]["headline_prepositions"]),
        irregular_plurals=frozenset(data["identifiers"]["irregular_plurals"]),
        not_plural=frozenset(data["identifiers"]["not_plural"]),
        changes=data["changes"],
        unit_multiples=data["unit_multiples"],
        cent_currencies=frozenset(data["subunits"]["cent_currencies"]),
        index_levels=data["index_levels"],
        ranked_lists=data["ranked_lists"],
        year_parts={part: tuple(months) for part, months in data["year_parts"].items()},
        tens_parts={part: tuple(digits) for part, digits in data["tens_parts"].items()},
        bit_rates=data["bit_rates"]["rates"],
        link_after=re.compile(r"[\s-](?:[\w-]+\s)?(?:" + "|".join(map(re.escape, data["bit_rates"]["links"])) + r")\b"),
    )


@cache
def move_nouns() -> dict[str, str]:
    """The nouns of a move and their direction ("increase" -> "up", "cut" -> "down"; cues.toml [changes]
    move_nouns_up, move_nouns_down): the size a figure gives them (assemble.change) and the count they are not
    (assemble.filters) read the same words."""
    table = cues().changes
    return {noun: "up" for noun in table["move_nouns_up"]} | {noun: "down" for noun in table["move_nouns_down"]}


@cache
def plural_pattern() -> str:
    """A plural noun, as regex text for the patterns (`{PLURAL_NOUN}`) and the rules after them: a
    lower-case word of three letters or more in -s, hyphens inside allowed ("jobs", "year-olds"; not
    "ms"), but not one in -ss, -is or -us ("class", "analysis", "bonus") nor one of cues.toml
    not_plural ("its", "was", "this"); or an irregular plural ("people", "sheep")."""
    c = cues()
    alt = lambda words: "|".join(sorted(words, key=len, reverse=True))  # noqa: E731
    return rf"(?:{alt(c.irregular_plurals)}|(?!(?:{alt(c.not_plural)})\b)[a-z][a-z-]*[a-z](?<![siu])s)\b"


def looks_plural(word: str) -> bool:
    """Whether one word, in any case, is a plural noun by `plural_pattern`."""
    return re.fullmatch(plural_pattern(), word.lower()) is not None


VULGAR = {"½": 1 / 2, "¼": 1 / 4, "¾": 3 / 4, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 1 / 8}


# thousands grouped by one separator used throughout (SI space, no-break or narrow no-break
# space, Swiss apostrophe), or Indian lakh/crore grouping ("12,34,567": pairs before the last three)
_GROUPED = re.compile(r"-?(?:\d{1,3}(?P<sep>[ \u00a0\u202f'’])\d{3}(?:(?P=sep)\d{3})*|\d{1,2}(?:,\d{2})+,\d{3})(?:\.\d+)?")


_HALF_DOZEN = re.compile(r"(?:a\s)?half[\s-](?:a\s)?dozen")
# a fraction of a scale word's unit ("half a [million]", "a quarter of a", "three-quarters of a") and a
# number and a half ("one and a half", "2 and a half"): parse_number's share of count.fraction_scale
_FRACTION_OF_ONE = re.compile(r"(?:(?P<num>a|one|two|three)[\s-])?(?P<den>half|quarters?|thirds?)(?:\s+of)?\s+a")
_AND_A_PART = re.compile(r"(?P<whole>.+?)\s+and\s+a\s+(?P<den>half|quarter|third)")


def parse_number(text: str) -> float | None:
    """'389,571' -> 389571; 'four' -> 4; 'twenty-five' -> 25; 'a dozen' -> 12; 'twice' -> 2."""
    s = text.strip().lower()
    if not s:
        return None
    sign = re.match(r"(?:minus|negative)[\s-]?|−", s)
    if sign:                                        # "minus-5", "minus 387", "−30"
        n = parse_number(s[sign.end():])
        return -n if n is not None else None
    if re.fullmatch(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|-?\.\d+", s):
        return float(s.replace(",", ""))
    if _HALF_DOZEN.fullmatch(s):                    # "half a dozen", "a half-dozen"
        return 6.0
    part = _FRACTION_OF_ONE.fullmatch(s) or _AND_A_PART.fullmatch(s)
    if part:                                        # "half a" -> 0.5, "one and a half" -> 1.5
        whole = parse_number(part.group("whole")) if "whole" in part.re.groupindex else 0.0
        num = parse_number(part.group("num")) if part.groupdict().get("num") else 1.0
        den = cues().fractions.get(part.group("den"))
        return whole + num / den if whole is not None and num is not None and den else None
    grouped = _GROUPED.fullmatch(s)
    if grouped:                                     # "1 234 567", "1'234'567", Indian "12,34,567"
        return float(re.sub(r"[^\d.-]", "", s))
    vulgar = re.fullmatch(r"(\d+)\s?([½¼¾⅓⅔⅛])", s)
    if vulgar:                                      # "6 ½" -> 6.5
        return int(vulgar.group(1)) + VULGAR[vulgar.group(2)]
    frac = re.fullmatch(r"(?:(\d+)[\s-])?(\d+)[/⁄](\d+)", s)
    if frac:                                        # "5/32" -> 0.15625, "2-1/2" -> 2.5; "12/8" is no fraction
        whole, num, den = int(frac.group(1) or 0), int(frac.group(2)), int(frac.group(3))
        return whole + num / den if 0 < num < den else None
    words = cues().numbers
    total = 0.0
    current = 0.0
    seen = False
    for part in re.split(r"[\s-]+", s):
        if part in ("and",):
            continue
        if part not in words:
            return None
        n = words[part]
        seen = True
        if part in ("hundred",):
            current = max(current, 1) * 100
        elif part in ("thousand",):
            total += max(current, 1) * 1000
            current = 0
        elif part == "dozen":
            current = max(current, 1) * 12
        else:
            current += n
    return total + current if seen else None


def parse_ordinal(text: str) -> int | None:
    s = text.strip().lower()
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", s)
    if m:
        return int(m.group(1))
    return cues().ordinals.get(s)


def scale_factor(word: str | None) -> float:
    if not word:
        return 1.0
    w = word.strip()
    table = cues().scales
    return float(table.get(w, table.get(w.lower(), 1.0)))


def scaled(value: float, word: str | None) -> float:
    """`value` times the scale `word` stands for, multiplied as the decimals are written: "2.3 lakh"
    is 230000.0, where 2.3 * 1e5 in binary floating point is 229999.99999999997."""
    factor = scale_factor(word)
    return value if factor == 1.0 else float(Decimal(repr(value)) * Decimal(repr(factor)))


def currency_code(surface: str | None) -> str | None:
    if not surface:
        return None
    return cues().currencies.get(re.sub(r"\s+", " ", surface.strip().lower()))


def canonical_unit(surface: str | None) -> str | None:
    if not surface:
        return None
    s = re.sub(r"\s+", " ", surface.strip())
    table = cues().units
    return table.get(s, table.get(s.lower(), s))


def in_base_unit(value: float, unit: str | None) -> tuple[float, str | None]:
    """A value in a unit of cues.toml [unit_multiples] given in its base unit ("two decades" = 20 years)."""
    if unit in cues().unit_multiples:
        unit, factor = cues().unit_multiples[unit]
        value = value * factor
    return value, unit


def direction(word: str | None) -> str | None:
    """'moving' -> 'up' (by stem), 'fell' -> 'down', 'up' -> 'up'."""
    if not word:
        return None
    w = word.lower()
    table = cues().directions
    if w in table:
        return table[w]
    for stem, d in table.items():
        if w.startswith(stem):
            return d
    return None


def bound_before(prefix: str) -> tuple[str, str] | None:
    """Look at the text right before a quote for a bound cue: ('>', 'more than')."""
    m = cues().bound_re.search(prefix[-40:])
    if not m:
        return None
    cue = m.group(1)
    if cue[-1].isalpha() and not prefix[m.end(1):]:  # a word cue needs a space: "over25" is no cue
        return None
    return cues().bounds[cue.lower()], cue


# ---------------------------------------------------------------- dates and periods

MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}


def month_number(text: str) -> int | None:
    return MONTHS.get(text.strip(". ").lower()[:3])


def parse_iso_date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


def resolve_day(month: int, day: int, year: int | None, published: dt.date | None) -> str | None:
    """A day without a year takes the publication year; if that lands well after the publication
    date, the event was in the year before ("on December 30" in a January article)."""
    if year is None:
        if published is None:
            return f"--{month:02d}-{day:02d}"
        year = published.year
        try:
            if dt.date(year, month, day) > published + dt.timedelta(days=31):
                year -= 1
        except ValueError:
            return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


# the part of a decade or century a modifier names ("early 1960s", "late 1800s"), as the first and
# last year of the period's own count: a decade's early years are its first four, a century's its
# first two decades, its late years its last three decades
PERIOD_PARTS = {10: {"early": (0, 3), "mid": (4, 6), "late": (7, 9)},
                100: {"early": (0, 19), "mid": (40, 59), "late": (70, 99)}}


def period_iso(decade: str | None, century: int | None, part: str | None) -> str | None:
    """'1960s' -> '1960/1969'; '1800s' (a round hundred before 2000) -> '1800/1899', the century;
    '2000s' -> the decade; the 19th century -> '1800/1899'; `part` narrows the period
    ('early', 'mid', 'middle', 'late')."""
    if decade is not None:
        first = int(decade)
        length = 100 if first % 100 == 0 and first < 2000 else 10
    elif century is not None and 1 <= century <= 21:
        first, length = (century - 1) * 100, 100
    else:
        return None
    lo, hi = 0, length - 1
    if part:
        lo, hi = PERIOD_PARTS[length].get(part.lower().replace("middle", "mid"), (lo, hi))
    return f"{first + lo}/{first + hi}"


def bc_year_iso(year: str) -> str:
    """'44' (BC) -> '-0043': ISO 8601 counts 1 BC as year 0000 and the years before it negative."""
    n = int(year) - 1
    return f"-{n:04d}" if n else "0000"


def year_part_iso(year: str, part: str) -> str:
    """'late', '2014' -> '2014-09/2014-12'; 'mid', '2027' -> '2027-06' (cues.toml [year_parts])."""
    lo, hi = cues().year_parts[part.lower().replace("middle", "mid")]
    return f"{year}-{lo:02d}" if lo == hi else f"{year}-{lo:02d}/{year}-{hi:02d}"


UNIT_YEARS = {"decade": 10, "decades": 10, "year": 1, "years": 1, "century": 100, "centuries": 100}
UNIT_MONTHS = {"month": 1, "months": 1, "quarter": 3, "quarters": 3}
UNIT_DAYS = {"week": 7, "weeks": 7, "day": 1, "days": 1}


def resolve_relative(rel: str, n: float | None, unit: str, published: dt.date | None) -> str | None:
    """A period counted from the publication date, as ISO text, earlier end first: 'past decade'
    -> '2011/2021' against a 2021 page, 'last year' -> '2020', 'next 6 months' -> '2021-09/2022-03',
    'past two weeks' -> '2021-09-14/2021-09-28', 'this month' -> '2021-09-01/2021-09-28'; 'last month'
    and 'next quarter' (no number; not 'past', 'coming' nor 'the last month') are calendar units:
    '2021-08', '2021-10/2021-12'."""
    if published is None:
        return None
    rel, unit = rel.lower(), unit.lower()
    y, back = published.year, rel in ("past", "last", "previous")
    if rel == "this":                   # "this month": the month so far
        return {"year": str(y), "month": f"{y}-{published.month:02d}-01/{published.isoformat()}"}.get(unit)
    if n is None and unit == "year":
        return str(y - 1 if back else y + 1)
    if n is None and rel in ("last", "previous", "next") and unit in ("month", "quarter"):   # the calendar one
        return _calendar_months(published, 3 if unit == "quarter" else 1, -1 if back else 1)
    count = n if n is not None else 1
    sign = -1 if back else 1
    if unit in UNIT_YEARS:
        ends = sorted((y, y + sign * int(count * UNIT_YEARS[unit])))
        return f"{ends[0]}/{ends[1]}"
    if unit in UNIT_MONTHS:
        now = y * 12 + published.month - 1
        ends = sorted((now, now + sign * int(count * UNIT_MONTHS[unit])))
        return "/".join(f"{e // 12}-{e % 12 + 1:02d}" for e in ends)
    if unit in UNIT_DAYS:
        ends = sorted((published, published + dt.timedelta(days=sign * int(count * UNIT_DAYS[unit]))))
        return "/".join(e.isoformat() for e in ends)
    return None


def _calendar_months(published: dt.date, size: int, step: int) -> str:
    """The calendar month ('last month' -> '2021-08' against September 2021) or quarter ('next
    quarter' -> '2021-10/2021-12') `step` units before or after the publication date's own."""
    now = published.year * 12 + published.month - 1
    first = now - now % size + step * size
    months = [f"{e // 12}-{e % 12 + 1:02d}" for e in (first, first + size - 1)]
    return months[0] if size == 1 else "/".join(months)


def tens_range(tens: str | None, part: str | None) -> tuple[float, float]:
    """The range of a temperature given by its tens, as weather news writes it: "the 50s" 50..59, "the upper
    80s" 87..89 (the National Weather Service's thirds: low, mid, upper), "the teens" 10..19, "the single
    digits" (no tens) 0..9 (cues.toml [tens_parts])."""
    base = 10 if tens and tens.lower() == "teens" else int(tens) if tens else 0
    low, high = cues().tens_parts.get((part or "").lower(), (0, 9))
    return float(base + low), float(base + high)
