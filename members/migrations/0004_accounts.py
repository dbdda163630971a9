"""Contact persons made before the group "Leden" was kept in step with them (by
members.member_group's signals) join it now, if their account and organisation are
active."""

from django.db import migrations


def fill_members_group(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    ContactPerson = apps.get_model("members", "ContactPerson")
    group, _created = Group.objects.get_or_create(name="Leden")
    users = ContactPerson.objects.filter(
        user__is_active=True, organisation__status="active"
    ).values_list("user_id", flat=True)
    group.user_set.add(*users)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0003_contact_persons"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(fill_members_group, migrations.RunPython.noop)]
