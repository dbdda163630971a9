"""The overview filter's count, read from its choices whatever was called before."""

import pytest

from sociaalwerk.core.forms import ArticleFilterForm
from sociaalwerk.core.models import ThemePage

YEARS = [(2021, 13), (2019, 2)]


@pytest.mark.parametrize(
    ("data", "count"),
    [({}, 15), ({"jaar": "2019"}, 2), ({"jaar": "1999"}, 15), ({"jaar": "'; DROP"}, 15)],
)
def test_the_count_needs_no_filtering_first(data, count):
    form = ArticleFilterForm(data, themes=ThemePage.objects.none(), years=YEARS)
    assert form.filtered_count() == count
