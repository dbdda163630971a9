"""Editors preview the agenda and an event from the admin form before publishing."""

from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.factories import EventPageFactory, build_content_site


class EventPreviewTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = build_content_site()

    def test_the_agenda_can_be_previewed(self):
        data = {"title": "Agenda", "slug": "agenda", "intro": rich_text("<p>Activiteiten.</p>")}
        self.assertPageIsPreviewable(self.site.agenda, post_data=nested_form_data(data))

    def test_an_event_can_be_previewed(self):
        event = EventPageFactory(parent=self.site.agenda, themes=[self.site.theme])
        data = {
            "title": "Regiobijeenkomst",
            "slug": "regiobijeenkomst",
            "start_date": "2030-04-16",
            "start_time": "13:00",
            "end_date": "",
            "end_time": "17:00",
            "status": "scheduled",
            "intro": "Leden ontmoeten elkaar.",
            "event_themes": inline_formset([{"theme": self.site.theme.pk}], min=1),
            "body": streamfield([("paragraph", rich_text("<p>Het programma.</p>"))]),
            "attendance": "online",
            "registration": "none",
        }
        self.assertPageIsPreviewable(event, post_data=nested_form_data(data))

    def test_a_theme_page_with_an_agenda_block_can_be_previewed(self):
        EventPageFactory(parent=self.site.agenda, themes=[self.site.theme])
        theme_intro = {
            "heading": "Sociale verbondenheid",
            "lead": rich_text("<p>Kort.</p>"),
            "more": rich_text("<p>Lang.</p>"),
        }
        agenda = {"heading": "Agenda", "count": "3", "this_theme_only": "on"}
        data = {
            "title": "Sociale verbondenheid",
            "slug": "sociale-verbondenheid",
            "intro": streamfield([("theme_intro", theme_intro)]),
            "body": streamfield([("agenda", agenda)]),
        }
        self.assertPageIsPreviewable(self.site.theme, post_data=nested_form_data(data))
