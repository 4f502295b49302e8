"""One self-contained HTML review page: the cleaned articles with every claim highlighted by
kind, a side panel with the clicked claim's fields, provenance and verdict, filters, keyboard
navigation, and an overview (claims per kind and site, values over time of compared groups as
inline SVG). No network, no CDN: the styles, the script and the data are in the file.
"""

from __future__ import annotations

import html
import json
from collections import Counter
from pathlib import Path
from typing import Any

from ..store import SqliteStore, is_sqlite, iter_jsonl_records
from ..types import KINDS
from .figures import span_text, time_of, value_of
from .search import value_label

TEMPLATE = Path(__file__).with_name("report.html")
CHART_W, CHART_H, PAD = 360, 160, 36


def read_records(path: str | Path | None, schema: str) -> list[dict[str, Any]]:
    """The records of one schema in a JSONL file (verdict/1 from verify, group/1 from compare)."""
    return [] if path is None else list(iter_jsonl_records(path, (schema,)))


def load_corpus(source: str | Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(documents with their cleaned text, claims) from a store, or from a JSONL output whose
    pages are cleaned again from the inputs its doc/1 records name."""
    if is_sqlite(source):
        with SqliteStore(source) as store:
            cols = ("doc_id", "url", "title", "published", "site", "text")
            docs = [dict(zip(cols, r)) for r in store.conn.execute(
                f"SELECT {', '.join(cols)} FROM documents ORDER BY processed_at, doc_id")]
            return docs, list(store.iter_claims())
    records = list(iter_jsonl_records(source, ("claim/1", "doc/1")))
    docs = [{**r, "text": _clean_again(r["input"])} for r in records if r["schema"] == "doc/1"]
    return docs, [r for r in records if r["schema"] == "claim/1"]


def _clean_again(path: str) -> str | None:
    from ..clean import clean_html
    from ..load import read_document
    from ..types import ExtractorError

    try:
        document = read_document(Path(path))
        return clean_html(document.html, url=document.url, raw=document.raw).text
    except (ExtractorError, OSError):
        return None


def render_article(doc: dict[str, Any], claims: list[dict[str, Any]]) -> str:
    """The cleaned text, each claim a <mark> coloured by kind (a claim overlapping an earlier
    one, or whose quote is not at its offsets any more, stays in the panel data only)."""
    text, out, at = doc.get("text") or "", [], 0
    for c in sorted(claims, key=lambda c: (c["start"], c["end"])):
        if c["start"] < at or text[c["start"]:c["end"]] != c["quote"]:
            continue
        out += [html.escape(text[at:c["start"]]),
                f'<mark class="claim" tabindex="0" style="--k:var(--{c["kind"]})" data-id="{c["claim_id"]}"'
                f' data-kind="{c["kind"]}">{html.escape(c["quote"])}</mark>']
        at = c["end"]
    out.append(html.escape(text[at:]) if text else '<em class="meta">(page text not available)</em>')
    meta = " · ".join(html.escape(str(x)) for x in (doc.get("site"), doc.get("published"), doc.get("url")) if x)
    return (f'<article id="doc-{doc["doc_id"]}"><h2>{html.escape(doc.get("title") or doc["doc_id"])}</h2>'
            f'<div class="meta">{meta}</div><div class="text">{"".join(out)}</div></article>')


def _x_of(claim: dict[str, Any]) -> float | None:
    """A claim's place on a time axis: the middle of its time scope, else its page's date."""
    period = time_of(claim) or ""
    years = [int(p[:4]) for p in period.split("/") if p[:4].isdigit()]
    if not years:
        published = (claim.get("provenance") or {}).get("published") or ""
        years = [int(published[:4])] if published[:4].isdigit() else []
    return sum(years) / len(years) if years else None


def group_chart_svg(group: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> str:
    """Values over time of one compared group, as inline SVG (one dot per claim)."""
    points = [(_x_of(by_id[i]), value_of(by_id[i]), by_id[i]) for i in group["claims"] if i in by_id]
    points = [p for p in points if p[0] is not None and p[1] is not None]
    if not points:
        return ""
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    x0, x1, y1 = min(xs) - 0.5, max(xs) + 0.5, max(max(ys), 0) or 1

    def sx(x):
        return PAD + (x - x0) / (x1 - x0) * (CHART_W - 2 * PAD)

    def sy(y):
        return CHART_H - PAD + -y / y1 * (CHART_H - 2 * PAD) if y >= 0 else CHART_H - PAD
    colour = "#c62828" if group.get("disagree") else "#1a7f37"
    dots = "".join(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="5" fill="{colour}" data-id="{c["claim_id"]}">'
                   f'<title>{html.escape(c["quote"])} ({html.escape(time_of(c) or "undated")}) — '
                   f'{html.escape((c.get("provenance") or {}).get("site") or "")}</title></circle>'
                   f'<text x="{sx(x) + 7:.1f}" y="{sy(y) + 4:.1f}" font-size="11">{y:g}</text>' for x, y, c in points)
    axis = (f'<line x1="{PAD}" y1="{CHART_H - PAD}" x2="{CHART_W - PAD}" y2="{CHART_H - PAD}" stroke="#999"/>'
            f'<line x1="{PAD}" y1="{PAD}" x2="{PAD}" y2="{CHART_H - PAD}" stroke="#999"/>'
            f'<text x="{PAD}" y="{CHART_H - PAD + 16}" font-size="11">{x0 + 0.5:g}</text>'
            f'<text x="{CHART_W - PAD}" y="{CHART_H - PAD + 16}" font-size="11" text-anchor="end">{x1 - 0.5:g}</text>'
            f'<text x="{PAD - 4}" y="{PAD + 4}" font-size="11" text-anchor="end">{y1:g}</text>'
            f'<text x="{PAD - 4}" y="{CHART_H - PAD + 4}" font-size="11" text-anchor="end">0</text>')
    caption = html.escape(f"{group.get('subject') or ''} — {group.get('property') or group['kind']} "
                          f"({group.get('unit') or ''}): {group['reason']}")
    return (f'<figure class="chart" data-group="{group["group_id"]}"><svg xmlns="http://www.w3.org/2000/svg" '
            f'width="{CHART_W}" height="{CHART_H}" role="img">{axis}{dots}</svg><figcaption>{caption}</figcaption></figure>')


def overview_html(claims: list[dict[str, Any]], groups: list[dict[str, Any]], max_sites: int = 12) -> str:
    """Claims per kind and site (the sites with most claims), and a chart per compared group."""
    sites = [s for s, _ in Counter((c.get("provenance") or {}).get("site") or "?" for c in claims).most_common(max_sites)]
    kinds = [k for k in KINDS if any(c["kind"] == k for c in claims)]
    counts = Counter(((c.get("provenance") or {}).get("site") or "?", c["kind"]) for c in claims)
    head = "".join(f"<th>{html.escape(k)}</th>" for k in kinds)
    body = "".join(f"<tr><td>{html.escape(s)}</td>" + "".join(f"<td>{counts[s, k] or ''}</td>" for k in kinds)
                   + f"<td>{sum(counts[s, k] for k in kinds)}</td></tr>" for s in sites)
    totals = "".join(f"<td>{sum(1 for c in claims if c['kind'] == k)}</td>" for k in kinds)
    table = (f'<table id="per-kind-site"><tr><th>site</th>{head}<th>all</th></tr>{body}'
             f"<tr><th>all</th>{totals}<td>{len(claims)}</td></tr></table>")
    by_id = {c["claim_id"]: c for c in claims}
    charts = "".join(group_chart_svg(g, by_id) for g in sorted(groups, key=lambda g: not g.get("disagree")))
    return (f"<h2>Overview</h2><p class='meta'>{len(claims)} claims, {len(groups)} compared groups</p>{table}"
            + (f"<h3>Compared figures over time</h3>{charts}" if charts else ""))


def claim_data(claim: dict[str, Any], verdict: dict[str, Any] | None, groups: list[str]) -> dict[str, Any]:
    """What the side panel shows of one claim."""
    scope = claim.get("time_scope") or {}
    source = claim.get("source") or {}
    return {"claim_id": claim["claim_id"], "kind": claim["kind"], "quote": claim["quote"],
            "value_label": value_label(claim), "bound": claim.get("bound"), "bound_cue": claim.get("bound_cue"),
            "subject": span_text(claim, "subject"), "property": span_text(claim, "property"),
            "time_scope": " ".join(x for x in (scope.get("text"), f"({scope['iso']})" if scope.get("iso") else None) if x),
            "source": " ".join(x for x in (source.get("text"), f"[{source['cue']}]" if source.get("cue") else None) if x),
            "checkworthy": claim.get("checkworthy", 0), "sentence": claim.get("sentence"),
            "provenance": claim.get("provenance") or {}, "verdict": verdict, "groups": groups}


def build_report(source: str | Path, output: str | Path, verdicts: str | Path | None = None,
                 groups: str | Path | None = None, title: str | None = None, max_docs: int | None = None) -> dict[str, int]:
    """Write the review page; returns how many documents, claims and groups it shows."""
    docs, claims = load_corpus(source)
    docs = docs[:max_docs] if max_docs else docs
    shown = {d["doc_id"] for d in docs}
    claims = [c for c in claims if c["doc_id"] in shown]
    verdict_of = {v["claim_id"]: v for v in read_records(verdicts, "verdict/1")}
    group_list = [g for g in read_records(groups, "group/1") if shown & set(g.get("docs") or shown)]
    member = {}
    for g in group_list:
        for i in g["claims"]:
            member.setdefault(i, []).append(g["group_id"])
    data = {c["claim_id"]: claim_data(c, verdict_of.get(c["claim_id"]), member.get(c["claim_id"], [])) for c in claims}
    by_doc: dict[str, list] = {}
    for c in claims:
        by_doc.setdefault(c["doc_id"], []).append(c)
    kinds = "".join(f'<label><input type="checkbox" value="{k}" checked><span class="swatch" style="--k:var(--{k})">'
                    f"</span>{k}</label> " for k in KINDS if any(c["kind"] == k for c in claims))
    title = title or f"Claims review: {len(docs)} page{'s' if len(docs) != 1 else ''}"
    page = (TEMPLATE.read_text(encoding="utf-8")
            .replace("__TITLE__", html.escape(title)).replace("__KIND_FILTERS__", kinds)
            .replace("__OVERVIEW__", overview_html(claims, group_list))
            .replace("__ARTICLES__", "\n".join(render_article(d, by_doc.get(d["doc_id"], [])) for d in docs))
            .replace("__DATA__", json.dumps(data, ensure_ascii=False).replace("</", "<\\/")))
    Path(output).parent.mkdir(parents=True, exist_ok=True)
    Path(output).write_text(page, encoding="utf-8")
    return {"documents": len(docs), "claims": len(claims), "groups": len(group_list),
            "verdicts": sum(1 for c in claims if c["claim_id"] in verdict_of)}
