from __future__ import annotations

from pathlib import Path

from clusterdesk.services.backup import automatic_backup, backup_event
from clusterdesk.services.events import event_info, open_event
from clusterdesk.services.participants import (
    ParticipantInput,
    create_participant,
    list_participants,
)
from clusterdesk.store.engine import EventDB


def test_backup_of_file_or_server_event_opens_as_a_file(event_db: EventDB, tmp_path: Path) -> None:
    create_participant(
        event_db, ParticipantInput(first_name="Þórunn", last_name="Ólafsdóttir", email="t@is.is")
    )
    dest = backup_event(event_db, tmp_path / "backup.cdesk")
    copy = open_event(dest)
    assert [r.last_name for r in list_participants(copy)] == ["Ólafsdóttir"]
    assert event_info(copy).badge_prefix == event_info(event_db).badge_prefix
    copy.dispose()


def test_automatic_backups_rotate(sqlite_event: EventDB) -> None:
    first = automatic_backup(sqlite_event, keep=2)
    assert first is not None and first.exists()
    folder = first.parent
    for i in range(3):
        (folder / f"event-2000010{i}-000000.cdesk").write_bytes(b"old")
    automatic_backup(sqlite_event, keep=2)
    assert len(list(folder.glob("event-*.cdesk"))) == 2
