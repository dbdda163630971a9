"""`make bench`: the site under load, with 1,000 and with 10,000 articles.

For each amount of content this fills a PostgreSQL database with the demo content and
generated articles, serves it with gunicorn (production settings, 2 workers), and
drives every page with wrk: once with the page cache off ("uncached") and once with
it on ("cached", Redis). A static file served by the same gunicorn and whitenoise is
the reference. It then checks the targets of the performance issue, prints the table
and writes it to bench/results.md. The exit status is 1 when a target is missed.
"""

import argparse
import os
import re
import secrets
import shutil
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from report import ROOT, Row, Run, format_row, report

PORT = 8765
BASE_URL = f"http://127.0.0.1:{PORT}"
# Production settings redirect plain HTTP; the TLS proxy in front says it was HTTPS.
PROXY_HEADER = ("X-Forwarded-Proto", "https")
SEARCH_QUERY = "wijk"  # in every generated article: the most expensive search there is


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument("--seconds", type=int, default=5, help="length of each wrk run")
    parser.add_argument("--clients", type=int, default=8, help="connections for req/s")
    parser.add_argument(
        "--database",
        default="postgres://postgres@127.0.0.1:5432/sociaalwerk_bench",
        help="a PostgreSQL database the benchmark may drop and refill",
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench does this).")

    environment = benchmark_environment(options)
    os.environ.update(environment)
    recreate_database(options.database)
    manage("migrate", "--no-input", "-v", "0")
    manage("collectstatic", "--no-input", "-v", "0")

    rows, plans = [], {}
    for count in sorted(options.articles):
        print(f"== {count} articles", flush=True)
        manage("load_demo_content", "--articles", str(count))
        django_ready()
        update_statistics()
        urls = page_urls()
        plans[count] = archive_last_page_plan()
        for mode, cache_seconds in (("uncached", "0"), ("cached", "86400")):
            rows += measure(count, mode, cache_seconds, urls, options)
    report(rows, plans, options)


def benchmark_environment(options):
    return {
        "DJANGO_SETTINGS_MODULE": "sociaalwerk.settings.production",
        "DATABASE_URL": options.database,
        "REDIS_URL": options.redis,
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "LOG_LEVEL": "WARNING",
    }


def recreate_database(url):
    name = url.rsplit("/", 1)[1]
    server = url.rsplit("/", 1)[0] + "/postgres"
    for statement in (f"DROP DATABASE IF EXISTS {name}", f"CREATE DATABASE {name}"):
        subprocess.run(["psql", server, "-q", "-c", statement], check=True)


def manage(*args, env=None):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True)


def django_ready():
    import django

    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    django.setup()


def update_statistics():
    """What autovacuum does soon after a bulk load: statistics for the planner, and the
    visibility map that lets it answer from indexes alone."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def page_urls():
    """The pages of the issue, found in the database as it is now."""
    from django.contrib.staticfiles.storage import staticfiles_storage

    from sociaalwerk.core.models import ArticlePage, ThemePage
    from sociaalwerk.core.models.themes import ARCHIVE_PAGE_SIZE

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
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from sociaalwerk.core.models import ArticlePage, ThemePage
    from sociaalwerk.core.models.themes import ARCHIVE_PAGE_SIZE
    from sociaalwerk.core.pagination import ListingPaginator

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


def measure(count, mode, cache_seconds, urls, options):
    from django.core.cache import cache

    cache.clear()  # the benchmark's own Redis database: no pages of an earlier run
    environment = {**os.environ, "PAGE_CACHE_SECONDS": cache_seconds, "WEB_CONCURRENCY": "2"}
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py"]
        + ["--bind", f"127.0.0.1:{PORT}", "sociaalwerk.wsgi"],
        cwd=ROOT,
        env=environment,
    )
    try:
        wait_until_serving(urls["home"])
        results = {}
        for page, url in urls.items():
            warm(url)
            results[page] = (
                wrk(url, clients=1, seconds=options.seconds),
                wrk(url, clients=options.clients, seconds=options.seconds),
            )
        peak = peak_rss_mb(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    rows = [Row(count, page, mode, *runs, peak) for page, runs in results.items()]
    for row in rows:
        print(format_row(row), flush=True)
    return rows


def fetch(url):
    request = urllib.request.Request(BASE_URL + url, headers=dict([PROXY_HEADER]))
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        return response.status


def wait_until_serving(url):
    deadline = time.monotonic() + 60
    while True:
        try:
            if fetch(url) == 200:
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.2)


def warm(url):
    """Enough requests that both workers have compiled their templates."""
    for _ in range(20):
        status = fetch(url)
        if status != 200:
            raise SystemExit(f"{url} answered {status}")


def wrk(url, *, clients, seconds):
    output = subprocess.run(
        ["wrk", f"-t{min(clients, 2)}", f"-c{clients}", f"-d{seconds}s", "--latency"]
        + ["-H", "{}: {}".format(*PROXY_HEADER), BASE_URL + url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    if "Non-2xx" in output or "Socket errors" in output:
        raise SystemExit(f"wrk saw errors on {url}:\n{output}")
    return Run(
        requests_per_second=float(re.search(r"Requests/sec:\s+([\d.]+)", output)[1]),
        median_ms=milliseconds(re.search(r"\s50%\s+([\d.]+\w+)", output)[1]),
        p99_ms=milliseconds(re.search(r"\s99%\s+([\d.]+\w+)", output)[1]),
    )


def milliseconds(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def peak_rss_mb(master_pid):
    """The highest peak resident memory (VmHWM) of gunicorn's workers."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    peaks = []
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status)[1]) / 1024)
    return max(peaks)


if __name__ == "__main__":
    main()
