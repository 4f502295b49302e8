"""The chrome rules (rules/chrome.toml) and the concept they give each block.

The rules are data. Concepts come from, in order: hidden markup, the tag or ARIA role of the
block or an ancestor, class/id tokens of the block or an ancestor, whole-block boilerplate
phrases, and link density. They are features of the classifier (features.py) and name the
chrome it finds (label.py); on their own they delete nothing.
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
    open_controls: dict[str, frozenset[str]]   # a skipped tag -> what, held below it, shows it was left open
    ignore_classes: re.Pattern[str]        # class names that name no concept: state flags, a hidden part
    max_container_share: float
    link_density: float
    link_min_chars: int
    link_lists: frozenset[str]              # concepts a class names only where links hold some of the text
    unlinked_min_chars: int
    unlinked_max_link_share: float
    tags: dict[str, str]
    roles: dict[str, str]
    token_concept: dict[str, str]          # token -> concept, first concept in file order wins
    phrases: tuple[tuple[str, re.Pattern[str]], ...]
    examples: dict
    script_notice: re.Pattern[str]         # a <noscript>'s "enable JavaScript" notice, matched whole ([noscript])
    notice_examples: dict
    teaser: re.Pattern[str]                # another page's excerpt cut off before "Read more", matched whole ([teasers])
    teaser_examples: dict
    discussion_address: re.Pattern[str]   # a forum's or thread's address, searched ([discussions])
    discussion_examples: dict
    candidate: dict                        # readability's numbers and class/id weights ([candidate] in chrome.toml)


@cache
def load_rules() -> Rules:
    data = tomllib.loads(resources.files(__package__).joinpath("rules/chrome.toml").read_text("utf-8"))
    token_concept: dict[str, str] = {}
    for concept, tokens in data["tokens"].items():
        for t in tokens:
            token_concept.setdefault(t, concept)
    phrases = tuple((concept, _whole_text(pats)) for concept, pats in data["phrases"].items() if pats)
    return Rules(
        skip_tags=frozenset(data["skip_tags"]),
        open_controls={tag: frozenset(data["page_structure"]) for tag in data["open_controls"]},
        ignore_classes=re.compile("|".join([*(re.escape(p) + ".*" for p in data["ignore_class_prefixes"]),
                                            *data["ignore_classes"]]), re.I),
        max_container_share=float(data["max_container_share"]),
        link_density=float(data["link_density"]),
        link_min_chars=int(data["link_min_chars"]),
        link_lists=frozenset(data["link_lists"]), unlinked_min_chars=int(data["unlinked_min_chars"]),
        unlinked_max_link_share=float(data["unlinked_max_link_share"]),
        tags=data["tags"], roles=data["roles"], token_concept=token_concept,
        phrases=phrases, examples=data.get("examples", {}),
        script_notice=_whole_text(data["noscript"]["notices"]),
        notice_examples={k: data["noscript"][k] for k in ("match", "no_match")},
        teaser=_whole_text(data["teasers"]["patterns"]),
        teaser_examples={k: data["teasers"][k] for k in ("match", "no_match")},
        discussion_address=re.compile("|".join(f"(?:{p})" for p in data["discussions"]["addresses"]), re.I),
        discussion_examples={k: data["discussions"][k] for k in ("match", "no_match")},
        candidate=dict(data["candidate"], weight=float(data["candidate"]["weight"]),
                       commas=re.compile(f"[{re.escape(data['candidate']['commas'])}]"),
                       positive=frozenset(data["candidate"]["positive"]),
                       negative=frozenset(data["candidate"]["negative"]),
                       unlikely_roles=frozenset(data["candidate"]["unlikely_roles"]),
                       unlikely_tags=frozenset(data["candidate"]["unlikely_tags"])),
    )


def _whole_text(patterns: list[str]) -> re.Pattern[str]:
    """One regex for a block's whole text (with `fullmatch`): any of `patterns`, case-insensitive, with
    the spaces around it; `_phrase_regex` relies on these flags and this shape."""
    return re.compile(rf"(?is)\s*(?:{'|'.join(patterns)})\s*")


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[\s_\-]+")
# how the reason of a label that a class/id token gives begins (label.py tells it from a role's or a tag's)
TOKEN_REASON = "class/id token"
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)


def class_tokens(el: etree._Element, rules: Rules) -> tuple[str, ...]:
    """'mega-menu share_bar' -> ('mega-menu', 'mega', 'menu', 'share_bar', 'share', 'bar')."""
    return class_id_tokens(el.get("class") or "", el.get("id") or "", rules.ignore_classes)


@lru_cache(maxsize=8192)
def class_id_tokens(classes: str, ids: str, ignore: re.Pattern[str]) -> tuple[str, ...]:
    # a site repeats the same few class strings on every page: split each once
    out: list[str] = []
    for name in f"{classes} {ids}".split():
        if ignore.fullmatch(name):
            continue
        out.append(name.lower())
        out.extend(t.lower() for t in _SPLIT.split(_CAMEL.sub("-", name)) if t)
    return tuple(out)


def class_weight(classes: str, ids: str, rules: Rules) -> float:
    """Readability's weight of an element's class and id: each of the two gains the [candidate]
    weight when it holds a positive token and loses it when it holds a negative one."""
    return _class_weight(classes, ids, rules.ignore_classes, rules.candidate["positive"],
                         rules.candidate["negative"], rules.candidate["weight"])


@lru_cache(maxsize=8192)
def _class_weight(classes: str, ids: str, ignore: tuple, positive: frozenset, negative: frozenset,
                  weight: float) -> float:
    total = 0.0
    for value in (classes, ids):
        if value:
            tokens = set(class_id_tokens(value, "", ignore))
            total += weight * (bool(tokens & positive) - bool(tokens & negative))
    return total


def phrase_concept(text: str, rules: Rules | None = None) -> str | None:
    """The boilerplate concept whose phrase matches the whole text, if any (the first in file
    order). Each text is matched once per Rules (the cleaner asks about every block thrice)."""
    phrases = (rules or load_rules()).phrases
    regex, seen = _per_owner(phrases, _phrase_regex)
    found = seen.get(text, _UNSEEN)
    if found is _UNSEEN:
        match = regex.fullmatch(text)
        found = _remember(seen, text, phrases[int(match.lastgroup[1:])][0] if match and match.lastgroup else None)
    return found


_UNSEEN = object()
_PER_OWNER: dict[int, tuple] = {}


def _per_owner(owner, make=None) -> tuple:
    """(make(owner), a dict of results) kept for `owner` (a Rules, its phrases): results worked
    out once per owner, as an lru_cache would if the owner were hashable."""
    entry = _PER_OWNER.get(id(owner))
    if entry is None or entry[0] is not owner:      # the entry holds `owner`: its id stays its own
        entry = _PER_OWNER[id(owner)] = (owner, make(owner) if make else None, {})
    return entry[1:]


def _remember(seen: dict, key, value):
    """seen[key] = value, forgetting everything first once 8,192 are kept (memory stays bounded)."""
    if len(seen) >= 8192:
        seen.clear()
    seen[key] = value
    return value


def _phrase_regex(phrases: tuple) -> re.Pattern[str]:
    """One regex for all concepts, alternative `_i` being concept i's whole regex, so one call
    finds the first concept (in order) whose regex matches the whole text: alternation tries each
    alternative, with all its backtracking, before the next."""
    parts = []
    for i, (_, rx) in enumerate(phrases):
        if rx.flags & ~(re.I | re.S | re.U) or not rx.pattern.startswith("(?is)"):
            raise ValueError(f"phrase regex {rx.pattern!r}: expected the flags load_rules gives")
        parts.append(f"(?P<_{i}>{rx.pattern.removeprefix('(?is)')})")
    return re.compile("(?is)" + "|".join(parts))


def _unlinked_prose(el: etree._Element, rules: Rules) -> bool:
    """Whether `el` holds prose (`unlinked_min_chars` or more) of which links are less than
    `unlinked_max_link_share`: what a link list's class (a table of contents) never holds. Asked only
    of elements such a class names, which are few."""
    text = "".join(el.itertext()).strip()
    if len(text) < rules.unlinked_min_chars:
        return False
    return sum(len("".join(a.itertext()).strip()) for a in el.iter("a")) < rules.unlinked_max_link_share * len(text)


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
        hit = _class_concept(el.get("class") or "", el.get("id") or "", rules)
        if hit is not None and hit[1] in rules.link_lists and _unlinked_prose(el, rules):
            hit = None
        if hit is not None:
            return hit[1], f"{TOKEN_REASON} {hit[0]!r} on <{tag}>"
    return None


def _class_concept(classes: str, ids: str, rules: Rules) -> tuple[str, str] | None:
    """(token, concept) of the first class/id token the rules know, once per class and id
    string (a site repeats the same few on every element of a page)."""
    _, seen = _per_owner(rules)
    found = seen.get((classes, ids), _UNSEEN)
    if found is _UNSEEN:
        found = _remember(seen, (classes, ids), next(
            ((t, rules.token_concept[t]) for t in class_id_tokens(classes, ids, rules.ignore_classes)
             if t in rules.token_concept), None))
    return found


def own_label(el: etree._Element, rules: Rules, in_article: bool, big: bool, memo: dict
              ) -> tuple[str, str] | None:
    """The label the rules give `el` itself, worked out once per element of a page: `memo` is one
    dict per page, shared by rule_labels and the features (an element's `in_article` and `big`
    are the same wherever it is asked)."""
    found = memo.get(el, _UNSEEN)
    if found is _UNSEEN:
        found = memo[el] = _own_label(el, rules, in_article, big)
    return found


def rule_labels(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules | None = None,
                held: tuple | None = None, own: dict | None = None) -> list[tuple[str, str] | None]:
    """(concept, reason) the rules give each block, or None where no rule fires. `held` is
    held_text(blocks) and `own` an own_label memo, when the caller has them."""
    rules = rules or load_rules()
    total = sum(len(b.text) for b in blocks) or 1
    # text held under each element, to keep page-sized wrappers out of class rules
    held = (held or held_text(blocks))[0]
    own = {} if own is None else own

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
            result = own_label(n, rules, in_article, big, own) or result
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
