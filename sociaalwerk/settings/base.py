"""Settings shared by every environment.

Anything that differs per deployment is read from the environment (see
``.env.example``); secrets have no default here. ``dev``, ``test`` and
``production`` build on this module.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "sociaalwerk"

env = environ.Env()
# A local .env file (see .env.example) fills in what the process environment lacks.
if (BASE_DIR / ".env").is_file():
    environ.Env.read_env(BASE_DIR / ".env")

DEBUG = False

INSTALLED_APPS = [
    "sociaalwerk.core",
    "sociaalwerk.page_cache",
    "sociaalwerk.search",
    "sociaalwerk.seo",
    "sociaalwerk.editorial",
    "sociaalwerk.operations",
    "sociaalwerk.public_forms",
    "news",
    "blog",
    "publications",
    "agenda",
    "members",
    "contact",
    "sociaalwerk.demo",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.staticfiles",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "sociaalwerk.operations.security_headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions and authentication: a cache hit needs neither.
    "sociaalwerk.page_cache.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes requires: it answers locked-out logins.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sociaalwerk.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "sociaalwerk.wsgi.application"

# SQLite in the project directory unless DATABASE_URL points elsewhere: a newcomer
# needs nothing installed, production and CI use PostgreSQL.
DATABASES = {
    "default": env.db_url("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASES["default"]["ATOMIC_REQUESTS"] = False
IS_POSTGRESQL = DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"

# SQLite must serve two requests at once, as an editor's autosave and preview do:
# - WAL (kept in the file once set): readers no longer block the writer, nor it them;
#   with WAL, synchronous=NORMAL is safe from corruption and spares a sync per commit.
# - A transaction that read before it writes cannot wait for another writer: SQLite
#   refuses the upgrade of its lock at once with "database is locked", busy timeout or
#   not (waiting could deadlock). IMMEDIATE takes the write lock when the transaction
#   begins, where the timeout applies, so the second writer waits its turn. Reads
#   outside transactions (most page views) are unaffected.
# - timeout: the seconds a writer waits for the lock before it gives up.
SQLITE_OPTIONS = {
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    "transaction_mode": "IMMEDIATE",
    "timeout": 20,
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        **SQLITE_OPTIONS,
        **DATABASES["default"].get("OPTIONS", {}),
    }

# PostgreSQL's default costs assume spinning disks, where reading a row through an
# index costs four sequential reads. The site's tables fit in memory (or on SSD), where
# it costs about one: with the default the planner reads a whole table to find the 20
# rows of a listing's page once the table is a few hundred rows (`make bench` shows it).
if IS_POSTGRESQL:
    DATABASES["default"]["OPTIONS"] = {
        "options": "-c random_page_cost=1.1",
        **DATABASES["default"].get("OPTIONS", {}),
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # First: refuses a login that is locked out before the password is even checked.
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Contact persons log in on the site itself (members.login_views), never in the admin;
# Wagtail's login links of members-only pages point there too.
LOGIN_URL = "/inloggen/"
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL
LOGIN_REDIRECT_URL = "/mijn-organisatie/"
LOGOUT_REDIRECT_URL = "/"
# How long the link of an invitation to set a first password works.
MEMBER_INVITATION_DAYS = env.int("MEMBER_INVITATION_DAYS", default=14)

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: the site and the admin speak Dutch.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch"))]
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
TIME_ZONE = "Europe/Amsterdam"
# Everyone works in Dutch time: the account page offers no list of 600 English zone names.
WAGTAIL_USER_TIME_ZONES = [TIME_ZONE]
USE_I18N = True
USE_TZ = True
# The project's catalogue (made by `make messages`), then the hand-kept Dutch for texts of
# Wagtail whose own translation is missing or clumsy; both come before Wagtail's.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_overrides"]
# Dates and times in the admin are written the Dutch way: Wagtail's pickers show and
# read these formats, and Django's Dutch input formats accept them.
WAGTAIL_DATE_FORMAT = "%d-%m-%Y"
WAGTAIL_DATETIME_FORMAT = "%d-%m-%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
STATIC_URL = "/static/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
MEDIA_URL = env.str("MEDIA_URL", default="/media/")

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Wagtail's page editor posts many fields for long StreamFields.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Local memory by default; Redis when REDIS_URL is set, so that several app servers
# share one cache. Short socket timeouts: a hanging Redis must not hang the site,
# which then serves uncached (see operations/cache_backends.py).
REDIS_URL = env.str("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "sociaalwerk.operations.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5_000},
        }
    }

# Sessions outlive a Redis restart in the database and are read from Redis.
if REDIS_URL:
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# Uploaded files in S3-compatible object storage when S3_BUCKET is set (credentials in
# AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, read by boto3). Images are public and
# unsigned, so cached pages never hold expired links. Documents go to a bucket of their
# own, S3_DOCUMENTS_BUCKET, which nobody may read but the site (see
# operations/media_storage.py): a document of a private collection is only ever read
# through Wagtail's document view, which checks the collection's view restrictions.
S3_BUCKET = env.str("S3_BUCKET", default="")
S3_DOCUMENTS_BUCKET = env.str("S3_DOCUMENTS_BUCKET", default="")
if S3_BUCKET:
    if S3_DOCUMENTS_BUCKET in ("", S3_BUCKET):
        raise ImproperlyConfigured(
            "S3_DOCUMENTS_BUCKET must name a private bucket other than S3_BUCKET: the "
            "documents of private collections may not lie in the public bucket."
        )
    s3_options = {
        "endpoint_url": env.str("S3_ENDPOINT_URL", default=None),
        "region_name": env.str("S3_REGION", default=None),
        "file_overwrite": False,
        "default_acl": None,
    }
    STORAGES["default"] = {
        "BACKEND": "sociaalwerk.operations.media_storage.SplitStorage",
        "OPTIONS": {
            "public": {
                "BACKEND": "storages.backends.s3.S3Storage",
                "OPTIONS": {
                    **s3_options,
                    "bucket_name": S3_BUCKET,
                    "custom_domain": env.str("S3_CUSTOM_DOMAIN", default=None),
                    "querystring_auth": False,
                },
            },
            "documents": {
                "BACKEND": "storages.backends.s3.S3Storage",
                # Signed addresses, should one ever be made: the site streams documents.
                "OPTIONS": {
                    **s3_options,
                    "bucket_name": S3_DOCUMENTS_BUCKET,
                    "querystring_auth": True,
                },
            },
        },
    }
# Documents are always streamed by the site, never a redirect to where they are stored.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The folders of MEDIA_ROOT anyone may read (image originals and renditions); documents/
# beside them is read only through Wagtail's document view.
PUBLIC_MEDIA_FOLDERS = ("original_images", "images")

# Purge a CDN or caching proxy in front when a page is published or unpublished:
# an HTTP PURGE endpoint (Varnish, nginx) or Cloudflare.
WAGTAILFRONTENDCACHE = {}
if FRONTEND_CACHE_PURGE_URL := env.str("FRONTEND_CACHE_PURGE_URL", default=""):
    WAGTAILFRONTENDCACHE["proxy"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": FRONTEND_CACHE_PURGE_URL,
    }
if CLOUDFLARE_ZONE_ID := env.str("CLOUDFLARE_ZONE_ID", default=""):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": CLOUDFLARE_ZONE_ID,
        "BEARER_TOKEN": env.str("CLOUDFLARE_API_TOKEN", default=""),
    }
if WAGTAILFRONTENDCACHE:
    INSTALLED_APPS.append("wagtail.contrib.frontend_cache")

# Whole pages for anonymous visitors (the page_cache app): how long a page stays in
# the cache at most (0 switches the cache off), and how long a CDN in front may keep
# it without asking again (0: it revalidates every time, answered with a 304).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=24 * 60 * 60)
PAGE_CACHE_CDN_SECONDS = env.int("PAGE_CACHE_CDN_SECONDS", default=0)
# Pages (addresses) each process keeps a copy of, fresh by Redis's messages (see
# page_cache/local_copies.py); 0 reads every hit from Redis.
PAGE_CACHE_LOCAL_COPIES = env.int("PAGE_CACHE_LOCAL_COPIES", default=1_000)

# Searches under load (the search app). Ranking is the only expensive work anonymous
# visitors cause, and a burst of it used to hold every worker while cached pages
# waited. So a repeated search is answered from the cache until content changes (it
# uses the page cache's tags, so it is on only while the page cache is), at most this
# long, so that one-off queries leave again (0 switches it off):
SEARCH_CACHE_SECONDS = env.int("SEARCH_CACHE_SECONDS", default=15 * 60)
# and each process ranks at most this many searches at once, leaving its other
# threads to the pages; a search that finds no slot free within the wait below gets a
# 503 page asking to try again in a few seconds, rather than queueing without end. The
# wait is short because a waiting search holds a worker thread that a page could use,
# but longer than a turn takes: with 8 searchers at once on 2 cores a search waited up
# to 0.7 s for its slot (`make bench`), and at 0.5 s one in a hundred was turned away
# from a site that was busy, not overloaded.
SEARCH_CONCURRENCY = env.int("SEARCH_CONCURRENCY", default=2)
SEARCH_SLOT_WAIT_SECONDS = env.float("SEARCH_SLOT_WAIT_SECONDS", default=1.0)


def email_settings(default_url):
    """Django's EMAIL_* settings from EMAIL_URL (e.g. ``smtp+tls://user:pass@host:587``)."""
    return env.email_url("EMAIL_URL", default=default_url)


globals().update(email_settings("consolemail://"))
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="Sociaal Werk Nederland <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# A mail server that hangs must not hold a visitor's request for long.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# Wagtail
WAGTAIL_SITE_NAME = env.str("SITE_NAME", default="Sociaal Werk Nederland")
WAGTAILADMIN_USER_LOGIN_FORM = "sociaalwerk.editorial.forms.LoginForm"
WAGTAILADMIN_BASE_URL = env.str("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAIL_I18N_ENABLED = False
# The admin calls no third party: no avatars from Gravatar (they would hand editors'
# e-mail hashes to it), no release check (upgrades are deliberate, see README).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Its banner sends editors to Wagtail's English guide; the Help menu has the site's own.
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
if IS_POSTGRESQL:
    WAGTAILSEARCH_BACKENDS["default"] = {
        # Ranks a window of matches of fixed size: see the module.
        "BACKEND": "sociaalwerk.search.backend",
        # Dutch stemming, so that "wijk" also finds "wijken".
        "SEARCH_CONFIG": "dutch",
        "RANKING_WINDOW": env.int("SEARCH_RANKING_WINDOW", default=500),
    }

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# Refuses an image too large for Pillow to open with the upload message, not an error.
WAGTAILIMAGES_IMAGE_FORM_BASE = "sociaalwerk.operations.image_uploads.ImageForm"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "plain"},
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        # One line per background task (search index, references) drowns everything else.
        "django_tasks": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}

# Behind a proxy every request comes from the proxy's address. Set TRUST_X_FORWARDED_FOR
# only behind a proxy that appends the client's address to X-Forwarded-For itself: the
# spam limit, the limits on passwords and the admin-login lockout then count the client
# (public_forms/clients.py). SPAM_TRUST_X_FORWARDED_FOR is its name from before.
TRUST_X_FORWARDED_FOR = env.bool(
    "TRUST_X_FORWARDED_FOR", default=env.bool("SPAM_TRUST_X_FORWARDED_FOR", default=False)
)

# Public forms: seconds a person needs at least, hours a shown form stays valid, and
# submissions per client address per hour.
SPAM_MIN_FILL_SECONDS = env.int("SPAM_MIN_FILL_SECONDS", default=3)
SPAM_FORM_MAX_AGE = env.int("SPAM_FORM_MAX_AGE_HOURS", default=24) * 60 * 60
SPAM_MAX_SUBMISSIONS_PER_HOUR = env.int("SPAM_MAX_SUBMISSIONS_PER_HOUR", default=5)

# Admin login (django-axes): after LOGIN_FAILURE_LIMIT failures for one user name from one
# client address, that pair is locked out for an hour; a success resets the count. Locking
# the pair, not the user name alone, keeps a stranger from locking an editor out.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "axes_lockout.html"
AXES_CLIENT_IP_CALLABLE = "sociaalwerk.public_forms.clients.client_address"

# Wagtail's forms that guard a secret (public_forms/guards.py), per hour: wrong passwords
# of a protected page per client address; password-reset requests per client address
# and per e-mail address (each one mails the account).
PAGE_PASSWORD_FAILURE_LIMIT = 10
PASSWORD_RESET_LIMIT_PER_ADDRESS = 5
PASSWORD_RESET_LIMIT_PER_EMAIL = 3

# Membership applications are deleted this many days after they were received (AVG).
MEMBERSHIP_RETENTION_DAYS = env.int("MEMBERSHIP_RETENTION_DAYS", default=730)
# Event registrations are deleted this many days after their event ended (AVG).
EVENT_REGISTRATION_RETENTION_DAYS = env.int("EVENT_REGISTRATION_RETENTION_DAYS", default=365)

# Contact persons of an ended membership, with their accounts, are deleted this many days
# after the membership ended (AVG; delete_expired_contact_persons).
CONTACT_PERSON_RETENTION_DAYS = env.int("CONTACT_PERSON_RETENTION_DAYS", default=365)

# Moderation: reviewers and submitters are notified by e-mail as well as in the admin.
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
WAGTAILADMIN_NOTIFICATION_USE_HTML = True

# Management commands that `manage.py run_jobs` (the worker) runs every minute.
SCHEDULED_JOBS = [
    "publish_scheduled",
    "send_application_mails",
    "send_registration_mails",
    "delete_expired_registrations",
    "delete_expired_contact_persons",
]
