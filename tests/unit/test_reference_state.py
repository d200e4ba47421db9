"""When a build may skip reloading the reference seeds (pipelines/warehouse/reference_state.py)."""
import shutil
from pathlib import Path

import duckdb

from pipelines import settings
from pipelines.warehouse import reference_state


def _copy_project(tmp_path: Path) -> Path:
    """The project file and the seeds, in the layout the fingerprint reads (seeds beside dbt_project/)."""
    project = tmp_path / "dbt_project"
    project.mkdir()
    shutil.copy(settings.DBT_PROJECT_DIR / "dbt_project.yml", project)
    shutil.copytree(settings.DBT_PROJECT_DIR.parent / "seeds", tmp_path / "seeds")
    return project


def test_the_fingerprint_follows_every_seed_file_and_the_project_file(tmp_path: Path):
    project = _copy_project(tmp_path)
    first = reference_state.fingerprint(project)
    assert first == reference_state.fingerprint(project)
    assert first == reference_state.fingerprint(settings.DBT_PROJECT_DIR)  # the checkout's own seeds
    places = tmp_path / "seeds" / "places.csv"
    places.write_text(places.read_text() + "\n")
    second = reference_state.fingerprint(project)
    assert second != first
    (project / "dbt_project.yml").write_text((project / "dbt_project.yml").read_text() + "\n# typed again\n")
    assert reference_state.fingerprint(project) not in (first, second)


def test_a_warehouse_without_a_record_or_without_its_tables_loads_the_seeds():
    con = duckdb.connect()
    assert reference_state.loaded(con) is None  # a new warehouse
    reference_state.record(con, "abc")
    assert reference_state.loaded(con) is None  # recorded, but the reference tables are gone
    con.execute("create schema reference; create table reference.places (place_id varchar)")
    assert reference_state.loaded(con) == "abc"
    reference_state.record(con, "def")
    assert reference_state.loaded(con) == "def"  # the last load counts
