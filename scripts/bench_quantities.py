"""Score `extract_text` on NewsQuant-dev, side by side with quantulum3, in one run.

    .venv/bin/python scripts/bench_quantities.py [--data ../shared/bench/newsquant-dev.json]
                                                  [--misses misses.txt] [--no-baseline]

A gold quantity is found when a prediction in the same sentence has the same value (ranges as
low-high pairs, either order); each prediction matches one gold at most. Scores: value,
value+unit, value+change precision/recall/F1, micro-averaged over all sentences.

Conventions of this scorer (the same for both systems):
- Predictions are every claim except kind `date`: NewsQuant annotates no calendar dates, and
  CLAIMS.md makes years that situate a figure its time scope, not a quantity.
- Units are compared after normalisation (case, plural, symbol <-> name: "%" = "percent" = "pc",
  "$" = "US$" = "USD" = "dollar", "km" = "kilometres"); for a counted noun ("13 people") the
  last word of the gold unit must equal the last word of the predicted unit. A gold unit "-"
  (dimensionless) matches a prediction without a unit.
- Change: a bound wins over a direction ("up about 19 per cent" is "~"): "~" for ~, ">" for
  > and >=, "<" for < and <=, else the direction of a change that is itself the amount of change
  (CLAIMS.md types abs_delta, pct_delta, pp_delta: "rose 12%"), else "=". A level reached by a
  change ("rose 9.4 per cent to $84": change type "level") is "=", as NewsQuant mostly labels it. quantulum3 has
  no bounds or changes, so it predicts "=" throughout.
- `scripts/newsquant_conventions.toml` lists gold items judged to follow NewsQuant's own
  conventions where CLAIMS.md differs ("one solution", "5G", "Boeing 787"). The raw score counts
  them; the adjusted score, printed beside it, leaves those gold items (and predictions that
  match them) out. Acceptance uses the raw score.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "bench" / "newsquant-dev.json"
CONVENTIONS = Path(__file__).with_name("newsquant_conventions.toml")

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
        out.append(Pred(c.value, c.value_low, c.value_high, (c.unit, c.unit_surface),
                        change_label(c.bound, c.change.direction if c.change and c.change.type != "level" else None),
                        c.quote))
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


# ---------------------------------------------------------------- scoring

def parse_gold_value(v: str) -> tuple[float | None, float | None, float | None]:
    m = re.fullmatch(r"\s*(-?[\d.]+(?:[eE]-?\d+)?)\s*-\s*(-?[\d.]+(?:[eE]-?\d+)?)\s*", v)
    if m:
        return None, float(m.group(1)), float(m.group(2))
    return float(v), None, None


def close(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def same_value(gold: dict, p: Pred) -> bool:
    value, low, high = parse_gold_value(gold["value"])
    if value is not None:
        return close(value, p.value)
    if p.low is None or p.high is None:
        return False
    return (close(low, p.low) and close(high, p.high)) or (close(low, p.high) and close(high, p.low))


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


@dataclass
class Run:
    name: str
    seconds: float = 0.0
    tallies: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in CRITERIA})
    adjusted: dict[str, Tally] = field(default_factory=lambda: {k: Tally() for k in CRITERIA})
    misses: list[str] = field(default_factory=list)


def load_conventions() -> dict[int, list[dict]]:
    """{sentence index: [{gold, ours, why}]} of gold items judged to be NewsQuant's own convention."""
    if not CONVENTIONS.exists():
        return {}
    out: dict[int, list[dict]] = {}
    for item in tomllib.loads(CONVENTIONS.read_text("utf-8")).get("item", []):
        out.setdefault(int(item["sentence"]), []).append(item)
    return out


def score(run: Run, i: int, text: str, gold: list[dict], preds: list[Pred], conv: list[dict]) -> None:
    conv_gold = [c["gold"] for c in conv if "gold" in c]
    conv_ours = [v for c in conv for v in c.get("ours", [])]
    excluded = [g["value"] in conv_gold for g in gold]
    # our predictions of the same words read by the contract (e.g. ">= 1e6" for "millions of")
    left_out = {j for j, p in enumerate(preds)
                if any(close(v, p.value) or close(v, p.low) for v in conv_ours)}
    for name, ok in CRITERIA.items():
        pairs, used = match(gold, preds, ok)
        t = run.tallies[name]
        t.tp += sum(1 for j in pairs if j is not None)
        t.n_pred += len(preds)
        t.n_gold += len(gold)
        a = run.adjusted[name]
        kept_gold = [g for g, ex in zip(gold, excluded) if not ex]
        kept_preds = [p for j, p in enumerate(preds) if j not in left_out]
        kpairs, _ = match(kept_gold, kept_preds, ok)
        a.tp += sum(1 for j in kpairs if j is not None)
        a.n_pred += len(kept_preds)
        a.n_gold += len(kept_gold)
        if name != "value" and run.name == "claim-extractor":
            value_pairs, _ = match(gold, preds, CRITERIA["value"])
            for g, j, vj in zip(gold, pairs, value_pairs):
                if j is None and vj is not None:
                    p = preds[vj]
                    got = p.units if name == "value+unit" else p.change
                    want = (g["unit"], g["normalized_unit"]) if name == "value+unit" else g["change"]
                    run.misses.append(f"[{i}] {name} {p.quote!r}: gold {want!r}, ours {got!r}")
        if name == "value":
            missed = [(g, ex) for g, j, ex in zip(gold, pairs, excluded) if j is None]
            extra = [(p, j in left_out) for j, p in enumerate(preds) if j not in used]
            if missed or extra:
                run.misses.append(f"[{i}] {text}\n" + "".join(
                    f"    FN {g['value']} {g['unit']!r} {g['change']}{'  (convention)' if ex else ''}\n"
                    for g, ex in missed) + "".join(
                    f"    FP {p.quote!r} -> {p.value if p.value is not None else (p.low, p.high)} {p.units[0]!r} "
                    f"{p.change}{'  (convention)' if lo else ''}\n" for p, lo in extra))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--misses", type=Path, help="write every sentence with a miss here")
    ap.add_argument("--no-baseline", action="store_true", help="skip quantulum3")
    args = ap.parse_args(argv)
    if not args.data.exists():
        print(f"bench: no data at {args.data}", file=sys.stderr)
        return 2
    items = json.loads(args.data.read_text("utf-8"))
    conventions = load_conventions()

    systems = [("claim-extractor", ours)]
    if not args.no_baseline:
        try:
            import quantulum3  # noqa: F401
            systems.append(("quantulum3", quantulum))
        except ImportError:
            print("bench: quantulum3 is not installed (pip install -e '.[bench]'); scoring ours only",
                  file=sys.stderr)
    runs = []
    for name, fn in systems:
        fn(items[0]["text"])                       # warm up: model load is not throughput
        run = Run(name)
        preds_all = []
        t0 = time.perf_counter()
        for it in items:
            preds_all.append(fn(it["text"]))
        run.seconds = time.perf_counter() - t0
        for i, (it, preds) in enumerate(zip(items, preds_all)):
            score(run, i, it["text"], it["quantities"], preds, conventions.get(i, []))
        runs.append(run)

    n_gold = sum(len(it["quantities"]) for it in items)
    n_conv = sum(1 for v in conventions.values() for c in v if "gold" in c)
    print(f"NewsQuant-dev: {len(items)} sentences, {n_gold} gold quantities "
          f"({n_conv} judged NewsQuant convention, left out of 'adjusted')")
    header = f"{'system':<16} {'score':<13} {'P':>6} {'R':>6} {'F1':>6}   {'adj P':>6} {'adj R':>6} {'adj F1':>6}"
    print(header)
    print("-" * len(header))
    for run in runs:
        for crit in CRITERIA:
            p, r, f = run.tallies[crit].prf()
            ap_, ar, af = run.adjusted[crit].prf()
            print(f"{run.name:<16} {crit:<13} {p:6.3f} {r:6.3f} {f:6.3f}   {ap_:6.3f} {ar:6.3f} {af:6.3f}")
    print()
    for run in runs:
        print(f"{run.name:<16} throughput: {len(items) / run.seconds:8.1f} sentences/s "
              f"({run.seconds:.2f} s for {len(items)} sentences, one call per sentence)")
    ours_run = runs[0]
    print(f"\nclaim-extractor: {len(ours_run.misses)} sentences with a value miss (FN = gold not found, "
          f"FP = prediction not in gold)")
    if args.misses:
        args.misses.write_text("\n".join(ours_run.misses), "utf-8")
        print(f"misses written to {args.misses}")
    else:
        print("\n".join(ours_run.misses))
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
