"""What readers get after each successful build.

File mode: readers never touch the writer's file. After each build the relations readers query (the
`marts` and `reference` schemas, and the quarantine) go into a new DuckDB file,
`<home>/published/warehouse.duckdb`, switched atomically with os.replace, so queries (CLI, DuckDB CLI,
notebooks) work while a run writes and always see one consistent build. The raw layer (article texts:
most of the bytes) and the staging/intermediate views stay behind.

The new file is made one of two ways:
- **in full**: every relation copied with `create table as` (the first build, a full refresh, a changed
  column list, every `FULL_EVERY`-th build). This re-encodes every row: 13-16 s at 100,000 articles.
- **by delta**: onto the older of two snapshot files, written in place, or onto a byte copy of the current one
  (see below), then, for each mart whose dbt config says how (`meta.publish`), only what changed:
  `by_key` — the rows of the keys whose rows carry a `loaded_at` newer than the snapshot's (the per-article
  marts: dbt's delete+insert replaces all of a changed article's rows, each stamped with its new extraction);
  `by_row_hash` — the rows whose whole-row hash is in one table and not in the other (the marts whose
  rewritten rows keep older or null stamps: series days carried forward, claim events);
  `by_group` — the rows of the groups a queue model (`meta.publish_groups`) stamped since the snapshot was
  made: area_claim_conflicts rebuilds exactly the groups int_conflict_groups_fingerprinted marks, each marked
  row stamped with its build's raw stamp (`loaded_at`). The snapshot records the queue's newest stamp
  (`claimwatch_publish.marks`); the next delta takes the groups stamped after it. Exact under the watermark's
  own rule (dbt_project/macros/incremental.sql): an incremental build changes groups only for new raw rows,
  which carry a newer stamp; what changes marts without them (seeds, vars, models) needs a full refresh, and
  a full refresh publishes in full. At 100,000 articles this reads the few hundred groups of a build instead
  of hashing 2.5 million rows on both sides.
  Other relations (seeds, views, the small marts) are copied in full. After a delta each table's row count
  must equal the warehouse's, or the table is copied in full. tests/integration/test_publish_delta.py checks,
  row by row, that a snapshot made by delta equals the warehouse.

Two files in turn: `published/warehouse.duckdb` is a symlink to `.warehouse.a.duckdb` or `.warehouse.b.duckdb`,
switched atomically (os.replace of a new link). A build writes the file readers are not pointed at, in place:
every delta above is taken against the snapshot's own state (its stamps, marks and row hashes), so a file two
builds old catches up as well as one a build old, and nothing is copied. A byte copy of the current file (which
grew with the marts: 1-2 s at 100,000 articles) is made only when that file cannot be written in place: a reader
still holds it (DuckDB's file lock says so: the reader keeps reading its build), it is missing or damaged, or it
was made before the last full copy (`lineage`: a full refresh changes rows without newer stamps, so only deltas
of the same full copy's line can follow each other). A publish that fails in place deletes that file; the next
starts it again from a copy.

Lake mode: nothing is copied. The build's last snapshot id is recorded in the lake (`published.builds`) and
readers attach the lake as of it (pipelines/warehouse/lake.py).
"""
from __future__ import annotations

import json
import os
import shutil
import uuid
from pathlib import Path

import duckdb

from pipelines.warehouse import db
from pipelines.warehouse.lock import WarehouseBusy

# what readers query besides marts.* and reference.* (README: `claimwatch query ... from raw.quarantine`)
# and the assessed series, which the summary and the report's chart read (issue 13). A staging view is copied
# after its raw table: the copy reads the view in the new file, where `raw.<table>` must already be.
EXTRA_RELATIONS = ("raw.quarantine", "staging.stg_raw__quarantine",
                   "raw.assessed_control", "staging.stg_raw__assessed_control")
SCHEMAS = ("marts", "reference")
IDENTITY = "build_state.warehouse_id"
STATE = "claimwatch_publish.state"   # in the snapshot: the warehouse it mirrors, delta builds since a full copy,
                                     # the full copy it descends from (lineage), how the file was written
MARKS = "claimwatch_publish.marks"   # in the snapshot: per `by_group` mart, its queue's newest stamp when made
TABLES = "claimwatch_publish.tables"  # in the snapshot: how it got each relation (delta or copy)
FULL_EVERY = 50                      # a full copy now and then re-encodes what many deltas left fragmented
SLOTS = ("a", "b")                   # the two snapshot files readers are pointed at in turn


def publish_snapshot(warehouse: Path, published: Path, plans: dict[str, list[str] | str | dict] | None = None,
                     full: bool = False) -> Path:
    """Make `published` hold the readers' relations of `warehouse` and switch it in. The caller holds the
    writer lock, so the warehouse is quiescent. `plans`: how each mart takes a delta (`delta_plans()` of dbt's
    manifest); without them, or with `full`, every relation is copied."""
    published.parent.mkdir(parents=True, exist_ok=True)
    warehouse_id = _warehouse_id(warehouse)
    previous = None if full or not plans else _previous_state(published)
    delta = previous is not None and previous["warehouse_id"] == warehouse_id and previous["delta_builds"] + 1 < FULL_EVERY
    target = _other_slot(published)
    con, tmp = None, None
    if delta and previous["lineage"] is not None and _state(target) == (warehouse_id, previous["lineage"]):
        try:
            con = db.connect(target)   # takes the file's lock: fails while any reader still has it open
        except (duckdb.Error, WarehouseBusy):
            con = None
    in_place = con is not None
    if not in_place:
        tmp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)
        if delta:
            shutil.copyfile(published, tmp)   # the current file, which readers may hold: copied, never written
        con = db.connect(tmp)
    try:
        con.execute(f"attach '{warehouse}' as src (read_only)")
        relations = _relations(con)
        for schema in sorted({s for s, _ in relations}):
            con.execute(f'create schema if not exists "{schema}"')
        marks = _previous_marks(con) if delta else {}
        how: dict[str, str] = {}
        for schema, name in relations:
            plan = plans.get(f"{schema}.{name}") if delta else None
            if isinstance(plan, dict):
                plan = {**plan, "mark": marks.get(f"{schema}.{name}")}
            if plan and _apply_delta(con, schema, name, plan):
                how[f"{schema}.{name}"] = "delta"
            else:
                _copy(con, schema, name)
                how[f"{schema}.{name}"] = "copy"
        if delta:
            _drop_gone(con, relations)
        lineage = previous["lineage"] if delta and previous["lineage"] else str(uuid.uuid4())
        _record(con, warehouse_id, previous["delta_builds"] + 1 if delta else 0, lineage,
                "in place" if in_place else "copy", plans or {}, how)
        con.execute("detach src")
        con.execute("checkpoint")
    except BaseException:
        con.close()
        (target if in_place else tmp).unlink(missing_ok=True)   # never a file half caught up
        raise
    con.close()
    try:
        if not in_place:
            os.replace(tmp, target)   # a reader of the file it replaces keeps that file's inode
        _point(published, target)
    finally:
        if tmp is not None:
            tmp.unlink(missing_ok=True)
    return published


def slot_paths(published: Path) -> list[Path]:
    """The two snapshot files `published` points to in turn (`.warehouse.a.duckdb`, `.warehouse.b.duckdb`)."""
    return [published.with_name(f".{published.stem}.{slot}{published.suffix}") for slot in SLOTS]


def settled(published: Path) -> bool:
    """Both snapshot files present and readers pointed at one: a warehouse from its second build on."""
    return published.is_symlink() and all(path.is_file() for path in slot_paths(published))


def _other_slot(published: Path) -> Path:
    """The snapshot file readers are not pointed at (the first slot while `published` is no symlink yet: a
    snapshot of before the two files, or none)."""
    current = os.readlink(published) if published.is_symlink() else None
    first, second = slot_paths(published)
    return second if current == first.name else first


def _point(published: Path, target: Path) -> None:
    """Switch readers to `target` at once: a new relative symlink (the home can move) put over the old name."""
    link = published.with_name(f".{published.name}.{os.getpid()}.link")
    link.unlink(missing_ok=True)
    os.symlink(target.name, link)
    os.replace(link, published)


def delta_plans(manifest: Path) -> dict[str, list[str] | str | dict]:
    """How each mart takes a delta, from a dbt manifest: `<schema>.<name>` -> its unique key columns
    (`meta.publish: by_key`, incremental delete+insert models only), "by_row_hash", or for `by_group`
    {"key": its unique key columns, "groups": `<schema>.<name>` of its queue model (`meta.publish_groups`)}."""
    try:
        nodes = json.loads(Path(manifest).read_text(encoding="utf-8"))["nodes"].values()
    except (OSError, ValueError, KeyError):
        return {}
    relation = {n["name"]: f"{n['schema']}.{n.get('alias') or n['name']}" for n in nodes
                if n.get("resource_type") == "model"}
    out: dict[str, list[str] | str | dict] = {}
    for node in nodes:
        cfg = node.get("config") or {}
        meta = cfg.get("meta") or {}
        mode = meta.get("publish")
        if node.get("resource_type") != "model" or cfg.get("materialized") != "incremental" or not mode:
            continue
        name = relation[node["name"]]
        key = cfg.get("unique_key")
        keys = [key] if isinstance(key, str) else list(key or [])
        delete_insert = bool(keys) and cfg.get("incremental_strategy") == "delete+insert"
        if mode == "by_key" and delete_insert:
            out[name] = keys
        elif mode == "by_group" and delete_insert and meta.get("publish_groups") in relation:
            out[name] = {"key": keys, "groups": relation[meta["publish_groups"]]}
        elif mode == "by_row_hash":
            out[name] = "by_row_hash"
    return out


def _relations(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    relations = [tuple(r) for r in con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = 'src' "
        "and schema_name in (select unnest(?::varchar[])) "
        "union all select schema_name, view_name from duckdb_views() where database_name = 'src' "
        "and schema_name in (select unnest(?::varchar[])) and not internal",
        [list(SCHEMAS), list(SCHEMAS)]).fetchall()]
    present = {f"{s}.{t}" for s, t in con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = 'src' union all "
        "select schema_name, view_name from duckdb_views() where database_name = 'src'").fetchall()}
    return relations + [tuple(r.split(".")) for r in EXTRA_RELATIONS if r in present]


def _copy(con: duckdb.DuckDBPyConnection, schema: str, name: str) -> None:
    """The relation in full (names come from the warehouse's own catalog, quoted; its schema exists)."""
    con.execute(f'create or replace table "{schema}"."{name}" as select * from src."{schema}"."{name}"')


def _columns(con: duckdb.DuckDBPyConnection, schema: str, name: str, database: str | None = None) -> list[tuple]:
    """(name, type) of a table's columns, in order: in `database`, else in the snapshot being written."""
    return con.execute("select column_name, data_type from duckdb_columns() where database_name = "
                       "coalesce(?, current_database()) and schema_name = ? and table_name = ? order by column_index",
                       [database, schema, name]).fetchall()


def _apply_delta(con: duckdb.DuckDBPyConnection, schema: str, name: str, plan: list[str] | str) -> bool:
    """Bring the snapshot's table to the warehouse's by its plan (key columns, or "by_row_hash"); False when it
    cannot take a delta (then the caller copies it in full)."""
    cols = _columns(con, schema, name, "src")
    names = {c for c, _ in cols}
    if cols != _columns(con, schema, name):
        return False
    t = f'"{schema}"."{name}"'
    if isinstance(plan, dict):
        if plan.get("mark") is None or not set(plan["key"]) <= names:
            return False   # no mark yet (a snapshot made before by_group): copied in full, and marked
        k = ", ".join(f'"{c}"' for c in plan["key"])
        groups = _quoted(plan["groups"])
        # the groups the queue stamped since the snapshot's mark, gone ones included (their rows leave)
        con.execute(f"create or replace temp table _changed as select distinct {k} from src.{groups} "
                    f"where loaded_at > ?", [plan["mark"]])
        con.execute(f"delete from {t} where ({k}) in (select {k} from _changed)")
        con.execute(f"insert into {t} select * from src.{t} where ({k}) in (select {k} from _changed)")
        con.execute("drop table _changed")
    elif plan == "by_row_hash":
        # rows only the warehouse has come in, rows only the snapshot has go (a 64-bit hash of the whole row;
        # duplicate rows would leave the counts unequal, and the table is then copied in full)
        con.execute(f"create or replace temp table _new as select * from src.{t} as s "
                    f"where hash(s) not in (select hash(p) from {t} as p)")
        con.execute(f"delete from {t} as p where hash(p) not in (select hash(s) from src.{t} as s)")
        con.execute(f"insert into {t} select * from _new")
        con.execute("drop table _new")
    elif "loaded_at" in names and set(plan) <= names:
        k = ", ".join(f'"{c}"' for c in plan)
        con.execute(f"create or replace temp table _changed as select distinct {k} from src.{t} "
                    f"where loaded_at > (select coalesce(max(loaded_at), timestamp '1970-01-01') from {t})")
        # (a row whose key has a null part matches nothing, as in dbt's own delete+insert)
        con.execute(f"delete from {t} where ({k}) in (select {k} from _changed)")
        con.execute(f"insert into {t} select * from src.{t} where ({k}) in (select {k} from _changed)")
        con.execute("drop table _changed")
    else:
        return False
    # (no transaction: the file is not switched in unless the whole publish succeeds, and a table whose counts
    # disagree is then copied in full over whatever the delta left)
    return con.execute(f"select (select count(*) from {t}) = (select count(*) from src.{t})").fetchone()[0]


def _drop_gone(con: duckdb.DuckDBPyConnection, relations: list[tuple[str, str]]) -> None:
    """A relation the warehouse no longer has (a model removed) leaves the snapshot too."""
    keep = set(relations)
    here = con.execute("select schema_name, table_name from duckdb_tables() where database_name = current_database() "
                       "and schema_name <> 'claimwatch_publish'").fetchall()
    for schema, name in here:
        if (schema, name) not in keep:
            con.execute(f'drop table "{schema}"."{name}"')


def _warehouse_id(warehouse: Path) -> str:
    """The warehouse's own identity (made once, kept in its build_state schema): a snapshot applies deltas only
    to the warehouse it mirrors, wherever either file has been moved or copied since."""
    try:
        with db.connect(warehouse, read_only=True) as con:
            return con.execute(f"select id from {IDENTITY}").fetchone()[0]
    except duckdb.CatalogException:
        pass
    with db.connect(warehouse) as con:   # the caller holds the writer lock
        con.execute("create schema if not exists build_state")
        con.execute(f"create table if not exists {IDENTITY} as select uuid()::varchar as id")
        return con.execute(f"select id from {IDENTITY}").fetchone()[0]


def _previous_state(published: Path) -> dict | None:
    """The snapshot on disk's publish state (which warehouse it mirrors, delta builds since a full copy, the full
    copy it descends from)."""
    if not published.exists():
        return None
    try:
        with duckdb.connect(str(published), read_only=True) as con:
            row = con.execute(f"select * from {STATE}").fetchone()
            names = [d[0] for d in con.description]
    except duckdb.Error:
        return None   # no snapshot state (none yet, or one from before deltas): the next one is made in full
    if not row:
        return None
    state = dict(zip(names, row))
    return {"warehouse_id": state["warehouse_id"], "delta_builds": state["delta_builds"],
            "lineage": state.get("lineage")}   # (no lineage: a snapshot of before the two files)


def _state(path: Path) -> tuple[str, str] | None:
    """(warehouse, lineage) of a snapshot file, None when it is missing, unreadable or held for writing."""
    state = _previous_state(path) if path.is_file() and not path.is_symlink() else None
    return (state["warehouse_id"], state["lineage"]) if state else None


def _quoted(relation: str) -> str:
    """`schema.name` as quoted identifiers."""
    return ".".join(f'"{part}"' for part in relation.split("."))


def _previous_marks(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """The snapshot's marks (`by_group`: its queue's newest stamp when the snapshot was made)."""
    try:
        return dict(con.execute(f"select relation, mark from {MARKS}").fetchall())
    except duckdb.CatalogException:
        return {}


def _record(con: duckdb.DuckDBPyConnection, warehouse_id: str, delta_builds: int, lineage: str, written: str,
            plans: dict[str, list[str] | str | dict], how: dict[str, str]) -> None:
    con.execute("create schema if not exists claimwatch_publish")
    con.execute(f"create or replace table {STATE} (warehouse_id varchar, delta_builds integer, published_at timestamp, "
                "lineage varchar, written varchar)")
    con.execute(f"insert into {STATE} values (?, ?, now()::timestamp, ?, ?)", [warehouse_id, delta_builds, lineage,
                                                                               written])
    # how this snapshot got each relation: by its delta plan, or copied in full (no plan, or the delta's
    # row counts disagreed with the warehouse's)
    con.execute(f"create or replace table {TABLES} (relation varchar, how varchar)")
    con.executemany(f"insert into {TABLES} values (?, ?)", sorted(how.items()))
    # the warehouse is quiescent (the caller holds the writer lock): its queues' newest stamps now are those
    # of the marts just copied
    con.execute(f"create or replace table {MARKS} (relation varchar, mark timestamp)")
    for name, plan in plans.items():
        if isinstance(plan, dict):
            groups = _quoted(plan["groups"])
            try:
                mark = con.execute(f"select max(loaded_at) from src.{groups}").fetchone()[0]
            except duckdb.CatalogException:
                continue
            con.execute(f"insert into {MARKS} values (?, ?)", [name, mark])
