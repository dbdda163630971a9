"""A page without its templates' indentation, its verbatim elements untouched."""

from django.template import Context, Template

from sociaalwerk.core.templatetags.whitespace_tags import collapse_indentation


def test_indentation_and_blank_lines_become_one_line_break():
    html = "<ul>\n    \n        <li>Een</li>   \n\n        <li>Twee</li>\n</ul>\n"
    assert collapse_indentation(html) == "<ul>\n<li>Een</li>\n<li>Twee</li>\n</ul>"


def test_the_space_between_inline_elements_stays():
    html = '<p><span class="dag">11</span> <span class="maand">dec</span></p>'
    assert collapse_indentation(html) == html


def test_verbatim_elements_keep_their_white_space():
    verbatim = (
        "<pre>regel 1\n    ingesprongen</pre>"
        '<textarea name="bericht">\nBeste bureau,\n\n    groet</textarea>'
        '<script type="application/ld+json">{\n    "a": 1\n}</script>'
        "<STYLE>\n    p { margin: 0; }\n</STYLE>"
    )
    assert collapse_indentation(f"<div>\n    {verbatim}\n</div>") == f"<div>\n{verbatim}\n</div>"


def test_the_tag_collapses_what_it_encloses():
    template = Template(
        "{% load whitespace_tags %}{% collapse_indentation %}\n"
        "<p>\n    {{ text }}\n</p>\n{% endcollapse_indentation %}"
    )
    assert template.render(Context({"text": "a < b"})) == "<p>\na &lt; b\n</p>"
