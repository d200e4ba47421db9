"""`claimwatch-dbt`: dbt, started so that it ends with the process that started it.

dagster-dbt runs dbt as a child process. When a run is killed (SIGKILL, a closed terminal), the child used to
carry on, holding the warehouse file open, and the next run died on DuckDB's file lock. Linux can signal a
child when its parent dies (PR_SET_PDEATHSIG); the setting survives exec, so this wrapper sets it and then
becomes dbt. Elsewhere it simply runs dbt.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from pathlib import Path

PR_SET_PDEATHSIG = 1


def main() -> None:
    parent = os.getppid()
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        if os.getppid() != parent:  # the parent died before the setting took effect
            sys.exit(143)
    # CLAIMWATCH_DBT names another dbt (or, in the test of this wrapper, any long-running program)
    dbt = os.environ.get("CLAIMWATCH_DBT") or str(Path(sys.executable).with_name("dbt"))
    os.execv(dbt, [dbt, *sys.argv[1:]])


if __name__ == "__main__":
    main()
