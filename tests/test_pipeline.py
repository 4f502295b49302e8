"""The public surface: clean, extract, extract_text."""

import pytest

from extractor import extract, extract_text

pytestmark = pytest.mark.slow


def test_pipeline_extract_text_offsets_index_the_given_text():
    text = ("Sales rose 12% in 2023, according to the company.\n\n"
            "The firm employs more than 4,000 people in 12 countries.")
    claims = extract_text(text)
    assert [c.quote for c in claims] == ["12%", "4,000 people", "12 countries"]
    for c in claims:
        assert text[c.start:c.end] == c.quote
    assert claims[0].change.direction == "up" and claims[0].change.type == "pct_delta"
    assert claims[0].source.text == "company" and claims[0].time_scope.iso == "2023"
    assert claims[1].bound == ">"


def test_pipeline_extract_text_resolves_relative_dates_with_published():
    [c] = extract_text("Exports fell 3% last year.", published="2024-05-01")
    assert c.time_scope.iso == "2023" and c.change.direction == "down"


def test_pipeline_extract_on_html_string():
    html = ("<html><body><nav><a href='/'>Home</a> <a href='/x'>Top 10 lists</a></nav>"
            "<article><p>The city spent $3.5 billion on 30 km of new tram lines.</p></article>"
            "<footer>© 2024 City News</footer></body></html>")
    claims = extract(html)
    assert [(c.kind, c.value, c.unit) for c in claims] == [("money", 3.5e9, "USD"), ("measure", 30, "km")]
    assert all(c.provenance.xpath == "/html/body/article/p" for c in claims)


def test_pipeline_empty_text_has_no_claims():
    assert extract_text("   ") == []


def test_pipeline_counted_period_is_a_duration_only_when_it_scopes_nothing():
    [c] = extract_text("The company has been beset by controversy over the past two years.", published="2021-05-01")
    assert (c.kind, c.value, c.unit, c.quote, c.time_scope) == ("duration", 2, "year", "two years", None)  # the period
    # is the figure itself, so it has no time scope of its own
    [c] = extract_text("Exports fell 3% over the past two years.", published="2021-05-01")
    assert c.kind == "percent" and c.time_scope.iso == "2019/2021"
