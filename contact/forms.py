"""The contact form: the fields the editors defined, each with a length limit, and the
spam protection of the membership form."""

from wagtail.contrib.forms.forms import FormBuilder

from sociaalwerk.public_forms.spam import HONEYPOT_FIELD, TOKEN_FIELD, SpamProtectedForm

SPAM_FIELDS = (HONEYPOT_FIELD, TOKEN_FIELD)

# As long as the message of a membership application may be (members' ``message``).
MESSAGE_MAX_LENGTH = 5000
# A line of text or a hidden value: Wagtail's own limit of a single-line field.
LINE_MAX_LENGTH = 255
URL_MAX_LENGTH = 500
NUMBER_MAX_DIGITS = 20


class ContactFormBuilder(FormBuilder):
    """Wagtail's form builder, with a limit on every field a visitor can type into, so
    that no message is stored, mailed or listed at any length. A text that is too long
    is refused with Django's Dutch message ("Zorg ervoor dat deze waarde hoogstens 5000
    tekens bevat (het zijn er nu …)") and stays in the form to be shortened.

    Single-line fields have Wagtail's limit (255), e-mail fields Django's (320); choices,
    dates and check boxes are bounded by what they accept.
    """

    def create_multiline_field(self, field, options):
        options["max_length"] = MESSAGE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        return super().create_url_field(field, options)

    def create_number_field(self, field, options):
        options["max_digits"] = NUMBER_MAX_DIGITS
        return super().create_number_field(field, options)

    def create_hidden_field(self, field, options):
        options["max_length"] = LINE_MAX_LENGTH
        return super().create_hidden_field(field, options)


class SpamProtectedBuilderForm(SpamProtectedForm):
    """``SpamProtectedForm`` for a form-builder form: the honeypot and the timing token
    are checked, then left out of ``cleaned_data``, so that they are neither stored with
    the submission nor listed in the e-mail.

    Combined with the generated form class as ``(SpamProtectedBuilderForm, WagtailForm)``:
    ``SpamProtectedForm.__init__`` passes Wagtail's ``page`` and ``user`` keywords on to
    Wagtail's ``BaseForm``, which takes them off before Django's ``Form`` sees them.
    """

    def clean(self):
        cleaned = super().clean()
        for name in SPAM_FIELDS:
            cleaned.pop(name, None)
        return cleaned

    @property
    def editor_fields(self):
        """The visible fields the editors defined, in their order; not the honeypot."""
        return [field for field in self.visible_fields() if field.name not in SPAM_FIELDS]

    @property
    def honeypot(self):
        return self[HONEYPOT_FIELD]
