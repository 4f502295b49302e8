"""Sinks for records. JSONL: one object per line, flushed per document, appendable."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO, Any


class JsonlSink:
    """Writes claim/1 and error/1 objects, one per line. `path` '-' writes to stdout."""

    def __init__(self, path: str | Path, append: bool = False):
        self.path = str(path)
        if self.path == "-":
            self._fh: IO[str] = sys.stdout
            self._own = False
        else:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._fh = open(self.path, "a" if append else "w", encoding="utf-8")
            self._own = True

    def write_all(self, records: list[dict[str, Any]]) -> None:
        """All records of one document, then a flush: a document is on disk whole or not yet."""
        for r in records:
            self._fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()

    def __enter__(self) -> "JsonlSink":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
