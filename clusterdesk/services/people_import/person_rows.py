"""Participants file rows → plain records, with every problem the file alone can show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import msg
from clusterdesk.core.timeslots import parse_day_ranges
from clusterdesk.services.participants import EMAIL_RE
from clusterdesk.services.people_import.common import cell, email_cell, too_long
from clusterdesk.services.people_import.headers import NAME_FIELD
from clusterdesk.services.people_import.reading import RawTable
from clusterdesk.services.people_import.report import Problems, Progress, tick

# Column widths of the participant table (PostgreSQL enforces them; SQLite would not).
MAX_LENGTH = {
    "first_name": 200,
    "last_name": 200,
    "email": 320,
    "organization": 300,
    "country": 100,
    "category": 100,
    "phone": 60,
    "title": 200,
    "table": 50,
    "notes": 10_000,
}
TEXT_FIELDS = (
    "first_name",
    "last_name",
    "organization",
    "country",
    "category",
    "phone",
    "title",
    "table",
    "notes",
)


@dataclass
class PersonRecord:
    row: int
    email: str
    values: dict[str, str]  # text fields whose column is in the file (blank cells included)
    unavailable: list[tuple[datetime, datetime]] | None  # None: no column or a blank cell


def split_name(full: str) -> tuple[str, str]:
    """``"Kęstutis Šetkus"`` → first, last (the last word); ``"Šetkus, Kęstutis"`` → same."""
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    words = full.split()
    if len(words) < 2:
        return full, ""
    head = full[: full.rstrip().rfind(words[-1])].strip()
    return head, words[-1]


def has_name(values: dict[str, str]) -> bool:
    return bool(values.get("first_name") or values.get("last_name"))


def name_column(columns: dict[str, int]) -> str:
    """The field to name in a "name is required" problem."""
    return NAME_FIELD if NAME_FIELD in columns and "first_name" not in columns else "first_name"


def present_fields(columns: dict[str, int]) -> list[str]:
    present = [f for f in TEXT_FIELDS if f in columns]
    if NAME_FIELD in columns:
        present += [f for f in ("first_name", "last_name") if f not in present]
    return present


def _names(raw: list[str], columns: dict[str, int], values: dict[str, str]) -> None:
    if NAME_FIELD in columns and not values.get("first_name") and not values.get("last_name"):
        first, last = split_name(cell(raw, columns, NAME_FIELD))
        values["first_name"], values["last_name"] = first, last


def read_people(
    table: RawTable,
    columns: dict[str, int],
    problems: Problems,
    tz: ZoneInfo,
    progress: Progress | None = None,
    *,
    names_later: bool = False,
) -> list[PersonRecord]:
    """Records of the valid-looking rows; problems of every row go to ``problems``.

    With ``names_later`` (an update) a row without a name is fine here: it may update someone
    already registered; :func:`has_name` is checked for the new people only."""
    present = present_fields(columns)
    name_field = name_column(columns)
    seen: dict[str, int] = {}
    out: list[PersonRecord] = []
    total = len(table.rows)
    for index, raw in enumerate(table.rows):
        tick(progress, index, total)
        if not raw:
            continue
        row = table.row_number(index)
        values = {f: cell(raw, columns, f) for f in present}
        _names(raw, columns, values)
        email = email_cell(raw, columns, "email")
        bad = False
        if not names_later and not has_name(values):
            problems.add(row, name_field, msg("participant.name_required"))
            bad = True
        if not email:
            problems.add(row, "email", msg("participant.email_required"))
            bad = True
        elif not EMAIL_RE.match(email):
            problems.add(row, "email", msg("participant.email_invalid", email=email))
            bad = True
        elif email in seen:
            problems.add(row, "email", msg("import.email_twice", email=email, row=seen[email]))
            bad = True
        else:
            seen[email] = row
        for fld, value in [*values.items(), ("email", email)]:
            bad = too_long(problems, row, fld, value, MAX_LENGTH[fld]) or bad
        ranges = None
        text = cell(raw, columns, "unavailable")
        if text:
            try:
                ranges = parse_day_ranges(text, tz)
            except (ValueError, UserError) as exc:
                problems.add(row, "unavailable", msg("import.bad_times", what=str(exc)))
                bad = True
        if not bad:
            out.append(PersonRecord(row, email, values, ranges))
    tick(progress, total, total)
    return out
