"""Score `extract_text` on NewsQuant-dev beside CQE 2.0.3 and quantulum3, in one run.

    .venv/bin/python scripts/bench_quantities.py [--data ../shared/bench/newsquant-dev.json]
        [--cqe-venv .venv-cqe] [--misses misses.txt] [--no-baseline]

Halves (fixed, by position in the file): even positions (0, 2, 4, ...) are the tune half, odd
positions the check half. Every score is printed for the whole file and for both halves. Read
misses only on the tune half: `--misses` writes the tune half's misses and nothing else. A change
counts only if the check half improves too. NewsQuant has been read whole before this split, so
its check half is weak evidence; claims-dev's check half is the one that counts.

A gold quantity is found when a prediction in the same sentence has the same value (ranges as
low-high pairs, either order); each prediction matches one gold at most. Scores: value,
value+unit, value+change precision/recall/F1, micro-averaged over sentences. Raw scores only:
no gold item is left out.

The scorer's general rules (the same for every system):
- Predictions are every quantity a system returns, except our kind `date` (NewsQuant annotates
  no calendar dates; CLAIMS.md makes a year that situates a figure its time scope).
- Units are compared after normalisation (case, plural, symbol <-> name: "%" = "percent" = "pc",
  "$" = "US$" = "USD" = "dollar", "km" = "kilometres"); for a counted noun ("13 people") the
  last word of the gold unit must equal the last word of the predicted unit. A gold unit "-"
  (dimensionless) matches a prediction without a unit.
- A gold amount in cents, pence or sen also matches the amount in the whole currency ("19 cents" =
  0.19 USD), and one in decades or centuries the amount in years (CONVENTIONS.md gives both).
- Two rules map CONVENTIONS.md's reading of the same words onto NewsQuant's (off with --strict):
  a gold range low-high that a system gives as two single values low and high in the sentence
  ("from 4.8 to 4.7 percent": level and baseline) is matched by the two as one prediction; a gold
  order-of-magnitude range ("millions of" 1e6-1e7, "dozens of" 12-120) is matched by a prediction
  of its low end with a lower bound (">= 1e6"), which then counts as "=" for change.
- NewsQuant annotates no ordinal standings or streaks: a prediction whose quote begins with an
  ordinal ("second-highest", "third straight session", "number one") is left out, for every system.
- Change: a bound wins over a direction ("up about 19 per cent" is "~"): "~" for ~, ">" for
  > and >=, "<" for < and <=, else the direction of a change that is itself the amount of change
  (CLAIMS.md types abs_delta, pct_delta, pp_delta: "rose 12%"), else "=". A level reached by a
  change ("rose 9.4 per cent to $84": change type "level") is "=", as NewsQuant mostly labels it.
  quantulum3 has no bounds or changes, so it predicts "=" throughout; CQE's labels are its own.

CQE runs in its own virtual environment (its pins conflict with ours), built once by
`bash ../shared/tools/cqe-venv.sh .venv-cqe`; this script calls it through a subprocess and times
its parsing only (model load excluded, as for the others). Without that environment the script
says how to build it and scores ours and quantulum3.

Where we miss a gold item or predict one NewsQuant lacks, the miss is put in a class by general
rules on the values alone (`classify_fn`, `classify_fp`): classes where CONVENTIONS.md and
NewsQuant annotate the same words differently ("from X to Y" is one range in NewsQuant, two
records in CONVENTIONS.md; "millions of" is a 1e6-1e7 range there, ">= 1e6" here; "one" as a
pronoun; a number inside a name), and "other" for our own errors. Only counts are printed.
Where we find a gold value but its change label differs, the pair is classed the same way
(`classify_change`: NewsQuant reads "averaged", "nearly" as approximate, labels a change's amount
"=" or a level reached by a change with its direction, a negative amount "down", a level after
"higher" a bound; "other" for the rest, which holds our errors and NewsQuant's own inconsistencies).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = next((p / "shared" for p in ROOT.parents if (p / "shared" / "bench").is_dir()), ROOT.parent / "shared")
DEFAULT_DATA = SHARED / "bench" / "newsquant-dev.json"
DEFAULT_CQE = ROOT / ".venv-cqe"
HALVES = ("whole", "tune", "check")

# ---------------------------------------------------------------- normalising units

UNIT_SYNONYMS = {
    "percent": ["%", "percent", "per cent", "pc", "pct", "percentage", "percentage point"],
    "USD": ["$", "us$", "usd", "us dollar", "dollar", "$ us", "us $", "u.s. dollar", "$us", "dollars"],
    "EUR": ["€", "eur", "euro"],
    "GBP": ["£", "gbp", "ps", "pound sterling", "sterling"],
    "JPY": ["¥", "jpy", "yen", "y", "japanese yen", "y="],
    "AUD": ["a$", "$a", "aud", "australian dollar"],
    "HKD": ["hk$", "hkd", "hong kong dollar"],
    "CNY": ["cny", "rmb", "yuan", "renminbi"],
    "MYR": ["rm", "myr", "malaysian ringgit", "ringgit"],
    "ILS": ["shekel", "ils", "nis"],
    "km": ["km", "kilometre", "kilometer"],
    "m": ["m", "metre", "meter"],
    "cm": ["cm", "centimetre", "centimeter"],
    "mm": ["mm", "millimetre", "millimeter"],
    "mi": ["mi", "mile"],
    "ft": ["ft", "foot", "feet"],
    "in": ["inch", "inches", '″', '"'],
    "yd": ["yd", "yard"],
    "kg": ["kg", "kilogram", "kilo"],
    "g": ["g", "gram"],
    "lb": ["lb", "lbs", "pound"],
    "t": ["t", "tonne", "ton"],
    "l": ["l", "litre", "liter"],
    "ml": ["ml", "millilitre", "milliliter"],
    "mph": ["mph", "mile per hour", "miles per hour"],
    "km/h": ["km/h", "kmh", "km/hr", "kilometre per hour", "kilometer per hour", "kph"],
    "mpg": ["mpg", "mile per gallon", "miles per gallon"],
    "°": ["°", "degree"],
    "°C": ["°c", "c", "celsius", "degree celsius", "degrees celsius"],
    "°F": ["°f", "fahrenheit", "degree fahrenheit", "degrees fahrenheit"],
    "year": ["year", "yr", "a", "annum"],
    "month": ["month", "mo"],
    "week": ["week", "wk"],
    "day": ["day"],
    "hour": ["hour", "hr", "h"],
    "minute": ["minute", "min"],
    "second": ["second", "sec", "s"],
    "W": ["w", "watt"],
    "kW": ["kw", "kilowatt"],
    "MW": ["mw", "megawatt"],
    "GW": ["gw", "gigawatt"],
    "kWh": ["kwh", "kilowatt hour", "kilowatt-hour"],
    "GWh": ["gwh", "gigawatt hour", "gigawatt-hour"],
    "GB": ["gb", "gigabyte"],
    "TB": ["tb", "terabyte"],
    "MB": ["mb", "megabyte"],
    "hp": ["hp", "horsepower", "bhp"],
    "Hz": ["hz", "hertz"],
    "bp": ["bp", "basis point", "bps"],
    "x": ["x", "times", "time", "fold"],
    "lb-ft": ["lb-ft", "pound-foot", "pound-feet", "pound-feet of torque"],
    "oz": ["oz", "ounce"],
    "bbl": ["bbl", "barrel"],
    "gal": ["gal", "gallon"],
    "cent": ["cent", "c"],
    "penny": ["p", "penny", "pence"],
}
_SYN = {s: canon for canon, surfaces in UNIT_SYNONYMS.items() for s in surfaces}


def _singular(word: str) -> str:
    w = word.lower()
    if w in ("feet",):
        return "foot"
    if len(w) > 3 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("es") and w[-3] in "sxz":
        return w[:-2]
    if len(w) > 2 and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def canon_unit(surface: str | None) -> str | None:
    if surface is None:
        return None
    s = re.sub(r"\s+", " ", surface.strip().lower())
    if s in ("", "-"):
        return None
    if s in _SYN:
        return _SYN[s]
    rate = re.fullmatch(r"(.+?)(?:\s(?:per|a|an)\s|\s?/\s?)(.+)", s)
    if rate:                                        # "$ per barrel", "USD/bbl", "$ a month"
        return f"{canon_unit(rate.group(1))}/{canon_unit(rate.group(2))}"
    single = " ".join(_singular(w) for w in s.split())
    return _SYN.get(single, single)


def unit_matches(gold: dict, units: tuple[str | None, ...]) -> bool:
    """`units`: the prediction's unit names and surfaces, any of which may match."""
    gold_units = {canon_unit(gold["unit"]), canon_unit(gold["normalized_unit"])}
    pred_units = {canon_unit(u) for u in units}
    if gold_units == {None}:
        return pred_units <= {None}
    pred_units.discard(None)
    gold_units.discard(None)
    if gold_units & pred_units:
        return True
    # a counted noun: "different bosses" ~ "bosses"; "lightning strikes" ~ "strikes"
    gold_heads = {u.split()[-1] for u in gold_units}
    return any(p.split()[-1] in gold_heads for p in pred_units)


# ---------------------------------------------------------------- predictions

@dataclass
class Pred:
    value: float | None
    low: float | None
    high: float | None
    units: tuple[str | None, ...]
    change: str
    quote: str
    bound: str = "="
    level: bool = False                 # ours: a level reached by a change (CLAIMS.md change type "level")


def change_label(bound: str | None, direction: str | None) -> str:
    if bound == "~":
        return "~"
    if bound in (">", ">="):
        return ">"
    if bound in ("<", "<="):
        return "<"
    return direction or "="


def ours(text: str) -> list[Pred]:
    from extractor import extract_text

    out = []
    for c in extract_text(text):
        if c.kind == "date":
            continue
        direction = c.change.direction if c.change and c.change.type != "level" else None
        out.append(Pred(c.value, c.value_low, c.value_high, (c.unit, c.unit_surface),
                        change_label(c.bound, direction), c.quote, c.bound or "=",
                        bool(c.change and c.change.type == "level")))
    return out


def quantulum(text: str) -> list[Pred]:
    from quantulum3 import parser

    out = []
    for q in parser.parse(text):
        unc = getattr(q, "uncertainty", None)
        low = high = None
        value = q.value
        if unc:
            low, high, value = q.value - unc, q.value + unc, None
        name = None if q.unit.name == "dimensionless" else q.unit.name
        # its unit's name, and the unit as written (the surface less the number)
        written = re.sub(r"^[^A-Za-z%$€£¥]*|\s*[\d.,]+\s*", " ", q.surface).strip() if name else None
        out.append(Pred(value, low, high, (name, written or None), "=", q.surface))
    return out


# Runs inside CQE's environment: reads the sentences (JSON) from argv[1], writes to argv[2]
# {"seconds", "errors", "preds": [[{value, low, high, units, change, quote}]]}.
CQE_WORKER = r'''
import json, sys, time, warnings
warnings.filterwarnings("ignore")
from CQE import CQE

def num(x):
    try:
        return float(x)
    except (TypeError, ValueError):
        return None

texts = json.load(open(sys.argv[1], encoding="utf-8"))
parser = CQE.CQE(overload=False)
parser.parse(texts[0])
out, errors = [], 0
t0 = time.perf_counter()
for text in texts:
    preds = []
    try:
        found = parser.parse(text)
    except Exception:
        found, errors = [], errors + 1
    for q in found:
        v = q.value
        low, high, value = (num(v.lower), num(v.upper), None) if hasattr(v, "lower") else (None, None, num(v.value))
        norm = q.unit.norm_unit if q.unit.norm_unit not in ("-", "") else None
        written = " ".join(t.text for t in q.unit.unit) if isinstance(q.unit.unit, list) else None
        quote = " ".join(t.text for t in getattr(v, "span", []) or [])
        preds.append(dict(value=value, low=low, high=high, units=[norm, written or None],
                          change=q.change.change or "=", quote=quote))
    out.append(preds)
seconds = time.perf_counter() - t0
json.dump({"seconds": seconds, "errors": errors, "preds": out}, open(sys.argv[2], "w", encoding="utf-8"))
'''


def run_cqe(venv: Path, texts: list[str]) -> tuple[list[list[Pred]], float] | None:
    """CQE's predictions and parse time, from a subprocess in its own environment; None (with
    a message) when that environment is missing or fails."""
    python = venv / "bin" / "python"
    if not python.exists():
        print(f"bench: CQE's environment is not at {venv}; build it once (several minutes) with\n"
              f"    bash {SHARED / 'tools' / 'cqe-venv.sh'} {venv}\n"
              f"then rerun. Scoring ours and quantulum3 only.", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory(prefix="bench-cqe-") as tmp:
        src, dst = Path(tmp) / "in.json", Path(tmp) / "out.json"
        src.write_text(json.dumps(texts), "utf-8")
        env = dict(os.environ, LC_ALL="en_US.UTF-8", LANG="en_US.UTF-8", PYTHONPATH="")
        # run from the temporary folder: from the repository root, the source tree's
        # claim_extractor.egg-info would put our spaCy entry point in CQE's environment
        done = subprocess.run([str(python), "-c", CQE_WORKER, str(src), str(dst)], env=env, cwd=tmp,
                              capture_output=True, text=True)
        if done.returncode != 0 or not dst.exists():
            print(f"bench: CQE failed (exit {done.returncode}):\n{done.stderr[-2000:]}", file=sys.stderr)
            return None
        result = json.loads(dst.read_text("utf-8"))
    if result["errors"]:
        print(f"bench: CQE raised on {result['errors']} sentences (scored as no predictions)", file=sys.stderr)
    preds = [[Pred(p["value"], p["low"], p["high"], tuple(p["units"]), change_label(p["change"], None)
                   if p["change"] in ("~", ">", ">=", "<", "<=") else p["change"], p["quote"])
              for p in sentence] for sentence in result["preds"]]
    return preds, result["seconds"]


# ---------------------------------------------------------------- scoring

def parse_gold_value(v: str) -> tuple[float | None, float | None, float | None]:
    m = re.fullmatch(r"\s*(-?[\d.]+(?:[eE]-?\d+)?)\s*-\s*(-?[\d.]+(?:[eE]-?\d+)?)\s*", v)
    if m:
        return None, float(m.group(1)), float(m.group(2))
    return float(v), None, None


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


# A gold amount in one of these units also matches the same amount in the larger (or smaller)
# unit: "19 cents" = 0.19 USD, "two decades" = 20 years (CONVENTIONS.md gives the latter).
UNIT_FACTORS = {"cent": 0.01, "penny": 0.01, "sen": 0.01, "decade": 10.0, "century": 100.0}


def _unit_factor(gold: dict) -> float:
    units = [canon_unit(gold["unit"]), canon_unit(gold["normalized_unit"])]
    heads = [u.split("/")[0].split()[-1] for u in units if u]          # "US cent/share" -> "cent"
    return next((UNIT_FACTORS[h] for h in heads if h in UNIT_FACTORS), 1.0)


def same_value(gold: dict, p: Pred) -> bool:
    value, low, high = parse_gold_value(gold["value"])
    for f in {1.0, _unit_factor(gold)}:
        if value is not None and close(value * f, p.value):
            return True
        if value is None and p.low is not None and p.high is not None and (
                (close(low * f, p.low) and close(high * f, p.high)) or (close(low * f, p.high) and close(high * f, p.low))):
            return True
    return False


# NewsQuant annotates no ordinal standings or streaks ("second-highest", "third straight session",
# "number one"): a prediction whose quote begins with an ordinal is left out, for every system.
ORDINAL = re.compile(r"(?i)(?:the\s)?(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                     r"tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|"
                     r"nineteenth|twentieth|number\s|no\.\s)\b(?!\s(?:of|quarter|half)\b)")


CRITERIA = {
    "value": lambda g, p: same_value(g, p),
    "value+unit": lambda g, p: same_value(g, p) and unit_matches(g, p.units),
    "value+change": lambda g, p: same_value(g, p) and g["change"] == p.change,
}


@dataclass
class Tally:
    tp: int = 0
    n_pred: int = 0
    n_gold: int = 0

    def add(self, other: "Tally") -> None:
        self.tp, self.n_pred, self.n_gold = self.tp + other.tp, self.n_pred + other.n_pred, self.n_gold + other.n_gold

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def match(gold: list[dict], preds: list[Pred], ok) -> tuple[list[int | None], set[int]]:
    """One-to-one greedy: gold i -> prediction index or None; and the used predictions."""
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold:
        j = next((j for j, p in enumerate(preds) if j not in used and ok(g, p)), None)
        if j is not None:
            used.add(j)
        out.append(j)
    return out, used


def half_of(i: int) -> str:
    return "tune" if i % 2 == 0 else "check"


@dataclass
class Run:
    name: str
    seconds: float = 0.0
    n_sentences: int = 0
    tallies: dict[tuple[str, str], Tally] = field(default_factory=lambda: {
        (h, c): Tally() for h in HALVES for c in CRITERIA})
    classes: Counter = field(default_factory=Counter)      # (half, FN|FP, class) -> count
    change_classes: Counter = field(default_factory=Counter)  # (half, class) -> value found, change label differs
    ordinals_left_out: int = 0
    adapted: int = 0                                        # gold items matched by the two conventions rules
    misses: list[str] = field(default_factory=list)         # tune half only


# ---------------------------------------------------------------- classes of misses

def _ends(g: dict) -> list[float]:
    value, low, high = parse_gold_value(g["value"])
    return [value] if value is not None else [low, high]


def _order_range(low: float, high: float) -> bool:
    """NewsQuant's reading of "millions of", "dozens of": [10^k or 12, ten times that]."""
    return low > 0 and math.isclose(high / low, 10.0) and (math.log10(low).is_integer() or low == 12)


FROM_TO = "change 'from X to Y': NewsQuant one range, CONVENTIONS two records"
VAGUE = "vague amount: NewsQuant 10^k-10^(k+1) range, CONVENTIONS '>= 10^k'"


def classify_fn(g: dict, text: str, preds: list[Pred]) -> str:
    value, low, high = parse_gold_value(g["value"])
    if value is None and _order_range(low, high) and any(close(low, p.value) and p.bound in (">", ">=")
                                                       for p in preds):
        return VAGUE
    if value is None and sum(any(close(e, p.value) for p in preds) for e in (low, high)) >= 1 \
            and re.search(r"(?i)\bfrom\b", text):
        return FROM_TO
    if value is not None and any(p.value and close(value * 100, p.value) for p in preds):
        return "share 'one in N': NewsQuant fraction, CONVENTIONS percent"
    if any(close(e * f, p.value) or close(e * f, p.low) for e in _ends(g) for f in (1e3, 1e-3) for p in preds):
        return "scale differs by 1000 (NewsQuant gold error)"
    if value == 1 and re.search(r"(?i)\bone\b", text) and not re.search(r"(?<![\d.,])1(?![\d.,])", text):
        return "'one' as pronoun or determiner: not a claim in CONVENTIONS"
    if _unit_factor(g) != 1.0:
        return "other: our miss"
    digits = [f"{e:g}" for e in _ends(g)]
    if any(re.search(rf"[A-Za-z]\s?-?{re.escape(d)}(?!\d)|(?<![\d.]){re.escape(d)}[A-Za-z]\b", text) for d in digits):
        return "number inside a name or identifier: not a claim in CONVENTIONS"
    if value is None and re.search(r"(?<![\d.])\d{1,3}-\d{1,3}(?![\d%])", text):
        return "score or label 'N-M': not a quantity in CONVENTIONS"
    return "other: our miss"


APPROX_CUES = re.compile(r"(?i)\b(?:averag(?:e|es|ed|ing)|nearly|almost|close to)\s+(?:\S+\s+)?$")
COMPARATIVES = re.compile(r"(?i)\b(?:higher|lower|above|below|up|down|ahead|behind)\s+(?:\S+\s+){0,2}$")


def classify_change(g: dict, p: Pred, text: str) -> str:
    """Why a found value's change label differs from NewsQuant's, by general rules on the labels and
    the words right before the figure (CONVENTIONS.md's reading against NewsQuant's)."""
    at = text.find(p.quote.split(" / ")[0])
    before = text[:at] if at >= 0 else ""
    value = parse_gold_value(g["value"])[0]
    if g["change"] == "~" and p.change != "~" and APPROX_CUES.search(before):
        return "cue NewsQuant reads as approximate ('averaged 7.3', 'nearly'): CONVENTIONS exact or a bound"
    if g["change"] == "=" and p.change in ("up", "down"):
        return "amount of a change ('jumped 90%'): NewsQuant often '=', CONVENTIONS its direction"
    if g["change"] in ("up", "down") and p.change == "=" and p.level:
        return "level reached by a change ('fell 4% to Y=28,030'): NewsQuant its direction, CONVENTIONS '='"
    if g["change"] == "down" and value is not None and value < 0 and p.change == "=":
        return "negative amount ('minus 130 degrees'): NewsQuant 'down', CONVENTIONS a signed value"
    if g["change"] in (">", "<") and p.change == "=" and COMPARATIVES.search(before):
        return "comparative before a level ('higher at $1,271'): NewsQuant a bound, CONVENTIONS the level"
    return "other: our change label or NewsQuant's differs"


def classify_fp(p: Pred, text: str, gold: list[dict]) -> str:
    ranges = [parse_gold_value(g["value"])[1:] for g in gold if parse_gold_value(g["value"])[0] is None]
    if p.bound in (">", ">=") and re.search(r"(?i)\b(?:(?:hundreds|thousands|millions|billions|dozens|tens|scores)\s+of|several)\b", p.quote):
        return VAGUE
    if any(close(p.value, e) for r in ranges for e in r) and re.search(r"(?i)\bfrom\b", text):
        return FROM_TO
    if any(p.value and close(p.value / 100, parse_gold_value(g["value"])[0]) for g in gold):
        return "share 'one in N': NewsQuant fraction, CONVENTIONS percent"
    if any(close(p.value, e * f) or close(p.low, e * f) for g in gold for e in _ends(g) for f in (1e3, 1e-3)):
        return "scale differs by 1000 (NewsQuant gold error)"
    if re.fullmatch(r"(?i)(?:an?|one|half an?|a quarter)[\s-](?:century|decade|year|month|week|day)(?:-old)?", p.quote):
        return "a unit without a numeral ('for a century'): NewsQuant leaves it out"
    if re.fullmatch(r"(?i)[a-z]+-(?:year|month|week|day|hour|minute)s?", p.quote):
        return "duration as a modifier ('a five-year award'): NewsQuant leaves it out"
    if re.fullmatch(r"(?i)twice|double[sd]?|doubling|tripled?|triples|tripling|half|a third", p.quote):
        return "multiplier or fraction word: NewsQuant leaves it out"
    if re.search(rf"(?:^|,\s){re.escape(p.quote)},", text) and p.value and 14 <= p.value <= 110 and not p.units[0]:
        return "age in apposition ('Name, 65,'): NewsQuant leaves it out"
    return "other: our false positive"


# ---------------------------------------------------------------- one run

def score(run: Run, i: int, text: str, gold: list[dict], preds: list[Pred]) -> None:
    half = half_of(i)
    value_pairs: list[int | None] = []
    for name, ok in CRITERIA.items():                  # "value" first: the others are read against its pairs
        pairs, used = match(gold, preds, ok)
        t = Tally(sum(1 for j in pairs if j is not None), len(preds), len(gold))
        run.tallies[("whole", name)].add(t)
        run.tallies[(half, name)].add(t)
        if name != "value":
            found = [(g, preds[vj]) for g, j, vj in zip(gold, pairs, value_pairs) if j is None and vj is not None]
            _record_attribute_misses(run, i, name, found)
            if name == "value+change":
                for g, p in found:
                    run.change_classes[(half, classify_change(g, p, text))] += 1
            continue
        value_pairs = pairs
        fns = [g for g, j in zip(gold, pairs) if j is None]
        fps = [p for j, p in enumerate(preds) if j not in used]
        for g in fns:
            run.classes[(half, "FN", classify_fn(g, text, preds))] += 1
        for p in fps:
            run.classes[(half, "FP", classify_fp(p, text, gold))] += 1
        if (fns or fps) and half == "tune":
            run.misses.append(f"[{i}] {text}\n" + "".join(
                f"    FN {g['value']} {g['unit']!r} {g['change']}  [{classify_fn(g, text, preds)}]\n" for g in fns)
                + "".join(f"    FP {p.quote!r} -> {p.value if p.value is not None else (p.low, p.high)} "
                          f"{p.units[0]!r} {p.change}  [{classify_fp(p, text, gold)}]\n" for p in fps))


def _record_attribute_misses(run: Run, i: int, name: str, found: list[tuple[dict, Pred]]) -> None:
    """The tune half's gold items whose value was found but whose unit or change differs (`found`)."""
    if half_of(i) != "tune":
        return
    for g, p in found:
        got = p.units if name == "value+unit" else p.change
        want = (g["unit"], g["normalized_unit"]) if name == "value+unit" else g["change"]
        run.misses.append(f"[{i}] {name} {p.quote!r}: gold {want!r}, ours {got!r}")


def timed(fn, texts: list[str]) -> tuple[list[list[Pred]], float]:
    fn(texts[0])                                   # warm up: model load is not throughput
    t0 = time.perf_counter()
    preds = [fn(t) for t in texts]
    return preds, time.perf_counter() - t0


def _pair_ends(gold: list[dict], preds: list[Pred]) -> tuple[list[Pred], int]:
    """A gold range low-high that a system gives as two single values, low and high, in the same
    sentence ("from X to Y": CONVENTIONS.md's level and baseline) is matched by the two as one
    prediction."""
    preds, adapted = list(preds), 0
    for g in gold:
        value, low, high = parse_gold_value(g["value"])
        if value is not None or any(same_value(g, p) for p in preds):
            continue
        a = next((p for p in preds if p.value is not None and close(p.value, low)), None)
        b = next((p for p in preds if p.value is not None and p is not a and close(p.value, high)), None)
        if a is not None and b is not None:
            preds = [p for p in preds if p is not a and p is not b]
            preds.append(Pred(None, low, high, a.units if a.units[0] else b.units, "=", f"{a.quote} / {b.quote}"))
            adapted += 1
    return preds, adapted


def _order_bounds(gold: list[dict], preds: list[Pred]) -> tuple[list[Pred], int]:
    """A gold order-of-magnitude range ("millions of": 1e6-1e7, "dozens of": 12-120) is matched by
    a prediction of its low end with a lower bound (CONVENTIONS.md: ">= 1e6")."""
    preds, adapted = list(preds), 0
    for g in gold:
        value, low, high = parse_gold_value(g["value"])
        if value is not None or not _order_range(low, high):
            continue
        j = next((j for j, p in enumerate(preds) if p.bound in (">", ">=") and close(p.value, low)), None)
        if j is not None:
            p = preds[j]
            preds[j] = Pred(None, low, high, p.units, "=", p.quote, "=")
            adapted += 1
    return preds, adapted


def evaluate(name: str, items: list[dict], preds_all: list[list[Pred]], seconds: float,
             strict: bool = False) -> Run:
    run = Run(name, seconds, len(items))
    for i, (it, preds) in enumerate(zip(items, preds_all)):
        kept = [p for p in preds if not ORDINAL.match(p.quote)]
        run.ordinals_left_out += len(preds) - len(kept)
        if not strict:
            kept, n_pairs = _pair_ends(it["quantities"], kept)
            kept, n_orders = _order_bounds(it["quantities"], kept)
            run.adapted += n_pairs + n_orders
            run.classes[(half_of(i), "rule", FROM_TO)] += n_pairs
            run.classes[(half_of(i), "rule", VAGUE)] += n_orders
        score(run, i, it["text"], it["quantities"], kept)
    return run


# ---------------------------------------------------------------- report

def print_scores(items: list[dict], runs: list[Run]) -> None:
    n = {h: sum(1 for i in range(len(items)) if h == "whole" or half_of(i) == h) for h in HALVES}
    g = {h: sum(len(it["quantities"]) for i, it in enumerate(items) if h == "whole" or half_of(i) == h)
         for h in HALVES}
    print(f"NewsQuant-dev: {len(items)} sentences, {g['whole']} gold quantities; tune half (even positions) "
          f"{n['tune']} sentences / {g['tune']} gold, check half (odd) {n['check']} / {g['check']}. Raw scores.")
    header = f"{'system':<16} {'score':<13}" + "".join(f" | {h + ' P':>9} {'R':>5} {'F1':>5}" for h in HALVES)
    print(header)
    print("-" * len(header))
    for run in runs:
        for crit in CRITERIA:
            cells = "".join(" | {:9.3f} {:5.3f} {:5.3f}".format(*run.tallies[(h, crit)].prf()) for h in HALVES)
            print(f"{run.name:<16} {crit:<13}{cells}")
    print()
    for run in runs:
        print(f"{run.name:<16} throughput: {run.n_sentences / run.seconds:8.1f} sentences/s "
              f"({run.seconds:.2f} s for {run.n_sentences} sentences, one call per sentence, model load excluded); "
              f"{run.ordinals_left_out} ordinal predictions left out, {run.adapted} gold matched by the "
              f"'from X to Y' and 'millions of' rules")


def print_classes(run: Run) -> None:
    print(f"\n{run.name}: value misses by class (FN = gold not found, FP = prediction not in gold); "
          "counts only")
    names = sorted({c for _h, _k, c in run.classes}, key=lambda c: (c.startswith("other"), c))
    print("(rule = gold items matched through one of the scorer's two conventions rules)")
    print(f"{'class':<78} {'FN tune':>7} {'FN chk':>6} {'FP tune':>7} {'FP chk':>6} {'rule tune':>9} {'rule chk':>8}")
    for c in names:
        cells = [run.classes[(h, k, c)] for k in ("FN", "FP", "rule") for h in ("tune", "check")]
        print(f"{c:<78} {cells[0]:7d} {cells[1]:6d} {cells[2]:7d} {cells[3]:6d} {cells[4]:9d} {cells[5]:8d}")
    agree = sum(v for (_h, _k, c), v in run.classes.items() if not c.startswith("other"))
    print(f"{'items where CONVENTIONS.md and NewsQuant disagree (all classes but other)':<78} {agree:>7}")
    print(f"\n{run.name}: values found whose change label differs from NewsQuant's, by class; counts only")
    print(f"{'class':<100} {'tune':>5} {'check':>5}")
    for c in sorted({c for _h, c in run.change_classes}, key=lambda c: (c.startswith("other"), c)):
        print(f"{c:<100} {run.change_classes[('tune', c)]:5d} {run.change_classes[('check', c)]:5d}")
    agree = sum(v for (_h, c), v in run.change_classes.items() if not c.startswith("other"))
    print(f"{'change labels where CONVENTIONS.md and NewsQuant disagree (all classes but other)':<100} {agree:>5}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cqe-venv", type=Path, default=DEFAULT_CQE, help="CQE's own environment (cqe-venv.sh)")
    ap.add_argument("--misses", type=Path, help="write the tune half's sentences with a miss here")
    ap.add_argument("--no-baseline", action="store_true", help="skip CQE and quantulum3")
    ap.add_argument("--strict", action="store_true", help="without the two conventions rules")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"bench: no data at {args.data}", file=sys.stderr)
        return 2
    items = json.loads(args.data.read_text("utf-8"))
    texts = [it["text"] for it in items]
    runs = [evaluate("claim-extractor", items, *timed(ours, texts), args.strict)]
    if not args.no_baseline:
        cqe = run_cqe(args.cqe_venv, texts)
        if cqe is not None:
            runs.append(evaluate("CQE 2.0.3", items, *cqe, args.strict))
        try:
            import quantulum3  # noqa: F401
            runs.append(evaluate("quantulum3", items, *timed(quantulum, texts), args.strict))
        except ImportError:
            print("bench: quantulum3 is not installed (pip install '.[bench]'); skipping it", file=sys.stderr)
    print_scores(items, runs)
    cqe_run = next((r for r in runs if r.name.startswith("CQE")), None)
    if cqe_run is not None:
        print(f"claim-extractor / CQE speed: {(runs[0].n_sentences / runs[0].seconds) / (cqe_run.n_sentences / cqe_run.seconds):.2f}x")
    print_classes(runs[0])
    if args.misses:
        args.misses.write_text("\n".join(runs[0].misses), "utf-8")
        print(f"\ntune-half misses written to {args.misses}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
