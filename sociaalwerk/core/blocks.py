"""StreamField blocks shared by the page types: the theme intro, the latest-news
listing and the body blocks of every article."""

from django import forms
from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

from sociaalwerk.core import events, freshness, members_only, renditions, rich_text
from sociaalwerk.core.article_types import article_type_choices


class ThemeIntroBlock(blocks.StructBlock):
    """A theme's introduction: a heading, a lead that is always shown and a longer text
    folded away behind "Meer informatie" / "Minder informatie".

    The fold is a native ``<details>`` element: it works without JavaScript, by
    keyboard, and screen readers announce whether it is open.
    """

    heading = blocks.CharBlock(
        label=_("Heading"),
        max_length=120,
        help_text=_("Usually the name of the theme."),
    )
    lead = blocks.RichTextBlock(
        label=_("Lead"),
        features=rich_text.INLINE,
        help_text=_("Always visible. One paragraph that says what the theme is about."),
    )
    more = blocks.RichTextBlock(
        label=_("More information"),
        features=rich_text.TEXT,
        required=False,
        help_text=_('Folded away behind "More information"; visitors open it with one click.'),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/theme_intro_block.html"
        label = _("Theme introduction")
        preview_value = {
            "heading": "Sociale verbondenheid",
            "lead": "<p>Een beschaafde wereld is een sociale wereld, waarin we omkijken naar "
            "elkaar.</p>",
            "more": "<p>Er is een omslag nodig, van cure naar care.</p>",
        }
        description = _("Heading and lead with a longer text to unfold.")


# The context key under which a page passes the listings of its blocks, read ahead.
LISTINGS = "block_listings"


class ListingBlock(blocks.StructBlock):
    """A block that lists pages with an image each. A page with several listings reads
    them before it renders (``read_listings``), so that the renditions of all their
    images come in one query; on its own, the block reads its listing as it renders."""

    # The name of the list in the block's context, and of the image field its cards show.
    listed = image_field = None

    def listing(self, value, parent_context):
        """The block's context entries, the pages as a list without their renditions."""
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent_context = parent_context or {}
        # By identity: the page's body hands its template the values it read ahead.
        listing = parent_context.get(LISTINGS, {}).get(id(value))
        if listing is None:
            listing = self.listing(value, parent_context)
            renditions.prefetch((listing[self.listed], self.image_field))
        context.update(listing)
        return context


def read_listings(body, context, *also):
    """Reads the listings of the ListingBlocks of ``body`` for ``context``, then the
    renditions of their images and those of ``also`` ((pages, image field) pairs) in
    one query; returns the listings, for the context under ``LISTINGS``."""
    listings, images = {}, list(also)
    for child in body:
        if isinstance(child.block, ListingBlock):
            listing = child.block.listing(child.value, context)
            listings[id(child.value)] = listing
            images.append((listing[child.block.listed], child.block.image_field))
    renditions.prefetch(*images)
    return listings


class LatestNewsBlock(ListingBlock):
    """The newest articles: how many, of which types, and whether only those of the
    theme of the page it stands on."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=80, default=_("Latest news"))
    count = blocks.IntegerBlock(
        label=_("Number of items"),
        min_value=1,
        max_value=20,
        default=10,
    )
    article_types = blocks.MultipleChoiceBlock(
        label=_("Article types"),
        choices=article_type_choices,
        required=False,
        help_text=_("Leave all unticked to show every type."),
        widget=forms.CheckboxSelectMultiple,
    )
    this_theme_only = blocks.BooleanBlock(
        label=_("Only this theme"),
        required=False,
        default=True,
        help_text=_("On a theme page: show only articles of that theme. Ignored elsewhere."),
    )
    overview = blocks.PageChooserBlock(
        label=_("Link to all news"),
        required=False,
        help_text=_('The overview the link "All news" under the list leads to, if any.'),
    )

    class Meta:
        icon = "list-ul"
        template = "blocks/latest_news_block.html"
        label = _("Latest news")
        preview_value = {"heading": "Laatste nieuws", "count": 3, "this_theme_only": False}
        description = _("A list of the newest news items, blogs and publications.")

    listed, image_field = "articles", "listing_image"

    def listing(self, value, parent_context):
        # By name: the page models import this module for their StreamFields.
        audience = members_only.audience(parent_context.get("request"))
        articles = (
            apps.get_model("core", "ArticlePage")
            .objects.for_listing(audience)
            .prefetch_related(None)
            .of_types(value["article_types"])
        )
        # A theme page is its own theme; other pages have none, or show no listing.
        theme = getattr(parent_context.get("page"), "primary_theme", None)
        if value["this_theme_only"] and theme is not None:
            articles = articles.of_theme(theme)
        return {"articles": list(articles[: value["count"]])}


class AgendaBlock(ListingBlock):
    """The next events of the agenda: how many, and whether only those of the theme of
    the page it stands on. The events come from the agenda app (see ``core.events``)."""

    heading = blocks.CharBlock(label=_("Heading"), max_length=80, default=_("Agenda"))
    count = blocks.IntegerBlock(label=_("Number of events"), min_value=1, max_value=12, default=3)
    this_theme_only = blocks.BooleanBlock(
        label=_("Only this theme"),
        required=False,
        default=True,
        help_text=_("On a theme page: show only events of that theme. Ignored elsewhere."),
    )

    class Meta:
        icon = "date"
        template = "blocks/agenda_block.html"
        label = _("Agenda")
        preview_value = {"heading": "Agenda", "count": 3, "this_theme_only": False}
        description = _("The next events of the agenda, soonest first.")

    listed, image_field = "events", "image"

    def listing(self, value, parent_context):
        page_theme = getattr(parent_context.get("page"), "primary_theme", None)
        theme = page_theme if value["this_theme_only"] else None
        shown, changes_at = events.upcoming(theme=theme, count=value["count"])
        # An event that starts or ends changes the list without anyone publishing.
        freshness.record(parent_context.get("request"), changes_at)
        return {
            "events": shown,
            "theme": theme,
            # The agenda filtered on the theme offers only themes with events.
            "overview_url": events.overview_url(
                theme if shown else None, parent_context.get("request"), shown
            ),
        }


class HeadingBlock(blocks.StructBlock):
    """A heading within the text, at level 2 or 3 (the page title is level 1)."""

    text = blocks.CharBlock(label=_("Text"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        preview_value = {"text": "Wat sociaal werk doet", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    """An image with alt text (or marked decorative) and an optional caption."""

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("Shown under the image; credit the photographer here."),
    )

    class Meta:
        icon = "image"
        template = "blocks/captioned_image_block.html"
        label = _("Image")
        description = _("An image with alt text and a caption.")


class QuoteBlock(blocks.StructBlock):
    """A quotation, set apart from the text, with who said it."""

    quote = blocks.TextBlock(label=_("Quote"), max_length=600)
    attribution = blocks.CharBlock(label=_("Who said it"), required=False, max_length=120)

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        preview_value = {
            "quote": "We hebben de waarde van sociaal werk totaal onderschat.",
            "attribution": "Een wethouder",
        }


class DocumentLinkBlock(blocks.StructBlock):
    """A download link to a document from the library, with its type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=150,
        help_text=_("Leave empty to use the title of the document."),
    )

    class Meta:
        icon = "doc-full-inverse"
        template = "blocks/document_link_block.html"
        label = _("Document")
        description = _("A download link to a document.")


class CallToActionBlock(blocks.StructBlock):
    """A prominent link that asks the reader to do something."""

    text = blocks.CharBlock(label=_("Text"), max_length=80)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(
        label=_("External address"),
        required=False,
        help_text=_("Only when the link goes to another website; otherwise choose a page."),
    )

    class Meta:
        icon = "pick"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        preview_value = {"text": "Word lid", "url": "https://example.org/"}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise blocks.StructBlockValidationError(
                block_errors={"url": _("Choose either a page or an external address.")}
            )
        return value


class BodyBlock(blocks.StreamBlock):
    """The body of every article and of theme and home pages."""

    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=rich_text.TEXT_WITH_HEADINGS,
        icon="pilcrow",
        template="blocks/paragraph_block.html",
        preview_value="<p>Sociaal werkers werken samen met bewoners, in wijkteams en met "
        "vrijwilligers.</p>",
        description=_("Text with bold, italic, links and lists."),
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        label=_("Video or embed"),
        icon="media",
        help_text=_("Address of a YouTube or Vimeo video, for example."),
        template="blocks/embed_block.html",
    )
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Content")
