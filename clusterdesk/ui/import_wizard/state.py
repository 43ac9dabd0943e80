"""What the wizard's pages share, and the translated names of the import fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from clusterdesk.services.people_import import ImportReport, RawTable
from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP

PARTICIPANTS = "participants"
REQUESTS = "requests"
PROGRAMME = "programme"

FIELD_TITLES = {
    "first_name": QT_TRANSLATE_NOOP("ImportFields", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportFields", "Last name"),
    "name": QT_TRANSLATE_NOOP("ImportFields", "Full name"),
    "email": QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
    "organization": QT_TRANSLATE_NOOP("ImportFields", "Organisation"),
    "country": QT_TRANSLATE_NOOP("ImportFields", "Country"),
    "category": QT_TRANSLATE_NOOP("ImportFields", "Category"),
    "phone": QT_TRANSLATE_NOOP("ImportFields", "Phone"),
    "title": QT_TRANSLATE_NOOP("ImportFields", "Position"),
    "unavailable": QT_TRANSLATE_NOOP("ImportFields", "Unavailable times"),
    "table": QT_TRANSLATE_NOOP("ImportFields", "Fixed table"),
    "notes": QT_TRANSLATE_NOOP("ImportFields", "Notes"),
    "requester_email": QT_TRANSLATE_NOOP("ImportFields", "Requester's e-mail"),
    "target_email": QT_TRANSLATE_NOOP("ImportFields", "Target's e-mail"),
    "status": QT_TRANSLATE_NOOP("ImportFields", "Status"),
    "priority": QT_TRANSLATE_NOOP("ImportFields", "Priority"),
    "session": QT_TRANSLATE_NOOP("ImportFields", "B2B session"),
}


PROGRAMME_TITLES = {
    "title": QT_TRANSLATE_NOOP("ImportFields", "Title"),
    "date": QT_TRANSLATE_NOOP("ImportFields", "Date"),
    "start": QT_TRANSLATE_NOOP("ImportFields", "Starts"),
    "end": QT_TRANSLATE_NOOP("ImportFields", "Ends"),
    "room": QT_TRANSLATE_NOOP("ImportFields", "Room"),
    "speakers": QT_TRANSLATE_NOOP("ImportFields", "Speakers"),
    "description": QT_TRANSLATE_NOOP("ImportFields", "Description"),
}


def field_title(name: str, kind: str = "") -> str:
    source = (PROGRAMME_TITLES if kind == PROGRAMME else FIELD_TITLES).get(name)
    return QCoreApplication.translate("ImportFields", str(source)) if source else name


@dataclass
class ImportState:
    path: str = ""
    kind: str = PARTICIPANTS
    encoding: str | None = None  # None = detect
    delimiter: str | None = None  # None = sniff
    table: RawTable | None = None
    columns: dict[str, int] = field(default_factory=dict)  # field -> column index
    update: bool = False
    dry_run: ImportReport | None = None
    report: ImportReport | None = None
    # the user's choices on the Check page
    skip_invalid: bool = False  # import the valid rows, skip those with problems
    skipped_file: str = ""  # where the skipped rows go (beside the file)
    merge: dict[int, int] = field(default_factory=dict)  # file row -> participant to merge into
    leave_out: set[int] = field(default_factory=set)  # file rows not to import (duplicates)

    def mapping(self) -> dict[str, str]:
        """The user's choice as ``{field: column}`` for the import service: every field of the
        kind, by header (or 1-based number when the header is ambiguous), "" = not imported."""
        from clusterdesk.services.people_import import FIELDS

        headers = self.table.headers if self.table is not None else []

        def column(index: int) -> str:
            header = headers[index] if index < len(headers) else ""
            if header and headers.count(header) == 1 and not header.strip().isdigit():
                return header
            return str(index + 1)

        return {f: column(self.columns[f]) if f in self.columns else "" for f in FIELDS[self.kind]}
