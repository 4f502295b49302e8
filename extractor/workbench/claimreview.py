"""verdict/1 records as schema.org ClaimReview objects (JSON-LD), with the properties Google's
fact-check markup requires (claimReviewed, reviewRating.alternateName, url) and recommends
(author, datePublished, itemReviewed as a Claim with author, appearance, firstAppearance and
datePublished; ratingValue, bestRating, worstRating, name).

Rating scale: 1 = differs from the reference, 2 = consistent with it. `url` is where the review
is published (`review_url`); without one it points at the claim's own page, anchored by claim id.
Only claims with a reference get a review: `no_reference` is not a finding.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from .figures import agree, published_of, span_text, time_of, value_of

RATINGS = {"differs": 1, "consistent": 2}
BEST, WORST = 2, 1
SUMMARY_CHARS = 75          # Google: keep claimReviewed under 75 characters


def claim_summary(claim: dict[str, Any]) -> str:
    """The claim in under 75 characters: its sentence, or subject + property + quote + period."""
    sentence = " ".join((claim.get("sentence") or "").split())
    if 0 < len(sentence) <= SUMMARY_CHARS:
        return sentence
    parts = [span_text(claim, "subject"), span_text(claim, "property"), claim["quote"]]
    text = " ".join(p for p in parts if p)
    period = time_of(claim)
    text = f"{text} ({period})" if period else text
    return text if len(text) <= SUMMARY_CHARS else text[: SUMMARY_CHARS - 1].rstrip() + "…"


def rating_text(verdict: dict[str, Any]) -> str:
    ref = verdict["reference"]
    if verdict["verdict"] == "consistent":
        return f"Consistent with {ref['source']}"
    return f"Differs by {verdict['difference_pct']:+g}% from {ref['source']}"


def _author(claim: dict[str, Any]) -> dict[str, Any]:
    """Who makes the claim: its attributed source, else the site that states it."""
    source = claim.get("source") or {}
    prov = claim.get("provenance") or {}
    if source.get("text"):
        return {"@type": "Person" if source.get("type") == "PERSON" else "Organization", "name": source["text"]}
    return {"@type": "Organization", "name": prov.get("site") or prov.get("url") or "unknown",
            **({"url": prov["url"]} if prov.get("url") else {})}


def _work(claim: dict[str, Any]) -> dict[str, Any]:
    prov = claim.get("provenance") or {}
    work = {"@type": "CreativeWork", "url": prov.get("url")}
    if prov.get("title"):
        work["headline"] = prov["title"]
    if prov.get("published"):
        work["datePublished"] = prov["published"]
    return work


def claim_reviews(verdicts: list[dict[str, Any]], claims: dict[str, dict[str, Any]], reviewer: str = "claim extractor",
                  review_url: str | None = None, today: date | None = None) -> list[dict[str, Any]]:
    """One ClaimReview per claim that has a reference. A claim's appearances are every claim
    with the same reference row and verdict that states the same figure (values within the
    kind's tolerance): the figure cited again, earliest publication first."""
    by_row: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for v in verdicts:
        if v["reference"]:
            by_row[v["reference"]["line"], v["verdict"]].append(claims[v["claim_id"]])
    day = (today or date.today()).isoformat()
    out = []
    for v in verdicts:
        if not v["reference"]:
            continue
        claim = claims[v["claim_id"]]
        seen = sorted((c for c in by_row[v["reference"]["line"], v["verdict"]]
                       if agree(c["kind"], value_of(c), value_of(claim))), key=lambda c: published_of(c) or "9999")
        out.append(_review(v, claim, [_work(c) for c in seen if (c.get("provenance") or {}).get("url")],
                           reviewer, review_url, day))
    return out


def _review(v, claim, appearances, reviewer, review_url, day) -> dict[str, Any]:
    page = (claim.get("provenance") or {}).get("url")
    item = {"@type": "Claim", "author": _author(claim), "appearance": appearances}
    if appearances:
        item["firstAppearance"] = appearances[0]
    if published_of(claim):
        item["datePublished"] = published_of(claim)
    text = rating_text(v)
    return {
        "@context": "https://schema.org", "@type": "ClaimReview",
        "url": f"{review_url or page}#claim-{v['claim_id']}" if (review_url or page) else None,
        "claimReviewed": claim_summary(claim),
        "author": {"@type": "Organization", "name": reviewer},
        "datePublished": day,
        "reviewRating": {"@type": "Rating", "ratingValue": RATINGS[v["verdict"]], "bestRating": BEST,
                         "worstRating": WORST, "alternateName": text, "name": text},
        "itemReviewed": item,
    }
