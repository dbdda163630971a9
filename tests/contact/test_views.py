"""The contact page: the form, a message stored once, mailed and thanked for, field errors,
and markup shown as text."""

import re

import pytest
from django.core import mail
from wagtail.contrib.forms.models import FormSubmission

from sociaalwerk.core.models import SiteSettings
from sociaalwerk.public_forms import spam
from tests.contact.helpers import BUREAU_EMAIL, form_data

pytestmark = pytest.mark.django_db

SCRIPT = '<script>alert("x")</script><b>vet</b>'


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


def test_page_shows_the_bureaus_address_phone_and_e_mail_beside_the_form(client, contact_page):
    SiteSettings.objects.update(
        address="Pieter Vreedeplein 6\n3511 DR Utrecht",
        phone="+31 (0)30 123 45 67",
        email="info@sociaalwerknederland.nl",
    )

    html = client.get(contact_page.url).content.decode()

    details = html.split('<aside class="contact-details"', 1)[1].split("</aside>")[0]
    assert "Pieter Vreedeplein 6<br>3511 DR Utrecht" in details
    assert '<a href="tel:+31301234567">+31 (0)30 123 45 67</a>' in details
    assert (
        '<a href="mailto:info@sociaalwerknederland.nl">info@sociaalwerknederland.nl</a>' in details
    )
    assert html.index("</form>") < html.index('<aside class="contact-details"')


def test_page_without_the_bureaus_details_shows_only_the_form(client, contact_page):
    SiteSettings.objects.update(address="", phone="", email="")

    html = client.get(contact_page.url).content.decode()

    assert "contact-details" not in html and "contact-page--with-details" not in html


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
    assert f"/admin/contactberichten/inspect/{submission.pk}/" in message.body


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


def test_invalid_form_shows_field_errors(contact_page, send):
    response = send(form_data(naam="", e_mail="geen-adres"))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'role="alert"' in html
    assert 'aria-describedby="id_naam_error"' in html
    assert '<p class="form__error" id="id_naam_error">' in html
    assert 'aria-describedby="id_e_mail_error"' in html
    assert FormSubmission.objects.count() == 0


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


def test_every_field_has_a_length_limit_and_a_long_text_stays_in_the_form(contact_page, send):
    too_long = "Een vraag over het lidmaatschap. " * 152  # 5,016 characters
    response = send(form_data(bericht=too_long, onderwerp="Lidmaatschap " * 20))

    assert response.status_code == 200
    html = response.content.decode()
    assert "niet meer dan 5000 tekens bevat (het zijn er nu 5015)" in html
    assert "niet meer dan 255 tekens bevat" in html
    assert too_long.strip() in html  # kept, to be shortened
    assert 'maxlength="5000"' in html and 'maxlength="255"' in html
    assert FormSubmission.objects.count() == 0
    assert mail.outbox == []

    assert send(form_data(bericht="x" * 5000)).status_code == 302
    assert len(FormSubmission.objects.get().form_data["bericht"]) == 5000


def test_a_message_of_millions_of_characters_is_refused(contact_page, send):
    response = send(form_data(bericht="spam " * 480_000))

    assert response.status_code == 200
    assert "niet meer dan 5000 tekens" in response.content.decode()
    assert FormSubmission.objects.count() == 0
