"""The Participants page: filter as you type, sort by header, add/edit, cancel/restore, import."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from clusterdesk.services.events import EventDB
from clusterdesk.services.participants import (
    REGISTRATION_ACTIVE,
    REGISTRATION_CANCELLED,
    ParticipantInput,
    ParticipantRow,
    set_registration,
)
from clusterdesk.services.search import ALL, BADGE, CLOSE, Filtered
from clusterdesk.services.stats import EventStats, event_stats
from clusterdesk.ui.context import PARTICIPANTS, PageContext
from clusterdesk.ui.countries import shown
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.icons import icon
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.participants.columns import ColumnFitter
from clusterdesk.ui.participants.edit_dialog import ParticipantDialog
from clusterdesk.ui.participants.model import COLUMNS, ParticipantTableModel
from clusterdesk.ui.participants.query import ParticipantQuery
from clusterdesk.ui.workers import plain


class ParticipantsPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.db: EventDB | None = None
        self.setObjectName("participantsPage")
        self.claimed_shortcuts = [QKeySequence(QKeySequence.StandardKey.New)]

        self.filter = QLineEdit(self)
        self.filter.setObjectName("participantFilter")
        self.filter.setPlaceholderText(
            self.tr("Filter by name, organisation, e-mail or badge code")
        )
        self.filter.setClearButtonEnabled(True)
        self.filter.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.filter.setMinimumWidth(320)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("participantCount")
        self.count_label.setStyleSheet("color: palette(placeholder-text);")

        self.add_button = QPushButton(icon("add"), self.tr("Add"), self)
        self.add_button.setToolTip(self.tr("Add a participant (Ctrl+N)"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"), self)
        self.edit_button.setToolTip(self.tr("Edit the selected participant (Enter)"))
        self.cancel_button = QPushButton(icon("cancel"), self.tr("Cancel registration"), self)
        self.cancel_button.setObjectName("cancelRegistration")
        self.import_button = QPushButton(icon("import"), self.tr("Import…"), self)
        self.import_button.setToolTip(self.tr("Import participants or meeting requests (Ctrl+I)"))

        self.model = ParticipantTableModel(parent=self, runner=context.runner)
        self.table = QTableView(self)
        self.table.setObjectName("participantTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.columns = ColumnFitter(self.table, context.settings)

        self.query = ParticipantQuery(self.model, context.runner, self)
        self.query.updated.connect(self._on_updated)
        self.query.failed.connect(lambda error: show_error(self, error))
        self.filter.textChanged.connect(self.query.set_text)
        self.filter.returnPressed.connect(self._focus_table)
        self.model.sortRequested.connect(self._sync_sort_indicator)

        self.add_button.clicked.connect(self.add_participant)
        self.edit_button.clicked.connect(self.edit_selected)
        self.cancel_button.clicked.connect(self.toggle_registration)
        self.import_button.clicked.connect(self.open_import)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        for key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shortcut(
                key,
                self.table,
                self.edit_selected,
                Qt.ShortcutContext.WidgetShortcut,
                self.tr("Edit the selected participant (in the list)"),
            )
        within_page = Qt.ShortcutContext.WidgetWithChildrenShortcut
        shortcut(
            QKeySequence.StandardKey.New,
            self,
            self.add_participant,
            within_page,
            self.tr("Add a participant"),
        )
        shortcut(
            QKeySequence.StandardKey.Find,
            self,
            self._focus_filter,
            within_page,
            self.tr("Search the participants"),
        )
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        context.bus.changed.connect(self._on_changed)

        tools = QHBoxLayout()
        tools.setSpacing(8)
        tools.addWidget(self.filter, 1)
        tools.addSpacing(12)
        for button in (self.add_button, self.edit_button, self.cancel_button, self.import_button):
            tools.addWidget(button)
        self.notice = QLabel(self)
        self.notice.setObjectName("participantNotice")
        self.notice.setStyleSheet("color: #1a7f37; font-weight: 600;")
        self.notice.hide()
        self.filter.textEdited.connect(lambda _t: self.notice.hide())
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addSpacing(16)
        bottom.addWidget(self.notice, 1)
        bottom.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 10)
        layout.setSpacing(10)
        title = QLabel(self.tr("Participants"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._update_buttons()

    # --- page protocol -----------------------------------------------------------------------
    def set_event(self, db: EventDB | None) -> None:
        self.db = db
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.query.text = ""
        self.count_label.setText(self.tr("Loading participants…") if db is not None else "")
        self.query.set_event(db)
        self._update_buttons()

    def on_shown(self) -> None:
        """Re-read (other desks may have changed people), keeping the selected person."""
        self.filter.setFocus()
        if self.db is not None:
            current = self.current()
            keep = current.id if current is not None else None
            self.query.refresh(then=(lambda: self.select_id(keep)) if keep is not None else None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.columns.fit()

    # --- helpers -----------------------------------------------------------------------------
    def current(self) -> ParticipantRow | None:
        index = self.table.currentIndex()
        return self.model.participant(index.row()) if index.isValid() else None

    def select_id(self, pid: int) -> None:
        row = self.model.row_of(pid)
        if row < 0:
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _on_updated(self, result: Filtered) -> None:
        shown, total = len(result.ids), result.total
        if result.match == BADGE:
            text = self.tr("Found by badge code (of {0} participants)").format(total)
        elif result.match == CLOSE and shown:
            text = self.tr("No exact match: %n close match(es), one letter different", "", shown)
        elif result.match == ALL:
            text = self.tr("%n participant(s)", "", total)
        else:
            text = self.tr("{0} of {1} participants").format(shown, total)
        if result.cancelled:  # the Dashboard counts the active ones: say how the two agree
            text += " " + self.tr("({0} active, {1} cancelled)").format(
                total - result.cancelled, result.cancelled
            )
        self.count_label.setText(text)
        if shown and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        p = self.current() if self.db is not None else None
        for b in (self.add_button, self.import_button, self.filter):
            b.setEnabled(self.db is not None)
        self.edit_button.setEnabled(p is not None)
        self.cancel_button.setEnabled(p is not None)
        if p is not None and p.cancelled:
            self.cancel_button.setText(self.tr("Restore registration"))
        else:
            self.cancel_button.setText(self.tr("Cancel registration"))

    def _sync_sort_indicator(self, key: str, descending: bool) -> None:
        self.table.horizontalHeader().setSortIndicator(
            self.model.column_of(key),
            Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder,
        )

    def _focus_table(self) -> None:
        if self.model.rowCount():
            self.table.setFocus()

    def _focus_filter(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def _on_changed(self, topic: str) -> None:
        if self.db is not None and topic in (PARTICIPANTS, "checkins"):
            self.query.refresh()

    # --- actions -----------------------------------------------------------------------------
    def add_participant(self) -> ParticipantDialog | None:
        return self._open_dialog(None)

    def edit_selected(self) -> ParticipantDialog | None:
        p = self.current()
        return self._open_dialog(p) if p is not None else None

    def _open_dialog(self, row: ParticipantRow | None) -> ParticipantDialog | None:
        if self.db is None:
            return None
        dialog = ParticipantDialog(self.db, self.context.runner, row, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(
            lambda pid: self._after_save(pid, self._saved_text(dialog.value(), row is None))
        )
        dialog.open()
        db = self.db

        def suggest(stats: EventStats) -> None:
            if isValid(dialog):
                dialog.set_suggestions("country", [shown(c) for c in stats.by_country if c != "—"])
                dialog.set_suggestions("category", [c for c in stats.by_category if c != "—"])

        self.context.runner.run(plain(event_stats, db), on_result=suggest, on_error=lambda _e: None)
        return dialog

    def _after_save(self, pid: int, what: str = "") -> None:
        """Show the saved person selected (clearing a filter that hides them) and say so."""
        self.model.invalidate([pid])

        def shown() -> None:
            if self.model.row_of(pid) < 0 and self.filter.text():
                self.filter.clear()  # a filter hides them: show everybody
                self.query.run_now()
                self.query.after(lambda: self._select_saved(pid, what, cleared=True))
                return
            self._select_saved(pid, what, cleared=False)

        self.query.refresh(then=shown)
        self.context.bus.changed.emit(PARTICIPANTS)

    def _saved_text(self, data: ParticipantInput, added: bool) -> str:
        name = f"{data.first_name} {data.last_name}".strip()
        return (self.tr("✔ Added {0}.") if added else self.tr("✔ Saved {0}.")).format(name)

    def _select_saved(self, pid: int, what: str, *, cleared: bool) -> None:
        self.select_id(pid)
        if not what:
            return
        if cleared:
            what += " " + self.tr("The filter was cleared to show them.")
        self.notice.setText(what)
        self.notice.show()

    def toggle_registration(self) -> None:
        p, db = self.current(), self.db
        if p is None or db is None:
            return
        if p.cancelled:
            title, yes = self.tr("Restore registration"), self.tr("Restore")
            text = self.tr("Restore the registration of {0}?").format(p.full_name)
            status = REGISTRATION_ACTIVE
        else:
            title, yes = self.tr("Cancel registration"), self.tr("Cancel registration")
            text = self.tr("Cancel the registration of {0}?").format(p.full_name)
            status = REGISTRATION_CANCELLED

        def apply() -> None:
            self.context.runner.run(
                plain(set_registration, db, p.id, status),
                on_result=lambda _r: self._after_save(p.id),
                on_error=lambda e: show_error(self, e),
            )

        confirm(
            self,
            title,
            text,
            yes,
            apply,
            informative=self.tr("{0}, {1}").format(p.organization or "—", p.email),
            destructive=status == REGISTRATION_CANCELLED,
        )

    def open_import(self) -> None:
        if self.db is None:
            return
        from clusterdesk.ui.import_wizard import open_import_wizard

        open_import_wizard(self.context, self.db)


__all__ = ["ParticipantsPage", "COLUMNS"]
