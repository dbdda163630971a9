"""``manage.py check --deploy``: the cache is shared by every web process. The page
cache and the site frame (menu, footer, settings) are marked stale by the process that
saves a change; with a cache in each process's own memory, the other workers would
go on serving what they kept."""

from django.conf import settings
from django.core.checks import Warning

PER_PROCESS_BACKENDS = {"django.core.cache.backends.locmem.LocMemCache"}


def check_shared_cache(app_configs, **kwargs):
    backend = settings.CACHES["default"]["BACKEND"]
    if backend not in PER_PROCESS_BACKENDS:
        return []
    return [
        Warning(
            f"The default cache ({backend}) lives in each web process's own memory: a "
            "change marks the cached pages and the site frame stale in the process that "
            "saved it only, and the other workers keep serving the old ones.",
            hint="Set REDIS_URL to a Redis server that every worker shares (README, Deployment).",
            id="operations.W001",
        )
    ]
