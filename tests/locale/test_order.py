"""Alphabetical order by the event's language (ICU collation) in the Participants list, the desk
search and every print order, on SQLite and PostgreSQL alike — read back from real PDFs."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pdfplumber
import pytest

from clusterdesk.core.collation import sort_key, sorted_texts
from clusterdesk.services.events import create_event, update_event
from clusterdesk.services.participants import ParticipantInput, create_participant, search_ids
from clusterdesk.services.printing import BADGE, CATALOGUE, PrintChoices, prepare, render
from clusterdesk.services.search import shared_search
from clusterdesk.store.engine import EventDB

PEOPLE = [  # first name, last name, country as registrations write it
    ("Rasa", "Sabonis", "Lietuva"),
    ("Kęstutis", "Šetkus", "Lithuania"),
    ("Tomas", "Šimkus", "LT"),
    ("Dalia", "Sūdžius", "LTU"),
    ("Anna", "Łukaszewska", "Polska"),
    ("Agnese", "Ģērmanis", "Latvija"),
    ("Jonas", "Tamošiūnas", "Lietuva"),
    ("Ona", "Zabiela", "Lithuania"),
    ("Petras", "Žukas", "Lithuania"),
    ("Artūras", "Zuokas", "Lithuania"),
    ("Eva", "Yla", "Eesti"),
    ("Jurgis", "Jonaitis", "Lithuania"),
    ("Gintas", "Gabrys", "Lithuania"),
    ("Mari", "Lukauskas", "Suomi"),
    ("Ieva", "Ivanauskaitė", "Lithuania"),
    ("Jürgen", "Adler", "Deutschland"),
]
ENGLISH = [
    "Adler",
    "Gabrys",
    "Ģērmanis",
    "Ivanauskaitė",
    "Jonaitis",
    "Łukaszewska",
    "Lukauskas",
    "Sabonis",
    "Šetkus",
    "Šimkus",
    "Sūdžius",
    "Tamošiūnas",
    "Yla",
    "Zabiela",
    "Žukas",
    "Zuokas",
]
# CLDR's Lithuanian order: Š after S, Ž after Z; I, Į and Y are one letter at the first level
# (Yla sorts as "Ila", before Ivanauskaitė) and all come before J.
LITHUANIAN = [
    "Adler",
    "Gabrys",
    "Ģērmanis",
    "Yla",
    "Ivanauskaitė",
    "Jonaitis",
    "Łukaszewska",
    "Lukauskas",
    "Sabonis",
    "Sūdžius",
    "Šetkus",
    "Šimkus",
    "Tamošiūnas",
    "Zabiela",
    "Zuokas",
    "Žukas",
]


def _event(target: str, language: str) -> EventDB:
    db = create_event(target, name="Forum", start=date(2026, 5, 14), language=language)
    for i, (first, last, country) in enumerate(PEOPLE):
        create_participant(
            db,
            ParticipantInput(
                first_name=first,
                last_name=last,
                email=f"p{i}@example.org",
                organization="Org",
                country=country,
            ),
        )
    return db


def _last_names(db: EventDB, ids: list[int]) -> list[str]:
    last = {i + 1: p[1] for i, p in enumerate(PEOPLE)}
    return [last[i] for i in ids]


def _badge_pages(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_text() or "" for page in pdf.pages]


def _surname_on(page: str) -> str:
    found = [p[1] for p in PEOPLE if p[1] in page.split()]
    assert len(found) == 1, page
    return found[0]


def test_the_collation_itself() -> None:
    assert sorted_texts([p[1] for p in PEOPLE], "en") == ENGLISH
    assert sorted_texts([p[1] for p in PEOPLE], "lt") == LITHUANIAN
    assert sort_key("Šetkus", "en") < sort_key("Sūdžius", "en")
    assert sort_key("Šetkus", "lt") > sort_key("Sūdžius", "lt")
    assert sort_key("Šetkus", "en") < sort_key("T", "en")


@pytest.mark.parametrize("language,expected", [("en", ENGLISH), ("lt", LITHUANIAN)])
def test_lists_and_badges_in_the_events_order(
    event_target: str, tmp_path: Path, language: str, expected: list[str]
) -> None:
    db = _event(event_target, language)
    try:
        assert _last_names(db, search_ids(db, "", sort="name")) == expected
        # the desk: equally good matches (everybody works at "Org") in the same order
        search = shared_search(db)
        search.refresh(db)
        assert _last_names(db, search.ranked("org", 30)) == expected
        job = prepare(db, PrintChoices(BADGE, layout="a6-portrait"))
        out = tmp_path / "badges.pdf"
        render(job, out)
        pages = _badge_pages(out)
        assert [_surname_on(p) for p in pages] == expected
        setkus = expected.index("Šetkus")
        assert expected[setkus - 1].startswith("S") and expected[setkus + 1][0] in "ŠT"
        # the badges name the country in the event's language: "Lietuva" and "LT" are one
        shetkus = pages[setkus]
        assert ("Lietuva" if language == "lt" else "Lithuania") in shetkus
    finally:
        db.dispose()


def test_changing_the_language_reorders_the_open_list(tmp_path: Path) -> None:
    db = _event(str(tmp_path / "e.cdesk"), "en")
    try:
        search = shared_search(db)
        search.refresh(db)
        assert _last_names(db, search.filtered("").ids) == ENGLISH
        update_event(db, language="lt")
        search.refresh(db)
        assert _last_names(db, search.filtered("").ids) == LITHUANIAN
        assert _last_names(db, search.ranked("org", 30)) == LITHUANIAN
    finally:
        db.dispose()


def test_catalogue_groups_one_country_in_the_events_language(tmp_path: Path) -> None:
    db = _event(str(tmp_path / "e.cdesk"), "lt")
    try:
        job = prepare(db, PrintChoices(CATALOGUE))
        out = tmp_path / "catalogue.pdf"
        render(job, out)
        with pdfplumber.open(out) as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    finally:
        db.dispose()
    assert "Dalyviai pagal šalį" in text
    assert "Lietuva" in text and "Lithuania" not in text
    # Lietuva, Lithuania, LT and LTU are one group; groups in Lithuanian order
    titles = [g.title for g in job.document.groups]  # type: ignore[attr-defined]
    assert titles == ["Estija", "Latvija", "Lenkija", "Lietuva", "Suomija", "Vokietija"]
    lithuanians = job.document.groups[3].entries  # type: ignore[attr-defined]
    assert [e.name.split()[-1] for e in lithuanians] == [
        n for n in LITHUANIAN if n not in {"Adler", "Ģērmanis", "Yla", "Łukaszewska", "Lukauskas"}
    ]
