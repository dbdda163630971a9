"""The editors' dashboard: what awaits the user's approval, each item once."""

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.models import Page

from sociaalwerk.editorial.approval import REVIEW_ACTION_URL_NAME, review_actions


class AwaitingApprovalPanel(WorkflowObjectsToModeratePanel):
    """Wagtail's "Awaiting your review", with the columns that say something here (its
    language and privacy columns stay empty on this site) and approval that asks first.
    It replaces Wagtail's panel, which listed the same pages a second time."""

    template_name = "editorial/awaiting_approval.html"
    order = 90

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        user = parent_context["request"].user
        for state in context["states"]:
            if isinstance(state["obj"], Page):
                state["workflow_action_url_name"] = REVIEW_ACTION_URL_NAME
            state["actions"] = review_actions(state["task_state"].task.specific, state["obj"], user)
            state["type_label"] = getattr(
                state["obj"], "type_label", state["obj"]._meta.verbose_name
            )
        return context
