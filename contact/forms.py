"""The spam protection of the contact form, added to the form that Wagtail's form
builder generates from the fields the editors defined."""

from sociaalwerk.public_forms.spam import HONEYPOT_FIELD, TOKEN_FIELD, SpamProtectedForm

SPAM_FIELDS = (HONEYPOT_FIELD, TOKEN_FIELD)


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
