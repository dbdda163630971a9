"""Every URL of the site, and what may be answered from the page cache: the views
decorated with ``cached_view`` (each with the tags of what it shows) and Wagtail's
pages (``cached_pages``: each page type declares its own tags). Nothing else is ever
looked up in the cache."""

from pathlib import Path

from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail import views as wagtail_views
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.views import account
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from agenda import urls as agenda_urls
from members import restricted
from members import urls as members_urls
from sociaalwerk.core import feeds
from sociaalwerk.core.cache_tags import ARTICLES, EVENTS, THEMES
from sociaalwerk.operations.health import health
from sociaalwerk.operations.security_headers import admin_policy
from sociaalwerk.page_cache.decorators import cached_pages, cached_view
from sociaalwerk.page_cache.tags import PAGES
from sociaalwerk.public_forms.guards import limit_page_passwords, limit_password_resets
from sociaalwerk.search.views import search
from sociaalwerk.seo.sitemap import PageSitemap
from sociaalwerk.seo.views import robots_txt

# Wagtail's two forms that anyone may send to guess a password or to have mail sent are
# limited (public_forms.guards): each at the same path as Wagtail's, so it is found first.
admin_urlpatterns = [
    path("password_reset/", limit_password_resets(account.PasswordResetView.as_view())),
    *wagtailadmin_urls.urlpatterns,
]

urlpatterns = [
    path("health/", health, name="health"),
    path("admin/", include(decorate_urlpatterns(admin_urlpatterns, admin_policy))),
    # Documents, after their collection's privacy; refused to a logged-in non-member, and
    # never cached when restricted (members.restricted).
    path(
        "documenten/",
        include(
            decorate_urlpatterns(
                wagtaildocs_urls.urlpatterns, restricted.never_cache_restricted_documents
            )
        ),
    ),
    path("zoeken/", search, name="search"),
    path(
        "",
        include(
            (decorate_urlpatterns(feeds.urlpatterns, cached_view(ARTICLES, THEMES)), "feeds"),
        ),
    ),
    # The calendars (.ics) of the agenda, of each theme and of each event; each records
    # when it changes by itself (an event leaves it), which the page cache honours.
    path(
        "agenda/",
        include(
            (
                decorate_urlpatterns(agenda_urls.urlpatterns, cached_view(EVENTS, THEMES)),
                "calendars",
            )
        ),
    ),
    # Every live, public page of the requested site, with its last publication date.
    path(
        "sitemap.xml",
        cached_view(PAGES)(sitemap),
        {"sitemaps": {"wagtail": PageSitemap}},
        name="sitemap",
    ),
    path("robots.txt", robots_txt, name="robots_txt"),
    # The members' area (log in, their organisation): personal, so never cached.
    path("", include(members_urls)),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Uploaded images in development, as the proxy serves them in production (README);
    # never the documents beside them, which only the document view above may serve,
    # after checking their collection's privacy. Static files come from whitenoise.
    for folder in settings.PUBLIC_MEDIA_FOLDERS:
        urlpatterns += static(
            f"{settings.MEDIA_URL}{folder}/", document_root=Path(settings.MEDIA_ROOT, folder)
        )

# Wagtail's page serving catches everything else, so it comes last.
urlpatterns += [
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        limit_page_passwords(wagtail_views.authenticate_with_password),
    ),
    path("", include(decorate_urlpatterns(wagtail_urls.urlpatterns, cached_pages))),
]

handler500 = "sociaalwerk.operations.error_views.server_error"
