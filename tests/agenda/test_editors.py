"""Editors and events: Redactie writes them, Eindredactie approves and publishes them,
through the same workflow as articles; the admin form explains mistakes in Dutch."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from agenda.models import AgendaIndexPage, EventPage
from sociaalwerk.core.models import ThemePage
from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def event_form(**overrides):
    theme = ThemePage.objects.get(slug="sociale-verbondenheid")
    data = {
        "title": "Regiobijeenkomst Zuid",
        "slug": "regiobijeenkomst-zuid",
        "start_date": "2030-04-16",
        "start_time": "13:00",
        "end_date": "",
        "end_time": "17:00",
        "status": "scheduled",
        "intro": "Leden in het zuiden ontmoeten elkaar.",
        "event_themes": inline_formset([{"theme": theme.pk}]),
        "body": streamfield([]),
        "attendance": "in_person",
        "venue": "De Effenaar",
        "city": "Eindhoven",
        "registration": "none",
        "waiting_list": "on",
    }
    data.update(overrides)
    return nested_form_data(data)


def add_url():
    agenda = AgendaIndexPage.objects.get()
    return reverse("wagtailadmin_pages:add", args=("agenda", "eventpage", agenda.pk))


def test_editors_write_events_but_cannot_publish_them(client, roles):
    editor = roles[EDITORS]
    agenda = AgendaIndexPage.objects.get()
    assert agenda.permissions_for_user(editor).can_add_subpage()
    event = EventPage.objects.first()
    assert event.permissions_for_user(editor).can_edit()
    assert not event.permissions_for_user(editor).can_publish()
    assert event.permissions_for_user(roles[CHIEF_EDITORS]).can_publish()
    assert event.get_workflow().name == "Goedkeuring door de eindredactie"


def test_an_editor_submits_a_new_event_for_approval(client, roles):
    client.force_login(roles[EDITORS])
    response = client.post(add_url(), event_form(**{"action-submit": "Ter goedkeuring"}))
    assert response.status_code == 302
    event = EventPage.objects.get(slug="regiobijeenkomst-zuid")
    assert not event.live
    assert event.current_workflow_state.status == "in_progress"
    revision = event.latest_revision.as_object()
    assert revision.starts_at == datetime.datetime(2030, 4, 16, 11, 0, tzinfo=datetime.UTC)


def test_the_admin_explains_an_impossible_time_in_dutch(client, roles):
    client.force_login(roles[EDITORS])
    response = client.post(add_url(), event_form(start_time="17:00", end_time="13:00"))
    assert response.status_code == 200
    assert "De eindtijd moet na de begintijd liggen." in response.content.decode()
    assert not EventPage.objects.filter(slug="regiobijeenkomst-zuid").exists()


def test_a_scheduled_event_goes_live_with_publish_scheduled(content_site, monkeypatch):
    event = EventPageFactory(parent=content_site.agenda, live=False, title="Ingepland")
    go_live = timezone.now() + datetime.timedelta(hours=1)
    event.go_live_at = go_live
    event.save_revision().publish()
    event.refresh_from_db()
    assert not event.live
    assert not EventPage.objects.live().filter(pk=event.pk).exists()
    monkeypatch.setattr(timezone, "now", lambda: go_live + datetime.timedelta(minutes=1))
    call_command("publish_scheduled", stdout=io.StringIO())
    event.refresh_from_db()
    assert event.live
