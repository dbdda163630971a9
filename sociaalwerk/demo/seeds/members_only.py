"""What the demo shows to members only: a page, a news item and a document (the real
site offers a legal help desk and writes news to "Beste leden")."""

from datetime import date

COLLECTION = "Alleen voor leden"

HELPDESK_PAGE = {
    "title": "Juridische helpdesk voor leden",
    "slug": "juridische-helpdesk",
    "intro": (
        "<p>Met vragen over arbeidsrecht, de cao en medezeggenschap kunnen leden terecht bij "
        "onze juristen.</p>"
    ),
    "body": (
        "<h2>Zo bereikt u de helpdesk</h2>"
        "<p>Bel op werkdagen tussen 9.00 en 12.00 uur naar 030 000 00 00, of mail naar "
        "helpdesk@sociaalwerk.example. U krijgt binnen twee werkdagen antwoord.</p>"
        "<h2>Waarmee wij helpen</h2>"
        "<p>Vragen over de cao Sociaal Werk, reorganisaties, ziekte en re-integratie, en de "
        "rol van de ondernemingsraad.</p>"
    ),
}

NEWS = {
    "title": "Beste leden, de stukken voor de algemene ledenvergadering staan klaar",
    "slug": "beste-leden-stukken-algemene-ledenvergadering",
    "date": date(2023, 3, 16),
    "intro": (
        "Op 13 juni komen de leden bijeen in Utrecht. De agenda en de stukken staan vanaf "
        "vandaag voor u klaar."
    ),
    "body": [
        (
            "<p>Beste leden, op dinsdag 13 juni houden wij de algemene ledenvergadering in "
            "Utrecht. Op de agenda staan het jaarverslag, de begroting en het voorstel voor de "
            "contributie van volgend jaar.</p>"
        ),
        (
            "<p>De notulen van de vorige vergadering vindt u in de documenten voor leden. "
            "Aanmelden kan tot 1 juni bij het bureau.</p>"
        ),
    ],
    # Not the first theme, whose "Laatste nieuws" shows the real site's ten items.
    "theme": "sterke-sociale-basis",
}

DOCUMENT = {"title": "Notulen algemene ledenvergadering 2022", "filename": "notulen-alv-2022.pdf"}
