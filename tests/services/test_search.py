"""The app's one participant search: folding, typos, ranking (the desk), filtering in a column's
order (the Participants page), badge codes, incremental refresh. Real SQLite files."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import delete

from clusterdesk.core.countries import country_name
from clusterdesk.core.errors import UserError
from clusterdesk.services.participants import (
    get_participant,
    input_of,
    search_ids,
    set_registration,
    update_participant,
)
from clusterdesk.services.search import (
    ALL,
    BADGE,
    CLOSE,
    WORDS,
    ParticipantSearch,
    shared_search,
)
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Participant
from tests.checkin.helpers import add_person


def names(db: EventDB, ids: list[int]) -> list[str]:
    return [get_participant(db, i).full_name for i in ids]


@pytest.fixture
def baltic(sqlite_event: EventDB) -> EventDB:
    db = sqlite_event
    add_person(db, "Kęstutis", "Šetkus", org="Klaipėda Science Park")
    add_person(db, "Jürgen", "Groß", org="BioRegio Nord", country="Germany")
    add_person(db, "Åsa", "Ødegård", org="Oslo Cleantech", country="Norway")
    add_person(db, "Þórunn", "Sigurðardóttir", org="Reykjavik Health", country="Iceland")
    add_person(db, "Anna", "Johansson", org="Setkus Consulting", country="Sweden")
    add_person(db, "Олена", "Фесенко", org="Kyiv IT Cluster", country="Ukraine")
    return db


def test_ranked_folds_tolerates_a_typo_and_ranks(baltic: EventDB) -> None:
    db = baltic
    search = ParticipantSearch()
    assert search.refresh(db) == 6 and len(search) == 6
    setkus = search.ranked("Šetkus")[0]

    assert names(db, search.ranked("setkus")) == ["Kęstutis Šetkus", "Anna Johansson"]
    assert names(db, search.ranked("SET")) == ["Kęstutis Šetkus", "Anna Johansson"]
    assert names(db, search.ranked("setkis")) == ["Kęstutis Šetkus", "Anna Johansson"]  # a typo
    assert names(db, search.ranked("kestutsi"))[:1] == ["Kęstutis Šetkus"]  # swapped letters
    assert names(db, search.ranked("gross")) == ["Jürgen Groß"]
    assert names(db, search.ranked("odegard asa")) == ["Åsa Ødegård"]
    assert names(db, search.ranked("thorunn")) == ["Þórunn Sigurðardóttir"]
    assert names(db, search.ranked("фес")) == ["Олена Фесенко"]
    assert names(db, search.ranked("hanss")) == ["Anna Johansson"]  # inside a word
    assert names(db, search.ranked("bioregio")) == ["Jürgen Groß"]  # organisation
    assert search.ranked("jurgen.gross@")  # e-mail
    assert search.ranked("") == [] and search.ranked("zzzzqqq") == []
    assert search.ranked("kes set")[0] == setkus
    assert search.ranked("kes oslo") == []  # every word must match


def test_filtered_keeps_the_column_order_and_falls_back_to_close_matches(baltic: EventDB) -> None:
    db = baltic
    search = ParticipantSearch()
    search.refresh(db)

    everybody = search.filtered("")
    assert everybody.match == ALL and everybody.total == 6
    # by last name, folded: Fesenko (Cyrillic sorts after Latin), Groß, Johansson, Ødegård …
    assert names(db, everybody.ids) == [
        "Jürgen Groß",
        "Anna Johansson",
        "Åsa Ødegård",
        "Kęstutis Šetkus",
        "Þórunn Sigurðardóttir",
        "Олена Фесенко",
    ]
    by_country = search.filtered("", "country", descending=True)
    countries = [country_name(get_participant(db, i).country) for i in by_country.ids]
    assert countries == ["Ukraine", "Sweden", "Norway", "Lithuania", "Iceland", "Germany"]

    found = search.filtered("setkus", "organization")
    assert found.match == WORDS
    assert names(db, found.ids) == ["Kęstutis Šetkus", "Anna Johansson"]  # Klaipėda < Setkus
    assert search.filtered("SET", "name").ids == list(reversed(found.ids))
    assert names(db, search.filtered("hans").ids) == ["Anna Johansson"]  # inside a word
    assert search.filtered("an").ids == search.filtered("anna").ids  # short: word starts only

    close = search.filtered("setkis")  # nobody has the word: one typo away
    assert close.match == CLOSE
    assert names(db, close.ids) == ["Anna Johansson", "Kęstutis Šetkus"]  # in name order
    assert search.filtered("kestutis setkis").ids == [close.ids[1]]
    assert search.filtered("zzzzqqq").ids == [] and search.filtered("100%_").ids == []
    with pytest.raises(UserError):
        search.filtered("", "password")


def test_a_badge_code_finds_its_owner(baltic: EventDB) -> None:
    db = baltic
    pid = search_ids(db, "thorunn")[0]
    code = get_participant(db, pid).badge_code
    search = shared_search(db)
    assert search.filtered(code).ids == [pid] and search.filtered(code).match == BADGE
    scanned = "\\000026" + code.lower() + "\r"  # scanner noise, lower case
    assert search.filtered(scanned).ids == [pid]
    assert search.ranked(code) == [pid]
    assert search_ids(db, code) == [pid]
    other = code[:5] + ("A" if code[5] != "A" else "B") + code[6:]  # nobody's code
    assert search.filtered(other).ids == []


def test_refresh_is_incremental(sqlite_event: EventDB) -> None:
    db = sqlite_event
    a = add_person(db, "Doris", "Pold")
    search = ParticipantSearch()
    search.refresh(db)
    assert search.refresh(db) == 0  # nothing new: one cheap query
    b = add_person(db, "Aiga", "Irmeja", org="Riga Photonics")
    assert search.refresh(db) == 1 and search.ranked("irmeja") == [b]
    data = input_of(get_participant(db, a))
    data.last_name = "Põld-Tamm"
    update_participant(db, a, data)
    assert search.refresh(db) == 1
    assert search.ranked("pold tamm") == [a] and search.filtered("tamm").ids == [a]
    set_registration(db, a, "cancelled")
    assert search.refresh(db) == 1
    assert search.filtered("", "status").ids == [b, a]  # active < cancelled
    with db.write() as s:
        s.execute(delete(Participant).where(Participant.id == b))
    search.refresh(db)
    assert search.ranked("irmeja") == [] and len(search) == 1
    c = add_person(db, "Mart", "Kask")  # one deleted, one added: the count is the same
    with db.write() as s:
        s.execute(delete(Participant).where(Participant.id == a))
    search.refresh(db)
    assert search.filtered("").ids == [c]


def test_many_matches_are_limited_and_sorted(sqlite_event: EventDB) -> None:
    db = sqlite_event
    for i in range(40):
        add_person(db, "Jonathan", f"Smith{i:02d}", org="Kaunas Cluster")
    add_person(db, "Petras", "Jon", org="Vilnius")
    search = ParticipantSearch()
    search.refresh(db)
    found = names(db, search.ranked("jon", limit=30))
    assert len(found) == 30
    # a whole name beats the start of a name; ties alphabetically by last name
    assert found[:3] == ["Petras Jon", "Jonathan Smith00", "Jonathan Smith01"]
    assert found[-1] == "Jonathan Smith28"
    everybody = search.filtered("jon")
    assert len(everybody.ids) == 41 and names(db, everybody.ids)[0] == "Petras Jon"


def test_one_search_per_open_event_used_from_several_threads(sqlite_event: EventDB) -> None:
    db = sqlite_event
    for i in range(30):
        add_person(db, "Rūta", f"Kalnietė{i:02d}")
    assert shared_search(db) is shared_search(db)
    answers: list[int] = []
    problems: list[BaseException] = []

    def ask() -> None:
        try:
            search = shared_search(db)
            search.refresh(db)
            answers.append(len(search.filtered("kalniete").ids))
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)

    threads = [threading.Thread(target=ask) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not problems and answers == [30] * 6


def test_a_latin_keyboard_finds_cyrillic_names(sqlite_event: EventDB) -> None:
    db = sqlite_event
    add_person(db, "Олена", "Фесенко", org="Kyiv IT Cluster", country="Ukraine")
    add_person(db, "Григорій", "Шевчук", org="Харківський кластер", country="Ukraine")
    add_person(db, "Наталья", "Щербакова", org="Санкт-Петербург", country="Russia")
    add_person(db, "Юрій", "Хмельницький", org="Львівська політехніка", country="Ukraine")
    add_person(db, "Oleg", "Fesenkov", org="Riga Tech", country="Latvia")
    search = ParticipantSearch()
    search.refresh(db)
    assert names(db, search.ranked("fesenko")) == ["Олена Фесенко", "Oleg Fesenkov"]
    assert names(db, search.ranked("FESENKO olena")) == ["Олена Фесенко"]
    assert names(db, search.ranked("fesen")) == ["Oleg Fesenkov", "Олена Фесенко"]  # typing on
    assert names(db, search.ranked("фесенко")) == ["Олена Фесенко"]  # Cyrillic still works
    # Ukrainian national system and the Russian passport systems
    assert names(db, search.ranked("hryhorii")) == ["Григорій Шевчук"]
    assert names(db, search.ranked("shevchuk")) == ["Григорій Шевчук"]
    assert names(db, search.ranked("natalya")) == ["Наталья Щербакова"]
    assert names(db, search.ranked("natalia shcherbakova")) == ["Наталья Щербакова"]
    assert names(db, search.ranked("yurii khmelnytskyi")) == ["Юрій Хмельницький"]
    assert names(db, search.ranked("khmelnitskiy")) == ["Юрій Хмельницький"]
    assert names(db, search.ranked("kharkivskyi")) == ["Григорій Шевчук"]  # organisation
    assert names(db, search.ranked("fesenco")) == ["Oleg Fesenkov", "Олена Фесенко"]  # a typo
    # the Participants page's filter and `participants --search`: the same index
    assert names(db, search.filtered("fesenko").ids) == ["Oleg Fesenkov", "Олена Фесенко"]
    assert names(db, search_ids(db, "shcherbakova")) == ["Наталья Щербакова"]
