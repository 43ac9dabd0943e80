"""The walk-in form: a short inline panel (never a modal dialog) — Enter saves, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.badge_codes import looks_like_code
from clusterdesk.services.participants import ParticipantInput, validate_input
from clusterdesk.ui.theme import css
from clusterdesk.ui.words import capitalised, describe

FIELDS = ("first_name", "last_name", "email", "organization", "country", "category")


class WalkInForm(QFrame):
    submitted = Signal(object)  # ParticipantInput
    cancelled = Signal()
    scanned = Signal(str)  # a badge was scanned while the form had the focus

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("walkInForm")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        labels = {
            "first_name": self.tr("First name *"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail (if at hand)"),
            "organization": self.tr("Organisation"),
            "country": self.tr("Country"),
            "category": self.tr("Category"),
        }
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for name in FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"walkin_{name}")
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(self._maybe_scan)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
        self.edits["category"].setText(self.tr("Walk-in"))
        self.edits["first_name"].setPlaceholderText(self.tr("required: a first or last name"))
        self.edits["email"].setPlaceholderText(self.tr("optional: the badge code identifies them"))
        self.problem = QLabel()
        self.problem.setObjectName("walkInProblem")
        self.palette_changed()
        self.problem.setWordWrap(True)
        save = QPushButton(self.tr("Save and check in (Enter)"))
        save.setObjectName("walkInSave")
        save.clicked.connect(self.submit)
        cancel = QPushButton(self.tr("Cancel (Esc)"))
        cancel.clicked.connect(self.cancel)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(save)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<b>Walk-in registration</b>"))
        layout.addWidget(title)
        layout.addLayout(form)
        required = QLabel(self.tr("* required"))
        required.setObjectName("walkInRequired")
        required.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(required)
        layout.addWidget(self.problem)
        layout.addLayout(buttons)

    def palette_changed(self) -> None:
        """The problem's red, readable on this theme's window colour (again after a change)."""
        window = self.palette().color(QPalette.ColorRole.Window)
        self.problem.setStyleSheet(f"color: {css('#b3131b', window)}; font-weight: bold;")

    def start(self) -> None:
        for name, edit in self.edits.items():
            if name != "category":
                edit.clear()
        self.problem.clear()
        self.show()
        self.edits["first_name"].setFocus(Qt.FocusReason.ShortcutFocusReason)

    def data(self) -> ParticipantInput:
        values = {name: edit.text() for name, edit in self.edits.items()}
        return ParticipantInput.from_texts(values).normalised()

    def submit(self) -> None:
        data = self.data()
        problems = validate_input(data, email_required=False)
        if problems:
            field, message = problems[0]
            self.problem.setText(capitalised(describe(message)))
            self.edits[field].setFocus()
            return
        self.problem.setText(self.tr("Saving…"))
        self.submitted.emit(data)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)

    def cancel(self) -> None:
        self.hide()
        self.cancelled.emit()

    def _maybe_scan(self, text: str) -> None:
        # A badge scanned into a form field is a scan, not a name: hand it to the desk.
        if looks_like_code(text):
            sender = self.sender()
            if isinstance(sender, QLineEdit):
                sender.clear()
            self.scanned.emit(text)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if e.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(e)
