import logging

from django import forms
from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import models, transaction
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField, FormSubmission
from wagtail.fields import RichTextField
from wagtail.search import index

from contact.forms import ContactFormBuilder, SpamProtectedBuilderForm
from contact.listings import ContactSubmissionsListView, as_text
from sociaalwerk.core import rich_text
from sociaalwerk.core.models import SiteSettings
from sociaalwerk.core.panels import PROMOTE_PANELS
from sociaalwerk.core.reading import excerpt
from sociaalwerk.core.view_restrictions import OneQueryViewRestrictions
from sociaalwerk.public_forms.admin_links import admin_url
from sociaalwerk.public_forms.flow import submit

logger = logging.getLogger(__name__)

# The field whose answer becomes the subject of the bureau's e-mail: a form field the
# editors labelled "Onderwerp" (or "Subject"), named after its label.
SUBJECT_FIELD_NAMES = ("onderwerp", "subject")
# The field with the visitor's name, which names a message in the admin's listing.
SENDER_FIELD_NAMES = ("naam", "name")
# Within the 78 characters a header line should keep to (RFC 5322), with room for "Re: ".
SUBJECT_MAX_LENGTH = 70


class FormField(AbstractFormField):
    """One field of the contact form, as the editors define it."""

    page = ParentalKey("ContactPage", on_delete=models.CASCADE, related_name="form_fields")

    class Meta(AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class ContactPage(OneQueryViewRestrictions, AbstractEmailForm):
    """ "Contact": a form the editors build themselves, of which every message is stored
    (see Contact messages in the admin) and e-mailed to the bureau.

    The messages always go to the bureau address in the site settings, which only
    superusers may change: the page has no recipient field of its own, since whoever may
    edit pages must not be able to send visitors' messages elsewhere. Every field has a
    length limit (``ContactFormBuilder``).

    A message is saved before it is e-mailed, so a mail server that is down loses
    nothing. After sending, the visitor is redirected to ``?verzonden=1`` (post/redirect/
    get), which shows the thank-you text, so a reload never sends twice. The form has
    the spam protection of the membership form: honeypot, minimum fill time, rate limit.
    """

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    intro = RichTextField(
        _("introduction"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Shown above the form, for example what visitors can ask and when we reply."),
    )
    # Wagtail's recipient field is removed: see the docstring.
    to_address = None
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=rich_text.INLINE,
        help_text=_("Shown after a message was sent. When empty, a short standard text is shown."),
    )

    content_panels = AbstractEmailForm.content_panels + [
        FieldPanel("intro"),
        InlinePanel("form_fields", heading=_("Form fields"), label=_("form field")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("from_address"), FieldPanel("subject")],
            heading=_("E-mail"),
            help_text=_("Messages are e-mailed to the bureau e-mail address in the site settings."),
        ),
    ]
    promote_panels = PROMOTE_PANELS

    search_fields = AbstractEmailForm.search_fields + [index.SearchField("intro")]

    form_builder = ContactFormBuilder
    submissions_list_view_class = ContactSubmissionsListView

    # The query parameter of the thank-you page that a valid form redirects to.
    sent_parameter = "verzonden"

    class Meta:
        verbose_name = _("contact page")
        verbose_name_plural = _("contact pages")

    # Serving: the form, its submission and the thank-you page.

    def serve(self, request, *args, **kwargs):
        if request.method == "POST":
            return self.serve_submission(request)
        if request.GET.get(self.sent_parameter):
            return self.render_landing_page(request)
        return self.render_form(request, self.get_form(page=self, user=request.user))

    def serve_submission(self, request):
        """Check and store a sent form, then redirect to the thank-you page."""
        return submit(
            request,
            self.get_form(request.POST, request.FILES, page=self, user=request.user),
            scope="contact",
            save=self.process_form_submission,
            render=lambda form, refusal, status: self.render_form(request, form, refusal, status),
            done_url=self.get_thank_you_url(request),
        )

    def render_form(self, request, form, refusal=None, status=200):
        """The page with ``form``; ``refusal`` says why a valid form was not accepted."""
        context = self.get_context(request)
        context.update(form=form, refusal=refusal)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def get_thank_you_url(self, request):
        return f"{self.get_url(request)}?{self.sent_parameter}=1"

    # The form.

    def get_form_class(self):
        return type("ContactForm", (SpamProtectedBuilderForm, super().get_form_class()), {})

    def process_form_submission(self, form):
        """Store the message; e-mail it once the row is committed."""
        with transaction.atomic():
            submission = self.get_submission_class().objects.create(
                form_data=form.cleaned_data, page=self
            )
            transaction.on_commit(lambda: self.notify(form, submission))
        return submission

    # The e-mail to the bureau.

    def notify(self, form, submission):
        """Send the e-mail; a failure is logged, never shown to the visitor, whose
        message is stored already."""
        try:
            self.send_mail(form, submission)
        except Exception:
            logger.warning(
                "Contact message on page %s was saved but could not be e-mailed",
                self.pk,
                exc_info=True,
            )

    def send_mail(self, form, submission):
        context = self.get_email_context(form, submission)
        message = EmailMultiAlternatives(
            subject=self.get_mail_subject(form),
            body=render_to_string("contact/emails/submission.txt", context),
            from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
            to=self.get_recipients(),
            reply_to=self.get_reply_to(form),
            headers={"Auto-Submitted": "auto-generated"},
        )
        message.attach_alternative(
            render_to_string("contact/emails/submission.html", context), "text/html"
        )
        message.send()

    def get_mail_subject(self, form):
        """The visitor's subject, so that the bureau sees what a message is about in its
        inbox; else the page's subject, else a standard one.

        A visitor's text goes into a header line here: line breaks and other control
        characters are removed (a header must not be split into two), and it is cut at
        a word to ``SUBJECT_MAX_LENGTH`` characters."""
        for name in SUBJECT_FIELD_NAMES:
            value = form.cleaned_data.get(name)
            if isinstance(value, str):
                visible = "".join(char if char.isprintable() else " " for char in value)
                subject = excerpt(visible, SUBJECT_MAX_LENGTH)
                if subject:
                    return subject
        return self.subject or str(_("New message through the contact form"))

    def get_recipients(self):
        """The bureau's address (see the class docstring)."""
        return [SiteSettings.bureau_address(self.get_site())]

    def get_reply_to(self, form):
        """The e-mail addresses the visitor filled in, so the bureau can simply reply."""
        return [
            value
            for name, value in form.cleaned_data.items()
            if value and isinstance(form.fields.get(name), forms.EmailField)
        ]

    def get_email_rows(self, form):
        """(label, value) of each filled-in field, in the form's order."""
        rows = []
        for field in form:
            if field.name not in form.cleaned_data:
                continue
            rows.append((field.label, as_text(form.cleaned_data[field.name])))
        return rows

    def get_email_context(self, form, submission):
        """For the plain-text body and the HTML alternative, which shows the same,
        escaped."""
        return {
            "page": self,
            "rows": self.get_email_rows(form),
            "message_url": admin_url("contact_messages:inspect", submission),
        }


class ContactMessageManager(models.Manager):
    def get_queryset(self):
        return super().get_queryset().filter(page__in=ContactPage.objects.all())


class ContactMessage(FormSubmission):
    """A message sent through the contact page, as the admin's *Contact messages* shows
    it: Wagtail stores the submissions of every form page in one table, and this model
    sees only those of the contact page, in every view of the listing (index, export,
    inspect, delete).

    Who may read and delete them is said by the permissions of Wagtail's form
    submissions (the group "Ledenadministratie"); this proxy has none of its own.
    """

    objects = ContactMessageManager()

    class Meta:
        proxy = True
        verbose_name = _("contact message")
        verbose_name_plural = _("contact messages")
        default_permissions = ()

    def __str__(self):
        return _("Message of %(time)s") % {
            "time": date_format(timezone.localtime(self.submit_time), "SHORT_DATETIME_FORMAT")
        }

    def sender(self):
        """The name the visitor typed; without one, the message's time."""
        for name in SENDER_FIELD_NAMES:
            if value := self.form_data.get(name):
                return as_text(value)
        return str(self)

    sender.short_description = _("Name")
