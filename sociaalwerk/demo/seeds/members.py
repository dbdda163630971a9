"""Member organisations of the demo: invented welfare organisations, three in each
province, with the municipalities they work in. Names and KvK numbers are made up (the
numbers start with 9000, which the KvK has not given out in this form to real members)."""

import datetime

# (name, visiting address, postcode, city, municipalities where it works, member since)
ORGANISATIONS = [
    ("Welzijn Stad Groningen", "Grote Markt 12", "9711 LV", "Groningen", ["Groningen"], 2004),
    ("Sociaal Werk Het Hogeland", "Hoofdstraat 8", "9981 AC", "Uithuizen", ["Het Hogeland"], 2011),
    ("Wij Oldambt", "Kerkstraat 3", "9671 GE", "Winschoten", ["Oldambt", "Pekela"], 2016),
    ("Welzijn Leeuwarden", "Nieuwestad 40", "8911 CK", "Leeuwarden", ["Leeuwarden"], 2002),
    ("Sociaal Team Súdwest", "Marktstraat 5", "8601 CR", "Sneek", ["Súdwest-Fryslân"], 2013),
    ("Buurtwerk Drachten", "Zuiderbuurt 2", "9203 AA", "Drachten", ["Smallingerland"], 2018),
    ("Welzijn Assen", "Brink 14", "9401 HS", "Assen", ["Assen", "Aa en Hunze"], 2006),
    ("Sociaal Werk Emmen", "Raadhuisplein 1", "7811 AP", "Emmen", ["Emmen"], 2009),
    ("Welzijn Hoogeveen", "Hoofdstraat 60", "7902 EE", "Hoogeveen", ["Hoogeveen"], 2020),
    ("Welzijn Zwolle", "Grote Markt 20", "8011 LW", "Zwolle", ["Zwolle"], 2003),
    ("Sociaal Werk Twente", "Oude Markt 6", "7511 GB", "Enschede", ["Enschede", "Hengelo"], 2007),
    ("Buurtkracht Deventer", "Brink 30", "7411 BV", "Deventer", ["Deventer"], 2015),
    ("Welzijn Lelystad", "Stadhuisplein 2", "8232 ZX", "Lelystad", ["Lelystad"], 2008),
    ("De Schoor Almere", "Grote Markt 40", "1315 JG", "Almere", ["Almere"], 2001),
    (
        "Sociaal Werk Noordoostpolder",
        "Harmenszplein 1",
        "8302 EA",
        "Emmeloord",
        ["Noordoostpolder", "Urk"],
        2019,
    ),
    ("Welzijn Arnhem", "Koningstraat 26", "6811 DG", "Arnhem", ["Arnhem"], 2000),
    (
        "Buurtwerk Nijmegen",
        "Grote Markt 4",
        "6511 KB",
        "Nijmegen",
        ["Nijmegen", "Berg en Dal"],
        2005,
    ),
    ("Sociaal Werk Apeldoorn", "Marktplein 9", "7311 LA", "Apeldoorn", ["Apeldoorn"], 2012),
    ("Welzijn Utrecht Stad", "Oudegracht 100", "3511 AX", "Utrecht", ["Utrecht"], 2001),
    ("Sociaal Werk Amersfoort", "Hof 1", "3811 CJ", "Amersfoort", ["Amersfoort", "Leusden"], 2010),
    ("Wijkwerk Zeist", "Slotlaan 22", "3701 GK", "Zeist", ["Zeist"], 2017),
    ("Welzijn Amsterdam West", "Bos en Lommerplein 5", "1055 AA", "Amsterdam", ["Amsterdam"], 2002),
    ("Sociaal Werk Haarlem", "Grote Markt 2", "2011 RD", "Haarlem", ["Haarlem", "Zandvoort"], 2006),
    ("Buurtwerk Hoorn", "Roode Steen 1", "1621 CV", "Hoorn", ["Hoorn"], 2014),
    ("Welzijn Rotterdam Zuid", "Zuidplein 10", "3083 CW", "Rotterdam", ["Rotterdam"], 2003),
    ("Sociaal Werk Den Haag", "Spui 70", "2511 BT", "Den Haag", ["Den Haag"], 2004),
    ("Welzijn Leiden", "Breestraat 81", "2311 CK", "Leiden", ["Leiden", "Oegstgeest"], 2012),
    ("Welzijn Middelburg", "Markt 1", "4331 LK", "Middelburg", ["Middelburg", "Veere"], 2009),
    ("Sociaal Werk Goes", "Grote Markt 22", "4461 AJ", "Goes", ["Goes"], 2016),
    ("Buurtwerk Zeeuws-Vlaanderen", "Markt 5", "4531 EP", "Terneuzen", ["Terneuzen"], 2021),
    ("Welzijn Eindhoven", "Stadhuisplein 10", "5611 EM", "Eindhoven", ["Eindhoven"], 2002),
    ("Sociaal Werk Tilburg", "Heuvel 1", "5038 CS", "Tilburg", ["Tilburg"], 2005),
    ("Welzijn Den Bosch", "Markt 1", "5211 JV", "'s-Hertogenbosch", ["'s-Hertogenbosch"], 2013),
    ("Welzijn Maastricht", "Markt 78", "6211 CN", "Maastricht", ["Maastricht"], 2007),
    ("Sociaal Werk Venlo", "Markt 1", "5911 HH", "Venlo", ["Venlo"], 2011),
    ("Buurtwerk Parkstad", "Geleenstraat 27", "6411 HP", "Heerlen", ["Heerlen", "Kerkrade"], 2018),
]
# Members that left, with the date they did: the listing's "Beëindigd".
ENDED = {"Buurtwerk Drachten": datetime.date(2024, 12, 31)}
# The fees of the year the demo is loaded in (so "Lid worden" always shows an
# indication): (from wage sum, rate ‰, fixed amount), with minimum and maximum.
FEE_SCALE = {
    "minimum": "350",
    "maximum": "30000",
    "tiers": [
        ("0", None, "350"),
        ("500000", "0.9", None),
        ("2500000", "0.8", None),
        ("10000000", "0.7", None),
    ],
}
