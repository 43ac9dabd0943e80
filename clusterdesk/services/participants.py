"""Participants: listing, searching, adding, editing and cancelling registrations."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from clusterdesk.core import badge_codes, countries
from clusterdesk.core.errors import UserError
from clusterdesk.core.folding import fold, nfc
from clusterdesk.core.messages import CodedError, Msg, fields_refused, msg
from clusterdesk.core.safe_text import clean_email, clean_field
from clusterdesk.services.events import badge_keys
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import REGISTRATION_ACTIVE as REGISTRATION_ACTIVE  # for the UI
from clusterdesk.store.models import REGISTRATION_CANCELLED as REGISTRATION_CANCELLED
from clusterdesk.store.models import (
    Attendance,
    AuditLog,
    Category,
    MeetingTable,
    Organization,
    Participant,
)

EMAIL_RE = re.compile(r"^[^@\s,;<>()\[\]]+@[^@\s,;<>()\[\]]+\.[^@\s,;<>()\[\].]{2,}$")
CATEGORY_COLOURS = (
    "#1f6feb",
    "#d1242f",
    "#1a7f37",
    "#bf8700",
    "#8250df",
    "#0a7ea4",
    "#cf222e",
    "#6e7781",
    "#e16f24",
    "#116329",
)


@dataclass(frozen=True)
class ParticipantRow:
    """A participant as every view and export sees it (plain, detached)."""

    id: int
    first_name: str
    last_name: str
    email: str
    organization: str
    country: str
    category: str
    category_colour: str
    phone: str
    title: str
    notes: str
    attention: str
    status: str
    badge_code: str
    fixed_table: str
    checked_in_at: datetime | None
    checked_in_desk: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def cancelled(self) -> bool:
        return self.status == REGISTRATION_CANCELLED


@dataclass
class ParticipantInput:
    """What a form or an import row provides. Empty strings mean "no value"."""

    first_name: str = ""
    last_name: str = ""
    email: str = ""
    organization: str = ""
    country: str = ""
    category: str = ""
    phone: str = ""
    title: str = ""
    notes: str = ""
    attention: str = ""
    table: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_texts(cls, texts: Mapping[str, str]) -> ParticipantInput:
        """An input from a form's text fields, keyed by field name."""
        data = cls()
        for name, text in texts.items():
            if name not in _TEXT_FIELDS:
                raise ValueError(f"ParticipantInput has no text field {name!r}")
            setattr(data, name, text)
        return data

    def normalised(self) -> ParticipantInput:
        """NFC, trimmed, control and invisible characters removed (the same cleaning as an
        import's, :mod:`clusterdesk.core.safe_text`); the e-mail address as an identifier."""
        values: dict[str, Any] = {
            f.name: clean_field(getattr(self, f.name) or "", multiline=f.name in _PROSE)[0]
            for f in fields(self)
            if f.name not in ("extra", "email")
        }
        values["email"] = clean_email(self.email or "")[0]
        values["country"] = countries.normalise(values["country"])  # "Lietuva" -> "LT"
        return replace(self, **values)


_TEXT_FIELDS = frozenset(f.name for f in fields(ParticipantInput)) - {"extra"}
_PROSE = frozenset({"notes", "title", "attention"})  # may keep line breaks


def validate_input(data: ParticipantInput, *, email_required: bool = True) -> list[tuple[str, Msg]]:
    """Problems as (field, message); empty when the input can be saved. A walk-in needs no
    e-mail (``email_required=False``: the badge code tells people apart); one that is given must
    be valid."""
    problems: list[tuple[str, Msg]] = []
    if not data.first_name and not data.last_name:
        problems.append(("first_name", msg("participant.name_required")))
    if not data.email:
        if email_required:
            problems.append(("email", msg("participant.email_required")))
    elif not EMAIL_RE.match(data.email):
        problems.append(("email", msg("participant.email_invalid", email=data.email)))
    return problems


def search_key(first: str, last: str, email: str, organization: str) -> str:
    return fold(f"{first} {last} | {organization} | {email}")


def category_colour(index: int) -> str:
    return CATEGORY_COLOURS[index % len(CATEGORY_COLOURS)]


def _get_or_make(
    session: Session, model: type[Any], column: Any, key: str, make: Callable[[int], Any]
) -> Any:
    """The row of ``model`` whose ``column`` equals ``key``, made with ``make(n)`` if missing (``n``:
    how many rows of that kind exist, for colours and positions). Looked-up rows are cached per
    transaction, so a bulk insert of thousands of people costs one query per distinct name."""
    cache: dict[str, Any] = session.info.setdefault(f"clusterdesk.{model.__tablename__}", {})
    row = cache.get(key)
    if row is None:
        with session.no_autoflush:
            row = session.scalars(select(model).where(column == key)).first()
            if row is None:
                existing = session.scalar(select(func.count()).select_from(model)) or 0
                row = make(existing + sum(1 for r in cache.values() if r.id is None))
                session.add(row)
        cache[key] = row
    return row


def organization_for(session: Session, name: str, country: str = "") -> Organization | None:
    name = nfc(name)
    if not name:
        return None
    org: Organization = _get_or_make(
        session,
        Organization,
        Organization.name,
        name,
        lambda _n: Organization(name=name, country=nfc(country)),
    )
    return org


def category_for(session: Session, name: str) -> Category | None:
    name = nfc(name)
    if not name:
        return None
    cat: Category = _get_or_make(
        session,
        Category,
        Category.name,
        name,
        lambda n: Category(name=name, colour=category_colour(n)),
    )
    return cat


def table_for(session: Session, label: str) -> MeetingTable | None:
    label = nfc(label)
    if not label:
        return None
    table: MeetingTable = _get_or_make(
        session,
        MeetingTable,
        MeetingTable.label,
        label,
        lambda n: MeetingTable(label=label, position=n + 1),
    )
    return table


def apply_input(session: Session, p: Participant, data: ParticipantInput) -> None:
    """Copy a (normalised, validated) input onto a participant row."""
    p.first_name = data.first_name
    p.last_name = data.last_name
    p.email = data.email
    org = organization_for(session, data.organization, data.country)
    p.organization = org
    p.country = data.country
    p.category = category_for(session, data.category)
    p.phone = data.phone
    p.title = data.title
    p.notes = data.notes
    p.attention = data.attention
    p.fixed_table = table_for(session, data.table)
    p.search_key = search_key(p.first_name, p.last_name, p.email, org.name if org else "")


def audit(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    details: str = "",
    actor: str = "",
) -> None:
    session.add(
        AuditLog(action=action, entity=entity, entity_id=entity_id, details=details, actor=actor)
    )


def _require_valid(data: ParticipantInput, *, email_required: bool = True) -> None:
    problems = validate_input(data, email_required=email_required)
    if problems:
        raise fields_refused(problems)


def email_taken(session: Session, email: str, except_id: int | None = None) -> bool:
    if not email:  # no e-mail is nobody's e-mail
        return False
    q = select(Participant.id).where(Participant.email == email)
    if except_id is not None:
        q = q.where(Participant.id != except_id)
    return session.scalar(q) is not None


def add_participant(
    s: Session, data: ParticipantInput, keys: tuple[str, str], *, actor: str = ""
) -> int:
    """Insert a (normalised, validated) participant in the caller's write transaction; ``keys``
    are the event's badge (prefix, secret). Returns the new id."""
    if email_taken(s, data.email):
        raise CodedError(msg("participant.email_registered", email=data.email))
    p = Participant(badge_code=badge_codes.new_code(*keys), status=REGISTRATION_ACTIVE)
    s.add(p)
    apply_input(s, p, data)
    s.flush()
    audit(s, "participant.create", "participant", p.id, data.email, actor)
    return p.id


def create_participant(db: EventDB, data: ParticipantInput, *, actor: str = "") -> int:
    data = data.normalised()
    _require_valid(data)
    keys = badge_keys(db)
    with db.write() as s:
        return add_participant(s, data, keys, actor=actor)


def update_participant(db: EventDB, pid: int, data: ParticipantInput, *, actor: str = "") -> None:
    """Save an edit. The e-mail may stay empty only for someone registered without one (a
    walk-in); it cannot be taken away from someone who has one."""
    data = data.normalised()
    with db.write() as s:
        p = s.get(Participant, pid)
        if p is None:
            raise CodedError(msg("participant.unknown", id=pid))
        _require_valid(data, email_required=bool(p.email))
        if email_taken(s, data.email, except_id=pid):
            raise CodedError(msg("participant.email_used", email=data.email))
        apply_input(s, p, data)
        audit(s, "participant.update", "participant", pid, data.email, actor)


def set_registration(db: EventDB, pid: int, status: str, *, actor: str = "") -> None:
    """Cancel (``cancelled``) or restore (``active``) a registration."""
    if status not in (REGISTRATION_ACTIVE, REGISTRATION_CANCELLED):
        raise UserError(f"Unknown registration status {status!r}")
    with db.write() as s:
        p = s.get(Participant, pid)
        if p is None:
            raise CodedError(msg("participant.unknown", id=pid))
        p.status = status
        audit(s, f"participant.{status}", "participant", pid, p.email, actor)


def input_of(row: ParticipantRow) -> ParticipantInput:
    """The editable fields of a row, e.g. to prefill an edit form."""
    return ParticipantInput(
        first_name=row.first_name,
        last_name=row.last_name,
        email=row.email,
        organization=row.organization,
        country=row.country,
        category=row.category,
        phone=row.phone,
        title=row.title,
        notes=row.notes,
        attention=row.attention,
        table=row.fixed_table,
    )


# --- reading -----------------------------------------------------------------------------------

_ROWS = (
    select(
        Participant.id,
        Participant.first_name,
        Participant.last_name,
        Participant.email,
        func.coalesce(Organization.name, "").label("organization"),
        Participant.country,
        func.coalesce(Category.name, "").label("category"),
        func.coalesce(Category.colour, "").label("category_colour"),
        Participant.phone,
        Participant.title,
        Participant.notes,
        Participant.attention,
        Participant.status,
        Participant.badge_code,
        func.coalesce(MeetingTable.label, "").label("fixed_table"),
        Attendance.checked_in_at,
        func.coalesce(Attendance.desk, "").label("checked_in_desk"),
    )
    .outerjoin(Organization, Participant.organization_id == Organization.id)
    .outerjoin(Category, Participant.category_id == Category.id)
    .outerjoin(MeetingTable, Participant.fixed_table_id == MeetingTable.id)
    .outerjoin(Attendance, Attendance.participant_id == Participant.id)
)


_ROW_FIELDS = tuple(f.name for f in fields(ParticipantRow))


def search_ids(
    db: EventDB, text: str = "", *, sort: str = "name", descending: bool = False
) -> list[int]:
    """Ids of everybody ``text`` finds (every word at a word start or inside a word of the name,
    organisation or e-mail, case and diacritics ignored; people one typo away when nobody matches;
    a badge code finds its owner), in the order of column ``sort``. The app's one search:
    :mod:`clusterdesk.services.search`."""
    from clusterdesk.services.search import shared_search  # its index is not needed to write

    search = shared_search(db)
    search.refresh(db)
    return search.filtered(text, sort, descending).ids


def rows_by_id(db: EventDB, ids: Sequence[int]) -> list[ParticipantRow]:
    """Rows for the given ids, in the same order (missing ids are skipped)."""
    found: dict[int, ParticipantRow] = {}
    with db.read() as s:
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            for r in s.execute(_ROWS.where(Participant.id.in_(chunk))):
                values = r._mapping
                found[r.id] = ParticipantRow(**{name: values[name] for name in _ROW_FIELDS})
    return [found[i] for i in ids if i in found]


def get_participant(db: EventDB, pid: int) -> ParticipantRow:
    rows = rows_by_id(db, [pid])
    if not rows:
        raise CodedError(msg("participant.unknown", id=pid))
    return rows[0]


def list_participants(db: EventDB, search: str = "") -> list[ParticipantRow]:
    return rows_by_id(db, search_ids(db, search))


def find_by_emails(session: Session, emails: Iterable[str]) -> dict[str, Participant]:
    wanted = sorted({e.lower() for e in emails if e})
    out: dict[str, Participant] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for p in session.scalars(select(Participant).where(Participant.email.in_(chunk))):
            out[p.email] = p
    return out


def count(db: EventDB) -> int:
    with db.read() as s:
        return s.scalar(select(func.count(Participant.id))) or 0
