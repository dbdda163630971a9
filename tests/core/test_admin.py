"""The Dutch admin: editors can open the add and edit forms of every page type."""

import pytest

from tests.factories import (
    BlogPageFactory,
    NewsPageFactory,
    PublicationPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parent"),
    [
        ("core/themepage", "theme_index"),
        ("news/newspage", "news_index"),
        ("blog/blogpage", "blog_index"),
        ("publications/publicationpage", "publication_index"),
        ("core/standardpage", "home"),
    ],
)
def test_add_form_opens_in_dutch_for_every_creatable_type(
    editor_client, content_site, model, parent
):
    parent_page = getattr(content_site, parent)
    response = editor_client.get(f"/admin/pages/add/{model}/{parent_page.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="nl"' in html
    if model != "core/standardpage" and model != "core/themepage":
        assert "Het eerste thema is het hoofdthema" in html


def test_edit_form_opens_for_every_page_of_the_demo_tree(editor_client, content_site):
    site = content_site
    pages = [
        site.home,
        site.theme_index,
        site.theme,
        site.news_index,
        NewsPageFactory(parent=site.news_index, themes=[site.theme]),
        BlogPageFactory(parent=site.blog_index, themes=[site.theme]),
        PublicationPageFactory(parent=site.publication_index, themes=[site.theme]),
    ]
    for page in pages:
        response = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, type(page).__name__


@pytest.mark.parametrize(
    ("model", "parent"), [("core/articlepage", "news_index"), ("news/newsindexpage", "home")]
)
def test_the_article_base_and_a_second_index_cannot_be_added(
    editor_client, content_site, model, parent
):
    parent_page = getattr(content_site, parent)
    response = editor_client.get(f"/admin/pages/add/{model}/{parent_page.pk}/")
    assert response.status_code in (302, 403)
