"""The fact-checker's workbench over extracted claims: search, compare, verify, report.

Every limit and threshold of the workbench is in `WorkbenchSettings`; commands take one.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class WorkbenchSettings:
    # compare: two claims of one block (kind, unit, subject) join a group when the mean cosine
    # similarity of their sentence embeddings (MiniLM, unit vectors) reaches `group_similarity`;
    # `same_value_bonus` is added when their values agree within the kind's tolerance.
    group_similarity: float = 0.70
    same_value_bonus: float = 0.05
    min_group_docs: int = 2          # a group must span this many documents
    sim_chunk_rows: int = 2048       # rows of the similarity matrix computed at once
    # verify: a reference row applies to a claim when subject, unit and period match, the
    # sentence names the row's property (reference.toml) and the row's "subject property" is
    # this similar to the sentence
    reference_similarity: float = 0.45


DEFAULT_SETTINGS = WorkbenchSettings()
