from django.db import migrations


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS core_search_document "
            "ON wagtailsearch_indexentry USING gin ((title || body))"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS core_search_document")


class Migration(migrations.Migration):
    """A GIN index on the search document, the title and body vectors together.

    Wagtail's PostgreSQL backend matches ``title || body`` against the query, which its
    own GIN indexes on the two columns cannot serve, so every search read every index
    entry. With this index a rare word reads its matches only, and the ranking window
    (core/search_backend.py) is found from an index as well. SQLite has no such index.
    """

    dependencies = [
        ("core", "0006_live_page_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
