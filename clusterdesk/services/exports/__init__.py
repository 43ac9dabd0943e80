"""Exports: the event's data and documents as files (one code path for the CLI and the app).

``export(db, out, fmt=..., what=...)``:

=============  ==========================================================================
format         what
=============  ==========================================================================
csv, xlsx      participants, meetings, checkins, programme (a table each)
ics            meetings: one calendar for the event (programme and all meetings);
               programme: the programme alone; participants: one calendar per person into
               the folder ``out`` (``emails`` picks people; one person: the file ``out``)
html           participants, meetings, programme: the self-contained meeting plan
pdf            participants: the catalogue (by country); meetings: the master schedule —
               through the print pipeline, logged like every printed document
=============  ==========================================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from clusterdesk.core.errors import UserError
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.documents.output import Cancel, Progress, check_cancel
from clusterdesk.services.exports.tables import CHECKINS, MEETINGS, PARTICIPANTS, PROGRAMME, WHATS
from clusterdesk.store.engine import EventDB

FORMATS = ("csv", "xlsx", "ics", "html", "pdf")
SUPPORTED: dict[str, tuple[str, ...]] = {
    "csv": WHATS,
    "xlsx": WHATS,
    "ics": (MEETINGS, PROGRAMME, PARTICIPANTS),
    "html": (MEETINGS, PROGRAMME, PARTICIPANTS),
    "pdf": (PARTICIPANTS, MEETINGS),
}


@dataclass(frozen=True)
class Exported:
    files: list[Path]
    fmt: str
    what: str
    items: int  # rows, calendar entries, participants or pages written


def format_for(out: Path, fmt: str | None) -> str:
    if fmt:
        fmt = fmt.lower().lstrip(".")
    else:
        fmt = out.suffix.lower().lstrip(".")
        fmt = "html" if fmt == "htm" else fmt
    if fmt not in FORMATS:
        raise UserError(f"Unknown export format {fmt or out.name!r}: use {', '.join(FORMATS)}")
    return fmt


def check(fmt: str, what: str) -> None:
    if what not in WHATS:
        raise UserError(f"Unknown export {what!r}: use {', '.join(WHATS)}")
    if what not in SUPPORTED[fmt]:
        raise UserError(
            f"{what} cannot be exported as {fmt}; as {fmt}: {', '.join(SUPPORTED[fmt])}"
        )


def _people(db: EventDB, emails: Sequence[str]) -> list[int]:
    from clusterdesk.services.printing import BadgeSelection, select_participants

    return select_participants(db, BadgeSelection(emails=tuple(emails)), "calendar")


def export(
    db: EventDB,
    out: str | Path,
    *,
    fmt: str | None = None,
    what: str = PARTICIPANTS,
    emails: Sequence[str] = (),
    desk: str = "",
    group_by: str = "country",
    progress: Progress | None = None,
    cancel: Cancel | None = None,
) -> Exported:
    """Write one export; bad choices raise :class:`UserError` before anything is written."""
    from clusterdesk.services.plan import load_plan

    target = Path(out)
    fmt = format_for(target, fmt)
    check(fmt, what)
    if emails and fmt != "ics":
        raise UserError("Choosing participants by e-mail works for calendars (ics) only")
    if fmt == "pdf":
        return _pdf(db, target, what, desk, group_by, progress, cancel)
    plan = load_plan(db)
    check_cancel(cancel)
    if fmt in ("csv", "xlsx"):
        from clusterdesk.services.exports.spreadsheet import write_csv, write_xlsx
        from clusterdesk.services.exports.tables import data_table

        table = data_table(db, plan, what)
        (write_csv if fmt == "csv" else write_xlsx)(table, target)
        return Exported([target], fmt, what, len(table.rows))
    if fmt == "html":
        from clusterdesk.services.exports.html_plan import write_html

        write_html(plan, target)
        return Exported([target], fmt, what, sum(1 for p in plan.people.values() if p.active))
    from clusterdesk.services.exports.calendar import export_ics

    people: list[int] | None = None
    if emails or what == PARTICIPANTS:
        people = _people(db, emails)
        if not people:
            raise CodedError(msg("export.nobody"))
    meetings = what != PROGRAMME or bool(people)
    files = export_ics(db, plan, target, people, meetings=meetings)
    count = len(plan.programme) + (len(plan.meetings) if meetings else 0)
    return Exported(files, fmt, what, len(files) if people else count)


def _pdf(
    db: EventDB,
    target: Path,
    what: str,
    desk: str,
    group_by: str,
    progress: Progress | None,
    cancel: Cancel | None,
) -> Exported:
    from clusterdesk.services.printing import (
        CATALOGUE,
        MASTER_SCHEDULE,
        FileSink,
        PrintChoices,
        prepare,
        produce,
    )

    kind = CATALOGUE if what == PARTICIPANTS else MASTER_SCHEDULE
    job = prepare(db, PrintChoices(kind, group_by=group_by))
    done = produce(db, job, FileSink(target), desk=desk, progress=progress, cancel=cancel)
    return Exported([target], "pdf", what, done.stats.pages)


__all__ = [
    "CHECKINS",
    "FORMATS",
    "MEETINGS",
    "PARTICIPANTS",
    "PROGRAMME",
    "WHATS",
    "Exported",
    "export",
]
