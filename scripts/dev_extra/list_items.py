"""List the claims the extractor finds on a wcxb-dev page's reference text, with every field but
the quote, kind and value HIDDEN (subject, property, time, source are not printed), so that an
annotator can write the gold subject of each item blind.

    PYTHONPATH=$PWD .venv/bin/python scripts/dev_extra/list_items.py 0243 [--shared ../shared]
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))
from bench_claims import find_shared  # noqa: E402,F401  (shared/ beside the clone or the worktrees' folder)


def _path(page: str, shared: Path) -> Path:
    """`page`: a path under shared/bench (a wcxb-dev ground-truth JSON, a readability-dev expected.txt)
    or a bare wcxb-dev id ("0243")."""
    return shared / "bench" / (f"wcxb-dev/ground-truth/{page}.json" if page.isdigit() else page)


def reference(page: str, shared: Path) -> tuple[str, str | None]:
    """The page's reference text (wcxb-dev `ground_truth.main_content`, or readability-dev's expected.txt)
    and the publication date the wcxb-dev ground truth gives (None where it has none, or for readability-dev)."""
    path = _path(page, shared)
    if path.suffix != ".json":
        return path.read_text("utf-8"), None
    truth = json.loads(path.read_text("utf-8"))["ground_truth"]
    date = truth.get("publish_date")
    return truth["main_content"], None if date in (None, "None", "") else date


def page_text(page: str, shared: Path) -> str:
    return reference(page, shared)[0]


def main() -> None:
    from extractor import extract_text
    pid = sys.argv[1]
    shared = Path(sys.argv[3]) if len(sys.argv) > 3 else find_shared()
    text = page_text(pid, shared)
    last = None
    for i, c in enumerate(extract_text(text)):
        d = c.to_dict()
        sentence = c.sentence
        if sentence != last:
            print(f"\n## {sentence}")
            last = sentence
        print(f"  [{i}] {d['quote']!r} kind={d['kind']}")


if __name__ == "__main__":
    main()
