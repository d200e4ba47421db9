"""Reading and writing the raw layer. Every write is one transaction: a crash or an exception
mid-write leaves no partial rows. Bulk writes go through pandas frames, never row by row.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import duckdb
import pandas as pd

from pipelines.extraction import Extraction
from pipelines.extraction.places import place_key
from pipelines.ingestion import Article, Rejected
from pipelines.ingestion.validate import clip
from pipelines.warehouse import db

_DDL = (Path(__file__).with_name("raw_schema.sql")).read_text()


def utcnow() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def _id(*parts: object) -> str:
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:20]


def _lake_ddl(ddl: str) -> str:
    """The raw schema for DuckLake, which has no PRIMARY KEY (the writers keep ids unique by deleting before
    inserting) and no warehouse from before partitions to backfill (the UPDATE is left out). The ALTERs that add
    columns stay: a lake made before a column existed gets it, and on a lake that has it they commit nothing."""
    statements = [s for s in ddl.split(";") if not _strip_comments(s).lower().startswith("update")]
    return re.sub(r"\s+primary key", "", ";".join(statements), flags=re.IGNORECASE)


def _strip_comments(statement: str) -> str:
    return "\n".join(line for line in statement.splitlines() if not line.strip().startswith("--")).strip()


_LAKE_DDL = _lake_ddl(_DDL)


def create_schema(con: duckdb.DuckDBPyConnection, lake: bool = False) -> None:
    """Idempotent. In a lake, writers starting together may race to create it: the loser retries."""
    if lake:
        from pipelines.warehouse.lake import retry_conflicts

        retry_conflicts(lambda: con.execute(_LAKE_DDL))
    else:
        con.execute(_DDL)


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """A short-lived connection to a warehouse file; the writer's creates the raw schema if needed."""
    if read_only:
        return db.connect(path, read_only=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    con = db.connect(path)
    create_schema(con)
    return con


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[duckdb.DuckDBPyConnection]:
    con.execute("begin transaction")
    try:
        yield con
    except BaseException:
        con.execute("rollback")
        raise
    con.execute("commit")


def _insert(con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
    if frame.empty:
        return
    schema, name = table.split(".")
    columns = {r[0] for r in con.execute(
        "select column_name from information_schema.columns where table_schema = ? and table_name = ?",
        [schema, name]).fetchall()}
    frame = frame[[c for c in frame.columns if c in columns]]  # records may carry fields the table does not
    con.register("_frame", frame)
    try:
        con.execute(f"insert into {table} by name select * from _frame")  # table names are ours, never input
    finally:
        con.unregister("_frame")


# ---------------------------------------------------------------- ingestion

@dataclass
class IngestStats:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    quarantined: int = 0
    duplicates: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(new=self.new, updated=self.updated, unchanged=self.unchanged, quarantined=self.quarantined,
                    duplicates=self.duplicates)


def write_ingested(con: duckdb.DuckDBPyConnection, records: Iterable[Article | Rejected], batch_id: str,
                   partition_key: str, chunk: int = 1000) -> IngestStats:
    """Insert new articles, replace changed ones (by content hash), skip unchanged; quarantine the rest.

    The whole batch is one transaction (all of it lands or none of it), written in chunks so memory
    stays bounded however large the batch. New and changed articles belong to `partition_key` (the run's
    ingestion day), so that day's extraction picks them up; unchanged ones stay where they were.
    """
    now = utcnow()
    stats = IngestStats()
    seen_articles: dict[str, str] = {}  # article_id -> where this batch first had it
    seen_rejected: set[str] = set()
    with transaction(con):
        for group in _chunks(records, chunk):
            articles = []
            rejected = []
            duplicates = []
            for rec in group:
                if isinstance(rec, Article):
                    if rec.article_id in seen_articles:  # the same article twice in a batch counts once,
                        duplicates.append((rec, seen_articles[rec.article_id]))  # and the copy is recorded
                    else:
                        seen_articles[rec.article_id] = rec.url or rec.origin
                        articles.append(rec)
                else:
                    qid = _id(rec.origin, rec.content_hash)
                    if qid not in seen_rejected:
                        seen_rejected.add(qid)
                        rejected.append((qid, rec, "ingest"))
            stats.quarantined += len(rejected)
            _write_articles(con, articles, batch_id, partition_key, now, stats)
            _quarantine(con, rejected, batch_id, now)
            _record_duplicates(con, duplicates, batch_id, now, stats)
    return stats


def _chunks(records: Iterable, size: int) -> Iterator[list]:
    group: list = []
    for rec in records:
        group.append(rec)
        if len(group) >= size:
            yield group
            group = []
    if group:
        yield group


def _write_articles(con, articles: list[Article], batch_id: str, partition_key: str, now: datetime,
                    stats: IngestStats) -> None:
    if not articles:
        return
    con.register("_ids", pd.DataFrame({"article_id": [a.article_id for a in articles]}))
    known = {aid: (h, first) for aid, h, first in con.execute(
        "select a.article_id, a.content_hash, a.ingested_at from raw.articles a join _ids using (article_id)"
    ).fetchall()}
    con.unregister("_ids")
    con.register("_hashes", pd.DataFrame({"content_hash": [a.content_hash for a in articles]}))
    same_content = dict(con.execute(
        "select a.content_hash, coalesce(a.url, a.article_id) from raw.articles a join _hashes using (content_hash)"
    ).fetchall())
    con.unregister("_hashes")
    rows, duplicates = [], []
    for art in articles:
        old = known.get(art.article_id)
        twin = same_content.get(art.content_hash)
        if old is None and twin is not None:
            duplicates.append((art, twin))  # the same article under a second URL: counted once, recorded
            continue
        same_content[art.content_hash] = art.url or art.article_id
        if old is not None and old[0] == art.content_hash:
            stats.unchanged += 1
            continue
        if old is None:
            stats.new += 1
        else:
            stats.updated += 1
        rows.append(dict(
            article_id=art.article_id, url=art.url, title=art.title, source=art.source,
            published_at=art.published_at, published_at_origin=art.published_at_origin, text=art.text,
            content_hash=art.content_hash, origin=art.origin, language=art.language, encoding=art.encoding,
            batch_id=batch_id,
            ingested_at=old[1] if old else now,  # an updated article keeps its first ingestion time
            updated_at=now, partition_key=partition_key,
        ))
    _record_duplicates(con, duplicates, batch_id, now, stats)
    if not rows:
        return
    frame = pd.DataFrame(rows)
    con.register("_changed", frame[["article_id", "origin"]])
    try:
        con.execute("delete from raw.articles where article_id in (select article_id from _changed)")
        # an input that now reads cleanly leaves quarantine
        con.execute("delete from raw.quarantine where origin in (select origin from _changed)")
    finally:
        con.unregister("_changed")
    _insert(con, "raw.articles", frame)


def _record_duplicates(con, items: Sequence[tuple[Article, str]], batch_id: str, now: datetime,
                       stats: IngestStats) -> None:
    """raw.duplicates: one row per copy that was not stored (its origin, and where the kept one came from).
    Idempotent: the same copy read again updates its row, so count(*) per first_source is the copies seen."""
    if not items:
        return
    stats.duplicates += len(items)
    frame = pd.DataFrame([dict(duplicate_id=_id(art.origin, art.content_hash), origin=clip(art.origin, 2048),
                               url=art.url, first_source=clip(first, 2048), content_hash=art.content_hash,
                               batch_id=batch_id, first_seen=now, last_seen=now) for art, first in items])
    frame = frame.drop_duplicates("duplicate_id")
    con.register("_d", frame)
    try:
        con.execute("""
            update raw.duplicates set last_seen = _d.last_seen, batch_id = _d.batch_id, first_source = _d.first_source
            from _d where raw.duplicates.duplicate_id = _d.duplicate_id""")
        con.execute("insert into raw.duplicates by name select * from _d "
                    "where duplicate_id not in (select duplicate_id from raw.duplicates)")
    finally:
        con.unregister("_d")


def _quarantine(con, items: Sequence[tuple[str, Rejected, str]], batch_id: str, now: datetime) -> None:
    if not items:
        return
    # reasons and samples quote the input: bounded, and never a lone surrogate (UTF-8 cannot store one)
    frame = pd.DataFrame([dict(quarantine_id=qid, origin=clip(r.origin, 2048), stage=stage,
                               reason=clip(r.reason, 1000), content_hash=r.content_hash,
                               sample=clip(r.sample, 200), batch_id=batch_id,
                               first_seen=now, last_seen=now, attempts=1) for qid, r, stage in items])
    con.register("_q", frame)
    try:
        con.execute("""
            update raw.quarantine set last_seen = _q.last_seen, attempts = raw.quarantine.attempts + 1,
                   reason = _q.reason, batch_id = _q.batch_id
            from _q where raw.quarantine.quarantine_id = _q.quarantine_id""")
        con.execute("insert into raw.quarantine by name select * from _q "
                    "where quarantine_id not in (select quarantine_id from raw.quarantine)")
    finally:
        con.unregister("_q")


# ---------------------------------------------------------------- extraction

_PENDING = """(e.article_id is null or e.content_hash <> a.content_hash or e.extractor_version <> ?)"""


def _days_filter(days: Sequence[str] | None) -> tuple[str, list]:
    if days is None:
        return "", []
    return " and a.partition_key in (select unnest(?::varchar[]))", [list(days)]


def pending_keys(con: duckdb.DuckDBPyConnection, extractor_version: str,
                 days: Sequence[str] | None = None) -> list[tuple[str, datetime]]:
    """(article_id, updated_at) of the articles of these partitions (None: all) never extracted, changed since,
    or extracted by another extractor version, by id. Only key columns are read: finding them costs the same
    for any number of pending articles, and the texts are read apart (articles_by_key)."""
    where, params = _days_filter(days)
    return con.execute(f"""
        select a.article_id, a.updated_at
        from raw.articles a left join raw.extractions e using (article_id)
        where {_PENDING}{where}
        order by a.article_id""", [extractor_version, *params]).fetchall()


def articles_by_key(con: duckdb.DuckDBPyConnection, keys: Sequence[tuple[str, datetime]]) -> list[dict]:
    """The rows the extractor reads for these (article_id, updated_at) keys, by id.

    The lower bound on updated_at is redundant in logic and there for the lake: DuckLake keeps each data file's
    min/max per column, so it skips every file written before the oldest of these versions (onto 100,000
    articles, reading the text of the few new ones instead of the text of all). An article changed since its key
    was read comes back in its newer version, which its content_hash records."""
    if not keys:
        return []
    cur = con.execute("""
        select article_id, text, published_at, title, url, content_hash, language
        from raw.articles
        where updated_at >= ? and article_id in (select unnest(?::varchar[]))
        order by article_id""", [min(u for _, u in keys), [k for k, _ in keys]])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, row)) for row in cur.fetchall()]


def pending_days(con: duckdb.DuckDBPyConnection, extractor_version: str) -> list[str]:
    """Partitions holding articles not yet extracted by this extractor version (e.g. after an upgrade)."""
    return [r[0] for r in con.execute(f"""
        select distinct a.partition_key from raw.articles a left join raw.extractions e using (article_id)
        where {_PENDING} order by 1""", [extractor_version]).fetchall()]


def write_extractions(con: duckdb.DuckDBPyConnection, results: Sequence[tuple[dict, Extraction | Exception]],
                      extractor_version: str, batch_id: str) -> dict[str, int]:
    """Replace the extracted rows of these articles in one transaction (old versions replaced, never duplicated).

    An article whose extraction raised goes to quarantine (stage 'extract') with the error.
    """
    now = utcnow()
    statements, claims, done, failed = [], [], [], []
    places: list[dict] = []
    for row, result in results:
        aid = row["article_id"]
        if isinstance(result, Exception):
            failed.append((_id(aid, row["content_hash"], "extract"),
                           Rejected(origin=row.get("url") or aid, reason=f"extraction failed: "
                                    f"{result.__class__.__name__}: {result}"[:500], content_hash=row["content_hash"]),
                           "extract"))
            continue
        seen: set[str] = set()
        for s in result.statements:
            sid = _id(aid, s.char_start, s.char_end, s.statement_type)
            if sid in seen:
                continue
            seen.add(sid)
            statements.append(dict(statement_id=sid, article_id=aid, **{k: v for k, v in s.to_dict().items()},
                                   extractor_version=extractor_version, batch_id=batch_id, extracted_at=now))
        for c in result.area_claims:
            cid = _id(aid, c.metric, c.region, c.controller, c.value_low, c.value_high, c.as_of, c.char_start,
                      c.claimant)
            if cid in seen:
                continue
            seen.add(cid)
            d = c.to_dict()
            d["as_of"] = c.as_of
            claims.append(dict(claim_id=cid, article_id=aid, **d, extractor_version=extractor_version,
                               batch_id=batch_id, extracted_at=now))
        places.extend(_place_rows(aid, result, extractor_version, batch_id, now))
        done.append(dict(article_id=aid, content_hash=row["content_hash"], extractor_version=extractor_version,
                         n_statements=len(result.statements), n_area_claims=len(result.area_claims),
                         limits_applied=getattr(result, "limits_applied", None), batch_id=batch_id,
                         extracted_at=now))
    with transaction(con):
        ids = pd.DataFrame({"article_id": [row["article_id"] for row, _ in results]})
        con.register("_ids", ids)
        for table in ("raw.statements", "raw.area_claims", "raw.place_claims", "raw.extractions"):
            con.execute(f"delete from {table} where article_id in (select article_id from _ids)")
        con.unregister("_ids")
        _insert(con, "raw.statements", pd.DataFrame(statements))
        _insert(con, "raw.area_claims", pd.DataFrame(claims))
        _insert(con, "raw.place_claims", pd.DataFrame(places))
        _insert(con, "raw.extractions", pd.DataFrame(done))
        _quarantine(con, failed, batch_id, now)
    return dict(articles=len(done), statements=len(statements), area_claims=len(claims), place_claims=len(places),
                failed=len(failed))


def _place_rows(aid: str, result: Extraction, extractor_version: str, batch_id: str, now: datetime) -> list[dict]:
    """raw.place_claims rows of one article; the id is stable across runs (same claim, same sentence, same id)."""
    rows, seen = [], set()
    for c in getattr(result, "place_claims", []):
        pid = _id(aid, "place", place_key(c.place), c.controller, c.stance, c.claimant, c.char_start)
        if pid in seen:
            continue
        seen.add(pid)
        d = c.to_dict()
        d["as_of"] = c.as_of
        rows.append(dict(place_claim_id=pid, article_id=aid, **d, extractor_version=extractor_version,
                         batch_id=batch_id, extracted_at=now))
    return rows
