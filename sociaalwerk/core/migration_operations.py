"""Migration operations of our own."""

from django.db import migrations


class RunPostgreSQL(migrations.RunSQL):
    """RunSQL for PostgreSQL only: SQLite (``make run``) lacks the feature and the need."""

    def database_forwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_forwards(app_label, schema_editor, from_state, to_state)

    def database_backwards(self, app_label, schema_editor, from_state, to_state):
        if schema_editor.connection.vendor == "postgresql":
            super().database_backwards(app_label, schema_editor, from_state, to_state)
