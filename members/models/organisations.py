"""The member organisations of the association, kept by the membership administration."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from members.addresses import validate_kvk, validate_postcode
from members.provinces import Province, province_for_postcode


class Municipality(models.Model):
    """A municipality in which member organisations work. Names are unique in the
    Netherlands, so the name alone tells which one it is."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)

    panels = [FieldPanel("name"), FieldPanel("province")]

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MemberOrganisation(models.Model):
    """An organisation that is a member, or was one (``status`` "ended")."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    name = models.CharField(_("name"), max_length=200)
    # Not public: the directory that comes later must leave it out.
    kvk_number = models.CharField(
        _("KvK number"),
        max_length=8,
        unique=True,
        validators=[validate_kvk],
        help_text=_("The 8 digits of the Chamber of Commerce number. Not shown on the site."),
    )
    street_address = models.CharField(_("visiting address"), max_length=200, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, validators=[validate_postcode])
    city = models.CharField(_("city"), max_length=100)
    chosen_province = models.CharField(
        _("province (chosen)"),
        max_length=20,
        choices=Province.choices,
        blank=True,
        help_text=_(
            "Leave empty to take the province from the postcode. Choose one only when "
            "the postcode gives the wrong province: a choice here always wins."
        ),
    )
    # The chosen province, or else the postcode's; what the listing shows and filters on.
    province = models.CharField(
        _("province"), max_length=20, choices=Province.choices, editable=False, db_index=True
    )
    municipalities = models.ManyToManyField(
        Municipality,
        verbose_name=_("municipalities where it works"),
        related_name="member_organisations",
        blank=True,
    )
    website = models.URLField(_("website"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    member_since = models.DateField(_("member since"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ACTIVE, db_index=True
    )
    ended_on = models.DateField(_("membership ended on"), null=True, blank=True)
    # The application it was made from ("Lid maken"): one organisation per application.
    application = models.OneToOneField(
        "members.MembershipApplication",
        verbose_name=_("application"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="member_organisation",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("member organisation")
        verbose_name_plural = _("member organisations")
        ordering = ["name"]
        # The directory's order, of all active members and of those of one province: the
        # ids of a page are read from either end of it, not sorted out of the whole
        # table (members.directory, bench/queries.py).
        indexes = [
            models.Index(
                fields=["name", "id"],
                condition=models.Q(status="active"),
                name="member_directory_order",
            ),
            models.Index(
                fields=["province", "name", "id"],
                condition=models.Q(status="active"),
                name="member_directory_province",
            ),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.province = self.chosen_province or province_for_postcode(self.postcode) or ""
        super().save(*args, **kwargs)

    def municipality_names(self):
        """The municipalities where it works, as the export and import write them."""
        return ", ".join(municipality.name for municipality in self.municipalities.all())

    def clean(self):
        if self.status == self.Status.ENDED and not self.ended_on:
            raise ValidationError({"ended_on": _("Enter the date on which the membership ended.")})
        if self.status == self.Status.ACTIVE and self.ended_on:
            raise ValidationError(
                {"ended_on": _("An active membership has no end date; leave it empty.")}
            )
        if self.ended_on and self.member_since and self.ended_on < self.member_since:
            raise ValidationError({"ended_on": _("The membership cannot end before it started.")})
