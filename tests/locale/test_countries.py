"""Countries as ISO 3166 codes: recognised on import from names in English, Lithuanian and the
region's languages and from codes; the rest kept as written and listed in the import report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from clusterdesk.core.countries import country_name, recognise
from clusterdesk.services.events import create_event, event_info, open_event
from clusterdesk.services.people_import import import_participants
from clusterdesk.services.stats import event_stats
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Organization, Participant
from tests.cli.helpers import cli

CSV = """first_name,last_name,email,organization,country
Kęstutis,Šetkus,k@lsu.lt,LSU,Lietuva
Rūta,Kairė,r@ktu.lt,KTU,Lithuania
Aiga,Ozola,a@riga.lv,RTU,Latvija
Mari,Tamm,m@taltech.ee,TalTech,Eesti
Jürgen,Groß,j@fraunhofer.de,Fraunhofer,Deutschland
Anna,Łukaszewska,a@pw.edu.pl,PW,Polska
Aino,Virtanen,a@aalto.fi,Aalto,Suomi
Erik,Berg,e@kth.se,KTH,SE
Olaf,Nord,o@ntnu.no,NTNU,NOR
Zed,Atlantean,z@atlantis.example,Poseidon,Atlantis
Nil,Nowhere,n@example.org,Nowhere Inc,
"""


@pytest.mark.parametrize(
    "text,code",
    [
        ("Lietuva", "LT"),
        ("Lithuania", "LT"),
        ("lt", "LT"),
        ("LTU", "LT"),
        ("Latvija", "LV"),
        ("Eesti", "EE"),
        ("Deutschland", "DE"),
        ("Polska", "PL"),
        ("Suomi", "FI"),
        ("Sverige", "SE"),
        ("Vokietija", "DE"),
        ("Russia", "RU"),
        ("  lietuva ", "LT"),
        ("Atlantis", None),
        ("", None),
    ],
)
def test_recognised(text: str, code: str | None) -> None:
    assert recognise(text) == code


def test_names_in_a_language() -> None:
    assert country_name("LT", "en") == "Lithuania"
    assert country_name("LT", "lt") == "Lietuva"
    assert country_name("DE", "lt") == "Vokietija"
    assert country_name("Atlantis", "lt") == "Atlantis"  # not recognised: as written
    assert country_name("", "lt") == ""


def _import(db: EventDB, tmp_path: Path) -> list[str]:
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    return import_participants(db, path).unknown_countries


def test_import_stores_codes_and_lists_the_unknown(event_db: EventDB, tmp_path: Path) -> None:
    assert _import(event_db, tmp_path) == ["Atlantis"]
    with event_db.read() as s:
        found = dict(s.execute(select(Participant.email, Participant.country)).all())
        orgs = dict(s.execute(select(Organization.name, Organization.country)).all())
    assert found == {
        "k@lsu.lt": "LT",
        "r@ktu.lt": "LT",
        "a@riga.lv": "LV",
        "m@taltech.ee": "EE",
        "j@fraunhofer.de": "DE",
        "a@pw.edu.pl": "PL",
        "a@aalto.fi": "FI",
        "e@kth.se": "SE",
        "o@ntnu.no": "NO",
        "z@atlantis.example": "Atlantis",
        "n@example.org": "",
    }
    assert orgs["LSU"] == "LT" and orgs["Poseidon"] == "Atlantis"
    by_country = event_stats(event_db).by_country
    assert by_country["LT"] == 2  # "Lietuva" and "Lithuania" are one country
    assert "Lietuva" not in by_country and "Lithuania" not in by_country


def test_cli_import_warns_of_unknown_countries(tmp_path: Path) -> None:
    event = tmp_path / "e.cdesk"
    assert cli("new", str(event), "--name", "Forum", "--start", "2026-05-14").code == 0
    path = tmp_path / "people.csv"
    path.write_text(CSV, encoding="utf-8")
    run = cli("import", "participants", str(event), str(path))
    assert run.code == 0, run.err
    assert "countries not recognised" in run.err and "'Atlantis'" in run.err
    listed = cli("participants", str(event), "--json").json()["participants"]
    assert {p["email"]: p["country"] for p in listed}["k@lsu.lt"] == "LT"


def test_cli_new_with_a_language(tmp_path: Path) -> None:
    event = tmp_path / "lt.cdesk"
    run = cli("new", str(event), "--name", "Forumas", "--start", "2026-05-14", "--language", "lt")
    assert run.code == 0, run.err
    opened = open_event(event)
    try:
        assert event_info(opened).language == "lt"
    finally:
        opened.dispose()
    bad = cli(
        "new", str(tmp_path / "x.cdesk"), "--name", "X", "--start", "2026-05-14", "--language", "fr"
    )
    assert bad.code == 2 and "fr" in bad.err
    assert not (tmp_path / "x.cdesk").exists()


def test_default_language_is_english(tmp_path: Path) -> None:
    db = create_event(tmp_path / "e.cdesk", name="Forum", start=date(2026, 5, 14))
    try:
        assert event_info(db).language == "en"
    finally:
        db.dispose()
