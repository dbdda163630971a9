"""News items of the real site ("Laatste nieuws" and older), for the demo."""

from datetime import date

# Newest first. The real site's listings show no dates for the items that are only
# listed there; theirs are made up, in the listings' order.
NEWS = [
    # The "Laatste nieuws" listing of the theme page; the excerpt is all we have.
    {
        "title": "In gesprek over samenwerking zorg en sociaal domein",
        "slug": "in-gesprek-over-samenwerking-zorg-en-sociaal-domein",
        "date": date(2023, 3, 14),
        "intro": (
            "Hoe maken gemeenten, verzekeraars en aanbieders in zorg en welzijn samen een succes "
            "van de transformatie van de zorg, zoals afgesproken door"
        ),
        "body": [
            (
                "<p>Hoe maken gemeenten, verzekeraars en aanbieders in zorg en welzijn samen een "
                "succes van de transformatie van de zorg, zoals afgesproken door</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Save the date: Roadshow over samenwerking wonen, zorg en welzijn",
        "slug": "save-the-date-roadshow-samenwerking-wonen-zorg-welzijn",
        "date": date(2023, 3, 10),
        "intro": (
            "De maatschappelijke coalitie Leefbare en vitale wijken* organiseert in maart en april "
            "2023 een roadshow op vijf locaties in Nederland. Vanuit"
        ),
        "body": [
            (
                "<p>De maatschappelijke coalitie Leefbare en vitale wijken* organiseert in maart "
                "en april 2023 een roadshow op vijf locaties in Nederland. Vanuit</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "GALA/SPUK: gezamenlijke inzet op een gezonde generatie",
        "slug": "gala-spuk-gezamenlijke-inzet-op-een-gezonde-generatie",
        "date": date(2023, 3, 7),
        "intro": (
            "In december informeerden we je over het Gezond en Actief Leven Akkoord (GALA). GALA "
            "is de concrete uitwerking van het IZA, het Integraal"
        ),
        "body": [
            (
                "<p>In december informeerden we je over het Gezond en Actief Leven Akkoord (GALA). "
                "GALA is de concrete uitwerking van het IZA, het Integraal</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Reactie op onderzoek naar discriminatie in sociaal werk",
        "slug": "reactie-op-onderzoek-naar-discriminatie-in-sociaal-werk",
        "date": date(2023, 3, 2),
        "intro": (
            "Vanochtend verscheen op Nu.nl het artikel ‘Discriminatie in sociale sector lastig aan "
            "te pakken door vele vrijwilligers’. Het bericht is"
        ),
        "body": [
            (
                "<p>Vanochtend verscheen op Nu.nl het artikel ‘Discriminatie in sociale sector "
                "lastig aan te pakken door vele vrijwilligers’. Het bericht is</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Webinar Aedes: meer inzicht in de veerkracht van jouw wijken",
        "slug": "webinar-aedes-meer-inzicht-in-de-veerkracht-van-jouw-wijken",
        "date": date(2023, 2, 27),
        "intro": (
            "Dat de veerkracht van wijken onder druk staat, laat ook landelijk onderzoek van Aedes "
            "zien. We kennen allemaal wel de buurten die extra"
        ),
        "body": [
            (
                "<p>Dat de veerkracht van wijken onder druk staat, laat ook landelijk onderzoek "
                "van Aedes zien. We kennen allemaal wel de buurten die extra</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Meld je aan voor het Jaarcongres Sociaal Werk 2023: NEXT LEVEL!",
        "slug": "meld-je-aan-voor-het-jaarcongres-sociaal-werk-2023",
        "date": date(2023, 2, 23),
        "intro": (
            "Op woensdag 24 mei 2023 organiseren Sociaal Werk Nederland en Sociaal Werk werkt! "
            "samen voor de vijfde keer het Jaarcongres Sociaal Werk, hét"
        ),
        "body": [
            (
                "<p>Op woensdag 24 mei 2023 organiseren Sociaal Werk Nederland en Sociaal Werk "
                "werkt! samen voor de vijfde keer het Jaarcongres Sociaal Werk, hét</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "‘We hebben de waarde van sociaal werk totaal onderschat’",
        "slug": "we-hebben-de-waarde-van-sociaal-werk-totaal-onderschat",
        "date": date(2023, 2, 20),
        "intro": (
            "“We hebben de waarde van sociaal werk totaal onderschat de laatste decennia. Maar "
            "mensen bleven dezelfde problemen ervaren. De heropbouw van"
        ),
        "body": [
            (
                "<p>“We hebben de waarde van sociaal werk totaal onderschat de laatste decennia. "
                "Maar mensen bleven dezelfde problemen ervaren. De heropbouw van</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Interview Lex Staal: ‘De sociale basis maak je met elkaar'",
        "slug": "interview-lex-staal-de-sociale-basis-maak-je-met-elkaar",
        "date": date(2023, 2, 15),
        "intro": (
            "De sociale basis is terug van nooit weggeweest. En daarmee óók de moeite om dit "
            "begrip concreet te maken. “Iedereen heeft er wel een beeld"
        ),
        "body": [
            (
                "<p>De sociale basis is terug van nooit weggeweest. En daarmee óók de moeite om "
                "dit begrip concreet te maken. “Iedereen heeft er wel een beeld</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Subsidieoproep: samenwerking in de laatste levensfase",
        "slug": "subsidieoproep-samenwerking-in-de-laatste-levensfase",
        "date": date(2023, 2, 10),
        "intro": (
            "Voor een goede kwaliteit van leven en sterven voor mensen in de laatste levensfase en "
            "hun naasten, is het nodig dat zorg- en"
        ),
        "body": [
            (
                "<p>Voor een goede kwaliteit van leven en sterven voor mensen in de laatste "
                "levensfase en hun naasten, is het nodig dat zorg- en</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    {
        "title": "Laatste nieuws over energietoeslag, Participatiewet en inburgering",
        "slug": "laatste-nieuws-over-energietoeslag-participatiewet-en-inburgering",
        "date": date(2023, 2, 7),
        "intro": (
            "Het ministerie van Sociale Zaken en Werkgelegenheid (SZW) verstuurt een periodieke "
            "nieuwsbrief aan burgemeesters, wethouders,"
        ),
        "body": [
            (
                "<p>Het ministerie van Sociale Zaken en Werkgelegenheid (SZW) verstuurt een "
                "periodieke nieuwsbrief aan burgemeesters, wethouders,</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
    },
    # Shown in full on the real site; the template adds "Lees het hele artikel hier".
    {
        "title": "Sociale psychiatrie in de wijk",
        "slug": "sociale-psychiatrie-in-de-wijk",
        "date": date(2020, 4, 28),
        "intro": (
            "Sociaal werker Norbert Wijnhofen werkt in de omgeving van Nijmegen. Als verbinder "
            "tussen bewoners die met psychiatrische problematiek en als zelfstandig in de wijken "
            "zijn komen wonen. Het is opnieuw uitvinden: hoe ondersteun je deze bewoners zo dat "
            "zowel zij als de buurt tot hun recht komen?"
        ),
        "body": [
            (
                "<p>Dat kan nog stukken beter. In de meeste buurten en gemeenten ontbreekt nog een "
                "samenhangende visie en aanpak. In dit artikel leggen Norbert en Alie uit wat zij "
                "zien, en hoe het beter moet. Vanuit de dagelijkse praktijk, én vanuit "
                "onderzoek.</p>"
            ),
            (
                '<p>Norbert: "ik vind dat gemeenten zich moeten laten voeden, ook door sociaal '
                'werkers." Wat hem betreft: ana de bestuurs- en beleidstafels. Daar kan Norbert, '
                "die dagelijks bij zijn cliënten over de vloer komt voor hen het woord voeren en "
                "vertellen wat zij nodig hebben. (...) 'Ik doe dat vanuit iets dat we uit het oog "
                "verloren zijn: de sociale psychiatrie.'</p>"
            ),
            (
                "<p>De ambulantisering van de GGZ heeft deze bewoners plompverloren uit de "
                "instelling in de wijken gedropt. Dat kan niet.</p>"
            ),
            (
                "<p>Zie ook het pleidooi van Aedes en Sociaal Werk Nederland voor versterking van "
                "ondersteuning in wijken met sociale huurwoningen.</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
        "external_url": "https://example.org/sociale-psychiatrie-in-de-wijk",
    },
    # Older items listed on the second theme's page.
    {
        "title": "Korte reactie nav de uitzending van Nieuwsuur van 22 september 2014",
        "slug": "korte-reactie-op-nieuwsuur-van-22-september-2014",
        "date": date(2014, 10, 14),
        "intro": (
            "Het lag er wel heel dik bovenop. Nieuwsuur bracht een reportage over Gemert. De "
            "dorpsondersteuners werden in"
        ),
        "body": [
            (
                "<p>Het lag er wel heel dik bovenop. Nieuwsuur bracht een reportage over Gemert. "
                "De dorpsondersteuners werden in</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Vooraankondiging: Combiwel Seminar ‘Community building’ met o.a. Jim Diers",
        "slug": "vooraankondiging-combiwel-seminar-community-building",
        "date": date(2014, 10, 9),
        "intro": (
            "De Wmo gaat uit van actieve bijdragen van burgers en vrijwilligers in het opbouwen "
            "van lokale netwerken ter"
        ),
        "body": [
            (
                "<p>De Wmo gaat uit van actieve bijdragen van burgers en vrijwilligers in het "
                "opbouwen van lokale netwerken ter</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Paradigmawisseling nodig bij decentralisatie jeugdzorg",
        "slug": "paradigmawisseling-nodig-bij-decentralisatie-jeugdzorg",
        "date": date(2014, 9, 5),
        "intro": (
            "Paradigmawisseling van ‘recht op zorg’, naar ‘de plicht om kinderen te ondersteunen "
            "en te stimuleren bij het"
        ),
        "body": [
            (
                "<p>Paradigmawisseling van ‘recht op zorg’, naar ‘de plicht om kinderen te "
                "ondersteunen en te stimuleren bij het</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
]

# Newest first; columns and discussion pieces count as blogs.
