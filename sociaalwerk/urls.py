from django.conf import settings
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from sociaalwerk.core import health, search_views

urlpatterns = [
    path("health/", health.health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include(wagtaildocs_urls)),
    path("zoeken/", search_views.search, name="search"),
    path("", include("sociaalwerk.core.feeds")),
    path("", include("sociaalwerk.core.seo")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    # Uploaded files in development; static files come from whitenoise everywhere.
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's page serving catches everything else, so it comes last.
urlpatterns += [path("", include(wagtail_urls))]

handler500 = "sociaalwerk.core.error_views.server_error"
