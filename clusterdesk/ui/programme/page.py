"""The Programme page: the event's talks, panels and breaks — add, edit, delete, import.

The programme is printed on every personal agenda and goes into the calendars and the HTML plan.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.events import EventDB, EventInfo, event_info
from clusterdesk.services.programme import ProgrammeRow, delete_items, list_programme
from clusterdesk.ui.context import EVENT, PageContext
from clusterdesk.ui.dialogs.confirm import confirm
from clusterdesk.ui.errors import show_error
from clusterdesk.ui.icons import icon
from clusterdesk.ui.keys import shortcut
from clusterdesk.ui.programme.dialog import ProgrammeDialog
from clusterdesk.ui.workers import plain

PROGRAMME_TOPIC = "programme"
Index = QModelIndex | QPersistentModelIndex


class ProgrammeModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ProgrammeRow] = []
        self.several_days = False
        self.headers = [self.tr("Time"), self.tr("Title"), self.tr("Room"), self.tr("Speakers")]

    def set_rows(self, rows: list[ProgrammeRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.several_days = len({r.starts_at.date() for r in rows}) > 1
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        r = self.rows[index.row()]
        if index.column() == 0:
            when = f"{r.starts_at:%H:%M}–{r.ends_at:%H:%M}"
            return f"{r.starts_at:%Y-%m-%d} {when}" if self.several_days else when
        return (r.title, r.room, r.speakers)[index.column() - 1]


class ProgrammePage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.db: EventDB | None = None
        self.info: EventInfo | None = None
        self.setObjectName("programmePage")
        self.dialog: ProgrammeDialog | None = None

        title = QLabel(self.tr("Programme"), self)
        title.setObjectName("pageTitle")
        note = QLabel(
            self.tr("Printed on every personal agenda; also in the calendars and the HTML plan."),
            self,
        )
        self.add_button = QPushButton(icon("add"), self.tr("Add…"), self)
        self.add_button.setObjectName("addProgramme")
        self.add_button.setToolTip(self.tr("Add a programme item (Ctrl+N)"))
        self.edit_button = QPushButton(icon("edit"), self.tr("Edit…"), self)
        self.edit_button.setObjectName("editProgramme")
        self.delete_button = QPushButton(icon("delete"), self.tr("Delete"), self)
        self.delete_button.setObjectName("deleteProgramme")
        self.import_button = QPushButton(icon("import"), self.tr("Import…"), self)
        self.import_button.setObjectName("importProgramme")
        self.import_button.setToolTip(self.tr("Import the programme from a CSV or Excel file"))
        self.model = ProgrammeModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("programmeTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button, self.import_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self.claimed_shortcuts = [QKeySequence(QKeySequence.StandardKey.New)]
        shortcut(
            QKeySequence.StandardKey.New,
            self,
            self.add,
            Qt.ShortcutContext.WidgetWithChildrenShortcut,
            self.tr("Add a programme item"),
        )
        shortcut(
            Qt.Key.Key_Delete,
            self.table,
            self.delete_selected,
            Qt.ShortcutContext.WidgetShortcut,
            self.tr("Delete the selected programme item (in the list)"),
        )
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button.clicked.connect(self.import_file)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.table.activated.connect(lambda _i: self.edit_selected())
        context.bus.changed.connect(self._on_changed)
        self._enable()

    # the page protocol -------------------------------------------------------------------
    def set_event(self, db: EventDB | None) -> None:
        self.db = db
        self.info = None
        self.model.set_rows([])
        self._enable()
        if db is not None:
            self.refresh()

    def on_shown(self) -> None:
        self.refresh()

    def _on_changed(self, topic: str) -> None:
        if topic in (PROGRAMME_TOPIC, EVENT) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        db = self.db
        if db is None:
            return
        self.context.runner.run(
            lambda _p, _c: (event_info(db), list_programme(db)),
            on_result=self._loaded,
            on_error=self._error,
        )

    def _loaded(self, result: tuple[EventInfo, list[ProgrammeRow]]) -> None:
        self.info, rows = result
        self.model.set_rows(rows)
        self._enable()

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc)

    def _deleted(self) -> None:
        self.context.bus.changed.emit(PROGRAMME_TOPIC)
        self.refresh()

    def _enable(self) -> None:
        has_event = self.db is not None
        has_rows = bool(self.model.rows)
        for b in (self.add_button, self.import_button):
            b.setEnabled(has_event)
        for b in (self.edit_button, self.delete_button):
            b.setEnabled(has_event and has_rows)

    def selected(self) -> list[ProgrammeRow]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r] for r in rows if r < len(self.model.rows)]

    # actions -----------------------------------------------------------------------------
    def _open(self, row: ProgrammeRow | None) -> ProgrammeDialog | None:
        if self.db is None:
            return None
        day = row.starts_at.date() if row else (self.info.start_date if self.info else date.today())
        dialog = ProgrammeDialog(self.db, self.context.runner, day, row, self)
        dialog.saved.connect(lambda _id: self.context.bus.changed.emit(PROGRAMME_TOPIC))
        dialog.saved.connect(lambda _id: self.refresh())
        self.dialog = dialog
        dialog.open()
        return dialog

    def add(self) -> ProgrammeDialog | None:
        return self._open(None)

    def edit_selected(self) -> ProgrammeDialog | None:
        chosen = self.selected()
        return self._open(chosen[0]) if chosen else None

    def delete_selected(self) -> None:
        db, chosen = self.db, self.selected()
        if db is None or not chosen:
            return
        ids = [r.id for r in chosen]
        names = ", ".join(r.title for r in chosen[:3]) + ("…" if len(chosen) > 3 else "")

        def delete() -> None:
            self.context.runner.run(
                plain(delete_items, db, ids),
                on_result=lambda _n: self._deleted(),
                on_error=self._error,
            )

        confirm(
            self,
            self.tr("Delete programme items"),
            self.tr("Delete {0}?").format(names),
            self.tr("Delete"),
            delete,
            destructive=True,
        )

    def import_file(self) -> None:
        if self.db is None:
            return
        from clusterdesk.ui.import_wizard import open_import_wizard

        wizard = open_import_wizard(self.context, self.db, kind="programme")
        wizard.finished.connect(lambda _r: self.refresh())
