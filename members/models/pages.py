"""The "Lid worden" page (the application form and its thank-you page) and the public
directory of members, "Onze leden"."""

from django.db import DatabaseError, models
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_safe
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search import index

from members.directory import CACHE_TAG, listing
from members.fee_indication import indication
from members.forms import MembershipApplicationForm
from members.submission import save_application
from sociaalwerk.core import rich_text
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import OneQueryViewRestrictions
from sociaalwerk.public_forms.flow import submit


class MembershipPage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """ "Lid worden": the application form, and its thank-you page at ``bedankt/``; above
    the form, what membership costs for the wage sum a visitor types (``?loonsom=``), and
    at ``indicatie/`` that indication alone, which the page's script fetches as the
    visitor types."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE_WITH_LIST,
        help_text=_("Above the form: who can become a member and what it costs."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=rich_text.INLINE,
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

    @path("indicatie/", name="fee_indication")
    @method_decorator(require_safe)
    def fee_indication(self, request):
        """The live region's content for ``?loonsom=``: the same fragment the page shows.
        Worked out per request from what the visitor typed and never stored anywhere, so
        a changed scale shows at once and no cache keeps what anyone typed."""
        fee_indication = indication(request.GET)
        if fee_indication is None:
            raise Http404
        response = TemplateResponse(
            request,
            "members/fee_indication_result.html",
            {"indication": fee_indication},
        )
        # private, no-cache, no-store: nothing keeps what the visitor typed.
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        return response

    def next_steps(self):
        """What happens after an application, and when, as HTML: the thank-you text, or
        a standard sentence when it is empty. The thank-you page and the confirmation
        e-mail both show this, so they never promise different things."""
        if self.thank_you_text:
            return str(RichText(self.thank_you_text))
        return format_html("<p>{}</p>", _("We will contact you soon."))

    def get_form(self, data=None):
        return MembershipApplicationForm(data)

    def render_form(self, request, form, refusal=None, status=200):
        context = {"form": form, "refusal": refusal, "fee_indication": self.get_indication(request)}
        response = self.render(request, context_overrides=context)
        response.status_code = status
        return response

    def get_indication(self, request):
        """What membership costs, or None. The application form matters more: when the
        database is away (the 503 of a form that could not be saved), the page goes
        without the indication rather than without the form and what was typed in it."""
        try:
            return indication(request.GET)
        except DatabaseError:
            return None

    def process_application(self, request):
        """Validate, check the rate limit, save; then redirect (post/redirect/get)."""
        return submit(
            request,
            self.get_form(request.POST),
            scope="membership",
            save=save_application,
            render=lambda form, refusal, status: self.render_form(request, form, refusal, status),
            done_url=self.get_url(request) + self.reverse_subpage("thank_you"),
        )


class MemberDirectoryPage(OneQueryViewRestrictions, Page):
    """ "Onze leden": every active member organisation, searchable by name, city or
    municipality and filtered by province. Fed by the member administration's list.

    The same for every anonymous visitor, so cached with each search, province and page
    (the form is a GET, with no CSRF token); a change of an organisation or a
    municipality makes it stale (``members.signal_handlers``)."""

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    # The member organisations.
    cache_tags = (CACHE_TAG,)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Above the list of members. One or two sentences."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("member directory")
        verbose_name_plural = _("member directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(listing(request))
        return context
