"""claim extractor: scraped web pages -> structured, checkable records of quantitative claims.

    from extractor import clean, extract, extract_text
    page = clean(html)            # Page; page.text is the cleaned main text
    claims = extract(html)        # list[Claim]; claim.to_dict() is the claim/1 record
    claims = extract_text(text)   # same on plain text, offsets into `text`
"""

__version__ = "0.1.0"

import os as _os  # noqa: E402
import sys as _sys  # noqa: E402

# Set by batch.LocalPool for the worker processes it starts when the pipeline is a CNN one: thinc
# imports torch whenever it is installed (0.7 s and ~180 MB per process), and these pipelines
# never use it. A worker imports this package before spaCy, so thinc is imported here with
# "import torch" failing; torch stays importable for anything else (a user's script re-imported
# as the worker's __main__, say).
WITHOUT_TORCH = "CLAIMS_WORKER_WITHOUT_TORCH"
if _os.environ.get(WITHOUT_TORCH) == "1" and "torch" not in _sys.modules:
    _sys.modules["torch"] = None  # type: ignore[assignment]  # "import torch" raises ImportError
    try:
        import thinc.compat  # noqa: E402,F401  (records has_torch = False)
    finally:
        del _sys.modules["torch"]

from .clean import clean  # noqa: E402
from .pipeline import extract, extract_text  # noqa: E402
from .types import Claim, ErrorRecord, ExtractorError, Page  # noqa: E402

__all__ = ["clean", "extract", "extract_text", "Claim", "Page", "ErrorRecord", "ExtractorError", "__version__"]
