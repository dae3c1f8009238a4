# Debrief: `make run` serves the forum with demo data; `make test` runs the test suite.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000

.PHONY: run test lint format clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@ $(VENV)/.installed-run

run: $(VENV)/.installed-run
	$(BIN)/forum db upgrade
	$(BIN)/forum seed-demo --if-empty
	@if [ -f instance/demo-accounts.txt ]; then \
	  echo "Demo accounts (username password), for this machine only:"; \
	  sed 's/^/  /' instance/demo-accounts.txt; fi
	@echo "Debrief is at http://$(HOST):$(PORT)/"
	$(BIN)/forum run --host $(HOST) --port $(PORT)

test: $(VENV)/.installed-test
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check forum tests bench
	$(BIN)/ruff format --check forum tests bench

format: $(VENV)/.installed-test
	$(BIN)/ruff format forum tests bench
	$(BIN)/ruff check --fix forum tests bench

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache

# HTTP and search benchmarks: BENCH_POSTS, BENCH_SECONDS, BENCH_DATABASE_URL (see bench/README.md).
bench: $(VENV)/.installed-run
	$(BIN)/python bench/http_bench.py
	$(BIN)/python bench/search_bench.py
