"""Sinks for records, resumable by doc_id: JSONL, the SQLite store, and Parquet export.

The batch hands every sink one *result* per input (see `batch.process`): the claim/1 records
of a page, or the error/1 record of an input that failed, plus the page's metadata and blocks.

JSONL: one object per line, each with a `schema` key. A page's claim/1 lines are followed by one
`doc/1` line, the marker that the page is complete (it is also how a page with no claims is
known to be done); an error/1 line is complete in itself. Readers that want claims keep the
lines whose schema is `claim/1`. Re-opened for resume, the file is cut back to its last complete
document: a page whose marker is missing (the run was killed while writing it) is redone, and
its half-written lines are gone, so nothing is counted twice.

SQLite (`--db`): documents, blocks, claims, errors and an FTS5 index over the claims'
sentences, in WAL mode; each input is one transaction, so a document is in the store whole or
not at all. Also a small key/value table for per-site templates learned by the cleaner.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

DOC_SCHEMA = "doc/1"


def records_of(result: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSONL lines for one result: claims then the doc/1 marker, or the error/1 record. A page
    cut at Settings.max_text_chars also has the error/1 record naming the cap (`partial`)."""
    if result["error"] is not None:
        return [result["error"]]
    meta = result.get("meta") or {}
    marker = {"schema": DOC_SCHEMA, "doc_id": result["doc_id"], "input": result["input"],
              "url": meta.get("url"), "title": meta.get("title"), "published": meta.get("published"),
              "site": meta.get("site"), "confidence": meta.get("confidence"), "claims": len(result["claims"])}
    return [*result["claims"], *([result["partial"]] if result.get("partial") else []), marker]


class Sink(ABC):
    """What the batch needs from a sink: which inputs are done, and a way to write one result."""

    wants_pages = False                         # does it store the page text and blocks?
    done_docs: set[str]                         # doc_ids of pages complete
    done_errors: set[tuple[str, str | None]]    # (input, doc_id) of error records written

    def is_done(self, input: str, doc_id: str | None) -> bool:
        return doc_id in self.done_docs or (input, doc_id) in self.done_errors

    def write(self, result: dict[str, Any]) -> None:
        """Write one result, unless this sink already has it (a resumed run that another sink
        had not finished)."""
        if self.is_done(result["input"], result["doc_id"]):
            return
        self._write(result)
        if result["error"] is None:
            self.done_docs.add(result["doc_id"])
        else:
            self.done_errors.add((result["input"], result["doc_id"]))

    @abstractmethod
    def _write(self, result: dict[str, Any]) -> None:
        """Write one result this sink does not have yet."""

    def close(self) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()


class JsonlSink(Sink):
    """claim/1, doc/1 and error/1 lines. `path` '-' writes to stdout. `resume=True` keeps the
    complete documents already in the file (and cuts off a half-written one); otherwise the
    file starts empty."""

    def __init__(self, path: str | Path, resume: bool = False):
        self.path = str(path)
        self.done_docs, self.done_errors = set(), set()
        if self.path == "-":
            self._fh: IO[str] = sys.stdout
            self._own = False
            return
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        if resume and os.path.exists(self.path):
            self._recover()
            self._fh = open(self.path, "a", encoding="utf-8")
        else:
            self._fh = open(self.path, "w", encoding="utf-8")
        self._own = True

    def _recover(self) -> None:
        """Read what a previous run left; truncate after the last complete document."""
        good_end = 0
        with open(self.path, "rb") as fh:
            offset = 0
            for line in fh:
                offset += len(line)
                if not line.endswith(b"\n"):
                    break                       # torn last line
                try:
                    record = json.loads(line)
                except ValueError:
                    break                       # cannot happen with one writer; stop trusting here
                schema = record.get("schema") if isinstance(record, dict) else None
                if schema == DOC_SCHEMA:
                    self.done_docs.add(record["doc_id"])
                    good_end = offset
                elif schema == "error/1":
                    self.done_errors.add((record["input"], record.get("doc_id")))
                    good_end = offset
        if good_end < os.path.getsize(self.path):
            with open(self.path, "r+b") as fh:
                fh.truncate(good_end)

    def _write(self, result: dict[str, Any]) -> None:
        self.write_all(records_of(result))

    def write_all(self, records: list[dict[str, Any]]) -> None:
        """All records of one document in one write, then a flush: on disk whole or not yet."""
        self._fh.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        self._fh.flush()

    def close(self) -> None:
        if self._own:
            self._fh.close()


SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, input TEXT NOT NULL, url TEXT, title TEXT, published TEXT, site TEXT,
    raw_sha256 TEXT, text TEXT, n_claims INTEGER NOT NULL, processed_at TEXT DEFAULT CURRENT_TIMESTAMP,
    confidence REAL
);
CREATE TABLE IF NOT EXISTS blocks (
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE, idx INTEGER NOT NULL,
    label TEXT NOT NULL, reason TEXT, tag TEXT, xpath TEXT, source_line INTEGER,
    start INTEGER, "end" INTEGER, text TEXT NOT NULL, PRIMARY KEY (doc_id, idx)
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY, claim_id TEXT NOT NULL,
    doc_id TEXT NOT NULL REFERENCES documents(doc_id) ON DELETE CASCADE,
    kind TEXT NOT NULL, value REAL, value_low REAL, value_high REAL, value_text TEXT, unit TEXT,
    bound TEXT, quote TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
    sentence TEXT, sentence_start INTEGER, subject TEXT, time_scope TEXT, source TEXT,
    checkworthy REAL, record TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_doc ON claims(doc_id);
CREATE INDEX IF NOT EXISTS claims_claim_id ON claims(claim_id);
CREATE INDEX IF NOT EXISTS claims_kind ON claims(kind);
CREATE TABLE IF NOT EXISTS errors (
    id INTEGER PRIMARY KEY, input TEXT NOT NULL, doc_id TEXT, stage TEXT NOT NULL, error TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS errors_input ON errors(input);
CREATE VIRTUAL TABLE IF NOT EXISTS sentences USING fts5(
    sentence, doc_id UNINDEXED, sentence_start UNINDEXED
);
CREATE TABLE IF NOT EXISTS site_templates (site TEXT PRIMARY KEY, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS vectors (model TEXT NOT NULL, key TEXT NOT NULL, vec BLOB NOT NULL,
    PRIMARY KEY (model, key));
"""
SCHEMA_VERSION = 1
TABLES = ("sentences", "claims", "blocks", "errors", "documents", "site_templates")


class SqliteStore(Sink):
    """The embedded store: `SqliteStore("claims.db")`. Resumes by default (what is in the file
    is kept and known to be done); `resume=False` empties it first."""

    wants_pages = True

    def __init__(self, path: str | Path, resume: bool = True):
        self.path = str(path)
        Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(self.path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, SCHEMA_VERSION):
            raise ValueError(f"{self.path}: store schema version {version}, this tool reads {SCHEMA_VERSION}")
        self.conn.executescript(SCHEMA_SQL)
        if "confidence" not in {r[1] for r in self.conn.execute("PRAGMA table_info(documents)")}:
            self.conn.execute("ALTER TABLE documents ADD COLUMN confidence REAL")   # a store from before it
        self.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION}")
        if not resume:
            with self._transaction():
                for table in TABLES:
                    self.conn.execute(f"DELETE FROM {table}")
        self.done_docs = {r[0] for r in self.conn.execute("SELECT doc_id FROM documents")}
        self.done_errors = {(r[0], r[1]) for r in self.conn.execute("SELECT input, doc_id FROM errors")}

    def _transaction(self):
        conn = self.conn

        class _Tx:
            def __enter__(self):
                conn.execute("BEGIN IMMEDIATE")

            def __exit__(self, exc_type, *rest):
                conn.execute("ROLLBACK" if exc_type else "COMMIT")
        return _Tx()

    def _write(self, result: dict[str, Any]) -> None:
        """One input, one transaction."""
        with self._transaction():
            error = result["error"] or result.get("partial")
            if error is not None:
                self.conn.execute("INSERT INTO errors (input, doc_id, stage, error) VALUES (?, ?, ?, ?)",
                                  (error["input"], error["doc_id"], error["stage"], error["error"]))
            if result["error"] is not None:
                return
            meta = result.get("meta") or {}
            page = result.get("page") or {}
            claims = result["claims"]
            self.conn.execute(
                "INSERT INTO documents (doc_id, input, url, title, published, site, raw_sha256, text, n_claims,"
                " confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (result["doc_id"], result["input"], meta.get("url"), meta.get("title"), meta.get("published"),
                 meta.get("site"), meta.get("raw_sha256"), page.get("text"), len(claims), meta.get("confidence")))
            self.conn.executemany(
                'INSERT INTO blocks (doc_id, idx, label, reason, tag, xpath, source_line, start, "end", text)'
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(result["doc_id"], i, b["label"], b["reason"], b["tag"], b["xpath"], b["source_line"],
                  b["start"], b["end"], b["text"]) for i, b in enumerate(page.get("blocks") or ())])
            self.conn.executemany(
                "INSERT INTO claims (claim_id, doc_id, kind, value, value_low, value_high, value_text, unit,"
                ' bound, quote, start, "end", sentence, sentence_start, subject, time_scope, source,'
                " checkworthy, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(c["claim_id"], c["doc_id"], c["kind"], c["value"], c["value_low"], c["value_high"],
                  c["value_text"], c["unit"], c["bound"], c["quote"], c["start"], c["end"], c["sentence"],
                  c["sentence_start"], _text(c["subject"]), _iso(c["time_scope"]), _text(c["source"]),
                  c["checkworthy"], json.dumps(c, ensure_ascii=False)) for c in claims])
            sentences = {(c["sentence_start"], c["sentence"]) for c in claims if c.get("sentence")}
            self.conn.executemany("INSERT INTO sentences (sentence, doc_id, sentence_start) VALUES (?, ?, ?)",
                                  [(text, result["doc_id"], start) for start, text in sorted(sentences)])

    # -- reading ---------------------------------------------------------------------------
    def iter_claims(self) -> Iterator[dict[str, Any]]:
        """Every claim/1 record, in the order written."""
        for (record,) in self.conn.execute("SELECT record FROM claims ORDER BY id"):
            yield json.loads(record)

    def iter_errors(self) -> Iterator[dict[str, Any]]:
        for input, doc_id, stage, error in self.conn.execute(
                "SELECT input, doc_id, stage, error FROM errors ORDER BY id"):
            yield {"schema": "error/1", "input": input, "doc_id": doc_id, "stage": stage, "error": error}

    def counts(self) -> dict[str, int]:
        return {t: self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("documents", "blocks", "claims", "errors", "sentences")}

    def search(self, query: str, limit: int = 20) -> list[dict[str, Any]]:
        """Full-text search over claim sentences (FTS5 syntax): the sentence, its document and
        the claims in it, best match first."""
        rows = self.conn.execute(
            "SELECT sentence, doc_id, sentence_start FROM sentences WHERE sentences MATCH ? ORDER BY rank LIMIT ?",
            (query, limit)).fetchall()
        out = []
        for sentence, doc_id, start in rows:
            claim_ids = [r[0] for r in self.conn.execute(
                "SELECT claim_id FROM claims WHERE doc_id = ? AND sentence_start = ? ORDER BY start",
                (doc_id, start))]
            out.append({"sentence": sentence, "doc_id": doc_id, "sentence_start": start, "claim_ids": claim_ids})
        return out

    def search_claims(self, query: str, filters: SearchFilters | None = None,
                      limit: int = 50) -> list[dict[str, Any]]:
        """The claims whose sentence matches `query` (FTS5 syntax), best match first, narrowed by
        `filters`; each is its claim/1 record."""
        f = filters or SearchFilters()
        self.conn.create_function("period_overlaps", 4, _period_overlaps, deterministic=True)
        sql = ("SELECT c.record FROM sentences s JOIN claims c ON c.doc_id = s.doc_id AND c.sentence_start = s.sentence_start"
               " JOIN documents d ON d.doc_id = c.doc_id WHERE sentences MATCH ?")
        args: list[Any] = [query]
        for clause, value in ((" AND c.kind = ?", f.kind), (" AND c.subject LIKE '%' || ? || '%'", f.subject),
                              (" AND (lower(d.site) = lower(?) OR d.url LIKE '%' || ? || '%')", f.site),
                              (" AND c.checkworthy >= ?", f.min_checkworthy)):
            if value is not None:
                sql += clause
                args += [value] * clause.count("?")
        if f.since or f.until:
            sql += " AND period_overlaps(c.time_scope, d.published, ?, ?)"
            args += [f.since, f.until]
        sql += " ORDER BY s.rank, c.start LIMIT ?"
        return [json.loads(r) for (r,) in self.conn.execute(sql, [*args, limit])]

    # -- the embedding cache: float32 vectors by model and text key -------------------------
    def get_vectors(self, model: str, keys: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for batch in _batched(keys, 500):
            marks = ",".join("?" * len(batch))
            out.update(self.conn.execute(f"SELECT key, vec FROM vectors WHERE model = ? AND key IN ({marks})",
                                         [model, *batch]).fetchall())
        return out

    def put_vectors(self, model: str, items: list[tuple[str, bytes]]) -> None:
        with self._transaction():
            self.conn.executemany("INSERT OR REPLACE INTO vectors (model, key, vec) VALUES (?, ?, ?)",
                                  [(model, k, v) for k, v in items])

    # -- per-site templates (learned by the cleaner) ---------------------------------------
    def save_site_template(self, site: str, data: dict[str, Any]) -> None:
        with self._transaction():
            self.conn.execute("INSERT INTO site_templates (site, data) VALUES (?, ?) "
                              "ON CONFLICT(site) DO UPDATE SET data = excluded.data",
                              (site, json.dumps(data, ensure_ascii=False, sort_keys=True)))

    def load_site_templates(self) -> dict[str, dict[str, Any]]:
        return {site: json.loads(data) for site, data in self.conn.execute("SELECT site, data FROM site_templates")}

    def close(self) -> None:
        self.conn.close()


@dataclass(frozen=True, slots=True)
class SearchFilters:
    """What `search_claims` narrows by; None is no filter. `since`/`until` (ISO dates or years)
    apply to the claim's time scope where it has one, else to the page's publication date."""

    kind: str | None = None
    subject: str | None = None
    site: str | None = None
    since: str | None = None
    until: str | None = None
    min_checkworthy: float | None = None


_ISO_START = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def iso_period(iso: str | None) -> tuple[str, str] | None:
    """'2011/2021' -> ('2011-01-01', '2021-12-31'); '2023-05' -> ('2023-05-01', '2023-05-31');
    None when the text is not an ISO date or interval."""
    parts = (iso or "").split("/")
    if len(parts) > 2 or not all(_ISO_START.match(p) for p in parts):
        return None
    return (parts[0] + "-01-01"[len(parts[0]) - 4:], parts[-1] + "-12-31"[len(parts[-1]) - 4:])


def _period_overlaps(scope: str | None, published: str | None, since: str | None, until: str | None) -> bool:
    period = iso_period(scope) or iso_period((published or "")[:10])
    if period is None:
        return False
    lo = iso_period(since)[0] if since and iso_period(since) else "0000"
    hi = iso_period(until)[1] if until and iso_period(until) else "9999"
    return period[0] <= hi and period[1] >= lo


def _text(span: dict | None) -> str | None:
    return span.get("text") if span else None


def _iso(span: dict | None) -> str | None:
    return (span.get("iso") or span.get("text")) if span else None


# -- Parquet export --------------------------------------------------------------------------

def claim_arrow_schema():
    """The claim/1 record as an Arrow schema (nested objects are structs)."""
    import pyarrow as pa

    span = [("text", pa.string()), ("start", pa.int64()), ("end", pa.int64())]
    return pa.schema([
        ("schema", pa.string()), ("claim_id", pa.string()), ("doc_id", pa.string()), ("kind", pa.string()),
        ("value", pa.float64()), ("value_low", pa.float64()), ("value_high", pa.float64()),
        ("value_text", pa.string()), ("unit", pa.string()), ("unit_surface", pa.string()),
        ("scale", pa.string()), ("bound", pa.string()), ("bound_cue", pa.string()),
        ("change", pa.struct([("direction", pa.string()), ("type", pa.string()), ("from_claim", pa.string())])),
        ("quote", pa.string()), ("start", pa.int64()), ("end", pa.int64()),
        ("sentence", pa.string()), ("sentence_start", pa.int64()),
        ("subject", pa.struct([("text", pa.string()), ("label", pa.string()), ("start", pa.int64()), ("end", pa.int64())])),
        ("property", pa.struct(span)),
        ("time_scope", pa.struct([("text", pa.string()), ("iso", pa.string()), ("start", pa.int64()), ("end", pa.int64())])),
        ("source", pa.struct([("text", pa.string()), ("type", pa.string()), ("cue", pa.string()),
                              ("start", pa.int64()), ("end", pa.int64())])),
        ("checkworthy", pa.float64()),
        ("provenance", pa.struct([
            ("url", pa.string()), ("title", pa.string()), ("published", pa.string()), ("site", pa.string()),
            ("raw_sha256", pa.string()), ("xpath", pa.string()), ("block_start", pa.int64()),
            ("block_end", pa.int64()), ("source_line", pa.int64()), ("source_col", pa.int64())])),
        ("extractor", pa.struct([("version", pa.string()), ("rule", pa.string()), ("model", pa.string())])),
    ])


def is_sqlite(path: str | Path) -> bool:
    """Is `path` a SQLite file (a store) rather than JSONL? FileNotFoundError when it is missing."""
    if not Path(path).exists():
        raise FileNotFoundError(f"{path}: no such file")
    with open(path, "rb") as fh:
        return fh.read(16) == b"SQLite format 3\x00"


def iter_claim_records(source: str | Path) -> Iterator[dict[str, Any]]:
    """claim/1 records from a SQLite store (.db, .sqlite) or a JSONL file (other lines skipped)."""
    source = Path(source)
    if is_sqlite(source):
        store = SqliteStore(source)
        try:
            yield from store.iter_claims()
        finally:
            store.close()
        return
    yield from iter_jsonl_records(source, ("claim/1",))


def iter_jsonl_records(path: str | Path, schemas: tuple[str, ...]) -> Iterator[dict[str, Any]]:
    """The records of the given schemas in a JSONL file, in file order (blank lines skipped)."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                record = json.loads(line)
                if record.get("schema") in schemas:
                    yield record


def export_parquet(source: str | Path, dest: str | Path, batch_rows: int = 10_000) -> int:
    """Write the claims of `source` (store or JSONL) to a Parquet file, in batches so memory stays
    bounded; returns the number of claims written."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = claim_arrow_schema()
    written = 0
    Path(dest).parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(str(dest), schema, compression="zstd") as writer:
        for batch in _batched(iter_claim_records(source), batch_rows):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            written += len(batch)
    return written


def _batched(items: Iterable[Any], n: int) -> Iterator[list[Any]]:
    batch: list[Any] = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            yield batch
            batch = []
    if batch:
        yield batch
