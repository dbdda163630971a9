from django.db import migrations

from sociaalwerk.core.migration_operations import RunPostgreSQL


class Migration(migrations.Migration):
    """An index of the search entries by page, as the ranking window joins them.

    The window (sociaalwerk/search/backend.py) narrows the entries to the pages of the
    search's queryset by ``object_id::integer``, which the unique index on the text
    ``object_id`` cannot serve. For a large queryset that does not matter: the window
    walks the newest entries. For a small one, such as the members-only articles whose
    title a visitor's search matches, PostgreSQL read every entry of the site instead
    of the few of those pages (16 ms instead of 3 with 10,000 articles).

    Every model that the site indexes has an integer primary key, as the window already
    assumes (a test checks it): indexing one with another would fail at once with an
    error, not give wrong results later.
    """

    dependencies = [
        ("core", "0012_members_only"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        RunPostgreSQL(
            "CREATE INDEX IF NOT EXISTS core_search_entry_page "
            "ON wagtailsearch_indexentry (content_type_id, (object_id::integer))",
            "DROP INDEX IF EXISTS core_search_entry_page",
        ),
    ]
