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
