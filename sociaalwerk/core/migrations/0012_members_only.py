from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0011_article_date_follows_going_live"),
    ]

    operations = [
        migrations.AddField(
            model_name="articlepage",
            name="hide_from_non_members",
            field=models.BooleanField(
                default=False,
                help_text=(
                    "Only for an article that is for members only (privacy: the group "
                    '"Leden"). Others then do not see it at all, not even its title and '
                    "lead in listings and search."
                ),
                verbose_name="hide from non-members",
            ),
        ),
    ]
