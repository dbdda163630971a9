"""Events in the site search: found by their lead, dated by the day they take place,
and the "agenda" kind in the type filter."""

import datetime

import pytest

from tests.core.helpers import translated
from tests.factories import EventPageFactory, NewsPageFactory
from tests.helpers import queries_for
from tests.search.helpers import found_titles

pytestmark = pytest.mark.django_db


def event(site, themes, **fields):
    return EventPageFactory(parent=site.agenda, themes=themes, **fields)


@pytest.fixture
def events(content_site):
    site = content_site
    return {
        "mine": event(
            site,
            [site.theme],
            title="Inspiratiedag buurtmentoren",
            intro="Een middag over buurtmentoren en vrijwilligers in de wijk.",
            start_date=datetime.date(2026, 4, 14),
        ),
        "other": event(
            site,
            [site.other_theme],
            title="Regiobijeenkomst",
            intro="Buurtmentoren uit de regio wisselen ervaringen uit.",
        ),
    }


@pytest.fixture
def news_on_the_same_subject(content_site):
    return NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Nieuws over buurtmentoren",
        intro="Steeds meer gemeenten werken met buurtmentoren.",
    )


def test_search_finds_an_event_by_a_word_of_its_lead_and_shows_its_day(client, events):
    response = client.get("/zoeken/?q=vrijwilligers")
    assert [r.title for r in response.context["results"]] == ["Inspiratiedag buurtmentoren"]
    html = response.content.decode()
    assert (
        f'<span class="card__type">{translated("Event")}</span> | '
        '<time datetime="2026-04-14">dinsdag 14 april 2026</time>'
    ) in html
    assert "Een middag over buurtmentoren en vrijwilligers in de wijk." in html


def test_the_type_filter_offers_the_agenda(client, content_site):
    html = client.get("/zoeken/?q=wijk").content.decode()
    assert f'<option value="agenda">{translated("Agenda")}</option>' in html


def test_the_agenda_filter_finds_only_events(client, events, news_on_the_same_subject):
    everything = found_titles(client, "q=buurtmentoren")
    assert news_on_the_same_subject.title in everything
    assert set(found_titles(client, "q=buurtmentoren&soort=agenda")) == {
        "Inspiratiedag buurtmentoren",
        "Regiobijeenkomst",
    }
    assert found_titles(client, "q=buurtmentoren&soort=news") == [news_on_the_same_subject.title]


def test_the_agenda_filter_with_a_theme_finds_the_events_of_that_theme(client, events):
    assert found_titles(client, "q=buurtmentoren&soort=agenda&thema=sterke-sociale-basis") == [
        "Regiobijeenkomst"
    ]


def test_a_theme_alone_finds_its_articles_and_its_events(client, events, news_on_the_same_subject):
    assert set(found_titles(client, "q=buurtmentoren&thema=sociale-verbondenheid")) == {
        "Inspiratiedag buurtmentoren",
        news_on_the_same_subject.title,
    }


def test_unpublished_events_are_never_found(client, content_site):
    event(content_site, [content_site.theme], title="Geheime buurtmentoren", live=False)
    assert found_titles(client, "q=buurtmentoren&soort=agenda") == []
    assert found_titles(client, "q=buurtmentoren") == []


def test_results_with_events_cost_a_fixed_number_of_queries(client, content_site):
    def add(count):
        for _ in range(count):
            event(content_site, [content_site.theme], intro="Over buurtmentoren.")
            NewsPageFactory(
                parent=content_site.news_index,
                themes=[content_site.theme],
                intro="Over buurtmentoren.",
            )

    add(3)
    urls = ["/zoeken/?q=buurtmentoren", "/zoeken/?q=buurtmentoren&soort=agenda"]
    for url in urls:
        client.get(url)  # warm the per-process caches (content types)
    few = [queries_for(client, url) for url in urls]
    add(22)
    many = [queries_for(client, url) for url in urls]
    # The results are read per page type (``specific``): a page of results of one type
    # (which SQLite, ranking nothing, may return) takes one query less than a mixed one.
    assert all(m <= f for m, f in zip(many, few, strict=True)), (few, many)
    assert all(f - m <= 1 for m, f in zip(many, few, strict=True)), (few, many)
