"""The application of an organisation to become a member, as sent through "Lid worden"."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from sociaalwerk.core.panels import ReadOnlyPanel


class MembershipApplicationQuerySet(models.QuerySet):
    def expired(self, now=None):
        """Applications older than the retention period (MEMBERSHIP_RETENTION_DAYS)."""
        now = now or timezone.now()
        cutoff = now - timezone.timedelta(days=settings.MEMBERSHIP_RETENTION_DAYS)
        return self.filter(created_at__lt=cutoff)

    def with_mail_pending(self):
        """Applications of which the bureau or the applicant has not been mailed yet."""
        return self.filter(
            models.Q(bureau_notified_at__isnull=True)
            | models.Q(applicant_confirmed_at__isnull=True)
        )


# What the applicant fills in, in the order of the form, the admin and the export.
ORGANISATION_FIELDS = (
    "organisation_name",
    "kvk_number",
    "street_address",
    "postcode",
    "city",
    "website",
    "employees",
)
CONTACT_FIELDS = ("contact_name", "contact_role", "email", "phone", "message")


class MembershipApplication(models.Model):
    """An organisation's application to become a member, as sent through "Lid worden".

    Saved before any e-mail is sent, so that a mail server that is down loses nothing;
    the two ``*_at`` timestamps record which e-mails went out.
    """

    class Status(models.TextChoices):
        NEW = "new", _("New")
        IN_REVIEW = "in_review", _("In review")
        ACCEPTED = "accepted", _("Accepted")
        REJECTED = "rejected", _("Rejected")

    organisation_name = models.CharField(_("organisation name"), max_length=200)
    kvk_number = models.CharField(
        _("KvK number"),
        max_length=8,
        help_text=_("The 8 digits of the Chamber of Commerce number."),
    )
    street_address = models.CharField(_("street and house number"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=7)
    city = models.CharField(_("city"), max_length=100)
    website = models.URLField(_("website"), max_length=200, blank=True)
    employees = models.PositiveIntegerField(
        _("number of employees"),
        validators=[MinValueValidator(1), MaxValueValidator(1_000_000)],
    )
    contact_name = models.CharField(_("contact person"), max_length=150)
    contact_role = models.CharField(_("role"), max_length=100, blank=True)
    email = models.EmailField(_("e-mail address"), max_length=254)
    phone = models.CharField(_("telephone"), max_length=20)
    message = models.TextField(_("message"), max_length=5000, blank=True)
    privacy_consent = models.BooleanField(_("agreed to the privacy statement"), default=False)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.NEW, db_index=True
    )
    notes = models.TextField(
        _("notes"),
        blank=True,
        max_length=10_000,
        help_text=_("For the bureau only; the applicant never sees these."),
    )
    created_at = models.DateTimeField(_("received"), default=timezone.now, db_index=True)
    # Identifies one filled-in form, so that a double submit is stored once.
    submission_nonce = models.CharField(
        max_length=64, unique=True, editable=False, default=secrets.token_urlsafe
    )
    bureau_notified_at = models.DateTimeField(_("bureau notified"), null=True, blank=True)
    applicant_confirmed_at = models.DateTimeField(_("confirmation sent"), null=True, blank=True)
    mail_attempts = models.PositiveSmallIntegerField(_("sending attempts"), default=0)
    mail_error = models.CharField(_("last sending error"), max_length=500, blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("notes")],
            heading=_("Handling"),
        ),
        MultiFieldPanel(
            [ReadOnlyPanel(name) for name in ORGANISATION_FIELDS],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [ReadOnlyPanel(name) for name in CONTACT_FIELDS],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                ReadOnlyPanel(name)
                for name in (
                    "created_at",
                    "bureau_notified_at",
                    "applicant_confirmed_at",
                    "mail_attempts",
                    "mail_error",
                )
            ],
            heading=_("Receipt and e-mail"),
        ),
    ]

    objects = MembershipApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-created_at"]

    def __str__(self):
        return self.organisation_name

    @property
    def mail_status(self):
        """ "sent", "failed" (with ``mail_error``) or "pending"."""
        if self.bureau_notified_at and self.applicant_confirmed_at:
            return "sent"
        return "failed" if self.mail_attempts else "pending"
