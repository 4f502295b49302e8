"""How much a fact-checker would want to verify a claim (weights in assemble.toml [checkworthy])."""

from __future__ import annotations

import re
from dataclasses import replace

from ..types import Claim
from .context import words


def with_checkworthy(claim: Claim) -> Claim:
    """Statistics cited from a source about a named actor score high; vague or bounded small
    counts and event dates score low."""
    w = words().checkworthy
    score = w["kind_weight"].get(claim.kind, w["default"])
    if claim.source is not None:
        score += w["sourced"]
    if claim.subject is not None and claim.subject.label in w["actor_labels"]:
        score += w["actor_subject"]
    if claim.quote[:1].isdigit() and re.search(r"\d[,.]\d", claim.quote):
        score += w["precise_number"]
    if claim.bound in (">", ">=", "~") or claim.rule in ("count.vague", "money.vague"):
        score += w["vague"]
    if claim.rule == "count.words":
        score += w["spelled_out"]
    return replace(claim, checkworthy=max(0.0, min(1.0, score)))
