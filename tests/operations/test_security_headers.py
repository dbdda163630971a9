"""Security headers on every response: pages, cached pages, errors, the admin."""

import pytest
from django.core.cache import cache

from tests.factories import NewsPageFactory


@pytest.fixture
def article(content_site):
    return NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])


def directives(response):
    policy = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in policy.split("; ")}


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


@pytest.mark.parametrize("cached", [False, True])
def test_public_pages_allow_no_inline_script_and_no_framing(client, settings, article, cached):
    if cached:
        settings.PAGE_CACHE_SECONDS = 3600
        cache.clear()
        client.get(article.url)
    response = client.get(article.url)
    assert response.status_code == 200
    policy = directives(response)
    assert policy["script-src"] == ["'self'"] and policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"] and policy["frame-ancestors"] == ["'none'"]
    assert policy["form-action"] == ["'self'"] and policy["default-src"] == ["'self'"]
    assert_common_headers(response)


def test_errors_and_feeds_carry_the_headers_too(client, article):
    for url, status in [("/bestaat-niet/", 404), ("/feeds/artikelen/", 200)]:
        response = client.get(url)
        assert response.status_code == status
        assert "frame-ancestors 'none'" in response["Content-Security-Policy"]
        assert_common_headers(response)


def test_media_on_another_host_may_be_shown(client, settings, article):
    settings.MEDIA_URL = "https://media.sociaalwerk.example/"
    response = client.get(article.url)
    assert "https://media.sociaalwerk.example" in directives(response)["img-src"]


def test_the_admin_is_framed_only_by_itself(client, article):
    response = client.get("/admin/login/")
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"] and policy["object-src"] == ["'none'"]
    assert_common_headers(response)


def test_behind_the_tls_proxy_pages_carry_hsts_and_plain_http_is_redirected(
    client, settings, article
):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^health/$"]
    secure = client.get(article.url, headers={"x-forwarded-proto": "https"})
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    plain = client.get(article.url)
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    assert client.get("/health/").status_code == 200  # load balancers probe over HTTP
