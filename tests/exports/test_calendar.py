"""iCalendar files parsed back with the icalendar library: Europe/Vilnius with its VTIMEZONE and the
right UTC offsets in summer and winter, stable UIDs, SEQUENCE on changes, cancelled meetings."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from icalendar import Calendar
from sqlalchemy import delete, select, update

from clusterdesk.services.exports import export
from clusterdesk.store.models import Meeting, MeetingTable, Slot
from tests.documents.helpers import PEOPLE
from tests.exports.forum import Forum, make_forum


def events(path: Path) -> dict[str, object]:
    cal = Calendar.from_ical(path.read_bytes())
    return {str(e["UID"]): e for e in cal.walk("VEVENT")}


def first_meeting_uid(forum: Forum) -> str:
    with forum.db.read() as s:
        rid = s.scalars(select(Meeting.request_id).order_by(Meeting.id)).first()
    return f"request-{rid}@"


def test_summer_and_winter_offsets_and_timezone(forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "event.ics"
    export(forum.db, out, fmt="ics", what="meetings")
    raw = out.read_text(encoding="utf-8")
    cal = Calendar.from_ical(raw)
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Vilnius"
    assert "DTSTART;TZID=Europe/Vilnius:20180516T140000" in raw
    starts = sorted(e["DTSTART"].dt for e in cal.walk("VEVENT") if "B2B" in str(e["SUMMARY"]))
    assert starts[0].astimezone(UTC) == datetime(
        2018, 5, 16, 11, 0, tzinfo=UTC
    )  # 14:00 = 11:00 UTC
    assert len(starts) == len(forum.pairs)
    keynote = next(e for e in cal.walk("VEVENT") if "Keynote" in str(e["SUMMARY"]))
    assert keynote["DTSTART"].dt.astimezone(UTC).hour == 7  # 10:00 local
    winter = make_forum(tmp_path / "winter.cdesk", start=date(2018, 1, 16))
    try:
        export(winter.db, tmp_path / "winter.ics", fmt="ics", what="meetings")
    finally:
        winter.db.dispose()
    cal = Calendar.from_ical((tmp_path / "winter.ics").read_bytes())
    first = min(e["DTSTART"].dt for e in cal.walk("VEVENT") if "B2B" in str(e["SUMMARY"]))
    assert first.astimezone(UTC) == datetime(2018, 1, 16, 12, 0, tzinfo=UTC)  # UTC+2 in winter


def test_text_names_table_and_partner(forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "event.ics"
    export(forum.db, out, fmt="ics", what="meetings")
    a, b, _slot, table = forum.pairs[0]
    ev = events(out)
    meeting = next(e for uid, e in ev.items() if uid.startswith(first_meeting_uid(forum)))
    text = f"{meeting['SUMMARY']} {meeting['LOCATION']} {meeting['DESCRIPTION']}"  # type: ignore[index]
    for i in (a, b):
        assert f"{PEOPLE[i][0]} {PEOPLE[i][1]}" in text and PEOPLE[i][2] in text
    assert f"Table {table}" in text and "Vilnius" in text


def test_updates_move_instead_of_duplicating(forum: Forum, tmp_path: Path) -> None:
    db = forum.db
    export(db, tmp_path / "v1.ics", fmt="ics", what="meetings")
    uid = first_meeting_uid(forum)
    with db.write() as s:
        mid = s.scalars(select(Meeting.id).order_by(Meeting.id)).first()
        free = s.scalar(select(MeetingTable.id).where(MeetingTable.label == "T5"))
        later = s.scalars(select(Slot.id).order_by(Slot.starts_at.desc())).first()
        s.execute(update(Meeting).where(Meeting.id == mid).values(table_id=free, slot_id=later))
        second = s.scalars(select(Meeting.id).order_by(Meeting.id)).all()[1]
        s.execute(update(Meeting).where(Meeting.id == second).values(status="cancelled"))
        third = s.scalars(select(Meeting.id).order_by(Meeting.id)).all()[2]
        third_rid = s.scalar(select(Meeting.request_id).where(Meeting.id == third))
        s.execute(delete(Meeting).where(Meeting.id == third))
    export(db, tmp_path / "v2.ics", fmt="ics", what="meetings")
    export(db, tmp_path / "v3.ics", fmt="ics", what="meetings")
    v1, v2, v3 = (events(tmp_path / f"v{n}.ics") for n in (1, 2, 3))
    assert set(v1) <= set(v2)  # nothing vanished: changes keep their UID
    moved = next(k for k in v1 if k.startswith(uid))
    assert v1[moved]["SEQUENCE"] == 0 and v2[moved]["SEQUENCE"] == 1  # type: ignore[index]
    assert v2[moved]["DTSTART"].dt.strftime("%H:%M") == "15:40"  # type: ignore[index]
    assert "Table T5" in str(v2[moved]["LOCATION"])  # type: ignore[index]
    cancelled = [k for k, e in v2.items() if str(e["STATUS"]) == "CANCELLED"]  # type: ignore[index]
    assert len(cancelled) == 2  # the cancelled meeting and the one taken off the plan
    assert any(k.startswith(f"request-{third_rid}@") for k in cancelled)
    for k, e in v2.items():
        unchanged = k not in cancelled and k != moved
        assert e["SEQUENCE"] == (0 if unchanged else 1)  # type: ignore[index]
    assert {k: e["SEQUENCE"] for k, e in v3.items()} == {k: e["SEQUENCE"] for k, e in v2.items()}  # type: ignore[index]


def test_one_calendar_per_person(forum: Forum, tmp_path: Path) -> None:
    folder = tmp_path / "people"
    done = export(forum.db, folder, fmt="ics", what="participants")
    assert len(done.files) == len(PEOPLE) and all(f.parent == folder for f in done.files)
    one = export(
        forum.db, tmp_path / "me.ics", fmt="ics", emails=[forum.emails[0]], what="meetings"
    )
    assert one.files == [tmp_path / "me.ics"]
    mine = events(tmp_path / "me.ics")
    expected = sum(1 for a, b, _s, _t in forum.pairs if 0 in (a, b))
    meetings = [e for e in mine.values() if "B2B" in str(e["SUMMARY"])]  # type: ignore[index]
    assert len(meetings) == expected and len(mine) == expected + 2  # and the programme
    name = f"{PEOPLE[0][0]} {PEOPLE[0][1]}"
    assert all(name in str(e["SUMMARY"]) for e in meetings)  # type: ignore[index]
    programme = export(forum.db, tmp_path / "programme.ics", fmt="ics", what="programme")
    assert programme.items == 2 and len(events(tmp_path / "programme.ics")) == 2
