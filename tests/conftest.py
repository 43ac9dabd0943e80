"""Shared fixtures: isolated settings, real event files and a real PostgreSQL server; and what the
run skipped for a missing system package, in its summary (tests/system_deps.py)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from clusterdesk.services.events import create_event  # noqa: E402
from clusterdesk.store.engine import EventDB  # noqa: E402
from tests.pg import PostgresServer, find_pg_bin  # noqa: E402
from tests.system_deps import (  # noqa: E402
    QT_FIXTURES,
    imports_qt,
    is_system_skip,
    need_pg,
    qt_gui_problem,
    required,
    skip_reason,
)

NO_QT_FILES = pytest.StashKey[list[str]]()


def pytest_addoption(parser: pytest.Parser, pluginmanager: pytest.PytestPluginManager) -> None:
    """Without Qt's system libraries pytest-qt cannot even configure (it imports QtGui): take it
    out here, the earliest hook a conftest gets, and skip what needs Qt (below). Where the run
    requires Qt (CI) it stays, and ``pytest_configure`` stops the run with the reason."""
    if qt_gui_problem() and not required("qt"):
        pluginmanager.set_blocked("pytest-qt")


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    config.stash[NO_QT_FILES] = []
    problem = qt_gui_problem()
    if problem and required("qt"):
        raise pytest.UsageError(f"{problem} (CLUSTERDESK_REQUIRE_QT is set: this run requires it)")


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """Without Qt's libraries a test file that imports Qt cannot load: leave it out (listed in the
    summary) instead of failing the collection."""
    name = collection_path.name
    if not (name.startswith("test_") and name.endswith(".py")) or not qt_gui_problem():
        return None
    if imports_qt(collection_path):
        config.stash[NO_QT_FILES].append(str(collection_path.relative_to(config.rootpath)))
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    problem = qt_gui_problem()
    if problem is None:
        return
    skip = pytest.mark.skip(reason=skip_reason("qt", problem))
    for item in items:
        if QT_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(skip)


def pytest_terminal_summary(
    terminalreporter: pytest.TerminalReporter, config: pytest.Config
) -> None:
    """One section naming every group of tests not run for want of a system package, and why."""
    reasons: Counter[str] = Counter()
    for report in terminalreporter.stats.get("skipped", []):
        longrepr = report.longrepr
        message = longrepr[2] if isinstance(longrepr, tuple) else str(longrepr)
        message = message.removeprefix("Skipped: ")
        if is_system_skip(message):
            reasons[message] += 1
    files = config.stash.get(NO_QT_FILES, [])
    if not reasons and not files:
        return
    terminalreporter.section(
        "not run here: system packages missing, or CI-only (CI requires them)", sep="-"
    )
    for message, count in sorted(reasons.items()):
        tests = "test skipped" if count == 1 else "tests skipped"
        terminalreporter.write_line(f"{count:5d} {tests}  {message}")
    if files:
        terminalreporter.write_line(
            f"{len(files):5d} test file{'s' * (len(files) != 1)} not loaded (they import Qt)  "
            + skip_reason("qt", qt_gui_problem() or "")
        )
        terminalreporter.write_line("       " + ", ".join(files))


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


@pytest.fixture
def pg_url(pg_server: PostgresServer | None) -> str:
    """The URL of a fresh, empty database on the test server."""
    return need_pg(pg_server).new_database()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def event_target(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where to create an event: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "event.cdesk")
    return need_pg(request.getfixturevalue("pg_server")).new_database()


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
