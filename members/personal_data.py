"""What the site stores about a contact person, gathered for them to download (AVG,
right of access): their account, their contact person row, their organisation's
details, the changes they made, their membership applications, and what other apps
keep about their e-mail address.

Other apps answer through the Wagtail hook ``register_personal_data``: a function
``(user) -> {key: data}`` whose result is added to the download. So this module asks
them without importing them (content apps stay independent, docs/architecture.md).

The keys are Dutch and fixed: a format the person reads, which does not change with
the language of the site."""

from django.utils import timezone
from wagtail import hooks
from wagtail.models import ModelLogEntry

from members.models import MembershipApplication

ACCOUNT_FIELDS = {
    "gebruikersnaam": "username",
    "voornaam": "first_name",
    "achternaam": "last_name",
    "e-mailadres": "email",
    "laatst_ingelogd": "last_login",
    "account_aangemaakt": "date_joined",
}
CONTACT_FIELDS = {"functie": "role", "telefoon": "phone", "aangemaakt": "created_at"}
ORGANISATION_FIELDS = {
    "naam": "name",
    "bezoekadres": "street_address",
    "postcode": "postcode",
    "plaats": "city",
    "provincie": "province",
    "website": "website",
    "lid_sinds": "member_since",
    "status": "status",
    "lidmaatschap_beeindigd_op": "ended_on",
}
APPLICATION_FIELDS = {
    "ontvangen": "created_at",
    "status": "status",
    "organisatie": "organisation_name",
    "kvk_nummer": "kvk_number",
    "bezoekadres": "street_address",
    "postcode": "postcode",
    "plaats": "city",
    "website": "website",
    "aantal_medewerkers": "employees",
    "contactpersoon": "contact_name",
    "functie": "contact_role",
    "e-mailadres": "email",
    "telefoon": "phone",
    "bericht": "message",
}


def fields_of(instance, fields):
    """{key: value} of ``instance``'s attributes, as JSON can hold them."""
    return {key: as_json(getattr(instance, name)) for key, name in fields.items()}


def as_json(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def personal_data(contact_person):
    """Everything stored about ``contact_person`` and their account, as a dict for JSON."""
    user = contact_person.user
    organisation = contact_person.organisation
    data = {
        "opgevraagd_op": timezone.now().isoformat(),
        "account": fields_of(user, ACCOUNT_FIELDS),
        "contactpersoon": fields_of(contact_person, CONTACT_FIELDS),
        "organisatie": {
            **fields_of(organisation, ORGANISATION_FIELDS),
            "gemeenten": [municipality.name for municipality in organisation.municipalities.all()],
        },
        "wijzigingen": [
            {"tijdstip": entry.timestamp.isoformat(), "actie": entry.action, "gegevens": entry.data}
            for entry in ModelLogEntry.objects.filter(user_id=user.pk).order_by("timestamp")
        ],
        "lidmaatschapsaanvragen": [
            fields_of(application, APPLICATION_FIELDS) for application in applications_of(user)
        ],
    }
    for answer in hooks.get_hooks("register_personal_data"):
        data.update(answer(user))
    return data


def applications_of(user):
    """The membership applications sent with the account's e-mail address."""
    if not user.email:
        return MembershipApplication.objects.none()
    return MembershipApplication.objects.filter(email__iexact=user.email).order_by("created_at")
