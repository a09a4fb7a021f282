# ABND Studio: `make run` and `make test` work on a fresh machine with Python 3.11.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench fuzz country-data screenshots report-pages package translations clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e ".[test,dev]"
	touch $(STAMP)

## Start ABND Studio on the bundled Lao PDR sample (a working copy in ~/ABND Studio/projects).
run: $(STAMP)
	$(BIN)/python main.py resources/examples/lao-pdr-sample.json

## The whole test suite, then lint and type checks.
test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest
	$(MAKE) lint

## Layers (import-linter), lint and format (ruff), types (mypy --strict over engine, gui, main.py).
lint: $(STAMP)
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

## Every speed and size figure, each next to its target.
bench: $(STAMP)
	$(BIN)/python -m benchmarks

## 5,000 hostile variants of valid projects through the command line: every one exit 0 or 2.
fuzz: $(STAMP)
	$(BIN)/python -m benchmarks.fuzz_bench --mutants 5000

## Rebuild the bundled country data and the Lao PDR sample from resources/countries/sources.
country-data: $(STAMP)
	$(BIN)/python resources/countries/build_countries.py
	$(BIN)/python resources/examples/build_lao_sample.py

## The main window on the Lao sample, one PNG per tab and view, into docs/screenshots:
## English at 1280x720 (a projector) and at a small laptop's 1024x640, Lao and French at
## 1024x640 (with the report's first pages); workshop mode always at 1280x720.
screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gui.shell.screenshots docs/screenshots --size 1280x720
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gui.shell.screenshots docs/screenshots/1024x640 --size 1024x640
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gui.shell.screenshots docs/screenshots/lo --lang lo --size 1024x640 --report
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gui.shell.screenshots docs/screenshots/fr --lang fr --size 1024x640 --report

## The report's first pages (Lao sample and a new Cambodia project; en, lo, fr) as PNG.
report-pages: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m gui.report.pages docs/screenshots/report

## Update resources/i18n/abnd_{lo,fr}.ts from the sources, then build the .qm catalogues.
translations: $(STAMP)
	for lang in lo fr; do \
		$(BIN)/pyside6-lupdate -locations relative -no-obsolete -source-language en \
			-target-language $$lang $$(find engine gui -name '*.py' | sort) \
			-ts resources/i18n/abnd_$$lang.ts || exit 1; \
	done
	$(BIN)/pyside6-lrelease resources/i18n/abnd_lo.ts resources/i18n/abnd_fr.ts

## One file, dist/abnd-studio, built in a clean venv (build/package-venv), then smoke-tested.
package: $(STAMP)
	$(BIN)/python packaging/build.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python packaging/smoke_test.py

clean:
	rm -rf $(VENV) build dist .pytest_cache .mypy_cache .ruff_cache
