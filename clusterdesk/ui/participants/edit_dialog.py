"""The Add/Edit participant dialog: inline validation, Save disabled until the input is valid."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import UserError
from clusterdesk.services.events import EventDB
from clusterdesk.services.participants import (
    ParticipantInput,
    ParticipantRow,
    create_participant,
    input_of,
    update_participant,
    validate_input,
)
from clusterdesk.ui.countries import shown
from clusterdesk.ui.errors import report_bug
from clusterdesk.ui.words import describe, error_text
from clusterdesk.ui.workers import TaskRunner, plain

LINE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "organization",
    "country",
    "category",
    "title",
    "phone",
    "table",
    "attention",
)


class ParticipantDialog(QDialog):
    """``saved(pid)`` is emitted after the participant was written; the dialog then closes."""

    saved = Signal(int)

    def __init__(
        self,
        db: EventDB,
        runner: TaskRunner,
        row: ParticipantRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.runner, self.row = db, runner, row
        self.setObjectName("participantDialog")
        self.setWindowTitle(self.tr("Edit participant") if row else self.tr("Add participant"))
        self.setMinimumWidth(520)
        # an e-mail is required, except for someone registered without one (a walk-in)
        self.email_required = row is None or bool(row.email)
        labels = {
            "first_name": self.tr("First name *"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail *") if self.email_required else self.tr("E-mail"),
            "organization": self.tr("Organisation"),
            "country": self.tr("Country"),
            "category": self.tr("Category"),
            "title": self.tr("Position"),
            "phone": self.tr("Phone"),
            "table": self.tr("Fixed table"),
            "attention": self.tr("Attention note"),
        }
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.fields: dict[str, QLineEdit] = {}
        self.messages: dict[str, QLabel] = {}
        for name in LINE_FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(f"field_{name}")
            edit.textChanged.connect(self._revalidate)
            self.fields[name] = edit
            form.addRow(labels[name], edit)
            if name in ("first_name", "email"):
                msg = QLabel(self)
                msg.setObjectName(f"message_{name}")
                msg.setStyleSheet("color: #b42318; font-size: 11px;")
                msg.hide()
                self.messages[name] = msg
                form.addRow("", msg)
        self.fields["attention"].setPlaceholderText(self.tr("e.g. VIP, press, needs interpreter"))
        self.fields["table"].setPlaceholderText(self.tr("an exhibitor's own table, if any"))
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("field_notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)
        form.addRow(self.tr("Notes"), self.notes)

        self.error = QLabel(self)
        self.error.setObjectName("saveError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            "background: #fef3f2; color: #b42318; border: 1px solid #fecdca;"
            "border-radius: 4px; padding: 6px;"
        )
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        required = QLabel(self.tr("* required (a first or a last name)"), self)
        required.setObjectName("requiredNote")
        required.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(required)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if row is not None:
            self._fill(input_of(row))
        self._revalidate()
        self.fields["first_name"].setFocus()

    def set_suggestions(self, field_name: str, values: list[str]) -> None:
        """Offer known values (e.g. the event's countries) as the user types."""
        completer = QCompleter(sorted(v for v in values if v), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.fields[field_name].setCompleter(completer)

    def _fill(self, data: ParticipantInput) -> None:
        for name, edit in self.fields.items():
            value = getattr(data, name)
            edit.setText(shown(value) if name == "country" else value)
        self.notes.setPlainText(data.notes)

    def value(self) -> ParticipantInput:
        values = {name: edit.text() for name, edit in self.fields.items()}
        return ParticipantInput.from_texts({**values, "notes": self.notes.toPlainText()})

    def problems(self) -> dict[str, str]:
        """Field -> a translated message, for the current input."""
        data = self.value().normalised()
        out: dict[str, str] = {}
        for name, _message in validate_input(data, email_required=self.email_required):
            if name == "first_name":
                out[name] = self.tr("Enter a first or last name.")
            elif name == "email" and not data.email:
                out[name] = self.tr("Enter an e-mail address.")
            elif name == "email":
                out[name] = self.tr("“{0}” is not a valid e-mail address.").format(data.email)
            else:
                out[name] = describe(_message)
        return out

    def _revalidate(self) -> None:
        problems = self.problems()
        for name, label in self.messages.items():
            edit = self.fields[name]
            # only complain about a field once the user has typed something somewhere
            touched = any(e.text() for e in self.fields.values())
            text = problems.get(name, "") if touched else ""
            label.setText(text)
            label.setVisible(bool(text))
            edit.setProperty("invalid", bool(text))
        self.save_button.setEnabled(not problems)
        self.error.hide()

    def save(self) -> None:
        if self.problems() or not self.save_button.isEnabled():
            return
        self.save_button.setEnabled(False)
        data = self.value()
        if self.row is None:
            job = plain(create_participant, self.db, data)
        else:
            pid = self.row.id

            def update() -> int:
                update_participant(self.db, pid, data)
                return pid

            job = plain(update)
        self.runner.run(job, on_result=self._saved, on_error=self._failed)

    def _saved(self, pid: int) -> None:
        self.saved.emit(pid)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, UserError):
            self.error.setText(self.tr("Not saved: {0}").format(error_text(error)))
            self.error.show()
        else:
            report_bug(self, error)
