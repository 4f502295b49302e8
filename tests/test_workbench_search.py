"""search: full text over claim sentences with filters, table and JSONL output."""

import io
import re

import pytest

from extractor.store import SearchFilters
from extractor.types import ExtractorError
from extractor.workbench.search import plain_query, results_table, search


def _quotes(claims):
    return sorted(c["quote"] for c in claims)


def test_search_full_text_finds_claims_of_matching_sentences(seed_store):
    found = search(seed_store, "patent*")
    assert {"74.7 percent", "389,571 patents", "40%", "25%"} <= set(_quotes(found))
    assert all("patent" in c["sentence"].lower() for c in found)
    assert search(seed_store, "xylophone") == []


def test_search_filters_kind_subject_site_and_checkworthiness(seed_store):
    assert {c["kind"] for c in search(seed_store, "China", SearchFilters(kind="rank"))} == {"rank"}
    beijing = search(seed_store, "clusters", SearchFilters(subject="beijing"))
    assert _quotes(beijing) == ["3rd"]
    pat = search(seed_store, "China", SearchFilters(site="patoffice"))
    assert pat and all(c["provenance"]["site"] == "PATOffice" for c in pat)
    high = search(seed_store, "China", SearchFilters(min_checkworthy=0.9))
    assert high and all(c["checkworthy"] >= 0.9 for c in high)


def test_search_period_is_the_time_scope_else_the_publication_date(seed_store):
    # 25% is about 2020 although its page is from 2024; 1.4 times has no time scope: its page's date counts
    old = _quotes(search(seed_store, "patent*", SearchFilters(until="2020")))
    assert "25%" in old and "40%" not in old and "1.4 times" not in old
    recent = _quotes(search(seed_store, "patent*", SearchFilters(since="2024-01")))
    assert "1.4 times" in recent and "25%" not in recent and "74.7 percent" not in recent
    decade = _quotes(search(seed_store, "patent*", SearchFilters(since="2015", until="2015")))
    assert "74.7 percent" in decade and "40%" not in decade      # 2011/2021 covers 2015


def test_search_text_that_is_not_fts_syntax_is_searched_as_words(seed_store):
    assert plain_query('74.7% "AI') == '"74" "7" "AI"'
    assert _quotes(search(seed_store, "74.7%")) == _quotes(search(seed_store, '"74" "7"'))
    assert "74.7 percent" in _quotes(search(seed_store, "74.7%"))


def test_search_needs_a_store(tmp_path):
    jsonl = tmp_path / "claims.jsonl"
    jsonl.write_text('{"schema": "claim/1"}\n')
    with pytest.raises(ExtractorError, match="not a claims store"):
        search(jsonl, "China")


def test_search_table_highlights_the_quote(seed_store):
    from rich.console import Console

    console = Console(record=True, width=140, file=io.StringIO(), color_system="standard")
    console.print(results_table(search(seed_store, "decade"), "decade"))
    text = console.export_text(clear=False)
    assert "3 claims matching 'decade'" in text and "2011/2021" in text and "389571 patents" in text
    html = console.export_html(inline_styles=True)
    assert re.search(r'<span style="[^"]*font-weight: bold">74\.7 percent</span>', html)   # the quote stands out
