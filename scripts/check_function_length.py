#!/usr/bin/env python
"""Functions in extractor/ longer than the house limit (60 lines, from the def line to the last).

    .venv/bin/python scripts/check_function_length.py [--max 60] [PATH ...]

Prints each offender as path:line name length, longest first, and exits 1 if there is any.
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def long_functions(paths: list[Path], limit: int) -> list[tuple[int, str, int, str]]:
    out = []
    for path in paths:
        tree = ast.parse(path.read_text("utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = node.end_lineno - node.lineno + 1       # def line to last line, decorators apart
                if length > limit:
                    out.append((length, str(path.relative_to(ROOT)), node.lineno, node.name))
    return sorted(out, reverse=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max", type=int, default=60)
    ap.add_argument("paths", nargs="*", type=Path)
    args = ap.parse_args()
    paths = [p.resolve() for p in args.paths] or sorted((ROOT / "extractor").rglob("*.py"))
    found = long_functions(paths, args.max)
    for length, path, line, name in found:
        print(f"{path}:{line} {name} {length} lines")
    print(f"{len(found)} function(s) longer than {args.max} lines in {len(paths)} files")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
