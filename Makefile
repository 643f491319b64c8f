# doingoai — `make help` lists the targets. CI calls `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# apt-get needs root; a developer's account goes through sudo.
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	@# Debian/Ubuntu ship venv separately (python3-venv); install it when it is missing.
	@$(PY) -c 'import ensurepip, venv' 2>/dev/null || { echo "Installing python3-venv…"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq python3-venv; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install doingoai with its test tools

demo: install ## Build the sample database and serve it at http://127.0.0.1:8000
	$(BIN)/doingoai demo

serve: install ## Serve the configured database (DOINGOAI_DATABASE_URL or var/doingoai.db)
	$(BIN)/doingoai serve

chromium: ## Install Debian's chromium for the browser tests, if it is missing (no browser download)
	@test -x /usr/bin/chromium || { echo "Installing Debian's chromium…"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium; }

postgres: ## Start the local PostgreSQL cluster if it is installed and not running on 127.0.0.1:5432
	@pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null || { \
	  command -v pg_ctlcluster >/dev/null || { echo "PostgreSQL is not running on 127.0.0.1:5432 (set DOINGOAI_TEST_POSTGRES_URL, or DOINGOAI_TEST_BACKENDS=sqlite)"; exit 1; }; \
	  echo "Starting PostgreSQL…"; $(SUDO) pg_ctlcluster --skip-systemctl-redirect $$(ls /etc/postgresql | head -n1) main start; \
	  for i in $$(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done; }

test: install chromium postgres ## Run the whole test suite (SQLite and PostgreSQL on 127.0.0.1:5432, Chromium)
	$(BIN)/python -m pytest

test-fast: install ## Run the tests on SQLite only, without the browser
	DOINGOAI_TEST_BACKENDS=sqlite $(BIN)/python -m pytest -m "not browser"

initial-migration: install ## Regenerate the initial Alembic migration from the models (before the first release only)
	rm -f src/doingoai/migrations/versions/0001_initial.py
	$(BIN)/python -m doingoai.migrations.regenerate

vendor: install ## Fetch the pinned htmx and Swagger UI files from npm into web/static/vendor (commit them)
	$(BIN)/python -m doingoai.web.vendor

bench: install postgres ## Run the benchmarks and print their figures (see docs/performance.md)
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/run_all.py

.PHONY: help install chromium postgres demo serve test test-fast initial-migration vendor bench
