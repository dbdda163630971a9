"""A Redis cache that an outage of Redis cannot take the site down with.

Django's RedisCache raises when Redis is unreachable, and Wagtail reads the cache on
every request (site root paths, renditions). This backend logs the failure and answers
as an empty cache would: reads miss, writes are dropped, so pages are served uncached
until Redis is back.

It also keeps one client object per connection pool and process, holding one
connection of its own: Django builds a new client for every call, and with redis-py 8
that costs more than the round trip to Redis itself, which on a cached page is most of
the work; a client that borrows its connection from the pool for every command still
spends a third of a cache read's time on the borrowing (20 of 60 µs). Per process,
because gunicorn forks its workers from a loaded application: a connection opened
before the fork must not be shared by the workers.
"""

import functools
import logging
import os

from django.core.cache.backends.redis import RedisCache, RedisCacheClient
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _log_outage(error):
    logger.warning("Cache unavailable, continuing without it: %s", error)


def _missing_on_failure(default):
    def decorate(method):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            try:
                return method(self, *args, **kwargs)
            except RedisError as error:
                _log_outage(error)
                return default() if callable(default) else default

        return wrapper

    return decorate


class ReusingRedisCacheClient(RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        slot = (self._get_connection_pool_index(write), os.getpid())
        if slot not in self._clients:
            pool = self._get_connection_pool(write)
            self._clients[slot] = self._client(connection_pool=pool, single_connection_client=True)
        return self._clients[slot]


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = ReusingRedisCacheClient

    def validate_key(self, key):
        """Accept every key, as Redis does: Django's checks warn of keys that memcached
        would refuse, and cost a cached page a sixth of its lookup (18 µs)."""

    add = _missing_on_failure(False)(RedisCache.add)
    set = _missing_on_failure(None)(RedisCache.set)
    touch = _missing_on_failure(False)(RedisCache.touch)
    delete = _missing_on_failure(False)(RedisCache.delete)
    get_many = _missing_on_failure(dict)(RedisCache.get_many)
    has_key = _missing_on_failure(False)(RedisCache.has_key)
    incr = _missing_on_failure(None)(RedisCache.incr)
    set_many = _missing_on_failure(list)(RedisCache.set_many)
    delete_many = _missing_on_failure(None)(RedisCache.delete_many)
    clear = _missing_on_failure(None)(RedisCache.clear)

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except RedisError as error:
            _log_outage(error)
            return default

    def is_available(self):
        """Whether Redis answers; for the health check."""
        try:
            return bool(self._cache.get_client(None, write=True).ping())
        except RedisError as error:
            _log_outage(error)
            return False
