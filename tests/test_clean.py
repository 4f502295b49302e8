"""Chrome removal: rule examples, the seed pages' chrome, labelling instead of deleting."""

import copy
import json
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings as hypothesis_settings
from lxml import etree, html as lxml_html

from extractor import clean
from extractor.clean import clean_html
from extractor.clean.features import INDEX, block_features
from extractor.clean.segment import parse_html, segment
from extractor.settings import Settings
from extractor.clean.rules import load_rules, phrase_concept
from extractor.types import ExtractorError

from fuzz import html_documents
from hostile import article, deep_page

RULES = load_rules()


@pytest.mark.parametrize("concept,text", RULES.examples["match"], ids=[t for _, t in RULES.examples["match"]])
def test_clean_phrase_rules_label_their_examples(concept, text):
    assert phrase_concept(text) == concept


@pytest.mark.parametrize("text", RULES.examples["no_match"])
def test_clean_phrase_rules_keep_article_sentences(text):
    assert phrase_concept(text) is None


@pytest.mark.parametrize("text,notice", [(t, True) for t in RULES.notice_examples["match"]]
                         + [(t, False) for t in RULES.notice_examples["no_match"]])
def test_clean_noscript_notice_rule_matches_its_examples(text, notice):
    assert (RULES.script_notice.fullmatch(text) is not None) == notice


@pytest.mark.parametrize("text,teaser", [(t, True) for t in RULES.teaser_examples["match"]]
                         + [(t, False) for t in RULES.teaser_examples["no_match"]])
def test_clean_teaser_rule_matches_its_examples(text, teaser):
    assert (RULES.teaser.fullmatch(text) is not None) == teaser


@pytest.mark.parametrize("address,thread", [(a, True) for a in RULES.discussion_examples["match"]]
                         + [(a, False) for a in RULES.discussion_examples["no_match"]])
def test_clean_discussion_address_rule_matches_its_examples(address, thread):
    assert (RULES.discussion_address.search(address) is not None) == thread


# Chrome each seed page shows in its scrape: none of it may reach page.text.
SEED_CHROME = {
    "seeds/wipo-china-ai-patents-2021.html": [
        "About Intellectual Property", "Patent & Technology Information", "PATENTSCOPE", "COVID-19 Support",
        "Article 6ter Express Database", "Oversight", "Photo: WIPO Office in China", "September 28, 2021",
        "Skip to main content", "Share", "Twitter", "Terms of use", "All rights reserved", "uses cookies",
        "Tel: +86", "About WIPO",
    ],
    "seeds/patoffice-genai-patents-2024.html": [
        "Back to news", "Blog |", "August 2, 2024", "In diesem Artikel", "This is some text inside of a div block",
        "Steffen Zecher", "Head of Patent Managament", "PATOffice efficiently", "strategische Partner",
        "Impressum", "Lösungen", "Alle Rechte vorbehalten",
    ],
}

# Each page's title heading, kept apart from the article text (labelled "title", the page's metadata).
SEED_TITLE = {
    "seeds/wipo-china-ai-patents-2021.html": "China Leads the World in AI Related Patent Filing",
    "seeds/patoffice-genai-patents-2024.html": "China's rise in generative AI patents: A global power shift",
}

# Article text each page must keep: first and last paragraph, a heading, a list item.
SEED_ARTICLE = {
    "seeds/wipo-china-ai-patents-2021.html": [
        "On September 27, the Sub-Forum on Artificial Intelligence",
        "China has filed 389,571 patents in the area of AI, accounting for 74.7 percent",
        "Sub-Forum on Artificial Intelligence\n\nThemed",
        "The forum attracted more than 100 participants from the AI industry, universities, and enterprises.",
    ],
    "seeds/patoffice-genai-patents-2024.html": [
        "China dominates patents for generative AI by 1.4 times the entire world.",
        "One published in July 2024 WIPO report showedthat China accounted for 40%",
        "New industries: China's GenAI leadership could create new industries",
        "China's role will undoubtedly shape the future of technology and global events.",
    ],
}


@pytest.mark.parametrize("name", sorted(SEED_CHROME))
def test_clean_seed_pages_drop_every_chrome_line(seed_pages, name):
    text = seed_pages[name].text
    leaked = [c for c in SEED_CHROME[name] if c in text]
    assert leaked == [], f"chrome leaked into {name}: {leaked}"
    # the WIPO mega-menu: not one of its 136 links
    if "wipo" in name:
        page = seed_pages[name]
        menu = [b for b in page.blocks if "mega-menu" in b.xpath or b.label in ("nav", "header")]
        assert len(menu) >= 136
        assert all(b.label != "body" for b in menu)


@pytest.mark.parametrize("name", sorted(SEED_ARTICLE))
def test_clean_seed_pages_keep_the_article(seed_pages, name):
    text = seed_pages[name].text
    missing = [a for a in SEED_ARTICLE[name] if a not in text]
    assert missing == []
    assert text.startswith(SEED_ARTICLE[name][0])


@pytest.mark.parametrize("name", sorted(SEED_TITLE))
def test_clean_seed_pages_keep_the_title_heading_apart_from_the_article(seed_pages, name):
    page = seed_pages[name]
    titles = [b for b in page.blocks if b.label == "title"]
    assert [(b.tag, b.text) for b in titles] == [("h1", SEED_TITLE[name])]
    assert titles[0].start is None and SEED_TITLE[name] not in page.text
    assert page.meta.title is not None and SEED_TITLE[name].split(":")[0] in page.meta.title


# The scrape each page was rebuilt from (corpus/seeds/*.scraped.txt): the article runs from the
# first marker to the second; the listed lines inside that range are chrome, and the title heading
# (SEED_TITLE) is kept apart.
SCRAPED_ARTICLE = {
    "seeds/wipo-china-ai-patents-2021.html": (
        "China Leads the World", None, ["September 28, 2021", "Photo: WIPO Office in China"]),
    "seeds/patoffice-genai-patents-2024.html": (
        "China's rise in generative AI patents", "Steffen Zecher",
        ["In diesem Artikel", "This is some text inside of a div block."]),
}


@pytest.mark.parametrize("name", sorted(SCRAPED_ARTICLE))
def test_clean_seed_page_text_is_the_scraped_article_word_for_word(seed_pages, name):
    from conftest import CORPUS

    start, end, chrome = SCRAPED_ARTICLE[name]
    scraped = (CORPUS / name.replace(".html", ".scraped.txt")).read_text(encoding="utf-8")
    article = scraped[scraped.index(start):scraped.index(end) if end else None]
    lines = [line for line in article.splitlines() if line.strip() not in chrome and line.strip() != SEED_TITLE[name]]
    expected = re.findall(r"\w+", "\n".join(lines))
    assert re.findall(r"\w+", seed_pages[name].text) == expected


def test_clean_labels_chrome_instead_of_deleting(seed_pages):
    page = seed_pages["seeds/patoffice-genai-patents-2024.html"]
    labels = {b.label for b in page.chrome}
    assert {"toc", "testimonial", "partners", "footer", "meta"} <= labels
    placeholder = [b for b in page.blocks if b.text == "This is some text inside of a div block."]
    assert len(placeholder) == 2 and all(b.label != "body" and b.reason for b in placeholder)


def test_clean_every_block_xpath_resolves_to_its_text(seed_pages):
    for name, page in seed_pages.items():
        tree = lxml_html.document_fromstring(page.html).getroottree()
        for b in page.blocks:
            [el] = tree.xpath(b.xpath)
            squash = lambda s: re.sub(r"\s+", "", s)  # noqa: E731
            assert squash(b.text) in squash(el.text_content()), (name, b.xpath, b.text)


def test_clean_body_offsets_index_the_text(seed_pages):
    for page in seed_pages.values():
        for b in page.body:
            assert page.text[b.start:b.end] == b.text


def test_clean_metadata_of_seed_pages(seed_pages):
    wipo = seed_pages["seeds/wipo-china-ai-patents-2021.html"].meta
    assert (wipo.published, wipo.site, wipo.language) == ("2021-09-28", "WIPO", "en")
    assert wipo.title == "China Leads the World in AI Related Patent Filing"
    blog = seed_pages["seeds/patoffice-genai-patents-2024.html"].meta
    assert blog.published == "2024-08-02"
    assert blog.url == "https://www.patoffice.de/news/chinas-rise-in-generative-ai-patents"


@pytest.mark.parametrize("markup,chrome", [
    ('<div class="cookie-banner"><p>We use cookies to run this site well and long.</p></div>', "consent"),
    ('<div hidden><p>A hidden paragraph of text here.</p></div>', "hidden"),
    ('<div style="display: none"><p>Another hidden paragraph.</p></div>', "hidden"),
    ('<div role="navigation"><p>Home and other places</p></div>', "nav"),
    ('<ul class="related-posts"><li>Another story on this site</li></ul>', "related"),
    ('<div class="shareBar"><p>Share this page with friends</p></div>', "share"),
])
def test_clean_labels_chrome_by_markup(markup, chrome):
    html = f"<html><body><article><p>The article itself has a real paragraph of text.</p></article>{markup}</body></html>"
    page = clean(html)
    assert page.text == "The article itself has a real paragraph of text."
    assert [b.label for b in page.chrome] == [chrome]


@pytest.mark.parametrize("classes,ids,concept", [
    ("cookie-notice", "", "consent"),
    ("", "CybotCookiebotDialog", "consent"),         # Cookiebot's box, split at its capitals
    ("cmplz-cookiebanner cmplz-hidden", "", "consent"),   # Complianz
    ("didomi-popup-container", "", "consent"),
    # Adobe Experience Manager prefixes every component's class with "cmp-", also a consent
    # platform's abbreviation: its text and title components are the page's own
    ("cmp-text", "", None),
    ("cmp-container cmp-title", "", None),
    ("cmp-navigation", "", "nav"),                   # ... where the rest of the name says what it is
    # "hidden" names the element, not a part of it or a CSS property
    ("hidden-xs", "", "hidden"),
    ("visually-hidden", "", "hidden"),
    ("rounded overflow-hidden", "", None),           # clips its overflow (Tailwind, Bootstrap)
    ("md:overflow-x-hidden", "", None),
    ("field field--label-hidden", "", None),         # a field whose label is hidden (Drupal)
    ("is-hidden", "", None),                         # a state flag
    ("jp-relatedposts", "jp-relatedposts", "related"),   # WordPress Jetpack's related posts
])
def test_clean_class_tokens_name_their_concept(classes, ids, concept):
    from extractor.clean.rules import class_id_tokens, load_rules

    rules = load_rules()
    found = [rules.token_concept[t] for t in class_id_tokens(classes, ids, rules.ignore_classes) if t in rules.token_concept]
    assert (found[0] if found else None) == concept


def test_clean_state_classes_on_wrappers_do_not_hide_the_page():
    html = ('<html><body class="has-sidebar"><div class="menu-open is-sidebar">'
            '<p>First paragraph of the story, long enough to be the page.</p>'
            '<p>Second paragraph of the story.</p></div></body></html>')
    assert clean(html).text.startswith("First paragraph")


def test_clean_a_toc_class_on_prose_names_the_section_not_the_contents():
    """A table of contents is links: the sections it points to may carry its name ("toc-para", id
    "toc_1"), and their prose is no contents; the contents' own links are (chrome.toml link_lists)."""
    from extractor.clean.rules import rule_labels

    contents = "<div class='toc'><ul>" + "".join(f"<li><a href='#toc_{i}'>Section {i}</a></li>" for i in range(3)) \
        + "</ul></div>"
    sections = "".join(f"<section id='toc_{i}' class='toc-para'><h2>Section {i}</h2><p>The fee for filing the articles "
                       f"is ${i + 2}00, payable by check or money order to the department, which issues a receipt "
                       "within ten business days of filing; a certified copy costs $10 more, and a search of the "
                       "records for an earlier filing is free.</p></section>" for i in range(3))
    tree = parse_html(f"<html><body>{contents}{sections}</body></html>")
    blocks = segment(tree, RULES.skip_tags)
    labels = [(b.text[:9], (found or (None,))[0]) for b, found in zip(blocks, rule_labels(tree, blocks, RULES))]
    assert labels[:3] == [(f"Section {i}", "toc") for i in range(3)]
    assert all(label is None for _, label in labels[3:]) and len(labels) == 9


def test_clean_inline_markup_stays_in_its_block():
    page = clean("<p>China filed <strong>389,571</strong> patents, <a href='#'>74.7 percent</a> of all.</p>")
    assert page.text == "China filed 389,571 patents, 74.7 percent of all."
    assert len(page.body) == 1


def test_clean_skips_scripts_but_keeps_their_tail_text():
    page = clean("<p>Before <script>var x = 1;</script>after, <!-- note --> and on.</p>")
    assert page.text == "Before after, and on."


def test_clean_no_text_is_a_clear_error():
    with pytest.raises(ExtractorError) as e:
        clean("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert e.value.stage == "clean" and "\n" not in str(e.value)


def test_clean_a_page_that_only_asks_for_scripts_is_an_error_that_says_so():
    """An app shell saved before its scripts ran shows only a <noscript> notice ("You need to enable JavaScript
    to run this app."): its content is not on the page, so the page is an error naming the cause, not a record
    of the notice; beside an article the notice is `hidden`; outside <noscript> the same words are text (a
    help page's steps, a quoted notice: chrome.toml [noscript]; label.py _script_notice)."""
    shell = "<html><body><noscript>You need to enable JavaScript to run this app.</noscript><div id='root'></div>"
    with pytest.raises(ExtractorError) as e:
        clean(shell + "</body></html>")
    assert e.value.stage == "clean" and "scripts did not run" in str(e.value)
    page = clean(shell + ARTICLE + "</body></html>")
    assert "enable JavaScript" not in page.text and "1.2 million containers" in page.text
    assert [b.label for b in page.blocks if "JavaScript" in b.text] == ["hidden"]
    help_page = clean("<html><body><h1>Enable JavaScript in Chrome</h1><p>Open the settings, choose Privacy, then "
                      "Site settings, and allow sites to run JavaScript; 98% of sites need it.</p><ol>"
                      "<li>Turn on JavaScript.</li><li>Enable JavaScript and reload the page you were on.</li></ol>"
                      "<blockquote>You need to enable JavaScript to run this app.</blockquote></body></html>")
    assert all(line in help_page.text for line in ("Turn on JavaScript.", "Enable JavaScript and reload",
                                                   "You need to enable JavaScript to run this app."))


def test_clean_deep_nesting_keeps_text_within_parser_depth():
    depth = 1500
    html = "<div>" * depth + "<p>Deep text with 42 items.</p>" + "</div>" * depth
    assert "42 items" in clean(html).text


def test_clean_nesting_beyond_parser_depth_is_an_error_naming_the_limit():
    """libxml2 stops nesting at 2,048 levels and drops what is deeper: such a page is refused
    with the limit named (Settings.max_depth), not cleaned into a silently shorter text."""
    depth = 5000
    html = "<p>Shallow text stays.</p>" + "<div>" * depth + "<p>Deep text.</p>" + "</div>" * depth
    with pytest.raises(ExtractorError) as e:
        clean(html)
    assert e.value.stage == "clean" and str(e.value) == "page nests elements 2,048 deep (limit max_depth = 2,000)"


def test_clean_an_internal_failure_is_this_pages_clean_error(monkeypatch):
    import importlib

    clean_module = importlib.import_module("extractor.clean")   # `extractor.clean` is also the function

    def broken(*args, **kwargs):
        raise RecursionError("simulated bug deep in the cleaner")

    monkeypatch.setattr(clean_module, "segment", broken)
    with pytest.raises(ExtractorError) as e:
        clean("<p>Any page at all.</p>")
    assert e.value.stage == "clean" and "RecursionError" in str(e.value)


# --- hostile pages: each is cleaned or gets a clear error, within 5 seconds ------------------

ARTICLE = ("<h1>Port traffic rose in March</h1><p>The port handled 1.2 million containers in March, "
           "up 8% from a year earlier, the authority said on Tuesday.</p><p>Officials expect the "
           "new terminal to add 300,000 containers of capacity by 2027.</p>")


def _within(seconds: float, fn, *args, **kwargs):
    """fn's result, or its ExtractorError; fails the test if it takes longer than `seconds`
    (run in a thread, so a hang fails the test instead of blocking the suite)."""
    import concurrent.futures

    def call():
        try:
            return fn(*args, **kwargs)
        except ExtractorError as e:
            return e

    pool = concurrent.futures.ThreadPoolExecutor(max_workers=1)
    try:
        return pool.submit(call).result(timeout=seconds)
    except concurrent.futures.TimeoutError:
        pytest.fail(f"cleaner took more than {seconds} s")
    finally:
        pool.shutdown(wait=False)


def _hostile_pages() -> dict[str, bytes]:
    big_script = "<script>var d = '" + "x" * (20 * 1024 * 1024) + "';</script>"
    data_uri = '<img src="data:image/png;base64,' + "QUJD" * (5 * 1024 * 1024) + '">'
    many = "".join(f'<div class="item"><a href="/p/{i}">Product {i}</a> <span>{i % 97} EUR</span></div>'
                   for i in range(250_000))
    return {
        "malformed": ("<html><body><div><p>The port handled <b>1.2 million <i>containers</b> in "
                      "March</i><p <p>up 8% from a year earlier</div></div></span><table><td>"
                      "said the authority<tr></p><<>>&&;&#xZZ;</body></html></body>").encode(),
        "20MB script": f"<html><head>{big_script}</head><body>{ARTICLE}</body></html>".encode(),
        "20MB data URI": f"<html><body>{data_uri}{ARTICLE}</body></html>".encode(),
        "20MB of markup": f"<html><body>{ARTICLE}{many}</body></html>".encode(),
        # libxml2 stops nesting at 2,048 levels: what lies deeper is not parsed (a known limit)
        "5000-deep nesting": ("<html><body>" + ARTICLE + "<div><p>Level text of 12 words.</p>" * 5000
                              + "</div>" * 5000 + "</body></html>").encode(),
        "declared utf-8, is cp1252": ('<meta charset="utf-8">' + ARTICLE.replace("Officials", "Officials’ café €")
                                      ).encode("cp1252"),
        "declared latin-1, is utf-8": ('<meta charset="iso-8859-1">' + ARTICLE.replace("Officials", "Officials’ café €")
                                       ).encode("utf-8"),
        "no charset, shift_jis": ("<html><body><p>港湾局によると、3月のコンテナ取扱量は120万個で、前年同月比8%増加した。"
                                  "</p></body></html>").encode("shift_jis"),
        "no <body>": ARTICLE.encode(),
        "frames": (b'<html><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html">'
                   b"</frameset></html>"),
        "frames with noframes": (b'<html><frameset><frame src="a.html"><noframes><p>The port handled 1.2 '
                                 b"million containers in March.</p></noframes></frameset></html>"),
        "all scripts": ("<html><head>" + "<script>console.log(1)</script>" * 20_000
                        + "</head><body><script>document.write('hi')</script></body></html>").encode(),
    }


HOSTILE = _hostile_pages()


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_clean_hostile_pages_are_cleaned_or_a_clear_error_within_5s(name):
    result = _within(5.0, clean, HOSTILE[name])
    if isinstance(result, ExtractorError):
        assert result.stage in ("decode", "clean") and "\n" not in str(result) and str(result)
        # only pages that hold no article text may fail
        assert name in ("frames", "all scripts", "20MB of markup", "5000-deep nesting"), f"{name}: {result}"
        if name == "20MB of markup":    # 750,000 elements: over the limit, named with its value
            assert str(result).endswith("elements (limit max_elements = 100,000)")
        if name == "5000-deep nesting":  # deeper than the parser keeps: refused, the limit named
            assert str(result).endswith("(limit max_depth = 2,000)")
        return
    text = result.text
    if name not in ("no charset, shift_jis", "frames with noframes", "malformed"):
        assert "1.2 million containers in March" in text, name
    if "cp1252" in name or "utf-8" in name:
        assert "Officials’ café €" in text and "Ã" not in text
    if name == "no charset, shift_jis":
        assert "コンテナ取扱量は120万個" in text
    if name == "malformed":      # the parser recovers every piece of text into a block
        blocks = " ".join(b.text for b in result.blocks)
        for piece in ("The port handled 1.2 million containers in March", "up 8% from a year earlier",
                      "said the authority"):
            assert piece in blocks


# --- site templates: what repeats across a site's pages is chrome --------------------------

SITE_BLURB = "The Valley Courier has covered farming and water in the valley since 1921."


def _site_page(i: int) -> str:
    story = " ".join(f"Sentence {j} of story {i} reports that {i * 7 + j} acres were irrigated." for j in range(6))
    return (f"<html><body><div><h1>Story number {i}</h1><p>{story}</p>"
            f"<p>Farmers in district {i} said yields rose {i + 3}% this season.</p>"
            f"<div><p>{SITE_BLURB}</p></div></div></body></html>")


def test_clean_site_templates_drop_text_repeated_across_a_site():
    from extractor.clean import SiteTemplates

    templates = SiteTemplates()
    pages = [clean(_site_page(i), url=f"https://www.courier.example/news/{i}", templates=templates) for i in range(10)]
    assert SITE_BLURB in pages[0].text           # a single page cannot tell the blurb from the story
    assert SITE_BLURB not in pages[9].text       # by the tenth page, the site's template is known
    blurb = next(b for b in pages[9].blocks if b.text == SITE_BLURB)
    assert blurb.label == "template" and "courier.example" in blurb.reason
    assert "yields rose 12% this season" in pages[9].text        # the story itself stays
    # another site's page with the same text is not affected
    other = clean(_site_page(3), url="https://other.example/a", templates=templates)
    assert SITE_BLURB in other.text


def test_clean_site_templates_round_trip_and_count_a_page_once():
    from extractor.clean import SiteTemplates

    templates = SiteTemplates()
    for i in range(3):
        clean(_site_page(i), url=f"https://courier.example/{i}", templates=templates)
    clean(_site_page(0), url="https://courier.example/0", templates=templates)     # same page again
    assert templates.seen("courier.example", SITE_BLURB) == 3
    restored = SiteTemplates.from_dict(json.loads(json.dumps(templates.to_dict())))
    assert restored.seen("courier.example", SITE_BLURB) == 3
    page = clean(_site_page(7), url="https://courier.example/7", templates=restored)
    assert SITE_BLURB not in page.text
    with pytest.raises(ValueError, match="templates/1"):
        SiteTemplates.from_dict({"courier.example": {"schema": "templates/0"}})


def test_clean_site_templates_memory_is_bounded():
    from extractor.clean import SiteTemplates

    templates = SiteTemplates(max_texts=100)
    for i in range(50):
        templates.observe("big.example", f"doc{i}", [f"unique text {i}-{j}" for j in range(10)] + [SITE_BLURB])
    assert len(templates.sites["big.example"]) <= 100
    assert templates.seen("big.example", SITE_BLURB) == 50


# --- long articles, fallback, confidence ------------------------------------------------------

def _report_page(paragraphs: int) -> str:
    """A generated report: a menu, a title, N numbered paragraphs of one article, a footer."""
    body = "".join(f"<p>In district {i}, the agency spent {i % 90 + 1}.{i % 10} million dollars on water works, "
                   f"up {i % 40 + 2}% from the year before, its report said.</p>" for i in range(paragraphs))
    return ("<html><head><title>Annual water report</title></head><body><nav><a href='/'>Home</a> "
            "<a href='/news'>News</a> <a href='/about'>About us</a></nav><main><article>"
            f"<h1>Annual water report</h1>{body}</article></main><footer><p>Copyright 2024 The Agency. "
            "All rights reserved.</p></footer></body></html>")


@pytest.mark.parametrize("paragraphs", [500, 1000, 2000, 5000])
def test_clean_long_articles_keep_every_paragraph(paragraphs):
    page = clean(_report_page(paragraphs))
    kept = [b for b in page.blocks if b.text.startswith("In district")]
    assert len(kept) == paragraphs
    lost = [(b.text[:20], b.reason) for b in kept if b.label != "body"]
    assert lost == [], f"{len(lost)} of {paragraphs} paragraphs not body, first: {lost[:3]}"
    assert "Copyright 2024" not in page.text and "About us" not in page.text


def test_clean_fallback_keeps_the_article_container_when_the_classifier_keeps_nothing(fixed_scores):
    fixed_scores({}, default=0.1)
    page = clean("<html><body><div class='menu'><a href='/'>Home</a> <a href='/a'>Archive</a></div>"
                 "<div class='story'><h2>Port traffic</h2><p>The port handled 1.2 million containers in March, "
                 "up 8% from a year earlier.</p><p>Officials expect the new terminal to add capacity.</p></div>"
                 "</body></html>")
    assert page.text == ("Port traffic\n\nThe port handled 1.2 million containers in March, up 8% from a year earlier.\n\n"
                         "Officials expect the new terminal to add capacity.")
    assert all(b.reason.startswith("fallback") for b in page.body)
    assert "Home" not in page.text
    assert page.meta.confidence < 0.5


def test_clean_fallback_when_the_classifier_keeps_one_heading_alone(fixed_scores):
    # the site's name kept above a story the classifier missed: the story's container is the article
    fixed_scores({"Harbour News": 0.9}, default=0.1)
    story = ("<div class='post'><p>The port handled 1.2 million containers in March, up 8% from a year earlier, "
             "the authority said.</p><p>Officials expect the new terminal to add capacity by 2027, when its "
             "second berth opens.</p></div>")
    page = clean(f"<html><body><h1>Harbour News</h1><div class='menu'><a href='/'>Home</a> <a href='/a'>Archive</a>"
                 f"</div>{story}</body></html>")
    assert "The port handled 1.2 million containers" in page.text and "new terminal" in page.text
    assert "Archive" not in page.text and page.meta.confidence < 0.5
    # several headings are a list of headlines (a listing page): kept as they are, no fallback
    fixed_scores({"Harbour News": 0.9, "Council votes": 0.9}, default=0.1)
    page = clean(f"<html><body><h1>Harbour News</h1><h2>Council votes on bus routes</h2>{story}</body></html>")
    assert page.text == "Harbour News\n\nCouncil votes on bus routes"
    # one heading on a page with no paragraph of prose, or whose only long text is chrome a rule names
    # (the footer's address): nothing better to fall back to
    fixed_scores({"Harbour News": 0.9}, default=0.1)
    page = clean("<html><body><h1>Harbour News</h1><ul><li>Home</li><li>Archive</li><li>Contact</li></ul></body></html>")
    assert page.text == "Harbour News"
    page = clean("<html><body><h1>Harbour News</h1><footer><p>The Harbour Press Ltd, 110 Quay Road, Suite 4, Portsmouth, "
                 "PO1 2AB, United Kingdom. Call us on weekdays.</p></footer></body></html>")
    assert page.text == "Harbour News"


def test_clean_teasers_beside_an_article_are_related_but_an_index_keeps_its_excerpts(fixed_scores):
    fixed_scores({"Paragraph": 0.9, "Ever wondered": 0.9, "Our tiles": 0.9}, default=0.1)
    story = "".join(f"<p>Paragraph {i} of the story: the port handled {i + 1}.2 million containers in March, "
                    f"up {i + 3}% from a year earlier, the authority said on Tuesday.</p>" for i in range(6))
    cards = ("<aside><p>Ever wondered why shoppers buy more in big stores? As it turns out… Read more</p>"
             "<p>Our tiles arrived fast and well packed. The glaze on the blue set is... read more »</p></aside>")
    page = clean(f"<html><body><article>{story}{cards}</article></body></html>")
    assert "Paragraph 5 of the story" in page.text and "Read more" not in page.text
    assert {b.label for b in page.blocks if "read more" in b.text.lower()} == {"related"}
    # a blog's index: the excerpts are what the page holds
    page = clean(f"<html><body><main>{cards}</main></body></html>")
    assert "Ever wondered why shoppers" in page.text and "Our tiles arrived" in page.text


def test_clean_comments_under_an_article_are_chrome_but_a_discussion_keeps_its_replies(fixed_scores):
    fixed_scores({"Paragraph": 0.9, "Great piece": 0.9, "I disagree": 0.9}, default=0.1)
    story = "".join(f"<p>Paragraph {i} of the story: the port handled {i + 1}.2 million containers in March, "
                    f"up {i + 3}% from a year earlier, the authority said on Tuesday.</p>" for i in range(6))
    replies = ("<section id='comments'><h3>Comments</h3>"
               "<div class='comment'><p>Great piece, though the terminal was already full last winter and "
               "nobody at the authority seemed to care about the trucks.</p></div>"
               "<div class='comment'><p>I disagree: the new cranes have cut waiting times at the gate, at "
               "least on weekdays, from what I have seen.</p></div></section>")
    page = clean(f"<html><body><article>{story}</article>{replies}</body></html>")
    assert "Paragraph 5 of the story" in page.text
    assert "Great piece" not in page.text and "I disagree" not in page.text
    assert {b.label for b in page.blocks if b.text.startswith(("Great piece", "I disagree"))} == {"comments"}
    # a page that says it is a discussion: its replies are what it holds
    thread = '<script type="application/ld+json">{"@type": "DiscussionForumPosting"}</script>'
    page = clean(f"<html><head>{thread}</head><body><article>{story}</article>{replies}</body></html>")
    assert "Great piece" in page.text and "I disagree" in page.text
    # ... or whose address names a forum's thread, fetched from or its own (a relative canonical link)
    page = clean(f"<html><body><article>{story}</article>{replies}</body></html>",
                 url="https://forum.example.org/t/port-traffic-this-winter/4411")
    assert "Great piece" in page.text and "I disagree" in page.text
    canonical = "<link rel='canonical' href='/forum/port/traffic-this-winter'>"
    page = clean(f"<html><head>{canonical}</head><body><article>{story}</article>{replies}</body></html>",
                 url="https://www.example.com/forum/port/traffic-this-winter")
    assert "Great piece" in page.text and "I disagree" in page.text


def test_clean_replies_of_a_series_the_article_holds_are_not_comments_under_it():
    """An advice column of letters, each a question and a reply: readability's article holds the
    first letter only, and the second letter's reply (a `div.reply`, named `comments` by its class)
    is the same kind of element as the first's, so it is the column's text, not a comment under it."""
    def letter(question: str, reply: list[str]) -> str:
        return (f"<div class='letter'><div class='question'><p><em>{question}</em></p></div><div class='reply'>"
                + "".join(f"<p>{p}</p>" for p in reply) + "<p class='sign'>Annie</p></div></div>")
    first = letter("Dear Annie, my husband's brother has borrowed money from us four times in two years, always "
                   "with a story about a car repair or a late wage, and he has never paid any of it back.",
                   ["You are not being unreasonable. Lending money to family works only when everyone treats it "
                    "as a loan, and after four unpaid loans it is fair to say that this is not how he sees it.",
                    "Talk to your husband first, away from any new request. Agree together on a simple rule, for "
                    "example that you will only lend what you are happy never to see again.",
                    "If you want to help in other ways, offer practical help rather than cash: a lift while the "
                    "car is in the garage, or help drawing up a budget."])
    second = letter("Dear Annie, I have been invited to my best friend's wedding abroad, and I simply cannot "
                    "afford the flights, the hotel and the hen weekend. How do I tell her?",
                    ["Tell her soon, and tell her plainly. The longer you wait, the more it will look as though "
                     "you were hoping to avoid the conversation, and she will be planning numbers meanwhile.",
                     "Say how much you wish you could be there and what you can do instead: perhaps a dinner for "
                     "the two of you before she leaves, or a video call on the morning of the wedding."])
    page = clean("<html><head><title>Dear Annie: my brother-in-law never repays his loans</title></head><body>"
                 "<main><article class='column'><h1>Dear Annie: my brother-in-law never repays his loans</h1>"
                 f"<div class='column-body'>{first}{second}</div></article></main></body></html>",
                 url="https://www.harbourcitynews.example/lifestyle/dear-annie/2024/03/12/loans")
    assert "Tell her soon, and tell her plainly" in page.text and "a video call on the morning" in page.text


def test_clean_confidence_is_high_on_clear_articles(seed_pages):
    for name, page in seed_pages.items():
        assert 0.5 < page.meta.confidence <= 1, name


def test_clean_captions_are_labelled_caption():
    page = clean("<html><body><article><h1>Port traffic rose</h1><p>The port handled 1.2 million containers "
                 "in March, up 8% from a year earlier, the authority said on Tuesday.</p><figure><img src='a.jpg'>"
                 "<figcaption>Cranes at the east terminal. Photo: Port Authority</figcaption></figure><p>Officials "
                 "expect the new terminal to add 300,000 containers of capacity by 2027, they said.</p>"
                 "</article></body></html>")
    [caption] = [b for b in page.blocks if b.text.startswith("Cranes")]
    assert caption.label == "caption" and caption.xpath.endswith("figcaption")
    assert "Cranes" not in page.text and "300,000 containers" in page.text


def test_clean_a_rail_of_linked_headlines_inside_main_is_chrome():
    story = "".join(f"<p>Paragraph {i} of the story: the port handled {i + 1}.2 million containers in March, "
                    f"up {i + 3}% from a year earlier, the authority said on Tuesday.</p>" for i in range(8))
    rail = "".join(f"<li><a href='/news/{i}'>Council votes on {i + 2} new bus routes for the city</a> "
                   f"<time datetime='2024-03-0{i + 1}'>{i + 1} hours ago</time></li>" for i in range(8))
    page = clean(f"<html><head><title>Port traffic rose</title></head><body><main><article><h1>Port traffic rose"
                 f"</h1>{story}</article><section><h2>Latest news</h2><ul>{rail}</ul></section></main>"
                 "</body></html>")
    assert "Paragraph 0 of the story" in page.text and "Paragraph 7 of the story" in page.text
    assert "bus routes" not in page.text


def test_clean_the_title_heading_is_kept_apart_from_the_article_text():
    story = "".join(f"<p>Paragraph {i} of the story: the port handled {i + 1}.2 million containers in March, "
                    f"up {i + 3}% from a year earlier, the authority said on Tuesday.</p>" for i in range(8))
    page = clean(f"<html><head><title>Port traffic rose 8% | The Harbour Times</title></head><body><main><article>"
                 f"<h1>Port traffic rose 8%</h1>{story}</article></main></body></html>")
    title = [b for b in page.blocks if b.tag == "h1"]
    assert [(b.label, b.start) for b in title] == [("title", None)]
    assert page.text.startswith("Paragraph 0 of the story") and "rose 8%" not in page.text
    assert page.meta.title.startswith("Port traffic rose 8%")
    # a heading the page's title does not name is a line of the article, and so is a title with nothing after it
    page = clean(f"<html><head><title>The Harbour Times</title></head><body><main><article>"
                 f"<h1>Port traffic in March</h1>{story}</article></main></body></html>")
    assert page.text.startswith("Port traffic in March")
    page = clean("<html><head><title>Port traffic rose 8% in March across the region</title></head><body><main>"
                 "<article><h1>Port traffic rose 8% in March across the region</h1></article></main></body></html>")
    assert page.text == "Port traffic rose 8% in March across the region"


def test_clean_only_a_title_heading_that_opens_an_article_is_kept_apart():
    story = "".join(f"<p>Paragraph {i}: the family has cooked rice this way for {i + 2} generations, with {i + 1} "
                    f"cups of water to every cup of rice and a lid that stays on.</p>" for i in range(4))
    # a heading further down the article, however much of the page's title it repeats, is a line of it
    page = clean("<html><head><title>The cost of living: what it means for you | The Harbour Times</title></head>"
                 f"<body><main><article><h2>The cost of living</h2>{story}<h1>What it means for you</h1>{story}"
                 "</article></main></body></html>")
    assert "What it means for you" in page.text
    # a section heading that shares only some of its words with the title stays too
    page = clean("<html><head><title>How to cook rice | Kitchen Basics</title></head><body><main><article>"
                 f"<h1>How to cook rice on the stove</h1>{story}</article></main></body></html>")
    assert page.text.startswith("How to cook rice on the stove")
    # a stub page keeps its headline: what is left is no article
    page = clean("<html><head><title>Unemployment falls to 3.9% in March</title></head><body><main><article>"
                 "<h1>Unemployment falls to 3.9% in March</h1><p>Download the full release (PDF).</p>"
                 "</article></main></body></html>")
    assert page.text.startswith("Unemployment falls to 3.9% in March")


def test_clean_a_product_page_keeps_its_title_heading_the_product_s_name():
    specs = "".join(f"<p>Feature {i}: the blender crushes ice in {i + 4} seconds and holds {i + 1}.5 litres, with a "
                    f"steel blade that stays sharp for {i + 3} years of daily use.</p>" for i in range(4))
    ld = '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "x"}</script>'
    for head in (ld, '<meta property="og:type" content="product">'):
        page = clean(f"<html><head><title>Steel blender 600 W | Shop</title>{head}</head><body><main>"
                     f"<h1>Steel blender 600 W</h1>{specs}</main></body></html>")
        assert page.text.startswith("Steel blender 600 W")       # the product's name is what the page is about
    page = clean(f"<html><head><title>Steel blender 600 W | Shop</title></head><body><main>"
                 f"<h1>Steel blender 600 W</h1>{specs}</main></body></html>")
    assert page.text.startswith("Feature 0")


def test_clean_a_site_template_that_leaves_only_the_title_heading_keeps_it_as_the_article():
    from extractor.clean import SiteTemplates

    templates, texts = SiteTemplates(), []
    for i, name in enumerate(["Steel blender 600 W", "Glass kettle 1.7 l", "Oak cutting board", "Chef knife 20 cm"]):
        note = ("<p>This item is currently out of stock. Sign up to be told when it is back in stock, and browse "
                "similar products in our kitchen range, with free delivery on every order over 50 euros.</p>") * 2
        html = f"<html><head><title>{name} | Shop</title></head><body><main><h1>{name}</h1>{note}</main></body></html>"
        texts.append(clean(html, url=f"https://shop.example/p/{i}", templates=templates).text)
    assert texts[0].startswith("This item is currently out of stock")      # the title heading kept apart
    assert texts[3] == "Chef knife 20 cm"          # the note is the site's template: the title is all there is


LOREM = ("Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore "
         "et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.")


def test_clean_placeholder_text_is_chrome_beside_real_prose_and_the_content_of_a_page_of_it():
    real = ("<p>The port handled 1.2 million containers in March, up 8% from a year earlier, the authority "
            "said on Tuesday.</p>" * 3)
    beside = clean(f"<html><body><article><h1>Port traffic rose</h1>{real}<p>{LOREM}</p></article></body></html>")
    assert "Lorem ipsum" not in beside.text and "1.2 million containers" in beside.text
    alone = clean(f"<html><body><article><h1>Sample page</h1>{f'<p>{LOREM}</p>' * 4}</article></body></html>")
    assert alone.text.count("Lorem ipsum") == 4


# -- generated HTML (hypothesis): no crash, offsets and XPaths consistent; size limits ---------



@hypothesis_settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_documents())
@example("0<script><p></script>0")      # found by hypothesis: the script's text is not the block's
@example("0<br>0")
def test_clean_generated_html_never_crashes_and_offsets_and_xpaths_agree(html):
    try:
        page = clean_html(html)
    except ExtractorError as e:                  # a bad page is an error of its stage, never a crash
        assert e.stage == "decode" and not html.strip() or e.stage == "clean"
        return
    tree = parse_html(page.html)
    last = 0
    for b in page.blocks:
        if b.start is not None:
            assert page.text[b.start:b.end] == b.text and b.start >= last
            last = b.end
        [element] = tree.xpath(b.xpath)
        assert "".join(b.text.split()) in _visible_chars(element)


def _visible_chars(element) -> str:
    """The element's text as the cleaner reads it, without whitespace (a <br> reads as a space in
    a block, as nothing in itertext): scripts, styles and comments left out, their tails kept, so
    '0<script><p></script>0' reads '00'. bench_clean.py checks provenance the same way."""
    element = copy.deepcopy(element)
    etree.strip_elements(element, *RULES.skip_tags, etree.Comment, with_tail=False)
    return "".join("".join(element.itertext()).split())


@pytest.mark.parametrize("html, settings, message", [
    (deep_page(100_000), Settings(), "page nests elements 2,048 deep (limit max_depth = 2,000)"),
    (deep_page(60), Settings(max_depth=50), "page nests elements 63 deep (limit max_depth = 50)"),
    (article(200, words=3), Settings(max_elements=150), "page has 207 elements (limit max_elements = 150)"),
])
def test_clean_a_page_over_a_size_limit_is_an_error_naming_it(html, settings, message):
    with pytest.raises(ExtractorError) as e:
        clean_html(html.decode(), settings=settings)
    assert e.value.stage == "clean" and str(e.value) == message


def test_clean_a_long_article_is_cleaned_not_refused():
    page = clean_html(article(10_000).decode())                # the 2.5 MB article of 10,000 paragraphs
    assert len([b for b in page.blocks if b.tag == "p"]) == 10_000 and "Spending rose" in page.text


# -- regression inputs from scripts/fuzz.py (tests/fuzz_crashes/: pages libxml2 recovers oddly) --

FUZZ_CRASHES = sorted((Path(__file__).parent / "fuzz_crashes").glob("*.bin"))


@pytest.mark.parametrize("path", FUZZ_CRASHES, ids=[p.stem for p in FUZZ_CRASHES])
def test_clean_fuzz_found_pages_give_xpaths_that_find_one_element(path):
    from extractor.load import document_from_bytes

    raw = path.read_bytes()
    page = clean_html(document_from_bytes(raw).html, raw=raw)
    tree = parse_html(page.html)
    assert all(len(tree.xpath(b.xpath)) == 1 for b in page.blocks)


def _story_with_teasers(cards: int = 6) -> str:
    story = "".join(f"<p>Paragraph {i} of the story: the port handled {i + 1}.2 million containers in March, "
                    f"up {i + 3}% from a year earlier, the authority said on Tuesday.</p>" for i in range(8))
    teasers = "".join(f"<div class='card'><div class='card-body'><h3><a href='/news/{i}'>Council adds {i + 2} bus "
                      f"routes</a></h3><p>The city will spend {i + 4} million dollars on new buses by 2026, "
                      f"officials said.</p></div></div>" for i in range(cards))
    return (f"<html><head><title>Port traffic rose</title></head><body><main><article><h1>Port traffic rose</h1>"
            f"{story}</article><section><h2>More stories</h2>{teasers}</section></main></body></html>")


def test_clean_teaser_cards_are_marked_in_the_features():
    import importlib

    features = importlib.import_module("extractor.clean.features")
    tree = parse_html(_story_with_teasers())
    blocks = importlib.import_module("extractor.clean.segment").segment(tree, RULES.skip_tags)
    X = features.block_features(tree, blocks, RULES)
    teaser, repeats = X[:, features.INDEX["teaser_card"]], X[:, features.INDEX["card_repeats_log"]]
    blurbs = [i for i, b in enumerate(blocks) if b.text.startswith("The city will spend")]
    story = [i for i, b in enumerate(blocks) if b.text.startswith("Paragraph")]
    assert len(blurbs) == 6 and len(story) == 8
    assert all(teaser[i] == 1 and repeats[i] >= np.log(6) - 1e-6 for i in blurbs)
    assert not any(teaser[i] for i in story) and all(repeats[i] == 0 for i in story)


def test_clean_teaser_blurbs_after_the_article_are_chrome():
    page = clean(_story_with_teasers())
    assert "Paragraph 0 of the story" in page.text and "Paragraph 7 of the story" in page.text
    assert "bus routes" not in page.text and "million dollars" not in page.text


def test_clean_model_without_a_second_pass_gives_the_first_pass_scores():
    import importlib

    model, features = (importlib.import_module(f"extractor.clean.{m}") for m in ("model", "features"))
    tree = parse_html(_story_with_teasers())
    blocks = importlib.import_module("extractor.clean.segment").segment(tree, RULES.skip_tags)
    X = features.block_features(tree, blocks, RULES)
    shipped = model.load_model()
    one_pass = model.BlockClassifier(first=shipped.first)
    assert np.array_equal(one_pass.predict(X, blocks), shipped.first.predict(X))
    assert shipped.second is not None and not np.array_equal(shipped.predict(X, blocks), one_pass.predict(X, blocks))


def test_clean_a_caption_that_reads_like_prose_is_still_a_caption():
    story = "".join(f"<p>Paragraph {i}: the port handled {i + 1}.2 million containers in March, up {i + 3}% from "
                    f"a year earlier, the authority said on Tuesday.</p>" for i in range(4))
    caption = ("Workers unload containers at the east terminal on Tuesday, where the authority says traffic "
               "rose 8% in March, the fastest pace in three years, as new cranes came into service.")
    page = clean(f"<html><body><article><h1>Port traffic rose</h1>{story}<figure><img src='a.jpg'>"
                 f"<figcaption><p>{caption}</p></figcaption></figure>{story}</article></body></html>")
    [block] = [b for b in page.blocks if b.text.startswith("Workers unload")]
    assert block.label == "caption" and "figcaption" in block.xpath
    assert "Workers unload" not in page.text and "Paragraph 3" in page.text


@pytest.mark.parametrize("classes,sign", RULES.candidate["match"], ids=[c for c, _ in RULES.candidate["match"]])
def test_clean_candidate_weights_score_their_examples(classes, sign):
    from extractor.clean.rules import class_weight

    assert np.sign(class_weight(classes, "", RULES)) == sign
    assert np.sign(class_weight("", classes, RULES)) == sign


@pytest.mark.parametrize("classes", RULES.candidate["no_match"])
def test_clean_candidate_weights_leave_other_classes_at_zero(classes):
    from extractor.clean.rules import class_weight

    assert class_weight(classes, "", RULES) == 0


def test_clean_readability_score_marks_the_story_and_not_its_rail():
    import importlib

    features = importlib.import_module("extractor.clean.features")
    tree = parse_html(_story_with_teasers())
    blocks = importlib.import_module("extractor.clean.segment").segment(tree, RULES.skip_tags)
    X = features.block_features(tree, blocks, RULES)
    col = {n: X[:, features.INDEX[n]] for n in ("rd_rel", "rd_in_top", "rd_kept")}
    story = [i for i, b in enumerate(blocks) if b.text.startswith("Paragraph")]
    blurbs = [i for i, b in enumerate(blocks) if b.text.startswith("The city will spend")]
    assert all(col["rd_rel"][i] == 1 and col["rd_in_top"][i] == 1 and col["rd_kept"][i] == 1 for i in story)
    assert all(col["rd_rel"][i] < 0.5 and col["rd_in_top"][i] == 0 and col["rd_kept"][i] == 0 for i in blurbs)


def test_clean_readability_score_passes_over_a_dialog_and_a_menu():
    """Readability drops a dialog, a menu and the like before it scores (chrome.toml unlikely_roles,
    unlikely_tags): a privacy centre's longer prose beside a short story is never the article."""
    story = "".join(f"<p>Paragraph {i}: the council approved the budget, 31 votes to 20, after a long debate, "
                    "and the mayor signed it.</p>" for i in range(2))
    centre = "".join(f"<p>Purpose {i}: we and our partners store, and access, information on your device, such as "
                     "cookies, and process personal data, such as unique identifiers, for ads, content and "
                     "measurement, and audience insights.</p>" for i in range(4))
    for wrapper in ("<div role='dialog' class='pc'>{}</div>", "<dialog open>{}</dialog>",
                    "<div role='navigation'>{}</div>"):
        tree = parse_html(f"<html><body><div class='x'>{story}</div>{wrapper.format(centre)}</body></html>")
        blocks = segment(tree, RULES.skip_tags)
        X = block_features(tree, blocks, RULES)
        top = {b.text[:11]: bool(X[i, INDEX["rd_in_top"]]) for i, b in enumerate(blocks)}
        assert top["Paragraph 0"] and top["Paragraph 1"] and not top["Purpose 0: "], wrapper


def test_clean_readability_score_counts_the_commas_of_chinese_and_japanese_prose():
    # a story's paragraphs separate their clauses with the ideographic and full-width commas; the
    # promotions beside it are short lines with none: by Latin commas alone the promotions win
    story = ("<p>港湾局は火曜日、今年の取扱量が前年より8％増えたと発表し、新しい岸壁の工事を来月始めると述べ、"
             "費用は12億円になる見込みだと説明した。市の担当者は、輸出の回復が続けば、雇用も増えると話し、"
             "地元の企業も、新しい航路に期待を寄せている。</p>"
             "<p>市场分析人士表示，今年前三个月，该港口的集装箱吞吐量达到120万标准箱，同比增长8%，"
             "其中出口增长较快，进口则基本持平，预计全年增长将超过去年的水平。</p>")
    promos = "".join(f"<div>春のキャンペーン実施中！今なら抽選で豪華賞品が当たるチャンス{i}　詳しくは店頭でご覧ください</div>"
                     for i in range(8))
    tree = parse_html(f"<html><body><div class='x'>{story}</div><div class='y'>{promos}</div></body></html>")
    blocks = segment(tree, RULES.skip_tags)
    X = block_features(tree, blocks, RULES)
    top = {b.text[:4]: bool(X[i, INDEX["rd_in_top"]]) for i, b in enumerate(blocks)}
    assert top["港湾局は"] and top["市场分析"] and not top["春のキャ"]


def test_clean_blocks_outside_a_dominant_article_need_a_higher_score():
    from extractor.clean.label import _outside_article
    from extractor.clean.segment import RawBlock

    blocks = [RawBlock("x" * n, None, 0) for n in (600, 600, 300, 100)]
    inside = np.array([True, True, False, False])
    probs = np.array([0.9, 0.9, 0.6, 0.2])
    # the article holds 1,200 of the 1,500 kept characters: the page has one article
    assert _outside_article(blocks, inside, probs).tolist() == [False, False, True, True]
    # a listing: what the classifier keeps lies mostly outside readability's article
    assert not _outside_article(blocks, ~inside, probs).any()
    assert not _outside_article(blocks, inside, np.zeros(4)).any()


def test_clean_the_title_heading_is_never_outside_the_article():
    from extractor.clean.label import _outside_article
    from extractor.clean.segment import RawBlock

    blocks = [RawBlock("x" * n, None, 0) for n in (60, 600, 600, 100)]
    inside = np.array([False, True, True, False])
    assert _outside_article(blocks, inside, np.full(4, 0.9), title=0).tolist() == [False, False, False, True]


def test_clean_readability_keeps_a_short_sibling_sentence_that_opens_with_markup():
    story = "".join(f"<p>Paragraph {i}: the port handled {i + 1}.2 million containers in March, up {i + 3}% from "
                    f"a year earlier, the authority said on Tuesday, citing its own figures.</p>" for i in range(6))
    tree = parse_html(f"<html><body><div><div class='story'>{story}</div>"
                      "<p><b>Note:</b> the figures are provisional.</p><p><b>Tags</b> ports shipping</p>"
                      "</div></body></html>")
    blocks = segment(tree, RULES.skip_tags)
    X = block_features(tree, blocks, RULES)
    kept = {b.text: bool(X[i, INDEX["rd_kept"]]) for i, b in enumerate(blocks)}
    # readability's sibling pass reads the paragraph's whole text, not the text before its first child
    assert kept["Note: the figures are provisional."] and not kept["Tags ports shipping"]


def test_clean_markup_saved_as_text_in_noscript_is_hidden_and_a_noscript_with_elements_is_read():
    story = "".join(f"<p>Paragraph {i}: the port handled {i + 1}.2 million containers in March, up {i + 3}% from "
                    f"a year earlier, the authority said on Tuesday.</p>" for i in range(4))
    pixel = '<noscript>&lt;div style="position:absolute"&gt;&lt;img width=1 height=1 src="http://t.example/b"&gt;</noscript>'
    notice = "<noscript>\n&lt;p&gt;JavaScript is off. Turn it on to use every feature of this site.&lt;/p&gt;</noscript>"
    post = "<noscript><p>Ann wrote: the ferry carried 300 passengers on its first day.</p></noscript>"
    page = clean(f"<html><body><article><h1>Port traffic rose</h1>{story}{pixel}{notice}{post}</article></body></html>")
    marked = [b for b in page.blocks if b.tag == "noscript"]
    assert [b.label for b in marked] == ["hidden", "hidden"]
    assert "width" not in page.text and "JavaScript" not in page.text
    assert "ferry carried 300 passengers" in page.text


def test_clean_leaves_the_cycle_collector_as_it_found_it():
    import gc

    from extractor.clean import clean

    html = "<html><body><article><p>Acme sold 40 cars in May, a record for the firm.</p></article></body></html>"
    assert gc.isenabled()
    clean(html)
    assert gc.isenabled()
    gc.disable()
    try:
        clean(html)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_clean_a_button_the_parser_left_open_does_not_swallow_the_article():
    story = "".join(f"<p>Paragraph {i}: the garden needs {i + 6} hours of sun a day and {i + 1} inches of water "
                    f"a week, the extension service says.</p>" for i in range(6))
    menu = "<header><button class='menu-button' aria-label='Main menu'><div class='inner'><div></button></div></header>"
    page = clean(f"<html><body>{menu}<main><article><h1>How to start a garden</h1>{story}</article></main>"
                 f"<footer><button>Subscribe</button></footer></body></html>")
    assert "Paragraph 0" in page.text and "Paragraph 5" in page.text
    assert not any("Subscribe" in b.text for b in page.blocks)   # a button closed as written is still skipped


def test_clean_segment_skips_a_closed_button_with_its_label():
    import importlib

    segment = importlib.import_module("extractor.clean.segment")
    tree = parse_html("<html><body><button><span>Open menu</span></button><p>The park has 40 acres.</p>"
                      "<button><h3>How big is it?</h3></button></body></html>")
    texts = [b.text for b in segment.segment(tree, RULES.skip_tags, RULES.open_controls)]
    assert texts == ["The park has 40 acres."]


def _rendered_twice(copy_in_noscript: bool) -> str:
    story = "".join(f"<p>Paragraph {i}: the city laid {i + 3} miles of new water main in 2024 and plans "
                    f"{i + 5} more this year, the utility said in its annual report.</p>" for i in range(5))
    second = f"<noscript><div>{story}</div></noscript>" if copy_in_noscript else f"<div class='mobile'>{story}</div>"
    return f"<html><body><main><article><h1>Water mains</h1><div class='desktop'>{story}</div>{second}" \
           f"</article></main></body></html>"


@pytest.mark.parametrize("in_noscript", [True, False])
def test_clean_a_passage_rendered_twice_is_kept_once(in_noscript):
    page = clean(_rendered_twice(in_noscript))
    assert page.text.count("Paragraph 3:") == 1
    copies = [b for b in page.blocks if b.text.startswith("Paragraph 3:")]
    assert [b.label for b in copies] == ["body", "duplicate"]
    kept = copies[0] if copies[0].label == "body" else copies[1]
    assert "noscript" not in kept.xpath                # the scripted copy is the one a reader sees


def test_clean_a_noscript_copy_that_comes_first_gives_way_to_the_scripted_one():
    story = "".join(f"<p>Paragraph {i}: the port handled {i + 1}.2 million containers in March, up {i + 3}% from "
                    f"a year earlier, the authority said on Tuesday.</p>" for i in range(5))
    page = clean(f"<html><body><main><article><h1>Port</h1><noscript><div>{story}</div></noscript>"
                 f"<div class='app'>{story}</div></article></main></body></html>")
    [kept] = [b for b in page.blocks if b.text.startswith("Paragraph 2:") and b.label == "body"]
    assert "noscript" not in kept.xpath and page.text.count("Paragraph 2:") == 1


def test_clean_short_or_single_repeats_stay_body():
    cards = "".join(f"<div class='card'><h3>Plan {n}</h3><p>Includes free shipping on every order over $50, "
                    f"returns within 30 days and a one-year warranty on all parts.</p><p>Pros</p><p>Cons</p></div>"
                    for n in ("Basic", "Plus", "Pro"))
    intro = "".join(f"<p>Paragraph {i}: we compared {i + 3} plans on price, support and the fine print of their "
                    f"contracts.</p>" for i in range(4))
    page = clean(f"<html><body><main><article><h1>Plans compared</h1>{intro}{cards}</article></main></body></html>")
    assert not any(b.label == "duplicate" for b in page.blocks)


def test_clean_a_button_around_a_card_stays_skipped():
    story = "".join(f"<p>Paragraph {i}: the ferry carried {i + 2},000 passengers in July, the operator said.</p>"
                    for i in range(5))
    card = "<button class='card'><article><h4>Related: Bridge tolls rise</h4><p>Drivers will pay 40 cents more " \
           "from March, the authority said.</p></article></button>"
    page = clean(f"<html><body><main><article><h1>Ferry traffic</h1>{story[:200]}{card}{story[200:]}</article>"
                 f"</main></body></html>")
    assert "Paragraph 4" in page.text and "Bridge tolls" not in page.text and "40 cents" not in page.text


def test_clean_a_whole_noscript_article_before_a_shorter_teaser_keeps_its_order():
    paras = [f"Paragraph {i}: the trail climbs {i + 3}00 metres on day {i + 1}, and the hut at the top sleeps "
             f"{i + 20} walkers a night in summer, when it must be booked weeks ahead and the warden serves a hot "
             f"meal at seven." for i in range(6)]
    full = "".join(f"<p>{p}</p>" for p in paras)
    teaser = "".join(f"<p>{p}</p>" for p in paras[:3])
    page = clean(f"<html><body><main><article><h1>The trail</h1><noscript><div>{full}</div></noscript>"
                 f"<div class='app'>{teaser}</div></article></main></body></html>")
    order = [page.text.index(f"Paragraph {i}:") for i in range(6)]
    assert order == sorted(order) and page.text.count("Paragraph 1:") == 1


def test_clean_a_page_without_an_article_keeps_the_items_its_classifier_half_believes(fixed_scores):
    """A listing, with no 500 characters of prose lines kept, keeps the blocks scored 0.3 to 0.5 as its
    content; the same cards beside an article stay chrome (label.py NO_ARTICLE_THRESHOLD; invented
    pages, fixed scores standing in for the classifier)."""
    fixed_scores({"Paragraph": 0.9, "Desk": 0.4})
    cards = "".join(f"<div class='card'><h3>Desk {i}</h3><p>Desk {i}: oak top, {100 + 10 * i} cm wide, $499</p></div>"
                    for i in range(6))
    # the site's furniture and other stories stay chrome, however the classifier scores them
    furniture = ("<div class='newsletter'><p>Desk deals: 20% off for subscribers, sign up today.</p></div>"
                 "<div class='related'><p>Desk lamps from $19</p></div>"
                 "<footer><p>Desk &amp; Co, 12 High Street. Registered in England.</p></footer>")
    listing = clean(f"<html><body><nav><a href='/'>Home</a> <a href='/desks'>Desks</a></nav><main>{cards}</main>"
                    f"{furniture}</body></html>")
    assert all(f"Desk {i}: oak top" in listing.text for i in range(6))
    assert "Home" not in listing.text
    assert not any(word in listing.text for word in ("20% off", "lamps", "High Street"))
    assert all(b.reason.startswith("the page has no article") for b in listing.body)
    story = "".join(f"<p>Paragraph {i}: the port handled {i + 1}.2 million containers in March, up {i + 3}% from a "
                    "year earlier, the authority said.</p>" for i in range(6))
    article = clean(f"<html><body><article>{story}</article><aside>{cards}</aside></body></html>")
    assert "Paragraph 5" in article.text and "Desk" not in article.text


def test_clean_a_discussion_page_keeps_its_replies_and_an_article_drops_its_comments(fixed_scores):
    """A page that says it is a forum thread or a question (schema.org DiscussionForumPosting, QAPage)
    keeps the replies the classifier scores from 0.2; the same replies under a page that does not
    say so are comments, chrome (label.py DISCUSSION_THRESHOLD; invented pages, fixed scores
    standing in for the classifier)."""
    fixed_scores({"Opening": 0.9, "Reply": 0.25}, default=0.05)
    post = ("<p>Opening post: my heat pump uses 14 kWh a day at -5 C, twice what the installer promised. Is that "
            "normal for a 120 square metre house, or is the unit set up wrongly? It ran for 20 hours yesterday.</p>")
    replies = "".join(f"<div class='comment'><p>Reply {i}: ours used {10 + i} kWh on the coldest day.</p></div>"
                      for i in range(3))
    # a reply's row of action links is not a reply
    actions = "<div class='comment'><p><a href='/r/1'>Reply to this</a> · <a href='/q/1'>Quote</a></p></div>"

    def head(ld: str) -> str:
        return f'<head><script type="application/ld+json">{{"@context": "https://schema.org", {ld}}}</script></head>'

    for ld in ('"@type": "DiscussionForumPosting"', '"@type": ["QAPage"]'):
        thread = clean(f"<html>{head(ld)}<body><main>{post}{replies}{actions}</main>"
                       "<footer><p>Forum rules</p></footer></body></html>")
        assert all(f"Reply {i}: ours used" in thread.text for i in range(3)), ld
        assert "Forum rules" not in thread.text and "Quote" not in thread.text
    # an article, or a news page that marks up its comment section as a discussion, drops the comments
    graph = '"@graph": [{"@type": "NewsArticle"}, {"@type": "DiscussionForumPosting"}]'
    for page in (f"<html><body><main>{post}{replies}</main></body></html>",
                 f"<html>{head(graph)}<body><main>{post}{replies}</main></body></html>"):
        article = clean(page)
        assert "Opening post" in article.text and "Reply" not in article.text
        assert {b.label for b in article.chrome} == {"comments"}


def test_clean_a_consent_box_outside_the_article_is_never_its_content(fixed_scores):
    """A cookie banner's prose outside readability's article stays `consent` even when the classifier
    scores it as text; a modal the class/id does not name a consent box (a plan chooser, an FAQ's
    answer) and a section on cookies inside the article are the classifier's to keep (label.py
    NEVER_BODY_OUTSIDE; invented pages, fixed scores standing in for the classifier)."""
    fixed_scores({"Paragraph": 0.9, "Cookies": 0.9, "Choose": 0.9, "Strictly": 0.9})
    story = "".join(f"<p>Paragraph {i}: the port handled {i + 1}.2 million containers in March, up {i + 3}% from a "
                    "year earlier, the authority said, and it expects, for the rest of the year, more.</p>"
                    for i in range(6))
    banner = ("<div class='privacyConsentBanner'><p>Cookies are small data files that a website stores on your "
              "device, so that it remembers your choices, and measures how you use it.</p>"
              "<p>Strictly necessary cookies keep you signed in, and cannot be switched off.</p></div>")
    chooser = ("<div role='dialog'><p>Choose your plan: the annual plan saves 20%, and you can cancel, at any time, "
               "from your account.</p></div>")
    page = clean(f"<html><body><div class='wrap'><article>{story}</article></div>{banner}{chooser}</body></html>")
    assert all(f"Paragraph {i}:" in page.text for i in range(6))
    assert not any(word in page.text for word in ("Cookies are", "Strictly")) and "Choose your plan" in page.text
    assert {b.label for b in page.chrome} == {"consent"}
    assert all("never its content" in b.reason for b in page.chrome)
    # a manual's section on cookies is inside its article: the classifier keeps it
    manual = story + ("<section id='cookies'><p>Cookies are small pieces of data that the server sets, and the "
                      "browser sends back with each request, until they expire.</p></section>") + story
    docs = clean(f"<html><body><main><article>{manual}</article></main><div>{banner}</div></body></html>")
    assert "Cookies are small pieces of data" in docs.text and "Strictly" not in docs.text


def test_clean_a_dialog_one_of_many_whose_kind_holds_article_text_is_the_classifiers(fixed_scores):
    """Answers in modals repeat, one after another, and readability's article holds some of them: an
    answer outside it is not vetoed as a banner would be, the classifier keeps it (label.py
    _never_body; an invented FAQ page, fixed scores standing in for the classifier)."""
    fixed_scores({"Yes.": 0.9, "Annual plans": 0.9, "Add your company": 0.9, "Everything": 0.9, "We use": 0.9})
    answers = {"Yes.": "Upgrades take effect at once and you pay a prorated amount for the rest of your billing period. "
                       "Downgrades take effect at the start of your next period, so you keep what you paid for.",
               "Annual plans": "can be refunded in full within 30 days of purchase. Monthly plans are not refunded, "
                               "but you can cancel at any time and you will not be charged again.",
               "Add your company": "name and VAT number under Settings, then Billing. Every invoice after that shows "
                                   "them, and you can download past invoices, as PDFs, from the same page."}
    modals = "".join(f"<div id='q{i}' class='modal' role='dialog'><h2>Question {i}</h2><p>{lead} {rest}</p></div>"
                     for i, (lead, rest) in enumerate(answers.items()))
    banner = ("<div class='consent-banner'><p>We use cookies, small data files, to remember your choices and measure "
              "how you use the site, and we never sell them.</p></div>")
    page = clean("<html><body><main><h1>Billing FAQ</h1><p>Everything you need to know about plans, invoices and "
                 f"refunds.</p></main><footer><p>Ledgerly Ltd</p></footer>{modals}{banner}</body></html>")
    assert all(lead in page.text for lead in answers), page.text
    assert "We use cookies" not in page.text


def test_clean_an_article_is_500_characters_of_prose_lines_in_any_script():
    from extractor.clean.label import _has_article
    from extractor.clean.segment import RawBlock

    line = RawBlock("The port handled 1.2 million containers in March, up 8% from a year earlier, it said.", None, 0)
    assert _has_article([line] * 6, np.full(6, 0.9))
    assert not _has_article([line] * 6, np.full(6, 0.4))         # lines the classifier does not keep
    assert not _has_article([line] * 5, np.full(5, 0.9))         # 430 characters
    spec = RawBlock("Oak desk, 120 cm wide, adjustable height, cable tray, four colours, free delivery", None, 0)
    assert not _has_article([spec] * 8, np.full(8, 0.9))         # items, not sentences
    short = RawBlock("Prices rose 8% in March.", None, 0)
    assert not _has_article([short] * 30, np.full(30, 0.9))      # one-line captions or teasers
    # Chinese, Japanese and Korean characters count twice: a 51-character Japanese sentence is a line of prose
    japanese = RawBlock("港湾局によると、三月のコンテナ取扱量は前年同月比八パーセント増の百二十万個となり、過去最高を記録した。", None, 0)
    assert len(japanese.text) < 80
    assert _has_article([japanese] * 6, np.full(6, 0.9))
    assert not _has_article([japanese] * 4, np.full(4, 0.9))     # 408 characters as printed
