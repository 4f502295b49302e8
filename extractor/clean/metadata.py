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
    """trafilatura's readers for what a claim record needs: meta tags and JSON-LD (title,
    author, site name), then title and site name from the markup. Not its search of the markup
    for an author (a third of the cleaner's time on pages without author metadata), categories,
    tags or license, and not its date (htmldate is called once, below)."""
    try:
        from trafilatura import metadata as tm
        root = tree.getroot()
        found = tm.examine_meta(root)
        if found.author and " " not in found.author:      # trafilatura's own check: a handle, not a name
            found.author = None
        try:
            found = tm.extract_meta_json(root, found)
        except Exception:
            pass
        found.title = found.title or tm.extract_title(root)
        found.sitename = found.sitename or tm.extract_sitename(root)
        return found
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
        title = normalise_space("".join(h1[0].itertext())) if h1 else None
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
