"""Property-based tests (hypothesis) over the CSV/XLSX readers and the importer, the time-range
parsers, badge layouts and the badge-code parser — and the replay of the corpus of inputs that
once broke them (tests/reliability/corpus/). A new failure found here goes into the corpus as a
file (see corpus/README)."""

from __future__ import annotations

import io
import json
import random
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from clusterdesk.documents.layouts import builtin_dir
from clusterdesk.services.events import create_event
from clusterdesk.store.engine import EventDB
from tests.reliability.properties import (
    check_code,
    check_csv_bytes,
    check_layout,
    check_layout_text,
    check_table_file,
    check_time_text,
    check_xlsx_bytes,
    corpus_bytes,
    corpus_files,
)

FUZZ = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Characters that broke or could break a reader: separators, quotes, line ends, NUL, escapes,
# invisible and bidi characters, the region's letters, a BOM.
TRICKY = st.sampled_from(
    list(",;\t\"'\r\n\x00\x1b\x07\x9b\u200b\u202e\u2060\ufeff\u00a0 ąčęėįšųūžĀŅØÆÞðЁж@.-=+")
)
CELL = st.text(st.one_of(TRICKY, st.characters(codec="utf-8")), max_size=24)


@pytest.fixture(scope="module")
def fuzz_event(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EventDB]:
    db = create_event(
        tmp_path_factory.mktemp("fuzz") / "fuzz.cdesk", name="Fuzz", start=date(2026, 5, 14)
    )
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("inputs")


def _csv_bytes(
    header: list[str], rows: list[list[str]], delimiter: str, newline: str, encoding: str
) -> bytes:
    lines = [delimiter.join(header)] + [delimiter.join(r) for r in rows]
    return newline.join(lines).encode(encoding, errors="ignore")


@FUZZ
@given(
    header=st.lists(
        st.one_of(st.sampled_from(["first_name", "last_name", "email", "E-mail", "Vardas"]), CELL),
        min_size=1,
        max_size=6,
    ),
    rows=st.lists(st.lists(CELL, max_size=7), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t"]),
    newline=st.sampled_from(["\n", "\r\n", "\r"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1257", "utf-16"]),
)
def test_csv_tables_are_read_or_refused(
    fuzz_event: EventDB,
    folder: Path,
    header: list[str],
    rows: list[list[str]],
    delimiter: str,
    newline: str,
    encoding: str,
) -> None:
    check_csv_bytes(_csv_bytes(header, rows, delimiter, newline, encoding), folder, fuzz_event)


@FUZZ
@given(data=st.binary(max_size=2000))
@example(data=b"\xff\xfe\x00")
@example(data=b'"' * 3 + b"\r\r\n")
def test_any_bytes_as_csv(folder: Path, data: bytes) -> None:
    check_csv_bytes(data, folder, None)


def _workbook(rows: list[list[str]]) -> bytes:
    book = Workbook()
    ws = book.active
    for row in rows:
        ws.append([ILLEGAL_CHARACTERS_RE.sub("", c) for c in row])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@FUZZ
@given(
    rows=st.lists(
        st.lists(
            st.one_of(CELL, st.sampled_from(["first_name", "last_name", "email"])), max_size=5
        ),
        max_size=8,
    ),
    damage=st.one_of(
        st.none(),
        st.tuples(st.floats(0, 1), st.integers(1, 64)),  # random bytes somewhere
        st.floats(0.05, 0.95),  # cut short
    ),
)
def test_xlsx_workbooks_intact_or_damaged(
    fuzz_event: EventDB,
    folder: Path,
    rows: list[list[str]],
    damage: tuple[float, int] | float | None,
) -> None:
    data = bytearray(_workbook(rows))
    if isinstance(damage, tuple):
        at, length = int(damage[0] * (len(data) - 1)), damage[1]
        data[at : at + length] = random.Random(at).randbytes(length)
    elif isinstance(damage, float):
        data = data[: int(len(data) * damage)]
    check_xlsx_bytes(bytes(data), folder, fuzz_event)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=60), st.from_regex(r"\A[0-9 :;\-–.]{0,40}\Z")))
@example(text="2026-02-30 09:00-10:00")
@example(text="2026-05-14 24:00-25:00")
@example(text="09:00-09:00; 08:00-08:30")
def test_time_ranges(text: str) -> None:
    check_time_text(text)


def _json_values() -> st.SearchStrategy[object]:
    scalars = st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(10**6), 10**6),
        st.floats(allow_nan=True, allow_infinity=True),
        st.text(max_size=12),
    )
    return st.recursive(
        scalars,
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=12,
    )


def _shipped_layout() -> dict[str, object]:
    return json.loads((builtin_dir() / "cr80-card.json").read_text(encoding="utf-8"))


@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_badge_layouts(data: st.DataObject) -> None:
    layout = _shipped_layout()
    for _ in range(data.draw(st.integers(1, 3))):
        target: object = layout
        path = data.draw(st.lists(st.integers(0, 8), min_size=1, max_size=3))
        for step in path[:-1]:
            if isinstance(target, dict) and target:
                target = target[sorted(target)[step % len(target)]]
            elif isinstance(target, list) and target:
                target = target[step % len(target)]
        value = data.draw(_json_values())
        if isinstance(target, dict) and target:
            target[sorted(target)[path[-1] % len(target)]] = value
        elif isinstance(target, list) and target:
            target[path[-1] % len(target)] = value
    check_layout(layout)


@settings(max_examples=40, deadline=None)
@given(data=_json_values())
def test_any_json_as_a_layout(data: object) -> None:
    check_layout(data)


@settings(max_examples=400, deadline=None)
@given(
    raw=st.one_of(
        st.text(max_size=80),
        st.binary(max_size=80),
        st.from_regex(r"\A-?[A-Z2-9ąčęėįšųū„“ß\-]{0,35}\Z"),
        st.text(st.sampled_from(list("\x00\x1b\u200b\ufeff\\0123456789AB2C-")), max_size=40),
    )
)
def test_badge_code_parser(raw: str | bytes) -> None:
    check_code(raw)


# --- the corpus: every input that once broke a reader ------------------------------------------


@pytest.mark.parametrize("path", corpus_files("csv"), ids=lambda p: p.name)
def test_corpus_csv(path: Path, fuzz_event: EventDB, tmp_path: Path) -> None:
    check_csv_bytes(corpus_bytes(path), tmp_path, fuzz_event)


@pytest.mark.parametrize("path", corpus_files("xlsx"), ids=lambda p: p.name)
@pytest.mark.timeout(120)  # the far stray cell used to make the reader walk a million rows
def test_corpus_xlsx(path: Path, fuzz_event: EventDB, tmp_path: Path) -> None:
    check_xlsx_bytes(corpus_bytes(path), tmp_path, fuzz_event)


@pytest.mark.parametrize("path", corpus_files("text"), ids=lambda p: p.name)
def test_corpus_texts(path: Path) -> None:
    """Time ranges, layouts and scans typed or scanned: each file is one input."""
    text = corpus_bytes(path).decode("utf-8")
    check_time_text(text)
    check_code(text)
    check_layout_text(text)


def test_the_corpus_is_there() -> None:
    assert len(corpus_files("csv")) >= 6 and len(corpus_files("xlsx")) >= 3
    assert check_table_file  # imported for the corpus's README example
