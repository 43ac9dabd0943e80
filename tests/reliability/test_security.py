"""What reaches the operator's terminal and the log: escape sequences shown, not obeyed;
passwords, badge codes and e-mail addresses masked; a scan starting with "-" is a code."""

from __future__ import annotations

import json
import logging
import sqlite3
from pathlib import Path

import pytest

from clusterdesk.cli.common import log_file, setup_logging
from clusterdesk.core.safe_text import (
    clean_email,
    clean_field,
    for_terminal,
    mask_password,
    mask_secrets,
)
from clusterdesk.services.faults import bug_summary
from tests.cli.helpers import cli

EVIL_FIRST = "\x1b]0;pwned\x07Ona\x1b[2J\x1b[H"  # retitle the terminal, clear the screen
EVIL_LAST = "Pe\u202etxet\x9b31m"  # a bidi override and an 8-bit CSI


def _plant(path: Path) -> tuple[str, str]:
    """A registrant stored with escape sequences (written by an older version or another tool);
    returns (badge code, e-mail)."""
    conn = sqlite3.connect(path)
    try:
        conn.execute(
            "UPDATE participant SET first_name = ?, last_name = ? WHERE id = 1",
            (EVIL_FIRST, EVIL_LAST),
        )
        conn.commit()
        code, email = conn.execute(
            "SELECT badge_code, email FROM participant WHERE id = 1"
        ).fetchone()
    finally:
        conn.close()
    return str(code), str(email)


def _assert_inert(text: str) -> None:
    for raw in ("\x1b", "\x07", "\x9b", "\u202e"):
        assert raw not in text, (raw, text)


def test_names_with_escape_sequences_cannot_drive_the_terminal(demo_file: Path) -> None:
    code, email = _plant(demo_file)
    listed = cli("participants", str(demo_file), "--search", email)
    assert listed.code == 0, listed
    _assert_inert(listed.out)
    assert "\\x1b]0;pwned\\x07Ona" in listed.out  # shown, so the operator sees what is there

    checked = cli("checkin", str(demo_file), code)
    assert checked.code == 0, checked
    _assert_inert(checked.out + checked.err)
    again = cli("checkin", str(demo_file), code)
    assert again.code == 3
    _assert_inert(again.out + again.err)

    as_json = cli("participants", str(demo_file), "--json", "--search", email)
    _assert_inert(as_json.out)
    person = json.loads(as_json.out)["participants"][0]
    assert (person["first_name"], person["last_name"]) == (EVIL_FIRST, EVIL_LAST)  # same data


def test_a_truncated_scan_starting_with_a_dash_is_a_rejected_code(demo_file: Path) -> None:
    for scan in ("-K7PQ2", "-", "-h2", "--xyz", "-D-Q"):
        run = cli("checkin", str(demo_file), scan, "--json")
        assert run.code == 4, (scan, run)
        assert json.loads(run.out)["result"] == "rejected"
    run = cli("checkin", str(demo_file), "--desk", "Desk 2", "-7XKQ")
    assert run.code == 4, run
    assert "Rejected" in run.err


def test_demo_and_connection_errors_never_show_the_password(tmp_path: Path) -> None:
    url = "postgresql+psycopg://desk:Sl4ptas%21@127.0.0.1:1/forum"
    run = cli("demo", url)
    assert run.code == 2
    assert "Sl4ptas" not in run.out + run.err
    stats = cli("stats", url)
    assert stats.code == 2 and "Sl4ptas" not in stats.err
    if log_file().exists():
        assert "Sl4ptas" not in log_file().read_text(encoding="utf-8")


def test_the_log_masks_passwords_codes_and_addresses(isolated_home: Path) -> None:
    setup_logging()
    logging.getLogger("clusterdesk.test").warning(
        "opening %s for %s with badge %s",
        "postgresql+psycopg://desk:Sl4ptas@db/forum",
        "kestutis.setkus@lic.lt",
        "AB2C-K7PQ2RSTUVWXYZ23456789ABCD",
    )
    for handler in logging.getLogger("clusterdesk").handlers:
        handler.flush()
    text = log_file().read_text(encoding="utf-8")
    assert "Sl4ptas" not in text and "kestutis.setkus" not in text
    assert "K7PQ2RSTUVWXYZ" not in text
    assert "desk:***@db/forum" in text and "k***@lic.lt" in text and "AB2C-***" in text


def test_an_unexpected_error_is_summed_up_without_sql_or_parameters() -> None:
    from sqlalchemy.exc import OperationalError

    exc = OperationalError(
        "SELECT * FROM participant WHERE badge_code = ?", ("AB2C-K7PQ2RSTUVWXYZ23456789ABCD",), None
    )
    exc.orig = ValueError("weird failure for kestutis@lic.lt")  # type: ignore[assignment]
    summary = bug_summary(exc)
    assert "SELECT" not in summary and "K7PQ2" not in summary and "kestutis@" not in summary
    assert summary.startswith("OperationalError: weird failure")


@pytest.mark.parametrize(
    ("raw", "clean", "removed"),
    [
        ("a\u200b@x.lt", "a@x.lt", "\u200b"),
        ("A@X.LT\x00", "a@x.lt", "\x00"),
        ("\ufeffａ@x.lt", "a@x.lt", "\ufeff"),  # full-width a (NFKC) and a BOM
        ("a\u00ad@x.lt\u2060", "a@x.lt", "\u00ad\u2060"),
    ],
)
def test_e_mail_addresses_are_identifiers(raw: str, clean: str, removed: str) -> None:
    assert clean_email(raw) == (clean, removed)


def test_names_are_cleaned_but_keep_their_letters() -> None:
    assert clean_field("Ke\u0328stutis\x00 \u0160etkus") == ("Kęstutis Šetkus", "\x00")
    assert clean_field("Олена\u200d Фесенко")[0] == "Олена Фесенко"
    assert clean_field("Þórunn\tSigurðardóttir") == ("Þórunn Sigurðardóttir", "")
    assert clean_field("line one\r\nline two", multiline=True)[0] == "line one\nline two"


def test_terminal_escaping_and_masking_helpers() -> None:
    assert for_terminal("Šetkus\x1b[2J") == "Šetkus\\x1b[2J"
    assert for_terminal("a\u202eb\nc") == "a\\u202eb\nc"
    assert mask_password("postgresql://u:p%40ss@h/db") == "postgresql://u:***@h/db"
    assert mask_password("host=h password=secret user=u") == "host=h password=*** user=u"
    assert mask_secrets("code AB2C-K7PQ2RSTUVWXYZ23456789ABCD") == "code AB2C-***"
