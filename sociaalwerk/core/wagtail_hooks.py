from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from sociaalwerk.core.models import Author


class AuthorViewSet(SnippetViewSet):
    """Authors under Snippets, searchable by name."""

    model = Author
    icon = "user"
    list_display = ["name", "role"]
    search_fields = ["name", "role"]


register_snippet(AuthorViewSet)
