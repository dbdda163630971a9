"""The demo site: the page tree of the real site, filled with the seed texts."""

import datetime
import itertools
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify
from wagtail.models import Collection, CollectionViewRestriction, Page, PageViewRestriction

from agenda.models import AgendaIndexPage, EventPage, EventTheme
from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor
from contact.models import ContactPage, FormField
from members.models import (
    FeeScale,
    FeeTier,
    MemberDirectoryPage,
    MemberOrganisation,
    MembershipPage,
    Municipality,
)
from members.provinces import province_for_postcode
from news.models import NewsIndexPage, NewsPage
from publications.models import (
    PublicationDocument,
    PublicationIndexPage,
    PublicationPage,
    PublicationPageAuthor,
)
from sociaalwerk.core.members_only import members_group
from sociaalwerk.core.models import (
    ArticleTheme,
    Author,
    FooterLink,
    SiteSettings,
    StandardPage,
    ThemeIndexPage,
    ThemePage,
)
from sociaalwerk.demo import seeds
from sociaalwerk.demo.documents import pdf_document
from sociaalwerk.demo.images import demo_image
from sociaalwerk.demo.tree import Tree


def load():
    """Build the demo tree; return how many items were created (0 on a second run)."""
    tree = Tree()
    home = tree.home(seeds.site.SITE_NAME)
    theme_index = tree.child(home, ThemeIndexPage(show_in_menus=True, **seeds.site.THEME_INDEX))
    themes = {
        seed["slug"]: tree.child(theme_index, theme_page(seed)) for seed in seeds.themes.THEMES
    }
    indexes = {
        NewsPage: tree.child(home, NewsIndexPage(show_in_menus=True, **seeds.site.NEWS_INDEX)),
        BlogPage: tree.child(home, BlogIndexPage(show_in_menus=True, **seeds.site.BLOG_INDEX)),
        PublicationPage: tree.child(
            home, PublicationIndexPage(show_in_menus=True, **seeds.site.PUBLICATION_INDEX)
        ),
    }
    privacy = tree.child(home, StandardPage(**seeds.site.PRIVACY_PAGE))
    agenda = tree.child(
        home,
        AgendaIndexPage(show_in_menus=True, privacy_page=privacy, **seeds.events.AGENDA_INDEX),
    )
    membership = tree.child(
        home,
        MembershipPage(show_in_menus=True, privacy_page=privacy, **seeds.site.MEMBERSHIP_PAGE),
    )
    tree.child(home, MemberDirectoryPage(show_in_menus=True, **seeds.site.DIRECTORY_PAGE))
    if not home.intro:
        fill_home(home, news_index=indexes[NewsPage], membership=membership)
        tree.created += 1
    contact = tree.child(home, contact_page())
    accessibility = tree.child(home, StandardPage(**seeds.site.ACCESSIBILITY_PAGE))
    load_site_settings(tree, home, footer_pages=[membership, contact, privacy, accessibility])

    authors = {seed["name"]: author(tree, seed) for seed in seeds.themes.AUTHORS}
    pictures = itertools.cycle(picture_pool())
    for seed in seeds.news.NEWS:
        page = article(
            NewsPage,
            seed,
            themes,
            external_url=seed.get("external_url", ""),
            listing_image=next(pictures),
        )
        tree.child(indexes[NewsPage], page)
    for seed in seeds.blogs.BLOGS:
        page = article(
            BlogPage, seed, themes, subtitle=seed["subtitle"], listing_image=next(pictures)
        )
        page.author_links = [BlogPageAuthor(author=authors[name]) for name in seed["authors"]]
        tree.child(indexes[BlogPage], page)
    for seed in seeds.publications.PUBLICATIONS:
        page = article(
            PublicationPage,
            seed,
            themes,
            publication_type=seed["publication_type"],
            listing_image=next(pictures),
        )
        page.author_links = [
            PublicationPageAuthor(author=authors[name]) for name in seed["authors"]
        ]
        page.document_links = [
            PublicationDocument(document=pdf_document(doc["title"], doc["filename"]))
            for doc in seed["documents"]
        ]
        tree.child(indexes[PublicationPage], page)
    today = timezone.localdate()
    for seed in seeds.events.EVENTS:
        tree.child(agenda, event(seed, themes, today, image=next(pictures)))
    for number, seed in enumerate(seeds.members.ORGANISATIONS, start=1):
        member_organisation(tree, number, *seed)
    load_members_only(tree, home, indexes[NewsPage], themes)
    fee_scale(tree, seeds.members.FEE_SCALE)
    return tree.created


def load_members_only(tree, home, news_index, themes):
    """The help desk page, a "Beste leden" news item linking to the minutes, and the
    minutes, for members only: each under a view restriction for the group "Leden", as
    an editor sets it."""
    members = members_group()
    collection = Collection.objects.filter(name=seeds.members_only.COLLECTION).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=seeds.members_only.COLLECTION)
        restriction = CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.GROUPS
        )
        restriction.groups.set([members])
        tree.created += 1
    minutes = pdf_document(**seeds.members_only.DOCUMENT)
    if minutes.collection_id != collection.pk:
        minutes.collection = collection
        minutes.save()
    helpdesk = tree.child(home, StandardPage(**seeds.members_only.HELPDESK_PAGE))
    # A picture of its own: it is the newest article, and neighbours in a listing differ.
    picture = demo_image("Algemene ledenvergadering", "ledenvergadering")
    news = article(NewsPage, seeds.members_only.NEWS, themes, listing_image=picture)
    news.body.append(
        ("paragraph", f'<p><a linktype="document" id="{minutes.pk}">{minutes.title}</a></p>')
    )
    news = tree.child(news_index, news)
    for page in (helpdesk, news):
        if not PageViewRestriction.objects.filter(page=page).exists():
            restriction = PageViewRestriction.objects.create(
                page=page, restriction_type=PageViewRestriction.GROUPS
            )
            restriction.groups.set([members])


def fill_home(home, news_index, membership):
    """The welcome, the hero image, the latest news with a link to all news, the agenda
    and the invitation to join."""
    home.intro = seeds.site.HOME_INTRO
    home.hero_image = demo_image("Sociaal Werk Nederland", "home")
    home.body = [
        (
            "latest_news",
            {
                "heading": "Laatste nieuws",
                "count": 6,
                "this_theme_only": False,
                "overview": news_index,
            },
        ),
        ("agenda", {"heading": "Agenda", "count": 3, "this_theme_only": False}),
        ("heading", {"text": seeds.site.HOME_INVITATION["heading"], "level": "h2"}),
        ("paragraph", seeds.site.HOME_INVITATION["text"]),
        ("call_to_action", {"text": seeds.site.HOME_INVITATION["button"], "page": membership}),
    ]
    home.save_revision().publish()


PICTURE_POOL_SIZE = 7


def picture_pool():
    """The pictures the articles and events take in turn. A few, shared: neighbouring
    cards differ, and every page needs few renditions, which keeps the tests fast."""
    return [demo_image(f"Demobeeld {n}", f"demo-{n}") for n in range(1, PICTURE_POOL_SIZE + 1)]


def contact_page():
    """The contact form: name, e-mail, subject and message."""
    page = ContactPage(show_in_menus=True, **seeds.site.CONTACT_PAGE)
    page.form_fields = [
        FormField(label=label, field_type=field_type, required=required)
        for label, field_type, required in seeds.site.CONTACT_FIELDS
    ]
    return page


def theme_page(seed):
    intro = {"heading": seed["title"], "lead": seed["lead"], "more": seed["more"]}
    return ThemePage(
        title=seed["title"],
        slug=seed["slug"],
        intro=[("theme_intro", intro)],
        image=demo_image(seed["title"], seed["slug"]),
    )


# Where a sentence may end; a seed text ending otherwise was cut off by the real site.
SENTENCE_END = (".", "!", "?", "…", "”", '"', ")", ":")


def marked_as_cut(text):
    """``text``, ending in "…" if the real site's listing cut it off mid-sentence (as many
    seeds are: the listing was all we had), so that no text seems to stop halfway."""
    end = "</p>" if text.endswith("</p>") else ""
    words = text.removesuffix(end).rstrip()
    # Text ending in markup (a link, a list) is left as it is.
    if words.endswith((*SENTENCE_END, ">")):
        return text
    return f"{words.rstrip(',;')}…{end}"


def article(model, seed, themes, **fields):
    """An unsaved article of ``model`` from its seed, tied to its theme."""
    page = model(
        title=seed["title"],
        slug=seed["slug"],
        date=seed["date"],
        first_published_at=published_at(seed["date"]),
        intro=marked_as_cut(seed["intro"]),
        body=[("paragraph", marked_as_cut(paragraph)) for paragraph in seed["body"]],
        **fields,
    )
    page.article_themes = [ArticleTheme(theme=themes[seed["theme"]])]
    return page


def event(seed, themes, today, image=None):
    """An unsaved event from its seed, ``days_ahead`` of ``today``, tied to its theme."""
    start = today + datetime.timedelta(days=seed["days_ahead"])
    fields = {
        name: value
        for name, value in seed.items()
        if name not in {"days_ahead", "duration_days", "start_time", "end_time", "theme", "body"}
    }
    page = EventPage(
        start_date=start,
        end_date=(
            start + datetime.timedelta(days=seed["duration_days"] - 1)
            if "duration_days" in seed
            else None
        ),
        start_time=datetime.time(*seed["start_time"]) if "start_time" in seed else None,
        end_time=datetime.time(*seed["end_time"]) if "end_time" in seed else None,
        body=[("paragraph", paragraph) for paragraph in seed["body"]],
        image=image,
        **fields,
    )
    page.event_themes = [EventTheme(theme=themes[seed["theme"]])]
    return page


def published_at(date):
    """Nine in the morning, Dutch time, on ``date``."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(9)))


def author(tree, seed):
    found = Author.objects.filter(name=seed["name"]).first()
    if found is None:
        found = Author.objects.create(name=seed["name"], role=seed["role"])
        tree.created += 1
    return found


def member_organisation(tree, number, name, address, postcode, city, working_area, since):
    """A member organisation and the municipalities it works in, found by its KvK number."""
    kvk_number = f"9000{number:04d}"
    if MemberOrganisation.objects.filter(kvk_number=kvk_number).exists():
        return
    organisation = MemberOrganisation.objects.create(
        name=name,
        kvk_number=kvk_number,
        street_address=address,
        postcode=postcode,
        city=city,
        website=f"https://{slugify(name)}.example",
        member_since=datetime.date(since, 1, 1),
        status="ended" if name in seeds.members.ENDED else "active",
        ended_on=seeds.members.ENDED.get(name),
    )
    organisation.municipalities.set(
        Municipality.objects.get_or_create(
            name=municipality, defaults={"province": organisation.province}
        )[0]
        for municipality in working_area
    )
    tree.created += 1


def fee_scale(tree, seed):
    """This year's fee scale, made once: later edits by the membership administration
    are kept."""
    year = datetime.date.today().year
    if FeeScale.objects.filter(year=year).exists():
        return
    scale = FeeScale.objects.create(
        year=year, minimum=Decimal(seed["minimum"]), maximum=Decimal(seed["maximum"])
    )
    for lower_bound, rate, fixed_amount in seed["tiers"]:
        FeeTier.objects.create(
            scale=scale,
            lower_bound=Decimal(lower_bound),
            rate=rate and Decimal(rate),
            fixed_amount=fixed_amount and Decimal(fixed_amount),
        )
    tree.created += 1


def load_site_settings(tree, home, footer_pages):
    """Address and footer links, set once; later edits by the bureau are kept."""
    site_settings = SiteSettings.for_site(home.get_site())
    if site_settings.footer_links.exists():
        return
    for field, value in seeds.site.SITE_SETTINGS.items():
        setattr(site_settings, field, value)
    site_settings.footer_links = [FooterLink(page=page) for page in footer_pages]
    site_settings.save()
    tree.created += 1


GENERATED_SLUG = "demo-artikel-{:05d}"
GENERATED_TYPES = (NewsPage, BlogPage, PublicationPage)


def generate_articles(count, progress=None):
    """Add generated articles ``demo-artikel-00000`` … up to ``count`` (for benchmarks).

    Spread over the three types, both themes and the years 2014–2025, each type over
    every year. Articles that exist already are skipped, so the same count twice adds
    nothing. For speed they are published without revisions. Returns how many were
    created.
    """
    themes = list(ThemePage.objects.order_by("path"))
    indexes = {
        NewsPage: NewsIndexPage.objects.get(),
        BlogPage: BlogIndexPage.objects.get(),
        PublicationPage: PublicationIndexPage.objects.get(),
    }
    first_author = Author.objects.order_by("pk").first()
    slugs = [GENERATED_SLUG.format(number) for number in range(count)]
    existing = set(
        Page.objects.filter(slug__startswith="demo-artikel-").values_list("slug", flat=True)
    )
    todo = [
        (number, slug, model)
        for number, (slug, model) in enumerate(zip(slugs, itertools.cycle(GENERATED_TYPES)))
        if slug not in existing
    ]
    for number, slug, model in todo:
        page = generated_article(model, number, slug, themes, first_author)
        indexes[model].add_child(instance=page)
        if progress:
            progress(number + 1, count)
    return len(todo)


def generated_article(model, number, slug, themes, author):
    # Each run of three (news, blog, publication) shares a date, so every type covers
    # every year and listings of one type interleave with the others, as on the real site.
    run = number // len(GENERATED_TYPES)
    date = datetime.date(2014 + run % 12, 1 + run // 12 % 12, 1 + run // 144 % 28)
    page = model(
        title=f"Voorbeeldartikel {number + 1} over sociaal werk in de wijk",
        slug=slug,
        date=date,
        live=True,
        first_published_at=published_at(date),
        intro=(
            "Een gegenereerd voorbeeldartikel om de site met veel inhoud te meten. "
            "Sociaal werkers werken samen met bewoners in wijken en buurten."
        ),
        body=[("paragraph", "<p>Gegenereerde tekst voor metingen.</p>")],
    )
    page.article_themes = [ArticleTheme(theme=themes[number % len(themes)])]
    if model is not NewsPage and author is not None:
        link_model = BlogPageAuthor if model is BlogPage else PublicationPageAuthor
        page.author_links = [link_model(author=author)]
    return page


# Generated members' KvK numbers: 91000000 and up, apart from the seeds' 9000….
GENERATED_KVK = "91{:06d}"
GENERATED_KVK_PREFIX = "91"


def generate_member_organisations(count):
    """Add active member organisations ``91000000`` … up to ``count`` (for benchmarks):
    each in a seed organisation's city, province and municipalities, so a search for a
    city or a province filter finds a share of them. Made in bulk, without signals, for
    speed: the caller marks the directory as changed. Existing ones (by KvK number) are
    skipped, so the same count twice adds nothing. Returns how many were created."""
    existing = set(
        MemberOrganisation.objects.filter(kvk_number__startswith=GENERATED_KVK_PREFIX).values_list(
            "kvk_number", flat=True
        )
    )
    organisations, working_areas = [], []
    for number in range(count):
        seed = seeds.members.ORGANISATIONS[number % len(seeds.members.ORGANISATIONS)]
        _name, address, postcode, city, working_area, since = seed
        kvk_number = GENERATED_KVK.format(number)
        if kvk_number in existing:
            continue
        organisations.append(
            MemberOrganisation(
                name=f"Voorbeeldlid {number + 1:04d} {city}",
                kvk_number=kvk_number,
                street_address=address,
                postcode=postcode,
                city=city,
                province=province_for_postcode(postcode),
                website=f"https://voorbeeldlid-{number + 1:04d}.example",
                member_since=datetime.date(since, 1, 1),
            )
        )
        working_areas.append(working_area)
    MemberOrganisation.objects.bulk_create(organisations, batch_size=500)
    municipalities = municipalities_named({name for area in working_areas for name in area})
    Through = MemberOrganisation.municipalities.through
    Through.objects.bulk_create(
        [
            Through(memberorganisation_id=organisation.pk, municipality_id=municipalities[name].pk)
            for organisation, area in zip(organisations, working_areas, strict=True)
            for name in area
        ],
        batch_size=1000,
    )
    return len(organisations)


def municipalities_named(names):
    """The municipalities of these names by name, made where missing (in the province of
    the seed organisation that works there)."""
    found = {m.name: m for m in Municipality.objects.filter(name__in=names)}
    provinces = {
        name: province_for_postcode(postcode)
        for _name, _address, postcode, _city, area, _since in seeds.members.ORGANISATIONS
        for name in area
    }
    Municipality.objects.bulk_create(
        [Municipality(name=name, province=provinces[name]) for name in names - found.keys()]
    )
    return {m.name: m for m in Municipality.objects.filter(name__in=names)}
