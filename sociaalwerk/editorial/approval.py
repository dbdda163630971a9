"""Approval by the final editors: one way to approve, always confirmed, and a message
that says what happened.

Approving the workflow's one task publishes the page, so it is never a single click:
of Wagtail's two approvals only the one with a comment (a dialog) is offered, named for
what it does. While a page awaits their approval, the plain "Publish", which would
bypass the workflow, is not offered to those who approve it.
"""

from django.contrib import messages
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.action_menu import WorkflowMenuItem
from wagtail.models import TaskState

APPROVE = "approve"
APPROVE_LABEL = gettext_lazy("Approve and publish")
PUBLISH_ITEM = "action-publish"
REVIEW_ACTION_URL_NAME = "editorial_review_action"
COLLECT_REVIEW_URL_NAME = "editorial_collect_review"


class ReviewMenuItem(WorkflowMenuItem):
    """A workflow action in the editor, whose dialog is ``CollectReview``."""

    template_name = "editorial/review_menu_item.html"


def review_actions(task, obj, user):
    """The task's actions for ``user`` as ``(name, label, asks_first)``: approval only
    in its confirmed form."""
    return [
        (name, APPROVE_LABEL if name == APPROVE else label, asks_first)
        for name, label, asks_first in task.get_actions(obj, user)
        if asks_first
    ]


def approval_menu(menu_items, request, context):
    """The editor's action menu while the page awaits ``request.user``'s approval."""
    page = context.get("page")
    task = page.current_workflow_task if page else None
    actions = review_actions(task, page, request.user) if task else []
    if not actions:
        return
    items = [
        item
        for item in menu_items
        if not isinstance(item, WorkflowMenuItem) and item.name != PUBLISH_ITEM
    ]
    for name, label, asks_first in actions:
        item = ReviewMenuItem(
            name, label, asks_first, icon_name="success" if name == APPROVE else "edit"
        )
        if item.is_shown(context):
            items.append(item)
    menu_items[:] = sorted(items, key=lambda item: item.order)


def approval_message(page):
    """What approving ``page`` did: published it, or scheduled it to go live."""
    scheduled = page.scheduled_revision
    if scheduled and scheduled.approved_go_live_at > timezone.now():
        return _("‘%(title)s’ has been approved and goes live on %(go_live_at)s.") % {
            "title": page.get_admin_display_title(),
            "go_live_at": date_format(
                timezone.localtime(scheduled.approved_go_live_at), "j F Y H:i"
            ),
        }
    return _("‘%(title)s’ has been approved and published.") % {
        "title": page.get_admin_display_title()
    }


def approved_by(page, user):
    """Whether ``user``'s last act on ``page``'s workflow was approving it."""
    last = (
        TaskState.objects.for_instance(page)
        .exclude(finished_at=None)
        .order_by("-finished_at")
        .first()
    )
    return bool(last and last.status == TaskState.STATUS_APPROVED and last.finished_by == user)


def report_approval(request, page):
    """Say what approving in the editor did, instead of Wagtail's "has been updated"
    (the last message of the request, added just before this runs)."""
    if request.POST.get("workflow-action-name") != APPROVE:
        return
    page = page.specific_class.objects.get(pk=page.pk)
    if not approved_by(page, request.user):
        return
    earlier = list(messages.get_messages(request))[:-1]
    for message in earlier:
        messages.add_message(request, message.level, message.message, message.extra_tags)
    messages.success(request, approval_message(page))
