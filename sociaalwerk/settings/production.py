"""Production: everything comes from the environment; missing secrets stop start-up."""

import sys

from .base import *  # noqa: F403
from .base import LOGGING, email_settings, env


def required(name, cast=str):
    """The value of environment variable ``name``; start-up stops with one line if unset.

    A plain exit rather than an exception: the operator sees one readable line, not
    a traceback through Django's settings machinery.
    """
    value = env.str(name, default="").strip()
    if not value:
        sys.exit(f"Configuration error: environment variable {name} must be set in production.")
    return cast(value)


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = required("ALLOWED_HOSTS", lambda value: [h.strip() for h in value.split(",")])
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

globals().update(email_settings("smtp://localhost:25"))

# Behind a TLS-terminating proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)

STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# One JSON object per line on stdout, for the log collector.
LOGGING["formatters"]["json"] = {"()": "sociaalwerk.operations.log_format.JsonFormatter"}
LOGGING["handlers"]["console"]["formatter"] = "json"
