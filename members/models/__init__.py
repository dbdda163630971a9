from .applications import CONTACT_FIELDS, ORGANISATION_FIELDS, MembershipApplication
from .pages import MembershipPage

__all__ = ["CONTACT_FIELDS", "ORGANISATION_FIELDS", "MembershipApplication", "MembershipPage"]
