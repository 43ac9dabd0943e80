"""Who gets a badge: everybody, a category, or chosen people; only not printed / checked in."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.services.events import EventDB
from clusterdesk.services.participants import rows_by_id, search_ids
from clusterdesk.services.printing import BadgeSelection, badge_categories
from clusterdesk.ui.printing.people_model import PeopleModel
from clusterdesk.ui.workers import TaskRunner

ALL, CATEGORY, CHOSEN = 0, 1, 2


class BadgeSelectionPanel(QWidget):
    changed = Signal()  # the selection changed (the page re-renders, debounced)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("badgeSelection")
        self.mode = QButtonGroup(self)
        self.all_radio = QRadioButton(self.tr("Everybody"), self)
        self.category_radio = QRadioButton(self.tr("A category"), self)
        self.chosen_radio = QRadioButton(self.tr("Chosen participants"), self)
        for i, radio in enumerate((self.all_radio, self.category_radio, self.chosen_radio)):
            self.mode.addButton(radio, i)
        self.all_radio.setChecked(True)
        self.category = QComboBox(self)
        self.category.setObjectName("categoryCombo")
        self.search = QLineEdit(self)
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("Find by name, organisation or e-mail"))
        self.search.setClearButtonEnabled(True)
        self.model = PeopleModel(self)
        self.people = QListView(self)
        self.people.setObjectName("peopleList")
        self.people.setModel(self.model)
        self.people.setUniformItemSizes(True)
        self.people.setMinimumHeight(220)
        self.chosen_label = QLabel(self)
        self.chosen_label.setObjectName("chosenCount")
        self.not_printed = QCheckBox(self.tr("Only badges not printed yet"), self)
        self.not_printed.setObjectName("onlyNotPrinted")
        self.checked_in = QCheckBox(self.tr("Only people checked in"), self)
        self.checked_in.setObjectName("onlyCheckedIn")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.all_radio,
            self.category_radio,
            self.category,
            self.chosen_radio,
            self.search,
            self.people,
            self.chosen_label,
            self.not_printed,
            self.checked_in,
        ):
            layout.addWidget(w)
        layout.addStretch(1)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search)
        self.db: EventDB | None = None
        self.runner: TaskRunner | None = None
        self.mode.idClicked.connect(self._mode_changed)
        self.category.currentIndexChanged.connect(self._category_changed)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.model.toggled.connect(self._toggled)
        self.not_printed.toggled.connect(self.changed)
        self.checked_in.toggled.connect(self.changed)
        self._mode_changed(ALL)

    # data from the page ------------------------------------------------------------------
    def set_categories(self, names: Sequence[str]) -> None:
        current = self.category.currentText()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItems(list(names))
        if current in names:
            self.category.setCurrentText(current)
        self.category.blockSignals(False)

    def set_people(self, people: Iterable[tuple[int, str]]) -> None:
        """(id, label) of every participant, in display order (chosen ones stay chosen)."""
        self.model.set_people(people)
        self._update_chosen_label()

    def forget(self) -> None:
        """A new event: nobody is chosen, the list is empty."""
        self.db = None
        self.model.checked = set()
        self.model.shown = None
        self.search.clear()
        self.set_people([])

    def show_matches(self, ids: Iterable[int] | None) -> None:
        """Show only these people in the list (None: everybody); checked ones stay checked."""
        self.model.set_shown(ids)

    def load(self, runner: TaskRunner, db: EventDB) -> None:
        """Fetch the categories and people of ``db`` off the GUI thread."""
        self.runner, self.db = runner, db

        def load() -> tuple[list[str], list[tuple[int, str]]]:
            rows = rows_by_id(db, search_ids(db, "", sort="name"))
            people = [
                (
                    r.id,
                    " · ".join(
                        p for p in (f"{r.last_name} {r.first_name}".strip(), r.organization) if p
                    ),
                )
                for r in rows
            ]
            return badge_categories(db), people

        def show(result: tuple[list[str], list[tuple[int, str]]]) -> None:
            if db is self.db:
                self.set_categories(result[0])
                self.set_people(result[1])

        runner.run(lambda _p, _c: load(), on_result=show)

    def _search(self) -> None:
        db, runner, text = self.db, self.runner, self.search.text()
        if db is None or runner is None or not text.strip():
            self.show_matches(None)
            return
        runner.run(
            lambda _p, _c: search_ids(db, text),
            on_result=lambda ids: self.show_matches(ids) if db is self.db else None,
        )

    # the selection -----------------------------------------------------------------------
    def select_participants(self, ids: Iterable[int]) -> None:
        """Choose exactly these participants (e.g. the rows selected on the Participants page)."""
        self.model.set_checked(ids)
        self._update_chosen_label()
        self.chosen_radio.setChecked(True)
        self._mode_changed(CHOSEN)

    def chosen_ids(self) -> list[int]:
        return sorted(self.model.checked)

    def selection(self) -> BadgeSelection:
        mode = self.mode.checkedId()
        return BadgeSelection(
            participant_ids=tuple(self.chosen_ids()) if mode == CHOSEN else (),
            category=self.category.currentText() if mode == CATEGORY else "",
            only_not_printed=self.not_printed.isChecked(),
            only_checked_in=self.checked_in.isChecked(),
        )

    def nothing_chosen(self) -> bool:
        return self.mode.checkedId() == CHOSEN and not self.model.checked

    def choose_category(self, name: str) -> None:
        self.category_radio.setChecked(True)
        self.category.setCurrentText(name)
        self._mode_changed(CATEGORY)

    # reactions ---------------------------------------------------------------------------
    def _mode_changed(self, mode: int) -> None:
        self.category.setEnabled(mode == CATEGORY)
        chosen = mode == CHOSEN
        for w in (self.search, self.people, self.chosen_label):
            w.setVisible(chosen)
        self.changed.emit()

    def _category_changed(self, _index: int) -> None:
        if self.mode.checkedId() == CATEGORY:
            self.changed.emit()

    def _toggled(self, _pid: int, _on: bool) -> None:
        self._update_chosen_label()
        self.changed.emit()

    def _update_chosen_label(self) -> None:
        self.chosen_label.setText(self.tr("{0} chosen").format(len(self.model.checked)))
