"""The members' area: Django URLs, included in sociaalwerk/urls.py before Wagtail's
pages. None of them is cached: every answer is personal."""

from django.urls import path

from members import account_views, login_views

app_name = "members"

# Log in and out, forgotten passwords, invitations (members.login_views).
urlpatterns = list(login_views.urlpatterns)

# A logged-in contact person's own organisation, its public details, and the download
# of what is stored about them (members.account_views).
urlpatterns += [
    path("mijn-organisatie/", account_views.account, name="account"),
    path(
        "mijn-organisatie/wijzigen/",
        account_views.edit_organisation,
        name="edit_organisation",
    ),
    path(
        "mijn-organisatie/mijn-gegevens/",
        account_views.download_personal_data,
        name="download_data",
    ),
]
