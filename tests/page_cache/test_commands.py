"""clear_page_cache: refreshes the pages changed outside Wagtail."""

import io

from django.core.management import call_command

from tests.factories import NewsPageFactory
from tests.page_cache.helpers import assert_served_from_cache, warm


def test_clear_page_cache_refreshes_pages_changed_outside_wagtail(client, cached, commit, article):
    warm(client, [article.url])
    NewsPageFactory._meta.model.objects.filter(pk=article.pk).update(title="Bulk bijgewerkt")
    assert_served_from_cache(client, article.url)
    commit(call_command, "clear_page_cache", stdout=io.StringIO())
    assert "Bulk bijgewerkt" in client.get(article.url).content.decode()
