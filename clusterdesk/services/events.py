"""Creating and opening events; the event's own details."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select

from clusterdesk.core import badge_codes
from clusterdesk.core.collation import DEFAULT_LANGUAGE, LANGUAGES
from clusterdesk.core.errors import NotAnEventError
from clusterdesk.core.messages import CodedError, msg, refusal
from clusterdesk.store.engine import EventDB as EventDB  # the front ends hold it, opaque
from clusterdesk.store.engine import connect, table_names
from clusterdesk.store.models import Event
from clusterdesk.store.schema import create_event_db, open_event_db


@dataclass(frozen=True)
class EventInfo:
    name: str
    start_date: date
    end_date: date
    timezone: str
    venue: str
    badge_prefix: str
    location: str  # the file path or server/database, for status bars
    language: str = DEFAULT_LANGUAGE  # the documents' language and the alphabetical order

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


def check_timezone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise CodedError(msg("event.unknown_timezone", name=name)) from exc
    return name


def check_language(code: str) -> str:
    """An event language code ("en", "lt"), or a :class:`CodedError` naming the choices."""
    code = code.strip().lower()
    if code not in LANGUAGES:
        raise CodedError(
            msg("event.unknown_language", language=code, choices=" or ".join(LANGUAGES))
        )
    return code


def parse_date(text: str, what: str = "date") -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise CodedError(msg("event.bad_date", what=what, text=text)) from exc


def create_event(
    target: str | Path,
    *,
    name: str,
    start: date,
    end: date | None = None,
    timezone: str = "Europe/Vilnius",
    venue: str = "",
    language: str = DEFAULT_LANGUAGE,
) -> EventDB:
    """Create a new event file (or initialise an empty server database). ``language`` is the
    language of the event's documents and of its alphabetical order (``en`` or ``lt``)."""
    name = name.strip()
    if not name:
        raise CodedError(msg("event.no_name"))
    end = end or start
    if end < start:
        raise CodedError(msg("event.ends_first", end=str(end), start=str(start)))
    check_timezone(timezone)
    language = check_language(language)
    db = create_event_db(target)
    with db.write() as s:
        s.add(
            Event(
                name=name,
                start_date=start,
                end_date=end,
                timezone=timezone,
                venue=venue.strip(),
                badge_prefix=badge_codes.new_prefix(),
                secret=badge_codes.new_secret(),
                language=language,
            )
        )
    return db


def open_event(target: str | Path) -> EventDB:
    """Open an existing event (migrating an older file after backing it up)."""
    db = open_event_db(target)
    with db.read() as s:
        if s.scalar(select(Event.id).limit(1)) is None:
            db.dispose()
            raise refusal(NotAnEventError, msg("store.no_event", where=str(target)))
    return db


def probe_event(target: str) -> EventDB | None:
    """Open the event in a shared database; ``None`` when the database is reachable and empty
    (a new event can be created there). A database holding something else is refused."""
    try:
        return open_event(target)
    except NotAnEventError:
        db = connect(target)
        try:
            if not table_names(db):
                return None
        finally:
            db.dispose()
        raise


def _event_row(db: EventDB) -> Event:
    with db.read() as s:
        event = s.scalars(select(Event).limit(1)).one()
        s.expunge(event)
        return event


def event_info(db: EventDB) -> EventInfo:
    e = _event_row(db)
    return EventInfo(
        e.name,
        e.start_date,
        e.end_date,
        e.timezone,
        e.venue,
        e.badge_prefix,
        db.describe(),
        e.language,
    )


def event_language(db: EventDB) -> str:
    """The event's language (documents and alphabetical order)."""
    with db.read() as s:
        return s.scalars(select(Event.language).limit(1)).one()


def badge_keys(db: EventDB) -> tuple[str, str]:
    """(prefix, secret) for making and checking this event's badge codes."""
    e = _event_row(db)
    return e.badge_prefix, e.secret


def update_event(
    db: EventDB,
    *,
    name: str | None = None,
    venue: str | None = None,
    timezone: str | None = None,
    language: str | None = None,
) -> None:
    """Change the event's details; bad values raise :class:`UserError` and change nothing."""
    if language is not None:
        language = check_language(language)
    with db.write() as s:
        e = s.scalars(select(Event).limit(1)).one()
        if name is not None:
            if not name.strip():
                raise CodedError(msg("event.no_name"))
            e.name = name.strip()
        if venue is not None:
            e.venue = venue.strip()
        if timezone is not None:
            e.timezone = check_timezone(timezone)
        if language is not None:
            e.language = language
