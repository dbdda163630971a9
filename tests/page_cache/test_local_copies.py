"""Each process's copies of cache hits on Redis: answered without a round trip, and
dropped as soon as Redis reports a change to what they were read from."""

import time
from unittest import mock

import pytest
import redis
from django.core.cache import cache

from sociaalwerk.page_cache import local_copies, store
from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch, publish
from tests.requirements import require
from tests.servers import redis_cache, redis_is_running

REDIS_TEST_DATABASE = "redis://127.0.0.1:6379/11"


@pytest.fixture
def on_redis(settings):
    require(redis_is_running(), "Redis on 127.0.0.1:6379")
    settings.PAGE_CACHE_SECONDS = 3600
    settings.PAGE_CACHE_LOCAL_COPIES = 100
    settings.CACHES = redis_cache(REDIS_TEST_DATABASE)
    cache.clear()
    yield redis.Redis.from_url(REDIS_TEST_DATABASE)
    cache.clear()


@pytest.fixture
def article(content_site, on_redis, client):
    article = NewsPageFactory(parent=content_site.news_index, title="Dichtbij bewaard")
    fetch(client, article.url)  # rendered and stored
    assert_served_from_cache(client, article.url)  # read from Redis, kept in the process
    return article


def served_without_redis(client, url):
    with mock.patch.object(store, "_read", side_effect=AssertionError("read from Redis")):
        return assert_served_from_cache(client, url)


def wait_for_message():
    # Another connection's write: Redis sends its message in the same pass as the
    # writer's answer, so a millisecond is plenty on one machine.
    time.sleep(0.05)


def test_a_kept_hit_is_answered_without_reading_redis(client, article):
    response = served_without_redis(client, article.url)
    assert "Dichtbij bewaard" in response.content.decode()
    assert response["X-Cache"] == "hit"


def test_a_publish_is_seen_at_once_by_the_next_request(
    client, article, django_capture_on_commit_callbacks
):
    article.title = "Dichtbij bijgewerkt"
    with django_capture_on_commit_callbacks(execute=True):
        publish(article)
    # No wait: the message is in the connection before the publish's writes return.
    response, queries = fetch(client, article.url)
    assert queries > 0 and "Dichtbij bijgewerkt" in response.content.decode()


def test_a_change_by_another_process_drops_the_copy(client, article, on_redis):
    # Another worker marks every page stale: its own write to a tag of this page.
    for key in on_redis.scan_iter(match=cache.make_key("page-cache:tag:*")):
        on_redis.incr(key, 10**12)
    response, queries = fetch(client, article.url)
    assert queries > 0 and response.status_code == 200


def test_when_the_messages_stop_no_copy_is_served(client, article, on_redis):
    on_redis.client_kill_filter(_type="pubsub")
    # A change the process is never told of, as its connection is gone.
    for key in on_redis.scan_iter(match=cache.make_key("page-cache:tag:*")):
        on_redis.incr(key, 10**12)
    wait_for_message()
    response, queries = fetch(client, article.url)
    assert queries > 0 and response.status_code == 200


def test_a_flushed_redis_drops_every_copy(client, article, on_redis):
    on_redis.flushdb()
    wait_for_message()
    response, queries = fetch(client, article.url)
    assert queries > 0 and response.status_code == 200


@pytest.fixture
def copies(on_redis):
    copies = local_copies.LocalCopies(REDIS_TEST_DATABASE, "copies-test:", size=3)
    yield copies
    copies.close()


def test_a_read_that_a_change_overtook_is_not_kept(copies, on_redis):
    mark = copies.mark()
    on_redis.set("copies-test:a", "new")  # lands while the old value is on its way
    wait_for_message()
    copies.keep("/a/", "old", ["copies-test:a"], mark)
    assert copies.get("/a/") is None


def test_a_change_to_another_key_during_the_read_does_not_stop_keeping(copies, on_redis):
    mark = copies.mark()
    on_redis.set("copies-test:other", "x")
    wait_for_message()
    copies.keep("/a/", "value", ["copies-test:a"], mark)
    assert copies.get("/a/") == "value"


def test_keys_outside_the_tracked_prefix_are_never_kept(copies):
    copies.keep("/a/", "value", ["elsewhere:a"], copies.mark())
    assert copies.get("/a/") is None


def test_the_copies_stay_within_their_size(copies):
    for number in range(4):
        copies.keep(f"/{number}/", number, [f"copies-test:{number}"], copies.mark())
    assert copies.get("/3/") == 3
    assert len(copies._copies) <= 3


def test_without_redis_there_are_no_copies(settings):
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert local_copies.current(store.KEY_PREFIX) is None


def test_when_redis_is_unreachable_lookups_go_on_without_copies(settings):
    settings.CACHES = redis_cache("redis://127.0.0.1:1/0")
    settings.PAGE_CACHE_LOCAL_COPIES = 10
    copies = local_copies.current(store.KEY_PREFIX)
    assert copies.get("/a/") is None and copies.mark() is None


def test_a_repeated_search_is_answered_from_the_process(client, article):
    client.get("/zoeken/", {"q": "bewaard"})  # ranked and stored
    client.get("/zoeken/", {"q": "bewaard"})  # read from Redis, kept
    with mock.patch.object(store, "_read", side_effect=AssertionError("read from Redis")):
        response = client.get("/zoeken/", {"q": "bewaard"})
    assert response.status_code == 200 and "Dichtbij bewaard" in response.content.decode()
