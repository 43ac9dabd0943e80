"""A real event file to share (60 people, Baltic names) and the clean-up after each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from clusterdesk.services.demo import build_demo
from tests.sharing.helpers import clean_up, need_server_binaries


@pytest.fixture
def event_file(tmp_path: Path) -> Iterator[Path]:
    need_server_binaries()
    path = tmp_path / "forum.cdesk"
    build_demo(path, participants=60)
    yield path
    clean_up(path)
