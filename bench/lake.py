"""The lake-mode rows of `make bench`, beside the file-mode ones (stages `lake` and `days`).

`lake`: the pipeline end to end into an empty lake (catalog in a real PostgreSQL from pgserver, Parquet on
moto's S3 API server on 127.0.0.1, both started here), then 100 new articles onto it; onto 100,000 when a
100,000-article lake can be built within --max-build-minutes (it is not cached: a lake is a Postgres
database plus objects, rebuilt per run).

`days`: the unit of a backfill, day runs (ingest + extract, no build), four days of N articles each run
one at a time and four at once, in file mode (writers share the DuckDB file's lock) and in lake mode (no
lock); the ratio of their throughputs says what four concurrent writers gain on this machine's cores.
"""
from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from bench.corpus import NEW_ARTICLES_OFFSET, corpus_path, read_corpus
from bench.measure import run_measured

DAYS = ["2024-08-06", "2024-08-07", "2024-08-08", "2024-08-09"]


class LakeServices:
    """Postgres + S3 for the lake rows; each row gets its own catalog database and S3 prefix."""

    def __enter__(self):
        from tests.services import S3, Postgres

        self.pg = Postgres().start()
        self.s3 = S3().start()
        return self

    def env(self, name: str) -> dict[str, str]:
        return {"CLAIMWATCH_STORAGE": "lake", "CLAIMWATCH_LAKE_CATALOG": self.pg.catalog(self.pg.create_database()),
                "CLAIMWATCH_LAKE_DATA": self.s3.prefix(name), **self.s3.env()}

    def __exit__(self, *exc):
        self.s3.stop()
        self.pg.stop()


def lake_rows(bench, logs: Path) -> None:
    a = bench.a
    sizes = [s for s in a.sizes if s >= 1000] or a.sizes[-1:]
    new = corpus_path(a.incremental_n, a.seed, offset=NEW_ARTICLES_OFFSET)
    with LakeServices() as services:
        results = {}
        for size in sizes + ([] if a.skip_100k else [100_000]):
            if size == 100_000 and a.max_build_minutes > 0:
                rate = bench.find("lake: pipeline end to end")
                est = size / rate["articles_per_s"] / 60 if rate else None
                if est is None or est > a.max_build_minutes:
                    bench.skip("lake", "lake: build a 100,000-article lake",
                               f"~{est:.0f} min at the measured lake rate > --max-build-minutes "
                               f"{a.max_build_minutes:g}" if est else "no measured lake rate")
                    continue
            env = services.env(f"bench-{size}")
            home = Path(tempfile.mkdtemp(prefix=f"lake-{size}-", dir=bench.tmp_root))
            r = run_measured(["pipeline", "--home", str(home), "--source", str(corpus_path(size, a.seed))],
                             logs / f"lake-pipeline-n{size}.log", env=env)
            bench.add("lake", "lake: pipeline end to end, empty lake", r, size, r.get("wall_s"),
                      bench.pipeline_note(r))
            if r.get("ok"):
                r = run_measured(["pipeline", "--home", str(home), "--source", str(new)],
                                 logs / f"lake-incremental-{a.incremental_n}-onto-{size}.log", env=env)
                row = bench.add("lake", f"lake: incremental {a.incremental_n} new onto {size:,}", r, a.incremental_n,
                                r.get("wall_s"), bench.pipeline_note(r))
                if row["ok"]:
                    results[size] = row
            shutil.rmtree(home, ignore_errors=True)
        if len(results) >= 2:
            hi, lo = sorted(results)[-2:][::-1]
            bench.ratios[f"lake: incremental onto {hi:,} / onto {lo:,}"] = results[hi]["seconds"] / results[lo]["seconds"]


def day_rows(bench, logs: Path) -> None:
    a = bench.a
    per_day = a.day_n
    articles = read_corpus(corpus_path(per_day * len(DAYS), a.seed))
    with LakeServices() as services:
        for mode in ("file", "lake"):
            seconds = {}
            for parallel in (1, len(DAYS)):
                home = Path(tempfile.mkdtemp(prefix=f"days-{mode}-{parallel}-", dir=bench.tmp_root))
                archive = home / "archive"
                archive.mkdir()
                for i, day in enumerate(DAYS):
                    (archive / f"{day}.jsonl").write_text(
                        "".join(json.dumps(x) + "\n" for x in articles[i * per_day:(i + 1) * per_day]))
                env = services.env(f"days-{parallel}") if mode == "lake" else {"CLAIMWATCH_STORAGE": "file"}
                args = ["days", "--home", str(home), "--parallel", str(parallel)]
                for day in DAYS:
                    args += ["--day", day]
                r = run_measured(args, logs / f"days-{mode}-x{parallel}.log", env=env)
                label = "one at a time" if parallel == 1 else f"{parallel} at once"
                row = bench.add("days", f"{mode}: day runs, {len(DAYS)} days, {label}", r, per_day * len(DAYS),
                                r.get("wall_s"), f"ingest + extract, no build; day run seconds {r.get('day_seconds')}"
                                if r.get("ok") else "")
                if row["ok"]:
                    seconds[parallel] = row["seconds"]
                shutil.rmtree(home, ignore_errors=True)
            if len(seconds) == 2:
                bench.ratios[f"{mode}: throughput of {len(DAYS)} day runs at once / one at a time"] = \
                    seconds[1] / seconds[len(DAYS)]
