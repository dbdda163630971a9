"""Texts of the real site's pages (see ../shared/seeds/) used by the demo loader."""

from datetime import date

# Theme pages: the intro is split into a lead paragraph and the text behind
# "Meer informatie / Minder informatie".
THEMES = [
    {
        "title": "Sociale verbondenheid",
        "slug": "sociale-verbondenheid",
        "lead": (
            "<p>Een beschaafde wereld is een sociale wereld, waarin we omkijken naar elkaar. We "
            "staan voor de uitdaging om de menselijke maat weer terug te brengen, om sociale "
            "verbondenheid opnieuw uit te vinden en vorm te geven: op kleine schaal, lokaal en "
            "digitaal. Sociale verbinding is een basiswaarde en een bestaansvoorwaarde voor de "
            "gezondheid van mensen. En dat betekent: vroegtijdige aandacht organiseren voor "
            "problemen in de buurt.</p>"
        ),
        "more": (
            "<p>Pas gaan handelen vanuit zorg? Dat moet stoppen. Er is een omslag nodig, van cure "
            "naar care. Dat begint met het versterken van veerkracht. Preventief, gewoon in de "
            "buurt. Het sociaal domein niet langer als kostenpost beschouwen, maar als "
            "investeringskans. Van de huisartsen en Nederlandse GGZ tot politie, woningcorporaties "
            "en onderwijs: stuk voor stuk vragen ook zij om investering in ‘de voorkant’. Om "
            "de-medicalisering en sociale ondersteuning door versterking van het sociaal domein. "
            "Het moet nu echt gebeuren. Dat kan alleen door samen te werken. Als bewoners met "
            "elkaar, én met professionals. Voor een sterke sociale basis.</p>"
        ),
    },
    {
        "title": "Een sterke sociale basis in wijken en buurten",
        "slug": "sterke-sociale-basis",
        "lead": (
            "<p>Sociaal werk in de wijken en buurten wordt steeds belangrijker: daar leef je en "
            "moet de omgeving veilig en prettig zijn. Daar groei je op, ontmoet je mensen en kun "
            "je samen werken aan je gezondheid en sociale netwerk. 80% van de ouderen met dementie "
            "woont nu nog zelfstandig thuis. Ggz-cliënten komen in de wijken wonen. Maar ook licht "
            "verstandelijk gehandicapten. In hun buurt moeten zij laagdrempelige ondersteuning "
            "vinden om hun welzijn en de leefbaarheid van de buurt op peil te houden. Het sociaal "
            "werk speelt daar een grote rol in: het organiseert ontmoeting en dagbesteding, brengt "
            "bewoners met elkaar in contact, schakelt op maatschappelijke vraagstukken met "
            "bewoners, hulpverleners en organisaties. Gemeenten zijn verantwoordelijk voor de Wmo, "
            "Jeugdhulp, Participatiewet; woningcorporaties voor woningen en het sociaal werk voor "
            "ondersteuning. In buurtteams, wijkteams, vanuit het buurthuis, op straat: overal moet "
            "worden samengewerkt aan de wijk. Sociaal werk is de spil in wijkaanpak.</p>"
        ),
        "more": (
            "<p>Voor een Sterke Sociale Basis is samenwerking cruciaal: tussen sociaal werkers, "
            "andere sociale en medische professionals, vrijwilligers, gemeente en bewoners. Een "
            "probleem komt nooit alleen. Daarom werken sociaal werkers integraal, stap voor stap. "
            "en uitgaand van 'wat kan wel'. Zo herstellen ze bestaanszekerheid, helpen ze en "
            "denken ze mee over armoede en schulden, huiselijk geweld, opvoedingsproblemen, "
            "echtscheidingen, vereenzaming en integratie.</p><p>Sociaal werkers werken samen met "
            "bewoners, in wijkteams, met vrijwilligers, huisarts, politie en wijkverpleging en "
            "ervaringsdeskundigen. De sociale basis zijn we samen: professionals, gemeente, "
            "bewoners.</p><p>Het stelsel is al in 2007 veranderd (transitie) met de introductie "
            "van de Wmo. De inhoudelijke veranderingen in werkprocessen zijn nog in volle gang (De "
            "Kanteling en Welzijn Nieuwe Stijl). Sinds de decentralisatie in 2015 van veel "
            "zorgtaken naar gemeenten, gaat de transformatie door: richting een sterke sociale "
            "basis in buurten.</p>"
        ),
    },
]

# Every author named in BLOGS and PUBLICATIONS, once each.
AUTHORS = [
    {"name": "Marije van der Meij", "role": "beleidsadviseur"},
    {"name": "Chris Bos", "role": "senior beleidsadviseur"},
    {"name": "Bart van der Neut", "role": "directeur Socius"},
    {"name": "Aura de Kleyn", "role": "blogger"},
    {"name": "Dik Hooimeijer", "role": "bestuurder MOOI Den Haag"},
    {"name": "Daan Vosskühler", "role": "blogger bij Zorg & Welzijn"},
    {"name": "Marianne van den Anker", "role": "columnist Binnenlands Bestuur"},
]

# Newest first. The real site's listings show no dates for the seed 001 and 002 items;
# theirs are made up, in the listings' order.
NEWS = [
    # Seed 001: "Laatste nieuws" on the theme page; the excerpt is all we have.
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
        "slug": "save-the-date-roadshow-over-samenwerking-wonen-zorg-en",
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
        "slug": "meld-je-aan-voor-het-jaarcongres-sociaal-werk-2023-next",
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
        "slug": "laatste-nieuws-over-energietoeslag-participatiewet-en",
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
    # Seed 000; the template adds the "Lees het hele artikel hier" link.
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
    # Seed 002: older items of the second theme.
    {
        "title": "Korte reactie nav de uitzending van Nieuwsuur van 22 september 2014",
        "slug": "korte-reactie-nav-de-uitzending-van-nieuwsuur-van-22",
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
        "slug": "vooraankondiging-combiwel-seminar-community-building-met-oa",
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
BLOGS = [
    # Seed 003.
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
    # Seed 002: the excerpt is all we have.
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
        "slug": "lost-generation-straathoekwerker-en-politie-lost-de-shit-wel",
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
PUBLICATIONS = [
    # Seed 004.
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
