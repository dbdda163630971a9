"""``/health/`` for load balancers and monitoring: 200 when the site can serve, else
503. It names no component and no error; the log has the details."""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


def database_is_available():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.exception("Health check: the database is unavailable")
        return False
    return True


def cache_is_available():
    """The shared cache, when one is configured (local memory is always there)."""
    is_available = getattr(cache, "is_available", None)
    if is_available is None or is_available():
        return True
    logger.error("Health check: the cache is unavailable")
    return False


@never_cache
@require_safe
def health(request):
    healthy = database_is_available() and cache_is_available()
    return HttpResponse(
        "ok\n" if healthy else "unavailable\n",
        status=200 if healthy else 503,
        content_type="text/plain; charset=utf-8",
    )
