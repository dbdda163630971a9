from .applications import CONTACT_FIELDS, ORGANISATION_FIELDS, MembershipApplication
from .contacts import ContactPerson
from .organisations import MemberOrganisation, Municipality
from .pages import MemberDirectoryPage, MembershipPage

__all__ = [
    "CONTACT_FIELDS",
    "ORGANISATION_FIELDS",
    "ContactPerson",
    "MemberDirectoryPage",
    "MemberOrganisation",
    "MembershipApplication",
    "MembershipPage",
    "Municipality",
]
