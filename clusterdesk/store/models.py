"""The event database: SQLAlchemy 2 typed models.

One database holds one event. Names and other text are stored NFC-normalised exactly as given;
``search_key`` holds the folded form (see :func:`clusterdesk.core.folding.fold`) for fast search.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from clusterdesk.store.types import UTCDateTime, utcnow

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

REGISTRATION_ACTIVE = "active"
REGISTRATION_CANCELLED = "cancelled"
REQUEST_STATUSES = ("accepted", "pending", "declined")
MEETING_STATUSES = ("scheduled", "held", "no_show", "cancelled")
ACTIVE_MEETING_STATUSES = ("scheduled", "held", "no_show")  # a meeting that takes its cell
# How a held meeting went, as the matchmaking platforms record it (services/meeting_outcomes.py);
# a no-show or a cancelled meeting "did not take place" and stores no rating.
MEETING_RATINGS = ("no_interest", "informative", "cooperation", "agreement")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Event(Base):
    __tablename__ = "event"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    timezone: Mapped[str] = mapped_column(String(64), default="Europe/Vilnius")
    venue: Mapped[str] = mapped_column(String(300), default="")
    badge_prefix: Mapped[str] = mapped_column(String(8))
    secret: Mapped[str] = mapped_column(String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # revision 0006: the language of the event's documents and of its alphabetical order
    language: Mapped[str] = mapped_column(String(8), default="en", server_default="en")


class Setting(Base):
    """Event-wide settings shared by every desk (key/value, JSON text values)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    country: Mapped[str] = mapped_column(String(100), default="")

    participants: Mapped[list[Participant]] = relationship(back_populates="organization")


class Category(Base):
    __tablename__ = "category"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    colour: Mapped[str] = mapped_column(String(9), default="#1f6feb")


class MeetingTable(Base):
    __tablename__ = "meeting_table"

    id: Mapped[int] = mapped_column(primary_key=True)
    label: Mapped[str] = mapped_column(String(50), unique=True)
    zone: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class Participant(Base):
    __tablename__ = "participant"
    __table_args__ = (
        CheckConstraint("status in ('active', 'cancelled')", name="status"),
        Index("ix_participant_search_key", "search_key"),
        Index("ix_participant_last_name", "last_name"),
        # revision 0004: an e-mail is unique when there is one; walk-ins may have none ("")
        Index(
            "ux_participant_email",
            "email",
            unique=True,
            sqlite_where=text("email <> ''"),
            postgresql_where=text("email <> ''"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    first_name: Mapped[str] = mapped_column(String(200))
    last_name: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    organization_id: Mapped[int | None] = mapped_column(
        ForeignKey("organization.id", ondelete="SET NULL"), index=True
    )
    # an ISO 3166 alpha-2 code when recognised (revision 0006), else the text as given
    country: Mapped[str] = mapped_column(String(100), default="")
    category_id: Mapped[int | None] = mapped_column(
        ForeignKey("category.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str] = mapped_column(String(60), default="")
    title: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    attention: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(12), default=REGISTRATION_ACTIVE)
    badge_code: Mapped[str] = mapped_column(String(40), unique=True)
    fixed_table_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_table.id", ondelete="SET NULL")
    )
    max_meetings_per_session: Mapped[int | None] = mapped_column(Integer)
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    organization: Mapped[Organization | None] = relationship(back_populates="participants")
    category: Mapped[Category | None] = relationship()
    fixed_table: Mapped[MeetingTable | None] = relationship()
    unavailable: Mapped[list[Unavailability]] = relationship(
        back_populates="participant",
        cascade="all, delete-orphan",
        order_by="Unavailability.starts_at",
    )

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class Unavailability(Base):
    """A time range in which a participant cannot meet anyone."""

    __tablename__ = "unavailability"
    __table_args__ = (CheckConstraint("ends_at > starts_at", name="range"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)

    participant: Mapped[Participant] = relationship(back_populates="unavailable")


class ProgrammeItem(Base):
    """A talk, panel, break or reception of the event's programme (revision 0003: room, speakers)."""

    __tablename__ = "programme_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)
    room: Mapped[str] = mapped_column(String(200), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    speakers: Mapped[str] = mapped_column(Text, default="", server_default="")


class B2BSession(Base):
    """A block of one-to-one meetings on one day, cut into slots (pauses excluded)."""

    __tablename__ = "b2b_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    day: Mapped[date] = mapped_column(Date)
    start: Mapped[time] = mapped_column(Time)
    end: Mapped[time] = mapped_column(Time)
    slot_minutes: Mapped[int] = mapped_column(Integer)
    pauses: Mapped[str] = mapped_column(String(500), default="")  # "HH:MM-HH:MM;HH:MM-HH:MM"

    slots: Mapped[list[Slot]] = relationship(
        back_populates="session", cascade="all, delete-orphan", order_by="Slot.index"
    )


class MeetingRequest(Base):
    __tablename__ = "meeting_request"
    __table_args__ = (
        UniqueConstraint("requester_id", "target_id", name="uq_meeting_request_pair"),
        CheckConstraint("requester_id <> target_id", name="not_self"),
        CheckConstraint("status in ('accepted', 'pending', 'declined')", name="status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    requester_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    target_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(12), default="accepted")
    priority: Mapped[int] = mapped_column(Integer, default=1)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("b2b_session.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)

    requester: Mapped[Participant] = relationship(foreign_keys=[requester_id])
    target: Mapped[Participant] = relationship(foreign_keys=[target_id])
    session: Mapped[B2BSession | None] = relationship()


class AuditLog(Base):
    """Who changed what, when (append-only)."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(100), default="")
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60), default="")
    entity_id: Mapped[int | None] = mapped_column(Integer)
    details: Mapped[str] = mapped_column(Text, default="")


# --- revision 0002: slots, meetings, check-in and print logs ---------------------------------


class Slot(Base):
    __tablename__ = "slot"
    __table_args__ = (
        UniqueConstraint("session_id", "index", name="uq_slot_session_index"),
        CheckConstraint("ends_at > starts_at", name="range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("b2b_session.id", ondelete="CASCADE"))
    index: Mapped[int] = mapped_column(Integer)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime] = mapped_column(UTCDateTime)

    session: Mapped[B2BSession] = relationship(back_populates="slots")


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (
        UniqueConstraint("slot_id", "table_id", name="uq_meeting_slot_table"),
        CheckConstraint("participant_a_id <> participant_b_id", name="distinct_people"),
        CheckConstraint("status in ('scheduled', 'held', 'no_show', 'cancelled')", name="status"),
        Index("ix_meeting_a_slot", "participant_a_id", "slot_id"),
        Index("ix_meeting_b_slot", "participant_b_id", "slot_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_request.id", ondelete="SET NULL"), unique=True
    )
    participant_a_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    participant_b_id: Mapped[int] = mapped_column(ForeignKey("participant.id", ondelete="CASCADE"))
    slot_id: Mapped[int] = mapped_column(ForeignKey("slot.id", ondelete="CASCADE"))
    table_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_table.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(String(12), default="scheduled")
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    # revision 0004: who did not come to a no-show: "a", "b", "both" or "" (not said)
    absent: Mapped[str] = mapped_column(String(4), default="", server_default="")
    # revision 0005: how a held meeting went (one of MEETING_RATINGS, "" not rated)
    rating: Mapped[str] = mapped_column(String(16), default="", server_default="")

    request: Mapped[MeetingRequest | None] = relationship()
    participant_a: Mapped[Participant] = relationship(foreign_keys=[participant_a_id])
    participant_b: Mapped[Participant] = relationship(foreign_keys=[participant_b_id])
    slot: Mapped[Slot] = relationship()
    table: Mapped[MeetingTable | None] = relationship()


class CheckInLog(Base):
    """Append-only log of every scan and desk action (successful or not).

    ``nonce`` is the client's idempotency key: the same nonce twice records one entry.
    """

    __tablename__ = "checkin_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    nonce: Mapped[str] = mapped_column(String(64), unique=True)
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    action: Mapped[str] = mapped_column(String(20))  # check_in, undo, check_out, scan_failed
    result: Mapped[str] = mapped_column(String(30))
    reason: Mapped[str] = mapped_column(String(200), default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    raw_input: Mapped[str] = mapped_column(String(200), default="")


class Attendance(Base):
    """The current check-in state of a person: at most one row each (the primary key).

    This is the database-level guarantee against double check-ins from several desks: a second
    concurrent insert for the same participant fails, whichever desk and engine.
    """

    __tablename__ = "attendance"

    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participant.id", ondelete="CASCADE"), primary_key=True
    )
    checked_in_at: Mapped[datetime] = mapped_column(UTCDateTime)
    desk: Mapped[str] = mapped_column(String(100), default="")
    operator: Mapped[str] = mapped_column(String(100), default="")
    log_id: Mapped[int | None] = mapped_column(ForeignKey("checkin_log.id", ondelete="SET NULL"))
    inside: Mapped[bool] = mapped_column(Boolean, default=True)


class PrintLog(Base):
    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    document: Mapped[str] = mapped_column(String(40))  # badge, table_card, agenda, ...
    participant_id: Mapped[int | None] = mapped_column(
        ForeignKey("participant.id", ondelete="SET NULL"), index=True
    )
    table_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting_table.id", ondelete="SET NULL")
    )
    layout: Mapped[str] = mapped_column(String(100), default="")
    printer: Mapped[str] = mapped_column(String(200), default="")
    desk: Mapped[str] = mapped_column(String(100), default="")
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    # revision 0003: a fingerprint of what was printed for this person (agendas: "changed since")
    digest: Mapped[str] = mapped_column(String(64), default="", server_default="")


# --- revision 0004: the plan before a scheduler run ---------------------------------------------


class PlanBackup(Base):
    """The meetings as they were before a scheduler run, to restore them (JSON rows)."""

    __tablename__ = "plan_backup"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(100), default="")
    summary: Mapped[str] = mapped_column(String(300), default="")
    meetings: Mapped[str] = mapped_column(Text, default="")
