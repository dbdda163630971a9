"""Approving or asking for changes from the dashboard."""

from django.contrib import messages
from wagtail.admin.views.pages.workflow import WorkflowAction
from wagtail.models import TaskState

from sociaalwerk.editorial.approval import (
    APPROVE,
    APPROVE_LABEL,
    REVIEW_ACTION_URL_NAME,
    approval_message,
)


class ReviewAction(WorkflowAction):
    """Wagtail's workflow action, whose dialog names approval for what it does, and
    which says afterwards what approving did."""

    submit_url_name = REVIEW_ACTION_URL_NAME

    def check_action(self):
        super().check_action()
        if self.action_name == APPROVE:
            self.action_verbose_name = APPROVE_LABEL

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.action_name == APPROVE and self.task_state.status == TaskState.STATUS_APPROVED:
            page = self.object.specific_class.objects.get(pk=self.object.pk)
            messages.success(request, approval_message(page))
        return response
