# Talk With, Not At: the two commands a newcomer needs are `make book` and `make test`.
# Everything else here is for instructors and maintainers.
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
# nbgrader shells out to `alembic`, so the virtualenv's bin must be on PATH.
export PATH := $(abspath $(VENV))/bin:$(PATH)
WIDGET_JS := book/assets/widgets
HTML_MANAGER := node_modules/@jupyter-widgets/html-manager/dist

.PHONY: book test exercises grade report formgrader masters hub grade-bench grade-fairness engine-options \
        audit-bench studio serve lint bench live-bench clean slides handouts

# The virtualenv is rebuilt only when requirements.txt or pyproject.toml change.
$(VENV)/.installed: requirements.txt pyproject.toml
	@test -x $(PY) || python3 -m venv $(VENV)
	@echo "Setting up $(VENV) (first run only; a minute or two)..."
	$(PY) -m pip install -qq --upgrade pip
	$(PY) -m pip install -qq -r requirements.txt
	$(PY) -m pip check
	@touch $@

# Widgets in the static book render offline from these files instead of a CDN; Pyodide
# (node_modules/pyodide) is copied into the site by book/_ext/live_pages.py.
$(WIDGET_JS)/.installed: package.json package-lock.json
	npm ci --silent --no-audit --no-fund
	cp $(HTML_MANAGER)/embed-amd.js $(HTML_MANAGER)/*.{woff,woff2,ttf,eot,svg} $(WIDGET_JS)/
	cp node_modules/requirejs/require.js $(WIDGET_JS)/
	@touch $@

# The execution cache knows only the notebooks; pages that show the engine's verdicts (and
# the live widgets' snapshots) are stale once the engine changes, so a change to the engine
# empties the cache and Sphinx's saved pages (otherwise Sphinx sees unchanged sources and
# keeps the old pages).
ENGINE_FILES := $(shell find src/dialogue_coach -name '*.py' -o -name '*.toml' -o -name '*.ipynb')
_build/.engine-stamp: $(ENGINE_FILES)
	rm -rf _build/.jupyter_cache _build/.doctrees
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

# Instructors, after marking by hand: refresh every learner's feedback, the CSVs and the
# class report.
report: $(VENV)/.installed
	$(PY) -m dialogue_coach.grading report

# Instructors: nbgrader's formgrader (hand-marking, the gradebook) in JupyterLab, on this
# machine only. --allow-root because workshop machines and CI often run as root.
FORMGRADER_PORT ?= 8888
formgrader: $(VENV)/.installed
	$(VENV)/bin/jupyter lab --allow-root --no-browser --ServerApp.ip=127.0.0.1 \
	  --ServerApp.port=$(FORMGRADER_PORT) --ServerApp.default_url=/formgrader

# Instructors: rebuild the master notebooks in solutions/ from solutions/masters_content.py.
masters: $(VENV)/.installed
	$(PY) solutions/build_masters.py

# Workshops: JupyterHub for a room (hub/README.md): every learner gets the course's
# environment, nbgrader's exchange and the rewrite studio. HUB_CONFIG picks another config.
HUB_CONFIG ?= hub/jupyterhub_config.py
hub: $(VENV)/.installed $(WIDGET_JS)/.installed
	$(VENV)/bin/jupyterhub -f $(HUB_CONFIG)

# Workshops: the widgets as a web app with a live kernel (Voilà), on this machine.
# STUDIO=studio (rewrite studio and reply trainer), quiz or hat-check; STUDIO_LANG=en or nb.
STUDIO ?= studio
STUDIO_LANG ?= en
studio: $(VENV)/.installed
	$(PY) -m dialogue_coach.widgets.studio --widget $(STUDIO) --lang $(STUDIO_LANG)

# Workshops: a reveal.js deck per chapter and edition, made from the book's sources with
# the engine's verdicts on its examples; opens offline from _build/slides/<en|nb>/index.html.
slides: $(VENV)/.installed $(WIDGET_JS)/.installed
	$(PY) -m dialogue_coach.slides --book . --out _build/slides

# Workshops: the one-page cheat sheet per edition (handouts/*.html), printed to PDF by
# Chromium, with no network.
CHROMIUM ?= chromium
HANDOUTS := _build/handouts/cheatsheet-en.pdf _build/handouts/huskeliste-nb.pdf
handouts: $(HANDOUTS)
_build/handouts/%.pdf: handouts/%.html handouts/handout.css
	@mkdir -p $(@D)
	$(CHROMIUM) --headless --no-sandbox --disable-gpu --no-first-run \
	  --disable-background-networking --no-pdf-header-footer \
	  --log-level=3 --print-to-pdf=$(abspath $@) file://$(abspath $<)
	@test -s $@ || { echo "Chromium wrote no $@"; exit 1; }

# Serve the built book on http://127.0.0.1:8000 (some browsers restrict file:// pages).
serve: book
	$(PY) -m http.server 8000 --bind 127.0.0.1 --directory _build/html

# Instructors: how fast is grading on this machine? (serial nbgrader vs the kit; minutes)
grade-bench: $(VENV)/.installed
	$(PY) benchmarks/grade_bench.py

# How fast is `dialogue-coach audit` on 1k, 10k and 100k posts, with 1 and 2 workers? (minutes)
audit-bench: $(VENV)/.installed
	$(PY) benchmarks/audit_bench.py

# Maintainers: grade the learners' answers in data/learners/ through the real pipeline and
# report, per assignment and split, how fair the grades are (issue 11's targets).
grade-fairness: $(VENV)/.installed
	$(PY) -m dialogue_coach.grading fairness --regrade

# Maintainers: rules, an n-gram model, or both? Fitted on the training split, scored on the
# test split and the blind sets (issue 11; docs/engine.md; minutes). ENGINE_OPTIONS=--with-dev-banks
# fits the n-grams on the development banks too (minutes; the n-grams are kept sparse);
# blind set 4 is left out unless ENGINE_OPTIONS also has --judge (it judged the next design).
# ENGINE_OPTIONS=--stacked: the rules plus a word model, alpha chosen on blind sets 1-3.
engine-options: $(VENV)/.installed
	$(PY) benchmarks/engine_options.py $(ENGINE_OPTIONS)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .

bench: $(VENV)/.installed
	$(PY) -m dialogue_coach bench

# The static book's live widgets: page weight before focus, start-up, keystroke latency
# (Chromium), and the ipywidget's latency in a kernel. BASELINE: a build to compare with.
BASELINE ?= /work/main/_build/html
live-bench: book
	$(PY) benchmarks/live_bench.py --baseline $(BASELINE)

clean:
	rm -rf _build
