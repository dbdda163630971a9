"""The runs of `make bench` beyond one page at a time: mixed traffic, the memory of a
long run, a publish under load, and the home page's size over the wire. Each takes a
running site (see server.gunicorn) and returns what report.py checks."""

import time
import urllib.parse
from dataclasses import dataclass

from django.conf import settings
from load import Stream
from server import fetch, response_headers, worker_memory_mb

# A visitor with a session (an editor, or anyone who sent a form): the page cache never
# answers such a request, so it measures the same pages rendered.
SESSION_COOKIE = ("Cookie", f"{settings.SESSION_COOKIE_NAME}=benchmark-visitor")
# The mix of the performance issue: clients on cached pages, on uncached pages, searching.
MIX = {"cached": 8, "uncached": 4, "search": 4}


@dataclass
class Mixed:
    streams: dict  # "cached", "uncached", "search" -> load.StreamResult
    distinct_searches: int
    clients: dict  # per stream
    never_cached: list  # pages of the rotation that the page cache never answers

    @property
    def repeated_search_share(self):
        """The share of searches that asked for a query asked before in the run."""
        searches = self.streams["search"].requests
        return max(0, searches - self.distinct_searches) / searches if searches else 0


@dataclass
class Memory:
    requests: int
    seconds: float
    samples: list  # (seconds since the start, the largest VmRSS of a worker in MB)
    peak_mb: float  # the largest VmHWM of a worker

    @property
    def growth_mb(self):
        """Growth over the second half of the run: the first fills the caches of the
        threads and their connections (some 15 MB), then a worker levels off."""
        halfway = next(rss for seconds, rss in self.samples if seconds >= self.seconds / 2)
        return self.samples[-1][1] - halfway


@dataclass
class Spike:
    title: str
    showing: list  # the paths that show the new item
    stale: list  # paths whose first answer after the publish differed from a fresh render
    unlisted: list  # pages that must list the item (home, news, its theme, feeds) but did not
    hits: int  # cache hits on the other paths, in the seconds after the publish
    answers: int  # all answers on the other paths in that time

    @property
    def hit_share(self):
        return self.hits / self.answers if self.answers else 0


def search_paths(terms):
    return [f"/zoeken/?q={urllib.parse.quote_plus(term)}" for term in terms]


def warm_all(paths, terms):
    """Every page rendered (and stored) once, and every worker past its first search."""
    for path in paths:
        fetch(path)
        fetch(path, [SESSION_COOKIE])
    for path in search_paths(terms[:5]):
        fetch(path)


def answered_from_cache(paths):
    """The paths the page cache answers once they have been rendered: not the pages
    with a form (their CSRF token is the visitor's own), which are renders by design
    and belong to the uncached stream."""
    return [path for path in paths if response_headers(path).get("X-Cache") == "hit"]


def mixed_streams(paths, cached, terms, seconds):
    return {
        "cached": Stream(cached, clients=MIX["cached"], seconds=seconds),
        "uncached": Stream(
            paths, clients=MIX["uncached"], seconds=seconds, headers=[SESSION_COOKIE]
        ),
        "search": Stream(search_paths(terms), clients=MIX["search"], seconds=seconds),
    }


def mixed_run(paths, terms, seconds):
    """The three kinds of visitors at once, for ``seconds``."""
    cached = answered_from_cache(paths)
    streams = mixed_streams(paths, cached, terms, seconds)
    for stream in streams.values():
        stream.start()
    results = {name: stream.result() for name, stream in streams.items()}
    never_cached = [path for path in paths if path not in cached]
    return Mixed(results, distinct_searches=len(terms), clients=MIX, never_cached=never_cached)


def memory_run(server, paths, terms, seconds, every=10):
    """The mix for ``seconds`` with the workers' memory sampled ``every`` seconds: does a
    worker grow while it serves every kind of page?"""
    streams = mixed_streams(paths, answered_from_cache(paths), terms, seconds)
    start = time.monotonic()
    samples = [(0, largest_rss(server))]
    for stream in streams.values():
        stream.start()
    while time.monotonic() - start + every < seconds:
        time.sleep(every)
        samples.append((round(time.monotonic() - start), largest_rss(server)))
    results = [stream.result() for stream in streams.values()]
    samples.append((round(time.monotonic() - start), largest_rss(server)))
    return Memory(
        requests=sum(result.requests for result in results),
        seconds=seconds,
        samples=samples,
        peak_mb=max(peak for _, peak in worker_memory_mb(server.pid).values()),
    )


def largest_rss(server):
    return max(rss for rss, _ in worker_memory_mb(server.pid).values())


def publish_spike(queries, paths, seconds):
    """Publish a news item while the cached pages are under load, then measure for
    ``seconds`` how many answers on the pages that do not show it are still cache
    hits, and check that every page's first answer after the publish is fresh."""
    paths = answered_from_cache(paths)
    load = Stream(paths, clients=MIX["cached"], seconds=600).start()
    time.sleep(2)
    published = queries.publish_news_item()
    load.stop()
    after = Stream(paths, clients=MIX["cached"], seconds=seconds).start()
    showing, stale = freshness(paths + [published.path], published.title)
    result = after.result()
    others = [path for path in paths if path not in showing]
    return Spike(
        title=published.title,
        showing=showing,
        stale=stale,
        unlisted=[path for path in published.listed_on if path not in showing],
        hits=sum(result.hits.get(path, 0) for path in others),
        answers=sum(result.hits.get(path, 0) + result.misses.get(path, 0) for path in others),
    )


def freshness(paths, title):
    """The paths whose fresh render shows ``title``, and those whose answer to an
    anonymous visitor (from the cache where it can) is not the same in that respect."""
    showing, stale = [], []
    for path in paths:
        served = title.encode() in fetch(path)[1]
        rendered = title.encode() in fetch(path, [SESSION_COOKIE])[1]
        if rendered:
            showing.append(path)
        if served != rendered:
            stale.append(path)
    return showing, stale


def home_transfer_bytes():
    """The home page's body as it crosses the wire to a browser that accepts Brotli (the
    second request: the first stores it)."""
    fetch("/", [("Accept-Encoding", "br")])
    _, body = fetch("/", [("Accept-Encoding", "br")])
    return len(body)
