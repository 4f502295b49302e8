"""Label each block as article text ("body") or as the chrome concept it belongs to.

The rules are data (rules/chrome.toml). Labels come from, in order: hidden markup, the tag or
ARIA role of the block or an ancestor, class/id tokens of the block or an ancestor, whole-block
boilerplate phrases, and link density. Nothing is deleted: chrome blocks keep their label.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from lxml import etree

from .segment import RawBlock, held_text


@dataclass(frozen=True, slots=True)
class Rules:
    skip_tags: frozenset[str]
    ignore_prefixes: tuple[str, ...]
    max_container_share: float
    link_density: float
    link_min_chars: int
    tags: dict[str, str]
    roles: dict[str, str]
    token_concept: dict[str, str]          # token -> concept, first concept in file order wins
    phrases: tuple[tuple[str, re.Pattern[str]], ...]
    examples: dict


@cache
def load_rules() -> Rules:
    data = tomllib.loads(resources.files(__package__).joinpath("rules/chrome.toml").read_text("utf-8"))
    token_concept: dict[str, str] = {}
    for concept, tokens in data["tokens"].items():
        for t in tokens:
            token_concept.setdefault(t, concept)
    phrases = tuple(
        (concept, re.compile(rf"(?is)\s*(?:{'|'.join(pats)})\s*"))
        for concept, pats in data["phrases"].items() if pats
    )
    return Rules(
        skip_tags=frozenset(data["skip_tags"]),
        ignore_prefixes=tuple(data["ignore_class_prefixes"]),
        max_container_share=float(data["max_container_share"]),
        link_density=float(data["link_density"]),
        link_min_chars=int(data["link_min_chars"]),
        tags=data["tags"], roles=data["roles"], token_concept=token_concept,
        phrases=phrases, examples=data.get("examples", {}),
    )


BODY_THRESHOLD = 0.5

_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[\s_\-]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def class_tokens(el: etree._Element, rules: Rules) -> tuple[str, ...]:
    """'mega-menu share_bar' -> ('mega-menu', 'mega', 'menu', 'share_bar', 'share', 'bar')."""
    return _tokens(el.get("class") or "", el.get("id") or "", rules.ignore_prefixes)


@lru_cache(maxsize=8192)
def _tokens(classes: str, ids: str, ignore: tuple[str, ...]) -> tuple[str, ...]:
    # a site repeats the same few class strings on every page: split each once
    out: list[str] = []
    for name in f"{classes} {ids}".split():
        if name.lower().startswith(ignore):
            continue
        out.append(name.lower())
        out.extend(t.lower() for t in _SPLIT.split(_CAMEL.sub("-", name)) if t)
    return tuple(out)


def phrase_concept(text: str, rules: Rules | None = None) -> str | None:
    """The boilerplate concept whose phrase matches the whole text, if any."""
    return _phrase_concept(text, (rules or load_rules()).phrases)


@lru_cache(maxsize=8192)
def _phrase_concept(text: str, phrases: tuple) -> str | None:
    for concept, rx in phrases:
        if rx.fullmatch(text):
            return concept
    return None


def _own_label(el: etree._Element, rules: Rules, in_article: bool, big: bool) -> tuple[str, str] | None:
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(el.get("style") or ""):
        return "hidden", f"hidden <{el.tag}>"
    tag = el.tag
    if tag in rules.tags and not (tag == "header" and in_article):
        return rules.tags[tag], f"<{tag}>"
    role = (el.get("role") or "").lower()
    if role in rules.roles:
        return rules.roles[role], f"role={role}"
    if not big:
        for tok in class_tokens(el, rules):
            if tok in rules.token_concept:
                return rules.token_concept[tok], f"class/id token {tok!r} on <{tag}>"
    return None


def rule_labels(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules | None = None
                ) -> list[tuple[str, str] | None]:
    """(concept, reason) the rules give each block, or None where no rule fires."""
    rules = rules or load_rules()
    total = sum(len(b.text) for b in blocks) or 1
    # text held under each element, to keep page-sized wrappers out of class rules
    held, _, _ = held_text(blocks)

    memo: dict[etree._Element, tuple[str, str] | None] = {}

    def inherited(el: etree._Element) -> tuple[str, str] | None:
        chain = []
        node = el
        while node is not None and node not in memo and node.tag not in ("body", "html"):
            chain.append(node)
            node = node.getparent()
        result = memo.get(node) if node is not None else None
        if not chain:
            return result
        # inside <article>/<main>? scanned once for the top of the chain, then carried down
        in_article = any(a.tag in ("article", "main") for a in chain[-1].iterancestors())
        for n in reversed(chain):             # top-down, so the closest labelled ancestor wins
            big = held.get(n, 0) / total > rules.max_container_share
            result = _own_label(n, rules, in_article, big) or result
            memo[n] = result
            in_article = in_article or n.tag in ("article", "main")
        return result

    rule_labels = []
    for b in blocks:
        found = inherited(b.element)
        if found is None:
            concept = phrase_concept(b.text, rules)
            if concept:
                found = (concept, "boilerplate phrase")
        if found is None and b.element.tag != "h1" and len(b.text) >= rules.link_min_chars \
                and b.link_chars / len(b.text) >= rules.link_density:
            found = ("nav", f"link density {b.link_chars / len(b.text):.2f}")
        rule_labels.append(found)
    return rule_labels


def label_blocks(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules | None = None
                 ) -> list[tuple[str, str | None]]:
    """(label, reason) for each block, in order. The trained classifier decides body or chrome
    from the block's features (the rules among them); a chrome block is named after the concept
    the rules give it, or "boilerplate" when no rule names one."""
    from .features import block_features
    from .model import load_model

    rules = rules or load_rules()
    named = rule_labels(tree, blocks, rules)
    probs = load_model().predict(block_features(tree, blocks, rules), blocks)
    leads = _leads(tree, blocks, probs)
    out = []
    for i, (b, found, p) in enumerate(zip(blocks, named, probs)):
        phrase = phrase_concept(b.text, rules)
        if phrase:      # a whole-block boilerplate phrase (dateline, credit, placeholder) is never article
            out.append((phrase, "boilerplate phrase"))
        elif p >= BODY_THRESHOLD:
            out.append(("body", None))
        elif i in leads:
            out.append(("body", f"lead: the page's own description, next to its title (classifier p={p:.2f})"))
        elif found:
            out.append((found[0], f"{found[1]}; classifier p={p:.2f}"))
        else:
            out.append(("boilerplate", f"classifier p={p:.2f}"))
    if not any(label == "body" for label, _ in out):
        # The classifier finds no article at all (tiny or unusual pages it has not learned):
        # fall back to the rules alone, so that text no rule calls chrome is kept, not lost.
        out = [found if found else ("body", "no block scored as article: kept as no rule calls it chrome")
               for found in named]
        out = [(phrase_concept(b.text, rules), "boilerplate phrase") if phrase_concept(b.text, rules) else lab
               for b, lab in zip(blocks, out)]
    return out


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
