"""Which cached pages each change makes stale: the tags to bump.

The rules follow what the pages declare and what the templates show:
- a page's own content is shown by the page itself and by the pages that link to it
  or choose it (Wagtail's reference index knows those);
- a page type names where its pages are shown besides (``listed_as``: every article
  in the article listings, every theme in the theme lists);
- the menu shows the sections under the home page, breadcrumbs show a page's
  ancestors, and a move changes the URL of every page below: those touch the site
  frame, which every cached page shows;
- authors, images and documents are shown where they are chosen, and listing images
  on every listing of articles;
- the site settings (footer) and view restrictions concern every page.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from sociaalwerk.core import cache_tags
from sociaalwerk.core.models import Author, FooterLink, SiteSettings
from sociaalwerk.page_cache.store import invalidate
from sociaalwerk.page_cache.tags import PAGES, SITE, page_tag

MENU_DEPTH = 3  # the root (1), the home page (2) and the sections in the menu (3)


def pages_showing(obj):
    """Tags of the pages that link to or choose ``obj``."""
    references = ReferenceIndex.get_references_to(obj).filter(
        base_content_type=ContentType.objects.get_for_model(Page)
    )
    page_ids = references.values_list("object_id", flat=True).distinct()
    return {page_tag(page_id) for page_id in page_ids}


def tags_for_page(page):
    tags = {page_tag(page.pk), PAGES, *pages_showing(page)}
    tags.update(getattr(page.specific_class, "listed_as", ()))
    if page.depth <= MENU_DEPTH or page.numchild:
        tags.add(SITE)
    return tags


def page_changed(sender, instance, **kwargs):
    invalidate(tags_for_page(instance))


def site_frame_changed(sender, instance, **kwargs):
    invalidate({SITE})


def chosen_object_changed(sender, instance, **kwargs):
    invalidate(pages_showing(instance))


def media_changed(sender, instance, **kwargs):
    # Listing images are shown on every listing the article is on.
    invalidate({cache_tags.ARTICLES, *pages_showing(instance)})


def register_signal_handlers():
    page_published.connect(page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(site_frame_changed, dispatch_uid="page_cache_moved")
    for model, receiver in [
        (SiteSettings, site_frame_changed),
        (FooterLink, site_frame_changed),
        (Author, chosen_object_changed),
        (Site, site_frame_changed),
        (PageViewRestriction, site_frame_changed),
        (get_image_model(), media_changed),
        (get_document_model(), media_changed),
    ]:
        for signal in (post_save, post_delete):
            signal.connect(receiver, sender=model, dispatch_uid=f"page_cache_{model.__name__}")
