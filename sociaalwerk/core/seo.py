"""sitemap.xml and robots.txt: which pages search engines find, and which they may crawl.

The metadata in each page's ``<head>`` (description, canonical address, Open Graph,
JSON-LD) is built by the ``seo_tags`` template tags.
"""

from django.http import HttpResponse
from django.urls import path, reverse
from django.views.decorators.http import require_safe
from wagtail.contrib.sitemaps.views import sitemap

from sociaalwerk.core.page_cache import PAGES, cached_view

# Not for search engines: the editors' admin, and the search results, whose pages for
# every possible query would be crawled without end.
DISALLOWED_URL_NAMES = ["wagtailadmin_home", "search"]


@require_safe
def robots_txt(request):
    """Every crawler may fetch everything except the admin and the site search; the
    sitemap is named by its absolute address, as the robots.txt standard requires."""
    lines = [
        "User-agent: *",
        *(f"Disallow: {reverse(name)}" for name in DISALLOWED_URL_NAMES),
        "",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


urlpatterns = [
    # Every live, public page of the requested site, with its last publication date.
    path("sitemap.xml", cached_view(PAGES)(sitemap), name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
]
