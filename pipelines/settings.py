"""Where things live. One place for paths so the CLI, Dagster and tests agree.

The warehouse home is `--home DIR`, else $CLAIMWATCH_HOME, else `data/` in the project.
"""
from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
SEEDS_DIR = PROJECT_ROOT / "seeds"
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"
SAMPLES_DIR = PROJECT_ROOT / "data" / "samples"
SAMPLE_ARTICLES = SAMPLES_DIR / "articles.jsonl"  # the bundled sample the main job runs on
FEEDS_CONFIG = PROJECT_ROOT / "feeds.yaml"
ASSESSED_CONFIG = PROJECT_ROOT / "assessed.yaml"  # assessed control series loaded on every build


def assessed_config(path: str | None = None) -> Path:
    return Path(path or os.environ.get("CLAIMWATCH_ASSESSED_CONFIG") or ASSESSED_CONFIG).resolve()


def home_dir() -> Path:
    return Path(os.environ.get("CLAIMWATCH_HOME") or PROJECT_ROOT / "data").resolve()


def warehouse_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / "warehouse.duckdb"


def published_path(home: Path | None = None) -> Path:
    """Read-only snapshot that readers query while a run writes the warehouse."""
    return (home or home_dir()) / "published" / "warehouse.duckdb"
