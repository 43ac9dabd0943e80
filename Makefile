# ClusterDesk — `make run` opens the app on a demo event, `make test` runs lint and the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP_RUN := $(VENV)/.installed-run
STAMP_TEST := $(VENV)/.installed-test

.PHONY: run platform-check test lint typecheck suite bench clean translations

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP_RUN): pyproject.toml | $(BIN)/python
	# the bundled PostgreSQL (for sharing an event) has wheels for glibc 2.34+, macOS and Windows;
	# elsewhere the app uses the system's PostgreSQL (docs/sharing.md)
	$(BIN)/python -m pip install --quiet -e '.[server]' || $(BIN)/python -m pip install --quiet -e .
	touch $@

$(STAMP_TEST): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@ $(STAMP_RUN)

# Before anything is installed and before Qt starts: on Linux, are the system libraries Qt's
# window needs here? If not, one `sudo apt-get install …` line names them (the app checks again).
platform-check:
	@PYTHONPATH=. $(PYTHON) -m clusterdesk.core.platform_check

run: platform-check $(STAMP_RUN)
	$(BIN)/clusterdesk --demo

lint: $(STAMP_TEST)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

suite: $(STAMP_TEST)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

test: lint suite

bench: $(STAMP_TEST)
	for b in benchmarks/bench_*.py; do QT_QPA_PLATFORM=offscreen $(BIN)/python $$b || exit 1; done

# The UI's translations: `make translations` finds every string in clusterdesk/ui, adds new ones to
# each .ts (unfinished: the translation test fails until they are translated), drops vanished
# ones, and compiles every .ts (ours and qtbase_lt, Qt's own dialogs) into the committed .qm files.
UI_SOURCES = $(shell find clusterdesk/ui -name '*.py' | LC_ALL=C sort)
TS_DIR := resources/translations
LUPDATE_FLAGS := -locations none -no-obsolete -silent

translations: $(STAMP_TEST)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS_DIR)/clusterdesk_en.ts -pluralonly $(LUPDATE_FLAGS)
	$(BIN)/pyside6-lupdate $(UI_SOURCES) -ts $(TS_DIR)/clusterdesk_lt.ts -target-language lt_LT $(LUPDATE_FLAGS)
	for ts in $(TS_DIR)/*.ts; do $(BIN)/pyside6-lrelease -silent $$ts -qm $${ts%.ts}.qm || exit 1; done
	$(BIN)/python -m clusterdesk.ui.translation_status $(TS_DIR)

clean:
	rm -rf $(VENV) build dist *.egg-info
