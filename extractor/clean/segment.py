"""DOM -> blocks: every run of readable text, with the element it sits in.

A block is the inline text of a block-level element (a paragraph, heading, list item, cell,
caption, or a div's own text). Inline markup (links, emphasis, spans) stays inside its block.
Each block keeps its element, so its XPath and source line come from the same parse, and its
text is always a substring of that element's whitespace-normalised text.

Walks the tree iteratively (no recursion), so deeply nested pages cannot blow the stack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree, html as lxml_html

INLINE_TAGS = frozenset({
    "a", "abbr", "acronym", "b", "bdi", "bdo", "big", "br", "cite", "code", "data", "del", "dfn", "em",
    "font", "i", "img", "ins", "kbd", "label", "mark", "nobr", "q", "rp", "rt", "ruby", "s", "samp",
    "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "wbr",
})

_WS = re.compile(r"\s+")


def normalise_space(text: str) -> str:
    return _WS.sub(" ", text).strip()


@dataclass(slots=True)
class RawBlock:
    """A block before labelling: its text, its element, and the link text share."""

    text: str
    element: etree._Element
    link_chars: int


# lxml.html's own parser picks each element's class in Python (a sixth of the cleaner's time);
# this one gives every element the same HtmlElement class from C, which is all the project, and
# htmldate and trafilatura reading the same tree, need.
_PARSER = etree.HTMLParser(recover=True, remove_comments=False, huge_tree=True)
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


def parse_html(markup: str) -> etree._ElementTree:
    """Parse HTML as lxml does for the whole project (provenance XPaths come from this parse)."""
    # lxml refuses str input that carries an XML encoding declaration
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup, count=1)
    root = lxml_html.document_fromstring(markup, parser=_PARSER)
    return root.getroottree()


def _is_element(node) -> bool:
    return isinstance(node.tag, str)


def segment(tree: etree._ElementTree, skip_tags: frozenset[str],
            open_controls: dict[str, frozenset[str]] | None = None) -> list[RawBlock]:
    order, skipped = _document_order(tree.getroot(), skip_tags, open_controls or {})
    position = {el: i for i, el in enumerate(order)}
    holds_block, last_desc = _holds_block(order, position)
    blocks: list[tuple[tuple[int, int], RawBlock]] = []
    for el in order:
        if el.tag in INLINE_TAGS and not holds_block[el]:
            continue
        # runs of inline content inside this block element, split at block-level children
        run: list[str] = [el.text or ""]
        links = 0
        key = (position[el], 0)
        for child in el:
            if child in position:                  # an element, not skipped
                if child.tag not in INLINE_TAGS or holds_block[child]:
                    _emit(blocks, key, run, links, el)
                    run, links = [child.tail or ""], 0
                    key = (last_desc[child], 1)
                    continue
                text, link_chars = _inline(child, skipped)
                run.append(text)
                links += link_chars
            run.append(child.tail or "")
        _emit(blocks, key, run, links, el)
    blocks.sort(key=lambda b: b[0])
    return [b for _, b in blocks]


def _inline(child: etree._Element, skipped: set) -> tuple[str, int]:
    """(text, link chars) of an inline child element that is not skipped."""
    if not len(child):                             # a leaf: its own text, no link below it
        text = child.text or ""
        if child.tag == "br":
            text += " "
        return text, len(normalise_space(text)) if child.tag == "a" else 0
    text = "".join(_inline_text(child, skipped))
    if child.tag == "a":
        return text, len(normalise_space(text))
    return text, sum(len(normalise_space("".join(_inline_text(a, skipped)))) for a in child.iter("a"))


def _document_order(root: etree._Element, skip_tags: frozenset[str],
                    open_controls: dict[str, frozenset[str]]) -> tuple[list, set]:
    """The elements in document order, and the skipped ones (a skipped tag and all below it, but not
    a control the parser left open: one of `open_controls` that holds one of its tags below it)."""
    skipped: set[etree._Element] = set()
    for top in root.iter(*skip_tags):
        if top not in skipped and not _left_open(top, open_controls):
            skipped.update(top.iter(etree.Element))
    if not skipped:
        return list(root.iter(etree.Element)), skipped
    return [el for el in root.iter(etree.Element) if el not in skipped], skipped


def _left_open(el: etree._Element, open_controls: dict[str, frozenset[str]]) -> bool:
    """Whether a skipped tag's element is a control the parser left open ("<button><div></button>"
    in lxml nests the rest of the page inside the button): it holds a tag that shows it
    (`open_controls`: the page's <main>)."""
    shows = open_controls.get(el.tag)
    return bool(shows) and next(el.iterdescendants(*shows), None) is not None


def _holds_block(order: list, position: dict) -> tuple[dict, dict]:
    """Bottom-up, in one pass: does an element hold block-level elements (then it is not inline,
    whatever its tag)? And the document position of its last descendant (itself when it has
    none): that of its last child's, as descendants follow their element in document order.
    `position` holds the elements that are not skipped."""
    holds_block: dict[etree._Element, bool] = {}
    last_desc: dict[etree._Element, int] = {}
    for el in reversed(order):
        holds = False
        last = position[el]
        for child in el:
            if child in position:
                last = last_desc[child]
                if not holds and (child.tag not in INLINE_TAGS or holds_block[child]):
                    holds = True
        holds_block[el] = holds
        last_desc[el] = last
    return holds_block, last_desc


def _inline_text(el, skipped) -> list[str]:
    """Text of an inline subtree in document order: texts, then tails after descendants.
    Skipped elements (scripts...) and comments give no text, but their tails do. Walks with a
    stack of child iterators, not recursion, so deep nesting cannot blow the stack."""
    if not _is_element(el) or el in skipped:
        return []
    out: list[str] = [el.text or ""]
    if el.tag == "br":
        out.append(" ")
    stack = [(iter(el), None)]          # (children still to walk, the element whose tail follows them)
    while stack:
        children, owner = stack[-1]
        for child in children:
            if isinstance(child.tag, str) and child not in skipped:
                out.append(child.text or "")
                if child.tag == "br":
                    out.append(" ")
                if len(child):
                    stack.append((iter(child), child))
                    break
            out.append(child.tail or "")
        else:
            stack.pop()
            if owner is not None:
                out.append(owner.tail or "")
    return out


def _emit(blocks, key, run, links, el) -> None:
    text = "".join(run)
    if not text or text.isspace():     # most runs between block children are only whitespace
        return
    text = normalise_space(text)
    if text:
        blocks.append((key, RawBlock(text, el, min(links, len(text)))))


_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_-]*\Z")


def element_xpath(el: etree._Element, memo: dict | None = None) -> str:
    """An XPath that finds `el` again in a fresh parse of the same HTML. Like lxml's getpath,
    but steps whose tag is not a plain name ("o:p", "fb:like", made-up tags with dots) become
    "*[n]", so the path never holds a namespace prefix XPath cannot resolve. `memo` (one dict per
    page) keeps each ancestor's path, so deep pages cost one step per element, not per level."""
    memo = {} if memo is None else memo
    chain = []
    node = el
    while node is not None and node not in memo:
        chain.append(node)
        node = node.getparent()
    path = memo[node] if node is not None else ""
    for node in reversed(chain):
        parent = node.getparent()
        if parent is None:
            step = _root_step(node)
        else:
            step = _child_steps(parent, memo)[node]
        path = f"{path}/{step}"
        memo[node] = path
    return path


def _root_step(root: etree._Element) -> str:
    """The document element's step. libxml2 recovers some broken pages into two top-level
    elements (a stray "<html>" after the first one's end): then the step needs its index, as
    "/html[1]", or the path finds an element in each."""
    step = root.tag if _NAME.match(root.tag) else "*"
    same = [n for n in (*root.itersiblings(preceding=True), *root.itersiblings())
            if _is_element(n) and (step == "*" or n.tag == root.tag)]
    if not same:
        return step
    return f"{step}[{sum(1 for n in root.itersiblings(preceding=True) if n in same) + 1}]"


def _child_steps(parent: etree._Element, memo: dict) -> dict:
    """{child element: its XPath step under `parent`}, worked out once per parent (kept in
    `memo` under ("steps", parent)), so a parent with n children costs n, not n squared."""
    key = ("steps", parent)
    steps = memo.get(key)
    if steps is None:
        kids = [c for c in parent if isinstance(c.tag, str)]
        named: dict[str, list] = {}
        for c in kids:
            if _NAME.match(c.tag):
                named.setdefault(c.tag, []).append(c)
        steps = {}
        for i, c in enumerate(kids):
            same = named.get(c.tag)
            if same is None:
                steps[c] = f"*[{i + 1}]"
        for tag, same in named.items():
            for n, c in enumerate(same):
                steps[c] = tag if len(same) == 1 else f"{tag}[{n + 1}]"
        memo[key] = steps
    return steps


def held_text(blocks: list[RawBlock]) -> tuple[dict, dict, dict]:
    """(text chars, link chars, block count) under every element that holds a block, summed
    bottom-up in one pass over the tree, so a page nested 2,000 deep costs no more than its
    element count."""
    chars: dict = {}
    links: dict = {}
    count: dict = {}
    if not blocks:
        return chars, links, count
    for b in blocks:
        el = b.element
        chars[el] = chars.get(el, 0) + len(b.text)
        links[el] = links.get(el, 0) + b.link_chars
        count[el] = count.get(el, 0) + 1
    root = blocks[0].element.getroottree().getroot()
    for el in reversed(list(root.iter())):         # children before their parents
        if el in chars:
            parent = el.getparent()
            if parent is not None:
                chars[parent] = chars.get(parent, 0) + chars[el]
                links[parent] = links.get(parent, 0) + links[el]
                count[parent] = count.get(parent, 0) + count[el]
    return chars, links, count
