# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
# The admin's address in the e-mails to the bureau (a link to each new application or
# message) is the one `make run` serves on, unless set in the environment.
DEV_ENV := WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)}
MANAGE := $(BIN)/python manage.py
# The W3C HTML checker of tests/project/test_valid_html.py, from npm into an ignored folder.
VNU_VERSION := 26.9.27
VNU := .vnu

.DEFAULT_GOAL := help
.PHONY: help run setup test lint format check pytest vnu bench audit docs-screenshots messages clean

help:  ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

setup: $(VENV)/.installed  ## Create .venv and install the dependencies
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content
	$(MANAGE) setup_roles
	$(DEV_ENV) $(MANAGE) create_dev_admin
	$(DEV_ENV) $(MANAGE) create_dev_member

run: setup  ## Set up and serve the site with demo content on http://127.0.0.1:$(PORT)
	@echo "Scheduled publishing and mail retries run every minute beside the server."
	$(DEV_ENV) $(MANAGE) run_jobs --every 60 & trap 'kill $$!' EXIT INT TERM; \
	$(DEV_ENV) $(MANAGE) runserver 127.0.0.1:$(PORT)

lint: $(VENV)/.installed  ## Ruff (lint and formatting) and the dependency rules (import-linter)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

format: $(VENV)/.installed  ## Ruff: fix what can be fixed and format
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

check: $(VENV)/.installed  ## Django system checks and missing migrations
	DJANGO_SETTINGS_MODULE=sociaalwerk.settings.test $(BIN)/python manage.py check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=sociaalwerk.settings.test $(BIN)/python manage.py makemigrations --check --dry-run

pytest: $(VENV)/.installed  ## The pytest suite only
	DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest $(PYTEST_ARGS)

test: lint check pytest  ## Everything: lint, checks, the whole suite

vnu: $(VNU)/.installed-$(VNU_VERSION)  ## Fetch the W3C HTML checker for the validity tests (npm; runs on java)

# --ignore-scripts: the package's install script would download a Java runtime when the
# machine has none; the tests use the system's java (Debian's default-jre-headless).
$(VNU)/.installed-$(VNU_VERSION):
	rm -rf $(VNU)
	npm install --silent --no-save --no-audit --no-fund --ignore-scripts --prefix $(VNU) vnu-jar@$(VNU_VERSION)
	touch $@

bench: $(VENV)/.installed  ## Load test on PostgreSQL, 1,000 and 10,000 articles, and mixed traffic (not in `make test`)
	command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
	$(BIN)/python bench/run.py $(BENCH_ARGS)

audit: $(VENV)/.installed  ## Known vulnerabilities of the pinned requirements (pip-audit, pypi.org)
	$(BIN)/pip-audit --requirement requirements.txt --strict --progress-spinner off

docs-screenshots: $(VENV)/.installed  ## Retake the screenshots of docs/redactie.md (browser tests)
	UPDATE_GUIDE_SCREENSHOTS=1 DJANGO_ALLOW_ASYNC_UNSAFE=true $(BIN)/pytest tests/browser/test_editorial_flow.py tests/browser/test_agenda.py

# compilemessages also compiles locale_overrides/ (in LOCALE_PATHS): Dutch for Wagtail's
# own texts, kept by hand, which makemessages leaves alone.
messages: $(VENV)/.installed  ## Update and compile the Dutch translation (and locale_overrides/)
	$(MANAGE) makemessages --locale nl --ignore '.venv/*' --ignore 'tests/*' --no-obsolete --add-location file
	$(MANAGE) compilemessages --locale nl --ignore '.venv/*'

clean:  ## Remove the virtual environment and the development database
	rm -rf $(VENV) $(VNU) db.sqlite3 media staticfiles
