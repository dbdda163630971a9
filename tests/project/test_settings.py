"""Settings: production refuses to start without its secrets; dev and test are Dutch."""

import os
import subprocess
import sys

import pytest
from django.conf import settings

from tests.servers import PRODUCTION_ENV, ROOT, free_port


def load_production_settings(expression="settings.DEBUG", **overrides):
    """Import the production settings in a fresh interpreter and print ``expression``;
    return the finished process."""
    env = {k: v for k, v in os.environ.items() if k not in PRODUCTION_ENV}
    env.update(
        {**PRODUCTION_ENV, **overrides}, DJANGO_SETTINGS_MODULE="sociaalwerk.settings.production"
    )
    env = {k: v for k, v in env.items() if v is not None}
    code = f"import django; django.setup(); from django.conf import settings; print({expression})"
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
@pytest.mark.parametrize("value", [None, "", "   "])
def test_production_refuses_to_start_without_a_required_variable(missing, value):
    result = load_production_settings(**{missing: value})
    assert result.returncode != 0
    message = result.stderr.strip()
    assert message.count("\n") == 0, message
    assert missing in message


def test_production_starts_with_its_variables():
    result = load_production_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("variables", "trusted"),
    [
        ({}, "False"),
        ({"TRUST_X_FORWARDED_FOR": "true"}, "True"),
        # Its name from before still works, unless the new one says otherwise.
        ({"SPAM_TRUST_X_FORWARDED_FOR": "true"}, "True"),
        ({"SPAM_TRUST_X_FORWARDED_FOR": "true", "TRUST_X_FORWARDED_FOR": "false"}, "False"),
    ],
)
def test_x_forwarded_for_is_trusted_only_when_configured(variables, trusted):
    unset = {"TRUST_X_FORWARDED_FOR": None, "SPAM_TRUST_X_FORWARDED_FOR": None}
    result = load_production_settings("settings.TRUST_X_FORWARDED_FOR", **{**unset, **variables})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == trusted


def test_site_speaks_dutch_in_amsterdam_time():
    assert settings.LANGUAGE_CODE == "nl"
    assert settings.TIME_ZONE == "Europe/Amsterdam"
    assert [code for code, _name in settings.WAGTAILADMIN_PERMITTED_LANGUAGES] == ["nl"]


def test_search_uses_dutch_configuration_on_postgresql():
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    if settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        assert backend["SEARCH_CONFIG"] == "dutch"
    else:
        assert "SEARCH_CONFIG" not in backend


def check_deploy(**environment):
    """``manage.py check --deploy`` under the production settings; the finished process."""
    # The test run's own DJANGO_ALLOW_ASYNC_UNSAFE (for Playwright) is no part of production.
    skip = {*PRODUCTION_ENV, "DJANGO_ALLOW_ASYNC_UNSAFE", "DATABASE_URL", "REDIS_URL"}
    env = {k: v for k, v in os.environ.items() if k not in skip}
    env.update(
        PRODUCTION_ENV, DJANGO_SETTINGS_MODULE="sociaalwerk.settings.production", **environment
    )
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


# The host name of the default site is only read from a migrated database
# (tests/seo/test_site_address.py); one that is empty or unreachable gives no warning.
@pytest.mark.parametrize("database", ["empty", "unreachable"])
def test_production_settings_pass_the_deployment_checklist(tmp_path, database):
    url = {
        "empty": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "unreachable": f"postgres://postgres@127.0.0.1:{free_port()}/sociaalwerk",
    }[database]
    # Redis is not asked at start-up: the address only chooses the shared cache.
    result = check_deploy(
        WAGTAILADMIN_BASE_URL="https://www.sociaalwerk.nl",
        DATABASE_URL=url,
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_the_deployment_checklist_warns_without_the_public_address(tmp_path):
    result = check_deploy(DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}")
    assert result.returncode != 0
    assert "seo.W001" in result.stderr and "WAGTAILADMIN_BASE_URL" in result.stderr


def test_the_deployment_checklist_warns_with_a_cache_in_each_process(tmp_path):
    result = check_deploy(
        WAGTAILADMIN_BASE_URL="https://www.sociaalwerk.nl",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert result.returncode != 0
    assert "operations.W001" in result.stderr and "REDIS_URL" in result.stderr


def production_value(expression, **environment):
    result = load_production_settings(expression, **environment)
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


S3 = {
    "S3_BUCKET": "media",
    "S3_DOCUMENTS_BUCKET": "documents",
    "S3_REGION": "eu-west-1",
    # Signing an address is local to boto3: these are never sent anywhere.
    "AWS_ACCESS_KEY_ID": "test-key",
    "AWS_SECRET_ACCESS_KEY": "test-secret",
}
STORAGE_OF = "__import__('django.core.files.storage', fromlist=['x']).default_storage.storage_for"


def test_images_go_to_the_public_bucket_unsigned():
    image = f"{STORAGE_OF}('original_images/foto.jpg')"
    assert production_value(f"{image}.bucket_name", **S3) == "media"
    assert production_value(f"{image}.querystring_auth", **S3) == "False"
    url = production_value(f"{image}.url('original_images/foto.jpg')", **S3)
    assert "media" in url and "Signature" not in url


def test_documents_go_to_a_private_bucket_of_their_own_and_through_the_site():
    document = f"{STORAGE_OF}('documents/notulen.pdf')"
    assert production_value(f"{document}.bucket_name", **S3) == "documents"
    assert production_value(f"{document}.querystring_auth", **S3) == "True"
    assert production_value(f"{document}.default_acl", **S3) == "None"
    assert "Signature=" in production_value(f"{document}.url('documents/notulen.pdf')", **S3)
    assert production_value("settings.WAGTAILDOCS_SERVE_METHOD", **S3) == "serve_view"


@pytest.mark.parametrize("documents_bucket", [None, "", "media"])
def test_s3_refuses_to_start_without_a_separate_documents_bucket(documents_bucket):
    result = load_production_settings(**{**S3, "S3_DOCUMENTS_BUCKET": documents_bucket})
    assert result.returncode != 0
    assert "S3_DOCUMENTS_BUCKET" in result.stderr


def test_sessions_and_cache_live_in_redis_when_it_is_configured():
    redis = {"REDIS_URL": "redis://127.0.0.1:6379/3"}
    assert production_value("settings.SESSION_ENGINE", **redis) == (
        "django.contrib.sessions.backends.cached_db"
    )
    assert production_value("settings.CACHES['default']['BACKEND']", **redis).endswith(
        "ResilientRedisCache"
    )


def test_a_cdn_is_purged_when_a_purge_address_is_set():
    purge = {"FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:6081"}
    installed = "'wagtail.contrib.frontend_cache' in settings.INSTALLED_APPS"
    assert production_value(installed, **purge) == "True"
    assert production_value("settings.WAGTAILFRONTENDCACHE['proxy']['LOCATION']", **purge) == (
        "http://127.0.0.1:6081"
    )


def test_development_sqlite_waits_for_a_writer_in_wal_mode(tmp_path):
    """The development settings open SQLite in WAL mode, with transactions that take the
    write lock at once and wait for it (tests/project/test_sqlite_concurrency.py)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="sociaalwerk.settings.dev",
        DATABASE_URL=f"sqlite:///{tmp_path / 'dev.sqlite3'}",
    )
    code = (
        "import django; django.setup(); from django.db import connection; "
        "cursor = connection.cursor(); "
        "print(cursor.execute('PRAGMA journal_mode').fetchone()[0], "
        "cursor.execute('PRAGMA busy_timeout').fetchone()[0], connection.transaction_mode)"
    )
    result = subprocess.run(  # noqa: S603
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["wal", "20000", "IMMEDIATE"]


def test_postgresql_gets_no_sqlite_options():
    url = "postgres://sociaalwerk@127.0.0.1:5432/sociaalwerk"
    options = production_value("settings.DATABASES['default']['OPTIONS']", DATABASE_URL=url)
    assert options == "{'options': '-c random_page_cost=1.1'}"
