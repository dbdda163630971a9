"""Blogs and columns of the real site, for the demo."""

from datetime import date

BLOGS = [
    # Shown in full on the real site.
    {
        "title": "Sociaal werk met stokjes",
        "subtitle": "Wat China van ons leerde...en wij van hen.",
        "slug": "sociaal-werk-met-stokjes",
        "date": date(2018, 9, 6),
        "authors": ["Marije van der Meij"],
        "intro": (
            "Daar zaten we dan, kijkend naar een powerpoint en pratend via een tolk. Wat zijn de "
            "overeenkomsten en verschillen tussen het sociaal werk in Nederland en China? De "
            "precieze functies van onze gesprekspartners kregen we niet boven tafel, maar ze zijn "
            "verbonden aan de lokale overheid in Pudong New Area (een district van Shanghai). Ze "
            "zijn daar verantwoordelijk voor de uitvoering van het sociaal werk."
        ),
        "body": [
            (
                "<p>We steken behoedzaam van wal. Zin voor zin, zodat de tolk tijd heeft om te "
                "vertalen. De internationale definitie van het sociaal werk was onze oosterse "
                "gasten nog niet bekend maar ze herkenden en omarmden die volledig. “Social work "
                "engages people and structures to address life challenges and enhance wellbeing.” "
                "Maar ze stelden ook meteen de essentiële vraag: “hoe DOE je dat dan? Hoe krijg je "
                "dat georganiseerd? Hoe zorg je dat mensen het sociaal werk kennen, benutten en "
                "waarderen?”</p>"
            ),
            (
                "<p>In China, zo bleek, zijn familiebanden de steun voor veel mensen. Als mensen "
                "bij de overheid of instanties aankloppen gaat het vooral om inkomen (uitkering) "
                "en het vinden van werk. Het formele sociaal werk bestaat nu zo’n 30 jaar in China "
                "en wordt nog niet erkend als motiverende en empowerende kracht. Niet bij de "
                "overheid en instanties, noch bij de burgers. Burgers hebben dan ook meer "
                "vertrouwen in de overheid dan in sociaalwerkorganisaties.</p>"
            ),
            (
                "<p>Volgens de delegatie is de belangrijkste opgave voor het sociaal werk in China "
                "om het vak van sociaal werker tot een herkenbaar en goed gepositioneerd beroep te "
                "maken, dat ook voldoende inkomen genereert om goede professionals te trekken en "
                "te behouden. Waar hebben we dat meer gehoord…?</p>"
            ),
            (
                "<p>Uit hun vragen bleek vaak hoe sterk zij redeneren vanuit efficiëntie, "
                "effectiviteit en controle. Na onze toelichting op de decentralisaties vroegen zij "
                "zich dan ook af of dit wel financieel efficiënt is: als lokale overheden zelf "
                "gaan over hun budgetten voor sociaal werk, hoe weet je als centrale overheid dan "
                "of dat juist is ingeschat?</p>"
            ),
            (
                "<p>In China krijgen lokale overheden jaarlijks een audit door de centrale "
                "overheid om na te gaan of het geld wel doelmatig en doeltreffend is besteed: “wij "
                "zijn de assistenten van de centrale overheid”.</p>"
            ),
            (
                "<p>Ook zij worstelen met het onderscheid tussen vrijwilligers en professionals. "
                "Wij vertelden dat het werk in Nederland wordt uitgevoerd door 53.200 sociaal "
                "werkers en 117.000 vrijwilligers. De logische vragen kwamen boven tafel: zijn "
                "vrijwilligers net zo effectief als professionals?</p>"
            ),
            (
                "<p>Om het huidige klimaat in het sociale domein te duiden hebben we toegelicht "
                "dat er in de laatste decennia een verschuiving is geweest van een "
                "sociaaldemocratisch uitgangspunt, naar een meer liberale opvatting over de "
                "verhouding staat en burger. Oftewel: van verzorgingsstaat naar "
                "participatiesamenleving. Hun onmiddellijke reactie: “heeft dat veel protest "
                "opgeleverd?”</p>"
            ),
            (
                "<p>Goeie vraag. Het Malieveld heeft nog niet volgestaan met boze burgers die "
                "recht claimden op diensten en ondersteuning. Toch groeit anno 2018 het besef dat "
                "je niet van iedere Nederlander kunt verwachten dat hij zelf de regie heeft over "
                "zijn gezondheid en welbevinden. Wie eenmaal in de put zit, komt daar niet vaak "
                "niet op eigen kracht uit. Dat bleek onlangs nog uit de Policy Brief van de "
                "Wetenschappelijke Raad voor het Regeringsbeleid (WRR). In een reactie daarop "
                "waarschuwde een Amsterdamse huisarts al voor de gevaren van het Engelse "
                "’shit-life syndrome’.</p>"
            ),
            "<p>Toen aarzelde de tolk even…</p>",
        ],
        "theme": "sociale-verbondenheid",
    },
    # Listed on the second theme's page: the excerpt is all we have.
    {
        "title": "Column: Laat los, en improviseer",
        "subtitle": "",
        "slug": "column-laat-los-en-improviseer",
        "date": date(2014, 10, 20),
        "authors": ["Bart van der Neut"],
        "intro": (
            "In zijn column schrijft directeur Bart van der Neut van Socius 'Onder druk wordt het "
            "lastig om professionals"
        ),
        "body": [
            (
                "<p>In zijn column schrijft directeur Bart van der Neut van Socius 'Onder druk "
                "wordt het lastig om professionals</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Discussie: bewoners en/of welzijnswerkers of ambtenaar?",
        "subtitle": "",
        "slug": "discussie-bewoners-en-of-welzijnswerkers-of-ambtenaar",
        "date": date(2014, 10, 3),
        "authors": ["Aura de Kleyn"],
        "intro": (
            "Interessante discussie en blogspot van Aura de Kleyn. In dit geval over "
            "bewonersgestuurde"
        ),
        "body": [
            (
                "<p>Interessante discussie en blogspot van Aura de Kleyn. In dit geval over "
                "bewonersgestuurde</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Blog uit Zorg & Welzijn van Dik Hooimeijer",
        "subtitle": "",
        "slug": "blog-uit-zorg-welzijn-van-dik-hooimeijer",
        "date": date(2014, 9, 29),
        "authors": ["Dik Hooimeijer"],
        "intro": (
            "Hier zou uw blog kunnen staan! Maar nu staat die van Dik Hooimeijer, MOOI, Den Haag "
            "er. Over"
        ),
        "body": [
            (
                "<p>Hier zou uw blog kunnen staan! Maar nu staat die van Dik Hooimeijer, MOOI, Den "
                "Haag er. Over</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Lost generation: straathoekwerker en politie lost de shit wèl op",
        "subtitle": "",
        "slug": "lost-generation-straathoekwerker-en-politie-lost-de-shit-wel-op",
        "date": date(2014, 9, 24),
        "authors": ["Daan Vosskühler"],
        "intro": (
            "Prikkelende en pijnlijk blog van Daan Vosskühler Zorg & Welzijn: alleen "
            "straathoekwerkers en sommige"
        ),
        "body": [
            (
                "<p>Prikkelende en pijnlijk blog van Daan Vosskühler Zorg &amp; Welzijn: alleen "
                "straathoekwerkers en sommige</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Jeugdzorg? Ga aan de slag met de ouders!",
        "subtitle": "",
        "slug": "jeugdzorg-ga-aan-de-slag-met-de-ouders",
        "date": date(2014, 9, 18),
        "authors": ["Dik Hooimeijer"],
        "intro": (
            "Blog Dik Hooimeijer, bestuurder Welzijnsorgansaitie MOOI Den Haag. Over de potentie "
            "van welzijn om"
        ),
        "body": [
            (
                "<p>Blog Dik Hooimeijer, bestuurder Welzijnsorgansaitie MOOI Den Haag. Over de "
                "potentie van welzijn om</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
    {
        "title": "Marianne van de Anker over Zwervers",
        "subtitle": "",
        "slug": "marianne-van-de-anker-over-zwervers",
        "date": date(2014, 9, 12),
        "authors": ["Marianne van den Anker"],
        "intro": (
            "Marianne van den Anker sprak in haar column in Binnelands Bestuur haar zorg uit over "
            "over dreigende"
        ),
        "body": [
            (
                "<p>Marianne van den Anker sprak in haar column in Binnelands Bestuur haar zorg "
                "uit over over dreigende</p>"
            ),
        ],
        "theme": "sterke-sociale-basis",
    },
]

# Newest first.
