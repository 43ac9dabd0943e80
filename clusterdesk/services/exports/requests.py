"""What the Export page asks for, as one request, and the one call that carries it out.

Documents go through the print pipeline (:func:`clusterdesk.services.printing.produce` with a
file sink, so they are logged like every printed document); data files through
:func:`clusterdesk.services.exports.export`. The command line makes the same calls.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.folding import fold
from clusterdesk.documents.output import Cancel, Progress
from clusterdesk.services.exports import Exported, export
from clusterdesk.store.engine import EventDB

DOCUMENTS = ("agendas", "master_schedule", "table_sheets", "catalogue", "report")
DATA = ("html", "ics", "ics_people", "csv", "xlsx")
KINDS = DOCUMENTS + DATA
AGENDA_CHOICES = ("all", "with_meetings", "changed")


@dataclass(frozen=True)
class ExportRequest:
    kind: str  # one of KINDS
    what: str = "participants"  # csv / xlsx: participants, meetings, checkins, programme
    agendas: str = "all"  # agendas: all, with_meetings, changed
    group_by: str = "country"  # catalogue: country or category

    @property
    def to_folder(self) -> bool:
        """One calendar per participant goes into a folder."""
        return self.kind == "ics_people"

    @property
    def suffix(self) -> str:
        if self.kind in DOCUMENTS:
            return ".pdf"
        return {"ics_people": "", "ics": ".ics", "html": ".html"}.get(self.kind, f".{self.kind}")


def suggested_name(request: ExportRequest, event_name: str) -> str:
    """A file (or folder) name for the save dialog: ``baltic-cluster-forum-2026-agendas.pdf``."""
    stem = re.sub(r"[^a-z0-9]+", "-", fold(event_name)).strip("-") or "event"
    part = {
        "agendas": "agendas",
        "master_schedule": "master-schedule",
        "table_sheets": "table-sheets",
        "catalogue": f"participants-by-{request.group_by}",
        "report": "report",
        "html": "meeting-plan",
        "ics": "calendar",
        "ics_people": "calendars",
    }.get(request.kind, request.what)
    return f"{stem}-{part}{request.suffix}"


def run_export(
    db: EventDB,
    request: ExportRequest,
    out: str | Path,
    *,
    desk: str = "",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Exported:
    """Write the export; raises UserError (nothing written) for a bad choice or nothing to do."""
    target = Path(out)
    if request.kind in DOCUMENTS:
        return _document(db, request, target, desk, progress, cancel)
    if request.kind == "ics_people":
        return export(db, target, fmt="ics", what="participants", progress=progress, cancel=cancel)
    if request.kind == "ics":
        return export(db, target, fmt="ics", what="meetings", progress=progress, cancel=cancel)
    if request.kind == "html":
        return export(db, target, fmt="html", what="meetings", progress=progress, cancel=cancel)
    return export(db, target, fmt=request.kind, what=request.what, progress=progress, cancel=cancel)


def _document(
    db: EventDB,
    request: ExportRequest,
    target: Path,
    desk: str,
    progress: Progress | None,
    cancel: Cancel | None,
) -> Exported:
    from clusterdesk.services.printing import (
        AGENDA,
        CATALOGUE,
        MASTER_SCHEDULE,
        REPORT,
        TABLE_SHEET,
        FileSink,
        PrintChoices,
        prepare,
        produce,
    )

    kind = {
        "agendas": AGENDA,
        "master_schedule": MASTER_SCHEDULE,
        "table_sheets": TABLE_SHEET,
        "catalogue": CATALOGUE,
        "report": REPORT,
    }[request.kind]
    choices = PrintChoices(
        kind,
        with_meetings=request.agendas == "with_meetings",
        changed=request.agendas == "changed",
        group_by=request.group_by,
    )
    job = prepare(db, choices)
    done = produce(db, job, FileSink(target), desk=desk, progress=progress, cancel=cancel)
    return Exported([target], "pdf", request.kind, done.stats.pages)
