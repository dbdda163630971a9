"""The twelve provinces, and the province a postcode lies in.

``POSTCODE_RANGES`` is approximate, and meant as a default that the bureau may correct
(a member organisation's chosen province always wins). It follows the way Dutch postcodes
were handed out: by region, the first two digits a sorting area around a town (10xx
Amsterdam, 35xx Utrecht, 97xx Groningen), so whole runs of numbers lie in one province.
The runs were split where a town on the other side of a provincial border has its own
numbers (Almere 13xx in Flevoland, Abcoude 1390–1393 in Utrecht, Lisse and Hillegom
2160–2199 in Zuid-Holland, Barneveld 3770–3794 and Harderwijk to Nijkerk 3840–3889 in
Gelderland, Zeewolde 3890–3899 in Flevoland, Vianen and Leerdam 4120–4169 in Utrecht,
Tholen 4690–4699 in Zeeland, Zaltbommel 5300–5335 in Gelderland, Venray and Venlo from
5800 in Limburg, Nijmegen 65xx in Gelderland, Coevorden 7740–7759 in Drenthe, Nunspeet to
Oldebroek 8070–8099 and Epe and Heerde 8160–8199 in Gelderland, Lelystad, Dronten,
Emmeloord and Urk in Flevoland, Leek and Marum 9350–9369 and the east from 9500 in
Groningen, Borger 9530–9539 in Drenthe). Villages near a border can still fall in the
neighbouring province (Hattem, Mook, Schoonebeek): the ranges were not checked against a
table of every postcode (such as the one CBS publishes each year), which would be the
source to use if the directory ever has to be exact.
"""

import bisect

from django.db import models


class Province(models.TextChoices):
    # Names, not translated: they are Dutch in any language.
    GRONINGEN = "groningen", "Groningen"
    FRYSLAN = "fryslan", "Fryslân"
    DRENTHE = "drenthe", "Drenthe"
    OVERIJSSEL = "overijssel", "Overijssel"
    FLEVOLAND = "flevoland", "Flevoland"
    GELDERLAND = "gelderland", "Gelderland"
    UTRECHT = "utrecht", "Utrecht"
    NOORD_HOLLAND = "noord-holland", "Noord-Holland"
    ZUID_HOLLAND = "zuid-holland", "Zuid-Holland"
    ZEELAND = "zeeland", "Zeeland"
    NOORD_BRABANT = "noord-brabant", "Noord-Brabant"
    LIMBURG = "limburg", "Limburg"


P = Province
# (first, last, province): the four digits of a postcode, every number from 1000 to 9999
# in exactly one run, in order.
POSTCODE_RANGES = (
    (1000, 1299, P.NOORD_HOLLAND),
    (1300, 1379, P.FLEVOLAND),
    (1380, 1389, P.NOORD_HOLLAND),
    (1390, 1393, P.UTRECHT),
    (1394, 2159, P.NOORD_HOLLAND),
    (2160, 3399, P.ZUID_HOLLAND),
    (3400, 3769, P.UTRECHT),
    (3770, 3794, P.GELDERLAND),
    (3795, 3839, P.UTRECHT),
    (3840, 3889, P.GELDERLAND),
    (3890, 3899, P.FLEVOLAND),
    (3900, 3999, P.UTRECHT),
    (4000, 4119, P.GELDERLAND),
    (4120, 4169, P.UTRECHT),
    (4170, 4199, P.GELDERLAND),
    (4200, 4249, P.ZUID_HOLLAND),
    (4250, 4299, P.NOORD_BRABANT),
    (4300, 4599, P.ZEELAND),
    (4600, 4689, P.NOORD_BRABANT),
    (4690, 4699, P.ZEELAND),
    (4700, 5299, P.NOORD_BRABANT),
    (5300, 5335, P.GELDERLAND),
    (5336, 5799, P.NOORD_BRABANT),
    (5800, 6499, P.LIMBURG),
    (6500, 7399, P.GELDERLAND),
    (7400, 7739, P.OVERIJSSEL),
    (7740, 7759, P.DRENTHE),
    (7760, 7799, P.OVERIJSSEL),
    (7800, 7949, P.DRENTHE),
    (7950, 7955, P.OVERIJSSEL),
    (7956, 7999, P.DRENTHE),
    (8000, 8069, P.OVERIJSSEL),
    (8070, 8099, P.GELDERLAND),
    (8100, 8159, P.OVERIJSSEL),
    (8160, 8199, P.GELDERLAND),
    (8200, 8259, P.FLEVOLAND),
    (8260, 8299, P.OVERIJSSEL),
    (8300, 8329, P.FLEVOLAND),
    (8330, 8379, P.OVERIJSSEL),
    (8380, 8389, P.DRENTHE),
    (8390, 9299, P.FRYSLAN),
    (9300, 9349, P.DRENTHE),
    (9350, 9369, P.GRONINGEN),
    (9370, 9499, P.DRENTHE),
    (9500, 9529, P.GRONINGEN),
    (9530, 9539, P.DRENTHE),
    (9540, 9999, P.GRONINGEN),
)
RANGE_STARTS = [first for first, _last, _province in POSTCODE_RANGES]


def province_for_postcode(postcode):
    """The province of a postcode ("3511 AA" → Utrecht), by ``POSTCODE_RANGES``; None
    for anything that does not start with four digits from 1000."""
    digits = (postcode or "")[:4]
    if not digits.isdigit() or int(digits) < RANGE_STARTS[0]:
        return None
    _first, _last, province = POSTCODE_RANGES[bisect.bisect_right(RANGE_STARTS, int(digits)) - 1]
    return province
