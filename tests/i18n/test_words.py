"""What the core says as codes, in the CLI's English and the GUI's languages."""

from __future__ import annotations

from clusterdesk.cli.words import checkin_reason, describe
from clusterdesk.core.messages import CodedError, msg
from clusterdesk.services.checkin import result as checkin


def test_the_cli_says_a_nested_refusal_as_before() -> None:
    refusal = msg(
        "edit.cannot_move",
        who="Kęstutis Šetkus — Jolanta Aviženytė",
        where=msg("cell", table="T2", time="14:20"),
        why=msg("rule.cap", name="Jürgen Groß", n=1, session="Morning"),
    )
    assert describe(refusal) == (
        "Cannot move Kęstutis Šetkus — Jolanta Aviženytė to table T2 at 14:20: "
        "Jürgen Groß has reached the cap of 1 meetings in session 'Morning'"
    )


def test_a_code_without_words_is_shown_as_itself() -> None:
    assert describe(msg("no common free slot")) == "no common free slot"
    assert describe(msg("new.code", x=1)) == "new.code(x=1)"


def test_a_coded_error_carries_its_message() -> None:
    error = CodedError(msg("edit.no_meeting", id=7))
    assert error.code == "edit.no_meeting" and error.msg.params == {"id": 7}
    assert describe(error.msg) == "No meeting with id 7 (it may have been removed meanwhile)"


def test_check_in_reasons_in_english() -> None:
    assert checkin_reason(checkin.ALTERED_CODE).startswith("altered or forged")
    assert checkin_reason("something_new") == "something_new"


def test_a_refusal_keeps_its_kind_and_the_kinds_code() -> None:
    from clusterdesk.cli.words import error_text
    from clusterdesk.core.errors import NewerEventError
    from clusterdesk.core.messages import coded, refusal

    error = refusal(NewerEventError, msg("store.newer", where="event.cdesk", schema="9999"))
    assert isinstance(error, NewerEventError) and error.code == "newer_event"
    assert coded(error) == msg("store.newer", where="event.cdesk", schema="9999")
    assert error_text(error) == (
        "event.cdesk was written by a newer ClusterDesk (schema 9999); "
        "update ClusterDesk to open it. Nothing was changed."
    )


def test_a_store_fault_names_the_event_in_words() -> None:
    import errno

    from clusterdesk.cli.words import error_text
    from clusterdesk.core.errors import DiskFullError
    from clusterdesk.services.faults import expected

    fault = expected(OSError(errno.ENOSPC, "No space left on device"))
    assert isinstance(fault, DiskFullError)
    assert error_text(fault) == (
        "The disk holding the event is full: nothing was saved. Free some space and try again."
    )
