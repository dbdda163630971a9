"""`make bench`: the site under load, with 1,000 and with 10,000 articles.

For each amount of content this fills a PostgreSQL database with the demo content,
generated articles and 1,000 generated member organisations, serves it with gunicorn
(production settings, gunicorn.conf.py), and drives every page with wrk: once with the
page cache off ("uncached") and once with it on ("cached", Redis). A static file served
by the same gunicorn and whitenoise is the reference. With the smaller amount it then
reads the plans of the member directory's queries, runs mixed traffic (cached pages,
uncached pages and searches at once), a long mixed run that watches the workers'
memory, a publish under load, and measures the home page over the wire. It then
checks the targets of the performance issues, prints the tables and writes them to
bench/results.md. The exit status is 1 when a target is missed.
"""

import argparse
import os
import secrets
import shutil
import subprocess
import sys

import django
from load import steadiest
from report import ROOT, RUNS_PER_TARGET, Extras, Row, directory_report, format_row, report
from server import gunicorn, peak_rss_mb, warm

CACHED = {"PAGE_CACHE_SECONDS": "86400"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, nargs="+", default=[1_000, 10_000])
    parser.add_argument(
        "--members", type=int, default=1_000, help="active member organisations in the directory"
    )
    parser.add_argument("--seconds", type=int, default=5, help="length of each wrk run")
    parser.add_argument("--clients", type=int, default=8, help="connections for req/s")
    parser.add_argument(
        "--database",
        default="postgres://postgres@127.0.0.1:5432/sociaalwerk_bench",
        help="a PostgreSQL database the benchmark may drop and refill",
    )
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--mixed-seconds", type=int, default=20, help="the mixed run")
    parser.add_argument("--memory-seconds", type=int, default=90, help="the memory run")
    parser.add_argument("--spike-seconds", type=int, default=10, help="after the publish")
    parser.add_argument(
        "--directory-only",
        action="store_true",
        help="only the member directory (its pages and plans, no articles, no mixed "
        "traffic); prints its targets, leaves bench/results.md alone",
    )
    options = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk (make bench does this).")

    environment = benchmark_environment(options)
    os.environ.update(environment)
    recreate_database(options.database)
    manage("migrate", "--no-input", "-v", "0")
    manage("collectstatic", "--no-input", "-v", "0")
    if options.directory_only:
        directory_only(options)
        return

    rows, plans = [], {}
    for count in sorted(options.articles):
        print(f"== {count} articles, {options.members} members", flush=True)
        manage("load_demo_content", "--articles", str(count), "--members", str(options.members))
        queries = django_ready()
        queries.update_statistics()
        urls = queries.page_urls()
        plans[count] = queries.archive_last_page_plan()
        for mode, cache_seconds in (("uncached", "0"), ("cached", "86400")):
            rows += measure(queries, count, mode, cache_seconds, urls, options)
        if count == min(options.articles):
            directory = queries.directory_plans()
            extras = traffic(queries, count, options)
    report(rows, plans, directory, extras, options)


def directory_only(options):
    """The member directory alone, on the demo content and the generated members: a
    minute or two instead of a quarter of an hour, for work on the directory."""
    print(f"== {options.members} members", flush=True)
    manage("load_demo_content", "--members", str(options.members))
    queries = django_ready()
    queries.update_statistics()
    urls = {**queries.directory_urls(), "static file": queries.static_file_url()}
    rows, articles = [], queries.article_count()
    for mode, cache_seconds in (("uncached", "0"), ("cached", "86400")):
        rows += measure(queries, articles, mode, cache_seconds, urls, options)
    directory_report(rows, queries.directory_plans(), options)


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
    """Set Django up for the benchmark's database; return the module that queries it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    django.setup()
    # Imported here: its models need the app registry that django.setup() just filled.
    import queries

    return queries


def measure(queries, count, mode, cache_seconds, urls, options):
    """Each page alone: one client, then several. A run that a target holds is the
    median of ``RUNS_PER_TARGET`` (``steadiest``): the one client's median latency,
    and cached, the several clients' requests per second (a share of the static
    file's)."""
    runs_at_load = RUNS_PER_TARGET if cache_seconds else 1
    queries.clear_cache()
    with gunicorn(PAGE_CACHE_SECONDS=cache_seconds) as server:
        results = {}
        for page, url in urls.items():
            warm(url)
            results[page] = (
                steadiest(url, clients=1, seconds=options.seconds, runs=RUNS_PER_TARGET),
                steadiest(url, clients=options.clients, seconds=options.seconds, runs=runs_at_load),
            )
        peak = peak_rss_mb(server.pid)
    rows = [Row(count, page, mode, *runs, peak) for page, runs in results.items()]
    for row in rows:
        print(format_row(row), flush=True)
    return rows


def traffic(queries, count, options):
    """The runs of real, mixed traffic, each on a fresh gunicorn with the page cache on;
    the memory run never recycles a worker, to see whether one grows."""
    import scenarios  # reads the settings: only once django_ready() has run

    paths, terms = queries.rotation_paths(), queries.search_terms()
    print(f"== mixed traffic, {count} articles, {len(paths)} pages", flush=True)
    queries.clear_cache()
    with gunicorn(**CACHED):
        scenarios.warm_all(paths, terms)
        mixed = scenarios.mixed_run(paths, terms, options.mixed_seconds)
        transfer = scenarios.home_transfer_bytes()
    with gunicorn(**CACHED, GUNICORN_MAX_REQUESTS="0") as server:
        scenarios.warm_all(paths, terms)
        memory = scenarios.memory_run(server, paths, terms, options.memory_seconds)
    with gunicorn(**CACHED):
        scenarios.warm_all(paths, terms)
        spike = scenarios.publish_spike(queries, paths, options.spike_seconds)
    return Extras(count, mixed, memory, spike, transfer)


if __name__ == "__main__":
    main()
