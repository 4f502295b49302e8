"""Sinks: JSONL with doc/1 markers and resume, the SQLite store, Parquet export."""

import json
import sqlite3

import pytest

from extractor.store import DOC_SCHEMA, JsonlSink, SqliteStore, export_parquet, iter_claim_records, records_of

pytestmark = pytest.mark.slow      # the results come from the real pipeline


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_store_results_are_what_the_fixture_says(seed_results):
    pages, quiet, png = seed_results[:2], seed_results[2], seed_results[3]
    assert all(r["error"] is None and r["claims"] for r in pages)
    assert quiet["error"] is None and quiet["claims"] == []
    assert png["error"]["schema"] == "error/1" and png["error"]["stage"] == "decode"


def test_store_jsonl_writes_claims_then_a_doc_marker_even_for_zero_claims(tmp_path, seed_results):
    out = tmp_path / "o.jsonl"
    with JsonlSink(out) as sink:
        for r in seed_results:
            sink.write(r)
    records = _lines(out)
    markers = [r for r in records if r["schema"] == DOC_SCHEMA]
    assert [m["input"] for m in markers] == [r["input"] for r in seed_results[:3]]
    assert markers[2]["claims"] == 0
    assert all(0 <= m["confidence"] <= 1 for m in markers)      # the cleaner's, for batch users to filter on
    assert [r["input"] for r in records if r["schema"] == "error/1"] == ["png.html"]
    assert sum(r["schema"] == "claim/1" for r in records) == sum(len(r["claims"]) for r in seed_results)
    assert records == [rec for r in seed_results for rec in records_of(r)]


def test_store_jsonl_resume_cuts_a_half_written_document(tmp_path, seed_results):
    out = tmp_path / "o.jsonl"
    first, second = seed_results[0], seed_results[1]
    with JsonlSink(out) as sink:
        sink.write(first)
    whole = out.read_bytes()
    half = "".join(json.dumps(c) + "\n" for c in second["claims"][:3]) + json.dumps(second["claims"][3])[:50]
    out.write_bytes(whole + half.encode())        # killed while writing the second page
    with JsonlSink(out, resume=True) as sink:
        assert sink.done_docs == {first["doc_id"]} and sink.done_errors == set()
        assert out.read_bytes() == whole
        assert sink.is_done(second["input"], first["doc_id"]) and not sink.is_done(second["input"], second["doc_id"])
        sink.write(first)                          # already there: not written twice
        sink.write(second)
    claim_ids = [r["claim_id"] for r in _lines(out) if r["schema"] == "claim/1"]
    assert len(claim_ids) == len(set(claim_ids)) == len(first["claims"]) + len(second["claims"])


def test_store_jsonl_resume_knows_errors_and_fresh_starts_over(tmp_path, seed_results):
    out = tmp_path / "o.jsonl"
    with JsonlSink(out) as sink:
        for r in seed_results:
            sink.write(r)
    with JsonlSink(out, resume=True) as sink:
        png = seed_results[3]
        assert sink.is_done("png.html", png["doc_id"]) and not sink.is_done("other.png.html", png["doc_id"])
        assert len(sink.done_docs) == 3
    JsonlSink(out).close()
    assert out.read_text() == ""


def test_store_sqlite_holds_documents_blocks_claims_errors(tmp_path, seed_results):
    with SqliteStore(tmp_path / "c.db") as store:
        for r in seed_results:
            store.write(r)
        counts = store.counts()
        assert counts["documents"] == 3 and counts["errors"] == 1
        assert counts["claims"] == sum(len(r["claims"]) for r in seed_results)
        assert counts["blocks"] == sum(len(r["page"]["blocks"]) for r in seed_results[:3])
        assert list(store.iter_claims()) == [c for r in seed_results for c in r["claims"]]
        assert list(store.iter_errors()) == [seed_results[3]["error"]]
        text, confidence = store.conn.execute("SELECT text, confidence FROM documents WHERE doc_id = ?",
                                              (seed_results[0]["doc_id"],)).fetchone()
        assert confidence == seed_results[0]["meta"]["confidence"] and 0.5 < confidence <= 1
        for c in seed_results[0]["claims"]:        # offsets index the stored page text
            assert text[c["start"]:c["end"]] == c["quote"]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_sqlite_adds_the_confidence_column_to_an_older_store(tmp_path, seed_results):
    conn = sqlite3.connect(tmp_path / "old.db")
    conn.execute("CREATE TABLE documents (doc_id TEXT PRIMARY KEY, input TEXT NOT NULL, url TEXT, title TEXT,"
                 " published TEXT, site TEXT, raw_sha256 TEXT, text TEXT, n_claims INTEGER NOT NULL,"
                 " processed_at TEXT DEFAULT CURRENT_TIMESTAMP)")
    conn.commit()
    conn.close()
    with SqliteStore(tmp_path / "old.db") as store:
        store.write(seed_results[0])
        [(confidence,)] = store.conn.execute("SELECT confidence FROM documents").fetchall()
        assert confidence == seed_results[0]["meta"]["confidence"]


def test_store_sqlite_full_text_search_over_sentences(tmp_path, seed_results):
    with SqliteStore(tmp_path / "c.db") as store:
        for r in seed_results:
            store.write(r)
        hits = store.search("patents")
        assert hits and all("patent" in h["sentence"].lower() for h in hits)
        claims = {c["claim_id"]: c for r in seed_results for c in r["claims"]}
        for h in hits:
            assert h["claim_ids"] and all(claims[i]["sentence"] == h["sentence"] for i in h["claim_ids"])
        assert store.search("zzyzx") == []


def test_store_sqlite_one_transaction_per_document(tmp_path, seed_results):
    broken = dict(seed_results[0], claims=seed_results[0]["claims"][:2] + [{"claim_id": "x"}])
    with SqliteStore(tmp_path / "c.db") as store:
        with pytest.raises(KeyError):
            store.write(broken)                    # fails half-way: nothing of it stays
        assert store.counts() == {"documents": 0, "blocks": 0, "claims": 0, "errors": 0, "sentences": 0}
        assert store.done_docs == set()
        store.write(seed_results[0])
    with SqliteStore(tmp_path / "c.db") as store:
        assert store.done_docs == {seed_results[0]["doc_id"]}
        assert store.counts()["claims"] == len(seed_results[0]["claims"])
    with SqliteStore(tmp_path / "c.db", resume=False) as store:
        assert store.counts()["documents"] == 0 and store.done_docs == set()


def test_store_sqlite_site_templates_round_trip(tmp_path):
    with SqliteStore(tmp_path / "c.db") as store:
        store.save_site_template("www.wipo.int", {"chrome": ["Share this page"], "pages": 3})
        store.save_site_template("www.wipo.int", {"chrome": ["Share", "Subscribe"], "pages": 4})
        store.save_site_template("example.org", {})
    with SqliteStore(tmp_path / "c.db") as store:
        assert store.load_site_templates() == {"www.wipo.int": {"chrome": ["Share", "Subscribe"], "pages": 4},
                                               "example.org": {}}


def test_store_sqlite_refuses_a_store_of_another_version(tmp_path):
    conn = sqlite3.connect(tmp_path / "c.db")
    conn.execute("PRAGMA user_version=7")
    conn.close()
    with pytest.raises(ValueError, match="schema version 7"):
        SqliteStore(tmp_path / "c.db")


@pytest.mark.parametrize("source", ["jsonl", "db"])
def test_store_parquet_export_keeps_every_claim(tmp_path, seed_results, source):
    import pyarrow.parquet as pq

    path = tmp_path / ("c.db" if source == "db" else "c.jsonl")
    with (SqliteStore(path) if source == "db" else JsonlSink(path)) as sink:
        for r in seed_results:
            sink.write(r)
    expected = [c for r in seed_results for c in r["claims"]]
    assert list(iter_claim_records(path)) == expected
    assert export_parquet(path, tmp_path / "c.parquet", batch_rows=7) == len(expected)
    rows = pq.read_table(tmp_path / "c.parquet").to_pylist()
    assert rows == expected


def test_store_iso_period_bounds():
    from extractor.store import iso_period

    assert iso_period("2011/2021") == ("2011-01-01", "2021-12-31")
    assert iso_period("2019/2021-09-28") == ("2019-01-01", "2021-09-28")
    assert iso_period("2023-05") == ("2023-05-01", "2023-05-31")
    assert iso_period("In the past decade") is None and iso_period(None) is None


def test_store_caches_vectors_by_model_and_key(tmp_path):
    from extractor.store import SqliteStore

    with SqliteStore(tmp_path / "v.db") as store:
        store.put_vectors("m", [("a", b"\x00\x01"), ("b", b"\x02")])
        assert store.get_vectors("m", ["a", "b", "c"]) == {"a": b"\x00\x01", "b": b"\x02"}
        assert store.get_vectors("other", ["a"]) == {}
    with SqliteStore(tmp_path / "v.db", resume=False) as store:      # a fresh run keeps the cache
        assert store.get_vectors("m", ["a"]) == {"a": b"\x00\x01"}
