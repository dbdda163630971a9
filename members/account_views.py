"""The members' area of a logged-in contact person: their organisation, the form to
change its public details, and the download of what is stored about them.

The organisation is always the one of ``request.user.contact_person``: no URL or form
field names an organisation, so none can address another. Nothing here is cached,
by the site or by a browser or proxy: every answer is personal."""

import json
import logging
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import DatabaseError, transaction
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from members.account_forms import OrganisationDetailsForm
from members.models import ContactPerson, MemberOrganisation
from members.organisation_changes import record_changes, snapshot
from members.personal_data import personal_data
from sociaalwerk.public_forms.flow import NOT_SAVED

logger = logging.getLogger(__name__)


def contact_person_required(view):
    """Login (settings.LOGIN_URL) first; then ``view(request, contact_person)``, or a
    Dutch refusal for an account that belongs to no member organisation."""

    @wraps(view)
    @never_cache
    def checked(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            contact_person = ContactPerson.objects.select_related("user", "organisation").get(
                user=request.user
            )
        except ContactPerson.DoesNotExist:
            return render(request, "members/account/not_a_contact_person.html", status=403)
        return view(request, contact_person, *args, **kwargs)

    return checked


@contact_person_required
def account(request, contact_person):
    organisation = contact_person.organisation
    return render(
        request,
        "members/account/account.html",
        {
            "contact_person": contact_person,
            "organisation": organisation,
            "municipalities": organisation.municipalities.all(),
            "retention_days": settings.CONTACT_PERSON_RETENTION_DAYS,
        },
    )


@require_http_methods(["GET", "POST"])
@contact_person_required
def edit_organisation(request, contact_person):
    organisation = contact_person.organisation
    if organisation.status != MemberOrganisation.Status.ACTIVE:
        return render(
            request,
            "members/account/membership_ended.html",
            {"organisation": organisation},
            status=403,
        )
    if request.method == "POST":
        return save_organisation(request, contact_person)
    form = OrganisationDetailsForm(instance=organisation)
    return render_form(request, form)


def save_organisation(request, contact_person):
    """Save the form and record what changed, or show it again with its errors and
    everything typed in it. A form sent twice changes nothing the second time."""
    form = OrganisationDetailsForm(request.POST, instance=contact_person.organisation)
    if not form.is_valid():
        return render_form(request, form)
    try:
        changes = save_changes(request, contact_person, form)
    except MembershipEnded:
        return redirect("members:account")
    except DatabaseError:
        logger.exception("A contact person's organisation could not be saved")
        return render_form(request, form, refusal=NOT_SAVED, status=503)
    if changes:
        messages.success(request, gettext("The details of your organisation have been saved."))
    else:
        messages.info(request, gettext("Nothing was changed."))
    return redirect("members:account")


class MembershipEnded(Exception):
    """The membership ended between showing the form and saving it."""


def save_changes(request, contact_person, form):
    with transaction.atomic():
        # Locked, so that two contact persons saving at once each record what they
        # changed against what was really there.
        organisation = MemberOrganisation.objects.select_for_update().get(
            pk=contact_person.organisation_id
        )
        if organisation.status != MemberOrganisation.Status.ACTIVE:
            raise MembershipEnded
        before = snapshot(organisation)
        form.save_to(organisation)
        return record_changes(organisation, before, request.user)


def render_form(request, form, refusal=None, status=200):
    return render(
        request,
        "members/account/edit_organisation.html",
        {"form": form, "organisation": form.instance, "refusal": refusal},
        status=status,
    )


@require_http_methods(["GET"])
@contact_person_required
def download_personal_data(request, contact_person):
    """The JSON file of what is stored about the contact person; also after their
    organisation's membership ended."""
    content = json.dumps(personal_data(contact_person), ensure_ascii=False, indent=2)
    response = HttpResponse(content, content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="mijn-gegevens.json"'
    return response
