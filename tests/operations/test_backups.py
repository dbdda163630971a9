"""Back-up and restore: a page, an application and an uploaded file come back."""

import io

import psycopg
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from sociaalwerk.operations import backups
from tests.factories import DocumentFactory, MembershipApplicationFactory, NewsPageFactory

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

# The tables the first searches read.
ANALYZED_TABLES = ["wagtailcore_page", "core_articlepage", "wagtailsearch_indexentry"]


@pytest.fixture
def scratch_database():
    """An empty database beside the test database, dropped afterwards."""
    database = {**settings.DATABASES["default"], "NAME": settings.DATABASES["default"]["NAME"]}
    database["NAME"] += "_restore"
    server = {
        "host": database["HOST"] or None,
        "port": database["PORT"] or None,
        "user": database["USER"] or None,
        "password": database["PASSWORD"] or None,
        "dbname": "postgres",
        "autocommit": True,
    }
    with psycopg.connect(**server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}"')
        connection.execute(f'CREATE DATABASE "{database["NAME"]}"')
    yield database, {**server, "dbname": database["NAME"]}
    with psycopg.connect(**server) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{database["NAME"]}" WITH (FORCE)')


def test_a_backup_brings_back_a_page_an_application_and_the_uploads(
    content_site, scratch_database, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path / "media"
    article = NewsPageFactory(parent=content_site.news_index, title="Bewaard bericht")
    application = MembershipApplicationFactory(organisation_name="Stichting Bewaard")
    document = DocumentFactory()

    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())

    database, connection_options = scratch_database
    backups.restore(tmp_path / "backup", database=database, media_root=tmp_path / "restored")
    with psycopg.connect(**connection_options) as connection:
        title = connection.execute(
            "SELECT title FROM wagtailcore_page WHERE id = %s", [article.pk]
        ).fetchone()
        organisation = connection.execute(
            "SELECT organisation_name FROM members_membershipapplication WHERE id = %s",
            [application.pk],
        ).fetchone()
    assert title == ("Bewaard bericht",)
    assert organisation == ("Stichting Bewaard",)
    restored = tmp_path / "restored" / document.file.name
    assert restored.read_bytes() == (tmp_path / "media" / document.file.name).read_bytes()


def test_restore_refuses_a_directory_that_is_no_backup(db, tmp_path):
    with pytest.raises(CommandError, match="not a back-up directory"):
        call_command("restore", str(tmp_path), stdout=io.StringIO())


def test_a_restored_database_has_planner_statistics(content_site, scratch_database, tmp_path):
    NewsPageFactory(parent=content_site.news_index)
    call_command("backup", str(tmp_path / "backup"), stdout=io.StringIO())

    database, connection_options = scratch_database
    backups.restore(tmp_path / "backup", database=database, media_root=tmp_path / "restored")
    with psycopg.connect(**connection_options) as connection:
        unanalyzed = connection.execute(
            "SELECT relname FROM pg_stat_user_tables WHERE relname = ANY(%s) "
            "AND last_analyze IS NULL",
            [ANALYZED_TABLES],
        ).fetchall()
        present = connection.execute(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname = ANY(%s)",
            [ANALYZED_TABLES],
        ).fetchone()
    assert present == (len(ANALYZED_TABLES),)
    assert unanalyzed == []
