"""Block features for the body/chrome classifier: one row of numbers per block.

Each block is described by itself (length, links, punctuation, tag), by its place in the tree
(the chrome concept its closest labelled ancestor carries under rules/chrome.toml, the tags and
"content" class tokens above it, the densest text container of the page), by its neighbours and
by the page as a whole. The names in FEATURES fix the column order the trained model expects
(models/clean-block-classifier.md says how it was trained).
"""

from __future__ import annotations

import math
import operator
import re
from collections import Counter
from functools import lru_cache

import numpy as np
from lxml import etree

from .rules import Rules, class_id_tokens, class_weight, own_label, phrase_concept
from .segment import RawBlock, held_text

CONCEPTS = ("nav", "footer", "share", "consent", "related", "ad", "comments", "aside", "newsletter",
            "testimonial", "partners", "toc", "meta", "hidden", "header", "form", "placeholder", "credit")
TAG_GROUPS = {
    "p": "p", "h1": "h1", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h", "li": "li", "td": "cell",
    "th": "cell", "div": "div", "section": "div", "article": "div", "main": "div", "figcaption": "caption",
    "caption": "caption", "blockquote": "quote", "pre": "pre", "code": "pre", "dt": "dl", "dd": "dl",
    "a": "a", "span": "inline", "strong": "inline", "em": "inline", "b": "inline", "label": "inline",
}
TAG_NAMES = ("p", "h1", "h", "li", "cell", "div", "caption", "quote", "pre", "dl", "a", "inline", "other")
ANCESTOR_TAGS = ("header", "footer", "nav", "aside", "form", "article", "main", "li", "table", "a", "figure",
                 "noscript")
# class/id tokens that mark the article container on real sites (WordPress "entry-content",
# "post-body", "article__text", "rich-text", "prose"...)
CONTENT_TOKENS = frozenset({"content", "article", "post", "entry", "story", "body", "text", "main", "blog",
                            "prose", "richtext", "rich", "markdown", "description", "detail", "details"})

# where the block sits in the page's article (see article_features); no feature says how far
# down the page a block is: position alone must not turn text into chrome
ARTICLE_FEATURES: tuple[str, ...] = (
    "under_article_body", "under_main_article", "main_article_share", "articles_log", "before_title",
    "under_title_root", "before_best", "after_best", "near_time", "rail_share", "parent_repeats_log",
    "short_linked", "card_repeats_log", "teaser_card",
)

FEATURES: tuple[str, ...] = (
    ("log_chars", "log_words", "link_density", "sentence_marks", "commas", "ends_sentence", "digits",
     "titlecase", "log_duplicates", "phrase_chrome", "depth_to_best",
     "in_best", "under_best_parent", "best_share", "parent_log_chars", "parent_link_density",
     "parent_log_blocks", "gparent_log_chars", "gparent_link_density", "content_token",
     "prev_log_chars", "next_log_chars", "prev_link_density", "next_link_density", "window_log_chars",
     "page_log_chars", "page_log_blocks", "concept_none")
    + tuple(f"concept_{c}" for c in CONCEPTS)
    + tuple(f"tag_{t}" for t in TAG_NAMES)
    + tuple(f"under_{t}" for t in ANCESTOR_TAGS)
    + ARTICLE_FEATURES
    + ("rd_rel", "rd_in_top", "rd_kept", "rd_top_share", "rd_class")
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
_SENT = re.compile(r"[.!?](?:\s|$)")
_WORD = re.compile(r"\w+")


def _commas(text: str, cand: dict) -> int:
    """The commas in `text`, of every script ([candidate] commas); plain ASCII text is counted
    without the pattern (most blocks of most pages)."""
    return text.count(",") if text.isascii() else len(cand["commas"].findall(text))


def best_container(blocks: list[RawBlock], rules: Rules) -> etree._Element | None:
    """The element under which most prose sits (readability's idea): each paragraph-like block
    gives points to its parent, a share to its grandparent ([candidate] numbers in chrome.toml)."""
    cand, points = rules.candidate, {}
    for b in blocks:
        n = len(b.text)
        if n < cand["min_chars"] or b.link_chars > cand["max_link_share"] * n:
            continue
        p = 1 + _commas(b.text, cand) + min(n / cand["chars_per_point"], cand["max_length_points"])
        parent = b.element.getparent() if b.element.tag in ("p", "li", "h2", "h3", "blockquote", "pre") else b.element
        if parent is None:
            continue
        points[parent] = points.get(parent, 0) + p
        gp = parent.getparent()
        if gp is not None:
            points[gp] = points.get(gp, 0) + p * cand["grandparent_share"]
    if not points:
        return None
    return max(points, key=points.get)


def _ancestry(rules: Rules, chars: dict, total: int, best, best_parent, own: dict):
    """context(el) -> (concept from the closest labelled ancestor, ancestor tag set, content
    token, under best, depth, in article, under best's parent), computed top-down once per
    element and memoised. `own` is the page's own_label memo."""
    memo: dict = {}

    def context(el):
        chain = []
        node = el
        while node is not None and node not in memo:
            chain.append(node)
            node = node.getparent()
        ctx = memo[node] if node is not None else (None, frozenset(), False, False, 0, False, False)
        for nd in reversed(chain):
            concept, tags, content, under_best, depth, in_article, under_bp = ctx
            big = chars.get(nd, 0) / total > rules.max_container_share
            found = own_label(nd, rules, in_article, big, own) if nd.tag not in ("html", "body") else None
            if found is not None:
                concept = found[0]
            if nd.tag in ANCESTOR_TAGS:
                tags = tags | {nd.tag}
            if not content and not big:
                content = _content_token(nd.get("class") or "", nd.get("id") or "", rules.ignore_classes)
            under_best = under_best or nd is best
            under_bp = under_bp or nd is best_parent
            ctx = (concept, tags, content, under_best, depth + 1, in_article or nd.tag in ("article", "main"),
                   under_bp)
            memo[nd] = ctx
        return ctx
    return context


@lru_cache(maxsize=8192)
def _content_token(classes: str, ids: str, ignore: re.Pattern[str]) -> bool:
    """Whether the class/id strings hold a CONTENT_TOKENS token (once per string pair)."""
    return any(t in CONTENT_TOKENS for t in class_id_tokens(classes, ids, ignore))


def _text_stats(row: np.ndarray, text: str, rules: Rules) -> None:
    """The block's own text: words, sentence marks, commas, final stop, digits, capitals, and
    whether it is a whole-block boilerplate phrase."""
    words = len(_WORD.findall(text)) or 1
    row[1] = math.log1p(words)
    row[3] = len(_SENT.findall(text)) / words
    row[4] = text.count(",") / words
    row[5] = text.rstrip()[-1:] in ".!?:" if text else 0
    row[6] = sum(map(str.isdigit, text)) / len(text)
    tokens = text.split()
    row[7] = sum(t[:1].isupper() for t in tokens) / len(tokens) if tokens else 0
    row[9] = phrase_concept(text, rules) is not None


def block_features(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules,
                   held: tuple | None = None, own: dict | None = None) -> np.ndarray:
    """FEATURES for each block. `held` (held_text(blocks)) and `own` (rules.own_label's memo)
    when the caller has them already."""
    n = len(blocks)
    X = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return X
    chars, links, count = held or held_text(blocks)
    total = sum(len(b.text) for b in blocks) or 1
    best = best_container(blocks, rules)
    best_chars = chars.get(best, 0) if best is not None else 0
    best_parent = best.getparent() if best is not None else None
    best_depth = sum(1 for _ in best.iterancestors()) if best is not None else 0
    dup = Counter(b.text for b in blocks)

    context = _ancestry(rules, chars, total, best, best_parent, {} if own is None else own)
    lengths = [len(b.text) for b in blocks]
    log_len = np.log1p(np.array(lengths, dtype=np.float32))
    dens = np.array([b.link_chars / max(len(b.text), 1) for b in blocks], dtype=np.float32)
    for i, b in enumerate(blocks):
        el = b.element
        row = X[i]
        _text_stats(row, b.text, rules)
        row[8] = math.log(dup[b.text])
        concept, tags, content, under_best, depth, _, under_best_parent = context(el)
        row[10] = (depth - best_depth) if best is not None else 0
        row[11] = under_best
        row[12] = under_best_parent
        parent = el.getparent()
        if parent is not None:
            pc = chars.get(parent, 0)
            row[14] = math.log1p(pc)
            row[15] = links.get(parent, 0) / pc if pc else 0
            row[16] = math.log1p(count.get(parent, 0))
            gp = parent.getparent()
            if gp is not None:
                gc = chars.get(gp, 0)
                row[17] = math.log1p(gc)
                row[18] = links.get(gp, 0) / gc if gc else 0
        row[19] = content
        if concept is None:
            row[27] = 1
        elif concept in CONCEPTS:
            row[INDEX[f"concept_{concept}"]] = 1
        row[INDEX["tag_" + TAG_GROUPS.get(el.tag, "other")]] = 1
        for t in tags:
            row[INDEX[f"under_{t}"]] = 1
    X[:, 0], X[:, 2] = log_len, dens
    X[1:, 20], X[:-1, 21], X[1:, 22], X[:-1, 23] = log_len[:-1], log_len[1:], dens[:-1], dens[1:]
    X[:, 13], X[:, 25], X[:, 26] = best_chars / total, math.log1p(total), math.log1p(n)
    # mean log length over the window of blocks i-3 .. i+3
    sums = np.concatenate([[0.0], np.cumsum(log_len, dtype=np.float64)])
    idx = np.arange(n)
    lo, hi = np.maximum(idx - 3, 0), np.minimum(idx + 4, n)
    X[:, INDEX["window_log_chars"]] = (sums[hi] - sums[lo]) / (hi - lo)
    first = INDEX[ARTICLE_FEATURES[0]]
    X[:, first:first + len(ARTICLE_FEATURES)] = article_features(tree, blocks, chars, best)
    X[:, INDEX["rd_rel"]:] = readability_features(blocks, chars, links, rules)
    return X



def candidate_scores(blocks: list[RawBlock], chars: dict, links: dict, rules: Rules) -> tuple[dict, float]:
    """Readability's candidate score of each container, from the blocks already found (no second
    parse): every block of 25 or more characters gives its parent 1 + its commas + a point per
    100 characters (at most 3), half that to its grandparent; a container starts from its tag's
    points and its class/id weight (not for a container smaller than a teaser card, CARD_CHARS),
    and its total shrinks with its link density ([candidate] in chrome.toml holds the numbers). A
    block under what readability drops before it scores (a dialog, a menu: `_unlikely`) gives none.
    Also the points the blocks gave in all."""
    cand, scores = rules.candidate, {}
    given = 0.0
    for b, dropped in zip(blocks, _unlikely(blocks, cand)):
        n = len(b.text)
        if n < cand["min_chars"] or dropped:
            continue
        points = 1 + _commas(b.text, cand) + min(n // cand["chars_per_point"], cand["max_length_points"])
        given += points
        parent = b.element.getparent()
        gparent = parent.getparent() if parent is not None else None
        for node, share in ((parent, 1.0), (gparent, cand["grandparent_share"])):
            if node is None:
                break
            if node not in scores:      # a small card's class ("card-body") does not make it the article
                weight = class_weight(node.get("class") or "", node.get("id") or "", rules)
                scores[node] = (cand["tag_points"].get(node.tag, 0)
                                + (weight if chars.get(node, 0) >= CARD_CHARS else 0))
            scores[node] += points * share
    return {el: s * (1 - links.get(el, 0) / chars[el]) if chars.get(el) else s for el, s in scores.items()}, given


def _unlikely(blocks: list[RawBlock], cand: dict) -> list[bool]:
    """For each block, whether it is inside an element readability drops before it scores
    (`unlikely_roles`, `unlikely_tags`), each element looked at once."""
    roles, tags = cand["unlikely_roles"], cand["unlikely_tags"]
    return _under(blocks, lambda el: el.tag in tags or (el.get("role") or "").lower() in roles, start=False)


def _readability_set(top: etree._Element, scores: dict, chars: dict, links: dict, top_score: float,
                     cand: dict) -> set:
    """What readability keeps: the top candidate and those of its siblings that score at least
    a fifth of it (10 at least), or read as prose (long with few links, or a short sentence).
    `cand` is Rules.candidate, which holds the numbers."""
    parent = top.getparent()
    if parent is None:
        return {top}
    kept, least, prose = set(), max(float(cand["keep_min"]), top_score * cand["keep_share"]), cand["prose_chars"]
    for sib in parent:
        n, ld = chars.get(sib, 0), links.get(sib, 0) / max(chars.get(sib, 0), 1)
        text = "".join(sib.itertext()).strip() if sib.tag == "p" else ""
        if (sib is top or scores.get(sib, -1e9) >= least
                or (sib.tag == "p" and ((n > prose and ld < cand["prose_link_density"])
                                        or (0 < n <= prose and ld == 0 and text.endswith("."))))):
            kept.add(sib)
    return kept


def readability_features(blocks: list[RawBlock], chars: dict, links: dict, rules: Rules) -> np.ndarray:
    """Readability's candidate score as features: the best-scoring container above the block
    relative to the page's top one, whether it is under the top one, under what readability would
    keep (the top one and its strong siblings), the top score as a share of all the points the
    blocks gave (how much of the page's prose one container holds; the score itself grows with
    the article's length, and length must not make text chrome), and the class/id weight of the
    block and its two containers."""
    out = np.zeros((len(blocks), 5), dtype=np.float32)
    scores, given = candidate_scores(blocks, chars, links, rules)
    if not scores:
        return out
    top = max(scores, key=scores.get)
    top_score = scores[top]
    if top_score > 0:
        kept = _readability_set(top, scores, chars, links, top_score, rules.candidate)
        rel = {el: max(s, 0.0) / top_score for el, s in scores.items()}
        marks = {el: 1 if el is top else 0 for el in scores}
        for el in kept:
            marks[el] = marks.get(el, 0) | 2
        best = _under(blocks, rel, max, 0.0)
        bits = _under(blocks, marks)
        out[:, 0] = best
        out[:, 1] = [bool(v & 1) for v in bits]
        out[:, 2] = [bool(v & 2) for v in bits]
    out[:, 3] = max(top_score, 0.0) / given if given else 0.0
    weights: dict = {}          # each element's class/id weight, once: blocks share their containers
    for i, b in enumerate(blocks):
        total = 0.0
        for el in _chain(b.element, 3):
            w = weights.get(el)
            if w is None:
                w = weights[el] = class_weight(el.get("class") or "", el.get("id") or "", rules)
            total += w
        out[i, 4] = total / rules.candidate["weight"]
    return out



CONTEXT_FEATURES: tuple[str, ...] = (
    "p", "p_prev", "p_next", "p_prev2", "p_next2", "p_window", "p_window_chars", "p_siblings",
    "p_gparent", "p_container",
)


LINEAGE_DEPTH = 64      # real pages nest 20 to 40 deep; deeper ancestors are not looked at


def lineage(blocks: list[RawBlock]) -> list[tuple]:
    """Each block's element and its ancestors, innermost first, at most LINEAGE_DEPTH of them
    (the second pass groups by them)."""
    out = []
    for b in blocks:
        chain, node = [], b.element
        while node is not None and len(chain) < LINEAGE_DEPTH:
            chain.append(node)
            node = node.getparent()
        out.append(tuple(chain))
    return out


def context_features(lengths: list[int], lines: list[tuple], probs: np.ndarray) -> np.ndarray:
    """The first pass's body probabilities around each block, for the second pass: article
    text comes in runs, so a block between body blocks, or under a container whose other blocks
    are body, is likely body too (a lead paragraph, a short line inside the story). None says
    how much body comes before or after a block: that is position along the article under
    another name, and cost a generated long article its later paragraphs.
    `lines` is lineage(blocks): any hashable keys work, so training can cache them as numbers."""
    n = len(lengths)
    C = np.zeros((n, len(CONTEXT_FEATURES)), dtype=np.float32)
    if not n:
        return C
    p = probs.astype(np.float32)
    lens = np.array(lengths, dtype=np.float32)
    body_chars = lens * (p >= 0.5)
    total_body = float(body_chars.sum()) or 1.0
    pad = np.concatenate([[0, 0], p, [0, 0]])
    C[:, 0] = p
    C[:, 1] = pad[1:n + 1]
    C[:, 2] = pad[3:n + 3]
    C[:, 3] = pad[0:n]
    C[:, 4] = pad[4:n + 4]
    k = 5
    csum = np.concatenate([[0], np.cumsum(p)])
    wsum = np.concatenate([[0], np.cumsum(p * lens)])
    lsum = np.concatenate([[0], np.cumsum(lens)])
    idx = np.arange(n)
    lo, hi = np.maximum(idx - k, 0), np.minimum(idx + k + 1, n)
    C[:, 5] = (csum[hi] - csum[lo] - p) / np.maximum(hi - lo - 1, 1)
    C[:, 6] = (wsum[hi] - wsum[lo]) / np.maximum(lsum[hi] - lsum[lo], 1)

    # mean probability of the other blocks under the same parent / grandparent
    for col, up in ((7, 1), (8, 2)):
        groups: dict = {}
        keys = []
        for i, line in enumerate(lines):
            node = line[up] if len(line) > up else None
            keys.append(node)
            s = groups.setdefault(node, [0.0, 0])
            s[0] += p[i]
            s[1] += 1
        for i, key in enumerate(keys):
            s, c = groups[key]
            C[i, col] = (s - p[i]) / (c - 1) if c > 1 else p[i]
    C[:, 9] = _in_body_container(lines, body_chars, total_body)
    return C


def _in_body_container(lines: list[tuple], body_chars: np.ndarray, total_body: float) -> np.ndarray:
    """Whether each block sits in the smallest ancestor holding at least half the predicted body text."""
    held: dict = {}
    for i, line in enumerate(lines):
        if body_chars[i]:
            for node in line:
                held[node] = held.get(node, 0) + body_chars[i]
    container = None
    if held:
        container = min((el for el, c in held.items() if c >= 0.5 * total_body),
                        key=held.__getitem__, default=None)
    if container is None:
        return np.zeros(len(lines), dtype=np.float32)
    return np.array([container in line for line in lines], dtype=np.float32)


_DATE = re.compile(r"(?i)\b(?:\d+\s+(?:sec|min|minute|hour|day|week|month|year)s?\s+ago|"
                   r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?|"
                   r"\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|"
                   r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})\b")


_BODY_PROPS = ("articleBody", "articlebody")
# every element article_features looks for, in document order; attribute tests inside a predicate
# cost libxml2 twice what selecting the attributes does, so the values are checked in Python
_LANDMARKS = etree.XPath("//article | //time | //@itemprop | //@role")


def main_article(tree: etree._ElementTree, chars: dict, found: list | None = None) -> etree._Element | None:
    """The page's article element: of the `<article>`s, schema.org articleBody and role=article
    elements, the one holding the most text (teaser cards in a rail are small articles too).
    `found`: those elements, in document order, when the caller has them already."""
    if found is None:
        found = _landmarks(tree)[0]
    found = [el for el in found if chars.get(el)]
    return max(found, key=chars.__getitem__) if found else None


def _landmarks(tree: etree._ElementTree) -> tuple[list, set, list, int]:
    """(article candidates for main_article, articleBody elements, <time>s, <article> count), from
    one XPath. <time> and <article> count under the root element only (as
    tree.iter does: a broken page can have a second top-level element)."""
    found: list = []
    for hit in _LANDMARKS(tree):
        if isinstance(hit, str):        # an attribute: its element, when it marks an article body
            if not (hit in _BODY_PROPS if hit.attrname == "itemprop" else hit == "article"):
                continue
            hit = hit.getparent()
        if not found or found[-1] is not hit:   # an element's attributes follow it in document order
            found.append(hit)
    root = tree.getroot()
    if root.getprevious() is not None or root.getnext() is not None:
        found_in_root = [el for el in found if el is root or root in el.iterancestors()]
    else:
        found_in_root = found
    candidates = [el for el in found if el.tag == "article" or el.get("itemprop") in _BODY_PROPS
                  or el.get("role") == "article"]
    bodies = {el for el in found if el.get("itemprop") in _BODY_PROPS}
    times = [el for el in found_in_root if el.tag == "time"]
    return candidates, bodies, times, sum(1 for el in found_in_root if el.tag == "article")


def title_heading(tree: etree._ElementTree, blocks: list[RawBlock]) -> int | None:
    """Index of the block that is the page's title: the <h1> whose words best match the page's
    og:title or <title>; the first <h1> when none matches; None on a page without one."""
    heads = [i for i, b in enumerate(blocks) if b.element.tag == "h1"]
    if not heads:
        return None
    wanted = _title_words(tree)
    if not wanted:
        return heads[0]
    return max(heads, key=lambda i: (len(wanted & set(_WORD.findall(blocks[i].text.lower()))), -i))


def named_title(tree: etree._ElementTree, blocks: list[RawBlock], title: int | None, share: float) -> bool:
    """Whether the title heading (`title_heading`) is the title the page names in og:title or
    <title>: at least `share` of its words are there (not merely the first <h1> of a page whose
    headings all differ from its title)."""
    if title is None:
        return False
    words = _WORD.findall(blocks[title].text.lower())
    named = _title_words(tree)
    return bool(words) and sum(w in named for w in words) >= share * len(words)


def _title_words(tree: etree._ElementTree) -> set[str]:
    """The words of the title the page names itself by, og:title and <title>, in lower case."""
    return set(_WORD.findall(" ".join(tree.xpath('//meta[@property="og:title"]/@content | //title/text()')).lower()))


def declares_type(tree: etree._ElementTree, types: tuple[str, ...]) -> bool:
    """Whether the page says it is one of `types` (lower case: "product"), in og:type or as a
    schema.org @type of its JSON-LD ("@type": "Product", or in a list of types)."""
    og = " ".join(tree.xpath('//meta[@property="og:type"]/@content')).lower()
    if any(t in og for t in types):
        return True
    ld = " ".join(tree.xpath('//script[@type="application/ld+json"]/text()'))
    alternatives = "|".join(re.escape(t) for t in types)
    return re.search(rf'(?i)"@type"\s*:\s*(?:\[[^\]]*)?"(?:{alternatives})"', ld) is not None


def _common_ancestor(a: etree._Element | None, b: etree._Element | None) -> etree._Element | None:
    if a is None or b is None:
        return a if b is None else b
    above = {a, *a.iterancestors()}
    return next((n for n in (b, *b.iterancestors()) if n in above), None)


def _under(blocks: list[RawBlock], marks, combine=operator.or_, start=0) -> list:
    """For each block, the OR (or `combine`) of the bits (values) `marks` gives its element and
    its ancestors, found top-down once per element (memoised), so deep pages cost one step per
    element. `marks` is a dict (an element not in it gives `start`) or a function of the element."""
    value = marks if callable(marks) else (lambda el: marks.get(el, start))
    memo: dict = {}
    out = []
    for b in blocks:
        chain, node = [], b.element
        while node is not None and node not in memo:
            chain.append(node)
            node = node.getparent()
        bits = memo[node] if node is not None else start
        for nd in reversed(chain):
            bits = combine(bits, value(nd))
            memo[nd] = bits
        out.append(bits)
    return out


def article_features(tree: etree._ElementTree, blocks: list[RawBlock], chars: dict,
                     best: etree._Element | None) -> np.ndarray:
    """ARTICLE_FEATURES for each block: is it under the page's article element (articleBody,
    the largest <article>), before the title heading, under the element holding both title and
    densest text, before or after that densest container's blocks, next to a timestamp, in a
    rail of short linked lines (linked headlines repeated under one parent)."""
    n = len(blocks)
    A = np.zeros((n, len(ARTICLE_FEATURES)), dtype=np.float32)
    total = sum(len(b.text) for b in blocks) or 1
    candidates, bodies, times, articles = _landmarks(tree)
    main = main_article(tree, chars, candidates)
    title = title_heading(tree, blocks)
    root = _common_ancestor(blocks[title].element if title is not None else None, best)
    timed = set()
    for t in times:
        timed.update(list(t.iterancestors())[:3])
    short = np.array([len(b.text) < 150 and b.link_chars >= 0.5 * len(b.text) for b in blocks])
    marks: dict = {}
    for el, bit in ((main, 1), (root, 2), (best, 4)):
        if el is not None:
            marks[el] = marks.get(el, 0) | bit
    for el in bodies:
        marks[el] = marks.get(el, 0) | 8
    under = _under(blocks, marks)
    kin = [(p, p.getparent() if p is not None else None) for p in (b.element.getparent() for b in blocks)]
    rails: dict = {}
    for i, (_, gp) in enumerate(kin):
        s = rails.setdefault(gp, [0, 0])
        s[0] += short[i]
        s[1] += 1
    in_best = [bool(u & 4) for u in under]
    first_best = in_best.index(True) if any(in_best) else n
    last_best = n - 1 - in_best[::-1].index(True) if any(in_best) else -1
    repeats: dict = {}
    sigs: dict = {}         # grandparent -> Counter of its children's (tag, class)
    A[:, 3] = math.log1p(articles)
    A[:, 2] = chars.get(main, 0) / total if main is not None else 0
    for i, (b, (parent, gp)) in enumerate(zip(blocks, kin)):
        row = A[i]
        row[0] = bool(under[i] & 8)
        row[1] = bool(under[i] & 1)
        row[4] = title is not None and i < title
        row[5] = bool(under[i] & 2)
        row[6] = i < first_best
        row[7] = i > last_best
        row[8] = (b.element in timed or parent in timed or gp in timed
                  or (len(b.text) < 40 and bool(_DATE.search(b.text))))
        s = rails[gp]
        row[9] = s[0] / s[1]
        if parent is not None and parent.getparent() is not None:
            if parent not in repeats:
                if gp not in sigs:
                    sigs[gp] = Counter((c.tag, c.get("class")) for c in gp)
                repeats[parent] = math.log(sigs[gp][parent.tag, parent.get("class")])
            row[10] = repeats[parent]
        row[11] = short[i]
    A[:, 12], A[:, 13] = _cards(blocks, chars, short, sigs)
    return A


CARD_CHARS = 500        # a teaser card (headline, blurb, date) holds less text than this


def _cards(blocks: list[RawBlock], chars: dict, short: np.ndarray, sigs: dict | None = None
           ) -> tuple[np.ndarray, np.ndarray]:
    """Teaser-card structure, per block: how often its containers one to four levels up repeat
    among their siblings with the same tag and class (log, the most of them), and whether it sits
    in a small card (under CARD_CHARS, one or two levels up) that also holds a short linked
    headline. A story list repeats such cards; an article's paragraphs sit in one big container.
    Both depend only on the block's parent (and for the card, whether the block is a short linked
    line), so they are worked out once per parent. `sigs` (parent -> Counter of its children's
    (tag, class)) may come filled by the caller."""
    short = short.tolist()
    sigs = {} if sigs is None else sigs
    parents = [b.element.getparent() for b in blocks]
    chains = {p: _chain(p, 4) for p in dict.fromkeys(parents)}   # containers one to four levels above the block
    linked: dict = {}       # element -> short linked blocks under it, up to two levels down
    for p, s in zip(parents, short):
        if s:
            for node in chains[p][:2]:
                linked[node] = linked.get(node, 0) + 1
    logs: dict = {}         # container -> log of its same-signature siblings (None: it has no parent)
    most: dict = {}         # parent -> the most of its chain's logs
    for p, chain in chains.items():
        most[p] = 0.0
        for node in chain:
            if node not in logs:
                parent = node.getparent()
                if parent is not None and parent not in sigs:
                    sigs[parent] = Counter((c.tag, c.get("class")) for c in parent)
                logs[node] = None if parent is None else math.log(sigs[parent][node.tag, node.get("class")])
            if logs[node] is None:
                break
            most[p] = max(most[p], logs[node])
    cards: dict = {}
    for key in set(zip(parents, short)):
        p, s = key
        cards[key] = any(chars.get(node, 0) < CARD_CHARS and linked.get(node, 0) > s for node in chains[p][:2])
    return (np.array([most[p] for p in parents], dtype=np.float32),
            np.array([cards[key] for key in zip(parents, short)], dtype=np.float32))


def _chain(node: etree._Element | None, levels: int) -> list:
    """`node` and its ancestors, at most `levels` of them, nearest first."""
    out = []
    while node is not None and len(out) < levels:
        out.append(node)
        node = node.getparent()
    return out
