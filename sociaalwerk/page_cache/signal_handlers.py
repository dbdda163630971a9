"""Which cached pages each change makes stale: the tags to bump.

The rules follow what the pages declare and what the templates show:
- a page's own content is shown by the page itself and by the pages that link to it
  or choose it (Wagtail's reference index knows those);
- a page type names where its pages are shown besides (``listed_as``: every article
  in the article listings, every theme in the theme lists);
- the rest of the site shows a page by its title and address only: the menu (the
  sections under the home page), the footer's links and the breadcrumbs of the pages
  below it. Those go stale only when what they show changed, compared with the page
  as it was before the publish or unpublish (``remember_shown_state``);
- a move or a new slug changes the address of the page and of every page below it,
  wherever those are shown;
- authors, images and documents are shown where they are chosen, and listing images
  on every listing of articles;
- the site settings (footer) and view restrictions concern every page.

The same ``SITE`` tag tells when the site frame kept across requests (``core.site_frame``:
settings, footer links, menu) changed, and ``ARTICLES``, ``THEMES`` and ``SITE`` when the
overviews' filter counts did (``core.filter_counts``): one place decides all.

Unsure means stale: a change whose previous state is unknown counts as a change of all.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from sociaalwerk.core import cache_tags, filter_counts, site_frame
from sociaalwerk.core.models import Author, FooterLink, SiteSettings
from sociaalwerk.page_cache import store
from sociaalwerk.page_cache.tags import PAGES, SITE, below_tag, page_tag

MENU_DEPTH = 3  # the root (1), the home page (2) and the sections in the menu (3)
# What the menu, the footer and the breadcrumbs show of a page, and whether they do.
SHOWN_FIELDS = ("title", "url_path", "show_in_menus", "live")
SHOWN_BEFORE = "_page_cache_shown_before"


def invalidate(tags):
    """Bump ``tags``; read anew what core keeps across requests of what they show: the
    site frame, and the overviews' filter counts."""
    if SITE in tags:
        site_frame.changed()
    if tags & {cache_tags.ARTICLES, cache_tags.THEMES, SITE}:
        filter_counts.changed()
    store.invalidate(tags)


def pages_showing(obj):
    """Tags of the pages that link to or choose ``obj``."""
    return _tags_of_referring_pages(ReferenceIndex.get_references_to(obj))


def pages_showing_any(pages):
    """Tags of the pages that link to or choose any page of the queryset ``pages``."""
    return _tags_of_referring_pages(ReferenceIndex.get_references_to_in_bulk(pages))


def _tags_of_referring_pages(references):
    references = references.filter(base_content_type=ContentType.objects.get_for_model(Page))
    page_ids = references.values_list("object_id", flat=True).distinct()
    return {page_tag(page_id) for page_id in page_ids}


def listings_of(page_class):
    """Wherever pages of ``page_class`` are listed."""
    return set(getattr(page_class, "listed_as", ()))


def listings_showing(page):
    """The listings that show ``page`` as it is: where its type says, or where the page
    itself narrows that to."""
    listed_in = getattr(page, "listed_in", None)
    return set(listed_in()) if listed_in else listings_of(type(page))


def shown_state(page):
    return {name: getattr(page, name) for name in SHOWN_FIELDS}


def in_menu(depth, state):
    return depth == MENU_DEPTH and state["show_in_menus"] and state["live"]


def remember_shown_state(sender, instance, update_fields=None, **kwargs):
    """Before a page is saved whole (a publish, an unpublish), note from the database
    how the site shows it now. A draft saves chosen fields only and changes nothing
    the site shows."""
    if not isinstance(instance, Page) or instance.pk is None or update_fields is not None:
        return
    stored = type(instance).objects.filter(pk=instance.pk).first()
    if stored is not None:
        shown = {**shown_state(stored), "listings": listings_showing(stored)}
        setattr(instance, SHOWN_BEFORE, shown)


def tags_for_change(page, before):
    """The tags to bump now that ``page`` is as it is, and was shown as ``before``
    (None if unknown)."""
    after = shown_state(page)
    changed = {name for name in SHOWN_FIELDS if before is None or before[name] != after[name]}
    tags = {page_tag(page.pk), PAGES, *pages_showing(page), *listings_showing(page)}
    # Also where it was listed: an article no longer of a theme leaves its articles.
    tags |= listings_of(type(page)) if before is None else before.get("listings", set())
    if before is None:
        menu_changed = page.depth <= MENU_DEPTH
    else:
        menu_changed = in_menu(page.depth, before) != in_menu(page.depth, after) or (
            in_menu(page.depth, after) and changed & {"title", "url_path"}
        )
    if menu_changed:
        tags.add(SITE)
    if changed & {"title", "url_path", "live"}:
        # The breadcrumbs below it show its title and link to it.
        tags.add(below_tag(page.url_path))
    if "title" in changed and FooterLink.objects.filter(page=page).exists():
        tags.add(SITE)
    if "url_path" in changed:
        tags |= address_changed(page, before and before["url_path"])
    return tags


def address_changed(page, old_url_path):
    """Tags of the pages that show the address of ``page`` or of any page below it,
    all of which changed (``old_url_path`` is where it was, None if unknown)."""
    moved = Page.objects.descendant_of(page, inclusive=True)
    tags = {PAGES, below_tag(page.url_path), *pages_showing_any(moved)}
    if old_url_path is not None:
        tags.add(below_tag(old_url_path))
    for content_type_id in moved.order_by().values_list("content_type", flat=True).distinct():
        tags |= listings_of(ContentType.objects.get_for_id(content_type_id).model_class())
    if FooterLink.objects.filter(page__in=moved).exists():
        tags.add(SITE)
    return tags


def after_publish(sender, instance, **kwargs):
    invalidate(tags_for_change(instance, vars(instance).pop(SHOWN_BEFORE, None)))


def after_unpublish(sender, instance, **kwargs):
    # A page being deleted is unpublished without a save, so nothing was noted; it
    # was live, and nothing else of it changed.
    before = vars(instance).pop(SHOWN_BEFORE, None) or {
        **shown_state(instance),
        "live": True,
        "listings": listings_showing(instance),
    }
    invalidate(tags_for_change(instance, before))


def after_move(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """The page, its old and new parent, the listings it is on, and, if it came from
    or went to elsewhere, everything that shows its address or one below it."""
    tags = {
        page_tag(instance.pk),
        page_tag(parent_page_before.pk),
        page_tag(parent_page_after.pk),
        PAGES,
        *listings_showing(instance.specific),
    }
    url_path_before = kwargs["url_path_before"]
    if url_path_before != kwargs["url_path_after"]:
        tags |= address_changed(instance, url_path_before)
    depths = {parent_page_before.depth + 1, parent_page_after.depth + 1}
    if min(depths) < MENU_DEPTH or any(in_menu(depth, shown_state(instance)) for depth in depths):
        tags.add(SITE)
    invalidate(tags)


def site_frame_changed(sender, instance, **kwargs):
    invalidate({SITE})


def chosen_object_changed(sender, instance, **kwargs):
    invalidate(pages_showing(instance))


def media_changed(sender, instance, **kwargs):
    # Listing images are shown on every listing the article is on.
    invalidate({cache_tags.ARTICLES, cache_tags.RELATED_ARTICLES, *pages_showing(instance)})


def register_signal_handlers():
    pre_save.connect(remember_shown_state, dispatch_uid="page_cache_shown_state")
    page_published.connect(after_publish, dispatch_uid="page_cache_published")
    page_unpublished.connect(after_unpublish, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(after_move, dispatch_uid="page_cache_moved")
    # Which groups a restriction admits decides what is members-only (marked in the
    # listings) and what is hidden: the admin sets them after saving the restriction.
    m2m_changed.connect(
        site_frame_changed,
        sender=PageViewRestriction.groups.through,
        dispatch_uid="page_cache_restriction_groups",
    )
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
