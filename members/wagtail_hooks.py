from wagtail import hooks

from members.admin_panels import NewApplicationsPanel
from members.views import membership_application_viewset


@hooks.register("register_admin_viewset")
def register_membership_applications():
    return membership_application_viewset


@hooks.register("construct_homepage_panels")
def add_new_applications_panel(request, panels):
    if request.user.has_perm("members.view_membershipapplication"):
        panels.append(NewApplicationsPanel())
