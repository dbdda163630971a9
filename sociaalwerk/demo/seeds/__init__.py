"""The texts of the real site that the demo content is made of, one module per kind."""

from . import blogs, events, members, members_only, news, publications, site, themes

__all__ = [
    "blogs",
    "events",
    "members",
    "members_only",
    "news",
    "publications",
    "site",
    "themes",
]
