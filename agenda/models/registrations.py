"""A person's registration for an event on this site ("Aanmelden")."""

import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.crypto import constant_time_compare
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import MultiFieldPanel

from sociaalwerk.core.panels import ReadOnlyPanel

# The fields the attendee fills in, in the order of the form, the admin and the export.
ATTENDEE_FIELDS = ("name", "organisation", "email", "remarks")
CANCEL_SALT = "agenda.registration.cancel"


class EventRegistrationQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(status=EventRegistration.Status.CONFIRMED)

    def waiting(self):
        """The waiting list, the first to register first."""
        return self.filter(status=EventRegistration.Status.WAITING).order_by("created_at", "pk")

    def counts(self):
        """{"confirmed": n, "waiting": n, "cancelled": n} of these registrations, in one query."""
        return self.aggregate(**status_counts())

    def with_mail_pending(self, now=None):
        """Registrations whose attendee has not been told their current status yet (by a
        mail server that was down), for events that have not ended."""
        now = now or timezone.now()
        return (
            self.exclude(status=EventRegistration.Status.CANCELLED)
            .exclude(mailed_as=models.F("status"))
            .filter(event__ends_at__gt=now)
        )

    def expired(self, now=None):
        """Registrations for events that ended longer ago than the retention period
        (EVENT_REGISTRATION_RETENTION_DAYS)."""
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.EVENT_REGISTRATION_RETENTION_DAYS)
        return self.filter(event__ends_at__lt=cutoff)


def status_counts(prefix=""):
    """Count expressions per status, for ``aggregate`` over registrations or, with
    ``prefix="registrations__"``, for ``annotate`` over events."""
    return {
        status: models.Count(f"{prefix}pk", filter=models.Q(**{f"{prefix}status": status}))
        for status in EventRegistration.Status.values
    }


class EventRegistration(models.Model):
    """Someone who registered for an event: with a place, on the waiting list, or
    cancelled (by the personal link in their e-mail).

    Saved before any e-mail is sent, so that a mail server that is down loses nothing.
    ``mailed_as`` is the status the attendee was last told about; while it differs from
    ``status`` an e-mail is due (``registration_mails``).
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration", "Cancelled")

    event = models.ForeignKey(
        "agenda.EventPage",
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
        db_index=False,  # places_per_event below serves lookups by event
    )
    name = models.CharField(_("name"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=254)
    remarks = models.TextField(
        _("remarks"),
        max_length=2000,
        blank=True,
        help_text=_("For example about accessibility or dietary requirements."),
    )
    privacy_consent = models.BooleanField(_("agreed to the privacy statement"), default=False)

    status = models.CharField(_("status"), max_length=20, choices=Status.choices)
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    cancelled_at = models.DateTimeField(
        pgettext_lazy("registration", "cancelled"), null=True, blank=True
    )
    # Identifies one filled-in form, so that a double submit is stored once.
    submission_nonce = models.CharField(
        max_length=64, unique=True, editable=False, default=secrets.token_urlsafe
    )
    mailed_as = models.CharField(
        _("last e-mail about"), max_length=20, choices=Status.choices, blank=True
    )
    mailed_at = models.DateTimeField(_("last e-mail sent"), null=True, blank=True)
    mail_attempts = models.PositiveSmallIntegerField(_("sending attempts"), default=0)
    mail_error = models.CharField(_("last sending error"), max_length=500, blank=True)

    panels = [
        MultiFieldPanel(
            [ReadOnlyPanel(name) for name in ("event", "status", *ATTENDEE_FIELDS)],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                ReadOnlyPanel(name)
                for name in (
                    "created_at",
                    "cancelled_at",
                    "mailed_as",
                    "mailed_at",
                    "mail_attempts",
                    "mail_error",
                )
            ],
            heading=_("Receipt and e-mail"),
        ),
    ]

    objects = EventRegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["-created_at"]
        indexes = [
            # Counting the places taken and finding the first on the waiting list.
            models.Index(fields=["event", "status", "created_at"], name="places_per_event"),
        ]

    def __str__(self):
        return self.name

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def cancel_signature(self):
        """What the personal cancel link carries besides the id: the id, signed, so that
        nobody can make the link of another registration. Letters, digits, - and _ only,
        as Wagtail's page addresses allow."""
        return signing.Signer(salt=CANCEL_SALT).signature(str(self.pk))

    def has_cancel_signature(self, signature):
        return constant_time_compare(signature, self.cancel_signature())
