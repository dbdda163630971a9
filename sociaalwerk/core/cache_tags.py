"""Names for kinds of content that pages show besides their own.

Page types declare them: ``cache_tags``, what a page shows (a cached copy of it is stale
once any of these changes), and ``listed_as``, where a page of the type is shown itself
(publishing it makes those stale). A page may narrow ``listed_as`` to where it, as it
is, is shown: ``listed_in()``. The page cache reads all three; the content model needs
nothing of the cache to declare them.
"""

# Listings of articles: overviews, theme pages, the latest-news block, feeds.
ARTICLES = "articles"
# The related articles below every article, for a change that does not say of which
# theme (an image, a move of many articles).
RELATED_ARTICLES = "related-articles"
# Lists of themes, theme filters, and theme introductions above articles.
THEMES = "themes"
# Listings of events: the agenda, the agenda block on theme and home pages, the
# calendar feeds.
EVENTS = "events"


def theme_articles(theme_id):
    """The articles of one theme, as the related articles below its articles show them."""
    return f"articles-of-theme:{theme_id}"
