"""Spreadsheet exports of what visitors typed (membership applications, contact
messages), safe to open in any spreadsheet program.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (also after
spaces), or with a tab or carriage return, as a formula. Checking the first character
of a value is not enough. The CSV export separates cells with commas, but a spreadsheet
set to Dutch splits the same lines on semicolons, and one that reads the file with
another separator also starts a new row at a line break inside a value. So each piece
of a value that may become a cell of its own (the start of the value, and whatever
follows a comma, semicolon, tab or line break) is checked, and a piece that would run
gets an apostrophe in front: ``Utrecht;=1+1`` is exported as ``Utrecht;'=1+1``, which
reads the same and runs nothing, whichever separator the spreadsheet uses. A value that
ends in a separator gets an apostrophe at the end too (see ``SEPARATOR_AT_THE_END``).
Checked in LibreOffice Calc 7.4 set to Dutch (semicolon separator, formulas evaluated,
spaces trimmed): ``Utrecht;=1+1;`` shows a cell 2 and `` =2+2`` with commas shows 4;
neutralised, both show as the text that was typed.

defusedcsv, the maintained library for this, was read (3.0.0) and not used: it looks
at the first character of a value only, so ``Utrecht;=1+1`` and `` =1+1`` pass it
unchanged, and it leaves tabs and carriage returns alone.
"""

import re

from django.utils.encoding import force_str

# A place where a spreadsheet may start a cell (the start of the value, or after a
# separator of any dialect), followed by what would make that cell a formula: spaces
# or quotes (which a spreadsheet may skip), then a formula character, a tab or a
# carriage return.
CELL_THAT_WOULD_RUN = re.compile(r"""(^|[,;\t\r\n])(?=(?:[^\S\t\r\n]|")*[=+\-@\t\r])""")
# A separator at the very end: in a spreadsheet that splits on semicolons, the quote
# that closes this value in the CSV would open a cell starting with the line break.
SEPARATOR_AT_THE_END = re.compile(r"([,;\t\r\n])$")


def neutralise(value):
    """``value`` as it may stand in an exported cell: text of which no piece runs as a
    formula. Anything that is not text (a number, a date) is returned as it is."""
    if not isinstance(value, str):
        return value
    value = CELL_THAT_WOULD_RUN.sub(r"\1'", value)
    return SEPARATOR_AT_THE_END.sub(r"\1'", value)


class NeutralisedExportMixin:
    """For a Wagtail admin view with spreadsheet export (``SpreadsheetExportMixin``: a
    viewset's ``IndexView``, the form builder's ``SubmissionsListView``): every value
    and every heading is neutralised, in the CSV and in the XLSX export."""

    def preprocess_field_value(self, field, value, export_format):
        return neutralise(super().preprocess_field_value(field, value, export_format))

    def get_heading(self, queryset, field):
        # Headings can be labels that editors chose (the contact form's fields).
        return neutralise(force_str(super().get_heading(queryset, field)))
