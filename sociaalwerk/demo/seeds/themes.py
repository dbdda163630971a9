"""The themes of the real site and the authors of its blogs and publications, for the demo."""

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
