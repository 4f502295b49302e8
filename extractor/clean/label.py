"""Label each block as article text ("body") or as the chrome concept it belongs to.

The trained classifier (model.py) decides body or chrome from each block's features; the rules
(rules.py) name the chrome. Nothing is deleted: chrome blocks keep their label.
"""

from __future__ import annotations

from lxml import etree

from .features import block_features
from .model import load_model
from .rules import Rules, load_rules, phrase_concept, rule_labels
from .segment import RawBlock

BODY_THRESHOLD = 0.5


def label_blocks(tree: etree._ElementTree, blocks: list[RawBlock], rules: Rules | None = None
                 ) -> list[tuple[str, str | None]]:
    """(label, reason) for each block, in order. The trained classifier decides body or chrome
    from the block's features (the rules among them); a chrome block is named after the concept
    the rules give it, or "boilerplate" when no rule names one."""
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
