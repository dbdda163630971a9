"""What makes the member directory stale in the page cache: any change of a member
organisation, of the municipalities it works in, of a municipality's name, or of an
image used as a logo.

Saves, deletions and ``municipalities.set()`` send signals, so the admin, the import
(``organisation_import``, which saves row by row) and a contact person's edits are all
covered; what bypasses them (``bulk_create``, ``QuerySet.update``) must invalidate
itself, as the demo loader does. The tag is bumped once the transaction commits
(``page_cache.store.invalidate``), like every other change the page cache follows.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from wagtail.images import get_image_model

from members.directory import CACHE_TAG
from members.models.organisations import MemberOrganisation, Municipality
from sociaalwerk.page_cache.store import invalidate


def directory_changed(sender, **kwargs):
    invalidate({CACHE_TAG})


def working_area_changed(sender, action, **kwargs):
    # Once per change of the municipalities, not also for the "pre_" signal before it.
    if action.startswith("post_"):
        invalidate({CACHE_TAG})


def logo_changed(sender, instance, **kwargs):
    # Before a deletion: it empties the organisations' logo without a signal.
    if MemberOrganisation.objects.filter(logo=instance).exists():
        invalidate({CACHE_TAG})


def register_signal_handlers():
    for model in (MemberOrganisation, Municipality):
        for signal in (post_save, post_delete):
            signal.connect(
                directory_changed, sender=model, dispatch_uid=f"directory_{model.__name__}"
            )
    m2m_changed.connect(
        working_area_changed,
        sender=MemberOrganisation.municipalities.through,
        dispatch_uid="directory_municipalities",
    )
    for signal in (post_save, pre_delete):
        signal.connect(logo_changed, sender=get_image_model(), dispatch_uid="directory_logo")
