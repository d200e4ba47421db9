"""`claimwatch`: a thin command line over the same Dagster assets the UI and schedules run.

    claimwatch run                         # the bundled samples: ingest, extract, dbt build, publish
    claimwatch run feed.xml-url folder/ articles.jsonl
    claimwatch query "select speaker, quote_text from marts.fct_actor_statements limit 5"
    claimwatch eval GOLD.jsonl ARTICLES.jsonl
"""
from __future__ import annotations

import argparse
import contextlib
import csv
import io
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_BUSY, EXIT_INPUTS_FAILED = 0, 1, 2, 3, 4

EPILOG = """examples:
  claimwatch run                                   ingest the bundled samples and build
  claimwatch run data/inbox/ more.jsonl            ingest a folder and a JSON-lines file, then build
  claimwatch run http://127.0.0.1:8000/feed.xml    ingest an RSS/Atom feed and the pages it links
  claimwatch ingest page.html                      ingest only
  claimwatch build                                 extract what is new, rebuild the models
  claimwatch query "select * from marts.fct_area_claims" --format csv
  claimwatch query -f question.sql --format markdown
  claimwatch eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl
  claimwatch assessed ../shared/reference/assessed/liveuamap_territory.csv --source liveuamap --region Ukraine \
      --controller Russia --date-column date --area-column area --credit "liveuamap"

exit codes: 0 ok, 1 the run or query failed, 2 bad usage, 3 the warehouse is busy or missing,
  4 the run finished but some inputs could not be read (they are in raw.quarantine; the last line says why)
"""


def _set_home(home: str | None) -> Path:
    from pipelines import settings

    if home:
        os.environ["CLAIMWATCH_HOME"] = str(Path(home).resolve())
    path = settings.home_dir()
    os.environ["CLAIMWATCH_HOME"] = str(path)  # also names the home in error messages (main)
    os.environ["CLAIMWATCH_WAREHOUSE"] = str(settings.warehouse_path(path))
    return path


def _set_storage(args) -> None:
    """--storage / --lake-catalog / --lake-data are the environment's CLAIMWATCH_* variables, set for this run
    and every process it starts (pipelines/warehouse/storage.py reads them)."""
    for option, variable in (("storage", "CLAIMWATCH_STORAGE"), ("lake_catalog", "CLAIMWATCH_LAKE_CATALOG"),
                             ("lake_data", "CLAIMWATCH_LAKE_DATA")):
        if getattr(args, option, None):
            os.environ[variable] = getattr(args, option)


def _materialize(home: Path, sources: list[str], *, ingest: bool, build: bool, day: str | None = None,
                 full_refresh: bool = False):
    import dagster as dg

    from pipelines.runs import run_pipeline

    run_config: dict = {"loggers": {"console": {"config": {"log_level": os.environ.get("CLAIMWATCH_LOG_LEVEL",
                                                                                     "ERROR")}}}}
    instance = dg.DagsterInstance.get() if os.environ.get("DAGSTER_HOME") else dg.DagsterInstance.ephemeral()
    from pipelines.housekeeping import fail_stale_runs

    stale = fail_stale_runs(instance)
    if stale:
        print(f"claimwatch: marked {len(stale)} run(s) left unfinished by a killed process as failed", file=sys.stderr)
    # dbt's own log goes to a file; a terminal gets a live status line (nothing when not a terminal).
    log_path = home / "logs" / "last_run.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with open(log_path, "w") as log, contextlib.redirect_stdout(log):
        return _with_progress(instance, log_path, lambda: run_pipeline(
            home, sources, day=day, ingest=ingest, build=build, run_config=run_config, instance=instance,
            raise_on_error=False, full_refresh=full_refresh))


def _with_progress(instance, log_path: Path, work):
    """Run `work` in a thread; show the run's latest step and message (e.g. "extracted 500 of 2000")."""
    import threading

    from rich.console import Console

    console = Console(stderr=True)
    if not console.is_terminal:
        return work()
    outcome: dict = {}
    thread = threading.Thread(target=lambda: outcome.update(result=work()), daemon=True)
    with console.status(f"claimwatch: starting (log: {log_path})") as status:
        thread.start()
        while thread.is_alive():
            thread.join(0.5)
            runs = instance.get_runs(limit=1)
            if runs:
                logs = [e for e in instance.all_logs(runs[0].run_id) if e.step_key]
                if logs:
                    last = logs[-1]
                    status.update(f"claimwatch: {last.step_key}: {(last.user_message or '')[:90]}")
    if "result" not in outcome:
        raise RuntimeError(f"the run did not finish; see {log_path}")
    return outcome["result"]


def _summary(home: Path) -> None:
    from pipelines.queries import run_summary

    from rich.console import Console

    console = Console()
    summary = run_summary(home)
    from pipelines.warehouse.storage import Storage

    console.print(f"[bold]claimwatch[/bold] warehouse {Storage.from_env(home).describe()}")
    for label, value in summary["counts"].items():
        console.print(f"  {label:<22} {value}")
    if summary["kursk"]:
        console.print("[bold]Kursk Oblast area-control figures[/bold]")
        _print_rows(summary["kursk_columns"], summary["kursk"], "table")
    if summary.get("unknown_places"):
        console.print("[bold]Most frequent places not in the gazetteer[/bold] (seeds/places.csv)")
        _print_rows(summary["unknown_places_columns"], summary["unknown_places"], "table")


def cmd_run(args, *, ingest=True, build=True) -> int:
    from pipelines.warehouse.lock import WarehouseBusy

    home = _set_home(args.home)
    sources = list(getattr(args, "sources", []) or [])
    try:
        result = _materialize(home, sources, ingest=ingest, build=build, day=getattr(args, "day", None),
                              full_refresh=getattr(args, "full_refresh", False))
    except WarehouseBusy as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_BUSY
    if not result.success:
        causes = []
        for event in result.all_events:
            if event.is_failure and event.event_specific_data is not None:
                err = getattr(event.event_specific_data, "error", None)
                if err is not None:
                    causes.append(f"step {event.step_key} failed: {_root_cause(err)}")
        for cause in causes[:-1]:
            print(f"claimwatch: {cause}", file=sys.stderr)
        published = bool(result.asset_materializations_for_node("published_warehouse"))
        state = ("the published warehouse was updated before the failure" if published
                 else "the published warehouse was left as it was")
        # the last line is what a user (or a log scraper) reads: it names the cause
        print(f"claimwatch: the run failed ({state}): {causes[-1] if causes else 'see ' + str(home / 'logs')}",
              file=sys.stderr)
        return EXIT_FAILED
    if build:
        _summary(home)
    else:
        from pipelines.queries import ingest_summary

        print(ingest_summary(home))
    from pipelines.queries import failed_inputs

    failed = failed_inputs(home, result.run_ids)
    if failed:
        origin, reason = failed[0]
        more = f" (and {len(failed) - 1} more; see raw.quarantine)" if len(failed) > 1 else " (see raw.quarantine)"
        print(f"claimwatch: {len(failed)} input(s) could not be read: {origin}: {reason}{more}", file=sys.stderr)
        return EXIT_INPUTS_FAILED
    return EXIT_OK


def _root_cause(err) -> str:
    """Dagster wraps the error ("Error occurred while executing op ..."): the cause is the innermost one."""
    while getattr(err, "cause", None) is not None:
        err = err.cause
    lines = [line.strip() for line in (err.message or "").strip().splitlines() if line.strip()]
    return lines[-1][:300] if lines else "unknown error"


def _print_rows(columns: list[str], rows: list[tuple], fmt: str) -> None:
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        writer.writerows(rows)
        sys.stdout.write(buf.getvalue())
    elif fmt == "json":
        print(json.dumps([dict(zip(columns, r)) for r in rows], default=str, ensure_ascii=False, indent=1))
    elif fmt == "markdown":
        def cell(v):
            return "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")
        print("| " + " | ".join(columns) + " |")
        print("|" + "|".join("---" for _ in columns) + "|")
        for r in rows:
            print("| " + " | ".join(cell(v) for v in r) + " |")
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False, header_style="bold")
        for c in columns:
            table.add_column(c, overflow="fold")
        for r in rows:
            table.add_row(*("" if v is None else str(v) for v in r))
        Console(width=max(120, Console().width)).print(table)


def cmd_query(args) -> int:
    from pipelines.queries import QueryError, run_query

    home = _set_home(args.home)
    sql = args.sql
    if args.file:
        sql = Path(args.file).read_text()
    elif sql and sql.endswith(".sql") and Path(sql).is_file():
        sql = Path(sql).read_text()
    if not sql:
        print("claimwatch: give SQL as an argument or a file with -f", file=sys.stderr)
        return EXIT_USAGE
    try:
        columns, rows = run_query(home, sql)
    except QueryError as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return exc.exit_code
    _print_rows(columns, rows, args.format)
    return EXIT_OK


def cmd_eval(args) -> int:
    from pipelines import settings

    scorer = Path(args.scorer) if args.scorer else settings.PROJECT_ROOT.parent / "shared" / "eval" / "score.py"
    with tempfile.TemporaryDirectory(prefix="claimwatch-eval-") as tmp:
        home = _set_home(tmp)
        os.environ["CLAIMWATCH_STORAGE"] = "file"  # the scorer reads a DuckDB file
        result = _materialize(home, [str(Path(args.articles).resolve())], ingest=True, build=True)
        if not result.success:
            print("claimwatch: the evaluation build failed", file=sys.stderr)
            return EXIT_FAILED
        cmd = [sys.executable, str(scorer), "--gold", args.gold, "--warehouse", str(home / "warehouse.duckdb")]
        if args.errors:
            cmd += ["--errors", str(args.errors)]
        return subprocess.call(cmd)


def cmd_backfill(args) -> int:
    """Ingest and extract a range of archive days as parallel Dagster runs, then build once."""
    from pipelines.backfill import backfill
    from pipelines.defs.partitions import days_between
    from pipelines.ingestion.archive import archive_dir

    home = _set_home(args.home)
    try:
        days = days_between(args.start, args.end)
    except ValueError as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not archive_dir(home).is_dir():
        print(f"claimwatch: no archive folder {archive_dir(home)}: put each day's files there as "
              "<YYYY-MM-DD>.jsonl (or .html, .txt, a <YYYY-MM-DD>/ folder) first", file=sys.stderr)
        return EXIT_USAGE
    instance_dir = None if os.environ.get("DAGSTER_HOME") else home / "dagster"
    if instance_dir:
        instance_dir.mkdir(parents=True, exist_ok=True)
    log_path = home / "logs" / "last_backfill.log"
    log_path.parent.mkdir(parents=True, exist_ok=True)
    print(f"claimwatch: backfilling {len(days)} days ({days[0]}..{days[-1]}), {args.parallel} at a time "
          f"(log: {log_path})", file=sys.stderr)
    try:
        with open(log_path, "w") as log, contextlib.redirect_stdout(log):
            runs, build = backfill(home, days, parallel=args.parallel, instance_dir=instance_dir)
    except ValueError as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    _print_rows(["day", "run", "status", "seconds", "error"],
                [(r.day, r.run_id[:8], "ok" if r.success else "FAILED", f"{r.seconds:.1f}", r.error) for r in runs],
                "table")
    if build is None or not build.success:
        print("claimwatch: " + ("a day failed: nothing was built; fix it and run the backfill again "
                                "(finished days are not redone)" if build is None else "the build failed")
              + "; the published warehouse was left as it was", file=sys.stderr)
        return EXIT_FAILED
    _summary(home)
    return EXIT_OK


def cmd_assessed(args) -> int:
    """Load one assessed series into raw.assessed_control (a re-load replaces its rows), then rebuild the models."""
    from pipelines.ingestion.assessed import AssessedSpec, read_assessed
    from pipelines.warehouse.assessed import write_assessed
    from pipelines.warehouse.storage import storage

    home = _set_home(args.home)
    try:
        spec = AssessedSpec(location=args.path, source=args.source, region=args.region, controller=args.controller,
                            date_column=args.date_column, area_column=args.area_column, credit=args.credit)
        read = read_assessed(spec)
    except (ValueError, OSError) as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if not read.rows:
        print(f"claimwatch: no readable rows in {read.origin}" + (f" ({read.rejected[0].reason})" if read.rejected
                                                                    else ""), file=sys.stderr)
        return EXIT_USAGE
    import uuid

    with storage(home).writer() as con:
        stats = write_assessed(con, spec, read, batch_id=f"assessed-{uuid.uuid4().hex[:12]}")
    days = sorted(r.date for r in read.rows)
    print(f"claimwatch: {spec.source} {spec.region} (held by {spec.controller}): {len(read.rows)} days "
          f"{days[0]}..{days[-1]} from {read.origin}: loaded {stats['loaded']}, unchanged {stats['unchanged']}, "
          f"replaced {stats['replaced']}, quarantined {stats['quarantined']}", file=sys.stderr)
    if not spec.credit:
        print("claimwatch: no --credit given: most series ask to be credited (it is printed under the charts)",
              file=sys.stderr)
    code = cmd_run(args, ingest=False, build=True)
    if code in (EXIT_OK, EXIT_INPUTS_FAILED) and read.rejected:
        first = read.rejected[0]
        print(f"claimwatch: {len(read.rejected)} row(s) could not be read: {first.origin}: {first.reason} "
              "(see raw.quarantine)", file=sys.stderr)
        return EXIT_INPUTS_FAILED
    return code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimwatch", description="Who claimed what, and when: war reporting "
                                     "turned into a queryable claim warehouse.", epilog=EPILOG,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--home", help="warehouse and run state folder (default: $CLAIMWATCH_HOME or data/)")
    parser.add_argument("--storage", choices=["file", "lake"], help="file: one DuckDB file (default); lake: "
                        "DuckLake, many writers and readers at once ($CLAIMWATCH_STORAGE)")
    parser.add_argument("--lake-catalog", help="lake mode: a catalog file (SQLite) or postgres:dbname=... host=... "
                        "($CLAIMWATCH_LAKE_CATALOG; default <home>/lake/catalog.sqlite)")
    parser.add_argument("--lake-data", help="lake mode: a data folder or s3://bucket/prefix "
                        "($CLAIMWATCH_LAKE_DATA; default <home>/lake/data)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name, help_text, example):
        p = sub.add_parser(name, help=help_text, description=help_text, epilog=f"example:\n  {example}",
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--home", default=argparse.SUPPRESS, help="warehouse folder (overrides the global --home)")
        return p

    p = add("run", "ingest sources (default: the bundled samples), extract, build the models, print a summary",
            "claimwatch run data/samples/articles.jsonl")
    p.add_argument("sources", nargs="*", help="files, folders, .jsonl files or http(s) feed/page URLs")
    p.set_defaults(func=lambda a: cmd_run(a))
    p = add("ingest", "ingest sources only (no extraction or build)", "claimwatch ingest page.html")
    p.add_argument("sources", nargs="+", help="files, folders, .jsonl files or http(s) feed/page URLs")
    p.set_defaults(func=lambda a: cmd_run(a, ingest=True, build=False))
    p = add("build", "extract what is not yet extracted and build the dbt models", "claimwatch build")
    p.set_defaults(func=lambda a: cmd_run(a, ingest=False, build=True))
    p.add_argument("--full-refresh", action="store_true", help="rebuild every dbt model from scratch "
                   "(after changing a model's SQL); normally models update incrementally")
    p = add("backfill", "ingest and extract archive days (<home>/archive/<YYYY-MM-DD>*) as parallel runs, "
            "then build once", "claimwatch backfill 2024-08-01 2024-08-31 --parallel 2")
    p.add_argument("start", help="first day, YYYY-MM-DD")
    p.add_argument("end", help="last day, YYYY-MM-DD (inclusive)")
    p.add_argument("--parallel", type=int, default=os.cpu_count() or 1, help="days run side by side "
                   "(default: the number of cores)")
    p.set_defaults(func=cmd_backfill)
    p = add("query", "run read-only SQL against the published warehouse and print a table",
            'claimwatch query "select speaker, quote_text from marts.fct_actor_statements" --format markdown')
    p.add_argument("sql", nargs="?", help="SQL text, or a path to a .sql file")
    p.add_argument("-f", "--file", help="read the SQL from this file")
    p.add_argument("--format", choices=["table", "csv", "json", "markdown"], default="table")
    p.set_defaults(func=cmd_query)
    p = add("eval", "build a temporary warehouse from ARTICLES and score it against GOLD",
            "claimwatch eval ../shared/eval/dev/gold.jsonl ../shared/eval/dev/articles.jsonl")
    p.add_argument("gold")
    p.add_argument("articles")
    p.add_argument("--errors", type=int, default=0, help="print up to N misses and spurious rows")
    p.add_argument("--scorer", help="path to score.py (default: ../shared/eval/score.py)")
    p.set_defaults(func=cmd_eval)
    p = add("assessed", "load an assessed control series (CSV or JSON: the area a side holds per day) into "
            "raw.assessed_control, then rebuild the models; a re-load of the file replaces its rows",
            "claimwatch assessed ../shared/reference/assessed/liveuamap_territory.csv --source liveuamap "
            "--region Ukraine --controller Russia --date-column date --area-column area")
    p.add_argument("path", help="a .csv or .json file, or an http(s) URL")
    p.add_argument("--source", required=True, help="the series' name: liveuamap, nzz, isw, deepstate, ...")
    p.add_argument("--region", required=True, help="the region the area lies in (seeds/regions.csv), e.g. Ukraine")
    p.add_argument("--controller", required=True, choices=["Russia", "Ukraine"], help="the side holding the area")
    p.add_argument("--date-column", help="the date column (default: date or day)")
    p.add_argument("--area-column", help="the km2 column (default: area_km2 or area)")
    p.add_argument("--credit", help="the credit line the data's licence asks for (shown under the charts)")
    p.set_defaults(func=cmd_assessed)
    return parser


def main(argv: list[str] | None = None) -> int:
    from pipelines.warehouse.db import WarehouseDamaged
    from pipelines.warehouse.lock import WarehouseBusy

    parser = build_parser()
    args = parser.parse_args(argv)
    _set_storage(args)
    try:
        return args.func(args)
    except WarehouseBusy as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except WarehouseDamaged as exc:
        print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except OSError as exc:  # a read-only home, a file where the home should be: say so, not a traceback
        home = os.environ.get("CLAIMWATCH_HOME", "")
        if home and str(exc.filename or "").startswith(home):
            print(f"claimwatch: cannot write in the home folder {home}: {exc.strerror or exc} ({exc.filename}); "
                  "choose a writable folder with --home or CLAIMWATCH_HOME", file=sys.stderr)
        else:
            print(f"claimwatch: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
