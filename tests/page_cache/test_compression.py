"""Compressed pages: a cached page is stored as Brotli and gzip and answered in the
encoding the browser accepts, with its own ETag; pages without a secret are compressed
when not cached; pages for editors and forms are not."""

import gzip

import brotli
import pytest
from django.core.cache import cache
from django.http import HttpResponse

from sociaalwerk.page_cache.compression import CompressedPage, negotiate
from tests.page_cache.helpers import assert_served_from_cache, fetch
from tests.requirements import require
from tests.servers import redis_cache, redis_is_running

REDIS_TEST_DATABASE = "redis://127.0.0.1:6379/13"
DECOMPRESS = {"br": brotli.decompress, "gzip": gzip.decompress}


@pytest.fixture(params=["locmem", "redis"])
def backend(request, settings):
    """The page cache switched on, in local memory and on Redis as in production."""
    settings.PAGE_CACHE_SECONDS = 3600
    if request.param == "redis":
        require(redis_is_running(), "Redis on 127.0.0.1:6379")
        settings.CACHES = redis_cache(REDIS_TEST_DATABASE)
    cache.clear()
    yield
    cache.clear()


@pytest.mark.parametrize(
    ("accept_encoding", "coding"),
    [
        ("gzip, deflate, br, zstd", "br"),
        ("gzip", "gzip"),
        ("x-gzip", "gzip"),
        ("BR;Q=0.5, gzip;q=1", "gzip"),
        ("br;q=0, gzip", "gzip"),
        ("*", "br"),
        ("*;q=0, gzip;q=0.1", "gzip"),
        ("gzip;q=0, br;q=0", None),
        ("*;q=0", None),
        ("identity, br;q=0.5", None),
        ("identity;q=0.5, br;q=0.8", "br"),
        ("br;q=high, gzip;q=0.2", "gzip"),
        ("deflate", None),
        ("", None),
    ],
)
def test_the_accepted_coding_is_chosen_by_quality_then_brotli(accept_encoding, coding):
    assert negotiate(accept_encoding) == coding


@pytest.mark.parametrize("coding", ["br", "gzip"])
def test_a_cached_page_is_answered_compressed_as_accepted(client, backend, article, coding):
    plain, _ = fetch(client, article.url)
    response = assert_served_from_cache(client, article.url)
    assert response.content == plain.content and "Content-Encoding" not in response
    assert int(response["Content-Length"]) == len(plain.content)

    compressed = assert_served_from_cache(client, article.url, accept_encoding=coding)
    assert compressed["Content-Encoding"] == coding
    assert int(compressed["Content-Length"]) == len(compressed.content) < len(plain.content) / 2
    assert DECOMPRESS[coding](compressed.content) == plain.content
    assert "Accept-Encoding" in compressed["Vary"]


def test_refused_codings_are_not_sent(client, backend, article):
    fetch(client, article.url)
    gzipped = assert_served_from_cache(client, article.url, accept_encoding="br;q=0, gzip")
    assert gzipped["Content-Encoding"] == "gzip"
    plain = assert_served_from_cache(client, article.url, accept_encoding="br;q=0, gzip;q=0")
    assert "Content-Encoding" not in plain and b"Eerste bericht" in plain.content


def test_each_encoding_has_its_own_etag_and_304(client, backend, article):
    fetch(client, article.url)
    etags = {
        coding: client.get(article.url, headers={"accept-encoding": coding})["ETag"]
        for coding in ("br", "gzip", "identity")
    }
    assert len(set(etags.values())) == 3
    assert all(etag.startswith('"') for etag in etags.values())  # strong

    br_etag = etags["br"]
    for if_none_match in (br_etag, f'"other", {br_etag}', "*"):
        response = client.get(
            article.url, headers={"accept-encoding": "br", "if-none-match": if_none_match}
        )
        assert response.status_code == 304 and response.content == b""
        assert response["ETag"] == br_etag and "Accept-Encoding" in response["Vary"]
    other_representation = client.get(
        article.url, headers={"accept-encoding": "gzip", "if-none-match": br_etag}
    )
    assert other_representation.status_code == 200
    assert other_representation["Content-Encoding"] == "gzip"


def test_the_visit_that_fills_the_cache_is_compressed_too(client, backend, article):
    response, queries = fetch(client, article.url, accept_encoding="gzip, br")
    assert queries > 0 and response["Content-Encoding"] == "br"
    assert b"Eerste bericht" in brotli.decompress(response.content)


def test_vary_keeps_what_the_page_varied_on():
    response = HttpResponse("<p>Hallo</p>" * 50, headers={"Vary": "Cookie"})
    page = CompressedPage.of(response)
    assert page.response("br")["Vary"] == "Cookie, Accept-Encoding"


def test_uncached_pages_without_secrets_are_compressed(client, backend, article):
    response = client.get("/zoeken/?q=bericht", headers={"accept-encoding": "gzip"})
    assert "private" in response["Cache-Control"] and response["Content-Encoding"] == "gzip"
    assert "bericht" in gzip.decompress(response.content).decode()
    assert int(response["Content-Length"]) == len(response.content)
    assert "Accept-Encoding" in response["Vary"]
    plain = client.get("/zoeken/?q=bericht")
    assert "Content-Encoding" not in plain and "Accept-Encoding" in plain["Vary"]


def test_pages_with_a_session_or_a_csrf_token_are_not_compressed(
    client, backend, admin_user, membership_page
):
    form = client.get(membership_page.url, headers={"accept-encoding": "br, gzip"})
    assert "csrfmiddlewaretoken" in form.content.decode() and "Content-Encoding" not in form
    client.force_login(admin_user)
    editor = client.get("/zoeken/?q=bericht", headers={"accept-encoding": "br, gzip"})
    assert editor.status_code == 200 and "Content-Encoding" not in editor
