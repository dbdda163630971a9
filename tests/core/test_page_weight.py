"""The home page over the wire: the first thing most visitors load, on any phone."""

import pytest

from sociaalwerk.page_cache.compression import CompressedPage

# Issue 16. The demo home page weighs 2.8 KB; the margin is for what editors add.
BROTLI_BUDGET = 3000


@pytest.fixture
def empty_media(settings, tmp_path):
    """A media folder of its own: in the shared one, the files of earlier tests make
    the demo's images come out under names with a random suffix, which compresses
    badly, as the files of a real site never do."""
    settings.MEDIA_ROOT = tmp_path


def test_the_demo_home_page_as_the_cache_stores_it_is_under_3_kb_in_brotli(
    empty_media, client, demo_site
):
    response = client.get("/")
    assert response.status_code == 200
    stored = CompressedPage.of(response).bodies["br"]
    assert len(stored) < BROTLI_BUDGET, f"{len(stored)} bytes"
