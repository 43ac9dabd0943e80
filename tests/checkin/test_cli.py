"""`clusterdesk checkin`: exit codes 0/3/4, messages and the JSON contract of docs/cli.md."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from clusterdesk.cli import main
from clusterdesk.core import badge_codes
from clusterdesk.services.events import badge_keys, create_event
from clusterdesk.services.participants import set_registration
from clusterdesk.store.engine import EventDB
from tests.checkin.helpers import add_person, code_of

KEYS = {"result", "reason", "participant", "checked_in_at", "desk"}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_checkin_exit_codes_and_messages(sqlite_event: EventDB, capsys, tmp_path: Path) -> None:
    pid = add_person(
        sqlite_event,
        "Åsa",
        "Ødegård",
        org="Oslo Cleantech",
        country="Norway",
        attention="Press — give the press pack",
    )
    code = code_of(sqlite_event, pid)
    event = sqlite_event.target

    rc, out, _ = run(capsys, "checkin", event, code, "--desk", "Desk 1")
    assert rc == 0 and "Checked in: Åsa Ødegård (Oslo Cleantech)" in out and "Desk 1" in out
    assert "Attention: Press — give the press pack" in out

    rc, _, err = run(capsys, "checkin", event, code, "--desk", "Desk 2")
    assert rc == 3 and "Already checked in" in err and "at desk Desk 1" in err

    rc, out, _ = run(capsys, "checkin", event, code, "--undo", "--desk", "Desk 2")
    assert rc == 0 and "undone" in out
    rc, _, err = run(capsys, "checkin", event, code, "--undo")
    assert rc == 4 and "not checked in" in err

    altered = code[:5] + ("Z" if code[5] != "Z" else "Y") + code[6:]
    rc, _, err = run(capsys, "checkin", event, altered)
    assert rc == 4 and "altered or forged" in err

    rc, _, err = run(capsys, "checkin", event, badge_codes.new_code(*badge_keys(sqlite_event)))
    assert rc == 4 and "unknown badge code" in err

    other = create_event(tmp_path / "other.cdesk", name="Other", start=date(2026, 1, 2))
    rc, _, err = run(capsys, "checkin", event, badge_codes.new_code(*badge_keys(other)))
    other.dispose()
    assert rc == 4 and "another event" in err

    set_registration(sqlite_event, pid, "cancelled")
    rc, _, err = run(capsys, "checkin", event, code)
    assert rc == 4 and "registration cancelled" in err and "Åsa Ødegård" in err

    rc, _, err = run(capsys, "checkin", str(tmp_path / "missing.cdesk"), code)
    assert rc == 2 and "No event file" in err


def test_checkin_json(event_db: EventDB, capsys) -> None:
    pid = add_person(
        event_db, "Þórunn", "Sigurðardóttir", org="Reykjavik Health Cluster", country="Iceland"
    )
    code = code_of(event_db, pid)
    rc, out, _ = run(capsys, "checkin", event_db.target, code, "--desk", "D1", "--json")
    data = json.loads(out)
    assert rc == 0 and KEYS <= data.keys()
    assert data["result"] == "checked_in" and data["desk"] == "D1" and data["reason"] is None
    assert data["participant"]["last_name"] == "Sigurðardóttir"
    assert data["participant"]["badge_code"] == code
    assert data["checked_in_at"].endswith("+00:00")

    rc, out, _ = run(capsys, "checkin", event_db.target, code, "--desk", "D2", "--json")
    again = json.loads(out)
    assert rc == 3 and again["result"] == "already_checked_in"
    assert again["desk"] == "D1" and again["checked_in_at"] == data["checked_in_at"]

    rc, out, _ = run(capsys, "checkin", event_db.target, "\\000026" + code + "X", "--json")
    bad = json.loads(out)
    assert rc == 4 and bad == {
        **bad,
        "result": "rejected",
        "reason": "not_a_code",
        "participant": None,
        "checked_in_at": None,
        "desk": None,
    }

    rc, out, _ = run(capsys, "participants", event_db.target, "--json")
    (row,) = json.loads(out)["participants"]
    assert row["badge_code"] == code and row["checked_in_desk"] == "D1"
    assert row["checked_in_at"] == data["checked_in_at"]

    rc, out, _ = run(capsys, "checkin", event_db.target, code, "--undo", "--json")
    assert rc == 0 and json.loads(out)["result"] == "undone"
