"""Member organisations: KvK numbers and postcodes as the bureau types them, the
province from the postcode unless one is chosen, and a membership that ends with a date."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from members.models import MemberOrganisation
from members.provinces import POSTCODE_RANGES, Province, province_for_postcode
from tests.factories import MemberOrganisationFactory

pytestmark = pytest.mark.django_db


def organisation(**overrides):
    values = {
        "name": "Welzijn Utrecht",
        "kvk_number": "12345678",
        "postcode": "3511 AA",
        "city": "Utrecht",
        "member_since": datetime.date(2020, 1, 1),
    }
    return MemberOrganisation(**{**values, **overrides})


def errors_of(instance):
    with pytest.raises(ValidationError) as error:
        instance.full_clean()
    return error.value.message_dict


@pytest.mark.parametrize("kvk_number", ["1234567", "123456789", "1234567a", "1234 567"])
def test_a_kvk_number_is_eight_digits(kvk_number):
    assert "kvk_number" in errors_of(organisation(kvk_number=kvk_number))


def test_a_kvk_number_belongs_to_one_organisation():
    MemberOrganisationFactory(kvk_number="12345678")
    assert "kvk_number" in errors_of(organisation(kvk_number="12345678"))


@pytest.mark.parametrize("postcode", ["0123 AB", "1234AB", "1234 ab", "123 AB", "1234 A1"])
def test_a_stored_postcode_is_dutch_and_written_as_the_post_does(postcode):
    assert "postcode" in errors_of(organisation(postcode=postcode))


def test_a_valid_organisation_passes():
    organisation().full_clean()


@pytest.mark.parametrize(
    ("postcode", "province"),
    [
        ("1012 AB", Province.NOORD_HOLLAND),  # Amsterdam
        ("1315 AA", Province.FLEVOLAND),  # Almere
        ("1391 AA", Province.UTRECHT),  # Abcoude
        ("2161 AA", Province.ZUID_HOLLAND),  # Lisse
        ("2511 AA", Province.ZUID_HOLLAND),  # Den Haag
        ("3511 AA", Province.UTRECHT),
        ("3771 AA", Province.GELDERLAND),  # Barneveld
        ("4331 AA", Province.ZEELAND),  # Middelburg
        ("5611 AA", Province.NOORD_BRABANT),  # Eindhoven
        ("5911 AA", Province.LIMBURG),  # Venlo
        ("6511 AA", Province.GELDERLAND),  # Nijmegen
        ("7511 AA", Province.OVERIJSSEL),  # Enschede
        ("7811 AA", Province.DRENTHE),  # Emmen
        ("8232 AA", Province.FLEVOLAND),  # Lelystad
        ("8911 AA", Province.FRYSLAN),  # Leeuwarden
        ("9711 AA", Province.GRONINGEN),
    ],
)
def test_the_province_follows_from_the_postcode(postcode, province):
    assert province_for_postcode(postcode) == province
    assert MemberOrganisationFactory(postcode=postcode).province == province


def test_every_postcode_lies_in_exactly_one_range():
    numbers = [n for first, last, _p in POSTCODE_RANGES for n in range(first, last + 1)]
    assert numbers == list(range(1000, 10000))
    assert province_for_postcode("0999 AA") is None


def test_a_chosen_province_always_wins_and_can_be_undone():
    # Mook (6585) lies in Limburg, where the approximate ranges say Gelderland.
    mook = MemberOrganisationFactory(postcode="6585 AA", chosen_province=Province.LIMBURG)
    assert mook.province == Province.LIMBURG
    mook.postcode = "6511 AA"
    mook.save()
    assert mook.province == Province.LIMBURG
    mook.chosen_province = ""
    mook.save()
    assert MemberOrganisation.objects.get(pk=mook.pk).province == Province.GELDERLAND


def test_an_ended_membership_has_an_end_date_after_its_start():
    assert "ended_on" in errors_of(organisation(status="ended"))
    assert "ended_on" in errors_of(organisation(ended_on=datetime.date(2024, 1, 1)))
    assert "ended_on" in errors_of(organisation(status="ended", ended_on=datetime.date(2019, 1, 1)))
    organisation(status="ended", ended_on=datetime.date(2024, 1, 1)).full_clean()
