"""Query budgets on the demo content, which looks like the real site: every page within
QUERY_BUDGET, and as many queries with many more articles and events, each with an
image of its own (a listing reads the renditions of all its images at once).

Wagtail's rendition cache is off here: it is cold on the first render after a publish,
which is when a page is rendered anew, and it is looked up image by image."""

from types import SimpleNamespace

import pytest
from wagtail.images import get_image_model

from agenda.models import AgendaIndexPage, EventPage
from blog.models import BlogIndexPage, BlogPage
from news.models import NewsIndexPage, NewsPage
from publications.models import PublicationIndexPage, PublicationPage
from sociaalwerk.core.models import ThemePage
from tests.agenda.helpers import add_events
from tests.helpers import QUERY_BUDGET, add_articles, queries_for, warm_up

pytestmark = pytest.mark.django_db

# More than a listing shows, so that every listing of the demo fills up with new pages.
MANY = 30


def demo_pages():
    """{name: address} of a page of each kind of the demo."""
    return {
        "home": "/",
        "theme": ThemePage.objects.get(slug="sociale-verbondenheid").url,
        "news index": "/nieuws/",
        "blog index": "/blogs/",
        "publication index": "/publicaties/",
        "agenda": "/agenda/",
        "news item": NewsPage.objects.live().first().url,
        "blog": BlogPage.objects.live().first().url,
        "publication": PublicationPage.objects.live().first().url,
        "event": EventPage.objects.live().first().url,
    }


def with_own_images(pages, field):
    """Gives each of ``pages`` an image of its own, a copy of one of the demo's."""
    Image = get_image_model()
    sources = list(Image.objects.all())
    for number, page in enumerate(pages):
        source = sources[number % len(sources)]
        image = Image.objects.create(
            title=f"Afbeelding {number}",
            file=source.file.name,
            width=source.width,
            height=source.height,
        )
        setattr(page, field, image)
        page.save_revision().publish()


def add_demo_content(count):
    """``count`` articles and ``count`` upcoming events in the demo's indexes and themes."""
    themes = ThemePage.objects.order_by("path")
    site = SimpleNamespace(
        theme=themes.get(slug="sociale-verbondenheid"),
        other_theme=themes.exclude(slug="sociale-verbondenheid").first(),
        news_index=NewsIndexPage.objects.get(),
        blog_index=BlogIndexPage.objects.get(),
        publication_index=PublicationIndexPage.objects.get(),
        agenda=AgendaIndexPage.objects.get(),
    )
    with_own_images(add_articles(site, count), "listing_image")
    with_own_images(add_events(site, count), "image")


def counts(client, pages):
    """The queries of each page, on its third request: the first fills the per-process
    caches and the site frame, the second makes the renditions of new images."""
    for url in pages.values():
        warm_up(client, url)
        warm_up(client, url)
    return {name: queries_for(client, url) for name, url in pages.items()}


@pytest.fixture
def no_rendition_cache(settings):
    settings.CACHES = {
        **settings.CACHES,
        "renditions": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


@pytest.mark.usefixtures("no_rendition_cache")
def test_every_demo_page_stays_within_the_budget_with_few_or_many_pages(client, demo_site):
    pages = demo_pages()
    before = counts(client, pages)
    over = {name: count for name, count in before.items() if count > QUERY_BUDGET}
    assert not over, f"over {QUERY_BUDGET} queries with the demo content: {over}"
    add_demo_content(MANY)
    after = counts(client, pages)
    changed = {name: (before[name], after[name]) for name in pages if after[name] != before[name]}
    assert not changed, f"(demo, {MANY} more articles and events): {changed}"
