"""The article types (news, blog, publication) as core sees them: through the
subclasses of ArticlePage, without importing the apps that define them."""

from django.apps import apps


def article_classes():
    """Every concrete subclass of ArticlePage, in a stable order."""
    from sociaalwerk.core.models import ArticlePage

    classes = [m for m in apps.get_models() if issubclass(m, ArticlePage) and m is not ArticlePage]
    return sorted(classes, key=lambda model: model.article_type)


def article_type_choices():
    """Choices for editors and filters: ``[("news", "News"), ...]``."""
    return [(model.article_type, model.type_label) for model in article_classes()]
