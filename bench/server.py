"""The site under test: gunicorn with gunicorn.conf.py and production settings, and
the memory of its workers read from /proc."""

import contextlib
import os
import re
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from load import BASE_URL, PORT, PROXY_HEADER
from report import ROOT


@contextlib.contextmanager
def gunicorn(**environment):
    """gunicorn serving the site until the block ends; ``environment`` on top of ours
    (PAGE_CACHE_SECONDS, or GUNICORN_MAX_REQUESTS for the memory measurement)."""
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py"]
        + ["--bind", f"127.0.0.1:{PORT}", "sociaalwerk.wsgi"],
        cwd=ROOT,
        env={**os.environ, **environment},
    )
    try:
        wait_until_serving("/")
        yield server
    finally:
        server.terminate()
        server.wait(timeout=30)


def fetch(url, headers=()):
    """The status and the body of ``url``, as the proxy passes it on."""
    request = urllib.request.Request(BASE_URL + url, headers=dict([PROXY_HEADER, *headers]))
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.read()


def response_headers(url, headers=()):
    """The headers of the answer to ``url``."""
    request = urllib.request.Request(BASE_URL + url, headers=dict([PROXY_HEADER, *headers]))
    with urllib.request.urlopen(request, timeout=30) as response:
        response.read()
        return response.headers


def wait_until_serving(url):
    deadline = time.monotonic() + 60
    while True:
        try:
            if fetch(url)[0] == 200:
                return
        except OSError:
            if time.monotonic() > deadline:
                raise
        time.sleep(0.2)


def warm(url, headers=()):
    """Enough requests that every worker has compiled its templates."""
    for _ in range(20):
        status, _ = fetch(url, headers)
        if status != 200:
            raise SystemExit(f"{url} answered {status}")


def worker_memory_mb(master_pid):
    """Per worker pid: its resident memory now (VmRSS) and at its peak (VmHWM), in MB."""
    children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    memory = {}
    for pid in children:
        status = Path(f"/proc/{pid}/status").read_text()
        memory[int(pid)] = tuple(
            int(re.search(rf"{name}:\s+(\d+) kB", status)[1]) / 1024 for name in ("VmRSS", "VmHWM")
        )
    return memory


def peak_rss_mb(master_pid):
    """The highest peak resident memory (VmHWM) of gunicorn's workers."""
    return max(peak for _, peak in worker_memory_mb(master_pid).values())
