# doingoai — `make help` lists the targets. CI calls `make test`.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -hE '^[a-zA-Z_-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-20s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $(STAMP)

install: $(STAMP) ## Create .venv and install doingoai with its test tools

demo: install ## Build the sample database and serve it at http://127.0.0.1:8000
	$(BIN)/doingoai demo

serve: install ## Serve the configured database (DOINGOAI_DATABASE_URL or var/doingoai.db)
	$(BIN)/doingoai serve

test: install ## Run the whole test suite (SQLite and PostgreSQL on 127.0.0.1:5432, Chromium)
	$(BIN)/python -m pytest

test-fast: install ## Run the tests on SQLite only, without the browser
	DOINGOAI_TEST_BACKENDS=sqlite $(BIN)/python -m pytest -m "not browser"

initial-migration: install ## Regenerate the initial Alembic migration from the models (before the first release only)
	rm -f src/doingoai/migrations/versions/0001_initial.py
	$(BIN)/python -m doingoai.migrations.regenerate

vendor: install ## Fetch the pinned htmx / Swagger UI / ReDoc files from npm into web/static/vendor (commit them)
	$(BIN)/python -m doingoai.web.vendor

bench: install ## Run the benchmarks and print their figures (see docs/performance.md)
	$(BIN)/python bench/run_all.py

.PHONY: help install demo serve test test-fast initial-migration vendor bench
