"""Fixtures of the contact page's tests: an empty cache, no minimum fill time, the contact
page with its fields, a ``send`` that posts the form, and the staff of the three roles."""

import factory
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import override_settings

from contact.models import ContactPage, FormField
from sociaalwerk.core.models import SiteSettings
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS, MEMBER_ADMINISTRATION, setup_roles
from tests.contact.helpers import BUREAU_EMAIL, form_data
from tests.factories import PageFactory


class ContactPageFactory(PageFactory):
    title = "Contact"
    slug = "contact"
    intro = "<p>Heeft u een vraag? Neem contact op met het bureau.</p>"
    thank_you_text = "<p>Bedankt, wij antwoorden binnen twee werkdagen.</p>"

    class Meta:
        model = ContactPage


class FormFieldFactory(factory.django.DjangoModelFactory):
    field_type = "singleline"
    required = False

    class Meta:
        model = FormField


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache; every test starts from zero."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def no_minimum_fill_time():
    """Tests send the form at once; the minimum fill time has a test of its own."""
    with override_settings(SPAM_MIN_FILL_SECONDS=0):
        yield


@pytest.fixture
def contact_page(home_page):
    page = ContactPageFactory(parent=home_page)
    FormFieldFactory(page=page, sort_order=0, label="Naam", clean_name="naam", required=True)
    FormFieldFactory(
        page=page, sort_order=1, label="E-mail", clean_name="e_mail", field_type="email"
    )
    FormFieldFactory(page=page, sort_order=2, label="Onderwerp", clean_name="onderwerp")
    FormFieldFactory(
        page=page, sort_order=3, label="Bericht", clean_name="bericht", field_type="multiline"
    )
    SiteSettings.objects.update_or_create(
        site=home_page.get_site(), defaults={"bureau_email": BUREAU_EMAIL}
    )
    return page


@pytest.fixture
def send(client, contact_page, django_capture_on_commit_callbacks):
    """POST the contact form, running the on-commit e-mail as a real request would."""

    def send(data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(contact_page.url, data or form_data(), **kwargs)

    return send


@pytest.fixture
def staff(contact_page):
    """The roles set up on the site of the contact page, one user in each: {role: user}."""
    setup_roles()
    users = {}
    for name in (EDITORS, CHIEF_EDITORS, MEMBER_ADMINISTRATION):
        user = get_user_model().objects.create_user(name.lower(), f"{name.lower()}@example.org")
        user.groups.add(Group.objects.get(name=name))
        users[name] = user
    return users
