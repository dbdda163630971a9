"""The admin dashboard: what awaits approval for those who approve, new applications
for the member administration."""

import pytest

from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION
from tests.factories import MembershipApplicationFactory, NewsPageFactory
from tests.helpers import article_in_news

pytestmark = pytest.mark.django_db


def test_dashboard_shows_waiting_articles_and_new_applications_to_those_allowed(
    client, roles, demo_site
):
    editor = roles[EDITORS]
    theme = article_in_news(demo_site).primary_theme
    page = NewsPageFactory(
        parent=article_in_news(demo_site).get_parent(),
        themes=[theme],
        live=False,
        title="Wacht op de eindredactie",
    )
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    MembershipApplicationFactory(organisation_name="Nieuwe aanvrager")
    client.force_login(roles[CHIEF_EDITORS])
    chief_dashboard = client.get("/admin/").content.decode()
    assert "In afwachting van jouw beoordeling" in chief_dashboard
    assert "Wacht op de eindredactie" in chief_dashboard
    assert "nieuwe aanvraag" not in chief_dashboard
    client.force_login(roles[MEMBER_ADMINISTRATION])
    assert "1 nieuwe aanvraag" in client.get("/admin/").content.decode()
    client.force_login(editor)
    editor_dashboard = client.get("/admin/").content.decode()
    assert "In afwachting van jouw beoordeling" not in editor_dashboard
