"""Spreadsheet exports of what visitors typed (membership applications, contact
messages), safe to open in any spreadsheet program.

A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@`` (also after
spaces), or with a tab or carriage return, as a formula. Checking the first character
of a value is not enough. The CSV export separates cells with semicolons (see
``DutchSpreadsheetMixin``), but a spreadsheet set to English splits the same lines on
commas, and one that reads the file with another separator also starts a new row at
a line break inside a value. So each piece of a value that may become a cell of its own
(the start of the value, and whatever follows a comma, semicolon, tab or line break) is
checked, and a piece that would run gets an apostrophe in front: ``Utrecht;=1+1`` is
exported as ``Utrecht;'=1+1``, which reads the same and runs nothing, whichever
separator the spreadsheet uses. A value that ends in a separator gets an apostrophe at
the end too (see ``SEPARATOR_AT_THE_END``).
Checked in LibreOffice Calc 7.4 set to Dutch (semicolon separator, formulas evaluated,
spaces trimmed): ``Utrecht;=1+1;`` shows a cell 2 and `` =2+2`` with commas shows 4;
neutralised, both show as the text that was typed.

defusedcsv, the maintained library for this, was read (3.0.0) and not used: it looks
at the first character of a value only, so ``Utrecht;=1+1`` and `` =1+1`` pass it
unchanged, and it leaves tabs and carriage returns alone.
"""

import csv
import datetime
import re

from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.text import capfirst
from openpyxl import Workbook
from wagtail.admin.views.mixins import Echo, SpreadsheetExportMixin

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


# Times as Dutch Excel shows them (Amsterdam time, to the minute), in the CSV as text
# and in the XLSX as the cell's number format.
DATETIME_FORMAT = "%d-%m-%Y %H:%M"
EXCEL_DATETIME_FORMAT = "dd-mm-yyyy hh:mm"
# Excel refuses a sheet name longer than this, or with one of these characters.
SHEET_TITLE_LENGTH = 31
NOT_IN_SHEET_TITLE = re.compile(r"[\[\]:*?/\\]")


def local_time(value):
    """An aware ``datetime`` in Amsterdam time, without time zone or seconds: a
    spreadsheet has no time zones, and the bureau reads Dutch time."""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.replace(tzinfo=None, second=0, microsecond=0)


class DutchSpreadsheetMixin:
    """For a view with ``SpreadsheetExportMixin``: exports that Excel set to Dutch opens
    as they are meant. The CSV is separated by semicolons (Dutch Excel splits on them,
    not on commas) and starts with a byte-order mark (without it Excel reads UTF-8 as
    Windows-1252: "CoÃ¶rdinator"); times are Dutch time, written the Dutch way. The
    XLSX sheet has the name of what it lists, not "Sheet1"."""

    csv_delimiter = ";"
    # None: the plural name of the exported model ("Aanvragen lidmaatschap").
    sheet_title = None

    custom_value_preprocess = {
        **SpreadsheetExportMixin.custom_value_preprocess,
        datetime.datetime: {
            "csv": lambda value: local_time(value).strftime(DATETIME_FORMAT),
            "xlsx": local_time,
        },
    }

    def get_sheet_title(self, queryset):
        title = force_str(self.sheet_title or capfirst(queryset.model._meta.verbose_name_plural))
        return NOT_IN_SHEET_TITLE.sub(" ", title)[:SHEET_TITLE_LENGTH]

    def stream_csv(self, queryset):
        writer = csv.DictWriter(Echo(), fieldnames=self.list_export, delimiter=self.csv_delimiter)
        yield "\ufeff".encode() + writer.writerow(
            {field: self.get_heading(queryset, field) for field in self.list_export}
        )
        for item in queryset:
            yield self.write_csv_row(writer, self.to_row_dict(item))

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    def write_xlsx(self, queryset, output):
        workbook = Workbook(write_only=True, iso_dates=True)
        worksheet = workbook.create_sheet(title=self.get_sheet_title(queryset))
        worksheet.append(self.get_heading(queryset, field) for field in self.list_export)
        for item in queryset:
            worksheet.append(
                self.generate_xlsx_row(
                    worksheet, self.to_row_dict(item), date_format=EXCEL_DATETIME_FORMAT
                )
            )
        workbook.save(output)


class AdminExportMixin(NeutralisedExportMixin, DutchSpreadsheetMixin):
    """What every spreadsheet export of the admin uses: no cell runs as a formula, and
    Dutch Excel opens it as it is meant."""
