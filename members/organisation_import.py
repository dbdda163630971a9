"""Member organisations from a spreadsheet (CSV): new ones are created, known ones (by
KvK number) updated; all rows or none.

The file is what Excel writes as "CSV UTF-8": UTF-8 with or without a byte-order mark,
separated by semicolons (Dutch Excel) or commas, with a header row of the column names in
``COLUMNS``, the same as the admin's export, so an export edited in Excel can be imported
again. Only the columns in the file are changed: a column that is left out stays as it is,
an empty cell in a column that is there empties that field.

Every row is checked before anything is written. A row with an error is reported with its
line number and the reason, and then nothing is imported: a half-imported list is worse
than none, as the bureau would not know which rows to send again. The writing happens in
one transaction, and with ``dry_run`` not at all.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from members.addresses import normalise_kvk, normalise_postcode
from members.models.organisations import MemberOrganisation, Municipality
from members.provinces import Province, province_for_postcode

# Heading in the file → field of MemberOrganisation. Dutch, as in the export: this is the
# file format, the same whatever language the admin is in.
COLUMNS = {
    "Naam": "name",
    "KvK-nummer": "kvk_number",
    "Bezoekadres": "street_address",
    "Postcode": "postcode",
    "Plaats": "city",
    "Provincie": "chosen_province",
    "Gemeenten": "municipalities",
    "Website": "website",
    "Lid sinds": "member_since",
    "Status": "status",
    "Einde lidmaatschap": "ended_on",
}
REQUIRED_FIELDS = ("name", "kvk_number", "postcode", "city", "member_since")
# Headings are recognised whatever their capitals and spaces around them.
FIELD_OF_HEADING = {heading.lower(): name for heading, name in COLUMNS.items()}
HEADING_OF = {name: heading for heading, name in COLUMNS.items()}
# Several municipalities in one cell: "Utrecht, Zeist".
MUNICIPALITY_SEPARATOR = ","
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y")
# A file of the association's ~540 members is far smaller; this keeps a wrong file
# (a database dump, a log) from being read into memory row by row for minutes.
MAX_ROWS = 10_000
SHOWN_LENGTH = 40
PROVINCE_NAMES = {
    **{province.value: province for province in Province},
    **{province.label.lower(): province for province in Province},
    "friesland": Province.FRYSLAN,
    "fryslan": Province.FRYSLAN,
}
STATUS_NAMES = {
    "": MemberOrganisation.Status.ACTIVE,
    "active": MemberOrganisation.Status.ACTIVE,
    "actief": MemberOrganisation.Status.ACTIVE,
    "ended": MemberOrganisation.Status.ENDED,
    "beëindigd": MemberOrganisation.Status.ENDED,
    "beeindigd": MemberOrganisation.Status.ENDED,
}


class ImportRefused(Exception):
    """The file as a whole cannot be read (not UTF-8, no header, wrong columns)."""


@dataclass
class ImportReport:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    # (line number, reason), in the order of the file.
    errors: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def written(self):
        return not self.dry_run and not self.errors

    def summary(self):
        counts = {
            "created": len(self.created),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "errors": len(self.errors),
        }
        if self.errors:
            return (
                _(
                    "Nothing was imported: %(errors)s row(s) contain an error. Correct them "
                    "and import the file again."
                )
                % counts
            )
        if self.dry_run:
            return (
                _(
                    "Trial run, nothing was saved. An import would create %(created)s, "
                    "update %(updated)s and leave %(unchanged)s unchanged."
                )
                % counts
            )
        return _("Imported: %(created)s new, %(updated)s updated, %(unchanged)s unchanged.") % (
            counts
        )


def import_organisations(data, dry_run=False):
    """Import the CSV file ``data`` (bytes); return an ``ImportReport``. Raise
    ``ImportRefused`` with a message for a file that cannot be read at all."""
    fields, rows = read_rows(data)
    municipalities = {m.name.lower(): m for m in Municipality.objects.all()}
    report = ImportReport(dry_run=dry_run)
    to_write = []
    first_line_of = {}
    for line, cells in rows:
        if len(cells) != len(fields):
            report.errors.append(
                (
                    line,
                    _("the row has %(cells)s cells, the first row %(columns)s columns.")
                    % {"cells": len(cells), "columns": len(fields)},
                )
            )
            continue
        try:
            organisation, working_area = organisation_from_row(
                dict(zip(fields, cells, strict=True)), municipalities
            )
        except ValidationError as error:
            report.errors += [(line, message) for message in messages_of(error)]
            continue
        kvk_number = organisation.kvk_number
        if kvk_number in first_line_of:
            report.errors.append(
                (
                    line,
                    _("KvK number %(kvk)s is also on line %(line)s.")
                    % {"kvk": kvk_number, "line": first_line_of[kvk_number]},
                )
            )
            continue
        first_line_of[kvk_number] = line
        if organisation.pk is None:
            report.created.append(organisation)
        elif not changed(organisation, working_area):
            report.unchanged.append(organisation)
            continue
        else:
            report.updated.append(organisation)
        to_write.append((organisation, working_area))
    if report.written:
        write(to_write)
    return report


def read_rows(data):
    """The fields of the columns, and ``[(line number, [cell])]`` of the data rows."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = None
    # Not UTF-8, or with NUL: not text at all (an .xlsx file, a picture), or text that
    # Excel wrote in Windows-1252; the database would refuse a NUL too.
    if text is None or "\x00" in text:
        raise ImportRefused(
            _(
                'The file is not a CSV file in UTF-8. In Excel, save it as "CSV UTF-8 '
                '(comma delimited)" and try again.'
            )
        )
    if not text.strip():
        raise ImportRefused(_("The file is empty."))
    header_line = text.splitlines()[0]
    delimiter = ";" if header_line.count(";") >= header_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        fields = check_header([heading.strip() for heading in next(reader)])
        rows = []
        line = reader.line_num + 1
        for cells in reader:
            if any(cell.strip() for cell in cells):
                if len(rows) == MAX_ROWS:
                    raise ImportRefused(
                        _("The file has more than %(max)s rows.") % {"max": MAX_ROWS}
                    )
                rows.append((line, [cell.strip() for cell in cells]))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ImportRefused(
            _("Line %(line)s cannot be read as CSV (%(error)s).")
            % {"line": reader.line_num, "error": error}
        ) from None
    return fields, rows


def check_header(header):
    """The fields the columns hold, in their order; ImportRefused if a heading is
    unknown, there twice, or a required one missing."""
    fields = [FIELD_OF_HEADING.get(heading.lower()) for heading in header]
    unknown = [shown(heading) for heading, name in zip(header, fields, strict=True) if name is None]
    missing = [HEADING_OF[name] for name in REQUIRED_FIELDS if name not in fields]
    doubled = {HEADING_OF[name] for name in fields if name and fields.count(name) > 1}
    problems = []
    if unknown:
        problems.append(_("unknown column(s): %s") % ", ".join(unknown))
    if missing:
        problems.append(_("missing column(s): %s") % ", ".join(missing))
    if doubled:
        problems.append(_("column(s) more than once: %s") % ", ".join(sorted(doubled)))
    if problems:
        raise ImportRefused(
            _("The first row must hold the column names (%(expected)s); %(problems)s.")
            % {"expected": "; ".join(COLUMNS), "problems": "; ".join(problems)}
        )
    return fields


def organisation_from_row(values, municipalities):
    """The organisation as the row describes it (new, or the existing one with the row's
    values), not saved, and the municipalities where it works (None when the file has no
    such column). ``municipalities``: every known one, by its name in lower case. Raise
    ValidationError with every problem of the row."""
    errors = []
    try:
        kvk_number = normalise_kvk(values["kvk_number"])
    except ValidationError:
        raise ValidationError(
            _("invalid KvK number %(value)s: it must be 8 digits.")
            % {"value": shown(values["kvk_number"])}
        ) from None
    organisation = MemberOrganisation.objects.filter(kvk_number=kvk_number).first()
    organisation = organisation or MemberOrganisation(kvk_number=kvk_number)
    for name in ("name", "street_address", "city", "website"):
        if name in values:
            setattr(organisation, name, values[name])
    if "postcode" in values:
        try:
            organisation.postcode = normalise_postcode(values["postcode"])
        except ValidationError:
            errors.append(_("invalid postcode %(value)s.") % {"value": shown(values["postcode"])})
    if "chosen_province" in values:
        province = PROVINCE_NAMES.get(values["chosen_province"].lower())
        if values["chosen_province"] and province is None:
            errors.append(
                _("unknown province %(value)s.") % {"value": shown(values["chosen_province"])}
            )
        organisation.chosen_province = province or ""
    if "status" in values:
        status = STATUS_NAMES.get(values["status"].lower())
        if status is None:
            errors.append(_("unknown status %(value)s.") % {"value": shown(values["status"])})
        organisation.status = status or organisation.status
    for name in ("member_since", "ended_on"):
        if name in values:
            try:
                setattr(organisation, name, parse_date(values[name]))
            except ValueError:
                errors.append(_("invalid date %(value)s.") % {"value": shown(values[name])})
    working_area = None
    if "municipalities" in values:
        names = [n.strip() for n in values["municipalities"].split(MUNICIPALITY_SEPARATOR)]
        names = [name for name in names if name]
        unknown = [name for name in names if name.lower() not in municipalities]
        if unknown:
            errors.append(_("unknown municipality: %s.") % ", ".join(map(shown, unknown)))
        working_area = [municipalities[n.lower()] for n in names if n.lower() in municipalities]
    if not errors:
        keep_derived_province(organisation)
        try:
            organisation.full_clean(exclude=["kvk_number"])
        except ValidationError as error:
            errors += messages_of(error)
    if errors:
        raise ValidationError(errors)
    return organisation, working_area


def keep_derived_province(organisation):
    """A province in the file that the postcode gives anyway is not kept as a choice, so
    that a later change of postcode moves the organisation along."""
    if organisation.chosen_province == province_for_postcode(organisation.postcode):
        organisation.chosen_province = ""


def shown(value):
    """A value from the file as the report quotes it: short, whatever the file held."""
    return repr(Truncator(value).chars(SHOWN_LENGTH))


def parse_date(value):
    if not value:
        return None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(value, date_format).date()
        except ValueError:
            continue
    raise ValueError(value)


def messages_of(error):
    """Each message of a ValidationError, with the field's Dutch name in front."""
    if not hasattr(error, "error_dict"):
        return [str(message) for message in error.messages]
    messages = []
    for name, errors in error.message_dict.items():
        label = MemberOrganisation._meta.get_field(name).verbose_name if name != "__all__" else ""
        messages += [f"{label}: {message}" if label else message for message in errors]
    return messages


def changed(organisation, municipalities):
    stored = MemberOrganisation.objects.get(pk=organisation.pk)
    fields = [f.attname for f in MemberOrganisation._meta.concrete_fields if f.name != "updated_at"]
    if any(getattr(stored, name) != getattr(organisation, name) for name in fields):
        return True
    return municipalities is not None and set(stored.municipalities.all()) != set(municipalities)


def write(to_write):
    try:
        with transaction.atomic():
            for organisation, working_area in to_write:
                organisation.save()
                if working_area is not None:
                    organisation.municipalities.set(working_area)
    except IntegrityError:
        # Someone saved the same KvK number in the admin while the file was read.
        raise ImportRefused(
            _(
                "Nothing was imported: the member organisations changed during the "
                "import. Try again."
            )
        ) from None
