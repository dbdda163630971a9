"""Static files as production serves them, and image renditions made once."""

import json

import pytest
import wagtail_factories
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.management import call_command
from django.http import HttpResponseNotFound
from django.test import RequestFactory
from wagtail.images.models import Rendition
from whitenoise.middleware import WhiteNoiseMiddleware

from tests.factories import NewsPageFactory

A_YEAR = 365 * 24 * 60 * 60


@pytest.fixture
def collected(settings, tmp_path):
    """Our static files collected with the production storage: hashed and compressed."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    # Wagtail's own files take long to compress and are served the same way.
    call_command("collectstatic", "--no-input", "--ignore", "wagtail*", verbosity=0)
    return WhiteNoiseMiddleware(lambda request: HttpResponseNotFound())


def test_static_files_have_hashed_names_and_are_cached_for_a_year(collected):
    url = staticfiles_storage.url("css/site.css")
    assert url != "/static/css/site.css" and url.endswith(".css")
    response = collected(RequestFactory().get(url))
    assert response.status_code == 200
    cache_control = response["Cache-Control"]
    assert "immutable" in cache_control and "public" in cache_control
    assert int(cache_control.split("max-age=")[1].split(",")[0]) >= A_YEAR


def test_static_files_are_sent_compressed_to_browsers_that_accept_it(collected):
    url = staticfiles_storage.url("js/menu.js")
    plain = collected(RequestFactory().get(url))
    compressed = collected(RequestFactory().get(url, HTTP_ACCEPT_ENCODING="gzip, br"))
    assert compressed["Content-Encoding"] in ("gzip", "br")
    assert int(compressed["Content-Length"]) < int(plain["Content-Length"])
    assert "Accept-Encoding" in compressed["Vary"]


def test_image_renditions_are_made_once_and_reused(client, content_site):
    image = wagtail_factories.ImageFactory(title="Buurthuis")
    article = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        listing_image=image,
        body=json.dumps(
            [
                {
                    "type": "image",
                    "value": {
                        "image": {"image": image.pk, "decorative": True, "alt_text": ""},
                        "caption": "",
                    },
                }
            ]
        ),
    )
    client.get(article.url)
    client.get("/nieuws/")
    made = {rendition.file.name for rendition in Rendition.objects.all()}
    assert made
    for url in (article.url, "/nieuws/"):
        client.get(url)
    assert {rendition.file.name for rendition in Rendition.objects.all()} == made
