"""Label each block as article text ("body") or as the chrome concept it belongs to.

The trained classifier (model.py) decides body or chrome from each block's features; the rules
(rules.py) name the chrome. Nothing is deleted: chrome blocks keep their label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from lxml import etree

from .features import INDEX, best_container, block_features, declares_type, main_article, named_title, title_heading
from .model import load_model
from .rules import TOKEN_REASON, Rules, load_rules, phrase_concept, rule_labels
from .segment import RawBlock, held_text

BODY_THRESHOLD = 0.5
# When readability's article (its top candidate and strong siblings, feature rd_kept) holds at
# least DOMINANT_SHARE of the text the classifier keeps, the page has one article, and a block
# outside it needs OUTSIDE_THRESHOLD to be kept: rails and teasers beside a clear article score
# 0.5 to 0.8. Set on the tuning parts' site-grouped cross-validated scores.
DOMINANT_SHARE = 0.6
OUTSIDE_THRESHOLD = 0.8
# A page without an article (less than ARTICLE_PROSE_CHARS of kept lines of PROSE_LINE_CHARS or more
# that end a sentence: a listing, a shop's category, a product's specs) has its content in short items
# (cards, teasers, spec lines) that a classifier trained mostly on articles scores 0.3 to 0.5: there a
# block needs NO_ARTICLE_THRESHOLD. A news story of short paragraphs still has its 500 characters.
# Set on the tuning parts' site-grouped cross-validated scores.
NO_ARTICLE_THRESHOLD = 0.3
ARTICLE_PROSE_CHARS = 500
PROSE_LINE_CHARS = 80
# ... except a block the rules name as the site's furniture or another story's (on tune pages without an
# article, mostly not the reference's; a menu or a meta line is, on listings, as often an item)
SITE_FURNITURE = frozenset(("header", "footer", "newsletter", "share", "consent", "comments", "aside", "testimonial",
                            "ad", "related"))
# the title heading is kept apart (`_title_apart`) when this share of its words are in og:title or
# <title>, less than TITLE_LEAD_CHARS of article text come before it and TITLE_REST_CHARS after
TITLE_NAMED_SHARE = 0.75
TITLE_LEAD_CHARS = 200
TITLE_REST_CHARS = 200
# ... but not on a page that says it is one of these (og:type, schema.org @type): a product page's heading is
# the product's name, what the page is about (the wcxb annotators keep it)
TITLE_CONTENT_TYPES = ("product",)
# A page that says it is a discussion (schema.org DiscussionForumPosting or QAPage: a forum thread, a
# question with its answers) has its replies as its content, not as comments under an article: there a
# block the rules name `comments` is body from DISCUSSION_THRESHOLD (the classifier, trained mostly on
# articles, scores replies 0.1 to 0.5). Set on the tuning parts' site-grouped cross-validated scores.
# Not a page that also says it is an article (a news site's markup for its comment section), and not a
# reply's row of links ("Like · Quote · Reply", "Report"): less than half of a reply is link text.
DISCUSSION_TYPES = ("discussionforumposting", "qapage")
ARTICLE_TYPES = ("newsarticle", "blogposting", "reportagenewsarticle")
DISCUSSION_THRESHOLD = 0.2
# A block whose class or id names a consent box (a cookie banner, a privacy centre: chrome.toml's `consent`
# tokens) outside readability's article (feature rd_kept) is never body, whatever the classifier says: its
# sentences ("Cookies are small data files that ...", "These technologies are strictly necessary ...") read as
# prose. Inside the article (a manual's section on cookies, a cookie policy page) the classifier decides, as
# it does for a modal named only by its role or tag (an FAQ's answer, a product's details: often content).
NEVER_BODY_OUTSIDE = ("consent",)
# The reason of a <noscript>'s notice that the page's scripts did not run ("You need to enable JavaScript to
# run this app.", chrome.toml [noscript]): `hidden`, even where the fallback keeps the page's boilerplate
# phrases, for the content it stands for is not there; a page with no other text ends as an error that says so.
SCRIPT_NOTICE = "a notice that the page's scripts did not run, in <noscript>"
# another page's excerpt cut off before its "Read more" link (chrome.toml [teasers]), on a page with an article:
# a teaser; where the page has no article (a blog's index, a forum's topic list) the excerpts are its content
TEASER = "another page's excerpt cut off before 'Read more', beside this page's article"
# On a page with an article that does not say it is a discussion: a block the rules name `comments`, outside
# readability's article and after the article's first kept block, is a comment under the story, never its text
# (the classifier, which learns from forums too, keeps long replies). Not on a thread that says nothing of
# itself: where readability's article starts with a comment, or holds an element of the same kind (one post of a
# series, one letter's reply of an advice column's), the comments are the page's posts.
COMMENTS_UNDER = "a comment under the page's article, outside it"
# a heading the classifier keeps alone is no article (_lone_heading)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A run of at least REPEAT_RUN body blocks in a row, REPEAT_CHARS characters in all, whose texts, in order, a
# run before it already holds is the page rendered twice (a <noscript> copy beside the scripted one, a mobile
# layout beside the desktop one): the repeat is chrome. Short or single repeats are not (the same blurb or
# table heading on several cards, a definition used twice, a test page's lorem ipsum).
REPEAT_RUN = 3
REPEAT_CHARS = 500
REPEAT_CANDIDATES = 8       # the earlier copies of a text a run is compared with: the last ones (linear cost)


@dataclass(frozen=True, slots=True)
class Labelling:
    """The label of each block, and how sure the cleaner is of them: `confidence` (0..1) is the
    classifier's probability of the label given, averaged over the page's characters. It falls
    below 0.5 when the classifier kept nothing and a fallback chose the article."""

    labels: tuple[tuple[str, str | None], ...]
    confidence: float


def label_blocks(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules | None = None,
                 addresses: tuple[str | None, ...] = ()) -> Labelling:
    """(label, reason) for each block, in order. The trained classifier decides body or chrome
    from the block's features (the rules among them); a chrome block is named after the concept
    the rules give it, or "boilerplate" when no rule names one."""
    rules = rules or load_rules()
    held, own = held_text(blocks), {}        # computed once, for the rules and the features
    named = rule_labels(tree, blocks, rules, held, own)
    X = block_features(tree, blocks, rules, held, own)
    probs = load_model().predict(X, blocks)
    leads = _leads(tree, blocks, probs)
    title = title_heading(tree, blocks)
    discussion = declares_type(tree, DISCUSSION_TYPES) and not declares_type(tree, ARTICLE_TYPES)
    in_article = X[:, INDEX["rd_kept"]] > 0.5
    outside = _outside_article(blocks, in_article, probs, title)
    vetoed = _never_body(blocks, named, own, in_article)
    thread = discussion or any(a and rules.discussion_address.search(a) for a in addresses)
    under = _comments_under(blocks, named, own, in_article, probs) if not thread else [False] * len(blocks)
    out, article = [], _has_article(blocks, probs)
    for i, (b, found, p) in enumerate(zip(blocks, named, probs.tolist())):
        phrase = phrase_concept(b.text, rules)
        if phrase:      # a whole-block boilerplate phrase (dateline, credit, placeholder) is never article
            out.append((phrase, "boilerplate phrase"))
        elif _escaped_markup(b):        # markup a crawler saved as text in <noscript>: no browser shows it
            out.append(("hidden", "markup saved as text inside <noscript>"))
        elif _script_notice(b, rules):
            out.append(("hidden", SCRIPT_NOTICE))
        elif article and rules.teaser.fullmatch(b.text):    # another page's excerpt beside this one's article
            out.append(("related", TEASER))
        elif _is_caption(b.element):    # a figure's or table's caption describes a picture, not the story
            out.append(("caption", f"<{b.element.tag}> of a figure or table; classifier p={p:.2f}"))
        elif vetoed[i]:
            out.append((found[0], f"{found[1]}; outside the article, never its content (classifier p={p:.2f})"))
        elif article and under[i]:
            out.append(("comments", f"{found[1]}; {COMMENTS_UNDER} (classifier p={p:.2f})"))
        elif p >= (OUTSIDE_THRESHOLD if outside[i] else BODY_THRESHOLD):
            out.append(("body", None))
        elif discussion and found and found[0] == "comments" and p >= DISCUSSION_THRESHOLD \
                and b.link_chars < 0.5 * len(b.text):
            out.append(("body", f"a reply on a discussion page: its content (classifier p={p:.2f})"))
        elif not article and not outside[i] and p >= NO_ARTICLE_THRESHOLD \
                and not (found and found[0] in SITE_FURNITURE):
            out.append(("body", f"the page has no article: its items are its content (classifier p={p:.2f})"))
        elif i in leads:
            out.append(("body", f"lead: the page's own description, next to its title (classifier p={p:.2f})"))
        else:
            where = f" < {OUTSIDE_THRESHOLD} outside the page's article" if outside[i] and p >= BODY_THRESHOLD else ""
            why = f"{found[1]}; " if found else ""
            out.append((found[0] if found else "boilerplate", f"{why}classifier p={p:.2f}{where}"))
    out = _repeats(blocks, _placeholder_pages(blocks, out, probs))
    kept = [b for b, (label, _) in zip(blocks, out) if label == "body"]
    if not kept or _lone_heading(kept):
        out = _fallback(tree, blocks, named, out, rules, prose_only=bool(kept))
    confidence = _confidence(blocks, out, probs)     # of the classifier's body/chrome verdicts
    apart = named_title(tree, blocks, title, TITLE_NAMED_SHARE) and not declares_type(tree, TITLE_CONTENT_TYPES)
    return Labelling(tuple(_title_apart(blocks, out, title) if apart else out), confidence)


def _lone_heading(kept: list[RawBlock]) -> bool:
    """Whether the classifier kept one heading and nothing else: a headline, or the site's name
    above a story it missed, is no article by itself (several headings are a list of headlines,
    which a listing page holds)."""
    return len(kept) == 1 and kept[0].element.tag in HEADINGS


def _comments_under(blocks: list[RawBlock], named: list, own: dict, in_article: np.ndarray,
                    probs: np.ndarray) -> list[bool]:
    """For each block, whether it is a comment under the page's article (COMMENTS_UNDER): named
    `comments`, outside readability's article, after a kept block of that article that is no
    comment itself, and given by an element of a kind (tag, class, role) the article does not hold."""
    inside, out, started = in_article.tolist(), [], False
    for found, held, p in zip(named, inside, probs.tolist()):
        comment = bool(found) and found[0] == "comments"
        out.append(started and not held and comment)
        started = started or (held and p >= BODY_THRESHOLD and not comment)
    if not any(out):                    # most pages: no walk at all
        return out
    kinds = {_kind_of(node) for node in _article_nodes(blocks, inside)}
    sources = [_labelled_by(b.element, own) if under else None for b, under in zip(blocks, out)]
    return [source is not None and _kind_of(source) not in kinds for source in sources]


def _article_nodes(blocks: list[RawBlock], inside: list[bool]) -> set:
    """The elements that hold a block of readability's article (`inside`): those blocks' elements
    and their ancestors, each walked up once."""
    nodes: set = set()
    for b in (b for b, held in zip(blocks, inside) if held):
        for node in (b.element, *b.element.iterancestors()):
            if node in nodes:
                break
            nodes.add(node)
    return nodes


def _never_body(blocks: list[RawBlock], named: list, own: dict, in_article: np.ndarray) -> list[bool]:
    """For each block, whether it is a NEVER_BODY_OUTSIDE block, so named by a class or id, outside
    readability's article, given by an element that is one of a kind: no sibling of the same tag,
    class and role holds article text. A banner comes once; cards ("cookie-card" on a bakery's page)
    and a policy's sections repeat, and the article holds some of them."""
    inside = in_article.tolist()
    named_so = [bool(found) and found[0] in NEVER_BODY_OUTSIDE and found[1].startswith(TOKEN_REASON) and not held
                for found, held in zip(named, inside)]
    if not any(named_so):               # most pages: no walk at all
        return named_so
    article_nodes = _article_nodes(blocks, inside)
    out, one_of_a_kind = [], {}          # per labelling element: its siblings are looked at once
    for b, candidate in zip(blocks, named_so):
        source = _labelled_by(b.element, own) if candidate else None
        parent = source.getparent() if source is not None else None
        if parent is not None and source not in one_of_a_kind:
            one_of_a_kind[source] = not any(sib is not source and _kind_of(sib) == _kind_of(source)
                                            and sib in article_nodes for sib in parent)
        out.append(parent is not None and one_of_a_kind[source])
    return out


def _labelled_by(el: etree._Element, own: dict) -> etree._Element | None:
    """The element whose own rule labels `el`: itself or its closest ancestor the rules label
    (`own`, rule_labels' memo of each element's own label)."""
    return next((node for node in (el, *el.iterancestors()) if own.get(node) is not None), None)


def _kind_of(el: etree._Element) -> tuple:
    return el.tag, el.get("class") or "", el.get("role") or ""


_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)」』]*\s*$")


# Chinese, Japanese and Korean characters (and full-width forms) count twice, as they are printed:
# a Japanese sentence says in 40 characters what an English one says in 80
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")


def _width(text: str) -> int:
    """A text's length with its wide characters (_WIDE) counted twice."""
    return len(text) + len(_WIDE.findall(text))


def _has_article(blocks: list[RawBlock], probs: np.ndarray) -> bool:
    """Whether the classifier keeps an article: ARTICLE_PROSE_CHARS in lines of prose (PROSE_LINE_CHARS
    or more, ending a sentence, in any script's full stop; wide characters count twice). Stops at
    the first ARTICLE_PROSE_CHARS: on an article page, within its first paragraphs."""
    prose = 0
    for b, p in zip(blocks, probs.tolist()):
        if p >= BODY_THRESHOLD and _SENTENCE_END.search(b.text):
            width = _width(b.text)
            prose += width if width >= PROSE_LINE_CHARS else 0
            if prose >= ARTICLE_PROSE_CHARS:
                return True
    return False


def _title_apart(blocks: list[RawBlock], out: list, title: int | None) -> list:
    """The page's title heading, kept as article text, is labelled `title`: it is the page's
    metadata (PageMeta.title), not a line of the article, as readability, trafilatura and the
    dev sets' reference texts keep it apart. Only a heading that opens the article (less than
    TITLE_LEAD_CHARS of article text before it: not a section heading further down), and not
    when the rest of the article is under TITLE_REST_CHARS (a stub page: "Unemployment falls to
    3.9%" above "Download the release" keeps its headline)."""
    if title is None or out[title][0] != "body":
        return out
    body = [len(b.text) if label == "body" else 0 for b, (label, _) in zip(blocks, out)]
    if sum(body[:title]) >= TITLE_LEAD_CHARS or sum(body) - body[title] < TITLE_REST_CHARS:
        return out
    out = list(out)
    out[title] = ("title", "the page's title heading: its metadata, kept apart from the article text")
    return out


def _outside_article(blocks: list[RawBlock], inside: np.ndarray, probs: np.ndarray,
                     title: int | None = None) -> np.ndarray:
    """Which blocks lie outside a dominant article: readability's article (`inside`) holds at
    least DOMINANT_SHARE of the characters the classifier keeps. All False when none dominates
    (listings, product pages, forums: their content is not one article). The article's title
    heading (block index `title`) is never outside: readability keeps it apart as the title, and
    so it often sits above readability's container, but it heads the article (`_title_apart` then
    labels it `title`, or keeps it as the article's first line)."""
    lengths = np.array([len(b.text) for b in blocks], dtype=np.float64)
    kept = lengths * (probs >= BODY_THRESHOLD)
    if not kept.sum() or (kept * inside).sum() < DOMINANT_SHARE * kept.sum():
        return np.zeros(len(blocks), dtype=bool)
    outside = ~inside
    if title is not None:
        outside[title] = False
    return outside


def _placeholder_pages(blocks: list[RawBlock], out: list, probs) -> list:
    """Placeholder text ("lorem ipsum...") in a page of real prose is an unfilled template slot,
    chrome. On a page whose main text IS placeholder text (a template demo, a test page), it is
    the page's content: when the placeholder blocks the classifier scores as article hold more
    text than the other article blocks, they are body."""
    held = [i for i, (label, _) in enumerate(out) if label == "placeholder" and probs[i] >= BODY_THRESHOLD]
    if not held:
        return out
    body = sum(len(blocks[i].text) for i, (label, _) in enumerate(out) if label == "body")
    if sum(len(blocks[i].text) for i in held) <= body:
        return out
    why = "placeholder text, but the page's main text (a template or test page)"
    return [("body", f"{why}; classifier p={probs[i]:.2f}") if i in held else lab for i, lab in enumerate(out)]


def _repeats(blocks: list[RawBlock], out: list) -> list:
    """The second copy of a run of body blocks (`REPEAT_RUN` or more in a row, the same texts in the
    same order as a run before it) is chrome: the page rendered twice. The copy kept is the one
    outside a <noscript>, which only browsers without scripts show, where the repeated run is all
    the <noscript> holds; a <noscript> copy is kept where it is the only one (forums serve their
    posts there)."""
    body = [i for i, (label, _) in enumerate(out) if label == "body"]
    texts = [blocks[i].text for i in body]
    seen: dict[str, list[int]] = {}
    out, p = list(out), 0
    while p < len(texts):
        run, first = 0, None
        for q in seen.get(texts[p], ())[-REPEAT_CANDIDATES:]:
            n = 0
            while q + n < p and p + n < len(texts) and texts[q + n] == texts[p + n]:
                n += 1
            if n > run:
                run, first = n, q
        if run < REPEAT_RUN or sum(map(len, texts[p:p + run])) < REPEAT_CHARS:
            seen.setdefault(texts[p], []).append(p)
            p += 1
            continue
        kept, copy = (range(first, first + run), range(p, p + run))
        if _whole_noscript(blocks, body, kept) and not _in_noscript(blocks[body[p]].element):
            kept, copy = copy, kept
        for k, c in zip(kept, copy):
            element = blocks[body[k]].element
            out[body[c]] = ("duplicate", f"the same text as the <{element.tag}> at line {element.sourceline}: "
                                         f"a run of {run} blocks rendered twice")
        p += run
    return out


def _in_noscript(el: etree._Element) -> bool:
    return _noscript_of(el) is not None


def _noscript_of(el: etree._Element) -> etree._Element | None:
    return el if el.tag == "noscript" else next(el.iterancestors("noscript"), None)


def _whole_noscript(blocks: list[RawBlock], body: list[int], run: range) -> bool:
    """Whether a run of body blocks (positions in `body`) is the whole of one <noscript>'s body text: only
    then does the copy outside it take its place (a <noscript> copy of the article before a shorter
    scripted teaser keeps its own order)."""
    box = _noscript_of(blocks[body[run[0]]].element)
    return box is not None and [k for k, i in enumerate(body) if _noscript_of(blocks[i].element) is box] == list(run)


def _fallback(tree, blocks: list[RawBlock], named, out: list, rules: Rules, prose_only: bool = False) -> list:
    """The classifier finds no article at all (tiny or unusual pages it has not learned). Keep the
    page's best article container: the largest <article>/articleBody when it holds the densest
    prose, else the densest prose container itself; on a page with no paragraph of prose at all,
    the text no rule calls chrome. With `prose_only` (the classifier kept a lone heading), only a
    container holding a line of text (PROSE_LINE_CHARS) that no rule calls chrome, else the labels
    stay as they are: a footer's address or a cookie banner is no story to fall back to.
    Whole-block boilerplate phrases stay chrome, unless they are all the container holds."""
    best = best_container(blocks, rules)
    if best is not None:
        main = main_article(tree, held_text(blocks)[0])
        container = main if main is not None and (main is best or main in best.iterancestors()) else best
        inside = [container is b.element or container in b.element.iterancestors() for b in blocks]
        if prose_only and not any(i and not found and _width(b.text) >= PROSE_LINE_CHARS
                                  for b, i, found in zip(blocks, inside, named)):
            return out
        why = f"fallback: no block scored as article; inside the page's article container <{container.tag}>"
        out = [("body", why) if i else lab for i, lab in zip(inside, out)]
    elif prose_only:
        return out
    else:
        out = [found if found else ("body", "fallback: no block scored as article; no rule calls it chrome")
               for found in named]
    kept = [(phrase_concept(b.text, rules), "boilerplate phrase") if phrase_concept(b.text, rules) else lab
            for b, lab in zip(blocks, out)]
    # a page of nothing but boilerplate phrases in its article container: keep them, not an error; never a
    # notice that its scripts did not run: what it stands for is not there, which is the error
    out = kept if any(label == "body" for label, _ in kept) else out
    return [("hidden", SCRIPT_NOTICE) if _script_notice(b, rules) else lab for b, lab in zip(blocks, out)]


def _script_notice(b: RawBlock, rules: Rules) -> bool:
    """A <noscript>'s notice that the page's scripts did not run (chrome.toml [noscript] notices)."""
    return rules.script_notice.fullmatch(b.text) is not None and _in_noscript(b.element)


_MARKUP = re.compile(r"\s*<(?:/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?|!--.*?--)>", re.S)


def _escaped_markup(b: RawBlock) -> bool:
    """A <noscript> whose content is HTML escaped into text ("&lt;div ...&gt;&lt;img ...&gt;"), as
    some crawlers save a page that ran its scripts: a tracking pixel or a "JavaScript is off"
    notice, in tags no browser parses. Not markup the page shows on purpose, which sits in
    <pre>/<code> ("<input type=...>" in a tutorial), nor a <noscript> with elements (forums serve
    their posts there)."""
    el = b.element
    return el.tag == "noscript" and not len(el) and _MARKUP.match(b.text) is not None


def _is_caption(el: etree._Element) -> bool:
    return el.tag in ("figcaption", "caption") or next(el.iterancestors("figcaption", "caption"), None) is not None


def _confidence(blocks: list[RawBlock], out: list, probs) -> float:
    weight = np.array([len(b.text) for b in blocks], dtype=np.float64)
    if not weight.sum():
        return 0.0
    agree = np.where([label == "body" for label, _ in out], probs, 1.0 - probs)
    return round(float((weight * agree).sum() / weight.sum()), 4)


def _leads(tree: etree._ElementTree, blocks: list[RawBlock], probs) -> set[int]:
    """The article's lead (standfirst): a block within two blocks of the page's <h1> whose text
    is the page's own meta/og description. Sites style it apart from the story, so it looks like
    chrome, but it is the editor's summary of the article, and often holds its headline figure."""
    described = {" ".join(d.split()).lower().removesuffix(" read more here.")
                 for d in tree.xpath('//meta[@name="description" or @property="og:description"]/@content')}
    described.discard("")
    if not described:
        return set()
    titles = [i for i, b in enumerate(blocks) if b.element.tag == "h1" and probs[i] >= BODY_THRESHOLD]
    found = set()
    for t in titles:
        for i in range(max(0, t - 2), min(len(blocks), t + 3)):
            text = blocks[i].text.lower()
            if i != t and len(text) >= 40 and any(d.startswith(text[:-1]) or text.startswith(d) for d in described):
                found.add(i)
    return found
