"""The size limits of the clean stage (Settings.max_depth, Settings.max_elements), in one place.

lxml parses a page of any depth without complaint but stops nesting at 2,048 levels and drops
what lies deeper, so a page nested 100,000 deep would come out as "no readable text". Checking
the parsed tree against limits well under that turns it into an error that names the limit.
"""

from __future__ import annotations

from lxml import etree

from ..settings import Settings, limit_message
from ..types import ExtractorError


def depth_of(root) -> int:
    """The deepest nesting under `root`, in one pass without recursion."""
    depth = deepest = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        if event == "start":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def check_tree(root, settings: Settings) -> None:
    """ExtractorError('clean', ...) naming the limit when the page is too large or too deep
    (elements counted first: that walk is the cheaper one, and it bounds the second)."""
    elements = sum(1 for _ in root.iter())
    if elements > settings.max_elements:
        raise ExtractorError("clean", limit_message(f"page has {elements:,} elements",
                                                    "max_elements", f"{settings.max_elements:,}"))
    if elements < settings.max_depth:       # nesting needs a node per level: too few to be too deep
        return
    deepest = depth_of(root)
    if deepest >= settings.max_depth:
        raise ExtractorError("clean", limit_message(f"page nests elements {deepest:,} deep",
                                                    "max_depth", f"{settings.max_depth:,}"))
