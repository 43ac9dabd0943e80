"""Wizard steps 1 and 2: choose the file and what it holds; preview it with encoding/delimiter."""

from __future__ import annotations

import codecs
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from clusterdesk.core.errors import UserError
from clusterdesk.services.people_import import RawTable, read_table
from clusterdesk.ui.i18n import QT_TRANSLATE_NOOP
from clusterdesk.ui.import_wizard.state import PARTICIPANTS, PROGRAMME, REQUESTS, ImportState
from clusterdesk.ui.words import error_text
from clusterdesk.ui.workers import Task, TaskRunner

PREVIEW_ROWS = 20
# the encodings registration platforms and spreadsheet programs in the region write, by the names
# people know them by (the codec behind each, for the reader)
ENCODINGS = {
    "utf-8": QT_TRANSLATE_NOOP("Encodings", "Unicode (UTF-8)"),
    "utf-8-sig": QT_TRANSLATE_NOOP("Encodings", "Unicode (UTF-8 with BOM, Excel “CSV UTF-8”)"),
    "cp1257": QT_TRANSLATE_NOOP("Encodings", "Windows-1257 (Baltic)"),
    "iso8859-13": QT_TRANSLATE_NOOP("Encodings", "ISO-8859-13 (Baltic)"),
    "cp1252": QT_TRANSLATE_NOOP("Encodings", "Windows-1252 (Western European)"),
    "iso8859-2": QT_TRANSLATE_NOOP("Encodings", "ISO-8859-2 (Central European, Polish)"),
    "cp1251": QT_TRANSLATE_NOOP("Encodings", "Windows-1251 (Cyrillic)"),
    "utf-16": QT_TRANSLATE_NOOP("Encodings", "Unicode (UTF-16)"),
}


def encoding_title(codec: str | None) -> str:
    """ "Windows-1257 (Baltic)" for ``cp1257``; the codec's own name for others."""
    if not codec:
        return "?"
    try:
        name = codecs.lookup(codec).name
    except LookupError:
        return codec
    title = ENCODINGS.get(name) or ENCODINGS.get(codec)
    return QCoreApplication.translate("Encodings", title) if title else codec


DELIMITERS = [(",", "comma"), (";", "semicolon"), ("\t", "tab")]
ERROR_STYLE = "color: #b42318;"


class FilePage(QWizardPage):
    def __init__(self, state: ImportState, folder: str = "") -> None:
        super().__init__()
        self.state = state
        self.folder = folder
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "A CSV or Excel (.xlsx) export from a registration platform, one row per "
                "person or per meeting request, with a header row."
            )
        )
        self.path = QLineEdit(self)
        self.path.setObjectName("importPath")
        self.path.textChanged.connect(self._path_changed)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.participants = QRadioButton(self.tr("Participants"), self)
        self.participants.setObjectName("kindParticipants")
        self.requests = QRadioButton(self.tr("Meeting requests"), self)
        self.requests.setObjectName("kindRequests")
        self.kinds = QButtonGroup(self)
        self.programme = QRadioButton(self.tr("Programme"), self)
        self.programme.setObjectName("kindProgramme")
        self.kinds.addButton(self.participants)
        self.kinds.addButton(self.requests)
        self.kinds.addButton(self.programme)
        self.participants.setChecked(True)
        self.kinds.buttonToggled.connect(lambda *_: self._kind_changed())
        self.message = QLabel(self)
        self.message.setStyleSheet(ERROR_STYLE)
        form = QFormLayout(self)
        form.addRow(self.tr("File"), row)
        form.addRow("", self.message)
        form.addRow(self.tr("The file holds"), self.participants)
        form.addRow("", self.requests)
        form.addRow("", self.programme)

    def sync_kind(self) -> None:
        buttons = {REQUESTS: self.requests, PROGRAMME: self.programme}
        buttons.get(self.state.kind, self.participants).setChecked(True)

    def _kind_changed(self) -> None:
        if self.requests.isChecked():
            self.state.kind = REQUESTS
        elif self.programme.isChecked():
            self.state.kind = PROGRAMME
        else:
            self.state.kind = PARTICIPANTS

    def _browse(self) -> None:
        chosen, _f = QFileDialog.getOpenFileName(
            self,
            self.tr("Import file"),
            self.path.text() or self.folder,
            self.tr("Tables (*.csv *.txt *.tsv *.xlsx);;All files (*)"),
        )
        if chosen:
            self.path.setText(chosen)

    def _path_changed(self, text: str) -> None:
        path = Path(text.strip()) if text.strip() else None
        missing = path is not None and not path.is_file()
        self.message.setText(self.tr("No file at this path.") if missing else "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        text = self.path.text().strip()
        return bool(text) and Path(text).is_file()

    def validatePage(self) -> bool:
        new_path = self.path.text().strip()
        if new_path != self.state.path:
            self.state.table = None
            self.state.encoding = self.state.delimiter = None
        self.state.path = new_path
        return True


class PreviewPage(QWizardPage):
    def __init__(self, state: ImportState, runner: TaskRunner) -> None:
        super().__init__()
        self.state = state
        self.runner = runner
        self._task: Task | None = None
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(
            self.tr(
                "Check that names and letters look right. If they do not, "
                "choose the file's encoding or delimiter."
            )
        )
        self.encoding = QComboBox(self)
        self.encoding.setObjectName("importEncoding")
        self.delimiter = QComboBox(self)
        self.delimiter.setObjectName("importDelimiter")
        self.encoding.addItem(self.tr("Detect automatically"), None)
        for codec in ENCODINGS:
            self.encoding.addItem(encoding_title(codec), codec)
        self.delimiter.addItem(self.tr("Detect automatically"), None)
        for char, _name in DELIMITERS:
            title = {
                ",": self.tr("Comma (,)"),
                ";": self.tr("Semicolon (;)"),
                "\t": self.tr("Tab"),
            }[char]
            self.delimiter.addItem(title, char)
        self.encoding.activated.connect(self.reload)
        self.delimiter.activated.connect(self.reload)
        self.info = QLabel(self)
        self.info.setObjectName("previewInfo")
        self.info.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setObjectName("previewTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setDefaultSectionSize(140)
        self.table.verticalHeader().setDefaultSectionSize(24)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("Encoding"), self))
        options.addWidget(self.encoding)
        options.addSpacing(16)
        options.addWidget(QLabel(self.tr("Delimiter"), self))
        options.addWidget(self.delimiter)
        options.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)

    def initializePage(self) -> None:
        self.reload()  # also after Back: the user may have fixed the file meanwhile

    def reload(self) -> None:
        self.state.table = None
        self.state.encoding = self.encoding.currentData()
        self.state.delimiter = self.delimiter.currentData()
        self.info.setStyleSheet("")
        self.info.setText(self.tr("Reading the file…"))
        self.table.clear()
        self.completeChanged.emit()
        if self._task is not None:
            self._task.cancel()
        path, enc, delim = self.state.path, self.state.encoding, self.state.delimiter
        self._task = self.runner.run(
            lambda _p, _c: read_table(path, encoding=enc, delimiter=delim),
            on_result=self._loaded,
            on_error=self._failed,
        )

    @property
    def loading(self) -> bool:
        return self._task is not None

    def _failed(self, error: BaseException) -> None:
        self._task = None
        if not isinstance(error, UserError):
            raise error
        self.info.setStyleSheet(ERROR_STYLE)
        self.info.setText(error_text(error))
        self.completeChanged.emit()

    def _loaded(self, table: RawTable) -> None:
        self._task = None
        self.state.table = table
        numbered = [
            (table.row_number(i), r) for i, r in enumerate(table.rows) if any(c.strip() for c in r)
        ]
        rows = [r for _n, r in numbered]
        shown = rows[:PREVIEW_ROWS]
        self.table.setColumnCount(len(table.headers))
        self.table.setRowCount(len(shown))
        self.table.setHorizontalHeaderLabels(table.headers)
        # the spreadsheet's own row numbers, as the problems list uses them
        self.table.setVerticalHeaderLabels([str(n) for n, _r in numbered[: len(shown)]])
        for r, values in enumerate(shown):
            for c, value in enumerate(values[: len(table.headers)]):
                item = QTableWidgetItem(value.replace("\n", " ⏎ "))
                item.setToolTip(value)
                self.table.setItem(r, c, item)
        if table.sheet:
            source = self.tr("sheet “{0}”").format(table.sheet)
        else:
            names = {",": self.tr("comma"), ";": self.tr("semicolon"), "\t": self.tr("tab")}
            source = self.tr("{0}, {1}-separated").format(
                encoding_title(table.encoding),
                names.get(table.delimiter or "", table.delimiter or "?"),
            )
        self.info.setText(
            self.tr("{0} rows and {1} columns ({2}). The first {3} rows are shown.").format(
                len(rows), len(table.headers), source, len(shown)
            )
        )
        self.encoding.setEnabled(not table.sheet)
        self.delimiter.setEnabled(not table.sheet)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.state.table is not None and self._task is None
