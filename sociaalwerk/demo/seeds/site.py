"""Texts of the site's own pages (home, membership, contact, privacy) for the demo loader."""

SITE_NAME = "Sociaal Werk Nederland"

HOME_INTRO = (
    "<p>Sociaal Werk Nederland is de branchevereniging van organisaties voor sociaal werk. "
    "Wij verbinden, versterken en vertegenwoordigen onze leden.</p>"
)

# The invitation to join at the foot of the home page.
HOME_INVITATION = {
    "heading": "Lid worden",
    "text": (
        "<p>Is uw organisatie actief in het sociaal werk? Als lid praat u mee over de cao, "
        "het beleid en de toekomst van het vak, en deelt u kennis met collega-organisaties.</p>"
    ),
    "button": "Word lid",
}

SITE_SETTINGS = {
    "organisation_name": SITE_NAME,
    "address": "Pieter Vreedeplein 6\n3511 DR Utrecht",
    "phone": "030 123 45 67",
    "email": "info@sociaalwerknederland.nl",
    "bureau_email": "bureau@sociaalwerknederland.nl",
}

DIRECTORY_PAGE = {
    "title": "Onze leden",
    "slug": "leden",
    "intro": (
        "<p>Deze organisaties voor sociaal werk zijn lid van Sociaal Werk Nederland. Zoek "
        "op naam, plaats of gemeente, of kies een provincie.</p>"
    ),
}

MEMBERSHIP_PAGE = {
    "title": "Lid worden",
    "slug": "lid-worden",
    "intro": (
        "<p>Sociaal Werk Nederland is de branchevereniging van organisaties in het sociaal "
        "werk. Als lid staat uw organisatie er niet alleen voor.</p>"
        "<p><b>Wat het lidmaatschap u biedt</b></p>"
        "<ul>"
        "<li>De cao Sociaal Werk: wij onderhandelen namens de werkgevers en helpen u de cao "
        "toe te passen.</li>"
        "<li>Collectieve belangenbehartiging bij het Rijk, gemeenten en de politiek.</li>"
        "<li>Kennis en netwerk: bijeenkomsten, publicaties en contact met collega-"
        "organisaties.</li>"
        "<li>Een juridische helpdesk voor vragen over arbeidsrecht en de cao.</li>"
        "</ul>"
        "<p><b>Wie kan lid worden</b><br>Organisaties voor sociaal werk, welzijn, "
        "jongerenwerk en maatschappelijk werk.</p>"
        "<p><b>Wat het kost</b><br>De contributie hangt af van de loonsom van uw organisatie. "
        "Het bureau bevestigt het bedrag wanneer het uw aanvraag beantwoordt.</p>"
    ),
    # Below the heading "Bedankt voor uw aanvraag", and in the confirmation e-mail: so it
    # says what happens next, not thanks again.
    "thank_you_text": (
        "<p>Het bureau bekijkt uw aanvraag en neemt binnen twee weken contact met u op.</p>"
    ),
}

CONTACT_PAGE = {
    "title": "Contact",
    "slug": "contact",
    "intro": "<p>Heeft u een vraag? Neem contact op met het bureau. We antwoorden binnen "
    "twee werkdagen.</p>",
    "thank_you_text": "<p>Bedankt voor uw bericht. We antwoorden binnen twee werkdagen.</p>",
    "subject": "Bericht via het contactformulier",
}

# (label, field type, required) of the contact form's fields.
CONTACT_FIELDS = [
    ("Naam", "singleline", True),
    ("E-mailadres", "email", True),
    ("Onderwerp", "singleline", False),
    ("Bericht", "multiline", True),
]

PRIVACY_PAGE = {
    "title": "Privacyverklaring",
    "slug": "privacyverklaring",
    "intro": (
        "<p>Wij gaan zorgvuldig om met uw persoonsgegevens en bewaren niet meer dan nodig is.</p>"
    ),
    "body": (
        "<h2>Welke gegevens wij bewaren</h2>"
        "<p>Als u een lidmaatschap aanvraagt, bewaren wij de gegevens van uw organisatie "
        "en van de contactpersoon zolang nodig is om de aanvraag te behandelen.</p>"
        "<h2>Uw rechten</h2>"
        "<p>U kunt ons vragen uw gegevens in te zien, te verbeteren of te verwijderen.</p>"
    ),
}

THEME_INDEX = {
    "title": "Thema's",
    "slug": "thema",
    "intro": "<p>De thema's waarop sociaal werk het verschil maakt.</p>",
}

NEWS_INDEX = {
    "title": "Nieuws",
    "slug": "nieuws",
    "intro": "<p>Het laatste nieuws uit het sociaal werk en van de branchevereniging.</p>",
}

BLOG_INDEX = {
    "title": "Blogs",
    "slug": "blogs",
    "intro": "<p>Blogs en columns van sociaal werkers, bestuurders en het bureau.</p>",
}

PUBLICATION_INDEX = {
    "title": "Publicaties",
    "slug": "publicaties",
    "intro": "<p>Rapporten, onderzoeken en handreikingen om te downloaden.</p>",
}

ACCESSIBILITY_PAGE = {
    "title": "Toegankelijkheidsverklaring",
    "slug": "toegankelijkheid",
    "intro": (
        "<p>Wij willen dat iedereen deze website kan gebruiken, ook met een "
        "schermlezer, alleen het toetsenbord of een vergroting.</p>"
    ),
    "body": (
        "<h2>Welke norm wij volgen</h2>"
        "<p>De website is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) "
        "2.1 op niveau AA. Elke pagina wordt bij elke wijziging automatisch getest met "
        "axe-core in een echte browser, op een telefoonscherm en op een breed scherm.</p>"
        "<h2>Wat u kunt verwachten</h2>"
        "<ul><li>Alle functies werken met het toetsenbord.</li>"
        "<li>Tekst en knoppen hebben voldoende contrast.</li>"
        "<li>Afbeeldingen hebben een tekstalternatief of zijn als decoratie gemarkeerd.</li>"
        "<li>De site werkt vanaf een schermbreedte van 320 pixels.</li></ul>"
        "<h2>Iets werkt niet?</h2>"
        "<p>Laat het ons weten via de pagina Contact. We antwoorden binnen twee werkdagen "
        "en lossen het probleem zo snel mogelijk op.</p>"
    ),
}
