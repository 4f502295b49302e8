"""Core records that flow through the pipeline: Document -> Page -> Claim (or ErrorRecord).

Every record is a frozen, slotted dataclass. Claims carry the schema version `claim/1` of
CLAIMS.md and a stable id derived from a hash, so re-running the same input gives the same ids.
"""

from __future__ import annotations

import builtins
import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from . import __version__

CLAIM_SCHEMA = "claim/1"
ERROR_SCHEMA = "error/1"

Kind = Literal["count", "percent", "percentage_point", "money", "ratio", "rank", "measure", "duration", "date"]
KINDS: tuple[str, ...] = (
    "count", "percent", "percentage_point", "money", "ratio", "rank", "measure", "duration", "date",
)
BOUNDS: tuple[str, ...] = ("=", "~", ">", ">=", "<", "<=")
Stage = Literal["decode", "clean", "nlp"]   # CLAIMS.md: where an input failed


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def doc_id_for(raw: bytes) -> str:
    """CLAIMS.md: the doc_id is the sha256 of the raw input bytes, first 16 hex chars."""
    return sha256_hex(raw)[:16]


def claim_id_for(doc_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha256(f"{doc_id}:{start}:{end}:{kind}".encode()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Document:
    """One input page: raw bytes as read, the decoded HTML, and where it came from."""

    doc_id: str
    raw: bytes
    html: str
    input: str                      # path, URL or "<stdin>" as the user named it
    url: str | None = None
    encoding: str | None = None
    fetched_at: str | None = None


@dataclass(frozen=True, slots=True)
class Block:
    """A block of text in the source page (paragraph, heading, list item, cell, caption...).

    `label` is "body" for article text, "title" for the page's title heading (kept apart, as the
    page's metadata), otherwise the chrome concept that matched ("nav", "footer", "share",
    "consent", "placeholder", "duplicate"...). Chrome is labelled, never
    deleted, so every block can be traced back. `start`/`end` are offsets into `Page.text` (None for chrome blocks,
    which are not in the text).
    """

    text: str
    tag: str
    xpath: str
    source_line: int | None
    label: str = "body"
    reason: str | None = None       # which rule labelled it, for review and debugging
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class PageMeta:
    title: str | None = None
    published: str | None = None    # ISO date
    site: str | None = None
    url: str | None = None
    language: str | None = None
    author: str | None = None
    # 0..1: how sure the cleaner is of its body/chrome labels (below 0.5: its classifier kept
    # nothing and a fallback chose the article); None for text that was not cleaned
    confidence: float | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """The cleaned page: `text` is the main text (body blocks joined by blank lines)."""

    text: str
    blocks: tuple[Block, ...]
    meta: PageMeta
    html: str = field(repr=False, default="")
    raw_sha256: str | None = None
    doc_id: str | None = None

    @property
    def body(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.label == "body")

    @property
    def chrome(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.label != "body")


@dataclass(frozen=True, slots=True)
class TextSpan:
    """A piece of the cleaned text (subject, time scope, source...); offsets may be None for
    values that are not a verbatim span (a property paraphrase, say)."""

    text: str
    start: int | None = None
    end: int | None = None
    label: str | None = None        # NER label for subjects, "PERSON"/"ORG"/... for sources
    iso: str | None = None          # time scopes only
    cue: str | None = None          # sources only: "according to", "noted that"...

    def to_dict(self, kind: str) -> dict[str, Any]:
        if kind == "subject":
            return {"text": self.text, "label": self.label, "start": self.start, "end": self.end}
        if kind == "time_scope":
            return {"text": self.text, "iso": self.iso, "start": self.start, "end": self.end}
        if kind == "source":
            return {"text": self.text, "type": self.label, "cue": self.cue, "start": self.start, "end": self.end}
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class Change:
    direction: Literal["up", "down"]
    type: Literal["level", "abs_delta", "pct_delta", "pp_delta"]
    from_claim: str | None = None


@dataclass(frozen=True, slots=True)
class Provenance:
    url: str | None
    title: str | None
    published: str | None
    site: str | None
    raw_sha256: str | None
    xpath: str | None
    block_start: int | None
    block_end: int | None
    source_line: int | None
    source_col: int | None


@dataclass(frozen=True, slots=True)
class Claim:
    doc_id: str
    kind: str
    quote: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    value: float | None = None
    value_low: float | None = None
    value_high: float | None = None
    value_text: str | None = None
    unit: str | None = None
    unit_surface: str | None = None
    scale: str | None = None
    bound: str = "="
    bound_cue: str | None = None
    change: Change | None = None
    subject: TextSpan | None = None
    property: TextSpan | None = None
    time_scope: TextSpan | None = None
    source: TextSpan | None = None
    checkworthy: float = 0.5
    provenance: Provenance | None = None
    rule: str | None = None
    model: str | None = None
    version: str = __version__

    @builtins.property          # the field `property` shadows the builtin inside this class
    def claim_id(self) -> str:
        return claim_id_for(self.doc_id, self.start, self.end, self.kind)

    def to_dict(self) -> dict[str, Any]:
        """The `claim/1` JSON object of CLAIMS.md, keys in the documented order."""

        def span(s: TextSpan | None, kind: str) -> dict[str, Any] | None:
            return s.to_dict(kind) if s is not None else None

        return {
            "schema": CLAIM_SCHEMA,
            "claim_id": self.claim_id,
            "doc_id": self.doc_id,
            "kind": self.kind,
            "value": _num(self.value), "value_low": _num(self.value_low),
            "value_high": _num(self.value_high), "value_text": self.value_text,
            "unit": self.unit, "unit_surface": self.unit_surface, "scale": self.scale,
            "bound": self.bound, "bound_cue": self.bound_cue,
            "change": asdict(self.change) if self.change else None,
            "quote": self.quote, "start": self.start, "end": self.end,
            "sentence": self.sentence, "sentence_start": self.sentence_start,
            "subject": span(self.subject, "subject"),
            "property": span(self.property, "property"),
            "time_scope": span(self.time_scope, "time_scope"),
            "source": span(self.source, "source"),
            "checkworthy": round(self.checkworthy, 2),
            "provenance": asdict(self.provenance) if self.provenance else None,
            "extractor": {"version": self.version, "rule": self.rule, "model": self.model},
        }


def _num(x: float | None) -> float | int | None:
    """Integral values print as integers (389571, not 389571.0)."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 2**53 else x


@dataclass(frozen=True, slots=True)
class ErrorRecord:
    """A page that could not be processed. The batch writes it and goes on."""

    input: str
    stage: str
    error: str
    doc_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"schema": ERROR_SCHEMA, "input": self.input, "doc_id": self.doc_id,
                "stage": self.stage, "error": self.error}


class ExtractorError(Exception):
    """An input the pipeline cannot handle; `stage` says where it failed (decode, clean, nlp)."""

    def __init__(self, stage: str, message: str):
        super().__init__(message)
        self.stage = stage
