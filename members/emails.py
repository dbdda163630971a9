"""The e-mails about an application: a notification to the bureau and a confirmation to
the applicant. Sent after the application is saved; a failure is recorded and retried
by ``manage.py send_application_mails``, never raised to the visitor.

The confirmation goes to whatever address was typed, so it carries nothing that the
applicant typed: no name, organisation or message, only the bureau's own text and the
date. Whoever enters a stranger's address cannot make the bureau mail their words.
"""

import logging

from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Site

from members.models.applications import MembershipApplication
from sociaalwerk.core.models import SiteSettings
from sociaalwerk.core.reading import plain_text
from sociaalwerk.public_forms.admin_links import admin_url

logger = logging.getLogger(__name__)


def single_line(text, length=80):
    """``text`` fit for a subject line: no line breaks, at most ``length`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= length else text[: length - 1] + "…"


def organisation_name():
    """The bureau's name from the site settings of the default site (which only superusers
    edit), for the confirmation to the applicant."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return SiteSettings._meta.get_field("organisation_name").default
    return SiteSettings.for_site(site).organisation_name


def next_steps():
    """What the thank-you page says happens next, for the confirmation: one promise,
    which the editors keep in the thank-you text of "Lid worden". Without a live page,
    the standard sentence of an empty thank-you text."""
    # Looked up by name: the page module imports the form flow, which sends these mails.
    page_model = apps.get_model("members", "MembershipPage")
    page = page_model.objects.live().first() or page_model()
    return page.next_steps()


def build_message(template, subject, recipient, context):
    """A plain-text e-mail with an HTML alternative, both from ``members/emails/``."""
    message = EmailMultiAlternatives(
        subject=single_line(subject),
        body=render_to_string(f"members/emails/{template}.txt", context),
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[recipient],
    )
    message.attach_alternative(
        render_to_string(f"members/emails/{template}.html", context), "text/html"
    )
    return message


def send_application_mails(application):
    """Send what has not been sent yet for ``application``; record success or the error.

    Returns True when both e-mails have gone out.
    """
    context = {"application": application, "organisation": organisation_name()}
    if application.applicant_confirmed_at is None:
        steps = next_steps()
        context.update(next_steps=steps, next_steps_text=plain_text(steps))
    pending = []
    if application.bureau_notified_at is None:
        context["admin_url"] = admin_url("membership_applications:edit", application)
        subject = _("New membership application: %(name)s") % {
            "name": application.organisation_name
        }
        pending.append(
            (
                "bureau_notified_at",
                build_message("bureau", subject, SiteSettings.bureau_address(), context),
            )
        )
    if application.applicant_confirmed_at is None:
        subject = _("We have received your membership application")
        pending.append(
            (
                "applicant_confirmed_at",
                build_message("applicant", subject, application.email, context),
            )
        )
    errors = []
    for field, message in pending:
        try:
            message.send()
        except Exception as error:  # noqa: BLE001 - any mail failure is recorded and retried
            logger.warning("Mail for application %s failed: %s", application.pk, error)
            errors.append(f"{type(error).__name__}: {error}")
        else:
            setattr(application, field, timezone.now())
    if pending:
        application.mail_attempts += 1
        application.mail_error = "; ".join(errors)[:500]
        application.save(
            update_fields=[
                "bureau_notified_at",
                "applicant_confirmed_at",
                "mail_attempts",
                "mail_error",
            ]
        )
    return not errors


def retry_pending_mails():
    """Try again every application whose e-mails have not all gone out; returns (sent, failed)."""
    sent = failed = 0
    for pk in MembershipApplication.objects.with_mail_pending().values_list("pk", flat=True):
        with transaction.atomic():
            # Lock the row, so that two retry runs never mail the same application twice.
            application = MembershipApplication.objects.select_for_update().get(pk=pk)
            if send_application_mails(application):
                sent += 1
            else:
                failed += 1
    return sent, failed
