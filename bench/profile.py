"""Where the time goes: pyinstrument over one stage, in this process, and a list of hotspots.

    python -m bench.profile extract  --n 300            # the extractor alone, one process
    python -m bench.profile pipeline --n 1000           # Dagster materialise (extraction in-process: workers=1)
    python -m bench.profile dbt      --base N           # `dbt build` in-process on a copy of a cached base warehouse

Writes bench/out/profile-KIND.html (open in a browser) and profile-KIND.txt (call tree), and prints the
functions with the most self time (time spent in the function itself, not its callees) plus, for dbt,
the slowest nodes from run_results.json.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from bench.corpus import CACHE_DIR, corpus_path
from bench.measure import ROOT

OUT = Path(__file__).resolve().parent / "out"


def hotspots(session, top: int = 20) -> list[tuple[float, str]]:
    """Self time aggregated by function over the whole call tree."""
    self_time: dict[str, float] = defaultdict(float)
    root = session.root_frame()
    todo = [root] if root else []
    while todo:
        f = todo.pop()
        todo.extend(f.children)
        own = f.time - sum(c.time for c in f.children if not c.is_synthetic)  # synthetic children = self time
        if own > 0 and not f.is_synthetic:
            path = (f.file_path_short or f.file_path or "")
            self_time[f"{f.function}  ({path}:{f.line_no})"] += own
    total = session.duration or 1
    return [(t / total * 100, name) for name, t in sorted(self_time.items(), key=lambda kv: -kv[1])[:top]]


def report(profiler, kind: str, top: int) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    session = profiler.last_session
    (OUT / f"profile-{kind}.html").write_text(profiler.output_html())
    (OUT / f"profile-{kind}.txt").write_text(profiler.output_text(unicode=False, color=False))
    print(f"profile of {kind}: {session.duration:.1f}s wall, {session.cpu_time:.1f}s CPU in this process; "
          f"call tree in {OUT / f'profile-{kind}.txt'}")
    print(f"top {top} functions by self time (% of wall):")
    for pct, name in hotspots(session, top):
        print(f"  {pct:5.1f}%  {name}")


def run_extract(a, profiler) -> None:
    from pipelines.extraction.batch import extract_one

    from bench.measure import _rows

    rows = _rows(corpus_path(a.n, a.seed), a.n)
    extract_one(rows[0])  # warm-up outside the profile
    profiler.start()
    errors = sum(isinstance(extract_one(r), Exception) for r in rows)
    profiler.stop()
    print(f"{a.n} articles, {errors} extraction errors")


def run_pipeline(a, profiler) -> None:
    os.environ["CLAIMWATCH_WORKERS"] = "1"  # extraction in this process, where the profiler sees it
    home = Path(tempfile.mkdtemp(prefix="profile-", dir=CACHE_DIR))
    os.environ["CLAIMWATCH_HOME"] = str(home)
    import dagster as dg

    from pipelines.runs import run_pipeline

    src = corpus_path(a.n, a.seed)
    try:
        profiler.start()
        result = run_pipeline(home, [str(src)], instance=dg.DagsterInstance.ephemeral(), raise_on_error=False)
        profiler.stop()
        print(f"pipeline over {a.n} articles: success={result.success} (dbt runs in a subprocess: its own time "
              "shows here as waiting on its output; see `python -m bench.profile dbt`)")
    finally:
        shutil.rmtree(home, ignore_errors=True)


def run_dbt(a, profiler) -> None:
    from dbt.cli.main import dbtRunner

    bases = sorted(CACHE_DIR.glob(f"warehouse-*-n{a.base}-*"))
    if not bases:
        raise SystemExit(f"no cached base warehouse of {a.base} articles under {CACHE_DIR}: run `python -m bench` first")
    home = Path(tempfile.mkdtemp(prefix="profile-dbt-", dir=CACHE_DIR))
    target = home / "target"
    try:
        shutil.copy2(bases[-1] / "warehouse.duckdb", home / "warehouse.duckdb")
        os.environ["CLAIMWATCH_WAREHOUSE"] = str(home / "warehouse.duckdb")
        os.chdir(ROOT / "dbt_project")
        args = ["build", "--profiles-dir", ".", "--project-dir", ".", "--target-path", str(target),
                "--log-path", str(home), "--quiet", "--exclude", "resource_type:unit_test"]
        t0 = time.perf_counter()
        profiler.start()
        res = dbtRunner().invoke(args)
        profiler.stop()
        print(f"dbt build on a copy of {bases[-1].name}: success={res.success}, {time.perf_counter() - t0:.1f}s")
        results = json.loads((target / "run_results.json").read_text())
        nodes = sorted(results["results"], key=lambda r: -r["execution_time"])
        total = sum(r["execution_time"] for r in nodes)
        print(f"{len(nodes)} nodes, {total:.1f}s summed node execution time (elapsed {results['elapsed_time']:.1f}s); "
              "slowest nodes:")
        for r in nodes[:a.top]:
            print(f"  {r['execution_time']:6.2f}s  {r['unique_id']}")
    finally:
        os.chdir(ROOT)
        shutil.rmtree(home, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    from pyinstrument import Profiler

    p = argparse.ArgumentParser(prog="python -m bench.profile", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("kind", choices=["extract", "pipeline", "dbt"])
    p.add_argument("--n", type=int, default=300, help="articles (extract, pipeline)")
    p.add_argument("--base", type=int, default=10000, help="cached base warehouse size (dbt)")
    p.add_argument("--seed", type=int, default=42)
    p.add_argument("--top", type=int, default=20)
    a = p.parse_args(argv)
    os.chdir(ROOT)
    profiler = Profiler(interval=0.001)
    {"extract": run_extract, "pipeline": run_pipeline, "dbt": run_dbt}[a.kind](a, profiler)
    report(profiler, a.kind, a.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
