"""Members-only content: pages that editors place under Wagtail's view restriction for
the members' group ("Leden"), and the pages below them.

Members see them as any other page. Everyone else sees members-only *articles* in the
site's listings and search with their title and lead only, marked "Alleen voor leden"
with a link to the login, unless the editor hid the article from them entirely; the
page itself sends an anonymous visitor to the login and refuses a logged-in non-member
(``members.restricted``). Feeds, the sitemap and the calendars show public pages only.

Which pages are members-only is read in the listing's own query
(``view_restrictions``); who is a member, once per request.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.http import QueryDict
from django.urls import reverse

# The members' group: it has no permission (``editorial.roles`` keeps it so).
MEMBERS_GROUP = "Leden"

# Who a listing is for. PUBLIC: what anyone may read (feeds, sitemap, calendars).
# VISITORS: anonymous visitors and logged-in non-members on the site's pages, who see
# members-only articles marked, without those the editor hid from them. MEMBERS: the
# members, who see every members-only article as any other.
PUBLIC, VISITORS, MEMBERS = "public", "visitors", "members"


def members_group():
    """The members' group, created where it is missing."""
    return Group.objects.get_or_create(name=MEMBERS_GROUP)[0]


def is_member(user):
    """Whether ``user`` passes the members' restriction, as Wagtail decides it: in the
    group, or a superuser (whom Wagtail lets through every group restriction)."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MEMBERS_GROUP).exists()


def audience(request):
    """VISITORS or MEMBERS: who the listings of ``request`` are for. Anonymous visitors
    cost no query; a logged-in user one, once per request."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return VISITORS
    if not hasattr(request, "_members_only_audience"):
        request._members_only_audience = MEMBERS if is_member(user) else VISITORS
    return request._members_only_audience


def login_url(next_url):
    """The site's login, returning to ``next_url`` after it: the address Wagtail sends
    an anonymous visitor of a members-only page to."""
    login = getattr(settings, "WAGTAIL_FRONTEND_LOGIN_URL", None) or reverse("wagtailcore_login")
    query = QueryDict(mutable=True)
    query["next"] = next_url
    return f"{login}?{query.urlencode(safe='/')}"
