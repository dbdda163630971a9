"""The client address behind the proxy, and the counters every limit shares."""

from unittest import mock

import pytest

from sociaalwerk.public_forms import clients
from sociaalwerk.public_forms.spam import rate_limited

PROXY = "10.0.0.1"
STRANGER = "203.0.113.9"
VISITOR = "198.51.100.7"


@pytest.fixture
def behind_proxy(settings):
    settings.TRUST_X_FORWARDED_FOR = True


def request_from(rf, forwarded_for=None, address=PROXY):
    headers = {"HTTP_X_FORWARDED_FOR": forwarded_for} if forwarded_for is not None else {}
    return rf.post("/", REMOTE_ADDR=address, **headers)


def test_without_a_trusted_proxy_the_connecting_address_counts(rf):
    assert clients.client_address(request_from(rf, STRANGER)) == PROXY


@pytest.mark.parametrize(
    ("forwarded_for", "address"),
    [
        (STRANGER, STRANGER),
        # Only the proxy's own entry, the last, is trusted.
        (f"192.0.2.1, {STRANGER}", STRANGER),
        (" 2001:DB8:0::1 ", "2001:db8::1"),
        # No header, or not an address: the proxy did not set it; its own address counts.
        (None, PROXY),
        ("", PROXY),
        ("unknown", PROXY),
        (f"{STRANGER}, <script>", PROXY),
    ],
)
def test_behind_a_trusted_proxy_its_entry_in_x_forwarded_for_counts(
    rf, behind_proxy, forwarded_for, address
):
    assert clients.client_address(request_from(rf, forwarded_for)) == address


def test_counts_in_a_window_per_key():
    assert clients.attempts("test:a") == 0
    assert [clients.count("test:a", 60) for _ in range(3)] == [1, 2, 3]
    assert clients.attempts("test:a") == 3
    assert clients.count("test:b", 60) == 1


def test_without_a_working_cache_nothing_is_counted():
    with (
        mock.patch.object(clients.cache, "add", return_value=False),
        mock.patch.object(clients.cache, "incr", return_value=None),
    ):
        assert clients.count("test:a", 60) == 0


def test_the_spam_limit_counts_each_visitor_behind_the_proxy(rf, behind_proxy, settings):
    settings.SPAM_MAX_SUBMISSIONS_PER_HOUR = 1
    stranger = request_from(rf, STRANGER)
    assert not rate_limited(stranger, "contact")
    assert rate_limited(stranger, "contact")
    assert not rate_limited(request_from(rf, VISITOR), "contact")
