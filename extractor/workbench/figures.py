"""A claim as a comparable figure: normalised subject and unit, a numeric value, and the
tolerance (by kind, from tolerance.toml) within which two figures count as the same."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

TOLERANCE_FILE = Path(__file__).with_name("tolerance.toml")
_ARTICLES = re.compile(r"^(the|a|an)\s+|[’']s\b|[^\w\s%-]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Tolerance:
    abs: float
    rel: float

    def allows(self, a: float, b: float, factor: float = 1.0) -> bool:
        return abs(a - b) <= factor * max(self.abs, self.rel * max(abs(a), abs(b))) + 1e-9


@cache
def tolerances() -> tuple[dict[str, Tolerance], float]:
    data = tomllib.loads(TOLERANCE_FILE.read_text(encoding="utf-8"))
    factor = float(data.pop("approx_factor"))
    return {kind: Tolerance(float(t["abs"]), float(t["rel"])) for kind, t in data.items()}, factor


def tolerance_examples() -> list[tuple[str, float, float, bool]]:
    """(kind, a, b, should agree) for every example in tolerance.toml."""
    data = tomllib.loads(TOLERANCE_FILE.read_text(encoding="utf-8"))
    data.pop("approx_factor")
    return [(kind, a, b, expect) for kind, t in data.items()
            for key, expect in (("match", True), ("no_match", False)) for a, b in t[key]]


def agree(kind: str, a: float, b: float, approx: bool = False) -> bool:
    table, factor = tolerances()
    tol = table.get(kind, Tolerance(0.0, 0.01))
    return tol.allows(a, b, factor if approx else 1.0)


def norm_text(text: str | None) -> str:
    """'The China's' -> 'china': lower case, no leading article, no possessive or punctuation."""
    if not text:
        return ""
    text = _ARTICLES.sub(" ", text.strip().lower())
    return " ".join(_ARTICLES.sub(" ", text).split())


def norm_unit(unit: str | None) -> str:
    unit = (unit or "").strip().lower()
    return unit[:-1] if len(unit) > 3 and unit.endswith("s") and not unit.endswith("ss") else unit


def span_text(claim: dict[str, Any], key: str) -> str | None:
    span = claim.get(key)
    return span.get("text") if isinstance(span, dict) else None


def time_of(claim: dict[str, Any]) -> str | None:
    """The claim's period: the resolved ISO of its time scope, else its words."""
    span = claim.get("time_scope")
    return (span.get("iso") or span.get("text")) if isinstance(span, dict) else None


def value_of(claim: dict[str, Any]) -> float | None:
    """The number a claim states: its value, or the middle of its range; None for dates."""
    if claim.get("value") is not None:
        return float(claim["value"])
    low, high = claim.get("value_low"), claim.get("value_high")
    if low is not None and high is not None:
        return (float(low) + float(high)) / 2
    return None


def spread_pct(values: list[float]) -> float:
    """How far apart the values are, in % of the smallest: 74.7 vs 40 -> 86.75."""
    lo, hi = min(values), max(values)
    if lo == hi:
        return 0.0
    return float("inf") if lo == 0 else (hi - lo) / abs(lo) * 100


def published_of(claim: dict[str, Any]) -> str | None:
    return (claim.get("provenance") or {}).get("published")
