"""Join the blind subject annotations (subject_annotations.tsv: page, item number in
list_items.py's listing, gold subject or SKIP) with the listed items' sentence, quote and offsets,
and write subject.jsonl. Run once, at annotation time: later extractor changes renumber items.

    PYTHONPATH=$PWD .venv/bin/python scripts/dev_extra/build_subject.py
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

from list_items import find_shared, page_text

HERE = Path(__file__).resolve().parent


def main() -> None:
    from extractor import extract_text
    shared = find_shared()
    notes: dict[str, dict[int, tuple[str, str]]] = defaultdict(dict)
    for line in (HERE / "subject_annotations.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            page, item, subject, *note = line.split("\t")
            notes[page][int(item)] = (subject, note[0] if note else "")
    out = []
    for page, items in notes.items():
        claims = extract_text(page_text(page, shared))
        assert len(claims) == len(items), (page, len(claims), len(items))
        for i, c in enumerate(claims):
            subject, note = items[i]
            if subject == "SKIP":
                continue
            out.append({"doc": f"wc-{page}", "page": f"wcxb-dev/ground-truth/{page}.json", "item": i,
                        "sentence": c.sentence, "quote": c.quote, "start": c.start, "end": c.end,
                        "kind": c.kind, "subject": subject, "note": note or None})
    with (HERE / "subject.jsonl").open("w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "items on", len(notes), "pages")


if __name__ == "__main__":
    main()
