"""Real servers for the tests: a private PostgreSQL cluster, gunicorn processes, Redis,
and the environment the production settings need.

The cluster is the machine's PostgreSQL binaries started on a directory of its own,
so a test may stop and restart it without touching the PostgreSQL other tests use.
"""

import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
POSTGRES_BIN = next(iter(sorted(Path("/usr/lib/postgresql").glob("*/bin"))), None)


def postgres_binaries_present():
    return POSTGRES_BIN is not None and (POSTGRES_BIN / "initdb").is_file()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def redis_is_running():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


def redis_cache(location):
    """CACHES for the Redis at ``location``, through the resilient backend of production."""
    return {
        "default": {
            "BACKEND": "sociaalwerk.operations.cache_backends.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


class PrivatePostgres:
    """``initdb``, ``start``, ``stop`` and ``restart`` of a throw-away cluster."""

    def __init__(self):
        self.directory = Path(tempfile.mkdtemp(prefix="sociaalwerk-pg-"))
        self.port = free_port()
        # PostgreSQL refuses to run as root: as root, run it as the postgres user.
        self.as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_user:
            account = pwd.getpwnam("postgres")
            os.chown(self.directory, account.pw_uid, account.pw_gid)
        self.data = self.directory / "data"

    def url(self, database):
        return f"postgres://postgres@127.0.0.1:{self.port}/{database}"

    def _run(self, program, *arguments):
        subprocess.run(  # noqa: S603 - the machine's PostgreSQL binaries
            [*self.as_user, str(POSTGRES_BIN / program), *arguments],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def initdb(self):
        self._run("initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync")

    def start(self):
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 -c fsync=off"
        log = str(self.directory / "postgres.log")
        self._run("pg_ctl", "-D", str(self.data), "-o", options, "-l", log, "-w", "start")

    def stop(self):
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name):
        self._run("createdb", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", name)

    def remove(self):
        with contextlib.suppress(subprocess.CalledProcessError):
            self.stop()
        shutil.rmtree(self.directory, ignore_errors=True)


# The variables the production settings refuse to start without.
PRODUCTION_ENV = {
    "SECRET_KEY": "a-long-production-secret-for-this-test-only-0123456789",
    "ALLOWED_HOSTS": "www.sociaalwerk.example",
}


def production_environment(**overrides):
    """Production settings for a local test: plain HTTP, no spam delays, no mail."""
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "REDIS_", "DATABASE_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="sociaalwerk.settings.production",
        SECRET_KEY="fault-test-only-0123456789-abcdefghijklmnopqrstuvwxyz",
        ALLOWED_HOSTS="127.0.0.1",
        SECURE_SSL_REDIRECT="false",
        SPAM_MIN_FILL_SECONDS="0",
        SPAM_MAX_SUBMISSIONS_PER_HOUR="100000",
        EMAIL_URL="dummymail://",
        LOG_LEVEL="CRITICAL",
    )
    environment.update(overrides)
    return environment


def manage(environment, *arguments):
    subprocess.run(  # noqa: S603 - this project's manage.py
        [sys.executable, "manage.py", *arguments],
        cwd=ROOT,
        env=environment,
        check=True,
        capture_output=True,
        timeout=600,
    )


@contextlib.contextmanager
def gunicorn(environment, workers=2, log=None):
    """A gunicorn of the site on a free port; yields its base URL. Its output goes to
    the file ``log`` if given."""
    port = free_port()
    output = open(log, "ab") if log else subprocess.DEVNULL  # noqa: SIM115 - closed below
    process = subprocess.Popen(  # noqa: S603 - this project's gunicorn
        [str(Path(sys.executable).with_name("gunicorn")), "-c", "gunicorn.conf.py"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "sociaalwerk.wsgi"],
        cwd=ROOT,
        env=environment,
        stdout=output,
        stderr=output,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(base_url + "/health/")
        yield base_url
    finally:
        process.terminate()
        process.wait(timeout=30)
        if log:
            output.close()


def wait_until_serving(url, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError):
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"{url} did not answer within {timeout} s")
        time.sleep(0.2)


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


OPENER = urllib.request.build_opener(NoRedirect)


def request(url, data=None, headers=None):
    """Status, body and headers; errors and redirects are answers too, a refused
    connection is None."""
    body = None if data is None else urllib.parse.urlencode(data).encode()
    try:
        with OPENER.open(
            urllib.request.Request(url, data=body, headers=headers or {}), timeout=30
        ) as response:
            return response.status, response.read().decode(), response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(), error.headers
    except (urllib.error.URLError, ConnectionError):
        return None, "", {}


def cookies(headers):
    """The cookies a response set, as a Cookie header sends them back."""
    return "; ".join(re.match(r"[^;]+", value)[0] for value in headers.get_all("Set-Cookie") or [])


def csrf_token(html):
    """The CSRF token of the form in ``html``."""
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)[1]
