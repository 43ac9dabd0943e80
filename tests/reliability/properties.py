"""The properties every input must keep, shared by the hypothesis tests and the corpus replay
(tests/reliability/corpus/: every input that ever broke a reader, kept as a file).

* CSV/XLSX reading: a table of clean text, or a :class:`UserError` — never another exception;
* importing: a report, or an expected error with the event left exactly as it was;
* time ranges, badge layouts, badge codes: a valid result or an expected error.
"""

from __future__ import annotations

import gzip
import io
import json
import re
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from clusterdesk.core import badge_codes
from clusterdesk.core.errors import UserError
from clusterdesk.core.timeslots import cut_slots, parse_day_ranges, parse_hhmm_range, parse_pauses
from clusterdesk.documents.badges import render_badges
from clusterdesk.documents.layouts import parse_layout
from clusterdesk.services.people_import import import_participants, read_table
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Participant
from tests.documents.helpers import records

CORPUS = Path(__file__).resolve().parent / "corpus"
TZ = ZoneInfo("Europe/Vilnius")
_CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
PREFIX, SECRET = "AB2C", "0f" * 32


def corpus_files(kind: str) -> list[Path]:
    return sorted(p for p in (CORPUS / kind).iterdir() if p.is_file() and p.name != "README")


def corpus_bytes(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if path.suffix == ".gz" else data


def _count(db: EventDB) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Participant)) or 0)


def check_table_file(path: Path, db: EventDB | None) -> None:
    """Read ``path`` (CSV or XLSX); import it into ``db`` when given."""
    try:
        table = read_table(path)
    except UserError as exc:
        assert str(exc).strip(), "an error says what is wrong"
        return
    for value in [*table.headers, *(c for row in table.rows for c in row)]:
        assert isinstance(value, str)
        assert not _CONTROL.search(value), repr(value)  # line feeds only, in prose cells
    assert all(n.row >= 1 for n in table.notes)
    if db is None:
        return
    before = _count(db)
    try:
        report = import_participants(db, path, table=table)
    except UserError as exc:
        assert str(exc).strip()
        assert _count(db) == before, "a refused import wrote nothing"
        return
    assert _count(db) == before + report.created


def check_csv_bytes(data: bytes, folder: Path, db: EventDB | None) -> None:
    path = folder / "input.csv"
    path.write_bytes(data)
    check_table_file(path, db)


def check_xlsx_bytes(data: bytes, folder: Path, db: EventDB | None) -> None:
    path = folder / "input.xlsx"
    path.write_bytes(data)
    check_table_file(path, db)


def check_time_text(text: str) -> None:
    """Every parser of times people type: a result that makes sense, or an expected error."""
    try:
        for start, end in parse_day_ranges(text, TZ):
            assert start < end
    except (ValueError, UserError):
        pass
    try:
        start_t, end_t = parse_hhmm_range(text)
        assert start_t < end_t
    except UserError:
        pass
    try:
        pauses = parse_pauses(text)
    except UserError:
        return
    try:
        slots = cut_slots(date(2026, 5, 14), time(9), time(17), 20, pauses, TZ)
    except UserError:
        return
    assert all(a.starts_at < a.ends_at for a in slots)
    assert all(a.ends_at <= b.starts_at for a, b in zip(slots, slots[1:], strict=False))


def check_layout(data: object) -> None:
    """A layout parses and renders a badge, or is refused with a LayoutError (a UserError)."""
    try:
        layout = parse_layout(data, name="fuzz", source=Path("/nonexistent/fuzz.json"))
    except UserError as exc:
        assert str(exc).strip()
        return
    try:
        render_badges(records()[:2], layout, io.BytesIO(), event_name="Fuzz")
    except UserError as exc:
        assert str(exc).strip()


def check_layout_text(text: str) -> None:
    try:
        data = json.loads(text)
    except ValueError:
        return
    check_layout(data)


def check_code(raw: str | bytes) -> None:
    verdict = badge_codes.check(raw, PREFIX, SECRET)
    assert not _CONTROL.search(verdict.cleaned)
    assert len(verdict.cleaned) <= 200
    if verdict.kind is badge_codes.CodeKind.VALID:
        assert badge_codes.check(verdict.cleaned, PREFIX, SECRET).kind is badge_codes.CodeKind.VALID
    for reading in badge_codes.readings(raw):
        assert len(reading) == badge_codes.CODE_LENGTH
