"""The renditions of every image that the listings of a page show, in one query.

Each listing of pages with images (the themes, the latest news, the agenda) would read
the renditions of its images in a query of its own (``prefetch_related`` of
``renditions``): a page with three listings would spend three queries where one does.
Wagtail's rendition cache is no way around that: it is looked up image by image, and
it is cold on the first render after a publish, when the page cache is too.
"""

from django.db.models import prefetch_related_objects


def prefetch(*listings):
    """Reads, in one query, the renditions of the images of ``listings``: pairs of pages
    and the name of the image field their cards show."""
    images = [getattr(page, field) for pages, field in listings for page in pages]
    prefetch_related_objects([image for image in images if image is not None], "renditions")
