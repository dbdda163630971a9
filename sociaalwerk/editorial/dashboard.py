"""The editors' dashboard: the articles that await approval."""

from django.contrib.contenttypes.models import ContentType
from laces.components import Component
from wagtail.models import Page, WorkflowState

from sociaalwerk.core.models import ArticlePage

SHOWN = 10
# Pages in moderation at once are few; look at this many to find the articles among them.
SCANNED = 100


class ArticlesAwaitingApprovalPanel(Component):
    """The newest articles submitted for approval, shown to those who may publish."""

    template_name = "editorial/articles_awaiting_approval.html"
    order = 90

    def get_context_data(self, parent_context=None):
        states = list(
            WorkflowState.objects.active()
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("requested_by", "current_task_state__task")
            .order_by("-created_at")[:SCANNED]
        )
        articles = ArticlePage.objects.in_bulk([int(state.object_id) for state in states])
        items = [
            (state, articles[int(state.object_id)])
            for state in states
            if int(state.object_id) in articles
        ]
        return {"items": items[:SHOWN]}
