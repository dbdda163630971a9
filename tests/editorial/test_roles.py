"""The editors' roles: what editors, chief editors and the member administration may do,
the approval workflow that puts an editor's article live, and that Wagtail's own groups
no longer change pages."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.core.management import call_command
from wagtail.contrib.forms.utils import get_forms_for_user
from wagtail.documents.permissions import permission_policy as document_permissions
from wagtail.images.permissions import permission_policy as image_permissions
from wagtail.models import (
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    WorkflowPage,
)

from sociaalwerk.editorial.roles import (
    CHIEF_EDITORS,
    EDITORS,
    MEMBER_ADMINISTRATION,
    MEMBERS,
    WAGTAIL_GROUPS,
    WAGTAIL_WORKFLOW_DUTCH_NAME,
    grant_pages,
    setup_roles,
)
from tests.factories import MembershipApplicationFactory, NewsPageFactory
from tests.helpers import article_in_news

pytestmark = pytest.mark.django_db


def test_setup_is_idempotent(demo_site):
    setup_roles()
    counts = [
        m.objects.count()
        for m in (Group, GroupPagePermission, GroupCollectionPermission, WorkflowPage)
    ]
    call_command("setup_roles", stdout=io.StringIO())
    assert [
        m.objects.count()
        for m in (Group, GroupPagePermission, GroupCollectionPermission, WorkflowPage)
    ] == counts
    assert {EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION} <= set(
        Group.objects.values_list("name", flat=True)
    )


def test_editors_write_articles_but_cannot_publish_or_edit_themes(roles, demo_site):
    user = roles[EDITORS]
    article = article_in_news(demo_site)
    news_index = article.get_parent().specific
    assert news_index.permissions_for_user(user).can_add_subpage()
    assert article.permissions_for_user(user).can_edit()
    assert not article.permissions_for_user(user).can_publish()
    assert not demo_site.permissions_for_user(user).can_edit()
    theme = article.primary_theme
    assert not theme.permissions_for_user(user).can_edit()
    assert image_permissions.user_has_permission(user, "add")
    assert document_permissions.user_has_permission(user, "add")
    assert not user.has_perm("wagtailredirects.add_redirect")
    assert not user.has_perm("members.view_membershipapplication")


def test_chief_editors_publish_edit_themes_and_manage_redirects_and_promotions(roles, demo_site):
    user = roles[CHIEF_EDITORS]
    article = article_in_news(demo_site)
    assert article.permissions_for_user(user).can_publish()
    assert article.primary_theme.permissions_for_user(user).can_edit()
    assert demo_site.permissions_for_user(user).can_publish()
    assert user.has_perm("wagtailredirects.change_redirect")
    assert user.has_perm("wagtailsearchpromotions.add_searchpromotion")
    assert not user.has_perm("members.view_membershipapplication")
    assert not get_forms_for_user(user).exists()  # contact messages are personal data


def test_member_administration_handles_applications_and_no_pages(roles, demo_site):
    user = roles[MEMBER_ADMINISTRATION]
    assert user.has_perm("members.change_membershipapplication")
    assert user.has_perm("wagtailforms.view_formsubmission")
    assert not article_in_news(demo_site).permissions_for_user(user).can_edit()
    assert not demo_site.permissions_for_user(user).can_add_subpage()


def test_members_group_has_no_permission_even_after_one_is_given_by_hand(demo_site, client):
    setup_roles()
    members = Group.objects.get(name=MEMBERS)
    members.permissions.add(Permission.objects.get(codename="access_admin"))
    setup_roles()
    assert not members.permissions.exists()
    member = get_user_model().objects.create_user("lid", password="x")
    member.groups.add(members)
    client.force_login(member)
    assert client.get("/admin/").status_code == 302


@pytest.mark.parametrize(
    ("role", "status"),
    [(EDITORS, "denied"), (CHIEF_EDITORS, "denied"), (MEMBER_ADMINISTRATION, "allowed")],
)
def test_only_member_administration_opens_applications_and_contact_messages(
    client, roles, role, status
):
    MembershipApplicationFactory(organisation_name="Geheime Stichting")
    client.force_login(roles[role])
    for url in ("/admin/aanmeldingen/", "/admin/contactberichten/"):
        response = client.get(url)
        if status == "allowed":
            assert response.status_code == 200, url
        else:
            assert response.status_code in (302, 403), url
            assert b"Geheime Stichting" not in response.content


def test_articles_by_editors_go_live_only_after_approval(
    roles, demo_site, django_capture_on_commit_callbacks
):
    editor, chief = roles[EDITORS], roles[CHIEF_EDITORS]
    news_index = article_in_news(demo_site).get_parent()
    theme = article_in_news(demo_site).primary_theme
    page = NewsPageFactory(parent=news_index, themes=[theme], live=False, title="Ter goedkeuring")
    workflow = page.get_workflow()
    assert workflow is not None and workflow.name == "Goedkeuring door de eindredactie"

    revision = page.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        state = workflow.start(page, editor)
    assert [m.to for m in mail.outbox] == [[chief.email]]  # the reviewers are told
    task_state = state.current_task_state
    task = task_state.task.specific
    assert task.get_actions(page, editor) == []
    assert "approve" in [action[0] for action in task.get_actions(page, chief)]
    page.refresh_from_db()
    assert not page.live

    task.on_action(task_state, chief, "approve")
    page.refresh_from_db()
    assert page.live and page.live_revision_id == revision.pk


def wagtail_groups():
    """Wagtail's groups as its migrations leave them (a flush by an earlier transactional
    test removes them): both may add and edit every page, Moderators also publish and
    approve in the default workflow."""
    root = Page.get_first_root_node()
    groups = {}
    for name, permission_types in (
        ("Editors", ["add", "change"]),
        ("Moderators", ["add", "change", "publish", "lock", "unlock"]),
    ):
        groups[name], _created = Group.objects.get_or_create(name=name)
        grant_pages(groups[name], root, permission_types)
    task, _created = GroupApprovalTask.objects.get_or_create(name="Moderators approval")
    task.groups.add(groups["Moderators"])
    return groups


def test_after_setup_only_the_roles_may_change_pages(demo_site):
    wagtail_groups()
    assert GroupPagePermission.objects.filter(group__name="Moderators").exists()

    setup_roles()

    assert not Group.objects.filter(name__in=WAGTAIL_GROUPS).exists()
    assert set(GroupPagePermission.objects.values_list("group__name", flat=True)) == {
        EDITORS,
        CHIEF_EDITORS,
    }
    # Wagtail's own workflow stays, with a Dutch name and without approvers.
    assert not GroupApprovalTask.objects.get(name=WAGTAIL_WORKFLOW_DUTCH_NAME).groups.exists()


def test_a_wagtail_group_with_members_is_kept_without_rights_on_pages(demo_site):
    moderators = wagtail_groups()["Moderators"]
    user = get_user_model().objects.create_user("moderator", "m@example.org", "x")
    user.groups.add(moderators)
    assert demo_site.permissions_for_user(user).can_publish()

    out = io.StringIO()
    call_command("setup_roles", stdout=out)
    call_command("setup_roles", stdout=out)  # idempotent: kept, and said so again

    assert list(user.groups.all()) == [moderators]
    user = get_user_model().objects.get(pk=user.pk)  # no cached permissions
    assert not demo_site.permissions_for_user(user).can_edit()
    assert not GroupApprovalTask.objects.filter(groups=moderators).exists()
    assert not Group.objects.filter(name="Editors").exists()
    notice = 'Wagtail\'s group "Moderators" has 1 member(s), so it was kept'
    assert out.getvalue().count(notice) == 2
