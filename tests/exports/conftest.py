"""Fixtures of the export tests: a planned event (see ``forum.py``) and a headless Chromium."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.exports.forum import Forum, make_forum
from tests.system_deps import need

CHROMIUM = os.environ.get("CLUSTERDESK_CHROMIUM", "/usr/bin/chromium")


@pytest.fixture
def forum(tmp_path: Path) -> Iterator[Forum]:
    f = make_forum(tmp_path / "forum.cdesk")
    yield f
    f.db.dispose()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Debian's Chromium driven by Playwright (its own browser download cannot work offline)."""
    if not Path(CHROMIUM).exists():
        need("chromium", f"Chromium not found at {CHROMIUM}: sudo apt-get install chromium")
    from playwright.sync_api import sync_playwright  # a test extra: `make test` installs it

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield browser
        browser.close()
