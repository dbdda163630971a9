"""Dates and times in the admin are written the Dutch way (dd-mm-jjjj uu:mm): the forms
show the format, read it, show values back in it, and refuse what they cannot read
with a message that repeats it, so a mistyped "Publiceer op" never publishes at once."""

import datetime
import zoneinfo

import pytest
from django.db import models
from django.utils import timezone
from wagtail.models import get_page_models
from wagtail.test.utils.form_data import nested_form_data, streamfield

from tests.factories import NewsPageFactory
from tests.helpers import FormValues

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
# The day the editor schedules on: before 2 December 2026.
TODAY = datetime.datetime(2026, 11, 30, 15, 0, tzinfo=AMSTERDAM)
REFUSAL = "Vul een datum en tijd in als dd-mm-jjjj uu:mm, bijvoorbeeld 02-12-2026 09:00."


@pytest.fixture
def on_30_november(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: TODAY)


@pytest.fixture
def draft(content_site):
    return NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme], live=False)


def schedule(client, page, go_live_at):
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = FormValues.of(client.get(edit_url).content.decode(), "page-edit-form")
    # The body's blocks are drawn by the browser's script: the form sends them empty.
    data.update(nested_form_data({"body": streamfield([])}))
    data["go_live_at"] = go_live_at
    data["action-publish"] = "action-publish"
    return client.post(edit_url, data)


def test_a_dutch_date_and_time_schedules_that_moment(editor_client, draft, on_30_november):
    response = schedule(editor_client, draft, "2-12-2026 9:00")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert not draft.live
    go_live = datetime.datetime(2026, 12, 2, 9, 0, tzinfo=AMSTERDAM)
    assert draft.go_live_at == go_live
    assert draft.latest_revision.approved_go_live_at == go_live


@pytest.mark.parametrize("typed", ["32-13-2026", "morgen", "2026/12/02 9u", "12/31/2026 9:00"])
def test_what_cannot_be_read_is_refused_and_nothing_is_scheduled(
    editor_client, draft, on_30_november, typed
):
    response = schedule(editor_client, draft, typed)
    assert response.status_code == 200
    assert REFUSAL in response.content.decode()
    draft.refresh_from_db()
    assert not draft.live
    assert draft.go_live_at is None
    assert not draft.revisions.filter(approved_go_live_at__isnull=False).exists()


def test_the_form_shows_the_format_and_values_written_in_it(editor_client, content_site):
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        date=datetime.date(2026, 12, 2),
        go_live_at=datetime.datetime(2026, 12, 2, 9, 0, tzinfo=AMSTERDAM),
    )
    html = editor_client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'placeholder="dd-mm-jjjj"' in html
    assert 'value="02-12-2026"' in html
    assert 'value="02-12-2026 09:00"' in html
    # The scheduling dialog's field shows the format below it.
    assert "dd-mm-jjjj uu:mm" in html
    # The date pickers leave what they cannot read for the form to refuse.
    assert "editorial/date_inputs.js" in html


def date_and_time_fields():
    """Every date or time field of every page type's admin form, with its model field."""
    for page_model in get_page_models():
        form_class = page_model.get_edit_handler().get_form_class()
        model_fields = {field.name: field for field in page_model._meta.get_fields()}
        for name, form_field in form_class.base_fields.items():
            if isinstance(model_fields.get(name), models.DateField | models.TimeField):
                yield page_model, name, form_field


NOTATIONS = {
    models.DateTimeField: "dd-mm-jjjj uu:mm",
    models.DateField: "dd-mm-jjjj",
    models.TimeField: "uu:mm",
}


def test_every_date_and_time_field_of_the_admin_shows_its_format_and_refuses_in_dutch():
    fields = list(date_and_time_fields())
    names = {(model.__name__, name) for model, name, _field in fields}
    assert {
        ("NewsPage", "date"),
        ("NewsPage", "go_live_at"),
        ("NewsPage", "expire_at"),
        ("EventPage", "start_date"),
        ("EventPage", "start_time"),
        ("EventPage", "registration_closes_at"),
    } <= names
    for model, name, form_field in fields:
        model_field = model._meta.get_field(name)
        notation = next(n for kind, n in NOTATIONS.items() if isinstance(model_field, kind))
        message = str(form_field.error_messages["invalid"])
        assert message.startswith("Vul een ") and f" als {notation}, " in message, name
        shown = [form_field.widget.attrs.get("placeholder"), str(form_field.help_text)]
        assert notation in shown, (model, name)
