"""Documents are named by their title, type and size, the Dutch way."""

from types import SimpleNamespace

import pytest
from django.template import Context, Template
from django.utils import translation

from sociaalwerk.core.templatetags.document_tags import document_info, document_title


def document(title="Jaarverslag 2023", extension="pdf", size=750_500):
    return SimpleNamespace(
        title=title, file_extension=extension, file_size=size, url="/documenten/1/x.pdf"
    )


@pytest.mark.parametrize(
    ("size", "shown"),
    [
        (13, "PDF, 1 kB"),
        (750_500, "PDF, 750 kB"),
        (999_400, "PDF, 999 kB"),
        (1_234_567, "PDF, 1,2 MB"),
        (25_000_000, "PDF, 25,0 MB"),
        (None, "PDF"),
    ],
)
def test_type_and_size_in_dutch_units(size, shown):
    with translation.override("nl"):
        assert document_info(document(size=size)) == shown


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("handreiking-buurtgericht-werken", "Handreiking buurtgericht werken"),
        ("jaarverslag_2023", "Jaarverslag 2023"),
        ("Concullega’s in het sociaal domein", "Concullega’s in het sociaal domein"),
        ("Zelfregie-rapport", "Zelfregie-rapport"),
        ("zelfregie-rapport", "Zelfregie rapport"),
        ("Begroting", "Begroting"),
        ("Sociaal-werk en de wijk", "Sociaal-werk en de wijk"),
    ],
)
def test_a_title_spelled_as_a_file_name_reads_as_words(title, shown):
    assert document_title(document(title=title)) == shown


@pytest.mark.parametrize(
    ("link_text", "shown"), [("", "Handreiking buurtgericht werken"), ("Lees de gids", None)]
)
def test_the_document_link_shows_title_type_and_size(link_text, shown):
    template = Template('{% include "blocks/document_link_block.html" with value=value only %}')
    value = {"document": document(title="handreiking-buurtgericht-werken"), "title": link_text}
    with translation.override("nl"):
        html = template.render(Context({"value": value}))
    assert f'download>{shown or link_text}</a> <span class="documents__info">(PDF, 750 kB)' in html
