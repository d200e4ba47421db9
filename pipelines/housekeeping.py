"""Cleaning up after runs that were killed: Dagster runs left STARTED by a dead process.

A run's status is written by the process that executes it; a process killed outright (SIGKILL, a closed
terminal, an out-of-memory kill) never writes FAILURE, and the run showed as STARTED forever. Every run
claimwatch starts carries the pid and host of the process executing it; on the next start, such runs whose
process no longer exists are marked failed. Runs the Dagster daemon launched (from the UI) carry no such tag
and are left to Dagster's own run monitoring.
"""
from __future__ import annotations

import os
import socket

import dagster as dg

PID_TAG, HOST_TAG = "claimwatch/pid", "claimwatch/host"
UNFINISHED = [dg.DagsterRunStatus.STARTED, dg.DagsterRunStatus.STARTING, dg.DagsterRunStatus.NOT_STARTED]


def run_tags() -> dict[str, str]:
    """Tags for a run executed by this process."""
    return {PID_TAG: str(os.getpid()), HOST_TAG: socket.gethostname()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True


def fail_stale_runs(instance: dg.DagsterInstance) -> list[str]:
    """Mark failed the unfinished runs of this host whose executing process is gone; return their ids."""
    stale = []
    runs = instance.get_runs(filters=dg.RunsFilter(statuses=UNFINISHED, tags={HOST_TAG: socket.gethostname()}))
    for run in runs:
        pid = run.tags.get(PID_TAG, "")
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            instance.report_run_failed(run, message=f"marked failed by claimwatch: the process executing it "
                                                     f"(pid {pid}) ended without finishing the run")
            stale.append(run.run_id)
    return stale
