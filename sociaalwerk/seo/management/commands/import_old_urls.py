"""``manage.py import_old_urls FILE.csv``: the old website's addresses as redirects."""

import argparse
import csv
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from django.core.management.base import BaseCommand, CommandError, DjangoHelpFormatter
from django.db import transaction
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page, Site

HEADER = ("old_path", "new_path")
MAX_OLD_PATH = Redirect._meta.get_field("old_path").max_length
MAX_LINK = Redirect._meta.get_field("redirect_link").max_length


class SkipRow(Exception):
    """A row that cannot become a redirect; the message says why."""


@dataclass
class Row:
    """One row of the file, checked: where it redirects from and to."""

    line: int
    old_path: str
    new_path: str
    page_url_path: str | None  # the url_path a page must have to be the target


class HelpFormatter(DjangoHelpFormatter, argparse.RawDescriptionHelpFormatter):
    """Django's order of options, with the paragraphs of ``help`` kept."""


class Command(BaseCommand):
    """Import the old website's addresses as permanent redirects to the new pages."""

    help = """\
Import redirects from the old website's addresses to this site, from a CSV file.

FILE starts with the header line "old_path,new_path". Each row makes a permanent
redirect on the default site from old_path, for example
/actueel/nieuws/12163-sociale-psychiatrie-in-de-wijk, to new_path: to the live page
whose address is new_path (for example /nieuws/sociale-psychiatrie-in-de-wijk/) or,
when no page has that address or new_path is a full URL, to new_path as a link.

Old paths are normalised as Wagtail stores redirects, so a path with or without a
trailing slash is the same redirect; a full URL on the site's own host counts as its
path. A redirect that exists for an old path is updated to the new target. Running
the same file again changes nothing; the command prints how many redirects it
created, updated and left unchanged, and with -v 2 every row's old path and target.

A row is skipped, and reported on stderr with its line number, when a path is empty or
too long, old_path and new_path are the same address, old_path is a URL of another
host, or old_path was on an earlier line. Only a missing or unreadable file or a
wrong header stops the import."""

    def create_parser(self, prog_name, subcommand, **kwargs):
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.formatter_class = HelpFormatter
        return parser

    def add_arguments(self, parser):
        parser.add_argument("file", metavar="FILE", help="The CSV file to import.")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check the file and report what would change, without saving anything.",
        )
        parser.add_argument(
            "--encoding",
            default="utf-8-sig",
            help=(
                "Character encoding of FILE (default: utf-8-sig, UTF-8 with or without "
                "the byte-order mark that Excel writes; use cp1252 for older Excel exports)."
            ),
        )

    def handle(self, *args, file, dry_run, encoding, verbosity, **options):
        site = self.get_site()
        rows, skipped = self.checked_rows(file, encoding, site)
        counts = self.save(rows, site, dry_run=dry_run, verbose=verbosity > 1)
        summary = (
            f"{counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged; {skipped} rows skipped."
        )
        if dry_run:
            summary = f"Dry run, nothing saved. Redirects that would be {summary}"
        else:
            summary = f"Redirects {summary}"
        self.stdout.write(self.style.SUCCESS(summary))

    def get_site(self):
        site = Site.objects.select_related("root_page").filter(is_default_site=True).first()
        if site is None:
            raise CommandError("There is no default site to add the redirects to.")
        return site

    def checked_rows(self, file, encoding, site):
        """The rows that can be imported, and how many could not (reported on stderr)."""
        rows = []
        skipped = 0
        lines = {}
        for line, old, new in self.read_rows(file, encoding):
            try:
                row = self.check_row(line, old, new, site)
                if row.old_path in lines:
                    raise SkipRow(f"{row.old_path} is already on line {lines[row.old_path]}")
            except SkipRow as reason:
                self.stderr.write(f"Line {line}: skipped, {reason}.")
                skipped += 1
                continue
            lines[row.old_path] = line
            rows.append(row)
        return rows, skipped

    def read_rows(self, file, encoding):
        """``(line number, old_path, new_path)`` of every row, stripped of whitespace."""
        try:
            with open(file, encoding=encoding, newline="") as csv_file:
                reader = csv.DictReader(csv_file)
                header = [name.strip() for name in reader.fieldnames or []]
                if not set(HEADER) <= set(header):
                    raise CommandError(
                        f"{file} must start with the header line {','.join(HEADER)}; "
                        f"it starts with {','.join(header) or 'nothing'}."
                    )
                reader.fieldnames = header
                for values in reader:
                    old, new = ((values.get(name) or "").strip() for name in HEADER)
                    yield reader.line_num, old, new
        except FileNotFoundError:
            raise CommandError(f"There is no file {file}.") from None
        except UnicodeDecodeError as error:
            raise CommandError(
                f"{file} is not {encoding} text ({error.reason} at byte {error.start}); "
                "pass its encoding with --encoding."
            ) from None
        except LookupError:
            raise CommandError(f"Unknown encoding {encoding!r}.") from None
        except (OSError, csv.Error) as error:
            raise CommandError(f"Cannot read {file}: {error}") from None

    def check_row(self, line, old, new, site):
        """The row as a ``Row``, or ``SkipRow`` with the reason it cannot be imported."""
        if not old or not new:
            raise SkipRow("old_path and new_path must both be filled in")
        old_url = urlsplit(old)
        if old_url.netloc and not is_own_host(old_url.hostname, site):
            raise SkipRow(f"{old} is an address on another host than {site.hostname}")
        old_path = Redirect.normalise_path(old)
        if len(old_path) > MAX_OLD_PATH:
            raise SkipRow(f"old_path is longer than {MAX_OLD_PATH} characters")
        new_url = urlsplit(new)
        is_path = not new_url.scheme and not new_url.netloc
        on_this_site = is_path or is_own_host(new_url.hostname, site)
        if on_this_site and Redirect.normalise_path(new) == old_path:
            raise SkipRow(f"{old} redirects to itself")
        if is_path and not new.startswith("/"):
            new = "/" + new
        if len(new) > MAX_LINK:
            raise SkipRow(f"new_path is longer than {MAX_LINK} characters")
        page_url_path = None
        if is_path and not new_url.query and not new_url.fragment:
            page_url_path = url_path_in_site(unquote(new_url.path), site)
        return Row(line, old_path, new, page_url_path)

    def find_pages(self, rows):
        """The live pages the rows point to, by ``url_path``, in one query."""
        wanted = {row.page_url_path for row in rows if row.page_url_path}
        return {page.url_path: page for page in Page.objects.live().filter(url_path__in=wanted)}

    def save(self, rows, site, *, dry_run, verbose):
        """Create or update the redirect of every row; count what happened."""
        pages = self.find_pages(rows)
        existing = {r.old_path: r for r in Redirect.objects.filter(site=site)}
        counts = {"created": 0, "updated": 0, "unchanged": 0}
        with transaction.atomic():
            for row in rows:
                page = pages.get(row.page_url_path)
                target = {
                    "is_permanent": True,
                    "redirect_page_id": page.pk if page else None,
                    "redirect_page_route_path": "",
                    "redirect_link": "" if page else row.new_path,
                }
                redirect = existing.get(row.old_path)
                if redirect is None:
                    redirect = Redirect(old_path=row.old_path, site=site)
                    outcome = "created"
                elif any(getattr(redirect, field) != value for field, value in target.items()):
                    outcome = "updated"
                else:
                    outcome = "unchanged"
                counts[outcome] += 1
                if outcome != "unchanged":
                    for field, value in target.items():
                        setattr(redirect, field, value)
                    if not dry_run:
                        redirect.save()
                if verbose:
                    to = f"page {page.title!r}" if page else f"link {row.new_path}"
                    self.stdout.write(f"Line {row.line}: {row.old_path} → {to} ({outcome}).")
        return counts


def is_own_host(hostname, site):
    """Whether ``hostname`` is the site's host, with or without "www."."""
    return bare_host(hostname) == bare_host(site.hostname)


def bare_host(host):
    return (host or "").lower().removeprefix("www.")


def url_path_in_site(path, site):
    """The ``url_path`` of the page at ``path`` on ``site``: its root page's plus ``path``."""
    relative = path.strip("/")
    return site.root_page.url_path + (f"{relative}/" if relative else "")
