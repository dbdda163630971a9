"""Gunicorn settings for production: ``gunicorn -c gunicorn.conf.py sociaalwerk.wsgi``.

Each value can be overridden from the environment, so one file serves every host. The
choices below were measured with `make bench`'s mixed run (8 clients on cached pages, 4
on uncached pages, 4 searching; see the README, "Performance and caching").
"""

import os
import sys

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Threads, not more processes: with sync workers a cached hit (under 1 ms) waited in the
# queue until a worker had finished a render or a search (100-300 ms), so cached pages
# had a median of 0.3-0.7 s in the mix. With threads a hit is taken at once and only
# shares the processor. One process per core uses the cores (one Python process runs
# on one at a time); 8 threads each hold the 16 clients of the mix with room to spare.
# Measured in the mix on 2 cores: 4 sync workers served cached pages 10/s (median 744
# ms), 2 × 8 threads 163-245/s (27-44 ms), 3 × 6 and 4 × 4 threads less than 2 × 8.
workers = int(os.environ.get("WEB_CONCURRENCY", os.cpu_count() or 1))
threads = int(os.environ.get("GUNICORN_THREADS", 8))
# Each thread keeps its own database connection (CONN_MAX_AGE): workers × threads per
# server, 16 on 2 cores; see the README for PostgreSQL's max_connections.
# Load the application before forking: workers share its memory and start faster.
preload_app = True
# A request that takes longer is stuck; the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# No recycling: a worker's memory levels off (108 MB after warming, 124 MB after 30 s of
# the mix, 125.5 MB after 300 s and 43,000 requests: +1 MB in the last 270 s), so there
# is no leak to bound, and a recycled worker answers its first requests with cold
# template and site caches: at cached speeds that was every few seconds, the p99 of
# 19-174 ms of cached pages before. `make bench` checks the growth, so a leak shows there.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", 0))
max_requests_jitter = max_requests // 10
# The TLS proxy in front sets X-Forwarded-Proto; trust it only from this machine.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") == "1" else None
errorlog = "-"
# How long a thread may hold the GIL while another waits (Python's default 5 ms): a
# render thread gives way after 0.5 ms, so a cache hit waiting beside it is answered
# sooner (cached median 27 against 35 ms in the mix, p99 385 against 478 ms).
SWITCH_INTERVAL = float(os.environ.get("GUNICORN_SWITCH_INTERVAL", 0.0005))


def post_fork(server, worker):
    sys.setswitchinterval(SWITCH_INTERVAL)
