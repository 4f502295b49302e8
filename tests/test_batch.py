"""The batch engine: parallel workers, resume after SIGKILL, every input accounted for, Ray."""

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from extractor.batch import Summary, run
from extractor.store import JsonlSink, SqliteStore

from conftest import SEED_PAGES, wcxb_pages

pytestmark = pytest.mark.slow
CLAIMS = Path(sys.executable).with_name("claims")


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _run_into(tmp_path: Path, name: str, inputs, **kwargs) -> tuple[Summary, list[dict], Path]:
    out, db = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.db"
    with JsonlSink(out) as sink, SqliteStore(db, resume=False) as store:
        summary = run(inputs, [sink, store], **kwargs)
    return summary, _records(out), db


def _db_rows(db: Path) -> dict[str, list]:
    with SqliteStore(db) as store:
        q = store.conn.execute
        return {"documents": sorted(q("SELECT doc_id, input, url, title, published, site, raw_sha256, text, n_claims FROM documents")),
                "blocks": sorted(q('SELECT doc_id, idx, label, reason, tag, xpath, source_line, start, "end", text FROM blocks')),
                "claims": sorted(r[0] for r in q("SELECT record FROM claims")),
                "errors": sorted(q("SELECT input, doc_id, stage, error FROM errors"), key=repr),
                "sentences": sorted(q("SELECT sentence, doc_id, sentence_start FROM sentences"))}


def assert_every_input_once(records: list[dict], inputs: list[str]) -> None:
    """Every input appears exactly once, as a complete page (doc/1 marker with all its claims)
    or as an error record; no claim is there twice, none without its page."""
    done = Counter(r["input"] for r in records if r["schema"] in ("doc/1", "error/1"))
    assert done == Counter(inputs), (done - Counter(inputs), Counter(inputs) - done)
    markers = {r["doc_id"]: r for r in records if r["schema"] == "doc/1"}
    claims = [r for r in records if r["schema"] == "claim/1"]
    assert len({c["claim_id"] for c in claims}) == len(claims)
    assert Counter(c["doc_id"] for c in claims) == Counter({d: m["claims"] for d, m in markers.items() if m["claims"]})


@pytest.fixture(scope="module")
def mixed_inputs(tmp_path_factory):
    """Real pages, the seed pages and corrupt pages side by side, as paths (strings)."""
    import gzip

    folder = tmp_path_factory.mktemp("mixed")
    bad = {"random.html": os.urandom(3000), "empty.html": b"", "png.html": b"\x89PNG\r\n\x1a\n" + os.urandom(300),
           "cut.html.gz": gzip.compress(b"<html><body><p>cut 5 times</p></body></html>")[:25],
           "noise.html": b"<html><body><script>var x = 1;</script></body></html>"}
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    pages = [str(p) for p in wcxb_pages(6)] + [str(p) for p in SEED_PAGES]
    return pages[:3] + [str(folder / n) for n in bad] + pages[3:] + [str(folder / "missing.html")]


def test_batch_two_workers_write_what_one_writes_in_order(tmp_path, mixed_inputs, nlp):
    one, rec1, db1 = _run_into(tmp_path, "one", mixed_inputs, workers=1)
    two, rec2, db2 = _run_into(tmp_path, "two", mixed_inputs, workers=2)
    assert rec1 == rec2 and _db_rows(db1) == _db_rows(db2)
    for s in (one, two):
        assert s.inputs == len(mixed_inputs) == s.pages + s.errors and s.skipped == 0
        assert s.errors == 6 and s.claims == sum(r["schema"] == "claim/1" for r in rec1)
    assert len(two.worker_peak_rss) == 2 and os.getpid() not in two.worker_peak_rss
    assert all(rss > 50 * 2**20 for rss in two.worker_peak_rss.values())   # a worker holds a model
    assert_every_input_once(rec1, mixed_inputs)
    unordered, rec3, _ = _run_into(tmp_path, "three", mixed_inputs, workers=2, ordered=False)
    assert sorted(map(repr, rec3)) == sorted(map(repr, rec1))


def test_batch_resume_skips_what_is_done_and_adds_up(tmp_path, mixed_inputs, nlp):
    out, db = tmp_path / "o.jsonl", tmp_path / "o.db"
    half = mixed_inputs[:7]
    with JsonlSink(out) as sink, SqliteStore(db) as store:
        first = run(half, [sink, store], workers=1)
    with JsonlSink(out, resume=True) as sink, SqliteStore(db) as store:
        second = run(mixed_inputs, [sink, store], workers=1)
    assert (first.inputs, first.skipped) == (7, 0)
    assert second.inputs == len(mixed_inputs) and second.skipped == 7
    assert second.inputs == second.pages + second.errors + second.skipped
    assert second.line().endswith(", skipped 7 (already done)")
    assert_every_input_once(_records(out), mixed_inputs)
    with JsonlSink(out, resume=True) as sink:      # only the SQLite store misses a page:
        pass
    with SqliteStore(db) as store:
        doc_id = sorted(store.done_docs)[0]
        store.conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
    with JsonlSink(out, resume=True) as sink, SqliteStore(db) as store:
        third = run(mixed_inputs, [sink, store], workers=1)
        assert doc_id in store.done_docs
    assert (third.pages, third.skipped) == (1, len(mixed_inputs) - 1)   # redone for the store alone
    assert_every_input_once(_records(out), mixed_inputs)


def test_batch_same_page_twice_is_written_once(tmp_path, nlp):
    page = str(SEED_PAGES[0])
    summary, records, _ = _run_into(tmp_path, "dup", [page, page], workers=1)
    assert (summary.inputs, summary.pages, summary.skipped) == (2, 1, 1)
    assert sum(r["schema"] == "doc/1" for r in records) == 1


def _progress(out: Path) -> int:
    """Inputs complete in a JSONL output that may end in a torn line."""
    if not out.exists():
        return 0
    whole_lines = out.read_bytes().split(b"\n")[:-1]
    return sum(1 for line in whole_lines if b'"schema": "doc/1"' in line or b'"schema": "error/1"' in line)


@pytest.mark.parametrize("with_corrupt", [False, True], ids=["pages", "pages+corrupt"])
def test_batch_sigkill_midway_then_rerun_gives_every_input_exactly_once(tmp_path, mixed_inputs, with_corrupt, nlp):
    import psutil

    inputs = [str(p) for p in wcxb_pages(14)]
    if with_corrupt:
        inputs = mixed_inputs + inputs[6:]
    out, db = tmp_path / "o.jsonl", tmp_path / "o.db"
    command = [str(CLAIMS), "extract", *inputs, "-o", str(out), "--db", str(db), "--workers", "2"]
    proc = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while _progress(out) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    workers = psutil.Process(proc.pid).children(recursive=True)
    assert proc.poll() is None, "the run ended before it could be killed midway: " + proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    killed_at = _progress(out)
    assert 3 <= killed_at < len(inputs)
    gone, alive = psutil.wait_procs(workers, timeout=30)
    assert not alive, f"workers left running after their parent was killed: {alive}"

    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode in (0, 1) and "Traceback" not in rerun.stderr, rerun.stderr
    last = rerun.stderr.strip().splitlines()[-1]
    counts = dict(part.split(" ") for part in last.split(" (")[0].split(", "))
    n = {k: int(v) for k, v in counts.items()}
    assert n["inputs"] == len(inputs) == n["pages"] + n["errors"] + n.get("skipped", 0)
    # what was whole in both outputs was kept; the page in between sinks at the kill is redone
    assert killed_at - 1 <= n.get("skipped", 0) <= killed_at

    records = _records(out)
    assert_every_input_once(records, inputs)
    reference, ref_records, ref_db = _run_into(tmp_path, "ref", inputs, workers=1)
    assert sorted(map(repr, records)) == sorted(map(repr, ref_records))
    assert _db_rows(db) == _db_rows(ref_db)


def test_batch_a_worker_killed_midway_costs_no_page(tmp_path, nlp):
    """The OOM killer takes a worker: the pool is replaced, the chunks it held are done again,
    and the run ends with the same records as an undisturbed one."""
    inputs = [str(p) for p in wcxb_pages(12)]
    killed: list[int] = []

    def kill_one_worker(summary: Summary, _input: str) -> None:
        if not killed:
            killed.append(next(iter(summary.worker_peak_rss)))
            os.kill(killed[0], signal.SIGKILL)

    out = tmp_path / "k.jsonl"
    with JsonlSink(out) as sink:
        summary = run(inputs, [sink], workers=2, chunk_size=2, on_progress=kill_one_worker)
    assert killed and (summary.inputs, summary.pages + summary.errors) == (12, 12)
    assert len(summary.worker_peak_rss) > 2              # chunks were redone by new workers
    records = _records(out)
    assert_every_input_once(records, inputs)
    _, reference, _ = _run_into(tmp_path, "ref", inputs, workers=1)
    assert sorted(map(repr, records)) == sorted(map(repr, reference))


def _crash_on_marked_page(chunk):
    """A worker's task that dies like a segfault on a page whose name says so."""
    from extractor.batch import process_chunk

    if any("crash-me" in item.input for item in chunk):
        os._exit(139)
    return process_chunk(chunk)


def test_batch_a_page_that_kills_its_worker_becomes_an_error_record(tmp_path, nlp):
    from extractor.batch import CRASHED, LocalPool, _chunks, _windowed
    from extractor.load import iter_raw

    pages = wcxb_pages(5)
    crash = tmp_path / "crash-me.html.gz"
    crash.write_bytes(pages[0].read_bytes())          # a real page; only its name is marked
    inputs = [str(pages[1]), str(pages[2]), str(crash), str(pages[3]), str(pages[4])]
    pool = LocalPool(2, (None, False, True, None), task=_crash_on_marked_page)
    try:
        chunks = list(_windowed(_chunks(iter_raw(inputs), 2), pool.submit, pool.wait_any, pool.result,
                                window=4, ordered=True))
    finally:
        pool.shutdown()
    results = [r for _pid, _rss, rs in chunks for r in rs]
    assert [r["input"] for r in results] == inputs                  # each once, in order
    errors = {r["input"]: r["error"] for r in results if r["error"]}
    assert list(errors) == [str(crash)]
    assert errors[str(crash)]["error"] == CRASHED and errors[str(crash)]["stage"] == "nlp"
    assert all(r["claims"] for r in results if r["input"] != str(crash))


def _hang_on_marked_page(chunk):
    """A worker's task that never ends on a page whose name says so."""
    from extractor.batch import process_chunk

    if any("hang-me" in item.input for item in chunk):
        time.sleep(3600)
    return process_chunk(chunk)


@pytest.mark.parametrize("ordered", [True, False], ids=["ordered", "unordered"])
def test_batch_a_page_that_hangs_is_stopped_with_an_error_record(tmp_path, ordered, nlp):
    from extractor.batch import LocalPool, _chunks, _windowed
    from extractor.load import iter_raw

    pages = wcxb_pages(5)
    hang = tmp_path / "hang-me.html.gz"
    hang.write_bytes(pages[0].read_bytes())
    inputs = [str(pages[1]), str(hang), str(pages[2]), str(pages[3]), str(pages[4])]
    pool = LocalPool(2, (None, False, True, None), task=_hang_on_marked_page, page_timeout=4.0)
    started = time.monotonic()
    try:
        chunks = list(_windowed(_chunks(iter_raw(inputs), 2), pool.submit, pool.wait_any, pool.result,
                                window=4, ordered=ordered))
    finally:
        pool.shutdown()
    assert time.monotonic() - started < 120
    results = [r for _pid, _rss, rs in chunks for r in rs]
    assert sorted(r["input"] for r in results) == sorted(inputs)
    errors = {r["input"]: r["error"]["error"] for r in results if r["error"]}
    assert list(errors) == [str(hang)] and errors[str(hang)].startswith("stopped after 4 s")


def _quick_or_hang(chunk):
    """A stand-in task: 0.1 s a page, forever on a page whose name says so."""
    if any("hang-me" in item.input for item in chunk):
        time.sleep(3600)
    time.sleep(0.1 * len(chunk))
    return os.getpid(), 0, [{"input": item.input, "error": None} for item in chunk]


def test_batch_a_hung_page_is_stopped_while_other_pages_flow(nlp):
    """The other worker keeps finishing chunks, so 'no chunk came back for a while' never
    happens: the stuck chunk is stopped on its own clock, long before the run ends."""
    from extractor.batch import TIMED_OUT, LocalPool, _chunks, _windowed
    from extractor.load import LoadOptions, RawInput

    items = [RawInput(f"page-{i}", b"<p>1</p>") for i in range(150)]
    items.insert(3, RawInput("hang-me", b"<p>2</p>"))
    pool = LocalPool(2, (None, False, True, None), task=_quick_or_hang, page_timeout=1.5)
    try:
        results = [r for _pid, _rss, rs in _windowed(_chunks(iter(items), 2), pool.submit, pool.wait_any,
                                                      pool.result, window=6, ordered=False) for r in rs]
    finally:
        pool.shutdown()
    assert sorted(r["input"] for r in results) == sorted(i.input for i in items)
    at = next(i for i, r in enumerate(results) if r["input"] == "hang-me")
    assert results[at]["error"]["error"] == TIMED_OUT.format(1.5)
    assert at < len(results) - 20, f"the hung page was stopped only at result {at} of {len(results)}"


class _FailingSink(JsonlSink):
    def _write(self, result):
        raise OSError("disk full")


def test_batch_a_sink_error_ends_the_workers_at_once(tmp_path, nlp):
    import multiprocessing

    with _FailingSink(tmp_path / "o.jsonl") as sink, pytest.raises(OSError, match="disk full"):
        run([str(p) for p in wcxb_pages(8)], [sink], workers=2, chunk_size=2)
    assert multiprocessing.active_children() == []
    assert "CLAIMS_WORKER_WITHOUT_TORCH" not in os.environ


def _torch_in_this_process(chunk):
    import sys

    from extractor.batch import process_chunk

    pid, rss, results = process_chunk(chunk)
    loaded = sys.modules.get("torch") is not None
    import torch  # noqa: F401  (a user's own code in the worker can still have it)

    return pid, rss, [dict(r, torch=loaded) for r in results]


@pytest.mark.parametrize("cnn", [True, False], ids=["default-model", "other-model"])
def test_batch_workers_skip_torch_only_for_the_cnn_pipeline(cnn, nlp):
    from extractor.batch import LocalPool, _worker_env
    from extractor.load import iter_raw

    with _worker_env(cnn, 2):
        pool = LocalPool(2, (None, False, True, None), task=_torch_in_this_process)
        try:
            _pid, _rss, results = pool.result(pool.submit(list(iter_raw([str(SEED_PAGES[0])]))))
        finally:
            pool.shutdown()
    assert results[0]["claims"] and results[0]["torch"] is not cnn
    assert "CLAIMS_WORKER_WITHOUT_TORCH" not in os.environ            # the parent is left as it was


def _thread_limits_in_this_process(chunk):
    return os.getpid(), 0, [{var: os.environ.get(var) for var in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS")}]


def test_batch_workers_share_the_cores_among_native_thread_pools(monkeypatch, nlp):
    """Each worker's maths libraries get cores // workers threads (at least one), not a thread
    per core in every worker; a limit the user set stays, and the parent is left as it was."""
    from extractor.batch import LocalPool, _worker_env, default_workers
    from extractor.load import iter_raw

    monkeypatch.setenv("OMP_NUM_THREADS", "3")
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    with _worker_env(True, 2):
        pool = LocalPool(2, (None, False, True, None), task=_thread_limits_in_this_process)
        try:
            _pid, _rss, [limits] = pool.result(pool.submit(list(iter_raw([str(SEED_PAGES[0])]))))
        finally:
            pool.shutdown()
    assert limits == {"OPENBLAS_NUM_THREADS": str(max(1, default_workers() // 2)), "OMP_NUM_THREADS": "3"}
    assert "OPENBLAS_NUM_THREADS" not in os.environ and os.environ["OMP_NUM_THREADS"] == "3"


@pytest.fixture(scope="module")
def ray_local():
    ray = pytest.importorskip("ray") if os.environ.get("CI") != "true" else __import__("ray")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_batch_ray_engine_writes_the_same_records_as_the_local_engine(tmp_path, mixed_inputs, ray_local, nlp):
    local, local_records, local_db = _run_into(tmp_path, "local", mixed_inputs, workers=1)
    remote, ray_records, ray_db = _run_into(tmp_path, "ray", mixed_inputs, engine="ray", workers=2)
    assert ray_local.is_initialized()               # it used the instance it found, and left it up
    assert sorted(map(repr, ray_records)) == sorted(map(repr, local_records))
    assert ray_records == local_records            # ordered, as by default
    assert _db_rows(ray_db) == _db_rows(local_db)
    assert (remote.inputs, remote.pages, remote.errors, remote.claims) == (local.inputs, local.pages, local.errors, local.claims)
    assert len(remote.worker_peak_rss) == 2


SITE_BLURB = "The Valley Courier has covered farming and water in the valley since 1921."


def _site_dump(path: Path, numbers) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for i in numbers:
            story = " ".join(f"Sentence {j} of story {i} reports that {i * 7 + j} acres were irrigated."
                             for j in range(6))
            html = (f"<html><body><div><h1>Story number {i}</h1><p>{story}</p>"
                    f"<p>Farmers in district {i} said yields rose {i + 3}% this season.</p>"
                    f"<div><p>{SITE_BLURB}</p></div></div></body></html>")
            fh.write(json.dumps({"url": f"https://www.courier.example/news/{i}", "html": html}) + "\n")
    return path


def _blurb_labels(db: Path) -> dict[str, str]:
    with SqliteStore(db) as store:
        rows = store.conn.execute("SELECT d.url, b.label FROM blocks b JOIN documents d USING (doc_id) "
                                  "WHERE b.text = ?", (SITE_BLURB,))
        return {url.rsplit("/", 1)[1]: label for url, label in rows}


def test_batch_learns_site_templates_and_keeps_them_in_the_store(tmp_path, nlp):
    db = tmp_path / "t.db"
    with JsonlSink(tmp_path / "a.jsonl") as sink, SqliteStore(db) as store:
        run([str(_site_dump(tmp_path / "a.jsonl.in.jsonl", range(10)))], [sink, store], workers=1)
    labels = _blurb_labels(db)
    assert labels["0"] == "body" and labels["9"] == "template"     # the tenth page is cleaned better
    with SqliteStore(db) as store:
        kept = store.load_site_templates()["courier.example"]
    assert len(kept["pages"]) == 10
    # a later run starts from what the store kept: its first page of the site drops the blurb
    with JsonlSink(tmp_path / "b.jsonl") as sink, SqliteStore(db) as store:
        run([str(_site_dump(tmp_path / "b.in.jsonl", [42]))], [sink, store], workers=1)
    assert _blurb_labels(db)["42"] == "template"
    # and it can be turned off
    with SqliteStore(tmp_path / "off.db") as store:
        run([str(_site_dump(tmp_path / "c.in.jsonl", range(10)))], [store], workers=1, site_templates=False)
    assert set(_blurb_labels(tmp_path / "off.db").values()) == {"body"}


# -- hostile input: a limit gives an error record naming it, and the batch goes on -------------

from extractor.batch import process
from extractor.load import LoadOptions, RawInput
from extractor.settings import MiB, Settings

from hostile import SECRET, article, billion_laughs, deep_page, gzip_bomb, xxe_page

SMALL = Settings(max_inflated_bytes=4 * MiB, max_elements=5_000, max_text_chars=20_000)


@pytest.mark.parametrize("make, stage, limit", [
    (lambda: gzip_bomb(64 * MiB), "decode", "max_inflated_bytes = 4 MiB"),
    (lambda: deep_page(100_000), "clean", "max_depth = 2,000"),
    (lambda: article(6_000, words=2), "clean", "max_elements = 5,000"),
], ids=["gzip_bomb", "deep", "many_elements"])
def test_batch_a_page_over_a_limit_gets_an_error_record_naming_it(make, stage, limit):
    result = process(RawInput("hostile", make()), settings=SMALL)
    assert result["claims"] == [] and result["error"]["stage"] == stage
    assert result["error"]["error"].endswith(f"(limit {limit})")


def test_batch_text_past_the_cap_is_an_error_record_and_claims_before_it_are_kept(nlp):
    result = process(RawInput("long", article(400)), settings=SMALL)
    assert result["error"] is None and result["claims"]
    assert max(c["end"] for c in result["claims"]) <= 20_000
    partial = result["partial"]
    assert partial["stage"] == "nlp" and partial["error"].endswith("(limit max_text_chars = 20,000)")
    from extractor.store import records_of

    assert [r["schema"] for r in records_of(result)][-2:] == ["error/1", "doc/1"]
    summary = Summary(inputs=1)
    summary.count(result)
    assert (summary.pages, summary.errors, summary.partial) == (1, 0, 1) and "1 pages cut at max_text_chars" in summary.line()


def test_batch_windows_give_the_same_claims_once_each(nlp):
    """Windows far smaller than the page (but not than its sentences) change no claim; a
    run-on paragraph longer than a window is cut, and no figure in it is claimed twice."""
    from extractor.pipeline import extract_text

    short = "The council said spending rose 12 percent in 2023, to $4 million."
    run_on = " ".join(f"item {i} cost {i + 3} dollars" for i in range(300))
    text = "\n\n".join([short, run_on] * 3)
    wide = [c.to_dict() for c in _claims_with(text, Settings(nlp_window_chars=1_000_000))]
    narrow = [c.to_dict() for c in _claims_with(text, Settings(nlp_window_chars=1_000))]
    assert len({c["claim_id"] for c in narrow}) == len({(c["start"], c["kind"]) for c in narrow}) == len(narrow)
    assert len(narrow) == len(wide)                          # cut pieces: nothing found twice, nothing lost
    assert all(text[c["start"]:c["end"]] == c["quote"] for c in narrow)

    def in_short(claims):
        return [(c["start"], c["end"], c["kind"], c["value"], c["source"], c["time_scope"]) for c in claims
                if c["sentence"] == short]
    assert in_short(narrow) == in_short(wide) and len(in_short(narrow)) == 6     # 2 figures, 3 times
    assert extract_text(text)                                # the public entry point has claims too


def _claims_with(text: str, settings: Settings):
    from extractor.pipeline import extract_page, text_page

    return extract_page(text_page(text), settings=settings)


def test_batch_a_page_over_its_time_gets_an_error_record_from_its_stage(nlp):
    result = process(RawInput("slow", article(2_000)), settings=Settings(page_seconds=0.2))
    assert result["claims"] == [] and result["error"]["stage"] in ("decode", "clean", "nlp")
    assert result["error"]["error"] == "page took over 0.2 s of CPU (limit page_seconds = 0.2 s)"


def _bomb_under_a_memory_ceiling(extra_mb: int) -> dict:
    """In a fresh process: a ceiling `extra_mb` above what it uses, then a bomb with no inflation limit."""
    from extractor.batch import process, set_memory_ceiling

    bomb = gzip_bomb(1024 * MiB)
    data = int(next(line.split()[1] for line in open("/proc/self/status") if line.startswith("VmData"))) // 1024
    set_memory_ceiling(data + extra_mb)
    return process(RawInput("bomb", bomb), settings=Settings(max_inflated_bytes=2**40, worker_memory_mb=data + extra_mb))


def test_batch_a_page_over_the_memory_ceiling_gets_an_error_record():
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        result = pool.submit(_bomb_under_a_memory_ceiling, 200).result(timeout=300)
    assert result["error"]["stage"] == "decode"
    assert "needed more memory than the worker may use (limit worker_memory_mb = " in result["error"]["error"]


def test_batch_one_worker_runs_its_pages_in_a_child_process(tmp_path, nlp):
    page = tmp_path / "page.html"
    page.write_bytes(article(4))
    summary, records, _ = _run_into(tmp_path, "child", [str(page)], workers=1)
    assert summary.pages == 1 and summary.worker_peak_rss and os.getpid() not in summary.worker_peak_rss


def test_batch_pages_reach_no_server_and_no_file(tmp_path, http_server):
    """Pages that name a stylesheet, image, frame, script, refresh, DTD and entities on a server
    the test runs, and an XXE page naming a file the test writes: no request arrives, the
    file's content is in no output, and every page still gets its record."""
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    server = http_server
    refs = (f'<link rel="stylesheet" href="{server}/style.css"><script src="{server}/app.js"></script>'
            f'<meta http-equiv="refresh" content="0; url={server}/refresh">')
    body = (f'<p>Exports rose 7 percent in 2022.</p><img src="{server}/img.png">'
            f'<iframe src="{server}/frame"></iframe><object data="{server}/obj"></object>')
    pages = {"refs.html": f"<html><head>{refs}</head><body>{body}</body></html>".encode(),
             "xxe.html": xxe_page(secret, server), "laughs.html": billion_laughs()}
    for name, data in pages.items():
        (tmp_path / name).write_bytes(data)
    inputs = [str(tmp_path / name) for name in pages]
    summary, records, db = _run_into(tmp_path, "out", inputs, workers=1)
    assert http_server.requests == []
    outputs = (tmp_path / "out.jsonl").read_text(encoding="utf-8") + repr(_db_rows(db))
    assert SECRET not in outputs
    assert_every_input_once(records, inputs) and summary.pages + summary.errors == len(inputs)


# -- record invariants on generated pages (hypothesis) ------------------------------------------

from hypothesis import HealthCheck, given, settings as hypothesis_settings, strategies as st

_SENTENCES = st.lists(st.sampled_from([
    "Sales rose 12 percent to $4.5 million in 2023, the company said.", "About 1,200 people attended.",
    "Unemployment fell by two points last year.", "The team ranked third of 40.", "Nothing here.",
    "Prices, up 3% since March, hit a record 7.8 per cent", "¼ of the 1.2m residents voted"]), min_size=1, max_size=8)


@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_SENTENCES, min_size=1, max_size=6), st.sampled_from(["p", "div", "li", "td"]))
def test_batch_claims_quote_their_page_text_on_generated_pages(nlp, paragraphs, tag):
    html = "<html><body><article>" + "".join(f"<{tag}>{' '.join(p)}</{tag}>" for p in paragraphs) + \
           "</article></body></html>"
    result = process(RawInput("generated", html.encode()), with_page=True)
    if result["error"] is not None:
        assert result["error"]["stage"] == "clean" and "no article text" in result["error"]["error"]
        return
    text = result["page"]["text"]
    for claim in result["claims"]:
        assert text[claim["start"]:claim["end"]] == claim["quote"]
        assert text[claim["sentence_start"]:claim["sentence_start"] + len(claim["sentence"])] == claim["sentence"]
    assert len({c["claim_id"] for c in result["claims"]}) == len(result["claims"])


_KINDS = ["page", "page", "bomb", "deep", "binary", "empty", "missing", "repeat"]


@hypothesis_settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.lists(st.sampled_from(_KINDS), min_size=1, max_size=12), st.integers(0, 10))
def test_batch_inputs_are_pages_plus_errors_plus_skipped(tmp_path_factory, kinds, done_first):
    """Any mixture of pages, hostile pages, missing files and repeats, some already done by an
    earlier run: every input is counted once, and the JSONL holds exactly what was counted."""
    folder = tmp_path_factory.mktemp("mix")
    makers = {"page": lambda i: article(2, seed=i), "bomb": lambda i: gzip_bomb(8 * MiB) + b"\0" * i,
              "deep": lambda i: deep_page(3_000 + i), "binary": lambda i: bytes(range(256)) * (i + 1),
              "empty": lambda i: b" " * i}
    inputs = []
    for i, kind in enumerate(kinds):
        path = folder / f"{i}-{kind}.html"
        if kind in makers:
            path.write_bytes(makers[kind](i))
        inputs.append(inputs[-1] if kind == "repeat" and inputs else str(path))
    out = folder / "out.jsonl"
    options = LoadOptions(settings=Settings(max_inflated_bytes=MiB))
    if inputs[:done_first]:
        with JsonlSink(out) as sink:
            run(inputs[:done_first], [sink], workers=1, options=options, site_templates=False)
    with JsonlSink(out, resume=True) as sink:
        summary = run(inputs, [sink], workers=1, options=options, site_templates=False)
    assert summary.inputs == len(inputs) == summary.pages + summary.errors + summary.skipped
    assert summary.pages + summary.errors == len(set(inputs) - set(inputs[:done_first]))
    schemas = Counter(r["schema"] for r in _records(out))
    assert schemas["doc/1"] + schemas["error/1"] == len(set(inputs))
