"""Page metadata: title, publication date (htmldate), site name, canonical URL, language."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from lxml import etree

from ..types import PageMeta
from .segment import normalise_space


def _meta(tree: etree._ElementTree, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            if found and normalise_space(found[0]):
                return normalise_space(found[0])
    return None


def publication_date(html: str, url: str | None = None) -> str | None:
    """ISO date the page was first published, by htmldate (markup, then URL, then text)."""
    try:
        from htmldate import find_date
    except ImportError:  # pragma: no cover - htmldate is a declared dependency
        return None
    logging.getLogger("htmldate").setLevel(logging.ERROR)
    try:
        return find_date(html, url=url, original_date=True, outputformat="%Y-%m-%d")
    except Exception:
        return None


def extract_metadata(tree: etree._ElementTree, html: str, url: str | None = None) -> PageMeta:
    title = _meta(tree, "og:title", "twitter:title")
    if not title:
        t = tree.xpath("//title//text()")
        title = normalise_space(" ".join(t)) or None
    if not title:
        h1 = tree.xpath("//h1")
        title = normalise_space(h1[0].text_content()) if h1 else None
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    page_url = (canonical[0].strip() if canonical else None) or _meta(tree, "og:url") or url
    site = _meta(tree, "og:site_name", "application-name")
    if not site and page_url:
        site = urlparse(page_url).hostname
    lang = tree.getroot().get("lang") or _meta(tree, "language", "content-language")
    return PageMeta(title=title, published=publication_date(html, url), site=site, url=page_url,
                    language=lang.split("-")[0].lower() if lang else None)
