"""Housekeeping with real parts: dbt's files stay in the home, runs left STARTED by a killed process are
marked failed, dbt ends with the process that started it, and broken homes and files get clear messages."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import dagster as dg
import pytest

from pipelines.housekeeping import HOST_TAG, PID_TAG, fail_stale_runs, run_tags
from tests.conftest import ROOT

pytestmark = [pytest.mark.slow, pytest.mark.xdist_group("housekeeping")]
CLI = Path(sys.executable).with_name("claimwatch")
SAMPLES = ROOT / "data" / "samples" / "articles.jsonl"


def cli(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, **env}
    environ.pop("DAGSTER_HOME", None)
    environ.pop("CLAIMWATCH_HOME", None)
    return subprocess.run([str(CLI), "--home", str(home), *args], env=environ, capture_output=True, text=True,
                          timeout=600)


@dg.op
def noop():
    pass


@dg.job
def one_step():
    noop()


def test_runs_left_started_by_a_dead_process_are_marked_failed(tmp_path: Path):
    from dagster._core.events import DagsterEvent, DagsterEventType

    (tmp_path / "dagster").mkdir()
    instance = dg.DagsterInstance.local_temp(str(tmp_path / "dagster"))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()

    def started(pid: int, host_tags: dict) -> str:
        """A run as a process leaves it when killed mid-run: RUN_START recorded, nothing after."""
        run = instance.create_run_for_job(one_step, tags={**host_tags, PID_TAG: str(pid)})
        instance.report_dagster_event(DagsterEvent(event_type_value=DagsterEventType.RUN_START.value,
                                                   job_name=run.job_name), run_id=run.run_id)
        return run.run_id

    killed = started(dead.pid, run_tags())
    alive = started(os.getpid(), run_tags())
    elsewhere = started(dead.pid, {HOST_TAG: "another-host"})
    assert fail_stale_runs(instance) == [killed]
    status = {r: instance.get_run_by_id(r).status for r in (killed, alive, elsewhere)}
    assert status == {killed: dg.DagsterRunStatus.FAILURE, alive: dg.DagsterRunStatus.STARTED,
                      elsewhere: dg.DagsterRunStatus.STARTED}
    instance.dispose()


def _dbt_processes(warehouse: Path) -> list[int]:
    """Live dbt processes working on this warehouse (read from /proc: the real processes, nothing mocked)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            environ = (entry / "environ").read_bytes().split(b"\0")
            state = (entry / "stat").read_text().split(")")[-1].split()[0]
        except OSError:
            continue
        if state != "Z" and any(Path(a.decode(errors="replace")).name == "dbt" for a in cmdline[:2]) \
                and f"CLAIMWATCH_DBT_CWD={warehouse.parent}".encode() in environ:  # dbt runs in the home
            found.append(int(entry.name))
    return found


def test_dbt_ends_with_the_run_and_its_files_stay_in_the_home(tmp_path: Path):
    home = tmp_path / "home"
    targets_before = set((ROOT / "dbt_project" / "target").iterdir())
    env = {**os.environ, "CLAIMWATCH_HOME": str(home)}
    env.pop("DAGSTER_HOME", None)
    proc = subprocess.Popen([str(CLI), "run", str(SAMPLES)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, start_new_session=True)
    warehouse = home / "warehouse.duckdb"
    try:
        deadline = time.monotonic() + 300
        while not _dbt_processes(warehouse) and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert _dbt_processes(warehouse), "dbt never started"
        proc.send_signal(signal.SIGKILL)  # the main process only, as a closed terminal or the OOM killer does
        proc.wait()
        deadline = time.monotonic() + 30
        while _dbt_processes(warehouse) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert _dbt_processes(warehouse) == []
        # ended by the kill, not by finishing its build: dbt writes run_results.json only at the end
        assert not (home / "dbt" / "target" / "run_results.json").exists()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)  # whatever is left of this test's own process group
    done = cli(home, "run", str(SAMPLES))  # no lock traceback: the next run simply works
    assert done.returncode == 0, done.stderr
    assert (home / "dbt" / "target" / "run_results.json").exists()
    assert set((ROOT / "dbt_project" / "target").iterdir()) == targets_before


def test_a_damaged_warehouse_file_gets_a_clear_message(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir()
    (home / "warehouse.duckdb").write_bytes(b"this is not a database" * 1000)
    done = cli(home, "run", str(SAMPLES))
    assert done.returncode == 1
    last = done.stderr.strip().splitlines()[-1]
    assert "is not a DuckDB database file (damaged or replaced). Move it aside" in last, done.stderr
    assert "Traceback" not in done.stderr


def test_a_home_that_cannot_be_written_gets_a_clear_message(tmp_path: Path):
    home = tmp_path / "home"
    home.write_text("a file where the home folder should be")
    done = cli(home, "run", str(SAMPLES))
    assert done.returncode == 1
    assert done.stderr.strip().splitlines()[-1].startswith(f"claimwatch: cannot write in the home folder {home}: ")
    assert "Traceback" not in done.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes through folder permissions; the file-as-home case "
                    "above covers the same message")
def test_a_read_only_home_gets_a_clear_message(tmp_path: Path):
    home = tmp_path / "home"
    home.mkdir(mode=0o555)
    done = cli(home, "run", str(SAMPLES))
    assert done.returncode == 1
    assert "cannot write in the home folder" in done.stderr.strip().splitlines()[-1]


def test_the_dbt_wrapper_ends_its_program_when_the_parent_dies(tmp_path: Path):
    """claimwatch-dbt runs a 60 s program under a parent that is then SIGKILLed: the program ends with it
    (without PR_SET_PDEATHSIG it would live on, as dbt did, holding the warehouse file)."""
    wrapper = Path(sys.executable).with_name("claimwatch-dbt")
    parent_code = ("import subprocess, sys; p = subprocess.Popen(sys.argv[1:]); print(p.pid, flush=True); "
                   "p.wait()")
    parent = subprocess.Popen([sys.executable, "-c", parent_code, str(wrapper), "60"], stdout=subprocess.PIPE,
                              env={**os.environ, "CLAIMWATCH_DBT": "/bin/sleep"}, text=True)
    child = int(parent.stdout.readline())
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:  # until the wrapper has become the program
        if Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")[0] == b"/bin/sleep":
            break
        time.sleep(0.05)
    assert Path(f"/proc/{child}/cmdline").read_bytes().split(b"\0")[0] == b"/bin/sleep"
    born = _started(child)
    parent.kill()
    parent.wait()
    deadline = time.monotonic() + 20
    alive = True
    while time.monotonic() < deadline:
        # ended: gone, a zombie waiting for init, or its number already given to another process (the suite's
        # threads and processes go through this machine's 32768 ids fast)
        try:
            fields = Path(f"/proc/{child}/stat").read_text().split(")")[-1].split()
        except OSError:
            alive = False
            break
        if fields[0] == "Z" or _started(child, fields) != born:
            alive = False
            break
        time.sleep(0.1)
    assert not alive, "the program outlived the parent that started it"


def _started(pid: int, fields: list[str] | None = None) -> str | None:
    """The start time of process ``pid`` (field 22 of /proc/PID/stat): the same id with another start time is
    another process."""
    try:
        fields = fields or Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()
    except OSError:
        return None
    return fields[19] if len(fields) > 19 else None
