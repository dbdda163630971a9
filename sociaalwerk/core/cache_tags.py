"""Names for kinds of content that pages show besides their own.

Page types declare them: ``cache_tags``, what a page shows (a cached copy of it is stale
once any of these changes), and ``listed_as``, where a page of the type is shown itself
(publishing it makes those stale). The page cache reads both; the content model needs
nothing of the cache to declare them.
"""

# Listings of articles: overviews, theme pages, the latest-news block, related
# articles, feeds.
ARTICLES = "articles"
# Lists of themes, theme filters, and theme introductions above articles.
THEMES = "themes"
# Listings of events: the agenda, the agenda block on theme and home pages, the
# calendar feeds.
EVENTS = "events"
