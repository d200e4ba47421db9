"""Per-record checks at the edge: every field an input gives is type- and range-checked before it becomes
an `Article`, so one hostile record is quarantined with its reason instead of breaking the batch (an
overflowing date, a number where a string belongs, a lone surrogate that UTF-8 cannot encode) or growing
the warehouse without bound (a year-9999 date fills a daily series up to it; a 1 MB title is copied into
every row that names the article).
"""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

EARLIEST_PUBLISHED = datetime(1990, 1, 1)
FUTURE_SLACK = timedelta(days=1)         # time zones and clocks: an article may be dated "tomorrow"
MAX_URL_CHARS = 2048                     # a URL is an identity: too long is refused, never cut
MAX_TITLE_CHARS = 500                    # longer titles (entity-expanded feed titles) are cut
MAX_SOURCE_CHARS = 200
STRING_FIELDS = ("url", "title", "source", "text", "html")

_SURROGATE = re.compile("[\ud800-\udfff]")


class Invalid(ValueError):
    """A record field that cannot be stored; the message is the quarantine reason."""


def scrub(text: str) -> str:
    """Replace lone surrogates (JSON's "\\ud800" decodes to one; UTF-8 cannot encode it) with U+FFFD."""
    return _SURROGATE.sub("\ufffd", text)


def check_types(rec: dict) -> None:
    """Every field claimwatch reads is a string or absent: a list `source` would otherwise be stored as its
    Python text, a number `url` would break the id."""
    for name in STRING_FIELDS:
        value = rec.get(name)
        if value is not None and not isinstance(value, str):
            raise Invalid(f"field {name!r} must be a string, got {type(value).__name__}")
    value = rec.get("published_at")
    if value is not None and not isinstance(value, str):
        raise Invalid(f"field 'published_at' must be an ISO 8601 string, got {type(value).__name__}")


def check_published(ts: datetime | None, now: datetime | None = None) -> datetime | None:
    """A naive-UTC timestamp within 1990-01-01 .. now + 1 day, else Invalid."""
    if ts is None:
        return None
    now = now or datetime.now(timezone.utc).replace(tzinfo=None)
    if not EARLIEST_PUBLISHED <= ts <= now + FUTURE_SLACK:
        raise Invalid(f"published_at {ts.isoformat()} is outside {EARLIEST_PUBLISHED.date()} .. "
                      f"{(now + FUTURE_SLACK).date()} (tomorrow): a wrong or hostile date")
    return ts


def clean_url(url: str | None) -> str | None:
    if url is None or not url.strip():
        return None
    url = scrub(url.strip())
    if len(url) > MAX_URL_CHARS:
        raise Invalid(f"url is {len(url)} characters, over the {MAX_URL_CHARS}-character limit")
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise Invalid(f"url {url[:60]!r} is not an http(s) URL")
    return url


def clip(value: str | None, limit: int) -> str | None:
    """Cut a display field to `limit` characters (an ellipsis marks the cut)."""
    if value is None:
        return None
    value = scrub(value.strip())
    return value if len(value) <= limit else value[: limit - 1] + "\u2026"
