# claimwatch: the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | sha256sum | cut -c1-12)
MANIFEST := dbt_project/target/manifest.json
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# this machine's pip configuration names local wheel folders that may not exist: keep the output readable
QUIET_PIP := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: setup manifest run test ui docs bench lock clean browser redis

## setup: virtual environment from the hashed lock file, the package, the dbt manifest
setup: $(STAMP) $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml

$(STAMP): requirements.lock pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes -r requirements.lock $(QUIET_PIP)
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e . $(QUIET_PIP)
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# dagster-dbt reads the manifest when definitions load: build it explicitly, never at import.
$(MANIFEST): $(STAMP) $(shell find dbt_project/models dbt_project/macros seeds -type f 2>/dev/null) dbt_project/dbt_project.yml
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . --project-dir .
	touch $(MANIFEST)

manifest: $(STAMP)
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . --project-dir .

$(DAGSTER_HOME)/dagster.yaml: config/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp config/dagster.yaml $(DAGSTER_HOME)/dagster.yaml

## run: the main job on the bundled sample articles, then a summary
run: setup
	$(BIN)/claimwatch run

## test: the whole test suite (unit, dbt unit tests, Dagster + dbt end to end in file and lake mode, browser)
test: setup browser redis
	$(BIN)/python -m pytest -n 2 --dist loadfile

## browser: Debian's Chromium for the UI test (skipped with a loud reason if it cannot be installed)
browser:
	@command -v chromium >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| echo "WARNING: could not install chromium; the browser test will be skipped"; }

## redis: Debian's redis-server, the Celery broker of the distributed-Dagster test (started by the test itself,
## on 127.0.0.1; the test is skipped with a loud reason if it cannot be installed). Postgres and S3 come from pip.
redis:
	@command -v redis-server >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null) \
		|| echo "WARNING: could not install redis-server; the Celery test will be skipped"; }

## ui: the Dagster UI with the whole lineage, schedules and sensors
ui: setup
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

## docs: dbt docs for every model and column (open dbt_project/target/index.html)
docs: setup
	cd dbt_project && CLAIMWATCH_WAREHOUSE=$(CURDIR)/data/warehouse.duckdb ../$(BIN)/dbt docs generate --profiles-dir . --project-dir .

## bench: throughput and memory figures (bench/README.md)
bench: setup
	$(BIN)/python -m bench

## lock: re-resolve requirements.lock from pyproject.toml (needs network to PyPI)
lock:
	$(PYTHON) -m pip install --quiet uv && $(PYTHON) -m uv pip compile pyproject.toml --extra dev \
		--generate-hashes --python-version 3.11 -o requirements.lock

clean:
	rm -rf $(VENV) dbt_project/target dbt_project/logs
