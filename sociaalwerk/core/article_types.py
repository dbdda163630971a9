"""The article types (news, blog, publication) as core sees them: the registry of the
concrete subclasses of ArticlePage, found without importing the apps that define them.

Each type declares, as class attributes, its ``article_type`` key, its labels and its
feed (``feed_name``, the Dutch name in the feed's URL, ``feed_title`` and
``feed_description``); filters, the search form and the feeds read them from here.
"""

from django.apps import apps


def article_classes():
    """Every concrete subclass of ArticlePage, in a stable order."""
    # By name: the models import this module.
    base = apps.get_model("core", "ArticlePage")
    classes = [m for m in apps.get_models() if issubclass(m, base) and m is not base]
    return sorted(classes, key=lambda model: model.article_type)


def article_type_choices():
    """Choices for editors and filters: ``[("news", "News"), ...]``."""
    return [(model.article_type, model.type_label) for model in article_classes()]


def article_class(article_type=None, feed_name=None):
    """The article type with the given ``article_type`` or ``feed_name``, or None."""
    for model in article_classes():
        if article_type in (None, model.article_type) and feed_name in (None, model.feed_name):
            return model
    return None
