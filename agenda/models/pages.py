"""The agenda: events, and the overview that lists them."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Min
from django.http import Http404
from django.shortcuts import redirect
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model_string
from wagtail.models import Orderable, Page, PageManager
from wagtail.search import index

from agenda import availability, dates, schema
from agenda.admin_panels import RegistrationCountsPanel
from agenda.forms import AgendaFilterForm
from agenda.models.registrations import EventRegistration
from agenda.registering import cancel, register
from agenda.registration_forms import RegistrationForm
from sociaalwerk.core import freshness, reading, rich_text, used_query
from sociaalwerk.core.blocks import BodyBlock
from sociaalwerk.core.cache_tags import EVENTS, THEMES
from sociaalwerk.core.models import ThemePage
from sociaalwerk.core.pagination import ListingPaginator
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.view_restrictions import (
    OneQueryViewRestrictions,
    RestrictionAwarePageQuerySet,
)
from sociaalwerk.public_forms.flow import submit

AGENDA_PAGE_SIZE = 12
# The thank-you pages after a registration (``aanmelden/<outcome>/``): a place, the
# waiting list, or "received" for a form sent twice, whose first sending decided.
REGISTRATION_OUTCOMES = {
    EventRegistration.Status.CONFIRMED: "aangemeld",
    EventRegistration.Status.WAITING: "wachtlijst",
    None: "ontvangen",
}


def aware(date, time=None):
    """``date`` at ``time`` (midnight if None) in the site's time zone, summer time or not."""
    naive = datetime.datetime.combine(date, time or datetime.time())
    return timezone.make_aware(naive, timezone.get_default_timezone())


class EventPageQuerySet(RestrictionAwarePageQuerySet):
    """The named queries of the agenda, the agenda block and the calendar feeds."""

    def for_listing(self):
        """Live, public events, with what a card shows."""
        return self.live().public().select_related("image").prefetch_related("image__renditions")

    def upcoming(self, now=None):
        """Events that have not ended, the soonest first (those under way first)."""
        now = now or timezone.now()
        return self.filter(ends_at__gt=now).order_by("starts_at", "pk")

    def past(self, now=None):
        """Events that have ended, the most recent first."""
        now = now or timezone.now()
        return self.filter(ends_at__lte=now).order_by("-starts_at", "-pk")

    def of_theme(self, theme):
        return self.filter(event_themes__theme=theme)

    def in_month(self, year, month):
        """Events that take place (at least partly) in the month."""
        first = datetime.date(year, month, 1)
        following = (first + datetime.timedelta(days=31)).replace(day=1)
        return self.filter(starts_at__lt=aware(following), ends_at__gt=aware(first))

    def next_end(self, now=None):
        """When the first of these events that has not ended ends (or None)."""
        now = now or timezone.now()
        return self.filter(ends_at__gt=now).aggregate(moment=Min("ends_at"))["moment"]


class EventPage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """A congress, webinar, roadshow or regional meeting: when, where, for whom, and
    how to register. It moves from the upcoming events to the past ones at its end,
    without anyone publishing.

    With registration on this site, ``aanmelden/`` takes registrations, and
    ``aanmelden/annuleren/<id>/<signature>/`` is the personal cancel link of the
    e-mails. The page itself (cached) says how many places are left; these routes are
    never cached.
    """

    parent_page_types = ["agenda.AgendaIndexPage"]
    subpage_types = []

    # The main theme's introduction.
    cache_tags = (THEMES,)
    listed_as = (EVENTS,)
    # The image its page shows, read with the page (``core.routing``).
    select_related_when_routed = ("image",)
    type_label = _("Event")
    item_label = _("Event")
    og_type = "website"
    schema_type = "Event"
    # The search's type filter offers events as "Agenda" (sociaalwerk.search.kinds).
    search_kind = "agenda"
    search_kind_label = _("Agenda")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Takes place")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    class Attendance(models.TextChoices):
        IN_PERSON = "in_person", _("At a location")
        ONLINE = "online", _("Online")
        HYBRID = "hybrid", _("At a location and online")

    class Registration(models.TextChoices):
        NONE = "none", _("No registration")
        EXTERNAL = "external", _("On another website")
        ON_SITE = "on_site", _("On this website")

    start_date = models.DateField(_("date"))
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Leave empty for an event that lasts all day."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Only for an event of several days: its last day."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    # The moments the date and time fields describe, in UTC, for sorting and for the
    # change from upcoming to past; set on every save.
    starts_at = models.DateTimeField(editable=False)
    ends_at = models.DateTimeField(editable=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.SCHEDULED,
        help_text=_(
            "A cancelled or postponed event stays on the site, marked as such, and "
            "calendars that subscribed to it are told."
        ),
    )

    intro = models.TextField(
        _("lead"),
        max_length=600,
        help_text=_(
            "One or two sentences about the event; shown in bold above it and in the "
            "agenda. At most 600 characters."
        ),
    )
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("content"))
    image = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the agenda and when the event is shared."),
    )

    attendance = models.CharField(
        _("where"),
        max_length=20,
        choices=Attendance.choices,
        default=Attendance.IN_PERSON,
    )
    venue = models.CharField(
        _("venue"), max_length=150, blank=True, help_text=_('For example "Jaarbeurs Utrecht".')
    )
    street_address = models.CharField(_("street and number"), max_length=150, blank=True)
    postcode = models.CharField(_("postcode"), max_length=7, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    costs = models.CharField(
        _("costs"),
        max_length=200,
        blank=True,
        help_text=_('For example "Free for members, € 95 for others". Empty: not shown.'),
    )
    audience = models.CharField(
        _("for whom"),
        max_length=200,
        blank=True,
        help_text=_('For example "Managers and policy officers of member organisations".'),
    )

    registration = models.CharField(
        _("registration"),
        max_length=20,
        choices=Registration.choices,
        default=Registration.NONE,
    )
    registration_url = models.URLField(
        _("address of the registration page"),
        max_length=500,
        blank=True,
        help_text=_("Only for registration on another website."),
    )
    capacity = models.PositiveIntegerField(
        _("places"),
        null=True,
        blank=True,
        help_text=_("Only for registration on this website: how many people can take part."),
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Empty: registration closes when the event starts."),
    )
    waiting_list = models.BooleanField(
        _("waiting list"),
        default=True,
        help_text=_(
            "When all places are taken, further people go on a waiting list; a "
            "cancellation gives the first of them the place, by e-mail."
        ),
    )
    # Rises whenever the date, time, place or status changes, so that calendars that
    # imported the event replace their copy (SEQUENCE in iCalendar).
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("status"),
            ],
            heading=_("When"),
        ),
        FieldPanel("intro"),
        InlinePanel(
            "event_themes",
            heading=_("Themes"),
            label=_("theme"),
            min_num=1,
            help_text=_(
                "The first theme is the main theme: it is named above the event, and its "
                "introduction follows the event."
            ),
        ),
        FieldPanel("body"),
        FieldPanel("image"),
        MultiFieldPanel(
            [
                FieldPanel("attendance"),
                FieldPanel("venue"),
                FieldPanel("street_address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldPanel("costs"),
                FieldPanel("audience"),
            ],
            heading=_("Where and for whom"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration"),
                FieldPanel("registration_url"),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_closes_at")]),
                FieldPanel("waiting_list"),
                RegistrationCountsPanel(heading=_("Registrations")),
            ],
            heading=_("Registration"),
        ),
    ]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.FilterField("starts_at"),
    ]

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            # The agenda's order and the change from upcoming to past.
            models.Index(fields=["ends_at", "starts_at"], name="event_upcoming"),
            models.Index(fields=["starts_at", "page_ptr"], name="event_soonest_first"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        end_date = self.end_date or self.start_date
        if self.start_date and end_date < self.start_date:
            errors["end_date"] = _("The end date cannot be before the date of the event.")
        if self.end_time and not self.start_time:
            errors["end_time"] = _("Give a start time too, or leave both empty (all day).")
        elif (
            self.start_date
            and end_date == self.start_date
            and self.start_time
            and self.end_time
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The end time must be after the start time.")
        if self.registration == self.Registration.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Give the address where people register.")
        if self.registration == self.Registration.ON_SITE and not self.capacity:
            errors["capacity"] = _("Give the number of places (at least 1).")
        if self.attendance != self.Attendance.ONLINE and not (self.venue or self.city):
            errors["venue"] = _("Give the venue or the city, or choose “Online”.")
        themes = [link.theme_id for link in self.event_themes.all()]
        if len(themes) != len(set(themes)):
            errors["title"] = _("Each theme can be chosen only once.")
        if errors:
            raise ValidationError(errors)
        self.set_moments()
        if self.registration_closes_at and self.registration_closes_at > self.ends_at:
            raise ValidationError(
                {"registration_closes_at": _("Registration must close before the event ends.")}
            )

    def set_moments(self):
        """``starts_at`` and ``ends_at`` from the date and time fields: an event without
        an end time ends at midnight after its last day."""
        end_date = self.end_date or self.start_date
        self.starts_at = aware(self.start_date, self.start_time)
        if self.end_time:
            self.ends_at = aware(end_date, self.end_time)
        else:
            self.ends_at = aware(end_date + datetime.timedelta(days=1))

    def save(self, *args, **kwargs):
        if self.start_date:
            self.set_moments()
        return super().save(*args, **kwargs)

    @property
    def is_all_day(self):
        return self.start_time is None

    @property
    def when(self):
        """ "dinsdag 14 april 2026, 13.00–17.00 uur"."""
        return dates.span(self.start_date, self.start_time, self.end_date, self.end_time)

    @property
    def place(self):
        """Where, in one line: the venue and city, "Online", or both."""
        location = ", ".join(part for part in (self.venue, self.city) if part)
        if self.attendance == self.Attendance.ONLINE:
            return str(_("Online"))
        if self.attendance == self.Attendance.HYBRID:
            return _("%(place)s and online") % {"place": location}
        return location

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    def has_ended(self, now=None):
        return self.ends_at <= (now or timezone.now())

    @property
    def registration_deadline(self):
        """When registration on this site closes: the editor's moment, else the start."""
        return self.registration_closes_at or self.starts_at

    @cached_property
    def availability(self):
        """Whether and how one can register now, with the places left."""
        return availability.of(self)

    @cached_property
    def primary_theme(self):
        link = self.event_themes.select_related("theme").first()
        return link.theme if link else None

    @property
    def excerpt(self):
        return reading.excerpt(self.intro)

    @property
    def summary(self):
        return self.excerpt

    @property
    def listing_image(self):
        """The image link previews show, under the name seo asks articles for."""
        return self.image

    def schema_data(self, *, url, organisation):
        """schema.org Event, which ``seo.metadata`` completes and writes as JSON-LD."""
        return schema.event_data(self, url=url, organisation=organisation)

    def next_change(self, now=None):
        """The next moment the page shows something else by itself: registration
        closes, the event starts, or it ends."""
        now = now or timezone.now()
        moments = [self.registration_deadline, self.starts_at, self.ends_at]
        upcoming = [moment for moment in moments if moment > now]
        return min(upcoming) if upcoming else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["primary_theme"] = self.primary_theme
        freshness.record(request, self.next_change())
        return context

    # Registration on this site: the form, its outcome, the cancel link. Never cached:
    # they hold a form, or what one person did.

    @path("aanmelden/", name="register")
    @method_decorator(never_cache)
    def registration_form(self, request):
        if self.registration != self.Registration.ON_SITE:
            raise Http404
        if request.method == "POST":
            return self.process_registration(request)
        return self.render_registration_form(request, RegistrationForm())

    @path("aanmelden/<slug:outcome>/", name="registered")
    @method_decorator(never_cache)
    def registered(self, request, outcome):
        if outcome not in REGISTRATION_OUTCOMES.values():
            raise Http404
        return self.render(
            request,
            template="agenda/event_registration_done.html",
            context_overrides={"outcome": outcome},
        )

    @path("aanmelden/annuleren/<int:pk>/<str:signature>/", name="cancel_registration")
    @method_decorator(never_cache)
    def cancel_registration(self, request, pk, signature):
        """A GET shows what the link would cancel and a button; only the POST of that
        button cancels (mail scanners follow links)."""
        registration = self.registrations.filter(pk=pk).first()
        if registration is not None and not registration.has_cancel_signature(signature):
            registration = None
        can_cancel = (
            registration is not None
            and not registration.is_cancelled
            and timezone.now() < self.starts_at
        )
        if request.method == "POST" and can_cancel:
            cancel(registration)
            return redirect(request.path)
        response = self.render(
            request,
            template="agenda/event_registration_cancel.html",
            context_overrides={"registration": registration, "can_cancel": can_cancel},
        )
        if registration is None:
            response.status_code = 404
        return response

    def render_registration_form(self, request, form, refusal=None, status=200):
        response = self.render(
            request,
            template="agenda/event_registration.html",
            context_overrides={
                "form": form,
                "refusal": refusal,
                "privacy_page": self.get_parent().specific.privacy_page,
            },
        )
        response.status_code = status
        return response

    def process_registration(self, request):
        """Validate, check the rate limit, save with a place or on the waiting list (or
        refuse: full, closed); then redirect to what happened (post/redirect/get)."""
        return submit(
            request,
            RegistrationForm(request.POST),
            scope="event_registration",
            save=lambda form: register(self, form),
            render=lambda form, refusal, status: self.render_registration_form(
                request, form, refusal, status
            ),
            done_url=lambda registration: self.registered_url(request, registration),
        )

    def registered_url(self, request, registration):
        """The thank-you page for ``registration`` (None: a form sent twice)."""
        outcome = REGISTRATION_OUTCOMES[registration.status if registration else None]
        return self.get_url(request) + self.reverse_subpage("registered", args=[outcome])


class EventTheme(Orderable):
    """An event's theme; the first in order is its main theme."""

    page = ParentalKey(EventPage, related_name="event_themes", on_delete=models.CASCADE)
    theme = models.ForeignKey(
        "core.ThemePage",
        verbose_name=_("theme"),
        related_name="event_links",
        on_delete=models.CASCADE,
        db_index=False,  # events_of_theme below serves lookups by theme
    )

    panels = [FieldPanel("theme")]

    class Meta(Orderable.Meta):
        verbose_name = _("theme of an event")
        verbose_name_plural = _("themes of an event")
        constraints = [
            models.UniqueConstraint(fields=["page", "theme"], name="unique_theme_per_event"),
        ]
        indexes = [models.Index(fields=["theme", "page"], name="events_of_theme")]


def themes_covered(events):
    """The live themes of ``events``, in menu order, each with ``item_count``: how many
    of them it has. One query, grouping their theme links."""
    # The filter comes before the count, so both use the same join.
    return (
        ThemePage.objects.live()
        .filter(event_links__page__in=events.order_by().values("pk"))
        .annotate(item_count=Count("event_links"))
        .order_by("path")
    )


class AgendaIndexPage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """ "Agenda": the upcoming events, soonest first, filterable by theme and month;
    ``afgelopen/`` lists the past events, most recent first."""

    parent_page_types = ["core.HomePage"]
    subpage_types = ["agenda.EventPage"]
    max_count = 1

    # Redactie writes the events below it, through the approval workflow.
    editorial_section = True
    # The events, and the themes in the filter.
    cache_tags = (EVENTS, THEMES)

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Shown above the events. One or two sentences."),
    )

    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the consent box of the registration form of every event."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("privacy_page")]
    promote_panels = PROMOTE_PANELS

    search_fields = Page.search_fields + [index.SearchField("intro")]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def get_events(self):
        return EventPage.objects.child_of(self).for_listing()

    @path("", name="upcoming")
    def upcoming(self, request):
        now = timezone.now()
        events = self.get_events().upcoming(now)
        moments = list(events.values_list("starts_at", "ends_at"))
        filter_form = AgendaFilterForm(request.GET, themes=themes_covered(events), moments=moments)
        # The first of all upcoming events to end, read from the moments the month
        # filter needs anyway: no earlier than the first of the filtered ones.
        next_end = min((ends_at for _starts_at, ends_at in moments), default=None)
        return self.render_listing(
            request, filter_form.filter(events), filter_form, next_end, past=False, now=now
        )

    @path("afgelopen/", name="past")
    def past(self, request):
        now = timezone.now()
        events = self.get_events()
        filter_form = AgendaFilterForm(
            request.GET,
            themes=themes_covered(events.past(now)),
        )
        # One moves here when the first upcoming event ends.
        changes_at = events.next_end(now)
        return self.render_listing(
            request, filter_form.filter(events.past(now)), filter_form, changes_at, past=True
        )

    def render_listing(self, request, events, filter_form, changes_at, *, past, now=None):
        page = ListingPaginator(events, AGENDA_PAGE_SIZE).page_for(request)
        used_query.record(request, **filter_form.used_values())
        if not past:
            # A shown event that starts reads "under way" from then on.
            starts = [event.starts_at for event in page if event.starts_at > now]
            changes_at = min(filter(None, [changes_at, *starts]), default=None)
        freshness.record(request, changes_at)
        return self.render(
            request,
            context_overrides={"events": page, "filter_form": filter_form, "past": past},
        )
