from django.db import models
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.fields import register_display_class
from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.images import get_image_model
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sociaalwerk.core.models import Author
from sociaalwerk.editorial.admin_listing import article_listing_viewset
from sociaalwerk.editorial.approval import (
    COLLECT_REVIEW_URL_NAME,
    REVIEW_ACTION_URL_NAME,
    approval_menu,
    report_approval,
)
from sociaalwerk.editorial.dashboard import AwaitingApprovalPanel
from sociaalwerk.editorial.date_inputs import picker_script
from sociaalwerk.editorial.field_display import ReadableDisplay, ReadableImageDisplay
from sociaalwerk.editorial.guide import GuideView, guide_picture
from sociaalwerk.editorial.views import CollectReview, ReviewAction

page_permission_policy = PagePermissionPolicy()


class AuthorViewSet(SnippetViewSet):
    """Authors under Snippets, searchable by name."""

    model = Author
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


register_snippet(AuthorViewSet)
for field_class in (models.BooleanField, models.DateField):
    register_display_class(field_class, display_class=ReadableDisplay)
# An empty link to a model: "-", not "None". Documents keep Wagtail's display.
register_display_class(models.ForeignKey, to=models.Model, display_class=ReadableDisplay)
register_display_class(models.ForeignKey, to=get_image_model(), display_class=ReadableImageDisplay)


@hooks.register("construct_homepage_panels")
def show_awaiting_approval_panel(request, panels):
    panels[:] = [
        AwaitingApprovalPanel() if isinstance(panel, WorkflowObjectsToModeratePanel) else panel
        for panel in panels
    ]


@hooks.register("register_admin_urls")
def register_review_action():
    return [
        path(
            "beoordelen/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
            ReviewAction.as_view(),
            name=REVIEW_ACTION_URL_NAME,
        ),
        path(
            "beoordelen/vragen/<int:page_id>/<slug:action_name>/<int:task_state_id>/",
            CollectReview.as_view(),
            name=COLLECT_REVIEW_URL_NAME,
        ),
    ]


@hooks.register("insert_editor_js")
def pause_autosave_on_new_pages():
    return format_html('<script defer src="{}"></script>', static("editorial/new_page_autosave.js"))


hooks.register("construct_page_action_menu", approval_menu)
hooks.register("after_edit_page", report_approval)


@hooks.register("register_admin_viewset")
def register_article_listing():
    return article_listing_viewset


@hooks.register("construct_main_menu")
def hide_articles_from_users_without_page_permissions(request, menu_items):
    """'Artikelen' is only for those who may work on pages (not Ledenadministratie)."""
    if not page_permission_policy.user_has_any_permission(
        request.user, ["add", "change", "publish"]
    ):
        listing_url = reverse(article_listing_viewset.get_url_name("index"))
        menu_items[:] = [item for item in menu_items if item.url != listing_url]


@hooks.register("register_admin_urls")
def register_guide_urls():
    return [
        path("handleiding/", GuideView.as_view(), name="editorial_guide"),
        path("handleiding/img/<str:name>", guide_picture, name="editorial_guide_picture"),
    ]


@hooks.register("register_help_menu_item")
def register_guide_menu_item():
    return MenuItem(
        _("Editors' guide"), reverse("editorial_guide"), icon_name="help", name="editors-guide"
    )


@hooks.register("construct_help_menu")
def replace_wagtails_own_guides(request, menu_items):
    """Wagtail's guide and release notes are English and describe screens this site has
    changed; the Help menu leads to the site's own guide instead."""
    menu_items[:] = [
        item
        for item in menu_items
        if item.name != "editor-guide" and not item.name.startswith("whats-new-in-wagtail-")
    ]


@hooks.register("insert_global_admin_js")
def leave_mistyped_dates_for_the_form_to_refuse():
    return picker_script()
