"""Page metadata: title, author, site name, canonical URL (trafilatura's metadata reader),
publication date (htmldate, markup and URL only, which is what trafilatura asks of it too) and
language. Each falls back to the page's own markup when trafilatura finds nothing."""

from __future__ import annotations

import logging
from urllib.parse import urlparse

from lxml import etree

from ..types import PageMeta
from .segment import normalise_space

for _name in ("htmldate", "trafilatura", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def _meta(tree: etree._ElementTree, *keys: str) -> str | None:
    for key in keys:
        for attr in ("property", "name", "itemprop"):
            found = tree.xpath(f'//meta[@{attr}="{key}"]/@content')
            if found and normalise_space(found[0]):
                return normalise_space(found[0])
    return None


def publication_date(tree_or_html, url: str | None = None, extensive: bool = False) -> str | None:
    """ISO date the page was first published, by htmldate."""
    from htmldate import find_date
    try:
        return find_date(tree_or_html, url=url, original_date=True, extensive_search=extensive,
                         outputformat="%Y-%m-%d")
    except Exception:
        return None


def _trafilatura(tree: etree._ElementTree, url: str | None):
    try:
        from trafilatura.metadata import extract_metadata as read
        # trafilatura reads the tree and does not change it; dates come from htmldate below
        return read(tree.getroot(), default_url=url,
                    date_config={"extensive_search": False, "original_date": True, "url": url})
    except Exception:      # a metadata bug must not cost the page its text
        return None


def extract_metadata(tree: etree._ElementTree, html: str, url: str | None = None) -> PageMeta:
    found = _trafilatura(tree, url)
    title = normalise_space(found.title) if found is not None and found.title else None
    title = title or _meta(tree, "og:title", "twitter:title")
    if not title:
        t = tree.xpath("//title//text()")
        title = normalise_space(" ".join(t)) or None
    if not title:
        h1 = tree.xpath("//h1")
        title = normalise_space(h1[0].text_content()) if h1 else None
    canonical = tree.xpath('//link[@rel="canonical"]/@href')
    page_url = (canonical[0].strip() if canonical else None) or _meta(tree, "og:url") or url
    site = (found.sitename if found is not None else None) or _meta(tree, "og:site_name", "application-name")
    if not site and page_url:
        site = urlparse(page_url).hostname
    published = (found.date if found is not None else None) or publication_date(tree.getroot(), page_url or url)
    lang = tree.getroot().get("lang") or _meta(tree, "language", "content-language")
    return PageMeta(title=title, published=published, site=site, url=page_url,
                    language=lang.split("-")[0].lower() if lang else None,
                    author=found.author if found is not None and found.author else None)
