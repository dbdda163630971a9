"""The seeds of the demo, as texts: slugs that read as words, addresses that could be
real, and a thank-you text that does not thank twice."""

import re

import pytest
from django.utils.text import slugify

from sociaalwerk.demo import seeds

# Where a title's phrases end: a slug may stop there.
PHRASE_END = re.compile(r"[:;,.?!()‘’'\"]")
# A hand-made short name, such as "kennissessie-schuldhulp", may stop anywhere.
SHORT_NAME_WORDS = 3


def seed_pages():
    for module in (
        seeds.news,
        seeds.blogs,
        seeds.events,
        seeds.publications,
        seeds.themes,
        seeds.site,
    ):
        for value in vars(module).values():
            for item in value if isinstance(value, list) else [value]:
                if isinstance(item, dict) and {"slug", "title"} <= item.keys():
                    yield item


@pytest.mark.parametrize("seed", list(seed_pages()), ids=lambda seed: seed["slug"])
def test_a_slug_cut_from_its_title_stops_where_a_phrase_ends(seed):
    slug, title = seed["slug"].split("-"), slugify(seed["title"]).split("-")
    if len(slug) <= SHORT_NAME_WORDS or slug == title or slug != title[: len(slug)]:
        return
    phrase_ends = {
        slugify(phrase).split("-")[-1]
        for phrase in PHRASE_END.split(seed["title"])
        if slugify(phrase)
    }
    assert slug[-1] in phrase_ends, f"{seed['slug']} stops in the middle of: {seed['title']}"


def test_the_site_settings_have_no_placeholder_addresses():
    for value in seeds.site.SITE_SETTINGS.values():
        assert ".example" not in value


def test_the_thank_you_text_says_what_happens_next_not_thanks_again():
    # It is shown below the heading "Bedankt voor uw aanvraag" and in the confirmation.
    text = seeds.site.MEMBERSHIP_PAGE["thank_you_text"]
    assert "bedankt" not in text.lower()
    assert "twee weken" in text
