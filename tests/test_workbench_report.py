"""report: the self-contained review page, checked as HTML and in real headless Chromium."""

import json
import re

import pytest

from extractor.workbench.report import build_report, group_chart_svg, render_article

from conftest import ARTIFACTS


def _claim(cid, start, quote, kind="percent", value=40.0, time=None, published="2024-01-01", doc="d"):
    return {"claim_id": cid, "doc_id": doc, "kind": kind, "start": start, "end": start + len(quote),
            "quote": quote, "value": value, "time_scope": {"text": time, "iso": time} if time else None,
            "provenance": {"published": published, "site": "S"}}


def test_report_article_marks_each_claim_and_escapes_text():
    doc = {"doc_id": "d", "title": "T <b>", "text": "Sales <up> 40% in 2023, then 25%."}
    at = doc["text"].index
    out = render_article(doc, [_claim("a", at("40%"), "40%"), _claim("b", at("25%"), "25%"),
                               _claim("c", at("40%"), "40% in", kind="date"),   # overlaps a: panel only
                               _claim("e", 0, "Nope")])                     # quote not at its offsets
    assert out.count("<mark") == 2 and 'data-id="a"' in out and 'data-id="b"' in out
    assert "Sales &lt;up&gt; " in out and "T &lt;b&gt;" in out


def test_report_group_chart_places_values_on_their_periods():
    claims = {c["claim_id"]: c for c in (_claim("a", 0, "74.7%", value=74.7, time="2011/2021"),
                                         _claim("b", 0, "40%", value=40, time="2023"),
                                         _claim("c", 0, "25%", value=25, time="2020"))}
    svg = group_chart_svg({"group_id": "g", "claims": list(claims), "disagree": True, "kind": "percent",
                           "reason": "values differ"}, claims)
    xs = {m[1]: float(m[0]) for m in re.findall(r'<circle cx="([\d.]+)" cy="[\d.]+" r="5" fill="#c62828" data-id="(\w)"', svg)}
    assert set(xs) == {"a", "b", "c"} and xs["a"] < xs["c"] < xs["b"]     # 2016 (mid-decade) < 2020 < 2023
    assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")


@pytest.fixture(scope="module")
def seed_report(seed_store, seed_records, tmp_path_factory):
    """The review page of the seed pages, with verdicts and the compared group."""
    from extractor.workbench.compare import compare_claims
    from extractor.workbench.verify import read_reference, verify_claims
    from extractor.match import get_embedder

    from conftest import CORPUS

    out = tmp_path_factory.mktemp("report")
    groups = compare_claims(seed_records, lambda: get_embedder("cpu")).groups
    verdicts = verify_claims(seed_records, read_reference(CORPUS / "reference" / "figures.csv"),
                             lambda: get_embedder("cpu"))
    for name, records in (("groups.jsonl", groups), ("verdicts.jsonl", verdicts)):
        (out / name).write_text("".join(json.dumps(r) + "\n" for r in records))
    stats = build_report(seed_store, out / "review.html", out / "verdicts.jsonl", out / "groups.jsonl")
    return out / "review.html", stats


@pytest.mark.slow
def test_report_is_one_self_contained_file(seed_report):
    path, stats = seed_report
    page = path.read_text()
    assert stats == {"documents": 3, "claims": 23, "groups": 1, "verdicts": 23}
    assert page.count('<mark class="claim"') == 23
    assert not re.search(r'<(script|link|img|iframe)[^>]+(src|href)=', page)      # nothing fetched
    assert "<svg" in page and 'id="per-kind-site"' in page


@pytest.mark.slow
def test_report_in_chromium_click_shows_the_claim_and_keys_move(seed_report, browser):
    from selenium.webdriver.common.by import By

    path, _ = seed_report
    browser.get(path.as_uri())
    data = json.loads(browser.find_element(By.ID, "claims-data").get_attribute("textContent"))
    cid = next(i for i, c in data.items() if c["quote"] == "74.7 percent")
    browser.find_element(By.CSS_SELECTOR, f'mark[data-id="{cid}"]').click()
    panel = browser.find_element(By.ID, "panel")
    field = {e.get_attribute("data-field"): e.text for e in panel.find_elements(By.CSS_SELECTOR, "[data-field]")}
    assert panel.find_element(By.TAG_NAME, "h2").text == "74.7 percent"
    assert field["kind"] == "percent" and field["value"] == "74.7 %" and field["subject"] == "China"
    assert field["time scope"] == "In the past decade (2011/2021)" and field["source"].startswith("Ms. Liu Hua")
    assert field["XPath"].startswith("/html/") and int(field["line"]) > 0
    assert field["verdict"].startswith("consistent") and "WIPO" in field["verdict"]
    ARTIFACTS.mkdir(exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "report-claim-panel.png"))
    # keyboard: j moves to the next claim in the text
    browser.find_element(By.TAG_NAME, "body").send_keys("j")
    assert panel.find_element(By.TAG_NAME, "h2").text != "74.7 percent"
    browser.find_element(By.TAG_NAME, "body").send_keys("k")
    assert panel.find_element(By.TAG_NAME, "h2").text == "74.7 percent"


@pytest.mark.slow
def test_report_in_chromium_filters_hide_claims(seed_report, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    path, _ = seed_report
    browser.get(path.as_uri())
    shown = browser.find_element(By.ID, "shown")
    assert shown.text == "23 of 23 claims shown"
    Select(browser.find_element(By.ID, "verdict-filter")).select_by_visible_text("differs")
    assert shown.text == "1 of 23 claims shown"
    on = browser.find_elements(By.CSS_SELECTOR, "mark.claim:not(.off)")
    assert [m.text for m in on] == ["40%"]
    Select(browser.find_element(By.ID, "verdict-filter")).select_by_visible_text("any")
    browser.find_element(By.CSS_SELECTOR, '#kinds input[value="rank"]').click()
    ranks = sum(1 for m in browser.find_elements(By.CSS_SELECTOR, "mark.claim") if m.get_attribute("data-kind") == "rank")
    assert shown.text == f"{23 - ranks} of 23 claims shown" and ranks > 0


def test_report_from_jsonl_cleans_the_pages_again(seed_results, tmp_path):
    from extractor.store import JsonlSink

    jsonl = tmp_path / "claims.jsonl"
    with JsonlSink(jsonl) as sink:
        for result in seed_results:
            sink.write(result)
    stats = build_report(jsonl, tmp_path / "review.html", max_docs=1)
    page = (tmp_path / "review.html").read_text()
    assert stats["documents"] == 1 and stats["claims"] == page.count('<mark class="claim"') > 0


@pytest.mark.slow
def test_report_in_chromium_chart_dot_opens_its_claim(seed_report, browser):
    from selenium.webdriver.common.by import By

    path, _ = seed_report
    browser.get(path.as_uri())
    dots = browser.find_elements(By.CSS_SELECTOR, "figure.chart circle")
    assert len(dots) == 3
    quotes = set()
    for dot in dots:
        dot.click()
        quotes.add(browser.find_element(By.CSS_SELECTOR, "#panel h2").text)
    assert quotes == {"74.7 percent", "40%", "25%"}
