"""The runtime install carries the DuckDB CLI of the pinned engine: the README tells analysts to open the
published snapshot with it, and a CLI of another version may refuse the file (or read it differently)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb


def _cli() -> Path:
    return Path(sys.executable).parent / "duckdb"  # installed beside the interpreter by the duckdb-cli wheel


def test_the_cli_is_installed_and_matches_the_engine():
    done = subprocess.run([str(_cli()), "-version"], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[0].lstrip("v") == duckdb.__version__, (done.stdout, duckdb.__version__)


def test_the_cli_reads_a_file_the_engine_wrote_read_only(tmp_path: Path):
    path = tmp_path / "warehouse.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.t as select range as n from range(5)")
    done = subprocess.run([str(_cli()), "-readonly", "-csv", str(path), "-c", "select sum(n) from marts.t"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "10"
    # read-only means read-only: the CLI refuses to write the snapshot
    refused = subprocess.run([str(_cli()), "-readonly", str(path), "-c", "create table marts.u (n int)"],
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode != 0 and "read-only" in (refused.stderr + refused.stdout).lower()
