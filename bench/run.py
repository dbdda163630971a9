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
from pathlib import Path

import django
from report import ROOT, Row, Run, format_row, report

PORT = 8765
BASE_URL = f"http://127.0.0.1:{PORT}"
# Production settings redirect plain HTTP; the TLS proxy in front says it was HTTPS.
PROXY_HEADER = ("X-Forwarded-Proto", "https")
# What browsers send: cached pages are answered with their stored Brotli copy.
BROWSER_ENCODINGS = ("Accept-Encoding", "br, gzip")


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
        queries = django_ready()
        queries.update_statistics()
        urls = queries.page_urls()
        plans[count] = queries.archive_last_page_plan()
        for mode, cache_seconds in (("uncached", "0"), ("cached", "86400")):
            rows += measure(queries, count, mode, cache_seconds, urls, options)
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
    """Set Django up for the benchmark's database; return the module that queries it."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    django.setup()
    # Imported here: its models need the app registry that django.setup() just filled.
    import queries

    return queries


def measure(queries, count, mode, cache_seconds, urls, options):
    queries.clear_cache()
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
        + ["-H", "{}: {}".format(*PROXY_HEADER), "-H", "{}: {}".format(*BROWSER_ENCODINGS)]
        + [BASE_URL + url],
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
