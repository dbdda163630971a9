"""Pages compressed with Brotli and gzip, answered in the encoding each browser accepts.

A cached page is compressed once, when it is stored (as whitenoise does for static
files), so that a hit compresses nothing. The entry keeps the Brotli and the gzip body
and no plain one: for the home page of the demo content (21.0 KB) that is 3.3 + 3.9 KB
instead of 28.2 KB, in memory and in what each hit reads from Redis. The rare client
that accepts neither (curl, wrk, a test client) gets the gzip body inflated, which
costs 0.04 ms per hit on this machine, a tenth of a hit.

Pages that are not stored are compressed per request, faster and a little larger, when
they hold no secret: a GET or HEAD without a session cookie whose response sets no
cookie. BREACH guesses a secret (a session's data, a CSRF token) from the compressed
size of a page that also reflects the attacker's input, such as search results; a
request without a session has no such data, and a page that rendered a CSRF token
(the forms) sets the CSRF cookie. What an editor or a form gets leaves uncompressed:
few requests, and Django's ``GZipMiddleware`` would only slow BREACH down by padding
the length at random, not prevent it.
"""

import gzip
import hashlib
import re
import zlib
from dataclasses import dataclass

import brotli
from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

# The codings offered, Brotli first: among those a browser rates alike it is the
# smaller (3.3 against 3.9 KB on the home page).
ENCODINGS = ("br", "gzip")
ALIASES = {"x-gzip": "gzip"}

# Once per page and change, so the best Brotli: quality 11 takes 50 ms for the home
# page (3,276 bytes), quality 5 takes 0.5 ms (3,582 bytes).
STORED = {
    "br": lambda content: brotli.compress(content, quality=11, mode=brotli.MODE_TEXT),
    "gzip": lambda content: gzip.compress(content, compresslevel=9, mtime=0),
}
# Per request: well under a millisecond for a page.
PER_REQUEST = {
    "br": lambda content: brotli.compress(content, quality=5, mode=brotli.MODE_TEXT),
    "gzip": lambda content: gzip.compress(content, compresslevel=6, mtime=0),
}

# Below this, the headers cost more than compression saves (as Django's GZipMiddleware).
MINIMUM_SIZE = 200
COMPRESSIBLE_TYPE = re.compile(r"text/|application/([\w.-]+\+)?(xml|json)|application/javascript")
QUALITY = re.compile(r"0(\.\d{0,3})?|1(\.0{0,3})?")


def _qualities(accept_encoding):
    """The quality each coding in an Accept-Encoding header is given; a malformed
    quality counts as a refusal."""
    qualities = {}
    for item in accept_encoding.split(","):
        coding, *parameters = item.split(";")
        coding = coding.strip().lower()
        if not coding:
            continue
        quality = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                value = value.strip()
                quality = float(value) if QUALITY.fullmatch(value) else 0.0
        qualities[ALIASES.get(coding, coding)] = quality
    return qualities


def negotiate(accept_encoding):
    """The coding to answer an ``Accept-Encoding`` header with: "br", "gzip", or None
    for the plain body.

    The highest quality wins, Brotli on a tie; ``*`` stands for the codings not named.
    The plain body when both are refused, when ``identity`` is rated above them, and
    when the header is missing or empty (RFC 9110 lets a missing header accept any
    coding, but clients that send none are the ones that cannot decode). A client that
    refuses ``identity`` too gets the plain body rather than a 406.
    """
    qualities = _qualities(accept_encoding)
    others = qualities.get("*", 0.0)
    best = max(ENCODINGS, key=lambda coding: qualities.get(coding, others))
    quality = qualities.get(best, others)
    if quality <= 0 or qualities.get("identity", 0.0) > quality:
        return None
    return best


@dataclass(frozen=True)
class CompressedPage:
    """A response kept as its Brotli and gzip bodies, with the headers all share."""

    status: int
    headers: tuple
    bodies: dict
    # Of the plain body; each representation has its own strong ETag built from it.
    digest: str

    @classmethod
    def of(cls, response):
        patch_vary_headers(response, ("Accept-Encoding",))
        headers = tuple(
            (name, value)
            for name, value in response.headers.items()
            if name.lower() not in ("content-length", "etag")
        )
        return cls(
            status=response.status_code,
            headers=headers,
            bodies={coding: compress(response.content) for coding, compress in STORED.items()},
            digest=hashlib.md5(response.content, usedforsecurity=False).hexdigest(),
        )

    def response(self, accept_encoding):
        """The representation ``accept_encoding`` asks for, with its length and ETag."""
        coding = negotiate(accept_encoding)
        if coding is None:
            body, etag = zlib.decompress(self.bodies["gzip"], wbits=31), f'"{self.digest}"'
        else:
            body, etag = self.bodies[coding], f'"{self.digest}-{coding}"'
        response = HttpResponse(body, status=self.status)
        for name, value in self.headers:
            response.headers[name] = value
        if coding is not None:
            response.headers["Content-Encoding"] = coding
        response.headers["Content-Length"] = str(len(body))
        response.headers["ETag"] = etag
        return response


def _holds_no_secret(request, response):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and not response.cookies
    )


def _is_compressible(response):
    return (
        not response.streaming
        and not response.has_header("Content-Encoding")
        and COMPRESSIBLE_TYPE.match(response.get("Content-Type", ""))
        and len(response.content) >= MINIMUM_SIZE
    )


def compress_uncached(request, response):
    """``response``, compressed for ``request`` if it holds no secret (see above)."""
    if not (_holds_no_secret(request, response) and _is_compressible(response)):
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    coding = negotiate(request.headers.get("Accept-Encoding", ""))
    if coding is None:
        return response
    response.content = PER_REQUEST[coding](response.content)
    response.headers["Content-Length"] = str(len(response.content))
    response.headers["Content-Encoding"] = coding
    # The body is no longer the one a strong ETag named (as GZipMiddleware does).
    etag = response.get("ETag", "")
    if etag.startswith('"'):
        response.headers["ETag"] = "W/" + etag
    return response
