"""PostgreSQL can answer the listings from indexes, without reading every article."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sociaalwerk.core.models import ArticlePage
from sociaalwerk.core.pagination import ListingPaginator
from tests.helpers import add_articles

pytestmark = pytest.mark.postgres


def plan_of_page(articles, number, per_page=5):
    """The plan of the ids query that ListingPaginator runs for page ``number``, with
    sequential scans priced out, so the plan shows which indexes can serve it."""
    paginator = ListingPaginator(articles, per_page)
    paginator.count  # noqa: B018 - counted before the capture
    with CaptureQueriesContext(connection) as queries:
        paginator.page(number)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + queries.captured_queries[0]["sql"])
        return "\n".join(row[0] for row in cursor.fetchall())


@pytest.mark.parametrize("which", ["first", "last"])
def test_archive_pages_are_read_through_indexes(content_site, which):
    add_articles(content_site, 30)
    articles = ArticlePage.objects.for_listing().of_theme(content_site.theme)
    number = 1 if which == "first" else ListingPaginator(articles, 5).num_pages
    plan = plan_of_page(articles, number)
    # With sequential scans priced out, one is left only where no index can serve.
    assert "Seq Scan" not in plan, plan
    assert "article_newest_first" in plan or "core_articletheme_theme_id" in plan, plan


def test_an_overview_counts_its_articles_from_indexes(client, content_site):
    add_articles(content_site, 30)
    with CaptureQueriesContext(connection) as queries:
        client.get(content_site.news_index.url)
    # The articles of each year, which also give the overview's count (the year filter).
    count = next(q["sql"] for q in queries.captured_queries if "EXTRACT(YEAR" in q["sql"])
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("EXPLAIN " + count)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "Seq Scan" not in plan, plan
    # With a few dozen pages either index of the page tree serves the count, and which
    # one the planner takes depends on what earlier tests left behind; with thousands,
    # the partial index of live children (migration 0008) is the cheaper one.
    assert "core_live_page_children" in plan or "core_page_depth_path" in plan, plan


@pytest.mark.django_db
def test_the_planner_prices_index_reads_for_data_in_memory():
    # With the default of 4 the archive's last page read every article once there were
    # a thousand (bench: archive_last_page_plan); with 1.1, a few dozen rows.
    with connection.cursor() as cursor:
        cursor.execute("SHOW random_page_cost")
        assert cursor.fetchone()[0] == "1.1"
