from wagtail import hooks
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sociaalwerk.core.admin_listing import article_listing_viewset
from sociaalwerk.core.admin_panels import ArticlesAwaitingApprovalPanel
from sociaalwerk.core.models import Author

page_permission_policy = PagePermissionPolicy()


class AuthorViewSet(SnippetViewSet):
    """Authors under Snippets, searchable by name."""

    model = Author
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


register_snippet(AuthorViewSet)


@hooks.register("construct_homepage_panels")
def add_articles_awaiting_approval_panel(request, panels):
    if page_permission_policy.user_has_permission(request.user, "publish"):
        panels.append(ArticlesAwaitingApprovalPanel())


@hooks.register("register_admin_viewset")
def register_article_listing():
    return article_listing_viewset
