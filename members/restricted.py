"""Members-only pages and documents for someone who is logged in but may not read them.

Wagtail answers a group restriction that a request does not pass with a redirect to
the login, also when the visitor is logged in: a contact person of an ended
membership, or an editor outside the members' group, would log in and land on the
login again. Logged-in visitors get a refusal in Dutch instead (403), which says what
to do; anonymous visitors still go to the login (``WAGTAIL_FRONTEND_LOGIN_URL``), with
the page to return to. Both, and every members-only response, are never cached: not by
the page cache, a CDN or the browser (``Cache-Control: private, no-store``).

Registered in ``wagtail_hooks``, ahead of Wagtail's own checks.
"""

from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from wagtail.models import BaseViewRestriction

from members.models.pages import MembershipPage
from sociaalwerk.core import members_only

REFUSAL_TEMPLATE = "members/members_only_refusal.html"


def failed_group_restrictions(restrictions, request):
    """The group restrictions among ``restrictions`` that ``request`` does not pass."""
    return [
        restriction
        for restriction in restrictions
        if restriction.restriction_type == BaseViewRestriction.GROUPS
        and not restriction.accept_request(request)
    ]


def is_for_members(restriction):
    return any(group.name == members_only.MEMBERS_GROUP for group in restriction.groups.all())


def refusal(request, failed, *, document=False):
    """The 403 page for a logged-in visitor who failed the restrictions ``failed``."""
    context = {
        # Another group's page (a board's) is not the members' business: then no more
        # than that access is refused.
        "for_members": any(is_for_members(restriction) for restriction in failed),
        "document": document,
        "login_url": members_only.login_url(request.get_full_path()),
        "membership_page": MembershipPage.objects.live().first(),
    }
    response = TemplateResponse(request, REFUSAL_TEMPLATE, context, status=403)
    add_never_cache_headers(response)
    return response


def refuse_logged_in_page(callback):
    """``on_serve_page``: a restricted page that a logged-in visitor may not read is
    refused; everything else goes on to Wagtail's check (the login, the password)."""

    def serve(page, request, serve_args, serve_kwargs):
        if request.user.is_authenticated:
            failed = failed_group_restrictions(page.get_view_restrictions(), request)
            if failed:
                return refusal(request, failed)
        return callback(page, request, serve_args, serve_kwargs)

    return serve


def refuse_logged_in_document(document, request):
    """``before_serve_document``: as for pages. Also notes on the request whether the
    document is restricted, for ``never_cache_restricted_documents``."""
    restrictions = list(document.collection.get_view_restrictions())
    request.restricted_document = bool(restrictions)
    if request.user.is_authenticated and (
        failed := failed_group_restrictions(restrictions, request)
    ):
        return refusal(request, failed, document=True)
    return None


def never_cache_restricted_documents(view):
    """For Wagtail's document views: a restricted document, and the login it sends an
    anonymous visitor to, is never stored by a CDN or the browser."""

    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        if getattr(request, "restricted_document", False):
            add_never_cache_headers(response)
        return response

    return wrapper
