from __future__ import annotations

from pathlib import Path

import pytest

from clusterdesk import __version__
from tests.cli.helpers import cli


def test_version() -> None:
    run = cli("--version")
    assert run.code == 0
    assert __version__ in run.out


def test_new_event_then_refuse_to_overwrite(tmp_path: Path) -> None:
    event = tmp_path / "forum.cdesk"
    run = cli("new", str(event), "--name", "Forum", "--start", "2026-05-14", "--venue", "Vilnius")
    assert run.code == 0, run.err
    assert event.exists()
    again = cli("new", str(event), "--name", "Forum", "--start", "2026-05-14")
    assert again.code == 2
    assert "already exists" in again.err


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--start", "14.05.2026"], "YYYY-MM-DD"),
        (["--start", "2026-05-14", "--end", "2026-05-01"], "before it starts"),
        (["--start", "2026-05-14", "--timezone", "Mars/Olympus"], "Unknown time zone"),
    ],
)
def test_new_bad_input(tmp_path: Path, args: list[str], message: str) -> None:
    event = tmp_path / "bad.cdesk"
    run = cli("new", str(event), "--name", "X", *args)
    assert run.code == 2
    assert message in run.err
    assert not event.exists()


def test_bad_usage_exits_2() -> None:
    run = cli("stats")
    assert run.code == 2
    assert "EVENT" in run.err or "required" in run.err


def test_demo_participants_stats_json(tmp_path: Path) -> None:
    event = tmp_path / "demo.cdesk"
    run = cli("demo", str(event), "--participants", "120", "--seed", "7")
    assert run.code == 0, run.err

    people = cli("participants", str(event), "--json").json()["participants"]
    assert len(people) == 120
    keys = {
        "id",
        "first_name",
        "last_name",
        "email",
        "organization",
        "country",
        "category",
        "badge_code",
        "checked_in_at",
        "checked_in_desk",
    }
    assert keys <= set(people[0])
    assert all(p["badge_code"] for p in people)
    assert len({p["badge_code"] for p in people}) == 120
    assert all(p["checked_in_at"] is None for p in people)

    stats = cli("stats", str(event), "--json").json()
    for key in (
        "participants",
        "countries",
        "organizations",
        "checked_in",
        "meetings_scheduled",
        "meetings_held",
        "no_shows",
        "by_country",
        "by_category",
    ):
        assert key in stats
    assert stats["participants"] + stats["cancelled"] == 120
    assert stats["countries"] >= 7
    assert sum(stats["by_country"].values()) == stats["participants"]

    text = cli("stats", str(event))
    assert text.code == 0 and "Participants" in text.out


def test_demo_is_deterministic_for_a_seed(tmp_path: Path) -> None:
    def names(seed: str, name: str) -> list[tuple[str, str, str]]:
        event = tmp_path / name
        assert cli("demo", str(event), "--participants", "60", "--seed", seed).code == 0
        people = cli("participants", str(event), "--json").json()["participants"]
        return [(p["first_name"], p["last_name"], p["email"]) for p in people]

    assert names("3", "a.cdesk") == names("3", "b.cdesk")
    assert names("3", "a2.cdesk") != names("4", "c.cdesk")


def test_participants_search(tmp_path: Path) -> None:
    event = tmp_path / "demo.cdesk"
    assert cli("demo", str(event), "--participants", "220").code == 0
    found = cli("participants", str(event), "--search", "setkus", "--json").json()
    assert found["participants"]
    assert all(p["last_name"] == "Šetkus" for p in found["participants"])
    text = cli("participants", str(event), "--search", "setkus")
    assert "Šetkus" in text.out


def test_backup_makes_an_event_that_opens(tmp_path: Path) -> None:
    event = tmp_path / "demo.cdesk"
    assert cli("demo", str(event), "--participants", "50").code == 0
    copy = tmp_path / "copy.cdesk"
    run = cli("backup", str(event), str(copy))
    assert run.code == 0, run.err
    assert (
        cli("participants", str(copy), "--json").json()
        == cli("participants", str(event), "--json").json()
    )
    again = cli("backup", str(event), str(copy))
    assert again.code == 2 and "already exists" in again.err


def test_not_an_event_file_exits_2_and_is_untouched(tmp_path: Path) -> None:
    bogus = tmp_path / "people.csv"
    bogus.write_text("first_name;last_name\nA;B\n", encoding="utf-8")
    run = cli("stats", str(bogus))
    assert run.code == 2
    assert "not a ClusterDesk event" in run.err
    assert bogus.read_text(encoding="utf-8") == "first_name;last_name\nA;B\n"


def test_unreachable_server_is_a_clear_error_without_traceback() -> None:
    run = cli("stats", "postgresql+psycopg://nobody:s3cret@127.0.0.1:1/none")
    assert run.code == 2
    assert "The database server 127.0.0.1:1/none is not reachable" in run.err
    assert "Connection refused" in run.err
    assert "s3cret" not in run.err
    assert "Traceback" not in run.err
