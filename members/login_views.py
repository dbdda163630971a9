"""Logging in and out of the members' area, resetting a forgotten password and
accepting an invitation: Django's auth views with the site's own Dutch pages.

Contact persons log in with their e-mail address, which is their user name (lower
case); admin users keep their own user names. The login goes through ``authenticate``
with ``username``, so django-axes locks it out per user name and address as it does
the admin's."""

import logging

from django import forms
from django.contrib.auth import login
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm, SetPasswordForm
from django.shortcuts import redirect, render
from django.urls import path, reverse_lazy
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters

from members.invitations import InvitationInvalid, send_invitation, user_for_token
from members.models import ContactPerson, MemberOrganisation

logger = logging.getLogger(__name__)


class LoginForm(AuthenticationForm):
    username = forms.CharField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _("This e-mail address and password do not match an account."),
    }

    def clean_username(self):
        return self.cleaned_data["username"].strip().lower()


class LoginView(auth_views.LoginView):
    form_class = LoginForm
    template_name = "members/login/login.html"
    redirect_authenticated_user = True


class ForgottenPasswordForm(PasswordResetForm):
    """Django's reset, and a fresh invitation for a contact person of an active member
    who never chose a password (the first invitation lost or expired): Django sends
    nothing to an account without a usable password. The page says the same whatever
    happened, and a mail that fails is logged, as Django does, not shown."""

    def save(self, *args, request=None, **kwargs):
        super().save(*args, request=request, **kwargs)
        invited = ContactPerson.objects.filter(
            user__email__iexact=self.cleaned_data["email"],
            user__is_active=True,
            organisation__status=MemberOrganisation.Status.ACTIVE,
        ).select_related("user", "organisation")
        for person in invited:
            if person.user.has_usable_password():
                continue
            try:
                send_invitation(request, person)
            except Exception:
                logger.exception("Failed to send a new invitation to contact person %s", person.pk)


class PasswordResetView(auth_views.PasswordResetView):
    form_class = ForgottenPasswordForm
    template_name = "members/login/password_reset.html"
    email_template_name = "members/emails/password_reset.txt"
    subject_template_name = "members/emails/password_reset_subject.txt"
    success_url = reverse_lazy("members:password_reset_done")


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    template_name = "members/login/password_reset_confirm.html"
    success_url = reverse_lazy("members:password_reset_complete")


@sensitive_post_parameters()
@csrf_protect
@never_cache
def invitation(request, token):
    try:
        user = user_for_token(token)
    except InvitationInvalid as invalid:
        return render(
            request, "members/login/invitation_invalid.html", {"reason": invalid.reason}, status=400
        )
    form = SetPasswordForm(user, request.POST or None)
    if request.method == "POST" and form.is_valid():
        form.save()
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        return redirect("members:account")
    return render(request, "members/login/invitation.html", {"form": form, "invited": user})


urlpatterns = [
    path("inloggen/", LoginView.as_view(), name="login"),
    path("uitloggen/", auth_views.LogoutView.as_view(), name="logout"),
    path("wachtwoord-vergeten/", PasswordResetView.as_view(), name="password_reset"),
    path(
        "wachtwoord-vergeten/verstuurd/",
        auth_views.PasswordResetDoneView.as_view(
            template_name="members/login/password_reset_done.html"
        ),
        name="password_reset_done",
    ),
    path(
        "wachtwoord-vergeten/<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "wachtwoord-vergeten/klaar/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="members/login/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
    path("uitnodiging/<str:token>/", invitation, name="invitation"),
]
