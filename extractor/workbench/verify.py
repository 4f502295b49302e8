"""Check claims against a table of reference figures; verdict/1 records and ClaimReview export.

The reference table is a CSV with the columns subject, property, period, value, unit, source.
A row applies to a claim when all of these hold:
- the unit matches the claim's unit (normalised), or names the claim's kind ("rank");
- the subject matches the claim's subject (normalised: case, articles, possessives);
- the period is empty, or equals the claim's time scope (its ISO form) or contains it as a date
  inside it ("2021-09-28" lies in "2021"), or, for a claim with no time scope, is the year the
  page was published;
- the sentence speaks of the row's property: enough of its content words occur in it
  (reference.toml), and "subject property" is at least `reference_similarity` close to the
  sentence (MiniLM cosine).
The closest such row decides: `consistent` when the values agree within the kind's tolerance
(tolerance.toml; a bound "more than 100" is consistent with any reference above 100, a range
with any reference inside it), else `differs` with the difference in % of the reference.
A claim no row applies to is `no_reference`.
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from functools import cache
from typing import Any


from ..embed import VectorCache, embed_claims, embed_texts
from ..types import ExtractorError
from . import DEFAULT_SETTINGS, WorkbenchSettings
from .figures import agree, norm_text, norm_unit, published_of, span_text, time_of, value_of

VERDICT_SCHEMA = "verdict/1"
COLUMNS = ("subject", "property", "period", "value", "unit", "source")
RULES_FILE = Path(__file__).with_name("reference.toml")
_WORD = re.compile(r"[^\W\d_]+")
_ENDINGS = (("ies", "y"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", ""))


@cache
def property_rules() -> dict[str, Any]:
    return tomllib.loads(RULES_FILE.read_text(encoding="utf-8"))


def _stem(word: str) -> str:
    for ending, repl in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + repl
    return word


@cache
def _stopwords() -> frozenset[str]:
    return frozenset(property_rules()["stopwords"])


def content_words(text: str) -> set[str]:
    stop = _stopwords()
    return {_stem(w) for w in _WORD.findall(text.lower().replace("’s", "").replace("'s", "")) if w not in stop}


def speaks_of(prop: str, sentence: str) -> bool:
    """Does the sentence name the property: enough of its content words occur in it?"""
    wanted = content_words(prop)
    if not wanted:
        return True
    return len(wanted & content_words(sentence)) / len(wanted) >= property_rules()["min_overlap"]


@dataclass(frozen=True, slots=True)
class ReferenceRow:
    subject: str
    property: str
    period: str
    value: float
    unit: str
    source: str
    line: int

    @property
    def text(self) -> str:
        return f"{self.subject} {self.property}"


def read_reference(path: str | Path) -> list[ReferenceRow]:
    """The rows of a reference CSV; ExtractorError naming the line of a malformed one."""
    path = Path(path)
    if not path.is_file():
        raise ExtractorError("decode", f"{path}: no such reference file")
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise ExtractorError("decode", f"{path}: reference table lacks column(s) {', '.join(missing)}")
        rows = []
        for line, row in enumerate(reader, start=2):
            try:
                value = float(row["value"].replace(",", ""))
            except (AttributeError, ValueError):
                raise ExtractorError("decode", f"{path}:{line}: value {row['value']!r} is not a number") from None
            rows.append(ReferenceRow(*(str(row[c] or "").strip() for c in COLUMNS[:3]), value,
                                     str(row["unit"] or "").strip(), str(row["source"] or "").strip(), line))
    return rows


def claim_period(claim: dict[str, Any]) -> str:
    return time_of(claim) or (published_of(claim) or "")[:4]


def in_period(period: str, reference: str) -> bool:
    """A claim's period falls in a reference period when they are equal or the claim's is a date
    inside it: ISO "2021-09-28" lies in "2021" and in "2021-09"; an interval only matches itself."""
    if not reference or period == reference:
        return True
    return "/" not in period and "/" not in reference and period.startswith(reference + "-")


def applies(row: ReferenceRow, claim: dict[str, Any]) -> bool:
    unit = norm_unit(row.unit)
    return (unit in (norm_unit(claim.get("unit")), claim["kind"])
            and norm_text(row.subject) == norm_text(span_text(claim, "subject"))
            and in_period(claim_period(claim), row.period)
            and speaks_of(row.property, claim.get("sentence") or claim["quote"]))


def consistent(claim: dict[str, Any], reference: float) -> bool:
    kind, bound = claim["kind"], claim.get("bound") or "="
    low, high = claim.get("value_low"), claim.get("value_high")
    if claim.get("value") is None and low is not None and high is not None:
        return low <= reference <= high or agree(kind, low, reference) or agree(kind, high, reference)
    value = float(claim["value"])
    if bound in (">", ">=") and reference >= value or bound in ("<", "<=") and reference <= value:
        return True
    return agree(kind, value, reference, approx=bound == "~")


def verify_claims(claims: list[dict[str, Any]], rows: list[ReferenceRow], make_embedder: Callable[[], Any],
                  cache: VectorCache | None = None,
                  settings: WorkbenchSettings = DEFAULT_SETTINGS) -> list[dict[str, Any]]:
    """One verdict/1 record per claim, in input order."""
    candidates = {i: [n for n, r in enumerate(rows) if applies(r, c)] for i, c in enumerate(claims)
                  if value_of(c) is not None}
    candidates = {i: ns for i, ns in candidates.items() if ns}
    best: dict[int, tuple[float, ReferenceRow]] = {}
    if candidates:
        used = sorted(candidates)
        claim_vecs, _ = embed_claims([claims[i] for i in used], make_embedder, cache)
        wanted = sorted({n for ns in candidates.values() for n in ns})      # only rows some claim may match
        vecs, _ = embed_texts([rows[n].text for n in wanted], make_embedder, cache)
        row_vecs = dict(zip(wanted, vecs))
        for vec, i in zip(claim_vecs, used):
            sims = [(float(vec @ row_vecs[n]), rows[n]) for n in candidates[i]]
            sim, row = max(sims, key=lambda s: s[0])
            if sim >= settings.reference_similarity:
                best[i] = (sim, row)
    return [verdict_record(c, *best.get(i, (None, None))) for i, c in enumerate(claims)]


def verdict_record(claim: dict[str, Any], similarity: float | None, row: ReferenceRow | None) -> dict[str, Any]:
    record = {"schema": VERDICT_SCHEMA, "claim_id": claim["claim_id"], "doc_id": claim["doc_id"],
              "quote": claim["quote"], "value": value_of(claim), "verdict": "no_reference",
              "difference_pct": None, "similarity": None, "reference": None}
    if row is None:
        return record
    value = value_of(claim)
    ok = consistent(claim, row.value)
    record.update(verdict="consistent" if ok else "differs", similarity=round(similarity, 3),
                  difference_pct=None if row.value == 0 else round((value - row.value) / abs(row.value) * 100, 2),
                  reference=asdict(row))
    return record


def verdict_counts(verdicts: list[dict[str, Any]]) -> dict[str, int]:
    counts = dict.fromkeys(("consistent", "differs", "no_reference"), 0)
    for v in verdicts:
        counts[v["verdict"]] += 1
    return counts


def rows_unmatched(rows: list[ReferenceRow], verdicts: list[dict[str, Any]]) -> list[ReferenceRow]:
    used = {v["reference"]["line"] for v in verdicts if v["reference"]}
    return [r for r in rows if r.line not in used]
