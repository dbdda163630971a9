"""The contact page as editors manage it: where it may stand, and its form in the admin."""

import pytest

from contact.models import ContactPage
from sociaalwerk.core.models import HomePage, StandardPage

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
    assert 'name="to_address"' in html
    assert 'name="thank_you_text"' in html
