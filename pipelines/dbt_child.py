"""`claimwatch-dbt`: dbt, started so that it ends with the process that started it.

dagster-dbt runs dbt as a child process. When a run is killed (SIGKILL, a closed terminal), the child used to
carry on, holding the warehouse file open, and the next run died on DuckDB's file lock. Linux can signal a
child when its parent dies (PR_SET_PDEATHSIG); the setting survives exec, so this wrapper sets it and then
becomes dbt. Elsewhere it simply runs dbt.

Two more things a build needs from dbt's start: it runs in the warehouse's folder (file mode), and it answers
dagster-dbt's `--version` itself.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from importlib import metadata
from pathlib import Path

PR_SET_PDEATHSIG = 1


def _installed_version() -> bool:
    """dagster-dbt asks `dbt --version` before every build; dbt answers by asking PyPI for the latest release
    (a request from every pipeline run, and ~4 s of imports). The installed version is all it reads."""
    if sys.argv[1:] != ["--version"] or os.environ.get("CLAIMWATCH_DBT"):
        return False
    print(f"Core:\n  - installed: {metadata.version('dbt-core')}")
    return True


def main() -> None:
    if _installed_version():
        return
    # a SIGTERM ignored or blocked by whatever started this process would be inherited through exec and make the
    # parent-death signal below a no-op: dbt gets the default action back
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the setting took effect
            sys.exit(143)
    # CLAIMWATCH_DBT names another dbt (or, in the test of this wrapper, any long-running program)
    dbt = os.environ.get("CLAIMWATCH_DBT") or str(Path(sys.executable).with_name("dbt"))
    # file mode: dbt runs in the warehouse's folder and names the file relatively (dbt_project/profiles.yml
    # says why); the project and profile folders it was started for stay named by the environment
    workdir = os.environ.get("CLAIMWATCH_DBT_CWD")
    if workdir:
        os.environ.setdefault("DBT_PROJECT_DIR", os.getcwd())
        os.environ.setdefault("DBT_PROFILES_DIR", os.environ["DBT_PROJECT_DIR"])
        os.chdir(workdir)
    os.execv(dbt, [dbt, *sys.argv[1:]])


if __name__ == "__main__":
    main()
