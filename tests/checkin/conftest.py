from __future__ import annotations

import pytest

from clusterdesk.store.engine import EventDB
from tests.checkin.helpers import add_person


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
        ),  # fmt: skip
        "jurgen": add_person(
            event_db, "Jürgen", "Groß", org="BioRegio Nord", country="Germany", category="Investor"
        ),  # fmt: skip
    }
