"""The page cache's own tags. Page types name the rest (``cache_tags``, ``listed_as``)."""

# The site frame every page shows: menu and footer.
SITE = "site"
# Any page at all (the sitemap).
PAGES = "pages"


def page_tag(page_id):
    """A page's own content."""
    return f"page:{page_id}"


def below_tag(url_path):
    """The pages below the page at ``url_path``: their breadcrumbs show its title, and
    their addresses start with its own."""
    return f"below:{url_path}"


def above_tags(url_path):
    """The ``below_tag`` of every page above the one at ``url_path`` but the tree's root,
    read from the path itself, without a query."""
    slugs = url_path.strip("/").split("/")
    return {below_tag("/" + "/".join(slugs[:end]) + "/") for end in range(1, len(slugs))}
