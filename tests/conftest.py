"""Shared fixtures: a temporary claimwatch home, the dbt manifest, a real HTTP server on 127.0.0.1."""
from __future__ import annotations

import contextlib
import fcntl
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED_EVAL = ROOT.parent / "shared" / "eval"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def skip_unless_ci(reason: str) -> None:
    """Skip a test whose outside requirement is missing on a developer's machine; under CI (CI=true) fail
    instead, so that a run missing Chromium or ../shared/eval cannot pass with the test unrun."""
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        pytest.fail(f"CI=true and {reason}", pytrace=False)
    pytest.skip(reason)


def dbt_parse() -> None:
    """The manifest dagster-dbt loads; built once per session, never at import (like `make manifest`)."""
    dbt = Path(sys.executable).with_name("dbt")
    # an absolute project folder: the parse state records it, and builds run in the warehouse's folder
    project = str(ROOT / "dbt_project")
    subprocess.run([str(dbt), "parse", "--quiet", "--profiles-dir", project, "--project-dir", project],
                   cwd=project, check=True)


def pytest_configure(config):
    """Test modules import the Dagster definitions, which read the manifest: build it before collection."""
    manifest = ROOT / "dbt_project" / "target" / "manifest.json"
    if not hasattr(config, "workerinput") and (not manifest.exists() or os.environ.get("CLAIMWATCH_REPARSE")):
        dbt_parse()


# Seconds each end-to-end module took in a full `pytest -n 2 --durations=0` (fresh clone of f07f760, 2026-12-02
# 06:16-06:31 UTC, 895 s of tests), summed over its tests and fixtures. `make test`
# runs modules whole on two workers (--dist loadfile) in the order collected (--no-loadscope-reorder): longest
# first, so that both workers finish together instead of one starting a long module while the other has nothing
# left. A module not listed (every unit module, each under 10 s) keeps its place after these.
MODULE_SECONDS = {
    "test_lake_concurrency.py": 268, "test_backfill.py": 140, "test_operations.py": 226, "test_incremental_marts.py": 223,
    "test_publish_delta.py": 116, "test_ui.py": 107, "test_hostile_records.py": 96, "test_assessed_marts.py": 85,
    "test_storage_modes.py": 82, "test_pipeline.py": 73, "test_housekeeping.py": 72, "test_distributed.py": 55,
    "test_hostile_inputs.py": 37, "test_place_marts.py": 33,
    # (changed since that run, measured alone on 2026-12-07: the lake's conflict queue, copies and late commits in
    # one module on one lake, three builds (~150 s); the backfill started in the UI no longer waits on the daemon's
    # 30 s loop (~65 s, was ~145 s))
    "test_lake_incremental.py": 170,
}


def pytest_collection_modifyitems(config, items):
    items.sort(key=lambda item: -MODULE_SECONDS.get(item.path.name, 0))   # stable: tests keep their order


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("CLAIMWATCH_HOME", str(home))
    monkeypatch.setenv("CLAIMWATCH_WAREHOUSE", str(home / "warehouse.duckdb"))
    return home


SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory, request) -> Path:
    """The bundled samples built once per test session (file mode, a real Dagster run and dbt build): the home that
    tests whose first step is this same build copy (``built_home``) instead of running it again (~30 s each).

    Under xdist the workers share it: the first to need it builds it under a file lock in the session's common
    temporary folder, the other waits and copies it (the build cost ~40 s of a CI worker's time when each worker
    made its own; a worker that fails to build leaves no mark, so the next one tries again and fails the same)."""
    from pipelines.runs import run_pipeline

    import dagster as dg

    worker = getattr(request.config, "workerinput", None)
    # the parent of a worker's base folder is this session's alone (pytest-N/popen-gwK); without xdist it would
    # be every session's, so a single process builds in its own
    root = tmp_path_factory.getbasetemp().parent if worker else tmp_path_factory.mktemp("shared")
    home, done = root / "sample-build", root / "sample-build.done"
    with open(root / "sample-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            for folder in (home, sample_instance_dir(home)):
                shutil.rmtree(folder, ignore_errors=True)
                folder.mkdir()
            # the run is recorded in a Dagster instance of its own beside the home, for the UI test to serve
            instance_dir = sample_instance_dir(home)
            shutil.copy(ROOT / "config" / "dagster.yaml", instance_dir / "dagster.yaml")
            with pytest.MonkeyPatch.context() as mp:
                mp.setenv("CLAIMWATCH_STORAGE", "file")
                mp.setenv("CLAIMWATCH_HOME", str(home))
                mp.setenv("CLAIMWATCH_WAREHOUSE", str(home / "warehouse.duckdb"))
                mp.setenv("DAGSTER_HOME", str(instance_dir))
                with dg.DagsterInstance.from_config(str(instance_dir)) as instance:
                    assert run_pipeline(home, [str(SAMPLES)], instance=instance).success
            done.touch()
    return home


def sample_instance_dir(build: Path) -> Path:
    """The Dagster instance (DAGSTER_HOME) that recorded ``sample_build``'s run: runs, materialisations and check
    evaluations, in files under it (SQLite), so a copy of it serves as well as the original."""
    return build.parent / (build.name + "-dagster")


def copy_home(built: Path, home: Path) -> Path:
    """A copy of a built home (warehouse, published snapshot, report, dbt state): nothing in it names its folder."""
    shutil.copytree(built, home, dirs_exist_ok=True)
    return home


@pytest.fixture
def built_home(home: Path, sample_build: Path) -> Path:
    """``home`` holding the samples' build (a copy of ``sample_build``)."""
    return copy_home(sample_build, home)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, plus a few hostile endpoints: /status/500, /slow (sleeps 3 s), /loop (redirects forever),
    /drip (a page sent one byte every 0.2 s: no single read is slow, the response is), /to/<url> (redirects
    to the URL)."""

    def do_GET(self):
        if self.path.startswith("/drip"):
            import time

            body = b"<html><body><p>" + b"x" * 200 + b"</p></body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for i in range(len(body)):
                    self.wfile.write(body[i:i + 1])
                    self.wfile.flush()
                    time.sleep(0.2)
            except OSError:
                pass  # the client gave up: that is the point
            return
        if self.path.startswith("/to/"):
            self.send_response(302)
            self.send_header("Location", self.path[len("/to/"):])
            self.end_headers()
            return
        if self.path.startswith("/status/"):
            self.send_response(int(self.path.rsplit("/", 1)[1].split(".")[0]))
            self.end_headers()
            return
        if self.path.startswith("/slow"):
            import time

            time.sleep(3)
        if self.path.startswith("/loop"):
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args):  # keep test output readable
        pass


@pytest.fixture
def http_server(tmp_path: Path):
    """Serve a folder on 127.0.0.1 with a real HTTP server; yields (base_url, folder)."""
    with serve(tmp_path / "www") as served:
        yield served


@pytest.fixture
def other_http_server(tmp_path: Path):
    """A second server on another port of the same host (for allow rules by port)."""
    with serve(tmp_path / "www-other") as served:
        yield served


@contextlib.contextmanager
def serve(root: Path):
    root.mkdir()
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", root
    finally:
        server.shutdown()
        server.server_close()


# ---------------------------------------------------------------- lake mode: real Postgres and S3 servers

@pytest.fixture(scope="session")
def lake_services():
    """A real PostgreSQL (the DuckLake catalog) and an S3 API on 127.0.0.1 (the lake's data), for this session."""
    from tests.services import S3, Postgres

    pg = Postgres().start()
    s3 = S3()
    try:
        s3.start()
        yield pg, s3
    finally:
        s3.stop()
        pg.stop()


def storage_env(mode: str, request: pytest.FixtureRequest) -> dict[str, str]:
    """The variables that put a run in `mode`; lake mode gets a fresh catalog database and S3 prefix."""
    if mode == "file":
        return {"CLAIMWATCH_STORAGE": "file"}
    pg, s3 = request.getfixturevalue("lake_services")
    return {"CLAIMWATCH_STORAGE": "lake", "CLAIMWATCH_LAKE_CATALOG": pg.catalog(pg.create_database()),
            "CLAIMWATCH_LAKE_DATA": s3.prefix("lake"), **s3.env()}
