"""Development: the default of ``manage.py``. Debug on, mail to the console."""

from .base import *  # noqa: F403
from .base import env

DEBUG = True
# A fixed key is fine here: dev settings never serve the public.
SECRET_KEY = env.str("SECRET_KEY", default="dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]"])
AUTH_PASSWORD_VALIDATORS = []
# Serve static files from the source folders, without a collectstatic step.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
# Page-by-page INFO lines drown the output of runserver and the demo loader.
LOGGING["root"]["level"] = env.str("LOG_LEVEL", default="WARNING")
