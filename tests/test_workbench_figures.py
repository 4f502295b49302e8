"""Figures: tolerance by kind (every example of tolerance.toml), normalisation, spreads."""

import pytest

from extractor.workbench.figures import agree, norm_text, norm_unit, spread_pct, tolerance_examples, value_of


@pytest.mark.parametrize("kind,a,b,expected", tolerance_examples(),
                         ids=lambda x: str(x))
def test_figures_tolerance_examples(kind, a, b, expected):
    assert agree(kind, a, b) is expected
    assert agree(kind, b, a) is expected


def test_figures_about_widens_the_tolerance():
    assert not agree("count", 389571, 400000)
    assert agree("count", 389571, 400000, approx=True)


def test_figures_every_kind_with_a_number_has_a_tolerance():
    from extractor.types import KINDS
    from extractor.workbench.figures import tolerances

    assert set(tolerances()[0]) == set(KINDS) - {"date"}


def test_figures_normalise_subjects_and_units():
    assert norm_text("The China's") == "china"
    assert norm_text("  WIPO’s global policy ") == "wipo global policy"
    assert norm_text(None) == ""
    assert norm_unit("Patents") == norm_unit("patent") == "patent"
    assert norm_unit("%") == "%" and norm_unit("class") == "class"


def test_figures_value_of_takes_the_middle_of_a_range_and_skips_dates():
    assert value_of({"value": 40}) == 40.0
    assert value_of({"value": None, "value_low": 18, "value_high": 25}) == 21.5
    assert value_of({"value": None, "value_low": None, "value_high": None, "value_text": "2021-09-27"}) is None


def test_figures_spread_is_in_percent_of_the_smallest():
    assert spread_pct([74.7, 40]) == pytest.approx(86.75)
    assert spread_pct([5, 5]) == 0.0
