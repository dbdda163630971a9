"""Development on SQLite: two requests that write at once (an editor's autosave and
preview) both succeed; the second waits for the first instead of failing with
"database is locked"."""

import threading

import pytest
from django.conf import settings
from django.db import OperationalError, connections, transaction

ALIAS = "concurrent"


@pytest.fixture
def file_database(tmp_path, django_db_blocker):
    """A connection alias to a fresh SQLite file (each thread opens its own connection);
    returns a function that configures it with the given OPTIONS."""

    def configure(options):
        # configure_settings fills in Django's defaults; it insists on a "default" alias.
        connections.settings[ALIAS] = connections.configure_settings(
            {
                "default": {},
                ALIAS: {
                    "ENGINE": "django.db.backends.sqlite3",
                    "NAME": str(tmp_path / "dev.sqlite3"),
                    "OPTIONS": options,
                },
            }
        )[ALIAS]
        with connections[ALIAS].cursor() as cursor:
            cursor.execute("CREATE TABLE draft (id INTEGER PRIMARY KEY, title TEXT)")
        connections[ALIAS].close()

    with django_db_blocker.unblock():
        yield configure
    connections[ALIAS].close()
    del connections[ALIAS]
    del connections.settings[ALIAS]


def write_at_once():
    """The first writer holds its transaction for a moment; the second, as Wagtail's
    ``update_or_create`` does, reads before it writes. Returns the second's error."""
    first_has_written = threading.Event()
    errors = []

    def first():
        with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
            cursor.execute("INSERT INTO draft (title) VALUES ('autosave')")
            first_has_written.set()
            threading.Event().wait(0.3)
        connections[ALIAS].close()

    def second():
        first_has_written.wait()
        try:
            with transaction.atomic(using=ALIAS), connections[ALIAS].cursor() as cursor:
                cursor.execute("SELECT count(*) FROM draft")
                cursor.execute("INSERT INTO draft (title) VALUES ('preview')")
        except OperationalError as error:
            errors.append(error)
        finally:
            connections[ALIAS].close()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return errors


def test_two_writers_at_once_both_succeed(file_database):
    file_database(settings.SQLITE_OPTIONS)
    assert write_at_once() == []
    with connections[ALIAS].cursor() as cursor:
        cursor.execute("SELECT title FROM draft ORDER BY id")
        assert cursor.fetchall() == [("autosave",), ("preview",)]


def test_without_the_options_the_second_writer_fails(file_database):
    """What the options prevent: SQLite's defaults fail at once, whatever the timeout."""
    file_database({})
    errors = write_at_once()
    assert [str(error) for error in errors] == ["database is locked"]
