"""wrk, the load generator of `make bench`: one URL flat out (``wrk``), or a stream of
clients rotating over many paths (``Stream``, with lua/rotate.lua), several of which can
run at once."""

import json
import re
import signal
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from report import ROOT, Run

PORT = 8765
BASE_URL = f"http://127.0.0.1:{PORT}"
# Production settings redirect plain HTTP; the TLS proxy in front says it was HTTPS.
PROXY_HEADER = ("X-Forwarded-Proto", "https")
# What browsers send: cached pages are answered with their stored Brotli copy.
BROWSER_ENCODINGS = ("Accept-Encoding", "br, gzip")
ROTATE_SCRIPT = ROOT / "bench" / "lua" / "rotate.lua"


def header_arguments(*headers):
    return [argument for header in headers for argument in ("-H", "{}: {}".format(*header))]


def wrk(url, *, clients, seconds):
    output = subprocess.run(
        ["wrk", f"-t{min(clients, 2)}", f"-c{clients}", f"-d{seconds}s", "--latency"]
        + header_arguments(PROXY_HEADER, BROWSER_ENCODINGS)
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


def steadiest(url, *, clients, seconds, runs):
    """Of ``runs`` runs of ``wrk``, the one of median throughput (and so, at one client,
    of median latency). A single run can serve half the requests per second: its kept-
    alive connections may all fall on one gunicorn worker, which keeps a connection it
    has accepted; or the machine does something else for a few seconds."""
    results = sorted(
        (wrk(url, clients=clients, seconds=seconds) for _ in range(runs)),
        key=lambda run: run.requests_per_second,
    )
    return results[len(results) // 2]


def milliseconds(value):
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


@dataclass
class StreamResult:
    """What rotate.lua reports of one stream."""

    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    socket_errors: int
    statuses: dict = field(default_factory=dict)  # HTTP status -> count
    hits: dict = field(default_factory=dict)  # path -> cache hits
    misses: dict = field(default_factory=dict)  # path -> answers not from the cache

    def count(self, predicate):
        return sum(n for status, n in self.statuses.items() if predicate(status))

    @property
    def busy(self):
        """Answers 503 "try again": the site's designed answer when it is full."""
        return self.count(lambda status: status == 503)

    @property
    def errors(self):
        """Socket errors, timeouts and every answer outside 2xx but the 503s above."""
        return self.socket_errors + self.count(lambda status: status >= 300 and status != 503)


class Stream:
    """``clients`` connections asking for ``paths`` in turn for ``seconds``, in the
    background from ``start()`` until ``result()``; ``headers`` are added to each request."""

    def __init__(self, paths, *, clients, seconds, headers=()):
        with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as paths_file:
            paths_file.write("\n".join(paths) + "\n")
        self.paths_file = Path(paths_file.name)
        self.command = (
            ["wrk", f"-t{clients}", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s"]
            + header_arguments(PROXY_HEADER, BROWSER_ENCODINGS, *headers)
            + ["-s", str(ROTATE_SCRIPT), BASE_URL, "--", str(self.paths_file), str(clients)]
        )
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, text=True)
        return self

    def stop(self):
        """End the stream early; wrk still reports what it measured."""
        self.process.send_signal(signal.SIGINT)
        return self.result()

    def result(self):
        output, _ = self.process.communicate()
        self.paths_file.unlink()
        if self.process.returncode != 0:
            raise SystemExit(f"wrk failed: {' '.join(self.command)}\n{output}")
        data = json.loads(re.search(r"^RESULT (.*)$", output, re.MULTILINE)[1])
        return StreamResult(
            requests=data["requests"],
            seconds=data["seconds"],
            p50_ms=data["p50_ms"],
            p99_ms=data["p99_ms"],
            socket_errors=sum(data["errors"].values()) - data["errors"]["status"],
            statuses={int(status): n for status, n in data["statuses"].items()},
            hits=data["hits"],
            misses=data["misses"],
        )
