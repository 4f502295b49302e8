"""Block features for the body/chrome classifier: one row of numbers per block.

Each block is described by itself (length, links, punctuation, tag), by its place in the tree
(the chrome concept its closest labelled ancestor carries under rules/chrome.toml, the tags and
"content" class tokens above it, the densest text container of the page), by its neighbours and
by the page as a whole. The names in FEATURES fix the column order the trained model expects
(models/clean-block-classifier.md says how it was trained).
"""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np
from lxml import etree

from .rules import Rules, _own_label, class_tokens, phrase_concept
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

FEATURES: tuple[str, ...] = (
    ("log_chars", "log_words", "link_density", "sentence_marks", "commas", "ends_sentence", "digits",
     "titlecase", "position", "char_position", "log_duplicates", "phrase_chrome", "depth_to_best",
     "in_best", "under_best_parent", "best_share", "parent_log_chars", "parent_link_density",
     "parent_log_blocks", "gparent_log_chars", "gparent_link_density", "content_token",
     "prev_log_chars", "next_log_chars", "prev_link_density", "next_link_density", "window_log_chars",
     "page_log_chars", "page_log_blocks", "concept_none")
    + tuple(f"concept_{c}" for c in CONCEPTS)
    + tuple(f"tag_{t}" for t in TAG_NAMES)
    + tuple(f"under_{t}" for t in ANCESTOR_TAGS)
)
INDEX = {name: i for i, name in enumerate(FEATURES)}
_SENT = re.compile(r"[.!?](?:\s|$)")
_WORD = re.compile(r"\w+")


def best_container(blocks: list[RawBlock]) -> etree._Element | None:
    """The element under which most prose sits (readability's idea): each paragraph-like block
    gives points to its parent, half to its grandparent."""
    points: dict = {}
    for b in blocks:
        n = len(b.text)
        if n < 25 or b.link_chars > 0.5 * n:
            continue
        p = 1 + b.text.count(",") + min(n / 100, 3)
        parent = b.element.getparent() if b.element.tag in ("p", "li", "h2", "h3", "blockquote", "pre") else b.element
        if parent is None:
            continue
        points[parent] = points.get(parent, 0) + p
        gp = parent.getparent()
        if gp is not None:
            points[gp] = points.get(gp, 0) + p / 2
    if not points:
        return None
    return max(points, key=points.get)


def block_features(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules) -> np.ndarray:
    n = len(blocks)
    X = np.zeros((n, len(FEATURES)), dtype=np.float32)
    if not n:
        return X
    chars, links, count = held_text(blocks)
    total = sum(len(b.text) for b in blocks) or 1
    best = best_container(blocks)
    best_chars = chars.get(best, 0) if best is not None else 0
    best_parent = best.getparent() if best is not None else None
    best_depth = sum(1 for _ in best.iterancestors()) if best is not None else 0
    dup = Counter(b.text for b in blocks)

    # per element: (concept from the closest labelled ancestor, ancestor tag set, content token,
    # under best, depth), computed top-down once and memoised
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
            own = _own_label(nd, rules, in_article, big) if nd.tag not in ("html", "body") else None
            if own is not None:
                concept = own[0]
            if nd.tag in ANCESTOR_TAGS:
                tags = tags | {nd.tag}
            if not content and not big:
                content = any(t in CONTENT_TOKENS for t in class_tokens(nd, rules))
            under_best = under_best or nd is best
            under_bp = under_bp or nd is best_parent
            ctx = (concept, tags, content, under_best, depth + 1, in_article or nd.tag in ("article", "main"),
                   under_bp)
            memo[nd] = ctx
        return ctx

    lengths = [len(b.text) for b in blocks]
    log_len = np.log1p(np.array(lengths, dtype=np.float32))
    dens = np.array([b.link_chars / max(len(b.text), 1) for b in blocks], dtype=np.float32)
    offset = 0
    for i, b in enumerate(blocks):
        text = b.text
        el = b.element
        words = len(_WORD.findall(text)) or 1
        row = X[i]
        row[0] = log_len[i]
        row[1] = math.log1p(words)
        row[2] = dens[i]
        row[3] = len(_SENT.findall(text)) / words
        row[4] = text.count(",") / words
        row[5] = text.rstrip()[-1:] in ".!?:" if text else 0
        row[6] = sum(map(str.isdigit, text)) / len(text)
        tokens = text.split()
        row[7] = sum(t[:1].isupper() for t in tokens) / len(tokens) if tokens else 0
        row[8] = i / n
        row[9] = offset / total
        offset += len(text)
        row[10] = math.log(dup[text])
        row[11] = phrase_concept(text, rules) is not None
        concept, tags, content, under_best, depth, _, under_best_parent = context(el)
        row[12] = (depth - best_depth) if best is not None else 0
        row[13] = under_best
        row[14] = under_best_parent
        row[15] = best_chars / total
        parent = el.getparent()
        if parent is not None:
            pc = chars.get(parent, 0)
            row[16] = math.log1p(pc)
            row[17] = links.get(parent, 0) / pc if pc else 0
            row[18] = math.log1p(count.get(parent, 0))
            gp = parent.getparent()
            if gp is not None:
                gc = chars.get(gp, 0)
                row[19] = math.log1p(gc)
                row[20] = links.get(gp, 0) / gc if gc else 0
        row[21] = content
        row[22] = log_len[i - 1] if i else 0
        row[23] = log_len[i + 1] if i + 1 < n else 0
        row[24] = dens[i - 1] if i else 0
        row[25] = dens[i + 1] if i + 1 < n else 0
        row[27] = math.log1p(total)
        row[28] = math.log1p(n)
        if concept is None:
            row[29] = 1
        elif concept in CONCEPTS:
            row[INDEX[f"concept_{concept}"]] = 1
        row[INDEX["tag_" + TAG_GROUPS.get(el.tag, "other")]] = 1
        for t in tags:
            row[INDEX[f"under_{t}"]] = 1
    # mean log length over the window of blocks i-3 .. i+3
    sums = np.concatenate([[0.0], np.cumsum(log_len, dtype=np.float64)])
    idx = np.arange(n)
    lo, hi = np.maximum(idx - 3, 0), np.minimum(idx + 4, n)
    X[:, 26] = (sums[hi] - sums[lo]) / (hi - lo)
    return X



CONTEXT_FEATURES: tuple[str, ...] = (
    "p", "p_prev", "p_next", "p_prev2", "p_next2", "p_window", "p_window_chars", "p_siblings",
    "p_gparent", "body_before", "body_after", "p_max_before", "p_max_after", "p_container",
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
    are body, is likely body too (a lead paragraph, a short line inside the story).
    `lines` is lineage(blocks): any hashable keys work, so training can cache them as numbers."""
    n = len(lengths)
    C = np.zeros((n, len(CONTEXT_FEATURES)), dtype=np.float32)
    if not n:
        return C
    p = probs.astype(np.float32)
    lens = np.array(lengths, dtype=np.float32)
    body_chars = lens * (p >= 0.5)
    cum = np.concatenate([[0], np.cumsum(body_chars)])
    total_body = cum[-1] or 1.0
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
    C[:, 9] = cum[:-1] / total_body
    C[:, 10] = (cum[-1] - cum[1:]) / total_body
    run_max = np.maximum.accumulate(p)
    C[1:, 11] = run_max[:-1]
    rev_max = np.maximum.accumulate(p[::-1])[::-1]
    C[:-1, 12] = rev_max[1:]

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
    # the body share of the smallest ancestor holding at least half the predicted body text
    held: dict = {}
    for i, line in enumerate(lines):
        if body_chars[i]:
            for node in line:
                held[node] = held.get(node, 0) + body_chars[i]
    container = None
    if held:
        container = min((el for el, c in held.items() if c >= 0.5 * total_body),
                        key=held.__getitem__, default=None)
    if container is not None:
        for i, line in enumerate(lines):
            C[i, 13] = container in line
    return C
