import re

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Site

from sociaalwerk.core import site_frame


@register_setting(icon="cog")
class SiteSettings(ClusterableModel, BaseSiteSetting):
    """What the footer shows and where the bureau is reached; edited under Settings."""

    organisation_name = models.CharField(
        _("organisation name"),
        max_length=100,
        default="Sociaal Werk Nederland",
        help_text=_("Shown in the footer and in e-mails."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        max_length=300,
        help_text=_("Postal address as shown in the footer; one line per address line."),
    )
    phone = models.CharField(_("telephone"), max_length=30, blank=True)
    email = models.EmailField(
        _("public e-mail address"),
        blank=True,
        help_text=_("The address visitors see in the footer."),
    )
    bureau_email = models.EmailField(
        _("bureau e-mail address"),
        blank=True,
        help_text=_("Where notifications of new applications and contact messages are sent."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("bureau_email"),
            ],
            heading=_("Organisation"),
        ),
        InlinePanel("footer_links", heading=_("Footer links"), label=_("link")),
    ]

    class Meta:
        verbose_name = _("site settings")

    @classmethod
    def for_request(cls, request):
        """The settings of the request's site from the site frame's cache, as every
        page shows them (``site_frame``)."""
        attr_name = cls.get_cache_attr_name()
        if not hasattr(request, attr_name) and Site.find_for_request(request) is not None:
            site_settings = site_frame.part(request, "settings", cls.for_site)
            site_settings._request = request
            setattr(request, attr_name, site_settings)
        return super().for_request(request)

    @property
    def phone_uri(self):
        """The ``tel:`` link of the phone number, which is shown as written: only its
        digits and a leading +, as a phone dials it ("030 123 45 67" → tel:0301234567)."""
        # "+31 (0)30 …": the (0) is not dialled from abroad, and a tel: link is international.
        return "tel:" + re.sub(r"(?!^\+)\D", "", self.phone.replace("(0)", "").strip())

    @classmethod
    def bureau_address(cls, site=None):
        """Where mail for the bureau goes (applications, contact messages): the bureau
        address of ``site`` (the default site when None), else the address the site
        sends from, so that no notification is dropped for want of a setting."""
        site = site or Site.objects.filter(is_default_site=True).first()
        address = cls.for_site(site).bureau_email if site else ""
        return address or settings.DEFAULT_FROM_EMAIL


class FooterLink(Orderable):
    """A link in the footer, such as "Lid worden" or "Contact"."""

    settings = ParentalKey(SiteSettings, related_name="footer_links", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    label = models.CharField(
        _("label"),
        max_length=50,
        blank=True,
        help_text=_("Leave empty to use the title of the page."),
    )

    panels = [FieldPanel("page"), FieldPanel("label")]

    class Meta(Orderable.Meta):
        verbose_name = _("footer link")
        verbose_name_plural = _("footer links")

    @property
    def text(self):
        return self.label or self.page.title
