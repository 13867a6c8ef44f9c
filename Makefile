# Two commands matter: `make run` (serve the seeded site on SQLite) and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed-stamp
HOST   ?= 127.0.0.1
PORT   ?= 8000

# Test workers: two fit a 2-core machine; `make test PYTEST_WORKERS=0` runs in one process.
PYTEST_WORKERS ?= 2
PYTEST_XDIST   := -n $(PYTEST_WORKERS) --dist loadgroup

.PHONY: install run serve seed lint test test-quick system-deps bench bench-translations messages clean backup restore audit constraints screenshots lighthouse

install: $(STAMP)

# Re-installs only when the dependencies change, so a second `make` is quick. Every package,
# transitive ones included, comes at the version pinned in constraints.txt.
$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

# After changing a dependency in pyproject.toml: resolve the whole set again in a fresh
# virtualenv (with every extra, so the Docker image's s3 build is pinned too) and freeze it.
constraints:
	rm -rf var/constraints-venv
	python3 -m venv var/constraints-venv
	var/constraints-venv/bin/pip install --quiet ".[dev,s3]"
	{ sed -n '1,3p' constraints.txt; var/constraints-venv/bin/pip freeze --exclude strategy-site; } >var/constraints.txt
	mv var/constraints.txt constraints.txt
	rm -rf var/constraints-venv

# migrate's output is kept in var/migrate.log and shown only when it fails: on a new
# database wagtail-modeltranslation prints the SQL that adds Page's language columns
# ("Missing languages … ALTER TABLE"), which is expected but reads like an error.
seed: install
	@mkdir -p var
	@$(PY) manage.py migrate --noinput >var/migrate.log 2>&1 || { cat var/migrate.log; exit 1; }
	@echo "Database up to date (migrate's output: var/migrate.log)"
	$(PY) manage.py load_strategy
	$(PY) manage.py ensure_dev_admin --address $(HOST):$(PORT)

run: seed
	$(PY) manage.py runserver $(HOST):$(PORT)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/djhtml --check templates */templates
	$(VENV)/bin/djhtml --check strategy_site/*/templates

# The whole suite: browser (Chromium + axe) and the throwaway production stack included.
test: system-deps lint node_modules
	$(PY) -m pytest $(PYTEST_XDIST)

# Everything but the browser and the throwaway services: for the edit-test loop.
test-quick: system-deps lint node_modules
	$(PY) -m pytest $(PYTEST_XDIST) -m "not browser and not services"

# Debian packages the suite needs: installed when root on Debian, else the command to run.
system-deps:
	.ci/system-deps.sh

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

# Speed figures (not a test): gunicorn vs a bare view vs nginx, SQLite and PostgreSQL; then
# the CPU of a render right after a publish, beside bakerydemo when BAKERYDEMO_SOURCE names
# its source on this machine (else beside the bare view, and it says so).
bench: install
	$(PY) bench/run.py
	$(PY) bench/render_profile.py --cold --postgres strategy_bench_render

# Refresh the .po catalogues from the code, then compile the committed .mo files.
# Two things would change every catalogue on every run although no message did:
# - line numbers in the "#:" references: --add-location=file keeps the file names that give
#   translators their context, without the line numbers that move with every edit;
# - the POT-Creation-Date header: a catalogue whose only change is that line is restored
#   from git (before compiling, so its .mo stays identical too).
messages: install
	$(PY) manage.py makemessages --no-obsolete --add-location=file --ignore=.venv --ignore=var --ignore=tests --ignore=bench -l nl -l fr -l en
	@for po in locale/*/LC_MESSAGES/django.po; do \
	    if git diff --quiet -I '^"POT-Creation-Date: ' -- "$$po"; then git checkout -q -- "$$po"; fi; \
	done
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
