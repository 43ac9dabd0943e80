"""The meetings' small grid (one session of four 20-minute rounds from 13:00, three tables) for
the big screen's tests, on SQLite and PostgreSQL."""

from __future__ import annotations

from tests.meetings.conftest import Grid, grid  # noqa: F401 - the fixture, shared

__all__ = ["Grid"]
