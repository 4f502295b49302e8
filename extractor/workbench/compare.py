"""Group claims across documents that speak of the same figure, and say why they disagree.

Claims are blocked by (kind, unit, subject), normalised, so only claims that could be the same
figure are ever compared: the cost grows with the size of the largest block, not with the
square of the corpus. Inside a block, sentence embeddings (MiniLM, unit vectors) are compared
in chunks; pairs at or above `group_similarity` (plus `same_value_bonus` when their values agree)
are merged by average linkage: two groups join only when the mean similarity between all their
members reaches the threshold, so one loose pair cannot chain unrelated groups together.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..embed import EmbedStats, VectorCache, embed_claims
from . import DEFAULT_SETTINGS, WorkbenchSettings
from .figures import agree, norm_text, norm_unit, published_of, span_text, spread_pct, time_of, value_of

GROUP_SCHEMA = "group/1"
REPEATED_SCHEMA = "repeated/1"


@dataclass(frozen=True, slots=True)
class Comparison:
    groups: list[dict[str, Any]]
    repeated: list[dict[str, Any]]
    stats: EmbedStats
    claims: int         # claims with a number, all of them blocked
    blocks: int
    largest_block: int
    pairs: int          # claim pairs inside the blocks compared (all pairs would be n(n-1)/2)


def block_key(claim: dict[str, Any]) -> tuple[str, str, str]:
    return claim["kind"], norm_unit(claim.get("unit")), norm_text(span_text(claim, "subject"))


def compare_claims(claims: list[dict[str, Any]], make_embedder: Callable[[], Any],
                   cache: VectorCache | None = None,
                   settings: WorkbenchSettings = DEFAULT_SETTINGS) -> Comparison:
    """group/1 and repeated/1 records for `claims` (claim/1 dicts); dates and claims without a
    number are left out."""
    claims = [c for c in claims if value_of(c) is not None]
    blocks: dict[tuple, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        blocks[block_key(c)].append(i)
    wanted = [ix for ix in blocks.values()
              if len({claims[i]["doc_id"] for i in ix}) >= settings.min_group_docs]
    used = sorted(i for ix in wanted for i in ix)
    vectors, stats = embed_claims([claims[i] for i in used], make_embedder, cache)
    row = {i: r for r, i in enumerate(used)}
    groups = []
    for ix in wanted:
        for members in cluster(ix, vectors[[row[i] for i in ix]], claims, settings):
            group = [claims[i] for i in members]
            if len({c["doc_id"] for c in group}) >= settings.min_group_docs:
                groups.append(group_record(group))
    by_id = {c["claim_id"]: c for c in claims}
    repeated = [r for g in groups for r in repeated_records(g, [by_id[i] for i in g["claims"]])]
    pairs = sum(len(ix) * (len(ix) - 1) // 2 for ix in wanted)
    return Comparison(groups, repeated, stats, len(claims), len(blocks), max(map(len, blocks.values()), default=0), pairs)


def cluster(ix: list[int], vectors: np.ndarray, claims: list[dict[str, Any]],
            settings: WorkbenchSettings) -> list[list[int]]:
    """Average-linkage groups of one block (indices into `claims`), each of 2 or more."""
    t, bonus = settings.group_similarity, settings.same_value_bonus
    edges = []
    for lo in range(0, len(ix), settings.sim_chunk_rows):
        sims = vectors[lo:lo + settings.sim_chunk_rows] @ vectors.T
        for a, b in zip(*np.nonzero(sims >= t - bonus)):
            a = int(a) + lo
            if a < b:
                extra = bonus if _same_value(claims[ix[a]], claims[ix[b]]) else 0.0
                if sims[a - lo, b] + extra >= t:
                    edges.append((float(sims[a - lo, b]) + extra, a, int(b), extra))
    parent = list(range(len(ix)))
    sums = {i: vectors[i].astype(np.float64) for i in range(len(ix))}
    sizes = dict.fromkeys(range(len(ix)), 1)

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for _, a, b, extra in sorted(edges, reverse=True):
        ra, rb = root(a), root(b)
        if ra != rb and float(sums[ra] @ sums[rb]) / (sizes[ra] * sizes[rb]) + extra >= t:
            parent[rb] = ra
            sums[ra] = sums[ra] + sums.pop(rb)
            sizes[ra] += sizes.pop(rb)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ix)):
        members[root(i)].append(ix[i])
    return [m for m in members.values() if len(m) > 1]


def _same_value(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return agree(a["kind"], value_of(a), value_of(b), approx="~" in (a.get("bound"), b.get("bound")))


def _order(claim: dict[str, Any]) -> tuple:
    return published_of(claim) or "9999", claim["doc_id"], claim["start"]


def _most_common(texts: list[str | None]) -> str | None:
    texts = [t for t in texts if t]
    return Counter(texts).most_common(1)[0][0] if texts else None


def group_record(group: list[dict[str, Any]]) -> dict[str, Any]:
    group = sorted(group, key=_order)
    ids = [c["claim_id"] for c in group]
    values = [value_of(c) for c in group]
    kind = group[0]["kind"]
    approx = any(c.get("bound") == "~" for c in group)
    disagree = not agree(kind, min(values), max(values), approx=approx)
    return {
        "schema": GROUP_SCHEMA,
        "group_id": hashlib.sha256(",".join(sorted(ids)).encode()).hexdigest()[:16],
        "subject": _most_common([span_text(c, "subject") for c in group]),
        "property": _most_common([span_text(c, "property") for c in group]),
        "kind": kind, "unit": group[0].get("unit"),
        "claims": ids, "docs": list(dict.fromkeys(c["doc_id"] for c in group)),
        "values": [c.get("value") if c.get("value") is not None else v for c, v in zip(group, values)],
        "time_scopes": [time_of(c) for c in group],
        "disagree": disagree,
        "reason": group_reason(group, values, disagree),
    }


def _differ(label: str, texts: list[str | None]) -> str | None:
    """'time scopes differ (2011/2021 vs 2023)' when the group has two or more distinct ones."""
    distinct = list(dict.fromkeys(t for t in texts if t))
    if len(distinct) < 2:
        return None
    missing = sum(1 for t in texts if not t)
    unknown = f", {missing} unstated" if missing else ""
    return f"{label} differ ({' vs '.join(distinct)}{unknown})"


def group_reason(group: list[dict[str, Any]], values: list[float], disagree: bool) -> str:
    """The causes a person can see: how far the values are apart, and whether the claims are
    about different periods, properties, sources or bounds."""
    lo, hi = min(values), max(values)
    parts = [f"values differ by {spread_pct(values):.0f}% ({lo:g} to {hi:g})" if disagree
             else f"values agree within tolerance ({lo:g} to {hi:g})"]
    for label, texts in (("time scopes", [time_of(c) for c in group]),
                         ("properties", [span_text(c, "property") for c in group]),
                         ("sources", [span_text(c, "source") for c in group]),
                         ("bounds", [c.get("bound") for c in group])):
        line = _differ(label, texts)
        if line:
            parts.append(line)
    return "; ".join(parts)


def repeated_records(group: dict[str, Any], claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """repeated/1: a value of the group cited by two or more documents, with every appearance
    (earliest publication first) and the first one."""
    buckets: list[list[dict[str, Any]]] = []
    for c in sorted(claims, key=value_of):
        if buckets and _same_value(buckets[-1][0], c):
            buckets[-1].append(c)
        else:
            buckets.append([c])
    out = []
    for bucket in buckets:
        if len({c["doc_id"] for c in bucket}) < 2:
            continue
        appearances = [_appearance(c) for c in sorted(bucket, key=_order)]
        out.append({"schema": REPEATED_SCHEMA, "group_id": group["group_id"], "kind": group["kind"],
                    "unit": group["unit"], "value": appearances[0]["value"], "subject": group["subject"],
                    "documents": len({a["doc_id"] for a in appearances}),
                    "first": appearances[0], "appearances": appearances})
    return out


def _appearance(c: dict[str, Any]) -> dict[str, Any]:
    p = c.get("provenance") or {}
    return {"claim_id": c["claim_id"], "doc_id": c["doc_id"], "value": value_of(c), "quote": c["quote"],
            "published": p.get("published"), "url": p.get("url"), "site": p.get("site"), "xpath": p.get("xpath")}
