"""Approval by the final editors: offered one way, always confirmed, and reported."""

import datetime
import re
import zoneinfo

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone, translation
from django.utils.formats import date_format

from sociaalwerk.editorial.roles import CHIEF_EDITORS, EDITORS
from tests.factories import NewsPageFactory
from tests.helpers import FormValues, article_in_news

pytestmark = pytest.mark.django_db

TITLE = "Wacht op de eindredactie"
AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")
XHR = {"x-requested-with": "XMLHttpRequest"}


@pytest.fixture
def submitted(roles, demo_site):
    """A news item the editor has submitted for approval."""
    editor = roles[EDITORS]
    news = article_in_news(demo_site)
    page = NewsPageFactory(
        parent=news.get_parent(), themes=[news.primary_theme], live=False, title=TITLE
    )
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


@pytest.fixture
def chief(client, roles):
    client.force_login(roles[CHIEF_EDITORS])
    return client


def action_url(page, action):
    task_state = page.current_workflow_task_state
    return f"/admin/beoordelen/{page.pk}/{action}/{task_state.pk}/"


def shown_after(client, response):
    """The messages the page the user is sent to next shows."""
    next_url = response.json()["redirect"] if "json" in response["Content-Type"] else response.url
    shown = client.get(next_url)
    return [str(message).strip() for message in get_messages(shown.wsgi_request)]


def awaiting_rows(html):
    """The rows of the panel "In afwachting van jouw beoordeling" on the dashboard."""
    panel = html.split('id="awaiting-review-section"')[1].split("</table>")[0]
    return re.findall(r"<tr>.*?</tr>", panel, re.S)


def test_the_dashboard_lists_an_item_once_with_its_columns_and_asks_before_approving(
    chief, submitted
):
    html = chief.get("/admin/").content.decode()

    assert html.count(f">{TITLE}</a>") == 1
    [row] = [row for row in awaiting_rows(html) if TITLE in row]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
    started = timezone.localtime(submitted.current_workflow_task_state.started_at)
    with translation.override("nl"):
        assert cells[1:4] == ["Nieuws", "redactie", date_format(started, "j F Y H:i")]
    buttons = re.findall(r"<button data-workflow-action-url=[^>]*>[^<]*", row)
    assert [button.split(">")[-1] for button in buttons] == [
        "Wijzigingen vragen",
        "Goedkeuren en publiceren",
    ]
    assert all("data-launch-modal" in button for button in buttons)


def test_approving_from_the_dashboard_asks_first_then_publishes_and_says_so(chief, submitted):
    url = action_url(submitted, "approve")
    dialog = chief.get(url, headers=XHR)
    assert "Goedkeuren en publiceren" in dialog.json()["html"]
    submitted.refresh_from_db()
    assert not submitted.live and submitted.workflow_in_progress

    response = chief.post(url, {"comment": "", "next": "/admin/"}, headers=XHR)

    assert response.json() == {"step": "success", "redirect": "/admin/"}
    submitted.refresh_from_db()
    assert submitted.live and not submitted.workflow_in_progress
    assert shown_after(chief, response) == [f"‘{TITLE}’ is goedgekeurd en gepubliceerd."]


def test_approving_a_scheduled_item_says_when_it_goes_live(chief, submitted):
    submitted.go_live_at = datetime.datetime(2030, 12, 2, 9, 0, tzinfo=AMSTERDAM)
    submitted.save_revision(user=submitted.current_workflow_state.requested_by)

    response = chief.post(action_url(submitted, "approve"), {"comment": ""}, headers=XHR)

    submitted.refresh_from_db()
    assert not submitted.live and submitted.scheduled_revision
    # The editor it returns to also says that the scheduled page is locked.
    expected = f"‘{TITLE}’ is goedgekeurd en gaat live op 2 december 2030 09:00."
    assert expected in shown_after(chief, response)


def test_asking_for_changes_from_the_dashboard_does_not_publish(chief, submitted):
    response = chief.post(action_url(submitted, "reject"), {"comment": "Graag een foto."})
    submitted.refresh_from_db()
    assert not submitted.live
    assert not any("goedgekeurd" in text for text in shown_after(chief, response))


def edit_form(client, page):
    return FormValues.of(
        client.get(f"/admin/pages/{page.pk}/edit/").content.decode(), "page-edit-form"
    )


def test_the_editor_offers_one_confirmed_approval_and_no_plain_publish(chief, submitted):
    html = chief.get(f"/admin/pages/{submitted.pk}/edit/").content.decode()
    assert 'name="action-publish"' not in html
    [approve] = re.findall(r'<button[^>]*data-workflow-action-name="approve"[^>]*>', html)
    [dialog_url] = re.findall(r'data-workflow-action-modal-url="([^"]+)"', approve)
    assert "Goedkeuren en publiceren" in chief.get(dialog_url, headers=XHR).json()["html"]
    assert "Goedkeuren en publiceren" in html
    assert "Goedkeuren met opmerking" not in html


def test_approving_in_the_editor_says_what_happened_instead_of_changed(chief, submitted):
    data = edit_form(chief, submitted)
    data |= {
        "body-count": "0",  # the body is built by script in the browser; this one is empty
        "action-workflow-action": "true",
        "workflow-action-name": "approve",
        "workflow-action-extra-data": '{"comment": ""}',
    }

    response = chief.post(f"/admin/pages/{submitted.pk}/edit/", data)

    assert response.status_code == 302
    submitted.refresh_from_db()
    assert submitted.live
    assert shown_after(chief, response) == [f"‘{TITLE}’ is goedgekeurd en gepubliceerd."]
