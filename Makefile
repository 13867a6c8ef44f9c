# Two commands matter: `make run` (serve the seeded site on SQLite) and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

.PHONY: install run serve seed lint test bench bench-translations messages clean backup restore audit screenshots lighthouse

install: $(STAMP)

# Re-installs only when pyproject.toml changes, so a second `make` is quick.
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

seed: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_strategy
	$(PY) manage.py ensure_dev_admin --address $(HOST):$(PORT)

run: seed
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check templates */templates
	$(VENV)/bin/djhtml --check strategy_site/*/templates

test: lint node_modules
	$(PY) -m pytest

# The validators the suite runs (the Nu Html Checker jar): exact versions from the lock.
node_modules: package.json package-lock.json
	npm ci --no-audit --no-fund
	touch node_modules

# Screenshots of every page type in three languages at 320-1920 px, into var/screens/.
screenshots: seed
	$(PY) bench/screenshots.py

# Lighthouse scores (mobile and desktop) of the main page types, on Debian's Chromium.
lighthouse: seed
	cd bench/lighthouse && npm ci --no-audit --no-fund
	$(PY) bench/lighthouse/run.py

# Speed figures (not a test): gunicorn vs a bare view vs nginx, SQLite and PostgreSQL.
bench: install
	$(PY) bench/run.py

# Refresh the .po catalogues from the code, then compile the committed .mo files.
messages: install
	$(PY) manage.py makemessages --no-obsolete --ignore=.venv --ignore=var --ignore=tests --ignore=bench -l nl -l fr -l en
	$(PY) manage.py compilemessages --ignore=.venv

# Database (pg_dump, or a SQLite copy) and media in one archive under backups/.
backup: install
	$(PY) manage.py backup_site

# make restore FILE=backups/strategy-….tar.gz: replaces the database and the media files.
restore: install
	@test -n "$(FILE)" || (echo "usage: make restore FILE=backups/strategy-....tar.gz" >&2; exit 2)
	$(PY) manage.py restore_site "$(FILE)"

# Known vulnerabilities in the installed dependencies. --strict fails when a package could
# not be checked, so an offline run cannot pass silently.
audit: install
	$(VENV)/bin/pip-audit --strict --progress-spinner off --skip-editable

clean:
	rm -rf $(VENV) var/db.sqlite3 var/static var/test-media

# Translation export/import of a generated 500-page site (target: under 2 s each).
bench-translations: install
	mkdir -p var
	$(PY) bench/translation_exchange.py --pages 500
