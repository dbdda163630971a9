"""Server errors: a database that is briefly away is a 503 the visitor can wait out,
anything else a 500. Both pages are standalone templates that need no database."""

import sys

from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

RETRY_AFTER_SECONDS = 30


@requires_csrf_token
def server_error(request):
    """Django's handler500, which runs while the exception is being handled."""
    _, error, _ = sys.exc_info()
    # A lost connection surfaces as one of these; psycopg reports some failures of a
    # closing connection with its plain DatabaseError. Mistakes in queries are the
    # subclasses (ProgrammingError, IntegrityError, DataError) and stay a 500.
    if isinstance(error, (OperationalError, InterfaceError)) or type(error) is DatabaseError:
        response = HttpResponse(loader.render_to_string("503.html", request=None), status=503)
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return response
    return HttpResponseServerError(loader.render_to_string("500.html", request=None))
