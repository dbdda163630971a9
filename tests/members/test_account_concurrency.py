"""Two contact persons of one organisation save at the same moment: each change is
recorded against what was really there before it, so the history reads as a chain."""

import threading

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import ModelLogEntry

from members.models import MemberOrganisation
from members.organisation_changes import ACTION
from tests.factories import ContactPersonFactory, MemberOrganisationFactory, build_site

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]


def test_simultaneous_saves_are_each_recorded_against_the_other(settings):
    build_site()
    organisation = MemberOrganisationFactory(website="https://oost.example")
    people = [ContactPersonFactory(organisation=organisation) for _ in range(2)]
    clients = []
    for person in people:
        client = Client()
        client.force_login(person.user)
        clients.append(client)
    barrier, statuses = threading.Barrier(2), []

    def save(client, website):
        try:
            barrier.wait(timeout=30)
            data = {"street_address": "Oudegracht 1", "postcode": "3511 AA", "city": "Utrecht"}
            data["website"] = website
            statuses.append(client.post("/mijn-organisatie/wijzigen/", data).status_code)
        finally:
            connection.close()

    threads = [
        threading.Thread(target=save, args=(client, f"https://{name}.example"))
        for client, name in zip(clients, ("a", "b"), strict=True)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert statuses == [302, 302]
    first, second = (
        entry.data["changes"][0]
        for entry in ModelLogEntry.objects.filter(action=ACTION).order_by("pk")
    )
    assert first["old"] == "https://oost.example"
    assert second["old"] == first["new"]
    assert MemberOrganisation.objects.get().website == second["new"]
