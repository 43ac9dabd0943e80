"""The meetings' small grid (one session of four 20-minute rounds from 13:00, three tables) and
the GUI tests' main window and event file, shared with the big screen's tests."""

from __future__ import annotations

from tests.gui.conftest import english_translations, event_file, window  # noqa: F401
from tests.gui.test_no_database_on_gui_thread import gui_thread_statements  # noqa: F401
from tests.meetings.conftest import grid  # noqa: F401
