"""Property: names from every script the region writes survive a CSV round trip exactly (NFC)."""

from __future__ import annotations

import itertools
import unicodedata
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clusterdesk.services.events import create_event
from clusterdesk.services.participants import list_participants
from clusterdesk.services.people_import import import_participants
from clusterdesk.store.engine import EventDB
from tests.importing.files import write_csv
from tests.importing.names import BALTIC

LETTERS = {
    "lithuanian": "ąčęėįšųūžĄČĘĖĮŠŲŪŽ",
    "latvian": "āēģīķļņōŗĀĒĢĪĶĻŅŌŖ",
    "polish": "łńśźżćóŁŃŚŹŻĆÓ",
    "estonian_german": "õäöüßÕÄÖÜ",
    "nordic": "æøåÆØÅ",
    "icelandic": "þðáéíóúýÞÐÁÉÍÓÚÝ",
    "cyrillic": "абвгдежзийклмнопрстуфхцчшщьюяєіїґАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЬЮЯЄІЇҐ",
    "greek": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ",
    "ascii": "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
}
ALL_LETTERS = "".join(LETTERS.values())
CP1257_LETTERS = "".join(ch for ch in ALL_LETTERS if ch.encode("cp1257", "ignore"))


def _names(alphabet: str) -> st.SearchStrategy[str]:
    word = st.text(st.sampled_from(alphabet), min_size=1, max_size=12)
    joiner = st.sampled_from([" ", "-", "'", " "])
    return st.builds(
        lambda words, joins: (
            "".join(w + j for w, j in zip(words[:-1], joins, strict=False)) + words[-1]
        ),
        st.lists(word, min_size=1, max_size=3),
        st.lists(joiner, min_size=2, max_size=2),
    )


def _forms(name: str) -> st.SearchStrategy[str]:
    """The name as typed: composed (NFC) or decomposed (NFD, as macOS writes files)."""
    return st.sampled_from([name, unicodedata.normalize("NFD", name)])


_ids = itertools.count()


def _round_trip(
    db: EventDB,
    tmp: Path,
    people: list[tuple[str, str]],
    encoding: str | None,
    file_encoding: str,
    delimiter: str,
) -> None:
    batch = next(_ids)
    emails = [f"p{batch}.{i}@example.com" for i in range(len(people))]
    rows = [["First name", "Last name", "Email"]]
    rows += [[f, last, e] for (f, last), e in zip(people, emails, strict=True)]
    path = write_csv(tmp / f"people{batch}.csv", rows, encoding=file_encoding, delimiter=delimiter)
    report = import_participants(db, path, encoding=encoding)
    assert report.created == len(people)
    got = {r.email: (r.first_name, r.last_name) for r in list_participants(db)}
    for (first, last), email in zip(people, emails, strict=True):
        expected = (unicodedata.normalize("NFC", first), unicodedata.normalize("NFC", last))
        assert got[email] == expected


def _event(tmp_path: Path) -> EventDB:
    return create_event(tmp_path / "e.cdesk", name="Round trip", start=date(2026, 5, 14))


FAST = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_utf8_names_of_every_script(tmp_path: Path) -> None:
    db = _event(tmp_path)

    @FAST
    @given(
        people=st.lists(
            st.tuples(_names(ALL_LETTERS).flatmap(_forms), _names(ALL_LETTERS)),
            min_size=1,
            max_size=6,
        ),
        bom=st.booleans(),
        delimiter=st.sampled_from([",", ";", "\t"]),
    )
    def check(people: list[tuple[str, str]], bom: bool, delimiter: str) -> None:
        _round_trip(db, tmp_path, people, None, "utf-8-sig" if bom else "utf-8", delimiter)

    try:
        check()
    finally:
        db.dispose()


def test_windows_1257_names_detected(tmp_path: Path) -> None:
    """Real Baltic first and last names, freely combined, are recognised as Windows-1257."""
    db = _event(tmp_path)
    pool = [n.split(" ", 1) for names in BALTIC.values() for n in names]
    firsts, lasts = sorted({p[0] for p in pool}), sorted({p[1] for p in pool})

    @FAST
    @given(
        people=st.lists(
            st.tuples(st.sampled_from(firsts), st.sampled_from(lasts)), min_size=1, max_size=5
        ),
        delimiter=st.sampled_from([",", ";", "\t"]),
    )
    def check(people: list[tuple[str, str]], delimiter: str) -> None:
        _round_trip(db, tmp_path, people, None, "cp1257", delimiter)

    try:
        check()
    finally:
        db.dispose()


def test_every_windows_1257_letter_with_the_encoding_named(tmp_path: Path) -> None:
    db = _event(tmp_path)

    @FAST
    @given(
        people=st.lists(
            st.tuples(_names(CP1257_LETTERS), _names(CP1257_LETTERS)), min_size=1, max_size=6
        )
    )
    def check(people: list[tuple[str, str]]) -> None:
        _round_trip(db, tmp_path, people, "windows-1257", "cp1257", ";")

    try:
        check()
    finally:
        db.dispose()
