"""Helpers of the contact page's tests: the bureau's address and a valid message."""

from sociaalwerk.public_forms import spam

BUREAU_EMAIL = "bureau@sociaalwerk.example"


def form_data(**overrides):
    data = {
        "naam": "Anna de Vries",
        "e_mail": "anna@example.org",
        "onderwerp": "Lidmaatschap",
        "bericht": "Wanneer is de volgende ledenvergadering?",
        spam.TOKEN_FIELD: spam.new_token(),
        spam.HONEYPOT_FIELD: "",
    }
    data.update(overrides)
    return data
