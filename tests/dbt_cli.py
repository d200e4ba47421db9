"""dbt run by a test against a warehouse file, the way a run starts it (pipelines/dbt_child.py): in the
warehouse's folder with the file named relatively, so that the parse state of `make manifest` serves it (dbt
hashes the profile's values into that state: an absolute path of another file would parse everything again).

dbt runs in the test's own process (dbt's programmatic entry point, `dbtRunner`), not as a child: a child pays
~4 s of imports and ~2 s of parsing every time, and the incremental-marts tests start dbt fifteen times. The
project, profile, warehouse and arguments are the ones a run gives its child; after each invocation the DuckDB
instance dbt-duckdb keeps for the process is closed, so the warehouse file is free for the test's own reads
(a run's child process ends, and its instance with it)."""
from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT

DBT_PROJECT = ROOT / "dbt_project"


@dataclass
class DbtResult:
    returncode: int
    stdout: str      # dbt's console lines (info and above), as a child would have printed them


@contextmanager
def _in(folder: Path, env: dict[str, str]):
    """dbt's working folder and environment for one invocation, then the test's own back."""
    cwd, saved = os.getcwd(), {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(cwd)
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _release_warehouse() -> None:
    """Close the DuckDB instance dbt-duckdb keeps for the process (class-level, reused by the next
    invocation): it holds the warehouse file attached."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    env, DuckDBConnectionManager._ENV = DuckDBConnectionManager._ENV, None
    if env is not None:
        env.close()


def run_dbt(warehouse: Path, target: Path, *args: str) -> DbtResult:
    """`dbt <args>` on `warehouse`; compiled files, results and logs under `target`."""
    from dbt.cli.main import dbtRunner

    state = DBT_PROJECT / "target" / "partial_parse.msgpack"
    if state.exists() and not (target / state.name).exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(state, target / state.name)
    lines: list[str] = []

    def console(event) -> None:
        if event.info.level in ("info", "warn", "error") and event.info.msg:
            lines.append(str(event.info.msg))

    with _in(warehouse.parent, {"CLAIMWATCH_WAREHOUSE": warehouse.name}):
        try:
            result = dbtRunner(callbacks=[console]).invoke(
                [*args, "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT),
                 "--target-path", str(target), "--log-path", str(target), "--quiet"])
        finally:
            _release_warehouse()
    if result.exception is not None:
        lines.append(f"{type(result.exception).__name__}: {result.exception}")
    return DbtResult(0 if result.success else 1, "\n".join(lines))
