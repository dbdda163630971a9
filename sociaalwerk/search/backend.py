"""Wagtail's PostgreSQL search backend, ranking a window of matches of fixed size.

The stock backend ranks every page that matches. For a word that occurs in most of
the archive ("wijk") that is work in proportion to the archive, spent on pages nobody
pages through to. This backend first narrows a page search to a window:

- the ``RANKING_WINDOW`` most recently created pages that match, and
- the ``RANKING_WINDOW`` most recently created pages whose title matches, so that an
  older page named after the words is still found;

then ranks that window as the stock backend would. Both halves come from indexes:
PostgreSQL walks the search index's primary key from the newest end and stops when
the window is full, or, for a rarer word, reads the matches from the GIN index on
the search document (migration 0007). So a search costs the same with a thousand
articles as with ten thousand; the price is that a word in more than
``RANKING_WINDOW`` pages finds only the newest of them and the ones it names.

Other models (images, documents in the admin) and non-relevance orderings are
searched as by the stock backend.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db.models import F, IntegerField
from django.db.models.expressions import CombinedExpression
from django.db.models.functions import Cast
from modelsearch.backends.database.postgres.postgres import (
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from modelsearch.query import And, Or, Phrase, PlainText
from modelsearch.utils import get_descendants_content_types_pks
from wagtail.models import Page
from wagtail.search.models import IndexEntry

DEFAULT_RANKING_WINDOW = 500


class WindowedSearchQueryCompiler(PostgresSearchQueryCompiler):
    # (page id, index entry id) pairs, read once per search: the count and the results
    # of one search share them.
    _window = None

    def search(self, config, start, stop, score_field=None, backend=None):
        if not self.is_windowed():
            return super().search(config, start, stop, score_field, backend)
        if self._window is None:
            tsquery = self.build_tsquery(self.query, config=config)
            self._window = list(self.window(tsquery, backend.ranking_window))
        whole = self.queryset
        # As constants, both sides of the backend's join to the index entries are read
        # by primary key; the filter on the relation reuses that join.
        self.queryset = whole.filter(
            pk__in=[page_id for page_id, _ in self._window],
            index_entries__in=[entry_id for _, entry_id in self._window],
        )
        try:
            return super().search(config, start, stop, score_field, backend)
        finally:
            self.queryset = whole

    def is_windowed(self):
        return (
            self.order_by_relevance
            and issubclass(self.queryset.model, Page)
            and isinstance(self.query, (PlainText, Phrase, And, Or))
        )

    def window(self, tsquery, size):
        """(page id, index entry id) of the newest matches and the newest title matches."""
        entries = (
            IndexEntry.objects.filter(
                content_type_id__in=get_descendants_content_types_pks(self.queryset.model)
            )
            .annotate(page_id=Cast("object_id", IntegerField()))
            .filter(page_id__in=self.queryset.values("pk"))
            .order_by("-pk")
            .values_list("page_id", "pk")
        )
        # The backend's match expression, so that the GIN index on it serves both.
        document = CombinedExpression(F("title"), "||", F("body"), output_field=SearchVectorField())
        newest = entries.alias(document=document).filter(document=tsquery)[:size]
        titled = entries.filter(title=tsquery)[:size]
        return newest.union(titled)


class WindowedSearchBackend(PostgresSearchBackend):
    query_compiler_class = WindowedSearchQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.ranking_window = params.get("RANKING_WINDOW", DEFAULT_RANKING_WINDOW)


SearchBackend = WindowedSearchBackend
