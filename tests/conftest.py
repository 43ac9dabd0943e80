"""Shared fixtures: isolated settings, real event files and a real PostgreSQL server."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clusterdesk.services.events import create_event  # noqa: E402
from clusterdesk.store.engine import EventDB  # noqa: E402
from tests.pg import PostgresServer, find_pg_bin  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """Settings, data and logs of every test live in a temporary directory."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CLUSTERDESK_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def pg_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PostgresServer | None]:
    """One real PostgreSQL server for the session (initdb + pg_ctl on a temp dir, loopback)."""
    if find_pg_bin() is None:
        yield None
        return
    base = Path(tempfile.mkdtemp(prefix="clusterdesk-pg-"))  # not under pytest's 0700 root dir
    server = PostgresServer(base)
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(base, ignore_errors=True)


def _need_pg(server: PostgresServer | None) -> PostgresServer:
    if server is None:
        if os.environ.get("CLUSTERDESK_REQUIRE_POSTGRES"):
            pytest.fail("PostgreSQL binaries are required (CLUSTERDESK_REQUIRE_POSTGRES is set)")
        pytest.skip("PostgreSQL server binaries not found")
    return server


@pytest.fixture
def pg_url(pg_server: PostgresServer | None) -> str:
    """The URL of a fresh, empty database on the test server."""
    return _need_pg(pg_server).new_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def event_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where to create an event: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "event.cdesk")
    return _need_pg(request.getfixturevalue("pg_server")).new_database()


@pytest.fixture
def event_db(event_target: str) -> Iterator[EventDB]:
    """A new, empty event on SQLite and on PostgreSQL (the test runs once for each)."""
    db = create_event(
        event_target, name="Baltic Cluster Forum", start=date(2026, 5, 14), venue="Vilnius"
    )
    yield db
    db.dispose()


@pytest.fixture
def sqlite_event(tmp_path: Path) -> Iterator[EventDB]:
    db = create_event(
        tmp_path / "event.cdesk", name="Baltic Cluster Forum", start=date(2026, 5, 14)
    )
    yield db
    db.dispose()
