"""The contact page: form, spam protection, storage first, e-mail after, post/redirect/get."""

import logging
import re
from unittest import mock

import factory
import pytest
from django.core import mail
from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.db import DatabaseError
from django.test import Client, override_settings
from wagtail.contrib.forms.models import FormSubmission

from contact.models import ContactPage, FormField
from sociaalwerk.core.models import HomePage, SiteSettings, StandardPage
from sociaalwerk.public_forms import flow, spam
from tests.factories import PageFactory

pytestmark = pytest.mark.django_db

BUREAU_EMAIL = "bureau@sociaalwerk.example"
SCRIPT = '<script>alert("x")</script><b>vet</b>'


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


class FailingBackend(BaseEmailBackend):
    """A mail server that is down."""

    def send_messages(self, email_messages):
        raise ConnectionRefusedError("mail server down")


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


def form_data(**overrides):
    data = {
        "naam": "Anna de Vries",
        "e_mail": "anna@example.org",
        "onderwerp": "Lidmaatschap",
        "bericht": "Wanneer is de volgende ledenvergadering?",
        spam.TOKEN_FIELD: spam.new_token(),
        spam.HONEYPOT_FIELD: "",
    }
    data.update(overrides)
    return data


@pytest.fixture
def send(client, contact_page, django_capture_on_commit_callbacks):
    """POST the contact form, running the on-commit e-mail as a real request would."""

    def send(data=None, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(contact_page.url, data or form_data(), **kwargs)

    return send


def test_tree_rules(home_page, contact_page):
    assert ContactPage.allowed_parent_page_models() == [HomePage]
    assert not ContactPage.allowed_subpage_models()
    assert not ContactPage.can_create_at(home_page)  # only one may exist
    assert not StandardPage.can_create_at(contact_page)


def test_page_renders_the_form(client, contact_page):
    response = client.get(contact_page.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "<h1>Contact</h1>" in html
    assert "Heeft u een vraag?" in html
    assert 'name="csrfmiddlewaretoken"' in html
    for name, label in [("naam", "Naam"), ("e_mail", "E-mail"), ("bericht", "Bericht")]:
        assert f'<label for="id_{name}">{label}' in html
        assert f'id="id_{name}"' in html
    # Required is said in words, not only by colour.
    assert re.search(r'<label for="id_naam">Naam <span class="form__required">\(\w+\)</span>', html)
    assert not re.search(r'<label for="id_onderwerp">[^<]*<span class="form__required">', html)
    # The honeypot is hidden from people and assistive technology; the token is hidden.
    trap = html.split('<div class="form__trap" aria-hidden="true">')[1].split("</div>")[0]
    assert f'name="{spam.HONEYPOT_FIELD}"' in trap
    assert f'type="hidden" name="{spam.TOKEN_FIELD}"' in html
    assert '<button type="submit" class="button">' in html
    assert 'role="alert"' not in html


def test_valid_message_is_stored_mailed_and_redirected(client, contact_page, send):
    response = send()

    assert response.status_code == 302
    assert response["Location"] == f"{contact_page.url}?verzonden=1"
    submission = FormSubmission.objects.get()
    assert submission.page_id == contact_page.pk
    assert submission.form_data == {
        "naam": "Anna de Vries",
        "e_mail": "anna@example.org",
        "onderwerp": "Lidmaatschap",
        "bericht": "Wanneer is de volgende ledenvergadering?",
    }
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [BUREAU_EMAIL]
    assert message.reply_to == ["anna@example.org"]
    assert "Wanneer is de volgende ledenvergadering?" in message.body
    assert spam.TOKEN_FIELD not in message.body
    assert f"/admin/forms/submissions/{contact_page.pk}/" in message.body


def test_a_double_submit_of_the_same_form_is_stored_once(client, contact_page, send):
    data = form_data()
    assert send(data).status_code == send(data).status_code == 302
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_thank_you_page_shows_the_text_and_a_reload_sends_nothing(client, contact_page, send):
    response = send(follow=True)

    assert response.redirect_chain == [(f"{contact_page.url}?verzonden=1", 302)]
    assert "Bedankt, wij antwoorden binnen twee werkdagen." in response.content.decode()
    assert "<form" not in response.content.decode()

    client.get(f"{contact_page.url}?verzonden=1")
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_page_addresses_go_before_the_bureau_address(contact_page, send):
    contact_page.to_address = "a@example.org, b@example.org"
    contact_page.subject = "Contactformulier"
    contact_page.save()

    send()

    assert mail.outbox[0].to == ["a@example.org", "b@example.org"]
    assert mail.outbox[0].subject == "Contactformulier"


def test_without_any_address_the_message_goes_to_the_sending_address(contact_page, send, settings):
    SiteSettings.objects.update(bureau_email="")

    response = send()

    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1
    assert mail.outbox[0].to == [settings.DEFAULT_FROM_EMAIL]


def test_invalid_form_shows_field_errors(contact_page, send):
    response = send(form_data(naam="", e_mail="geen-adres"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-describedby="id_naam_error"' in html
    assert '<p class="form__error" id="id_naam_error">' in html
    assert 'aria-describedby="id_e_mail_error"' in html
    assert FormSubmission.objects.count() == 0


def test_filled_honeypot_is_refused(contact_page, send):
    response = send(form_data(**{spam.HONEYPOT_FIELD: "https://spam.example"}))

    assert response.status_code == 200
    html = response.content.decode()
    alert = html.split('role="alert"')[1].split("</div>")[0]
    assert str(spam.SpamProtectedForm.honeypot_message) in alert.replace("&quot;", '"')
    assert "Wanneer is de volgende ledenvergadering?" in html  # what was typed is kept
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


@override_settings(SPAM_MIN_FILL_SECONDS=3)
def test_form_sent_too_fast_is_refused(client, contact_page, django_capture_on_commit_callbacks):
    with mock.patch("sociaalwerk.public_forms.spam.time.time", return_value=1_800_000_000.0):
        page = client.get(contact_page.url).content.decode()
        token = re.search(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"', page).group(1)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(contact_page.url, form_data(**{spam.TOKEN_FIELD: token}))

    assert response.status_code == 200
    assert str(spam.SpamProtectedForm.too_fast_message) in response.content.decode()
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_token_of_the_rendered_form_is_accepted(client, contact_page, send):
    page = client.get(contact_page.url).content.decode()
    token = re.search(rf'name="{spam.TOKEN_FIELD}" value="([^"]+)"', page).group(1)

    assert send(form_data(**{spam.TOKEN_FIELD: token})).status_code == 302


@override_settings(SPAM_MAX_SUBMISSIONS_PER_HOUR=1)
def test_rate_limit_refuses_the_second_message(contact_page, send):
    assert send().status_code == 302

    response = send(form_data(bericht="Nog een vraag over de contributie."))

    assert response.status_code == 429
    html = response.content.decode()
    assert str(flow.RATE_LIMITED) in html
    assert "Nog een vraag over de contributie." in html
    assert FormSubmission.objects.count() == 1
    assert len(mail.outbox) == 1


@override_settings(EMAIL_BACKEND="tests.contact.test_views.FailingBackend")
def test_failing_mail_server_keeps_the_message(contact_page, send, caplog):
    with caplog.at_level(logging.WARNING, logger="contact.models"):
        response = send()

    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1
    assert "could not be e-mailed" in caplog.text
    assert "mail server down" in caplog.text


def test_database_refusing_the_write_gives_503_and_stores_nothing(contact_page, send):
    with mock.patch.object(FormSubmission, "save", side_effect=DatabaseError("read-only")):
        response = send()

    assert response.status_code == 503
    html = response.content.decode()
    assert str(flow.NOT_SAVED) in html
    assert "Wanneer is de volgende ledenvergadering?" in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []


def test_markup_is_stored_verbatim_and_escaped_when_shown(
    client, contact_page, send, django_user_model
):
    send(form_data(bericht=SCRIPT))

    assert FormSubmission.objects.get().form_data["bericht"] == SCRIPT

    message = mail.outbox[0]
    html_body, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert SCRIPT not in html_body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;b&gt;vet&lt;/b&gt;" in html_body
    assert SCRIPT in message.body  # plain text: shown as typed, never interpreted

    admin = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "geheim")
    client.force_login(admin)
    listing = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    assert listing.status_code == 200
    assert SCRIPT not in listing.content.decode()
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in listing.content.decode()


def test_missing_csrf_token_is_forbidden(contact_page):
    response = Client(enforce_csrf_checks=True).post(contact_page.url, form_data())

    assert response.status_code == 403
    assert FormSubmission.objects.count() == 0


def test_editors_can_edit_the_page_in_the_admin(client, contact_page, django_user_model):
    admin = django_user_model.objects.create_superuser("beheer", "beheer@example.org", "geheim")
    client.force_login(admin)

    response = client.get(f"/admin/pages/{contact_page.pk}/edit/")

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="form_fields-TOTAL_FORMS" value="4"' in html
    assert 'name="to_address"' in html
    assert 'name="thank_you_text"' in html
