"""Security headers on every response: pages, cached pages, errors, the admin."""

import pytest
from django.core.cache import cache
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, fetch

SECURITY_HEADERS = (
    "Content-Security-Policy",
    "Permissions-Policy",
    "Strict-Transport-Security",
    "X-Content-Type-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "X-Frame-Options",
)


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


def behind_the_tls_proxy(settings):
    """Settings as in production, where the proxy in front says it was HTTPS."""
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 31_536_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_REDIRECT_EXEMPT = [r"^health/$"]


def test_behind_the_tls_proxy_pages_carry_hsts_and_plain_http_is_redirected(
    client, settings, article
):
    behind_the_tls_proxy(settings)
    secure = client.get(article.url, headers={"x-forwarded-proto": "https"})
    assert secure["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"
    plain = client.get(article.url)
    assert plain.status_code == 301 and plain["Location"].startswith("https://")
    assert client.get("/health/").status_code == 200  # load balancers probe over HTTP


def security_headers(response):
    return {name: response.get(name) for name in SECURITY_HEADERS}


def test_a_cached_page_carries_the_security_headers_of_a_rendered_one(client, settings, article):
    """Hits leave the page cache early: they must carry every security header that a
    rendering carries, on a 200 and on a 304 alike."""
    behind_the_tls_proxy(settings)
    settings.PAGE_CACHE_SECONDS = 3600
    https = {"x-forwarded-proto": "https", "accept-encoding": "br, gzip"}
    cache.clear()
    rendered, queries = fetch(client, article.url, **https)
    assert queries > 0 and None not in security_headers(rendered).values()
    hit = assert_served_from_cache(client, article.url, **https)
    assert security_headers(hit) == security_headers(rendered)

    revalidation = {**https, "if-none-match": hit["ETag"]}
    cache.clear()
    rendered, queries = fetch(client, article.url, **revalidation)
    assert rendered.status_code == 304 and queries > 0
    hit, queries = fetch(client, article.url, **revalidation)
    assert hit.status_code == 304 and queries == 0
    assert security_headers(hit) == security_headers(rendered)


def preview(client, article):
    """The editor's form posted to the preview, then the preview panel's page."""
    url = reverse("wagtailadmin_pages:preview_on_edit", args=[article.pk])
    theme = article.article_themes.first().theme_id
    data = {
        "title": "Voorvertoond bericht",
        "slug": article.slug,
        "date": "2024-03-14",
        "intro": "Een korte inleiding.",
        "body": streamfield([("paragraph", rich_text("<p>De tekst.</p>"))]),
        "article_themes": inline_formset([{"theme": theme}], min=1),
    }
    assert client.post(url, nested_form_data(data)).json()["is_valid"]
    return client.get(url, {"in_preview_panel": "true"})


def test_the_preview_may_be_framed_by_the_admin_only(article, editor_client, settings):
    settings.X_FRAME_OPTIONS = "DENY"  # as in production
    response = preview(editor_client, article)
    assert response.status_code == 200
    assert "Voorvertoond bericht" in response.text
    policy = directives(response)
    assert policy["frame-ancestors"] == ["'self'"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_the_preview_keeps_the_rest_of_the_public_policy(article, editor_client):
    policy = directives(preview(editor_client, article))
    public = directives(editor_client.get(article.url))
    assert public["frame-ancestors"] == ["'none'"]
    assert {name: values for name, values in policy.items() if name != "frame-ancestors"} == {
        name: values for name, values in public.items() if name != "frame-ancestors"
    }
