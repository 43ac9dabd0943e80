"""First run: the welcome screen offers the demo event and the guided tour; the tour steps through
the pages (Next / Back / Skip, Esc leaves), stays out of the way and comes back from Help."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from clusterdesk.ui.help.tour import PAGE_TEXTS, GuidedTour, is_first_run
from clusterdesk.ui.main_window import MainWindow
from clusterdesk.ui.settings import AppSettings

LEFT = Qt.MouseButton.LeftButton


def new_window(qtbot, settings: AppSettings | None = None) -> MainWindow:
    window = MainWindow(settings or AppSettings())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def running_tour(window: MainWindow) -> GuidedTour | None:
    tour = window.findChild(GuidedTour)
    return tour if tour is not None and tour.active else None


def test_the_first_start_offers_the_demo_and_the_tour_until_dismissed(qtbot):
    window = new_window(qtbot)
    welcome = window.welcome
    assert welcome.first_run.isVisible()
    assert welcome.tour_button.isDefault()
    assert "demo" in welcome.tour_button.text()
    qtbot.mouseClick(welcome.findChild(type(welcome.tour_button), "firstRunDismiss"), LEFT)
    assert not welcome.first_run.isVisible()
    window.close()
    again = new_window(qtbot)  # the next start: remembered in the settings
    assert not again.welcome.first_run.isVisible()
    again.close()


def test_a_desk_that_has_opened_events_gets_no_first_run_offer(qtbot, event_file):
    settings = AppSettings()
    settings.add_recent(str(event_file))
    assert not is_first_run(settings)
    window = new_window(qtbot, settings)
    assert not window.welcome.first_run.isVisible()
    window.close()


def test_the_tour_steps_through_the_pages_beside_their_names_and_esc_leaves_it(opened, qtbot):
    window = opened
    window.resize(1366, 768)
    menu = window.window_actions.tour
    assert menu.text().replace("&", "") == "Guided tour"
    menu.trigger()  # Help → Guided tour
    tour = running_tour(window)
    assert tour is not None
    callout = tour.callout
    qtbot.waitUntil(callout.isVisible, timeout=5_000)
    assert QApplication.activeModalWidget() is None  # nothing blocks the window
    toured = [e.key for e in window.event_view.entries if e.key in PAGE_TEXTS]
    assert len(toured) >= 6 and len(tour.steps) == len(toured) + 1
    seen = []
    for n, key in enumerate(toured):
        assert window.event_view.current_key() == key
        assert callout.count.text() == f"{n + 1} of {len(tour.steps)}"
        assert callout.text.text() and callout.title.text()
        seen.append(key)
        # beside the page's entry in the navigation, and inside a 1366×768 window
        nav = window.event_view.nav
        item = nav.visualItemRect(
            nav.item(
                window.event_view.entries.index(
                    next(e for e in window.event_view.entries if e.key == key)
                )
            )
        )
        top = nav.viewport().mapTo(window, item.topLeft()).y()
        assert abs(callout.y() - top) < 40 or callout.geometry().bottom() >= window.height() - 9
        assert QRect(0, 0, window.width(), window.height()).contains(callout.geometry())
        assert callout.x() >= nav.mapTo(window, nav.rect().topRight()).x()
        qtbot.mouseClick(callout.next, LEFT)
    assert seen == toured
    assert callout.next.text() == "Done" and not callout.skip.isVisible()
    qtbot.mouseClick(callout.back, LEFT)
    assert window.event_view.current_key() == toured[-1]
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: running_tour(window) is None, timeout=5_000)
    assert not is_first_run(window.settings)
    # the page shown last stays; the window's keys work again
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.event_view.current_key() == window.event_view.entries[0].key


def test_closing_the_event_ends_the_tour(opened, qtbot):
    window = opened
    window.start_tour()
    tour = running_tour(window)
    assert tour is not None
    qtbot.mouseClick(tour.callout.next, LEFT)
    window.close_event()
    assert running_tour(window) is None
    assert window.central.currentWidget() is window.welcome


def test_choosing_another_page_leaves_the_tour(opened, qtbot):
    window = opened
    window.start_tour()
    tour = running_tour(window)
    assert tour is not None
    qtbot.mouseClick(tour.callout.next, LEFT)  # the tour turns the page itself: it stays
    assert running_tour(window) is tour
    shown = window.event_view.current_key()
    other = next(e for e in window.event_view.entries if e.key != shown)
    window.event_view.show_page(other.key)  # as a click in the navigation does
    assert running_tour(window) is None
    assert window.event_view.current_key() == other.key


def test_the_tour_from_the_welcome_screen_opens_the_demo_event_first(qtbot):
    window = new_window(qtbot)
    qtbot.mouseClick(window.welcome.tour_button, LEFT)
    qtbot.waitUntil(lambda: running_tour(window) is not None, timeout=120_000)
    assert window.info is not None and window.db is not None
    assert window.event_view.current_key() == window.event_view.entries[0].key
    tour = running_tour(window)
    qtbot.mouseClick(tour.callout.skip, LEFT)
    assert running_tour(window) is None
    window.close()
