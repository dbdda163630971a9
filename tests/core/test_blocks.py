"""The shared blocks: the theme intro, the latest-news listing and the body blocks."""

import pytest
from django.test import RequestFactory
from wagtail import blocks

from sociaalwerk.core.blocks import (
    BodyBlock,
    CallToActionBlock,
    LatestNewsBlock,
    ThemeIntroBlock,
)
from tests.factories import BlogPageFactory, NewsPageFactory, PublicationPageFactory


def test_theme_intro_folds_the_longer_text_in_a_details_element():
    block = ThemeIntroBlock()
    value = block.to_python(
        {"heading": "Sociale verbondenheid", "lead": "<p>Kort.</p>", "more": "<p>Lang.</p>"}
    )
    html = block.render(value)
    assert '<h1 class="theme-intro__heading">Sociale verbondenheid</h1>' in html
    assert "<p>Kort.</p>" in html
    details = html[html.index("<details") : html.index("</details>")]
    assert "<summary>" in details and "<p>Lang.</p>" in details
    assert "Meer informatie" in details and "Minder informatie" in details
    assert "<details " in html and " open" not in details.split(">", 1)[0]


def test_theme_intro_without_more_text_has_nothing_to_unfold():
    block = ThemeIntroBlock()
    html = block.render(block.to_python({"heading": "Thema", "lead": "<p>Kort.</p>", "more": ""}))
    assert "<details" not in html and "Meer informatie" not in html


@pytest.mark.django_db
def test_theme_intro_above_an_article_links_to_its_theme(content_site):
    block = ThemeIntroBlock()
    html = block.render(content_site.theme.theme_intro.value, context={"theme": content_site.theme})
    assert '<p class="theme-intro__heading"><a href="/thema/sociale-verbondenheid/">' in html
    assert "<h1" not in html


@pytest.fixture
def articles(content_site):
    site = content_site
    return {
        "news": [NewsPageFactory(parent=site.news_index, themes=[site.theme]) for _ in range(3)],
        "blog": [
            BlogPageFactory(parent=site.blog_index, themes=[site.other_theme]) for _ in range(2)
        ],
        "publication": [
            PublicationPageFactory(
                parent=site.publication_index, themes=[site.theme, site.other_theme]
            )
        ],
    }


def render_latest(page, **value):
    block = LatestNewsBlock()
    request = RequestFactory().get("/")
    return block.render(block.to_python(value), context={"page": page, "request": request})


@pytest.mark.django_db
def test_latest_news_on_a_theme_page_shows_only_that_theme_newest_first(content_site, articles):
    html = render_latest(content_site.other_theme, count=10, this_theme_only=True)
    titles = [a.title for a in (articles["publication"] + articles["blog"][::-1])]
    positions = [html.index(f">{title}</a>") for title in titles]
    assert positions == sorted(positions)
    for news in articles["news"]:
        assert news.title not in html


@pytest.mark.django_db
def test_latest_news_on_the_home_page_ignores_theme_only_and_limits_the_count(
    content_site, articles
):
    html = render_latest(content_site.home, count=4, this_theme_only=True)
    assert html.count('class="card"') == 4
    assert "Laatste nieuws" in html


@pytest.mark.django_db
def test_latest_news_can_be_limited_to_types(content_site, articles):
    html = render_latest(content_site.home, count=10, article_types=["blog"], this_theme_only=False)
    assert html.count('class="card"') == 2
    assert '<span class="card__type">Blog</span>' in html
    assert "Nieuws</span>" not in html


@pytest.mark.django_db
def test_latest_news_items_show_label_linked_title_date_and_excerpt(content_site):
    long_intro = (
        "Hoe maken gemeenten, verzekeraars en aanbieders in zorg en welzijn samen een succes " * 3
    )
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="In gesprek",
        intro=long_intro,
    )
    html = render_latest(content_site.theme, count=10, this_theme_only=True)
    assert '<span class="card__type">Nieuws</span>' in html
    assert f'<a href="/nieuws/{page.slug}/">In gesprek</a>' in html
    assert f">{page.date.day} " in html
    excerpt = html.split('<p class="card__excerpt">')[1].split("</p>")[0]
    assert excerpt.endswith("…") and len(excerpt) <= 151
    assert long_intro.startswith(excerpt[:-1])


@pytest.mark.django_db
def test_latest_news_without_articles_says_so(content_site):
    assert "Nog geen artikelen." in render_latest(content_site.theme, count=5)


@pytest.mark.parametrize(
    ("page", "url", "valid"),
    [(None, "", False), (None, "https://example.org/", True)],
)
def test_call_to_action_needs_exactly_one_target(page, url, valid):
    block = CallToActionBlock()
    value = block.to_python({"text": "Word lid", "page": page, "url": url})
    if valid:
        block.clean(value)
    else:
        with pytest.raises(blocks.StructBlockValidationError):
            block.clean(value)


def test_every_block_offers_a_preview_or_a_description_in_the_picker():
    for name, block in BodyBlock().child_blocks.items():
        assert block.get_description() or block.is_previewable, name
    for block in (ThemeIntroBlock(), LatestNewsBlock()):
        assert block.is_previewable and block.get_description()


def test_body_blocks_render_headings_quotes_and_paragraphs():
    body = BodyBlock()
    value = body.to_python(
        [
            {"type": "heading", "value": {"text": "Wat doen we", "level": "h3"}},
            {"type": "quote", "value": {"quote": "Samen <sterk>", "attribution": "Een lid"}},
            {"type": "paragraph", "value": "<p>Tekst</p>"},
        ]
    )
    html = body.render(value)
    assert "<h3>Wat doen we</h3>" in html
    assert "Samen &lt;sterk&gt;" in html and "<figcaption>Een lid</figcaption>" in html
    assert "<p>Tekst</p>" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("decorative", "alt"), [(False, 'alt="Bewoners in het buurthuis"'), (True, 'alt=""')]
)
def test_body_images_are_responsive_renditions_with_their_alt_text(decorative, alt):
    import wagtail_factories

    image = wagtail_factories.ImageFactory(title="Foto")
    block = BodyBlock()
    value = block.to_python(
        [
            {
                "type": "image",
                "value": {
                    "image": {
                        "image": image.pk,
                        "decorative": decorative,
                        "alt_text": "Bewoners in het buurthuis",
                    },
                    "caption": "Foto: Anna",
                },
            }
        ]
    )
    html = block.render(value)
    assert "<picture>" in html and 'type="image/avif"' in html and "srcset=" in html
    assert 'loading="lazy"' in html and alt in html
    assert "<figcaption>Foto: Anna</figcaption>" in html
