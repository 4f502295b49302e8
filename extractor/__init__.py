"""claim extractor: scraped web pages -> structured, checkable records of quantitative claims.

    from extractor import clean, extract, extract_text
    page = clean(html)            # Page; page.text is the cleaned main text
    claims = extract(html)        # list[Claim]; claim.to_dict() is the claim/1 record
    claims = extract_text(text)   # same on plain text, offsets into `text`
"""

__version__ = "0.1.0"

from .clean import clean  # noqa: E402
from .pipeline import extract, extract_text  # noqa: E402
from .types import Claim, ErrorRecord, ExtractorError, Page  # noqa: E402

__all__ = ["clean", "extract", "extract_text", "Claim", "Page", "ErrorRecord", "ExtractorError", "__version__"]
