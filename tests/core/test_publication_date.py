"""An article's publication date: the day it goes live, unless the editor chose one. An
article scheduled for tomorrow is dated tomorrow on the site and in the feeds, not the
day it was scheduled; a date the editor chose stays."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from django.utils.feedgenerator import rfc2822_date

from sociaalwerk.core.feeds import PUBLICATION_TIME, PUBLICATION_TIME_ZONE
from tests.core.helpers import rss
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

CHOSEN = datetime.date(2026, 11, 20)


def tomorrow_at_nine():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    return datetime.datetime.combine(tomorrow, datetime.time(9, 0), PUBLICATION_TIME_ZONE)


def scheduled_article(site, monkeypatch, *, date):
    """A new article, scheduled for tomorrow at nine and published by the cron job then."""
    article = NewsPageFactory(
        parent=site.news_index, themes=[site.theme], title="Ingepland", live=False, date=date
    )
    go_live = tomorrow_at_nine()
    article.go_live_at = go_live
    article.save_revision().publish()
    article.refresh_from_db()
    assert not article.live
    monkeypatch.setattr(timezone, "now", lambda: go_live + datetime.timedelta(minutes=4))
    call_command("publish_scheduled", stdout=io.StringIO())
    article.refresh_from_db()
    assert article.live
    return article


def shown_dates(client, article):
    """How the article page, the news listing and the feed date the article."""
    pub_date = rss(client, "/feeds/artikelen/").find("item").findtext("pubDate")
    return (
        client.get(article.url).content.decode(),
        client.get("/nieuws/").content.decode(),
        pub_date,
    )


def assert_dated(client, article, day):
    page_html, listing_html, pub_date = shown_dates(client, article)
    assert f'<time datetime="{day:%Y-%m-%d}">' in page_html
    assert f'<time datetime="{day:%Y-%m-%d}">' in listing_html
    moment = datetime.datetime.combine(day, PUBLICATION_TIME, PUBLICATION_TIME_ZONE)
    assert pub_date == rfc2822_date(moment)


def test_an_article_scheduled_for_tomorrow_is_dated_tomorrow(client, content_site, monkeypatch):
    tomorrow = tomorrow_at_nine().date()
    article = scheduled_article(content_site, monkeypatch, date=None)
    assert article.date == tomorrow
    assert_dated(client, article, tomorrow)


def test_a_date_the_editor_chose_stays_when_the_article_goes_live(
    client, content_site, monkeypatch
):
    article = scheduled_article(content_site, monkeypatch, date=CHOSEN)
    assert article.date == CHOSEN
    assert_dated(client, article, CHOSEN)


def test_published_again_later_an_article_keeps_the_day_it_went_live(content_site, monkeypatch):
    article = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], live=False, date=None
    )
    article.save_revision().publish()
    article.refresh_from_db()
    first_day = timezone.localdate()
    assert article.date == first_day
    later = timezone.now() + datetime.timedelta(days=3)
    monkeypatch.setattr(timezone, "now", lambda: later)
    # The editor's form now shows the day it went live.
    article = article.get_latest_revision_as_object()
    assert article.date == first_day
    article.title = "Bijgewerkt"
    article.save_revision().publish()
    article.refresh_from_db()
    assert article.date == first_day


def test_the_preview_of_a_draft_without_a_date_shows_the_day_it_would_go_live(
    client, content_site, monkeypatch
):
    article = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], live=False, date=None
    )
    article.go_live_at = tomorrow_at_nine()
    response = article.make_preview_request()
    assert response.status_code == 200
    assert f'<time datetime="{tomorrow_at_nine():%Y-%m-%d}">' in response.content.decode()


def test_a_new_article_has_no_date_until_the_editor_chooses_one(editor_client, content_site):
    add_url = f"/admin/pages/add/news/newspage/{content_site.news_index.pk}/"
    html = editor_client.get(add_url).content.decode()
    assert 'name="date" value=' not in html
    assert "Leeg laten: de dag waarop het artikel live gaat." in html
