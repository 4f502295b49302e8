"""Run the pipeline over many inputs and account for every one of them.

Every input ends as pages done or as an error record: inputs = pages + errors, always.
(The parallel, resumable engine and Ray come with the batch-engine work; this runner is the
sequential core they build on.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from .load import iter_documents
from .pipeline import extract_document
from .types import ErrorRecord, ExtractorError


@dataclass(slots=True)
class Summary:
    inputs: int = 0
    pages: int = 0
    errors: int = 0
    claims: int = 0

    def line(self) -> str:
        return f"inputs {self.inputs}, pages {self.pages}, errors {self.errors}, claims {self.claims}"


def run(inputs: Iterable[str | Path], write: Callable[[list[dict]], None], model: str | None = None,
        on_progress: Callable[[Summary, str], None] | None = None) -> Summary:
    """Extract claims from every input; `write` receives each document's records (claims, or one
    error record). Model problems (missing package) are raised before any input is read."""
    from .nlp import get_nlp

    get_nlp(model)                                  # fail fast, once, with a one-line reason
    summary = Summary()
    for item in iter_documents(inputs):
        summary.inputs += 1
        if isinstance(item, ErrorRecord):
            records = [item.to_dict()]
            summary.errors += 1
            label = item.input
        else:
            label = item.input
            try:
                _page, claims = extract_document(item, model)
            except ExtractorError as e:
                records = [ErrorRecord(item.input, e.stage, str(e), item.doc_id).to_dict()]
                summary.errors += 1
            else:
                records = [c.to_dict() for c in claims]
                summary.pages += 1
                summary.claims += len(claims)
        write(records)
        if on_progress:
            on_progress(summary, label)
    return summary
