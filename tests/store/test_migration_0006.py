"""Revision 0006: an older event gets a language (English) and its countries become ISO codes
where recognised ("Lietuva" and "Lithuania" are one country); unknown names stay as written."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, text

from clusterdesk.services.events import event_info, open_event
from clusterdesk.store.engine import connect
from clusterdesk.store.models import Organization, Participant
from clusterdesk.store.schema import HEAD_REVISION, current_revision, upgrade_to

EVENT = (
    "INSERT INTO event (id, name, start_date, end_date, timezone, venue, badge_prefix, secret,"
    " created_at) VALUES (1, 'Old', '2026-05-14', '2026-05-14', 'Europe/Vilnius', '', 'ABCD',"
    " 'secret', '2026-01-01 00:00:00')"
)
PEOPLE = [
    ("Kęstutis", "Šetkus", "Lithuania"),
    ("Rūta", "Kairė", "Lietuva"),
    ("Aiga", "Irmeja", "Latvija"),
    ("Mari", "Tamm", "Eesti"),
    ("Jürgen", "Groß", "Deutschland"),
    ("Anna", "Łukaszewska", "Polska"),
    ("Aino", "Virtanen", "Suomi"),
    ("Erik", "Berg", "SE"),
    ("Nobody", "Known", "Atlantis"),
    ("No", "Country", ""),
]


def _old_event(path: Path) -> None:
    db = connect(path, must_exist=False)
    upgrade_to(db, "0005")
    with db.engine.begin() as conn:
        conn.execute(text(EVENT))
        for i, (first, last, country) in enumerate(PEOPLE, 1):
            conn.execute(
                text(
                    "INSERT INTO participant (id, first_name, last_name, email, country, phone,"
                    " title, notes, attention, status, badge_code, search_key, created_at,"
                    " updated_at) VALUES (:i, :f, :l, :e, :c, '', '', '', '', 'active', :b, '',"
                    " '2026-01-01 00:00:00', '2026-01-01 00:00:00')"
                ),
                {"i": i, "f": first, "l": last, "e": f"p{i}@x.eu", "c": country, "b": f"B-{i}"},
            )
        conn.execute(
            text("INSERT INTO organization (id, name, country) VALUES (1, 'LSU', 'Lietuva')")
        )
    db.dispose()


def test_0005_file_gets_english_and_country_codes(tmp_path: Path) -> None:
    path = tmp_path / "old.cdesk"
    _old_event(path)
    opened = open_event(path)
    try:
        assert current_revision(opened) == HEAD_REVISION
        assert event_info(opened).language == "en"
        with opened.read() as s:
            found = dict(s.execute(select(Participant.last_name, Participant.country)).all())
            org = s.scalar(select(Organization.country))
    finally:
        opened.dispose()
    assert found == {
        "Šetkus": "LT",
        "Kairė": "LT",
        "Irmeja": "LV",
        "Tamm": "EE",
        "Groß": "DE",
        "Łukaszewska": "PL",
        "Virtanen": "FI",
        "Berg": "SE",
        "Known": "Atlantis",
        "Country": "",
    }
    assert org == "LT"
