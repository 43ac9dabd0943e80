"""Badge printing from the event: selection, real PDFs read back, the print log, the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
import pytest

from clusterdesk.core.errors import UserError
from clusterdesk.services.checkin import check_in
from clusterdesk.services.participants import ParticipantInput, create_participant, set_registration
from clusterdesk.services.printing import BadgeSelection, printed_counts, record_prints, render
from clusterdesk.store.engine import EventDB
from tests.cli.helpers import cli
from tests.printing.helpers import prepare_badges

PEOPLE = [
    ("Kęstutis", "Šetkus", "Company"),
    ("Aiga", "Ģērmanis", "Research"),
    ("Олена", "Фесенко", "Company"),
    ("Þórunn", "Sigurðardóttir", "Press"),
]


def _people(db: EventDB) -> list[int]:
    return [
        create_participant(
            db,
            ParticipantInput(
                first_name=f,
                last_name=last,
                category=c,
                email=f"p{i}@example.org",
                organization="Org",
            ),
        )
        for i, (f, last, c) in enumerate(PEOPLE)
    ]


def _text(pdf: Path) -> str:
    with pdfplumber.open(pdf) as doc:
        return "\n".join(page.extract_text() or "" for page in doc.pages)


def test_selection_filters(event_db: EventDB) -> None:
    ids = _people(event_db)
    assert (
        prepare_badges(event_db, BadgeSelection()).ids
        == sorted(ids, key=lambda i: PEOPLE[ids.index(i)][1])
        or len(prepare_badges(event_db, BadgeSelection()).ids) == 4
    )
    company = prepare_badges(event_db, BadgeSelection(category="Company"))
    assert sorted(company.ids) == sorted([ids[0], ids[2]])
    set_registration(event_db, ids[1], "cancelled")
    assert ids[1] not in prepare_badges(event_db, BadgeSelection()).ids
    picked = prepare_badges(event_db, BadgeSelection(participant_ids=(ids[3],)))
    assert picked.ids == [ids[3]]
    by_mail = prepare_badges(event_db, BadgeSelection(emails=("P0@example.org",)))
    assert by_mail.ids == [ids[0]]
    with pytest.raises(UserError, match="nobody@example.org"):
        prepare_badges(event_db, BadgeSelection(emails=("nobody@example.org",)))


def test_not_printed_and_checked_in(event_db: EventDB) -> None:
    ids = _people(event_db)
    record_prints(event_db, "badge", [ids[0]], layout="a6-portrait")
    assert record_prints(event_db, "badge", [ids[0]], layout="a6-portrait").reprints == 1
    assert printed_counts(event_db) == {ids[0]: 2}
    rest = prepare_badges(event_db, BadgeSelection(only_not_printed=True)).ids
    assert ids[0] not in rest and len(rest) == 3
    check_in(event_db, participant_id=ids[2], desk="Desk 1")
    inside = prepare_badges(event_db, BadgeSelection(only_checked_in=True)).ids
    assert inside == [ids[2]]


def test_rendered_names_read_back_exactly(sqlite_event: EventDB, tmp_path: Path) -> None:
    _people(sqlite_event)
    job = prepare_badges(sqlite_event, BadgeSelection(), "a6-4up-a4")
    stats = render(job, tmp_path / "b.pdf")
    assert stats.items == 4 and stats.pages == 1
    text = _text(tmp_path / "b.pdf")
    for first, last, _ in PEOPLE:
        assert first in text and last in text


def test_cli_badges_and_print_log(tmp_path: Path) -> None:
    event = tmp_path / "demo.cdesk"
    assert cli("demo", str(event), "--participants", "40").code == 0
    people = cli("participants", str(event), "--json").json()["participants"]
    email = people[0]["email"]
    out = tmp_path / "one.pdf"
    run = cli("badges", str(event), str(out), "--participant", email, "--layout", "cr80-card")
    assert run.code == 0, run.err
    assert people[0]["last_name"] in _text(out)
    again = cli("badges", str(event), str(tmp_path / "rest.pdf"), "--not-printed")
    assert again.code == 0
    active = [p for p in people if p["status"] == "active"]
    assert f"{len(active) - 1} badges" in again.out


def test_cli_bad_layout_or_email_changes_nothing(tmp_path: Path) -> None:
    event = tmp_path / "demo.cdesk"
    assert cli("demo", str(event), "--participants", "10").code == 0
    bad = tmp_path / "broken.json"
    layout = json.loads(
        (Path(__file__).parents[2] / "resources/badges/a6-portrait.json").read_text()
    )
    layout["elements"][0]["x"] = "left"
    bad.write_text(json.dumps(layout))
    out = tmp_path / "x.pdf"
    run = cli("badges", str(event), str(out), "--layout", str(bad))
    assert run.code == 2
    assert "broken.json" in run.err and "elements[0].x" in run.err
    assert not out.exists()
    run = cli("badges", str(event), str(out), "--participant", "ghost@example.org")
    assert run.code == 2 and "ghost@example.org" in run.err
    assert not out.exists()
    stats = cli("stats", str(event), "--json")
    assert stats.code == 0


def test_foldover_badges_carry_each_agenda(tmp_path: Path) -> None:
    from clusterdesk.services.demo import build_demo
    from clusterdesk.services.events import open_event
    from clusterdesk.services.meetings import list_meetings
    from tests.printing.helpers import place_meetings

    build_demo(tmp_path / "e.cdesk", participants=30)
    db = open_event(tmp_path / "e.cdesk")
    try:
        assert place_meetings(db, 20) == 20
        first = list_meetings(db)[0]
        job = prepare_badges(
            db, BadgeSelection(emails=(first.participants[0],)), "a4-foldover-agenda"
        )
        (record,) = job.document.records  # type: ignore[attr-defined]
        assert (first.table, first.names[1]) in {(t, who) for _, t, who in record.agenda}
        render(job, tmp_path / "fold.pdf")
        text = _text(tmp_path / "fold.pdf")  # the agenda half is printed upside down
        assert first.names[1] in text or first.names[1][::-1] in text
    finally:
        db.dispose()
