"""The contact page as editors manage it: where it may stand, its form in the admin, and
that an editor of pages cannot change who receives the messages."""

import pytest
from django.core import mail

from contact.models import ContactPage
from sociaalwerk.core.models import HomePage, StandardPage
from sociaalwerk.editorial.roles import CHIEF_EDITORS
from tests.contact.helpers import BUREAU_EMAIL, form_data
from tests.helpers import FormValues

pytestmark = pytest.mark.django_db


def test_tree_rules(home_page, contact_page):
    assert ContactPage.allowed_parent_page_models() == [HomePage]
    assert not ContactPage.allowed_subpage_models()
    assert not ContactPage.can_create_at(home_page)  # only one may exist
    assert not StandardPage.can_create_at(contact_page)


def test_editors_can_edit_the_page_in_the_admin(client, contact_page, django_user_model):
    admin = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "geheim")
    client.force_login(admin)

    response = client.get(f"/admin/pages/{contact_page.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="form_fields-TOTAL_FORMS" value="4"' in html
    assert 'name="thank_you_text"' in html
    assert 'name="subject"' in html
    # Messages go to the bureau address of the site settings, which only superusers edit.
    assert 'name="to_address"' not in html


def test_chief_editors_cannot_send_the_messages_elsewhere(client, contact_page, staff, send):
    client.force_login(staff[CHIEF_EDITORS])
    edit_url = f"/admin/pages/{contact_page.pk}/edit/"
    data = FormValues.of(client.get(edit_url).content.decode(), "page-edit-form")
    data.update(subject=["Gewijzigd door de eindredactie"], to_address=["dief@example.org"])
    data["action-publish"] = ["action-publish"]

    response = client.post(edit_url, data)

    assert response.status_code == 302, response.content.decode()[:2000]
    send(form_data(onderwerp=""))  # without a subject of the visitor, the page's is used
    assert mail.outbox[0].subject == "Gewijzigd door de eindredactie"  # the edit went live
    assert mail.outbox[0].to == [BUREAU_EMAIL]
    assert "dief@example.org" not in str(ContactPage.objects.get().get_latest_revision().content)
