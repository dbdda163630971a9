"""A bound on the searches that rank at once in this process.

Ranking is the one expensive thing the site does for anonymous visitors: a burst of
searches used to take every worker thread, and a visitor reading a cached news page
(0.7 ms alone) waited half a second behind them. ``SEARCH_CONCURRENCY`` searches rank
at a time; a search that gets no slot within ``SEARCH_SLOT_WAIT_SECONDS`` is turned
away (``Busy``) with a page that asks to try again, and the other threads stay free for
everything else. Per process, with threading primitives: gunicorn's gthread workers
share one bound among their threads; a sync worker handles one request at a time and
never waits here.
"""

import contextlib
import threading

from django.conf import settings

_lock = threading.Lock()
# One semaphore per size, so that a changed setting (in tests) takes effect.
_semaphores = {}


class Busy(Exception):
    """Every slot stayed taken for as long as a search may wait."""


def _semaphore():
    size = settings.SEARCH_CONCURRENCY
    with _lock:
        if size not in _semaphores:
            _semaphores[size] = threading.BoundedSemaphore(size)
        return _semaphores[size]


@contextlib.contextmanager
def slot():
    """Hold one slot while the block runs, waiting briefly for it, or raise ``Busy``.
    The slot is released however the block ends, a database error included."""
    semaphore = _semaphore()
    if not semaphore.acquire(timeout=settings.SEARCH_SLOT_WAIT_SECONDS):
        raise Busy
    try:
        yield
    finally:
        semaphore.release()
