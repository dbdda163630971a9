from wagtail import hooks

from agenda.dashboard import EventRegistrationsPanel
from agenda.personal_data import registrations_of
from agenda.registration_admin import event_registration_viewset


@hooks.register("register_admin_viewset")
def register_event_registrations():
    return event_registration_viewset


@hooks.register("construct_homepage_panels")
def add_event_registrations_panel(request, panels):
    panels.append(
        EventRegistrationsPanel(
            can_view_registrations=request.user.has_perm("agenda.view_eventregistration")
        )
    )


@hooks.register("register_personal_data")
def add_event_registrations(user):
    return registrations_of(user)
