"""Generations: what the site keeps in the Django cache across requests until a change
makes it stale, keyed by a counter that each change moves on.

The generation is read before the database, so a value read while a change is being
saved is stored under the generation it read; ``changed()`` moves on at once and once
more when the change is committed, so that such a value is never read again. A value
of an older generation is never read again and expires after ``SECONDS``.

With one local-memory cache per worker process, a change reaches only the process
that made it: production with several workers needs a shared cache (REDIS_URL; the
deploy check ``operations.W001`` says so).
"""

import time

from django.core.cache import cache
from django.db import transaction

# Values of older generations are never read again; they expire after this.
SECONDS = 24 * 60 * 60
_MISSING = object()


class Generation:
    """One counter in the cache, under ``key``."""

    def __init__(self, key):
        self.key = key

    def current(self):
        generation = cache.get(self.key)
        if generation is None:
            self._start()
            # Still None if the cache is down: then nothing is stored anyway.
            generation = cache.get(self.key, time.time_ns())
        return generation

    def kept(self, generation, name, build):
        """The value ``name`` of ``generation`` as stored, ``build()`` stored if missing."""
        key = f"{self.key}:{generation}:{name}"
        value = cache.get(key, _MISSING)
        if value is _MISSING:
            value = build()
            cache.set(key, value, SECONDS)
        return value

    def changed(self):
        """What this generation keeps changed (or will have, once the transaction
        commits)."""
        self._next()
        transaction.on_commit(self._next)

    def _next(self):
        self._start()
        try:
            cache.incr(self.key)
        except ValueError:  # dropped a moment ago: the next read starts afresh
            self._start()

    def _start(self):
        # Nanoseconds since the epoch: after a lost counter, larger than any generation
        # handed out before, so no value of an old generation is read again.
        cache.add(self.key, time.time_ns(), timeout=None)
