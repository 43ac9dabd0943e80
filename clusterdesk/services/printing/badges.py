"""Badges: choose who (the selection every per-person document shares) and gather plain badge
records for the one badge renderer. Rendering and the print log are the pipeline's
(:mod:`.jobs`, :mod:`.log`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from clusterdesk.core.collation import sort_key
from clusterdesk.core.countries import country_name
from clusterdesk.core.errors import UserError
from clusterdesk.core.paths import data_dir
from clusterdesk.documents.badges import BadgeDocument, BadgeRecord
from clusterdesk.documents.layouts import AgendaElement, Layout, load_layout
from clusterdesk.services.events import event_info
from clusterdesk.services.participants import ParticipantRow, rows_by_id, search_ids
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import (
    REGISTRATION_ACTIVE,
    Attendance,
    Category,
    Participant,
    PrintLog,
)

DEFAULT_LAYOUT = "a6-4up-a4"


def user_layouts_dir() -> Path:
    return data_dir() / "layouts"


def get_layout(name: str | None) -> Layout:
    return load_layout(name or DEFAULT_LAYOUT, user_layouts_dir())


@dataclass(frozen=True)
class BadgeSelection:
    """Who gets a badge (or an agenda). Filters combine (all must hold); cancelled registrations
    never do. ``only_not_printed`` asks the print log about the document being printed."""

    participant_ids: tuple[int, ...] = ()  # selected rows (empty: everybody)
    emails: tuple[str, ...] = ()
    category: str = ""
    only_not_printed: bool = False
    only_checked_in: bool = False


def badge_categories(db: EventDB) -> list[str]:
    """The event's category names, alphabetically (for choosing "a category")."""
    language = event_info(db).language
    with db.read() as s:
        return sorted(s.scalars(select(Category.name)), key=lambda n: sort_key(n, language))


def select_participants(
    db: EventDB, selection: BadgeSelection, document: str = "badge"
) -> list[int]:
    q = select(Participant.id).where(Participant.status == REGISTRATION_ACTIVE)
    if selection.participant_ids:
        q = q.where(Participant.id.in_(selection.participant_ids))
    if selection.emails:
        wanted = {e.strip().lower() for e in selection.emails}
        with db.read() as s:
            known = set(s.scalars(select(Participant.email).where(Participant.email.in_(wanted))))
        unknown = sorted(wanted - known)
        if unknown:
            raise UserError("No participant with the e-mail " + ", ".join(unknown))
        q = q.where(Participant.email.in_(wanted))
    if selection.only_checked_in:
        q = q.where(Participant.id.in_(select(Attendance.participant_id)))
    if selection.only_not_printed:
        printed = select(PrintLog.participant_id).where(
            PrintLog.document == document, PrintLog.participant_id.is_not(None)
        )
        q = q.where(Participant.id.not_in(printed))
    with db.read() as s:
        chosen = set(s.scalars(q))
    order = search_ids(db, "", sort="name")
    rows = [i for i in order if i in chosen]
    if selection.category:
        by_id = {r.id: r for r in rows_by_id(db, rows)}
        rows = [i for i in rows if by_id[i].category == selection.category]
    return rows


def badge_record(
    row: ParticipantRow, agenda: tuple[tuple[str, str, str], ...] = (), language: str = "en"
) -> BadgeRecord:
    """The badge of ``row``; its country named in the event's ``language``."""
    return BadgeRecord(
        first_name=row.first_name,
        last_name=row.last_name,
        organization=row.organization,
        country=country_name(row.country, language),
        category=row.category,
        category_colour=row.category_colour or None,
        badge_code=row.badge_code,
        title=row.title,
        agenda=agenda,
    )


def agenda_lines(
    db: EventDB, participant_ids: Sequence[int]
) -> dict[int, tuple[tuple[str, str, str], ...]]:
    """Each participant's meetings as (time, table, with whom) lines, in time order."""
    from clusterdesk.services.meetings import list_meetings
    from clusterdesk.store.models import ACTIVE_MEETING_STATUSES

    tz = event_info(db).tz
    wanted = set(participant_ids)
    out: dict[int, list[tuple[str, str, str]]] = {}
    with db.read() as s:
        email_to_id = {e: i for e, i in s.execute(select(Participant.email, Participant.id))}
    for m in list_meetings(db):
        if m.status not in ACTIVE_MEETING_STATUSES:
            continue
        when = m.starts_at.astimezone(tz).strftime("%H:%M")
        for me, other in ((0, 1), (1, 0)):
            pid = email_to_id[m.participants[me]]
            if pid in wanted:
                out.setdefault(pid, []).append((when, m.table, m.names[other]))
    return {pid: tuple(lines) for pid, lines in out.items()}


def badge_document(
    db: EventDB, selection: BadgeSelection, layout_name: str | None = None
) -> tuple[list[int], BadgeDocument]:
    """The chosen participants' ids (name order) and their badges with the layout."""
    layout = get_layout(layout_name)
    ids = select_participants(db, selection)
    rows = rows_by_id(db, ids)
    has_agenda = any(isinstance(e, AgendaElement) for e in layout.elements)
    agendas = agenda_lines(db, ids) if has_agenda else {}
    info = event_info(db)
    records = tuple(badge_record(r, agendas.get(r.id, ()), info.language) for r in rows)
    return [r.id for r in rows], BadgeDocument(records, layout, info.name, info.language)
