"""The event's language in the app: chosen in New event and changed in Event settings; the
Participants list follows its alphabet at once and shows countries in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clusterdesk.services.events import event_info
from clusterdesk.services.participants import ParticipantInput, create_participant
from clusterdesk.ui.context import PARTICIPANTS
from clusterdesk.ui.dialogs.event_settings import EventSettingsDialog
from clusterdesk.ui.dialogs.new_event import NewEventDialog
from tests.gui.conftest import open_in, participants_page, type_text, visible_names


def test_new_event_in_lithuanian(qtbot, window, tmp_path):
    window.window_actions.new.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, NewEventDialog))
    type_text(qtbot, dialog.name, "Forumas")
    dialog.path.setText(str(tmp_path / "forumas"))
    dialog.language.setCurrentIndex(dialog.language.findData("lt"))
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)
    assert event_info(window.db).language == "lt"


def test_event_settings_change_the_language_and_the_order(qtbot, window, event_file):
    open_in(window, qtbot, event_file)
    db = window.db
    for i, (first, last) in enumerate((("Dalia", "Sūdžius"), ("Rasa", "Sabonis"))):
        create_participant(
            db,
            ParticipantInput(
                first_name=first, last_name=last, email=f"x{i}@x.lt", country="Lietuva"
            ),
        )
    page = participants_page(window, qtbot)
    window.bus.changed.emit(PARTICIPANTS)
    qtbot.waitUntil(lambda: "Dalia Sūdžius" in visible_names(page), timeout=10_000)
    names = visible_names(page)
    assert names.index("Kęstutis Šetkus") < names.index("Dalia Sūdžius")  # English: Še < Sū

    dialog = window.open_event_settings()
    assert isinstance(dialog, EventSettingsDialog)
    assert dialog.language.currentData() == "en"
    dialog.language.setCurrentIndex(dialog.language.findData("lt"))
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: window.info.language == "lt", timeout=10_000)

    def lithuanian_order() -> bool:
        names = visible_names(page)
        both = "Dalia Sūdžius" in names and "Kęstutis Šetkus" in names
        return both and names.index("Dalia Sūdžius") < names.index("Kęstutis Šetkus")  # Š after S

    qtbot.waitUntil(lithuanian_order, timeout=10_000)
    country = page.model.index(visible_names(page).index("Dalia Sūdžius"), 2).data()
    assert country == "Lithuania"  # stored "LT", shown in the (English) interface's language


def test_a_bad_name_is_refused_in_the_dialog(qtbot, window, event_file):
    open_in(window, qtbot, event_file)
    dialog = window.open_event_settings()
    dialog.name.setText("  ")
    dialog.buttons.accepted.emit()
    assert dialog.error.isVisible() and dialog.isVisible()
    assert event_info(window.db).name == "Baltic Cluster Forum"
