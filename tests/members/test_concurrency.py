"""Under load: applications sent at the same moment are each stored exactly once."""

import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from http.cookiejar import CookieJar

import pytest
from django.core.cache import cache

from members.models import MembershipApplication, MembershipPage
from sociaalwerk.public_forms.spam import new_token
from tests.factories import build_site, ensure_root_page

pytestmark = [pytest.mark.postgres, pytest.mark.django_db(transaction=True)]

SENDERS = 40


def submit(base_url, number, barrier, results):
    """One visitor: fetch the form (for the CSRF cookie), wait for the others, send."""
    jar = CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    opener.open(f"{base_url}/lid-worden/", timeout=30).read()
    csrf = next(cookie.value for cookie in jar if cookie.name == "csrftoken")
    data = {
        "csrfmiddlewaretoken": csrf,
        "organisation_name": f"Organisatie {number}",
        "kvk_number": f"{10000000 + number}",
        "street_address": "Straat 1",
        "postcode": "1234 AB",
        "city": "Utrecht",
        "employees": "10",
        "contact_name": "Jan",
        "email": f"jan{number}@example.org",
        "phone": "0301234567",
        "privacy_consent": "on",
        "form_token": new_token(),
    }
    request = urllib.request.Request(
        f"{base_url}/lid-worden/",
        data=urllib.parse.urlencode(data).encode(),
        headers={"Referer": f"{base_url}/lid-worden/"},
    )
    barrier.wait(timeout=60)
    # The test server's listen queue is short: a refused connection is sent again, as
    # a browser would, with the same form token, so it still may be stored only once.
    for attempt in range(10):
        try:
            with opener.open(request, timeout=60) as response:
                results[number] = (response.status, response.url)
                return
        except (ConnectionResetError, urllib.error.URLError):
            time.sleep(0.05 * (attempt + 1))


def test_forty_simultaneous_applications_are_all_stored_exactly_once(live_server, settings):
    settings.SPAM_MIN_FILL_SECONDS = 0
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 1000
    cache.clear()
    ensure_root_page()
    home = build_site()
    home.add_child(instance=MembershipPage(title="Lid worden", slug="lid-worden"))

    barrier, results = threading.Barrier(SENDERS), {}
    threads = [
        threading.Thread(target=submit, args=(live_server.url, n, barrier, results))
        for n in range(SENDERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert len(results) == SENDERS
    assert all(url.endswith("/lid-worden/bedankt/") for _, url in results.values())
    names = list(MembershipApplication.objects.values_list("organisation_name", flat=True))
    assert sorted(names) == sorted(f"Organisatie {n}" for n in range(SENDERS))
