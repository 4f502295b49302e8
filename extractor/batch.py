"""Run the pipeline over many inputs, in parallel, resumably, and account for every one of them.

The parent process reads inputs (load.iter_raw: bytes and where they came from), skips those
the sinks already hold (by doc_id), and sends the rest in chunks to workers; each worker loads
the spaCy pipeline once and sends back plain dicts (`process`): the claim/1 records of a page
or the error/1 record of an input that failed. Only the parent writes to the sinks, one result
at a time, so a run killed at any moment leaves every sink with whole documents only.

Engines: `local` (a pool of `workers` processes started with 'spawn'; one worker runs in this
process) and `ray` (one Ray actor per worker, local or on a cluster at `address`). Both keep a
bounded number of chunks in flight, so memory does not grow with the size of the crawl, and
both can keep the input order in the output (`ordered`).

A worker that dies (killed by the system, or a crash in a native library) does not end the run:
the local engine replaces its pool and redoes the chunks in flight one page at a time, so that a
page that kills its worker again gets an error record of its own (LocalPool).

Every input ends as a page done, an error record, or skipped as already done:
inputs = pages + errors + skipped, always.
"""

from __future__ import annotations

import os
import resource
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from contextlib import closing, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .clean import SiteTemplates, site_of
from .load import LoadOptions, RawInput, count_inputs, iter_raw, to_document
from .settings import DEFAULTS, MiB, Settings, limit_message
from .types import ErrorRecord, ExtractorError

CHUNK_SIZE = 4          # pages per task sent to a worker
WINDOW_PER_WORKER = 3   # chunks in flight per worker
PAGE_TIMEOUT = DEFAULTS.page_timeout


@dataclass(slots=True)
class Summary:
    inputs: int = 0
    pages: int = 0
    errors: int = 0
    claims: int = 0
    skipped: int = 0                            # already done in the sinks, or a repeat in this run
    partial: int = 0                            # pages done whose text was cut at max_text_chars
    seconds: float = 0.0
    worker_peak_rss: dict[int, int] = field(default_factory=dict)   # pid -> peak RSS in bytes

    def count(self, result: dict[str, Any]) -> None:
        """Count one result written: an error, or a page with its claims."""
        if result["error"] is not None:
            self.errors += 1
            return
        self.pages += 1
        self.partial += result.get("partial") is not None
        self.claims += len(result["claims"])

    def line(self) -> str:
        text = f"inputs {self.inputs}, pages {self.pages}, errors {self.errors}, claims {self.claims}"
        text += f", skipped {self.skipped} (already done)" if self.skipped else ""
        return text + (f"; {self.partial} pages cut at max_text_chars (an error record each)" if self.partial else "")


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:                      # not on Linux
        return max(1, os.cpu_count() or 1)


# -- worker side -----------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def init_worker(model: str | None, with_page: bool, watch_parent: bool = False,
                templates: dict | None = None, settings: Settings | None = None) -> None:
    """Load the pipeline once for this process. `watch_parent`: this is a worker process: end
    it when the process that started it is gone (killed with SIGKILL, say), instead of idling
    as an orphan, and hold it to the memory ceiling of `settings`. `templates`: site templates
    known so far (SiteTemplates.to_dict()), or None to learn none; each worker then goes on
    learning from the pages it cleans."""
    from .clean import SiteTemplates
    from .nlp import get_nlp

    import multiprocessing

    settings = settings or DEFAULTS
    if watch_parent:                 # the process that started this one, even if it is already gone
        parent = multiprocessing.parent_process()
        _watch_parent(parent.pid if parent is not None else os.getppid())
    get_nlp(model)
    if watch_parent:
        set_memory_ceiling(settings.worker_memory_mb)
        forbid_network()
    _WORKER.update(model=model, with_page=with_page, settings=settings,
                   templates=None if templates is None else SiteTemplates.from_dict(templates))


NETWORK_EVENTS = frozenset({"socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto",
                            "urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect"})


def forbid_network() -> None:
    """From now on this process cannot reach the network: whatever a page names (a stylesheet,
    an image, a frame, a DTD, a redirect) and whatever a library might try with it, the attempt
    raises PermissionError, which ends as the page's error record. Workers never need the
    network (URL inputs are fetched by the parent, because the user named them); an audit hook
    cannot be removed, so this is for worker processes only."""
    def hook(event: str, args: tuple) -> None:
        if event in NETWORK_EVENTS:
            raise PermissionError(f"a worker process may not use the network ({event} {args[:2]!r})")

    import sys

    sys.addaudithook(hook)


def set_memory_ceiling(mb: int) -> None:
    """Hold this process to `mb` MiB of data (RLIMIT_DATA: heap and private mappings, which is
    what a page can make grow; not the shared libraries and reserved address space that make
    RLIMIT_AS useless with spaCy loaded). An allocation past it fails with MemoryError, which
    `process` turns into the page's error record. 0: no ceiling."""
    if mb <= 0:
        return
    _soft, hard = resource.getrlimit(resource.RLIMIT_DATA)
    limit = mb * MiB if hard == resource.RLIM_INFINITY else min(mb * MiB, hard)
    resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))


def _watch_parent(parent: int, every: float = 0.5) -> None:
    import threading

    def watch():
        while os.getppid() == parent:
            time.sleep(every)
        os._exit(1)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


class OverTime(BaseException):
    """The page used its time (Settings.page_seconds). A BaseException, so that the stages'
    `except Exception` (which turn bugs into error records) let it through to `process`."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise OverTime in this (main) thread once this process has used `seconds` of CPU
    (ITIMER_PROF: the work a page makes, so a legitimate long page is not cut short because
    the machine is busy); elsewhere, or with 0, do nothing. A page stuck in C code is ended with
    its worker, by LocalPool, after Settings.page_timeout seconds of wall time."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def on_alarm(signum, frame):
        raise OverTime

    previous = signal.signal(signal.SIGPROF, on_alarm)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)


def _error_result(error: ErrorRecord) -> dict[str, Any]:
    return {"input": error.input, "doc_id": error.doc_id, "claims": [], "error": error.to_dict(),
            "meta": None, "page": None}


def _stages(item: RawInput, model: str | None, templates, settings: Settings, stage: list[str]):
    """decode, clean, nlp for one input, with `stage[0]` saying which one is running."""
    from .pipeline import extract_document

    document = to_document(item, settings)
    return (document, *extract_document(document, model, templates, settings, stage))


def _limit_error(item: RawInput, stage: str, error: BaseException, settings: Settings) -> ErrorRecord:
    """The error record of a page that stopped on `error` in `stage`, naming the limit it hit."""
    if isinstance(error, ExtractorError):
        stage, cause = error.stage, error.__cause__ or error.__context__
        if not isinstance(cause, MemoryError):
            return ErrorRecord(item.input, stage, str(error), item.doc_id)
    if isinstance(error, OverTime):
        message = limit_message(f"page took over {settings.page_seconds:g} s of CPU", "page_seconds",
                                f"{settings.page_seconds:g} s")
    else:
        message = limit_message("page needed more memory than the worker may use", "worker_memory_mb",
                                f"{settings.worker_memory_mb:,} MiB")
    return ErrorRecord(item.input, stage, message, item.doc_id)


def process(item: RawInput | ErrorRecord, model: str | None = None, with_page: bool = False,
            templates=None, settings: Settings = DEFAULTS) -> dict[str, Any]:
    """One input -> its result: {input, doc_id, claims: [claim/1], error: error/1 or None,
    meta: page metadata, page: {text, blocks} when `with_page` (for the SQLite store), partial:
    the error/1 record naming max_text_chars when the page's text was cut there, else None}.
    A page over a limit (time, memory, or one a stage checks) gets an error record naming it."""
    if isinstance(item, ErrorRecord):
        return _error_result(item)
    stage = ["decode"]
    try:
        with time_budget(settings.page_seconds):
            document, page, claims, cut = _stages(item, model, templates, settings, stage)
    except (ExtractorError, OverTime, MemoryError) as e:
        return _error_result(_limit_error(item, stage[0], e, settings))
    meta = {"url": page.meta.url or item.url, "title": page.meta.title, "published": page.meta.published,
            "site": page.meta.site, "raw_sha256": page.raw_sha256, "confidence": page.meta.confidence}
    partial = None if cut is None else ErrorRecord(item.input, "nlp", cut, item.doc_id).to_dict()
    result = {"input": item.input, "doc_id": item.doc_id, "claims": [c.to_dict() for c in claims],
              "error": None, "meta": meta, "page": None, "site": site_of(document.url or page.meta.url),
              "partial": partial}
    if with_page:
        result["page"] = {"text": page.text, "blocks": [
            {"label": b.label, "reason": b.reason, "tag": b.tag, "xpath": b.xpath, "source_line": b.source_line,
             "start": b.start, "end": b.end, "text": b.text} for b in page.blocks]}
    return result


def peak_rss() -> int:
    """This process's peak resident memory, in bytes."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def process_chunk(chunk: list[RawInput | ErrorRecord]) -> tuple[int, int, list[dict[str, Any]]]:
    """A worker's task: (pid, peak RSS, results) for a chunk of inputs."""
    results = [process(item, _WORKER.get("model"), _WORKER.get("with_page", False), _WORKER.get("templates"),
                       _WORKER.get("settings", DEFAULTS)) for item in chunk]
    return os.getpid(), peak_rss(), results


# -- engines: chunks in, results out, with a bounded window ----------------------------------

def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _windowed(chunks: Iterator[list], submit: Callable[[list], Any], wait_any: Callable[[list], list],
              result_of: Callable[[Any], tuple], window: int, ordered: bool) -> Iterator[tuple]:
    """Keep at most `window` chunks between submission and output; yield each chunk's result
    tuple, in submission order when `ordered`."""
    pending: deque = deque()                    # (seq, handle) in submission order
    done: dict[int, tuple] = {}
    next_out = 0
    seq = 0
    exhausted = False
    while True:
        while not exhausted and seq - next_out < window:
            chunk = next(chunks, None)
            if chunk is None:
                exhausted = True
                break
            pending.append((seq, submit(chunk)))
            seq += 1
        if not pending and not done:
            return
        if ordered:
            if next_out in done:
                yield done.pop(next_out)
                next_out += 1
                continue
            head_seq, head = pending.popleft()
            done[head_seq] = result_of(head)
            continue
        finished = set(map(id, wait_any([h for _, h in pending])))
        keep = deque()
        for s, h in pending:
            if id(h) in finished:
                next_out += 1
                yield result_of(h)
            else:
                keep.append((s, h))
        pending = keep


def results_local(items: Iterable[RawInput | ErrorRecord], workers: int, model: str | None, with_page: bool,
                  ordered: bool = True, chunk_size: int = CHUNK_SIZE, templates: dict | None = None,
                  settings: Settings = DEFAULTS) -> Iterator[tuple[int, int, list[dict]]]:
    """(pid, peak RSS, results) per chunk from a pool of `workers` processes ('spawn'), one
    worker process too when `workers` is 1, so that every page runs under the same limits,
    time-out and recovery from a dead worker (`extract()` from Python runs in-process)."""
    from .nlp import DEFAULT_MODELS, resolve_model

    workers = max(1, workers)
    with _worker_env(resolve_model(model) in DEFAULT_MODELS, workers):
        pool = LocalPool(workers, (model, with_page, True, templates, settings), page_timeout=settings.page_timeout)
        try:
            yield from _windowed(_chunks(items, chunk_size), submit=pool.submit, wait_any=pool.wait_any,
                                 result_of=pool.result, window=workers * WINDOW_PER_WORKER, ordered=ordered)
        except BaseException:                    # an error, Ctrl-C, or the caller stopped reading:
            pool.shutdown(kill=True)             # do not wait for queued work, nor for a stuck page
            raise
        pool.shutdown()


# the thread pools of native maths libraries, read once when each library loads
THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _worker_env(cnn_pipeline: bool, workers: int) -> Iterator[None]:
    """The environment worker processes started meanwhile inherit:
    - no torch (see extractor/__init__.py) when the pipeline is one of the CNN defaults; a
      transformer pipeline given by --model needs it;
    - the cores shared out among the workers: each native maths library (OpenBLAS, MKL, OpenMP)
      runs max(1, cores // workers) threads, as joblib's workers do, instead of one thread per
      core in every worker, which then wait on each other (about 10% of the CPU spent in spaCy
      on two cores). A limit the user has set stays."""
    from . import WITHOUT_TORCH

    threads = str(max(1, default_workers() // max(1, workers)))
    wanted = {WITHOUT_TORCH: "1" if cnn_pipeline else None} | {var: os.environ.get(var, threads) for var in THREAD_VARS}
    before = {var: os.environ.get(var) for var in wanted}
    try:
        _set_env(wanted)
        yield
    finally:
        _set_env(before)


def _set_env(values: dict[str, str | None]) -> None:
    for var, value in values.items():
        if value is None:
            os.environ.pop(var, None)
        else:
            os.environ[var] = value


CRASHED = ("the worker process died on this page (killed by the system, out of memory, or a crash in a "
           "native library)")
TIMED_OUT = "stopped after {:g} s: the page took too long (its worker was ended)"
MAX_CRASHES_IN_A_ROW = 5


class LocalPool:
    """Worker processes that outlive the death of one of them.

    A worker killed mid-run (by the OOM killer, say, or a segfault in a native library on a
    hostile page) breaks a ProcessPoolExecutor and fails every chunk in flight. The pool is
    then replaced, and each failed chunk is run again one page at a time in a separate
    one-worker pool (the quarantine, ended after each chunk), so that a page that kills its
    worker again is known for certain: it gets an error record (CRASHED) and the run goes on.
    Only when workers die on MAX_CRASHES_IN_A_ROW pages in a row, or a worker cannot even start
    (a broken install, not a bad page), does the run stop, with a clear error; what was written
    is complete and a re-run resumes. `task` is what a worker runs on a chunk.

    A page that hangs (a pathological input in C code that no signal interrupts) is handled the
    same way: a chunk still running `page_timeout` seconds per page after a worker took it
    (twice that, as a worker may hold one chunk queued behind another) gets the workers ended,
    and in the one-by-one rerun the page that takes longer than `page_timeout` gets an error
    record (TIMED_OUT)."""

    def __init__(self, workers: int, initargs: tuple, task: Callable[[list], tuple] | None = None,
                 page_timeout: float | None = PAGE_TIMEOUT):
        self.workers, self.initargs = workers, initargs
        self.task = task or process_chunk
        self.page_timeout = page_timeout
        self.generation = 0
        self.pool = self._new(workers)
        self.quarantine: ProcessPoolExecutor | None = None
        self.crashes_in_a_row = 0
        self.taken: dict[Future, float] = {}     # when a worker was first seen holding the chunk

    def _new(self, n: int) -> ProcessPoolExecutor:
        import multiprocessing as mp

        return ProcessPoolExecutor(n, mp_context=mp.get_context("spawn"), initializer=init_worker,
                                   initargs=self.initargs)

    def _replace(self, generation: int) -> None:
        if generation == self.generation:        # the first to see this pool broken replaces it
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._new(self.workers)
            self.generation += 1
            self.taken.clear()

    def submit(self, chunk: list) -> tuple[int, list, Future]:
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.generation, chunk, self.pool.submit(self.task, chunk)
        except BrokenProcessPool:                # a worker died while the pool was idle
            self._replace(self.generation)
            return self.generation, chunk, self.pool.submit(self.task, chunk)

    @staticmethod
    def _end(pool: ProcessPoolExecutor) -> None:
        """Kill a pool's workers: its pending futures then fail with BrokenProcessPool."""
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()

    def _poll(self) -> float | None:
        return None if self.page_timeout is None else min(1.0, self.page_timeout / 4)

    def _end_if_stuck(self, handles: list[tuple[int, list, Future]]) -> None:
        """End the workers when a chunk of the current pool has been running too long."""
        if self.page_timeout is None:
            return
        now = time.monotonic()
        for generation, chunk, future in handles:
            if generation != self.generation or not future.running():
                continue
            taken = self.taken.setdefault(future, now)
            if now - taken > 2 * self.page_timeout * len(chunk):
                self._end(self.pool)
                return

    def wait_any(self, handles: list[tuple[int, list, Future]]) -> list[tuple[int, list, Future]]:
        futures = [h[2] for h in handles]
        while True:                              # other chunks may keep coming back: check each time
            self._end_if_stuck(handles)
            done = wait(futures, timeout=self._poll(), return_when=FIRST_COMPLETED).done
            if done:
                return [h for h in handles if h[2] in done]

    def result(self, handle: tuple[int, list, Future]) -> tuple[int, int, list[dict]]:
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        generation, chunk, future = handle
        try:
            while True:
                try:
                    out = future.result(timeout=self._poll())
                    break
                except FutureTimeout:
                    self._end_if_stuck([handle])
            self.crashes_in_a_row = 0
            return out
        except BrokenProcessPool:
            self._replace(generation)
        finally:
            self.taken.pop(future, None)
        try:
            return self._one_by_one(chunk)
        finally:                                 # no idle extra process between recoveries
            if self.quarantine is not None:
                self.quarantine.shutdown(wait=False, cancel_futures=True)
                self.quarantine = None

    def _ready_quarantine(self) -> ProcessPoolExecutor:
        """A started one-worker pool with the model loaded, so that a page is timed alone; a
        worker that cannot start twice over is a broken install, not a bad page."""
        from concurrent.futures.process import BrokenProcessPool

        for _attempt in range(2):
            if self.quarantine is None:
                self.quarantine = self._new(1)
            try:
                self.quarantine.submit(os.getpid).result(timeout=600)
                return self.quarantine
            except (BrokenProcessPool, TimeoutError):
                self._end(self.quarantine)
                self.quarantine.shutdown(wait=False, cancel_futures=True)
                self.quarantine = None
        raise ExtractorError("nlp", "a worker process could not start (loading the model failed or took over "
                                    "10 minutes); what was written is complete: re-run the same command to resume")

    def _one_by_one(self, chunk: list) -> tuple[int, int, list[dict]]:
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        pid = rss = 0
        results = []
        for item in chunk:
            quarantine = self._ready_quarantine()
            try:
                pid, rss, (result,) = quarantine.submit(self.task, [item]).result(timeout=self.page_timeout)
                self.crashes_in_a_row = 0
            except (FutureTimeout, BrokenProcessPool) as e:
                self._end(quarantine)
                quarantine.shutdown(wait=False, cancel_futures=True)
                self.quarantine = None
                if isinstance(e, FutureTimeout):
                    message = TIMED_OUT.format(self.page_timeout)
                else:
                    self.crashes_in_a_row += 1
                    if self.crashes_in_a_row >= MAX_CRASHES_IN_A_ROW:
                        raise ExtractorError("nlp", f"worker processes died on {self.crashes_in_a_row} pages in a "
                                                    "row (out of memory, or a broken install); what was written "
                                                    "is complete: re-run the same command to resume") from None
                    message = CRASHED
                result = process(ErrorRecord(item.input, "nlp", message, item.doc_id))
            results.append(result)
        return pid, rss, results

    def shutdown(self, kill: bool = False) -> None:
        """Let the workers finish and exit, or (`kill`) end them now."""
        for pool in (self.pool, self.quarantine):
            if pool is not None:
                if kill:
                    self._end(pool)
                pool.shutdown(wait=True, cancel_futures=True)


class RayWorker:
    """A Ray actor: the pipeline loaded once, then chunks of inputs in, results out."""

    def __init__(self, model: str | None, with_page: bool, templates: dict | None = None,
                 settings: Settings | None = None):
        init_worker(model, with_page, templates=templates, settings=settings)
        set_memory_ceiling((settings or DEFAULTS).worker_memory_mb)

    def run(self, chunk: list[RawInput | ErrorRecord]) -> tuple[int, int, list[dict[str, Any]]]:
        return process_chunk(chunk)


def results_ray(items: Iterable[RawInput | ErrorRecord], workers: int | None, model: str | None, with_page: bool,
                ordered: bool = True, address: str | None = None,
                chunk_size: int = CHUNK_SIZE, templates: dict | None = None,
                settings: Settings = DEFAULTS) -> Iterator[tuple[int, int, list[dict]]]:
    """The same chunks through Ray actors: a local Ray instance (`address` None) with `workers`
    CPUs, or the cluster at `address` ('auto' or 'ray://host:10001'), one actor per worker."""
    try:
        import ray
    except ImportError:
        raise ExtractorError("nlp", "the ray engine needs Ray: pip install 'claim-extractor[ray]'") from None
    started = False
    if not ray.is_initialized():
        kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": "ERROR"}
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=workers or default_workers(), **kwargs)
        started = True
    try:
        n = workers or max(1, int(ray.cluster_resources().get("CPU", 1)))
        actor_cls = ray.remote(num_cpus=1)(RayWorker)
        actors = [actor_cls.remote(model, with_page, templates, settings) for _ in range(n)]
        turn = iter(range(1 << 62))

        def submit(chunk):
            return actors[next(turn) % n].run.remote(chunk)

        def wait_any(refs):
            ready, _ = ray.wait(refs, num_returns=1)
            return ready

        try:
            yield from _windowed(_chunks(items, chunk_size), submit, wait_any, ray.get,
                                 window=n * WINDOW_PER_WORKER, ordered=ordered)
        finally:
            for actor in actors:
                ray.kill(actor)
    finally:
        if started:
            ray.shutdown()


# -- the driver ------------------------------------------------------------------------------

def _worker_count(workers: int | None, on_cluster: bool, inputs: list) -> int | None:
    """`workers`, else every core (None: a Ray cluster's own count); never more than the pages."""
    workers = workers or (None if on_cluster else default_workers())
    total = count_inputs(inputs)
    if workers and total is not None:
        workers = max(1, min(workers, total))
    return workers


def _not_done(items: Iterator, done: Callable[[str, str | None], bool], summary: Summary) -> Iterator:
    """The inputs the sinks do not hold yet; the others counted as skipped."""
    for item in items:
        if done(item.input, item.doc_id):
            summary.inputs += 1
            summary.skipped += 1
            continue
        yield item


def _results(engine: str, items: Iterator, workers: int | None, model: str | None, with_page: bool, ordered: bool,
             address: str | None, chunk_size: int, templates: dict | None, settings: Settings) -> Iterator[tuple]:
    if engine == "local":
        return results_local(items, workers or 1, model, with_page, ordered, chunk_size, templates, settings)
    if engine == "ray":
        return results_ray(items, workers, model, with_page, ordered, address, chunk_size, templates, settings)
    raise ValueError(f"unknown engine {engine!r} (local or ray)")


def run(inputs: Iterable[str | Path], sinks: list, model: str | None = None, workers: int | None = None,
        engine: str = "local", address: str | None = None, ordered: bool = True,
        options: LoadOptions | None = None, on_progress: Callable[[Summary, str], None] | None = None,
        chunk_size: int = CHUNK_SIZE, site_templates: bool = True) -> Summary:
    """Extract claims from every input into every sink (store.Sink objects), skipping inputs
    all sinks already hold. Model problems (a missing package) are raised before any input is
    read, as ExtractorError. The limits are `options.settings`: a page over one gets an error
    record naming it (and a page stuck in native code is stopped with its worker, LocalPool).

    `site_templates`: learn per site which text repeats across its pages (labelled `template`,
    not article). Each worker starts from what the SQLite store kept from earlier runs and learns
    from its own pages; the run's pages are counted here and saved back to the store."""
    from .nlp import resolve_model

    resolve_model(model)                           # fail fast, once, with a one-line reason
    settings = (options or LoadOptions()).settings
    started = time.perf_counter()
    summary = Summary()
    inputs = list(inputs)
    workers = _worker_count(workers, engine == "ray" and bool(address), inputs)
    with_page = any(getattr(s, "wants_pages", False) for s in sinks)

    def done(input: str, doc_id: str | None) -> bool:
        return bool(sinks) and all(s.is_done(input, doc_id) for s in sinks)

    store = next((s for s in sinks if hasattr(s, "load_site_templates")), None)
    learned = SiteTemplates.from_dict(store.load_site_templates() if store else {}) if site_templates else None
    start_with = learned.to_dict() if learned is not None else None
    touched: set[str] = set()
    todo = _not_done(iter_raw(inputs, options), done, summary)
    stream = _results(engine, todo, workers, model, with_page, ordered, address, chunk_size, start_with, settings)

    # closing: an error here (a sink that cannot write, Ctrl-C in on_progress) ends the workers
    # and restores the environment now, not when the generator is collected
    with closing(stream):
        for pid, rss, results in stream:
            if pid:                                 # 0: a chunk whose every page crashed its worker
                summary.worker_peak_rss[pid] = max(rss, summary.worker_peak_rss.get(pid, 0))
            for result in results:
                summary.inputs += 1
                if done(result["input"], result["doc_id"]):  # the same page twice in this run
                    summary.skipped += 1
                    continue
                for sink in sinks:
                    sink.write(result)
                summary.count(result)
                if result["error"] is None:
                    if learned is not None and result.get("page") and result.get("site"):
                        learned.observe(result["site"], result["doc_id"], (b["text"] for b in result["page"]["blocks"]))
                        touched.add(result["site"])
                if on_progress:
                    on_progress(summary, result["input"])
    if store is not None:
        for site in sorted(touched):
            store.save_site_template(site, learned.site_data(site))
    summary.seconds = time.perf_counter() - started
    return summary
