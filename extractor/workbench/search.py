"""Search the claims of a store: full-text over sentences, narrowed by kind, subject, site,
period and checkworthiness; shown as a table or as JSONL."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Any

from ..store import SearchFilters, SqliteStore, is_sqlite
from ..types import ExtractorError
from .figures import span_text, time_of

_TOKEN = re.compile(r"\w+")


def plain_query(query: str) -> str:
    """Words as FTS5 phrases, all required: 'China 74.7%' -> '"China" "74" "7"'."""
    return " ".join(f'"{t}"' for t in _TOKEN.findall(query))


def search(db: str | Path, query: str, filters: SearchFilters | None = None, limit: int = 50) -> list[dict[str, Any]]:
    """claim/1 records whose sentence matches `query`, best first. The query is FTS5 syntax
    (prefix*, "phrases", OR, NOT); text that is not valid FTS5 is searched as plain words."""
    if not is_sqlite(db):
        raise ExtractorError("decode", f"{db}: not a claims store (search needs --db from claims extract)")
    store = SqliteStore(db)
    try:
        try:
            return store.search_claims(query, filters, limit)
        except sqlite3.OperationalError:
            words = plain_query(query)
            return store.search_claims(words, filters, limit) if words else []
    finally:
        store.close()


def value_label(claim: dict[str, Any]) -> str:
    if claim.get("value") is None and claim.get("value_low") is not None:
        value = f"{claim['value_low']:g}-{claim['value_high']:g}"
    elif claim.get("value") is not None:
        value = f"{claim['value']:g}"
    else:
        value = claim.get("value_text") or ""
    bound = "" if claim.get("bound") in (None, "=") else claim["bound"]
    return f"{bound}{value} {claim.get('unit') or ''}".strip()


def snippet(claim: dict[str, Any], width: int = 60) -> tuple[str, int]:
    """Up to `width` characters of the sentence either side of the quote, and where the quote
    starts in it."""
    sentence = claim.get("sentence") or ""
    at = claim["start"] - (claim.get("sentence_start") or 0)
    if not sentence or not 0 <= at <= len(sentence):
        return claim["quote"], 0
    lo, hi = max(0, at - width), min(len(sentence), at + len(claim["quote"]) + width)
    head, tail = ("…" if lo else ""), ("…" if hi < len(sentence) else "")
    return head + sentence[lo:hi] + tail, at - lo + len(head)


def results_table(claims: list[dict[str, Any]], query: str):
    """A rich Table: one row per claim, the quote highlighted in a snippet of its sentence."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title=f"{len(claims)} claims matching {query!r}")
    for name in ("kind", "value", "subject", "period", "site", "cw"):
        table.add_column(name, no_wrap=name in ("kind", "cw"), style="cyan" if name == "kind" else None)
    table.add_column("sentence", min_width=30, ratio=1)
    for c in claims:
        text, at = snippet(c)
        sentence = Text(text)
        sentence.stylize("bold yellow", at, at + len(c["quote"]))
        prov = c.get("provenance") or {}
        table.add_row(c["kind"], value_label(c), span_text(c, "subject") or "",
                      time_of(c) or (f"({prov['published']})" if prov.get("published") else ""),
                      prov.get("site") or "", f"{c.get('checkworthy', 0):.2f}", sentence)
    return table
