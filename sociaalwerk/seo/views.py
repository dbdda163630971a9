"""robots.txt: what search engines may crawl, and where the sitemap is."""

from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_safe

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
