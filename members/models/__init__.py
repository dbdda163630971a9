from .applications import CONTACT_FIELDS, ORGANISATION_FIELDS, MembershipApplication
from .contacts import ContactPerson
from .organisations import MemberOrganisation, Municipality
from .pages import MembershipPage

__all__ = [
    "CONTACT_FIELDS",
    "ORGANISATION_FIELDS",
    "ContactPerson",
    "MemberOrganisation",
    "MembershipApplication",
    "MembershipPage",
    "Municipality",
]
