"""The shell: welcome screen, recent events, new event, dashboard, backup, shared database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from clusterdesk.services.events import create_event, event_info, open_event
from clusterdesk.services.participants import count
from clusterdesk.ui.dialogs.new_event import NewEventDialog
from clusterdesk.ui.main_window import MainWindow
from clusterdesk.ui.settings import AppSettings
from tests.gui.conftest import open_in, type_text


def test_the_welcome_screen_lists_recent_events_and_opens_one_on_double_click(
    qtbot, event_file, tmp_path
):
    settings = AppSettings()
    settings.add_recent(str(tmp_path / "gone.cdesk"))
    settings.add_recent(str(event_file))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    recent = window.welcome.recent
    assert recent.count() == 2
    assert recent.item(0).text().startswith("forum")
    assert "(not found)" in recent.item(1).text()
    rect = recent.visualItemRect(recent.item(0))
    qtbot.mouseClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)
    assert window.central.currentWidget() is window.event_view
    assert window.info.name == "Baltic Cluster Forum"
    window.close_event()
    assert window.central.currentWidget() is window.welcome
    window.close()


def test_recent_events_are_capped_remembered_and_never_store_passwords():
    settings = AppSettings()
    for n in range(14):
        settings.add_recent(f"/events/e{n}.cdesk")
    settings.add_recent("postgresql+psycopg://desk:secret@10.0.0.5:5432/forum")
    again = AppSettings()  # a fresh read of the INI file
    recent = again.recent_events()
    assert len(recent) == 10
    assert recent[0] == "postgresql+psycopg://desk@10.0.0.5:5432/forum"
    assert recent[1] == "/events/e13.cdesk"


def test_delete_forgets_a_recent_event_only_in_the_list(qtbot, tmp_path):
    from clusterdesk.ui.main_window import MainWindow

    settings = AppSettings()
    for name in ("a", "b"):
        settings.add_recent(str(tmp_path / f"{name}.cdesk"))
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    welcome = window.welcome
    welcome.new_button.setFocus()
    qtbot.keyClick(welcome.new_button, Qt.Key.Key_Delete)  # elsewhere: nothing is forgotten
    assert len(settings.recent_events()) == 2
    welcome.recent.setFocus()
    welcome.recent.setCurrentRow(0)
    qtbot.keyClick(welcome.recent, Qt.Key.Key_Delete)
    assert settings.recent_events() == [str(tmp_path / "a.cdesk")]
    assert welcome.recent.count() == 1


def test_new_event_dialog_validates_and_creates_the_event(window, qtbot, tmp_path):
    dialog = window.controller.new_event()
    assert isinstance(dialog, NewEventDialog)
    assert not dialog.ok.isEnabled()
    type_text(qtbot, dialog.name, "Šiaulių klasterių forumas")
    target = tmp_path / "siauliai.cdesk"
    dialog.path.setText(str(tmp_path / "siauliai"))
    dialog.start.setDate(dialog.start.date().addDays(3))
    dialog.timezone.setCurrentText("Europe/Riga")
    assert dialog.ok.isEnabled()
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None, timeout=15_000)
    assert target.exists()
    info = event_info(window.db)
    assert (info.name, info.timezone) == ("Šiaulių klasterių forumas", "Europe/Riga")
    assert window.settings.recent_events()[0] == str(target)

    again = window.controller.new_event()
    again.name.setText("Other")
    again.path.setText(str(target))
    assert not again.ok.isEnabled()
    assert "already exists" in again.message.text()
    again.reject()


def test_opening_a_file_that_is_not_an_event_says_so(window, qtbot, tmp_path):
    bogus = tmp_path / "notes.cdesk"
    bogus.write_text("not a database", encoding="utf-8")
    with qtbot.waitSignal(window.controller.failed, timeout=10_000) as blocker:
        window.open_event(str(bogus))
    assert "not a ClusterDesk event" in blocker.args[0]
    assert window.db is None
    assert bogus.read_text(encoding="utf-8") == "not a database"


def test_dashboard_shows_the_event_kpis(opened, qtbot):
    page = opened.show_page("dashboard")
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10_000)
    assert page.tiles["participants"].value.text() == "6"
    assert page.tiles["countries"].value.text() == "5"
    assert page.tiles["organizations"].value.text() == "6"
    assert page.tiles["badges"].value.text() == "0"
    assert dict((label, n) for label, n, _c in page.by_country.items)["Lithuania"] == 2
    assert "Baltic Cluster Forum" in page.subtitle.text()


def test_navigation_shortcuts_and_the_last_page_is_remembered(opened, qtbot):
    opened.show_page("participants")
    qtbot.keyClick(opened.event_view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert opened.event_view.current_key() == "dashboard"
    qtbot.keyClick(opened.event_view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert opened.event_view.current_key() == "participants"
    opened.show_page("dashboard")
    opened.close_event()
    assert AppSettings().last_page() == "dashboard"


def test_backup_writes_an_event_that_opens(opened, qtbot, tmp_path):
    out = tmp_path / "copy.cdesk"
    opened.controller.backup_to(opened.db, out)
    qtbot.waitUntil(
        lambda: out.exists() and opened.findChild(object, "backupDone") is not None, timeout=15_000
    )
    copy = open_event(out)
    try:
        assert count(copy) == 6
    finally:
        copy.dispose()


def test_connect_to_a_shared_postgresql_event(window, qtbot, pg_url):
    db = create_event(pg_url, name="Shared desk forum", start=event_date())
    db.dispose()
    dialog = window.controller.connect_dialog()
    dialog.tabs.setCurrentIndex(1)
    dialog.url.setText(pg_url)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
    assert window.info.name == "Shared desk forum"
    assert window.db_label.text().startswith("Server: 127.0.0.1:")
    window.close_event()


def test_an_empty_server_database_is_offered_as_a_new_event(window, qtbot, pg_url):
    from PySide6.QtWidgets import QMessageBox, QPushButton

    dialog = window.controller.connect_dialog(pg_url)
    dialog.tabs.setCurrentIndex(1)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "confirmBox")),
        timeout=20_000,
    )
    box = [b for b in window.findChildren(QMessageBox, "confirmBox") if b.isVisible()][0]
    box.findChild(QPushButton, "confirmYes").click()
    new = [d for d in window.findChildren(NewEventDialog) if d.isVisible()][0]
    assert new.server_target == pg_url
    type_text(qtbot, new.name, "Forum on the LAN")
    qtbot.mouseClick(new.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.db is not None, timeout=20_000)
    assert event_info(window.db).name == "Forum on the LAN"
    window.close_event()


def test_a_wrong_server_is_reported_in_the_dialog(window, qtbot):
    dialog = window.controller.connect_dialog()
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText("forum")
    dialog.user.setText("desk")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: dialog.ok.isEnabled() and "Connecting" not in dialog.status.text(), timeout=20_000
    )
    assert dialog.isVisible()
    assert dialog.status.text()
    assert window.db is None
    dialog.reject()


def test_the_about_box_names_the_version(window):
    from clusterdesk import __version__

    box = window.show_about()
    assert __version__ in box.text()
    box.close()


def event_date():
    from datetime import date

    return date(2026, 5, 14)


def test_open_in_helper_and_window_title(window, qtbot, event_file):
    open_in(window, qtbot, event_file)
    assert window.windowTitle() == "Baltic Cluster Forum — ClusterDesk"
    assert window.settings.recent_events()[0] == str(event_file)  # remembered for next time
    assert window.window_actions.close.isEnabled() and window.window_actions.backup.isEnabled()


def test_every_registered_page_follows_the_page_contract(opened, qtbot):
    from clusterdesk.ui.pages.registry import PAGES

    view = opened.event_view
    assert [e.key for e in PAGES[:2]] == ["dashboard", "participants"]
    assert view.nav.count() == len(PAGES)
    for row, entry in enumerate(PAGES):
        page = view.pages[entry.key]
        assert callable(page.set_event)
        assert view.nav.item(row).text() == entry.display_title()
        if row < 9:
            key = getattr(Qt.Key, f"Key_{row + 1}")
            qtbot.keyClick(view, key, Qt.KeyboardModifier.ControlModifier)
            assert view.current_key() == entry.key
    opened.close_event()  # every page gets set_event(None) without complaint
    assert opened.central.currentWidget() is opened.welcome


def test_choosing_a_language_applies_it_and_is_remembered_for_the_next_start(window, qtbot):
    from clusterdesk.ui.app import install_translators

    lithuanian = next(a for a in window.window_actions.language_group.actions() if a.data() == "lt")
    try:
        lithuanian.trigger()
        assert AppSettings().language() == "lt"
        qtbot.waitUntil(lambda: window.menuBar().actions()[0].text() == "&Failas", timeout=5_000)
    finally:
        install_translators(QApplication.instance(), "en")


def test_the_window_fits_a_small_laptop_screen_whatever_pages_are_registered(window):
    # a wide page scrolls inside its holder instead of forcing the window wider than 1280 px
    assert window.minimumSizeHint().width() <= 1280
    assert window.minimumSizeHint().height() <= 720


def test_dashboard_counts_meetings_scheduled_and_badges_printed(opened, qtbot):
    from clusterdesk.services.participants import search_ids
    from clusterdesk.services.stats import event_stats
    from clusterdesk.store.models import PrintLog

    ids = search_ids(opened.db, "")
    with opened.db.write() as s:  # two badges for one person, one for another: 2 printed
        for pid in (ids[0], ids[0], ids[1]):
            s.add(PrintLog(document="badge", participant_id=pid, desk="test"))
    page = opened.show_page("dashboard")
    qtbot.waitUntil(lambda: page.stats is not None, timeout=10_000)
    assert page.tiles["badges"].value.text() == "2"
    assert "33% of active participants" in page.tiles["badges"].detail.text()
    assert page.tiles["scheduled"].value.text() == "0"
    assert event_stats(opened.db).badges_printed == 2
