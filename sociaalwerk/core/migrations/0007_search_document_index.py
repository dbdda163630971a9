from django.db import migrations

from sociaalwerk.core.migration_operations import RunPostgreSQL


class Migration(migrations.Migration):
    """A GIN index on the search document, the title and body vectors together.

    Wagtail's PostgreSQL backend matches ``title || body`` against the query, which its
    own GIN indexes on the two columns cannot serve, so every search read every index
    entry. With this index a rare word reads its matches only, and the ranking window
    (sociaalwerk/search/backend.py) is found from an index as well.
    """

    dependencies = [
        ("core", "0006_live_page_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [
        RunPostgreSQL(
            "CREATE INDEX IF NOT EXISTS core_search_document "
            "ON wagtailsearch_indexentry USING gin ((title || body))",
            "DROP INDEX IF EXISTS core_search_document",
        ),
    ]
