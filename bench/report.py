"""The report of `make bench`: the table, the targets checked and the plans, printed
and written to bench/results.md."""

import datetime
import os
import platform
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results.md"
# Cached pages are held to a share of the static file's requests per second.
CACHED_PAGES = ("home", "theme", "article")


@dataclass
class Run:
    requests_per_second: float
    median_ms: float
    p99_ms: float


@dataclass
class Row:
    articles: int
    page: str
    mode: str
    latency: Run  # one client
    throughput: Run  # several clients
    peak_rss_mb: float


HEADER = (
    "| articles | page | mode | req/s, 1 client | median ms | p99 ms "
    "| req/s, {clients} clients | median ms | p99 ms | peak MB/worker |\n"
    "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|"
)


def format_row(row):
    one, many = row.latency, row.throughput
    return (
        f"| {row.articles:,} | {row.page} | {row.mode} | {one.requests_per_second:,.0f} "
        f"| {one.median_ms:.1f} | {one.p99_ms:.1f} | {many.requests_per_second:,.0f} "
        f"| {many.median_ms:.1f} | {many.p99_ms:.1f} | {row.peak_rss_mb:.0f} |"
    )


def check_targets(rows, plans):
    """The targets of the performance issue: (description, passed) pairs."""
    checks = [
        (
            f"theme archive, last page, {count:,} articles: the query read "
            f"{plan.article_rows_read:,} article rows (fewer than all {plan.articles:,})",
            plan.article_rows_read < plan.articles,
        )
        for count, plan in plans.items()
    ]
    by_key = {(row.articles, row.page, row.mode): row for row in rows}
    counts = sorted({row.articles for row in rows})
    smallest, largest = counts[0], counts[-1]
    for row in rows:
        if row.articles != largest or row.page == "static file":
            continue
        base = by_key[(smallest, row.page, row.mode)]
        ratio = row.latency.median_ms / base.latency.median_ms
        checks.append(
            (
                f"{row.page}, {row.mode}: median with {largest:,} articles is {ratio:.2f}× "
                f"that with {smallest:,} (at most 1.3×)",
                ratio <= 1.3,
            )
        )
    for row in rows:
        if row.mode == "uncached" and row.page not in ("search", "static file"):
            checks.append(
                (
                    f"{row.page}, uncached, {row.articles:,} articles: median "
                    f"{row.latency.median_ms:.1f} ms (under 50 ms)",
                    row.latency.median_ms < 50,
                )
            )
        if row.page == "search" and row.articles == largest:
            checks.append(
                (
                    f"search, {row.mode}, {row.articles:,} articles: median "
                    f"{row.latency.median_ms:.1f} ms (under 100 ms)",
                    row.latency.median_ms < 100,
                )
            )
        if row.mode == "cached" and row.page in CACHED_PAGES:
            static = by_key[(row.articles, "static file", "cached")].throughput
            share = row.throughput.requests_per_second / static.requests_per_second
            checks.append(
                (
                    f"{row.page}, cached, {row.articles:,} articles: {share:.0%} of the static "
                    "file's req/s (at least 50%)",
                    share >= 0.5,
                )
            )
    return checks


def machine():
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}"


def report(rows, plans, options):
    checks = check_targets(rows, plans)
    missed = [text for text, passed in checks if not passed]
    lines = [
        "# Benchmark results",
        "",
        f"Measured {datetime.date.today().isoformat()} by `make bench` on {machine()}.",
        f"PostgreSQL and Redis on the same machine; gunicorn with 2 workers; wrk runs of "
        f"{options.seconds} s each: one client for latency, {options.clients} for req/s.",
        "",
        HEADER.format(clients=options.clients),
        *(format_row(row) for row in rows),
        "",
        "## Targets",
        "",
        *(f"- {'met' if passed else 'MISSED'}: {text}" for text, passed in checks),
        "",
        "## Plan of the theme archive's last page",
        "",
    ]
    for count, plan in plans.items():
        lines += [
            f"With {count:,} articles, {plan.in_theme:,} of them in the theme: "
            f"{plan.article_rows_read:,} rows read from core_articlepage.",
            "",
            "```",
            plan.text,
            "```",
            "",
        ]
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))
    print(f"Written to {RESULTS.relative_to(ROOT)}.")
    if missed:
        sys.exit(f"{len(missed)} target(s) missed.")
