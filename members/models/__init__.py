from .applications import CONTACT_FIELDS, ORGANISATION_FIELDS, MembershipApplication
from .contacts import ContactPerson
from .fees import FeeScale, FeeTier
from .organisations import MemberOrganisation, Municipality
from .pages import MemberDirectoryPage, MembershipPage

__all__ = [
    "CONTACT_FIELDS",
    "ORGANISATION_FIELDS",
    "ContactPerson",
    "FeeScale",
    "FeeTier",
    "MemberDirectoryPage",
    "MemberOrganisation",
    "MembershipApplication",
    "MembershipPage",
    "Municipality",
]
