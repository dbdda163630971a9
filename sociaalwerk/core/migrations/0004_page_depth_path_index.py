from django.db import migrations


class Migration(migrations.Migration):
    """An index on Wagtail's page tree by depth, then path.

    The menu (the live children of the home page that are shown in menus) and every
    other "children of" query filter on one depth within a path range. Wagtail indexes
    the path alone, so with ten thousand articles below the home page such a query
    read every one of them to find the handful of sections.
    """

    dependencies = [
        ("core", "0003_article_listing_index"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX IF NOT EXISTS core_page_depth_path ON wagtailcore_page (depth, path)",
            "DROP INDEX IF EXISTS core_page_depth_path",
        ),
    ]
