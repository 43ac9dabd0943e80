"""Personal agendas through the print pipeline, read back: every script exact, partners and tables
on the right person's page, the badge QR code decoded from each rendered page, the print log and
"changed since last printed"."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from clusterdesk.services.participants import rows_by_id
from clusterdesk.services.printing import (
    AGENDA,
    BadgeSelection,
    FileSink,
    PrintChoices,
    prepare,
    produce,
)
from clusterdesk.store.models import Meeting, MeetingTable, PrintLog
from tests.cli.helpers import cli
from tests.documents.helpers import PEOPLE
from tests.exports.forum import Forum
from tests.exports.helpers import page_qr_codes, page_texts

SPEAKERS = {0, 9}  # Šetkus and Фесенко are named as speakers in the programme on every page


def full(i: int) -> str:
    return f"{PEOPLE[i][0]} {PEOPLE[i][1]}"


def test_each_page_carries_its_person_partners_tables_and_qr(forum: Forum, tmp_path: Path) -> None:
    job = prepare(forum.db, PrintChoices(AGENDA))
    out = tmp_path / "agendas.pdf"
    done = produce(forum.db, job, FileSink(out))
    texts = page_texts(out)
    assert done.stats.pages == len(texts) == job.pages == len(forum.ids)  # one page each
    codes = page_qr_codes(out)
    badge = {r.id: r.badge_code for r in rows_by_id(forum.db, forum.ids)}
    for pid, first in zip(job.ids, job.first_page, strict=True):
        me = forum.ids.index(pid)
        text = texts[first]
        assert text.splitlines()[2] == full(me)  # the header (2 lines), then the name, exactly
        mine = [(a, b, s, t) for a, b, s, t in forum.pairs if me in (a, b)]
        partners = {b if a == me else a for a, b, _s, _t in mine}
        for a, b, slot, table in mine:
            other = b if a == me else a
            start = f"{14 + (20 * slot) // 60}:{(20 * slot) % 60:02d}"
            line = next(ln for ln in text.splitlines() if ln.startswith(start))
            assert f" {table} " in f" {line} " and full(other) in line
        for other in set(range(len(PEOPLE))) - partners - {me} - SPEAKERS:
            assert full(other) not in text
        assert codes[first] == [badge[pid]]
        if not mine:
            assert "No one-to-one meetings are planned for you yet." in text
        assert "Keynote: Smart specialisation" in text and "Kęstutis Šetkus, Олена Фесенко" in text


def test_print_log_reprints_and_changed_since_last_printed(forum: Forum, tmp_path: Path) -> None:
    db = forum.db
    first = produce(db, prepare(db, PrintChoices(AGENDA)), FileSink(tmp_path / "a.pdf"))
    assert first.recorded.reprints == 0 and len(first.recorded.log_ids) == len(forum.ids)
    nothing = prepare(db, PrintChoices(AGENDA, changed=True))
    assert nothing.ids == [] and "No agenda changed" in nothing.nothing

    a, b, _slot, _table = forum.pairs[0]
    with db.write() as s:  # an on-site change: the first meeting moves to another table
        other = s.scalar(select(MeetingTable.id).where(MeetingTable.label == "T5"))
        mid = s.scalars(select(Meeting.id).order_by(Meeting.id)).first()
        s.execute(update(Meeting).where(Meeting.id == mid).values(table_id=other))
    changed = prepare(db, PrintChoices(AGENDA, changed=True))
    assert sorted(changed.ids) == sorted([forum.ids[a], forum.ids[b]])
    again = produce(db, changed, FileSink(tmp_path / "b.pdf"))
    assert again.recorded.reprints == 2
    assert prepare(db, PrintChoices(AGENDA, changed=True)).ids == []
    with db.read() as s:
        digests = s.scalars(select(PrintLog.digest).where(PrintLog.document == "agenda")).all()
    assert len(digests) == len(forum.ids) + 2 and all(len(d) == 32 for d in digests)


def test_only_people_with_meetings_and_one_person(forum: Forum) -> None:
    db = forum.db
    with_meetings = prepare(db, PrintChoices(AGENDA, with_meetings=True))
    meeting = {forum.ids[i] for a, b, _s, _t in forum.pairs for i in (a, b)}
    assert set(with_meetings.ids) == meeting and forum.ids[16] not in meeting
    one = prepare(db, PrintChoices(AGENDA, selection=BadgeSelection(emails=(forum.emails[9],))))
    assert one.ids == [forum.ids[9]] and one.pages == 1


def test_long_agenda_continues_on_a_second_page(tmp_path: Path) -> None:
    from clusterdesk.documents.agendas import AgendaDocument, AgendaRecord, AgendaRow, page_count
    from clusterdesk.documents.page_kit import EventHeader

    rows = tuple(
        AgendaRow("meeting", f"{9 + i // 3}:{20 * (i % 3):02d}", "", f"T{i}", f"Þórunn {i}", "Org")
        for i in range(30)
    )
    record = AgendaRecord("Łukasz Żółkiewski", rows=rows)
    doc = AgendaDocument(EventHeader("E", "16 May 2018"), (record,))
    stats = doc.render(tmp_path / "long.pdf")
    assert stats.pages == page_count(record, ()) == 2
    texts = page_texts(tmp_path / "long.pdf")
    assert "Łukasz Żółkiewski (continued)" in texts[1] and "Þórunn 29" in texts[1]
    assert all(f"Þórunn {i} " in texts[0] + " " or f"Þórunn {i}\n" in texts[0] for i in range(10))


def test_cli_agendas(forum: Forum, tmp_path: Path) -> None:
    forum.db.dispose()
    event, out = str(forum.path), tmp_path / "one.pdf"
    run = cli("agendas", event, str(out), "--participant", forum.emails[3])
    assert run.code == 0, run.err
    assert "1 agendas on 1 pages" in run.out and full(3) in page_texts(out)[0]
    everybody = cli("agendas", event, str(tmp_path / "all.pdf"))
    assert everybody.code == 0 and f"{len(PEOPLE)} agendas" in everybody.out
    changed = cli("agendas", event, str(tmp_path / "changed.pdf"), "--changed")
    assert changed.code == 0 and "No agenda changed" in changed.out
    assert not (tmp_path / "changed.pdf").exists()
    bad = cli("agendas", event, str(tmp_path / "x.pdf"), "--participant", "nobody@example.org")
    assert bad.code == 2 and "nobody@example.org" in bad.err and not (tmp_path / "x.pdf").exists()


def test_several_days_get_day_headings(tmp_path: Path) -> None:
    from datetime import date, time

    from clusterdesk.services.events import create_event
    from clusterdesk.services.participants import ParticipantInput, create_participant
    from clusterdesk.services.sessions import add_session, ensure_tables
    from clusterdesk.store.models import MeetingRequest, Slot

    db = create_event(
        tmp_path / "two.cdesk", name="Two days", start=date(2018, 5, 16), end=date(2018, 5, 17)
    )
    try:
        a, b = (
            create_participant(db, ParticipantInput(first_name=f, last_name=s, email=e))
            for f, s, e in (("Doris", "Pold", "d@x.org"), ("Tõnu", "Õunapuu", "t@x.org"))
        )
        for day in (16, 17):
            add_session(
                db,
                name=f"B2B {day}",
                day=date(2018, 5, day),
                start=time(14),
                end=time(15),
                slot_minutes=30,
            )
        ensure_tables(db, 1)
        with db.write() as s:
            slots = s.scalars(select(Slot.id).order_by(Slot.starts_at)).all()
            table = s.scalar(select(MeetingTable.id))
            for n, slot in enumerate((slots[0], slots[-1])):
                req = MeetingRequest(requester_id=a if n else b, target_id=b if n else a)
                s.add(req)
                s.flush()
                s.add(
                    Meeting(
                        request_id=req.id,
                        participant_a_id=a,
                        participant_b_id=b,
                        slot_id=slot,
                        table_id=table,
                    )
                )
        out = tmp_path / "two.pdf"
        produce(db, prepare(db, PrintChoices(AGENDA)), FileSink(out))
        text = page_texts(out)[0]
        assert "Wednesday 16 May 2018" in text and "Thursday 17 May 2018" in text
        assert (
            text.index("Wednesday 16 May 2018") < text.index("14:00–14:30") < text.index("Thursday")
        )
        assert "Break" not in text  # no break across days
    finally:
        db.dispose()
