"""The store's tag versions: a publish during rendering, or a tag the cache lost, makes the
stored page count as changed."""

from django.core.cache import cache

from sociaalwerk.core.cache_tags import ARTICLES
from sociaalwerk.page_cache import store
from sociaalwerk.page_cache.tags import page_tag
from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch, warm


def test_a_publish_during_rendering_makes_that_rendering_stale(
    client, cached, commit, monkeypatch, article
):
    """The cached copy is dated before the view reads the database."""
    serve = NewsPageFactory._meta.model.serve

    def serve_then_publish(page, request, *args, **kwargs):
        response = serve(page, request, *args, **kwargs)
        store._bump([page_tag(page.pk)])
        return response

    monkeypatch.setattr(NewsPageFactory._meta.model, "serve", serve_then_publish)
    client.get(article.url)
    monkeypatch.undo()
    response, queries = fetch(client, article.url)
    assert response.status_code == 200 and queries > 0


def test_a_tag_the_cache_lost_counts_as_changed(client, cached, article):
    warm(client, ["/"])
    cache.delete(f"page-cache:tag:{ARTICLES}")
    _, queries = fetch(client, "/")
    assert queries > 0
    assert_served_from_cache(client, "/")


def test_a_hit_reads_the_cache_once(client, cached, monkeypatch, article):
    """The entry and the versions of its tags come in one round trip."""
    warm(client, [article.url])
    reads, inside = [], []

    def counted(read):
        def counting_read(*args, **kwargs):
            if not inside:  # local memory's get_many calls get for each key
                reads.append(args[0])
            inside.append(read)
            try:
                return read(*args, **kwargs)
            finally:
                inside.pop()

        return counting_read

    for name in ("get", "get_many"):
        monkeypatch.setattr(cache, name, counted(getattr(cache, name)))
    assert_served_from_cache(client, article.url)
    assert len(reads) == 1
