"""Wizard step 3: which column holds which field (prefilled from the header synonyms)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from clusterdesk.core.errors import UserError
from clusterdesk.services.people_import import (
    FIELDS,
    REQUIRED,
    RawTable,
    match_columns,
    missing_fields,
    read_table,
)
from clusterdesk.ui.import_wizard.state import PARTICIPANTS, PROGRAMME, ImportState, field_title
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import Task, TaskRunner


def column_label(index: int, header: str) -> str:
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return f"{letters}: {header}" if header else letters


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState, runner: TaskRunner | None = None) -> None:
        super().__init__()
        self.state = state
        self.runner = runner or TaskRunner(self)
        self._task: Task | None = None
        self.setTitle(self.tr("Columns"))
        self.setSubTitle(
            self.tr(
                "Choose the column for each field. Fields marked * are "
                "required; columns left out are not imported."
            )
        )
        self.combos: dict[str, QComboBox] = {}
        self.form_host = QWidget(self)
        self.form = QFormLayout(self.form_host)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(self.form_host)
        self.update_box = QCheckBox(self)
        self.update_box.setObjectName("importUpdate")
        self.update_box.toggled.connect(self._update_toggled)
        self.info = QLabel(self)
        self.info.setObjectName("mappingInfo")
        self.info.setWordWrap(True)
        self.message = QLabel(self)
        self.message.setObjectName("mappingMessage")
        self.message.setStyleSheet("color: #b42318;")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.update_box)

    def reread(self) -> None:
        """Read the file again (Back after fixing it) and show its columns, keeping the choices
        made for the headers that are still there."""
        state = self.state
        path, enc, delim = state.path, state.encoding, state.delimiter
        before = state.table.headers if state.table is not None else []
        chosen = {f: before[i] for f, i in state.columns.items() if i < len(before)}
        self.info.setText(self.tr("Reading the file again…"))
        if self._task is not None:
            self._task.cancel()

        def done(table: RawTable) -> None:
            self._task = None
            state.table = table
            self.initializePage()
            for fld, header in chosen.items():
                combo = self.combos.get(fld)
                if combo is not None and header in table.headers:
                    combo.setCurrentIndex(table.headers.index(header) + 1)
            self.info.setText(
                self.tr("The file was read again: %n row(s).", "", sum(1 for r in table.rows if r))
            )
            self.completeChanged.emit()

        def failed(error: BaseException) -> None:
            self._task = None
            if not isinstance(error, UserError):
                raise error
            self.info.setText(error_text(error))
            self.completeChanged.emit()

        self._task = self.runner.run(
            lambda _p, _c: read_table(path, encoding=enc, delimiter=delim),
            on_result=done,
            on_error=failed,
        )
        self.completeChanged.emit()

    def initializePage(self) -> None:
        table = self.state.table
        assert table is not None
        if self._task is None:
            self.info.clear()
        while self.form.rowCount():
            self.form.removeRow(0)
        self.combos.clear()
        kind = self.state.kind
        self.state.columns = match_columns(table.headers, kind)
        for fld in FIELDS[kind]:
            combo = QComboBox(self.form_host)
            combo.setObjectName(f"map_{fld}")
            combo.addItem(self.tr("(not imported)"), -1)
            for i, header in enumerate(table.headers):
                combo.addItem(column_label(i, header), i)
            if fld in self.state.columns:
                combo.setCurrentIndex(self.state.columns[fld] + 1)
            combo.currentIndexChanged.connect(self._changed)
            self.combos[fld] = combo
            required = fld in REQUIRED[kind]
            self.form.addRow(field_title(fld, kind) + (" *" if required else ""), combo)
        if kind == PARTICIPANTS:
            self.update_box.setText(
                self.tr(
                    "Update people already in the event (matched by "
                    "e-mail) instead of reporting them"
                )
            )
        elif kind == PROGRAMME:
            self.update_box.setText(
                self.tr("Update items already in the programme (same title and start)")
            )
        else:
            self.update_box.setText(self.tr("Update requests already in the event"))
        self.update_box.setChecked(self.state.update)
        self._changed()

    def _update_toggled(self, checked: bool) -> None:
        self.state.update = checked

    def _changed(self) -> None:
        columns = {}
        for fld, combo in self.combos.items():
            index = combo.currentData()
            if index is not None and index >= 0:
                columns[fld] = int(index)
        self.state.columns = columns
        missing = missing_fields(self.state.kind, columns)
        taken: dict[int, list[str]] = {}
        for fld, index in columns.items():
            taken.setdefault(index, []).append(field_title(fld))
        twice = [names for names in taken.values() if len(names) > 1]
        lines = []
        if missing:
            lines.append(
                self.tr("Choose a column for: {0}.").format(
                    ", ".join(field_title(f) for f in missing)
                )
            )
        for names in twice:
            lines.append(
                self.tr("One column is chosen for several fields: {0}.").format(", ".join(names))
            )
        self.message.setText("\n".join(lines))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.message.text() and self._task is None
