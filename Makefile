# claimwatch: the two commands a new user needs are `make run` and `make test`.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
# One stamp per install: `make run` needs the runtime lock only; `make test` and `make bench` add theirs.
stamp   = $(VENV)/.installed-$(1)-$(shell cat $(2) pyproject.toml | sha256sum | cut -c1-12)
STAMP       := $(call stamp,run,requirements.lock)
TEST_STAMP  := $(call stamp,test,requirements-test.lock)
BENCH_STAMP := $(call stamp,bench,requirements-bench.lock)
MANIFEST := dbt_project/target/manifest.json
export DAGSTER_HOME ?= $(CURDIR)/data/dagster_home
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -c
# this machine's pip configuration names local wheel folders that may not exist: keep the output readable
QUIET_PIP := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }

.PHONY: test-lake setup setup-test setup-bench manifest run test ui docs bench eval eval-real lock clean browser redis

## setup: virtual environment from the runtime's hashed lock file, the package, the dbt manifest
setup: $(STAMP) $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml
setup-test: setup $(TEST_STAMP)
setup-bench: setup $(BENCH_STAMP)

# $(1): the kind of install (run, test, bench), $(2): its lock file. Each lock holds every package it needs,
# pinned with hashes (the test and bench locks include the runtime's pins, resolved together).
# pip installs only the installer, uv (requirements-uv.lock, hashed); uv installs the lock with the same hash
# checks: 42 s for the test lock on an empty cache where pip took 164 s (measured on this machine). Bytecode is
# compiled at install, as pip does: where PYTHONDONTWRITEBYTECODE is set (this machine sets it) nothing else
# would, and every process would compile its imports again (measured: dagster + dbt imports 7.8 s instead of
# 4.7 s, the whole test suite ~25% slower). The project's own package is compiled the same way.
UV := $(BIN)/uv pip install --quiet --python $(BIN)/python --no-deps
define install
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
		-r requirements-uv.lock $(QUIET_PIP)
	$(UV) --require-hashes --compile-bytecode -r $(2)
	$(UV) --no-build-isolation -e .
	$(BIN)/python -m compileall -q -j 0 pipelines
	rm -f $(VENV)/.installed-$(1)-*
	touch $@
endef

$(STAMP): requirements.lock pyproject.toml
	$(call install,run,requirements.lock)

$(TEST_STAMP): requirements-test.lock pyproject.toml
	$(call install,test,requirements-test.lock)

$(BENCH_STAMP): requirements-bench.lock pyproject.toml
	$(call install,bench,requirements-bench.lock)

# dagster-dbt reads the manifest when definitions load: build it explicitly, never at import.
$(MANIFEST): $(STAMP) $(shell find dbt_project/models dbt_project/macros seeds -type f 2>/dev/null) dbt_project/dbt_project.yml \
		dbt_project/profiles.yml
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . --project-dir $(CURDIR)/dbt_project
	touch $(MANIFEST)

manifest: $(STAMP)
	cd dbt_project && ../$(BIN)/dbt parse --quiet --profiles-dir . --project-dir $(CURDIR)/dbt_project

$(DAGSTER_HOME)/dagster.yaml: config/dagster.yaml
	mkdir -p $(DAGSTER_HOME)
	cp config/dagster.yaml $(DAGSTER_HOME)/dagster.yaml

## run: the main job on the bundled sample articles, then a summary
run: setup
	$(BIN)/claimwatch run

## test: the whole test suite (unit, dbt unit tests, Dagster + dbt end to end in both storage modes, four day runs
## writing the lake at once with readers, a backfill on Celery workers, browser) but a second lake build
## (`make test-lake`; pyproject.toml's pytest options say why)
test: setup-test browser redis
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder --durations=25

## test-lake: every lake-mode test: DuckLake on a real PostgreSQL (pgserver) and S3 API (moto), four day runs at
## once with readers, a second lake build, a backfill on Celery workers (redis-server)
test-lake: setup-test redis
	$(BIN)/python -m pytest -n 2 --dist loadfile --no-loadscope-reorder -m "lake or lake_e2e" --durations=10

## browser: Debian's Chromium for the UI test (skipped with a loud reason if it cannot be installed; under CI,
## CI=true, a missing Chromium fails instead)
browser:
	@command -v chromium >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) \
		|| { if [ "$$CI" = true ]; then echo "ERROR: CI=true and chromium could not be installed"; exit 1; fi; \
		     echo "WARNING: could not install chromium; the browser test will be skipped"; }; }

## redis: Debian's redis-server, the Celery broker of the distributed-Dagster test (started by the test itself,
## on 127.0.0.1; skipped with a loud reason if it cannot be installed, failed under CI=true). Postgres and S3
## come from pip (requirements-test.lock).
redis:
	@command -v redis-server >/dev/null 2>&1 || { (apt-get update -qq && apt-get install -y -qq redis-server >/dev/null) \
		|| { if [ "$$CI" = true ]; then echo "ERROR: CI=true and redis-server could not be installed"; exit 1; fi; \
		     echo "WARNING: could not install redis-server; the Celery test will be skipped"; }; }

## ui: the Dagster UI with the whole lineage, schedules and sensors
ui: setup
	$(BIN)/dagster dev -w workspace.yaml -h 127.0.0.1 -p 3000

## docs: dbt docs for every model and column (open dbt_project/target/index.html)
docs: setup
	cd dbt_project && CLAIMWATCH_WAREHOUSE=$(CURDIR)/data/warehouse.duckdb ../$(BIN)/dbt docs generate --profiles-dir . --project-dir .

## bench: throughput and memory figures (bench/README.md)
bench: setup-bench
	$(BIN)/python -m bench

## eval: extraction quality on the synthetic dev corpus and the regression set (../shared/eval)
eval: setup
	$(BIN)/python -m bench.score_corpus --gold ../shared/eval/dev/gold.jsonl --articles ../shared/eval/dev/articles.jsonl
	$(BIN)/python -m bench.score_corpus --gold tests/fixtures/regression/gold.jsonl --articles tests/fixtures/regression/articles.jsonl

## eval-real: the real-reporting corpus, every part (texts in the ignored eval/real/cache/, see eval/real/README.md)
eval-real: setup
	$(BIN)/python -m bench.real_corpus check
	for part in dev heldback heldback2 heldback3 heldback4 heldback5 heldback6 heldback7 heldback8 heldback9 heldback10 heldback11 heldback12 heldback13 heldback14 heldback15 heldback16 heldback17 heldback18 heldback19 heldback20 heldback21 heldback22 heldback23 heldback24 heldback25 heldback26 heldback27 heldback28 heldback29 heldback30 heldback31 heldback32 heldback33 heldback34 heldback35 heldback36 heldback37 heldback38 heldback39 heldback40 heldback41 heldback42 heldback43 heldback44 heldback45 heldback46 heldback47 heldback48 heldback49 heldback50 heldback51 heldback52 heldback53 heldback54 heldback55 heldback56 heldback57 heldback58 heldback59 heldback60 heldback61 heldback62 heldback63 heldback64 heldback65 heldback66 heldback67 heldback68 heldback69 heldback70 heldback71 heldback72 heldback73 heldback74 heldback75 heldback76 heldback77 heldback78 heldback79 heldback80 heldback81 heldback82 heldback83 heldback84 heldback85 heldback86 heldback87 heldback88 heldback89 heldback90 heldback91 heldback92 heldback93 heldback94 heldback95 heldback96 heldback97 heldback98 heldback99 heldback100 heldback101 heldback102 heldback103 heldback104 heldback105 heldback106 heldback107 heldback108 heldback109 heldback110 heldback111 heldback112 heldback113 heldback114 heldback115 heldback116 heldback117 heldback118 heldback119 heldback120 heldback121 heldback122 heldback123 heldback124 heldback125 heldback126 heldback127 heldback128 heldback129 heldback130 heldback131 heldback132 heldback133 heldback134 heldback135 heldback136 heldback137 heldback138 heldback139 heldback140 heldback141 heldback142 heldback143 heldback144 heldback145 heldback146 heldback147 heldback148 heldback149 heldback150 heldback151 heldback152 heldback153 heldback154 heldback155 heldback156 heldback157 heldback158 heldback159 heldback160 heldback161 heldback162 heldback163 heldback164 heldback165 heldback166 heldback167 heldback168 heldback169 heldback170 heldback171 heldback172 heldback173 heldback174 heldback175 heldback176 heldback177 heldback178 heldback179 heldback180 heldback181 heldback182 heldback183 heldback184 heldback185 heldback186 heldback187 heldback188 heldback189 heldback190 heldback191 heldback192 heldback193 heldback194 heldback195 heldback196 heldback197 heldback198 heldback199 heldback200 heldback201 heldback202 heldback203 heldback204 heldback205 heldback206 heldback207 heldback208 heldback209 heldback210 heldback211 heldback212 heldback213 heldback214 heldback215 heldback216 heldback217 heldback218 heldback219 heldback220 heldback221 heldback222 heldback223 heldback224 heldback225 heldback226 heldback227 heldback228 heldback229 heldback230 heldback231 heldback232 heldback233 heldback234 heldback235 heldback236 heldback237 heldback238 heldback239 heldback240 heldback241 heldback242 heldback243 heldback244 heldback245 heldback246 heldback247 heldback248 heldback249 heldback250 heldback251 heldback252 heldback253 heldback254 heldback255 heldback256 heldback257 heldback258 heldback259 heldback260 heldback261 heldback262 heldback263 heldback264 heldback265 heldback266 heldback267 heldback268 heldback269 heldback270 heldback271 heldback272 heldback273 heldback274 heldback275 heldback276 heldback277 heldback278 heldback279 heldback280 heldback281 heldback282 heldback283 heldback284 heldback285 heldback286 heldback287 heldback288 heldback289 heldback290 heldback291 heldback292 heldback293 heldback294 heldback295 heldback296 heldback297 heldback298 heldback299 heldback300 heldback301 heldback302 heldback303 heldback304 heldback305 heldback306 heldback307 heldback308 heldback309 heldback310 heldback311 heldback312 heldback313 heldback314 heldback315 heldback316 heldback317 heldback318 heldback319 heldback320 heldback321 heldback322 heldback323 heldback324 heldback325 heldback326 heldback327 heldback328 heldback329 heldback330 heldback331 heldback332 heldback333 heldback334 heldback335 heldback336 heldback337 heldback338 heldback339 heldback340 heldback341 heldback342 heldback343 heldback344 heldback345 heldback346 heldback347 heldback348 heldback349 heldback350 heldback351 heldback352 heldback353 heldback354 heldback355 heldback356 heldback357 heldback358 heldback359 heldback360 heldback361 heldback362 heldback363 heldback364 heldback365 heldback366 heldback367 heldback368 heldback369 heldback370 heldback371 heldback372 heldback373 heldback374 heldback375 heldback376 heldback377 heldback378 heldback379 heldback380 heldback381 heldback382 heldback383 heldback384 heldback385 heldback386 heldback387 heldback388 heldback389 heldback390 heldback391 heldback392 heldback393 heldback394 heldback395 heldback396 heldback397 heldback398 heldback399 heldback400 heldback401 heldback402 heldback403 heldback404 heldback405 heldback406 heldback407 heldback408 heldback409 heldback410 heldback411 heldback412 heldback413 heldback414 heldback415 heldback416 heldback417 heldback418 heldback419 heldback420 heldback421 heldback422 heldback423 heldback424 heldback425 heldback426 heldback427 heldback428 heldback429 heldback430 heldback431 heldback432 heldback433 heldback434 heldback435 heldback436 heldback437 heldback438 heldback439 heldback440 heldback441 heldback442 heldback443 heldback444 heldback445 heldback446 heldback447 heldback448 heldback449 heldback450 heldback451 heldback452 heldback453 heldback454 heldback455 heldback456 heldback457 heldback458 heldback459 heldback460 heldback461 heldback462 heldback463 heldback464 heldback465 heldback466 heldback467 heldback468 heldback469 heldback470 heldback471 heldback472 heldback473 heldback474 heldback475 heldback476 heldback477 heldback478 heldback479 heldback480 heldback481 heldback482 heldback483 heldback484 heldback485 heldback486 heldback487 heldback488 heldback489 heldback490 heldback491 heldback492 heldback493 heldback494 heldback495 heldback496 heldback497 heldback498 heldback499 heldback500 heldback501 heldback502 heldback503 heldback504 heldback505 heldback506 heldback507 heldback508 heldback509 heldback510 heldback511 heldback512 heldback513 heldback514 heldback515 heldback516 heldback517 heldback518 heldback519 heldback520 heldback521 heldback522 heldback523 heldback524 heldback525 heldback526 heldback527 heldback528 heldback529 heldback530 heldback531 heldback532 heldback533 heldback534 heldback535 heldback536 heldback537 heldback538 heldback539 heldback540 heldback541 heldback542 heldback543 heldback544 heldback545 heldback546 heldback547 heldback548 heldback549 heldback550 heldback551 heldback552 heldback553 heldback554 heldback555 heldback556 heldback557 heldback558 heldback559 heldback560 heldback561 heldback562 heldback563 heldback564 heldback565 heldback566 heldback567 heldback568 heldback569 heldback570 heldback571 heldback572 heldback573 heldback574 heldback575 heldback576 heldback577 heldback578 heldback579 heldback580 heldback581 heldback582 heldback583 heldback584 heldback585 heldback586 heldback587 heldback588 heldback589 heldback590 heldback591 heldback592 heldback593 heldback594 heldback595 heldback596 heldback597 heldback598 heldback599 heldback600 heldback601 heldback602 heldback603 heldback604 heldback605 heldback606 heldback607 heldback608 heldback609 heldback610 heldback611 heldback612 heldback613 heldback614 heldback615 heldback616 heldback617 heldback618 heldback619 heldback620 heldback621 heldback622 heldback623 heldback624 heldback625 heldback626 heldback627 heldback628 heldback629 heldback630 heldback631 heldback632 heldback633 heldback634 heldback635 heldback636 heldback637 heldback638 heldback639 heldback640 heldback641 heldback642 heldback643 heldback644 heldback645 heldback646 heldback647 heldback648 heldback649 heldback650 heldback651 heldback652 heldback653 heldback654 heldback655 heldback656 heldback657 heldback658 heldback659 heldback660 heldback661 heldback662 heldback663 heldback664 heldback665 heldback666 heldback667 heldback668 heldback669 heldback670 heldback671 heldback672 heldback673 heldback674 heldback675 heldback676 heldback677 heldback678 heldback679 heldback680 heldback681 heldback682 heldback683 heldback684 heldback685 heldback686 heldback687 heldback688 heldback689 heldback690 heldback691 heldback692 heldback693 heldback694 heldback695 heldback696 heldback697 heldback698 heldback699 heldback700 heldback701 heldback702 heldback703 heldback704 heldback705 heldback706 heldback707 heldback708 heldback709 heldback710 heldback711 heldback712 heldback713 heldback714 heldback715 heldback716 heldback717 heldback718 heldback719 heldback720 heldback721 heldback722 heldback723 heldback724 heldback725 heldback726 heldback727 heldback728 heldback729 heldback730 heldback731 heldback732 heldback733 heldback734 heldback735 heldback736 heldback737 heldback738 heldback739 heldback740 heldback741 heldback742 heldback743 heldback744 heldback745 heldback746 heldback747 heldback748 heldback749 heldback750 heldback751 heldback752 heldback753 heldback754 heldback755 heldback756 heldback757 heldback758 heldback759 heldback760 heldback761 heldback762 heldback763 heldback764 heldback765 heldback766 heldback767 heldback768 heldback769 heldback770 heldback771 heldback772 heldback773 heldback774 heldback775 heldback776 heldback777 heldback778 heldback779 heldback780 heldback781 heldback782 heldback783 heldback784 heldback785 heldback786 heldback787 heldback788 heldback789 heldback790 heldback791 heldback792 heldback793 heldback794 heldback795 heldback796 heldback797 heldback798 heldback799 heldback800 heldback801 heldback802 heldback803 heldback804 heldback805 heldback806 heldback807 heldback808 heldback809 heldback810 heldback811 heldback812 heldback813 heldback814 heldback815 heldback816 heldback817 heldback818 heldback819 heldback820 heldback821 heldback822 heldback823 heldback824 heldback825 heldback826 heldback827 heldback828 heldback829 heldback830 heldback831 heldback832 heldback833 heldback834 heldback835 heldback836 heldback837 heldback838 heldback839 heldback840 heldback841 heldback842 heldback843 heldback844 heldback845 heldback846; do \
		$(BIN)/python -m bench.score_corpus --gold eval/real/gold.jsonl --articles eval/real/cache/articles.jsonl \
			--manifest eval/real/manifest.jsonl --part $$part || exit 1; done

## lock: re-resolve the three hashed locks from pyproject.toml (needs network to PyPI); each keeps the
## versions already pinned unless pyproject.toml asks otherwise
lock:
	$(PYTHON) -m pip install --quiet uv
	echo "uv==$$($(PYTHON) -m uv --version | cut -d' ' -f2)" | $(PYTHON) -m uv pip compile - --generate-hashes \
		--python-version 3.11 -o requirements-uv.lock
	$(PYTHON) -m uv pip compile pyproject.toml --generate-hashes --python-version 3.11 -o requirements.lock
	$(PYTHON) -m uv pip compile pyproject.toml --extra test --generate-hashes --python-version 3.11 \
		-o requirements-test.lock
	$(PYTHON) -m uv pip compile pyproject.toml --extra test --extra bench --generate-hashes --python-version 3.11 \
		-o requirements-bench.lock

clean:
	rm -rf $(VENV) dbt_project/target dbt_project/logs
