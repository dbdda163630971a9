from wagtail import hooks

from members.views import membership_application_viewset


@hooks.register("register_admin_viewset")
def register_membership_applications():
    return membership_application_viewset
