# Each target does its own prerequisites, so any of them works first on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: install run test seed lint format frontend clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
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
	DEBUG=1 $(MANAGE) runserver 127.0.0.1:$(PORT)

test: install
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

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
.PHONY: bench bench-short

bench: install
	$(BIN)/python scripts/bench/run.py $(BENCH_ARGS)

bench-short: install
	$(BIN)/python scripts/bench/run.py --short

# Several app servers behind nginx on one machine: see "Performance and scale" in the README.
.PHONY: scale-demo
scale-demo: install
	$(BIN)/python scripts/scale_demo.py $(SCALE_DEMO_ARGS)
