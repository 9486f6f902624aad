# Talk With, Not At: the two commands a newcomer needs are `make book` and `make test`.
# Everything else here is for instructors and maintainers.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
# nbgrader shells out to `alembic`, so the virtualenv's bin must be on PATH.
export PATH := $(abspath $(VENV))/bin:$(PATH)
WIDGET_JS := book/assets/widgets
HTML_MANAGER := node_modules/@jupyter-widgets/html-manager/dist

.PHONY: book test exercises grade grade-bench grade-fairness studio serve lint bench clean

# The virtualenv is rebuilt only when requirements.txt or pyproject.toml change.
$(VENV)/.installed: requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	@echo "Setting up $(VENV) (first run only; a minute or two)..."
	$(PY) -m pip install -qq --upgrade pip
	$(PY) -m pip install -qq -r requirements.txt
	$(PY) -m pip check
	@touch $@

# Widgets in the static book render offline from these files instead of a CDN.
$(WIDGET_JS)/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	cp $(HTML_MANAGER)/embed-amd.js $(HTML_MANAGER)/*.{woff,woff2,ttf,eot,svg} $(WIDGET_JS)/
	cp node_modules/requirejs/require.js $(WIDGET_JS)/
	@touch $@

# The execution cache knows only the notebooks; pages that show the engine's verdicts are
# stale once the engine changes, so a change to the engine empties the cache.
ENGINE_FILES := $(shell find src/dialogue_coach -name '*.py' -o -name '*.toml' -o -name '*.ipynb')
_build/.engine-stamp: $(ENGINE_FILES)
	rm -rf _build/.jupyter_cache
	@mkdir -p _build && touch $@

# IPYTHONDIR: see config/ipython/profile_default/ipython_kernel_config.py for why.
book: $(VENV)/.installed $(WIDGET_JS)/.installed _build/.engine-stamp
	IPYTHONDIR=$(abspath config/ipython) $(VENV)/bin/jupyter-book build . -W --keep-going
	@echo "The course is built: $(abspath _build/html/index.html)"

test: $(VENV)/.installed $(WIDGET_JS)/.installed
	$(VENV)/bin/pytest

# Instructors: regenerate the student versions in exercises/ from the masters in solutions/.
exercises: $(VENV)/.installed
	$(PY) -m dialogue_coach.grading generate

# Instructors: autograde everything under submitted/, write feedback, grades.csv and a class report.
grade: $(VENV)/.installed
	$(PY) -m dialogue_coach.grading grade

# Workshops: the rewrite studio as a web app with a live kernel (Voilà), on this machine.
STUDIO_LANG ?= en
studio: $(VENV)/.installed
	$(PY) -m dialogue_coach.widgets.studio --lang $(STUDIO_LANG)

# Serve the built book on http://127.0.0.1:8000 (some browsers restrict file:// pages).
serve: book
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory _build/html

# Instructors: how fast is grading on this machine? (serial nbgrader vs the kit; minutes)
grade-bench: $(VENV)/.installed
	$(PY) benchmarks/grade_bench.py

# Maintainers: grade the learners' answers in data/learners/ through the real pipeline and
# report, per assignment and split, how fair the grades are (issue 11's targets).
grade-fairness: $(VENV)/.installed
	$(PY) -m dialogue_coach.grading fairness --regrade

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

bench: $(VENV)/.installed
	$(PY) -m dialogue_coach bench

clean:
	rm -rf _build
