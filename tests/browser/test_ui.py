"""The Dagster UI, seen through a real browser: `dagster dev` (as `make ui` starts it) on a warehouse
built from the bundled samples, driven by headless Chromium.

What a person should see: the lineage from the raw tables through staging to the marts, the dbt tests of
a mart as passed asset checks, and the feed schedule and inbox sensor on the automation page.
Screenshots land in tests/artifacts/ (git-ignored) so a failure can be looked at.
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_home, sample_instance_dir

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("browser")]

# Debian's chromium wherever it is on PATH (or CLAIMWATCH_CHROMIUM); under CI a missing browser fails the run
_found = os.environ.get("CLAIMWATCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
CHROMIUM = Path(_found) if _found else Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        raise RuntimeError(f"CI=true and no Chromium ({CHROMIUM} is missing): `make browser` installs it")
    pytest.skip(f"\n\n*** BROWSER TEST SKIPPED: {CHROMIUM} is missing. Install Debian's chromium "
                "(`apt-get install -y chromium`, or `make browser`) to run the Dagster UI test. ***\n",
                allow_module_level=True)
try:
    import playwright.sync_api as sync_api
except ImportError:  # requirements-test.lock installs it: missing means a broken install, under CI a failure
    if os.environ.get("CI", "").lower() in ("true", "1", "yes"):
        raise
    pytest.skip("the playwright package is not installed (`make test` installs it)", allow_module_level=True)

import dagster as dg  # noqa: E402

from pipelines.defs.partitions import ingestion_days  # noqa: E402

ARTIFACTS = ROOT / "tests" / "artifacts"
BIN = Path(sys.executable).parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-quic"]
STARTUP_TIMEOUT = 120  # seconds for the webserver to answer and the code location to load
STOP_GRACE = 15  # seconds between SIGTERM and SIGKILL at teardown

PARTITIONS_QUERY = """
query ($path: [String!]!) {
  assetNodes(assetKeys: [{path: $path}]) { partitionStats { numMaterialized numPartitions } }
}"""
RAW_TABLES = {"articles", "statements", "area_claims", "extractions"}
MARTS = ["fct_actor_statements", "fct_area_claims", "area_control_series"]
# Upstream of the marts: the raw tables, their staging models, and what lies between.
# (raw.extractions is upstream too: the incremental marts find changed articles by their extraction time)
CHAIN = ["articles", "statements", "area_claims", "extractions", "stg_raw__articles", "stg_raw__statements",
         "stg_raw__area_claims", "stg_raw__extractions", "int_area_claims_enriched", *MARTS]

CHECKS_QUERY = """
query MartChecks($path: [String!]!) {
  assetNodes(assetKeys: [{path: $path}]) {
    assetKey { path }
    assetChecksOrError {
      __typename
      ... on AssetChecks {
        checks { name executionForLatestMaterialization { runId status evaluation { success severity } } }
      }
    }
  }
}"""
WORKSPACE_QUERY = """
{ workspaceOrError { __typename
    ... on Workspace { locationEntries { name loadStatus
        locationOrLoadError { __typename
          ... on PythonError { message stack errorChain { error { message } } } } } }
    ... on PythonError { message } } }"""
AUTOMATION_QUERY = """
{ repositoriesOrError { ... on RepositoryConnection { nodes { name
    location { name } schedules { name cronSchedule } sensors { name } } } } }"""


@dataclass
class UI:
    url: str
    home: Path
    log: Path

    def log_tail(self, lines: int = 60) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else "(no log)"
        return "\n".join(text.splitlines()[-lines:])

    def graphql(self, query: str, variables: dict | None = None, timeout: float = 20) -> dict:
        body = json.dumps({"query": query, "variables": variables or {}}).encode()
        req = urllib.request.Request(f"{self.url}/graphql", data=body, headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            doc = json.load(resp)
        assert not doc.get("errors"), f"GraphQL errors: {doc['errors']}"
        return doc["data"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _default_signals() -> None:
    # A shell that started pytest in the background leaves SIGINT ignored, and `dagster dev` maps SIGTERM
    # to the SIGINT handler: reset both so the server stops on SIGTERM.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _stop(proc: subprocess.Popen) -> None:
    """SIGTERM the process group (dagster dev, webserver, daemon, code servers), then SIGKILL what is left."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(timeout=STOP_GRACE)
    except subprocess.TimeoutExpired:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # children of dagster dev shut down after it: give them a moment
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


def _wait_until_loaded(ui: UI, proc: subprocess.Popen) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    last = "no answer yet"
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"dagster dev exited with code {proc.returncode} before serving.\n{ui.log_tail()}")
        try:
            with urllib.request.urlopen(f"{ui.url}/server_info", timeout=5) as resp:
                json.load(resp)
            entries = ui.graphql(WORKSPACE_QUERY)["workspaceOrError"].get("locationEntries") or []
            entry = next((e for e in entries if e["name"] == "claimwatch"), None)
            if entry and entry["loadStatus"] == "LOADED":
                loaded = entry["locationOrLoadError"]
                if loaded["__typename"] == "PythonError":
                    causes = "\n".join(c["error"]["message"] for c in loaded.get("errorChain") or [])
                    pytest.fail(f"the code location 'claimwatch' failed to load under dagster dev:\n"
                                f"{causes}\n{loaded['message']}\n{''.join(loaded.get('stack') or [])[-2000:]}")
                return
            last = f"location entry: {entry}"
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError) as exc:
            last = repr(exc)
        time.sleep(0.5)
    pytest.fail(f"the Dagster UI did not come up within {STARTUP_TIMEOUT} s ({last}).\n"
                f"--- server log tail ---\n{ui.log_tail()}")


@pytest.fixture(scope="module")
def ui(tmp_path_factory, sample_build: Path) -> Iterator[UI]:
    """A warehouse built from the bundled samples, recorded in a Dagster instance, served by
    `dagster dev -w workspace.yaml` on a free port: a copy of the session's sample build (tests/conftest.py), whose
    run was materialised into an instance of its own, so its runs, materialisations and check evaluations are
    really there (one Dagster run and dbt build fewer than building again here)."""
    base = tmp_path_factory.mktemp("ui")
    home, dagster_home = base / "home", base / "dagster_home"
    copy_home(sample_build, home)
    shutil.copytree(sample_instance_dir(sample_build), dagster_home)
    with dg.DagsterInstance.from_config(str(dagster_home)) as instance:
        assert instance.get_runs_count() >= 1, "the sample build's run was not recorded"

    port = _free_port()
    log = base / "dagster_dev.log"
    env = {k: v for k, v in os.environ.items() if k != "CLAIMWATCH_WAREHOUSE"}
    # exactly as `make ui` starts it: the venv is not on PATH
    env.update(CLAIMWATCH_HOME=str(home), DAGSTER_HOME=str(dagster_home), PYTHONUNBUFFERED="1")
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(BIN / "dagster"), "dev", "-w", str(ROOT / "workspace.yaml"), "-h", "127.0.0.1", "-p", str(port)],
            cwd=ROOT, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            start_new_session=True, preexec_fn=_default_signals)
    server = UI(url=f"http://127.0.0.1:{port}", home=home, log=log)
    try:
        _wait_until_loaded(server, proc)
        # the first-visit community pop-up would cover the page
        assert server.graphql("mutation { setNuxSeen }")["setNuxSeen"] is True
        yield server
    finally:
        _stop(proc)


@pytest.fixture(scope="module")
def browser(ui: UI):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield b
        finally:
            b.close()


@pytest.fixture
def page(browser, ui: UI, request):
    context = browser.new_context(viewport={"width": 2600, "height": 2400})  # the whole chain at readable zoom
    pg = context.new_page()
    pg.set_default_timeout(20_000)
    try:
        yield pg
    finally:
        if getattr(request.node, "rep_call", None) is None or request.node.rep_call.failed:  # tests/browser/conftest.py
            try:
                pg.screenshot(path=str(ARTIFACTS / f"failed_{request.node.name}.png"), full_page=True)
            except Exception:  # the page may be gone; the assertion message says what went wrong
                pass
        context.close()


def _mart_checks(ui: UI, mart: str) -> list[dict]:
    nodes = ui.graphql(CHECKS_QUERY, {"path": ["marts", mart]})["assetNodes"]
    assert len(nodes) == 1, f"marts/{mart} is not an asset node in the UI: {nodes}"
    checks = nodes[0]["assetChecksOrError"]
    assert checks["__typename"] == "AssetChecks", checks
    return checks["checks"]


def _in_view(pg, name: str) -> bool:
    """True if a graph node labelled exactly `name` is drawn inside the window."""
    vw, vh = pg.viewport_size["width"], pg.viewport_size["height"]
    labels = pg.get_by_text(name, exact=True)
    for i in range(labels.count()):
        box = labels.nth(i).bounding_box()
        if box and box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= vw and box["y"] + box["height"] <= vh:
            return True
    return False


def test_lineage_runs_from_raw_tables_through_staging_to_the_marts(ui: UI, page):
    # The global lineage filtered to "everything upstream of the three marts": what appears is what
    # the UI itself traces back from them.
    selection = " or ".join(f'9+key:"marts/{m}"' for m in MARTS)
    page.goto(f"{ui.url}/asset-groups~{urllib.parse.quote(selection, safe='')}", wait_until="networkidle")
    page.get_by_text("Global asset lineage").wait_for()
    for group in ("ingest", "extract", "staging", "intermediate", "marts"):
        page.get_by_role("button", name=group).first.wait_for()
    page.get_by_role("button", name="panel_show_right", exact=True).click()  # hide the asset tree
    page.keyboard.press("Alt+e")  # "Expand all groups"

    # generous limits: under a loaded suite (two workers on two cores) laying out the graph takes far longer
    # than alone, and each zoom-out re-renders it; the test is about what is drawn, not how fast
    deadline = time.monotonic() + 120
    settle = time.monotonic() + 8  # time for the graph to lay out before zooming out
    zoom_outs = 0
    while True:
        missing = [n for n in CHAIN if not _in_view(page, n)]
        if not missing:
            break
        if time.monotonic() > deadline or zoom_outs >= 10:
            page.screenshot(path=str(ARTIFACTS / "lineage_failed.png"), full_page=True)
            pytest.fail(f"lineage: not shown in the window after {zoom_outs} zoom-outs: {missing}\n"
                        f"page text: {page.inner_text('body')[:3000]}")
        if all(page.get_by_text(n, exact=True).count() for n in CHAIN) or time.monotonic() > settle:
            # drawn but off-screen, or not drawn at all: the graph only renders nodes near the window
            page.locator('button:has([aria-label="zoom_out"])').click()
            zoom_outs += 1
            settle = time.monotonic() + 5
        page.wait_for_timeout(400)

    n_checks = len(_mart_checks(ui, "fct_actor_statements"))
    page.get_by_text(f"{n_checks} / {n_checks} Passed").first.wait_for()  # node data has loaded
    # each node loads its own data ("Loading..." until then): under load some arrive seconds after others
    raw_nodes = [n for n in CHAIN if n in RAW_TABLES]
    loaded = time.monotonic() + 60
    while True:
        text = page.inner_text("body")
        if (text.count("Materialized") >= len(CHAIN) - len(raw_nodes) and "Loading" not in text) \
                or time.monotonic() > loaded:
            break
        page.wait_for_timeout(500)
    page.screenshot(path=str(ARTIFACTS / "lineage.png"), full_page=True)

    # only what feeds the marts: the quarantine and the published copy do not
    for absent in ("stg_raw__quarantine", "quarantine", "published"):
        assert absent not in text.split("\n"), f"{absent!r} is not upstream of the marts but the lineage shows it"
    # every staging and later model of the chain is drawn as its own, materialised node; the raw tables
    # are partitioned by ingestion day: drawn with their partition count, today's partition materialised
    assert text.count("Materialized") >= len(CHAIN) - len(raw_nodes), text[:3000]
    n_days = len(ingestion_days.get_partition_keys())
    assert text.count(f"{n_days:,} partitions") >= len(raw_nodes), text[:3000]
    for name in raw_nodes:
        stats = ui.graphql(PARTITIONS_QUERY, {"path": ["raw", name]})["assetNodes"][0]["partitionStats"]
        assert stats["numMaterialized"] == 1 and stats["numPartitions"] == n_days, (name, stats)


def test_mart_asset_checks_passed(ui: UI, page):
    checks = _mart_checks(ui, "fct_actor_statements")
    assert len(checks) >= 5, f"expected the dbt tests of fct_actor_statements as asset checks, got {checks}"
    not_passed = [(c["name"], c["executionForLatestMaterialization"]) for c in checks
                  if not c["executionForLatestMaterialization"]
                  or c["executionForLatestMaterialization"]["status"] != "SUCCEEDED"
                  or not c["executionForLatestMaterialization"]["evaluation"]["success"]]
    assert not not_passed, f"checks without a passing execution: {not_passed}"

    page.goto(f"{ui.url}/assets/marts/fct_actor_statements?view=checks", wait_until="networkidle")
    page.get_by_text(f"Checks ({len(checks)})", exact=True).wait_for()
    succeeded = page.get_by_text("Succeeded", exact=True)
    succeeded.nth(len(checks) - 1).wait_for()
    assert succeeded.count() == len(checks), page.inner_text("body")[:3000]
    for bad in ("Failed", "Execution failed", "Skipped"):
        assert page.get_by_text(bad, exact=True).count() == 0, f"a check shows {bad!r}"
    page.get_by_text("Passed", exact=True).first.wait_for()  # the selected check's latest evaluation
    text = page.inner_text("body")
    for c in checks:
        assert c["name"] in text, f"check {c['name']} is not listed on the asset page"
    page.screenshot(path=str(ARTIFACTS / "asset_checks.png"), full_page=True)


def test_schedule_and_sensor_are_listed_on_the_automation_page(ui: UI, page):
    repos = ui.graphql(AUTOMATION_QUERY)["repositoriesOrError"]["nodes"]
    repo = next(r for r in repos if r["location"]["name"] == "claimwatch")
    assert [s["name"] for s in repo["schedules"]] == ["poll_feeds_schedule"]
    assert [s["name"] for s in repo["sensors"]] == ["inbox_sensor"]

    page.goto(f"{ui.url}/automation", wait_until="networkidle")
    page.get_by_text("poll_feeds_schedule", exact=True).wait_for()
    page.get_by_text("inbox_sensor", exact=True).wait_for()
    page.get_by_text("claimwatch", exact=True).first.wait_for()  # grouped under the code location
    page.get_by_text("Every hour").first.wait_for()  # the hourly cron, as a person reads it
    page.screenshot(path=str(ARTIFACTS / "automation.png"), full_page=True)

    page.goto(f"{ui.url}/locations/claimwatch/schedules/poll_feeds_schedule", wait_until="networkidle")
    page.get_by_text("poll_feeds_schedule").first.wait_for()
    page.get_by_text("claimwatch_job").first.wait_for()  # the schedule launches the main job


def test_report_chart_renders_and_escapes_article_text(ui: UI, page):
    """The published report (linked from the published/report asset) shows the area-control chart in a real
    browser, lists the latest claims with their sources, and runs no script."""
    report = ui.home / "published" / "report" / "index.html"
    assert report.exists(), "the published/report asset did not write the report"
    page.goto(report.as_uri())
    chart = page.locator("img[alt='area-control series per region']")
    chart.wait_for()
    assert page.evaluate("() => document.querySelector('img').naturalWidth") > 300  # the PNG loaded
    assert page.locator("script").count() == 0                 # no script of any origin on the page
    claims = page.locator("h2", has_text="Latest claims").locator("xpath=following-sibling::table[1]//tr")
    assert claims.count() > 5
    assert page.get_by_text("Kursk Oblast").count() > 0
    page.screenshot(path=str(ARTIFACTS / "report_chart.png"), full_page=True)
