# Everything sets itself up: each target creates .venv and installs what it needs when missing.
# Another Python, in a venv of its own: make test PYTHON=python3.13 VENV=.venv-3.13
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)
export QT_API := pyside6
export PYQTGRAPH_QT_LIB := PySide6

.PHONY: run test test-dist dist packages bench draft-score lint schema screenshots translations clean

$(PY):
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --disable-pip-version-check -q --upgrade pip
	$(PY) -m pip install --disable-pip-version-check -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP)
	$(VENV)/bin/report-viewer

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

# The frozen application (freeze/: PyInstaller) in dist/report-viewer/ and its archive; README "Frozen application".
dist: $(STAMP)
	$(PY) -c "import PyInstaller" 2>/dev/null || $(PY) -m pip install --disable-pip-version-check -q -e '.[freeze]'
	$(PY) freeze/make_dist.py

# The frozen app run with no Python reachable (tests/test_freeze.py): the build takes about a minute and the
# smoke test another, so it is not part of `make test`; CI runs both.
test-dist: dist
	REPORT_VIEWER_BUNDLE=$(CURDIR)/dist/report-viewer QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q -m dist \
		tests/test_freeze.py

# The wheel and the sdist, in dist/ (no network: the venv's hatchling, no build isolation).
packages: $(STAMP)
	$(PY) -m build --no-isolation --outdir dist .

lint: $(STAMP)
	$(VENV)/bin/ruff check viewer tests bench freeze
	$(VENV)/bin/mypy  # types: settings in pyproject.toml ([tool.mypy]), stubs for untyped libraries in typings/
	$(VENV)/bin/vulture  # dead code: settings in pyproject.toml, allow-list in tools/vulture_allowlist.py

bench: $(STAMP)
	$(PY) -c "import matplotlib" 2>/dev/null || $(PY) -m pip install --disable-pip-version-check -q -e '.[bench]'
	# Byte-compile first, as installing a wheel does: with PYTHONDONTWRITEBYTECODE set, every start would
	# otherwise compile the app's modules again (the floor's pyqtgraph was compiled when pip installed it).
	$(PY) -m compileall -q viewer bench
	QT_QPA_PLATFORM=offscreen $(PY) bench/run.py

# The drafter on every sample of tests/model/draft_samples/: recall and each field's share, per error class.
draft-score: $(STAMP)
	$(PY) bench/draft_score.py

schema: $(STAMP)
	$(PY) -c "from pathlib import Path; from viewer.model.schema import write_schema; write_schema(Path('data/schema/report.schema.json'))"

screenshots: $(STAMP)
	mkdir -p docs/screenshots
	for tab in overview statistics enterprises tasks source figures library compare side-by-side carried-over; do \
		for lang in zh en; do \
			QT_QPA_PLATFORM=offscreen $(VENV)/bin/report-viewer render --tab $$tab --lang $$lang --size 1280x820 \
				--out docs/screenshots/$$tab-$$lang.png --force || exit 1; \
		done; \
	done
	# Other screens and the dark theme: a laptop (1366x768 less a task bar), a narrow window, dark.
	mkdir -p docs/screenshots/sizes
	for shot in "overview en 1366x728 light" "tasks zh 1366x728 light" "statistics en 1366x728 dark" \
			"enterprises zh 1366x728 dark" "overview en 640x720 light" "tasks en 640x720 light" \
			"statistics zh 640x720 dark" "source en 640x720 dark"; do \
		set -- $$shot; \
		QT_QPA_PLATFORM=offscreen $(VENV)/bin/report-viewer render --tab $$1 --lang $$2 --size $$3 --theme $$4 \
			--out docs/screenshots/sizes/$$1-$$2-$$3-$$4.png --force || exit 1; \
	done

# UI strings: English in the code (tr()), Chinese in resources/i18n/report_viewer_zh_CN.ts (edit it with
# pyside6-linguist); lupdate adds new strings to the .ts, lrelease compiles the .qm the app loads.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate $$(find viewer/ui -name "*.py" | sort) -no-obsolete -locations none -ts resources/i18n/report_viewer_zh_CN.ts
	$(VENV)/bin/pyside6-lrelease resources/i18n/report_viewer_zh_CN.ts -qm resources/i18n/report_viewer_zh_CN.qm

clean:
	rm -rf $(VENV) dist build .pytest_cache .ruff_cache .mypy_cache
