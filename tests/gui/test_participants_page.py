"""The Participants page on a real event file, driven with real key and mouse events."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from clusterdesk.services.events import open_event
from clusterdesk.services.participants import get_participant, search_ids
from clusterdesk.ui.participants.edit_dialog import ParticipantDialog
from clusterdesk.ui.participants.model import COL_NAME, COL_ORG, COL_STATUS
from tests.gui.conftest import PEOPLE, participants_page, type_text, visible_names


def _settled(page, qtbot) -> None:
    qtbot.waitUntil(lambda: not page.query.pending, timeout=10_000)


def test_opening_an_event_lists_everyone_and_fills_the_status_bar(opened, qtbot, event_file):
    page = participants_page(opened, qtbot)
    assert sorted(visible_names(page)) == sorted(f"{f} {last}" for f, last, *_ in PEOPLE)
    assert page.count_label.text() == "6 participants"
    assert opened.event_label.text() == "Baltic Cluster Forum"
    assert str(event_file) in opened.db_label.text()
    assert "Baltic Cluster Forum" in opened.windowTitle()


def test_typing_filters_ignoring_case_and_diacritics(opened, qtbot):
    page = participants_page(opened, qtbot)
    page.filter.setFocus()
    type_text(qtbot, page.filter, "setkus")
    qtbot.waitUntil(lambda: visible_names(page) == ["Kęstutis Šetkus"], timeout=5_000)
    assert page.count_label.text() == "1 of 6 participants"

    page.filter.clear()
    type_text(qtbot, page.filter, "GROSS")  # ß folds to ss
    qtbot.waitUntil(lambda: visible_names(page) == ["Jürgen Groß"], timeout=5_000)

    page.filter.clear()
    type_text(qtbot, page.filter, "фесенко")
    qtbot.waitUntil(lambda: visible_names(page) == ["Олена Фесенко"], timeout=5_000)

    page.filter.clear()
    type_text(qtbot, page.filter, "odegard as")  # two words, both must match (org + name)
    qtbot.waitUntil(lambda: visible_names(page) == ["Åsa Ødegård"], timeout=5_000)

    page.filter.clear()
    type_text(qtbot, page.filter, "nobody-like-this")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.query.pending, timeout=5_000)
    assert page.count_label.text() == "0 of 6 participants"


def test_a_typo_shows_the_close_matches_and_says_so(opened, qtbot):
    page = participants_page(opened, qtbot)
    page.filter.setFocus()
    type_text(qtbot, page.filter, "setkis")  # nobody: one letter off Šetkus
    qtbot.waitUntil(lambda: visible_names(page) == ["Kęstutis Šetkus"], timeout=5_000)
    assert page.count_label.text() == "No exact match: 1 close match, one letter different"
    type_text(qtbot, page.filter, "x")  # "setkisx": too far from anybody
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.query.pending, timeout=5_000)
    assert page.count_label.text() == "0 of 6 participants"


def test_a_scanned_badge_code_finds_its_owner(opened, qtbot):
    page = participants_page(opened, qtbot)
    pid = search_ids(opened.db, "avizenyte")[0]
    code = get_participant(opened.db, pid).badge_code
    page.filter.setFocus()
    qtbot.keyClicks(page.filter, code.lower())  # a scanner typing through a lower-case layout
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: visible_names(page) == ["Jolanta Aviženytė"], timeout=5_000)
    assert page.count_label.text() == "Found by badge code (of 6 participants)"
    qtbot.waitUntil(lambda: page.current() is not None and page.current().id == pid)


def test_clicking_a_header_sorts_in_the_search_order(opened, qtbot):
    page = participants_page(opened, qtbot)
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_ORG) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    _settled(page, qtbot)
    assert page.model.ids() == search_ids(opened.db, "", sort="organization")
    assert header.sortIndicatorSection() == COL_ORG


def _dialog(page, qtbot) -> ParticipantDialog:
    """The one open participant dialog, once it is the active window (as for a user typing)."""
    dialogs = [d for d in page.findChildren(ParticipantDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialogs[0], timeout=5_000)
    return dialogs[0]


def test_add_a_participant_by_typing_into_the_dialog(opened, qtbot):
    page = participants_page(opened, qtbot)
    page.filter.setFocus()
    qtbot.keyClick(page.filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog(page, qtbot)
    assert not dialog.save_button.isEnabled()
    type_text(qtbot, dialog.fields["first_name"], "Giedrius")
    type_text(qtbot, dialog.fields["last_name"], "Bagušinskas")
    type_text(qtbot, dialog.fields["email"], "giedrius@")
    assert not dialog.save_button.isEnabled()
    assert "not a valid e-mail" in dialog.messages["email"].text()
    type_text(qtbot, dialog.fields["email"], "klaipeda.example")
    assert dialog.save_button.isEnabled()
    assert not dialog.messages["email"].isVisible()
    type_text(qtbot, dialog.fields["organization"], "Klaipėdos klasteris")
    country = dialog.fields["country"]
    qtbot.waitUntil(lambda: country.completer() is not None, timeout=5_000)
    known = country.completer().model()
    assert "Lithuania" in [known.index(r, 0).data() for r in range(known.rowCount())]
    type_text(qtbot, country, "Lithuania")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.fields["phone"], Qt.Key.Key_Return)

    ids = search_ids(opened.db, "bagusinskas")
    assert len(ids) == 1
    row = get_participant(opened.db, ids[0])
    assert (row.full_name, row.email, row.organization, row.country) == (
        "Giedrius Bagušinskas",
        "giedrius@klaipeda.example",
        "Klaipėdos klasteris",
        "LT",  # typed as a name, stored as its ISO code
    )
    qtbot.waitUntil(lambda: "Giedrius Bagušinskas" in visible_names(page), timeout=5_000)
    qtbot.waitUntil(lambda: page.current() is not None and page.current().id == ids[0])


def test_a_duplicate_email_is_refused_and_the_dialog_stays_open(opened, qtbot):
    page = participants_page(opened, qtbot)
    dialog = page.add_participant()
    type_text(qtbot, dialog.fields["first_name"], "Someone")
    type_text(qtbot, dialog.fields["email"], "KESTUTIS@lsu.example")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=5_000)
    assert "already registered" in dialog.error.text()
    assert dialog.isVisible()
    assert len(search_ids(opened.db, "")) == len(PEOPLE)
    dialog.reject()


def test_enter_edits_the_selected_participant(opened, qtbot):
    page = participants_page(opened, qtbot)
    type_text(qtbot, page.filter, "thorunn")
    qtbot.waitUntil(lambda: visible_names(page) == ["Þórunn Sigurðardóttir"], timeout=5_000)
    qtbot.keyClick(page.filter, Qt.Key.Key_Return)  # moves to the table
    assert page.window().focusWidget() is page.table
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = _dialog(page, qtbot)
    assert dialog.fields["last_name"].text() == "Sigurðardóttir"
    dialog.fields["title"].setFocus()
    type_text(qtbot, dialog.fields["title"], "Director")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.fields["title"], Qt.Key.Key_Enter)
    pid = search_ids(opened.db, "thorunn")[0]
    assert get_participant(opened.db, pid).title == "Director"


def test_cancel_and_restore_a_registration(opened, qtbot, event_file):
    page = participants_page(opened, qtbot)
    type_text(qtbot, page.filter, "aviženytė")
    qtbot.waitUntil(lambda: visible_names(page) == ["Jolanta Aviženytė"], timeout=5_000)
    assert page.cancel_button.text() == "Cancel registration"
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    box = page.findChild(QMessageBox, "confirmBox")
    assert box is not None and box.isVisible()
    qtbot.mouseClick(
        box.findChild(type(page.cancel_button), "confirmYes"), Qt.MouseButton.LeftButton
    )
    pid = search_ids(opened.db, "avizenyte")[0]
    qtbot.waitUntil(lambda: get_participant(opened.db, pid).cancelled, timeout=5_000)
    qtbot.waitUntil(lambda: page.cancel_button.text() == "Restore registration", timeout=5_000)
    index = page.model.index(0, COL_NAME)
    assert index.data(Qt.ItemDataRole.FontRole).strikeOut()
    assert page.model.index(0, COL_STATUS).data() == "Cancelled"

    # a second desk (another connection) sees the change: it is in the file
    other = open_event(event_file)
    try:
        assert get_participant(other, pid).status == "cancelled"
    finally:
        other.dispose()

    page.toggle_registration()
    box = [b for b in page.findChildren(QMessageBox, "confirmBox") if b.isVisible()][0]
    box.findChild(type(page.cancel_button), "confirmYes").click()
    qtbot.waitUntil(lambda: not get_participant(opened.db, pid).cancelled, timeout=5_000)


def test_ctrl_n_adds_a_participant_on_this_page_and_a_new_event_elsewhere(opened, qtbot):
    from clusterdesk.ui.dialogs.new_event import NewEventDialog

    page = participants_page(opened, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    _dialog(page, qtbot).reject()
    opened.activateWindow()  # what the window manager does when a dialog closes
    qtbot.waitUntil(opened.isActiveWindow, timeout=5_000)
    dashboard = opened.show_page("dashboard")
    dashboard.setFocus()
    qtbot.keyClick(dashboard, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialogs = [d for d in opened.findChildren(NewEventDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].reject()
    assert (
        QApplication.activeModalWidget() is None or not QApplication.activeModalWidget().isVisible()
    )


def test_coming_back_to_the_page_shows_changes_made_at_another_desk(opened, qtbot, event_file):
    from clusterdesk.services.participants import ParticipantInput, create_participant

    page = participants_page(opened, qtbot)
    other = open_event(event_file)  # a second desk on the same file
    try:
        create_participant(
            other,
            ParticipantInput(first_name="Doris", last_name="Pold", email="doris@tallinn.example"),
        )
    finally:
        other.dispose()
    opened.show_page("dashboard")
    opened.show_page("participants")
    qtbot.waitUntil(lambda: "Doris Pold" in visible_names(page), timeout=5_000)
    assert page.count_label.text() == "7 participants"


def test_a_person_added_while_a_filter_hides_them_is_shown_selected_and_confirmed(opened, qtbot):
    page = participants_page(opened, qtbot)
    page.filter.setFocus()
    type_text(qtbot, page.filter, "setkus")
    _settled(page, qtbot)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    dialog = page.add_participant()
    assert dialog is not None and "*" in dialog.findChild(QLabel, "requiredNote").text()
    type_text(qtbot, dialog.fields["first_name"], "Aiga")
    type_text(qtbot, dialog.fields["last_name"], "Irmeja")
    type_text(qtbot, dialog.fields["email"], "aiga@riga.example")
    with qtbot.waitSignal(dialog.finished, timeout=5_000):
        qtbot.keyClick(dialog.fields["email"], Qt.Key.Key_Return)
    pid = search_ids(opened.db, "irmeja")[0]
    qtbot.waitUntil(lambda: page.current() is not None and page.current().id == pid, timeout=5_000)
    assert page.filter.text() == "" and "Aiga Irmeja" in visible_names(page)
    assert page.notice.isVisible() and "Added Aiga Irmeja" in page.notice.text()
    assert "filter was cleared" in page.notice.text()


def test_active_and_cancelled_counts_agree_with_the_dashboard(opened, qtbot):
    from clusterdesk.services.participants import set_registration

    set_registration(opened.db, search_ids(opened.db, "groß")[0], "cancelled")
    page = participants_page(opened, qtbot)
    page.query.refresh()
    _settled(page, qtbot)
    qtbot.waitUntil(lambda: "cancelled" in page.count_label.text(), timeout=5_000)
    assert page.count_label.text() == "6 participants (5 active, 1 cancelled)"
    board = opened.show_page("dashboard")
    qtbot.waitUntil(lambda: board.stats is not None, timeout=10_000)
    assert board.tiles["participants"].value.text() == "5"
    assert "1 cancelled = 6 in the list" in board.tiles["participants"].detail.text()
    assert board.tiles["participants"].title.text() == "Participants (active)"


def test_columns_stay_within_the_view_whatever_widths_were_remembered(opened, qtbot):
    page = participants_page(opened, qtbot)
    header = page.table.horizontalHeader()
    assert header.sectionSize(4) > header.sectionSize(2)  # shares that suit e-mail addresses
    opened.settings.q.setValue("participants/column_shares", [0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5])
    page.columns.shares = page.columns._load()  # what a fresh start reads back
    for width in (1280, 1024, 1920):
        opened.resize(width, 720)
        qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0, timeout=3_000)
        header = page.table.horizontalHeader()
        email = header.sectionViewportPosition(4) + header.sectionSize(4)
        assert email <= page.table.viewport().width()
    # the user drags the edge of the first column far to the right: folded back into the view
    viewport = header.viewport()
    edge = QPoint(header.sectionViewportPosition(1) - 1, header.height() // 2)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge)
    QTest.mouseMove(viewport, edge + QPoint(3000, 0))
    QTest.mouseRelease(
        viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, edge + QPoint(3000, 0)
    )
    qtbot.waitUntil(lambda: page.table.horizontalScrollBar().maximum() == 0, timeout=3_000)
    remembered = opened.settings.q.value("participants/column_shares")
    assert len(remembered) == 7 and abs(sum(float(v) for v in remembered) - 1) < 0.01
    assert float(remembered[0]) > 0.5  # what was dragged is remembered, within the view
