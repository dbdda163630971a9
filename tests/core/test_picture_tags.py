"""Responsive images: a srcset never names a width twice, also from a small upload."""

import re

import pytest
import wagtail_factories
from django.core.cache import caches
from django.template import Context, Template, TemplateSyntaxError

pytestmark = pytest.mark.django_db

PICTURE = Template(
    "{% load picture_tags %}"
    '{% picture image format-{webp,jpeg} width-{400,800,1200} sizes="100vw" alt="" %}'
)

PICTURE_WITH_ALT = Template(
    '{% load picture_tags %}{% picture image format-jpeg width-400 alt="Eigen tekst" %}'
)


@pytest.fixture(autouse=True)
def _no_cached_renditions():
    """Wagtail caches renditions by image id, which a rolled-back test hands out again."""
    for cache in caches.all():
        cache.clear()


def srcsets(html):
    return re.findall(r'srcset="([^"]*)"', html)


def widths(srcset):
    return [candidate.rsplit(" ", 1)[1] for candidate in srcset.split(", ")]


def test_renditions_as_wide_as_the_upload_appear_once():
    image = wagtail_factories.ImageFactory(file__width=600, file__height=400)
    html = PICTURE.render(Context({"image": image}))
    assert html.startswith("<picture><source") and 'type="image/webp"' in html
    assert [widths(srcset) for srcset in srcsets(html)] == [["400w", "600w"]]
    assert ".width-800." in html and ".width-1200." not in html


def test_an_upload_narrower_than_every_rendition_keeps_its_width_descriptor():
    image = wagtail_factories.ImageFactory(file__width=300, file__height=200)
    html = PICTURE.render(Context({"image": image}))
    assert [widths(srcset) for srcset in srcsets(html)] == [["300w"]]


def test_the_fallback_is_its_widest_rendition_alone_at_the_size_of_the_first():
    image = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
    html = PICTURE.render(Context({"image": image}))
    fallback = html[html.index("<img") :]
    assert "srcset=" not in fallback and "sizes=" not in fallback
    assert re.search(r'src="[^"]*\.format-jpeg\.width-1200\.jpg"', fallback)
    assert 'width="400"' in fallback and 'height="225"' in fallback


def test_a_single_format_keeps_its_srcset_on_the_image():
    image = wagtail_factories.ImageFactory(file__width=1600, file__height=900)
    html = Template(
        '{% load picture_tags %}{% picture image width-{400,800} sizes="100vw" alt="" %}'
    ).render(Context({"image": image}))
    assert "<source" not in html and 'sizes="100vw"' in html
    assert [widths(srcset) for srcset in srcsets(html)] == [["400w", "800w"]]


def test_no_image_renders_nothing():
    assert PICTURE.render(Context({"image": None})) == ""


def test_the_as_form_is_refused():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load picture_tags %}{% picture image width-{400,800} as picture %}")


WITHOUT_ALT = Template("{% load picture_tags %}{% picture image format-jpeg width-400 %}")


def alt_of(image):
    return re.search(r'alt="([^"]*)"', WITHOUT_ALT.render(Context({"image": image}))).group(1)


def test_the_alt_text_is_the_description_never_the_file_name_title():
    image = wagtail_factories.ImageFactory(title="IMG_1234.jpg", description="Buurtteam op pad")
    assert alt_of(image) == "Buurtteam op pad"
    assert alt_of(wagtail_factories.ImageFactory(title="IMG_1235.jpg")) == ""
    assert 'alt="Eigen tekst"' in PICTURE_WITH_ALT.render(Context({"image": image}))


@pytest.mark.parametrize(
    ("contextual", "decorative", "alt"),
    [
        ("Vrijwilligers bij de buurtkamer", False, "Vrijwilligers bij de buurtkamer"),
        # What Wagtail's image block suggests for an image without description.
        ("IMG_1234.jpg", False, "Buurtteam op pad"),
        ("", True, ""),
    ],
)
def test_an_image_block_says_what_the_editor_typed_or_else_the_description(
    contextual, decorative, alt
):
    image = wagtail_factories.ImageFactory(title="IMG_1234.jpg", description="Buurtteam op pad")
    image.contextual_alt_text, image.decorative = contextual, decorative
    assert alt_of(image) == alt
