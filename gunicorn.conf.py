"""Gunicorn settings for production: ``gunicorn -c gunicorn.conf.py sociaalwerk.wsgi``.

Each value can be overridden from the environment, so one file serves every host.
"""

import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Two per core is the usual start for a site that mostly waits on PostgreSQL.
workers = int(os.environ.get("WEB_CONCURRENCY", 2 * (os.cpu_count() or 1)))
# Load the application before forking: workers share its memory and start faster.
preload_app = True
# A request that takes longer is stuck; the worker is replaced.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", 30))
graceful_timeout = 30
# Recycle workers now and then, so that a slow leak can never grow without bound.
max_requests = 5_000
max_requests_jitter = 500
# The TLS proxy in front sets X-Forwarded-Proto; trust it only from this machine.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG") == "1" else None
errorlog = "-"
