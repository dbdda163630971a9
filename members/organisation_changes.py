"""What a contact person changes in their own organisation, recorded in Wagtail's audit
log, so that the membership administration reads it in the organisation's history in the
admin: one entry per save, each changed field with its old and new value."""

from django.core.exceptions import FieldDoesNotExist
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import log_actions
from wagtail.log_actions import LogFormatter

from members.models import MemberOrganisation

ACTION = "members.organisation.contact_person_edit"

# The public details a contact person may change, and the province that follows from
# the postcode: what the record compares, in the order of the form.
TEXT_FIELDS = ("street_address", "postcode", "city", "website")
RECORDED_FIELDS = ("street_address", "postcode", "city", "province", "website", "municipalities")


def snapshot(organisation):
    """The recorded fields of ``organisation`` as text, as the history shows them."""
    return {
        **{name: getattr(organisation, name) for name in TEXT_FIELDS},
        "province": str(organisation.get_province_display()),
        "municipalities": ", ".join(
            sorted(municipality.name for municipality in organisation.municipalities.all())
        ),
    }


def record_changes(organisation, before, user):
    """Log what differs between ``before`` (a snapshot) and ``organisation`` now, as done
    by ``user``; nothing when nothing changed (a form sent twice). Returns the changes."""
    after = snapshot(organisation)
    changes = [
        {"field": name, "old": before[name], "new": after[name]}
        for name in RECORDED_FIELDS
        if before[name] != after[name]
    ]
    if changes:
        log_actions.log(instance=organisation, action=ACTION, user=user, data={"changes": changes})
    return changes


def field_label(name):
    # An entry outlives the model as it is now: a field renamed since shows its name.
    try:
        return capfirst(MemberOrganisation._meta.get_field(name).verbose_name)
    except FieldDoesNotExist:
        return name


class ContactPersonEditFormatter(LogFormatter):
    """ "Changed by the contact person: Website: “old” → “new”; …" in the history."""

    label = _("Changed by contact person")

    def format_message(self, log_entry):
        changes = (log_entry.data or {}).get("changes") or []
        described = "; ".join(
            gettext("%(field)s: “%(old)s” → “%(new)s”")
            % {"field": field_label(change["field"]), "old": change["old"], "new": change["new"]}
            for change in changes
        )
        return gettext("Changed by the contact person: %(changes)s") % {"changes": described}
