"""Fixtures of the reliability tests: a realistic event file (the demo, 150 people) built once per
session and copied for each test that damages, fills or locks it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from clusterdesk.services.demo import build_demo


@pytest.fixture(scope="session")
def demo_master(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo-master") / "forum.cdesk"
    build_demo(path, participants=150, seed=7)
    return path


@pytest.fixture
def demo_file(demo_master: Path, tmp_path: Path) -> Path:
    """A private copy of the demo event (no -wal beside it: nobody has it open)."""
    path = tmp_path / "forum.cdesk"
    shutil.copyfile(demo_master, path)
    return path
