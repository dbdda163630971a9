"""The dashboard panel of the membership administration."""

from laces.components import Component

from members.models.applications import MembershipApplication


class NewApplicationsPanel(Component):
    """How many applications are new, for staff who may see them."""

    template_name = "members/admin/new_applications.html"
    order = 95

    def get_context_data(self, parent_context=None):
        new = MembershipApplication.objects.filter(status=MembershipApplication.Status.NEW)
        return {"count": new.count()}
