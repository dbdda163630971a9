import logging
import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import DatabaseError, models
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from sociaalwerk.core.panels import PROMOTE_PANELS

logger = logging.getLogger(__name__)


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
            [FieldPanel(name, read_only=True) for name in ORGANISATION_FIELDS],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [FieldPanel(name, read_only=True) for name in CONTACT_FIELDS],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(name, read_only=True)
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


class MembershipPage(RoutablePageMixin, Page):
    """ "Lid worden": the application form, and its thank-you page at ``bedankt/``."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("Above the form: who can become a member and what it costs."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown after sending: what happens next and when."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent box of the form."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("thank_you_text"),
        FieldPanel("privacy_page"),
    ]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("membership page")
        verbose_name_plural = _("membership pages")

    @path("", name="form")
    def application_form(self, request):
        if request.method == "POST":
            return self.process_application(request)
        return self.render_form(request, self.get_form())

    @path("bedankt/", name="thank_you")
    def thank_you(self, request):
        return self.render(request, template="members/membership_thank_you.html")

    def get_form(self, data=None):
        # Imported here: the form and the saving code import this module.
        from members.forms import MembershipApplicationForm

        return MembershipApplicationForm(data)

    def render_form(self, request, form, refusal="", status=200):
        response = self.render(request, context_overrides={"form": form, "refusal": refusal})
        response.status_code = status
        return response

    def process_application(self, request):
        """Validate, check the rate limit, save; then redirect (post/redirect/get)."""
        from members.submission import save_application
        from sociaalwerk.core.spam import rate_limited

        form = self.get_form(request.POST)
        if not form.is_valid():
            return self.render_form(request, form)
        if rate_limited(request, "membership"):
            return self.render_form(request, form, refusal=RATE_LIMITED, status=429)
        try:
            save_application(form)
        except DatabaseError:
            logger.exception("Could not store a membership application")
            return self.render_form(request, form, refusal=NOT_SAVED, status=503)
        return redirect(self.get_url(request) + self.reverse_subpage("thank_you"))


RATE_LIMITED = _(
    "We received several applications from your address in a short time, so this one was "
    "not sent. Please try again in an hour, or e-mail the bureau."
)
NOT_SAVED = _(
    "Because of a fault on our side your application could not be saved. Nothing has been "
    "stored; your details are still in the form. Please try again in a few minutes."
)
