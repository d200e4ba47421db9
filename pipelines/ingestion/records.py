"""What ingestion yields: an `Article` ready for extraction, or a `Rejected` input with its reason."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import datetime


def sha256(data: str | bytes) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def article_id_for(url: str | None, text: str) -> str:
    """Stable id: the URL identifies an article; without one, its content does (CONTRACT.md)."""
    key = url.strip() if url and url.strip() else "sha256:" + sha256(text)
    return sha256(key)[:20]


@dataclass(frozen=True)
class Article:
    article_id: str
    url: str | None
    title: str | None
    source: str | None
    published_at: datetime | None
    published_at_origin: str   # record | page_metadata | feed | ingested (last resort, flagged)
    text: str
    content_hash: str          # of title + text: a changed article gets a new hash and is re-extracted
    origin: str                # where it was read from (path, path:line, URL)
    language: str | None = None
    encoding: str | None = None  # how the bytes were read (utf-8, utf-16-le, cp1251, ...); None for JSON records

    @classmethod
    def build(cls, *, url, title, source, published_at, published_at_origin, text, origin, language=None,
              encoding=None):
        text = text.strip()
        return cls(
            article_id=article_id_for(url, text),
            url=url.strip() if url else None,
            title=title.strip() if title else None,
            source=source,
            published_at=published_at,
            published_at_origin=published_at_origin,
            text=text,
            content_hash=sha256((title or "") + "\n" + text),
            origin=origin,
            language=language,
            encoding=encoding,
        )


@dataclass(frozen=True)
class Rejected:
    """An input that could not be read: it goes to raw.quarantine with its reason, the batch goes on."""

    origin: str
    reason: str
    content_hash: str | None = None  # a changed input gets another try
    sample: str | None = None        # the first bytes, for a human to look at
