"""The contact persons of member organisations: the people who log in to the members' area."""

import datetime

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import MemberOrganisation


class ContactPersonQuerySet(models.QuerySet):
    def expired(self, today=None):
        """Contact persons whose organisation's membership ended longer ago than the
        retention period (CONTACT_PERSON_RETENTION_DAYS): on the last day of that
        period they are still kept, the day after they are not."""
        today = today or timezone.localdate()
        cutoff = today - datetime.timedelta(days=settings.CONTACT_PERSON_RETENTION_DAYS)
        return self.filter(
            organisation__status=MemberOrganisation.Status.ENDED,
            organisation__ended_on__lt=cutoff,
        )


class ContactPerson(models.Model):
    """A person who speaks for one member organisation. Name and e-mail address live on
    the user account, which they log in with on the site (never in the admin); this
    row ties the account to its organisation."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="contact_person",
    )
    organisation = models.ForeignKey(
        MemberOrganisation,
        verbose_name=_("member organisation"),
        on_delete=models.CASCADE,
        related_name="contact_persons",
    )
    role = models.CharField(_("role in the organisation"), max_length=100, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now, editable=False)

    objects = ContactPersonQuerySet.as_manager()

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["organisation__name", "user__last_name", "user__first_name"]

    def __str__(self):
        return f"{self.user.get_full_name() or self.user.email} ({self.organisation})"
