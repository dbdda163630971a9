"""Who is asking, and how often: the client's address, and counters in the cache.

Behind a proxy every request arrives from the proxy's own address; counting that would
put every visitor in one bucket, so that one stranger could use up everyone's limit
(or lock an editor out of the admin). With ``TRUST_X_FORWARDED_FOR`` on, the address the
proxy appended to ``X-Forwarded-For`` counts instead. This one function serves the spam
limit of the forms, the limits of ``guards`` and django-axes's login lockout (named in
the settings as ``AXES_CLIENT_IP_CALLABLE``).
"""

import ipaddress

from django.conf import settings
from django.core.cache import cache


def client_address(request):
    """The visitor's address as the trusted proxy reports it, else the direct peer.

    Only the last entry of ``X-Forwarded-For`` is the proxy's own: whatever comes before
    it was sent by the client and proves nothing.
    """
    if settings.TRUST_X_FORWARDED_FOR:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")[-1].strip()
        try:
            # Normalised, so that one address is one counter (and valid for axes's field).
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass  # not set by the proxy on this request (e.g. a health probe)
    return request.META.get("REMOTE_ADDR", "")


def _cache_key(key):
    return f"ratelimit:{key}"


def attempts(key):
    """How often ``key`` was counted in its current window."""
    return cache.get(_cache_key(key)) or 0


def count(key, seconds):
    """Count one more under ``key``, in a window of ``seconds`` from its first count.

    Returns the count in the window; 0 without a working cache, so that then nothing is
    refused.
    """
    cache_key = _cache_key(key)
    cache.add(cache_key, 0, timeout=seconds)
    try:
        return cache.incr(cache_key) or 0
    except ValueError:  # expired between add and incr
        cache.set(cache_key, 1, timeout=seconds)
        return 1
