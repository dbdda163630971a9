"""The dialogs of approving or asking for changes, from the dashboard and the editor."""

from django.contrib import messages
from wagtail.admin.views.pages.workflow import CollectWorkflowActionData, WorkflowAction
from wagtail.models import TaskState

from sociaalwerk.editorial.approval import (
    APPROVE,
    APPROVE_LABEL,
    COLLECT_REVIEW_URL_NAME,
    REVIEW_ACTION_URL_NAME,
    approval_message,
)


class NamesApproval:
    """The dialog calls approval what it does (Wagtail's: "Approve with comment")."""

    def check_action(self):
        super().check_action()
        if self.action_name == APPROVE:
            self.action_verbose_name = APPROVE_LABEL


class ReviewAction(NamesApproval, WorkflowAction):
    """From the dashboard: performs the action, and says afterwards what approving did."""

    submit_url_name = REVIEW_ACTION_URL_NAME

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        self.task_state.refresh_from_db()
        if self.action_name == APPROVE and self.task_state.status == TaskState.STATUS_APPROVED:
            page = self.object.specific_class.objects.get(pk=self.object.pk)
            messages.success(request, approval_message(page))
        return response


class CollectReview(NamesApproval, CollectWorkflowActionData):
    """From the editor: asks, and hands the comment to the editor's form, which acts."""

    submit_url_name = COLLECT_REVIEW_URL_NAME
