"""Helpers of the members' tests: the address of "Lid worden" and a valid application."""

from sociaalwerk.public_forms.spam import new_token

URL = "/lid-worden/"


def application(**overrides):
    data = {
        "organisation_name": "Welzijn Utrecht",
        "kvk_number": "12345678",
        "street_address": "Oudegracht 1",
        "postcode": "3511 AA",
        "city": "Utrecht",
        "website": "https://welzijn.example",
        "employees": "120",
        "contact_name": "Anna de Vries",
        "contact_role": "Directeur",
        "email": "anna@welzijn.example",
        "phone": "030 123 45 67",
        "message": "Wij willen graag lid worden.",
        "privacy_consent": "on",
        "homepage": "",
        "form_token": new_token(),
    }
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
