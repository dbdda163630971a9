"""Publications of the real site, for the demo."""

from datetime import date

PUBLICATIONS = [
    # Shown in full on the real site.
    {
        "title": "Concullega’s in het sociaal domein",
        "slug": "concullegas-in-het-sociaal-domein",
        "date": date(2018, 10, 1),
        "authors": ["Chris Bos"],
        "publication_type": "onderzoek",
        "intro": (
            "Sanne Wouters deed als stagiaire bij Sociaal Werk Nederland een onderzoek naar de "
            "samenwerking en concurrentieverhouding tussen sociale ondernemingen en "
            "sociaalwerkorganisaties. Het verslag ervan is haar masterscriptie Humanistiek "
            "(Universiteit Utrecht)."
        ),
        "body": [
            (
                "<p>Samenvattend kan gezegd worden dat concurrentie als onwenselijk wordt ervaren, "
                "omdat het zou moeten gaan om de hulpvrager en niet om het eigen belang. Toch "
                "ervaart een deel van de sociale ondernemingen en sociaalwerkorganisaties wel "
                "degelijk concurrentie, al wordt dit meestal niet direct uitgesproken. De wil om "
                "samen te werken lijkt de aanwezigheid van concurrentie te overschaduwen. De "
                "verhouding tussen sociale ondernemingen en sociaalwerkorganisaties kan het best "
                "getypeerd worden als een spanningsvolle relatie tussen samenwerking en "
                "concurrentie, die tegelijkertijd aanwezig zijn; het merendeel van de sociale "
                "ondernemingen en sociaalwerkorganisaties zijn concullega’s. Er is in de meeste "
                "gevallen geen sprake van of samenwerking, of concurrentie, maar van "
                "coopetition.</p>"
            ),
        ],
        "theme": "sociale-verbondenheid",
        "documents": [
            {
                "title": "Concullega’s in het sociaal domein (masterscriptie)",
                "filename": "concullegas-in-het-sociaal-domein.pdf",
            },
        ],
    },
]
