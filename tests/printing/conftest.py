"""Print page fixtures: a demo event and the real Print page on it, with a real task runner."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from clusterdesk.services.demo import build_demo
from clusterdesk.services.events import open_event
from clusterdesk.store.engine import EventDB


@dataclass
class PageEnv:
    page: object  # PrintPage
    context: object  # PageContext
    db: EventDB
    topics: list[str]


@pytest.fixture
def demo_db(tmp_path: Path) -> Iterator[EventDB]:
    build_demo(tmp_path / "e.cdesk", participants=40)
    db = open_event(tmp_path / "e.cdesk")
    yield db
    db.dispose()


@pytest.fixture
def print_env(qtbot, demo_db: EventDB) -> Iterator[PageEnv]:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QWidget

    from clusterdesk.ui.context import EventBus, PageContext
    from clusterdesk.ui.printing.page import PrintPage
    from clusterdesk.ui.settings import AppSettings
    from clusterdesk.ui.workers import TaskRunner

    window = QWidget()
    qtbot.addWidget(window)
    runner = TaskRunner(window)
    context = PageContext(runner, AppSettings(), EventBus(), window)
    topics: list[str] = []
    context.bus.changed.connect(topics.append)
    page = PrintPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    page.set_event(demo_db)
    page.on_shown()
    qtbot.waitUntil(lambda: page.pipeline.ready, timeout=60_000)
    yield PageEnv(page, context, demo_db, topics)
    page.pipeline.close()
    runner.cancel_all()
    runner.wait()
