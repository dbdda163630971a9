"""What the benchmark reads from the site's database: the pages to drive, the plan of
the archive's last page. Imported only once Django is set up for the benchmark's
database (see run.py)."""

from dataclasses import dataclass

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sociaalwerk.core.models import ArticlePage, ThemePage
from sociaalwerk.core.models.themes import ARCHIVE_PAGE_SIZE
from sociaalwerk.core.pagination import ListingPaginator

SEARCH_QUERY = "wijk"  # in every generated article: the most expensive search there is


def clear_cache():
    """The benchmark's own Redis database: no pages of an earlier run."""
    cache.clear()


def update_statistics():
    """What autovacuum does soon after a bulk load: statistics for the planner, and the
    visibility map that lets it answer from indexes alone."""
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def page_urls():
    """The pages of the issue, found in the database as it is now."""
    theme = ThemePage.objects.live().order_by("path").first()
    in_theme = ArticlePage.objects.for_listing().of_theme(theme).count()
    last_page = max(1, -(-in_theme // ARCHIVE_PAGE_SIZE))
    article = ArticlePage.objects.for_listing().first()
    archive = theme.url + "nieuws/"
    return {
        "home": "/",
        "theme": theme.url,
        "theme archive, first page": archive,
        "theme archive, last page": f"{archive}?page={last_page}",
        "news index": "/nieuws/",
        "article": article.url,
        "search": f"/zoeken/?q={SEARCH_QUERY}",
        "static file": staticfiles_storage.url("css/site.css"),
    }


def archive_last_page_plan():
    """PostgreSQL's plan for the ids of the archive's last page, exactly as the site
    queries them (see ListingPaginator), and how many article rows it read."""
    theme = ThemePage.objects.live().order_by("path").first()
    paginator = ListingPaginator(
        ArticlePage.objects.for_listing().of_theme(theme), ARCHIVE_PAGE_SIZE
    )
    last = paginator.num_pages
    with CaptureQueriesContext(connection) as queries:
        paginator.page(last)
    ids_query = queries.captured_queries[0]["sql"]
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + ids_query)
        plan = cursor.fetchone()[0]  # psycopg parses the json column
        cursor.execute("EXPLAIN ANALYZE " + ids_query)
        text = "\n".join(row[0] for row in cursor.fetchall())
    return Plan(
        text=text,
        article_rows_read=rows_read(plan[0]["Plan"], "core_articlepage"),
        articles=ArticlePage.objects.count(),
        in_theme=paginator.count,
    )


@dataclass
class Plan:
    text: str
    article_rows_read: int
    articles: int
    in_theme: int


def rows_read(node, table):
    """Rows that the scans of ``table`` in a JSON plan returned, over all their loops."""
    own = node["Actual Rows"] * node["Actual Loops"] if node.get("Relation Name") == table else 0
    return own + sum(rows_read(child, table) for child in node.get("Plans", []))
