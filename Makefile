# Two commands on a fresh machine: `make demo` and `make test`. Both bootstrap .venv from requirements.lock.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.bootstrapped
SHARED ?= ../shared/data
DEMO_DB ?= out/demo.duckdb

.PHONY: bootstrap demo test eval eval-all bench bench-fields lint clean mutate

bootstrap: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# torch first and pinned: 2.13.0 resolves to the local CPU build, never the CUDA wheels
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps --no-build-isolation -e .
	touch $(STAMP)

demo: bootstrap
	@mkdir -p out
	@rm -f $(DEMO_DB)
	HF_HUB_OFFLINE=1 $(BIN)/newsdesk --db $(DEMO_DB) ingest examples/corpus
	HF_HUB_OFFLINE=1 $(BIN)/newsdesk --db $(DEMO_DB) stats
	@echo
	@echo "Results are in $(DEMO_DB). Try:"
	@echo "  $(BIN)/newsdesk --db $(DEMO_DB) articles"
	@echo "  $(BIN)/newsdesk --db $(DEMO_DB) events"
	@echo "  $(BIN)/newsdesk --db $(DEMO_DB) storylines"
	@echo "  $(BIN)/newsdesk --db $(DEMO_DB) entities"
	@echo
	@echo "Browse it (read-only web pages and a JSON/CSV API; Ctrl-C stops):"
	@echo "  $(BIN)/newsdesk --db $(DEMO_DB) serve"
	@echo "then open http://127.0.0.1:8000/ - the busiest event:"
	@echo "  http://127.0.0.1:8000/events/$$($(BIN)/python -c "from newsdesk.store import Store; from newsdesk.store.web_queries import Views; s = Store('$(DEMO_DB)', read_only=True); print(Views(s).busiest_event() or '')")"

test: bootstrap
	@if [ -n "$$NEWSDESK_CHROMIUM" ] || [ -x /usr/bin/chromium ] || command -v chromium >/dev/null 2>&1; then \
	  echo "browser tests: Chromium found ($${NEWSDESK_CHROMIUM:-$$(command -v chromium || echo /usr/bin/chromium)}): they run"; \
	else echo "browser tests: SKIPPED - no Chromium found (apt-get install chromium, or set NEWSDESK_CHROMIUM)"; fi
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest

# The eval gate over the shared dev sets (make eval SHARED=/path/to/shared/data): fails when a figure drops below
# its floor in src/newsdesk/eval/baseline.json by more than one item's noise, or when a dev set changed. Clustering
# goes through the product path (each stream ingested in parts, as `newsdesk ingest` runs). Raise the floors after
# an improvement with `newsdesk eval gate --update`; lowering one needs --allow-regression.
eval: bootstrap
	HF_HUB_OFFLINE=1 $(BIN)/newsdesk eval gate --data $(SHARED)

# Every evaluation's full figures (for BENCHMARKS.md)
eval-all: bootstrap
	HF_HUB_OFFLINE=1 $(BIN)/newsdesk eval all --data $(SHARED)

bench: bootstrap
	# the bare-MiniLM baselines are timed on 2,000 of the records (docs/s does not need all 10k)
	HF_HUB_OFFLINE=1 $(BIN)/python benchmarks/bench_pipeline.py --data $(SHARED) --baseline-records 2000

# Crawler field dumps built around real article bodies (issue 14; BENCHMARKS "Session 10 (fields2)"), per half
bench-fields: bootstrap
	for d in basil_dev ecbplus_dev plaintext_dev; do $(BIN)/python benchmarks/fields_stress.py $(SHARED)/$$d || exit 1; done

# Mutation testing of the critical paths (cosmic-ray, pinned in requirements-mutate.lock). CPU-heavy (hours on 2
# cores): run it alone. First the issue-16 hand-made mutants (each must fail its tests), then the bounded cosmic-ray
# targets of mutation/targets.toml; both mutate a scratch copy of the committed tree, never the working tree.
mutate: bootstrap
	$(BIN)/pip install --quiet -r requirements-mutate.lock
	@mkdir -p out
	HF_HUB_OFFLINE=1 $(BIN)/python mutation/check_survivors.py
	HF_HUB_OFFLINE=1 $(BIN)/python mutation/run.py --json-out out/mutation.json

lint: bootstrap
	$(BIN)/ruff check src tests

clean:
	rm -rf $(VENV) out .pytest_cache
