"""Site templates: text that repeats across pages of one site is the site's chrome.

A crawl holds many pages of each site, and a site's template (its footer line, its "about us"
blurb, its newsletter pitch, the related-stories box) shows the same text on every page, while
the article differs. SiteTemplates counts, per site, on how many pages each block text was seen;
once a text has been seen on `min_pages` earlier pages of the same site, clean() labels it
`template` (chrome, with the count as the reason). So a run cleans the tenth page of a site better
than the first. The counts are plain data (`to_dict` / `from_dict`) for the store to keep between
runs.

Memory stays bounded: each site keeps at most `max_texts` fingerprints (8-byte hashes); when
full, texts seen only once are forgotten first.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from urllib.parse import urlparse

SCHEMA = "templates/1"


def fingerprint(text: str) -> str:
    return hashlib.blake2b(" ".join(text.lower().split()).encode("utf-8"), digest_size=8).hexdigest()


def site_of(url: str | None) -> str | None:
    """The site a page belongs to: its host name without "www." ("news.example.com")."""
    if not url:
        return None
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    return host.removeprefix("www.") or None


@dataclass
class SiteTemplates:
    min_pages: int = 2            # seen on this many earlier pages of the site: template
    min_chars: int = 1            # shorter texts are left to the classifier
    max_texts: int = 50_000       # per site
    sites: dict[str, dict[str, int]] = field(default_factory=dict)    # site -> fingerprint -> pages
    pages: dict[str, set[str]] = field(default_factory=dict)          # site -> doc_ids counted

    def seen(self, site: str | None, text: str) -> int:
        """On how many earlier pages of `site` this text was seen."""
        if not site or len(text) < self.min_chars:
            return 0
        return self.sites.get(site, {}).get(fingerprint(text), 0)

    def is_template(self, site: str | None, text: str) -> bool:
        return self.seen(site, text) >= self.min_pages

    def observe(self, site: str | None, doc_id: str, texts) -> None:
        """Count one page's block texts (each text once per page; a page seen again is skipped)."""
        if not site:
            return
        done = self.pages.setdefault(site, set())
        if doc_id in done:
            return
        done.add(doc_id)
        counts = self.sites.setdefault(site, {})
        for fp in {fingerprint(t) for t in texts if len(t) >= self.min_chars}:
            counts[fp] = counts.get(fp, 0) + 1
        if len(counts) > self.max_texts:
            self._forget(counts)

    def _forget(self, counts: dict[str, int]) -> None:
        for fp in [fp for fp, c in counts.items() if c == 1]:
            del counts[fp]
        while len(counts) > self.max_texts:     # still full: drop the least seen
            del counts[min(counts, key=counts.get)]

    def site_data(self, site: str) -> dict:
        """One site's counts as plain data (what the store keeps per site)."""
        return {"schema": SCHEMA, "pages": sorted(self.pages.get(site, ())),
                "texts": dict(self.sites.get(site, {}))}

    def load_site(self, site: str, data: dict) -> None:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"site template data for {site!r} is {data.get('schema')!r}, expected {SCHEMA}")
        self.pages[site] = set(data.get("pages", ()))
        self.sites[site] = {str(k): int(v) for k, v in data.get("texts", {}).items()}

    def to_dict(self) -> dict:
        return {site: self.site_data(site) for site in self.sites}

    @classmethod
    def from_dict(cls, data: dict, **options) -> "SiteTemplates":
        templates = cls(**options)
        for site, site_data in data.items():
            templates.load_site(site, site_data)
        return templates
