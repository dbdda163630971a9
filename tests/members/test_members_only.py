"""Members-only content leaks to nobody who is not a member: not to an anonymous
visitor, a logged-in non-member, or a contact person whose organisation's membership
ended, through the page itself, the listings, the search, the feeds, the sitemap, the
documents or the page cache. Members see it all, among the rest."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from members.models import MemberOrganisation
from sociaalwerk.core.members_only import MEMBERS_GROUP
from tests.factories import (
    ContactPersonFactory,
    DocumentFactory,
    EventPageFactory,
    NewsPageFactory,
)

pytestmark = pytest.mark.django_db

# Words that appear only in the body of the members-only article.
SECRET = "Ledenvergaderingsgeheim"
DOCUMENT_BYTES = b"%PDF-1.4 alleen voor leden: de notulen"
OUTSIDERS = ["anonymous", "non-member", "ended membership"]
LISTINGS = [
    "/",
    "/nieuws/",
    "/thema/sociale-verbondenheid/",
    "/thema/sociale-verbondenheid/nieuws/",
]


def members_only(page, group):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([group])
    return restriction


@pytest.fixture
def members(db):
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


@pytest.fixture
def site(content_site, members):
    theme = [content_site.theme]
    content_site.public = NewsPageFactory(
        parent=content_site.news_index, themes=theme, title="Openbaar nieuws over de wijk"
    )
    content_site.secret = NewsPageFactory(
        parent=content_site.news_index,
        themes=theme,
        title="Beste leden, de agenda van de ledenvergadering",
        intro="De leden komen in juni bijeen.",
        body=[("paragraph", f"<p>{SECRET}: het besluit over de contributie.</p>")],
    )
    content_site.hidden = NewsPageFactory(
        parent=content_site.news_index,
        themes=theme,
        title="Verborgen ledenbericht",
        hide_from_non_members=True,
    )
    members_only(content_site.secret, members)
    members_only(content_site.hidden, members)
    collection = Collection.get_first_root_node().add_child(name="Alleen voor leden")
    restriction = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type=CollectionViewRestriction.GROUPS
    )
    restriction.groups.set([members])
    content_site.document = DocumentFactory(
        title="Notulen ledenvergadering",
        collection=collection,
        file=SimpleUploadedFile("notulen.pdf", DOCUMENT_BYTES),
        file_size=len(DOCUMENT_BYTES),
    )
    return content_site


@pytest.fixture
def log_in(client, django_user_model):
    """Make ``client`` the given kind of visitor: a member is the contact person of an
    active organisation; an ended membership is one whose organisation has ended, as
    Ledenadministratie records it."""

    def log_in(who):
        if who == "anonymous":
            return client
        if who == "non-member":
            user = django_user_model.objects.get_or_create(username="non-member")[0]
        else:
            user = ContactPersonFactory().user
        if who == "ended membership":
            organisation = user.contact_person.organisation
            organisation.status = MemberOrganisation.Status.ENDED
            organisation.ended_on = datetime.date(2026, 1, 1)
            organisation.save()
        client.force_login(user)
        return client

    return log_in


def content(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode(errors="replace")
    return response.content.decode()


def assert_never_cached(response):
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


# The page itself


def test_an_anonymous_visitor_is_sent_to_the_login_and_back(client, site):
    response = client.get(site.secret.url)
    assert response.status_code == 302
    assert response["Location"] == f"/inloggen/?next={site.secret.url}"
    assert_never_cached(response)


@pytest.mark.parametrize("who", ["non-member", "ended membership"])
def test_a_logged_in_non_member_is_refused_without_a_login_loop(log_in, site, who):
    response = log_in(who).get(site.secret.url)
    assert response.status_code == 403
    html = content(response)
    assert 'class="error-page members-refusal"' in html
    assert SECRET not in html and site.secret.title not in html
    assert "/inloggen/?next=" in html  # another account, not the same login again
    assert_never_cached(response)


def test_another_groups_page_is_refused_as_no_access(log_in, site):
    board = Group.objects.create(name="Bestuur")
    PageViewRestriction.objects.filter(page=site.secret).get().groups.set([board])
    html = content(log_in("non-member").get(site.secret.url))
    assert "members-refusal" in html and SECRET not in html


def test_a_member_reads_the_page_and_no_one_caches_it(log_in, site):
    response = log_in("member").get(site.secret.url)
    assert response.status_code == 200 and SECRET in content(response)
    assert_never_cached(response)


# Listings


@pytest.mark.parametrize("who", OUTSIDERS)
@pytest.mark.parametrize("url", LISTINGS)
def test_outsiders_see_title_and_lead_marked_never_the_body(log_in, site, who, url):
    html = content(log_in(who).get(url))
    assert site.public.title in html
    if url != "/":  # the home page's block shows the newest few, of every theme
        assert site.secret.title in html and site.secret.intro in html
        assert 'class="card card--members-only"' in html
        assert f'href="/inloggen/?next={site.secret.url}"' in html
    assert SECRET not in html
    assert site.hidden.title not in html


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_see_members_only_related_articles_marked(log_in, site, who):
    html = content(log_in(who).get(site.public.url))
    assert site.secret.title in html and "card--members-only" in html
    assert SECRET not in html and site.hidden.title not in html


@pytest.mark.parametrize("url", [*LISTINGS[1:], "related"])
def test_members_see_members_only_articles_among_the_others(log_in, site, url):
    client = log_in("member")
    html = content(client.get(site.public.url if url == "related" else url))
    assert site.secret.title in html and site.hidden.title in html
    assert "card--members-only" not in html


@pytest.mark.parametrize(("who", "listed"), [("anonymous", 2), ("member", 3)])
@pytest.mark.parametrize("query", ["", "?thema=sociale-verbondenheid", "?jaar={year}"])
def test_an_overview_counts_what_its_visitor_may_see_listed(log_in, site, who, listed, query):
    response = log_in(who).get("/nieuws/" + query.format(year=site.public.date.year))
    assert response.context["articles"].paginator.count == listed
    assert len(response.context["articles"]) == listed


def test_a_page_under_another_restriction_stays_out_of_every_listing(log_in, site):
    PageViewRestriction.objects.create(
        page=site.secret, restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )
    for who in ("anonymous", "member"):
        html = content(log_in(who).get("/nieuws/"))
        assert site.public.title in html and site.secret.title not in html


# Search


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_never_find_a_members_only_article_by_its_text(log_in, site, who):
    html = content(log_in(who).get(f"/zoeken/?q={SECRET}"))
    shown = html.replace(f'value="{SECRET}"', "").replace(f"“{SECRET}”", "")  # the query
    assert site.secret.title not in html and SECRET not in shown


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_find_a_members_only_article_by_its_title_marked(log_in, site, who):
    html = content(log_in(who).get("/zoeken/?q=ledenvergadering"))
    assert site.secret.title in html and site.secret.intro in html
    assert 'class="members-only"' in html and SECRET not in html
    html = content(log_in(who).get("/zoeken/?q=verborgen"))
    assert site.hidden.title not in html


def test_members_find_members_only_articles_by_their_text(log_in, site):
    client = log_in("member")
    html = content(client.get(f"/zoeken/?q={SECRET}"))
    assert site.secret.title in html and 'class="members-only"' not in html
    assert site.hidden.title in content(client.get("/zoeken/?q=verborgen"))


def test_a_members_search_kept_in_the_cache_is_not_shown_to_others(log_in, site, settings):
    settings.PAGE_CACHE_SECONDS = settings.SEARCH_CACHE_SECONDS = 3600
    cache.clear()
    assert site.secret.title in content(log_in("member").get(f"/zoeken/?q={SECRET}"))
    log_in("member").logout()
    assert site.secret.title not in content(log_in("anonymous").get(f"/zoeken/?q={SECRET}"))


# Feeds, sitemap


@pytest.mark.parametrize("who", [*OUTSIDERS, "member"])
@pytest.mark.parametrize(
    "url",
    [
        "/feeds/artikelen/",
        "/feeds/artikelen/atom/",
        "/feeds/nieuws/",
        "/feeds/thema/sociale-verbondenheid/",
        "/sitemap.xml",
    ],
)
def test_no_feed_and_no_sitemap_shows_members_only_articles(log_in, site, who, url):
    text = content(log_in(who).get(url))
    assert site.public.url in text or site.public.title in text
    for page in (site.secret, site.hidden):
        assert page.title not in text and page.url not in text
    assert SECRET not in text


@pytest.mark.parametrize("who", [*OUTSIDERS, "member"])
def test_a_members_only_event_is_in_no_agenda_listing_and_no_calendar(log_in, site, members, who):
    event = EventPageFactory(parent=site.agenda, themes=[site.theme], title="Ledenborrel")
    members_only(event, members)
    client = log_in(who)
    for url in ("/agenda/", "/", "/thema/sociale-verbondenheid/", "/agenda/agenda.ics"):
        assert event.title not in content(client.get(url)), url
    assert client.get(f"/agenda/activiteit/{event.slug}.ics").status_code == 404
    assert client.get(event.url).status_code == {"member": 200, "anonymous": 302}.get(who, 403)


# Documents


def test_an_anonymous_visitor_is_sent_to_the_login_for_a_document(client, site):
    response = client.get(site.document.url)
    assert response.status_code == 302
    assert response["Location"].startswith("/inloggen/?next=")
    assert DOCUMENT_BYTES.decode() not in content(response)
    assert_never_cached(response)


@pytest.mark.parametrize("who", ["non-member", "ended membership"])
def test_a_logged_in_non_member_gets_a_refusal_not_the_document(log_in, site, who):
    response = log_in(who).get(site.document.url)
    assert response.status_code == 403 and "members-refusal" in content(response)
    assert DOCUMENT_BYTES.decode() not in content(response)
    assert_never_cached(response)


def test_a_member_gets_the_document_and_no_one_caches_it(log_in, site):
    response = log_in("member").get(site.document.url)
    assert response.status_code == 200 and content(response) == DOCUMENT_BYTES.decode()
    assert_never_cached(response)


# The page cache


def test_what_a_member_saw_never_reaches_an_anonymous_visitor_from_the_cache(
    client, log_in, site, settings
):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    member = log_in("member")
    for url in (site.secret.url, "/nieuws/", site.public.url):
        member.get(url)
    member.logout()
    client.cookies.clear()
    assert client.get(site.secret.url).status_code == 302
    for url in ("/nieuws/", site.public.url):
        for attempt in ("stored", "from the cache"):
            response = client.get(url)
            html = content(response)
            assert "card--members-only" in html, (url, attempt)
            assert SECRET not in html and site.hidden.title not in html, (url, attempt)
            assert "public" in response["Cache-Control"]
        assert response["X-Cache"] == "hit"


def test_a_members_only_page_is_never_stored_for_anyone(client, log_in, site, settings):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    member = log_in("member")
    for _ in range(2):
        response = member.get(site.secret.url)
        assert "X-Cache" not in response and SECRET in content(response)
    member.logout()
    client.cookies.clear()
    for _ in range(2):
        response = client.get(site.secret.url)
        assert response.status_code == 302 and "X-Cache" not in response


def test_giving_the_members_group_a_restriction_makes_cached_listings_stale(
    client, commit, site, members, settings
):
    settings.PAGE_CACHE_SECONDS = 3600
    cache.clear()
    restriction = PageViewRestriction.objects.filter(page=site.secret).get()
    commit(restriction.groups.clear)
    assert site.secret.title not in content(client.get("/nieuws/"))
    assert client.get("/nieuws/")["X-Cache"] == "hit"
    commit(restriction.groups.set, [members])
    assert site.secret.title in content(client.get("/nieuws/"))
