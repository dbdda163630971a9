"""The editors' roles and the approval workflow, set up idempotently.

- "Redactie" writes articles (news, blogs, publications), events, images and documents,
  and submits them for approval; it cannot publish.
- "Eindredactie" approves and publishes, edits theme and home pages, and manages
  redirects and search promotions.
- "Ledenadministratie" handles membership applications and contact messages, keeps the
  list of member organisations (adds and changes, never deletes: an organisation that
  leaves is marked "ended"), sees who registered for events, and edits no pages. The
  others see how many registered, not who.
- "Leden" holds the contact persons of member organisations: the group that editors
  name in a view restriction ("alleen voor leden"). It has no permission at all, so
  its members never reach the admin.

Page permissions in Wagtail follow the tree, not the page type, so Redactie gets them
on the sections it writes in (the pages whose type declares ``editorial_section``: the
article overviews and the agenda) and Eindredactie on the home page. Wagtail's own
groups "Editors" and "Moderators" (made by its migrations, with rights on every page)
lose their rights on pages, and are deleted when nobody is in them. Run by
``manage.py setup_roles`` (part of ``make run``), after the pages exist; running it
again repairs what was changed by hand and adds nothing twice.
"""

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db.models import Count
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Task,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from sociaalwerk.core.members_only import MEMBERS_GROUP, members_group
from sociaalwerk.core.models import HomePage

EDITORS = "Redactie"
CHIEF_EDITORS = "Eindredactie"
MEMBER_ADMINISTRATION = "Ledenadministratie"
# Who may read members-only content: named where the content model reads it.
MEMBERS = MEMBERS_GROUP
WORKFLOW_NAME = "Goedkeuring door de eindredactie"
TASK_NAME = "Eindredactie keurt goed"

MEDIA_PERMISSIONS = {
    "wagtailimages.image": ["add", "change", "choose"],
    "wagtaildocs.document": ["add", "change", "choose"],
}
# Model permissions, as "app_label.model": [actions].
MODEL_PERMISSIONS = {
    EDITORS: {"core.author": ["add", "change", "view"]},
    CHIEF_EDITORS: {
        "core.author": ["add", "change", "delete", "view"],
        "wagtailredirects.redirect": ["add", "change", "delete", "view"],
        "wagtailsearchpromotions.query": ["add", "change", "delete", "view"],
        "wagtailsearchpromotions.searchpromotion": ["add", "change", "delete", "view"],
    },
    MEMBER_ADMINISTRATION: {
        "members.membershipapplication": ["change", "delete", "view"],
        "members.memberorganisation": ["add", "change", "view"],
        "members.contactperson": ["add", "change", "view"],
        "members.municipality": ["add", "change", "view"],
        "members.feescale": ["add", "change", "delete", "view"],
        "wagtailforms.formsubmission": ["delete", "view"],
        "agenda.eventregistration": ["view"],
    },
}
EDITOR_PAGE_PERMISSIONS = ["add", "change"]
CHIEF_EDITOR_PAGE_PERMISSIONS = ["add", "change", "publish", "lock", "unlock"]
# Made by Wagtail's migrations, with rights on pages from the root down.
WAGTAIL_GROUPS = ("Editors", "Moderators")
# Wagtail's migrations also make a workflow and a task of this name; the workflow
# reports list them by name to every editor, so they are renamed in Dutch.
WAGTAIL_WORKFLOW_NAME = "Moderators approval"
WAGTAIL_WORKFLOW_DUTCH_NAME = "Goedkeuring door moderators"


def model_permissions(spec):
    """Permission objects for ``{"app_label.model": [actions]}``."""
    permissions = []
    for label, actions in spec.items():
        model = apps.get_model(label)
        codenames = [f"{action}_{model._meta.model_name}" for action in actions]
        permissions += list(
            Permission.objects.filter(
                content_type__app_label=model._meta.app_label, codename__in=codenames
            )
        )
    return permissions


def grant_pages(group, page, permission_types):
    for permission_type in permission_types:
        if not GroupPagePermission.objects.filter(
            group=group, page=page, permission__codename=f"{permission_type}_page"
        ).exists():
            GroupPagePermission.objects.create(
                group=group, page=page, permission_type=permission_type
            )


def grant_media(group, collection):
    for spec in model_permissions(MEDIA_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=spec
        )


def editorial_sections():
    """The pages under which Redactie writes: the article overviews and the agenda."""
    models_ = [m for m in apps.get_models() if getattr(m, "editorial_section", False)]
    return [page for model in models_ for page in model.objects.all()]


def setup_roles():
    """Create or repair the groups, their permissions and the approval workflow."""
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    groups = {}
    for name in (EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION):
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(admin_access, *model_permissions(MODEL_PERMISSIONS[name]))
        groups[name] = group
    groups[MEMBERS] = members_group()
    # Repaired to none: a right given here by hand would open the admin to members.
    groups[MEMBERS].permissions.clear()

    root_collection = Collection.get_first_root_node()
    for name in (EDITORS, CHIEF_EDITORS):
        grant_media(groups[name], root_collection)

    for home in HomePage.objects.all():
        grant_pages(groups[CHIEF_EDITORS], home, CHIEF_EDITOR_PAGE_PERMISSIONS)
    indexes = editorial_sections()
    for index in indexes:
        grant_pages(groups[EDITORS], index, EDITOR_PAGE_PERMISSIONS)
    setup_workflow(groups[CHIEF_EDITORS], indexes)
    retire_wagtail_groups()
    rename_wagtail_workflow()
    return groups


def retire_wagtail_groups():
    """Take every right on pages from Wagtail's own groups, so that only the roles (and
    superusers) change pages: their page permissions, and their place in approval tasks
    (approving the last task publishes). A group nobody is in is deleted; one with
    members is kept, so that no one loses the admin unannounced (see ``kept_wagtail_groups``).
    """
    for group in Group.objects.filter(name__in=WAGTAIL_GROUPS):
        if group.user_set.exists():
            GroupPagePermission.objects.filter(group=group).delete()
            GroupApprovalTask.groups.through.objects.filter(group=group).delete()
        else:
            group.delete()


def rename_wagtail_workflow():
    Workflow.objects.filter(name=WAGTAIL_WORKFLOW_NAME).update(name=WAGTAIL_WORKFLOW_DUTCH_NAME)
    Task.objects.filter(name=WAGTAIL_WORKFLOW_NAME).update(name=WAGTAIL_WORKFLOW_DUTCH_NAME)


def kept_wagtail_groups():
    """Wagtail's groups that are left (they have members), each with ``members``."""
    return (
        Group.objects.filter(name__in=WAGTAIL_GROUPS)
        .annotate(members=Count("user"))
        .order_by("name")
    )


def setup_workflow(approvers, pages):
    """One approval step by ``approvers`` for every page under ``pages``."""
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.set([approvers])
    workflow, _created = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for page in pages:
        WorkflowPage.objects.update_or_create(
            page=Page.objects.get(pk=page.pk), defaults={"workflow": workflow}
        )
    return workflow
