"""The master schedule, table sheets, participant catalogue and statistics report, read back."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from sqlalchemy import select

from clusterdesk.core.collation import sorted_texts
from clusterdesk.core.countries import country_name, normalise
from clusterdesk.documents.master_schedule import COLS, ROWS, ScheduleDocument, pages_for
from clusterdesk.documents.page_kit import EventHeader
from clusterdesk.services.checkin import check_in
from clusterdesk.services.printing import (
    CATALOGUE,
    MASTER_SCHEDULE,
    REPORT,
    TABLE_SHEET,
    FileSink,
    PrintChoices,
    prepare,
    produce,
)
from clusterdesk.store.models import PrintLog
from tests.documents.helpers import PEOPLE
from tests.exports.forum import Forum
from tests.exports.helpers import column_texts, page_texts


def short(i: int) -> str:
    return f"{PEOPLE[i][0][0]}. {PEOPLE[i][1]}"


def full(i: int) -> str:
    return f"{PEOPLE[i][0]} {PEOPLE[i][1]}"


def test_master_schedule_cells(forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "master.pdf"
    job = prepare(forum.db, PrintChoices(MASTER_SCHEDULE))
    produce(forum.db, job, FileSink(out))
    (text,) = page_texts(out)
    assert "Tables T1–T5" in text and "14:00–14:20" in text and "15:40–16:00" in text
    with pdfplumber.open(out) as doc:
        page = doc.pages[0]
        assert page.width > page.height  # landscape
        words = page.extract_words()
    for a, b, slot, table in forum.pairs:
        # both names in the column of the slot and the row of the table
        col = next(
            w
            for w in words
            if w["text"] == f"{14 + 20 * slot // 60}:{20 * slot % 60:02d}–"
            or w["text"].startswith(f"{14 + 20 * slot // 60}:{20 * slot % 60:02d}–")
        )
        row = next(w for w in words if w["text"] == table)
        for who in (a, b):
            last = PEOPLE[who][1].split()[-1]
            hits = [w for w in words if w["text"] == last and abs(w["x0"] - col["x0"]) < 60]
            assert any(
                abs((w["top"] + w["bottom"]) / 2 - (row["top"] + row["bottom"]) / 2) < 12
                for w in hits
            ), (who, table, slot)
    with forum.db.read() as s:
        logged = s.execute(
            select(PrintLog.participant_id, PrintLog.table_id).where(
                PrintLog.document == "master_schedule"
            )
        ).all()
    assert logged == [(None, None)]


def test_master_schedule_at_1000_tables_by_48_slots(tmp_path: Path) -> None:
    tables = tuple(f"T{i}" for i in range(1, 1001))
    slots = tuple(
        f"{8 + s // 3:02d}:{20 * (s % 3):02d}–{8 + (s + 1) // 3:02d}:{20 * ((s + 1) % 3):02d}"
        for s in range(48)
    )
    cells = tuple(
        tuple((f"Ž. Šetkutė{t}", f"Ø. Fesenko{s}") if (t + s) % 3 else ("", "") for s in range(48))
        for t in range(1000)
    )
    doc = ScheduleDocument(
        EventHeader("Big forum", "16 May 2018"), slots, ("",) * 48, tables, ("",) * 1000, cells
    )
    assert doc.pages == pages_for(1000, 48) == -(-1000 // ROWS) * -(-48 // COLS)
    out = tmp_path / "big.pdf"
    stats = doc.render(out)
    assert stats.pages == doc.pages and stats.below_min_size == 0 and stats.ellipsized == 0
    with pdfplumber.open(out) as pdf:
        for number in (0, 1, doc.pages - 1):
            page = pdf.pages[number]
            text = page.extract_text()
            t0 = (number // (48 // COLS)) * ROWS
            s0 = (number % (48 // COLS)) * COLS
            assert (
                f"Tables T{t0 + 1}–T{t0 + ROWS}" in text
                and f"page {number + 1} of {doc.pages}" in text
            )
            assert slots[s0] in text and slots[s0 + COLS - 1] in text
            sizes = {round(c["size"], 1) for c in page.chars}
            assert min(sizes) >= 7.0  # legible: no text shrunk below 7 pt


def test_table_sheets_with_tick_boxes(forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "sheets.pdf"
    job = prepare(forum.db, PrintChoices(TABLE_SHEET))
    produce(forum.db, job, FileSink(out))
    texts = page_texts(out)
    assert len(texts) == 5 and job.ids and len(job.ids) == 5
    with pdfplumber.open(out) as pdf:
        for n, label in enumerate(["T1", "T2", "T3", "T4", "T5"]):
            text = texts[n]
            assert f"Table {label}" in text and "Took place" in text and "No-show" in text
            mine = [(a, b) for a, b, _s, t in forum.pairs if t == label]
            for a, b in mine:
                assert full(a) in text and full(b) in text
            boxes = [
                r
                for r in pdf.pages[n].rects
                if abs(r["width"] - 11) < 0.5 and abs(r["height"] - 11) < 0.5
            ]
            assert len(boxes) == 2 * len(mine)
            if not mine:
                assert "No meetings at this table." in text
    with forum.db.read() as s:
        logged = s.scalars(
            select(PrintLog.table_id).where(PrintLog.document == "table_sheet")
        ).all()
    assert sorted(logged) == sorted(job.ids)


def test_catalogue_grouped_by_country_and_by_category(forum: Forum, tmp_path: Path) -> None:
    out = tmp_path / "cat.pdf"
    produce(forum.db, prepare(forum.db, PrintChoices(CATALOGUE)), FileSink(out))
    text = column_texts(out)
    lines = text.splitlines()
    for first, last, org, country in PEOPLE:
        assert (
            f"{first} {last}" in lines
            and org in " ".join(lines)
            and f"Looking for partners in {country}" in text
        )
    # headings: each country once, by its English name (the event's language), alphabetically
    countries = sorted_texts({country_name(normalise(p[3])) for p in PEOPLE}, "en")
    headings = [ln for ln in lines if ln in countries]
    assert headings == countries
    # people stay under their country's heading
    assert lines.index("Олена Фесенко") > lines.index("Ukraine") > lines.index("Poland")
    out2 = tmp_path / "cat2.pdf"
    produce(
        forum.db, prepare(forum.db, PrintChoices(CATALOGUE, group_by="category")), FileSink(out2)
    )
    text2 = column_texts(out2)
    assert "Participants by category" in text2
    assert [ln for ln in text2.splitlines() if ln in ("Company", "Research", "Speaker")] == [
        "Company",
        "Research",
        "Speaker",
    ]


def test_report_figures_and_charts(forum: Forum, tmp_path: Path) -> None:
    check_in(forum.db, participant_id=forum.ids[0], desk="Desk 1")
    check_in(forum.db, participant_id=forum.ids[1], desk="Desk 1")
    out = tmp_path / "report.pdf"
    done = produce(forum.db, prepare(forum.db, PrintChoices(REPORT)), FileSink(out))
    texts = page_texts(out)
    assert done.stats.pages == 3 == len(texts)
    meetings = len(forum.pairs)
    assert f"Realised: 0 of {meetings} accepted meetings were held (0.0 %)." in texts[0]
    assert "Meetings accepted" in texts[0] and "Checked in" in texts[0]
    for label in ("Accepted", "Scheduled", "Held", "No-show"):
        assert label in texts[0]
    assert "By country" in texts[1] and "Ukraine" in texts[1] and "Iceland" in texts[1]
    assert "Checked in over time" in texts[2] and "Meetings per participant" in texts[2]
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages[1].rects) >= len({p[3] for p in PEOPLE})  # one bar per country


def test_report_shows_meeting_outcomes_once_there_are_any(forum: Forum, tmp_path: Path) -> None:
    from clusterdesk.services.meeting_outcomes import Outcome, record_outcomes
    from clusterdesk.store.models import Meeting

    first = tmp_path / "before.pdf"
    produce(forum.db, prepare(forum.db, PrintChoices(REPORT)), FileSink(first))
    assert "Meeting outcomes" not in page_texts(first)[0]
    with forum.db.read() as s:
        ids = sorted(s.scalars(select(Meeting.id)))
    record_outcomes(
        forum.db,
        [
            Outcome(ids[0], "held", "", "agreement", 1),
            Outcome(ids[1], "held", "", "agreement", 2),
            Outcome(ids[2], "held", "", "informative", 3),
            Outcome(ids[3], "no_show", "a", None, 4),
        ],
    )
    out = tmp_path / "report.pdf"
    produce(forum.db, prepare(forum.db, PrintChoices(REPORT)), FileSink(out))
    text = page_texts(out)[0]
    meetings = len(forum.pairs)
    assert f"Realised: 3 of {meetings} accepted meetings were held" in text
    assert "Meeting outcomes" in text
    for label in (
        "Agreement reached",
        "Cooperation possible",
        "Informative, no cooperation",
        "Insufficient interest",
        "Held, not rated",
        "Did not take place",
    ):
        assert label in text
