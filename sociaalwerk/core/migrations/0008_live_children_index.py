from django.db import migrations

from sociaalwerk.core.migration_operations import RunPostgreSQL


class Migration(migrations.Migration):
    """The live children of a page, from an index alone.

    An overview counts its articles for the pagination: the live children of the
    overview page, one depth below it within its path range. The (depth, path) index of
    migration 0004 cannot serve a path prefix under a non-C collation; with the pattern
    operator class, live pages only and the id included, PostgreSQL counts the 3,000
    news items of a 10,000-article archive from this index instead of reading the page
    table. SQLite has no operator classes.
    """

    dependencies = [("core", "0007_search_document_index")]

    operations = [
        RunPostgreSQL(
            "CREATE INDEX IF NOT EXISTS core_live_page_children ON wagtailcore_page "
            "(depth, path varchar_pattern_ops) INCLUDE (id) WHERE live",
            "DROP INDEX IF EXISTS core_live_page_children",
        ),
    ]
