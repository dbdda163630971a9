"""What visitors get from each page type: a news item, a blog, a publication, a theme."""

import pytest
import wagtail_factories
from bs4 import BeautifulSoup

from tests.factories import (
    AuthorFactory,
    BlogPageFactory,
    DocumentFactory,
    NewsPageFactory,
    PublicationPageFactory,
)

pytestmark = pytest.mark.django_db


def test_news_page_shows_label_date_reading_time_theme_intro_and_source(client, content_site):
    page = NewsPageFactory(
        parent=content_site.news_index,
        themes=[content_site.theme],
        title="Sociale psychiatrie in de wijk",
        date="2020-04-28",
        external_url="https://example.org/artikel",
    )
    html = client.get(page.url).content.decode()
    assert '<p class="article__label"><span>Nieuwsbericht</span>' in html
    assert "28 april 2020 | 1 minuut lezen" in " ".join(html.split()).replace("</time>", "")
    assert (
        '<a href="https://example.org/artikel" rel="noopener">Lees het hele artikel hier</a>'
        in html
    )
    assert '<a href="/thema/sociale-verbondenheid/">Sociale verbondenheid</a>' in html
    assert html.count("<h1") == 1


def test_blog_page_shows_subtitle_and_authors(client, content_site):
    author = AuthorFactory(name="Marije van der Meij", role="beleidsadviseur")
    page = BlogPageFactory(
        parent=content_site.blog_index,
        themes=[content_site.theme],
        subtitle="Wat China leerde",
        authors=[author],
    )
    html = client.get(page.url).content.decode()
    assert '<p class="article__label"><span>Blog</span>' in html
    assert "Wat China leerde" in html
    assert '<span class="author__name">Marije van der Meij</span>' in html


@pytest.mark.parametrize(
    ("count", "heading"), [(1, "1 document toegevoegd"), (3, "3 documenten toegevoegd")]
)
def test_publication_page_lists_its_documents_for_download(client, content_site, count, heading):
    documents = [DocumentFactory(title=f"Bijlage {n}") for n in range(count)]
    page = PublicationPageFactory(
        parent=content_site.publication_index, themes=[content_site.theme], documents=documents
    )
    html = client.get(page.url).content.decode()
    assert heading in html
    for document in documents:
        assert f'<a href="{document.url}" download>{document.title}</a>' in html
    assert "(PDF, 1 kB)" in html
    response = client.get(documents[0].url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_theme_page_shows_its_latest_news_and_links_to_the_archive(client, content_site):
    mine = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    other = NewsPageFactory(parent=content_site.news_index, themes=[content_site.other_theme])
    html = client.get(content_site.theme.url).content.decode()
    assert "<h2>Laatste nieuws</h2>" in html
    assert mine.title in html and other.title not in html
    archive_link = '<a href="/thema/sociale-verbondenheid/nieuws/">Alle artikelen over'
    assert f"{archive_link} Sociale verbondenheid</a>" in html


def test_the_listing_image_leads_the_article_under_its_lead(client, content_site):
    """Editors choose one image, for listings; visitors of a news site expect it at the top
    of the article too, so an editor sees at once that the upload worked."""
    image = wagtail_factories.ImageFactory(title="Buurthuis")
    with_image = NewsPageFactory(
        parent=content_site.news_index, themes=[content_site.theme], listing_image=image
    )
    without_image = NewsPageFactory(parent=content_site.news_index, themes=[content_site.theme])
    soup = BeautifulSoup(client.get(with_image.url).content, "html.parser")
    article = soup.select_one("article.article")
    lead_image = article.select_one("img.article__image")
    assert lead_image is not None
    assert lead_image.find_previous("p")["class"] == ["article__intro"]
    assert lead_image.find_parent(class_="article__body") is None
    html = client.get(without_image.url).content.decode()
    assert "article__image" not in html
