# Each target does its own prerequisites, so any of them works first on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install run test seed lint format frontend clean lock lock-check

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# The pinned dependencies (scripts/lock.py says what each holds): `make lock` after changing
# pyproject.toml's dependencies, then commit requirements/.
DEV_LOCK := requirements/dev.txt
PROD_LOCK := requirements/prod.txt

$(VENV)/.installed: $(BIN)/python pyproject.toml $(DEV_LOCK) $(PROD_LOCK)
	$(BIN)/pip install --quiet --require-hashes -r $(DEV_LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	$(BIN)/python scripts/lock.py check --offline
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch $@

build/static/css/site.css: node_modules/.installed static/build.mjs $(shell find static/scss static/js static/images -type f)
	npm run --silent build

install: $(VENV)/.installed build/static/css/site.css

frontend: build/static/css/site.css

seed: install
	DEBUG=1 $(MANAGE) migrate --noinput
	DEBUG=1 $(MANAGE) seed_site

run: seed
	DEBUG=1 $(MANAGE) create_local_editor
	@echo "The site is at http://127.0.0.1:$(PORT)/ (editors sign in at http://127.0.0.1:$(PORT)/admin/)"
	DEBUG=1 SITE_URL=http://127.0.0.1:$(PORT) $(MANAGE) runserver 127.0.0.1:$(PORT)

# In parallel on every core (pytest-xdist; pytest-django still runs the live-server tests,
# which empty the database, after the rest). PYTEST_ARGS="-n0 tests/contacts": one process.
test: install
	$(BIN)/pytest -n auto $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Re-resolve pyproject.toml into the locks, keeping each pin it still allows;
# LOCK_ARGS=--upgrade for the newest of everything, LOCK_ARGS="-P django" for one package.
lock: $(BIN)/python
	$(BIN)/python scripts/lock.py write $(LOCK_ARGS)

# Fails, saying what, when the locks and pyproject.toml disagree (a fresh resolve: needs PyPI).
# Not after install: install itself refuses a lock without what pyproject.toml names.
lock-check: $(BIN)/python
	$(BIN)/python scripts/lock.py check

clean:
	rm -rf build node_modules $(VENV) var/staticfiles

# Operations: see "Backups and restore" in the README.
.PHONY: backup restore resilience audit

backup: $(VENV)/.installed
	$(BIN)/python scripts/backups.py backup $(if $(BACKUP_DIR),--into "$(BACKUP_DIR)")

restore: $(VENV)/.installed
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=var/backups/<time>"; exit 2; }
	$(BIN)/python scripts/backups.py restore "$(BACKUP)"

resilience: install
	$(BIN)/python scripts/resilience.py $(RESILIENCE_ARGS)

audit: $(VENV)/.installed
	scripts/audit.sh

# Performance: see docs/performance.md. A few minutes; BENCH_ARGS="--duration 10" for the reference runs.
.PHONY: bench bench-short bench-memory

bench: install
	$(BIN)/python scripts/bench/run.py $(BENCH_ARGS)

bench-short: install
	$(BIN)/python scripts/bench/run.py --short

# Each worker's memory over 10,000 different kept pages, against the page-cache cap.
bench-memory: install
	$(BIN)/python scripts/bench/memory.py $(BENCH_MEMORY_ARGS)

# The editors' guide's pictures (docs/images/editors/), retaken from a scratch seeded site; CI does not.
.PHONY: screenshots
screenshots: install
	$(BIN)/python scripts/screenshots.py $(SCREENSHOTS_ARGS)

# Several app servers behind nginx on one machine: see "Performance and scale" in the README.
.PHONY: scale-demo
scale-demo: install
	$(BIN)/python scripts/scale_demo.py $(SCALE_DEMO_ARGS)
