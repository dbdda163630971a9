"""Factories for pages, snippets, documents and settings: the one way tests build content."""

import datetime
from decimal import Decimal
from types import SimpleNamespace

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection, CollectionViewRestriction, Locale, Page, Site

from agenda.models import AgendaIndexPage, EventPage, EventTheme
from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor
from members.models import (
    ContactPerson,
    FeeScale,
    FeeTier,
    MemberOrganisation,
    MembershipApplication,
    Municipality,
)
from news.models import NewsIndexPage, NewsPage
from publications.models import (
    PublicationDocument,
    PublicationIndexPage,
    PublicationPage,
    PublicationPageAuthor,
)
from sociaalwerk.core.models import (
    ArticleTheme,
    Author,
    HomePage,
    SiteSettings,
    StandardPage,
    ThemeIndexPage,
    ThemePage,
)


class PageFactory(wagtail_factories.PageFactory):
    class Meta:
        abstract = True
        skip_postgeneration_save = True


class HomePageFactory(PageFactory):
    title = "Sociaal Werk Nederland"
    slug = "start"
    intro = "<p>Welkom bij de branchevereniging.</p>"

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Pagina {n}")
    intro = "<p>Inleiding.</p>"
    body = "<p>Tekst van de pagina.</p>"

    class Meta:
        model = StandardPage


class ThemeIndexPageFactory(PageFactory):
    title = "Thema's"
    slug = "thema"

    class Meta:
        model = ThemeIndexPage


class ThemePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    intro = factory.LazyAttribute(
        lambda o: [
            (
                "theme_intro",
                {
                    "heading": o.title,
                    "lead": "<p>Korte inleiding op het thema.</p>",
                    "more": "<p>De langere uitleg die eerst is ingeklapt.</p>",
                },
            )
        ]
    )

    class Meta:
        model = ThemePage


class NewsIndexPageFactory(PageFactory):
    title = "Nieuws"
    slug = "nieuws"

    class Meta:
        model = NewsIndexPage


class BlogIndexPageFactory(PageFactory):
    title = "Blogs"
    slug = "blogs"

    class Meta:
        model = BlogIndexPage


class PublicationIndexPageFactory(PageFactory):
    title = "Publicaties"
    slug = "publicaties"

    class Meta:
        model = PublicationIndexPage


class AgendaIndexPageFactory(PageFactory):
    title = "Agenda"
    slug = "agenda"

    class Meta:
        model = AgendaIndexPage


class EventPageFactory(PageFactory):
    """An event in the days ahead, 13.00–17.00; pass ``themes=[...]`` to tie it to themes."""

    title = factory.Sequence(lambda n: f"Activiteit {n}")
    start_date = factory.Sequence(lambda n: datetime.date.today() + datetime.timedelta(days=7 + n))
    start_time = datetime.time(13, 0)
    end_time = datetime.time(17, 0)
    intro = "Een middag over sociaal werk in de wijk, voor leden en partners."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>Het programma van de middag.</p>")])
    venue = "Jaarbeurs"
    city = "Utrecht"
    event_themes = factory.LazyAttribute(
        lambda o: [EventTheme(theme=theme, sort_order=n) for n, theme in enumerate(o.themes)]
    )

    class Meta:
        model = EventPage

    class Params:
        themes = ()


class AuthorFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Auteur {n}")
    role = "Beleidsadviseur"

    class Meta:
        model = Author


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    file = factory.django.FileField(filename="rapport.pdf", data=b"%PDF-1.4 test")
    file_size = 13


class ArticlePageFactory(PageFactory):
    """Base of the article factories: pass ``themes=[...]`` to tie the article to themes."""

    title = factory.Sequence(lambda n: f"Artikel {n}")
    date = factory.Sequence(lambda n: datetime.date(2020, 1, 1) + datetime.timedelta(days=n))
    intro = "Een korte samenvatting van het artikel voor de lezer."
    body = factory.LazyFunction(lambda: [("paragraph", "<p>De tekst van het artikel.</p>")])
    article_themes = factory.LazyAttribute(
        lambda o: [ArticleTheme(theme=theme, sort_order=n) for n, theme in enumerate(o.themes)]
    )

    class Meta:
        abstract = True

    class Params:
        themes = ()


class NewsPageFactory(ArticlePageFactory):
    class Meta:
        model = NewsPage


class BlogPageFactory(ArticlePageFactory):
    subtitle = "Een ondertitel"
    author_links = factory.LazyAttribute(lambda o: [BlogPageAuthor(author=a) for a in o.authors])

    class Meta:
        model = BlogPage

    class Params:
        authors = ()


class PublicationPageFactory(ArticlePageFactory):
    author_links = factory.LazyAttribute(
        lambda o: [PublicationPageAuthor(author=a) for a in o.authors]
    )
    document_links = factory.LazyAttribute(
        lambda o: [PublicationDocument(document=d) for d in o.documents]
    )

    class Meta:
        model = PublicationPage

    class Params:
        authors = ()
        documents = ()


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    organisation_name = factory.Sequence(lambda n: f"Stichting Welzijn {n}")
    kvk_number = "12345678"
    street_address = "Straat 1"
    postcode = "1234 AB"
    city = "Utrecht"
    employees = 5
    contact_name = "Jan de Vries"
    email = "jan@example.org"
    phone = "0301234567"
    privacy_consent = True

    class Meta:
        model = MembershipApplication


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Gemeente {n}")
    province = "utrecht"

    class Meta:
        model = Municipality
        django_get_or_create = ("name",)


class MemberOrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Welzijn Lid {n}")
    kvk_number = factory.Sequence(lambda n: f"{40000000 + n:08d}")
    street_address = "Oudegracht 1"
    postcode = "3511 AA"
    city = "Utrecht"
    member_since = datetime.date(2020, 1, 1)

    class Meta:
        model = MemberOrganisation
        skip_postgeneration_save = True

    @factory.post_generation
    def municipalities(self, create, names):
        if create and names:
            self.municipalities.set(MunicipalityFactory(name=name) for name in names)


class FeeScaleFactory(factory.django.DjangoModelFactory):
    """A year's fee scale; ``tiers`` as (lower bound, rate ‰, fixed amount) strings, one
    of the last two None. By default the demo's kind of scale: a fixed amount, then rates."""

    year = factory.LazyFunction(lambda: datetime.date.today().year)
    minimum = Decimal("350")
    maximum = Decimal("30000")

    class Meta:
        model = FeeScale
        skip_postgeneration_save = True

    @factory.post_generation
    def tiers(self, create, tiers):
        if not create:
            return
        if tiers is None:
            tiers = [("0", None, "350"), ("500000", "0.9", None), ("2500000", "0.8", None)]
        FeeTier.objects.bulk_create(
            FeeTier(
                scale=self,
                sort_order=number,
                lower_bound=Decimal(lower_bound),
                rate=rate and Decimal(rate),
                fixed_amount=fixed_amount and Decimal(fixed_amount),
            )
            for number, (lower_bound, rate, fixed_amount) in enumerate(tiers)
        )


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"lid{n}@example.org")
    email = factory.SelfAttribute("username")
    first_name = "Anna"
    last_name = factory.Sequence(lambda n: f"de Vries {n}")

    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)


class ContactPersonFactory(factory.django.DjangoModelFactory):
    """A contact person with an account of their own, of a new organisation unless one
    is given."""

    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(MemberOrganisationFactory)
    role = "Directeur"
    phone = "030 123 45 67"

    class Meta:
        model = ContactPerson


def ensure_root_page():
    """Wagtail's root page, root collection and default locale, which migrations create
    and a flush removes.

    Transactional tests (the browser tests) empty every table after each test.
    """
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        Locale.objects.get_or_create(language_code="nl")
        root = Page.add_root(instance=Page(title="Root", slug="root"))
    return root


def build_site(**home_fields):
    """A HomePage that the default Site serves, in place of Wagtail's welcome page."""
    root = ensure_root_page()
    home = HomePageFactory(parent=root, **home_fields)
    site, _ = Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    # As a site in use has them: else the first request creates them, which renews the
    # site frame that request has just stored.
    SiteSettings.for_site(site)
    return home


def build_content_site():
    """Home, two themes and the three article indexes, without articles."""
    home = build_site()
    theme_index = ThemeIndexPageFactory(parent=home)
    return SimpleNamespace(
        home=home,
        theme_index=theme_index,
        theme=ThemePageFactory(parent=theme_index, title="Sociale verbondenheid"),
        other_theme=ThemePageFactory(parent=theme_index, title="Sterke sociale basis"),
        news_index=NewsIndexPageFactory(parent=home),
        blog_index=BlogIndexPageFactory(parent=home),
        publication_index=PublicationIndexPageFactory(parent=home),
        agenda=AgendaIndexPageFactory(parent=home),
    )


def private_document(content, *, groups=(), password=""):
    """A document holding ``content`` in a collection of its own, readable only by
    members of ``groups`` or, with ``password``, by whoever knows it."""
    ensure_root_page()
    collection = Collection.get_first_root_node().add_child(name="Bestuur")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection,
        restriction_type=(
            CollectionViewRestriction.PASSWORD if password else CollectionViewRestriction.GROUPS
        ),
        password=password,
    )
    restriction.groups.set(groups)
    return DocumentFactory(
        title="Notulen van het bestuur",
        collection=collection,
        file=SimpleUploadedFile("notulen.pdf", content),
        file_size=len(content),
    )
