"""Claims on the seed pages against their gold (corpus/gold/claims.jsonl)."""

import functools
import re
from pathlib import Path

import pytest
from bench_claims import same_value

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.slow


def gold_span(text: str, g: dict) -> tuple[int, int]:
    """Where the gold quote sits in the cleaned text: inside its gold sentence."""
    s = text.find(g["sentence"])
    assert s >= 0, f"gold sentence not in page text: {g['sentence'][:60]}"
    q = text.find(g["quote"], s)
    assert s <= q < s + len(g["sentence"]), g["quote"]
    return q, q + len(g["quote"])


def align(seed_pages, seed_claims, gold):
    """[(gold, matching claim or None)]: a claim matches when its quote overlaps the gold quote
    and kind and value agree."""
    out = []
    for g in gold:
        text = seed_pages[g["page"]].text
        gs, ge = gold_span(text, g)
        hit = next((c for c in seed_claims[g["page"]]
                    if c.start < ge and gs < c.end and c.kind == g["kind"] and same_value(c, g)), None)
        out.append((g, hit))
    return out


def test_assemble_finds_90_percent_of_seed_gold_with_value_and_kind(seed_pages, seed_claims, gold):
    pairs = align(seed_pages, seed_claims, gold)
    found = sum(1 for _, c in pairs if c is not None)
    recall = found / len(gold)
    missed = [(g["quote"], g["kind"], g["value"]) for g, c in pairs if c is None]
    print(f"\nseed gold value+kind recall: {found}/{len(gold)} = {recall:.3f}; missed: {missed}")
    assert recall >= 0.9, f"recall {recall:.3f} below 0.90; missed {missed}"


@pytest.mark.parametrize("quote,kind,value", [
    ("389,571 patents", "count", 389571), ("74.7 percent", "percent", 74.7), ("12th", "rank", 12),
    ("40%", "percent", 40), ("25%", "percent", 25), ("48%", "percent", 48), ("80%", "percent", 80),
    ("1.4 times", "ratio", 1.4),
])
def test_assemble_named_seed_claims(seed_pages, seed_claims, gold, quote, kind, value):
    [g] = [g for g in gold if g["quote"] == quote]
    [(_, claim)] = [p for p in align(seed_pages, seed_claims, [g])]
    assert claim is not None, f"{quote} not found as {kind} {value}"
    assert claim.quote.startswith(quote.split()[0])


def test_assemble_china_is_the_subject_of_the_china_claims(seed_pages, seed_claims, gold):
    china = [g for g in gold if g["subject"] == "China"]
    assert len(china) >= 10
    wrong = []
    for g, c in align(seed_pages, seed_claims, china):
        if c is None or c.subject is None or "China" not in c.subject.text:
            wrong.append((g["quote"], c.subject.text if c and c.subject else None))
    assert wrong == []


def test_assemble_every_claim_quote_is_its_text_slice(seed_pages, seed_claims):
    for name, claims in seed_claims.items():
        text = seed_pages[name].text
        assert claims
        for c in claims:
            assert c.quote == text[c.start:c.end]
            assert text[c.sentence_start:c.sentence_start + len(c.sentence)] == c.sentence
            for span in (c.subject, c.time_scope, c.source, c.property):
                if span is not None and span.start is not None:
                    assert text[span.start:span.end] == span.text


def test_assemble_bounds_changes_and_dates(seed_pages, seed_claims):
    by_quote = {c.quote: c for cl in seed_claims.values() for c in cl}
    assert (by_quote["100 participants"].bound, by_quote["100 participants"].bound_cue) == (">", "more than")
    assert (by_quote["top 15"].bound, by_quote["top 15"].bound_cue) == ("<=", "top")
    assert by_quote["two places"].change.direction == "up" and by_quote["two places"].change.type == "abs_delta"
    forty, twenty_five = by_quote["40%"], by_quote["25%"]
    assert forty.change.type == "level" and forty.change.from_claim == twenty_five.claim_id
    assert twenty_five.change is None
    assert by_quote["September 27"].value_text == "2021-09-27"
    assert by_quote["74.7 percent"].time_scope.iso == "2011/2021"
    assert by_quote["40%"].time_scope.text == "in 2023" and by_quote["25%"].time_scope.text == "in 2020"


def test_assemble_no_claims_from_identifiers_or_list_numbering(seed_claims):
    quotes = [c.quote for cl in seed_claims.values() for c in cl]
    for bad in ("2021", "2025", "2019", "2020", "first is", "second is", "One"):
        assert bad not in quotes


def test_assemble_sources_carry_over_reported_speech(seed_claims):
    by_quote = {c.quote: c for cl in seed_claims.values() for c in cl}
    for q in ("389,571 patents", "74.7 percent", "four sessions"):
        assert "Liu Hua" in by_quote[q].source.text, q
    assert "Global Innovation Index" in by_quote["12th"].source.text
    assert "Stanford University" in by_quote["48%"].source.text
    assert by_quote["100 participants"].source is None


def test_assemble_ranking_of_a_country_is_not_a_source(nlp):
    from extractor import extract_text

    [c] = extract_text("The ranking of China rose to 12th place.")
    assert c.kind == "rank" and c.source is None


def test_assemble_respectively_gives_each_rank_its_own_name(nlp):
    from extractor import extract_text

    claims = extract_text("China ranks the second globally -- with Shenzhen-Hong Kong-Guangzhou and Beijing "
                          "in the 2nd and 3rd spots, respectively.")
    assert [(c.quote, c.subject.text) for c in claims] == [
        ("second", "China"), ("2nd", "Shenzhen-Hong Kong-Guangzhou"), ("3rd", "Beijing")]


def test_assemble_definite_description_takes_the_named_antecedent(nlp):
    from extractor import extract_text

    text = ("On September 27, the Sub-Forum on Artificial Intelligence was held in Wuzhen. "
            "The forum attracted more than 100 participants from the AI industry.")
    [c] = [c for c in extract_text(text) if c.kind == "count"]
    assert c.subject.text == "Sub-Forum on Artificial Intelligence"
    assert text[c.subject.start:c.subject.end] == c.subject.text


def test_assemble_levels_after_a_change_and_bracketed_restatements(nlp):
    from extractor import extract_text

    a, b = extract_text("Blackmores rose 9.4 per cent to $84 on Monday.")
    assert (a.change.direction, a.change.type) == ("up", "pct_delta")
    assert (b.quote, b.change.direction, b.change.type) == ("$84", "up", "level")
    crowns, usd = extract_text("It charges customers with more than 7.5 million Danish crowns (US $1.1 million).")
    assert crowns.unit == "DKK" and (usd.unit, usd.bound, usd.bound_cue) == ("USD", ">", "more than")
    [c] = extract_text("Nintendo plunged 4.28 percent on Friday.")
    assert c.change.direction == "down"


def test_assemble_restatements_in_one_bracket_share_the_bound(nlp):
    from extractor import extract_text

    claims = extract_text("The engine produces just under 296 hp (224 kW / 300 PS) and 450 Nm of torque.")
    assert [(c.quote, c.bound) for c in claims] == [("296 hp", "<"), ("224 kW", "<"), ("300 PS", "<"),
                                                    ("450 Nm", "=")]


def test_assemble_counts_take_a_rate_and_stop_before_a_period(nlp):
    from extractor import extract_text

    [c] = extract_text("The state will provide three thousand tests per day.")
    assert (c.quote, c.value, c.unit) == ("three thousand tests per day", 3000, "tests/day")
    [c] = extract_text("As many as 14 first-team players left the club.")
    assert (c.quote, c.unit) == ("14 first-team players", "players")
    claims = extract_text("The launch angle was minus-1.4 degrees in 2018 and 2.1 last year.")
    assert [c.quote for c in claims if c.kind != "date"] == ["minus-1.4 degrees", "2.1"]
    [c] = extract_text("It will join the 50 previous years of programming.")
    assert (c.quote, c.unit) == ("50 previous years", "years")


def test_assemble_a_change_with_its_verb_left_out_keeps_the_direction(nlp):
    from extractor import extract_text

    claims = extract_text("Shares of Ross were down 2.3%, Burlington by 2.6% and Foot Locker was down 1.9%.")
    assert [(c.quote, c.change.direction, c.change.type) for c in claims] == [
        ("2.3%", "down", "pct_delta"), ("2.6%", "down", "pct_delta"), ("1.9%", "down", "pct_delta")]


@pytest.mark.parametrize("text,quote,change", [
    ("The Fed cut rates by 0.5 percentage point.", "0.5 percentage point", ("down", "pp_delta")),
    ("Acme raised prices by 5% in May.", "5%", ("up", "pct_delta")),
    ("The bank lowered its forecast by $2 billion.", "$2 billion", ("down", "abs_delta")),
    ("Costs were cut by 30%.", "30%", ("down", "pct_delta")),
    ("The city reduced emissions by 12% last year.", "12%", ("down", "pct_delta")),
    ("Rates were cut to 4% in May.", "4%", ("down", "level")),
    ("The trade gap widened by $3 billion.", "$3 billion", ("up", "abs_delta")),
    ("The drug cut the risk of heart attack by 20% in a study.", "20%", ("down", "pct_delta")),
    ("Sales of electric vehicles doubled to 1.4 million units in 2023.", "1.4 million units", ("up", "level")),
    ("Prices rose by about 5% last year.", "5%", ("up", "pct_delta")),                 # a bound after "by"
    ("Acme cut prices by as much as 5%.", "5%", ("down", "pct_delta")),
    ("Shares were up about 5% in early trading.", "5%", ("up", "pct_delta")),
    ("Bitcoin fell below $60,000 on Monday.", "$60,000", None),                        # a threshold, no move
    ("The stock was down over 13% since January.", "13%", ("down", "pct_delta")),       # a bound of the move
    ("Microsoft cut 10,000 jobs last year.", "10,000 jobs", ("down", "abs_delta")),     # job cuts, with no "by"
    ("Acme cut its workforce by 300 jobs.", "300 jobs", ("down", "abs_delta")),
    ("The stock ran up 15% in two days.", "15%", ("up", "pct_delta")),
    ("The government lowered the tax rate to 21%.", "21%", ("down", "level")),        # the level after an object
    ("Acme raised its dividend to $1.20 a share.", "$1.20 a share", ("up", "level")),
    ("The firm cut ties to 3 suppliers.", "3 suppliers", None),
    ("The storm cut power to 40% of Puerto Rico.", "40%", None),                       # a share of what it reached
    ("The Fed could cut rates by up to 50 basis points.", "50 basis points", ("down", "abs_delta")),
    ("Bitcoin rose over $70,000 for the first time.", "$70,000", None),                 # a level passed
    ("The plan would reduce emissions by 30% to 40%.", "30% to 40%", ("down", "pct_delta")),   # the move's range
    ("The city trimmed its budget by $1.2 billion to $48 billion.", "$48 billion", ("down", "level")),
    ("The law cut the number of uninsured Americans by 20 million.", "20 million", ("down", "abs_delta")),
    ("Acme will eliminate about 1,300 positions.", "1,300 positions", ("down", "abs_delta")),
    ("Walmart raised wages by 5% at 4,000 stores.", "4,000 stores", None),           # where, not a level
    # who did it, after a transitive verb's "by", is no amount
    ("Turnout was boosted by 2 million people voting early.", "2 million people", None),
    ("Regulators reduced the fines paid by 40% of the banks.", "40%", None),
    ("The team was eliminated by 3 points in the semifinal.", "3 points", None),
    ("The funds were raised by 12 volunteers.", "12 volunteers", None),
    ("Budget cuts by 12 states totaled $5 billion.", "12 states", None),
    ("The director cut 3 songs from the album.", "3 songs", None),
    # the particle of another verb is no word of change
    ("Solimo racked up more than $6 million in sales.", "$6 million", None),
    ("Women made up 40% of the board.", "40%", None),
    ("Rent takes up 35% of income.", "35%", None),
    ("Sales ended up 5% higher.", "5%", ("up", "pct_delta")),
    ("The homicide rate fell 17% in 2023.", "17%", ("down", "pct_delta")),     # "rate", not "ate"
    # a transitive verb's object alone is no change
    ("Acme raised $40 million in a funding round.", "$40 million", None),
    ("She raised 3 children in Ohio.", "3 children", None),
    # a move restated after ", or" is the same move in its own terms, and the level after it is reached by it
    ("The Dow fell 350 points, or 1.1%, to 33,500.", "1.1%", ("down", "pct_delta")),
    ("The Dow fell 350 points, or 1.1%, to 33,500.", "33,500", ("down", "level")),
    ("The S&P 500 gained 0.5%, or 25 points, to 5,100.", "25 points", ("up", "abs_delta")),
    ("Dell will cut more than 6,650 jobs, or about 5% of its workforce.", "5%", ("down", "pct_delta")),
    ("Sales were $3 billion, or 40% of revenue.", "40%", None),                     # no move to restate
    ("The company will cut 300 jobs, or hire 200 contractors instead.", "200 contractors", None),   # another act
    ("The stock jumped 20%, or three times the market's gain.", "three times", None),              # a multiple
    ("The index fell 2%, or 15 points below its average.", "15 points", None),                     # a distance
    # a noun of a move sized by the figure: "a 4% increase", "an increase of 4%"; a net loss is an amount
    ("The budget includes $90 billion for schools, a 4% increase.", "4%", ("up", "pct_delta")),
    ("Acme reported a more than 12% drop in profit.", "12%", ("down", "pct_delta")),
    ("There was an increase of 3 points in the index.", "3 points", ("up", "abs_delta")),
    ("Acme announced a $2 billion cut to its budget.", "$2 billion", ("down", "abs_delta")),
    ("Acme posted a $2 billion loss.", "$2 billion", None),
    ("Acme took a 4% stake in Globex.", "4%", None),
    ("The agent takes a 10% cut of the fee.", "10%", None),                       # a share, not a move
    ("The plan brings a 12% reduction of emissions.", "12%", ("down", "pct_delta")),
    ("The 2% rise in prices was smaller than expected.", "2%", ("up", "pct_delta")),
    ("Acme recorded a $5 million gain on the sale of its office.", "$5 million", None),   # an amount, as a loss
    ("The cliff has a 40-foot drop into the river.", "40-foot", None),                 # a place's height
    ("Acme reported a 300 increase in staff.", "300", ("up", "abs_delta")),           # sizes a move, counts no
    ("The show saw a 3-million increase in viewers.", "3-million", ("up", "abs_delta")),    # "increase"
    ("Acme announced 2,000 cuts.", "2,000 cuts", None),
    # Review 58 (invented inputs): an economy's or a market's move told without "by", and the participle after
    # "have"; the same words before a count of a noun they act on are no move
    ("Germany's economy contracted 0.3% in the fourth quarter.", "0.3%", ("down", "pct_delta")),
    ("India's economy expanded 7.8% in the second quarter.", "7.8%", ("up", "pct_delta")),
    ("Home prices have fallen 4% over the past year.", "4%", ("down", "pct_delta")),
    ("Shares of the bank slumped 9% after the report.", "9%", ("down", "pct_delta")),
    ("The yen strengthened 0.6% against the dollar.", "0.6%", ("up", "pct_delta")),
    ("Inflation slowed to 2.4% in March.", "2.4%", ("down", "level")),
    ("The firm contracted 200 engineers for the project.", "200 engineers", None),
    ("The chain expanded 40 stores into cafes.", "40 stores", None),
    ("Police recovered 300 guns in the raid.", "300 guns", None),
    ("The company expanded its workforce by 2,000 jobs.", "2,000 jobs", ("up", "abs_delta")),      # "by": the amount
    # ... and a level reached past a bound of it
    ("The death toll rose to at least 42 on Sunday.", "42", ("up", "level")),
    ("Average rents climbed to nearly £1,300 a month.", "£1,300 a month", ("up", "level")),
    ("The number of homeless people rose by 12 percent to about 650,000.", "650,000", ("up", "level")),
    # ... and a move or a level told at a pace ("at an annual rate of")
    ("Prices rose at an annual rate of 3.5% in the three months to June.", "3.5%", ("up", "pct_delta")),
    ("Housing starts plunged 14.7% to an annual rate of 1.32 million units.", "1.32 million units", ("down", "level")),
    ("The economy shrank at an annualised rate of 2.1% in the first quarter.", "2.1%", ("down", "pct_delta")),
    ("Existing home sales rose 4.2% to a seasonally adjusted annual rate of 4.08 million.", "4.08 million",
     ("up", "level")),
    ("Output grew at a seasonally adjusted annual rate of 3.1% last quarter.", "3.1%", ("up", "pct_delta")),
    ("The plant runs at a rate of 300 cars a day.", "300 cars a day", None),
    # ... and the standing a move reached
    ("The country slipped to 14th in the competitiveness ranking.", "14th", ("down", "level")),
    ("The club dropped three places to 17th after the defeat.", "17th", ("down", "level")),
    ("The club dropped three places to 17th after the defeat.", "three places", ("down", "abs_delta")),
])
def test_assemble_change_words_of_change_before_a_figure(nlp, text, quote, change):
    claim = _figure(text, quote)
    assert (None if claim.change is None else (claim.change.direction, claim.change.type)) == change


# ---------------------------------------------------------------- each stage on its own

def sentences_of(text: str, published: str | None = None):
    """The assemble context of each sentence of `text`, as the pipeline builds it."""
    from extractor.assemble import Carry, attribute
    from extractor.assemble.context import page_context, sentences
    from extractor.nlp import annotate, get_nlp
    from extractor.pipeline import text_page
    from extractor.quantities.normalize import parse_iso_date

    page = text_page(text, published)
    doc = annotate(text, parse_iso_date(published), get_nlp())
    carry = Carry()
    return [attribute(s, carry) for s in sentences(page_context(page, doc, None, "test"))]


def test_assemble_context_gives_each_sentence_its_own_spans(nlp):
    text = "Sales rose 5% in 2020. Costs fell 3% in 2021.\n\nIt had 40 stores."
    quotes = [([q.text for q in s.quantities], [t._.mention.quote for t in s.times]) for s in sentences_of(text)]
    assert quotes == [(["5%"], ["in 2020"]), (["3%"], ["in 2021"]), (["40"], [])]


def test_assemble_context_finds_figures_by_position():
    """figures_from/figures_at answer what a scan of doc.spans["quantities"] answers, whatever the
    group's order, and see a span added after the first question (the index is built again)."""
    import spacy

    from extractor.assemble.context import figures_at, figures_from

    doc = spacy.blank("en")("In 2020 Acme sold 40 trucks and 300 vans , up 5 % .")
    doc.spans["quantities"] = [doc[11:13], doc[1:2], doc[4:6], doc[7:9]]     # not in text order
    assert figures_at(doc, 3) == [] and figures_from(doc, 2, 4) == []
    doc.spans["quantities"].append(doc[12:13])                              # overlaps "5 %"
    for lo in range(len(doc) + 1):
        for hi in range(lo, len(doc) + 1):
            scan = sorted((q for q in doc.spans["quantities"] if lo <= q.start < hi), key=lambda q: q.start)
            assert [(q.start, q.end) for q in figures_from(doc, lo, hi)] == [(q.start, q.end) for q in scan]
    assert [q.text for q in figures_at(doc, 12)] == ["5 %", "%"] and figures_at(doc, 6) == []
    doc.spans["quantities"] = [doc[1:2], doc[4:6], doc[7:9], doc[11:13], doc[12:13]]     # anew, same size
    assert [q.text for q in figures_from(doc, 0, 3)] == ["2020"]
    assert figures_from(spacy.blank("en")("No figures here ."), 0, 4) == []


@pytest.mark.parametrize(("text", "quote", "kept"), [
    ("Guests at Four Seasons paid $900 a night in 2023.", "Four Seasons", False),
    ("She said Five Guys would open 120 restaurants next year.", "Five Guys", False),
    ("She reread A Tale of Two Cities in May and finished 40 books.", "Two Cities", False),
    ("Four Democrats voted against the bill on Monday.", "Four Democrats", True),       # a party: NORP
    # (review) at a sentence's start a count has a capital too: a team's players, a people, products
    ("Four Lakers scored in double figures on Monday.", "Four Lakers", True),
    ("Two Teslas caught fire in the garage on Monday.", "Two Teslas", True),
    ("Three Chinese firms bid $2 billion for the port.", "Three Chinese firms", True),  # a people, a counted noun
    ("Two NASA astronauts spent 9 months on the station.", "Two NASA astronauts", True),  # an acronym
    ("Two Boeing jets landed in Denver on Monday.", "Two Boeing jets", True),            # a counted noun after
    # ... unless the page writes the same words inside a sentence too: then they name one thing there
    ("Four Seasons opened its first hotel in 1961. Guests at the Four Seasons in Bali pay $900 a night.",
     "Four Seasons", False),
    ("Fans of the four Lakers cheered. Four Lakers scored in double figures on Monday.", "Four Lakers", True),
    ("Lakers Rout Suns as Four Lakers Score 20\nFour Lakers scored 20 points or more on Sunday.", "Four Lakers", True),
    ("Burger King, Five Guys and Wendy's raised prices. Five Guys raised prices by 5%.", "Five Guys", False),
])
def test_assemble_filters_a_number_word_that_begins_a_name_is_no_count(nlp, text, quote, kept):
    """filters.begins_a_name: "Four Seasons", "Five Guys", "A Tale of Two Cities" are names."""
    from extractor import extract_text

    assert (quote in [c.quote for c in extract_text(text, published="2024-06-01")]) is kept


def test_assemble_filters_numbers_inside_names_and_list_numbering(nlp):
    from extractor.assemble.filters import is_identifier

    [s] = sentences_of("Windows 11 ships to 40 countries.")
    found = {q.text: is_identifier(s.ctx.text, q._.mention) for q in s.quantities}
    assert found == {"11": True, "40": False}


def test_assemble_filters_a_sentence_ended_on_the_line_before_names_no_number(nlp):
    """"... and Veeam Software.\n\nForty-five deals were announced": the capitalised word before the
    number ends the paragraph above, it is no name the number belongs to ("Windows 11")."""
    from extractor.assemble.filters import is_identifier

    found = {q.text: is_identifier(s.ctx.text, q._.mention)
             for s in sentences_of("Deals were announced by Veeam Software.\n\nForty-five deals closed in May. "
                                   "Windows 11 ships.") for q in s.quantities}
    assert found == {"Forty-five": False, "11": True}


def test_assemble_subject_is_the_clause_subject_not_a_pronoun(nlp):
    from extractor.assemble.subject import find_subject

    first, second = sentences_of("Acme hired 300 engineers. It sold 40 trucks.")
    assert find_subject(first, first.quantities[0]).text == "Acme"
    assert find_subject(second, second.quantities[0]).text == "Acme"     # "It": the sentence before's subject
    [alone] = sentences_of("It sold 40 trucks.")
    assert find_subject(alone, alone.quantities[0]) is None              # none before: the caller carries one


def test_assemble_subject_pronoun_stands_for_the_earlier_subject_of_its_sentence(nlp):
    from extractor.assemble.subject import find_subject

    first, second = sentences_of("Globex said it would hire 500 welders. Analysts expect it to sell 40 trucks.")
    assert find_subject(first, first.quantities[0]).text == "Globex"
    assert find_subject(second, second.quantities[0]) is None     # "Analysts" come first: not the sentence before's


@pytest.mark.parametrize("text,subject", [
    ("His 12 dogs were sold last year.", None),               # a possessive pronoun owns nothing by itself
    ("Our 300 members voted.", None),
    ("Acme sells two lamps, one of which costs $40.", "Acme"),  # "one of which": not "which"
])
def test_assemble_subject_is_never_a_pronoun(nlp, text, subject):
    from extractor import extract_text

    claim = extract_text(text)[-1]
    assert (claim.subject.text if claim.subject else None) == subject


def test_assemble_property_is_the_counted_noun_or_the_of_group(nlp):
    from extractor.assemble.property import find_property

    [s] = sentences_of("About 48% of the adults in Ohio own 2 cars.")
    share, cars = s.quantities
    assert find_property(s, share, share._.mention).text == "the adults"
    assert find_property(s, cars, cars._.mention).text == "cars"


def test_assemble_time_is_the_nearest_time_outside_the_source(nlp):
    from extractor.assemble.time import pick_time

    [s] = sentences_of("Exports rose 4% in 2019 and 6% in 2020.")
    assert [pick_time(s, q._.mention).text for q in s.quantities] == ["in 2019", "in 2020"]


def test_assemble_time_a_lede_event_day_dates_the_later_figures(nlp):
    from extractor import extract_text

    later = "\n\nMinisters spoke about trade.\n\nThe summit drew 400 delegates."
    by_day = {c.quote: c for c in extract_text("On March 3, the summit was held in Oslo." + later, published="2021-03-05")}
    assert by_day["400 delegates"].time_scope.iso == "2021-03-03"
    by_month = {c.quote: c for c in extract_text("In March, the summit was held in Oslo." + later, published="2021-03-05")}
    assert by_month["400 delegates"].time_scope is None         # only an event's day governs as a lede


def test_assemble_source_by_document_and_by_speaker(nlp):
    from extractor.assemble.source import find_source

    doc_s, speaker_s = sentences_of("A Gallup poll found 40% approve.\n\nJane Smith said 12 people left.")
    assert (find_source(doc_s.sent, doc_s.doc).span.text, find_source(doc_s.sent, doc_s.doc).scope) == \
        ("A Gallup poll", "paragraph")
    speaker = find_source(speaker_s.sent, speaker_s.doc)
    assert speaker.span.text == "Jane Smith" and speaker.scope == "speech"


def test_assemble_source_a_joined_speech_verb_leaves_the_acts_before_it_to_their_actor(nlp):
    from extractor import extract_text

    by_quote = {c.quote: c for c in extract_text("Acme cut 300 jobs, closed two plants and said sales fell 4%.")}
    assert by_quote["4%"].source.text == "Acme" and by_quote["300 jobs"].source is None
    assert by_quote["300 jobs"].subject.text == "Acme" and by_quote["two plants"].subject.text == "Acme"


def test_assemble_source_a_speech_summary_runs_on_but_a_one_off_noted_that_does_not(nlp):
    from extractor import extract_text

    summary = "Minister Ann Lee noted that exports matter to the region.\n\nExports grew 12% last year."
    [speech] = extract_text("Minister Ann Lee delivered a speech at the forum in Oslo.\n\n" + summary)
    assert "Ann Lee" in speech.source.text
    [report] = extract_text(summary)
    assert report.source is None


def test_assemble_source_is_not_the_source_of_a_figure_in_its_own_description(nlp):
    from extractor import extract_text

    by_quote = {c.quote: c for c in extract_text(
        '"Prices will rise," said Ann Lee, chief economist of Acme, which employs 4,000 people. '
        '"We expect 5% inflation," she added.')}
    assert by_quote["4,000 people"].source is None
    assert "Ann Lee" in by_quote["5%"].source.text


def test_assemble_change_links_a_level_to_its_baseline(nlp):
    from extractor import extract_text

    level, base = extract_text("Turnout reached 61%, up from 55%.")
    assert (level.change.direction, level.change.type, level.change.from_claim) == ("up", "level", base.claim_id)
    assert base.change is None


# Review 58 (invented inputs): "from X to Y" after a word of change is the level Y reached from the baseline X
# (CONVENTIONS.md: two records, never a range), up or down as the figures go; not a spread or a span of hours
@pytest.mark.parametrize("text,level,base,direction", [
    ("Turnout grew by 12 percent, from 4.5 percent to 5.04 percent, officials said.", "5.04 percent", "4.5 percent", "up"),
    ("Revenue increased from $2.1bn to $2.8bn, the company said.", "$2.8bn", "$2.1bn", "up"),
    ("The central bank cut its main rate from 5.25% to 5%.", "5%", "5.25%", "down"),
    ("Unemployment dropped from 4.1% in May to 3.9% in June.", "3.9%", "4.1%", "down"),
    ("Membership grew from about 1,200 to more than 3,000 in two years.", "3,000", "1,200", "up"),
    ("Storage use grew from about 800 MB to 1.4 GB.", "1.4 GB", "800 MB", "up"),        # as the verb says: two units
    ("Rents climbed 6% for flats from 50 to 80 square metres.", None, None, None),     # a spread of the flats
    ("Prices rose 5%, with estimates ranging from $10 to $12 in March and $11 to $15 in May.", None, None, None),
    ("Sales rose 5% and the store is open from 9 to 5 on weekdays.", None, None, None),
])
def test_assemble_change_from_one_figure_to_another_is_a_level_and_its_baseline(nlp, text, level, base, direction):
    from extractor import extract_text

    by_quote = {c.quote: c for c in extract_text(text)}
    if level is None:
        assert not any(c.change is not None and c.change.type == "level" for c in by_quote.values()), by_quote
        return
    reached, baseline = by_quote[level], by_quote[base]
    assert (reached.change.direction, reached.change.type, reached.change.from_claim) == \
        (direction, "level", baseline.claim_id)
    assert baseline.change is None


# Review 58 (invented inputs): a day, a month or a weekday without a year that times a verb in the future is
# the next one to come, not the last one before the publication date; a past verb's stays in the past
@pytest.mark.parametrize("text,quote,iso", [
    ("The new rules will take effect on July 1.", "July 1", "2025-07-01"),
    ("Elections will be held in mid-December, the commission announced.", "mid-December", "2025-12"),
    ("The store is due to open on February 2 with 200 workers.", "February 2", "2026-02-02"),
    ("The store is due to open on March 2 with 200 workers.", "March 2", "2025-03-02"),      # within the slack
    ("The July 1 attack will be investigated by 12 officers.", "July 1", "2024-07-01"),       # inside a noun phrase
    ("The fair will return this January with 300 stalls.", "this January", "2025-01"),
    ("The board will vote on Tuesday on a $2 billion plan.", "on Tuesday", "2025-03-11"),
    ("The Senate votes next Friday on a $40 billion package.", "next Friday", "2025-03-14"),
    ("The new rules took effect on July 1.", "July 1", "2024-07-01"),
    ("The rules, which took effect on July 1, will cost firms $2 billion.", "July 1", "2024-07-01"),
    ("The board voted on Tuesday on a $2 billion plan.", "on Tuesday", "2025-03-04"),
    ("The economy is expected to have grown 0.1% in January.", "in January", "2025-01"),     # a perfect: looks back
    ("The 4% pay rise will apply retroactively from January 1.", "January 1", "2025-01-01"),
    ("The plant will close in February 2025 with 300 job losses.", "February 2025", "2025-02"),     # a year written
])
def test_assemble_time_a_day_to_come_is_the_next_one(nlp, text, quote, iso):
    from extractor import extract_text

    claims = extract_text(text, published="2025-03-10")       # a Monday
    found = {c.quote: c.value_text for c in claims if c.kind == "date"}
    found.update({c.time_scope.text: c.time_scope.iso for c in claims if c.time_scope is not None})
    assert found.get(quote) == iso, found


# Review 58 (invented inputs): one person's age is a duration in years, as "a 34-year-old" is, whether set off
# by commas, after "aged" or after "at the age of"; a group's ages define it and are no record
@pytest.mark.parametrize("text,age", [
    ("The suspect, 34, was arrested at a hotel near the airport.", 34),
    ("The footballer died on Thursday at the age of 78.", 78),
    ("The driver, aged 52, was taken to hospital with minor injuries.", 52),
    ("Jane Doe, 41, of Leeds, said the fire started at night.", 41),
    ("The vaccine is offered to adults aged 65 or older.", None),
    ("People aged between 18 and 24 were most likely to vote.", None),
    ("Use of yoga rose among children aged 4–17 years.", None),
    ("Patients aged 65 who had surgery recovered more slowly.", None),       # review 58s: a plural's ages
])
def test_assemble_filters_a_persons_age_is_a_duration_a_groups_is_no_record(nlp, text, age):
    from extractor import extract_text

    claims = extract_text(text)
    assert [(c.kind, c.value, c.unit) for c in claims if c.kind in ("duration", "count")] == \
        ([("duration", age, "year")] if age else [])


def test_assemble_checkworthy_ranks_sourced_statistics_above_event_dates():
    from extractor.assemble.checkworthy import with_checkworthy
    from extractor.types import Claim, TextSpan

    base = dict(doc_id="d", start=0, end=5, sentence="x", sentence_start=0)
    stat = with_checkworthy(Claim(kind="percent", quote="12.5%", value=12.5, source=TextSpan("A study", 0, 7), **base))
    date = with_checkworthy(Claim(kind="date", quote="March 3", value_text="2020-03-03", **base))
    assert stat.checkworthy > 0.8 > 0.3 > date.checkworthy


def test_assemble_one_record_per_span_and_kind():
    from extractor.assemble import unique
    from extractor.types import Claim

    def claim(start, end, kind, rule):
        return Claim(doc_id="d", kind=kind, quote="x" * (end - start), start=start, end=end, sentence="s",
                     sentence_start=0, rule=rule)

    kept = unique([claim(5, 9, "count", "b"), claim(0, 4, "count", "a"), claim(5, 9, "count", "c"),
                   claim(5, 9, "money", "d")])
    assert [(c.start, c.kind, c.rule) for c in kept] == [(0, "count", "a"), (5, "count", "b"), (5, "money", "d")]


def dev_pages() -> list[tuple[str, bytes]]:
    """Every page of wcxb-dev and readability-dev: shared/ sits beside the clone (../shared), or
    beside the folder of worktrees that holds this checkout."""
    import gzip

    shared = next((p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if (p / "bench").is_dir()), None)
    if shared is None:
        pytest.fail(f"no shared/bench beside {ROOT}")
    bench = shared / "bench"
    paths = sorted((bench / "wcxb-dev" / "html").glob("*.html.gz")) + \
        sorted((bench / "readability-dev" / "pages").glob("*/source.html.gz"))
    return [(str(p.relative_to(bench)), gzip.decompress(p.read_bytes())) for p in paths]


def test_assemble_no_duplicate_records_on_any_dev_page():
    """Issue 10, 7: one span and kind is emitted at most once per page, on every dev page
    (about 1,600 pages through the whole pipeline with the batch engine's 2 workers)."""
    from collections import Counter

    from extractor.batch import results_local
    from extractor.load import RawInput

    pages = dev_pages()
    assert len(pages) > 1500
    done, duplicates = 0, []
    items = (RawInput(name, raw) for name, raw in pages)
    for _pid, _rss, results in results_local(items, workers=2, model=None, with_page=False, ordered=False):
        for r in results:
            done += 1
            spans = Counter((c["start"], c["end"], c["kind"]) for c in r["claims"])
            duplicates += [(r["input"], key, n) for key, n in spans.items() if n > 1]
    assert done == len(pages)
    assert duplicates == [], f"{len(duplicates)} duplicated span+kind, e.g. {duplicates[:5]}"


def _time_examples(key: str):
    from extractor.assemble.context import words

    return [(p["id"], ex) for p in words().times for ex in p[key]]


@pytest.mark.parametrize("rule,example", _time_examples("match"))
def test_assemble_time_pattern_matches_its_examples(rule, example):
    from extractor.assemble.time import time_patterns

    [pattern] = [p for r, p in time_patterns() if r == rule]
    assert pattern.search(example), f"{rule} misses {example!r}"


@pytest.mark.parametrize("rule,example", _time_examples("match"))
def test_assemble_time_pattern_examples_hold_a_word_it_needs(rule, example):
    """extra_times skips a pattern for a sentence without any of its `needs`: each text it
    matches must hold one."""
    from extractor.assemble.time import time_needs, time_patterns

    [needs] = [n for (r, _p), n in zip(time_patterns(), time_needs()) if r == rule]
    assert any(w in example.lower() for w in needs), f"{rule}: {example!r} holds none of {needs}"


@pytest.mark.parametrize("rule,example", _time_examples("no_match"))
def test_assemble_time_pattern_rejects_its_counter_examples(rule, example):
    from extractor.assemble.time import time_patterns

    [pattern] = [p for r, p in time_patterns() if r == rule]
    assert not pattern.search(example), f"{rule} matches {example!r}"


def test_assemble_time_relative_times_resolve_against_the_publication_date(nlp):
    from extractor import extract_text

    text = ("Last year, the club signed 40 players. On Tuesday it sold 12 cars. "
            "In the third quarter, sales were $5 million. In January it hired 30 staff.")
    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2019-03-07")}   # a Thursday
    assert by_quote["40 players"].iso == "2018"
    assert by_quote["12 cars"].iso == "2019-03-05"
    assert by_quote["$5 million"].iso == "2018-07/2018-09"      # the third quarter before March 2019
    assert by_quote["30 staff"].iso == "2019-01"


def test_assemble_time_a_season_and_a_fiscal_year_resolve_to_their_months(nlp):
    from extractor import extract_text

    text = ("Last fall, tuition rose 4%. This past winter, heating costs rose 12%. In FY24, revenue hit $4 billion. "
            "Pipes burst in winter, and crews fix 500 leaks.")
    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2024-05-01")}
    assert [by_quote[q].iso for q in ("4%", "12%", "$4 billion")] == ["2023-09/2023-11", "2023-12/2024-02", "2024"]
    assert by_quote["500 leaks"] is None or "winter" not in by_quote["500 leaks"].text


@pytest.mark.parametrize("text,published,isos", [
    # a weekend and "year to date" against a Friday's date
    ("Over the weekend, 500 people were displaced. The fair, with 20,000 visitors, opens next weekend. "
     "The stock has fallen 23% year to date.", "2025-01-10",
     {"500 people": "2025-01-04/2025-01-05", "20,000 visitors": "2025-01-18/2025-01-19",
      "23%": "2025-01-01/2025-01-10"}),
    # "last weekend" on a Saturday is the one before
    ("Box office rose 8% last weekend.", "2025-01-11", {"8%": "2025-01-04/2025-01-05"}),
    # the first months of a year; of "the year", the last one whose first six months are over
    ("Sales fell 8% in the first nine months of 2024. Profit rose 3% in the first six months of the year.",
     "2025-01-10", {"8%": "2024-01/2024-09", "3%": "2024-01/2024-06"}),
    # "in May" after a preposition (not the modal, not "Theresa May")
    ("Unemployment rose to 4.2% in May. Prices May Rise 3% as Theresa May said.", "2025-06-10", {"4.2%": "2025-05"}),
    # a span of months ending in a named month: of the last year whose end month is over
    ("Prices rose 4% in the 12 months to March. Exports rose 5% in the year to June. Profit fell 10% in the three "
     "months ended Sept. 30.", "2025-01-10", {"4%": "2023-04/2024-03", "5%": "2023-07/2024-06", "10%": "2024-07/2024-09"}),
    # a span from one named month to another, also across a new year
    ("GDP grew 1.2% in the April-June quarter. Between January and March, sales rose 8%. Profit rose 5% in the "
     "October-March half.", "2025-01-10", {"1.2%": "2024-04/2024-06", "8%": "2024-01/2024-03", "5%": "2023-10/2024-03"}),
    # a decade or century that situates a figure is its time scope
    ("Crime fell 40% in the 1990s. The city had 40,000 people in the 17th century.", "2025-01-10",
     {"40%": "1990/1999", "40,000 people": "1600/1699"}),
    # ... and "since" one runs to the story's date, as "since 1969" does
    ("Unemployment fell to 3.4%, its lowest level since the 1960s.", "2025-01-10", {"3.4%": "1960/2025-01-10"}),
    # the span's end month is not over in the month of publication; a month to a month is that month
    ("Deliveries rose 6% in the 12 months to January. Prices rose 2% in the month to November.", "2025-01-10",
     {"6%": "2023-02/2024-01", "2%": "2024-11"}),
])
def test_assemble_time_named_periods_resolve_from_the_story_s_date(nlp, text, published, isos):
    from extractor import extract_text

    by_quote = {c.quote: c.time_scope for c in extract_text(text, published=published)}
    assert {q: by_quote[q].iso for q in isos} == isos


def test_assemble_time_a_day_named_from_the_story_s_own_resolves_to_it(nlp):
    from extractor import extract_text

    text = "Shares fell 3% yesterday. The board votes on a $5 million plan tomorrow. Acme hired 40 workers last night."
    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2019-03-07")}
    assert (by_quote["3%"].iso, by_quote["$5 million"].iso, by_quote["40 workers"].iso) == \
        ("2019-03-06", "2019-03-08", "2019-03-06")


def test_assemble_time_present_state_takes_the_publication_date_past_does_not(nlp):
    from extractor import extract_text

    now, then = extract_text("The city has 25 crews. The city hired 30 crews.", published="2019-03-07")
    assert (now.time_scope.iso, now.time_scope.start) == ("2019-03-07", None)
    assert then.time_scope is None


@pytest.mark.parametrize("text,quote,scope,iso", [
    # a frequency is the time scope of the figure it follows, or of all when it opens the sentence
    ("There are 400 to 600 water main breaks each year in the city.", "400 to 600 water main breaks", "each year",
     "2019-03-07"),
    ("Each year, officials said, it uses one million tons of asphalt.", "one million tons", "Each year", "2019-03-07"),
    ("Acme, which runs 4,300 miles of mains, records about 500 leaks in a typical month.", "500 leaks",
     "in a typical month", "2019-03-07"),
    ("Acme, which runs 4,300 miles of mains, records about 500 leaks in a typical month.", "4,300 miles", "",
     "2019-03-07"),
    ("A desktop that runs 8 hours a day uses 2.4 kWh.", "2.4 kWh", "", "2019-03-07"),
    # only a figure told in the present; "a year" is a frequency only after a count
    ("They were replacing about 100 miles of pipe each year.", "100 miles", None, None),
    ("It was a year in which sales rose to $5 million.", "$5 million", None, None),
])
def test_assemble_time_a_frequency_is_the_time_scope_of_its_figure(nlp, text, quote, scope, iso):
    from extractor import extract_text

    found = {c.quote: c.time_scope for c in extract_text(text, published="2019-03-07")}[quote]
    assert (found.text, found.iso) == (scope, iso) if scope is not None else found is None


def _frequency_examples(key: str):
    from extractor.assemble.context import words

    return words().tense[key]


@pytest.mark.parametrize("text", _frequency_examples("frequency_match"))
def test_assemble_time_frequency_pattern_matches_its_examples(text):
    from extractor.assemble.time import _frequency

    assert _frequency().search(text), text


@pytest.mark.parametrize("text", _frequency_examples("frequency_no_match"))
def test_assemble_time_frequency_pattern_rejects_its_counter_examples(text):
    from extractor.assemble.time import _frequency

    assert _frequency().search(text) is None, text


@pytest.mark.parametrize("text,quote,present", [
    # an absolute "with" clause: the parse hangs the figure under no finite verb
    ("Renters prioritize savings, with 84% believing it's crucial.", "84%", True),
    # the sentence's own verbs then decide: a past or a hypothetical one is no present state
    ("Renters prioritized savings, with 84% believing it was crucial.", "84%", False),
    ("Renters would prioritize savings, with 84% believing it crucial.", "84%", False),
    # the tagger's base form with a noun subject before it is a present tense
    ("The 1,400 workers at the plant make water heaters.", "1,400 workers", True),
    # an imperative is no statement of a state, even where the parse gives it a subject
    ("Dinner: Serve a 6-ounce entree per person.", "6-ounce", False),
    ("Let it sit on your face for at least 20 seconds.", "20 seconds", False),
])
def test_assemble_time_present_state_read_from_the_sentence_when_the_parse_has_no_verb(nlp, text, quote, present):
    from extractor import extract_text

    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2019-03-07")}
    assert (by_quote[quote] is not None and by_quote[quote].iso == "2019-03-07") == present


@pytest.mark.parametrize("text,quotes", [
    # a table flattened one cell per line, a post's timestamp, a rating: figures with no word beside them
    ("Most popular fruit\n\nApples\n\n41.2%\n\nPears\n\n17.5%", []),
    ("Posted by admin\n\nMarch 3, 2024\n\nThe council approved a budget of $4 million.", ["$4 million"]),
    ("Harbor Movers\n\n4.92 / 5.0\n\nHarbor Movers has moved 3,000 families.", ["3,000 families"]),
    # a sentence broken across lines goes on in lower case on the very next line
    ("82%\nof our graduates work in design.", ["82%"]),
])
def test_assemble_filter_a_figure_alone_on_its_line_is_no_claim(nlp, text, quotes):
    from extractor import extract_text

    assert [c.quote for c in extract_text(text)] == quotes


@pytest.mark.parametrize("text,quote,source", [
    # a past event told before the speech verb, in a clause of its own, is the outlet's scene-setting
    ("After sales fell 5% in May, the CEO said the firm would cut 300 jobs.", "5%", None),
    ("After sales fell 5% in May, the CEO said the firm would cut 300 jobs.", "300 jobs", "CEO"),
    ("The minister spoke on Monday. After six miners were trapped in May, she admitted rescue was hard.", "six miners", None),
    # ... and in a gerund after one of those words
    ("After cutting 300 jobs last year, the company said it would hire 50 people.", "300 jobs", None),
    ("After cutting 300 jobs last year, the company said it would hire 50 people.", "50 people", "company"),
    # ... and in a participle of the occasion or an absolute phrase (source.absolute_marks), before or after the speaker
    ("Answering questions from 40 reporters, the governor said 3 bridges would close.", "40 reporters", None),
    ("Answering questions from 40 reporters, the governor said 3 bridges would close.", "3 bridges", "governor"),
    ("The governor, answering questions from 40 reporters, said 3 bridges would close.", "40 reporters", None),
    ("With only 2 weeks left in the session, the senator said 14 bills were stuck.", "2 weeks", None),
    ("With only 2 weeks left in the session, the senator said 14 bills were stuck.", "14 bills", "senator"),
    # ... but a participle that reports or cites, or states the speaker's own claim or premise, is the speaker's
    ("Pointing to a 12% rise in rents, the mayor said the city would build 500 homes.", "12%", "mayor"),
    ("Blaming a 25% rise in fuel costs, the airline said fares would go up 8%.", "25%", "airline"),
    ("Proposing a 2% levy on landfill, the senator said it would raise $3 billion.", "2%", "senator"),
    ("Based on data from 12,000 hospitals, the researchers said death rates fell 15%.", "12,000 hospitals",
     "researchers"),
    # ... while a past participle of what befell the speaker sets the scene
    ("Fined $2 million by regulators, the airline said it had refunded 30,000 passengers.", "$2 million", None),
    # the speaker's own reasoning or generalisation stays hers, and an inverted report is all hers
    ("If sales fall 5%, the CEO said the firm will cut 300 jobs.", "5%", "CEO"),
    ("When prices rise 5%, the economist says, demand falls.", "5%", "economist"),
    ("Sales rose 5% in 2019, the company said.", "5%", "company"),
])
def test_assemble_source_a_scene_set_before_the_speech_verb_is_not_the_speaker_s(nlp, text, quote, source):
    from extractor import extract_text

    by_quote = {c.quote: c.source for c in extract_text(text)}
    assert (by_quote[quote].text if by_quote[quote] else None) == source


@pytest.mark.parametrize("text,source", [
    # a name ending in s that the tagger reads as a plural noun speaks when its verb agrees with one person
    ('"Parks help kids," says Ann Lee. "Green space matters."\n\n"Trees matter," Coombes says. "We lose 40 years of gains."', "Coombes"),
    ("Williams says the firm hired 40 workers.", "Williams"),
    # a plural does not, and a capitalised common noun is no name
    ("Researchers say 40% of adults smoke.", "Researchers"),
    ("Sales says revenue rose 5%.", None),
])
def test_assemble_source_a_name_tagged_as_a_plural_speaks_with_a_singular_verb(nlp, text, source):
    from extractor import extract_text

    [claim] = extract_text(text)
    assert (claim.source.text if claim.source else None) == source


def test_assemble_filter_a_code_listing_gives_no_claims(nlp):
    from extractor import extract

    html = ("<html><head><title>Adding numbers in WebAssembly</title></head><body><article>"
            "<h1>Adding numbers in WebAssembly</h1><p>The module is small: the compiler emits 4 lines of text for "
            "the whole function, and the binary weighs 41 bytes after compression, which is less than this page.</p>"
            "<pre>int main() {\n  printf(\"%d\", add(40, 2));\n  return 0;\n}</pre><p>Running the program prints "
            "the sum as expected, and it starts in under 20 milliseconds on a laptop, which is quick for a first "
            "test.</p></article></body></html>")
    assert [c.quote for c in extract(html)] == ["4 lines", "41 bytes", "20 milliseconds"]


def _filter_examples(key: str):
    from extractor.assemble.context import words

    return [(r["id"], r.get("kinds", ["count"])[0], ex) for r in words().filters for ex in r[key]]


def _marked(example: str) -> tuple[str, int, int]:
    start = example.index("[")
    end = example.index("]") - 1
    return example.replace("[", "", 1).replace("]", "", 1), start, end


def _marked_value(number: str) -> float | None:
    """The value of a marked number, a percent as its number ("100%" -> 100) as the matcher gives it."""
    from extractor.quantities.normalize import parse_number

    return parse_number(re.sub(r"\s*(?:%|percent)$", "", number))


@pytest.mark.parametrize("rule,kind,example", _filter_examples("match"))
def test_assemble_filter_rule_rejects_its_examples(rule, kind, example):
    from extractor.assemble.filters import rejected_by

    text, start, end = _marked(example)
    assert rejected_by(text, start, end, kind, _marked_value(text[start:end]), text) == rule


@pytest.mark.parametrize("rule,kind,example", _filter_examples("no_match"))
def test_assemble_filter_rule_keeps_its_counter_examples(rule, kind, example):
    from extractor.assemble.filters import rejected_by

    text, start, end = _marked(example)
    assert rejected_by(text, start, end, kind, _marked_value(text[start:end]), text) is None


def test_assemble_filters_leave_out_furniture_and_referential_numbers_in_a_page(nlp):
    from extractor import extract_text

    text = ("1 / 5\n\nThe two sides met on Monday. Revenue rose 12% to $40 million, "
            "two people familiar with the talks said. Adults aged 65 or older make up 18% of voters.")
    assert [c.quote for c in extract_text(text, published="2020-03-04")] == ["12%", "$40 million", "18%"]


def test_assemble_time_lede_governs_later_past_figures_and_modals_do_not_take_publication(nlp):
    from extractor import extract_text

    text = ("Stocks fell 3% on Tuesday as oil slid.\n\nThe index lost 85 points. Oil dropped 2%.\n\n"
            "Analysts think the index could reach 4,000 points.")
    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2020-03-05")}   # a Thursday
    assert by_quote["85 points"].iso == by_quote["2%"].iso == "2020-03-03"
    assert by_quote["4,000 points"] is None or by_quote["4,000 points"].iso != "2020-03-05"


def test_assemble_time_a_lede_time_ahead_of_publication_governs_no_later_figure(nlp):
    from extractor import extract_text

    text = "Acme plans to hire 500 people over the next 18 months.\n\nThe team won 10 of its last 12 games."
    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2020-03-05")}
    assert by_quote["500 people"].iso == "2020-03/2021-09"
    assert by_quote["12 games"] is None             # (a lede's past day still governs: the test below)
    text = "Acme will cut prices by 39% on April 1, 2020.\n\nMost customers will save $40 a year."
    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2020-03-05")}
    assert by_quote["$40 a year"].iso == "2020-04-01"   # what will happen then is the lede's


def test_assemble_time_after_a_baseline_figure_is_the_baseline_s_own(nlp):
    from extractor import extract_text

    claims = extract_text("Some 70% of voters backed the measure, up from 55% in 2019.", published="2020-03-05")
    by_quote = {c.quote: c for c in claims}
    assert by_quote["55%"].time_scope.iso == "2019"
    assert by_quote["70%"].time_scope is None or by_quote["70%"].time_scope.iso != "2019"
    assert by_quote["55%"].subject.text == by_quote["70%"].subject.text == "voters"     # not "Some 70%"
    [c] = [c for c in extract_text("Sales rose 8% in 2023 from $4 billion.", published="2024-03-05")
           if c.quote == "8%"]
    assert c.time_scope.iso == "2023"               # a time before the baseline stays the sentence's


@pytest.mark.parametrize("text,dated,undated,own", [
    ("Average hourly earnings rose 0.3% after gaining 0.4% the previous month.", "0.4%", "0.3%", None),
    ("Sales rose 5% after falling 2% in March.", "2%", "5%", None),
    ("After falling 2% in March, sales rose 5%.", "2%", "5%", None),
    ("Exports grew 3%, after shrinking 1% a year earlier.", "1%", "3%", None),
    ("Sales rose 5% in April after falling 2% in March. Profit rose 3%.", "2%", "3%", "2024-04"),
])
def test_assemble_time_of_an_earlier_event_dates_only_its_own_figure(nlp, text, dated, undated, own):
    """A time inside an "after/before" clause that holds a figure of its own dates that figure, not the
    one outside the clause, nor (carried) a later one (time.event_clause)."""
    from extractor import extract_text

    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2025-01-10")}
    assert by_quote[dated] is not None
    assert (by_quote[undated].iso if by_quote[undated] else None) == own
    plain = {c.quote: c.time_scope for c in extract_text("Sales rose 5% after the company cut prices in March.",
                                                         published="2025-01-10")}
    assert plain["5%"].iso == "2024-03"          # no figure of its own: the clause's time is the sentence's


@pytest.mark.parametrize("text,quote,iso", [
    ("Shares of Acme jumped 8% after the company reported a 20% rise in profit on Tuesday.", "8%", "2025-01-07"),
    ("Bitcoin topped $100,000 after rising 40% on Thursday.", "$100,000", "2025-01-09"),
    ("The company was valued at $2 billion before it raised $500 million in March.", "$2 billion", "2024-03"),
])
def test_assemble_time_of_a_day_or_a_clause_with_its_subject_dates_both_events(nlp, text, quote, iso):
    """A day, or an "after/before" clause with a subject of its own, most often times both events
    (time.event_clause keeps them)."""
    from extractor import extract_text

    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2025-01-10")}
    assert by_quote[quote].iso == iso


@pytest.mark.parametrize("text,quote,iso", [
    ("Turnout was 66.6%, the highest since 1900.", "66.6%", None),
    ("Inflation rose to 9.1%, its highest level since November 1981.", "9.1%", None),
    ("The index fell 3%, its biggest drop since March 2020.", "3%", None),
    ("Inflation rose to 9.1% in June, the highest since 1981.", "9.1%", "2024-06"),
    ("Sales have risen 40% since 2020.", "40%", "2020/2025-01-10"),       # no record: the figure's own span
    ("Tech stocks have made most of the gains since January, rising 20%.", "20%", "2025-01"),   # "most of": no record
])
def test_assemble_time_since_a_record_is_no_figure_s_time(nlp, text, quote, iso):
    """"the highest since 1981": the span a record holds over is not the figure's time (time._record_window)."""
    from extractor import extract_text

    by_quote = {c.quote: c.time_scope for c in extract_text(text, published="2025-01-10")}
    assert (by_quote[quote].iso if by_quote[quote] else None) == iso


def test_assemble_a_date_record_has_no_time_scope_of_its_own(nlp):
    from extractor import extract_text

    [c] = extract_text("The law took effect on March 1, 2019.", published="2020-03-05")
    assert (c.kind, c.value_text, c.time_scope) == ("date", "2019-03-01", None)


def test_assemble_subject_owner_fronted_group_and_restatement(nlp):
    from extractor import extract_text

    claims = extract_text("Acme's comparable sales rose 2.1%. The city's 7,500 miles of pipes are old. "
                          "Of those voters, 70% stayed home. The probe flew at 190 kilometers (118 miles) over Ohio.")
    by_quote = {c.quote: c.subject.text if c.subject else None for c in claims}
    assert by_quote["2.1%"] == "Acme" and by_quote["7,500 miles"] == "city"
    assert by_quote["70%"] == "voters"
    assert by_quote["118 miles"] == by_quote["190 kilometers"]


def test_assemble_a_date_that_dates_a_statement_is_neither_scope_nor_record(nlp):
    from extractor import extract_text

    claims = extract_text("Exports grew 4%, the ministry said on March 3, 2020. A March 2019 study found "
                          "that 30% of firms export.", published="2020-03-05")
    assert [c.quote for c in claims] == ["4%", "30%"]
    assert all(c.time_scope is None or c.time_scope.iso not in ("2020-03-03", "2019-03") for c in claims)


def test_assemble_time_a_period_ahead_runs_forward_from_publication(nlp):
    from extractor import extract_text

    [c] = extract_text("Sales will rise 5% in the next 6 months.", published="2020-03-05")
    assert c.time_scope.iso == "2020-03/2020-09"


@pytest.mark.parametrize("text,iso", [
    ("Revenue rose 12% in Q3 2024.", "2024-07/2024-09"),
    ("Revenue rose 12% in 3Q24.", "2024-07/2024-09"),
    ("Revenue rose 12% in Q3.", "2023-07/2023-09"),                  # the last third quarter begun
    ("Revenue rose 12% in the first half of 2024.", "2024-01/2024-06"),
    ("In 1H24, revenue rose 12%.", "2024-01/2024-06"),
    ("Fall 2023 enrollment rose 12%.", "2023-09/2023-11"),
    ("Revenue rose 12% in the summer of 2023.", "2023-06/2023-08"),
    ("Revenue rose 12% in the fourth quarter of 2023.", "2023-10/2023-12"),
    ("Net income rose 9% in H1 2022.", "2022-01/2022-06"),           # the year, not "in H1" alone
    ("In H1, revenue rose 12%.", "2024-01/2024-06"),
])
def test_assemble_time_a_quarter_half_or_season_takes_in_its_year(nlp, text, iso):
    from extractor import extract_text

    [c] = extract_text(text, published="2024-06-20")
    assert c.time_scope.iso == iso


def test_assemble_time_of_a_clause_describing_a_noun_does_not_date_the_figure(nlp):
    from extractor import extract_text

    [c] = extract_text("The bridge, completed in 1937, spans 4,200 feet.", published="2024-10-20")
    assert c.time_scope.iso == "2024-10-20"                  # a present state, not 1937
    [c] = extract_text("Acme, founded in 1998, had revenue of $3 billion in 2023.", published="2024-10-20")
    assert c.time_scope.iso == "2023"
    [c] = extract_text("Sales rose 5% in 2023, which was a record year.", published="2024-10-20")
    assert c.time_scope.iso == "2023"
    [c] = extract_text("Founded in 1998, the company employs 12,000 people.", published="2024-10-20")
    assert c.time_scope.iso == "2024-10-20"                  # an opening participle's time is the company's
    [c] = extract_text("Estimated in 2022, the population is 8.1 million.", published="2024-10-20")
    assert c.time_scope.iso == "2022"                        # ... but a measuring one's is the figure's
    claims = extract_text("The Titanic, which sank in April 1912, carried 2,224 people.", published="2024-10-20")
    assert claims[-1].time_scope.iso == "1912-04"             # in the past, the event's own time


def test_assemble_time_a_game_half_is_no_time_and_a_dated_quarter_is_a_date(nlp):
    from extractor import extract_text

    for text in ("The Q3 Tower has 54 floors.", "Microsoft's fiscal Q4 revenue rose 15%.",
                 "Confidence in May's leadership fell to 30%."):      # a name, a fiscal quarter, a person
        [c] = extract_text(text, published="2024-06-20")
        assert c.time_scope is None or c.time_scope.iso == "2024-06-20", text

    [c] = extract_text("He scored 20 points in the first half.", published="2024-06-20")
    assert c.time_scope is None
    [c] = extract_text("The deal is expected to close in the first quarter of 2026.", published="2024-06-20")
    assert (c.kind, c.quote, c.value_text) == ("date", "first quarter of 2026", "2026-01/2026-03")


def test_assemble_filters_a_period_of_history_is_a_date_unless_it_situates_a_figure(nlp):
    from extractor import extract_text

    [c] = extract_text("In the 1980s, the company moved its plant to Ohio.", published="2020-03-05")
    assert (c.kind, c.quote, c.value_text) == ("date", "1980s", "1980/1989")
    claims = extract_text("In the 1980s, the company's sales rose 40%.", published="2020-03-05")
    assert [(c.kind, c.quote) for c in claims] == [("percent", "40%")]


def test_assemble_a_date_is_a_record_unless_a_figure_shares_its_clause(nlp):
    from extractor import extract_text

    claims = extract_text("The mill was founded in Ohio in 1975 and now employs 4,200 workers.", published="2020-03-05")
    assert {(c.kind, c.quote) for c in claims} == {("date", "1975"), ("count", "4,200 workers")}
    # a participle after the measured noun narrows it: its date situates the figure
    claims = extract_text("The state accounted for 30% of all permits filed in 1975.", published="2020-03-05")
    assert [(c.kind, c.quote) for c in claims] == [("percent", "30%")]
    # a clause of time situates all the clause it modifies says
    claims = extract_text("Crews have counted the trees the town has planted, more than 8,100, "
                          "since the mayor took office in 1975.", published="2020-03-05")
    assert "date" not in {c.kind for c in claims}


def test_assemble_a_bare_year_is_a_date_as_the_time_of_a_verb_not_of_a_noun(nlp):
    from extractor import extract_text

    [c] = extract_text("The first tram was switched on in 1903.", published="2020-03-05")
    assert (c.kind, c.quote, c.value_text) == ("date", "1903", "1903")
    assert extract_text("Ticket sales in 1903 were a record.", published="2020-03-05") == []
    [c] = extract_text("In the spring of 1903, the brothers flew a glider.", published="2020-03-05")
    assert (c.kind, c.value_text) == ("date", "1903-03/1903-05")            # the season with its year
    assert extract_text("Ticket sales in the spring of 1903 were a record.", published="2020-03-05") == []
    for text in ("The board has run the harbour since 1903.", "The bridge will be finished by 2031."):
        [c] = extract_text(text, published="2020-03-05")
        assert (c.kind, c.quote) == ("date", text[-5:-1])


def _source_examples(key: str):
    from extractor.assemble.context import words

    return [(r["id"], *ex) for r in words().source["rule"] for ex in r[key]]


def _figure(text: str, quote: str):
    from extractor import extract_text

    found = [c for c in extract_text(text) if c.quote.startswith(quote)]
    assert len(found) == 1, f"{quote!r} in {[c.quote for c in extract_text(text)]}"
    return found[0]


def _check_source(form: str, text: str, quote: str, source: str | None, exact: bool = False) -> None:
    """The figure `quote` of `text` has the source `source`: the same text (`exact`), or the same
    words as the scorer counts them; None is no source."""
    claim = _figure(text, quote)
    got = claim.source.text if claim.source else None
    ok = got == source if exact or source is None or got is None else _same_words(got, source)
    assert ok, f"{form}: {got!r}"


@pytest.mark.parametrize("rule,text,quote,source", _source_examples("match"))
def test_assemble_source_rule_attributes_its_examples(nlp, rule, text, quote, source):
    _check_source(rule, text, quote, source, exact=True)


@pytest.mark.parametrize("rule,text,quote", _source_examples("no_match"))
def test_assemble_source_rule_leaves_its_counter_examples_unsourced(nlp, rule, text, quote):
    _check_source(rule, text, quote, None)


# Examples of each subject rule (subject.py), made up for the rule, none taken from a dev set:
# (text, quote of the claim, its expected subject; None: the subject carried from before).
SUBJECT_EXAMPLES = [
    # a possessive right before the figure (past a bound cue) names its owner, however it is parsed
    ("The county’s nearly 900 miles of roads need repair.", "900 miles", "county"),
    ("The mayor said the town’s more than 40 bridges are old.", "40 bridges", "town"),
    # a hyphenated size or age describes the noun it modifies; a span of time that is no age does not
    ("Divers raised a 2,000-pound anchor from the harbour.", "2,000-pound", "anchor"),
    ("The museum restored its 80-year-old steam locomotive last spring.", "80-year-old", "steam locomotive"),
    ("The town put up 30-foot-tall poles along the river.", "30-foot", "poles"),
    ("The crew began a three-day journey to the coast.", "three-day", "crew"),
    # a relative clause's figure is about the noun it hangs on, also inside a speaker's description
    ("Many bridges that are more than a century old still carry traffic.", "a century", "Many bridges"),
    ("“It works,” said Ann Lee, an engineer at Globex, which runs about 300 plants in Ohio.",
     "300 plants", "Globex"),
    # a count that is its clause's subject is about what it counts, unless an actor is named or a
    # pronoun owns it
    ("Last year about 40,000 wooden lamps were sold at the fair.", "40,000 wooden lamps", "wooden lamps"),
    ("Last year about 40,000 wooden lamps were sold in Norway.", "40,000 wooden lamps", "Norway"),
    ("Last year his 40,000 wooden lamps were sold at the fair.", "40,000 wooden lamps", None),
    # a clause can be the subject; a rank stated through a copula is about that subject
    ("Paying off a mortgage early is the second-biggest goal of retirees.", "second-biggest",
     "Paying off a mortgage early"),
    ("Cycling is the town's third most common way to get to work.", "third most common", "Cycling"),
    # a title before a name gives the name
    ("The Danish chemist Hans Berg filed 12 patents in 1931.", "12 patents", "Hans Berg"),
    # a date in a noun's "of" phrase dates that noun
    ("The great floods of the 1920s changed how towns were built.", "1920s", "great floods"),
    # a subject that holds another figure is the noun after it
    ("A 30-year-old law protects 5,000 acres of forest.", "5,000 acres", "law"),
    # a measure noun of an actor
    ("Apple shares rose 3% on Tuesday.", "3%", "Apple"),
    ("Prices for eggs rose 20% last month.", "20%", "eggs"),
    # "it" never stands for a person or people before it in its sentence; a company may be one word
    ("Globex opened a plant in May. Officials said it will hire 300 workers.", "300 workers", None),
    ("Globex opened 9 plants in May. Dana Whitfield said it will hire 300 workers.", "300 workers", "Globex"),
    ("Globex said it will hire 300 workers.", "300 workers", "Globex"),
    ("Dana Whitfield said she will hire 300 workers.", "300 workers", "Dana Whitfield"),
    # a fronted group may be a pronoun with the relative clause that says who they are
    ("Of those who rent, 40% say costs rose.", "40%", "those who rent"),
    ("Of all who applied, 30% were hired.", "30%", "all who applied"),
    ("Of those, 40% say costs rose.", "40%", None),
    ("Of those who said they would vote for the mayor, 45% now back her rival.", "45%",
     "those who said they would vote for the mayor"),
    # a share in words is read through its "of" group, as a share in figures is
    ("Ninety-two percent of teens reported two hours of screen time a day.", "two hours", "teens"),
    ("Yet more than 99 percent of drivers are stopped at least once a week.", "once a week", "drivers"),
    # a number a name governs is part of the name, not a year, not a count with its noun
    ("The S&P 500 rose 1.2% on Monday.", "1.2%", "S&P 500"),
    ("The Crusher ANC 2 gives 50 hours of battery life.", "50 hours", "Crusher ANC 2"),
    ("Acme 2023 revenue rose 5%.", "5%", "Acme"),      # the owner named before the measure (subject._measured_for)
    # ... a number between two words of a name too, and after a capitalised noun that labels one
    ("The iPhone 15 Pro starts at $999.", "$999", "iPhone 15 Pro"),
    ("The Boeing 737 Max carries 178 passengers.", "178 passengers", "Boeing 737 Max"),
    ("Route 66 runs 2,400 miles.", "2,400 miles", "Route 66"),
    ("Flight 370 vanished with 239 people aboard.", "239 people", "Flight 370"),
    ("Interstate 95 carries 300,000 cars a day.", "300,000 cars a day", "Interstate 95"),
    ("A 30-year-old law protects 5,000 acres.", "5,000 acres", "law"),
    # "they" for a share stands for the group the share is of
    ("About 40% of renters say they cannot afford a $400 repair.", "$400", "renters"),
    ("About 40% of renters pay more than $2,000, compared to 36% of owners.", "36%", "owners"),
    # "<name> at <figure>" as a list item is the name's figure; not a name inside another phrase
    ("Rates were high in three states – Ohio at $89.68, Iowa at $95.03, and Utah at $95.95.", "$95.03", "Iowa"),
    ("Oil rose on Monday, with Brent at $81.20 and WTI at $77.10.", "$77.10", "WTI"),
    ("Investors bought shares of Acme at $50 each.", "$50", "Investors"),
    # a place set off before a measure noun's clause is what it measures, wherever the parse hung it
    ("Texas tops the list with an average hourly rate of $120.50, but it's not the only state where buyers face "
     "steep costs – in Oregon, the average hourly rate is $101.20.", "$101.20", "Oregon"),
    ("Maine has the highest tax at 9%, but it's not the only state with steep taxes – in Vermont, the average rate "
     "is 8.5%.", "8.5%", "Vermont"),
    ("Prices rose in March, and in New York, the median rent rose 5%.", "5%", "New York"),
    # a statistic of the figures before it ("the median", "the maximum") measures, as "the average" does: the
    # actor carried from before is the subject
    ("The average price of a used truck in Ohio is $21,000. The median is $19,500.", "$19,500", "used truck in Ohio"),
    ("Globex rents scooters for $4 an hour. The maximum is $30 a day.", "$30 a day", "Globex"),
    # a figure in brackets after a share in words restates the share: it is about the share's "of" group
    ("Nearly two-thirds (64%) of voters back the plan.", "64%", "voters"),
    ("A majority (61%) of Americans back the plan.", "61%", "Americans"),
    # a figure "at" right after a rival the sentence sets against its own figure is the rival's
    ("Acme's margin rose to 12%, beating Globex at 10%.", "10%", "Globex"),
    ("Unemployment fell to 4%, below Germany at 6.5%.", "6.5%", "Germany"),
    ("Bolmo scored 67.4%, matching the original Olmo 3 model at 66.9%.", "66.9%", "original Olmo 3 model"),
    ("Wages grew 4%, above inflation at 3.2%.", "3.2%", "inflation"),
    # an amount set against one of its kind by "compared to"/"versus" is the amount of what its "for" names
    ("The new engine reaches 120 mph, compared to about 150 mph for the older model.", "150 mph", "older model"),
    ("Acme paid $40 million, versus $25 million for Globex.", "$25 million", "Globex"),
    ("The plant employs 300 workers, compared with 500 for its rival.", "500", "its rival"),
    ("Tickets cost $40, compared with $25 for children in the school.", "$25", "children in the school"),
    # ... not a time, an abstract noun, nor a figure after a mere "and"
    ("Revenue was $5 million, compared with $4 million for the same period last year.", "$4 million", "Revenue"),
    ("The city spent $2 million on parks, versus $3 million for the plan.", "$3 million", "city"),
    ("Acme raised $10 million and $5 million for Globex.", "$5 million", "Acme"),
    # ... nor, after a verb of paying, what the money buys
    ("Acme spent $2 billion on buybacks, compared with $1 billion for the dividend.", "$1 billion", "Acme"),
    ("The city spent $3 million on road repairs, compared with $1 million for the parks.", "$1 million", "city"),
    # ... not a reference point of the same thing: a list, a range, a time, a figure of another kind
    ("The song topped the list at No. 3 last week.", "No. 3", "song"),
    ("Unemployment was 4.1%, compared with last year at 3.7%.", "3.7%", "Unemployment"),
    ("The bond traded above par at 101 on Friday.", "101", "bond"),
    ("This channel generates three times more leads than print ads at 62% lower cost.", "62%", "channel"),
    # a capitalised number word after a sentence's "The" begins a name; a count after it is in lower case
    ("The Three Musketeers sold 2 million copies.", "2 million copies", "Three Musketeers"),
    ("The three companies agreed to pay $5 million.", "$5 million", "companies"),
    # a pronoun that reports its own result is about what it stands for, as the named speaker would be
    ("Globex Corp makes tools. It reported revenue of $5 billion for 2023.", "$5 billion", "Globex Corp"),
    # a speaker named by a participle's shared subject stays the subject of its own clause's figures
    ("Globex cut 300 jobs on Monday, saying sales fell 5%.", "300 jobs", "Globex"),
]


@pytest.mark.parametrize("text,quote,subject", SUBJECT_EXAMPLES)
def test_assemble_subject_rule_examples(nlp, text, quote, subject):
    from extractor import extract_text

    by_quote = {c.quote: c.subject.text if c.subject else None for c in extract_text(text, published="2020-03-05")}
    assert by_quote[quote] == subject


def test_assemble_a_ranked_list_entry_is_a_rank_of_the_name_after_it(nlp):
    from extractor import extract_text

    text = ("The magazine ranked the world's most livable cities this year.\n\n1. Vienna\n\n"
            "The Austrian capital kept the crown.\n\n2. Costa Rica and the Islands\n\nClose behind.")
    ranks = [(c.kind, c.quote, c.value, c.subject.text) for c in extract_text(text, published="2020-03-05")]
    assert ranks == [("rank", "1", 1.0, "Vienna"), ("rank", "2", 2.0, "Costa Rica and the Islands")]
    steps = "Follow these steps.\n\n1. Preheat the oven.\n\n2. Whisk the eggs."
    assert extract_text(steps, published="2020-03-05") == []


def test_assemble_a_span_of_years_or_an_end_year_times_an_event(nlp):
    from extractor import extract_text

    [c] = extract_text("The plant operated from 2009 to 2012.", published="2020-03-05")
    assert (c.kind, c.quote, c.value_text) == ("date", "2009 to 2012", "2009/2012")
    [c] = extract_text("He served on the board until 2012.", published="2020-03-05")
    assert (c.kind, c.quote) == ("date", "2012")
    assert [c.kind for c in extract_text("Sales rose 5% from 2009 to 2012.", published="2020-03-05")] == ["percent"]
    assert extract_text("Millennials (those born between 1981 and 1996) save.", published="2020-03-05") == []


def test_assemble_a_span_anchored_to_now_in_a_figure_s_clause_is_no_duration(nlp):
    from extractor import extract_text

    claims = extract_text("Sales were 40% lower five years ago.", published="2019-05-20")
    assert [(c.kind, c.quote) for c in claims] == [("percent", "40%")]
    claims = extract_text("Shares are down 30% over 12 months.", published="2019-05-20")
    assert [(c.kind, c.quote) for c in claims] == [("percent", "30%")]
    [c] = extract_text("These were the fixes I recommended 2 years ago.", published="2019-05-20")
    assert (c.kind, c.quote, c.value) == ("duration", "2 years", 2.0)
    # a look-back streak stays a duration of its own (CONVENTIONS.md)
    claims = extract_text("The deficit hit its highest level in a decade, at $419 billion.", published="2019-05-20")
    assert ("duration", "a decade") in [(c.kind, c.quote) for c in claims]


def test_assemble_a_span_that_situates_a_figure_is_its_time_scope(nlp):
    from extractor import extract_text

    [c] = extract_text("Sales were 40% lower five years ago.", published="2020-03-05")
    assert (c.kind, c.time_scope.text, c.time_scope.iso) == ("percent", "five years ago", "2015")
    [c] = extract_text("Interest payments rose 30% in five years.", published="2020-03-05")
    assert (c.kind, c.time_scope.text) == ("percent", "five years")   # "interest" is no superlative
    kinds = [c.kind for c in extract_text("Shares hit their highest level in five years, rising 3%.")]
    assert kinds == ["duration", "percent"]                              # a look-back streak stays
    # ... but not a span that dates the figure compared with: the baseline's, or after "compared with"
    by_quote = {c.quote: c.time_scope for c in extract_text("Inflation rose to 3% from 2.5% a month earlier.")}
    assert by_quote["3%"] is None and by_quote["2.5%"].text == "a month earlier"
    [c] = extract_text("Sales rose 4% compared with a year earlier.")
    assert c.time_scope is None
    # a counted period in a clause on the speaker tells of the speaker and is a duration of its own
    [c] = extract_text("The firm, which has been beset by controversy over the past two years, said it would "
                       "withdraw the products.", published="2025-01-10")
    assert (c.kind, c.value) == ("duration", 2.0)
    # a span before an event is not counted from the page's date
    [c] = extract_text("A month before the election, Smith led with 48%.", published="2025-01-10")
    assert c.time_scope.iso is None


def test_assemble_source_first_person_reads_its_words_and_the_quote_marks_in_one_scan():
    """`_first_person` reads `source.first_person` outside and inside quotation marks and ends in
    the same open/closed state as `_open_after` (in_force reads both from one scan)."""
    from extractor.assemble.context import words
    from extractor.assemble.source import _first_person, _open_after

    for word in words().source["first_person"]:
        assert _first_person(f"Then {word} left.", False)[:2] == (True, False), word
        assert _first_person(f"Then “{word} left.”", False)[:2] == (False, True), word
    assert _first_person("They ran the Phase I.", False)[:2] == (False, False)
    assert _first_person("Them, mine, usage.", False)[:2] == (False, False)
    for text in ["“We cut 200 jobs.", "He said “we grew” and ‘it’s fine’ then ‘no", '"We grew," she said', "No marks."]:
        for before in (False, True):
            assert _first_person(text, before)[2] == _open_after(text, before), (text, before)


@pytest.mark.parametrize("text,first_person", [
    ("Veterans of World War I got 40 medals.", False), ("The Phase I trial enrolled 300 people.", False),
    ("It funds a Phase I study.", False), ("On Monday I ran 5 miles.", True), ("So I think it grew 4%.", True),
    ("Ann Lee and I sold 4 cars.", True), ("I ran 5 miles.", True)])
def test_assemble_source_a_capital_i_in_a_name_is_no_first_person(text, first_person):
    from extractor.assemble.source import _first_person

    assert _first_person(text, False)[0] is first_person


# More subject rules, appended to SUBJECT_EXAMPLES (test_assemble_subject_rule_examples reads the
# list when pytest collects it, after the module is loaded); made up, none taken from a dev set.
SUBJECT_EXAMPLES.extend([
    # a description stands for the name that identifies it (subject.py `_titled_name`, `_set_off_name`):
    # in apposition with a relative clause that holds the figure, given by "named", an age set off
    ("“It works,” said Ann Lee, a chemist at Globex who has studied soil for 25 years.", "25 years", "Ann Lee"),
    ("A carpenter named Tom Reed built the chapel in just 40 days.", "40 days", "Tom Reed"),
    ("Tom Reed, 34, was taken to Mercy Hospital in Ohio on Monday.", "34", "Tom Reed"),
    # a figure inside a description set in apposition after a name, with a comma (`_apposed_name`); not past
    # another name on the way up
    ("Globex, a maker of widgets that employs 4,000 people, said sales rose 3%.", "4,000 people", "Globex"),
    ("Ann Lee, a professor at Stanford University, which has 16,000 students, spoke.", "16,000 students",
     "Stanford University"),
    ("A carpenter from the village built the chapel in just 40 days.", "40 days", "carpenter from the village"),   # round 20: with its restrictive modifier (CONVENTIONS: the actor noun phrase)
    # a common-noun description before a name is left out; a capitalised noun is part of the name
    ("Security software firm Globex bought a rival for $30 million.", "$30 million", "Globex"),
    ("Ohio-based grocer Kroger opened 12 stores in May.", "12 stores", "Kroger"),
    ("Pottery Barn opened 12 stores in May.", "12 stores", "Pottery Barn"),
    # the body cited by "according to" is the source, none of its words (its article included) the subject
    ("Some 800 million people lack clean water, according to the National Farm Board.", "800 million people",
     "people"),
    # "he"/"she" is the last person named (`_last_person`); "It" takes the subject carried from before;
    # the pronoun speaker of a reported clause is no subject (`_reporter`)
    ("Maria Lopez said the bakery in Ohio is old. The bakery sold 900 loaves in May. She hired 40 workers in June.",
     "40 workers", "Maria Lopez"),
    ("Maria Lopez said the bakery in Ohio is old. The bakery sold 900 loaves in May. It hired 40 workers in June.",
     "40 workers", "bakery"),
    ("The town has 900 miles of pipes, Ann Lee said. There are about 400 breaks a year, she added.",
     "400 breaks a year", "town"),
    # round 19: "it" stands for no person and no plural common noun named as the subject before it
    # in its sentence (past them, the subject carried from before); a plural-looking name is one actor.
    # A measure as a subject ("annual road spending") is no actor for a later sentence's figure. The
    # candidate that made the two xfails pass (b4a5141) left claims-dev check subject flat (.6007)
    # and was reverted; the plain rows are its near misses, true on main. Round 23: "it" passes over
    # a person of two words or more and a noun of people (subject._a_person)
    ("Ridgeway County maintains 40 bridges. Ann Lee said it repaves 900 miles of road each year.",
     "900 miles", "Ridgeway County"),
    ("Ridgeway County maintains 40 bridges. Its engineers said it repaves 900 miles of road each year.",
     "900 miles", "Ridgeway County"),
    ("Acme Foods said it hired 40 workers in May.", "40 workers", "Acme Foods"),
    ("Kenton County has 900 miles of road. Annual road spending grew 9% in May.\n\nA further 4% is "
     "planned for 2022.", "4%", "Kenton County"),      # a measure subject stays in its sentence (measure_phrase)
    ("Home prices keep climbing. Annual price growth hit 9% in May, up from 4% in April.", "4%",
     "Annual price growth"),
    ("Globex opened 12 stores in 2019. Acme Sales hired 30 workers. It also bought 5 trucks.", "5 trucks",
     "Acme Sales"),
    # the person named as a clause's subject, not one named in a prepositional phrase after it
    ("Maria Lopez said the loan came from Tom Reed. She hired 40 workers in June.", "40 workers", "Maria Lopez"),
    # with no subject of its own clause, the actor named as a clause's subject before others (`_actor_in`)
    ("A toymaker founded in Denmark in 1932, Lego is known worldwide.", "1932", "Lego"),
    # a share with no group of its own (`_fronted_group`, `_parallel_group`), not after a share as an object
    ("Among the surveyed nurses, 40% said they work nights.", "40%", "surveyed nurses"),
    ("Last year 25% of teachers reported receiving extra pay and 10% reported taking second jobs.", "10%", "teachers"),
    ("In 2019, farmers accounted for 30% of all losses, down from 45% in 2010.", "45%", "farmers"),
    # the writer ("I", "we") as a clause's subject is who its figure is about, and carries to no later
    # figure; in a speaker's words, the speaker; "you" is not the writer (`_writer_or_reader`, `carries`)
    ("I have trained horses for more than 30 years.", "30 years", "I"),
    ("“We sold 300 cars last month,” Ann Lee said.", "300 cars", "Ann Lee"),
    ("Globex opened 12 stores in May. I visited them twice. Sales rose 5% in June.", "5%", "Globex"),
    ("The Lumix G9 weighs 650 grams. You get 25 megapixels in a weatherproof body.", "25 megapixels", "Lumix G9"),
    # a heading or label line (no sentence mark at its end, no finite verb) takes no carried subject;
    # a line with a verb still does (`takes_carried`)
    ("Globex opened 12 stores in May.\n\nPrice: $40 per ticket", "$40 per ticket", None),
    ("Globex opened 12 stores in May.\n\nTop 3 reasons to visit", "3 reasons", None),
    ("Globex opened 12 stores in May.\n\nIn June it hired 40 workers", "40 workers", "Globex"),
    # what the writer owns is itself the subject; in a speaker's words, the speaker; "its" still points back
    ("Globex opened 12 stores in May. My newsletter has more than 30,000 readers.", "30,000 readers",
     "My newsletter"),
    ("“Our plant makes 400 cars a day,” Ann Lee said.", "400 cars a day", "Ann Lee"),
    ("Globex opened 12 stores in May. Its staff grew by 300 workers.", "300 workers", "Globex"),
    # a possessor that names a kind of what it owns is no owner: the whole phrase is the subject
    ("Master's degrees cost $19,749 on average.", "$19,749", "Master's degrees"),
    ("Driver's license renewals rose 12% in March.", "12%", "Driver's license renewals"),
    ("The average cost of a bachelor's degree is $38,496.", "$38,496", "bachelor's degree"),
    ("Acme's revenue rose 5% in March.", "5%", "Acme"),
    # a product's name owned by its maker's is the product ("the phrase with its owner", as for an actor)
    ("Sony's PlayStation 5 Pro went on sale priced at $699.99.", "$699.99", "Sony's PlayStation 5 Pro"),
    ("Apple's iPhone 16 costs $799.", "$799", "Apple's iPhone 16"),
    ("Acme's Fiscal 2024 Revenue rose 5%.", "5%", "Acme"),
    # a size of a part the subject has is about the subject ("has", "packs", "ships with")
    ("The Nintendo Switch OLED has a 7-inch screen.", "7-inch", "Nintendo Switch OLED"),
    ("The city built a 40-foot wall.", "40-foot", "wall"),
    # "It" opening the paragraph under a heading line that is one name stands for that name
    ("Tokyo\n\nIt welcomed 19.5 million visitors in 2024.", "19.5 million visitors", "Tokyo"),
    ("Key figures\n\nIt welcomed 19.5 million visitors in 2024.", "19.5 million visitors", None),
    # a thing a name names ("The Voyager 1 probe": the number is the name's) is what "it" goes on about
    ("The Voyager 1 probe crossed into interstellar space in 2012. Its radio signal takes 22 hours to reach Earth.",
     "22 hours", "Voyager 1 probe"),
    ("The Hubble telescope launched in 1990. It weighs 11 tons.", "11 tons", "Hubble telescope"),
    ("The lamp is tall. It weighs 12 pounds.", "12 pounds", None),
    ("Hill climbing is the main limitation. It handles 10% grades fine.", "10%", None),
    ("The speaker can be used with a 30-foot cable.", "30-foot", "cable"),
    # a heading's own words are no rival name of the description under it; a title-case section heading
    # names nothing
    ("3. Austin, Texas\n\nThe Texas capital added 33,000 residents last year.", "33,000 residents", "Austin"),
    ("The Pixel 9 costs $799.\n\nBattery Life\n\nIt lasted 14 hours in our test.", "14 hours", "Pixel 9"),
    ("Bank of America\n\nThe lender earned $7 billion.", "$7 billion", "Bank of America"),
    # a label line's figure is about the name on the heading line above its run of label lines
    ("Allied Van Lines\n\nPrice: $2,999\n\nWeight limit: 500 pounds", "500 pounds", "Allied Van Lines"),
    ("Key specs\n\nPrice: $599.99", "$599.99", None),
    ("Key Specs\n\nCapacity: 24 ounces", "24 ounces", None),      # the recogniser calls it a person
    # a description owned by another name, opening the paragraph under a heading that is one name it fits
    ("9. Oppenheimer\n\nChristopher Nolan's biopic grossed $975 million worldwide.", "$975 million", "Oppenheimer"),
    ("12. Lisbon, Portugal\n\nPortugal's capital has summer highs of 28 degrees Celsius.", "28 degrees Celsius",
     "Lisbon"),
    ("Christopher Nolan's biopic grossed $975 million worldwide.", "$975 million", "Christopher Nolan"),
])


def test_assemble_hash_numbers_are_ranks_after_a_word_and_labels_otherwise(nlp):
    from extractor import extract_text

    kinds = [(c.kind, c.quote) for c in extract_text("Tip #3: it is the #1 seller in the 2019-20 season.")]
    assert kinds == [("rank", "#1")]


def test_assemble_time_a_year_that_frames_a_trend_or_advice_is_no_date(nlp):
    from extractor import extract_text

    text = ("In 2027, remote work is reshaping offices. Here are the tools you can use in 2027. "
            "The plant closed in 2019. The merger is expected to close in 2028.")
    assert [c.quote for c in extract_text(text, published="2027-02-01") if c.kind == "date"] == ["2019", "2028"]


def test_assemble_filters_a_school_year_tail_a_clock_time_and_to_pairs_are_no_claims(nlp):
    from extractor import extract_text

    text = "In the 2021-22 school year, staff left at 5 o'clock and won by a 3-to-1 margin; 40 students came."
    assert [c.quote for c in extract_text(text)] == ["40 students"]


def test_assemble_filters_a_time_taken_in_seconds_or_hours_is_a_duration_not_a_time_scope(nlp):
    from extractor import extract_text

    kinds = {c.quote: c.kind for c in extract_text("The scooter reached 15 mph in 2.3 seconds. Sales rose 5% over three months.")}
    assert kinds.get("2.3 seconds") == "duration" and "three months" not in kinds


def test_assemble_time_a_year_before_an_event_noun_dates_it(nlp):
    from extractor import extract_text

    text = ("Towns were rebuilt after the 1964 earthquake. Her 1987 novel sold well. "
            "File your 2031 tax return. The 2015 White House report listed threats.")
    assert [c.quote for c in extract_text(text, published="2032-01-01") if c.kind == "date"] == ["1964", "1987"]


def test_assemble_time_a_progressive_of_a_year_to_come_is_a_plan_and_a_hyphened_size_no_year(nlp):
    from extractor import extract_text

    text = ("Acme is opening its first store in 2031. Remote work is reshaping offices in 2029. "
            "He would later found Globex in 1998. Acme built a 1850 square-foot office.")
    assert [c.quote for c in extract_text(text, published="2029-03-01") if c.kind == "date"] == ["2031", "1998"]


@pytest.mark.parametrize("text,quote,subject", [
    # (round 16: "rents" is a measure noun, the property; the subject is the place it is in; "turnout" with
    # no owner named stays the subject as before, review 16 finding 3: no earlier actor is carried onto it)
    ("About 25% of teachers quit last year, and rents in the city rose 10%.", "10%", "city"),
    ("In 2024, 40% of voters backed the plan, and turnout fell 5%.", "5%", "turnout"),
])
def test_assemble_subject_a_share_whose_clause_has_its_own_subject_takes_no_earlier_group(nlp, text, quote, subject):
    from extractor import extract_text

    found = {c.quote: c.subject.text if c.subject else None for c in extract_text(text)}
    assert found[quote] == subject


@pytest.mark.parametrize("text,quote,subject", [
    # a quotation whose speaker is not known in its sentence: "I" is not the writer
    ("Acme Corp hired 400 workers in 2023.\n\n\u201cI lost 40 pounds in a year.\u201d", "40 pounds", "Acme Corp"),
    # a speaker who is the subject as the "we" of their words does not carry into the narrative
    ("Acme Corp hired 400 workers in 2023. \u201cWe sold 300 cars last month,\u201d Ann Lee, its chief executive, said. "
     "The average price was $30,000.", "$30,000", "Acme Corp"),
    # the numeral of a name is not the writer
    ("The museum opened in 1990. World War I killed about 20 million people.", "20 million people", None),
    # a bullet whose verb opens it is no label line: it takes the subject carried from before
    ("Acme Corp hired 400 workers in 2023.\n\nGenerated $5 billion in revenue", "$5 billion", "Acme Corp"),
    ("Acme Corp hired 400 workers in 2023.\n\nFee: $99 per room", "$99 per room", None),
])
def test_assemble_subject_the_writer_only_outside_quotations_and_names(nlp, text, quote, subject):
    from extractor import extract_text

    found = {c.quote: c.subject.text if c.subject else None for c in extract_text(text)}
    assert found[quote] == subject


# Round 3 subject rules (made up, none taken from a dev set), appended to SUBJECT_EXAMPLES.
SUBJECT_EXAMPLES.extend([
    # a share a verb of proportion states of its subject is about that subject, not the whole it is "of"
    ("Dairy products accounted for 17.7% of total exports last year.", "17.7%", "Dairy products"),
    ("Women make up half of the board at Acme.", "half", "Women"),
    ("About 42% of millennials own a home.", "42%", "millennials"),
    # ... and so does a verb of holding or winning one ("hold 30% of the seats", "won 52% of the vote")
    ("Women hold 30% of board seats at the largest firms.", "30%", "Women"),
    ("Small growers control 60% of the coffee trade.", "60%", "Small growers"),
    ("About 40% of voters hold a college degree.", "40%", "voters"),
    # a share of a group owned by a pronoun is about the subject the pronoun points to
    ("The average app loses 77% of its users within a week.", "77%", "average app"),
    # a time in the possessive owns no figure: the subject is found elsewhere, or carried
    ("Acme Corp sold 400 cars in 2023. Last week's 3% drop worried investors.", "3%", "Acme Corp"),
    ("The chain is moving from today's 40 stores to 60.", "40 stores", "chain"),
    ("The county’s nearly 900 miles of roads need repair.", "900 miles", "county"),
    # a sentence that speaks to the reader (a verb in its base form first, no subject) takes no carried actor
    ("Acme Corp hired 400 workers in 2023. Take a 2-minute break every hour.", "2-minute", None),
    ("Acme Corp hired 400 workers in 2023. Then add 2 cups of flour.", "2 cups", None),
    ("Acme Corp hired 400 workers in 2023. It sold 40 trucks.", "40 trucks", "Acme Corp"),
    # a subject needs words: another figure or a bracket is none (the group found or carried instead)
    ("The town has a young population, with 20% of residents being 14 years old or younger.", "14 years old",
     "residents"),
    ("In 2020, 60% of voters in Ohio backed the plan, and 30% as independents.", "30%", "voters"),
    # a bare share that is itself a clause's subject is a share of the group named before it in the sentence
    ("Saving is the third biggest goal for millennials, with 41% making it a priority.", "41%", "millennials"),
    ("A new study, based on a survey of 400 teachers and school leaders, shows that 62 percent changed jobs.",
     "62 percent", "school leaders"),
    # ... a fraction too; and a whole that opens the sentence before a comma, whatever its plural noun, is what
    # the share after it divides
    ("A poll of 900 farmers found that nearly half say prices are too low.", "half", "farmers"),
    ("Out of the 60 mergers, roughly a quarter had disclosed terms.", "a quarter", "60 mergers"),
    ("Of the 80 contracts, about half were signed abroad.", "half", "80 contracts"),
    # a share written "N in M" is about the plural noun right after it, however it is parsed
    ("Acme Corp hired 400 workers in 2023. One in five teens vapes daily, a CDC survey found.", "One in five",
     "teens"),
    ("Acme Corp hired 400 workers in 2023. Today, nearly 7 in 10 shoppers report using social media.", "7 in 10",
     "shoppers"),
    ("One in five American adults smokes.", "One in five", "American adults"),
    # a vague amount by a scale word is about what it counts, not the scale word
    ("Thousands of people have lost millions of dollars to tax scams.", "millions of dollars", "people"),
    ("Acme Corp hired 400 workers in 2023. Millions of learners use the app every day.", "Millions of learners",
     "learners"),
])


@pytest.mark.parametrize("text,quotes", [
    # list numbering on a line of its own, the lines joined by single line breaks
    ("Our picks:\n1. Acme: the best\n2. Zeta: the cheapest\n3. Omega", []),
    ("Steps:\n1) Wash the bowl\n2) Dry it", []),
    ("Items (see below)\n1. Bread\n2. Milk", []),
    # a figure that opens a line but is no list number stays
    ("The survey found:\n40 people quit.\n12 firms closed.", ["40 people", "12 firms"]),
    ("In 2024:\n2.5 million cars were sold.", ["2.5 million cars"]),
])
def test_assemble_filters_list_numbers_at_a_line_start_are_no_counts(nlp, text, quotes):
    from extractor import extract_text

    assert [c.quote for c in extract_text(text)] == quotes


@pytest.mark.parametrize("text,found", [
    ("The Echo Show 8 sold 40 units.", {"8": True, "40": False}),
    ("The Acer Aspire Go 15 ships to 40 countries.", {"15": True, "40": False}),
    ("Apple Made 5 Phones This Year", {"5": False}),
    ("In March Over 40 people left.", {"40": False}),
    ("The Echo Show 8 is a great device.", {"8": True}),
    ("The Echo Show 8 and the Echo Dot sold out.", {"8": True}),
    ("Inside Out 2 grossed $1.7 billion.", {"2": True, "$1.7 billion": False}),
    ("Shares Sold Out 2 Hours After Launch", {"2 Hours": False}),
    # round 21: a capitalised word at a sentence's start that is the figure's bound is no name
    ("Nearly 40,000 people signed up.", {"40,000": False}),
    ("Roughly 300 firms closed.", {"300": False}),
    ("Approximately 12 trains were late.", {"12": False}),
    ("Windows 11 is out.", {"11": True}),
    # an amount written with a thousands separator or a scale word is no name's number, even after a
    # capitalised word of a title-case headline or a label
    ("Globex To Cut 1,200 Jobs", {"1,200": False}),
    ("Initech Cuts 1,200 As Sales Slump", {"1,200": False}),     # a capitalised word after it: a headline's
    ("Suite 1,200 is on the top floor.", {"1,200": True}),
    ("China Adds 1.2 Million Jobs", {"1.2 Million": False}),
    ("Company Size: 22,000 employees", {"22,000": False}),
    ("Boeing 787 jets flew 300 routes.", {"787": True, "300": False}),
    # (review 22) a grouped number before no plural stays a name's or a label's number
    ("Acme is a Fortune 1,000 company.", {"1,000": True}),
    ("The Russell 3,000 rose 1% on Friday.", {"3,000": True, "1%": False}),
    ("Figure 1 Percent of Students Passing", {"1 Percent": True}),
    # a range of a name's numbers: versions ("from Postgres 14 to 16"), not a range of counts after a cue
    ("We moved from Postgres 14 to 16 in a day.", {"14 to 16": True}),
    ("The fix came in version 2.3 to 2.4 of the app.", {"2.3 to 2.4": True}),
    ("About 300 to 400 people came.", {"300 to 400": False}),
])
def test_assemble_filters_a_name_may_hold_a_capitalised_function_word(nlp, text, found):
    from extractor.assemble.filters import is_identifier

    [s] = sentences_of(text)
    assert {q.text: is_identifier(s.ctx.text, q._.mention) for q in s.quantities} == found


# A speaker's title (source.py `_with_title`) is a role: a place, an age or an organisation's description
# after a speaker's name is no part of the speaker the subject is carried from
SUBJECT_EXAMPLES.extend([
    ("\u201cWe will build 300 homes,\u201d said Ann Lee, Paris.", "300 homes", "Ann Lee"),
    ("\u201cWe hired 50 people,\u201d said Maria Gomez, 42, a nurse.", "50 people", "Maria Gomez"),
    ("\u201cWe cut 300 jobs,\u201d said Acme, the maker of widgets.", "300 jobs", "Acme"),
])


# Review 10 (invented inputs) on the round 3 subject rules, appended to SUBJECT_EXAMPLES.
SUBJECT_EXAMPLES.extend([
    # a scale word is a vague amount only with its "of" group; otherwise a plain noun and a subject
    ("Scores rose 4% this year.", "4%", "Scores"),
    ("Test scores fell 12 points in 2023.", "12 points", "Test scores"),
    ("Average scores dropped 6 points, while 40% of pupils failed.", "6 points", "Average scores"),
    # an "N in M" share is not about a time after it, nor about the object of a preposition before it
    ("Acme said floods like this happen 1 in 100 years in the valley.", "1 in 100", "floods"),
    ("The drug failed in 1 in 5 trials last year.", "1 in 5", "drug"),
    ("1 in 4 adults has cavities.", "1 in 4", "adults"),
    # a share in a clause coordinated with the one naming a "for" group is not a share of that group
    ("Tickets for fans went on sale Monday and 80% sold out within an hour.", "80%", None),
    ("The fund for retirees grew, and 7% was paid out in 2023.", "7%", None),
    # a name of one letter is a subject; the letter left of a cut-off figure ("3M") is not
    ("X has 550 million monthly users.", "550 million monthly users", "X"),
    ("F1 signed a $1 billion deal with Netflix.", "$1 billion", "F1"),
    ("A24 released 18 films last year.", "18 films", "A24"),
    ("3M cut 2,000 jobs.", "2,000 jobs", None),
    # a pronoun-owned group when the clause names no subject of its own
    ("Unions said 40% of their members voted to strike.", "40%", "their members"),
    # a time in the possessive owns no figure, a holiday's name included
    ("Labor Day's 3 million travellers set a record.", "3 million travellers", None),
    ("Monday's $2 billion sale surprised analysts.", "$2 billion", None),
])


# Review of round 3 (invented inputs): headlines, hard-wrapped lines and 'or more' nouns.
@pytest.mark.parametrize("text,quote", [
    ("Polls Show 3 Candidates Tied In Iowa", "3 Candidates"),
    ("Data Show 40 Deaths Linked To Heat", "40 Deaths"),
    ("Deaths Top 100 As Floods Spread", "100"),
    ("Sales Top 1,000 Units In First Week", "1,000 Units"),
    ("Stocks Up 5 Points After Fed Decision", "5 Points"),
    ("Democrats Call 3 Witnesses", "3 Witnesses"),
    ("Police On 12 Arrests", "12 Arrests"),
    # title case keeps its function words in lower case
    ("Harris Up 4 in Pennsylvania Poll", "4"),
    ("Amazon Back 3 of Its Drivers in Dispute", "3"),
])
def test_assemble_filters_a_headline_verb_on_the_name_list_keeps_its_count(nlp, text, quote):
    from extractor import extract_text

    assert quote in [c.quote for c in extract_text(text)]


@pytest.mark.parametrize("text,quote", [
    ("Officials said the death toll had reached\n12. Rescue teams were still searching.", "12"),
    ("The company said the number of new stores it opened this year was\n40. Sales rose 5%.", "40"),
    ("The team's total this season stands at\n3) a record.", "3"),
    # two wrapped lines that each open with a sentence-final number are no numbered list
    ("The toll had reached\n12. Officials expect it to pass\n20. Rescue teams are still searching.", "12"),
    ("The toll had reached\n12. Officials expect it to pass\n20. Rescue teams are still searching.", "20"),
    # a line that ends in a bracket has not ended its sentence
    ("The number of stores it runs in Ohio (its home state)\n40. The rest are in Texas.", "40"),
])
def test_assemble_filters_a_number_ending_a_wrapped_sentence_is_no_list_number(nlp, text, quote):
    from extractor import extract_text

    assert quote in [c.quote for c in extract_text(text)]


@pytest.mark.parametrize("text,unit", [
    ("A score of 30 or more indicates obesity.", None),
    ("The fighters went through 10 or more rounds.", "rounds"),
])
def test_assemble_the_word_after_or_more_is_counted_only_if_a_noun(nlp, text, unit):
    from extractor import extract_text

    [c] = [c for c in extract_text(text) if c.kind == "count"]
    assert (c.unit, c.bound) == (unit, ">=")


@pytest.mark.parametrize("text,quote,unit", [
    ("Thousands of registered voters lined up.", "Thousands of registered voters", "voters"),
    ("The firm has won hundreds of personal injury cases.", "hundreds of personal injury cases", "cases"),
    ("Dozens of slightly different versions exist.", "Dozens of slightly different versions", "versions"),
    ("Millions of people watched.", "Millions of people", "people"),
])
def test_assemble_a_vague_count_counts_the_noun_its_modifiers_belong_to(nlp, text, quote, unit):
    from extractor import extract_text

    [c] = [c for c in extract_text(text) if c.kind == "count"]
    assert (c.quote, c.unit, c.bound) == (quote, unit, ">=")


def test_assemble_an_age_after_anyone_over_is_a_group_not_a_count(nlp):
    from extractor import extract_text

    claims = extract_text("Anyone over 65 gets a discount, and 40 people signed up.")
    assert [(c.kind, c.value) for c in claims] == [("count", 40)]


# Round 5 subject narrowings (made up, none taken from a dev set), appended to SUBJECT_EXAMPLES.
SUBJECT_EXAMPLES.extend([
    # a bare definite description names the earlier proper name its noun heads ...
    ("The Riverside Film Festival opened on May 3. The festival sold 4,000 tickets.", "4,000 tickets",
     "Riverside Film Festival"),
    # ... not a name the noun only modifies, nor when the description has words of its own
    ("Ann Lee joined the Marriott Hotel Group on May 3. This hotel has 300 rooms.", "300 rooms", "hotel"),
    ("Ann Lee toured the Harbor Hotel on May 3. The smaller hotel has 300 rooms.", "300 rooms", "smaller hotel"),
    # a name's own "on" phrase is not the date after it
    ("Ann Lee toured the Harbor Hotel on May 3. The hotel has 300 rooms.", "300 rooms", "Harbor Hotel"),
    ("The Harbor Hotel on Main Street has 300 rooms.", "300 rooms", "Harbor Hotel on Main Street"),
    # "the company" is the last company named as the subject of a clause, not one it petitioned or cited
    ("Microsoft hired 300 engineers last year. The company also opened 4 plants.", "4 plants", "Microsoft"),
    ("Microsoft petitioned the Patent Office on March 3. In May the company filed 12 lawsuits.", "12 lawsuits",
     "Microsoft"),
    # a restrictive relative clause on a predicate noun is about the name the copula describes ...
    ("Acme is a startup that has raised $40 million from investors.", "$40 million", "Acme"),
    ("Khan Academy is a free platform that offers thousands of videos.", "thousands of videos", "Khan Academy"),
    # ... not when the copula's subject is no name, nor after a comma (the clause then hangs on the name before it)
    ("The culprit was a virus that killed 300 people.", "300 people", "virus"),
    ("There is a tank that holds 3 liters of water.", "3 liters", "tank"),
    ("Park Air is the largest brand of the Hyatt Hotel Group, which now manages more than 10 brands.", "10 brands",
     "Hyatt Hotel Group"),
    # "the company" stands for an earlier company unless its own words say which one it is
    ("Microsoft hired 300 engineers last year. The Seattle-based company opened 4 plants.", "4 plants",
     "Microsoft"),
    ("Microsoft hired 300 engineers last year. The software company opened 4 plants.", "4 plants", "Microsoft"),
    ("Microsoft hired 300 engineers on May 3. The Acme Hotel group opened 4 plants.", "4 plants", "Acme Hotel group"),
    # indefinites ("everything", "nothing") and the pro-forms "that", "here" are never subjects: the
    # figure takes the actor carried from before, or none
    ("Acme sells 40 kinds of tea. Everything on its menu costs $12.", "$12", "Acme"),
    ("Acme sells 40 kinds of tea. That means you can try 40 teas a year.", "40 teas a year", "Acme"),
    ("Here's a wake-up call: over 60% of website traffic now comes from phones.", "60%", None),
    # a figure in a participle or "with" phrase that qualifies the subject is about the subject noun ...
    ("Senior consultants earning $170,000 are likely to seek other jobs.", "$170,000", "Senior consultants"),
    ("Firms with more than 50 workers must file a report.", "50 workers", "Firms"),
    # ... not a figure that is the subject or its group
    ("About 48% of voters backed the plan.", "48%", "voters"),
    ("Some 40,000 lamps were sold.", "40,000 lamps", "lamps"),
    # a date in a noun's "of" phrase dates that noun, not a noun that is part of the time itself
    ("By the end of the 18th century, coffee was one of the most profitable crops.", "18th century", "coffee"),
    ("The Dutch grew coffee in the latter half of the 17th century.", "17th century", "Dutch"),
    # a share that names its own group does not take the group the sentence opens with
    ("Of the five drugs tested in the trial, aspirin was the most used, ahead of ibuprofen (used by 15% of adults).",
     "15%", "adults"),
])


# Review 12 (quantities, invented inputs): a number after 'anyone over'/'under' that counts the noun after it
# is a count, not an age (#3)
@pytest.mark.parametrize("text,quote", [("The airline charges anyone over 2 bags a fee.", "2 bags"),
                                        ("The app bans anyone under 100 followers from posting.", "100 followers"),
                                        ("The bank pays anyone over 3 referrals a $50 bonus.", "3 referrals")])
def test_assemble_anyone_over_a_counted_noun_is_a_count(nlp, text, quote):
    from extractor import extract_text

    assert quote in [c.quote for c in extract_text(text) if c.kind == "count"]


# Review 12 #8 (invented inputs): a hyphenated modifier the pattern took as the counted word is walked to its noun
@pytest.mark.parametrize("text,quote,unit", [
    ("Millions of first-time home buyers entered the market.", "Millions of first-time home buyers", "buyers"),
    ("Thousands of Chinese-made drones were sold.", "Thousands of Chinese-made drones", "drones"),
])
def test_assemble_a_vague_count_walks_a_hyphenated_modifier_to_its_noun(nlp, text, quote, unit):
    from extractor import extract_text

    [c] = [c for c in extract_text(text) if c.kind == "count"]
    assert (c.quote, c.unit) == (quote, unit)


# stop 68 (invented inputs): a label noun and its number between a count and its noun name a kind of what is
# counted, which the parse may make the count's head (context.past_label)
@pytest.mark.parametrize("text,quote,unit", [
    ("Over 2,000 Stage 3 patients were enrolled.", "2,000 Stage 3 patients", "patients"),
    ("Nearly 40 Section 8 tenants were evicted.", "40 Section 8 tenants", "tenants"),
])
def test_assemble_a_count_reaches_its_noun_past_a_numbered_label(nlp, text, quote, unit):
    from extractor import extract_text

    [c] = [c for c in extract_text(text) if c.kind == "count"]
    assert (c.quote, c.unit, c.subject.text, c.property.text) == (quote, unit, unit, unit)


# Review 12 (invented inputs) on the round 5 subject narrowings, appended to SUBJECT_EXAMPLES.
SUBJECT_EXAMPLES.extend([
    # "the country"/"the company" is the last one named, also as an owner, an object or after a preposition ...
    ("France's economy grew 0.9% last year. The country has 68 million people.", "68 million people", "France"),
    ("Germany's exports fell 2% in May. The country exported goods worth $1.7 trillion last year.", "$1.7 trillion",
     "Germany"),
    ("The unemployment rate in Spain fell to 11%. The country created 500,000 jobs last year.", "500,000 jobs",
     "Spain"),
    ("Floods hit Pakistan in August. The country lost $30 billion.", "$30 billion", "Pakistan"),
    ("Tesla's chief executive Elon Musk said on Wednesday that demand was strong. The company delivered 1.8 million "
     "cars last year.", "1.8 million cars", "Tesla"),
    ("Analysts cut their forecasts for Tesla. The company delivered 1.8 million cars last year.", "1.8 million cars",
     "Tesla"),
    # ... but not an office it turned to nor the outlet it cites
    ("Acme Corp sold 40 cars in May, according to Reuters. The company has 400 stores.", "400 stores", "Acme Corp"),
    ("Microsoft urged the Commerce Department to act on May 3. The company hired 300 workers.", "300 workers",
     "Microsoft"),
    # ... a capitalised "The Company" too ...
    ("Acme Corp filed its annual report on Friday. The Company had 4,500 employees at year end.", "4,500 employees",
     "Acme Corp"),
    # ... and a place or a size before it only describes it
    ("Goldman Sachs reported results on Tuesday. The Wall Street bank earned $4 billion in the quarter.", "$4 billion",
     "Goldman Sachs"),
    ("JPMorgan Chase reported results on Friday. The New York bank earned $13 billion in the quarter.", "$13 billion",
     "JPMorgan Chase"),
    ("Exxon Mobil reported results on Friday. The Texas company earned $9 billion in the quarter.", "$9 billion",
     "Exxon Mobil"),
    ("Ford said it would expand. The U.S. company plans to build 3 new plants.", "3 new plants", "Ford"),
    ("Walmart Inc. said on Tuesday that sales rose 4%. The Bentonville, Arkansas-based retailer operates 10,500 "
     "stores.", "10,500 stores", "Walmart Inc."),
    ("Amazon reported earnings on Thursday. The $2 trillion company sold $500 billion of goods last year.",
     "$500 billion", "Amazon"),
    # a title that opens a name ("Hurricane Katrina", "Judge Ann Lee") is the whole name for "the hurricane"
    ("Hurricane Katrina struck New Orleans in August 2005. The hurricane killed 1,800 people.", "1,800 people",
     "Hurricane Katrina"),
    ("Cyclone Idai hit Mozambique in March. The cyclone killed 1,300 people.", "1,300 people", "Cyclone Idai"),
    ("Judge Ann Lee heard the case in May. The judge ordered the firm to pay $3 million.", "$3 million",
     "Judge Ann Lee"),
    # an "of" phrase that points back ("of them", "of those", "of the total") names no group of its own
    ("Of the 500 nurses surveyed, 70% of them said they planned to quit.", "70%", "500 nurses"),
    ("Of the 1,200 voters polled, 55% of those backed the mayor.", "55%", "1,200 voters"),
    ("Among the 2,000 workers surveyed, a third of them said they had been harassed.", "a third", "2,000 workers"),
    ("Of the 300 patients in the trial, 40% of the total were women.", "40%", "300 patients"),
    ("Among adults in Texas, 30% of those under 30 have no health insurance.", "30%", "adults"),
    # an infinitive on the subject names an action, not which ones the subject means
    ("Microsoft earned $20 billion in the quarter. The effort to raise $5 million for the lab began in May.",
     "$5 million", "Microsoft"),
    ("Microsoft earned $20 billion in the quarter. A bid to buy the startup for $2 billion failed.", "$2 billion",
     "Microsoft"),
    ("Boeing delivered 40 jets in March. The decision to hire 2,000 engineers surprised analysts.",
     "2,000 engineers", "engineers"),
    # a name the tagger takes as a date runs on ("Day" is inside the date, not before it)
    ("The Day of the Dead Festival attracted 50,000 people.", "50,000 people", "Day of the Dead Festival"),
    ("The Day of the Dead 2024 drew 40 people.", "40 people", "Day of the Dead"),
])


@pytest.mark.parametrize("text,quote", [
    ("Jane Doe, chief executive of Barclays, said on Monday that the branch would close. That confirms earlier "
     "reports that 400 jobs will go.", "400 jobs"),
    ("Jane Doe, chief executive of Barclays, said on Monday that the branch would close. That underlines a 12% rise "
     "in lending this year.", "12%"),
])
def test_assemble_source_a_sentence_opening_that_continues_no_speaker(nlp, text, quote):
    from extractor import extract_text

    [c] = [c for c in extract_text(text, published="2020-03-05") if c.quote == quote]
    assert c.source is None


# Second review 12 (invented inputs): "the company" takes the only company named, even one only cited.
SUBJECT_EXAMPLES.extend([
    ("According to Acme Corp, the market grew. The company has 50 stores.", "50 stores", "Acme Corp"),
])

# "the state" / "the company" stands for the entity of its kind that the sentence naming one last is
# about: its subject's before its object's before any other (subject._most_salient); alone, the last one
SUBJECT_EXAMPLES.extend([
    ("Ohio farmers planted 20% less corn, trailing Iowa. The state has 30,000 farms.", "30,000 farms", "Ohio"),
    ("Acme Corp bought a 10% stake in Globex Inc. The company has 50 stores.", "50 stores", "Acme Corp"),
    ("Farmers planted 20% less corn in Ohio and Iowa. The state has 30,000 farms.", "30,000 farms", "Iowa"),
    ("Microsoft holds 7% of the market, Gartner estimates. The company has 50 offices.", "50 offices", "Microsoft"),
    ("Ohio residents reported 4.2 bad days, tying with Iowa. The state has 30,000 farms.", "30,000 farms", "Ohio"),
])

# a share in brackets after a plain plural that names no one belongs to the group the sentence opens with; after
# a name or a people, to that name (subject._bracket_owner)
SUBJECT_EXAMPLES.extend([
    ("Of those who rent, the top two reasons are high bills (50%) and low pay (30%).", "50%", "those who rent"),
    ("Among voters, Democrats (68%) backed the plan more than Republicans (30%).", "30%", "Republicans"),
    ("Of those surveyed, most millennials (68%) backed the plan.", "68%", "most millennials"),
    ("Among teachers, the most cited problems were large classes (57%) and low salaries (49%).", "49%", "teachers"),
    # a company named with a common word is a name, not the abstract noun ("target"); an acronym is not one
    ("Walmart rival Target cut prices on 1,500 items.", "1,500 items", "Target"),
    ("That AUV has grown to close to $3 million this year.", "$3 million", None),
    # (the group ends at its comma even where the parse hangs the main clause on the relative one)
    ("Of those who quit, most blamed long hours (44%) and poor managers (35%).", "35%", "those who quit"),
    # ... not a plural that is its clause's subject or a group compared
    ("Among voters, women (54%) backed Smith, while men (41%) did.", "54%", "women"),
    ("Among respondents, renters (45%) were likelier than homeowners (30%) to move.", "30%", "homeowners"),
])

# a company named only as what a role noun before another name is of ("Apple supplier Foxconn", "Google
# parent Alphabet") describes that other name: "the company" after it is the other name (subject._described_name)
SUBJECT_EXAMPLES.extend([
    ("Apple supplier Foxconn has cut 3,000 jobs. The company plans to hire 500 engineers.", "500 engineers",
     "Foxconn"),
    ("NASA supplier SpaceX, meanwhile, has been grounded since an explosion in September. The company hopes to "
     "launch 40 satellites.", "40 satellites", "SpaceX"),
    ("Google parent Alphabet reported a loss. The company has 180,000 employees.", "180,000 employees", "Alphabet"),
    ("Apple supplier Hon Hai Precision cut 300 jobs. The company plans to hire 500 engineers.", "500 engineers",
     "Hon Hai Precision"),
    # ... not a person named after a role ("founder", "spokesman")
    ("Amazon founder Jeff Bezos stepped down in 2021. The company shipped 5 billion parcels last year.",
     "5 billion parcels", "Amazon"),
    ("Meta spokesman Andy Stone confirmed the cuts. The company laid off 10,000 workers in March.", "10,000 workers",
     "Meta"),
])

# a name the text says is of a kind ("X is a chipmaker", "X is the best known hotel brand") is of that kind
# whatever the tagger made of it: "the company" after it is that name (subject._said_of_kind), unless an
# entity of the kind is named after it; the sentence before a description that opens one is parsed
# (nlp.toml [parse.descriptions]); a possessive the tagger took into a name is not the name's
SUBJECT_EXAMPLES.extend([
    ("Zentrix is a chipmaker based in Ohio. The company employs 300 people.", "300 people", "Zentrix"),
    ("Four Seasons is probably the best known luxury hotel brand in the world. The company went public in 1986.",
     "1986", "Four Seasons"),
    ("Known for its staging work, Stucco also designs rooms. The company aims to finish every project within "
     "14 business days.", "14 business days", "Stucco"),
    ("We are impressed with IES Holdings' steady growth. The firm grew 20% in 2020.", "20%", "IES Holdings"),
    # ... not a name said to be something else, nor one before an entity of the kind
    ("Acme Corp sells 40 kinds of chips. Zentrix is a good name for its 3 dogs. The company employs 300 people.",
     "300 people", "Acme Corp"),
    ("Zentrix is a chipmaker with 2 plants. Microsoft, its biggest client, bought 5 million chips. The company "
     "employs 300 people.", "300 people", "Microsoft"),
    ("Nike launched Air Max in 1987. Air Max is now its best-selling brand. The company sold $5 billion of shoes "
     "last year.", "$5 billion", "Nike"),
    ("Lumora became a household brand in the 1990s. The brand now sells 40 products in 30 countries.", "40 products",
     "Lumora"),
    ("Moravia was a province of the old empire. The province had 2 million people in 1900.", "2 million people",
     "Moravia"),
    ("Kellogg's is splitting in two. The company expects $1 billion in savings.", "$1 billion", "Kellogg's"),
    # ... and a description with a clause of its own introduces one ("the bank that lends to it")
    ("Despite the hype, Stucco is not a startup. The startup that bought it raised $8 million.", "$8 million",
     "startup that bought it"),
    ("Jamie Oliver is a brand in his own right. The company he founded employs 4,000 people.", "4,000 people",
     "company he founded"),
    ("The chain opened in 1990. It runs a patio, which seats 52 people.", "52 people", "patio"),
    ("Acme Bank opened in 1990. The bank, which has 14 branches, holds $8 billion in deposits.", "$8 billion",
     "Acme Bank"),
    # a name between a count and the noun it counts says which ones are counted, not another actor's
    ("7 NY movers offer discounts to Verizon customers.", "7 NY movers", "NY movers"),
    ("About 60 Kroger stores in Ohio will close.", "60 Kroger stores", "Kroger stores in Ohio"),
])


@pytest.mark.parametrize(("text", "counted"), [
    # a number before a place or an organisation that a plural noun follows counts that noun
    ("About 300 Texas residents died in the storm.", "300 Texas residents"),
    ("Some 40 Acme stores closed last year.", "40 Acme stores"),
    ("Fubo has dropped at least 40 NBCUniversal channels.", "40 NBCUniversal channels"),
    # ... and one before a maker, then a model's designation with a digit in it, then the plural noun
    ("The airline flies 12 Airbus A320neo jets.", "12 Airbus A320neo jets"),
    ("They bought 30 Tesla Model 3 sedans.", "30 Tesla Model 3 sedans"),
    ("The city bought 8 Ford F-150 pickups.", "8 Ford F-150 pickups"),
    # ... not a model's number, a footnote's, or a name that is itself a number or follows a count
    ("Airlines grounded 737 Max jets after the crash.", None),
    ("5 Social Security Administration, report on benefits, November 2025.", None),
    ("She owns a Porsche 911 and two 911 Turbo models.", None),
    ("The 911 Carrera costs $120,000.", None),
    ("The 2021 Ford F-150 trucks were recalled.", None),
])
def test_assemble_a_number_before_a_named_owner_counts_the_noun_after(nlp, text, counted):
    from extractor import extract_text

    counts = [c.quote for c in extract_text(text, published="2024-03-05") if c.kind == "count"]
    assert counts == ([counted] if counted else [])


# Round 6 (invented inputs): near misses of rules tried and reverted, kept as guards. A pronoun is
# not matched to its antecedent by the tagger's number ("Vans is", "Booking's results ... it");
# a place the tagger names inside a description stays a place for "the state"; "has N workers doing"
# is the owner's; a bracketed share after a group is that group's.
SUBJECT_EXAMPLES.extend([
    ("Gucci sells 300 bags. Vans is known for its skateboarding-inspired footwear, making it a must-have brand "
     "in the top 10 shoe companies in the world.", "top 10", "Vans"),
    ("Booking's results were so poor that it was the only top 10 site never to find the best fare.", "top 10",
     "Booking"),
    ("About 2 million Texas voters backed the plan in 2019. The state has 30 million people.", "30 million people",
     "Texas"),
    ("Acme has 40 engineers working on the chip.", "40 engineers", "Acme"),
    ("Most millennials (68%) own a phone.", "68%", "Most millennials"),
])

# A name that opens with a number word is the subject whole, its number no figure to cut it at
SUBJECT_EXAMPLES.extend([
    ("She said Five Guys would open 120 restaurants next year.", "120 restaurants", "Five Guys"),
    ("Founded in 1995, Six Senses runs 24 spas.", "24 spas", "Six Senses"),
])

# A subject that is itself a measure, kept for want of an actor ("Price growth"), does not replace the
# actor carried before it (subject.measure_phrase): a later sentence's new measure is the actor's, its
# own figure keeps it, and so does a figure that points back to it (subject.carried_subject)
SUBJECT_EXAMPLES.extend([
    ("The U.S. housing market boomed in 2021, adding 900,000 homes. Price growth peaked at 26% in May. "
     "By 2023, annual growth had fallen to 1%.", "1%", "U.S. housing market"),
    # (a compound measure opening a sentence that names no actor is the actor's the sentence before is about,
    # as a plain one is; with no actor there, the phrase stays)
    ("The U.S. housing market boomed in 2021, adding 900,000 homes. Price growth peaked at 26% in May.", "26%",
     "U.S. housing market"),
    ("Home prices swung wildly in 2021. Price growth peaked at 26% in May.", "26%", "Price growth"),
    ("Orbis Mining presented its plan in March. Capital spending will reach $900 million.", "$900 million",
     "Orbis Mining"),
    ("Acme's revenue rose 8% to $3 billion. Profit fell 2%.", "2%", "Acme"),     # (the actor the sentence before is about)
    # (review of the first form) a figure that points back to the measure keeps it: an amount by a
    # verb a measure takes ("It had been", "That is"); one of a thing or an act is the actor's
    ("Acme sold 300 cars in May. Inflation rose to 3.2%. It had been 2.9% in April.", "2.9%", "Inflation"),
    ("Home sales dropped 8% in September. That is 20% more than in August.", "20%", "Home sales"),
    ("The KQi Air scooter weighs 30 pounds. Top speed is 20 mph. It costs $99.", "$99", "KQi Air scooter"),
    ("Acme Corp hired 400 workers. Revenue rose 8% to $3 billion. It expects $3.3 billion next year.",
     "$3.3 billion", "Acme Corp"),
])

# "its" stands for the name that is the subject of the verb above it; not for people or a person
SUBJECT_EXAMPLES.extend([
    ("Globex reported that its revenue grew 12%.", "12%", "Globex"),
    ("Analysts said its sales rose 4%.", "4%", None),
    # (review 22) not "its" beside a name of its own, nor "its" outside a reported clause
    ("Acme said its partner Globex grew 10%.", "10%", None),
    ("Goldman upgraded Acme, saying its margins will rise 3%.", "3%", None),
    ("Moody's cut Acme's rating after its debt rose 20%.", "20%", None),
    ("Ann Lee said its sales rose 4%.", "4%", None),
])


# Attribution battery (issue 10, round 13): the forms ordinary news uses to attribute a figure, one
# invented sentence each (none from a dev set), with the source a reader would give; None: the
# figure is the outlet's own (a near miss of an attribution form). (form, text, quote, source)
ATTRIBUTION_BATTERY = [
    ('according-to', 'Unemployment fell to 4.1% in May, according to the Labor Department.', '4.1%', 'Labor Department'),
    ('according-to', 'According to Globex, sales rose 12% last year.', '12%', 'Globex'),
    ('according-to-doc', 'According to a recent Pew Research Center survey, 72% of adults use social media.', '72%', 'recent Pew Research Center survey'),
    ('according-to-doc', "Mortgage approvals fell to 50,000 in March, according to the Bank of England's latest figures.", '50,000', "Bank of England's latest figures"),
    ('X-said', 'Ann Lee said sales rose 12% last year.', '12%', 'Ann Lee'),
    ('X-says', 'The town now has 40,000 residents, Mayor Tom Reed says.', '40,000 residents', 'Mayor Tom Reed'),
    ('X-estimates', 'The agency estimates that 2 million people lack insurance.', '2 million people', 'agency'),
    ('X-estimates', 'Globex Capital estimates the deal is worth $4 billion.', '$4 billion', 'Globex Capital'),
    ('X-projects', 'The Congressional Budget Office projects the deficit will reach $1.9 trillion next year.', '$1.9 trillion', 'Congressional Budget Office'),
    ('X-forecasts', 'The International Monetary Fund forecasts global growth of 3.2% this year.', '3.2%', 'International Monetary Fund'),
    ('X-reported', 'The Commerce Department reported that retail sales rose 0.6% in March.', '0.6%', 'Commerce Department'),
    ('X-reported', 'The number of uninsured rose to 27 million, the Census Bureau reported Tuesday.', '27 million', 'Census Bureau'),
    ('X-reported', 'The Associated Press reported that 12 people died in the fire.', '12 people', 'Associated Press'),
    ('X-showed', 'The survey showed 45% of voters back the plan.', '45%', 'The survey'),
    ('X-noted', 'Lee noted that exports grew 8% in the quarter.', '8%', 'Lee'),
    ('X-told', 'Reed told reporters the plant employs 1,200 people.', '1,200 people', 'Reed'),
    ('X-told', 'The company will cut 500 jobs, a spokesman told the newspaper.', '500 jobs', 'spokesman'),
    ('said-X', '“We sold 10,000 cars in June,” said Maria Gomez.', '10,000 cars', 'Maria Gomez'),
    ('said-X', 'Prices rose 5% in the year to June, said Ann Lee, an economist at Globex.', '5%', 'Ann Lee, an economist'),
    ('X-doc-shows', "Initech's annual report shows revenue of $3 billion.", '$3 billion', "Initech's annual report"),
    ('X-reported-trailing', 'The unemployment rate rose to 4.1%, the Bureau of Labor Statistics reported Friday.', '4.1%',
     'Bureau of Labor Statistics'),
    ('body-data-set-not-the-market', 'The Bank of England said inflation fell to 2%. The pound rose 0.5% against the '
     'dollar.', '0.5%', None),
    ('body-of-name-data-set', 'The unemployment rate rose to 4.1%, the Bureau of Labor Statistics reported Friday. '
     'Employers added 206,000 jobs in June.', '206,000 jobs', 'Bureau of Labor Statistics'),
    ('outlet-reported', 'Citing internal documents, the newspaper reported that the company lost $2 billion.', '$2 billion',
     'newspaper'),
    ('X-said-in-side-clause', "Acme's stock fell 4%, which analysts said was overdone.", '4%', None),
    ('X-doc-recommends', 'A new report from an advisory committee recommends that people eat 2.5 cups of beans a week.',
     '2.5 cups', 'A new report from an advisory committee'),
    ('doc-track-record', 'The index predicted 4 of the last 5 recessions.', '5 recessions', None),
    ('doc-noun-not-cited', 'Research projects at Acme cost $3 million.', '$3 million', None),
    ('X-doc-found', "Gallup's latest survey found that 62% of adults own a home.", '62%', "Gallup's latest survey"),
    ('X-doc-found', 'A Brookings analysis found the tax cut cost $1.5 trillion.', '$1.5 trillion', 'A Brookings analysis'),
    ('X-data-show', 'Census Bureau data show the population grew 0.5% last year.', '0.5%', 'Census Bureau data'),
    ('doc-by-X', 'A report by the World Bank found that 700 million people live in extreme poverty.', '700 million people', 'report by the World Bank'),
    ('doc-by-X', 'A study from Harvard University found that 40% of workers feel burned out.', '40%', 'study from Harvard University'),
    ('doc-by-X', 'A survey by Deloitte showed 55% of shoppers plan to spend more.', '55%', 'survey by Deloitte'),
    ('figures-released-by', 'Figures released by the Office for National Statistics on Tuesday showed inflation at 3.2%.', '3.2%', 'Figures released by the Office for National Statistics'),
    ('doc-showed-after', 'Inflation slowed to 3.1% in January, official data showed on Tuesday.', '3.1%', 'official data'),
    ('doc-showed-after', 'Exports rose 7% in April, government figures showed.', '7%', 'government figures'),
    ('doc-showed-after', 'Sales rose 12% last year, data from Acme showed.', '12%', 'data from Acme'),
    ('doc-showed-after', 'The economy grew at a 2.4% annual rate, the first estimate showed.', '2.4%', 'the first estimate'),
    ('doc-showed-after', "The plant produced 4,000 tons of steel, the company's filing showed.", '4,000 tons', "the company's filing"),
    ('X-citing-Y', 'The firm will cut 300 jobs, the Daily Planet reported, citing two people familiar with the matter.', '300 jobs', 'Daily Planet'),
    ('in-a-statement', 'In a statement, Acme said it sold 2 million phones in the quarter.', '2 million phones', 'Acme'),
    ('in-a-statement', 'The ministry said in a statement that 40 people were injured.', '40 people', 'ministry'),
    ('analysts-at-X', 'Analysts polled by the Daily Planet expect the economy to grow 2.1%.', '2.1%', 'Analysts polled by the Daily Planet'),
    ('agency-reported', 'Xinhua reported 30 people were missing after the landslide.', '30 people', 'Xinhua'),
    ('note-to-clients', 'Prices could fall 10% next year, Jane Park, an analyst at Globex, wrote in a note to clients.', '10%', 'Jane Park, an analyst'),
    ('paren-citation', 'About 15% of adults have the condition (Smith et al., 2021).', '15%', 'Smith et al., 2021'),
    ('X-latest-figures-show', "The Bank of England's latest figures show mortgage approvals fell to 50,000 in March.", '50,000', "The Bank of England's latest figures"),
    ('one-data-set-para', 'According to the Labor Department, the economy added 250,000 jobs in May. The unemployment rate fell to 3.9%.', '3.9%', 'Labor Department'),
    ('quote-over-paras', '“We hired 400 people last year,” said Ann Lee, the chief executive.\n\n“This year we plan to hire 600 more.”', '600', 'Ann Lee, the chief executive'),
    ('pronoun-continues', 'Ann Lee, a Globex economist, said on Monday that wages grew 4% last year. She added that rents rose 6%.', '6%', 'Ann Lee, a Globex economist'),
    ('X-said-in-report', 'Sales rose 12% in 2023, the company said in its annual report.', '12%', 'company'),
    ('X-confirmed', 'The Pentagon confirmed that two soldiers were wounded.', 'two soldiers', 'Pentagon'),
    ('officials-say', 'Officials say the fire has burned 12,000 acres.', '12,000 acres', 'Officials'),
    ('spokesperson-for', 'A spokesperson for the ministry confirmed that 14 people were detained.', '14 people', 'spokesperson for the ministry'),
    ('told-analysts', 'Revenue rose 9%, Lee told analysts on a conference call.', '9%', 'Lee'),
    ('predicted-X', 'Sales will rise 5% next year, predicted Tom Reed of Globex.', '5%', 'Tom Reed of Globex'),
    ('company-said-self', 'The company said it would hire 200 workers.', '200 workers', 'company'),
    ('company-reported-self', 'Acme reported a net loss of $40 million for the quarter.', '$40 million', 'Acme'),
    ('X-claims', 'The company claims its products saved customers $3 million.', '$3 million', 'company'),
    ('X-wrote', '“The market will shrink by 20%,” Park wrote in a blog post.', '20%', 'Park'),
    ('X-announced', 'Acme announced that it will open 50 stores next year.', '50 stores', 'Acme'),
    ('miss-found-object', 'Globex found a buyer for its 300 stores.', '300 stores', None),
    ('miss-added-object', 'Globex added 400 jobs in May.', '400 jobs', None),
    ('miss-after-clause', 'Acme shares rose 5% after the company reported strong earnings.', '5%', None),
    ('miss-doc-no-verb', 'The survey of 2,000 adults was conducted in May.', '2,000 adults', None),
    ('miss-doc-no-verb', 'The study, which cost $2 million, was funded by Globex.', '$2 million', None),
    ('miss-data-center', 'The data center uses 50 megawatts of power.', '50 megawatts', None),
    ('miss-nested-advcl', 'After the ministry announced the plan, shares jumped 8%.', '8%', None),
    ('miss-analyst-then-market', '“Investors are nervous,” said Ann Lee, an analyst at Globex.\n\nThe index fell 2% on Tuesday.', '2%', None),
    ('miss-per-rate', 'Tickets cost $40 per person.', '$40', None),
    ('miss-per-capita', 'Spending per student rose to $14,000.', '$14,000', None),
    ('miss-source-of', "Tourism is a source of 20% of the island's income.", '20%', None),
    ('miss-showed-object', 'The museum showed 40 paintings by the artist.', '40 paintings', None),
    ('miss-estimated-passive', 'The crowd was estimated at 10,000 people.', '10,000 people', None),
    ('miss-reporters', 'The mayor met 30 reporters on Monday.', '30 reporters', None),
    ('body-office', 'Interest costs will reach $390 billion next year, the budget office estimates.', '$390 billion', 'budget office'),
    ('body-office', 'The budget office projects that the deficit will hit $1 trillion.', '$1 trillion', 'budget office'),
    ('body-bureau', 'The bureau said 12,000 people applied for benefits last week.', '12,000 people', 'bureau'),
    ('body-commission', 'The commission found that 40% of the loans were unpaid.', '40%', 'commission'),
    ('body-firm', 'The firm said it expects revenue of $2 billion this year.', '$2 billion', 'firm'),
    ('body-bank', 'The central bank said inflation would average 3% this year.', '3%', 'central bank'),
    ('body-union', 'The union said 4,000 members would strike.', '4,000 members', 'union'),
    ('body-administration', 'The administration estimates the plan will cost $50 billion.', '$50 billion', 'administration'),
    ('body-committee', 'The committee estimated that 2 million jobs were lost.', '2 million jobs', 'committee'),
    ('body-university', 'The university said enrollment rose 5% this fall.', '5%', 'university'),
    ('people-authors', "The study's authors wrote that 30% of the patients relapsed.", '30%', "study's authors"),
    ('people-investigators', 'Investigators said the fire destroyed 40 homes.', '40 homes', 'Investigators'),
    ('people-prosecutors', 'Prosecutors said the scheme cost investors $20 million.', '$20 million', 'Prosecutors'),
    ('people-doctors', 'Doctors said 12 patients were in critical condition.', '12 patients', 'Doctors'),
    ('people-organizers', 'Organizers said 50,000 people attended the march.', '50,000 people', 'Organizers'),
    ('people-forecasters', 'Forecasters said up to 10 inches of snow could fall.', '10 inches', 'Forecasters'),
    ('abbrev', 'The C.B.O. projects that interest costs will reach $915 billion by 2028.', '$915 billion', 'C.B.O.'),
    ('title-name', 'Treasury Secretary Ann Lee said the deficit would narrow to $700 billion.', '$700 billion', 'Treasury Secretary Ann Lee'),
    ('mr-name', 'Mr. Reed said the company had 300 employees.', '300 employees', 'Mr. Reed'),
    ('he-said-after-named', 'Ann Lee, an economist at Globex, said on Monday that wages were rising.\n\nWages rose 4% last year, she said.', '4%', 'Ann Lee, an economist'),
    ('quote-next-para-said', '“We grew fast,” said Ann Lee, the chief executive.\n\nThe company now has 80 stores, she said.', '80 stores', 'Ann Lee, the chief executive'),
    ('speaker-para-carry-quote', 'Ann Lee, the chief executive, said the chain would expand. “We will open 30 stores next year,” she said.', '30 stores', 'Ann Lee, the chief executive'),
    ('in-an-interview', 'In an interview, Lee said the firm lost $5 million.', '$5 million', 'Lee'),
    ('said-in-email', 'The company lost $5 million, a spokeswoman said in an email.', '$5 million', 'spokeswoman'),
    ('estimates-show', 'Estimates from the agency show 3 million people lost power.', '3 million people', 'Estimates from the agency'),
    ('by-the-numbers-says', 'According to estimates by the agency, 3 million people lost power.', '3 million people', 'estimates by the agency'),
    ('X-told-newspaper', 'Globex told the Daily Planet that it would cut 300 jobs.', '300 jobs', 'Globex'),
    ('X-said-Tuesday', 'Acme said Tuesday that it would cut 300 jobs.', '300 jobs', 'Acme'),
    ('the-X-said', 'The White House said 5,000 troops would be sent.', '5,000 troops', 'White House'),
    ('government-data', 'Wages rose 4.2% in the year to March, government data showed.', '4.2%', 'government data'),
    ('a-survey-of', 'A survey of 1,000 adults by Globex found that 45% plan to travel.', '45%', 'A survey of 1,000 adults by Globex'),
    ('poll-finds', 'A new Acme poll finds that 52% of voters approve of the mayor.', '52%', 'A new Acme poll'),
    # a review's invented inputs (main's source, or CONVENTIONS' where better): a plural noun that is no
    # verb, 'numbers/records from <place/time>', a place/event/product/period in brackets, 'shown',
    # a 'by X' that did not make the document, 'according to <people>' over a paragraph, a citation
    # inside a running summary of speech, ordinary people and a possessed acronym as speakers
    ('review-noun-not-verb', 'Abortion is now banned in 14 U.S. states.', '14 U.S. states', None),
    ('review-noun-not-verb', 'The virus has spread to 20 EU states.', '20 EU states', None),
    ('review-noun-not-verb', 'It costs $799 in the U.S. and is sold in 30 EU states.', '$799', None),
    ('review-noun-not-verb', 'Revenue of $4.1 billion beat analyst estimates.', '$4.1 billion', None),
    ('review-noun-not-verb', 'Adjusted earnings of $1.20 a share topped Wall Street estimates.', '$1.20 a share', None),
    ('review-noun-not-verb', 'The company raised its full-year forecast to $16.5 billion, above LSEG estimates.', '$16.5 billion', None),
    ('review-noun-not-verb', 'Payrolls rose by 250,000, well above economist forecasts.', '250,000', None),
    ('review-noun-not-verb', 'The grant will pay for 12 city projects.', '12 city projects', None),
    ('review-noun-not-verb', 'The $2 billion plan funds 300 county projects.', '300 county projects', None),
    ('review-noun-not-verb', 'The detective reviewed 300 police reports.', '300 police reports', None),
    ('review-noun-not-verb', 'She read 40 company reports.', '40 company reports', None),
    ('review-noun-not-verb', 'The insurer denied 300 hospital claims.', '300 hospital claims', None),
    ('review-noun-not-verb', 'The bank funds 30 university projects.', '30 university projects', None),
    ('review-noun-not-verb', 'He carried $5,000 in bank notes.', '$5,000', None),
    ('review-noun-not-verb', 'Investors bought $40 billion of Treasury notes.', '$40 billion', None),
    ('review-noun-not-verb', 'The government sold $24 billion in three-year Treasury notes.', '$24 billion', None),
    ('review-noun-not-verb', 'State projects that ran over budget cost $40 million.', '$40 million', None),
    ('review-noun-not-verb-carry', 'The group surveyed voters in 14 U.S. states. They found that 40% support the ban.', '40%', None),
    ('review-where-from', 'Visitor numbers from China rose 40% last year.', '40%', None),
    ('review-where-from', 'Passenger numbers from Heathrow rose 8% to 80 million.', '8%', None),
    ('review-where-from', 'Sales numbers from Apple beat expectations with 50 million phones sold.', '50 million phones', None),
    ('review-where-from', 'She set three world records by August, swimming 400 meters in 3:56.', 'three world records', None),
    ('review-where-from', 'The team set attendance records from April to June, selling 2 million tickets.', '2 million tickets', None),
    ('review-where-from', 'Tourist numbers from Germany rose 12% last year.', '12%', None),
    ('review-where-from', 'Student numbers from India rose 20% to 50,000.', '20%', None),
    ('review-where-from', 'Enrollment numbers from Texas fell 5% last year.', '5%', None),
    ('review-not-citation', 'Unemployment stands at 4.2% (UK, 2023).', '4.2%', None),
    ('review-not-citation', 'Life expectancy is 84 years (Japan, 2020).', '84 years', None),
    ('review-not-citation', 'Crime fell 8% (England and Wales, 2023).', '8%', None),
    ('review-not-citation', 'Messi scored 7 goals (World Cup 2022).', '7 goals', None),
    ('review-not-citation', 'She won 3 gold medals (Tokyo 2020).', '3 gold medals', None),
    ('review-not-citation', 'The battery lasted 18 hours in our test (MacBook Air 2022).', '18 hours', None),
    ('review-not-citation', 'The kingdom hopes to draw 150 million visitors a year (Vision 2030).', '150 million visitors a year', None),
    ('review-not-citation', 'The old PCs had 64 megabytes of memory (Windows 2000).', '64 megabytes', None),
    ('review-not-citation', 'Revenue rose 8% to $4.2 billion (Fiscal 2024).', '8%', None),
    ('review-not-citation', 'Output will double (Through 2030), reaching 8 million barrels.', 'double', None),
    ('review-not-citation', 'Sales rose 12% in the quarter (March-April 2024).', '12%', None),
    ('review-not-citation', 'Sales rose 12% in the period (Q1-Q3 2024).', '12%', None),
    ('review-not-citation', 'Sales rose 9% to $3 billion (Year-end 2023).', '9%', None),
    ('review-not-citation', 'Shoppers spent $900 each (Christmas 2023).', '$900', None),
    ('review-not-citation', 'Sales will reach $5 billion (Estimated 2025).', '$5 billion', None),
    ('review-not-citation', 'Sales will reach $5 billion (Projected 2025).', '$5 billion', None),
    ('review-not-citation', 'Prices rose 20% (Before 2020).', '20%', None),
    ('review-not-a-document', 'The records shown below include 40 deaths.', '40 deaths', None),
    ('review-not-a-document', 'The documents shown to the jury included 40 emails.', '40 emails', None),
    ('review-not-a-document', 'The findings shown in Table 2 cover 1,200 patients.', '1,200 patients', None),
    ('review-not-a-document', "Kane's numbers show he scored 36 goals in 32 games.", '36 goals', None),
    ('review-not-a-document', 'His numbers suggest he will score 40 goals this season.', '40 goals', None),
    ('review-not-a-document', 'The numbers say 40% of fans left early.', '40%', None),
    ('review-by-not-maker', 'A report praised by critics found that 40% of schools lack heating.', '40%', 'A report'),
    ('review-by-not-maker', 'A study ignored by regulators for 10 years found that 30% of wells were polluted.', '30%', 'A study'),
    ('review-by-not-maker', 'The study, funded by Acme, found that 30% of users quit.', '30%', 'The study'),
    ('review-according-people-carry', "According to the study's authors, 30% of patients improved. A further 12% saw no change.", '12%', "study's authors"),
    ('review-according-people-carry', 'According to doctors, 30% of patients improved. A further 12% saw no change.', '12%', 'doctors'),
    ('review-according-people-carry', 'According to the mayor, 30% of residents left. A further 12% moved to the suburbs.', '12%', 'mayor'),
    ('review-citation-keeps-speech', 'In her keynote speech, Ms. Lee noted that exports rose 40%. Imports fell 12% (Reed, 2020). Tariffs cost $3 billion.', '$3 billion', 'Ms. Lee'),
    ('review-not-a-speaker', 'Owners report that the battery lasts 300 miles.', '300 miles', None),
    ('review-not-a-speaker', 'Residents report that rents rose 30%.', '30%', None),
    ('review-not-a-speaker', 'My GPS says the drive takes 3 hours.', '3 hours', None),
    ('review-citation-own-sentence', 'In her keynote speech, Ms. Lee noted that exports rose 40%. Imports fell 12% (Reed, 2020). Tariffs cost $3 billion.', '12%', 'Reed, 2020'),
    ('review-by-maker', 'A survey conducted by YouGov found that 40% of voters back the plan.', '40%', 'A survey conducted by YouGov'),
    # second review 13: a plural joined to another noun, or at the end of a headline without a stop
    ('review2-noun-conj', 'Revenue of $4 billion beat analyst estimates and company forecasts.', '$4 billion', None),
    ('review2-headline-no-stop', 'Tesla deliveries hit 435,000, short of analyst estimates', '435,000', None),
    # round 14 (invented): outlets and wires, bodies and unnamed officials, filings and statements, polls,
    # forecasts and advice, affiliations, clause-only speech verbs, 'put X at N', and near misses left empty
    ('r14-per-near', 'Shares cost $40 per share in the offer.', '$40', None),
    ('r14-per-near', 'The plant emits 40 tons per year.', '40 tons', None),
    ('r14-report-also', 'The agency released its annual report on Monday. The report also showed that 12,000 homes were sold.', '12,000 homes', 'The report'),
    ('r14-analysts-at', 'Analysts at Globex expect revenue of $3 billion this year.', '$3 billion', 'Analysts at Globex'),
    ('r14-analysts-at', 'Analysts at Acme Bank said the index could fall 10%.', '10%', 'Analysts at Acme Bank'),
    ('r14-figures-put', "Acme's figures put the loss at $4 billion.", '$4 billion', "Acme's figures"),
    ('r14-estimates-put', 'Globex estimates put the cost at $4 billion.', '$4 billion', 'Globex estimates'),
    ('r14-estimates-put', 'Industry estimates put the number of users at 40 million.', '40 million', 'Industry estimates'),
    ('r14-office-of', 'The office of the mayor said 300 workers would be hired.', '300 workers', 'office of the mayor'),
    ('r14-outlet-reported', 'Reuters reported that the deal was worth $5 billion.', '$5 billion', 'Reuters'),
    ('r14-outlet-reported', 'The deal is worth $5 billion, Reuters reported.', '$5 billion', 'Reuters'),
    ('r14-outlet-reported', 'Acme plans to cut 2,000 jobs, Bloomberg News reported, citing people familiar with the matter.', '2,000 jobs', 'Bloomberg News'),
    ('r14-outlet-reported', 'The Wall Street Journal reported on Friday that Acme would cut 2,000 jobs.', '2,000 jobs', 'Wall Street Journal'),
    ('r14-told-outlet', 'Sales rose 10% this quarter, Ann Lee told CNBC.', '10%', 'Ann Lee'),
    ('r14-told-outlet', 'Lee told Reuters that the bank would hire 500 people.', '500 people', 'Lee'),
    ('r14-interview-with', 'In an interview with the Financial Times, Lee said the bank would hire 500 people.', '500 people', 'Lee'),
    ('r14-interview-with', 'The bank will hire 500 people, Lee said in an interview with CNBC.', '500 people', 'Lee'),
    ('r14-compiled-by', 'Data compiled by Bloomberg show the fund lost 12% this year.', '12%', 'Data compiled by Bloomberg'),
    ('r14-compiled-by', 'The fund lost 12% this year, according to data compiled by Bloomberg.', '12%', 'data compiled by Bloomberg'),
    ('r14-survey-of', "Gallup's survey of 1,500 adults found that 45% plan to travel.", '45%', "Gallup's survey of 1,500 adults"),
    ('r14-poll-found', 'A Gallup poll found that 62% of Americans back the plan.', '62%', 'A Gallup poll'),
    ('r14-poll-found', 'A new Reuters/Ipsos poll shows 40% of voters approve of the governor.', '40%', 'A new Reuters/Ipsos poll'),
    ('r14-poll-found', 'Some 55% of voters back the measure, a Quinnipiac University poll released Wednesday found.', '55%', 'a Quinnipiac University poll'),
    ('r14-spokesperson-for', 'A spokesperson for Acme said the recall covers 40,000 cars.', '40,000 cars', 'spokesperson for Acme'),
    ('r14-spokesperson-for', 'The recall covers 40,000 cars, a spokesman for the company said.', '40,000 cars', 'spokesman for the company'),
    ('r14-said-in-filing', 'Acme said in a filing that it would cut 300 jobs.', '300 jobs', 'Acme'),
    ('r14-said-in-filing', 'Acme said in a regulatory filing on Monday it had raised $50 million.', '$50 million', 'Acme'),
    ('r14-said-in-statement', 'Revenue rose 8% in the quarter, Acme said in a statement.', '8%', 'Acme'),
    ('r14-said-in-statement', 'In a statement, the ministry said 300 people had been evacuated.', '300 people', 'ministry'),
    ('r14-announced', 'Acme announced that it would hire 5,000 workers.', '5,000 workers', 'Acme'),
    ('r14-announced', 'Acme announced on Tuesday that it will invest $2 billion in a new plant.', '$2 billion', 'Acme'),
    ('r14-officials-said', 'Officials said 12 people were killed in the blast.', '12 people', 'Officials'),
    ('r14-officials-said', 'At least 12 people were killed, officials said.', '12 people', 'officials'),
    ('r14-police-said', 'Police said the suspect fled with $3,000.', '$3,000', 'Police'),
    ('r14-police-said', 'The suspect fled with $3,000, police said.', '$3,000', 'police'),
    ('r14-ministry-said', 'The ministry said exports rose 7% in May.', '7%', 'ministry'),
    ('r14-ministry-said', 'The health ministry said 300 new cases were recorded.', '300 new cases', 'health ministry'),
    ('r14-people-familiar', 'The deal values Acme at $10 billion, people familiar with the matter said.', '$10 billion', 'people familiar with the matter'),
    ('r14-quote-speaker-after', '“We sold 3 million units. That is a record,” Lee said.', '3 million units', 'Lee'),
    ('r14-quote-speaker-before', '“Demand is strong,” Lee said. “We sold 3 million units last year.”', '3 million units', 'Lee'),
    ('r14-quote-speaker-after', '“We cut 200 jobs last year. We will hire 50 more,” said Ann Lee, the chief executive.', '200 jobs', 'Ann Lee, the chief executive'),
    ('r14-predicts', 'Acme predicts that sales will grow 5% next year.', '5%', 'Acme'),
    ('r14-projects', 'The IMF projects global growth of 3.2% this year.', '3.2%', 'IMF'),
    ('r14-expects', 'Globex expects revenue of $3 billion in 2025.', '$3 billion', 'Globex'),
    ('r14-forecasts', 'The central bank forecasts inflation of 2.5% next year.', '2.5%', 'central bank'),
    ('r14-expects-near', 'Investors expect the Fed to cut rates by 0.25 points.', '0.25 points', None),
    ('r14-earnings-said', 'Acme said revenue rose 8% to $5 billion.', '$5 billion', 'Acme'),
    ('r14-earnings-own', "Acme's revenue rose 8% to $5 billion.", '$5 billion', None),
    ('r14-earnings-reported', 'Acme reported a net loss of $2 million for the quarter.', '$2 million', 'Acme'),
    ('r14-says-present', 'The company says it has 40,000 employees.', '40,000 employees', 'company'),
    ('r14-note-to-clients', 'In a note to clients, Goldman Sachs analysts said the index could rise 8%.', '8%', 'Goldman Sachs analysts'),
    ('r14-wrote-in-note', 'Goldman Sachs analysts wrote in a note that the index could rise 8%.', '8%', 'Goldman Sachs analysts'),
    ('r14-polled-by', 'Economists polled by Reuters had expected a 0.3% rise.', '0.3%', 'Economists polled by Reuters'),
    ('r14-warned', 'Lee warned that prices could rise 20%.', '20%', 'Lee'),
    ('r14-testified', 'Lee testified that the firm had lost $40 million.', '$40 million', 'Lee'),
    ('r14-tweeted', 'Musk wrote on X that Tesla delivered 400,000 cars.', '400,000 cars', 'Musk'),
    ('r14-exec-appos', "Acme's chief executive, Ann Lee, said sales rose 9%.", '9%', "Acme's chief executive, Ann Lee"),
    ('r14-who-heads', 'Ann Lee, who heads the agency, said 3,000 claims were filed.', '3,000 claims', 'Ann Lee'),
    ('r14-near', 'Acme sold 3 million phones last year.', '3 million phones', None),
    ('r14-near', 'Police arrested 12 people on Saturday.', '12 people', None),
    ('r14-near', 'Officials met for 3 hours on Monday.', '3 hours', None),
    ('r14-near', 'Reuters employs 2,500 journalists.', '2,500 journalists', None),
    ('r14-near', 'He told 300 students about the plan.', '300 students', None),
    ('r14-near', 'Analysts at Globex earn $200,000 a year.', '$200,000', None),
    ('r14-near', 'The report runs to 40 pages.', '40 pages', None),
    ('r14-near', "Acme's shares rose 5% after the announcement.", '5%', None),
    ('r14-near', 'The ministry employs 4,000 people.', '4,000 people', None),
    ('r14-near', 'Lee said goodbye. The firm lost $5 million last year.', '$5 million', None),
    ('r14-near', 'Ann Lee, who earns $300,000 a year, said the plan was sound.', '$300,000', None),
    ('r14-near', 'The interview lasted 45 minutes.', '45 minutes', None),
    ('r14-near', 'The poll was conducted among 1,000 adults in May.', '1,000 adults', None),
    ('r14-recommend', 'Experts recommend saving three to six months of expenses.', 'three to six months', 'Experts'),
    ('r14-recommend', 'The CDC recommends that adults get at least 7 hours of sleep.', '7 hours', 'CDC'),
    ('r14-recommend', 'Doctors advise drinking 8 glasses of water a day.', '8 glasses', 'Doctors'),
    ('r14-recommend', 'The American Heart Association recommends 150 minutes of exercise a week.', '150 minutes',
     'American Heart Association'),      # an advised amount as the object (source.advised_kinds)
    ('r14-recommend-near', 'We recommend a 20% tip.', '20%', None),
    ('r14-recommend-near', 'Many readers recommend the 12-inch model.', '12-inch', None),
    ('r14-admit', 'Lee admitted that the firm had lost $40 million.', '$40 million', 'Lee'),
    ('r14-disclose', 'Acme disclosed that 3 million accounts were breached.', '3 million accounts', 'Acme'),
    ('r14-acknowledge', 'The ministry acknowledged that 200 people had died.', '200 people', 'ministry'),
    ('r14-insist', 'Lee insisted that sales were up 12%.', '12%', 'Lee'),
    ('r14-caution', 'Analysts cautioned that prices could fall 15%.', '15%', 'Analysts'),
    ('r14-put-at-person', 'Analysts put the odds of a cut at 60%.', '60%', 'Analysts'),     # an estimate put "at"
    ('r14-put-at-person', 'The agency puts the death toll at 300.', '300', 'agency'),       # (source._puts_estimate)
    ('r14-citing', 'Acme will cut 1,000 jobs, CNBC reported, citing a memo.', '1,000 jobs', 'CNBC'),
    ('r14-calculated', 'Globex calculated that the tariffs would cost $2 billion.', '$2 billion', 'Globex'),
    ('r14-near-action', 'Acme pledged $5 million to the fund.', '$5 million', None),
    ('r14-near-action', 'The hospital admitted 3 patients on Monday.', '3 patients', None),
    ('r14-near-action', 'Acme disclosed its 2023 results on Monday, and its shares fell 5%.', '5%', None),
    ('r14-near-action', 'The results suggest that 40% of the effect is seasonal.', '40%', None),
    ('r14-near-action', 'Fans put the odds at 60% on the forum.', '60%', None),
    ('r14-study-published-in', 'A 2023 study published in JAMA found that 12% of adults had the condition.', '12%', 'A 2023 study'),
    ('r14-research-shows', 'Research shows that 40% of startups fail in their first year.', '40%', 'Research'),
    ('r14-researchers-found', 'Researchers found that 30% of the samples were contaminated.', '30%', 'Researchers'),
    ('r14-scientists-estimate', 'Scientists estimate that 1 million species face extinction.', '1 million species', 'Scientists'),
    ('r14-survey-set-off', 'The survey, conducted by Ipsos, found 45% of adults plan to travel.', '45%', 'The survey'),
    ('r14-body-said', 'Statistics Canada said the economy grew 0.4% in May.', '0.4%', 'Statistics Canada'),
    ('r14-in-its-report', 'In its annual report, Acme said it had 12,000 employees.', '12,000 employees', 'Acme'),
    ('r14-says-after-quote', '“It is 40% cheaper,” says Lee.', '40%', 'Lee'),
    ('r14-says-present', 'Lee says 40% of her clients are first-time buyers.', '40%', 'Lee'),
    ('r14-age-appos', 'Ann Lee, 42, said her rent rose to $2,000.', '$2,000', 'Ann Lee'),
    ('r14-lead-author', "The study's lead author, Ann Lee, said 20% of patients improved.", '20%',
     "study's lead author, Ann Lee"),
    ('r14-told-reporters', 'The mayor told reporters that 200 homes were damaged.', '200 homes', 'mayor'),
    ('r14-said-x-title', '“We expect 300 layoffs,” said Ann Lee, a spokeswoman for Acme.', '300 layoffs', 'Ann Lee, a spokeswoman'),
    ('r14-report-by-carry', 'A report by Acme Research found that 40% of stores closed. It also found that 12% cut staff.', '12%', 'report by Acme Research'),
    ('r14-study-para-carry', 'A Stanford study found that 40% of drivers speed. Another 12% ignore stop signs.', '12%', 'A Stanford study'),
    ('r14-near', 'The study took 3 years to complete.', '3 years', None),
    ('r14-near', 'Researchers spent $2 million on the project.', '$2 million', None),
    ('r14-near', 'Lee, 42, ran 3 miles on Sunday.', '3 miles', None),
]


@pytest.mark.parametrize("form,text,quote,source", ATTRIBUTION_BATTERY, ids=[r[0] for r in ATTRIBUTION_BATTERY])
def test_assemble_source_battery_of_news_attribution_forms(nlp, form, text, quote, source):
    claim = _figure(text, quote)
    assert (claim.source.text if claim.source else None) == source, f"{form}: {claim.source}"


# Review 14 (the reviewer's invented inputs), appended to the battery with the subject as well: a verb of
# forecast, advice, clause-only speech in a side clause or a relative one never outranks the main speech
# verb; "put X at N" only for a document with a figure after "at"; a forecaster stays the subject of its
# own figures; whom a verb of advice advises is no advice; a year or a modal makes no forecast; people at
# large are no informed sources; a date joins no speaker and a list of organisations joins whole. Each
# row is as on main or better (CONVENTIONS); rows as on main that a later round may improve are kept so
# that no change makes them worse ("While Acme expects ..., analysts said": the analysts' on main).
REVIEW14_ATTRIBUTION = [
    ('r14-review-side-clause', 'While Acme expects revenue of $3 billion, analysts said the figure could be 10% lower.', '$3 billion', 'Acme', 'analysts'),
    ('r14-review-side-clause', 'While Acme expects revenue of $3 billion, analysts said the figure could be 10% lower.', '10%', 'Acme', 'analysts'),
    # a past event told before the speech verb is not the speaker's (source.scene_marks): the hacked accounts are
    # the company's admission, never the regulators'; none rather than the wrong speaker
    ('r14-review-side-clause', 'After the company admitted that 3 million accounts were hacked, regulators said it faced a $50 million fine.', '3 million accounts', 'accounts', None),
    ('r14-review-side-clause', 'After the company admitted that 3 million accounts were hacked, regulators said it faced a $50 million fine.', '$50 million', 'regulators', 'regulators'),
    ('r14-review-side-clause', 'If the bank expects losses of $2 billion, officials said, it will need $5 billion in new capital.', '$2 billion', 'bank', 'officials'),
    ('r14-review-side-clause', 'If the bank expects losses of $2 billion, officials said, it will need $5 billion in new capital.', '$5 billion', 'bank', 'officials'),   # round 23: "it" is no people noun
    ('r14-review-side-clause', 'As police urged 2,000 residents to leave, the mayor said 3 shelters were open.', '2,000 residents', 'police', None),
    ('r14-review-side-clause', 'As police urged 2,000 residents to leave, the mayor said 3 shelters were open.', '3 shelters', 'shelters', 'mayor'),
    ('r14-review-side-clause', 'Although the CDC recommends 150 minutes of exercise a week, doctors said 40% of adults get less.', '150 minutes', 'CDC', 'doctors'),
    ('r14-review-side-clause', 'Although the CDC recommends 150 minutes of exercise a week, doctors said 40% of adults get less.', '40%', 'adults', 'doctors'),
    ('r14-review-side-clause', 'Ann Lee, whose firm expects revenue of $3 billion this year, said the plant would hire 200 workers.', '$3 billion', None, None),
    ('r14-review-side-clause', 'Ann Lee, whose firm expects revenue of $3 billion this year, said the plant would hire 200 workers.', '200 workers', 'plant', 'Ann Lee'),
    ('r14-review-side-clause', 'Ann Lee, whose agency projects growth of 3%, told reporters that inflation hit 4.1% in May.', '3%', None, None),
    ('r14-review-side-clause', 'Ann Lee, whose agency projects growth of 3%, told reporters that inflation hit 4.1% in May.', '4.1%', 'inflation', 'Ann Lee'),   # review 16: no owner named, the measure noun stays
    ('r14-review-put-at', 'Liverpool put five goals past Everton at Anfield on Sunday.', 'five goals', 'Liverpool', None),
    ('r14-review-put-at', "Ferrari put both cars at the front of the grid for Sunday's race, with Leclerc 0.2 seconds ahead.", '0.2 seconds', 'Ferrari', None),
    ('r14-review-put-at', 'The company put 500 jobs at risk with the closure.', '500 jobs', 'company', None),
    ('r14-review-put-at', 'Acme put 300 workers at its new plant in Ohio.', '300 workers', 'Acme', None),
    ('r14-review-put-at', 'Coach Ann Lee put 11 players at the back for the final 20 minutes.', '11 players', 'Coach Ann Lee', None),
    ('r14-review-put-at', 'Coach Ann Lee put 11 players at the back for the final 20 minutes.', '20 minutes', 'Coach Ann Lee', None),
    ('r14-review-put-at', 'Acme put its 3 plants at the disposal of the government.', '3 plants', 'Acme', None),
    ('r14-review-put-at', "Acme Bank's analysts put the stock at the top of their list after it rose 8%.", '8%', None, None),   # round 23: "it" is not the analysts (the stock: not found)
    ('r14-review-put-at', 'The Fed put rates at a 22-year high of 5.5% in July.', '5.5%', 'Fed', None),
    ('r14-review-put-at', 'The bank put interest rates at 5.25% in July.', '5.25%', 'bank', None),
    ('r14-review-put-at', "Ann Lee, Acme's chief executive, said the plant had 200 workers. This puts the total workforce at 1,200.", '200 workers', 'plant', "Ann Lee, Acme's chief executive"),
    ('r14-review-put-at', "Ann Lee, Acme's chief executive, said the plant had 200 workers. This puts the total workforce at 1,200.", '1,200', 'plant', None),
    ('r14-review-put-at', 'Ann Lee said the firm lost $40 million. It puts 300 jobs at risk.', '$40 million', 'firm', 'Ann Lee'),
    ('r14-review-put-at', 'Ann Lee said the firm lost $40 million. It puts 300 jobs at risk.', '300 jobs', 'firm', None),
    ('r14-review-forecast-subject', 'Globex expects revenue of $3 billion in 2025.', '$3 billion', 'Globex', 'Globex'),
    ('r14-review-forecast-subject', 'Toyota expects sales of 10 million vehicles this year.', '10 million vehicles', 'Toyota', 'Toyota'),
    ('r14-review-forecast-subject', 'The company expects revenue of $3 billion in 2025.', '$3 billion', 'company', 'company'),
    ('r14-review-forecast-subject', 'The airline anticipates 3 million passengers this summer.', '3 million passengers', 'airline', 'airline'),
    ('r14-review-forecast-subject', 'The IMF projects global growth of 3.2% this year.', '3.2%', 'IMF', 'IMF'),
    ('r14-review-forecast-subject', 'Apple projects a 5% rise in iPhone sales.', '5%', 'Apple', 'Apple'),
    ('r14-review-forecast-subject', 'The agency puts the death toll at 300.', '300', None, 'agency'),  # its estimate, not its toll
    ('r14-review-forecast-subject', 'The city expects 2 million visitors this summer, up 10% from last year.', '2 million visitors', 'city', 'city'),
    ('r14-review-forecast-subject', 'The city expects 2 million visitors this summer, up 10% from last year.', '10%', 'city', None),
    ('r14-review-advice-object', 'The union urged its 50,000 members to strike.', '50,000 members', 'union', None),
    ('r14-review-advice-object', 'Police urged 2,000 residents to evacuate.', '2,000 residents', 'Police', None),
    ('r14-review-advice-object', 'Goldman Sachs advised Acme on its $5 billion takeover of Globex.', '$5 billion', 'Goldman Sachs', None),
    ('r14-review-advice-object', 'The bank advised 3 clients on the merger.', '3 clients', 'bank', None),
    ('r14-review-advice-object', 'The committee recommended 3 candidates for the post.', '3 candidates', 'committee', None),
    ('r14-review-forecast-figure', 'Acme expects a 2025 launch, after sales fell 12% in 2024.', '2025', 'Acme', None),
    ('r14-review-forecast-figure', 'Acme expects a 2025 launch, after sales fell 12% in 2024.', '12%', None, None),
    ('r14-review-forecast-figure', 'Having sold 10 million cars last year, Toyota expects sales of 11 million in 2025.', '10 million cars', 'Toyota', None),
    ('r14-review-forecast-figure', 'Having sold 10 million cars last year, Toyota expects sales of 11 million in 2025.', '11 million', 'Toyota', 'Toyota'),
    ('r14-review-forecast-figure', 'The government can expect a bill of $3 billion if the court rules against it.', '$3 billion', 'government', None),
    ('r14-review-informed', 'Many people close to retirement say they have saved less than $50,000.', '$50,000', 'Many people', None),
    ('r14-review-informed', 'Residents close to the river said the water rose 3 feet overnight.', '3 feet', 'water', None),
    ('r14-review-informed', 'Residents living close to the plant said they heard 3 explosions.', '3 explosions', 'Residents living close to the plant', None),   # round 20: restrictive participle
    ('r14-review-informed', 'People who live close to the airport said flights pass every 90 seconds.', '90 seconds', 'flights', None),
    ('r14-review-informed', 'People who were close to the blast said 4 windows shattered.', '4 windows', 'windows', None),
    ('r14-review-informed', 'People with little knowledge of finance say they keep 80% of their savings in cash.', '80%', 'People with little knowledge of finance', None),   # round 20
    ('r14-review-informed', 'People familiar with the matter, who asked not to be named because the talks are private, said the deal was worth $2 billion.', '$2 billion', None, 'People familiar with the matter'),
    ('r14-review-affiliation-date', 'Analysts in March said the index could fall 10%.', '10%', 'index', 'Analysts'),
    ('r14-review-affiliation-date', 'The company in April said it would cut 300 jobs.', '300 jobs', 'company', 'company'),
    ('r14-review-affiliation-date', 'Executives at Christmas said sales rose 8%.', '8%', None, 'Executives'),
    ('r14-review-affiliation-list', 'Analysts at Acme Bank, Goldman Sachs and UBS expect growth of 2%.', '2%', 'Analysts at Acme Bank, Goldman Sachs and UBS', 'Analysts at Acme Bank, Goldman Sachs and UBS'),   # round 20: with its restrictive modifier
    ('r14-review-affiliation-list', 'Officials in Ohio, Texas and Utah said 12 people had died.', '12 people', 'people', 'Officials in Ohio, Texas and Utah'),
    # round 21: a speaker that reports a result of its own (source.result_nouns) in the direct object of its
    # speech verb is the figure's subject as well as its source, as a forecaster is; not another's result
    # nor a body's statistics; a clause it reports keeps its own subject, unless the text says the speaker is
    # a firm (subject._reporting_owner, stop 49: "Chipmaker Nvidia said revenue rose 94%")
    ('r21-own-report', 'Acme reported revenue of $3 billion for the year.', '$3 billion', 'Acme', 'Acme'),
    ('r21-own-report', 'Globex reported a net loss of $12 million for the quarter.', '$12 million', 'Globex', 'Globex'),
    ('r21-own-report', 'Globex reported revenue of $2 million in May.', '$2 million', 'Globex', 'Globex'),
    ('r21-own-report', 'Acme has announced plans to invest $80 billion in new plants.', '$80 billion', 'Acme', 'Acme'),
    ('r21-own-report', 'In fiscal 2024, Globex reported free cash flow of $90 million.', '$90 million', 'Globex', 'Globex'),
    ('r21-not-own', 'Bloomberg reported a loss of $2 billion at Boeing.', '$2 billion', 'Boeing', 'Bloomberg'),
    ('r21-not-own', 'The Labor Department reported a gain of 250,000 jobs.', '250,000 jobs', None, 'Labor Department'),
    ('r21-not-own', 'The Commerce Department reported retail sales of $710 billion in May.', '$710 billion', None, 'Commerce Department'),
    ('r21-not-own', 'Police reported a loss of $40,000 in the burglary.', '$40,000', None, 'Police'),
    ('r21-not-own', 'Analysts at Acme Bank forecast earnings of $4 a share.', '$4 a share', None, 'Analysts at Acme Bank'),
    ('r21-not-own', 'Globex reported revenue of $3 billion in May, and the unemployment rate fell to 4%.', '4%', None, 'Globex'),
    ('r21-reported-clause', 'Acme reported that revenue rose 5% in May.', '5%', 'Acme', 'Acme'),   # stop 65: its own
    ('r21-said-clause', 'Ann Lee said the firm lost $40 million.', '$40 million', 'firm', 'Ann Lee'),
]


@pytest.mark.parametrize("form,text,quote,subject,source", REVIEW14_ATTRIBUTION, ids=[r[0] for r in REVIEW14_ATTRIBUTION])
def test_assemble_source_battery_subject_and_source(nlp, form, text, quote, subject, source):
    claim = _figure(text, quote)
    got = (claim.subject.text if claim.subject else None, claim.source.text if claim.source else None)
    assert got == (subject, source), f"{form}: {got}"


# Review 13 (invented inputs): a dashed pair before a word in -s is no count range (labels, compound
# adjectives, scores, age bands, odds, half-ranges): nothing comes out, as on main
@pytest.mark.parametrize("text", [
    "Table 2-5 shows the results for each region.", "Article 5-7 requires landlords to give notice.",
    "Sections 230-231 protect platforms.", "building 3-4 bedroom homes", "Most buyers leave 4-5 star reviews.",
    "Vendors sold 2-3 dozen eggs each.", "England lost 3-4 on penalties to Italy.", "The program serves grades 6-8 students in Ohio.",
    "The horse went off at 3-10 odds.", "Prices rose 2-3 cents a gallon.",
])
def test_assemble_a_dashed_pair_before_a_word_in_s_is_no_count_range(nlp, text):
    from extractor import extract_text

    assert extract_text(text) == []


# Review 13: a rating's scale is no group it is "of" ("4.5 out of 5 stars" has no property "5 stars")
def test_assemble_a_rating_has_no_of_group_property(nlp):
    from extractor import extract_text

    [c] = extract_text("The hotel scored 4.5 out of 5 stars.")
    assert (c.kind, c.value, c.unit, c.property) == ("measure", 4.5, "stars", None)


# Review 13 (invented inputs): a '|' line is a table row only beside another with as many cells; a title
# with its section and site, or a ticker, is one line and keeps its figures (as on main)
@pytest.mark.parametrize("text,number,row", [
    ("Tesla recalls 2 million cars | Business | BBC News", "2 million", False),
    ("Inflation hits 3.2% in May | Economy | Reuters", "3.2%", False),
    ("Stocks rose 3% on Monday | Dow gains 400 points | S&P up 1%", "400", False),
    ("Internationally, pharmaceutical manufacturers' semiconductor-dependent biotechnology subsidiaries reported 12% growth"
     " | Health | Reuters", "12%", False),
    ("| Basic | $9 |  | 5 |", "$9", False),
    ("Rank | Country | Score\n1 | U.S. | 45.5\n2 | U.K. | 40.1", "45.5", True),
    ("Rank | Country | Score\n1 | U.S. | 45.5\n2 | U.K. | 40.1", "40.1", True),
    ("| Plan | Price | Seats |\n|---|---|---|\n\n| Basic | $9 | 5 |", "$9", True),
    ("Rank | Country\n1 | U.S. | 45.5", "45.5", False),
    ("Sales rose 5% in May. | Reuters | Markets\nProfit rose 2% in May. | Reuters | Markets", "5%", False),
    # second review 13: a headline or ticker cell under or over a menu line keeps its figure
    ("Home | World | Business\nTesla recalls 2 million cars | Business | BBC News", "2 million", False),
    ("Inflation hits 3.2% in May | Economy | Reuters\nOil falls 2% on demand fears | Markets | Reuters", "2%", False),
    ("Dow gains 400 points | S&P up 1% | Nasdaq up 2%\nGold at $2,400 | Oil at $80 | Bitcoin at $60,000", "$80", False),
    ("Sales rose 12% | costs fell 3% | profit doubled\nShares gained 5% | volume rose 10% | yield 2%", "2%", False),
    ("Q1 | Q2 | Q3\n12% | 15% | 9%", "15%", True),
    ("Rank | Team | Points\n1 | Arsenal | 84", "84", True),
    ("Name | Goals | Assists\nKane | 36 | 8", "36", True),
])
def test_assemble_filters_a_pipe_table_row_has_a_neighbour_with_as_many_cells(text, number, row):
    from extractor.assemble.filters import pipe_table_cell

    assert pipe_table_cell(text, text.index(number)) is row


@pytest.mark.parametrize("text,quotes", [
    ("Tesla recalls 2 million cars | Business | BBC News", ["2 million cars"]),
    ("Stocks rose 3% on Monday | Dow gains 400 points | S&P up 1%", ["3%", "400 points", "1%"]),
    ("Rank | Country | Score\n1 | U.S. | 45.5\n2 | U.K. | 40.1", []),
])
def test_assemble_a_pipe_table_row_is_left_out_and_a_title_line_kept(nlp, text, quotes):
    from extractor import extract_text

    assert [c.quote for c in extract_text(text)] == quotes


# Round 7 subject rules (made up, none taken from a dev set), appended to SUBJECT_EXAMPLES.
SUBJECT_EXAMPLES.extend([
    # a common noun subject with the named actor it is measured for right after it keeps both when
    # short, else the actor alone (subject.py `_with_named_place`); not an object that names no actor
    ("Homicides in Chicago fell 13% last year.", "13%", "Homicides in Chicago"),
    ("Exports from China rose 7% in May.", "7%", "Exports from China"),
    ("The stock of Intel dropped 26% on Friday.", "26%", "stock of Intel"),
    ("The demand for Tesla's cars fell 10%.", "10%", "demand for Tesla's cars"),
    ("Fans of the Lakers bought 20,000 tickets.", "20,000 tickets", "Fans of the Lakers"),
    ("Rents in the city rose 10% last year.", "10%", "city"),     # round 16: rents are the property
    ("Workers at the plant earn $20 an hour.", "$20 an hour", "Workers at the plant"),   # round 20: with its restrictive modifier
    ("The fishery in May caught 300 tons.", "300 tons", "fishery"),
    ("Drinking game for web devs: 3 rounds.", "3 rounds", "devs"),
    # "whose" stands for the noun its clause hangs on
    ("Acme, whose sales topped $1 billion last year, plans to expand.", "$1 billion", "Acme"),
    # review 14j: "whose" is never a subject itself, also as an owner before the figure
    ("He praised the team, whose 12 wins set a record.", "12 wins", "team"),
    ("Whose sales topped $1 billion?", "$1 billion", None),
    # review 14j: `_with_named_place` counts words alike ("from" as "of", "'s" as "’s", a name as
    # one word), keeps a closing quote, takes no person or organisation after "from" ("A recipe
    # from Julia Child": the recipe) nor a route, and its phrase gives way to a share's group
    ("Troops of the United States numbered 40,000.", "40,000", "Troops of the United States"),
    ("Troops from the United States numbered 40,000.", "40,000", "Troops from the United States"),
    ("A recipe from Julia Child calls for 2 cups of flour.", "2 cups", "recipe from Julia Child"),   # round 20: the recipe, with its modifier
    ("Demand for Tesla's electric cars fell 8%.", "8%", "Tesla"),
    ("Demand for Tesla’s electric cars fell 8%.", "8%", "Tesla"),
    ("Exports from “China” rose 7%.", "7%", "Exports from “China”"),
    ("Hospitals in Texas turned away 20% of patients.", "20%", "patients"),
    ("Support for the president fell to 40%.", "40%", "Support"),
    ("Fans of the New York Yankees bought 40,000 tickets.", "40,000 tickets", "Fans of the New York Yankees"),
    ("The flight from London to New York takes 8 hours.", "8 hours", "flight"),
    ("Support for Joe Biden fell to 40%.", "40%", "Support"),
    ("Exports from China and India rose 7%.", "7%", "China and India"),   # round 16: the whole list, exports the property
    # review 14j: `_reports_own` (a named source as the subject of its object's "of" figure),
    # `_partitive` and a passive agent first in `_actor_in` are reverted: each made a source, a
    # carried actor's part or a place wrong; the subjects are main's
    ("Gallup reported an approval rating of 40% for Biden.", "40%", "Biden"),
    ("Bloomberg reported a loss of $2 billion at Boeing.", "$2 billion", "Boeing"),
    ("Moody's forecast a deficit of 6% of GDP for Italy.", "6%", "Italy"),
    ("Analyst Dan Ives predicted a market value of $4 trillion for Apple.", "$4 trillion", "Apple"),
    ("Reuters reported a death toll of 40.", "40", None),
    ("The Labor Department reported a gain of 250,000 jobs.", "250,000 jobs", None),
    ("The Census Bureau reported a population of 330 million.", "330 million", None),
    ("Reuters reported 40 deaths in the city.", "40 deaths", None),
    ("Delta Air Lines cancelled 300 flights on Monday. About 40 of the flights were international.", "40",
     "Delta Air Lines"),
    ("The Lakers won 50 games. Twelve of the wins came on the road.", "Twelve", "Lakers"),
    ("The senator proposed five amendments. Three of the amendments passed.", "Three", "senator"),
    ("Two of the past five years were the hottest on record.", "Two", None),
    ("Millions of dollars were lost in the scheme.", "Millions of dollars", None),
    ("Boeing is under pressure. Two of the company's executives resigned.", "Two", None),
    ("A 4% rise was recorded by Eurostat in Germany.", "4%", "Germany"),
    ("A 3% decline was reported by the ONS in Britain.", "3%", "Britain"),
    ("A $2 billion fine was imposed on Google by the European Commission.", "$2 billion", "Google"),
    ("About 1,000 jobs were created by Amazon in Texas.", "1,000 jobs", "Texas"),
])


# A battery of invented news sentences, one per common form of writing a figure (round 7 of issue
# 10; none taken from a dev set), with the subject an annotator following CONVENTIONS.md would
# give. A subject agrees as the claims-dev scorer has it: Dice >= 0.5 of the words, less
# the/a/an/of/in/for/to/and/'s. Forms the tool still gets wrong are marked GAP (strict: a fix shows).
GAP = pytest.mark.xfail(strict=True, reason="a known gap of subject.py (see the form's comment in the report)")
_BATTERY_STOP = {"the", "a", "an", "of", "in", "for", "to", "and", "s"}


def _battery_words(text):
    import re
    return {w for w in re.findall(r"\w+", text.lower()) if w not in _BATTERY_STOP}


def _same_words(ours: str, gold: str) -> bool:
    """The scorer's field agreement: Dice >= 0.5 of the two word sets (score_claims._agree)."""
    a, b = _battery_words(ours), _battery_words(gold)
    return 2 * len(a & b) / max(len(a) + len(b), 1) >= 0.5


@pytest.mark.parametrize("text,figure,subject", [
    # poss
    ("Acme's revenue rose 5% in the third quarter.", '5%', 'Acme'),
    ("Germany's exports fell 3.2% in March.", '3.2%', 'Germany'),
    ("The company's shares jumped 12% on Friday.", '12%', 'company'),
    ("Brazil's central bank raised its key rate to 13.75%.", '13.75%', "Brazil's central bank"),
    ("Tesla's deliveries reached 466,000 vehicles in the quarter.", '466,000', 'Tesla'),
    ("Walmart's online sales grew 27% last year.", '27%', 'Walmart'),
    # shares
    ("Shares of Boeing fell 4% in early trading.", '4%', 'Boeing'),
    ("Shares in Vodafone rose 2.5% after the announcement.", '2.5%', 'Vodafone'),
    ("Netflix shares climbed 9% after the report.", '9%', 'Netflix'),
    ("The stock of Intel dropped 26% on Friday.", '26%', 'Intel'),
    # verb
    ("Microsoft reported a net profit of $22 billion for the quarter.", '$22 billion', 'Microsoft'),   # round 21: a result of its own
    ("Toyota earned $9.4 billion in the three months to June.", '$9.4 billion', 'Toyota'),
    ("Nike posted revenue of $12.2 billion, beating forecasts.", '$12.2 billion', 'Nike'),
    ("Delta Air Lines carried 190 million passengers last year.", '190 million', 'Delta Air Lines'),
    ("The city council approved a $40 million budget on Tuesday.", '$40 million', 'city council'),
    # passive
    ("At least 40 people were killed in the earthquake in Nepal.", '40 people', 'Nepal'),
    ("More than 5,000 homes were sold in Denver last month.", '5,000 homes', 'Denver'),
    pytest.param("About 1,200 workers were laid off by Ford in Ohio.", '1,200 workers', 'Ford', marks=GAP),
    ("Some 2 million doses were delivered to India last week.", '2 million doses', 'India'),
    # has
    ("Acme has 4,000 employees in 12 countries.", '4,000', 'Acme'),
    ("The hospital has 350 beds.", '350 beds', 'hospital'),
    ("Spotify now has 600 million users worldwide.", '600 million', 'Spotify'),
    ("Canada has about 40 million people.", '40 million', 'Canada'),
    # number
    ("The number of tourists visiting Iceland rose to 2.2 million last year.", '2.2 million', 'Iceland'),   # round 20: tourists visiting Iceland
    ("The number of unemployed Americans fell to 6 million in May.", '6 million', 'Americans'),
    pytest.param("The number of electric cars sold in Norway reached 100,000.", '100,000', 'Norway', marks=GAP),
    ("The total of new cases in Texas climbed to 4,500 on Sunday.", '4,500', 'Texas'),      # round 16
    # pct
    ("About 62 percent of Americans say the economy is getting worse.", '62 percent', 'Americans'),
    ("Nearly 40% of voters in Ohio support the measure.", '40%', 'voters in Ohio'),
    ("Some 55% of adults under 30 use the app daily.", '55%', 'adults under 30'),
    ("Only 12 percent of nurses said they felt supported.", '12 percent', 'nurses'),
    ("Roughly a third of small businesses expect to raise prices.", 'a third', 'small businesses'),
    # place
    ("In France, unemployment fell to 7.1% in the second quarter.", '7.1%', 'France'),      # round 16
    ("In Tokyo, prices rose 2.8% from a year earlier.", '2.8%', 'Tokyo'),
    ("Across Europe, 1.5 million jobs were added last year.", '1.5 million', 'Europe'),
    ("In California, the median home price hit $900,000 in April.", '$900,000', 'California'),
    # and
    ("Apple and Google together control 99% of the smartphone market.", '99%', 'Apple and Google'),
    ("France and Germany pledged $2 billion to the fund.", '$2 billion', 'France and Germany'),
    ("Smith and his team collected 400 samples.", '400 samples', 'Smith and his team'),
    # appos
    ("Acme, the Seattle retailer, cut 1,000 jobs on Monday.", '1,000 jobs', 'Acme'),
    ("Globex, a maker of chemicals, earned $3 million last year.", '$3 million', 'Globex'),
    ("The retailer Acme opened 30 new stores.", '30 new stores', 'Acme'),
    ("Chipmaker Nvidia said revenue rose 94% to $22 billion.", '94%', 'Nvidia'),     # stop 49: _reporting_owner
    # title
    pytest.param("Acme CEO Jane Doe said her company would hire 500 workers.", '500 workers', 'Acme', marks=GAP),
    ("Founder Ann Lee started the bakery with $5,000 in savings.", '$5,000', 'Ann Lee'),
    ("Senator John Smith raised $2.1 million in the first quarter.", '$2.1 million', 'John Smith'),
    ("Coach Mike Brown has won 300 games in his career.", '300 games', 'Mike Brown'),
    ("Globex chief executive Tom Reed earned $14 million last year.", '$14 million', 'Tom Reed'),
    # back
    ("Acme opened in 1998. It now has 400 stores in 20 states.", '400 stores', 'Acme'),
    ("Globex reported results on Tuesday. The company said profit rose 8%.", '8%', 'Globex'),
    ("Kenya held elections in August. The country has 22 million registered voters.", '22 million', 'Kenya'),
    ("Ann Lee joined the firm in 2010. She has since closed 40 deals.", '40 deals', 'Ann Lee'),
    ("Initech makes printers. Its sales fell 15% last year.", '15%', 'Initech'),
    ("Portugal has been hit hard by the drought. The nation lost 30% of its harvest.", '30%', 'Portugal'),
    ("The Lakers won again on Sunday. They have now won 10 straight games.", '10 straight games', 'Lakers'),
    # pp
    ("A rise in China's exports of 7% surprised analysts.", '7%', 'China'),
    ("The drop in Acme's profit to $3 million worried investors.", '$3 million', 'Acme'),
    ("Demand for Tesla's cars fell 10% in Europe.", '10%', 'Tesla'),
    ("Sales at Target stores rose 4% during the holidays.", '4%', 'Target'),
    ("Prices of coffee have risen 20% this year.", '20%', 'coffee'),
    # sport
    ("LeBron James scored 30 points as the Lakers beat the Suns.", '30 points', 'LeBron James'),
    ("Messi has scored 800 goals in his career.", '800 goals', 'Messi'),
    # poll
    ("Biden leads Trump 48% to 45% in the latest poll.", '48%', 'Biden'),
    ("The Labour Party is at 44% in the polls, with the Conservatives at 23%.", '44%', 'Labour Party'),
    pytest.param("Support for the president dropped to 39% in June.", '39%', 'president', marks=GAP),
    ("The governor's approval rating stands at 52%.", '52%', 'governor'),
    # price
    pytest.param("Gas prices averaged $3.10 a gallon in California last week.", '$3.10', 'California', marks=GAP),
    ("The price of gold rose to $2,400 an ounce.", '$2,400', 'gold'),
    ("Oil rose 2% to $85 a barrel on Tuesday.", '2%', 'Oil'),
    ("Bitcoin fell 8% to $61,000 over the weekend.", '8%', 'Bitcoin'),
    ("Egg prices in the U.S. jumped 60% last year.", '60%', 'U.S.'),
    # spec
    ("The iPhone 16 has a 6.1-inch screen.", '6.1-inch', 'iPhone 16'),
    ("The Model Y can travel 330 miles on a single charge.", '330 miles', 'Model Y'),
    ("The laptop weighs 1.2 kilograms and costs $999.", '$999', 'laptop'),
    ("The Galaxy S24 sells for $799 in the United States.", '$799', 'Galaxy S24'),
    ("The new Kindle offers 12 weeks of battery life.", '12 weeks', 'Kindle'),
    # recipe
    ("The cake needs 2 cups of flour and 3 eggs.", '2 cups', 'cake'),
    ("This soup takes about 40 minutes to cook.", '40 minutes', 'soup'),
    ("Each serving has 320 calories.", '320 calories', 'serving'),
    # list
    ("Ranking: 1. Finland, with a score of 7.8.", '7.8', 'Finland'),
    ("Norway came second with 7.3 points.", '7.3', 'Norway'),
    ("Top destinations: Paris drew 19 million visitors, London 17 million.", '19 million', 'Paris'),
    # weather
    ("Temperatures in Phoenix reached 118 degrees on Tuesday.", '118 degrees', 'Phoenix'),
    pytest.param("The storm dumped 20 inches of snow on Buffalo.", '20 inches', 'Buffalo', marks=GAP),
    ("Hurricane Ian had winds of 150 mph when it struck Florida.", '150 mph', 'Hurricane Ian'),
    ("Phoenix recorded 31 straight days above 110 degrees.", '31 straight days', 'Phoenix'),
    # crime
    ("Police arrested 23 people after the protest in Portland.", '23 people', 'Police'),
    ("Homicides in Chicago fell 13% last year.", '13%', 'Chicago'),
    ("The suspect was sentenced to 25 years in prison.", '25 years', 'suspect'),
    ("Thieves stole $2 million in jewelry from the store.", '$2 million', 'Thieves'),
    # health
    ("The virus has killed 1,200 people in Brazil.", '1,200 people', 'virus'),
    ("Measles cases in the U.S. rose to 1,274 in 2019.", '1,274', 'U.S.'),
    ("The vaccine was 95% effective in trials.", '95%', 'vaccine'),
    ("Obesity affects 42% of American adults.", '42%', 'American adults'),
    # market
    ("The Dow fell 400 points on Tuesday.", '400 points', 'Dow'),
    ("The S&P 500 rose 1.2% to close at 5,100.", '1.2%', 'S&P 500'),
    ("The Nasdaq Composite gained 2% on Friday, led by tech stocks.", '2%', 'Nasdaq Composite'),
    ("The FTSE 100 closed down 0.5% in London.", '0.5%', 'FTSE 100'),
    ("The yen weakened to 150 per dollar.", '150', 'yen'),
    # which
    ("Kroger, which has 2,700 stores, reported strong results.", '2,700 stores', 'Kroger'),
    ("The bank, which employs 5,000 people, is based in Ohio.", '5,000 people', 'bank'),
    ("Acme, whose sales topped $1 billion last year, plans to expand.", '$1 billion', 'Acme'),
    # rel
    ("The factory that Acme built for $300 million opened in May.", '$300 million', 'Acme'),
    pytest.param("Analysts who follow Globex expect earnings of $2 a share.", '$2 a share', 'Globex', marks=GAP),
    ("It is the first store that Acme has opened in 10 years.", '10 years', 'Acme'),
    # there
    ("There are 50 million dogs in the United States.", '50 million', 'United States'),
    ("There were 300 cases of flu in Ohio last week.", '300 cases', 'Ohio'),
    # of
    pytest.param("About 30 of the company's 200 stores will close.", '30', 'company', marks=GAP),
    pytest.param("Four of the victims were children.", 'Four', 'victims', marks=GAP),
    pytest.param("Nearly half of the world's population lives in cities.", 'half', 'world', marks=GAP),
    # known
    pytest.param("Tuesday Morning's 400 stores will close.", '400 stores', 'Tuesday Morning', marks=GAP),
    pytest.param("3M said it would cut 2,500 jobs.", '2,500 jobs', '3M', marks=GAP),
    pytest.param("It takes 10 minutes to walk to the station.", '10 minutes', 'station', marks=GAP),
    ("Founder Ann Lee owns 40% of the company.", '40%', 'Ann Lee'),
    # age
    ("The bridge is 120 years old.", '120 years old', 'bridge'),
    ("Jane Doe, 45, was named chief executive.", '45', 'Jane Doe'),
    ("The museum, founded in 1880, draws 2 million visitors a year.", '2 million', 'museum'),
    # gov
    ("The government plans to spend $1.2 trillion on infrastructure.", '$1.2 trillion', 'government'),
    ("Congress approved $95 billion in aid for Ukraine.", '$95 billion', 'Congress'),
    ("Japan's population fell by 800,000 last year.", '800,000', 'Japan'),
    ("Inflation in Britain eased to 3.4% in February.", '3.4%', 'Britain'),
    ("The unemployment rate in Spain fell to 11.7%.", '11.7%', 'Spain'),
])
def test_assemble_subject_battery_of_news_forms(nlp, text, figure, subject):
    from extractor import extract_text

    claim = next(c for c in extract_text(text, published="2024-03-05") if figure in c.quote or c.quote in figure)
    assert _same_words(claim.subject.text if claim.subject else "", subject), (claim.subject, subject)
# An invented battery of news figure forms across beats (none taken from the data), each with the records
# CONVENTIONS.md gives it: "kind value unit" items separated by ";" (a range as low..high, a date as its ISO
# text, no unit = any); an empty list for a near miss that gives no record (identifiers, phone numbers,
# referential numerals, times of day, page furniture).
QUANTITY_BATTERY = [
    ('markets', 'The Dow Jones Industrial Average fell 412 points, or 1.2%, to 34,500 on Tuesday.', 'measure 412 points; percent 1.2 %; measure 34500 points'),
    ('markets', 'Shares of Acme rose 8 percent to $45.20 in early trading.', 'percent 8 %; money 45.2 USD'),
    ('markets', 'Brent crude climbed to $82.40 a barrel.', 'money 82.4 USD/bbl'),
    ('markets', 'The 10-year Treasury yield rose to 4.3%.', 'percent 4.3 %'),
    ('markets', 'Gold slipped 0.5% to $1,950 an ounce.', 'percent 0.5 %; money 1950'),
    ('markets', 'The euro traded at $1.08 on Friday.', 'money 1.08 USD'),
    ('markets', 'The S&P 500 has gained for the fifth straight session.', 'duration 5 session'),
    ('markets', 'Bitcoin tumbled more than 10% over the weekend.', 'percent 10 %'),
    ('earnings', 'The company reported net income of $2.3 billion, or $1.45 a share, in the third quarter.', 'money 2.3e9 USD; money 1.45 USD/share'),
    ('earnings', 'Revenue grew 12% from a year earlier to $18.6 billion.', 'percent 12 %; money 18.6e9 USD'),
    ('earnings', 'Acme said it would cut 1,200 jobs, about 5% of its workforce.', 'count 1200 jobs; percent 5 %'),
    ('earnings', 'Comparable sales fell 3.4 percent in the quarter.', 'percent 3.4 %'),
    ('earnings', 'The retailer plans to open 50 new stores next year.', 'count 50'),
    ('earnings', 'Analysts had expected earnings of 92 cents per share.', 'money 0.92 USD/share'),
    ('earnings', 'The board approved a $5 billion share buyback.', 'money 5e9 USD'),
    ('earnings', 'Its market value has nearly tripled since 2020.', 'ratio 3 x'),
    ('earnings', 'The startup raised $25M in Series B funding.', 'money 25e6 USD'),
    ('earnings', 'The firm was fined €2.4 billion.', 'money 2.4e9 EUR'),
    ('economy', 'Inflation eased to 3.2% in October from 3.7% in September.', 'percent 3.2 %; percent 3.7 %'),
    ('economy', 'The unemployment rate was unchanged at 3.9 percent.', 'percent 3.9 %'),
    ('economy', 'Employers added 199,000 jobs last month.', 'count 199000 jobs'),
    ('economy', 'The central bank raised its benchmark rate by a quarter-point.', 'percentage_point 0.25 pp'),
    ('economy', 'GDP grew at an annual rate of 4.9% in the third quarter.', 'percent 4.9 %'),
    ('economy', 'Mortgage rates have doubled since last spring.', 'ratio 2 x'),
    ('economy', 'The deficit widened to $1.7 trillion.', 'money 1.7e12 USD'),
    ('economy', 'The jobless rate rose 0.3 percentage points to 4.1%.', 'percentage_point 0.3 pp; percent 4.1 %'),
    ('economy', 'Home prices rose for the ninth consecutive month.', 'duration 9 month'),
    ('economy', 'One in five households struggled to pay their energy bills.', 'percent 20 %'),
    ('economy', 'Exports to China fell 8.2% year-on-year in May.', 'percent 8.2 %'),
    ('economy', 'Average weekly earnings were £650.', 'money 650 GBP'),
    ('economy', 'The population grew to 8.3 million in 2020 from 7.9 million in 2010.', 'count 8.3e6; count 7.9e6'),
    ('economy', 'Output was 1.4 times higher than a year earlier.', 'ratio 1.4 x'),
    ('economy', 'Roughly a third of the budget goes to defense.', 'ratio 0.3333'),
    ('economy', 'The government will spend Rs 5,000 crore on roads.', 'money 5e10 INR'),
    ('economy', 'The deal values the company at 40 billion Hong Kong dollars.', 'money 4e10 HKD'),
    ('economy', 'Fares will rise by 5 cents.', 'money 0.05 USD'),
    ('sport', 'The striker signed a four-year contract worth £60 million.', 'duration 4 year; money 6e7 GBP'),
    ('sport', 'More than 80,000 fans attended the final.', 'count 80000 fans'),
    ('sport', 'The coach said he was 100 percent sure of the result.', ''),
    # review 14q: near misses of this round's rules, main's records (or better by CONVENTIONS) kept
    ('weather', 'Overnight lows of 10 to 5 degrees are expected.', 'measure 10..5'),
    ('markets', 'Shares in the firm slid 12 or 10 percent.', 'percent 12..10 %'),
    ('economy', 'Mortgage rates of 7–6.5% are common.', 'percent 7..6.5 %'),
    ('economy', 'The company employs about 1500.', 'count 1500'),
    ('economy', 'The firm hired about 1500 and fired 200.', 'count 1500; count 200'),
    ('politics', 'More than 300 B.C. teachers went on strike on Monday.', 'count 300 teachers'),
    ('economy', 'In 2021 BC Hydro raised rates by 3%.', 'percent 3 %'),
    ('economy', 'Since 2019 BC Transit has lost 200 drivers.', 'count 200 drivers'),
    ('health', 'Nurses need about 30 CE hours a year.', 'count 30'),
    ('sport', 'She trains in 50m pools twice a day.', 'count 2'),
    ('markets', 'Sales are running 15% behind last year\'s pace.', 'percent 15 %'),
    ('health', 'Researchers were 95% confident in the estimate.', 'percent 95 %'),
    ('economy', 'The carmaker will recall 300-1000 trucks in Canada.', 'count 300..1000 trucks'),   # one range (was two counts)
    ('markets', 'Investors bought a hundred ten-year bonds at auction.', 'count 100 bonds'),
    ('number', 'The castle is 4-5 centuries old.', ''),
    ('number', 'The farm has three hundred and sixty cows.', 'count 360 cows'),
    ('number', 'A hundred and twenty protesters were arrested.', 'count 120 protesters'),
    ('number', 'Five hundred one-day visitors came.', 'count 500 visitors'),
    # (stop 74, invented) tech pages: a "+" the parse takes for the noun, thousands written "k"/"K" before what
    # is counted, volts glued to the number, a degree sign spaced from its scale; ports, settings and versions
    # are names, and a count before a maker and its model counts the plural noun after them
    ('tech', 'It offers 50+ integrations and is rated 4.5/5 by users.', 'count 50 integrations'),
    ('tech', 'The repo has 45.2k stars.', 'count 45200 stars'),
    ('tech', 'The clip got 120K views.', 'count 120000 views'),
    ('tech', 'The dock supplies 5V to each slot.', 'measure 5 V'),
    ('weather', 'It reached 40° C on Monday.', 'measure 40 °C'),
    ('tech', 'The server listens on port 443.', ''),
    ('tech', 'Set MAX_WORKERS=8 in the file.', ''),
    ('tech', 'We moved from Postgres 14 to 16 in a day.', ''),
    ('transport', 'The airline flies 12 Airbus A320neo jets.', 'count 12 jets'),
    # a capitalised verb or plural noun that opens a sentence or an item is no name before its count
    ('recipe', 'Add 2 eggs and stir.', 'count 2 eggs'),
    ('travel', 'Sleeps 6 guests.', 'count 6 guests'),
    ('travel', 'Features 12 rooms and a pool.', 'count 12 rooms'),
    ('tech', 'Windows 11 users complained.', ''),
    ('number', 'Rome fell in 476 AD.', 'date 0476'),
    ('sport', 'He has scored 25 goals in 30 appearances this season.', 'count 25 goals; count 30 appearances'),
    ('sport', 'She broke the world record by 0.3 seconds.', 'duration 0.3 second'),
    ('politics', 'The poll found 52% of voters approve of the governor.', 'percent 52 %'),
    ('politics', 'The margin of error is plus or minus 3 percentage points.', 'percentage_point 3 pp'),
    ('politics', 'Turnout reached 66.8 percent.', 'percent 66.8 %'),
    ('politics', 'The survey questioned 1,500 adults.', 'count 1500 adults'),
    ('politics', 'Lawmakers approved a $1.2 trillion spending package.', 'money 1.2e12 USD'),
    ('politics', 'The senator has served for 36 years.', 'duration 36 year'),
    ('politics', 'Two-thirds of Republicans said the economy was getting worse.', 'ratio 0.6667'),
    ('politics', "The president's approval rating fell to 38%, its lowest in two decades.", 'percent 38 %; duration 20 year'),
    ('politics', 'The measure needs 60 votes to pass the Senate.', 'count 60 votes'),
    ('health', 'The vaccine was 95% effective in preventing illness.', 'percent 95 %'),
    ('health', 'Hospitals treated more than 3,000 patients for heat illness.', 'count 3000 patients'),
    ('health', 'The drug cut the risk of death by 20 percent.', 'percent 20 %'),
    ('health', 'About 1 in 8 women will develop breast cancer.', 'percent 12.5 %'),
    ('health', 'Patients waited an average of 4.5 hours in the emergency room.', 'duration 4.5 hour'),
    ('health', 'Adults should get at least 150 minutes of exercise a week.', 'duration 150 minute'),
    ('crime', 'Police seized 40 kilograms of cocaine.', 'measure 40 kg'),
    ('crime', 'He was sentenced to 12 years in prison.', 'duration 12 year'),
    ('crime', 'Homicides fell 15% last year.', 'percent 15 %'),
    ('crime', 'The fraud cost investors an estimated $300 million.', 'money 3e8 USD'),
    ('crime', 'Police arrested 23 people during the protest.', 'count 23 people'),
    ('weather', 'Temperatures are expected to reach 104 degrees Fahrenheit.', 'measure 104'),
    ('weather', 'The storm dumped up to 18 inches of snow.', 'measure 18 in'),
    ('weather', 'Winds gusted to 75 mph along the coast.', 'measure 75 mph'),
    ('weather', 'The hurricane left more than 2 million customers without power.', 'count 2e6 customers'),
    ('weather', 'Rainfall was 40 percent below normal this summer.', 'percent 40 %'),
    ('tech', 'The app has more than 500 million monthly users.', 'count 5e8'),
    ('tech', "The phone's battery lasts up to 29 hours.", 'duration 29 hour'),
    ('tech', 'The company paid $69 billion for the game maker.', 'money 6.9e10 USD'),
    ('tech', 'The chip has 20 billion transistors.', 'count 2e10 transistors'),
    ('tech', 'Apple sold 232 million iPhones last year.', 'count 2.32e8 iPhones'),
    ('tech', 'The Galaxy S24 starts at $799.', 'money 799 USD'),
    ('tech', 'Windows 11 runs on about 400 million devices.', 'count 4e8 devices'),
    ('tech', 'The plan costs $99/user/month.', 'money 99 USD/user/month'),
    ('tech', 'The company has 1.2m customers.', 'count 1.2e6 customers'),
    ('real', 'The median home price rose to $412,000.', 'money 412000 USD'),
    ('real', 'The house sits on 2.5 acres.', 'measure 2.5'),
    ('real', 'The apartment measures 850 square feet.', 'measure 850'),
    ('real', 'Rents climbed 7.2% year over year.', 'percent 7.2 %'),
    ('real', 'The developer plans to build 300 homes on the site.', 'count 300 homes'),
    ('recipes', 'Bake at 350 degrees for 25 to 30 minutes.', 'measure 350; duration 25..30 minute'),
    ('recipes', 'Add 2 cups of flour and 1 teaspoon of salt.', 'measure 2; measure 1'),
    ('recipes', 'Each serving has 9 grams of fat.', 'measure 9 g'),
    ('recipes', 'The vacuum weighs 5.8 pounds and costs $299.99.', 'measure 5.8 lb; money 299.99 USD'),
    ('recipes', 'The TV is 20% off, down to $1,199.', 'percent 20 %; money 1199 USD'),
    ('ranks', 'The city ranked 3rd on the list of most livable places.', 'rank 3'),
    ('ranks', "It is the world's second-largest economy.", 'rank 2'),
    ('number', 'The project will take 2 to 3 decades.', 'duration 20..30 year'),
    ('number', 'Work on the tunnel could take 2-3 decades.', 'duration 20..30 year'),
    ('number', 'The cost is $2-3 billion.', 'money 2e9..3e9 USD'),
    ('number', 'One hundred twenty-five workers lost their jobs.', 'count 125 workers'),
    ('number', 'Two hundred fifty people attended the vigil.', 'count 250 people'),
    ('number', 'The firm employs roughly 4,500 people.', 'count 4500 people'),
    ('number', 'Sales reached 1.5 million units.', 'count 1.5e6 units'),
    ('number', 'The fund manages €12.9bn in assets.', 'money 12.9e9 EUR'),
    ('number', 'Prices rose from $2 to $3.', 'money 3 USD; money 2 USD'),
    ('number', 'Estimates range from 20 to 30 percent.', 'percent 20..30 %'),
    ('number', 'Tickets cost between $40 and $60.', 'money 40..60 USD'),
    ('number', 'Half of the respondents said they had been affected.', 'ratio 0.5'),
    ('number', 'Dozens of people were injured.', 'count 12'),
    ('number', 'Thousands of residents were evacuated.', 'count 1000'),
    ('number', 'The company was founded in 1998.', 'date 1998'),
    ('number', 'The law took effect on March 1, 2019.', 'date 2019-03-01'),
    ('number', 'Julius Caesar was assassinated in 44 BC.', 'date -0043'),
    ('number', 'The dam holds 3.5 billion cubic meters of water.', 'measure 3.5e9'),
    ('number', 'The plant will generate 1.2 GW of power.', 'measure 1.2 GW'),
    ('number', 'The building is 828 metres tall.', 'measure 828 m'),
    ('number', 'The ship was carrying 2,000 tonnes of fuel.', 'measure 2000 t'),
    ('number', 'The county recorded 1,234 cases, up from 987 a week earlier.', 'count 1234 cases; count 987'),
    ('number', 'The cease-fire lasted 72 hours.', 'duration 72 hour'),
    ('number', 'In 2023, the company hired 300 engineers.', 'count 300 engineers'),
    ('near', 'Call 555-0123 for more information.', ''),
    ('near', 'The shop is at 221 Baker Street.', ''),
    ('near', 'COVID-19 cases rose sharply in the region.', ''),
    ('near', 'The Boeing 737 Max returned to service.', ''),
    ('near', 'The two companies declined to comment.', ''),
    ('near', 'Two people familiar with the matter said the talks had stalled.', ''),
    ('near', 'Police closed the road shortly after 3 p.m. as crowds grew.', ''),
    ('near', 'Residents aged 65 or older can apply.', ''),
    ('near', 'It was the first time the team had reached the final.', ''),
    ('near', 'Section 230 shields platforms from liability.', ''),
    ('near', 'The G20 leaders met in Rome.', ''),
    ('near', 'Several months later, the plant reopened.', ''),
    ('near', 'The 10-year note yield was little changed.', ''),
    ('near', 'Step 1: Preheat the oven.', ''),
    ('near', 'The Nikkei 225 index closed higher.', ''),
    ('near', 'The F-35 fighter jet flew over the city.', ''),
    ('near', 'Vision 2030 aims to diversify the economy.', ''),
    ('near', 'Both sides agreed to resume talks.', ''),
    ('near', 'Flight 370 disappeared over the ocean.', ''),
    ('near', 'Interstate 95 was closed in both directions.', ''),
    ('near', 'A second person was injured in the attack.', ''),
    ('near', 'Apartment 4B was damaged in the fire.', ''),
    ('near', 'The bill, H.R. 3684, passed without debate.', ''),
    ('near', 'The 2024 election will be close.', 'date 2024'),
    ('near', 'Photo: John Smith/Reuters', ''),
    ('near', 'The Airbus A320neo is popular with budget airlines.', ''),
    ('near', 'Route 66 attracts tourists from around the world.', ''),
    ('near', 'The Galaxy S24 Ultra has a titanium frame.', ''),
    ('near', 'The PlayStation 5 was hard to find last winter.', ''),
    ('near', 'Chapter 11 bankruptcy protection lets firms keep operating.', ''),
    ('near', 'He lives at 1600 Pennsylvania Avenue.', ''),
    ('near', 'The 49ers beat the Rams on Sunday.', ''),
    # round 15: a second battery of near misses (invented, none from the data): numbers in names, ids, addresses,
    # laws, routes and rooms, referential numerals, ordinals that are no ranks, times and dates that situate, ages
    # that define a group, years and titles as names, page furniture, sizes in product names, list numbering
    ('tech', 'The iPhone 15 Pro goes on sale on Friday.', ''),
    ('tech', 'Google unveiled the Pixel 8 at an event in New York.', ''),
    ('tech', "Nvidia's H100 chips are in short supply.", ''),
    ('tech', 'The 5G network now covers 90% of the population.', 'percent 90 %'),
    ('tech', 'Wi-Fi 6 and USB-C are supported.', ''),
    ('tech', 'iOS 17.2 fixes the bug.', ''),
    ('tech', 'Microsoft Office 365 subscribers will get the update.', ''),
    ('tech', "Intel's 14th-generation chips are faster.", ''),
    ('tech', 'The 4K TV sold out quickly.', ''),
    ('transport', 'An Airbus A350 made an emergency landing in Dubai.', ''),
    ('transport', 'Flight BA283 was diverted to Shannon.', ''),
    ('transport', 'Ryanair flight FR4978 was forced to land in Minsk.', ''),
    ('transport', 'The M25 was closed between junctions 10 and 11.', ''),
    ('transport', 'The crash happened on Highway 401 near Toronto.', ''),
    ('transport', 'Bus route 38 will be diverted this weekend.', ''),
    ('transport', 'Terminal 5 was evacuated after a security alert.', ''),
    ('transport', 'Passengers waited at Gate 23 for hours.', ''),
    ('transport', 'The A380 superjumbo can carry 853 passengers.', 'count 853 passengers'),
    ('transport', 'Tesla cut Model 3 prices by $2,000.', 'money 2000 USD'),
    ('transport', 'The Ford F-150 Lightning was recalled.', ''),
    ('transport', 'The BMW X5 and Audi Q7 were recalled.', ''),
    ('crime', 'Police were called to a house on 42nd Street.', ''),
    ('crime', 'The suspect was held in Room 101 of the station.', ''),
    ('real', 'The penthouse at 15 Central Park West was sold.', ''),
    ('real', 'The house at 14 Elm Street sold for $650,000.', 'money 650000 USD'),
    ('real', 'Unit 12 of the building was flooded.', ''),
    ('real', 'Lot 7 was sold at auction.', ''),
    ('law', 'The judge cited Article 5 of the convention.', ''),
    ('law', 'Prosecutors charged him under Section 18 of the act.', ''),
    ('law', 'The First Amendment protects free speech.', ''),
    ('law', 'Amendment 4 failed to reach the 60% threshold.', 'percent 60 %'),
    ('law', 'Proposition 22 passed easily.', ''),
    ('law', 'He was charged with two counts of murder.', 'count 2'),
    ('law', 'The 117th Congress passed the bill.', ''),
    ('law', 'Form 10-K filings show the risk.', ''),
    ('law', "The company's 401(k) plan was changed.", ''),
    ('crime', 'The two men were arrested at the scene.', ''),
    ('crime', 'One of the victims was taken to hospital.', ''),
    ('politics', 'Both candidates will attend the debate.', ''),
    ('politics', 'The three leaders met behind closed doors.', ''),
    ('crime', 'A third man was later charged.', ''),
    ('health', 'Neither of the two patients had been vaccinated.', ''),
    ('politics', 'One official said the talks would continue.', ''),
    ('politics', 'Three people briefed on the plan said it was delayed.', ''),
    ('earnings', 'Two sources close to the company said the deal was off.', ''),
    ('sport', 'One of the best players in the league, he missed the game.', ''),
    ('politics', 'The second round of talks begins next week.', ''),
    ('culture', 'The film is the third in the franchise.', ''),
    ('culture', 'Her second album came out in the spring.', ''),
    ('politics', 'He is serving his first term in Congress.', ''),
    ('sport', 'The goal came in the 89th minute.', ''),
    ('sport', 'He scored in the first half.', ''),
    ('education', 'Third-grade students will return on Monday.', ''),
    ('culture', 'The company held its 25th annual conference.', ''),
    ('culture', 'The 19th-century building was restored.', ''),
    ('economy', 'Prices rose sharply in the fourth quarter.', ''),
    ('crime', 'Shortly after 11 p.m., three people were injured in a shooting.', 'count 3 people'),
    ('markets', 'By 10:15 a.m., the index was up 0.4%.', 'percent 0.4 %'),
    ('weather', 'The storm is expected to make landfall around 6 p.m. Thursday.', ''),
    ('politics', 'On Tuesday, March 5, voters in 15 states go to the polls.', 'count 15 states'),
    ('economy', 'In 2022, exports rose 6%.', 'percent 6 %'),
    ('sport', 'Since 2019 the club has won 4 trophies.', 'count 4 trophies'),
    ('transport', 'Passengers on the 7:15 train from Brighton were stranded.', ''),
    ('health', 'Children under 5 are most at risk.', ''),
    ('health', 'The vaccine is approved for people aged 12 and over.', ''),
    ('health', 'Adults over 50 should be screened every year.', ''),
    ('sport', 'The under-21 team won the tournament.', ''),
    ('health', 'Type 2 diabetes affects 37 million Americans.', 'count 3.7e7 Americans'),
    ('health', 'Stage 4 patients were excluded.', ''),
    ('health', 'The H5N1 strain has spread to 12 states.', 'count 12 states'),
    ('sport', 'Arsenal beat Chelsea 3-1 on Saturday.', ''),
    ('sport', 'She won the match 6-4, 6-2.', ''),
    ('sport', 'Team USA won 40 gold medals.', 'count 40'),
    ('sport', 'She ran the 400m in 49.2 seconds.', 'duration 49.2 second'),
    ('sport', 'The 100m final is on Sunday.', ''),
    ('sport', 'Game 7 is on Monday night.', ''),
    ('sport', 'UFC 300 sold out in minutes.', ''),
    ('sport', 'He wore the No. 7 shirt for a decade.', 'duration 10 year'),
    ('sport', 'Arsenal finished in the top four.', 'rank 4'),
    ('education', 'Members of the Class of 2019 gathered for a reunion.', ''),
    ('sport', 'Euro 2024 kicks off in Munich.', ''),
    ('sport', 'The Paris 2024 organisers defended the budget.', ''),
    ('politics', 'Article 50 was triggered in 2017.', 'date 2017'),
    ('culture', "The band performed '24 Hours' at the festival.", ''),
    ('culture', 'She starred in "28 Days Later" and "127 Hours".', ''),
    ('culture', 'The documentary "13th" won an award.', ''),
    ('culture', 'He read "Fahrenheit 451" in school.', ''),
    ('culture', 'The film "2001: A Space Odyssey" was restored.', ''),
    ('culture', "The novel 'One Hundred Years of Solitude' was adapted for TV.", ''),
    ('furniture', '1 of 12', ''),
    ('furniture', '5 min read', ''),
    ('furniture', '243 comments', ''),
    ('furniture', 'Updated 3 hours ago', ''),
    ('furniture', 'Photo 3 of 8', ''),
    ('furniture', 'Image 2/5', ''),
    ('furniture', 'Page 2 of 3', ''),
    ('furniture', '12 shares', ''),
    ('furniture', 'Comments (56)', ''),
    ('furniture', 'Published 10:42 AM EST, Mon March 4, 2024', ''),
    ('furniture', 'Last updated: 14:32 GMT', ''),
    ('furniture', '© 2024 The Times', ''),
    ('listicle', '7. Use a budget app', ''),
    ('listicle', '3) Keep receipts for every purchase.', ''),
    ('listicle', '#5 Drink more water', ''),
    ('recipes', 'Step 3: Add the eggs.', ''),
    ('markets', 'The FTSE 100 rose 0.5%.', 'percent 0.5 %'),
    ('markets', 'Russell 2000 futures were flat.', ''),
    ('markets', 'The 30-year fixed mortgage rate rose to 7.1%.', 'percent 7.1 %'),
    ('markets', "Berkshire's Class B shares rose 1%.", 'percent 1 %'),
    ('markets', 'The filing showed the fund held 2 million shares.', 'count 2e6 shares'),
    ('crime', 'A 9mm handgun was found in the car.', ''),
    ('crime', 'A 12-gauge shotgun was recovered.', ''),
    ('crime', 'The AR-15 rifle was bought legally.', ''),
    ('weather', 'Category 4 Hurricane Ian hit Florida.', ''),
    ('weather', 'An EF-3 tornado touched down near the town.', ''),
    ('economy', 'A dozen eggs now costs $4.50.', 'count 12 eggs; money 4.5 USD'),
    ('economy', 'Demand is 20 times higher than last year.', 'ratio 20 x'),
    ('culture', 'The song climbed to No. 23 on the chart.', 'rank 23'),
    ('tech', 'The market is worth $380+ billion.', 'money 3.8e11 USD'),
    ('travel', 'The city has two hundred five-star hotels.', 'count 200 hotels'),
    ('culture', 'The temple was built in 500\u00a0BC.', 'date -0499'),
    ('real', 'The tower is 300\u00a0m tall.', 'measure 300 m'),
    ('markets', 'The yen weakened to 150 per dollar.', 'money 150 JPY/USD'),
    ('markets', 'The won fell to 1,350 per dollar.', 'money 1350 KRW/USD'),
    ('sport', 'Curry scored 31 points against Boston.', 'measure 31 points'),
    ('markets', 'The Dow fell 300 points.', 'measure 300 points'),
    ('history', 'The engineer perfected the lamp over the next decade.', 'duration 10 year'),
    ('travel', 'Over the past two decades, hotels have sprung up everywhere.', 'duration 20 year'),
    ('economy', 'Sales fell over the past year.', ''),
    ('culture', 'The sequel, 28 Years Later, opened in June.', 'duration 28 year'),
    ('products', 'Get the 65-inch Samsung TV for $499.', 'money 499 USD'),
    ('products', 'The 13-inch MacBook Air is the cheapest model.', ''),
    ('tech', "The iPhone's 6.1-inch Super Retina XDR display is bright.", 'measure 6.1 in'),
    ('politics', 'The report ranks all 50 states on 20 measures.', 'count 20 measures'),
    ('earnings', 'The chain now operates in 50 states.', 'count 50 states'),
    ('real', 'The house sits 2,000 m above sea level.', 'measure 2000 m'),
    ('culture', 'The jukebox became a symbol of the 1950s.', ''),
    ('culture', 'The band revived the sound of the 1980s.', ''),
    ('economy', 'The downturn of the 1970s hit steelmakers hard.', 'date 1970/1979'),
    ('tech', 'Half a dozen startups were sold in October.', 'count 6 startups'),
    ('earnings', 'The stake is worth several tens of millions of dollars.', 'money 3e7 USD'),
    ('politics', 'Several tens of thousands of people marched on Sunday.', 'count 3e4 people'),
    ('sport', 'Norway came in second in the medal table.', 'rank 2'),
    ('sport', 'The winning goal came in the second half.', ''),
    # review 15q (invented inputs on 8f0873f): each as main or better; 'm' before across/away is no metres,
    # index points stay measures, no rank before a hyphen or a non-standing word, a country names the
    # peso or rupee, a year or month after 'culture of' stays a date, recipe weights stay measures
    ('media', 'Sales reached 4m across Europe last year, the company said.', ''),
    ('media', 'The final was watched by 5m across the UK.', ''),
    ('media', 'Season three drew 2m viewers, about 1m away from the record.', 'count 2e+06 viewers'),
    ('economy', "Britain's debt pile stood at £2.6 trillion, with 1m away on sick leave.", 'money 2.6e+12 GBP'),
    ('engineering', 'A 4m wide gap opened in the dam.', 'measure 4 m'),
    ('markets', 'The FTSE 100 averaged 7,500 points last year.', 'measure 7500 points'),
    ('markets', 'The Nikkei averaged 38,000 points in March.', 'measure 38000 points'),
    ('markets', 'The index closed at 4,500 points after scoring 120 points on Monday.', 'measure 4500 points; measure 120 points'),
    ('sport', 'The equaliser came in second-half stoppage time at Anfield.', ''),
    ('markets', 'The biggest drop came in fourth-quarter trading.', ''),
    ('sport', 'Reinforcements came in ninth-inning relief for the Yankees.', ''),
    ('politics', 'Candidates came in second-round voting with 30% support.', 'percent 30 %'),
    ('weather', 'The first reports came in first thing Monday from the coast.', ''),
    ('politics', 'Results came in first from rural counties, then from the cities.', ''),
    ('transport', 'After finishing the first phase of the bypass, crews moved north.', ''),
    ('culture', 'After finishing the second book, she took a year off.', 'duration 1 year'),   # "a year": 1 year
    ('labour', 'The strike lasted a week and cost $2 million.', 'duration 1 week; money 2e6 USD'),
    ('politics', 'The talks lasted a year and a half.', 'duration 1.5 year'),       # not 1 year
    ('transport', 'The ferry crossing takes half an hour.', 'duration 0.5 hour'),
    ('labour', 'Workers earn $20 an hour.', 'money 20 USD/hour'),                    # a rate, not 1 hour
    ('politics', 'The amendment needs a two-thirds majority in the Senate.', 'ratio 0.6667'),   # not 2 "thirds"
    ('politics', 'Tens of thousands marched in Paris on Saturday.', 'count 10000'),      # a crowd, its people unsaid
    ('disaster', 'Hundreds of thousands lost power after the storm.', 'count 100000'),   # not 100 "thousands"
    ('business', 'The sale raised millions for the charity.', ''),                      # no scale of people
    ('business', 'Millions were spent on the failed project.', ''),                    # money, not a crowd
    ('business', 'Thousands were sold in the first hour.', ''),                        # things, not a crowd
    ('economy', 'Workers earn $40,000 a year.', 'money 40000 USD/year'),               # a rate, not 1 year
    ('sport', 'Mendes came in 15th of 20 runners.', 'rank 15; count 20 runners'),
    ('sport', 'Lee came in third, 2 seconds behind the winner.', 'rank 3; duration 2 second'),
    ('markets', 'The Argentine peso slid to 900 per dollar on Friday.', 'money 900 ARS/USD'),
    ('markets', 'The Pakistani rupee fell to 280 against the dollar.', 'money 280 PKR/USD'),
    ('markets', 'The Lebanese lira traded at 89,500 to the dollar on the black market.', 'count 89500'),
    ('markets', 'The Korean won weakened to 1,380 per dollar.', 'money 1380 KRW/USD'),
    ('markets', 'Despite the strong yen, exporters booked 12 per dollar of sales in margin.', 'count 12'),
    ('politics', 'The bill passed after 20 minutes. Read more: Senate votes on budget', 'duration 20 minute'),
    ('politics', 'The council met for 5 min. Read the minutes online.', 'duration 5 minute'),
    ('politics', 'The analysis captured the culture of the 2016 campaign in detail.', 'date 2016'),
    ('economy', 'Critics praised the architecture of the 2008 bailout, which cost $700 billion.', 'date 2008; money 7e+11 USD'),
    ('sport', 'Fans loved the sound of the 1966 final, which drew 32 million viewers.', 'date 1966; count 3.2e+07 viewers'),
    ('economy', 'The mood of March 2020 was grim, with 40% of shops shut.', 'date 2020-03; percent 40 %'),
    ('sport', 'Over the past five seasons 20 to 25 games a year were postponed.', 'count 5 seasons; count 20..25 games/year'),
    ('sport', 'Over the past few seasons 10 to 15 players have left the club each summer.', 'count 10..15 players'),
    ('sport', 'In the past two seasons 10 or 12 teams entered the cup.', 'count 2 seasons; count 10; count 12'),
    ('food', 'Sear a 12-ounce New York strip for four minutes a side.', 'measure 12 oz; duration 4 minute'),
    ('food', 'Pan-fry an 8-ounce Filet Mignon for 5 minutes.', 'measure 8 oz; duration 5 minute'),
    ('food', "Add a 14-ounce Campbell's soup can and a 15-ounce Black Beans can.", 'measure 14 oz; measure 15 oz'),
    ('products', 'Reviewers liked the 27-inch Dell UltraSharp for $499.', 'money 499 USD'),
    ('products', 'The kettle comes with a 2 Years Warranty covering parts and labour.', 'duration 2 year'),
    ('markets', 'Stocks Rise 3 Days Straight as investors cheer rate cut', 'duration 3 day'),
    ('culture', 'The sequel, 28 Years Later (2025), opened in June.', ''),
    ('history', 'In the last decade of the 19th century, the town built a railway.', 'date 1800/1899'),
    ('history', 'He spent the last decade of his life in Paris.', ''),
    ('climate', 'The next decade will be decisive for the climate.', ''),
    ('sport', 'Third-down conversions\n\n5 of 12', 'count 5 12; count 12'),
    ('health', 'The study, published 20 years ago, found that 12 percent of adults smoked.', 'duration 20 year; percent 12 %'),
    ('transport', 'The notice, updated 3 hours ago, says 40 flights were cancelled.', 'duration 3 hour; count 40 flights'),
    ('finance', 'Insurers paid out 80 cents per dollar of premiums.', 'money 0.8 USD/dollar'),
    # round 16 (invented, none from the data): measures a reader would check across beats (weather, quakes, heights,
    # areas, weights, computing, energy, speed, sport, health), dates that are the fact or only situate, durations
    ('weather', 'Highs will reach the upper 80s on Thursday.', 'measure 87..89'),
    ('weather', 'Forecasters expect wind gusts of 60 mph along the coast.', 'measure 60 mph'),
    ('weather', 'The storm dropped 4 inches of snow on Boston.', 'measure 4 in'),
    ('weather', 'Temperatures fell to minus 20 degrees overnight.', 'measure -20'),
    ('weather', 'The city recorded 2.5 inches of rain in an hour.', 'measure 2.5 in'),
    ('weather', 'Hailstones the size of golf balls fell, and winds hit 75 miles per hour.', 'measure 75'),
    ('weather', 'Phoenix hit 118 degrees on Sunday, a record for the date.', 'measure 118'),
    ('weather', 'The hurricane brought a storm surge of up to 12 feet.', 'measure 12 ft'),
    ('weather', 'Up to 30 centimetres of snow could fall in the Alps.', 'measure 30 cm'),
    ('weather', 'Temperatures hovered around 35C in Madrid.', 'measure 35'),
    ('quake', 'A 6.1-magnitude earthquake struck off the coast of Japan.', 'measure 6.1'),
    ('quake', 'The quake, which had a magnitude of 7.8, was felt in Cairo.', 'measure 7.8'),
    ('quake', 'The epicentre was 15 kilometres north of the city at a depth of 10 km.', 'measure 15 km; measure 10 km'),
    ('fire', 'The wildfire has burned more than 20,000 acres.', 'measure 20000 acre'),
    ('fire', 'The blaze scorched 1,200 hectares of forest.', 'measure 1200 ha'),
    ('local', 'The new tower will rise 1,000 feet above Manhattan.', 'measure 1000 ft'),
    ('local', 'The house has 3,000 square feet of living space.', 'measure 3000'),
    ('local', 'The park covers 2 acres near the river.', 'measure 2 acre'),
    ('sport', 'Runners will follow a 26.2-mile course through the city.', 'measure 26.2 mi'),
    ('local', 'The bridge spans 1.7 kilometres across the bay.', 'measure 1.7 km'),
    ('local', 'The wall is 30 feet high and 2 miles long.', 'measure 30 ft; measure 2 mi'),
    ('local', 'The town lies 40 miles south of Denver.', 'measure 40 mi'),
    ('transport', 'The tunnel runs 57 kilometers under the Alps.', 'measure 57 km'),
    ('local', 'The apartment measures 450 square metres.', 'measure 450'),
    ('science', 'The glacier retreated 300 meters last summer.', 'measure 300 m'),
    ('crime', 'Police seized 300 pounds of cocaine.', 'measure 300 lb'),
    ('food', 'Drink at least 2 liters of water a day.', 'measure 2 l'),
    ('animals', 'The bear weighed 700 lbs.', 'measure 700 lb'),
    ('food', 'The bakery uses 5 tonnes of flour a week.', 'measure 5 t'),
    ('food', 'Add 200 grams of sugar and 2 cups of milk.', 'measure 200 g; measure 2'),
    ('energy', 'The tanker spilled 11 million gallons of oil.', 'measure 11e6'),
    ('energy', 'The field produces 500,000 barrels a day.', 'measure 500000'),
    ('tech', 'The laptop ships with 16GB of RAM and a 1TB drive.', 'measure 16 GB; measure 1 TB'),
    ('tech', 'The leak exposed 1.5 terabytes of data.', 'measure 1.5 TB'),
    ('tech', 'Download speeds reached 940 Mbps in the test.', 'measure 940'),
    ('tech', 'The chip runs at 3.2 GHz.', 'measure 3.2'),
    ('tech', 'The app takes up 200 megabytes on the phone.', 'measure 200 MB'),
    ('energy', 'The solar farm will generate 500 megawatts.', 'measure 500 MW'),
    ('energy', 'The battery stores 12 kWh of electricity.', 'measure 12 kWh'),
    ('energy', 'The plant has a capacity of 1.2 GW.', 'measure 1.2 GW'),
    ('energy', 'The average home uses 900 kilowatt-hours a month.', 'measure 900'),
    ('transport', 'The train reached 350 km/h on the test run.', 'measure 350'),
    ('crime', 'He was driving at 110 mph when police stopped him.', 'measure 110 mph'),
    ('transport', 'The jet cruises at 35,000 feet.', 'measure 35000 ft'),
    ('sport', 'Judge hit a 450-foot home run in the seventh inning.', 'measure 450 ft'),
    ('sport', 'He threw the javelin 89.9 metres.', 'measure 89.9 m'),
    ('sport', 'The kicker made a 57-yard field goal.', 'measure 57'),
    ('sport', 'The pitcher threw a fastball at 101 mph.', 'measure 101 mph'),
    ('health', 'Adults need about 2,000 calories a day.', 'measure 2000'),
    ('health', 'The noise reached 120 decibels near the stage.', 'measure 120'),
    ('health', 'Each tablet contains 500 mg of the drug.', 'measure 500 mg'),
    ('health', 'The baby weighed 3.2 kilograms at birth.', 'measure 3.2 kg'),
    ('markets', 'The Nasdaq dropped 250 points on Monday.', 'measure 250 points'),
    ('markets', 'The FTSE 100 closed at 7,600 points.', 'measure 7600 points'),
    ('tech', 'The Galaxy S24 Ultra has a 6.8-inch screen.', 'measure 6.8 in'),
    ('politics', 'Officials from all 50 states attended.', ''),
    ('tech', 'The iPhone 15 Pro Max has a new camera.', ''),
    ('transport', 'The Boeing 737 Max 9 was grounded.', ''),
    ('tech', 'The RTX 4090 graphics card is in short supply.', ''),
    ('sport', 'He wore the No. 23 jersey.', ''),
    ('food', 'The 7-Eleven on Main Street was robbed.', ''),
    ('culture', 'The band played Route 66 at the end.', ''),
    ('tech', 'The new 5G phones support Wi-Fi 7.', ''),
    ('law', 'The law takes effect on Jan. 1, 2025.', 'date 2025-01-01'),
    ('business', 'The store opened in 1998.', 'date 1998'),
    ('business', 'Acme was founded in 1886 in Atlanta.', 'date 1886'),
    ('space', 'The rocket launched on March 3, 2024.', 'date 2024-03-03'),
    ('politics', 'The election will be held on November 5, 2024.', 'date 2024-11-05'),
    ('obit', 'She was born on July 4, 1950, in Ohio.', 'date 1950-07-04'),
    ('obit', 'He died in 2019 at the age of 88.', 'date 2019; duration 88 year'),   # review 58: one person's age
    ('business', 'The merger was completed in October 2023.', 'date 2023-10'),
    ('culture', 'The museum reopened in the spring of 2022.', 'date 2022-03/2022-05'),
    ('history', 'The Berlin Wall fell on Nov. 9, 1989.', 'date 1989-11-09'),
    ('law', 'The ban will be lifted by the end of 2026.', 'date 2026'),
    ('history', 'The factory closed in the 1980s.', 'date 1980/1989'),
    ('history', 'The church was built in the 12th century.', 'date 1100/1199'),
    ('economy', 'In 2019, sales rose 4%.', 'percent 4 %'),
    ('economy', 'Sales rose 4% in 2023 from 2022.', 'percent 4 %'),
    ('politics', 'The mayor said on Tuesday that 300 officers would be hired.', 'count 300 officers'),
    ('health', 'A 2021 study found that 30% of adults sleep too little.', 'percent 30 %'),
    ('economy', 'Unemployment stood at 4.1% in March 2024.', 'percent 4.1 %'),
    ('politics', 'The senator said on Nov. 6 that the bill would pass.', ''),
    ('economy', 'Since 2010, the population has grown by 12%.', 'percent 12 %'),
    ('markets', 'Shares have fallen 30% since January.', 'percent 30 %'),
    ('politics', 'He announced the plan on Monday.', ''),
    ('politics', 'Last month, the council met again.', ''),
    ('health', 'Patients stayed in hospital for an average of 5.7 days.', 'duration 5.7 day'),
    ('travel', 'The trip takes about 14 hours.', 'duration 14 hour'),
    ('crime', 'He was sentenced to 25 years in prison.', 'duration 25 year'),
    ('politics', 'The talks lasted three days.', 'duration 3 day'),
    ('space', 'The astronauts spent 286 days in orbit.', 'duration 286 day'),
    ('business', 'The company has been in business for 40 years.', 'duration 40 year'),
    ('business', 'Prices have doubled in two years.', 'ratio 2 x'),
    ('history', 'The town flooded a century ago.', 'duration 100 year'),
    ('labour', 'The strike lasted 46 days.', 'duration 46 day'),
    ('labour', 'Workers get 12 weeks of paid leave.', 'duration 12 week'),
    ('science', 'The probe will take seven years to reach Jupiter.', 'duration 7 year'),
    ('sport', 'The match lasted 4 hours and 11 minutes.', 'duration 4 hour; duration 11 minute'),
    ('health', 'The vaccine offers protection for up to six months.', 'duration 6 month'),
    ('business', 'The lease runs for 99 years.', 'duration 99 year'),
    ('politics', 'He served two terms as governor.', 'count 2 terms'),
    ('transport', 'The airline cancelled 1,500 flights over three days.', 'count 1500 flights'),
    ('space', 'The mission lasted 10 days, 4 hours.', 'duration 10 day; duration 4 hour'),
    ('sport', 'She has won the title for the third year in a row.', 'duration 3 year'),
    ('economy', 'Inflation is at its highest level in 40 years.', 'duration 40 year'),
    ('courts', 'The trial is expected to last six weeks.', 'duration 6 week'),
    ('health', 'Symptoms last 7 to 10 days.', 'duration 7..10 day'),
    ('tech', 'The battery lasts up to 18 hours.', 'duration 18 hour'),
    ('transport', 'The flight was delayed by 90 minutes.', 'duration 90 minute'),
    ('food', 'Bake for 45 minutes at 180C.', 'duration 45 minute; measure 180'),
    ('politics', 'The bill would raise the age limit to 67.', 'count 67'),
    ('local', 'The 10-story building will have 200 apartments.', 'measure 10; count 200 apartments'),
    ('local', 'Firefighters climbed ten stories to reach the fire.', 'measure 10'),
    ('local', 'The explosion threw the cover five stories into the air.', 'measure 5'),
    ('business', 'The first shop opened in the spring of 1971 in Seattle.', 'date 1971-03/1971-05'),
    ('history', 'Jazz spread across Europe in the 1920s.', 'date 1920/1929'),
    ('history', 'In the early 2000s, the firm moved to Texas.', 'date 2000/2003'),
    ('history', 'The mill was built in the late 1700s.', 'date 1770/1799'),
    ('politics', 'Polls close at 8 p.m.', ''),
    ('culture', 'She met him at 8 p.m. for dinner.', ''),
    ('economy', 'In the 1990s, unemployment averaged 6%.', 'percent 6 %'),
    ('culture', 'The film is set in the 1960s.', 'date 1960/1969'),
    ('culture', 'The 1970s were a time of high inflation.', 'date 1970/1979'),
    ('politics', 'A 2019 law banned the practice.', 'date 2019'),
    ('business', 'Acme was founded 30 years ago.', 'duration 30 year'),
    ('politics', 'The treaty was signed on 12 March 1999 in Brussels.', 'date 1999-03-12'),
    ('transport', 'The airport handled 80 million passengers in 2023.', 'count 80e6 passengers'),
    ('politics', 'The ceasefire began at midnight on Friday.', ''),
    ('science', 'The comet will return in 2061.', 'date 2061'),
    ('politics', 'He was elected in 2016 and re-elected in 2020.', 'date 2016; date 2020'),
    ('economy', 'The rate peaked at 5.5% in 2023 before falling to 4% in 2024.', 'percent 5.5 %; percent 4 %'),
    ('local', 'The couple bought a 2,000-square-foot home in Austin.', 'measure 2000'),
    ('sport', 'He is 6 feet 2 inches tall.', 'measure 6.1667 ft'),
    ('sport', 'The quarterback threw for 312 yards and three touchdowns.', 'measure 312; count 3 touchdowns'),
    ('sport', 'He rushed for 120 yards on Sunday.', 'measure 120'),
    ('sport', 'He caught a 55-yard touchdown pass.', 'measure 55'),
    ('health', 'She lost 50 pounds in a year.', 'measure 50 lb'),
    ('health', 'He had a fever of 103 degrees.', 'measure 103'),
    ('weather', 'Forecasters expect 6 to 10 inches of snow.', 'measure 6..10 in'),
    ('weather', 'The storm dumped two feet of snow on Buffalo.', 'measure 2 ft'),
    ('weather', 'Sea levels have risen 8 inches since 1900.', 'measure 8 in'),
    ('climate', 'Warming must be kept to 1.5C above pre-industrial levels.', 'measure 1.5'),
    ('climate', 'Carbon dioxide levels reached 420 ppm.', 'measure 420 ppm'),
    ('transport', 'A 40-ton truck crashed on the bridge.', 'measure 40 t'),
    ('transport', 'The car gets 40 miles per gallon.', 'measure 40'),
    ('transport', 'The ship sailed at 12 knots.', 'measure 12'),
    ('transport', 'The plane was flying at an altitude of 10,000 meters.', 'measure 10000 m'),
    ('science', 'The wreck lies at a depth of 3,800 meters.', 'measure 3800 m'),
    ('tech', 'The phone has a 6.7-inch display and a 4,000 mAh battery.', 'measure 6.7 in; measure 4000 mAh'),
    ('tech', 'The screen refreshes at 120Hz.', 'measure 120 Hz'),
    ('tech', 'The router offers speeds of up to 1 gigabit per second.', 'measure 1'),
    ('energy', 'The line carries 500,000 volts.', 'measure 500000'),
    ('sport', 'She swam in a 50-meter pool.', 'measure 50 m'),
    ('travel', 'The village sits at 3,500 metres above sea level.', 'measure 3500 m'),
    ('science', 'The asteroid is about 1 kilometer wide.', 'measure 1 km'),
    ('local', 'Residents within a 10-mile radius were evacuated.', 'measure 10 mi'),
    ('food', 'A can of soda contains 39 grams of sugar.', 'measure 39 g'),
    ('food', 'The burger has 1,200 calories.', 'measure 1200'),
    ('crime', 'Police found 2 kilograms of heroin.', 'measure 2 kg'),
    ('crime', 'The suspect, 5 feet 9 inches tall, fled on foot.', 'measure 5.75 ft'),
    ('tech', 'The file is 4 GB.', 'measure 4 GB'),
    ('markets', 'Oil output rose to 1.2 million barrels per day.', 'measure 1.2e6'),
    ('science', 'The telescope can see objects 13 billion light-years away.', 'measure 13e9'),
    ('weather', 'Winds of up to 100 km/h toppled trees.', 'measure 100'),
    ('weather', 'Rainfall totals reached 300 millimetres.', 'measure 300 mm'),
    ('local', 'The sinkhole is 30 feet deep and 20 feet wide.', 'measure 30 ft; measure 20 ft'),
    ('sport', 'The 7-foot-1 center blocked four shots.', 'measure 7.083 ft; count 4 shots'),
    ('sport', 'The 6-foot-8 forward scored 30 points.', 'measure 6.667 ft; measure 30 points'),
    # round 16: dates that are the fact, dates that only situate, and datelines (page furniture)
    ('business', 'The company, which was founded in 1998, has 500 employees.', 'date 1998; count 500 employees'),
    ('obit', 'Born in 1960, Smith grew up in Ohio.', 'date 1960'),
    ('business', 'The 2008 financial crisis hit the bank hard.', 'date 2008'),
    ('furniture', '© 2024 Acme Inc. All rights reserved.', ''),
    ('furniture', 'Updated: March 3, 2024', ''),
    ('furniture', 'WASHINGTON, March 3 (Reuters) - The Senate passed the bill.', ''),
    ('furniture', 'This article was originally published on March 3, 2024.', ''),
    ('furniture', 'Posted on March 3, 2024 by John Smith', ''),
    ('furniture', "Editor's note: This story was first published in 2019.", ''),
    ('law', 'The law, passed in 2010, requires insurers to cover 10 preventive services.', 'date 2010; count 10 services'),
    ('economy', 'Between 2010 and 2020, the population grew 12%.', 'percent 12 %'),
    ('sport', 'He was named MVP of the 2024-25 season.', ''),
    ('economy', 'Fiscal 2024 revenue rose 8%.', 'percent 8 %'),
    ('space', 'NASA plans to return astronauts to the Moon in 2026.', 'date 2026'),
    ('history', 'The bridge opened to traffic on May 27, 1937.', 'date 1937-05-27'),
    ('health', 'The drug was approved by the FDA in 2021.', 'date 2021'),
    ('business', 'The iPhone first went on sale on June 29, 2007.', 'date 2007-06-29'),
    ('history', 'Construction began in the early 1960s.', 'date 1960/1963'),
    ('sport', 'She last won the title in 2015.', 'date 2015'),
    ('furniture', 'Jane Doe works on a neon sign in her shop in Cincinnati, in 2016.', ''),
    ('furniture', 'Fans celebrate outside the stadium, on March 3, 2024.', ''),
    ('sport', 'She won the title, in 2016.', 'date 2016'),
    # a count and its noun with several modifiers between them, a hyphenated compound one word of them
    ('science', 'The chemists isolated three more noble gases.', 'count 3 gases'),
    ('history', 'The city commissioned two large blue-and-orange neon signs.', 'count 2 signs'),
    ('retail', 'The shop sold five brand-new electric bikes.', 'count 5 bikes'),
    ('fishing', 'The Polaris is one of four century-old wooden schooners.', 'count 4 schooners; duration 100 year'),
    ('language', 'The two languages come from two totally different families.', 'count 2 families'),
    ('products', 'Ten automatic one-step buttonhole designs come with the machine.', 'count 10 designs'),
    ('food', 'The chef serves nine small but intensely flavoured courses.', 'count 9 courses'),
    ('property', 'The trust bought two small, privately owned Scottish islands.', 'count 2 islands'),
    ('travel', 'Hertz has over 3,000 neighborhood and airport locations.', 'count 3000 locations'),
    # ... not a number that opens a compound of its own, nor past a word that modifies the number
    ('education', 'The class meets for a weekly two-and-a-half hour session.', ''),
    ('tech', 'Case 3 takes just 3 seconds.', 'duration 3 second'),
    # a frame rate in capitals, the degree sign typed as an ordinal mark or a ring, "second-" as an ordinal
    ('games', 'The game holds 60 FPS in performance mode.', 'measure 60 fps'),
    ('weather', 'The temperature hit 25ºC on Monday.', 'measure 25 °C'),
    ('weather', 'Overnight lows of -3˚C are expected.', 'measure -3 °C'),
    ('autos', 'The recall covers 38,000 second-generation crossovers.', 'count 38000 crossovers'),
    ('business', 'The firm bought 12 second-hand trucks.', 'count 12 trucks'),
    # "N times" that multiplies nothing counts events; before what it multiplies, or after growth, a multiple
    ('sport', 'She has won the title three times.', 'count 3 times'),
    ('science', 'The paper was cited 1,200 times in 2023.', 'count 1200 times'),
    ('crime', 'He was arrested five times before the trial.', 'count 5 times'),
    ('markets', 'The stock trades at 6.5 times earnings.', 'ratio 6.5 x'),
    ('economy', 'Sales grew 10 times over the decade.', 'ratio 10 x'),
    # the speeds of an acceleration test and the length that names a kind of college are no claims;
    # the plural of krone, watt-hours and A-weighted decibels are units
    ('autos', 'The car goes from 0 to 60 mph in 4.2 seconds.', 'duration 4.2 second'),
    ('autos', 'It does 0-60 mph in 3.1 seconds.', 'duration 3.1 second'),
    ('education', 'Tuition at public four-year colleges rose 3%.', 'percent 3 %'),
    ('food', 'The tasting menu cost 3,500 Danish kroner.', 'money 3500 DKK'),
    ('tech', 'The 50Wh battery stays at 42 dBA under load.', 'measure 50 Wh; measure 42 dBA'),
    # a fraction before a comparison is a ratio; heart rates are measures
    ('politics', 'Half as many people voted this year.', 'ratio 0.5'),
    ('tech', 'The new model is roughly a third quieter.', 'ratio 0.3333'),
    ('health', 'His heart rate hit 180 bpm.', 'measure 180 bpm'),
]


def _battery_items(expected: str) -> list[tuple[str, str, str | None]]:
    items = [item.split() for item in expected.split(";") if item.strip()]
    return [(parts[0], parts[1], parts[2] if len(parts) > 2 else None) for parts in items]


def _battery_agrees(kind: str, value: str, unit: str | None, claim) -> bool:
    if claim.kind != kind or (unit is not None and claim.unit != unit):
        return False
    if kind == "date":
        return claim.value_text == value
    if ".." in value:
        low, high = (float(v) for v in value.split(".."))
        return claim.value is None and (claim.value_low, claim.value_high) == (pytest.approx(low, rel=1e-3), pytest.approx(high, rel=1e-3))
    return claim.value == pytest.approx(float(value), rel=1e-3)


@pytest.mark.parametrize("beat,text,expected", QUANTITY_BATTERY, ids=[f"{r[0]}-{i}" for i, r in enumerate(QUANTITY_BATTERY)])
def test_assemble_battery_of_news_figure_forms(nlp, beat, text, expected):
    from extractor import extract_text

    claims = list(extract_text(text))
    for kind, value, unit in _battery_items(expected):
        found = next((c for c in claims if _battery_agrees(kind, value, unit, c)), None)
        assert found is not None, f"{beat}: no {kind} {value} {unit} in {[(c.kind, c.value, c.unit, c.quote) for c in claims]}"
        claims.remove(found)
    assert claims == [], f"{beat}: records not in the battery: {[(c.kind, c.value, c.unit, c.quote) for c in claims]}"


# "2-3 decades" is a duration range in years (the review-13 list above had it give nothing, as main did,
# when the point was only that no count range comes out)
@pytest.mark.parametrize("text", ["Renovations take 2-3 decades.", "The cleanup could take 2 to 3 decades."])
def test_assemble_a_range_of_decades_is_a_range_of_years(nlp, text):
    from extractor import extract_text

    [claim] = extract_text(text)
    assert (claim.kind, claim.value_low, claim.value_high, claim.unit) == ("duration", 20, 30, "year")


# Round 8 subject rules (made up, none taken from a dev set), appended to SUBJECT_EXAMPLES.
SUBJECT_EXAMPLES.extend([
    # a name owned by another name is an actor of its own (subject.py `_owned_name`); a common noun or a
    # time the tagger reads as a name is not; a pronoun owner gives none (the subject carried)
    ("Elon Musk's SpaceX launched 96 rockets last year.", "96 rockets", "Elon Musk's SpaceX"),
    ("Zara's parent Inditex operates 5,700 stores worldwide.", "5,700 stores", "Inditex"),
    ("Their Model Y sold 300,000 units.", "300,000 units", None),
    ("Acme's March sales rose 4%.", "4%", "Acme"),
    ("Apple's iPhone sales rose 4%.", "4%", "Apple"),
    ("Whose sales topped $1 billion?", "$1 billion", None),
    # a name set off by commas after a common-noun subject is who the noun describes
    # (`_set_off_name_of`); not a list of names
    ("The largest U.S. grocer, Kroger, operates 2,700 supermarkets.", "2,700 supermarkets", "Kroger"),
    ("The company's founder, Ann Lee, owns 40% of the shares.", "40%", "Ann Lee"),
    ("The two companies, Acme and Globex, employ 3,000 people.", "3,000 people", "companies"),
    # "it"/"its" reaches back to the sentence before only for its subject, when that is an actor
    # (subject._previous_subject; review 15j's cases of the reverted `_last_actor` are rows below);
    # round 22: "its" stands for the name that is the subject of the verb above it (`_its_owner`)
    ("Walmart is the largest private employer in the U.S. It has 1.6 million workers in the country.",
     "1.6 million workers", "Walmart"),
    ("Acme said its sales rose 5%.", "5%", "Acme"),
    # (stop 62: "it" is never the person, so the name she founded is what it stands for: subject._pointed_actor)
    ("Ann Lee founded Acme in 1998. It now has 40 stores.", "40 stores", "Acme"),
    ("Mr. Smith joined the club in March. It has 300 members.", "300 members", None),
    ("Acme opened a plant in Ohio. It was a 40-minute drive from the city.", "40-minute", None),
    ("What sets the phone apart is its battery, which lasts 20 hours.", "20 hours", None),
])


# A second invented battery (round 8): short news paragraphs of 1-3 sentences in beats the first lacks
# (studies, surveys, budgets, courts, schools, transport, energy, climate, housing, sport, box office,
# company profiles, obituaries, local news, lists in prose) and subject forms that carry or point back
# across sentences; none taken from a dev set. Scored like the first battery (Dice >= 0.5 of the
# words); GAP marks the forms subject.py still gets wrong.
NEWS_PARAGRAPHS = [
    # study
    ('Researchers at Duke University followed 2,300 patients with heart failure. In the trial, 40% of patients on the new drug were readmitted within a year.', '40%', 'patients on the new drug'),   # round 20: restrictive modifier
    ('The vaccine was tested on 30,000 volunteers in six countries. It was 91% effective at preventing severe illness.', '91%', 'vaccine'),
    ('A new study of 12,000 nurses found that night shifts take a toll. Nurses who worked nights were 30% more likely to develop diabetes.', '30%', 'Nurses who worked nights'),   # round 20
    pytest.param('The drug, sold as Zentiva, lowered blood pressure by 12 points on average in a study of 800 adults.', '12 points', 'Zentiva', marks=GAP),
    ('Scientists tracked 500 children from birth. By age 10, one in five of the children had developed asthma.', 'one in five', 'children'),
    pytest.param('The Mayo Clinic enrolled 1,200 patients in the study. Of those, 310 received the experimental therapy.', '310', 'patients', marks=GAP),
    ("Pfizer's pill cut the risk of hospitalization by 89% in a trial of high-risk adults.", '89%', 'Pfizer'),
    # survey
    pytest.param('The Pew Research Center surveyed 10,000 U.S. adults in March. Of those surveyed, 62% said they distrust social media.', '62%', 'those surveyed', marks=GAP),
    ('A Gallup poll of 1,000 teachers found widespread burnout. About 44% of teachers said they often feel exhausted.', '44%', 'teachers'),
    ('Voters in Georgia remain split, according to a new poll. Among likely voters, 48% back the incumbent.', '48%', 'likely voters'),
    ('A survey of 2,000 small businesses found that 35% plan to raise prices this year.', '35%', 'small businesses'),   # (stop 61: subject.sampled)
    ('Most parents worry about screen time. In a survey by Common Sense Media, 71% of parents said their children spend too much time online.', '71%', 'parents'),
    # budget
    ('The state of Ohio will spend $2.4 billion on roads next year. The budget also includes $300 million for schools.', '$2.4 billion', 'Ohio'),
    ('Governor Maria Lopez signed a $45 billion budget on Friday. It raises spending on prisons by 6%.', '$45 billion', 'Maria Lopez'),
    ('The Pentagon has asked Congress for $886 billion for the coming fiscal year.', '$886 billion', 'Pentagon'),
    pytest.param('The city of Austin faces a $50 million shortfall. The city will cut 200 jobs to close the gap.', '200 jobs', 'Austin', marks=GAP),
    ("Britain's Treasury expects to borrow 87 billion pounds this year, down from 120 billion last year.", '87 billion pounds', 'Treasury'),
    ('The European Union agreed a 750 billion euro recovery fund in July.', '750 billion euro', 'European Union'),
    # court
    pytest.param('A federal jury in Texas ordered Apple to pay $500 million to a patent holder.', '$500 million', 'Apple', marks=GAP),
    ('Former mayor John Reyes was sentenced to 12 years in prison on Monday. He was convicted of taking $400,000 in bribes.', '$400,000', 'John Reyes'),
    ('The Supreme Court ruled 6-3 in favor of the state. The court has heard 58 cases this term.', '58 cases', 'Supreme Court'),
    # crime
    ('Murders in New York City fell 11% last year. The city recorded 386 homicides, the fewest since 2019.', '386 homicides', 'New York City'),
    ('Police in Houston seized 2,000 pounds of cocaine in a raid on Tuesday.', '2,000 pounds', 'Police in Houston'),
    pytest.param('Car thefts rose sharply in Denver. The city reported 15,000 stolen vehicles in 2023, up 40% from 2021.', '15,000', 'Denver', marks=GAP),
    # court
    ('Johnson & Johnson agreed to pay $8.9 billion to settle claims over its talc products.', '$8.9 billion', 'Johnson & Johnson'),
    # school
    ('The Chicago Public Schools district has 322,000 students. It plans to close 20 schools next year.', '20 schools', 'Chicago Public Schools'),
    ('Harvard University received 57,000 applications this year. The university admitted 3.4% of applicants.', '3.4%', 'Harvard University'),
    ("The county's 12 libraries lent out 1.3 million books last year.", '1.3 million', 'county'),
    ("Lincoln High School graduated 450 seniors on Saturday. The school's graduation rate rose to 92%.", '92%', 'Lincoln High School'),
    ('Teachers in Oregon earn an average salary of $68,000.', '$68,000', 'Teachers in Oregon'),
    # transport
    ('Amtrak carried 28.6 million passengers last year. The railroad plans to add 50 new trains by 2030.', '50 new trains', 'Amtrak'),
    ("Heathrow Airport handled 79 million passengers in 2023. It is Europe's busiest airport.", '79 million', 'Heathrow Airport'),
    ('The new subway line will cost $6 billion and carry 200,000 riders a day.', '$6 billion', 'subway line'),
    ('United Airlines ordered 100 Boeing 787 jets on Wednesday. The order is worth about $30 billion at list prices.', '100 Boeing 787 jets', 'United Airlines'),
    ('Traffic deaths in Texas rose to 4,480 last year, the highest in four decades.', '4,480', 'Texas'),
    # energy
    ('Saudi Arabia pumped 9 million barrels a day in June. The kingdom plans to raise output by 500,000 barrels a day.', '500,000 barrels', 'Saudi Arabia'),
    ('The Hoover Dam generates about 4 billion kilowatt-hours a year.', '4 billion kilowatt-hours', 'Hoover Dam'),
    ("Solar power supplied 18% of California's electricity in 2023.", '18%', 'Solar power'),
    ('ExxonMobil produced 3.7 million barrels of oil equivalent per day in the quarter. The company earned $9 billion.', '$9 billion', 'ExxonMobil'),
    ('Germany shut its last three nuclear plants in April. The country now gets 52% of its power from renewables.', '52%', 'Germany'),
    # climate
    ('Last year was the hottest on record. Global temperatures were 1.48 degrees Celsius above pre-industrial levels.', '1.48 degrees Celsius', 'Global temperatures'),
    ('Arctic sea ice shrank to 4.2 million square kilometers in September.', '4.2 million square kilometers', 'Arctic sea ice'),
    ('China emitted 11.4 billion tonnes of carbon dioxide in 2022, more than the U.S. and the EU combined.', '11.4 billion tonnes', 'China'),
    ('Wildfires in Canada burned 18 million hectares this summer. The fires forced 200,000 people to flee.', '18 million hectares', 'Wildfires in Canada'),
    # housing
    ('The median home price in Miami rose 9% to $580,000 in May.', '9%', 'Miami'),
    ('Home sales in the U.S. fell 3.4% in October. Existing homes sold at an annual rate of 3.79 million.', '3.4%', 'U.S.'),
    ('Rents in Boston have climbed 30% since 2019. A one-bedroom apartment now costs $3,100 a month.', '30%', 'Boston'),
    ('The developer plans to build 1,200 apartments on the site. About 20% of the units will be affordable.', '1,200 apartments', 'developer'),
    # sport
    pytest.param('Serena Williams won 23 Grand Slam singles titles. She retired in 2022 at the age of 40.', '23 Grand Slam singles titles', 'Serena Williams', marks=GAP),
    ('The Kansas City Chiefs beat the 49ers 25-22. Patrick Mahomes threw for 333 yards.', '333 yards', 'Patrick Mahomes'),
    ('Manchester City finished the season with 91 points. The club has won the title four years in a row.', '91 points', 'Manchester City'),
    ('Shohei Ohtani hit 54 home runs this season. He also stole 59 bases.', '59 bases', 'Shohei Ohtani'),
    ('The Boston Celtics won 64 games this season. The team has the best record in the league.', '64 games', 'Boston Celtics'),
    ('Usain Bolt ran the 100 meters in 9.58 seconds in Berlin in 2009.', '9.58 seconds', 'Usain Bolt'),
    ('Caitlin Clark scored 3,951 points in college, an NCAA record.', '3,951 points', 'Caitlin Clark'),
    # box
    ('Barbie earned $162 million in its opening weekend. The film has grossed $1.4 billion worldwide.', '$1.4 billion', 'Barbie'),
    ("Oppenheimer, Christopher Nolan's biopic, took in $82 million in North America.", '$82 million', 'Oppenheimer'),
    ("Taylor Swift's Eras Tour grossed more than $1 billion in 2023.", '$1 billion', 'Eras Tour'),
    # stream
    pytest.param('Netflix added 13 million subscribers in the fourth quarter. The streaming service now has 260 million members.', '260 million', 'Netflix', marks=GAP),
    ('Squid Game was watched for 1.65 billion hours in its first four weeks.', '1.65 billion hours', 'Squid Game'),
    # box
    ("Beyonce's Renaissance tour sold 2.7 million tickets.", '2.7 million tickets', 'Beyonce'),
    # profile
    ('Founded in 1998, the firm now employs 4,000 people in 30 countries.', '4,000 people', 'firm'),
    pytest.param('Patagonia was founded in 1973 by Yvon Chouinard. The company has annual sales of about $1.5 billion.', '$1.5 billion', 'Patagonia', marks=GAP),
    ('Based in Oslo, the startup has raised $40 million from investors.', '$40 million', 'startup'),
    ("Zara's parent Inditex operates 5,700 stores worldwide.", '5,700 stores', 'Inditex'),
    ('Costco opened its first warehouse in Seattle in 1983. Today it runs 870 warehouses and has 130 million members.', '870 warehouses', 'Costco'),
    ('The family-owned bakery, which opened in 1952, sells 5,000 loaves a week.', '5,000 loaves', 'bakery'),
    # obit
    # subject._apposed_name: the parse hangs 'studied' on 'the primatologist', set off after the name
    ('Jane Goodall, the primatologist, studied chimpanzees in Tanzania for 60 years. She was 91.', '91', 'Jane Goodall'),
    # the sentence before "He" is parsed (nlp.toml pronoun_openers), so its subject is there to take
    ('Robert Hale died on Sunday at his home in Vermont. He was 87.', '87', 'Robert Hale'),
    ('Born in Lagos in 1950, Okafor moved to London at the age of 19. He wrote 14 novels.', '14 novels', 'Okafor'),
    ('Ms. Chen served in the state senate for 22 years before retiring in 2015.', '22 years', 'Ms. Chen'),
    # local
    ('The Springfield Fire Department responded to 12,000 calls last year. The department has 140 firefighters.', '140 firefighters', 'Springfield Fire Department'),
    ('Maple County has 85,000 residents. Its population grew 6% over the past decade.', '6%', 'Maple County'),
    ("The town of Millbrook will spend $2 million to repair its water system. The town's 4,200 residents have been under a boil-water notice since June.", '4,200 residents', 'town'),
    ('The food bank served 30,000 families in 2023, up from 22,000 the year before.', '30,000 families', 'food bank'),
    ('The Riverside Zoo welcomed 1.1 million visitors last year. The zoo is home to 3,000 animals.', '3,000 animals', 'Riverside Zoo'),
    # list
    pytest.param('The top three sellers were Toyota, with 10.5 million vehicles, Volkswagen, with 9.2 million, and Hyundai, with 7.3 million.', '9.2 million', 'Volkswagen', marks=GAP),
    ('Texas added 430,000 jobs last year; Florida added 360,000; California added 250,000.', '360,000', 'Florida'),
    ('Among the largest banks, JPMorgan earned $49 billion and Bank of America earned $26 billion.', '$26 billion', 'Bank of America'),
    # back
    ('Walmart is the largest private employer in the U.S. It has 1.6 million workers in the country.', '1.6 million', 'Walmart'),
    ('Boeing delivered its first 737 Max in months. The company expects to build 38 planes a month by June.', '38 planes', 'Boeing'),
    ("Argentina is in deep crisis. The country's annual inflation hit 211% in December.", '211%', 'Argentina'),
    ('Nvidia has become a giant of the AI boom. Its market value passed $3 trillion in June.', '$3 trillion', 'Nvidia'),
    ('Spain hosted a record number of tourists last year. The country welcomed 85 million visitors.', '85 million', 'Spain'),
    ('Amazon plans to open a new warehouse in Ohio. The facility will employ 1,000 people.', '1,000 people', 'facility'),
    # unit
    pytest.param('Returns in USD were 8.2% for the year, the fund said.', '8.2%', 'fund', marks=GAP),
    ('The fund returned 7% in euro terms last year.', '7%', 'fund'),
    ('Priced in dollars, gold rose 13% this year.', '13%', 'gold'),
    ('The yuan fell 2.9% against the dollar in 2023.', '2.9%', 'yuan'),
    # owned
    ("Elon Musk's SpaceX launched 96 rockets last year.", '96 rockets', 'SpaceX'),
    ("Jeff Bezos's Blue Origin has spent $2 billion on its rocket program.", '$2 billion', 'Blue Origin'),
    ("Oprah Winfrey's book club has picked 100 novels since 1996.", '100 novels', 'Oprah Winfrey'),
    # event
    ('The Glastonbury Festival drew 210,000 people this year.', '210,000', 'Glastonbury Festival'),
    ('The Super Bowl drew 123 million viewers in February.', '123 million', 'Super Bowl'),
    ('The Paris Olympics sold 9.5 million tickets.', '9.5 million', 'Paris Olympics'),
    ('The Boston Marathon had 30,000 runners on Monday.', '30,000 runners', 'Boston Marathon'),
    # appos
    ('Kroger, the largest U.S. grocer, operates 2,700 supermarkets.', '2,700', 'Kroger'),
    ('The largest U.S. grocer, Kroger, operates 2,700 supermarkets.', '2,700', 'Kroger'),
    ('Maria Santos, a nurse in Phoenix, works 60 hours a week.', '60 hours', 'Maria Santos'),
    # which
    pytest.param('The plan was approved by the board of Acme, which has 12 members.', '12 members', 'board', marks=GAP),
    ('Lisbon, which drew 8 million visitors last year, is raising its tourist tax.', '8 million', 'Lisbon'),
    ('The Red Cross, which has 13 million volunteers, called for donations.', '13 million', 'Red Cross'),
    # oneof
    ("The Hilton in Midtown is one of the chain's 7,000 hotels.", '7,000 hotels', 'chain'),
    ('Ohio is one of 23 states that have legalized marijuana.', '23 states', 'Ohio'),
    ("Ann Lee is one of Acme's 300 engineers.", '300 engineers', 'Acme'),
    # coord
    ('Coca-Cola and PepsiCo spent a combined $8 billion on advertising.', '$8 billion', 'Coca-Cola and PepsiCo'),
    ('Acme cut 300 jobs and closed 4 plants last year.', '4 plants', 'Acme'),
    pytest.param('Sales rose 4% at Target and 6% at Walmart.', '6%', 'Walmart', marks=GAP),
    ('The airline carried 40 million passengers and earned $2 billion.', '$2 billion', 'airline'),
]


@pytest.mark.parametrize("text,figure,subject", NEWS_PARAGRAPHS)
def test_assemble_subject_battery_of_news_paragraphs(nlp, text, figure, subject):
    test_assemble_subject_battery_of_news_forms(nlp, text, figure, subject)


# "those" alone points back and is none.
SUBJECT_EXAMPLES.extend([
    ("Prices rose 5%, and 30% of those were food.", "30%", None),
])


# Review 15j (invented inputs, none from a dev set) on the round 8 subject rules: each row holds main's
# subject or a better one (after _last_actor, the "its" branch and _defined_those were reverted and
# _owned_name / _set_off_name_of narrowed); exact, so a carried subject or none stays as it is. Since
# subject._previous_subject, three of these take the pronoun's antecedent (the Vision Pro, Gemini, the CHIPS Act);
# the rest keep main's none or carried subject (an object of the pronoun's number leaves it none). Findings
# 1-2, 11-12 ("it" after a report/launch/dummy/person sentence), 3-5 ("its"), 6-7 and 13 (owned names),
# 8-10 (defined "those"), 14 (a set-off name with a number).
SUBJECT_EXAMPLES.extend([
    ('Acme posted record sales of $4 billion in 2023. Reuters reported the results on Monday. It expects sales of $5 billion next year.', '$5 billion', 'Acme'),
    ('Tesla delivered 400,000 cars in the quarter. Bloomberg first reported the figures on Tuesday. It plans to build 2 million cars next year.', '2 million cars', 'Tesla'),
    pytest.param('Acme raised $40 million in March. Goldman Sachs advised on the deal in March. It now employs 300 people.', '300 people', 'Acme', marks=GAP),   # 'Goldman Sachs': the sentence before's subject, an adviser on the side
    ('Apple unveiled the Vision Pro in June. It costs $3,499.', '$3,499', 'Vision Pro'),
    ('NASA launched the Artemis rocket in November. It stands 98 meters tall.', '98 meters', None),
    ('Ford announced a new plant in Kentucky. It will employ 5,000 workers.', '5,000 workers', None),
    ('Tesla opened a factory in Berlin in March. It can build 500,000 cars a year.', '500,000 cars a year', None),
    ('Google announced Gemini in December. It scored 90% on the MMLU test.', '90%', 'Gemini'),
    ('Congress passed the CHIPS Act in August. It provides $52 billion for chipmakers.', '$52 billion', 'CHIPS Act'),
    ('Microsoft said on Tuesday that the outage was over. It lasted 9 hours.', '9 hours', None),
    ('Amazon reported results in New York on Thursday. It takes about 2 days to ship an order.', '2 days', None),
    pytest.param('Real Madrid signed Kylian Mbappe in June. It cost the club €100 million.', '€100 million', None, marks=GAP),   # 'Kylian Mbappe': the signed name, which the recogniser does not call a person; the signing cost it
    ('Acme sold 40 trucks in May. Investors fear that its margins will shrink by 2 points.', '2 points', 'Acme'),
    ('Boeing delivered 40 jets in May. Regulators said its safety record had improved by 20%.', '20%', 'Boeing'),
    ('The Fed raised rates to 5.5% in July. Economists expect its next move to be a cut of 0.25 points.', '0.25 points', 'Fed'),
    ('Acme, which Globex bought in 2020, said its sales rose 5%.', '5%', 'Acme'),
    ('Walmart sold 40 trucks in May. The company said its revenue rose 8% to $4 billion.', '$4 billion', 'Walmart'),
    ('Police arrested 12 people in Leeds. The force said its officers seized 3 kilograms of cocaine.', '3 kilograms', 'Police'),
    ('Acme opened in 1998. Its rival Globex now has 300 stores.', '300 stores', None),
    ('Acme opened in 1998. Its parent company owns 300 stores.', '300 stores', None),
    ('Acme hired 300 engineers in 2022. Its Board approved a $2 billion buyback on Monday.', '$2 billion', 'Acme'),
    ('Acme hired 300 engineers in 2022. Its Chief Executive earns $12 million a year.', '$12 million a year', 'Acme'),
    ('Globex opened 12 stores in 2023. Their Annual Report lists 4,000 employees.', '4,000 employees', 'Globex'),
    ("Trump's Tariffs Could Cost Families $2,000 a Year", '$2,000', 'Trump'),
    ("Acme's Fiscal 2024 Revenue rose 12%.", '12%', 'Acme'),
    ("The nation's Gross Domestic Product grew 3% in 2023.", '3%', 'nation'),
    # (these two were None, main's subject then: the parse ran the group past its comma; since this stop's
    # _defined_group stops at the comma, they are the group the share is of, as the claims-dev gold writes it)
    ('Of those who smoked, 12% developed cancer.', '12%', 'those who smoked'),
    ('Of those who travel abroad, 30% book online.', '30%', 'those who travel abroad'),
    ('Of those surveyed in 2019, 40% owned a car; of those surveyed this year, 55% did.', '40%', None),
    ('Of those surveyed in 2019, 40% owned a car; of those surveyed this year, 55% did.', '55%', None),
    ('Of those surveyed, half said prices had risen by 10%.', '10%', None),
    ('Acme sold 2 million cars last year. About 40% of those sold in Europe were electric.', '40%', 'Europe'),
    ('The police recovered 300 guns. Of those seized in the raid, 40% were stolen.', '40%', 'police'),
    ('Smith joined the club in May. It has 300 members.', '300 members', None),
    ('Musk bought Twitter in October. It cost him $44 billion.', '$44 billion', None),
    ('Apple sued Epic in California in 2020. It sought $1 billion in damages.', '$1 billion', None),
    pytest.param("This year's Tour de France covers 3,500 kilometers.", '3,500 kilometers', 'Tour de France', marks=GAP),   # main: 'year'
    ('The index, the FTSE 100, fell 2% on Monday.', '2%', 'index'),
])
# Multi-paragraph news passages, invented for round 15 (not from any data set): a lede that names an
# agency, a company, a poll or a study, then paragraphs of its figures, quotes over two sentences, a second
# source, the outlet's own figures. [[figure|source|form]] marks each figure with the source CONVENTIONS.md
# gives it ("" = the outlet's own; "A/B": either name agrees, by the scorer's Dice >= 0.5 of words) and
# its form: a carry within a paragraph of one attributed data set, b carry in a continuing quotation or
# reported speech, c the writer's own figures or a change of topic, d a sentence-level form, e outlet vs
# source ("told CNN"). Figures the branch does not get right yet are strict xfails (NEWS_PASSAGES_OPEN),
# so a fix shows as an XPASS to move out of that list.
NEWS_PASSAGES = [
    ('econ-jobs', 'The U.S. economy added [[254,000 jobs|Labor Department|d]] in September, the Labor Department said on Friday, far more than economists had expected.\n\nThe unemployment rate fell to [[4.1%|Labor Department|a]] from [[4.2%|Labor Department|a]] in August, the department said. Average hourly earnings rose [[0.4%|Labor Department/department|a]] from the previous month.\n\nStocks rallied on the news. The S&P 500 rose [[0.9%||c]] and the yield on the 10-year Treasury note climbed to [[3.98%||c]].\n\n"This is a very strong report," said Ann Lee, chief economist at Acme Bank. "We now expect the Fed to cut by only [[25 basis points|Ann Lee|b]] in November."\n'),
    ('econ-cpi', 'Consumer prices in the euro zone rose [[2.2%|Eurostat/flash estimate from Eurostat|d]] in August from a year earlier, according to a flash estimate from Eurostat.\n\nCore inflation, which strips out food and energy, eased to [[2.8%|Eurostat/statistics agency|a]], the statistics agency said. Services inflation stayed at [[4.2%|Eurostat/statistics agency|a]].\n\nThe European Central Bank raised rates [[10 times||c]] between 2022 and 2023 and has cut only [[once||c]] since.\n'),
    ('earn-retail', 'Acme Corp reported a [[12%|Acme Corp|d]] rise in third-quarter profit on Tuesday as shoppers returned to its stores.\n\nNet income rose to [[$1.2 billion|Acme Corp/company|a]], or [[$2.10 a share|Acme Corp/company|a]], the company said in a statement. Revenue grew [[5%|Acme Corp/company|a]] to [[$18.4 billion|Acme Corp/company|a]].\n\nAnalysts polled by LSEG had expected earnings of [[$1.95 a share|Analysts polled by LSEG|d]].\n\nShares of Acme, which have gained [[30%||c]] this year, rose [[4%||c]] in early trading.\n'),
    ('earn-tech', 'Globex said on Thursday that its cloud revenue jumped [[28%|Globex|d]] in the quarter, beating forecasts.\n\n"Demand for our AI services has never been higher," Chief Executive Bo Chen told analysts on a call. "We added [[1,200 new customers|Bo Chen|b]] in the quarter alone, and [[40%|Bo Chen|b]] of them are first-time buyers."\n\nThe company forecast fourth-quarter revenue of [[$9.5 billion|Globex|d]], above the [[$9.1 billion|LSEG|d]] analysts expected, according to LSEG data.\n\nGlobex employs about [[70,000 people||c]] worldwide.\n'),
    ('poll-election', 'Senator Maria Ortiz leads her Republican rival by [[6 points|Quinnipiac University poll|d]] among likely voters, a new Quinnipiac University poll found.\n\nOrtiz has [[49%|Quinnipiac University poll|a]] support to [[43%|Quinnipiac University poll|a]] for Tom Hale, with [[8%|Quinnipiac University poll|a]] undecided. The poll of [[1,150 likely voters|Quinnipiac University poll|a]] has a margin of error of [[2.9 percentage points|Quinnipiac University poll|a]].\n\nOrtiz won the seat in 2018 by [[11 points||c]].\n'),
    ('poll-survey', 'More than half of American adults, [[54%|Pew Research Center|d]], say they worry about their household finances, according to a Pew Research Center survey released on Wednesday.\n\nThe survey found that [[38%|Pew Research Center/survey|d]] of adults under 30 have skipped a meal to save money. Among those over 65, the share was [[12%|Pew Research Center/survey|a]].\n\nPew surveyed [[5,100 adults|Pew|a]] in early March.\n'),
    ('health-study', 'People who walk [[7,000 steps|study|d]] a day have a [[47%|study|d]] lower risk of dying early than those who walk less, a study published in The Lancet found.\n\nThe researchers followed [[160,000 adults|researchers|d]] for an average of [[six years|researchers|a]]. Benefits leveled off at about [[10,000 steps|researchers|a]], they said.\n\n"Even small increases help," said Dr. Ana Ruiz, the study\'s lead author. "Going from [[2,000 to 4,000 steps|Dr. Ana Ruiz|b]] already makes a difference."\n\nThe average American takes about [[4,800 steps||c]] a day.\n'),
    ('health-cdc', 'Flu hospitalizations climbed to [[19,500|CDC/Centers for Disease Control and Prevention|d]] last week, the highest this season, the Centers for Disease Control and Prevention said.\n\nThe CDC estimates that at least [[9 million|CDC|d]] people have fallen ill with flu this season and [[4,800|CDC|a]] have died. Children account for [[14%|CDC/agency|a]] of hospital admissions, the agency said.\n\nOnly [[45%||c]] of adults have had a flu shot, down from [[49%||c]] last year.\n'),
    ('crime-fbi', 'Violent crime fell [[3%|FBI|d]] in 2023, the FBI said in its annual report on Monday.\n\nMurders dropped [[11.6%|FBI|a]], the largest one-year decline on record, while robberies fell [[0.3%|FBI|a]]. Property crime declined [[2.4%|FBI/report|a]], according to the report.\n\nThe data cover [[16,000 law enforcement agencies|FBI|a]], which serve [[94%|FBI|a]] of the population.\n\nPolice chief Dan Moore said the city had hired [[150 officers|Dan Moore|e]] since January.\n'),
    ('crime-city', 'Shootings in Chicago fell [[20%|police department/police department data|d]] in the first half of the year, police department data show.\n\nThere were [[1,050 shooting incidents|police department|a]] through June, compared with [[1,310|police department|a]] a year earlier. Homicides dropped to [[260|police department|a]].\n\nMayor Kim Park credited a program that put [[400 more officers||c]] on the street. "We are not done," Park said. "Our goal is [[another 15% drop|Kim Park|b]] next year."\n'),
    ('budget-gov', 'The government will spend [[$6.8 trillion|White House|d]] next year under a budget the White House released on Monday.\n\nThe plan projects a deficit of [[$1.8 trillion|plan|d]], or [[6.1%|plan|a]] of gross domestic product. It would raise taxes on households earning more than [[$400,000||a]] a year.\n\nCongress passed a [[$1.2 trillion||c]] spending package in March.\n'),
    ('budget-cbo', "The federal deficit will reach [[$1.9 trillion|Congressional Budget Office|d]] this year, the Congressional Budget Office projected on Tuesday.\n\nDebt held by the public will rise to [[122%|CBO|a]] of GDP by 2034, the CBO said. Interest costs alone will top [[$1 trillion|CBO|a]] next year.\n\nThe estimate is [[$400 billion||c]] higher than the office's February forecast.\n"),
    ('weather-nws', 'Hurricane Ida made landfall with winds of [[150 mph|National Hurricane Center|d]], the National Hurricane Center said.\n\nThe storm could bring up to [[20 inches|National Weather Service|d]] of rain to parts of Louisiana, the National Weather Service warned. A storm surge of [[12 feet|National Weather Service|a]] was possible near the coast.\n\nMore than [[1 million homes|PowerOutage.us|d]] lost power, according to PowerOutage.us.\n'),
    ('weather-met', 'Last month was the warmest June on record in the UK, the Met Office said, with an average temperature of [[17.0C|Met Office|a]].\n\nThat beat the previous record, set in 1940 and 1976, by [[0.9C|Met Office/forecaster|a]], the forecaster said. Rainfall was [[68%|Met Office/forecaster|a]] of the average.\n\n"Climate change is loading the dice," said Met Office scientist Tom Reed. "A June this hot is now [[twice|Tom Reed|b]] as likely as it was in 1940."\n'),
    ('sport-fifa', "The World Cup in Qatar was watched by [[5 billion people|FIFA|d]], FIFA said on Tuesday.\n\nThe final between Argentina and France drew [[1.5 billion viewers|FIFA/governing body|a]], the governing body said. The tournament's [[64 matches|FIFA/governing body|a]] were attended by [[3.4 million fans|FIFA/governing body|a]].\n\nArgentina won on penalties after a [[3-3||c]] draw.\n"),
    ('sport-league', 'The NFL will expand its regular season to [[18 games|NFL/league officials|d]] from 2026, league officials said.\n\nCommissioner Roger Dell told reporters that revenue had reached [[$20 billion|Roger Dell|e]] last season. "We have [[32 teams|Roger Dell|b]] and every one of them is profitable," he said.\n\nThe Chiefs have won [[three||c]] of the last five Super Bowls.\n'),
    ('thinktank', 'Child poverty rose to [[13.7%|Urban Institute|d]] last year, more than double its 2021 level, according to a report from the Urban Institute.\n\nThe report found that [[9.5 million children|report|d]] lived in poverty. Black and Hispanic children were [[twice|report|a]] as likely as white children to be poor, it said.\n\nThe expanded child tax credit, which expired in 2021, paid families up to [[$3,600||c]] per child.\n'),
    ('court-filing', "Acme is seeking [[$2 billion|Acme/lawsuit|d]] in damages from Globex, according to a lawsuit filed on Monday in federal court.\n\nThe complaint says Globex copied [[14 patents|complaint|d]] and hired [[30 engineers|complaint|a]] from Acme's research unit in 2022.\n\nGlobex said in a statement that the claims were without merit. Its shares fell [[2%||c]].\n"),
    ('wire-reuters', 'The company plans to cut [[1,500 jobs|Reuters|d]], or about [[8%|Reuters|d]] of its workforce, Reuters reported, citing two people familiar with the matter.\n\nThe cuts would save about [[$300 million|Reuters/report|a]] a year, the report said.\n\nAcme declined to comment. Its stock has fallen [[25%||c]] since January.\n'),
    ('wire-told', 'Globex is in talks to buy Initech for about [[$4 billion|people familiar with the matter|d]], people familiar with the matter said.\n\nBo Chen, Globex\'s finance chief, told Reuters the company had [[$10 billion|Bo Chen|e]] in cash available for deals. "We can move fast," he said.\n\nInitech\'s shares jumped [[18%||c]] on the report.\n'),
    ('data-show', 'Home prices rose [[5.9%|S&P CoreLogic Case-Shiller|d]] in the year to July, S&P CoreLogic Case-Shiller data showed on Tuesday.\n\nNew York led with a [[8.8%|S&P CoreLogic Case-Shiller|a]] gain, followed by Chicago at [[8.2%|S&P CoreLogic Case-Shiller|a]]. Portland was the weakest, with prices up [[0.5%|S&P CoreLogic Case-Shiller|a]].\n\nMortgage rates averaged [[6.2%|Freddie Mac|d]] last week, according to Freddie Mac.\n'),
    ('per-x', 'Sales of electric vehicles rose [[35%|BloombergNEF|d]] last year, per BloombergNEF.\n\nChina accounted for [[60%|BloombergNEF|a]] of global sales, per the research firm, and Europe for [[25%|BloombergNEF|a]].\n\nTesla sold [[1.8 million cars||c]] in 2023.\n'),
    ('source-note', 'Median rent in Austin fell to [[$1,550|Zillow|d]] in May (Source: Zillow).\n\nRents are down [[7%||c]] from their peak in 2022, when the city added [[20,000 apartments||c]].\n'),
    ('it-found', 'A report by the International Energy Agency released on Thursday said global oil demand would peak by 2029.\n\nIt found that demand would reach [[105.6 million barrels a day|International Energy Agency|d]] before falling. Supply capacity would rise to [[114 million barrels a day|International Energy Agency/report|a]], the report said.\n\nOil prices fell [[2%||c]] after its release.\n'),
    ('figures-from', 'Figures from the Office for National Statistics showed that UK inflation fell to [[2.2%|Office for National Statistics/Figures from the Office for National Statistics|d]] in July.\n\nFood prices rose [[1.5%|Office for National Statistics|a]] over the year, the lowest since 2021. Energy bills fell [[11%|Office for National Statistics|a]].\n\nThe Bank of England cut rates to [[5%||c]] in August.\n'),
    ('survey-found', "Gallup's survey found that [[62%|Gallup|d]] of Americans are satisfied with their jobs.\n\nWorkers under 35 were the least satisfied, at [[48%|Gallup|a]]. Gallup interviewed [[13,000 workers|Gallup|a]] in May.\n\nJob openings stood at [[8 million||c]] in June.\n"),
    ('headline', 'IMF: World economy to grow [[3.2%|IMF|d]] this year\n\nThe International Monetary Fund kept its growth forecast unchanged at [[3.2%|International Monetary Fund|d]] for this year and raised it to [[3.3%|International Monetary Fund|a]] for next year.\n\nThe U.S. economy will grow [[2.8%|IMF/fund|a]], the fund said, while China will grow [[4.8%|IMF/fund|a]].\n'),
    ('quote-two', '"Our revenue doubled to [[$40 million|Ann Lee|b]] last year," said Ann Lee, who founded the startup in 2019. "We expect to hire [[50 people|Ann Lee|b]] by the summer."\n\nLee said the company now had [[12,000 customers|Ann Lee|b]] in [[30 countries|Ann Lee|b]].\n\nThe startup raised [[$15 million||c]] in March from investors.\n'),
    ('reported-speech', 'The finance minister, Rosa Diaz, said on Wednesday that the economy would grow [[2.5%|Rosa Diaz/finance minister, Rosa Diaz|d]] next year.\n\nShe said the deficit would narrow to [[3%|Rosa Diaz/finance minister, Rosa Diaz|b]] of GDP and that [[200,000 jobs|Rosa Diaz/finance minister, Rosa Diaz|b]] would be created.\n\nDiaz added that the government would spend [[$5 billion|Rosa Diaz/finance minister, Rosa Diaz|b]] on roads.\n\nOpposition leader Sam Hill said the plan would add [[$20 billion|Sam Hill|d]] to debt.\n'),
    ('second-source', 'A study by Harvard researchers found that [[30%|Harvard researchers/study by Harvard researchers|d]] of teenagers sleep less than [[seven hours|Harvard researchers/study by Harvard researchers|a]] a night.\n\nA separate survey by the National Sleep Foundation found that [[45%|National Sleep Foundation|d]] of adults feel tired during the day.\n\nExperts recommend at least [[eight hours|Experts|d]] for teenagers.\n'),
    ('topic-change', 'Exports from Germany fell [[1.2%|Federal Statistical Office|d]] in May, the Federal Statistical Office said.\n\nImports rose [[0.6%|Federal Statistical Office|a]], the office said.\n\nMeanwhile, the DAX index rose [[1.1%||c]] on Friday, and the euro gained [[0.3%||c]] against the dollar.\n'),
    ('spokesperson', 'A spokesperson for the Department of Health said [[3,000 new nurses|spokesperson|d]] had been hired this year. "That brings the total to [[45,000|spokesperson|b]]," the spokesperson said.\n\nHospitals still have [[8,000 vacancies||c]].\n'),
    ('told-outlet', 'Ann Lee, a spokeswoman for the airline, told CNN that [[400 flights|Ann Lee|e]] had been cancelled.\n\nThe airline carries about [[50,000 passengers||c]] a day.\n'),
    ('agency-study', 'A new study from the University of Michigan estimates that [[1 in 5|University of Michigan|d]] adults has long COVID symptoms.\n\nThe researchers surveyed [[3,000 adults|researchers|a]] and found that symptoms lasted an average of [[9 months|researchers|a]].\n'),
    ('report-said-ln', 'A report released by the World Bank on Tuesday said global growth would slow to [[2.4%|World Bank|d]] this year.\n\nDeveloping economies will grow [[3.9%|World Bank/report|a]], the report said. Growth in the euro area will be just [[0.7%|World Bank/report|a]].\n\nLast year global growth was [[2.6%||c]].\n'),
    ('data-released', 'Retail sales rose [[0.7%|Commerce Department|d]] in July, data released by the Commerce Department on Thursday showed.\n\nSales at car dealers jumped [[3.6%|Commerce Department|a]], while sales at gas stations fell [[0.1%|Commerce Department|a]].\n\nEconomists polled by Reuters had forecast a [[0.3%|Economists polled by Reuters|d]] rise.\n'),
    ('union-said', 'The union said [[30,000 workers|union|d]] would strike from Monday if no deal was reached.\n\nUnion leader Joe Kerr said members wanted a [[40%|Joe Kerr|d]] raise over four years. "Our members have waited [[10 years|Joe Kerr|b]] for this," Kerr said.\n\nBoeing offered a [[25%||c]] raise last week.\n'),
    ('insurance', "Insured losses from natural disasters reached [[$108 billion|Swiss Re|d]] last year, Swiss Re estimated in a report on Tuesday.\n\nSevere thunderstorms caused [[$60 billion|Swiss Re/reinsurer|a]] of the losses, the reinsurer said, a record.\n\nSwiss Re's shares rose [[1%||c]].\n"),
    ('estimates', 'About [[8.1 million|Bureau of Labor Statistics|d]] job openings were reported in June, the Bureau of Labor Statistics estimates.\n\nHires rose to [[5.3 million|Bureau of Labor Statistics|a]], while quits were little changed at [[3.4 million|Bureau of Labor Statistics|a]], the bureau said.\n'),
    ('tally', 'At least [[42 people|officials|d]] were killed in the floods, officials said on Sunday, and [[12|officials|a]] were missing.\n\nRescue teams have evacuated more than [[5,000 residents|officials|a]], officials said.\n\nThe region received [[300 millimetres||c]] of rain in two days.\n'),
    # round 16 (invented): a document cited at the end of a paragraph's data (a: CONVENTIONS (c) gives it the
    # earlier figures too; main leaves them the writer's, strict xfails since cited_back was reverted, review16r)
    # and its near misses, where the earlier figures stay the writer's (c); claim verbs, 'reportedly' (d)
    ('r16-end-report', 'In 2023, Brightline carried [[2.1 million passengers|ridership report by the state transit agency|a]], up [[25%|ridership report by the state transit agency|a]], and ran [[14,000 trips|ridership report by the state transit agency|a]]. Its trains arrived on time [[93%|ridership report by the state transit agency|a]] of the time, according to a ridership report by the state transit agency.\n\nThe line opened in 2018.\n'),
    ('r16-end-data', 'Coffee imports to Japan fell [[8%|customs data|a]] in the first half of the year to [[190,000 tonnes|customs data|a]]. Brazil supplied [[41%|customs data|a]] of them, according to customs data.\n'),
    ('r16-end-study', 'Last year the county recorded [[312 overdose deaths|annual study by the health department|a]], up from [[268|annual study by the health department|a]] the year before. Fentanyl was involved in [[74%|annual study by the health department|a]] of them, according to an annual study by the health department.\n'),
    ('r16-end-figures', 'Acme shipped [[4.6 million phones|IDC|a]] in the third quarter, a [[9%|IDC|a]] increase. Its market share rose to [[14%|IDC|a]], according to figures from IDC.\n\nShares of Acme rose [[2%||c]] on Friday.\n'),
    ('r16-end-survey', 'Wineries in the valley produced [[1.2 million cases|survey by the growers association|a]] in 2022. The harvest averaged [[3.4 tons|survey by the growers association|a]] an acre, according to a survey by the growers association.\n'),
    ('r16-nm-analysts', "Acme's revenue rose [[9%||c]] to [[$4.2 billion||c]] in the quarter. Analysts had expected [[$4.0 billion|FactSet|d]], according to FactSet.\n"),
    ('r16-nm-background', 'The city has [[40 parks||c]] and [[three public pools||c]]. About [[12%|survey by the parks department|d]] of residents visited a pool last summer, according to a survey by the parks department.\n'),
    ('r16-nm-quote-first', '"We sold [[500 homes|Ann Lee|b]] this year," said Ann Lee, a broker in Austin. Prices rose [[6%|Zillow|d]] over the year, according to Zillow.\n'),
    ('r16-nm-writer', 'I paid [[$40||c]] for my ticket last month. The average fare was [[$52|Expedia|d]], according to Expedia.\n'),
    ('r16-nm-forecast', 'Prices could rise another [[10%||c]] next year. Home values rose [[5%|Zillow|d]] last year, according to Zillow.\n'),
    ('r16-nm-other-actor', 'Tesla sold [[1.8 million cars||c]] last year. BYD sold [[3 million|Bloomberg data|d]], according to Bloomberg data.\n'),
    ('r16-nm-front', 'Acme sold [[40 trucks||c]] in May. According to a report by Globex, the truck market grew [[3%|Globex|d]] in May.\n'),
    ('r16-nm-other-para', 'Acme sold [[40 trucks||c]] in May.\n\nThe truck market grew [[3%|report by Globex|d]], according to a report by Globex.\n'),
    ('r16-nm-date', 'The plant opened in [[1998||c]] and employs [[600 people||c]]. It produced [[2,000 tonnes|company filing|d]] of steel last year, according to a company filing.\n'),
    ('r16-nm-question', 'How much did Acme earn? Its profit was [[$12 million||c]] in 2022. In 2023 it earned [[$15 million|filing|d]], according to a filing.\n'),
    ('r16-nm-speaker-end', 'Acme sold [[40 trucks||c]] in May. It sold [[52|Ann Lee|d]] in June, said Ann Lee, its sales chief.\n'),
    ('r16-nm-other-topic', 'Acme hired [[300 workers||c]] last year. Steel prices rose [[20%|report by the World Steel Association|d]] last year, according to a report by the World Steel Association.\n'),
    ('r16-nm-boast-org', 'Globex Energy boasts window panels that convert [[15%||c]] of sunlight into power. The panels cost about [[$400||c]] each at retail.\n'),
    ('r16-brag', 'The senator brags about [[2 million new jobs|senator|d]] in his campaign ads.\n'),
    ('r16-tout', 'The company touts battery life of [[20 hours|company|d]] for its new laptop.\n'),
    ('r16-nm-boast-company', 'The company boasts [[40,000 employees||c]] in 12 countries.\n'),
    ('r16-nm-boast-past', 'In 2024, Acme Foods boasted sales of [[$40 million||c]].\n'),
    ('r16-nm-boast-thing', 'The hotel boasts a rooftop pool and [[200 rooms||c]].\n'),
    ('r16-nm-boast-place', 'Texas boasts [[254 counties||c]], more than any other state.\n'),
    ('r16-nm-claims-noun', 'Insurers paid [[$3 billion||c]] in claims last year, and Acme received [[400 claims||c]] in March.\n'),
    ('r16-reportedly', 'The deal has reportedly been valued at [[$2 billion|reportedly|d]].\n'),
    ('r16-reportedly-2', 'Globex is reportedly paying [[$40 million|reportedly|d]] for the site. The company has [[300 staff||c]].\n'),
    ('r16-nm-reportedly-other', 'The CEO reportedly left the company in March, and the firm now employs [[300 people||c]].\n'),
    ('r16-nm-counted', 'Acme counted its blessings after profit rose [[5%||c]].\n'),
    ('r16-end-data-bare', 'Coffee imports to Japan fell [[8%|customs data|a]] in the first half to [[190,000 tonnes|customs data|a]]. Shipments from Brazil made up [[41%|customs data|a]] of the total, according to customs data.\n'),
    ('r16-in-survey', 'In a survey by the Acme Institute, [[40%|survey by the Acme Institute|d]] of drivers said they speed. Women were less likely to, at [[31%|survey by the Acme Institute|a]].\n\nCar sales rose [[3%||c]] in May.\n'),
    ('r16-in-census', 'In the 2021 census, [[74%|2021 census|d]] of residents said they were born in the country.\n'),
    ('r16-nm-in-review', 'In this review, the battery lasted [[10 hours||c]] on a charge.\n'),
    ('r16-nm-in-our', 'In our survey, [[40%||c]] of readers said they liked the new design.\n'),
    ('r16-nm-study-area', 'In the study area, [[40 trees||c]] were cut last year.\n'),
]
NEWS_PASSAGES_OPEN = {
    # a document cited after its figures at the end of a paragraph sources only its own sentence: cited_back
    # (58977f8), which carried it back, gave 55 wrong sources against 11 right on review16r's paragraphs
    # (background, prices, scores, other entities read as one data set) and was reverted
    ('r16-end-report', '2.1 million passengers'), ('r16-end-report', '25%'), ('r16-end-report', '14,000 trips'),
    ('r16-end-data', '8%'), ('r16-end-data', '190,000 tonnes'),
    ('r16-end-study', '312 overdose deaths'), ('r16-end-study', '268'),
    ('r16-end-figures', '4.6 million phones'), ('r16-end-figures', '9%'),
    ('r16-end-survey', '1.2 million cases'),
    ('r16-end-data-bare', '8%'),
    ('r16-end-data-bare', '190,000 tonnes'),
    ('agency-study', '3,000 adults'),
    ('budget-gov', '$1.8 trillion'),
    ('budget-gov', '$6.8 trillion'),
    ('budget-gov', '6.1%'),
    ('court-filing', '$2 billion'),
    ('court-filing', '14 patents'),
    ('court-filing', '30 engineers'),
    ('crime-city', '1,050 shooting incidents'),
    ('crime-city', '1,310'),
    ('crime-city', '260'),
    ('crime-fbi', '0.3%'),
    ('crime-fbi', '11.6%'),
    ('crime-fbi', '16,000 law enforcement agencies'),
    ('crime-fbi', '94%'),
    ('data-released', '0.1%'),
    ('data-released', '3.6%'),
    ('data-show', '0.5%'),
    ('data-show', '8.2%'),
    ('data-show', '8.8%'),
    ('earn-tech', '$9.5 billion'),
    ('econ-cpi', 'once'),
    ('estimates', '8.1 million'),
    ('figures-from', '1.5%'),
    ('figures-from', '11%'),
    ('headline', '3.2%'),
    ('headline', '3.3%'),
    ('health-study', '10,000 steps'),   # "..., they said" after "The researchers followed 160,000 adults": two groups
    ('health-study', '160,000 adults'),
    ('health-study', 'six years'),
    ('insurance', '$60 billion'),
    ('it-found', '105.6 million barrels a day'),
    ('per-x', '25%'),
    ('per-x', '60%'),
    ('poll-election', '1,150 likely voters'),
    ('poll-election', '2.9 percentage points'),
    ('poll-election', '43%'),
    ('poll-election', '49%'),
    ('poll-election', '8%'),
    ('poll-survey', '5,100 adults'),
    ('source-note', '$1,550'),
    ('sport-fifa', '1.5 billion viewers'),
    ('sport-fifa', '3-3'),
    ('sport-fifa', '3.4 million fans'),
    ('sport-fifa', '64 matches'),
    ('survey-found', '13,000 workers'),
    ('survey-found', '48%'),
    ('weather-met', '0.9C'),
    ('weather-met', '68%'),
}
_PASSAGE_MARK = re.compile(r"\[\[(.+?)\|(.*?)\|([a-e])\]\]")


def _passage_figures():
    """(beat, text, start, end, quote, wanted sources, form) for every marked figure."""
    rows = []
    for beat, raw in NEWS_PASSAGES:
        text, figures, pos = "", [], 0
        for m in _PASSAGE_MARK.finditer(raw):
            text += raw[pos:m.start()]
            figures.append((len(text), len(text) + len(m.group(1)), m.group(1), m.group(2), m.group(3)))
            text += m.group(1)
            pos = m.end()
        text += raw[pos:]
        rows += [(beat, text, *f) for f in figures]
    return rows


@functools.cache
def _claims_of(text: str, published: str | None = None) -> tuple:
    """An invented input's records, extracted once for all its figures' rows: an input written as
    HTML ("<p>...") through extract() inside an article, plain text through extract_text()."""
    from extractor import extract_text
    from extractor.pipeline import extract

    if text.startswith("<"):
        return tuple(extract("<html><body><article>" + text + "</article></body></html>"))
    return tuple(extract_text(text, published=published))


@pytest.mark.parametrize("beat,text,start,end,quote,want,form", [
    pytest.param(*row, marks=[pytest.mark.xfail(strict=True, reason="open form")] if (row[0], row[4]) in NEWS_PASSAGES_OPEN
                 else [], id=f"{row[0]}-{row[6]}-{row[4]}") for row in _passage_figures()])
def test_assemble_source_of_figures_in_multi_paragraph_news_passages(nlp, beat, text, start, end, quote, want, form):
    claim = next((c for c in _claims_of(text) if c.start < end and start < c.end), None)
    assert claim is not None, f"{beat}: no record for {quote!r}"
    got = claim.source.text if claim.source else None
    if not want:
        assert got is None, f"{beat}: {quote!r} is the outlet's own, got source {got!r}"
        return
    assert any(_same_words(got or "", w) for w in want.split("/")), f"{beat}: {quote!r} wants {want!r}, got {got!r}"


# review15s: the reviewer's invented inputs on the body data-set carry (/tmp/rv15s_w c1-c7), each figure with
# main's source or, where CONVENTIONS (c) gives the body's data set, the body (17 figures); a figure still
# carried where main gave none is a strict xfail (OPEN), so a fix shows as an XPASS. HTML inputs go through
# extract(), the rest through extract_text(); a quote that occurs twice in an input is left out.
REVIEW15_SOURCE = [
    ('c1-0', 'The company said revenue rose 8% in the third quarter. The stock has fallen 30% this year.',
     {'8%': 'company', '30%': None}),
    ('c1-1', 'Globex said it sold 4 million phones in the quarter. The iPhone 15 costs $799 in the US.',
     {'4 million phones': 'Globex', '$799': None}),
    ('c1-2', 'The ministry said inflation eased to 2.1% in March. Economists expect rates to be cut twice next year, to 3.5%.',
     {'2.1%': 'ministry', 'twice': 'Economists', '3.5%': 'Economists'}),
    ('c1-3', 'The central bank said inflation eased to 2.1% in March. Rates will probably fall to 3.5% by December.',
     {'2.1%': 'central bank', '3.5%': None}),
    ('c1-4', 'The league said attendance rose 4% last season. The Lakers won 47 games and lost 35.',
     {'4%': None, '47 games': None, '35': None}),
    ('c1-5', 'Police said 12 people were arrested on Saturday. The stadium holds 60,000 fans.',
     {'12 people': 'Police', '60,000 fans': None}),
    ('c1-6', 'The agency said 3,000 homes lost power on Monday. The storm is expected to bring 5 inches of rain tomorrow.',
     {'3,000 homes': 'agency', '5 inches': None}),
    ('c1-7', 'Acme said profit rose 12% to $4 billion. That is a disappointing result for a firm worth $90 billion.',
     {'12%': 'Acme', '$4 billion': 'Acme', '$90 billion': None}),
    ('c1-8', 'The hospital said 40 patients were treated for burns. The fire started at 3 a.m. and burned 200 acres.',
     {'40 patients': 'hospital', '200 acres': None}),
    ('c1-9', 'The bureau said the population grew 0.5% in 2023. The city was founded in 1820 and has 14 parks.',
     {'0.5%': 'bureau', '1820': None, '14 parks': None}),
    ('c1-10', 'The FBI said violent crime fell 3% last year. Meanwhile, gas prices rose 12 cents a gallon.',
     {'3%': 'FBI', '12 cents a gallon': None}),
    ('c1-11', 'The FBI said violent crime fell 3% last year. Ann Lee, the mayor, said 40 officers were hired.',
     {'3%': 'FBI', '40 officers': 'Ann Lee, the mayor'}),
    ('c1-12', 'The FBI said violent crime fell 3% last year. The mayor said 40 officers were hired. Burglaries fell 9%.',
     {'3%': 'FBI', '40 officers': 'mayor', '9%': None}),
    ('c1-13', 'The FBI said violent crime fell 3% last year. Burglaries fell 9%. The mayor said 40 officers were hired. Thefts fell 2%.',
     {'3%': 'FBI', '9%': 'FBI', '40 officers': 'mayor', '2%': None}),
    ('c1-14', 'The statistics office said unemployment rose to 5.2% in June. Unemployment will likely reach 6% next year.',
     {'5.2%': 'statistics office', '6%': None}),
    ('c1-15', 'The statistics office said unemployment rose to 5.2% in June. Unemployment is forecast to reach 6% next year.',
     {'5.2%': 'statistics office', '6%': None}),
    ('c1-16', 'The company said sales rose 5%. Here is a recipe: mix 2 cups of flour with 1 cup of sugar.',
     {'5%': 'company', '2 cups': None, '1 cup': None}),
    ('c1-17', 'The company said sales rose 5%. Mix 2 cups of flour with 1 cup of sugar and bake for 30 minutes.',
     {'5%': 'company', '2 cups': None, '1 cup': None, '30 minutes': None}),
    ('c1-18', 'The agency said exports rose 5% in May.\n- Imports fell 2%.\n- Oil output rose 3%.',
     {'5%': 'agency', '2%': 'agency', '3%': 'agency'}),
    ('c1-19', 'The agency said exports rose 5% in May:\n- Imports fell 2%.\n- Oil output rose 3%.',
     {'5%': 'agency', '2%': 'agency', '3%': 'agency'}),
    ('c1-20', 'The agency said exports rose 5% in May. Imports fell 2%; oil output rose 3%; the deficit was $4 billion.',
     {'5%': 'agency', '2%': 'agency', '3%': 'agency', '$4 billion': 'agency'}),
    ('c1-21', 'The weather service said May averaged 17.1C. In my garden, the tomatoes grew 2 feet.',
     {'17.1C': 'weather service', '2 feet': None}),
    ('c1-22', 'The weather service said May averaged 17.1C. The tomatoes in my garden grew 2 feet.',
     {'17.1C': 'weather service', '2 feet': None}),
    ('c1-23', 'The weather service said May averaged 17.1C. Our tomatoes grew 2 feet.',
     {'17.1C': 'weather service', '2 feet': None}),
    ('c1-24', "The bank said it lent $3 billion to small firms. The loans carry an average rate of 7%. The bank's shares rose 2%.",
     {'$3 billion': 'bank', '7%': None, '2%': None}),
    ('c1-25', 'The company said it would hire 200 workers. The new plant will cost $50 million.',
     {'200 workers': 'company', '$50 million': None}),
    ('c1-26', 'The union said 5,000 members voted to strike. The strike would be the first in 20 years.',
     {'5,000 members': 'union', '20 years': None}),
    ('c1-27', 'Acme said it would hire 200 workers. Acme shares rose 3% on the news.',
     {'200 workers': 'Acme', '3%': None}),
    ('c1-28', 'Microsoft said revenue rose 16% to $62 billion. Cloud revenue grew 21%. Apple reported a 5% rise.',
     {'16%': 'Microsoft', '$62 billion': 'Microsoft', '21%': None, '5%': 'Apple'}),
    ('c1-29', 'The WHO said 1.2 million people died of TB in 2022. Malaria killed 600,000 people. I think that is too many.',
     {'1.2 million people': 'WHO', '600,000 people': None}),
    ('c1-30', 'The WHO said 1.2 million people died of TB in 2022. Malaria killed about 600,000 people, mostly children.',
     {'1.2 million people': 'WHO', '600,000 people': None}),
    ('c1-31', 'The council said the new bridge cost $30 million. Critics argued it was $10 million over budget.',
     {'$30 million': 'council', '$10 million': 'Critics'}),
    ('c1-32', 'The council said the new bridge cost $30 million. It was $10 million over budget.',
     {'$30 million': 'council', '$10 million': None}),
    ('c1-33', 'The NBA said 22 million fans attended games this season. LeBron James scored 30 points on Tuesday.',
     {'22 million fans': 'NBA', '30 points': None}),
    ('c1-34', 'The NBA said 22 million fans attended games this season. The average ticket cost $95.',
     {'22 million fans': 'NBA', '$95': None}),
    ('c1-35', 'The police department said 14 cars were stolen last week. Drivers should lock their doors; thieves need only 30 seconds.',
     {'14 cars': 'police department', '30 seconds': None}),
    ('c1-36', 'The company said the phone has a 6.1-inch screen. The battery lasts 20 hours in our tests.',
     {'6.1-inch': 'company', '20 hours': None}),
    ('c1-37', 'The company said the phone has a 6.1-inch screen. The battery lasts 20 hours, which is impressive.',
     {'6.1-inch': 'company', '20 hours': None}),
    ('c1-38', 'The company said the phone has a 6.1-inch screen. In testing, the battery lasted 14 hours.',
     {'6.1-inch': 'company', '14 hours': None}),
    ('c1-39', 'The Pentagon said 3 soldiers were killed. Russia has lost 120,000 troops, Ukrainian officials claim.',
     {'3 soldiers': 'Pentagon', '120,000 troops': 'Ukrainian officials'}),
    ('c2-0', 'The CFO said revenue rose 8% in the quarter. Margins widened to 31%.',
     {'8%': 'CFO', '31%': None}),
    ('c2-1', 'The MP said 300 jobs were lost at the plant. The factory employed 1,200 people at its peak.',
     {'300 jobs': 'MP', '1,200 people': None}),
    ('c2-2', 'The PM said 40,000 homes would be built this year. Mortgage rates averaged 5.1% in May.',
     {'40,000 homes': 'PM', '5.1%': None}),
    ('c2-3', 'The DA said 12 defendants were charged. The trial is expected to last 6 weeks.',
     {'12 defendants': 'DA', '6 weeks': None}),
    ('c2-4', 'AOC said the bill would cost $2 trillion. The deficit reached $1.7 trillion last year.',
     {'$2 trillion': 'AOC', '$1.7 trillion': None}),
    ('c2-5', 'Powell said inflation remained at 3.2%. Bond yields rose to 4.5% after his remarks.',
     {'3.2%': 'Powell', '4.5%': None}),
    ('c2-6', 'Musk said Tesla delivered 400,000 cars. Shares rose 6% in after-hours trading.',
     {'400,000 cars': 'Musk', '6%': None}),
    ('c2-7', "Warren said the tax would raise $3 trillion. The top 1% own 30% of the nation's wealth.",
     {'$3 trillion': 'Warren', '1%': None, '30%': None}),
    ('c2-8', 'Nadella said Azure revenue grew 29%. The cloud market is worth $600 billion.',
     {'29%': 'Nadella', '$600 billion': None}),
    ('c2-9', 'The FBI said violent crime fell 3%. According to Ann Lee, a criminologist, thefts rose 2%. Robberies rose 9%.',
     {'3%': 'FBI', '2%': 'Ann Lee, a criminologist', '9%': None}),
    ('c2-10', 'The FBI said violent crime fell 3%. Thefts rose 2%, according to residents. Robberies rose 9%.',
     {'3%': 'FBI', '2%': 'residents', '9%': None}),
    ('c2-11', 'Shares fell 8% after the company said revenue would miss forecasts. Trading volume was 3 million shares.',
     {'8%': None, '3 million shares': None}),
    ('c2-12', 'Acme, which employs 4,000 people, said on Monday it was pleased with the result. Sales rose 5% in the year.',
     {'4,000 people': None, '5%': None}),
    ('c2-13', 'The agency, which has 400 staff, said it would review the rules. The rules cover 2 million drivers.',
     {'400 staff': None, '2 million drivers': None}),
    ('c2-14', 'Police said 3 people were shot on Friday night. The neighbourhood has seen 40 shootings this year.',
     {'3 people': 'Police', '40 shootings': None}),
    ('c2-15', 'The Premier League said 1.2 million fans attended matches in May. The average ticket cost £40.',
     {'1.2 million fans': 'Premier League', '£40': None}),
    ('c2-16', 'The company said it had sold 2 million units. “That is more than we expected,” said Ann Lee, an analyst. Sales in Europe rose 12%.',
     {'2 million units': 'company', '12%': None}),
    ('c2-17', 'The ministry said 4,000 troops were deployed. The conflict has displaced 2 million people since 2022.',
     {'4,000 troops': 'ministry', '2 million people': None}),
    ('c2-18', 'The company said revenue rose 5%. By comparison, the market grew 9%.',
     {'5%': 'company', '9%': None}),
    ('c2-19', 'The company said revenue rose 5%. Last year, the whole industry grew 9%.',
     {'5%': 'company', '9%': None}),
    ('c2-20', 'The company said revenue rose 5%. Net income, however, fell 20% to $3 million.',
     {'5%': 'company', '20%': None, '$3 million': None}),
    ('c2-21', 'The company said revenue rose 5%. Investors had hoped for growth of at least 8%.',
     {'5%': 'company', '8%': None}),
    ('c2-22', 'The Met Office said 40mm of rain fell in an hour. Flooding closed 12 roads and 3 schools.',
     {'40mm': 'Met Office', '12 roads': None, '3 schools': None}),
    ('c2-23', 'The Met Office said 40mm of rain fell in an hour. The record, set in 1955, is 92mm.',
     {'40mm': 'Met Office', '92mm': None}),
    ('c2-24', 'The charity said 2,000 families used its food banks. A loaf of bread now costs £1.40.',
     {'2,000 families': 'charity', '£1.40': None}),
    ('c2-25', 'The agency said exports rose 5%. Bitcoin traded at $61,000 on Tuesday.',
     {'5%': 'agency', '$61,000': None}),
    ('c2-26', 'The agency said exports rose 5%. Oil prices jumped 4% to $88 a barrel.',
     {'5%': 'agency', '4%': None, '$88 a barrel': None}),
    ('c2-27', 'The agency said exports rose 5%. Analysts polled by Reuters had expected 3%.',
     {'5%': 'agency', '3%': 'Analysts polled by Reuters'}),
    ('c2-28', 'The agency said exports rose 5%. Most economists had expected a rise of 3%.',
     {'5%': 'agency', '3%': 'Most economists'}),
    ('c2-29', 'The company said the recall affects 50,000 cars. Owners of the affected models should contact their dealer; repairs take about 2 hours.',
     {'50,000 cars': 'company', '2 hours': None}),
    ('c2-30', 'The company said the recall affects 50,000 cars. Repairs take about 2 hours and are free.',
     {'50,000 cars': 'company', '2 hours': None}),
    ('c2-31', 'The manufacturer said the drug cut deaths by 20% in trials. The drug costs $1,200 a month in the US.',
     {'20%': 'manufacturer', '$1,200 a month': None}),
    ('c2-32', 'The manufacturer said the drug cut deaths by 20% in trials. Side effects were seen in 3% of patients. The trial enrolled 4,000 people.',
     {'20%': 'manufacturer', '3%': 'manufacturer', '4,000 people': 'manufacturer'}),
    ('c2-33', 'The university said 30% of students failed the test. A passing score is 60 out of 100.',
     {'30%': 'university', '60 out of 100': None}),
    ('c2-34', 'The hospital said waiting times rose to 18 weeks. Ideally, patients would be seen within 2 weeks.',
     {'18 weeks': 'hospital', '2 weeks': None}),
    ('c2-35', 'The company said it would cut 500 jobs. This would leave it with 3,000 staff.',
     {'500 jobs': 'company', '3,000 staff': None}),
    ('c2-36', 'The company said it would cut 500 jobs. It would leave the firm with 3,000 staff.',
     {'500 jobs': 'company', '3,000 staff': None}),
    ('c2-37', 'The company said it would cut 500 jobs. It is the third round of cuts in 2 years.',
     {'500 jobs': 'company', '2 years': None}),
    ('c2-38', 'The company said it would cut 500 jobs. There were 12,000 jobs at the firm in 2019.',
     {'500 jobs': 'company', '12,000 jobs': None}),
    ('c2-39', 'The government said it would spend $4 billion on roads. The money amounts to $120 per resident.',
     {'$4 billion': 'government', '$120 per resident': None}),
    ('c3-0', '<h1>Exports climb</h1><p>The agency said exports rose 5% in May, led by these goods:</p><ul><li>Cars rose 12%.</li><li>Wheat fell 3%.</li></ul><p>Separately, oil prices rose 4%.</p>',
     {'5%': 'agency', '12%': None, '3%': None, '4%': None}),
    ('c3-1', '<h1>Phone deals</h1><p>Acme said it sold 2 million phones last month. Here are the best deals this week:</p><ul><li>The Acme X costs $699.</li><li>The Globex Pro costs $899.</li></ul>',
     {'2 million phones': 'Acme', '$699': None, '$899': None}),
    ('c3-2', '<h1>Phone deals</h1><p>Acme said it sold 2 million phones last month. These are our favourite deals:</p><ul><li>Acme X: $699</li><li>Globex Pro: $899</li></ul>',
     {'2 million phones': 'Acme', '$699': None, '$899': None}),
    ('c3-3', '<h1>Crime</h1><p>The FBI said violent crime fell 3% last year. The figures by city are below:</p><table><tr><th>City</th><th>Change</th></tr><tr><td>Springfield</td><td>-4%</td></tr><tr><td>Shelbyville</td><td>+2%</td></tr></table>',
     {'3%': 'FBI'}),    # the cells, one per line, are no claims (filters.lone_on_its_line)
    ('c3-4', '<h1>Recipe</h1><p>The company said the mixer sold 40,000 units in its first week. The ingredients you need:</p><ul><li>2 cups of flour</li><li>1 cup of sugar</li></ul>',
     {'40,000 units': 'company', '2 cups': None, '1 cup': None}),
    ('c3-5', '<h1>Recipe</h1><p>The company said the mixer sold 40,000 units in its first week. The ingredients needed are listed below:</p><ul><li>2 cups of flour</li><li>1 cup of sugar</li></ul>',
     {'40,000 units': 'company', '2 cups': None, '1 cup': None}),
    ('c3-6', '<h1>Match report</h1><p>The club said 30,000 tickets were sold. The stadium was full for the 3-1 win.</p><p>Smith scored twice in 10 minutes.</p>',
     {'30,000 tickets': None, 'twice': None, '10 minutes': None}),
    ('c3-7', '<h1>Budget</h1><p>The Treasury said the deficit was $1.7 trillion. The debt stands at $34 trillion, the highest on record.</p>',
     {'$1.7 trillion': 'Treasury', '$34 trillion': None}),
    ('c3-8', '<h1>Review</h1><p>The company says the laptop lasts 18 hours on a charge. The screen measures 14 inches and weighs 1.2kg.</p><p>In our tests the battery lasted 11 hours.</p>',
     {'18 hours': 'company', '14 inches': None, '1.2kg': None, '11 hours': None}),
    ('c3-9', '<h1>Review</h1><p>The company says the laptop lasts 18 hours on a charge. The laptop weighs 1.2kg and costs $1,299.</p>',
     {'18 hours': 'company', '1.2kg': None, '$1,299': None}),
    ('c4-2', 'The FBI said crime fell 3%.\\tMurders fell 11.6%.\\tRobberies fell 0.3%.',
     {'3%': 'FBI', '11.6%': 'FBI', '0.3%': 'FBI'}),
    ('c4-3', 'Die Behörde sagte, die Exporte seien um 5% gestiegen. Die Importe fielen um 2%.',
     {'5%': None, '2%': None}),
    ('c4-4', 'The FBI said crime fell 3%. 12.',
     {'3%': 'FBI'}),
    ('c4-5', 'The FBI said crime fell 3%.\n12 murders were recorded.',
     {'3%': 'FBI', '12 murders': 'FBI'}),
    ('c4-6', 'The FBI said crime fell 3% — murders fell 11.6% – robberies fell 0.3%.',
     {'3%': 'FBI', '11.6%': 'FBI', '0.3%': 'FBI'}),
    ('c4-7', 'The FBI said crime fell 3%. “Murders fell 11.6%.” Robberies fell 0.3%.',
     {'3%': 'FBI', '11.6%': 'FBI', '0.3%': 'FBI'}),
    ('c4-8', 'The FBI said crime fell 3%. The suspect was 6′2″ tall and weighed 180 lb.',
     {'3%': 'FBI', '6′2″': None, '180 lb': None}),
    ('c4-9', 'The FBI said violent crime fell 3% last year. Murders fell 11.6%, and robberies fell 0.3%.',
     {'3%': 'FBI', '11.6%': 'FBI', '0.3%': 'FBI'}),
    ('c4-10', 'The statistics agency said exports rose 5% in May. Imports fell 2%.',
     {'5%': 'statistics agency', '2%': 'statistics agency'}),
    ('c4-11', 'The weather service said May averaged 17.1C. Rainfall was 68% of the average.',
     {'17.1C': 'weather service', '68%': 'weather service'}),
    ('c4-12', 'Acme said profit rose 12% in the quarter. Shares of Acme fell 4% in early trading.',
     {'12%': 'Acme', '4%': None}),
    ('c4-13', 'The Labor Department said the economy added 254,000 jobs.\n\nThe unemployment rate was 4.1%.',
     {'254,000 jobs': 'Labor Department', '4.1%': None}),
    ('c4-14', 'The FBI said violent crime fell 3%. Analysts at Acme Bank counted 200 more robberies.',
     {'3%': 'FBI', '200 more robberies': None}),
    ('c4-15', 'The agency said 300 homes were damaged. Runners can expect 20 closed roads.',
     {'300 homes': 'agency', '20 closed roads': None}),
    ('c4-16', 'The FBI said violent crime fell 3% last year. Murders fell 11.6%. Robberies fell 0.3%. Car thefts fell 9%. Arson fell 4%. Fraud rose 2%. Assaults fell 1%.',
     {'3%': 'FBI', '11.6%': 'FBI', '0.3%': 'FBI', '9%': 'FBI', '4%': None, '2%': None, '1%': None}),
    ('c4-17', 'The company said sales rose 5% in the quarter. They will rise a further 10% next year.',
     {'5%': 'company', '10%': None}),
    ('c4-18', 'The company said sales rose 5% in the quarter. Sales will rise a further 10% next year.',
     {'5%': 'company', '10%': None}),
    ('c4-19', 'The company said sales rose 5% in the quarter. Sales would rise 10% if the deal closed.',
     {'5%': 'company', '10%': None}),
    ('c4-20', 'The company said sales rose 5% in the quarter. Sales must rise 10% for the plan to work.',
     {'5%': 'company', '10%': None}),
    ('c4-21', 'The company said sales rose 5% in the quarter. Sales are likely to rise 10% next year.',
     {'5%': 'company', '10%': None}),
    ('c5-0', 'A Stanford study found that 40% of adults sleep less than 6 hours. The university said 2,000 people took part. Texans slept 20 minutes less than average.',
     {'40%': 'A Stanford study', '6 hours': 'A Stanford study', '2,000 people': 'university', '20 minutes': 'A Stanford study'}),
    ('c5-1', 'A Stanford study found that 40% of adults sleep less than 6 hours. The university said 2,000 people took part. Teenagers may need up to 10 hours.',
     {'40%': 'A Stanford study', '6 hours': 'A Stanford study', '2,000 people': 'university', '10 hours': 'A Stanford study'}),
    ('c5-2', 'According to a Pew survey, 62% of adults use Facebook. The company said it has 3 billion users. Roughly 20% of Americans use TikTok daily, the survey found.',
     {'62%': 'Pew survey', '3 billion users': 'company', '20%': 'the survey'}),
    ('c5-3', 'The company said sales rose 5%. Sales at our stores in Texas rose 9%.',
     {'5%': 'company', '9%': None}),
    ('c5-4', 'The company said sales rose 5%. There are 3,000 workers at our plant in Ohio.',
     {'5%': 'company', '3,000 workers': None}),
    ('c5-5', 'The agency said exports rose 5%. Exports to my home town rose 9%.',
     {'5%': 'agency', '9%': None}),
    ('c5-6', 'The company said sales rose 5%. Sales at its stores rose 9%.',
     {'5%': 'company', '9%': 'company'}),
    ('c5-7', 'The company said sales rose 5%. Its stores sold 9 million items.',
     {'5%': 'company', '9 million items': None}),
    ('c5-8', 'The ministry said 4,000 troops were deployed. It gave no figure for casualties, which local media put at 300.',
     {'4,000 troops': 'ministry', '300': None}),
    ('c5-9', 'The FBI said violent crime fell 3% last year. Murders fell 11.6%. Arson fell 4%.',
     {'3%': 'FBI', '11.6%': 'FBI', '4%': None}),
    ('c5-10', 'The regulator said 12 banks failed the test. Together they hold $400 billion in deposits.',
     {'12 banks': 'regulator', '$400 billion': None}),
    ('c5-11', 'The regulator said 12 banks failed the test. The banks hold $400 billion in deposits.',
     {'12 banks': 'regulator', '$400 billion': None}),
    ('c5-12', 'The company said it had 3 million subscribers. Netflix, its rival, has 260 million.',
     {'3 million subscribers': 'company', '260 million': None}),
    ('c5-13', 'The company said it had 3 million subscribers. Its rival has 260 million.',
     {'3 million subscribers': 'company', '260 million': None}),
    ('c5-14', 'The company said it had 3 million subscribers. A rival service has 260 million.',
     {'3 million subscribers': 'company', '260 million': None}),
    ('c5-15', 'The company said it had 3 million subscribers. The market leader has 260 million.',
     {'3 million subscribers': 'company', '260 million': None}),
    ('c5-16', "The government said GDP grew 2.1%. The opposition's plan would cost $40 billion.",
     {'2.1%': 'government', '$40 billion': None}),
    ('c5-17', "The government said GDP grew 2.1%. The opposition party's plan would cost $40 billion.",
     {'2.1%': 'government', '$40 billion': None}),
    ('c5-18', 'The government said GDP grew 2.1%. Opposition leaders called the figure misleading and said growth was closer to 1%.',
     {'2.1%': 'government', '1%': 'Opposition leaders'}),       # their own "and said": joined-speech-verb
    ('c5-19', 'The government said GDP grew 2.1%. A rival estimate puts growth at 1.4%.',
     {'2.1%': 'government', '1.4%': 'A rival estimate'}),
    ('c5-20', 'The company said sales rose 5%. Critics have long argued the stock is overvalued by 40%.',
     {'5%': 'company', '40%': 'Critics'}),
    ('c5-21', 'The company said sales rose 5%. The stock looks overvalued by about 40%, in my view.',
     {'5%': 'company', '40%': None}),
    ('c5-22', 'The company said sales rose 5%. The stock looks cheap at 12 times earnings.',
     {'5%': 'company', '12 times': None}),
    ('c5-23', 'The company said sales rose 5%. Shoppers spent an average of $42 per visit, a Globex survey found.',
     {'5%': 'company', '$42 per visit': 'a Globex survey'}),
    ('c6-0', 'Fed chair Powell said inflation was 3.2% in May. The 10-year yield rose to 4.5%.',
     {'3.2%': 'Fed chair Powell', '4.5%': None}),
    ('c6-1', 'Sanders said the plan would cost $16 trillion. Medicare covers 65 million people.',
     {'$16 trillion': 'Sanders', '65 million people': None}),
    ('c6-2', 'Trump said tariffs raised $80 billion. Soybean exports fell 20% last year.',
     {'$80 billion': 'Trump', '20%': None}),
    ('c6-3', 'Biden said the economy added 15 million jobs. Unemployment fell to 3.4%.',
     {'15 million jobs': 'Biden', '3.4%': None}),
    ('c6-4', 'The CDC said 1,200 cases were reported this week. The virus kills about 1 in 5 people it infects.',
     {'1,200 cases': 'CDC', '1 in 5': None}),
    ('c6-5', 'The company said on Monday it would open a plant in 2026. The plant will employ 400 people.',
     {'2026': 'company', '400 people': None}),
    ('c6-6', 'The company said the merger was worth $4 billion. Goldman Sachs advised on the deal, which needs 75% of votes.',
     {'$4 billion': 'company', '75%': None}),
    ('c6-7', 'The company said the merger was worth $4 billion. Goldman Sachs, its adviser, will earn a fee of $30 million.',
     {'$4 billion': 'company', '$30 million': None}),
    ('c6-8', 'The company said revenue rose 5%. Investors cheered the results. Shares jumped 9%.',
     {'5%': 'company', '9%': None}),
    ('c6-9', 'The company said it would cut 500 jobs. You can apply for 3 new roles on its website.',
     {'500 jobs': 'company', '3 new roles': None}),
    ('c6-10', 'The ministry said exports rose 5%. Prime Minister Sam Hill visited 3 factories on Monday.',
     {'5%': 'ministry', '3 factories': None}),
    ('c6-11', 'The agency said the storm season starts soon. Fishermen are paid $5 a pound for halibut.',
     {'$5 a pound': None}),
    ('c6-12', "The FBI said violent crime fell 3%. This is welcome news for the city's 40,000 residents.",
     {'3%': 'FBI', '40,000 residents': None}),
    ('c6-13', 'The FBI said violent crime fell 3%. Is it the lowest in 10 years?',
     {'3%': 'FBI', '10 years': None}),
    ('c6-14', 'The company said revenue rose 8%. Its rival Globex grew 3%.',
     {'8%': 'company', '3%': None}),
    ('c7-0', 'President Joe Biden spoke in Ohio on Monday.\n\nBiden said the economy had added 15 million jobs. Unemployment fell to 3.4% in April.',
     {'15 million jobs': 'Biden', '3.4%': None}),
    ('c7-1', 'Macron said the reform would save €10 billion. Pensions cost 14% of GDP.',
     {'€10 billion': 'Macron', '14%': None}),
    ('c7-2', 'Starmer said 1,000 prisoners would be freed early. Prisons are at 99% capacity.',
     {'1,000 prisoners': 'Starmer', '99%': None}),
    ('c7-3', 'Modi said 500 million people had bank accounts. The economy grew 8.2% last year.',
     {'500 million people': 'Modi', '8.2%': None}),
    ('c7-4', 'The senator said the bill would cost $40 billion. The deficit is $1.8 trillion.',
     {'$40 billion': 'senator', '$1.8 trillion': None}),
    ('c7-5', "The governor's office said 40 roads were closed. Snow totals reached 18 inches in the north.",
     {'40 roads': "governor's office", '18 inches': None}),
]
REVIEW15_SOURCE_OPEN = {
    ('c1-8', '200 acres'),
    ('c1-32', '$10 million'),
    ('c1-34', '$95'),
    ('c2-4', '$1.7 trillion'),
    ('c2-19', '9%'),
    ('c2-22', '12 roads'),
    ('c2-22', '3 schools'),
    ('c2-26', '4%'),
    ('c2-26', '$88 a barrel'),
    ('c2-30', '2 hours'),
    ('c3-8', '14 inches'),
    ('c3-8', '1.2kg'),
    ('c3-9', '1.2kg'),
    ('c3-9', '$1,299'),
    ('c7-5', '18 inches'),
    # an instruction the small model parses as a noun phrase ("Mix 2 cups ..." with "Mix" a noun):
    # requiring a subject of the main verb stopped it but also took back a check-half gain
    ('c1-17', '2 cups'), ('c1-17', '1 cup'), ('c1-17', '30 minutes'),
    ('c2-15', '£40'),  # a fragment parse ("cost" a noun), as above
}
@pytest.mark.parametrize("case,text,quote,want", [
    pytest.param(case, text, quote, want, id=f"{case}-{quote}",
                 marks=[pytest.mark.xfail(strict=True, reason="open: carried where main gives none")]
                 if (case, quote) in REVIEW15_SOURCE_OPEN else [])
    for case, text, figures in REVIEW15_SOURCE for quote, want in figures.items()])
def test_assemble_source_review15_body_carry_inputs(nlp, case, text, quote, want):
    claim = next((c for c in _claims_of(text) if c.quote == quote), None)
    assert claim is not None, f"{case}: no record for {quote!r}"
    assert (claim.source.text if claim.source else None) == want


# review16r: the reviewer's invented inputs on 58977f8 (/tmp/rv16r_w p1-p3, p5, p6), each figure with main's
# source, or the one 'reportedly'/'tout'/'brag' now gives where main gave none and it is right. Paragraphs whose
# earlier figures cited_back carried to a document cited at the end (background, prices, scores, other
# entities) must stay empty; 'tally'/'compile'/'tabulate' are no source verbs (a (source, subject) pair: main's
# subject must hold, "Messi tallied 2 goals"); 'reportedly' reaches only its verb's own clause (not a relative
# clause, an opening adverbial or a joined clause); 'tout'/'brag' need a person or body that claims its own
# figure ("The city touts ...", "Critics touted the film's ..." give none). A quote that occurs twice is left out.
REVIEW16_SOURCE = [
    ('p1-2', 'The town lost 2,000 residents in the 1990s. The unemployment rate fell to 4.1% in March, according to data from the state labor department.',
     {'2,000 residents': None, '4.1%': 'data from the state labor department'}),
    ('p1-3', 'Acme Corp earned $1.3 billion in the second quarter. Its market share grew to 14%, according to a report by research firm Canalys.',
     {'$1.3 billion': None, '14%': 'report by research firm Canalys'}),
    ('p1-4', 'Maria Lopez paid $1,800 a month for her apartment last year. The median rent in the city rose 7%, according to a report by Zillow.',
     {'$1,800 a month': None, '7%': 'report by Zillow'}),
    ('p1-5', 'A gallon of milk cost $4.20 at the corner store on Tuesday. The average price rose 3% last year, according to the Agriculture Department.',
     {'$4.20': None, '3%': 'Agriculture Department'}),
    ('p1-6', "The Hawks beat the Lions 3-1 on Saturday. The team's attendance averaged 21,000 this season, according to league figures.",
     {'21,000': 'league figures'}),
    ('p1-7', 'The house on Elm Street sold for $850,000 in April. The median home price in the county rose 6%, according to Redfin.',
     {'$850,000': None, '6%': 'Redfin'}),
    ('p1-8', 'The robbery netted $4,000 in cash. The chain lost $2 million to theft last year, according to its annual report.',
     {'$4,000': None, '$2 million': 'its annual report'}),
    ('p1-9', 'The hospital treated 420 patients for heatstroke in July. The heat wave killed 31 people statewide, according to the state health department.',
     {'420 patients': None, '31 people': 'state health department'}),
    ('p1-10', 'The telescope cost $10 billion to build. It found 1,400 new galaxies in its first year, according to a paper in the journal Nature.',
     {'$10 billion': None, '1,400 new galaxies': 'paper in the journal Nature'}),
    ('p1-11', 'The recipe calls for 2 cups of flour and bakes in 30 minutes. It has 350 calories per serving, according to the USDA nutrition database.',
     {'2 cups': None, '30 minutes': None, '350 calories per serving': 'USDA nutrition database'}),
    ('p1-12', 'The bill passed the Senate by a vote of 52 to 48 on Tuesday. Its tax provisions cost $40 billion over a decade, according to the Congressional Budget Office.',
     {'52': None, '48': None, '$40 billion': 'Congressional Budget Office'}),
    ('p1-13', 'The Hawks won 4 of their last 5 games. Their payroll rose 12% to $180 million this season, according to Spotrac.',
     {'4': None, '5 games': None, '12%': 'Spotrac', '$180 million': 'Spotrac'}),
    ('p1-14', 'The university raised tuition by 4% last fall. Its endowment grew to $2.1 billion, according to a report by the National Association of College Business Officers.',
     {'4%': None, '$2.1 billion': 'report by the National Association of College Business Officers'}),
    ('p1-17', 'The striker scored 2 goals in the final. The club earned $50 million in prize money, according to UEFA figures.',
     {'2 goals': None, '$50 million': 'UEFA figures'}),
    ('p1-18', 'The clinic added 3 new wings last year. Its average wait time was 42 minutes, according to a state audit.',
     {'3 new wings': None, '42 minutes': 'state audit'}),
    ('p1-19', 'Heavy rain dropped 4 inches on the city on Monday. The storm caused $30 million in damage, according to an estimate by the county emergency office.',
     {'4 inches': None, '$30 million': 'estimate by the county emergency office'}),
    ('p1-20', "The company's founder sold his stake for $90 million in 2015. Its revenue reached $700 million last year, according to a filing with the Securities and Exchange Commission.",
     {'$90 million': None, '$700 million': 'filing with the Securities and Exchange Commission'}),
    ('p1-21', 'Texas added 310,000 jobs last year. The national economy added 2.7 million, according to the Labor Department.',
     {'310,000 jobs': None, '2.7 million': 'Labor Department'}),
    ('p1-22', "The new stadium cost $1.5 billion and seats 65,000. It hosts 10 home games a year, according to the team's media guide.",
     {'$1.5 billion': None, '65,000': None, '10 home games a year': "team's media guide"}),
    ('p1-23', 'The Rovers won the title by 9 points. Their average attendance was 41,000, according to data from the league.',
     {'9 points': None, '41,000': 'data from the league'}),
    ('p1-24', 'The festival ran for 4 days and featured 120 bands. It generated $18 million for local businesses, according to a study by the tourism board.',
     {'4 days': None, '120 bands': None, '$18 million': 'study by the tourism board'}),
    ('p1-25', 'A 2-bedroom unit in the building rented for $2,400 in May. The vacancy rate in the district fell to 3%, according to a survey by the real estate board.',
     {'2-bedroom': None, '$2,400': None, '3%': 'survey by the real estate board'}),
    ('p1-26', "Officers seized 40 kilograms of cocaine in the raid. The drug's street price rose 15% last year, according to a report by the United Nations.",
     {'40 kilograms': None, '15%': 'report by the United Nations'}),
    ('p1-27', 'The plane carried 180 passengers and 6 crew. The airline flew 40 million passengers last year, according to its annual report.',
     {'180 passengers': None, '6 crew': None, '40 million passengers': 'its annual report'}),
    ('p1-28', 'The firm paid a $5 million fine in 2019 over the spill. Its profit rose 20% last year, according to its annual report.',
     {'$5 million': None, '20%': 'its annual report'}),
    ('p1-29', 'The vaccine trial enrolled 30,000 volunteers. It was 91% effective, according to a study in The Lancet.',
     {'30,000 volunteers': None, '91%': 'study in The Lancet'}),
    ('p1-31', "The mayor's budget adds 200 police officers. The city spends $1.2 billion on policing, according to an analysis by the Citizens Budget Commission.",
     {'200 police officers': None, '$1.2 billion': 'analysis by the Citizens Budget Commission'}),
    ('p1-32', "The old mill closed in 1984 after 90 years. The town's population fell 30% in the decade after, according to census data.",
     {'90 years': None, '30%': 'census data'}),
    ('p1-33', 'Globex shares jumped 12% on Monday. The company controls 18% of the market, according to a report by Gartner.',
     {'12%': None, '18%': 'report by Gartner'}),
    ('p1-34', 'The tornado destroyed 60 homes on Friday night. The state saw 42 tornadoes last year, according to the National Weather Service.',
     {'60 homes': None, '42 tornadoes': 'National Weather Service'}),
    ('p1-35', 'The museum spent $3 million on the restoration. It drew 900,000 visitors last year, according to a survey by The Art Newspaper.',
     {'$3 million': None, '900,000 visitors': 'survey by The Art Newspaper'}),
    ('p1-37', 'The burger costs $14 and comes with fries. The average price of a burger rose 8% last year, according to a report by Datassential.',
     {'$14': None, '8%': 'report by Datassential'}),
    ('p1-38', "Smith ran the marathon in 2 hours and 9 minutes. The race drew 50,000 runners, according to the organizers' report.",
     {'2 hours': None, '9 minutes': None, '50,000 runners': "organizers' report"}),
    ('p1-39', 'The deal values the startup at $2 billion. It has 400 employees, according to its LinkedIn page.',
     {'$2 billion': None, '400 employees': 'its LinkedIn page'}),
    ('p1-40', 'The Senate has 100 members. Its approval rating is 21%, according to a Gallup poll.',
     {'100 members': None, '21%': 'Gallup poll'}),
    ('p1-41', 'Our reporter paid $12 for a sandwich. The average lunch costs $15, according to a survey by Square.',
     {'$12': None, '$15': 'survey by Square'}),
    ('p1-43', 'Firefighters rescued 12 people from the building. The city had 3,400 structure fires last year, according to fire department data.',
     {'12 people': None, '3,400 structure fires': 'fire department data'}),
    ('p2-0', 'The bakery opened in 2011 with 3 employees. It now has 45 workers and 4 locations. Its sales grew 18% last year, according to a profile by the Chamber of Commerce.',
     {'3 employees': None, '45 workers': None, '4 locations': None, '18%': 'profile by the Chamber of Commerce'}),
    ('p2-1', "The Tigers scored 21 points in the fourth quarter. The game ended 35-28. The team's television audience averaged 9.4 million viewers, according to Nielsen data.",
     {'21 points': None, '9.4 million viewers': 'Nielsen data'}),
    ('p2-2', "Gold traded at $2,350 an ounce on Friday. Silver rose 2% to $29. The metal's demand from central banks rose 16% in the first half, the World Gold Council report found.",
     {'$2,350 an ounce': None, '2%': None, '$29': None, '16%': 'the World Gold Council report'}),
    ('p2-3', "The senator won re-election with 58% of the vote in 2020. She raised $14 million for the race. The state's turnout was 71%, data from the secretary of state show.",
     {'58%': None, '$14 million': None, '71%': None}),
    ('p2-4', "The ferry sank 2 miles off the coast on Sunday. It was carrying 240 passengers. The route carried 1.1 million passengers last year, according to the port authority's annual report.",
     {'2 miles': None, '240 passengers': None, '1.1 million passengers': "port authority's annual report"}),
    ('p2-5', 'The drug costs $1,200 a month in the US. It costs $300 in Canada. Its sales reached $4 billion last year, according to an analysis by IQVIA.',
     {'$1,200 a month': None, '$300': None, '$4 billion': 'analysis by IQVIA'}),
    ('p2-6', "Acme posted net income of $640 million for the quarter. Revenue rose 11% to $5.2 billion. The company's smartphone market share slipped to 12%, according to Counterpoint Research.",
     {'$640 million': None, '11%': None, '$5.2 billion': None, '12%': 'Counterpoint Research'}),
    ('p2-9', 'The car has a 300-horsepower engine and seats 7. It costs $48,000. Its fuel economy is 24 miles per gallon, according to the Environmental Protection Agency.',
     {'300-horsepower': None, '7': None, '$48,000': None, '24 miles per gallon': 'Environmental Protection Agency'}),
    ('p2-10', "The Cubs lost 7-2 on Tuesday night. They have dropped 5 of their last 6. The club's payroll is $220 million, according to figures from Cot's Contracts.",
     {'5': None, '6': None, '$220 million': "figures from Cot's Contracts"}),
    ('p2-11', 'The castle was built in 1420 and has 300 rooms. It drew 1.2 million visitors last year, according to a report by the national heritage trust.',
     {'1420': None, '300 rooms': None, '1.2 million visitors': 'report by the national heritage trust'}),
    ('p2-12', 'Lee, 34, paid $30,000 for the surgery. The procedure costs $18,000 on average, according to a study by the Health Care Cost Institute.',
     {'34': None, '$30,000': None, '$18,000': 'study by the Health Care Cost Institute'}),
    ('p2-13', 'The merger created a company worth $40 billion. The new firm employs 90,000 people. The industry employs 1.2 million people, according to the Bureau of Labor Statistics.',
     {'$40 billion': None, '90,000 people': None, '1.2 million people': 'Bureau of Labor Statistics'}),
    ('p2-14', "The blaze burned 12,000 acres in 3 days. The fire season has burned 400,000 acres so far, according to the state fire agency's latest report.",
     {'12,000 acres': None, '400,000 acres': "state fire agency's latest report"}),
    ('p2-15', 'The chef uses 6 eggs and 250 grams of butter in the cake. It takes 45 minutes to bake. The average American ate 280 eggs last year, according to the United Egg Producers.',
     {'6 eggs': None, '250 grams': None, '45 minutes': None, '280 eggs': 'United Egg Producers'}),
    ('p2-16', 'The band played for 3 hours before 70,000 fans. The tour grossed $600 million, according to Pollstar.',
     {'70,000 fans': None, '$600 million': 'Pollstar'}),
    ('p2-17', 'The index rose 1.2% to 5,400 points on Monday. The Fed raised rates 11 times between 2022 and 2023. The economy grew 2.5% last year, according to the Commerce Department.',
     {'1.2%': None, '5,400 points': None, '11 times': None, '2.5%': 'Commerce Department'}),
    ('p2-18', 'The school district closed 14 schools in 2019. Its enrollment has since fallen 9%, according to data from the state education department.',
     {'14 schools': None, '9%': 'data from the state education department'}),
    ('p2-19', 'A new iPhone costs $999. The average selling price of a smartphone fell 2% last year, according to a report by Counterpoint.',
     {'$999': None, '2%': 'report by Counterpoint'}),
    ('p2-20', "The suspect, 42, was held on $500,000 bail. The county jail holds 1,800 inmates, according to the sheriff's department report.",
     {'42': None, '$500,000': None, '1,800 inmates': "sheriff's department report"}),
    ('p2-21', 'The heat reached 112 degrees on Thursday. The city recorded 40 days above 100 degrees last year, the National Weather Service data show.',
     {'112 degrees': None, '40 days': 'National Weather Service data', '100 degrees': 'National Weather Service data'}),
    ('p2-22', 'The ship is 300 meters long and carries 5,000 passengers. It burns 250 tonnes of fuel a day, according to an analysis by Transport & Environment.',
     {'300 meters': None, '5,000 passengers': None, '250 tonnes': 'analysis by Transport & Environment'}),
    ('p2-23', 'The team won 3 championships in the 1990s. The franchise is worth $6 billion, according to Forbes.',
     {'3 championships': None, '$6 billion': 'Forbes'}),
    ('p2-24', 'Harbor City recorded 1,240 burglaries in 2024.\n\nThe rate fell 8% from the year before, according to the annual crime report by the city police department.',
     {'1,240 burglaries': None, '8%': 'annual crime report by the city police department'}),
    ('p2-27', 'According to a report by the state, 40% of the roads are in poor repair.',
     {'40%': 'report by the state'}),
    ('p2-28', '2,000 people live in the town. The median income is $50,000, according to census data.',
     {'2,000 people': None, '$50,000': 'census data'}),
    ('p2-29', 'The company sold 3 million units. It sold them in 40 countries. The figures are 10% above forecasts, according to Gartner.',
     {'3 million units': None, '40 countries': None, '10%': 'Gartner'}),
    ('p6-0', 'Police arrested 14 people at the protest on Saturday. The city saw 300 protests last year, according to a report by the Armed Conflict Location and Event Data Project.',
     {'14 people': None, '300 protests': 'report by the Armed Conflict Location and Event Data Project'}),
    ('p6-1', "Voters approved the $2 billion bond by a wide margin. The district's debt rose 9% last year, according to a state audit.",
     {'$2 billion': None, '9%': 'state audit'}),
    ('p6-2', "Dr. Patel treated 35 patients on the first day. The virus infected 12,000 people last year, according to the health ministry's annual report.",
     {'35 patients': None, '12,000 people': "health ministry's annual report"}),
    ('p6-3', 'Shoppers spent $45 on average at the fair. The market grew 4% last year, according to a survey by the retail federation.',
     {'$45': None, '4%': 'survey by the retail federation'}),
    ('p3-0', 'The team tallied 3 goals in the second half.',
     {'3 goals': (None, 'team')}),
    ('p3-1', 'Messi tallied 2 goals and an assist on Saturday.',
     {'2 goals': (None, 'Messi')}),
    ('p3-2', 'She tallied 18 points and 10 rebounds in the win.',
     {'18 points': (None, None), '10 rebounds': (None, None)}),
    ('p3-3', 'The Jets tallied 420 yards of offense against Buffalo.',
     {'420 yards': (None, 'Jets')}),
    ('p3-4', 'The quarterback compiled 4,100 passing yards last season.',
     {'4,100 passing yards': (None, 'quarterback')}),
    ('p3-5', 'The pitcher compiled a 2.95 ERA over 30 starts.',
     {'2.95 ERA': (None, 'pitcher'), '30 starts': (None, 'pitcher')}),
    ('p3-6', 'Acme has compiled a portfolio of 300 patents.',
     {'300 patents': (None, 'Acme')}),
    ('p3-8', 'Election officials tallied 1.2 million ballots by Wednesday night.',
     {'1.2 million ballots': (None, 'Election officials')}),
    ('p3-9', 'Researchers tabulated 4,000 responses from 12 countries.',
     {'4,000 responses': (None, 'Researchers'), '12 countries': (None, 'Researchers')}),
    ('p3-10', 'The company tallied $3 billion in sales last year.',
     {'$3 billion': (None, 'company')}),
    ('p3-11', 'Johnson tallied 25 points, and the Bulls won by 12.',
     {'25 points': (None, 'Johnson'), '12': (None, 'Bulls')}),
    ('p3-12', 'The company touts battery life of 20 hours for its new laptop.',
     {'20 hours': 'company'}),
    ('p3-13', 'The senator brags about 2 million new jobs.',
     {'2 million new jobs': 'senator'}),
    ('p3-14', 'The senator bragged that the state added 200,000 jobs.',
     {'200,000 jobs': None}),
    ('p3-15', 'The mayor touted a 12% drop in crime in his speech on Monday.',
     {'12%': 'mayor'}),
    ('p3-16', 'Tesla touts a range of 300 miles for the Model 3.',
     {'300 miles': 'Tesla'}),
    ('p3-17', 'The brochure touts 300 days of sunshine a year.',
     {'300 days': None}),
    ('p3-18', 'The resort touts 3 pools and 2 golf courses.',
     {'3 pools': None, '2 golf courses': None}),
    ('p3-19', "Fans touted the striker's 30 goals as proof of his worth.",
     {'30 goals': None}),
    ('p3-20', "Critics touted the film's $200 million budget as a warning sign.",
     {'$200 million': None}),
    ('p3-21', 'He bragged to friends about winning $5,000 at the casino.',
     {'$5,000': None}),
    ('p3-22', 'The city touts 40 miles of bike lanes.',
     {'40 miles': None}),
    ('p3-23', "Marketers tout the cream's 98% satisfaction rate.",
     {'98%': None}),
    ('p3-24', 'The deal has reportedly been valued at $2 billion.',
     {'$2 billion': 'reportedly'}),
    ('p3-25', 'The actor, who has 3 children, reportedly split from his wife last year.',
     {'3 children': None}),
    ('p3-26', 'After posting 3 straight losses, the firm reportedly cut 200 jobs.',
     {'3 straight losses': None, '200 jobs': 'reportedly'}),
    ('p3-27', 'The singer reportedly earned $50 million last year, and her tour sold 2 million tickets.',
     {'$50 million': 'reportedly', '2 million tickets': None}),
    ('p3-28', 'Reportedly, the club paid $100 million for the forward.',
     {'$100 million': 'Reportedly'}),
    ('p3-29', 'The club paid $100 million for the forward, reportedly a record.',
     {'$100 million': None}),
    ('p3-30', 'The company, which employs 5,000 people, is reportedly exploring a sale.',
     {'5,000 people': None}),
    ('p3-31', 'Police said the man reportedly stole $3,000 from the till.',
     {'$3,000': 'Police'}),
    ('p3-32', 'The star reportedly wants to leave the club, which won 3 titles in 5 years.',
     {'3 titles': None}),
    ('p3-33', 'The offer was reportedly rejected. Acme has 2,000 employees.',
     {'2,000 employees': None}),
    ('p3-34', 'Acme said revenue rose 5% to $3 billion. The firm reportedly plans to cut 500 jobs. Its shares rose 3%, Smith added.',
     {'5%': 'Acme', '$3 billion': 'Acme', '500 jobs': 'reportedly', '3%': 'Smith'}),
    ('p3-35', 'Quarterly revenue was $4 billion, reportedly a record, and profit was $1 billion.',
     {'$4 billion': None, '$1 billion': None}),
    ('p3-36', 'The 30-year-old reportedly signed a 4-year deal worth $80 million.',
     {'30-year-old': 'reportedly', '4-year': 'reportedly', '$80 million': 'reportedly'}),
    ('p3-37', 'The firm, reportedly valued at $10 billion, has 300 employees.',
     {'$10 billion': 'reportedly', '300 employees': None}),
    ('p5-0', 'LeBron James tallied 30 points, 10 rebounds and 8 assists.',
     {'30 points': (None, 'LeBron James'), '10 rebounds': (None, 'LeBron James'), '8 assists': (None, 'LeBron James')}),
    ('p5-1', 'Ohtani tallied 54 home runs and 59 stolen bases last season.',
     {'54 home runs': (None, 'Ohtani'), '59 stolen bases': (None, 'Ohtani')}),
    ('p5-2', 'The Celtics tallied 120 points in the win.',
     {'120 points': (None, 'Celtics')}),
    ('p5-3', 'Smith compiled a .310 batting average with 25 home runs.',
     {'.310 batting': (None, 'Smith'), '25 home runs': (None, 'Smith')}),
    ('p5-4', 'Acme tallied record sales of $5 billion in the quarter.',
     {'$5 billion': (None, 'Acme')}),
    ('p5-5', 'Acme Bank compiled a list of 500 branches it plans to close.',
     {'500 branches': (None, 'Acme Bank')}),
    ('p5-7', 'The governor touted 50,000 new jobs created during her term, and the state added 3 new parks.',
     {'50,000 new jobs': 'governor', '3 new parks': None}),
    ('p5-8', 'Manchester City tallied 91 points to win the league.',
     {'91 points': (None, 'Manchester City')}),
    ('p5-9', 'The club, which reportedly has 40 million fans, will build a 60,000-seat stadium.',
     {'40 million fans': 'reportedly', '60,000-seat': None}),
    ('p5-10', 'The CEO, who earned $12 million last year, reportedly resigned on Friday.',
     {'$12 million': None}),
    ('p5-11', 'Acme, which has 2,000 stores, reportedly plans to sell its 30% stake in Globex for $1 billion.',
     {'2,000 stores': None, '30%': 'reportedly', '$1 billion': 'reportedly'}),
    ('p5-12', 'The player reportedly turned down an offer from the club, which paid $80 million for his teammate.',
     {'$80 million': None}),
    ('p5-13', 'The team reportedly traded its 2 first-round picks.',
     {'2 first-round picks': 'reportedly'}),
    ('p5-14', 'Prices rose 5% last year, according to a report by the housing agency. The agency reportedly has 300 staff. Rents rose 3%.',
     {'5%': 'report by the housing agency', '300 staff': 'reportedly', '3%': 'report by the housing agency'}),
]
# d12ad91's opening document: invented near misses of "In <document>, ..." that must stay as main gives them,
# beside its forms; and a speech verb the parse reads as a noun in a verbless sentence ("The IMF projects ...")
REVIEW16_SOURCE += [
    ('o-decade', 'In the 1990s, the town lost 2,000 residents.', {'2,000 residents': None}),
    ('o-area', 'In the study area, 40 trees were cut last year.', {'40 trees': None}),
    ('o-report-on', 'In a report on Tuesday about the merger, the company said it would cut 300 jobs.', {'300 jobs': 'company'}),
    ('o-words', "In the survey's words, 40% of drivers speed.", {'40%': None}),
    ('o-tract', 'In the census tract, 1,200 people live below the poverty line.', {'1,200 people': None}),
    ('o-period', 'In the survey period, 3,000 homes were sold.', {'3,000 homes': None}),
    ('o-statement', 'In a statement, the company said it had hired 200 workers.', {'200 workers': 'company'}),
    ('o-center', 'In the data center, 300 servers run around the clock.', {'300 servers': None}),
    ('o-chapter', "In the report's first chapter, the author describes 12 cases.", {'12 cases': None}),
    ('o-letter', 'In a letter to shareholders, Acme said revenue rose 8%.', {'8%': 'Acme'}),
    ('o-poll', 'In the poll, 52% backed the plan.', {'52%': 'poll'}),
    ('pj-imf', 'The IMF projects growth of 3.1% next year.', {'3.1%': 'IMF'}),
    ('pj-imf-2', 'The IMF projects growth of 3.2% for the world economy.', {'3.2%': 'IMF'}),
    ('pj-analysts', 'Analysts project a 2% rise in sales.', {'2%': 'Analysts'}),
    ('pj-cbo', 'The Congressional Budget Office projects that the deficit will reach $915 billion.',
     {'$915 billion': 'Congressional Budget Office'}),
    ('pj-city', "The city's projects cost $4 million.", {'$4 million': None}),
    ('pj-count', 'The agency has 300 projects.', {'300 projects': None}),
    ('pj-worth', 'Highway projects worth $2 billion.', {'$2 billion': None}),
    ('pj-reports-of', 'Police reports of 300 burglaries last year.', {'300 burglaries': None}),
]
@pytest.mark.parametrize("case,text,quote,want", [
    pytest.param(case, text, quote, want, id=f"{case}-{quote}")
    for case, text, figures in REVIEW16_SOURCE for quote, want in figures.items()])
def test_assemble_source_review16_inputs(nlp, case, text, quote, want):
    claim = next((c for c in _claims_of(text, "2025-06-15") if c.quote == quote), None)
    assert claim is not None, f"{case}: no record for {quote!r}"
    got = claim.source.text if claim.source else None
    if isinstance(want, tuple):
        want, subject = want
        assert (claim.subject.text if claim.subject else None) == subject
    assert got == want
# Round 16 (invented): a day or month written without its year is the last one before the publication
# date. Forward dating by the verb (5be6307) was reverted (58da980): it moved past events inside noun phrases,
# "last March", reported speech and other clauses (review 16q). Round 58 dates forward again, by the verb
# the time hangs from itself (time.future_times: not a noun's time, not "last"/"this", a slack of a month),
# so these rows, once strict xfails, are the next one to come.
@pytest.mark.parametrize("text,iso", [
    ("The plant will open in late January.", "2025-01"),
    ("The company hopes to resume flights in December.", "2024-12"),
    ("Voters will go to the polls on May 4.", "2025-05-04"),
    ("The deal is expected to close in March.", "2025-03"),
    ("The vote is scheduled for May 4.", "2025-05-04"),
    ("Acme plans to open the plant in January.", "2025-01"),
    ("The fair will return on April 9.", "2025-04-09"),
    # a past verb, a past plan, a modal of chance, a written year
    ("The company broke ground in September on a new factory.", "2023-09"),
    ("The store reopened in March.", "2024-03"),
    ("The vote was scheduled for May 4.", "2024-05-04"),
    ("The company had hoped to resume flights in December.", "2023-12"),
    ("The store could reopen in March.", "2024-03"),
    ("Officials said the bridge will reopen in July.", "2024-07"),
    ("The law will take effect on Jan. 1, 2024.", "2024-01-01"),
])
def test_assemble_time_a_date_without_its_year_is_the_last_one_unless_its_verb_looks_ahead(nlp, text, iso):
    from extractor import extract_text

    [claim] = [c for c in extract_text(text, published="2024-06-15") if c.kind == "date"]
    assert claim.value_text == iso


# Round 16 (invented): a time after a speech verb and where the words were said ("in a statement", "in an
# interview", "to reporters") dates the statement, so it is no date record; the clause's own event keeps its date
@pytest.mark.parametrize("text,dated", [
    ("Smith said in an interview in March that the plan was dead.", False),
    ("The company said in a statement on Jan. 5 that it would appeal.", False),
    ("The mayor told reporters on Dec. 3 that the plan was dead.", False),
    ("The firm said in a blog post on May 2 that it had fixed the bug.", False),
    ("Smith told CNN in March that he would run.", False),
    ("Acme said the plant closed in March.", True),
    ("Officials said in a statement that the bridge reopened on Jan. 5.", True),
    ("Acme said the plant would close on Jan. 5.", True),
    # a year right before a written work's noun says when it was published ([statement] nouns), no date
    # record; a work of art, an event or a law keeps its year
    ("In the 2012 book Light, the author argues that cities grow.", False),
    ("His 2009 paper on prices is still cited.", False),
    ("Her 2015 memoir sold well.", False),
    ("A 2020 white paper put the cost at $4 billion.", False),
    ("The painter's 1968 work poked fun at the art world.", True),
    ("The 2016 election was close.", True),
    ("A 2019 law on wages raised pay.", True),
    ("The book came out in 2012.", True),
])
def test_assemble_time_a_date_of_a_statement_and_its_setting_is_no_record(nlp, text, dated):
    from extractor import extract_text

    assert any(c.kind == "date" for c in extract_text(text, published="2024-06-15")) is dated


# a verb of statement in the passive whose subject holds the figure states the figure's event: its time is the
# figure's ("45 deals were announced in October"); a statement's own time stays no time scope
@pytest.mark.parametrize("text,quote,scope", [
    ("45 deals were announced in October 2025.", "45 deals", "October 2025"),
    ("Twelve new cases were reported on Monday.", "Twelve new cases", "on Monday"),
    ("About 250,000 jobs were added in March, the Labor Department said.", "250,000 jobs", "in March"),
    ("Some 400 prisoners were released on Friday under the amnesty.", "400 prisoners", "on Friday"),
    ("It was announced on Tuesday that sales rose 5%.", "5%", None),
    ("Acme said on Monday that sales rose 5%.", "5%", None),
    ("Acme announced on Monday that it had 45 stores.", "45 stores", None),
    # ... and an amount the subject is of or holds is a report's figure: the date is the report's
    ("Quarterly revenue of $5 billion was reported on Thursday.", "$5 billion", None),
    ("Profits of $900 million were reported on Wednesday for the three months to June.", "$900 million",
     "for the three months to June"),
])
def test_assemble_time_a_passive_statement_of_a_figure_dates_the_figure(nlp, text, quote, scope):
    from extractor import extract_text

    by_quote = {c.quote: c for c in extract_text(text, published="2025-11-05")}
    got = by_quote[quote].time_scope
    assert (got.text if got else None) == scope


# Review 16q: a temperature by its tens takes no decade as its time scope, so the decade stays a date record
def test_assemble_a_decade_beside_a_temperature_by_its_tens_stays_a_date(nlp):
    from extractor import extract_text

    claims = extract_text("The hottest temperatures on record came in the 1930s, with highs in the 90s.")
    assert [(c.quote, c.kind) for c in claims] == [("1930s", "date"), ("90s", "measure")]


# Review 16q, item 7: invented near misses of the unreviewed round-16 date filters (datelines 595f186,
# statement dates eec1256, caption dates b78a93d): each sentence with the date records it must keep
@pytest.mark.parametrize("text,dates", [
    # a dateline is furniture only at a story's start, before a dash or a wire's name
    ("WASHINGTON, D.C., is home to 700,000 people.", []),
    ("The market fell sharply. LONDON, March 3 was the day the market fell 5%.", ["March 3"]),
    ("TOKYO, March 3 marked the 10th anniversary of the disaster.", ["March 3"]),
    ("CHICAGO, Ill., became a city on March 4, 1837.", ["March 4, 1837"]),
    ("BERLIN, March 3 (Reuters) - Sales rose 5% in March.", []),
    # a statement's date is no record; the reported clause's own date is
    ("The company said in a statement that sales rose 5% in March.", []),
    ("Smith said in an interview that the plant closed in March.", ["March"]),
    ("The company said on Jan. 5 that the plant closed on Dec. 3.", ["Dec. 3"]),
    ("Acme, which said in a statement on Jan. 5 that it would appeal, lost the case on March 3.", ["March 3"]),
    ("The governor wrote in a letter that the dam broke on March 3.", ["March 3"]),
    ("She told CNN that the vote was held on March 3.", ["March 3"]),
    ("The company said in a filing on Jan. 5 that it sold 2 million cars.", []),
    # a caption's date only ends a present-tense sentence with no other number, its verb the sentence's own
    ("The museum holds works from 1920 to 1950, in 2016.", ["1920 to 1950", "2016"]),
    ("Smith, who works at the plant, opened a store, in 2016.", ["2016"]),
    ("She works at the plant, which opened in 2016.", ["2016"]),
    ("Jane Doe, who works in Cincinnati, opened her shop in 2016.", ["2016"]),
    ("Workers repair the bridge, which collapsed on March 3, 2024.", ["March 3, 2024"]),
    ("The bridge opens to traffic, on March 3, 2026.", ["March 3, 2026"]),
    ("Fans celebrate outside the stadium, on March 3, 2024.", []),
])
def test_assemble_round16_date_filters_near_misses(nlp, text, dates):
    from extractor import extract_text

    assert [c.quote for c in extract_text(text, published="2025-04-15") if c.kind == "date"] == dates
# Round 16 (issue 10, subject vs property): invented news sentences (none from a dev set) whose grammatical
# subject or nearest noun is the MEASURED thing and whose actor is elsewhere ("The population of Texas grew
# 1.6%": Texas / population; "In Germany, inflation slowed": Germany / inflation; "The department has 25 crews
# repairing potholes": department), and near misses whose head is the actor itself ("Three firefighters
# were injured"). (form, text, figure, subject, property): subject and property agree by the scorer's Dice
# >= 0.5 of words (subject None: none of its own, the one carried from before); property None: not checked.
# Known gaps are strict xfails (SUBJECT_PROPERTY_OPEN), so a fix shows as an XPASS.
SUBJECT_PROPERTY_BATTERY = [
    # of_actor
    ('of_actor', 'The population of Texas grew 1.6% last year.', '1.6%', 'Texas', 'population'),
    ('of_actor', 'The cost of the new stadium is $1.2 billion.', '$1.2 billion', 'stadium', 'cost'),
    ('of_actor', 'The value of Bitcoin fell 12% on Monday.', '12%', 'Bitcoin', 'value'),
    ('of_actor', 'The size of the Amazon rainforest shrank by 8,000 square kilometers.', '8,000 square kilometers', 'Amazon rainforest', 'size'),
    ('of_actor', 'The budget of the Pentagon reached $842 billion.', '$842 billion', 'Pentagon', 'budget'),
    ('of_actor', 'The debt of Argentina stands at $400 billion.', '$400 billion', 'Argentina', 'debt'),
    ('of_actor', 'The market value of Nvidia topped $3 trillion.', '$3 trillion', 'Nvidia', 'market value'),
    ('of_actor', 'The length of the new bridge is 2.4 kilometers.', '2.4 kilometers', 'bridge', 'length'),
    ('of_actor', 'The weight of the satellite is 1,200 kilograms.', '1,200 kilograms', 'satellite', 'weight'),
    ('of_actor', 'The capacity of the stadium is 60,000 seats.', '60,000 seats', 'stadium', 'capacity'),
    ('of_actor', 'The output of the refinery fell 15% in March.', '15%', 'refinery', 'output'),
    ('of_actor', 'The revenue of the company rose 9% to $4 billion.', '9%', 'company', 'revenue'),
    ('of_actor', 'The income of the average household in Ohio is $62,000.', '$62,000', 'household in Ohio', 'income'),
    # prep_actor
    ('prep_actor', "Revenue at the bank's trading arm fell 8% in the quarter.", '8%', "bank's trading arm", 'Revenue'),
    ('prep_actor', 'Sales at Walmart rose 5% in the third quarter.', '5%', 'Walmart', 'Sales'),
    ('prep_actor', 'Unemployment in Spain is 11%.', '11%', 'Spain', 'Unemployment'),
    ('prep_actor', 'Inflation in Japan reached 3.2% in January.', '3.2%', 'Japan', 'Inflation'),
    ('prep_actor', 'Spending at the Department of Defense grew 4%.', '4%', 'Department of Defense', 'Spending'),
    ('prep_actor', 'Profit at Toyota jumped 30% to $9 billion.', '30%', 'Toyota', 'Profit'),
    ('prep_actor', 'Wages in Mexico rose 7% last year.', '7%', 'Mexico', 'Wages'),
    ('prep_actor', 'Attendance at Disney parks fell 3%.', '3%', 'Disney parks', 'Attendance'),
    ('prep_actor', 'Turnout among young voters reached 50% in 2020.', '50%', 'young voters', 'Turnout'),
    ('prep_actor', 'The number of homeless people in Seattle rose to 14,000.', '14,000', 'Seattle', 'number of homeless people'),
    ('prep_actor', 'The price of a dozen eggs in Ohio hit $4.50.', '$4.50', 'Ohio', 'price of a dozen eggs'),
    ('prep_actor', 'The median home price in Austin fell to $450,000.', '$450,000', 'Austin', 'median home price'),
    ('prep_actor', 'Average rent for a one-bedroom in Boston is $3,100.', '$3,100', 'Boston', 'Average rent'),
    ('prep_actor', 'The jobless rate in Italy dropped to 6.8%.', '6.8%', 'Italy', 'jobless rate'),
    ('prep_actor', 'Growth in China slowed to 4.7% in the second quarter.', '4.7%', 'China', 'Growth'),
    ('prep_actor', 'Home sales in California fell 20% in May.', '20%', 'California', 'Home sales'),
    ('prep_actor', 'Spending on defense in Poland will reach 4% of GDP.', '4%', 'Poland', 'Spending on defense'),
    ('prep_actor', 'Sales for the quarter came in at $12 billion, Acme said.', '$12 billion', 'Acme', 'Sales'),
    # poss
    ('poss', "Spain's unemployment rate is 11%.", '11%', 'Spain', 'unemployment rate'),
    ('poss', "The storm's winds reached 120 mph.", '120 mph', 'storm', 'winds'),
    ('poss', "Germany's trade surplus narrowed to $20 billion.", '$20 billion', 'Germany', 'trade surplus'),
    ('poss', "Apple's market share in China slipped to 15%.", '15%', 'Apple', 'market share'),
    ('poss', "The city's population has doubled since 1990.", 'doubled', 'city', 'population'),
    ('poss', "Nigeria's oil output rose to 1.5 million barrels a day.", '1.5 million barrels a day', 'Nigeria', 'oil output'),
    ('poss', "The hurricane's top speed was 150 mph.", '150 mph', 'hurricane', 'top speed'),
    ('poss', "The team's payroll is $250 million.", '$250 million', 'team', 'payroll'),
    # shares_of
    ('shares_of', 'Shares of Tesla fell 3% on Tuesday.', '3%', 'Tesla', 'Shares'),
    ('shares_of', 'Shares in Barclays rose 4% in London.', '4%', 'Barclays', 'Shares'),
    ('shares_of', 'Tesla shares fell 3% on Tuesday.', '3%', 'Tesla', 'shares'),
    ('shares_of', 'Stock of Boeing dropped 8% after the crash.', '8%', 'Boeing', 'Stock'),
    # locative
    ('locative', 'In Germany, inflation slowed to 2.2% in June.', '2.2%', 'Germany', 'inflation'),
    ('locative', 'In Ohio, unemployment rose to 4.5%.', '4.5%', 'Ohio', 'unemployment'),
    ('locative', 'Across Europe, gas prices fell 10% last month.', '10%', 'Europe', 'gas prices'),
    ('locative', 'In California, home prices rose 6% in 2023.', '6%', 'California', 'home prices'),
    ('locative', 'In Texas, turnout reached 60%.', '60%', 'Texas', 'turnout'),
    ('locative', 'At Amazon, revenue grew 11% in the quarter.', '11%', 'Amazon', 'revenue'),
    # have
    ('have', 'Texas has 254 counties.', '254 counties', 'Texas', 'counties'),
    ('have', 'The company has 40,000 employees worldwide.', '40,000 employees', 'company', 'employees'),
    ('have', 'The city is home to 8 million people.', '8 million people', 'city', 'people'),
    ('have', 'There are 12 hospitals in the county.', '12 hospitals', 'county', 'hospitals'),
    ('have', 'There are 3,000 miles of pipeline in Alaska.', '3,000 miles', 'Alaska', 'pipeline'),
    ('have', 'Japan counts 1,700 municipalities.', '1,700 municipalities', 'Japan', 'municipalities'),
    # verb_obj
    ('verb_obj', 'The airline carried 4 million passengers in May.', '4 million passengers', 'airline', 'passengers'),
    ('verb_obj', 'Apple sold 50 million iPhones in the quarter.', '50 million iPhones', 'Apple', 'iPhones'),
    ('verb_obj', 'The bank posted a profit of $3 billion.', '$3 billion', 'bank', 'profit'),
    ('verb_obj', 'Ford recorded sales of 2 million vehicles last year.', '2 million vehicles', 'Ford', 'sales'),
    ('verb_obj', 'The museum saw 7 million visitors in 2023.', '7 million visitors', 'museum', 'visitors'),
    ('verb_obj', 'Netflix added 9 million subscribers in the fourth quarter.', '9 million subscribers', 'Netflix', 'subscribers'),
    ('verb_obj', 'The state reported 1,200 new cases on Monday.', '1,200 new cases', 'state', 'cases'),
    ('verb_obj', 'Amazon employs 1.5 million people.', '1.5 million people', 'Amazon', 'people'),
    ('verb_obj', 'The factory produces 500,000 cars a year.', '500,000 cars a year', 'factory', 'cars'),
    ('verb_obj', 'Brazil exported 100 million tonnes of soybeans.', '100 million tonnes', 'Brazil', 'soybeans'),
    # prop_subject
    ('prop_subject', 'Acme sold 300 cars in May. Revenue rose 8% to $4 billion.', '8%', 'Acme', 'Revenue'),
    ('prop_subject', 'Acme sold 300 cars in May. Net income fell 12%.', '12%', 'Acme', 'Net income'),
    ('prop_subject', 'Germany took in 300,000 migrants in 2023. Unemployment rose to 6%.', '6%', 'Germany', 'Unemployment'),
    ('prop_subject', 'Just the metadata for this archive is 30 megabytes.', '30 megabytes', 'archive', 'metadata'),
    ('prop_subject', 'The file size of the game is 150 gigabytes.', '150 gigabytes', 'game', 'file size'),
    ('prop_subject', 'The root of the tree, Node A, holds 300 branches.', '300 branches', 'Node A', 'branches'),
    # partitive
    ('partitive', "Half of the firm's 300 employees work remotely.", '300 employees', 'firm', 'employees'),
    ('partitive', 'Nearly 40% of respondents said they had skipped meals.', '40%', 'respondents', None),
    ('partitive', 'A quarter of Americans own a gun.', 'A quarter', 'Americans', None),
    ('partitive', 'Most of the 200 workers at the plant were laid off.', '200 workers', 'workers', 'workers'),
    ('partitive', "Each of the league's 30 teams plays 82 games.", '30 teams', 'league', 'teams'),
    ('partitive', 'Half a dozen deals involved software firms.', 'Half a dozen', 'software firms', 'deals'),
    ('partitive', "About 60% of the city's budget goes to schools.", '60%', 'city', 'budget'),
    ('partitive', 'Two-thirds of voters in Florida back the measure.', 'Two-thirds', 'voters in Florida', None),
    # data_show
    ('data_show', 'Data from the survey show 40% of teachers plan to quit.', '40%', 'teachers', None),
    ('data_show', "The report's authors estimate 2 million jobs will be lost.", '2 million jobs', 'jobs', None),
    ('data_show', 'Figures from the ministry show exports fell 5%.', '5%', 'exports', 'exports'),
    ('data_show', 'Records show the company paid $2 million in fines.', '$2 million', 'company', 'fines'),
    # n_in_x
    ('n_in_x', 'The strike shut 40 schools in Chicago.', '40 schools', 'strike', 'schools'),
    ('n_in_x', 'Officials counted 300 deaths in Gaza.', '300 deaths', 'Gaza', 'deaths'),
    ('n_in_x', 'Some 5,000 jobs at Boeing are at risk.', '5,000 jobs', 'Boeing', 'jobs'),
    ('n_in_x', 'About 14,000 people in Seattle are homeless.', '14,000 people', 'people in Seattle', 'people'),
    ('n_in_x', 'More than 2 million residents of Tokyo commute by train.', '2 million residents', 'residents of Tokyo', 'residents'),
    # actor_head
    ('actor_head', 'Three firefighters were injured in the blaze.', 'Three firefighters', 'firefighters', 'firefighters'),
    ('actor_head', 'The 40 senators who voted against the bill were Republicans.', '40 senators', 'senators', 'senators'),
    ('actor_head', 'Researchers at Stanford tested 500 drugs.', '500 drugs', 'Researchers at Stanford', 'drugs'),
    ('actor_head', 'Investors pulled $12 billion from bond funds.', '$12 billion', 'Investors', None),
    ('actor_head', 'Farmers in Iowa planted 13 million acres of corn.', '13 million acres', 'Farmers in Iowa', 'corn'),
    ('actor_head', 'The Yankees won 99 games last season.', '99 games', 'Yankees', 'games'),
    ('actor_head', 'Police arrested 40 protesters on Saturday.', '40 protesters', 'Police', 'protesters'),
    ('actor_head', 'The United Nations has 193 member states.', '193 member states', 'United Nations', 'member states'),
    ('actor_head', 'Doctors at the clinic treated 900 patients.', '900 patients', 'Doctors at the clinic', 'patients'),
    ('actor_head', "Microsoft's revenue rose 16% to $62 billion.", '16%', 'Microsoft', 'revenue'),
    # passive
    ('passive', 'An approval rating of 40% was reported for Biden by Gallup.', '40%', 'Biden', 'approval rating'),
    ('passive', 'Gallup reported an approval rating of 40% for Biden.', '40%', 'Biden', 'approval rating'),
    # compound
    ('compound', 'The Ohio turnout rate was 48%.', '48%', 'Ohio', 'turnout rate'),
    ('compound', 'Apple revenue rose 6% in the quarter.', '6%', 'Apple', 'revenue'),
    ('compound', 'US inflation eased to 3.1% in January.', '3.1%', 'US', 'inflation'),
    ('compound', 'UK house prices fell 1.8% in 2023.', '1.8%', 'UK', 'house prices'),
    ('compound', 'Chinese exports rose 7% in March.', '7%', 'Chinese', 'exports'),
    ('compound', 'European gas prices doubled in 2022.', 'doubled', 'European', 'gas prices'),
    # rate_of
    ('rate_of', 'The rate of obesity among children rose to 20%.', '20%', 'children', 'rate of obesity'),
    ('rate_of', 'The share of adults with a degree reached 38%.', '38%', 'adults with a degree', 'share'),
    ('rate_of', 'The level of debt at the company hit $9 billion.', '$9 billion', 'company', 'level of debt'),
    ('rate_of', 'The number of cars sold in India rose 8%.', '8%', 'India', 'number of cars sold'),
    ('rate_of', 'The temperature in Phoenix reached 118 degrees.', '118 degrees', 'Phoenix', 'temperature'),
    ('rate_of', 'The distance between the two cities is 400 miles.', '400 miles', 'cities', 'distance'),
    ('rate_of', 'The speed of the train is 300 km/h.', '300 km/h', 'train', 'speed'),
    ('rate_of', 'The average score of students in Finland was 520.', '520', 'students in Finland', 'average score'),
    # have_part
    ('have_part', 'The department has 25 crews repairing potholes.', '25 crews', 'department', 'crews'),
    ('have_part', 'Acme has 40 engineers working on the chip.', '40 engineers', 'Acme', 'engineers'),
    ('have_part', 'The city has 300 officers patrolling the streets.', '300 officers', 'city', 'officers'),
    ('have_part', 'Some 25 crews have repaired potholes since May.', '25 crews', 'crews', 'crews'),
    ('have_part', 'The agency has hired 40 inspectors this year.', '40 inspectors', 'agency', 'inspectors'),
    # exist
    ('exist', 'There were 3,000 miles of pipeline in Alaska.', '3,000 miles', 'Alaska', 'pipeline'),
    ('exist', 'There are 500 bridges in the city.', '500 bridges', 'city', 'bridges'),
    ('exist', 'There were 40 deaths in 2023.', '40 deaths', None, 'deaths'),
    ('exist', 'There are 5 ways to save money in Ohio.', '5 ways', 'ways', None),
    ('exist', 'There were about 300 people at the rally.', '300 people', None, 'people'),   # an event, no place
]
SUBJECT_PROPERTY_OPEN = {
    'The capacity of the stadium is 60,000 seats.60,000 seats',
    'Spending at the Department of Defense grew 4%.4%',
    'Spending on defense in Poland will reach 4% of GDP.4%',
    'Ford recorded sales of 2 million vehicles last year.2 million vehicles',
    'The state reported 1,200 new cases on Monday.1,200 new cases',
    'Half a dozen deals involved software firms.Half a dozen',
    "About 60% of the city's budget goes to schools.60%",
    'Figures from the ministry show exports fell 5%.5%',
    'Records show the company paid $2 million in fines.$2 million',
    'Officials counted 300 deaths in Gaza.300 deaths',
    'More than 2 million residents of Tokyo commute by train.2 million residents',
    'The 40 senators who voted against the bill were Republicans.40 senators',
    'The rate of obesity among children rose to 20%.20%',
    'The distance between the two cities is 400 miles.400 miles',
    'The average score of students in Finland was 520.520',
    'There are 5 ways to save money in Ohio.5 ways',
}


def _agrees(ours, gold) -> bool:
    if gold is None:
        return ours is None
    return _same_words(ours.text if ours is not None else "", gold)


@pytest.mark.parametrize("form,text,figure,subject,prop", [
    pytest.param(*r, marks=GAP) if r[1] + r[2] in SUBJECT_PROPERTY_OPEN else r for r in SUBJECT_PROPERTY_BATTERY])
def test_assemble_subject_and_property_battery_of_measured_things(nlp, form, text, figure, subject, prop):
    from extractor import extract_text

    claim = next(c for c in extract_text(text, published="2024-03-05") if figure in c.quote or c.quote in figure)
    assert _agrees(claim.subject, subject), (form, claim.subject, subject)
    assert prop is None or _agrees(claim.property, prop), (form, claim.property, prop)


def _toml_examples(table: str, key: str) -> list[tuple]:
    """The example rows of assemble.toml [table] key."""
    import tomllib
    from importlib import resources

    toml = resources.files("extractor.assemble").joinpath("assemble.toml").read_text("utf-8")
    return [tuple(ex) for ex in tomllib.loads(toml)[table][key]]


# Round 20 subject extent (made up, none taken from a dev set), appended to SUBJECT_EXAMPLES: a thing
# an owner makes, named by a proper noun of its own, keeps its owner; a long phrase of a common noun
# that measures nothing with the place after it keeps the whole phrase, not the place alone
SUBJECT_EXAMPLES.extend([
    ("Acme’s Zephyr Pro headset sold 40,000 units in May.", "40,000 units", "Acme’s Zephyr Pro headset"),
    ("Globex's Orion rocket carried 12 satellites.", "12 satellites", "Globex's Orion rocket"),
    ("Acme's quarterly sales rose 12%.", "12%", "Acme"),
    ("A new solar farm project in Nevada will power 40,000 homes.", "40,000 homes", "new solar farm project in Nevada"),
])


@pytest.mark.parametrize("text,quote,subject", _toml_examples("extent", "match") + _toml_examples("extent", "no_match"))
def test_assemble_subject_extent_keeps_restrictive_modifiers(nlp, text, quote, subject):
    """TOML [extent]: a common-noun subject keeps the restrictive modifiers after it (match) and
    no comma-set-off aside, figure, time scope, speech verb or route (no_match)."""
    assert _figure(text, quote).subject.text == subject


@pytest.mark.parametrize("text,quote,subject", _toml_examples("description", "match") + _toml_examples("description", "no_match"))
def test_assemble_subject_description_stands_for_the_name_before(nlp, text, quote, subject):
    """TOML [description]: "The candy maker's volumes fell 6%" after "Hershey raised prices" is Hershey's
    (match); not another party, a noun the page named before, a name beside a named object, a noun that
    does not fit the name (a person's noun for a firm, a firm's for a person), nor a restricted one (no_match)."""
    assert _figure(text, quote).subject.text == subject


@pytest.mark.parametrize("text,quote,subject,prop", _toml_examples("subject", "measure_match"))
def test_assemble_subject_measure_nouns_name_the_property_and_not_the_subject(nlp, text, quote, subject, prop):
    claim = _figure(text, quote)
    assert _agrees(claim.subject, subject or None) and _agrees(claim.property, prop), (claim.subject, claim.property)


@pytest.mark.parametrize("text,quote,subject", _toml_examples("subject", "sample_match") + _toml_examples("subject", "sample_no_match"))
def test_assemble_subject_a_sample_is_its_studys(nlp, text, quote, subject):
    assert _agrees(_figure(text, quote).subject, subject or None)


@pytest.mark.parametrize("text,quote,subject", _toml_examples("subject", "part_match") + _toml_examples("subject", "part_no_match"))
def test_assemble_subject_a_part_is_of_the_name_before(nlp, text, quote, subject):
    assert _agrees(_figure(text, quote).subject, subject)


@pytest.mark.parametrize("text,quote,subject", _toml_examples("subject", "measure_no_match"))
def test_assemble_subject_a_head_that_is_the_actor_stays_the_subject(nlp, text, quote, subject):
    assert _agrees(_figure(text, quote).subject, subject)


# Review 16 (e140974): the reviewer's inputs where the round-16 subject/property was worse than main.
# (finding, text, quote, subject, property): expected = main's output or better by CONVENTIONS
# (subject/property None: none). 1: "There are N X in/at the Y" names only a place or a body, never a
# time, a container, a vehicle, an event or a part; 2: a measure noun that acts on a counted object keeps
# its phrase; 3: with no owner named, the measure noun stays the subject, no earlier actor is carried
# (since stop 61: unless the sentence right before is about a name it can be of, subject._measured_topic);
# 4: a time compounded with it is no subject; 5: nor a number as its "of" object; 6: nor a time in its
# "for" phrase; 7: "the level of debt at Acme": Acme; 8: the measure word stays out ("Acme's stake");
# 9: the property is the measure noun of the figure's own clause only.
REVIEW16_ROWS = [
    ('1', 'Acme has grown quickly. There are 500 employees at the moment.', '500 employees', None, 'employees'),
    ('1', 'There are 3 vacancies at the time of writing.', '3 vacancies', None, 'vacancies'),
    ('1', 'There were 3 goals in the end.', '3 goals', None, 'goals in the end'),
    ('1', 'There were 12 shootings in the meantime.', '12 shootings', None, 'shootings in the meantime'),
    ('1', 'There are 3 reasons for this in the first place.', '3 reasons', None, 'reasons for this'),
    ('1', 'There were 30 cases in the past.', '30 cases', None, 'cases'),
    ('1', 'There are 10 items at the top of the list.', '10 items', None, 'items'),
    ('1', 'There are 2 tablespoons of oil in the pan.', '2 tablespoons', None, 'oil'),
    ('1', 'There are 2 cups of flour in the bowl.', '2 cups', None, 'flour'),
    ('1', 'There were 4 people in the car when it crashed.', '4 people', None, 'people in the car'),
    ('1', 'There were 40 deaths in the outbreak.', '40 deaths', None, 'deaths in the outbreak'),
    ('1', 'There were 2,000 runners in the race.', '2,000 runners', None, 'runners in the race'),
    ('1', 'There are 30 students in this class.', '30 students', None, 'students in this class'),
    ('1', 'There are 30 mistakes in the report.', '30 mistakes', None, 'mistakes in the report'),
    ('1', 'There were 12 arrests at the protest.', '12 arrests', None, 'arrests'),
    ('1', 'There are 500 bridges in the city.', '500 bridges', 'city', 'bridges in the city'),
    ('2', 'The area has 40 schools and 12 hospitals.', '40 schools', 'area', 'schools'),
    ('2', 'The area has 40 schools and 12 hospitals.', '12 hospitals', 'area', 'hospitals'),
    ('2', 'High winds knocked out power to 40,000 homes.', '40,000 homes', 'High winds', 'homes'),
    ('2', 'The production features 40 dancers and runs 3 hours.', '40 dancers', 'production', 'dancers'),
    ('2', 'The budget, which totals $5 billion, was approved by the council.', '$5 billion', 'budget', None),
    ('3', 'Researchers studied 2,000 patients. Mortality fell 12%.', '12%', 'Mortality', 'Mortality'),
    ('3', 'Police arrested 12 people on Friday. Unemployment rose to 8%.', '8%', 'Unemployment', 'Unemployment'),
    ('3', 'Messi scored twice as Inter Miami won 3-1. Attendance was 21,000.', '21,000', 'Attendance', 'Attendance'),
    ('3', 'Acme sold 300 cars in May. Inflation rose to 3.2%.', '3.2%', 'Inflation', 'Inflation'),
    ('3', 'Jobs grew by 200,000 in May, while unemployment held at 3.9%.', '3.9%', 'unemployment', 'unemployment'),
    ('3', 'Acme sold 300 cars in May. The cost of living rose 3%.', '3%', 'living', 'cost of living'),
    ('3', 'Globex cut its forecast in March.\n\nAcme, a rival, reported on Tuesday. Revenue rose 8%.', '8%', 'Revenue',
     'Revenue'),
    ('4', 'Holiday sales rose 4% from a year earlier.', '4%', None, 'Holiday sales'),
    ('4', 'Christmas sales rose 4%.', '4%', None, 'sales'),
    ('5', 'The population of 8 million grew 2%.', '2%', 'population', 'population'),
    ('6', 'Revenue for the period rose 3%.', '3%', 'Revenue', 'Revenue'),
    ('7', 'The level of debt at Acme reached $4 billion.', '$4 billion', 'Acme', 'level of debt'),
    ('8', "The value of Acme's stake is $2 billion.", '$2 billion', "Acme's stake", 'value'),
    ('9', 'Demand pushed prices up 5%.', '5%', 'Demand', None),
    ('9', 'Demand for housing has pushed rents up 9%.', '9%', 'Demand', None),
    ('9', 'Inflation forced the central bank to raise rates by 0.25 points.', '0.25 points', 'Inflation', None),
    ('9', 'Profit fell 12% for a second year, hurt by a $300 million charge.', '$300 million', 'Profit', None),
    ('9', 'Unemployment has stayed below 4% for 18 months.', '18 months', 'Unemployment', None),
    ('9', "The show's approval came after 3 years.", '3 years', 'show', None),
    ('9', 'The production features 40 dancers and runs 3 hours.', '3 hours', 'production', None),
]


@pytest.mark.parametrize("finding,text,quote,subject,prop", REVIEW16_ROWS)
def test_assemble_subject_review16_measure_nouns_no_worse_than_main(nlp, finding, text, quote, subject, prop):
    claim = _figure(text, quote)
    assert _agrees(claim.subject, subject) and _agrees(claim.property, prop), (finding, claim.subject, claim.property)


# Round 17 (invented): attribution that is no common speech verb, inside the figure's sentence: data, figures,
# records and documents that show or find ("Court records show"), "put/peg X at N" by a speaker or a document, a
# count a speaker keeps ("officials have compiled the number of ..."), "by X's tally", "per X", "as reported by X",
# a document that notes or warns ("The report notes that"), verbs of finding with a clause ("Researchers
# discovered that"), and near misses where the same words make no source (a score, a rate, a setting, a thing
# placed, a data centre, a survey period, a pronoun's count). Expected sources agree by the scorer's test (Dice
# >= 0.5 of words); None: no source. GAP17 rows are forms main still misses (strict: a fix shows); round 17's
# candidate fixes for them (a82902e, 6a9de74 on branch i10-source17) lowered claims-dev's check source recall
# (.796 -> .778) and were reverted.
# "put X at N" by a speaker ("The agency puts the death toll at 300", "Analysts put the odds of a cut at 60%") is
# pinned by ATTRIBUTION_BATTERY's r14-put-at-person rows (sourced since round 39: source._puts_estimate), so they
# are not repeated here, nor are its rows for "Fans put the odds" and "The company says it has 40,000 employees".
GAP17 = pytest.mark.xfail(strict=True, reason="a form of attribution main misses: round 17's fix lowered check source recall")
ROUND17_SOURCES = [
    ('data-from-show', 'Data from the Labor Department show wages rose 4.1% in May.', '4.1%', 'Data from the Labor Department'),
    ('data-from-show-after', 'Wages rose 4.1% in May, data from the Labor Department show.', '4.1%', 'data from the Labor Department'),
    ('poss-data-show', "The Labor Department's data show wages rose 4.1% in May.", '4.1%', "Labor Department's data"),
    ('figures-put', "The ministry's figures put the death toll at 312.", '312', "ministry's figures"),
    ('figures-show-after', 'Exports fell 3% in June, government figures showed.', '3%', 'government figures'),
    ('survey-by-found', 'A survey by the Acme Institute found 40% of drivers speed.', '40%', 'survey by the Acme Institute'),
    ('estimates-object', 'Acme Research estimates the market at $4 billion.', '$4 billion', 'Acme Research'),
    ('estimates-clause', 'The World Bank estimates the economy will shrink 2% this year.', '2%', 'World Bank'),
    ('estimated-clause', 'The World Bank estimated the economy would shrink 2% this year.', '2%', 'World Bank'),
    ('puts-at-body', 'The Congressional Budget Office puts the cost at $40 billion over a decade.', '$40 billion', 'Congressional Budget Office'),
    ('pegged-at-body', 'The agency pegged the cost at $4 billion.', '$4 billion', 'agency'),
    pytest.param('pegs-at-document', 'A Globex estimate pegs the cost at $4 billion.', '$4 billion', 'A Globex estimate', marks=GAP17),
    ('puts-at-near-setting', 'The Fed put rates at 5.5% in July.', '5.5%', None),
    ('puts-at-near-pronoun', 'Lee said the plant had 200 workers. This puts the total at 1,200.', '1,200', None),
    ('puts-at-near-modal', 'Some analysts could put the cost at $3 billion.', '$3 billion', None),
    ('puts-at-near-place', 'Acme put 300 workers at its new plant.', '300 workers', None),
    ('puts-at-near-risk', 'The strike put 3,000 jobs at risk.', '3,000 jobs', None),
    pytest.param('compiled-number', 'Transportation officials have compiled the number of potholes filled, more than 1.7 million.', '1.7 million', 'Transportation officials', marks=GAP17),
    ('compiled-near-score', 'Smith compiled a .310 average with 25 home runs.', '25 home runs', None),
    ('tallied-near-score', 'Ohtani tallied 54 home runs.', '54 home runs', None),
    ('compiled-near-list', 'Fans compiled a playlist of 40 songs.', '40 songs', None),
    ('compiled-near-side', 'After officials compiled a list of 40 roads, the city spent $3 million.', '$3 million', None),
    ('tally-shows', 'An Associated Press tally shows at least 300 people have died.', '300 people', 'Associated Press tally'),
    pytest.param('by-poss-tally', "By Reuters' tally, 300 people have died.", '300 people', "Reuters' tally", marks=GAP17),
    pytest.param('by-poss-count', "300 people died in the floods, by the agency's count.", '300 people', "agency's count", marks=GAP17),
    pytest.param('by-poss-calculations', "By Acme's calculations, the tariffs will cost $2 billion.", '$2 billion', "Acme's calculations", marks=GAP17),
    ('by-near-unnamed', 'By one estimate, 2 million people attended.', '2 million people', None),
    ('by-near-pronoun', 'By his count, 2 million people attended.', '2 million people', None),
    ('by-near-passive', 'The bridge was built by Acme for $40 million.', '$40 million', None),
    ('by-near-change', 'Prices rose by 3% in May.', '3%', None),
    ('tally-by', 'At least 300 people have died, according to a tally by the Associated Press.', '300 people', 'tally by the Associated Press'),
    ('citing', 'Acme will cut 1,000 jobs, Bloomberg said, citing a memo.', '1,000 jobs', 'Bloomberg'),
    ('x-citing-y', 'CNBC, citing people familiar with the matter, said Acme would cut 1,000 jobs.', '1,000 jobs', 'CNBC'),
    ('as-measured-by', 'Inflation, as measured by the consumer price index, rose 3.2% in May.', '3.2%', None),
    ('as-reported-by', 'The deal, as reported by Reuters, was worth $5 billion.', '$5 billion', 'Reuters'),
    ('as-reported-by', 'Sales rose 9%, as reported by Acme.', '9%', 'Acme'),
    ('data-compiled-by', 'Acme data compiled by Bloomberg show the fund lost 12%.', '12%', 'Acme data compiled by Bloomberg'),
    pytest.param('documents-by-maker', 'Documents reviewed by Reuters show the firm paid $3 million.', '$3 million', 'Documents reviewed by Reuters', marks=GAP17),
    pytest.param('documents-by-maker', 'Documents obtained by the Times show the firm paid $3 million.', '$3 million', 'Documents obtained by the Times', marks=GAP17),
    pytest.param('records-show', 'Court records show the company paid $3 million in fines.', '$3 million', 'Court records', marks=GAP17),
    pytest.param('records-show-after', 'The firm paid $3 million, public records show.', '$3 million', 'public records', marks=GAP17),
    ('records-near', 'The team broke 3 records last season.', '3 records', None),
    ('records-near', 'Records fell as 40 swimmers competed.', '40 swimmers', None),
    ('per-name', 'Sales rose 9% in May, per Acme Analytics.', '9%', 'Acme Analytics'),
    ('per-document', 'Rents rose 6% last year, per a report by Zillow.', '6%', 'report by Zillow'),
    ('per-document', 'Sales rose 9% in May, per data from Acme Analytics.', '9%', 'data from Acme Analytics'),
    ('per-near-rate', 'Shares cost $40 per share.', '$40', None),
    ('per-near-rate', 'The plan costs $12, per month.', '$12', None),
    ('projects-clause', 'The agency projects the deficit will reach $1.9 trillion.', '$1.9 trillion', 'agency'),
    ('forecasts-clause', 'The Bank of England forecasts inflation will fall to 2% next year.', '2%', 'Bank of England'),
    pytest.param('document-notes', 'A Gartner report notes that 40% of firms cut staff.', '40%', 'A Gartner report', marks=GAP17),
    ('document-notes-anaphoric', 'According to the Acme Housing Survey, rents rose 6%. The report notes that 40% of firms cut staff.', '40%', 'Acme Housing Survey'),
    pytest.param('document-warns', "The agency's study warns that 12% of reefs could die by 2050.", '12%', "agency's study", marks=GAP17),
    ('document-estimates-after', 'About 40% of firms cut staff, the report estimates.', '40%', 'report'),
    pytest.param('website-says', "The company's website says it has 300 stores.", '300 stores', "company's website", marks=GAP17),
    pytest.param('discovered-that', 'Researchers discovered that 30% of the samples were contaminated.', '30%', 'Researchers', marks=GAP17),
    pytest.param('determined-that', 'Investigators determined that the fire caused $3 million in damage.', '$3 million', 'Investigators', marks=GAP17),
    ('statistics-from', 'Statistics from the Home Office show 30,000 people crossed in small boats.', '30,000 people', 'Statistics from the Home Office'),
    ('x-figures-indicate', 'Eurostat figures indicate unemployment hit 6.5%.', '6.5%', 'Eurostat figures'),
    ('x-data-show', 'Census Bureau data show the median income was $74,580.', '$74,580', 'Census Bureau data'),
    ('study-set-off', 'The study, published in Nature, found that 30% of reefs died.', '30%', 'The study'),
    ('analysis-of-by', 'An analysis of federal data by the Times found 40% of claims were denied.', '40%', 'analysis of federal data by the Times'),
    ('self-claim-claims', 'The startup claims its battery lasts 20 hours.', '20 hours', 'startup'),
    ('self-claim-website', 'On its website, Acme says it serves 2 million customers.', '2 million customers', 'Acme'),
    ('self-claim-reported', 'Acme reported revenue of $5 billion for the quarter.', '$5 billion', 'Acme'),
    ('self-near-own', 'Acme employs 40,000 people.', '40,000 people', None),
    ('report-shows', "Acme's report shows revenue of $5 billion.", '$5 billion', "Acme's report"),
    ('index-subject', 'The S&P 500 index rose 1.2% on Tuesday.', '1.2%', None),
    ('index-subject', 'The Nikkei index rose 2% on Monday.', '2%', None),
    ('near-data-centres', 'Acme operates 40 data centres worldwide.', '40 data centres', None),
    ('near-survey-period', 'Prices rose 3% during the survey period.', '3%', None),
    ('near-data-plan', 'The data plan costs $40 a month.', '$40', None),
    ('near-filing-fee', 'The filing fee is $300.', '$300', None),
    ('near-estimates-beat', 'Revenue of $4 billion beat estimates.', '$4 billion', None),
    ('near-poll-workers', 'Poll workers counted 40,000 ballots.', '40,000 ballots', None),
    ('near-study-hall', 'The study hall seats 200 students.', '200 students', None),
    ('near-shows', 'The network shows 40 games a season.', '40 games', None),
    ('near-study-cost', 'The study cost $2 million.', '$2 million', None),
    ('near-records-company', 'Acme records about 500 leaks in a typical month.', '500 leaks', None),
    pytest.param('report-lists', "Acme's annual report lists 12,000 employees.", '12,000 employees', "Acme's annual report", marks=GAP17),
    pytest.param('filing-disclosed-object', 'In a filing on Monday, Acme disclosed a loss of $40 million.', '$40 million', 'Acme', marks=GAP17),
    pytest.param('numbers-from', 'Numbers from the state health department show 1,200 new cases.', '1,200 new cases', 'Numbers from the state health department', marks=GAP17),
    pytest.param('based-on-data', 'Based on data from the agency, 40% of homes lack broadband.', '40%', 'data from the agency', marks=GAP17),
    pytest.param('reported-near-conj', 'Acme reported a loss last year and cut 300 jobs.', '300 jobs', None, marks=GAP17),
]


# Round 18 (invented): forms found missing on blind-annotated free pages (scripts/dev_extra/source.jsonl) and in
# claims-dev's tune half: a company or surname the tagger takes for a common noun, named as such elsewhere on the
# page ("Zentrix reported ..."); "It found" whose "it" is the document the sentence before opens with; a document
# cited with "according to" at the end of a paragraph's data, covering the sentence just before. GAP18 rows are
# what main misses (strict: a fix shows). Round 18's candidate (a helper's branch, not merged) fixed all three and
# raised dev_extra source recall .610 -> .678 and tune .935 -> .978, but left claims-dev's check source recall at
# .796 and precision .956 (no check figure moved), so it was not kept. The None rows are near misses either way.
# The rows run in the round-17 test below (same shape and assertion).
# The document-back row reads CONVENTIONS (c), a paragraph that reports one attributed data set, as claims-dev's tune
# gold does (a figure just before 'according to the ... report'); REVIEW16_SOURCE's r16-nm-* rows pin the outlet's
# own background before such a sentence: round 18's rule broke 68 of them, so a fix must tell the two apart.
GAP18 = pytest.mark.xfail(strict=True, reason="a form of attribution main misses: round 18's fix left check flat")
ROUND18_SOURCES = [
    ('missed-name', 'Zentrix was founded by two engineers.\n\nZentrix reported diluted earnings per share '
                    'of $0.42 for fiscal 2024 but booked a loss in fiscal 2025.', '$0.42', 'Zentrix'),   # round 21: _bare_name
    ('it-document', 'The survey was conducted in May. It found that 40% of drivers speed.', '40%',
     'The survey'),   # round 23: source._document_antecedent (check flat again, dev_extra +1)
    pytest.param('document-back', 'Acme opened 85 stores last year. Its average store sold $1.9 million, according to '
                 'a report by Globex Research.', '85 stores', 'report by Globex Research', marks=GAP18),
    ('it-mentioned-document', 'Acme read the report. It found that 40% of staff left.', '40%', None),
    ('it-bare-document', 'Research is costly. It shows that 40% of staff left.', '40%', None),
    ('back-person', 'Acme opened 85 stores last year. Its average store sold $1.9 million, according to Ann Lee.',
     '85 stores', None),
    ('back-first-person', 'We sold 40 cars last year. Prices rose 3%, according to the survey.', '40 cars', None),
    ('back-date', 'Acme opened in 1990. Its average store sold $1.9 million, according to a report by Globex.', '1990',
     None),
]


# Round 37 (invented): the news media as a cited body ("state media reported"), and a post or a tweet that
# reports a finding ("Musk tweeted that ..."); a post or tweet with an object is no speech ("Acme posted a loss").
ROUND37_SOURCES = [
    ('media-reported', 'The storm killed 12 people, state media reported.', '12 people', 'state media'),
    ('media-reported', 'Local media reported that 40 homes were destroyed.', '40 homes', 'Local media'),
    ('tweeted-clause', 'Musk tweeted that Tesla had delivered 400,000 cars.', '400,000 cars', 'Musk'),
    ('posted-clause', 'The mayor posted on Facebook that 300 homes had lost power.', '300 homes', 'mayor'),
    ('posted-result', 'Acme posted a net loss of $40 million.', '$40 million', None),
    ('tweeted-object', 'Musk tweeted a photo of 40 cars.', '40 cars', None),
    ('media-not-speaking', 'Social media posts rose 40% in May.', '40%', None),
    ('posted-adverb', 'Acme posted strongly in the quarter, with sales up 7%.', '7%', None),
    ('tweeted-count', 'Musk tweeted 12 times on Tuesday about the 5% tariff.', '5%', None),
    ('tweeted-after', 'Tesla delivered 400,000 cars, Musk tweeted.', '400,000 cars', 'Musk'),
]
# ... and broadcasters by their medium ("state television", "the channel", "Iranian state radio");
# a station or network that acts is no speaker ("The network added 400 stores")
ROUND37_SOURCES.extend([
    ('television-reported', 'Twelve people died, state television reported.', 'Twelve people', 'state television'),
    ('radio-said', 'Twelve people died, Iranian state radio said.', 'Twelve people', 'Iranian state radio'),
    ('channel-reported', 'The channel reported that 12 people died.', '12 people', 'channel'),
    ('network-acts', 'The network added 400 stores.', '400 stores', None),
    # the agent of a passive report ("was reported by", "was confirmed by"); not of an act ("destroyed by")
    ('passive-reported', 'Sales growth of 3% was reported by the ONS.', '3%', 'ONS'),
    ('passive-confirmed', 'The figure of 40 deaths was confirmed by police.', '40 deaths', 'police'),
    ('passive-forecast', 'Growth of 2.1% is forecast for 2025 by the IMF.', '2.1%', 'IMF'),
    ('passive-act', '300 homes were destroyed by the storm.', '300 homes', None),
    ('passive-in-side-clause', 'Sales fell 4% after a recall was announced by Toyota.', '4%', None),
    ('passive-own-figures', 'Quarterly revenue of $25 billion was reported by Tesla on Wednesday.', '$25 billion', 'Tesla'),
])


# An estimate given as the amount a measured thing is put "at" ("put the death toll at 40"); not a thing put
# at risk or a currency pegged at a rate. "As per" cites as "per" does. Invented inputs, each failed before.
ROUND39_SOURCES = [
    ('put-toll-at', 'Local officials put the death toll at 40.', '40', 'Local officials'),
    ('puts-number-at', 'The Red Cross puts the number of displaced at 12,000.', '12,000', 'Red Cross'),
    ('pegged-cost-at', 'The Pentagon pegged the cost at $4 billion.', '$4 billion', 'Pentagon'),
    ('put-chance-of-at', 'Analysts put the chance of a recession at 35%.', '35%', 'Analysts'),
    ('put-at-risk', 'The storm put 500 jobs at risk.', '500 jobs', None),
    ('pegged-currency', 'China pegged the yuan at 7.8 per dollar.', '7.8 per dollar', None),
    ('put-money-at', 'The bank put $5 billion at the disposal of the government.', '$5 billion', None),
    ('put-crowd-at', 'Police put the crowd at 10,000.', '10,000', 'Police'),
    ('puts-growth-at', 'The IMF puts global growth at 3.2% this year.', '3.2%', 'IMF'),
    ('as-per-opening', 'As per the ministry, 2,300 schools were closed.', '2,300 schools', 'ministry'),
    ('as-per-after-comma', 'Prices rose 4%, as per the latest figures.', '4%', 'latest figures'),
    ('as-per-plan', 'Sales rose 4% per year as per plan.', '4%', None),
    # a trailing participle of finding after a document's clause, its own sample stated or not; not an index's move
    ('trailing-after-sample', 'The survey polled 2,000 adults, revealing that 40% are stressed.', '40%', 'The survey'),
    ('trailing-after-index', 'The index closed at 8,200, indicating that 70% of stocks rose.', '70%', None),
]


@pytest.mark.parametrize("form,text,quote,source", ROUND17_SOURCES + ROUND18_SOURCES + ROUND37_SOURCES
                         + ROUND39_SOURCES)
def test_assemble_source_round17_18_attribution_forms(nlp, form, text, quote, source):
    _check_source(form, text, quote, source)


# Round 18 (invented inputs): a product's name that ends its heading line keeps its number; the next
# line's capitalised word is no headline verb
@pytest.mark.parametrize("text,quote", [
    ("Best Alexa hub\n\nAmazon Echo Show 8\n\nWorks with: Android and iPhone.", "8"),
    ("Our pick\nAcer Aspire Go 15\nThe laptop weighs 1.6 kg.", "15"),
])
def test_assemble_filters_a_name_that_ends_its_line_keeps_its_number(nlp, text, quote):
    from extractor import extract_text

    assert quote not in [c.quote for c in extract_text(text)]


# A pronoun ("it says", "she added") or a paragraph opening a quotation continues the last speaker only within
# `source.speech_gap` paragraphs of the last one their words were in force in, or of one that names them again
# (source._recent_speaker, _names_again). Invented inputs: the far row failed before the rule ('$120' was Acme's).
SPEECH_GAP_SOURCES = [
    ('far-pronoun', 'Acme noted that its app is free to download.\n\nWe tested eight booking sites over three weeks.'
                    '\n\nPrices varied widely from route to route.\n\nThe cheapest site overall was Globex.\n\n'
                    'It says the fare to Denver is $120.', '$120', None),
    ('near-pronoun', 'Ann Lee, an economist at Globex, said wages rose 4% last year.\n\nGlobex is based in Ohio.\n\n'
                     'She added that rents rose 6%.', '6%', 'Ann Lee, an economist'),
    ('named-again', 'Ann Lee, an economist at Globex, said wages rose 4% last year.\n\nThe firm is based in Ohio.\n\n'
                    'Its offices are in a former mill.\n\nIts staff work from home on Fridays.\n\n'
                    'Lee flies to Oslo on Friday.\n\nShe added that rents rose 6%.', '6%', 'Ann Lee, an economist'),
]


@pytest.mark.parametrize("form,text,quote,source", SPEECH_GAP_SOURCES)
def test_assemble_source_a_pronoun_continues_only_a_recent_speaker(nlp, form, text, quote, source):
    _check_source(form, text, quote, source)


# A pronoun continues the last speaker only when it can stand for them (source._agrees): "he"/"she" not a body,
# "it" not a person, a demonstrative no speaker. Invented inputs: the first three failed before the rule.
PRONOUN_AGREEMENT_SOURCES = [
    ('he-after-body', 'The agency said flights were delayed on Monday. He said 40 flights were cancelled.',
     '40 flights', None),
    ('it-after-person', 'Ann Lee, a Globex economist, said wages rose 4% last year. It says rents rose 6%.', '6%', None),
    ('this-after-person', 'The setting is read by a helper, said Ann Lee. This tells the server that the status is '
                          '404.', '404', None),
    ('it-after-body', 'Globex said sales rose 4% last year. It added that costs fell 6%.', '6%', 'Globex'),
    ('she-after-person', 'Ann Lee, a Globex economist, said wages rose 4% last year. She added that rents rose 6%.',
     '6%', 'Ann Lee, a Globex economist'),
]


@pytest.mark.parametrize("form,text,quote,source", PRONOUN_AGREEMENT_SOURCES)
def test_assemble_source_a_pronoun_continues_only_a_speaker_it_can_stand_for(nlp, form, text, quote, source):
    _check_source(form, text, quote, source)


# A pronoun that says something where no speaker is in force names the actor the sentence before opens with
# (source._pronoun_speaker, _opening_actor): a person's name for he/she, an organisation or a body for it, a
# plural of people or bodies for they. Invented inputs: the first four had no source before the rule.
PRONOUN_SPEAKER_SOURCES = [
    ('she-person', 'Ann Lee runs a bakery in Leeds. She said sales rose 12% last year.', '12%', 'Ann Lee'),
    ('it-org', 'Globex Corp opened a plant in Ohio on Monday. It said the plant would employ 400 people.',
     '400 people', 'Globex Corp'),
    ('it-body', 'The ministry issued a statement on Friday. It said 40 people had died.', '40 people', 'The ministry'),
    ('they-people', 'Officials met on Monday. They said 300 homes were damaged.', '300 homes', 'Officials'),
    ('she-place', 'Springfield has a new mayor. She said the budget would rise 4%.', '4%', None),
    ('it-thing', 'The storm hit the coast on Monday. It said 40 homes were lost.', '40 homes', None),
    ('he-body', 'The agency closed two offices on Monday. He said 40 flights were cancelled.', '40 flights', None),
    # after review: a passive speech verb has no speaker; a second name or people group leaves the pronoun unclear;
    # an owner's or a joined name is not the speaker; market instruments say nothing
    ('passive-told', 'Ann Lee runs a bakery in Leeds. She was told the repairs would cost $9,000.', '$9,000', None),
    ('dummy-it', 'Globex Corp cut its outlook on Monday. It is estimated that 40% of its sales are in Asia.', '40%', None),
    ('second-person', 'Ann Lee hired a builder, Tom Reed, in May. He said the roof would cost $18,000.', '$18,000', None),
    ('possessor', "Ann Lee's lawyer filed an appeal on Tuesday. He said the $2 million fine was unfair.", '$2 million',
     None),
    ('they-two-groups', 'Officials met flood victims on Sunday. They said 80% of the crops were lost.', '80%', None),
    ('they-market', 'Bonds rallied after the report. They said the yield fell to 4.1%.', '4.1%', None),
    ('they-party', 'Critics of the plan rallied outside the council. They said rents would rise 20%.', '20%', 'Critics'),
    # a pronoun's speech verb joined after its own act: the speaker for that clause only (source._joined_after)
    ('she-joined', 'Ann Lee runs a bakery in Leeds. She opened a second shop and said sales rose 12%.', '12%', 'Ann Lee'),
    ('it-joined-act', 'The ministry issued a statement. It reviewed 3,000 claims and said 12% were false.',
     '3,000 claims', None),
    # a main verb that reports only its clause (an admission, a forecast) names the speaker too, for what it reports
    ('she-admitted', 'Ann Lee runs a bakery in Leeds. She admitted that 40 loaves had burned.', '40 loaves', 'Ann Lee'),
    ('it-forecast', 'The ministry issued a statement on Friday. It expects exports to rise 6% next year.', '6%',
     'The ministry'),
    ('she-admitted-aside', 'Ann Lee runs a bakery. With 3 ovens broken, she admitted that 40 loaves had burned.',
     '3 ovens', None),
    ('she-admitted-after-aside', 'Ann Lee runs a bakery. With 3 ovens broken, she admitted that 40 loaves had burned.',
     '40 loaves', 'Ann Lee'),
    # an owner is not what "it" stands for when what it owns agrees with "it"
    ('owner-singular', "The company's auditor issued a report. It cautioned that 12% of its loans may fail.", '12%',
     None),
    ('owner-plural', "The ministry's figures came out on Friday. It calculated that 3,000 claims were false.",
     '3,000 claims', 'The ministry'),
]


@pytest.mark.parametrize("form,text,quote,source", PRONOUN_SPEAKER_SOURCES)
def test_assemble_source_a_pronoun_names_the_actor_the_sentence_before_opens_with(nlp, form, text, quote, source):
    _check_source(form, text, quote, source)


def test_assemble_subject_is_never_a_peoples_word_that_says_what_is_counted(nlp):
    """subject._kind_of_counted: where the parse gives the clause no subject, a people's word inside a counted
    noun ("1,600 Buddhist temples") is no actor to fall back on."""
    from extractor import extract_text

    text = ("8. Kyoto, Japan\n\nHome to 1,600 Buddhist temples and 400 Shinto shrines, the former imperial "
            "capital served as Japan's seat of government for more than 1,000 years.")
    subjects = {c.quote: c.subject.text if c.subject else None for c in extract_text(text)}
    assert subjects["1,600 Buddhist temples"] not in ("Buddhist", "Shinto")
    assert subjects["1,000 years"] not in ("Buddhist", "Shinto")


def test_assemble_subject_is_never_the_dateline_place(nlp):
    from extractor import extract_text

    claims = extract_text("LONDON (Reuters) - British inflation fell to 2.3% in April, official data showed.")
    assert [c.subject.text for c in claims if c.quote == "2.3%"] == ["British"]


# A share followed by "among"/"for" and a group is that group's (subject._group_after) where its clause's
# subject is a measure or the share is set against another; not a share that is an amount added or charged
SUBJECT_EXAMPLES.extend([
    ("The rate was 12% among men and 9% among women.", "12%", "men"),
    ("Unemployment is 4% for college graduates versus 11% for dropouts.", "11%", "dropouts"),
    ("Patients on the drug lost 15% of their weight, compared with 2.4% for those on a placebo.", "2.4%",
     "those on a placebo"),
    ("Always add an additional 10% for cost overruns.", "10%", None),
    ("Acme's rate was 12% for new customers.", "12%", "Acme"),
])


# "the carmaker" stands for the company named before it as "the company" does (nlp.toml [parse.descriptions]); a
# plural ("The companies") is a class, not the one named before
SUBJECT_EXAMPLES.extend([
    ("Ford Motor said it would cut 3,800 jobs. The carmaker will cut 2,300 positions in Germany.", "2,300 positions",
     "Ford Motor"),
    ("Acme Corp raised its prices. The companies sold 40,000 cars in May.", "40,000 cars", "companies"),
])


# A contest's result told as two figures after the verb's object: the second figure is the object's
# (subject._contest_second); a move's "to" has no object and keeps its subject
SUBJECT_EXAMPLES.extend([
    ("Smith leads Jones 48% to 44% among likely voters.", "44%", "Jones"),
    ("Smith leads Jones 48% to 44% among likely voters.", "48%", "Smith"),
    ("In the poll, Harris led Trump by 47% to 45%.", "45%", "Trump"),
    ("Acme's shares rose 3% to $40.", "$40", "Acme"),
    ("Harris led Trump 47% to 45% in the poll.", "45%", "Trump"),       # the parse hangs the name on the figure
    ("Smith leads Texas Republicans 48% to 44%.", "44%", "Smith"),      # a group polled, no rival
])


# A count reached by a measure ("fell to 1.2 children per woman") is that measure's amount as a bare figure
# is ("fell to 1.2"): the measure's owner is the place set off before it
SUBJECT_EXAMPLES.extend([
    ("In Japan, the birth rate fell to 1.2 children per woman.", "1.2 children", "Japan"),
])


# Whom an attribution's words were told to, or where they were said, is no actor of the figure
# (subject._told_to): "300 homes" are the homes, not Twitter's, nor a place it was said in; a place stays the
# subject of a passive report ("reported by the ONS in Britain", above)
SUBJECT_EXAMPLES.extend([
    ("More than 300 homes were destroyed, the governor said on Twitter.", "300 homes", "homes"),
    ("About 40 people were hurt, police told the Associated Press.", "40 people", "people"),
    ("Twelve people died, officials told Globex News.", "Twelve people", "people"),
    ("1,000 firefighters have been deployed, the governor told reporters in Sacramento.", "1,000 firefighters",
     "firefighters"),
    ("The minister said at a news conference in Kyiv that 40 people were killed.", "40 people", "people"),
])


# A share that names its own group is that group's, even where the clause's actor is only another share's
# group (subject._other_share_group); a part stated of an actor keeps the actor
SUBJECT_EXAMPLES.extend([
    ("60% of Gen Z respondents said they plan a trip, compared with 35% of baby boomers.", "35%", "baby boomers"),
    ("60% of Gen Z respondents said they plan a trip, compared with 35% of baby boomers.", "60%", "Gen Z respondents"),
    ("China filed 40% of the world's patents.", "40%", "China"),
])


# A bare number that ends a name it modifies is part of the name, no figure to cut the subject at
# (subject._in_name): the index keeps its move when another index follows in the sentence
SUBJECT_EXAMPLES.extend([
    ("The S&P 500 rose 1.2% to 5,100, while the Nasdaq gained 2%.", "1.2%", "S&P 500"),
    ("The FTSE 100 fell 0.5% to 7,600, while the DAX gained 1%.", "7,600", "FTSE 100"),
    ("The FTSE 100 fell 0.5% to 7,600, while the DAX gained 1%.", "1%", "DAX"),
])


# A share set against another by a cue that only compares is the named actor's after "for" (subject._group_after,
# named_after_preps); not after "and", which also joins a list, nor a market after "in"
SUBJECT_EXAMPLES.extend([
    ("China filed 40% of the world's patents, compared with 20% for the United States.", "20%", "United States"),
    ("Amazon's margin was 12%, versus 6% for Walmart.", "6%", "Walmart"),
    ("Amazon's margin was 12%, versus 6% for Walmart.", "12%", "Amazon"),
    ("Acme's revenue grew 10% in China, compared with 4% in the United States.", "4%", "Acme"),   # a market
    ("We saw adoption of 61% for mobile apps and 79% for Acme Cloud.", "79%", "We"),
])


# A measure noun's owner is a name the recogniser left untyped too ("Tesla shares", and the index "The Dow Jones
# Industrial Average", whose head "Average" is no abstract noun there), and a fronted "For X," names whom the
# measure is of, as "In Germany," and "At Amazon," do (subject._untagged_name, place_preps); not a time nor
# "For example,"
SUBJECT_EXAMPLES.extend([
    ("Tesla shares fell 5% on Tuesday.", "5%", "Tesla"),
    ("Zoom shares jumped 12% after the report.", "12%", "Zoom"),
    ("The Dow Jones Industrial Average fell 300 points, or 0.8%.", "0.8%", "Dow Jones Industrial Average"),
    ("For Acme, revenue rose 8% in the quarter.", "8%", "Acme"),
    ("For China, exports fell 3% in May.", "3%", "China"),
    ("For 2024, revenue rose 8%.", "8%", "revenue"),
    ("For example, revenue rose 8% in the quarter.", "8%", "revenue"),
])


# A figure a verb of valuation puts its object "at" is that object's worth (subject._valued, valued_lemmas); who
# values it is not the subject, and a passive or a possessive keeps its own owner
SUBJECT_EXAMPLES.extend([
    ("The deal values Acme at $12 billion.", "$12 billion", "Acme"),
    ("Investors valued the startup at $1 billion in its last round.", "$1 billion", "startup"),
    ("Acme was valued at $12 billion.", "$12 billion", "Acme"),
    ("The museum values its collection at $2 billion.", "$2 billion", "museum"),
    ("Acme sold the unit at a loss of $40 million.", "$40 million", "Acme"),
])


# Review of this round (invented inputs, each wrong in a first version of the rules above): a thing a seller prices
# without a name or an owner is no owner ("priced tickets at $99"), "the company" in a participle's phrase is the
# clause's subject, a fronted "For X," before a forecast is whose view it is, the first word of a list is no name,
# and a second speaker joined after the first is never a figure's subject (subject._actor_in)
SUBJECT_EXAMPLES.extend([
    ("The airline priced tickets at $99.", "$99", "airline"),
    ("The startup raised $300 million, valuing the company at $6.6 billion.", "$6.6 billion", "startup"),
    ("For Goldman, oil prices will average $90 next year.", "$90", None),
    ("Energy, food and housing costs rose 6%.", "6%", None),
    ("Police said 12 people died, while the Red Cross said 55 people had died.", "12 people", "people"),
    ("Police said 12 people died, while the Red Cross said 55 people had died.", "55 people", "people"),
    ("Local officials put the death toll at 40, while the Red Cross said 55 people had died.", "55 people", "people"),
    ("The S&P 500 index fell 2%, suggesting that investors expect three rate cuts.", "2%", "S&P 500 index"),
    # second review: a view only before a forecast of what no measure of the name is; a valued firm named by
    # the participle's clause; whoever values a group or a thing is not its subject
    ("For Acme, revenue will reach $2 billion.", "$2 billion", "Acme"),
    ("For Germany, growth could slow to 0.5%.", "0.5%", "Germany"),
    ("Acme bought Globex, valuing the company at $4 billion.", "$4 billion", "Globex"),
    ("Investors valued the group at $5 billion.", "$5 billion", "group"),
    ("Appraisers valued the painting at $1 million.", "$1 million", "painting"),
])


# A pronoun subject ("It", "Its", "They") with no antecedent in its own sentence stands for the actor the
# sentence before is about, its subject (CONVENTIONS: "resolved from the previous sentence for a pronoun";
# subject._previous_subject): not an "it" that holds the place of a clause, a person for "it", a thing
# described, nor a sentence two blocks back (invented inputs)
SUBJECT_EXAMPLES.extend([
    ("Acme Corp makes widgets in Ohio. It employs 3,000 people.", "3,000 people", "Acme Corp"),
    ("Acme Corp makes widgets in Ohio.\n\nIt employs 3,000 people.", "3,000 people", "Acme Corp"),
    ("Germany and France signed the deal. They account for 40% of EU output.", "40%", "Germany and France"),
    ("The startups raised money last year. They hired 400 engineers.", "400 engineers", "startups"),
    ("Acme hired a new chief. The company now has 3,000 staff. It plans 40 new stores.", "40 new stores", "Acme"),
    ("Acme opened a plant in Ohio. It took three years to build.", "three years", None),
    ("Jane Smith joined Acme. It has 3,000 employees.", "3,000 employees", "Acme"),    # (stop 62: never the person)
    # review 15j's inputs for the reverted `_last_actor`: a reporter, a launcher, a dummy "it", a title and a
    # surname, an "its" after another subject, a speaker's "it"
    ("Acme posted record sales of $4 billion. Reuters reported the results on Monday. It expects 5% growth "
     "next year.", "5%", "Acme"),
    ("Apple unveiled the Vision Pro in June. It costs $3,499.", "$3,499", "Vision Pro"),
    ("Mr. Smith joined the club in March. It has 300 members.", "300 members", None),
    ("Acme released results on Monday. Investors fear that its margins will shrink 5%.", "5%", None),
    ("Acme announced a plan. \"It will cost $5 billion,\" Ann Lee said.", "$5 billion", None),
    ("This sofa introduces a rich texture to your den. It rests on four legs.", "four legs", None),
    ("Netflix added subscribers. Its revenue rose 12%.", "12%", "Netflix"),
    ("The lamp is tall and sturdy. It supports 16 million colors.", "16 million colors", None),
    ("Acme makes widgets.\n\nPrices rose.\n\nIt employs 3,000 people.", "3,000 people", None),
])


# Review of _previous_subject (invented inputs, each wrong in its first version): people who give figures
# ("Analysts ... They expect"), a one-word name beside an object ("Lee runs the bank"), an object that may be the
# antecedent as well ("owns a stadium", "bought Activision"), a product before a verb of intending, the weather,
# a speaker's finding ("It found"), a side party of a passive ("led by Sequoia") give the carried subject or none
SUBJECT_EXAMPLES.extend([
    ("Acme sold 40 trucks in May. Analysts were surprised. They expect 60 in June.", "60", "Acme"),
    ("Lee runs the bank. It has $3 billion in assets.", "$3 billion", None),
    ("Acme owns a stadium. It seats 60,000.", "60,000", None),
    ("Microsoft bought Activision. It paid $69 billion.", "$69 billion", None),
    ("Acme unveiled Zeta. It plans to sell 1 million units.", "1 million units", None),
    ("Globex cut costs on Monday. It was 40 degrees in Phoenix.", "40 degrees", None),
    ("Acme raised $1 billion. It poured $500 million into AI.", "$500 million", "Acme"),   # no weather verb
    ("YouGov asked voters. It found 38% back Labour.", "38%", None),
    ("Initech raised $100 million. The round was led by Sequoia. It values the firm at $1 billion.", "$1 billion", "Initech"),
    ("Costco opened its first warehouse in Seattle in 1983. Today it runs 870 warehouses.", "870 warehouses", "Costco"),
    # review 59a: a verb that tells the subject's own result ("reported results", "posted a loss") is no
    # reporter's, and its object does not compete with the subject; a reporter's "the results" still is
    ("Ford reported results on Tuesday. It employs 3,000 people.", "3,000 people", "Ford"),
    ("Acme posted a loss. Its revenue fell 12%.", "12%", "Acme"),
    ("Reuters reported the results on Tuesday. It employs 3,000 people.", "3,000 people", None),
    # review 59a: "its" after a sentence whose subject is a name's measure is that name's ("it" is the measure)
    ("Meta's profit soared in the first quarter. Its revenue climbed 27%.", "27%", "Meta"),
    ("Meta's profit soared in the first quarter. It rose 27%.", "27%", None),
    # review 59b: not a result another is named beside, nor after two clauses that each report one
    ("Bloomberg reported a loss at Intel. It lost $16.6 billion in the quarter.", "$16.6 billion", None),
    ("Airbus posted a profit, and Boeing reported a loss. It lost $11.8 billion.", "$11.8 billion", None),
    # stop 61: through a pronoun of the same number the sentence before is about (subject._chained), not
    # through one of another number, nor through one that stands for no actor
    ("Acme makes widgets in Ohio. It is a family firm. It employs 3,000 people.", "3,000 people", "Acme"),
    ("Acme makes widgets in Ohio. It is a family firm. Its revenue rose 4%.", "4%", "Acme"),
    ("Globex grew fast in 2020. It is a big firm now. Last year, it hired 300 people.", "300 people", "Globex"),
    ("Acme makes widgets in Ohio. They are cheap. It employs 3,000 people.", "3,000 people", None),
    ("Acme owns a stadium. It is old. It seats 60,000.", "60,000", None),
    # review 61: a name of several words that ends in a plural is one firm's
    ("Brightwater Foods makes snacks in Ohio. It employs 3,000 people.", "3,000 people", "Brightwater Foods"),
    # stop 62: "she"/"he" with no person tagged before stand for the name of several words the sentence before
    # is about, through sentences about the same pronoun (subject._untagged_person), never a firm's name
    ("Marta Okafor runs a bakery in Leeds. She opened it after leaving banking. She now employs 12 people.",
     "12 people", "Marta Okafor"),
    ("Acme Corp hired a new chief in May. She cut 200 jobs.", "200 jobs", None),
    # ... and "it" after a person who acts on a name is that name, never the person (subject._pointed_actor)
    ("Priya Raman founded Lumen Labs in 2015. It now employs 85 people.", "85 people", "Lumen Labs"),
    ("Microsoft bought Activision in 2023. It paid $69 billion.", "$69 billion", None),
    # ... and "it" does not stand for a plural carried from before (subject.carried_subject)
    ("Acme makes widgets. A poll of 1,012 voters was taken in May. It employs 4,000 people.", "4,000 people", None),
])


# Review 59a (invented inputs): a unit of measure with an "of" phrase is what it measures out (not a time:
# "the hottest month of the year"); a bare measure noun in a clause joined to one whose measure a name owns
# is that name's (subject._a_measure_of, _parallel_owner)
SUBJECT_EXAMPLES.extend([
    ("A gallon of regular gasoline cost $3.12 on average.", "$3.12", "regular gasoline"),
    ("A cup of coffee now costs $5.90 in New York.", "$5.90", "coffee"),
    ("The hottest month of the year reaches 35 degrees.", "35 degrees", "hottest month"),
    ("China's exports fell 7.5%, while imports rose 0.2%.", "0.2%", "China"),
    ("Exports fell 7.5%, while imports rose 0.2%.", "0.2%", "imports"),
    ("Germany's inflation rose to 2.8%, while unemployment across the euro zone fell to 6.2%.", "6.2%",
     "unemployment across the euro zone"),                                     # review 59b: its own scope
    # a move of a result a firm reports is its own result, as the result is (source._own_result); not
    # people's, nor one another owner's
    ("JPMorgan Chase reported a 6% rise in quarterly profit.", "6%", "JPMorgan Chase"),
    ("Analysts reported a 6% rise in quarterly profit.", "6%", None),
    ("Reuters reported a 6% rise in Acme's profit.", "6%", "Acme"),
    # a list that leaves out the verb said once: each figure is the name's right before it (_gapped_name)
    ("Ford sold 1.2 million cars last year, GM 2.6 million and Toyota 2.3 million.", "2.6 million", "GM"),
    ("Ford sold 1.2 million cars last year, GM 2.6 million and Toyota 2.3 million.", "2.3 million", "Toyota"),
    ("Ford sold 1.2 million cars last year, GM 2.6 million and Toyota 2.3 million.", "1.2 million cars", "Ford"),
])


# A count or an amount whose noun is the object a relative clause leaves out is the actor's that is that
# clause's subject (subject._relative_actor), with the names listed beside it; not an onlooker's, nor one a
# stranded preposition leaves out. A figure alone, with its cue ("just 28%"), is no subject: the one carried
# from before, if any, is (invented inputs; the review's three worse cases among them)
SUBJECT_EXAMPLES.extend([
    ("She counted the 500 stores that Walmart opened in Texas.", "500 stores", "Walmart"),
    ("The $2 billion that Umbrella Corp received will pay down debt.", "$2 billion", "Umbrella Corp"),
    ("The sale is one of 300 promotions Whole Foods plans this year.", "300 promotions", "Whole Foods"),
    ("The 300 jobs the company cut were in Ohio.", "300 jobs", "company"),
    ("The agency approved 14 drugs that Novartis and Roche submitted.", "14 drugs", "Novartis and Roche"),
    ("Momondo missed the $193 fare on Southwest that Google and Expedia spotted.", "$193", "Momondo"),
    ("The 200 workers Acme relies on are unionised.", "200 workers", "workers"),
    ("Acme thanked the 200 workers that Initech relies on.", "200 workers", "Acme"),
    ("Here are five trends that all companies should be aware of.", "five trends", None),   # not "all companies"; no actor (`_presents_figure`)
    ("At 24 weeks, just 28% of the treatment group were still exercising.", "28%", None),
    ("Globex sold 40 kits. At 24 weeks, just 28% of the treatment group were still exercising.", "24 weeks",
     "Globex"),
    ("Researchers studied 500 patients. 28% of the treatment group were exercising daily, compared with 12% of "
     "the control group.", "12%", "Researchers"),
])



# A result a company reports of its own, with no owner named, as the subject of the clause a speech verb
# reports, is the speaker's when the text says the speaker is a firm (subject._reporting_owner); not a name
# that says it reports on others (an outlet or a data firm: at stop 65 a bare name became a firm's, so the
# rows of stop 49 name a data firm by its trade), people, a person, a public body, nor a measure of no one's
# own; "earnings" as written is a measure noun (the review's worse cases among them)
SUBJECT_EXAMPLES.extend([
    ("The retailer Acme said on Tuesday that quarterly revenue rose 18% to $4 billion.", "18%", "Acme"),
    ("Marlow Airlines flew 40 jets. The company said revenue rose 15%.", "15%", "Marlow Airlines"),
    ("Acme, the Seattle retailer, said net income rose 5%.", "5%", "Acme"),
    ("Norbit Data said revenue rose 8%.", "8%", "revenue"),
    ("Halden Research said earnings rose 5% in the quarter.", "5%", "earnings"),
    ("Analysts said revenue rose 18%.", "18%", "revenue"),
    ("Jane Doe said revenue rose 18%.", "18%", "revenue"),
    ("The ministry said income fell 2%.", "2%", "income"),
    ("Officials said unemployment fell to 3.5%.", "3.5%", "unemployment"),
    ("Acme said revenue at Globex rose 18%.", "18%", "Globex"),
    # sales are a result of the seller's own too ("Acme's comparable sales rose 2.1%", CLAIMS.md)
    ("The retailer Acme said comparable sales fell 3%.", "3%", "Acme"),
    ("Acme reported sales of $3 billion.", "$3 billion", "Acme"),
    ("The Commerce Department reported retail sales of $710 billion.", "$710 billion", None),
])


def test_assemble_filters_a_photo_caption_line_gives_no_claims_to_its_end(nlp):
    """A line that opens as a news photo's caption is a caption in all its sentences (filter
    photo_caption_line); the story's own lines after it keep their figures, whether a blank line or a
    line break ends the caption (invented input)."""
    from extractor import extract_text

    for gap in ("\n\n", "\n"):
        text = ("In this photo taken on Monday, May 4, 2020, a freighter leaves the port. The ship sank on Tuesday, "
                f"May 5, 2020, with 40 tons of grain aboard.{gap}"
                "The freighter sank on May 5, 2020, with 40 tons of grain aboard, officials said.")
        quotes = [(c.quote, c.start > text.index(gap)) for c in extract_text(text, published="2020-05-06")]
        assert quotes and all(in_story for _, in_story in quotes)
        assert "40 tons" in {q for q, _ in quotes}


# a "be" that "here" points with introduces what follows, as an expletive "there" counts what exists
# (subject.py `_presents_figure`): the figure whose noun it presents has no actor, takes none carried from
# before, and its noun is not carried to the figures after it; not a figure inside a phrase it presents,
# which may name its actor, nor a "here" set off as a place (the review's three worse cases among them)
SUBJECT_EXAMPLES.extend([
    ("Here are nine tips for new savers.", "nine tips", None),
    ("Here are nine tips for new savers. If you save 5% of your pay, your employer may add 3% more.", "5%", None),
    ("Globex opened 40 stores in May. Here are the 10 largest banks by assets.", "10 largest banks", None),
    ("Globex opened 40 stores in May. Here are eight of the most common channels.", "eight", None),
    ("Here is Acme's new lineup of 12 phones. Prices start at $799.", "$799", "Acme"),
    ("Here are the results of a Gallup poll of 2,000 adults.", "2,000 adults", "Gallup poll"),   # (its sample)
    ("Here are the results of our survey of 1,000 small businesses. Nearly half said costs rose more than 10%.",
     "10%", "small businesses"),
    ("Here, 40 workers lost their jobs.", "40 workers", "workers"),
])


# a past participle fronted before its "be" in an inversion names no one (subject.py `_fronted_participle`):
# the figure's actor is the owner of what its preposition or "by" names (not a time), or none; never the
# participle itself. A figure inside the participle's own phrase keeps the group it counts.
SUBJECT_EXAMPLES.extend([
    ("Included will also be $10 billion for new rail lines, the ministry said.", "$10 billion", None),
    ("Included in Acme's offer will be a $2 billion payment to shareholders.", "$2 billion", "Acme"),
    ("Hired by Acme will be 5,000 graduates, the company said.", "5,000 graduates", "Acme"),
    ("Shipped in April will be 40,000 vehicles.", "40,000 vehicles", None),
    ("Donated by the 1,200 members has been $2 million.", "$2 million", "members"),
    ("Included in the $2 billion package will be 300 new buses.", "$2 billion", None),
    # ... also when spaCy parses the participle as a nominal subject
    ("Included will also be $4 billion for new bridges, the ministry said.", "$4 billion", None),
    ("Added were 12 new routes, Delta said.", "12 new routes", None),
])


# stop 64, what a figure with no actor of its own is about, from the text around it (invented inputs; each row
# but the guards fails on stop 63's code): a measure the lists lack, a firm's words about itself, a change glued
# to its level, a second part, a heading's name beside a kicker, a group "they", centering for "it", a person
# after a descriptor, a name a description was presented as, and the body a speaker's "we" speaks for
SUBJECT_EXAMPLES.extend([
    # a bare measure the lists lack opening its sentence, after a sentence about a name (subject._bare_noun)
    ("Orwell Cinemas reported a busy summer. Admissions climbed 14% to 2.1 million.", "14%", "Orwell Cinemas"),
    ("Brannock Ferries opened a new route to Oban. Passenger numbers dropped 3.1% last winter.", "3.1%",
     "Brannock Ferries"),
    # ... after a firm's verb of speech that tells of itself (subject._speaks_of_another)
    ("Halcyon Insurance said storms were fewer this year. Premiums rose 6%.", "6%", "Halcyon Insurance"),
    ("Pinecrest Hotels announced new prices on Friday. Room bookings increased by 9%.", "9%", "Pinecrest Hotels"),
    # ... but not after one about another, nor a quotation, nor with a scope of its own
    ("Analyst Ben Cole said Acme had a weak quarter. Orders fell 8%.", "8%", "Orders"),
    ('"We sold 300 cars," Ann Lee said. Orders rose 4%.', "4%", "Orders"),
    ("Selby Rail added trains to Porthcawl. Ferry traffic on the river fell 8%.", "8%", "Ferry traffic on the river"),
    # a change glued to the level it reaches is the subject's amount too (context.amount_verb)
    ("Lindon Carpets issued its annual report. Turnover climbed 6% to £318 million.", "6%", "Lindon Carpets"),
    # the second of two parts joined in one sentence (subject._joined_opener)
    ("The Wrenfield Arena opened in May. The stage is 18 metres wide, and the bar serves 40 beers.", "40 beers",
     "Wrenfield Arena"),
    # a heading line with a kicker or a verdict beside the name (subject._named_part)
    ("Tested: the Arlo Vanta kettle\n\nThe jug holds 1.7 litres.", "1.7 litres", "Arlo Vanta"),
    ("Nimbus X3 review: fast but loud\n\nThe battery lasts 12 hours.", "12 hours", "Nimbus X3"),
    ("Exclusive: talks stall again\n\nThe battery lasts 12 hours.", "12 hours", "battery"),
    # "they" for a group the sentence before is about (subject._a_group), past the object of a passive
    ("Dock workers walked out at the port this week. They want a pay rise of 9%.", "9%", "Dock workers"),
    ("The Kestrels were crowned league winners in May. They scored 61 goals.", "61 goals", "Kestrels"),
    # "it" for the name the sentence before is about, past a common noun it acts on (centering), but not for a
    # verb a thing does, nor after a verb that presents the object
    ("Brookfield Logistics has won a council tender. It employs 200 staff.", "200 staff", "Brookfield Logistics"),
    ("Orbis Freight has won a council tender. It covers 40 depots.", "40 depots", None),
    # "he"/"she" for a name after a person's descriptor (subject._untagged_person)
    ("Carpenter Ewan Doyle has retired after a long career. He built 300 boats.", "300 boats", "Ewan Doyle"),
    # a description the sentence before presents a name as (subject._introduced_as)
    ("Brightwell is a charity for the blind in Leeds. The charity runs 12 shops.", "12 shops", "Brightwell"),
    # a speaker's "we" is the body the text says they speak for (subject._speakers_body)
    ('"We opened 12 stores this year," said Ann Ruiz, chief executive of Corvel Retail.', "12 stores", "Corvel Retail"),
    ('"Our sales rose 9%," said Tom Bale, a spokesman for Harwood Foods.', "9%", "Harwood Foods"),
    ('"We raised 5,000 pounds," said Ann Lee, the wife of the mayor.', "5,000 pounds", "Ann Lee, the wife"),
    # a measure "of", "in" or "at" a name owns it as a possessive does (subject._named_owner)
    ("Shares in Belmont Mining jumped on Monday. The miner said output rose 11% in the quarter.", "11%",
     "Belmont Mining"),
    # a firm named by its trade says what it reports of its own (subject._said_to_be_firm)
    ("Harwell Brewing raised prices in May. The brewer said revenue rose 4%.", "4%", "Harwell Brewing"),
    # a firm that confirms or outlines a plan of its own is its subject (source.announce_lemmas)
    ("Audley Foods confirmed plans to close two factories.", "two factories", "Audley Foods"),
    # a name owned by a pronoun through a description is an actor of its own (subject._owned_name)
    ("While Pellow Dairies grew 3%, its rival Ashmead Farms shrank 2%.", "2%", "Ashmead Farms"),
    # the last item of a list with its verb left out, hung beside the name (subject._gapped_name)
    ("Dunne polled 39%, Achebe 33% and Voss 14%.", "14%", "Voss"),
    # a measure "from" a name is that name's, and so is the measure of a clause joined to it (_parallel_owner)
    ("Exports from Velmark fell 4% in March, while imports rose 2%.", "2%", "Velmark"),
    # a pronoun past an aside that names no one, to what the sentence before that is about (subject._past_aside)
    ("Tarrant Motors showed its new truck to dealers on Monday. The event was held at a hotel near Leeds. It plans to "
     "build 30,000 trucks a year.", "30,000 trucks a year", "Tarrant Motors"),
    # ... not past a sentence about people who give figures, nor one that names another
    ("Acme makes widgets. Analysts like the firm. They expect 2% growth.", "2%", None),
    ("Acme makes widgets. The launch at Globex Corp went well. It expects 2% growth.", "2%", None),
    # a name the text calls a firm is no person, whatever the recogniser says (subject._fits)
    ("Velo Harrow, the bike maker, reported record sales. The company sold 3,000 bikes.", "3,000 bikes", "Velo Harrow"),
    # "the stock" measures what the shares before were of, and a loss is its amount (measure_nouns, amount_verbs)
    ("Shares of Kelbrook fell 4% on Tuesday. The stock has lost 20% this year.", "20%", "Kelbrook"),
    # a speaker in a role with no body beside them speaks for the name the text there is about (_role_topic)
    ("Northwind Airlines cut its forecast on Monday. A spokesman said: \u201cWe lost $3 million on fuel.\u201d",
     "$3 million", "Northwind Airlines"),
    ("The housing charity Shelter North says rents keep rising. \u201cWe housed 310 families in May,\u201d said its "
     "director, Ann Lee.", "310 families", "Shelter North"),
    ("Fans of the Marlow Jazz Week say the line-up is its best. \u201cWe expect 20,000 visitors,\u201d said organiser "
     "Tom Reed.", "20,000 visitors", "the Marlow Jazz Week"),
])


# stop 65, a result a firm tells of in a clause its speaker reports (subject._reporting_owner): the firm's when its
# name says it is a firm (its last word a company suffix or a trade: `source.company_suffixes`, `firm_name_words`),
# when an officer of a firm named beside their role speaks for it (`officer_roles`, subject._officers_firm), and
# after a verb of forecast too; "its" after a firm's plural name is that firm's (subject._its_owner). Not a bare
# name, an analyst, a public body, a result scoped by another noun, nor people's forecasts (invented inputs; the
# first seven fail on stop 64's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Delmont Airways said bookings rose 12% in May.", "12%", "Delmont Airways"),
    ("Corbin Brands said on Monday that revenue climbed 7% in the year.", "7%", "Corbin Brands"),
    ("Globex Corp said net profit rose 14% to $2.1 billion.", "$2.1 billion", "Globex Corp"),
    ("Jane Doe, chief executive of Tarvik Motors, said deliveries rose 8%.", "8%", "Tarvik Motors"),
    ("A Tarvik Motors spokesman said deliveries rose 8%.", "8%", "Tarvik Motors"),
    ("Tarvik Motors said its quarterly revenue rose 8%.", "8%", "Tarvik Motors"),
    ("Tarvik Motors expects revenue to rise 5% next year.", "5%", "Tarvik Motors"),
    ("Delmont Airways said industry bookings rose 12% in May.", "12%", "industry bookings"),
    ("Jane Doe, an analyst at Morland Securities, said revenue rose 8%.", "8%", "revenue"),
    ("Jane Doe, head of research at Morland Securities, said earnings rose 8%.", "8%", "earnings"),
    ("A Transport Department spokesman said revenue rose 8%.", "8%", "revenue"),
    ("Analysts expect revenue to rise 5% next year.", "5%", "revenue"),
    ("The Democrats said its budget would cost $4 billion.", "$4 billion", None),
])


# stop 65: a result with no owner that people who give figures forecast, with the figure as its amount, is the result
# of the name the sentence before is about; the forecasters are its source (subject._forecast_topic, with nlp's
# _forecast_opener parsing the sentence before; invented inputs, both fail on stop 64's code)
SUBJECT_EXAMPLES.extend([
    ("Corran Outdoor trimmed its forecast on Friday. Analysts surveyed by Morland Data had expected sales of $730 million.",
     "$730 million", "Corran Outdoor"),
    ("Halden Foods cut its forecast. Wall Street had expected earnings of 45 cents a share.", "45 cents a share",
     "Halden Foods"),
])


# stop 65, second round (set 68's phenomena, in invented words): a bare name that is no person's speaks of its own
# results, unless it or the words beside it say it reports on others (`source.reporter_words`); a firm's name the
# recogniser tags a person is still a firm's; the rule reaches clauses joined to the reported one, results a
# compound narrows ("operating profit", not "industry bookings": `scope_nouns`), "it" as the speaker, more
# officers' roles and the words of the company's name before a role; a firm's description in the clause its
# officer reports is that firm (the first eight fail on stop 64's code; the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Marlo Foods said it would shut 12 plants and cut 900 jobs.", "900 jobs", "Marlo Foods"),
    ("Corvel said on Thursday that orders dropped 7% last quarter.", "7%", "Corvel"),
    ("Pentrose Group said its revenue rose 4% in the half, while operating profit fell to £90 million.",
     "£90 million", "Pentrose Group"),
    ("Turnover climbed 9% to $415 million, said Ana Ruiz, Finlow Software's chief financial officer.", "9%",
     "Finlow Software"),
    ("Torvane Metals finance chief Ivo Lund said margins widened to 12.5%.", "12.5%", "Torvane Metals"),
    ("Pellam Foods said it now expects full-year sales to grow about 3%.", "3%", "Pellam Foods"),
    ("Ivo Lund, chairman of Penmore Water, said the utility would invest £2 billion in its network.",
     "£2 billion", "Penmore Water"),
    ("Keel, a consumer research company, said sales rose 4%.", "4%", None),
    ("Jane Doe, director of research at Morland Securities, said earnings rose 8%.", "8%", "earnings"),
    ("Acme said the company would hire 300 people.", "300 people", "company"),
])


# stop 65: the size of a move where the move happened at or for a name, or in a measure a name is compounded with,
# is that name's (subject._moved_at); a work's title in quotes after its noun is its name (subject._titled_name)
# (invented inputs: the first three fail on stop 64's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Varnel posted a 9% rise in profit, compared with a 2% gain at Quorin.", "2%", "Quorin"),
    ("The index rose, led by a 6% jump in Harwick shares.", "6%", "Harwick"),
    ("The film 'Night Ferry' earned $31 million at the box office.", "$31 million", "Night Ferry"),
    ("Acme reported a 7% increase in quarterly sales.", "7%", "Acme"),
    ("Sales fell, after a 3% fall in May.", "3%", None),
    ("We cut costs, with a 50% reduction in GPU memory.", "50%", "We"),
    ("The old saying 'Haste makes waste' has been quoted for 400 years.", "400 years", "old saying"),
])


# stop 65: a figure joined to an amount by "or" restates it (context.amount_verb), so it is the same subject's amount
# (invented input; fails on stop 64's code, which gave "Net income")
SUBJECT_EXAMPLES.extend([
    ("Halden Foods reported higher profit on Wednesday. Net income rose to $95 million, or 21 cents a share, from "
     "$80 million a year ago.", "21 cents a share", "Halden Foods"),
])


# stop 66: a bracketed figure after the group of a measure's "of" phrase, where the clause has or is that measure,
# gives the measure, the clause subject's (subject._restates_measure); a distance set off after a place's name
# and followed by "from" or a direction is that place's (subject._place_apart); so does one in what a superlative
# ranks a name as ("the cheapest city for X ($9)": subject._ranked_noun)
# (invented inputs: the first six fail on stop 65's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Varno holds the smallest proportion of farms using solar pumps (19%) in the federation.", "19%", "Varno"),
    ("Corran County has the lowest percent of adults living near big supermarkets (41%), the report found.", "41%",
     "Corran County"),
    ("Convoys reached Brask, roughly 30 kilometres west of Halmer, on Monday.", "30 kilometres", "Brask"),
    ("The ferry serves the island of Orvik, 14 miles (23 km) off the mainland.", "23 km", "Orvik"),
    ("Pelham is the cheapest city in the region for young renters ($900 a month).", "$900 a month", "Pelham"),
    ("Torvald became the largest supplier of chips to carmakers (40%) last year.", "40%", "Torvald"),
    ("A rising share of first-time buyers (35%) now use a broker.", "35%", "first-time buyers"),
    ("The best option for most families (62%) is a fixed-rate loan.", "62%", "most families"),
    ("By 2021, the injury rate of older and younger riders (3.1 and 2.6 per 1,000) topped the injury rate of adult "
     "riders (1.9 per 1,000).", "1.9", "adult riders"),
    ("Most commuters (62%) drive alone, the survey found.", "62%", "Most commuters"),
    ("Volunteers cycled 30 kilometres to Brask on Sunday.", "30 kilometres", "Volunteers"),
    ("The new tunnel under Orvik runs 14 miles from end to end.", "14 miles", "new tunnel under Orvik"),
])


# stop 66: a heading line that is a name the recogniser missed (a word no dictionary of the pipeline knows:
# subject._unknown_name) names the paragraph under it, as a tagged name does; not a section's title, whose words
# are all known (invented inputs: the first three fail on stop 65's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Budget carriers compared.\n\nNorvane Air\n\nThe carrier flies to 40 cities.\n\nPellico Jet\n\nIt flies to 25 "
     "cities.", "25 cities", "Pellico Jet"),
    ("Budget carriers compared.\n\nNorvane Air\n\nThe carrier flies to 40 cities.\n\nSunvella\n\nSince 2011, the "
     "airline has carried 3 million passengers a year.", "3 million passengers a year", "Sunvella"),
    ("Hotels we liked.\n\nCorvana Suites\n\nIt has 48 rooms.", "48 rooms", "Corvana Suites"),
    # (stop 67: "it" under a section's title now stands for the name above it, but the recogniser tags "The Arvo
    # T5" a person, whom "it" never stands for: a known gap; a name "The" comes before as a thing's moved records
    # elsewhere on the tuning pages)
    pytest.param("The Arvo T5 is a rugged tablet.\n\nBattery Life\n\nIt lasts 11 hours on a charge.", "11 hours",
                 "Arvo T5", marks=GAP),
    pytest.param("The Arvo T5 is a rugged tablet.\n\nKey Facts\n\nIt weighs 610 grams.", "610 grams", "Arvo T5",
                 marks=GAP),
    ("Our town guide.\n\nGetting Around\n\nThe bus costs $2 a ride.", "$2", "bus"),
])


# stop 67: "it" opening a paragraph right under a section's title (a heading line that names nothing) stands for
# what the text above the title is about: the first name back, over other sections' titles and sentences about
# no actor (subject._topic_over_title, nlp._over_title); an item's own heading stops it, by its name or its
# number. (The two "Arvo T5" rows of stop 66 expected no subject, before this rule; invented inputs: the first
# six fail on stop 66's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("The Calloway Trailblazer is a rugged tablet built for field crews. We carried it on site visits for a "
     "month.\n\nScreen and Sound\n\nIt has a bright panel, and its speakers reach 85 decibels.", "85 decibels",
     "Calloway Trailblazer"),
    ("The Calloway Trailblazer is a rugged tablet built for field crews.\n\nWhat We Disliked\n\nIts charger "
     "takes 3 hours to fill the battery.", "3 hours", "Calloway Trailblazer"),
    ("Quillon Maps is a hiking app from a team in Graz. It works offline.\n\nCoverage\n\nIt now charts 90,000 "
     "trails.\n\nCost\n\nIt costs $30 a year after a free week.", "$30", "Quillon Maps"),
    ("Two hotels in the old town.\n\nCasa Verdeal\n\nCasa Verdeal sits in Alfama and has 22 rooms.\n\nHotel "
     "Mirador\n\nRooms\n\nIt charges 140 euros a night.", "140 euros a night", "Hotel Mirador"),
    ("Two hotels in the old town.\n\n1. Casa Verdeal\n\nCasa Verdeal sits in Alfama and has 22 rooms.\n\n2. "
     "The Harbour Inn\n\nRooms\n\nIt charges 95 euros a night.", "95 euros a night", "Harbour Inn"),
    ("Tessaly Systems makes air sensors. Its founder, Mira Holt, said demand is strong.\n\nPricing\n\nIt charges "
     "$120 for the basic unit.", "$120", "Tessaly Systems"),
    ("Rivermouth council approved a budget of $48 million on Tuesday. The mayor said roads come first.\n\n"
     "Roads\n\nIt will spend $6 million on repairs.", "$6 million", "Rivermouth council"),
    ("Tessaly Labs makes air sensors.\n\nParking\n\nThe garage behind the office holds 300 cars.", "300 cars",
     "garage"),
])


# stop 67: a listed part (`part_nouns`) opening a paragraph under a section's title is the topic's above the title,
# as "it" is (subject._topic_before); a size that modifies what the clause's subject is, is the subject's
# (subject._modified). (Invented inputs: the first four fail on stop 66's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Brantwell K2 review\n\nThe Brantwell K2 is a kettle from a firm in Leeds. I tested it for a month.\n\n"
     "Capacity\n\nThe jug holds 1.7 litres.", "1.7 litres", "Brantwell K2"),
    ("The Larkmoor is a 40-room hotel on the seafront.\n\nRooms\n\nRooms start at £150 a night.", "£150 a night",
     "Larkmoor"),
    ("The Orvo Nine is a 6.1-inch phone with a steel frame.", "6.1-inch", "Orvo Nine"),
    ("The anchor was a 2,000-pound lump of iron.", "2,000-pound", "anchor"),
    ("Acme sells a 6.1-inch phone for $300.", "6.1-inch", "phone"),
    ("What immediately stands out is the 1.5-inch screen.", "1.5-inch", "screen"),
    ("The Larkmoor is a hotel on the seafront.\n\nOur stay\n\nThe staff were friendly, and 30 guests came.",
     "30 guests", "guests"),
])


# stop 67: a measure that is the subject of the clause "see" or "watch" takes is the seer's, an actor's
# (subject._witnessed_owner; invented inputs: the first two fail on stop 66's code, the rest guard against the harm)
SUBJECT_EXAMPLES.extend([
    ("Larger rival Brenmark saw sales fall 3%.", "3%", "Brenmark"),
    ("The chain has watched margins shrink to 2% this year.", "2%", "chain"),
    ("Analysts saw sales rising 4% next year.", "4%", None),
    ("Shoppers saw prices rise 5% in May.", "5%", None),
])


# stop 67: "they" opening a paragraph under a section's title stands for what the text above it is about, as "it"
# does (subject._topic_over_title; invented inputs: the first fails on stop 66's code, the second guards)
SUBJECT_EXAMPLES.extend([
    ("Dock workers at Port Kell walked out on Monday. The union says 140 jobs are at risk.\n\nTalks stall\n\n"
     "They want a pay rise of 9%.", "9%", "Dock workers"),
    ("Analysts at Brenmark Bank expect a slowdown.\n\nOutlook\n\nThey see growth of 2% next year.", "2%", None),
])


# stop 67: a part after "this" is as particular as one after "the" (subject._a_thing_word; invented inputs: the
# first fails on stop 66's code, the second guards)
SUBJECT_EXAMPLES.extend([
    ("The Velo 3 costs $1,200. This bike weighs 18 kg.", "18 kg", "Velo 3"),
    ("The Velo 3 costs $1,200. Another bike weighs 18 kg.", "18 kg", "bike"),
])

# stop 68: a bare number set off by commas right after a common noun is that person's age, about that noun
# (subject._set_off_name; invented inputs: the first two fail on stop 67's code, the third guards the name case)
SUBJECT_EXAMPLES.extend([
    ("The cyclist, 27, was taken to hospital.", "27", "cyclist"),
    ("A pensioner, 81, was rescued from the river.", "81", "pensioner"),
    ("Maria Ortez, 27, was taken to hospital.", "27", "Maria Ortez"),
])
