# sigcopy: every target sets itself up first (`make run` and `make test` work on a fresh machine).
# The interpreter .venv is built on: PY=... when given; else the system's own CPython when it
# is 3.11 or newer (Debian and Ubuntu build theirs with PGO and LTO: about 30% faster on pure
# Python than a default pyenv or source build, which the engine's latency shows); else the
# first python3 on PATH.
PY ?= $(shell for p in /usr/bin/python3 python3; do "$$p" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo "$$p"; exit 0; }; done; echo python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DOCS_STAMP := $(VENV)/.docs-installed

.PHONY: install native readings run test lint bench soak fuzz clean docs docs-gen

# Set-up messages go to stderr, so that `make bench` prints nothing but its JSON on stdout.
$(STAMP): pyproject.toml
	@echo "setting up $(VENV) (first run only)..." >&2
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) >&2 || { rm -rf $(VENV); python3 -m venv $(VENV) >&2; }
	@$(BIN)/python -m pip install --quiet --upgrade pip >&2
	@$(BIN)/python -m pip install --quiet -e '.[dev]' >&2
	@touch $(STAMP)

install: $(STAMP)

# The parser's hot modules compiled with mypyc (parsers/_native.py), rebuilt when a parser source
# changes; used only while built from exactly the sources there (else the pure-Python modules).
# build_native writes the stamp itself, dated when it read the sources: a source edited during
# the build is newer than the stamp, so the next make builds again (parsers/build_native.py).
NATIVE := $(VENV)/.native-built
$(NATIVE): $(STAMP) $(wildcard parsers/*.py)
	@$(BIN)/python -m parsers.build_native --stamp $(NATIVE)

native: $(NATIVE)

# The recorded readings checked against a current native build (ARGS=--write records them).
readings: install native
	$(BIN)/python -m tests.parsers.readings $(ARGS)

# The docs site's tools (mkdocs-material) are only installed for `make docs`: the docs extra's
# requirements alone (`pip install -e '.[docs]'` would build and install the project again).
$(DOCS_STAMP): $(STAMP)
	@$(BIN)/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["docs"], sep="\n")' > $(VENV)/docs-requirements.txt
	@$(BIN)/python -m pip install --quiet -r $(VENV)/docs-requirements.txt >&2
	@touch $(DOCS_STAMP)

run: install native
	@mkdir -p data logs
	$(BIN)/sigcopy run

# The suite spends much of its time waiting (loopback servers, subprocesses, timeouts): it runs
# in two pytest-xdist processes (worksteal evens out the long tests); `make test TEST_WORKERS=0`
# runs it in one. Parallel since session 22: the live tests' clients wait 15 s and only the
# request meant to time out gets a short timeout (tests/live/helpers.py), and two full parallel
# runs at load 20-24 passed but for one real race the crash harness found (a kill between an
# approval's record and its card's edit; fixed in bot/approval_cards.py).
# SIGCOPY_EXPECT_NATIVE=1: the compiled parser modules must be running where mypyc and a C
# compiler are (tests/parsers/test_native.py), as a mypyc error falls back silently.
TEST_WORKERS ?= 2
test: install native
	SIGCOPY_EXPECT_NATIVE=1 $(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS) --dist worksteal

soak: install
	SIGCOPY_SOAK=1 $(BIN)/python -m pytest -q -p no:cacheprovider -m soak tests

# The property tests with fresh examples each run (make test draws a fixed sequence).
fuzz: install native
	HYPOTHESIS_PROFILE=explore $(BIN)/python -m pytest -q -p no:cacheprovider $$(grep -rl "@given" tests)

lint: install
	$(BIN)/ruff check bot engine parsers config tests bench
	$(BIN)/ruff format --check bot engine parsers config tests bench
	$(BIN)/mypy

bench: install native
	@$(BIN)/python -m bench

# The docs site (site/): the generated configuration reference must be current, and every
# link and anchor must resolve (--strict).
docs: $(DOCS_STAMP)
	$(BIN)/python -m config.reference --check
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

# Regenerate docs/configuration.md and .env.example from the settings model (config/).
docs-gen: install
	$(BIN)/python -m config.reference

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache site
