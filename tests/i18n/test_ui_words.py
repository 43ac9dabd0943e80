"""The GUI's words for the core's codes follow the language installed, plural forms included."""

from __future__ import annotations

import pytest

from clusterdesk.core.messages import msg


@pytest.fixture
def lithuanian(qapp):  # type: ignore[no-untyped-def]
    from clusterdesk.ui.app import install_translators

    install_translators(qapp, "lt")
    yield
    install_translators(qapp, "en")


def test_refusals_and_summaries_in_lithuanian(lithuanian) -> None:  # type: ignore[no-untyped-def]
    from clusterdesk.ui.words import checkin_reason, describe

    cell = msg("cell", table="T2", time="14:20")
    moved = describe(msg("edit.moved", who="Олена Фесенко — Åsa Ødegård", where=cell))
    assert moved == "Perkelta: Олена Фесенко — Åsa Ødegård → stalas T2, 14:20"
    counts = [describe(msg("edit.unscheduled_all", n=n)) for n in (1, 3, 12, 21)]
    assert counts == [
        "Iš plano išimtas 1 susitikimas",
        "Iš plano išimti 3 susitikimai",
        "Iš plano išimta 12 susitikimų",
        "Iš plano išimtas 21 susitikimas",
    ]
    assert checkin_reason("other_event") == "Šis ženklelis priklauso kitam renginiui."


def test_qt_standard_buttons_in_lithuanian(lithuanian) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialogButtonBox

    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Yes
        | QDialogButtonBox.StandardButton.No
    )
    assert sorted(b.text().replace("&", "") for b in box.buttons()) == [
        "Atsisakyti",
        "Gerai",
        "Ne",
        "Taip",
    ]


def test_english_plurals(qapp) -> None:  # type: ignore[no-untyped-def]
    from clusterdesk.ui.app import install_translators
    from clusterdesk.ui.words import describe

    install_translators(qapp, "en")

    assert describe(msg("edit.unscheduled_all", n=1)) == "Unscheduled 1 meeting"
    assert describe(msg("edit.unscheduled_all", n=4)) == "Unscheduled 4 meetings"


def test_the_on_site_loop_and_outcome_rows_in_lithuanian(lithuanian) -> None:  # type: ignore[no-untyped-def]
    """The merged on-site and outcome codes: a rated meeting, an absence (three plural forms),
    a refused outcome sheet listing its rows, a walk-in with no room."""
    from clusterdesk.core.errors import InputFileError, RowProblem
    from clusterdesk.services.meeting_outcomes import OutcomesRefused
    from clusterdesk.ui.words import describe, error_text

    held = msg("edit.status", who="Kęstutis Šetkus — Олена Фесенко", status=msg("status.held"))
    rated = describe(msg("edit.rated", summary=held, rating=msg("rating.agreement")))
    assert rated.endswith(", pasiektas susitarimas") and "Šetkus" in rated
    absent = [
        describe(msg("absence.marked", name="Jolanta", n=n, placed=1, moved=0)) for n in (1, 3, 12)
    ]
    assert [a.split(": ")[1].split(",")[0] for a in absent] == [
        "atlaisvintas 1 susitikimas",
        "atlaisvinti 3 susitikimai",
        "atlaisvinta 12 susitikimų",
    ]
    sheet = OutcomesRefused([RowProblem("T1", 3, "", "", msg("outcome.given_twice", id=5, row=1))])
    assert error_text(sheet) == (
        "1 rezultatas atmestas; niekas nepakeista\nEilutė 3: susitikimas 5 jau nurodytas eilutėje 1"
    )
    file = InputFileError(
        "p.csv", [RowProblem("p.csv", 4, "email", "", msg("import.nobody", email="a@x.lt"))]
    )
    assert "Eilutė 4: šiame renginyje neužregistruotas nė vienas dalyvis su el. paštu a@x.lt" in (
        error_text(file)
    )
    why = describe(msg("walkin.no_table_why", who="A — B", why=msg("no_room")))
    assert why.endswith("nė viename būsimame ture nėra laisvo stalo abiem")


def test_opening_a_file_that_is_not_an_event_is_said_in_lithuanian(  # type: ignore[no-untyped-def]
    lithuanian, tmp_path
) -> None:
    from clusterdesk.core.errors import NotAnEventError
    from clusterdesk.services.events import open_event
    from clusterdesk.ui.words import error_text

    path = tmp_path / "notes.cdesk"
    path.write_text("not a database", encoding="utf-8")
    with pytest.raises(NotAnEventError) as caught:
        open_event(path)
    assert error_text(caught.value) == (
        f"{path} nėra ClusterDesk renginio failas (ne SQLite duomenų bazė)"
    )


def test_a_join_refusal_is_said_in_lithuanian(lithuanian) -> None:  # type: ignore[no-untyped-def]
    from clusterdesk.core.errors import UserError
    from clusterdesk.services.sharing.join import join_typed
    from clusterdesk.ui.words import error_text

    with pytest.raises(UserError) as caught:
        join_typed("no-port-here", "pw", "ABCD", "Desk 1")
    assert error_text(caught.value) == (
        "Įveskite adresą taip, kaip jį rodo pagrindinis kompiuteris, pvz., "
        "192.168.1.20:54329 (ne „no-port-here“)"
    )
