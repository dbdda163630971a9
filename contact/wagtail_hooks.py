from wagtail import hooks

from contact.views import contact_message_viewset


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return contact_message_viewset


@hooks.register("filter_form_submissions_for_user")
def only_staff_with_the_permission_see_submissions(user, editable_forms):
    """Editing the contact page does not let someone read the messages: personal data
    is for those with the view permission of form submissions."""
    if user.has_perm("wagtailforms.view_formsubmission"):
        return editable_forms
    return editable_forms.none()
