"""The Article record: what extraction returns, spiders yield and pipelines store.

A plain dataclass (Scrapy handles dataclass items through itemadapter), so that
extraction stays free of Scrapy imports. `exports/schema/article.schema.json` is
the same contract written for downstream tools; `tests/test_schema.py` keeps the two
in step.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"

#: Names used in `Article.extraction` for the layer that produced a field.
LAYER_SITE = "site"
LAYER_METADATA = "metadata"
LAYER_GENERIC = "generic"
LAYER_CONTEXT = "context"


@dataclass
class Image:
    url: str
    caption: str | None = None
    credit: str | None = None


@dataclass
class Article:
    url: str
    title: str | None = None
    body: str = ""
    canonical_url: str | None = None
    site: str | None = None
    published: str | None = None
    published_precision: str | None = None
    modified: str | None = None
    authors: list[str] = field(default_factory=list)
    source: str | None = None
    lead: str | None = None
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    category: str | None = None
    language: str = "vi"
    fetched_at: str | None = None
    content_hash: str | None = None
    extraction: dict[str, str] = field(default_factory=dict)
    schema_version: str = SCHEMA_VERSION

    def finalize(self) -> "Article":
        """Fill the fields derived from others (content hash, canonical URL fallback)."""
        if not self.canonical_url:
            self.canonical_url = self.url
        self.content_hash = content_hash(self.title or "", self.body)
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Article":
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        known["images"] = [Image(**img) if isinstance(img, dict) else img for img in known.get("images", [])]
        return cls(**known)


def content_hash(title: str, body: str) -> str:
    """SHA-256 of the NFC title and body: equal for pages that say the same thing."""
    text = unicodedata.normalize("NFC", f"{title.strip()}\n\n{body.strip()}")
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
