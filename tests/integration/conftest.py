"""What the integration tests share beyond tests/conftest.py."""
from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def local_lake(tmp_path: Path, monkeypatch) -> Path:
    """Lake mode on this machine alone (SQLite catalog, Parquet in a folder, no watermark margin): the home to run
    the pipeline in. DuckLake's own behaviour (change feed, Parquet types) is the same whatever the catalog."""
    home = tmp_path / "home"
    for k, v in {"CLAIMWATCH_STORAGE": "lake", "CLAIMWATCH_HOME": str(home),
                 "CLAIMWATCH_LAKE_CATALOG": str(tmp_path / "catalog.sqlite"),
                 "CLAIMWATCH_LAKE_DATA": str(tmp_path / "data")}.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("CLAIMWATCH_WATERMARK_MARGIN_S", raising=False)
    return home
