"""Admin panels every page type shares."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

# Wagtail's promote tab, with help texts that say what each field does and its limits.
PROMOTE_PANELS = [
    MultiFieldPanel(
        [
            FieldPanel(
                "slug",
                help_text=_(
                    "The last part of the web address: lower case, digits and hyphens. "
                    "Changing it breaks links to the old address."
                ),
            ),
            FieldPanel(
                "seo_title",
                help_text=_(
                    "Title in search engines and browser tabs, if it should differ from the "
                    "page title. At most 60 characters are shown."
                ),
            ),
            FieldPanel(
                "search_description",
                help_text=_(
                    "One or two sentences shown by search engines and when the page is "
                    "shared. Search engines show about 160 characters; empty: the lead."
                ),
            ),
        ],
        heading=_("For search engines"),
    ),
    MultiFieldPanel(
        [
            FieldPanel(
                "show_in_menus",
                help_text=_(
                    "Show this page in the main menu (only for pages under the home page)."
                ),
            )
        ],
        heading=_("For site menus"),
    ),
]
