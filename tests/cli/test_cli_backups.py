"""The CLI's import and schedule take the app's automatic backup first; `backups` lists them with
what they hold and `restore` brings one back (undoable). A failing backup is a warning only."""

from __future__ import annotations

from pathlib import Path

from clusterdesk.core.paths import event_backups_dir
from tests.cli.helpers import cli


def _people(path: Path) -> Path:
    people = path.parent / "people.csv"
    people.write_text("first_name,last_name,email\nRūta,Šetkė,ruta@x.lt\n", encoding="utf-8")
    return people


def test_import_and_schedule_back_up_first_and_restore_undoes(tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    assert cli("demo", str(event), "--participants", "40").code == 0
    assert cli("import", "participants", str(event), str(_people(event))).code == 0
    assert cli("schedule", str(event), "--time-limit", "2").code == 0
    listed = cli("backups", str(event), "--json").json()["backups"]
    assert [b["reason"] for b in listed] == ["schedule", "import"]
    before_import = listed[1]
    assert before_import["participants"] == listed[0]["participants"] - 1
    assert before_import["error"] is None and before_import["meetings"] == 0
    done = cli("restore", str(event), before_import["file"], "--json")
    assert done.code == 0, done.err
    restored = done.json()
    assert restored["safety_backup"] and restored["set_aside"] is None
    found = cli("participants", str(event), "--search", "Šetkė")
    assert "ruta@x.lt" not in found.out
    assert cli("restore", str(event), restored["safety_backup"]).code == 0  # the undo
    assert "ruta@x.lt" in cli("participants", str(event), "--search", "Šetkė").out


def test_a_failing_backup_warns_and_the_import_goes_on(tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    assert cli("new", str(event), "--name", "F", "--start", "2026-05-14").code == 0
    folder = event_backups_dir(event.resolve())
    folder.rmdir()
    folder.write_bytes(b"")  # no backup folder can be made there
    run = cli("import", "participants", str(event), str(_people(event)))
    assert run.code == 0
    assert "warning: the automatic backup before the import failed" in run.err
    assert "1 created" in run.out


def test_restore_of_a_file_that_is_no_event_takes_the_newest_good_backup(tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    assert cli("demo", str(event), "--participants", "30").code == 0
    assert cli("import", "participants", str(event), str(_people(event))).code == 0
    event.write_bytes(b"\0" * 8192)
    assert cli("participants", str(event)).code == 2
    run = cli("restore", str(event), "--json")
    assert run.code == 0, run.err
    assert Path(run.json()["set_aside"]).read_bytes() == b"\0" * 8192
    assert cli("participants", str(event)).code == 0
