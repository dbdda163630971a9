from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSetGroup

from members import restricted
from members.admin_panels import NewApplicationsPanel
from members.fee_admin import fee_scale_viewset
from members.organisation_admin import member_organisation_viewset, municipality_viewset
from members.organisation_changes import ACTION, ContactPersonEditFormatter
from members.views import membership_application_viewset


class MembershipGroup(ModelViewSetGroup):
    """ "Lidmaatschap" in the menu: the applications, the member organisations and the
    municipalities they work in, and the fees. Shown only to who may see one of them."""

    # Short enough for the sidebar, which cuts off "Aanvragen lidmaatschap".
    menu_label = _("Membership")
    menu_icon = "group"
    menu_order = 250
    items = (
        membership_application_viewset,
        member_organisation_viewset,
        municipality_viewset,
        fee_scale_viewset,
    )


@hooks.register("register_admin_viewset")
def register_membership_admin():
    return MembershipGroup()


@hooks.register("construct_homepage_panels")
def add_new_applications_panel(request, panels):
    if request.user.has_perm("members.view_membershipapplication"):
        panels.append(NewApplicationsPanel())


@hooks.register("register_log_actions")
def register_contact_person_edits(actions):
    """A contact person's change of their organisation, in its history in the admin."""
    actions.register_action(ACTION)(ContactPersonEditFormatter)


# Before Wagtail's own checks (order 0), which send a logged-in non-member to the login.
hooks.register("on_serve_page", restricted.refuse_logged_in_page, order=-10)
hooks.register("before_serve_document", restricted.refuse_logged_in_document, order=-10)
