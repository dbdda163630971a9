"""The members' group holds exactly the contact persons whose account is active and
whose organisation is active: membership of that group is what lets a user see
members-only pages. ``sync_member_group`` restores that rule for some users;
the signals below call it whenever an organisation, a contact person or an account is
saved, inside the same transaction, so ending a membership ends access at once.

Code that changes organisations with ``QuerySet.update`` (which sends no signal) calls
``sync_member_group`` itself."""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from members.models import ContactPerson, MemberOrganisation
from sociaalwerk.core.members_only import members_group


def sync_member_group(users=None):
    """Add to and remove from "Leden" the given users (a queryset or list of users;
    every contact person and group member when None) as the rule says."""
    group = members_group()
    User = get_user_model()
    if users is None:
        candidates = User.objects.filter(contact_person__isnull=False) | group.user_set.all()
    else:
        candidates = User.objects.filter(pk__in=[getattr(u, "pk", u) for u in users])
    entitled = set(
        candidates.filter(
            is_active=True,
            contact_person__organisation__status=MemberOrganisation.Status.ACTIVE,
        ).values_list("pk", flat=True)
    )
    in_group = set(group.user_set.filter(pk__in=candidates).values_list("pk", flat=True))
    if entitled - in_group:
        group.user_set.add(*(entitled - in_group))
    if in_group - entitled:
        group.user_set.remove(*(in_group - entitled))


def sync_organisations(organisation_ids):
    """After organisations' status changed (also by ``QuerySet.update``)."""
    sync_member_group(
        ContactPerson.objects.filter(organisation__in=organisation_ids).values_list(
            "user_id", flat=True
        )
    )


@receiver(post_save, sender=MemberOrganisation, dispatch_uid="members_group_organisation")
def organisation_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_organisations([instance.pk])


@receiver(post_save, sender=ContactPerson, dispatch_uid="members_group_contact")
@receiver(post_delete, sender=ContactPerson, dispatch_uid="members_group_contact_deleted")
def contact_person_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_member_group([instance.user_id])


@receiver(post_save, sender=get_user_model(), dispatch_uid="members_group_user")
def user_saved(sender, instance, raw=False, created=False, update_fields=None, **kwargs):
    # A new user is no contact person yet; a deactivated one leaves the group. A save of
    # other fields only (the last login, at every login) cannot change the group.
    if raw or created or (update_fields is not None and "is_active" not in update_fields):
        return
    sync_member_group([instance.pk])
