"""The agenda of the demo: events such as the real site announced among its news.

Dates are days from the day the demo is loaded, so that the agenda always has upcoming
events and a few past ones.
"""

AGENDA_INDEX = {
    "title": "Agenda",
    "slug": "agenda",
    "intro": (
        "<p>Congressen, webinars en regiobijeenkomsten van Sociaal Werk Nederland en "
        "partners. Meld u aan of zet een activiteit in uw agenda.</p>"
    ),
}

EVENTS = [
    {
        "title": "Jaarcongres Sociaal Werk: Next level",
        "slug": "jaarcongres-sociaal-werk",
        "days_ahead": 45,
        "start_time": (9, 30),
        "end_time": (17, 0),
        "theme": "sociale-verbondenheid",
        "intro": (
            "Sociaal Werk Nederland en Sociaal Werk werkt! organiseren samen het Jaarcongres "
            "Sociaal Werk, hét jaarlijkse congres voor en door sociaal werkers."
        ),
        "body": [
            "<p>Een dag vol inspiratie, ontmoeting en vakmanschap, met workshops over "
            "buurtgericht werken, schuldhulp en jongerenwerk.</p>"
        ],
        "venue": "Jaarbeurs",
        "street_address": "Jaarbeursplein 6",
        "postcode": "3521 AL",
        "city": "Utrecht",
        "costs": "€ 95 voor leden, € 145 voor anderen",
        "audience": "Sociaal werkers, teamleiders en beleidsmedewerkers",
        "registration": "on_site",
        "capacity": 300,
    },
    {
        "title": "Webinar: meer inzicht in de veerkracht van wijken",
        "slug": "webinar-veerkracht-van-wijken",
        "days_ahead": 12,
        "start_time": (15, 0),
        "end_time": (16, 30),
        "theme": "sterke-sociale-basis",
        "intro": (
            "Aedes en Sociaal Werk Nederland laten zien hoe corporaties en sociaal werk samen "
            "de veerkracht van kwetsbare buurten versterken."
        ),
        "body": ["<p>Met cijfers uit landelijk onderzoek en voorbeelden uit drie steden.</p>"],
        "attendance": "online",
        "costs": "Gratis",
        "registration": "external",
        "registration_url": "https://www.aedes.nl/",
    },
    {
        "title": "Roadshow samenwerking wonen, zorg en welzijn",
        "slug": "roadshow-wonen-zorg-welzijn",
        "days_ahead": 26,
        "duration_days": 2,
        "theme": "sterke-sociale-basis",
        "intro": (
            "De maatschappelijke coalitie Leefbare en vitale wijken trekt twee dagen door het "
            "land: over samenwerken aan leefbare wijken."
        ),
        "body": ["<p>Elke dag een andere regio, met gemeenten, corporaties en sociaal werk.</p>"],
        "venue": "Wijkcentrum De Schakel",
        "city": "Zwolle",
        "costs": "Gratis",
        "audience": "Gemeenten, woningcorporaties en sociaal werkorganisaties",
    },
    {
        "title": "Regiobijeenkomst Noord: sociale psychiatrie in de wijk",
        "slug": "regiobijeenkomst-noord",
        "days_ahead": 5,
        "start_time": (13, 0),
        "end_time": (16, 0),
        "theme": "sociale-verbondenheid",
        "intro": (
            "Leden in het noorden wisselen ervaringen uit over samenwerken met de GGZ in de "
            "wijk. Met een bijdrage van een ervaringsdeskundige."
        ),
        "body": ["<p>Voor leden; er is plaats voor 25 deelnemers.</p>"],
        "venue": "Het Kielzog",
        "city": "Hoogezand",
        "attendance": "hybrid",
        "costs": "Gratis voor leden",
        "audience": "Leden in Groningen, Friesland en Drenthe",
        "registration": "on_site",
        "capacity": 25,
    },
    {
        "title": "Kennissessie schuldhulp en sociaal werk",
        "slug": "kennissessie-schuldhulp",
        "days_ahead": 33,
        "start_time": (10, 0),
        "end_time": (12, 0),
        "theme": "sociale-verbondenheid",
        "status": "cancelled",
        "intro": "Een ochtend over vroegsignalering van schulden, samen met gemeenten.",
        "body": ["<p>Deze kennissessie gaat niet door; we zoeken een nieuwe datum.</p>"],
        "attendance": "online",
    },
    {
        "title": "Ledenvergadering najaar",
        "slug": "ledenvergadering-najaar",
        "days_ahead": -20,
        "start_time": (14, 0),
        "end_time": (17, 0),
        "theme": "sterke-sociale-basis",
        "intro": "De algemene ledenvergadering, met de begroting en het jaarplan.",
        "body": ["<p>De stukken staan in het ledengedeelte.</p>"],
        "venue": "Sociaal Werk Nederland",
        "city": "Utrecht",
        "audience": "Leden",
    },
    {
        "title": "Webinar jongerenwerk en preventie",
        "slug": "webinar-jongerenwerk",
        "days_ahead": -48,
        "start_time": (19, 30),
        "end_time": (21, 0),
        "theme": "sociale-verbondenheid",
        "intro": "Wat jongerenwerk doet om problemen bij jongeren voor te zijn.",
        "body": ["<p>De opname is op te vragen bij het bureau.</p>"],
        "attendance": "online",
        "costs": "Gratis",
    },
]
