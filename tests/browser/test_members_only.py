"""Members-only content in Chromium, checked with axe: an anonymous visitor is sent to
the login with the way back, a logged-in non-member gets the refusal (no login loop),
and a listing marks the members-only article with words, not only a lock.
Screenshots at 360 and 1280 px go to test-artifacts/."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from playwright.sync_api import expect
from wagtail.models import PageViewRestriction

from sociaalwerk.core.members_only import MEMBERS_GROUP
from tests.browser.conftest import assert_no_axe_violations
from tests.factories import NewsPageFactory, build_content_site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SECRET = "Ledenvergaderingsgeheim"
WIDTHS = (360, 1280)


@pytest.fixture
def members_news(db):
    site = build_content_site()
    members = Group.objects.get_or_create(name=MEMBERS_GROUP)[0]
    NewsPageFactory(parent=site.news_index, themes=[site.theme], title="Openbaar nieuws")
    news = NewsPageFactory(
        parent=site.news_index,
        themes=[site.theme],
        title="Beste leden, de stukken voor de ledenvergadering",
        body=[("paragraph", f"<p>{SECRET}</p>")],
    )
    restriction = PageViewRestriction.objects.create(
        page=news, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([members])
    return news


def log_in(page, live_server, django_user_model, username):
    """Give the browser the session of ``username`` (the login page is the accounts')."""
    client = Client()
    client.force_login(django_user_model.objects.create_user(username, "", "wachtwoord-lang"))
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": live_server.url,
            }
        ]
    )


def screenshots(page, artifacts_dir, name):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=artifacts_dir / f"members-only-{name}-{width}.png", full_page=True)


def test_an_anonymous_visitor_goes_to_the_login_and_back(page, live_server, members_news):
    response = page.request.get(live_server.url + members_news.url, max_redirects=0)
    assert response.status == 302
    page.goto(live_server.url + members_news.url)
    assert page.url == f"{live_server.url}/inloggen/?next={members_news.url}"
    assert SECRET not in page.content()
    assert_no_axe_violations(page)


def test_a_logged_in_non_member_gets_the_refusal(
    page, live_server, members_news, django_user_model, artifacts_dir
):
    log_in(page, live_server, django_user_model, "redacteur")
    response = page.goto(live_server.url + members_news.url)
    assert response.status == 403
    refusal = page.locator(".members-refusal")
    expect(refusal.get_by_role("heading", level=1)).to_be_visible()
    expect(refusal.get_by_role("link").first).to_be_visible()
    assert page.url == live_server.url + members_news.url  # no redirect, no loop
    assert SECRET not in page.content()
    assert_no_axe_violations(page)
    screenshots(page, artifacts_dir, "refusal")


def test_a_listing_marks_the_members_only_article(page, live_server, members_news, artifacts_dir):
    page.goto(live_server.url + "/nieuws/")
    card = page.locator(".card--members-only")
    expect(card).to_have_count(1)
    expect(card.locator(".members-only__label")).to_be_visible()
    login = card.locator(".members-only__login")
    expect(login).to_have_attribute("href", f"/inloggen/?next={members_news.url}")
    assert SECRET not in page.content()
    assert_no_axe_violations(page)
    screenshots(page, artifacts_dir, "listing")
    page.set_viewport_size({"width": 1280, "height": 900})
    card.scroll_into_view_if_needed()
    card.screenshot(path=artifacts_dir / "members-only-card-1280.png")


def test_search_shows_members_only_articles_apart(page, live_server, members_news, artifacts_dir):
    page.goto(live_server.url + "/zoeken/?q=ledenvergadering")
    apart = page.locator(".members-only-results")
    expect(apart.get_by_role("heading", level=2)).to_be_visible()
    expect(apart.locator(".members-only__label")).to_be_visible()
    page.goto(live_server.url + f"/zoeken/?q={SECRET}")
    expect(page.locator(".members-only-results")).to_have_count(0)
    page.goto(live_server.url + "/zoeken/?q=ledenvergadering")
    assert_no_axe_violations(page)
    screenshots(page, artifacts_dir, "search")
