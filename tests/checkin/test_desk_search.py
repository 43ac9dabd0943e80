"""The desk's in-memory search: folding, typos, ranking, incremental refresh (real SQLite file)."""

from __future__ import annotations

from sqlalchemy import delete

from clusterdesk.services.desk_search import DeskSearch
from clusterdesk.services.participants import (
    get_participant,
    input_of,
    update_participant,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Participant
from tests.checkin.helpers import add_person


def names(db: EventDB, ids: list[int]) -> list[str]:
    return [get_participant(db, i).full_name for i in ids]


def test_search_folds_tolerates_a_typo_and_ranks(sqlite_event: EventDB) -> None:
    db = sqlite_event
    setkus = add_person(db, "Kęstutis", "Šetkus", org="Klaipėda Science Park")
    add_person(db, "Jürgen", "Groß", org="BioRegio Nord", country="Germany")
    add_person(db, "Åsa", "Ødegård", org="Oslo Cleantech", country="Norway")
    add_person(db, "Þórunn", "Sigurðardóttir", org="Reykjavik Health", country="Iceland")
    add_person(db, "Anna", "Johansson", org="Setkus Consulting", country="Sweden")
    add_person(db, "Олена", "Фесенко", org="Kyiv IT Cluster", country="Ukraine")
    index = DeskSearch()
    assert index.refresh(db) == 6 and len(index) == 6

    assert names(db, index.search("setkus")) == ["Kęstutis Šetkus", "Anna Johansson"]  # name first
    assert names(db, index.search("SET")) == ["Kęstutis Šetkus", "Anna Johansson"]
    assert names(db, index.search("setkis")) == ["Kęstutis Šetkus", "Anna Johansson"]  # a typo
    assert names(db, index.search("kestutsi"))[:1] == ["Kęstutis Šetkus"]  # swapped letters
    assert names(db, index.search("gross")) == ["Jürgen Groß"]
    assert names(db, index.search("odegard asa")) == ["Åsa Ødegård"]
    assert names(db, index.search("thorunn")) == ["Þórunn Sigurðardóttir"]
    assert names(db, index.search("фес")) == ["Олена Фесенко"]
    assert names(db, index.search("hanss")) == ["Anna Johansson"]  # inside a word
    assert names(db, index.search("bioregio")) == ["Jürgen Groß"]  # organisation
    assert index.search("jurgen.gross@")  # e-mail
    assert index.search("") == [] and index.search("zzzzqqq") == []
    assert index.search("kes set")[0] == setkus
    assert index.search("kes oslo") == []  # every word must match


def test_refresh_is_incremental(sqlite_event: EventDB) -> None:
    db = sqlite_event
    a = add_person(db, "Doris", "Pold")
    index = DeskSearch()
    index.refresh(db)
    assert index.refresh(db) == 0  # nothing new: one cheap query
    b = add_person(db, "Aiga", "Irmeja", org="Riga Photonics")
    assert index.refresh(db) == 1 and index.search("irmeja") == [b]
    data = input_of(get_participant(db, a))
    data.last_name = "Põld-Tamm"
    update_participant(db, a, data)
    assert index.refresh(db) == 1
    assert index.search("pold tamm") == [a] and index.search("tamm") == [a]
    with db.write() as s:
        s.execute(delete(Participant).where(Participant.id == b))
    index.refresh(db)
    assert index.search("irmeja") == [] and len(index) == 1


def test_many_matches_are_limited_and_sorted(sqlite_event: EventDB) -> None:
    db = sqlite_event
    for i in range(40):
        add_person(db, "Jonathan", f"Smith{i:02d}", org="Kaunas Cluster")
    add_person(db, "Petras", "Jon", org="Vilnius")
    index = DeskSearch()
    index.refresh(db)
    found = names(db, index.search("jon", limit=30))
    assert len(found) == 30
    # a whole name beats the start of a name; ties alphabetically by last name
    assert found[:3] == ["Petras Jon", "Jonathan Smith00", "Jonathan Smith01"]
    assert found[-1] == "Jonathan Smith28"
