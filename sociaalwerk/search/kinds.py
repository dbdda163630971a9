"""The kinds of page the search's type filter offers: the article types
(``core.article_types``), then every other page type that declares a kind of its own,
the agenda's events ("agenda").

Such a page type declares ``search_kind`` (its value in ``?soort=``) and
``search_kind_label`` (the choice in the filter), and its queryset narrows to a theme
with ``of_theme``; the search finds it through Django's app registry, without
importing the app that defines it.
"""

from django.apps import apps
from wagtail.models import Page

from sociaalwerk.core.article_types import article_type_choices


def page_classes():
    """The page types that declare a kind, in a stable order."""
    classes = [
        model
        for model in apps.get_models()
        if issubclass(model, Page) and vars(model).get("search_kind")
    ]
    return sorted(classes, key=lambda model: model.search_kind)


def choices():
    """``[("blog", "Blog"), …, ("agenda", "Agenda")]``: the article types, then the others."""
    return [
        *article_type_choices(),
        *((model.search_kind, model.search_kind_label) for model in page_classes()),
    ]


def page_class(kind):
    """The page type that declared ``kind``, or None (an article type, or nothing)."""
    return next((model for model in page_classes() if model.search_kind == kind), None)
