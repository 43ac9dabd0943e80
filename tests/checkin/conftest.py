"""Fixtures of the check-in tests.

``event_db`` here is the same idea as the project-wide fixture (every test runs on a real SQLite
file and on the real PostgreSQL server) but creates each event once per module and empties its
tables between tests: creating a PostgreSQL event costs seconds, emptying it milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import delete

from clusterdesk.services.events import create_event
from clusterdesk.store.engine import EventDB
from clusterdesk.store.models import Base
from tests.checkin.helpers import add_person
from tests.system_deps import need_pg

KEEP = {"event", "alembic_version", "setting"}


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def module_event(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[EventDB]:
    if request.param == "sqlite":
        target = str(tmp_path_factory.mktemp("event") / "event.cdesk")
    else:
        target = need_pg(request.getfixturevalue("pg_server")).new_database()
    db = create_event(target, name="Baltic Cluster Forum", start=date(2026, 5, 14), venue="Vilnius")
    yield db
    db.dispose()


def empty_tables(db: EventDB) -> None:
    with db.write() as s:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name not in KEEP:
                s.execute(delete(table))


@pytest.fixture
def event_db(module_event: EventDB) -> EventDB:
    """A real event (SQLite, then PostgreSQL) with no participants, logs or check-ins."""
    empty_tables(module_event)
    return module_event


@pytest.fixture
def people(event_db: EventDB) -> dict[str, int]:
    """A few participants on the event (SQLite and PostgreSQL)."""
    return {
        "kestutis": add_person(event_db, "Kęstutis", "Šetkus"),
        "jolanta": add_person(event_db, "Jolanta", "Aviženytė", org="Vilnius Tech Cluster"),
        "olena": add_person(
            event_db,
            "Олена",
            "Фесенко",
            org="Kyiv IT Cluster",
            country="Ukraine",
            attention="VIP — welcome by the host",
        ),
        "jurgen": add_person(
            event_db, "Jürgen", "Groß", org="BioRegio Nord", country="Germany", category="Investor"
        ),
    }


@pytest.fixture
def sqlite_path(tmp_path: Path) -> Path:
    return tmp_path / "event.cdesk"
