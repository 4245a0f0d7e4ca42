# rdsa — two commands: `make run` serves the API and web client, `make test` runs every check.
SHELL := /bin/bash
HOST ?= 127.0.0.1
PORT ?= 8000
VENV := .venv
BIN := $(VENV)/bin
# The newest installed Python ≥ 3.11 (pyenv shims may exist for versions that are not installed).
PYTHON ?= $(shell for p in python3.13 python3.12 python3.11 python3; do $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null && { echo $$p; break; }; done)
# Two workers: each gets its own test servers and databases.
PYTEST_ARGS ?= -n 2
# Browser tests drive Debian's chromium through Playwright (never `playwright install`).
CHROMIUM ?= /usr/bin/chromium
BROWSER_TESTS ?= yes
ifeq ($(BROWSER_TESTS),no)
PYTEST_MARKERS := -m "not browser"
endif

.PHONY: lock run test test-fast lint typecheck pytest chromium axe node-tools openapi-snapshot screenshots validate migrate admin-key bench clean help

help:
	@echo "make run    — set up .venv, migrate the SQLite database in var/, serve on http://$(HOST):$(PORT)"
	@echo "make test   — set up .venv with dev tools, run ruff, mypy and the whole test suite"
	@echo "make lock   — upgrade requirements/*.lock to the newest versions within pyproject.toml's bounds"
	@echo "make bench  — run the benchmarks in bench/ against a live server"
	@echo "make openapi-snapshot — store /openapi.json in docs/ after an API change (then: docs/api-changelog.md)"
	@echo "make screenshots — refresh docs/screenshots/ from the browser tests"

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "rdsa needs Python 3.11 or newer: none found (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs come from the hash-pinned locks in requirements/ (the versions the tests ran on),
# then the project itself without resolving anything again.
$(VENV)/.installed-run: pyproject.toml requirements/run.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/run.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

$(VENV)/.installed-dev: pyproject.toml requirements/dev.lock | $(BIN)/python
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@ $(VENV)/.installed-run

# Upgrade every pin to the newest release within pyproject.toml's bounds: dev.lock first,
# then run.lock seeded from it, so both name the same versions. Review, `make test`, commit.
PIP_COMPILE := $(BIN)/pip-compile --quiet --generate-hashes --strip-extras --allow-unsafe \
  --no-emit-index-url --no-emit-find-links
# `make lock LOCK_UPGRADE=` only adds what pyproject.toml gained, keeping every other pin.
LOCK_UPGRADE ?= --upgrade
lock: $(VENV)/.installed-dev
	$(PIP_COMPILE) $(LOCK_UPGRADE) --extra dev -o requirements/dev.lock pyproject.toml
	cp requirements/dev.lock requirements/run.lock
	$(PIP_COMPILE) -o requirements/run.lock pyproject.toml

run: $(VENV)/.installed-run
	@mkdir -p var
	$(BIN)/rdsa migrate
	$(BIN)/rdsa serve --host $(HOST) --port $(PORT)

test: lint typecheck pytest

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(VENV)/.installed-dev
	$(BIN)/mypy app

pytest: $(VENV)/.installed-dev chromium node-tools
	RDSA_HYPOTHESIS_PROFILE=ci $(BIN)/pytest $(PYTEST_MARKERS) $(PYTEST_ARGS)

# The quick loop: no slow tests (browser, live-server load, generated clients, migrations),
# few Hypothesis examples. `make test` still runs everything.
test-fast: $(VENV)/.installed-dev
	RDSA_HYPOTHESIS_PROFILE=dev $(BIN)/pytest -m "not slow" $(PYTEST_ARGS)

# Node tools, pinned in package.json and package-lock.json, installed by npm into
# node_modules/: axe-core, injected into every page type by the browser tests, and
# openapi-typescript and tsc, which check TypeScript types generated from /openapi.json.
NODE_TOOLS := node_modules/.installed
node-tools: $(NODE_TOOLS)
axe: node-tools

$(NODE_TOOLS): package.json package-lock.json
	@command -v npm >/dev/null || { echo "the tests need npm for axe-core, openapi-typescript and tsc (apt-get install -y npm)"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# The browser tests need chromium: installed here when missing and running as root.
chromium:
	@if [ "$(BROWSER_TESTS)" != no ] && [ ! -x "$(CHROMIUM)" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing chromium for the browser tests"; \
	    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	  else \
	    echo "The browser tests need chromium at $(CHROMIUM)."; \
	    echo "Install it as root (apt-get install -y chromium), or skip them:"; \
	    echo "  make test BROWSER_TESTS=no"; \
	    exit 1; \
	  fi; \
	fi

screenshots: $(VENV)/.installed-dev chromium node-tools
	WEB_SCREENSHOTS=docs/screenshots $(BIN)/pytest -q -m browser -k "sqlite and spanish"

# Benchmarks (DESIGN.md §7). PostgreSQL runs use RDSA_BENCH_DATABASE_URL, e.g.
#   make bench RDSA_BENCH_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test
bench: $(VENV)/.installed-dev
	@command -v wrk >/dev/null || { echo "bench needs wrk (apt-get install wrk)"; exit 1; }
	$(BIN)/python bench/bench_scoring.py questionnaires/rd-core/1.0.0.yaml --resources questionnaires/resources.yaml
	$(BIN)/python bench/http_bench.py
	@if [ -n "$$RDSA_BENCH_DATABASE_URL" ]; then $(BIN)/python bench/http_bench.py --postgres "$$RDSA_BENCH_DATABASE_URL"; fi
	$(BIN)/python bench/bench_cohort.py $$( [ -n "$$RDSA_BENCH_DATABASE_URL" ] || echo --databases sqlite )

# After an intended API change: store the new /openapi.json, then add an entry to
# docs/api-changelog.md naming the fingerprint this prints (tests/api/test_openapi_snapshot.py).
openapi-snapshot: $(VENV)/.installed-run
	$(BIN)/python -m app.openapi_snapshot docs/openapi-snapshot.json

validate: $(VENV)/.installed-run
	$(BIN)/rdsa validate questionnaires/

migrate: $(VENV)/.installed-run
	$(BIN)/rdsa migrate

admin-key: $(VENV)/.installed-run
	$(BIN)/rdsa create-key --role admin

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis
