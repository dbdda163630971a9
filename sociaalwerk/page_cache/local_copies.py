"""Copies of the page cache's hits kept in each process, dropped when Redis says a key
they were read from has changed.

A hit read from Redis spends most of its time on the round trip, and Redis spends CPU
on the same cores as the workers. So each process keeps the lookups it found fresh,
and asks Redis to tell it about every change to the page cache's keys (client-side
caching: ``CLIENT TRACKING`` in broadcast mode for the keys' prefix, its messages sent
to a connection of the process's own). Before answering from a copy, the process
reads the messages that have arrived and drops each copy read from a changed key
(an entry stored anew, a tag bumped, a key expired or evicted, the database flushed).

A change therefore reaches a process when Redis's message does: Redis sends it as it
makes the change, before it answers the writer, so by the time a publish has committed
and its response has left, every process's connection already holds it. A copy is
never served past a message the process could have read.

If the listening connection fails, every copy is dropped and none is kept or served
until a new connection is listening; a missed message can therefore never leave a
stale copy behind. The copies are bounded by ``PAGE_CACHE_LOCAL_COPIES`` addresses per
process (0 turns them off) and exist only when the cache is Redis: a local-memory cache
is already in the process.
"""

import collections
import logging
import os
import threading
import time

from django.conf import settings
from django.core.cache import cache
from django.core.signals import setting_changed
from redis import Redis
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

INVALIDATIONS = "__redis__:invalidate"
# After a failed connection, the requests of the next seconds go to Redis directly
# rather than each waiting for a connection of its own.
RETRY_SECONDS = 5
# The messages remembered to tell whether a key changed while it was being read; an
# older read is not kept.
REMEMBERED_CHANGES = 1_000


class LocalCopies:
    """The copies of one process, for the keys that start with ``prefix`` (as the cache
    gives them to Redis)."""

    def __init__(self, url, prefix, size):
        self._url = url
        self._prefix = prefix
        self._size = size
        self._lock = threading.Lock()
        self._client = self._connection = None
        self._pid = None
        self._retry_at = 0.0
        self._copies = {}
        self._readers = collections.defaultdict(set)
        # (number, keys) of the last messages read; ``None`` keys: everything changed.
        self._changes = collections.deque(maxlen=REMEMBERED_CHANGES)
        self._last_change = 0

    def get(self, address):
        """The value kept for ``address``, or None."""
        with self._lock:
            if not self._listening():
                return None
            return self._copies.get(address)

    def mark(self):
        """Taken before reading from Redis and given to ``keep``; None if not listening."""
        with self._lock:
            return self._last_change if self._listening() else None

    def keep(self, address, value, keys, mark):
        """Keep ``value``, read from ``keys`` after ``mark``, unless one of them has
        changed since (a message about it may have arrived during the read)."""
        if mark is None or not all(key.startswith(self._prefix) for key in keys):
            return
        with self._lock:
            if not self._listening() or self._changed_since(mark, keys):
                return
            if address not in self._copies and len(self._copies) >= self._size:
                self._drop_all()
            self._copies[address] = value
            for key in keys:
                self._readers[key].add(address)

    def close(self):
        with self._lock:
            self._stop_listening()

    def _changed_since(self, mark, keys):
        if self._last_change == mark:
            return False
        if not self._changes or self._changes[0][0] > mark + 1:
            return True  # older messages are forgotten: it may have changed
        return any(
            changed is None or not changed.isdisjoint(keys)
            for number, changed in self._changes
            if number > mark
        )

    def _listening(self):
        """Whether the connection is up and every message that arrived has been read."""
        if self._pid != os.getpid():
            # A forked worker inherits its parent's socket, which it must not read.
            self._client = self._connection = None
            self._pid = os.getpid()
            self._drop_all()
        if self._connection is None and time.monotonic() >= self._retry_at:
            self._listen()
        if self._connection is None:
            return False
        try:
            self._read_messages()
        except RedisError as error:
            logger.warning("Page cache: local copies off, Redis's messages stopped: %s", error)
            self._stop_listening()
            return False
        return True

    def _listen(self):
        client = None
        try:
            # A client of one connection, which connects at once.
            client = Redis.from_url(
                self._url,
                protocol=2,
                single_connection_client=True,
                socket_connect_timeout=0.5,
                socket_timeout=0.5,
            )
            # The connection receives its own messages: as long as it is up, the
            # tracking is on; when it drops, both end together.
            own_id = client.client_id()
            client.client_tracking_on(clientid=own_id, bcast=True, prefix=[self._prefix])
            client.connection.send_command("SUBSCRIBE", INVALIDATIONS)
            client.connection.read_response()
        except RedisError as error:
            logger.warning("Page cache: local copies off, cannot listen to Redis: %s", error)
            if client is not None:
                client.close()
            self._retry_at = time.monotonic() + RETRY_SECONDS
            return
        # The client, not only its connection: the connection closes with the client.
        self._client, self._connection = client, client.connection

    def _read_messages(self):
        while self._connection.can_read(timeout=0):
            _kind, _channel, keys = self._connection.read_response()
            self._last_change += 1
            if keys is None:
                self._changes.append((self._last_change, None))
                self._drop_all()
                continue
            changed = {key.decode() for key in keys}
            self._changes.append((self._last_change, changed))
            for key in changed:
                for address in self._readers.pop(key, ()):
                    self._copies.pop(address, None)

    def _stop_listening(self):
        if self._client is not None:
            self._client.close()
        self._client = self._connection = None
        self._retry_at = time.monotonic() + RETRY_SECONDS
        self._drop_all()
        self._last_change += 1
        self._changes.clear()

    def _drop_all(self):
        self._copies.clear()
        self._readers.clear()


_copies = None
_configured = False


def current(prefix):
    """This process's copies of the keys beginning with ``prefix`` (always the same:
    the store's), or None when they are off."""
    global _copies, _configured
    if not _configured:
        _copies, _configured = _from_settings(prefix), True
    return _copies


def _from_settings(prefix):
    location = settings.CACHES["default"].get("LOCATION", "")
    size = settings.PAGE_CACHE_LOCAL_COPIES
    if size <= 0 or not str(location).startswith(("redis://", "rediss://", "unix://")):
        return None
    return LocalCopies(location, cache.make_key(prefix), size)


def _reset(setting, **kwargs):
    """Tests that change the cache or the size start again from the settings."""
    global _copies, _configured
    if setting in ("CACHES", "PAGE_CACHE_LOCAL_COPIES"):
        if _copies is not None:
            _copies.close()
        _copies, _configured = None, False


setting_changed.connect(_reset)
