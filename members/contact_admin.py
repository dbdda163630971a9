"""The contact persons of one member organisation in the admin, for the membership
administration: the list, adding one (an account that logs in on the site only, never
in the admin) and (re)sending the invitation to choose a password."""

import logging

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from members.invitations import send_invitation
from members.models import ContactPerson, MemberOrganisation

logger = logging.getLogger(__name__)


def may_manage_contact_persons(user):
    return user.has_perm("members.change_memberorganisation") and user.has_perm(
        "members.add_contactperson"
    )


def create_contact_person(organisation, *, first_name, last_name, email, role="", phone=""):
    """A contact person with an account whose user name is the e-mail address in lower
    case and which has no password yet (the invitation sets it). IntegrityError when the
    address has an account already."""
    email = email.strip().lower()
    with transaction.atomic():
        user = get_user_model()(
            username=email, email=email, first_name=first_name, last_name=last_name
        )
        user.set_unusable_password()
        user.save()
        return ContactPerson.objects.create(
            user=user, organisation=organisation, role=role, phone=phone
        )


def invite(request, contact_person):
    """Send the invitation; a mail error is a message to the administration, not a 500."""
    try:
        send_invitation(request, contact_person)
    except OSError:
        logger.exception("Invitation of contact person %s not sent", contact_person.pk)
        messages.error(request, gettext("The invitation could not be sent. Try again later."))
        return False
    messages.success(
        request,
        gettext("Invitation sent to %(email)s.") % {"email": contact_person.user.email},
    )
    return True


class ContactPersonForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("E-mail address"))
    role = forms.CharField(label=_("Role in the organisation"), max_length=100, required=False)
    phone = forms.CharField(label=_("Phone"), max_length=20, required=False)
    send_invitation = forms.BooleanField(
        label=_("Send an invitation now"), required=False, initial=True
    )

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if get_user_model().objects.filter(username__iexact=email).exists():
            raise forms.ValidationError(
                gettext("An account with this e-mail address exists already.")
            )
        return email


class ContactPersonsView(WagtailAdminTemplateMixin, FormView):
    template_name = "members/admin/contact_persons.html"
    form_class = ContactPersonForm
    header_icon = "user"

    def dispatch(self, request, *args, pk, **kwargs):
        if not may_manage_contact_persons(request.user):
            raise PermissionDenied
        self.organisation = get_object_or_404(MemberOrganisation, pk=pk)
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return gettext("Contact persons")

    def get_page_subtitle(self):
        return str(self.organisation)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            organisation=self.organisation,
            contact_persons=self.organisation.contact_persons.select_related("user").order_by(
                "user__last_name", "user__first_name"
            ),
            **kwargs,
        )

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            person = create_contact_person(
                self.organisation,
                **{k: data[k] for k in ("first_name", "last_name", "email", "role", "phone")},
            )
        except IntegrityError:
            form.add_error("email", gettext("An account with this e-mail address exists already."))
            return self.form_invalid(form)
        messages.success(
            self.request,
            gettext("Contact person %(name)s added.") % {"name": person.user.get_full_name()},
        )
        if data["send_invitation"]:
            invite(self.request, person)
        return redirect(self.request.path)


def invite_view(request, pk, person_pk):
    """POST only: (re)send the invitation of one contact person of organisation ``pk``."""
    if not may_manage_contact_persons(request.user):
        raise PermissionDenied
    if request.method != "POST":
        return redirect("member_organisations:contact_persons", pk)
    person = get_object_or_404(
        ContactPerson.objects.select_related("user", "organisation"),
        pk=person_pk,
        organisation_id=pk,
    )
    invite(request, person)
    return redirect("member_organisations:contact_persons", pk)
