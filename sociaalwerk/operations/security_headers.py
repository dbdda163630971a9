"""The security headers Django 5.2 does not set itself: Content-Security-Policy and
Permissions-Policy, on every response. (SecurityMiddleware adds nosniff, the
referrer policy, the opener policy and HSTS; XFrameOptionsMiddleware frame denial.)

The public site runs no inline script or style at all, so its policy allows only
files from the site itself. Wagtail 7.4's admin cannot do without inline script (its
InlinePanel and date pickers start from ``<script>`` blocks whose content differs per
form, so no hash can name them) nor inline style: its policy allows both, for the
admin only, which is behind a login and framed by nothing but itself. ``urls.py``
declares which views are the admin's by decorating them with ``admin_policy``.

A preview is the public page, rendered by Wagtail through this middleware inside the
admin's request, and shown in a frame of the admin's editor: it gets the public policy
with one change, that the site itself (the admin) may frame it.
"""

import functools
from urllib.parse import urlsplit

from django.conf import settings

# Video embeds (EmbedBlock) are iframes from these players.
EMBED_ORIGINS = (
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "camera",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


def _media_origin():
    """The origin of uploaded files when they live elsewhere (S3, a CDN), else ''."""
    parts = urlsplit(settings.MEDIA_URL)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else ""


def _policy(directives):
    return "; ".join(f"{name} {' '.join(filter(None, values))}" for name, values in directives)


def public_content_security_policy(frame_ancestors="'none'"):
    media = _media_origin()
    return _policy(
        [
            ("default-src", ["'self'"]),
            ("script-src", ["'self'"]),
            ("style-src", ["'self'"]),
            ("img-src", ["'self'", "data:", media]),
            ("media-src", ["'self'", media]),
            ("frame-src", EMBED_ORIGINS),
            ("object-src", ["'none'"]),
            ("base-uri", ["'self'"]),
            ("form-action", ["'self'"]),
            ("frame-ancestors", [frame_ancestors]),
        ]
    )


def preview_content_security_policy():
    return public_content_security_policy(frame_ancestors="'self'")


def admin_content_security_policy():
    media = _media_origin()
    return _policy(
        [
            ("default-src", ["'self'"]),
            ("script-src", ["'self'", "'unsafe-inline'"]),
            ("style-src", ["'self'", "'unsafe-inline'"]),
            ("img-src", ["'self'", "data:", "blob:", media]),
            ("media-src", ["'self'", media]),
            # The live preview is the site itself in a frame; embeds are previewed too.
            ("frame-src", ["'self'", *EMBED_ORIGINS]),
            ("object-src", ["'none'"]),
            ("base-uri", ["'self'"]),
            ("form-action", ["'self'"]),
            ("frame-ancestors", ["'self'"]),
        ]
    )


def admin_policy(view):
    """Decorator for the admin's views: they answer with the admin's policy."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.headers.setdefault("Content-Security-Policy", admin_content_security_policy())
        return response

    return wrapper


class SecurityHeadersMiddleware:
    """The public policy on every response that has no policy of its own; the preview
    policy on previews (Wagtail marks their request ``is_preview``)."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.public_policy = public_content_security_policy()
        self.preview_policy = preview_content_security_policy()

    def __call__(self, request):
        response = self.get_response(request)
        is_preview = getattr(request, "is_preview", False)
        policy = self.preview_policy if is_preview else self.public_policy
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
