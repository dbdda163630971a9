"""What the benchmark reads from the site's database: the pages to drive, the plan of
the archive's last page. Imported only once Django is set up for the benchmark's
database (see run.py)."""

import itertools
import re
import secrets
import zlib
from dataclasses import dataclass

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from members.directory import PER_PAGE, active_organisations, listing
from members.models import MemberOrganisation
from news.models import NewsIndexPage, NewsPage
from sociaalwerk.core.models import ArticlePage, ArticleTheme, StandardPage, ThemePage
from sociaalwerk.core.models.themes import ARCHIVE_PAGE_SIZE
from sociaalwerk.core.pagination import ListingPaginator

SEARCH_QUERY = "wijk"  # in every generated article: the most expensive search there is
# A city of the demo's members, and so of one in 36 of the generated ones.
DIRECTORY_CITY = "Utrecht"
DIRECTORY_PROVINCE = "utrecht"
ORGANISATION_TABLE = MemberOrganisation._meta.db_table


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
        **directory_urls(),
        "static file": static_file_url(),
    }


def article_count():
    return ArticlePage.objects.count()


def static_file_url():
    """The reference: a static file served by the same gunicorn and whitenoise."""
    return staticfiles_storage.url("css/site.css")


def directory_urls():
    """The member directory: all members, a city searched, a province, the last page."""
    last_page = max(1, -(-active_organisations().count() // PER_PAGE))
    return {
        "directory": "/leden/",
        "directory, search": f"/leden/?q={DIRECTORY_CITY}",
        "directory, province": f"/leden/?provincie={DIRECTORY_PROVINCE}",
        "directory, last page": f"/leden/?page={last_page}",
    }


def rotation_paths():
    """The cached pages that the mixed run and the publish spike rotate over: home,
    overviews, themes and their archives, the newest and the oldest articles, some
    standard pages, the feeds."""
    listings = (
        Page.objects.live()
        .public()
        .filter(depth__in=(2, 3))
        .exclude(pk__in=StandardPage.objects.values("pk"))
    )
    articles = ArticlePage.objects.live().public()
    pages = [
        *listings.order_by("path"),
        *(theme.specific for theme in ThemePage.objects.live().order_by("path")),
        *articles.order_by("-date", "-pk")[:30],
        *articles.order_by("date", "pk")[:10],
        *StandardPage.objects.live().public().order_by("path")[:5],
    ]
    paths = [page.url for page in pages]
    themes = ThemePage.objects.live().order_by("path")
    archives = [theme.url + "nieuws/" for theme in themes]
    feeds = ["/feeds/artikelen/", "/feeds/nieuws/", "/feeds/artikelen/atom/"]
    feeds += [f"/feeds/thema/{theme.slug}/" for theme in themes]
    return list(dict.fromkeys(paths + archives + feeds))


def search_terms(count=150):
    """``count`` different searches a visitor might type: words and word pairs from the
    titles of the demo content (the generated articles all share one title), in a fixed
    order that mixes them (by checksum)."""
    titles = Page.objects.live().exclude(slug__startswith="demo-artikel-")
    words, pairs = set(), set()
    for title in titles.values_list("title", flat=True):
        found = [word.lower() for word in re.findall(r"[^\W\d_]{5,}", title)]
        words.update(found)
        pairs.update(" ".join(pair) for pair in itertools.pairwise(found))
    return sorted(words | pairs, key=lambda term: zlib.crc32(term.encode()))[:count]


@dataclass
class Published:
    title: str
    path: str
    listed_on: list  # the pages that must show it at once


def publish_news_item():
    """A news item in the first theme, added and published as an editor's
    "Publish" does: a draft page, then its revision published (with Wagtail's signals,
    so the page cache bumps what it touches once the transaction commits)."""
    theme = ThemePage.objects.live().order_by("path").first()
    mark = secrets.token_hex(4)
    title = f"Benchmarknieuws {mark}: wijkteams melden drukte"
    page = NewsPage(
        title=title,
        slug=f"benchmarknieuws-{mark}",
        live=False,
        intro="Een nieuwsbericht dat de benchmark publiceert terwijl de site belast wordt.",
    )
    page.article_themes = [ArticleTheme(theme=theme)]
    NewsIndexPage.objects.get().add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    feeds = ["/feeds/artikelen/", "/feeds/nieuws/", f"/feeds/thema/{theme.slug}/"]
    listed_on = ["/", "/nieuws/", theme.url, theme.url + "nieuws/", *feeds]
    return Published(title=title, path=page.url, listed_on=listed_on)


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


@dataclass
class DirectoryPlan:
    page: str
    url: str
    text: str  # EXPLAIN ANALYZE of each query that reads member organisations
    rows_examined: list  # per such query, in the order the page runs them
    page_ids_examined: int  # by the query of the page's ids (under its LIMIT)
    active: int  # active members, all that the directory can show
    shown: int  # of them on this listing (all pages)
    per_page: int


def directory_plans():
    """PostgreSQL's plan of each query of the directory's pages that reads the member
    organisations, exactly as the page runs them (``members.directory.listing``), and
    how many of their rows each examined."""
    active = active_organisations().count()
    plans = []
    for page, url in directory_urls().items():
        with CaptureQueriesContext(connection) as queries:
            context = listing(RequestFactory().get(url))
            list(context["organisations"])
        texts, examined, page_ids = [], [], 0
        for query in queries.captured_queries:
            if f'"{ORGANISATION_TABLE}"' not in query["sql"]:
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + query["sql"])
                plan = cursor.fetchone()[0][0]["Plan"]
                cursor.execute("EXPLAIN ANALYZE " + query["sql"])
                texts.append("\n".join(row[0] for row in cursor.fetchall()))
            examined.append(rows_examined(plan, ORGANISATION_TABLE))
            page_ids += sum(rows_examined(limit, ORGANISATION_TABLE) for limit in limits_in(plan))
        shown = context["organisations"].paginator.count
        plans.append(
            DirectoryPlan(
                page, url, "\n\n".join(texts), examined, page_ids, active, shown, PER_PAGE
            )
        )
    return plans


def rows_examined(node, table):
    """Rows of ``table`` that the scans in a JSON plan looked at: those they returned
    and those their filters removed, over all their loops."""
    own = 0
    if node.get("Relation Name") == table:
        per_loop = (
            node["Actual Rows"]
            + node.get("Rows Removed by Filter", 0)
            + node.get("Rows Removed by Index Recheck", 0)
        )
        own = per_loop * node["Actual Loops"]
    return own + sum(rows_examined(child, table) for child in node.get("Plans", []))


def limits_in(node):
    """The LIMIT nodes of a JSON plan: where a listing's page of ids is read."""
    if node["Node Type"] == "Limit":
        return [node]
    return [limit for child in node.get("Plans", []) for limit in limits_in(child)]
