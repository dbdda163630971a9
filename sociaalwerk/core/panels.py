"""Admin panels every page type shares, composing panel lists by name, and fields shown
rather than edited."""

from django.utils.translation import gettext
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


def insert_after(panels, name, *new_panels):
    """``panels`` with ``new_panels`` after the panel of the field or relation ``name``,
    so that a page type adds its fields to those it inherits without counting places."""
    names = [_panel_name(panel) for panel in panels]
    index = names.index(name) + 1
    return [*panels[:index], *new_panels, *panels[index:]]


def _panel_name(panel):
    if isinstance(panel, str):
        return panel
    name = getattr(panel, "field_name", None) or getattr(panel, "relation_name", None)
    if name is None:
        # Page's own panels are placeholders until the admin loads: their first argument.
        arguments = getattr(panel, "args", ())
        name = arguments[0] if arguments and isinstance(arguments[0], str) else None
    return name


def readable_value(value):
    """An empty value, true and false as an editor reads them ("-", "Ja", "Nee"), where
    Wagtail shows Python's None, True and False; any other value as it is."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return gettext("Yes") if value else gettext("No")
    return value


class ReadOnlyPanel(FieldPanel):
    """A field shown in the edit form, not edited (what a visitor sent, what the mail did)."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs.setdefault("read_only", True)
        super().__init__(field_name, *args, **kwargs)

    def format_value_for_display(self, value):
        return super().format_value_for_display(readable_value(value))
