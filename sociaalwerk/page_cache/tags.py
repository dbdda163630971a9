"""The page cache's own tags. Page types name the rest (``cache_tags``, ``listed_as``)."""

# The site frame every page shows: menu, footer, breadcrumbs.
SITE = "site"
# Any page at all (the sitemap).
PAGES = "pages"


def page_tag(page_id):
    """A page's own content."""
    return f"page:{page_id}"
