"""dbt run by a test against a warehouse file, the way a run starts it (pipelines/dbt_child.py): in the
warehouse's folder with the file named relatively, so that the parse state of `make manifest` serves it (dbt
hashes the profile's values into that state: an absolute path of another file would parse everything again)."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

DBT = Path(sys.executable).with_name("dbt")
DBT_PROJECT = ROOT / "dbt_project"


def run_dbt(warehouse: Path, target: Path, *args: str) -> subprocess.CompletedProcess:
    """`dbt <args>` on `warehouse`; compiled files, results and logs under `target`."""
    state = DBT_PROJECT / "target" / "partial_parse.msgpack"
    if state.exists() and not (target / state.name).exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copy(state, target / state.name)
    return subprocess.run(
        [str(DBT), *args, "--project-dir", str(DBT_PROJECT), "--profiles-dir", str(DBT_PROJECT),
         "--target-path", str(target), "--log-path", str(target)],
        cwd=warehouse.parent, env={**os.environ, "CLAIMWATCH_WAREHOUSE": warehouse.name}, capture_output=True,
        text=True)
