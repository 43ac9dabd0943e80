"""Table cards from the event: records, real PDFs read back, the print log, the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.core.errors import UserError
from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import event_info, open_event
from clusterdesk.services.meetings import list_meetings
from clusterdesk.services.printing import PreparedJob, PrintChoices, prepare, record, render
from clusterdesk.services.sessions import ensure_tables
from clusterdesk.services.table_cards import TABLE_CARD
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import PrintLog
from tests.cli.helpers import cli
from tests.printing.helpers import pdf_pages, pdf_text, place_meetings


def prepare_table_cards(db: EventDB, labels: list[str] | None = None) -> PreparedJob:
    return prepare(db, PrintChoices(TABLE_CARD, tables=tuple(labels or ())))  # type: ignore[arg-type]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "e.cdesk"
    build_demo(path, participants=40)
    return path


def test_records_carry_every_table_and_its_meetings(demo: Path) -> None:
    db = open_event(demo)
    try:
        empty = prepare_table_cards(db)
        labels = [r.label for r in empty.document.records]
        assert len(labels) >= 4 and labels == [f"T{i}" for i in range(1, len(labels) + 1)]
        assert all(r.meetings == () for r in empty.document.records)
        assert place_meetings(db, 30) == 30
        job = prepare_table_cards(db)
        meetings = list_meetings(db)
        by_table = {r.label: r.meetings for r in job.document.records}
        assert sum(len(m) for m in by_table.values()) == 30
        first = meetings[0]
        assert (
            first.starts_at.astimezone(event_info(db).tz).strftime("%H:%M"),
            f"{first.names[0]} – {first.names[1]}",
        ) in by_table[first.table]
        for lines in by_table.values():
            assert [t for t, _ in lines] == sorted(t for t, _ in lines)
        only = prepare_table_cards(db, ["T2"])
        assert [r.label for r in only.document.records] == ["T2"]
        with pytest.raises(UserError, match="T99"):
            prepare_table_cards(db, ["T99"])
    finally:
        db.dispose()


def test_rendered_cards_read_back(demo: Path, tmp_path: Path) -> None:
    db = open_event(demo)
    try:
        place_meetings(db, 20)
        job = prepare_table_cards(db)
        out = tmp_path / "cards.pdf"
        stats = render(job, out)
        assert stats.items == len(job.document.records) == pdf_pages(out)
        text = pdf_text(out)
        for m in list_meetings(db):
            assert m.names[0] in text and m.names[1] in text
        assert "Baltic Cluster Forum 2026" in text
    finally:
        db.dispose()


def test_print_log_counts_reprints(event_db: EventDB) -> None:
    ensure_tables(event_db, 3)
    job = prepare_table_cards(event_db)
    assert record(event_db, job, printer="Office", ids=job.ids[:2]) == 0
    assert record(event_db, job, printer="Office") == 2
    with event_db.read() as s:
        rows = s.execute(
            select(PrintLog.table_id, PrintLog.reprint, PrintLog.participant_id).where(
                PrintLog.document == TABLE_CARD
            )
        ).all()
    assert len(rows) == 5
    assert sorted(r.table_id for r in rows if r.reprint) == sorted(job.ids[:2])
    assert all(r.participant_id is None for r in rows)


def test_no_tables_is_a_clear_error(event_db: EventDB, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    with pytest.raises(UserError, match="no meeting tables"):
        render(prepare_table_cards(event_db), out)
    assert not out.exists()


def test_cli_table_cards(demo: Path, tmp_path: Path) -> None:
    db = open_event(demo)
    place_meetings(db, 25)
    names = {n for m in list_meetings(db) if m.table == "T1" for n in m.names}
    db.dispose()
    out = tmp_path / "cards.pdf"
    run = cli("table-cards", str(demo), str(out))
    assert run.code == 0, run.err
    assert "table cards (25 meetings)" in run.out
    text = pdf_text(out)
    assert names and all(n in text for n in names)
    one = tmp_path / "t1.pdf"
    assert cli("table-cards", str(demo), str(one), "--table", "T1", "--no-log").code == 0
    assert pdf_pages(one) == 1
    db = open_event(demo)
    with db.read() as s:
        logged = s.scalars(select(PrintLog.id).where(PrintLog.document == TABLE_CARD)).all()
    db.dispose()
    assert len(logged) == pdf_pages(out)  # the proof copy (--no-log) is not logged


def test_cli_bad_input_writes_nothing(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.pdf"
    run = cli("table-cards", str(demo), str(out), "--table", "Nope")
    assert run.code == 2 and "Nope" in run.err
    assert not out.exists()
    run = cli("table-cards", str(tmp_path / "missing.cdesk"), str(out))
    assert run.code == 2
    assert not out.exists()
