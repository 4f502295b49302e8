"""verify: reference rows, verdicts by kind tolerance, and the ClaimReview export."""

import json
import re
from datetime import date
from urllib.parse import urlparse

import pytest

from extractor.types import ExtractorError
from extractor.workbench.verify import (consistent, in_period, property_rules, read_reference, speaks_of,
                                        verify_claims)

from conftest import CORPUS

REFERENCE = CORPUS / "reference" / "figures.csv"

# What each seed claim should get against corpus/reference/figures.csv: (verdict, reference line).
# Every other seed claim has no reference. "top 15" is a bound ("in the top 15"): any reference
# rank up to 15 is consistent with it.
EXPECTED = {
    "74.7 percent": ("consistent", 2), "389,571 patents": ("consistent", 3), "12th": ("consistent", 4),
    "19": ("consistent", 5), "40%": ("differs", 6), "25%": ("consistent", 7), "second": ("consistent", 9),
    "top 15": ("consistent", None),
}


@pytest.mark.parametrize("example", [(True, e) for e in property_rules()["match"]]
                         + [(False, e) for e in property_rules()["no_match"]], ids=lambda x: x[1]["property"])
def test_verify_property_rule_examples(example):
    expected, e = example
    assert speaks_of(e["property"], e["sentence"]) is expected


def test_verify_bounds_and_ranges_are_consistent_with_references_inside_them():
    base = {"kind": "count", "value": 100, "value_low": None, "value_high": None, "bound": ">"}
    assert consistent(base, 120) and not consistent(base, 80)
    assert consistent({**base, "bound": "<="}, 80) and not consistent({**base, "bound": "<="}, 120)
    assert consistent({**base, "bound": "~"}, 104) and not consistent({**base, "bound": "="}, 104)
    rng = {**base, "value": None, "value_low": 18, "value_high": 25, "bound": "="}
    assert consistent(rng, 20) and not consistent(rng, 30)


def test_verify_malformed_reference_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("subject,property,value,unit,source\nChina,x,1,%,y\n")
    with pytest.raises(ExtractorError, match="lacks column.*period"):
        read_reference(bad)
    bad.write_text("subject,property,period,value,unit,source\nChina,x,2020,lots,%,y\n")
    with pytest.raises(ExtractorError, match=r"bad.csv:2: value 'lots'"):
        read_reference(bad)
    with pytest.raises(ExtractorError, match="no such reference file"):
        read_reference(tmp_path / "missing.csv")


@pytest.fixture(scope="module")
def seed_verdicts(seed_records, embedder):
    return verify_claims(seed_records, read_reference(REFERENCE), lambda: embedder)


@pytest.mark.slow
def test_verify_every_seed_claim_gets_its_expected_label(seed_records, seed_verdicts):
    quotes = {c["claim_id"]: c["quote"] for c in seed_records}
    assert len(seed_verdicts) == len(seed_records) == 23
    got = {quotes[v["claim_id"]]: (v["verdict"], v["reference"]["line"] if v["reference"] else None)
           for v in seed_verdicts}
    for quote, verdict in got.items():
        want = EXPECTED.get(quote, ("no_reference", None))
        assert verdict[0] == want[0], quote
        assert want[1] is None or verdict[1] == want[1], quote
    differs = next(v for v in seed_verdicts if v["verdict"] == "differs")
    assert differs["difference_pct"] == pytest.approx((40 - 38) / 38 * 100, abs=0.01)
    assert differs["reference"]["source"].startswith("TEST FIXTURE")


@pytest.mark.slow
def test_verify_reference_file_has_a_match_a_contradiction_and_an_unused_row(seed_verdicts):
    from extractor.workbench.verify import rows_unmatched

    rows = read_reference(REFERENCE)
    lines = {v["verdict"]: v["reference"]["line"] for v in seed_verdicts if v["reference"]}
    assert {"consistent", "differs"} <= set(lines)
    assert [r.subject for r in rows_unmatched(rows, seed_verdicts)] == ["Germany"]


# -- ClaimReview: schema.org types, Google's required and recommended fact-check properties -----

def _is_url(x):
    u = urlparse(x) if isinstance(x, str) else None
    return bool(u and u.scheme in ("http", "https") and u.netloc)


def _is_date(x):
    return isinstance(x, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T[\d:.]+(Z|[+-]\d{2}:\d{2})?)?", x) is not None


def _is_text(x):
    return isinstance(x, str) and x.strip() != ""


def _check_creative_work(w):
    """schema.org appearance / firstAppearance: a CreativeWork (here with a url)."""
    assert w["@type"] == "CreativeWork" and _is_url(w["url"])
    assert "datePublished" not in w or _is_date(w["datePublished"])


def check_claim_review(r):
    assert r["@context"] == "https://schema.org" and r["@type"] == "ClaimReview"
    # Google required: claimReviewed (Text), reviewRating (Rating with alternateName), url (URL)
    assert _is_text(r["claimReviewed"]) and len(r["claimReviewed"]) <= 75
    assert _is_url(r["url"])
    rating = r["reviewRating"]
    assert rating["@type"] == "Rating" and _is_text(rating["alternateName"])
    for key in ("ratingValue", "bestRating", "worstRating"):       # schema.org: Number or Text
        assert isinstance(rating[key], (int, float)) and not isinstance(rating[key], bool)
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert r["claimReviewed"] not in rating["alternateName"]        # Google: the rating is not in claimReviewed
    # recommended: author (Organization or Person), datePublished (Date), itemReviewed (Claim)
    assert r["author"]["@type"] in ("Organization", "Person") and _is_text(r["author"]["name"])
    assert _is_date(r["datePublished"])
    item = r["itemReviewed"]
    assert item["@type"] == "Claim"
    assert item["author"]["@type"] in ("Organization", "Person") and _is_text(item["author"]["name"])
    assert _is_date(item["datePublished"])
    assert isinstance(item["appearance"], list) and item["appearance"]
    for w in item["appearance"]:
        _check_creative_work(w)
    _check_creative_work(item["firstAppearance"])
    dates = [w.get("datePublished") or "9999" for w in item["appearance"]]
    assert item["firstAppearance"] == item["appearance"][0] and dates == sorted(dates)


@pytest.mark.slow
def test_verify_claimreview_export_meets_schema_org_and_google(seed_records, seed_verdicts):
    from extractor.workbench.claimreview import claim_reviews

    claims = {c["claim_id"]: c for c in seed_records}
    reviews = claim_reviews(seed_verdicts, claims, today=date(2026, 12, 1))
    reviewed = [v for v in seed_verdicts if v["reference"]]
    assert len(reviews) == len(reviewed) == 8
    for review, verdict in zip(reviews, reviewed):
        check_claim_review(review)
        json.dumps(review)
        claim = claims[verdict["claim_id"]]
        assert review["reviewRating"]["ratingValue"] == (2 if verdict["verdict"] == "consistent" else 1)
        assert review["itemReviewed"]["datePublished"] == claim["provenance"]["published"]
        assert review["url"].endswith("#claim-" + verdict["claim_id"])
    liu = next(r for v, r in zip(reviewed, reviews) if claims[v["claim_id"]]["quote"] == "74.7 percent")
    assert liu["itemReviewed"]["author"] == {"@type": "Person", "name": "Ms. Liu Hua"}
    assert liu["reviewRating"]["alternateName"].startswith("Consistent with WIPO")


def test_verify_claimreview_lists_every_appearance_of_a_repeated_figure_earliest_first(tmp_path):
    from extractor.workbench.claimreview import claim_reviews

    from conftest import BagOfWordsEmbedder

    ref = tmp_path / "ref.csv"
    ref.write_text("subject,property,period,value,unit,source\n"
                   "Norway,share of electric cars sold,2023,82.4,%,Statistics Norway\n")

    def claim(doc, published, value, sentence):
        return {"claim_id": doc, "doc_id": doc, "kind": "percent", "unit": "%", "value": value, "value_low": None,
                "value_high": None, "bound": "=", "quote": f"{value}%", "sentence": sentence,
                "subject": {"text": "Norway"}, "property": None, "source": None,
                "time_scope": {"text": "in 2023", "iso": "2023"},
                "provenance": {"url": f"https://{doc}.example/news", "published": published, "site": doc}}
    claims = [claim("late", "2024-03-01", 82, "Electric cars sold in Norway made up 82% in 2023."),
              claim("early", "2024-01-10", 82.4, "In Norway 82.4% of new cars sold in 2023 were electric."),
              claim("wrong", "2024-02-01", 90, "Norway says 90% of cars sold in 2023 were electric.")]
    verdicts = verify_claims(claims, read_reference(ref), BagOfWordsEmbedder)
    assert [v["verdict"] for v in verdicts] == ["consistent", "consistent", "differs"]
    reviews = claim_reviews(verdicts, {c["claim_id"]: c for c in claims}, review_url="https://checks.example/ev",
                            today=date(2024, 3, 2))
    for r in reviews:
        check_claim_review(r)
    late, early, wrong = (r["itemReviewed"] for r in reviews)
    assert [w["url"] for w in late["appearance"]] == ["https://early.example/news", "https://late.example/news"]
    assert late["firstAppearance"]["url"] == early["firstAppearance"]["url"] == "https://early.example/news"
    assert [w["url"] for w in wrong["appearance"]] == ["https://wrong.example/news"]
    assert reviews[2]["reviewRating"]["alternateName"] == "Differs by +9.22% from Statistics Norway"
    assert late["author"] == {"@type": "Organization", "name": "late", "url": "https://late.example/news"}


@pytest.mark.parametrize(("period", "reference", "expected"), [
    ("2021-09-28", "2021", True), ("2021-09", "2021", True), ("2021", "2021", True), ("2021", "", True),
    ("2011/2021", "2011/2021", True), ("2021", "2021-09", False), ("2012", "2011/2021", False),
    ("20210", "2021", False), ("2011/2021", "2011", False),
])
def test_verify_a_date_falls_in_the_reference_period_that_contains_it(period, reference, expected):
    assert in_period(period, reference) is expected
