"""Read sources into articles: text/Markdown files, HTML files and pages, JSON(-lines) records,
RSS/Atom feeds. Every input ends as an `Article` or a `Rejected` with a reason; nothing raises
for bad input, so one bad article never stops a batch.
"""
from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

from dateutil import parser as dateparser

from pipelines.ingestion.encoding import NotText, decode
from pipelines.ingestion.fetch import FetchError, FetchPolicy, fetch, origin_of
from pipelines.ingestion.language import guess_language
from pipelines.ingestion.records import Article, Rejected, sha256
from pipelines.ingestion.validate import (MAX_SOURCE_CHARS, MAX_TITLE_CHARS, Invalid, check_published, check_types,
                                          clean_url, clip, scrub)

MAX_ARTICLE_BYTES = 5 * 1024 * 1024   # one article; larger inputs are quarantined, never parsed whole
MIN_WORDS = 15                         # below this there is no article to extract from
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".jsonl", ".ndjson", ".json"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
Record = Article | Rejected


def read_sources(sources: Iterable[str], policy: FetchPolicy | None = None) -> Iterator[Record]:
    """Yield one record per article found in the sources (paths, folders, http(s) URLs)."""
    policy = policy or FetchPolicy()
    for source in sources:
        source = str(source)
        if "://" in source:
            scheme = urlsplit(source).scheme
            if scheme not in ("http", "https"):
                yield Rejected(source, f"unsupported source scheme {scheme!r}: give a path or an http(s) URL")
                continue
            # The user named this scheme, host and port: allow it even when it is local (a test server, an
            # intranet feed); its other ports stay refused, and so does every redirect that leaves it.
            url_policy = FetchPolicy(policy.allowed | {origin_of(source)}, policy.max_bytes, policy.timeout_s,
                                     policy.max_redirects)
            yield from read_url(source, url_policy)
            continue
        path = Path(source)
        if path.is_dir():
            yield from read_folder(path)
        elif path.is_file():
            yield from read_file(path)
        else:
            yield Rejected(source, f"no such file or folder: {source}")


# ---------------------------------------------------------------- files

def read_folder(folder: Path) -> Iterator[Record]:
    """Every file under the folder, in name order. A symlink is followed only while its target stays inside
    the folder: a link to /etc/passwd (or to a folder outside) dropped into an inbox is refused, not read."""
    root = folder.resolve()
    entries = []
    for dirpath, dirnames, filenames in os.walk(folder):  # never descends into linked folders
        base = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        entries += [base / d for d in dirnames if (base / d).is_symlink()]
        entries += [base / f for f in filenames if not f.startswith(".")]
    for entry in sorted(entries):
        target = entry.resolve()
        if entry.is_symlink() and not target.is_relative_to(root):
            yield Rejected(str(entry), f"symlink to {target} leaves the input folder {root}: refused "
                           "(copy the file into the folder to ingest it)")
        elif entry.is_symlink() and target.is_dir():
            continue  # a link to a folder inside this one: its files are read there
        elif target.is_file():
            yield from read_file(entry)

def _read_bounded(path: Path) -> bytes | Rejected:
    size = path.stat().st_size
    if size > MAX_ARTICLE_BYTES:
        with path.open("rb") as fh:
            head = fh.read(64 * 1024)
        return Rejected(str(path), f"file is {size / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES // 2**20} MB "
                        "per-article limit (split it, or give it as JSON lines)", sha256(head + str(size).encode()),
                        head[:200].decode("utf-8", "replace"))
    return path.read_bytes()


def _decode(data: bytes, origin: str) -> tuple[str, str] | Rejected:
    try:
        return decode(data)
    except NotText as exc:
        return Rejected(origin, str(exc), sha256(data), data[:200].decode("utf-8", "replace"))


def read_file(path: Path) -> Iterator[Record]:
    suffix = path.suffix.lower()
    origin = str(path)
    if suffix in JSON_SUFFIXES:
        yield from read_json_file(path)
        return
    data = _read_bounded(path)
    if isinstance(data, Rejected):
        yield data
        return
    decoded = _decode(data, origin)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    text, encoding = decoded
    if suffix in HTML_SUFFIXES:
        yield html_article(text, origin=origin, url=None, source=path.parent.name or None, encoding=encoding)
    elif suffix in FEED_SUFFIXES:
        yield Rejected(origin, "feed files are read from their URL: serve it over http(s) or list it in feeds.yaml",
                       sha256(data))
    else:
        yield text_article(text, origin=origin, encoding=encoding)


def text_article(text: str, *, origin: str, encoding: str | None = None) -> Record:
    """A plain-text or Markdown file: an optional '# Title' first line, the rest is the body."""
    lines = text.strip().splitlines()
    title = None
    if lines and lines[0].lstrip().startswith("#"):
        title = lines[0].lstrip("# ").strip()
        lines = lines[1:]
    return finish(url=None, title=title, source=None, published_at=None, published_origin="ingested",
                  text="\n".join(lines), origin=origin, encoding=encoding)


def read_json_file(path: Path) -> Iterator[Record]:
    """JSON lines, streamed line by line (bounded memory), or a .json holding one record or a list."""
    origin = str(path)
    if path.suffix.lower() == ".json":
        data = _read_bounded(path)
        if isinstance(data, Rejected):
            yield data
            return
        try:
            doc = json.loads(data)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield Rejected(origin, f"invalid JSON: {exc}", sha256(data))
            return
        records = doc if isinstance(doc, list) else [doc]
        for i, rec in enumerate(records, 1):
            yield json_record(rec, f"{origin}#{i}")
        return
    with path.open("rb") as fh:
        for lineno, raw in enumerate(fh, 1):
            origin_line = f"{origin}:{lineno}"
            if len(raw) > MAX_ARTICLE_BYTES:
                yield Rejected(origin_line, f"line is {len(raw) / 1e6:.1f} MB, over the per-article limit", sha256(raw))
                continue
            if not raw.strip():
                continue
            try:
                rec = json.loads(raw)
            except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                yield Rejected(origin_line, f"invalid JSON line: {exc}", sha256(raw),
                               raw[:200].decode("utf-8", "replace"))
                continue
            yield json_record(rec, origin_line)


def json_record(rec: object, origin: str) -> Record:
    """CONTRACT.md's input shape: {url, title, published_at, source, text | html}."""
    if not isinstance(rec, dict):
        return Rejected(origin, f"expected a JSON object, got {type(rec).__name__}")
    raw_hash = sha256(json.dumps(rec, sort_keys=True, ensure_ascii=False))
    try:
        check_types(rec)
    except Invalid as exc:
        return Rejected(origin, str(exc), raw_hash)
    published, problem = parse_published(rec.get("published_at"))
    if problem:
        return Rejected(origin, problem, raw_hash)
    text, html = rec.get("text"), rec.get("html")
    if text is None and html is not None:
        return html_article(html, origin=origin, url=rec.get("url"), source=rec.get("source"),
                            published_hint=published, hint_origin="record", title_hint=rec.get("title"))
    if text is None:
        return Rejected(origin, "record has no 'text' (or 'html') field", raw_hash)
    return finish(url=rec.get("url"), title=rec.get("title"), source=rec.get("source"), published_at=published,
                  published_origin="record" if published else "ingested", text=text, origin=origin)


def parse_published(value: object) -> tuple[datetime | None, str | None]:
    """(timestamp in UTC, None) or (None, reason). Missing is fine: ingestion time is the flagged fallback."""
    if value in (None, ""):
        return None, None
    try:
        ts = dateparser.isoparse(str(value))
        if ts.tzinfo is None:
            ts = ts.replace(tzinfo=timezone.utc)
        # year 9999 at -05:00 (or year 1 at +05:00) overflows here: a bad record, not a crash
        ts = ts.astimezone(timezone.utc).replace(tzinfo=None)
    except (ValueError, OverflowError):
        return None, f"published_at {scrub(str(value))[:60]!r} is not an ISO 8601 date"
    try:
        return check_published(ts), None
    except Invalid as exc:
        return None, str(exc)


# ---------------------------------------------------------------- HTML and the web

def html_article(html: str, *, origin: str, url: str | None, source: str | None,
                 published_hint: datetime | None = None, title_hint: str | None = None,
                 hint_origin: str = "feed", encoding: str | None = None) -> Record:
    """Main text and metadata of an HTML page via trafilatura (boilerplate and navigation removed)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    if not text or len(text.split()) < MIN_WORDS:
        return Rejected(origin, "no main text found in the HTML page (navigation or boilerplate only)", sha256(html))
    meta = trafilatura.extract_metadata(html)
    published, origin_kind = published_hint, hint_origin if published_hint else "ingested"
    if published is None and meta is not None and meta.date:
        published, _problem = parse_published(meta.date)
        origin_kind = "page_metadata" if published else "ingested"
    title = title_hint or (meta.title if meta is not None else None)
    site = source or (meta.sitename if meta is not None else None) or (urlsplit(url).hostname if url else None)
    return finish(url=url, title=title, source=site, published_at=published, published_origin=origin_kind,
                  text=text, origin=origin, encoding=encoding)


def read_url(url: str, policy: FetchPolicy) -> Iterator[Record]:
    try:
        got = fetch(url, policy)
    except FetchError as exc:
        yield Rejected(url, str(exc))
        return
    head = got.content[:512].lstrip().lower()
    looks_like_feed = ("xml" in got.content_type and "html" not in got.content_type) or head.startswith(
        (b"<?xml", b"<rss", b"<feed"))
    if looks_like_feed:
        yield from read_feed(got, policy)
        return
    decoded = _decode(got.content, url)
    if isinstance(decoded, Rejected):
        yield decoded
        return
    yield html_article(decoded[0], origin=url, url=got.url, source=None, encoding=decoded[1])


def read_feed(got, policy: FetchPolicy) -> Iterator[Record]:
    """Each feed item's page is fetched (items carry only summaries); the item's date wins."""
    import feedparser

    feed = feedparser.parse(got.content)
    if not feed.entries:
        reason = f"not a readable RSS/Atom feed: {feed.get('bozo_exception') or 'no items'}"
        yield Rejected(got.url, reason, sha256(got.content))
        return
    feed_title = feed.feed.get("title")
    for entry in feed.entries:
        link = entry.get("link")
        if not link:
            yield Rejected(got.url, f"feed item {clip(str(entry.get('title', '?')), 80)!r} has no link")
            continue
        published = None
        for key in ("published_parsed", "updated_parsed"):
            if entry.get(key):
                published = datetime(*entry[key][:6])
                break
        try:
            page = fetch(link, policy)
        except FetchError as exc:
            yield Rejected(link, f"feed item page: {exc}")
            continue
        decoded = _decode(page.content, link)
        if isinstance(decoded, Rejected):
            yield decoded
            continue
        yield html_article(decoded[0], origin=link, url=link, source=feed_title, published_hint=published,
                           title_hint=entry.get("title"), encoding=decoded[1])


# ---------------------------------------------------------------- common checks

def finish(*, url, title, source, published_at, published_origin, text, origin, encoding=None) -> Record:
    """The last gate before an Article: every field checked, cleaned and bounded (validate.py)."""
    try:
        url = clean_url(url)
        published_at = check_published(published_at)
    except Invalid as exc:
        return Rejected(origin, str(exc), sha256(scrub(text or "")))
    text, title, source = scrub(text or ""), clip(title, MAX_TITLE_CHARS), clip(source, MAX_SOURCE_CHARS)
    if not text.strip():
        return Rejected(origin, "empty article: no text")
    words = len(text.split())
    if words < MIN_WORDS:
        return Rejected(origin, f"article text has {words} words, fewer than {MIN_WORDS}", sha256(text))
    if published_at is None:
        published_at = datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)
        published_origin = "ingested"
    return Article.build(url=url, title=title, source=source, published_at=published_at,
                         published_at_origin=published_origin, text=text, origin=origin,
                         language=guess_language(text), encoding=encoding)


def policy_from_env() -> FetchPolicy:
    """CLAIMWATCH_ALLOW_HOSTS (comma list of allow rules: scheme://host:port, host:port, host),
    CLAIMWATCH_FETCH_TIMEOUT (s, for a whole response), CLAIMWATCH_FETCH_MAX_BYTES."""
    defaults = FetchPolicy()
    return FetchPolicy(
        allowed={h.strip() for h in os.environ.get("CLAIMWATCH_ALLOW_HOSTS", "").split(",") if h.strip()},
        timeout_s=float(os.environ.get("CLAIMWATCH_FETCH_TIMEOUT", defaults.timeout_s)),
        max_bytes=int(os.environ.get("CLAIMWATCH_FETCH_MAX_BYTES", defaults.max_bytes)),
    )
