"""The Print page: badges, table cards, personal agendas, table sheets, the master schedule or the
catalogue; a layout (badges), who (badges and agendas), a live count, a preview of the real PDF,
Print… and Save as PDF…, and the check-in desk's badge printer."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.core.errors import UserError
from clusterdesk.documents.output import RenderStats
from clusterdesk.services.events import EventDB
from clusterdesk.services.printing import (
    AGENDA,
    BADGE,
    CATALOGUE,
    MASTER_SCHEDULE,
    TABLE_CARD,
    TABLE_SHEET,
    PreparedJob,
    PrintChoices,
)
from clusterdesk.ui.context import CHECKINS, EVENT, MEETINGS, PARTICIPANTS, SETTINGS, PageContext
from clusterdesk.ui.errors import report_bug
from clusterdesk.ui.icons import icon
from clusterdesk.ui.printing.actions import PRINT_TOPIC, PrintActions
from clusterdesk.ui.printing.desk_box import DeskPrinterBox
from clusterdesk.ui.printing.layout_combo import LayoutCombo
from clusterdesk.ui.printing.pipeline import PreviewPipeline
from clusterdesk.ui.printing.preview import PdfPreview
from clusterdesk.ui.printing.selection import BadgeSelectionPanel
from clusterdesk.ui.words import error_text

# SETTINGS: Preferences may have changed the layouts and printers
REFRESH_TOPICS = {PARTICIPANTS, CHECKINS, MEETINGS, EVENT, PRINT_TOPIC, SETTINGS}


def plural(translated: str, n: int) -> str:
    """The result of ``self.tr("%n badge(s)", "", n)``: without a translation loaded, English
    still reads well ("1 badge", "2 badges"); translations give their own numerus forms."""
    return translated.replace("(s)", "" if n == 1 else "s") if "(s)" in translated else translated


class PrintPage(QWidget):
    def __init__(self, context: PageContext) -> None:
        super().__init__()
        self.context = context
        self.db: EventDB | None = None
        self.setObjectName("printPage")
        self.pipeline = PreviewPipeline(context.runner, self)
        self.print_actions = PrintActions(context, self.pipeline, self)
        self.prefs = self.print_actions.prefs
        self._dirty = True

        self.kind = QComboBox(self)
        self.kind.setObjectName("documentKind")
        self.kind.addItem(self.tr("Badges"), BADGE)
        self.kind.addItem(self.tr("Table cards"), TABLE_CARD)
        self.kind.addItem(self.tr("Personal agendas"), AGENDA)
        self.kind.addItem(self.tr("Table sheets"), TABLE_SHEET)
        self.kind.addItem(self.tr("Master schedule"), MASTER_SCHEDULE)
        self.kind.addItem(self.tr("Participant catalogue"), CATALOGUE)
        self.changed_only = QCheckBox(self.tr("Only agendas changed since last printed"), self)
        self.changed_only.setObjectName("agendasChangedOnly")
        self.layouts = LayoutCombo(self)
        self.layouts.setObjectName("layoutCombo")
        self.card_format = QLabel(self.tr("A4 landscape tent card, one per table"), self)
        self.card_format.setWordWrap(True)
        self.selection = BadgeSelectionPanel(self)
        self.who = QGroupBox(self.tr("Who gets a badge"), self)
        QVBoxLayout(self.who).addWidget(self.selection)
        self.count = QLabel(self)
        self.count.setObjectName("printCount")
        self.count.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.note = QLabel(self)
        self.note.setObjectName("printNote")
        self.note.setWordWrap(True)
        self.print_button = QPushButton(icon("print"), self.tr("Print…"), self)
        self.print_button.setObjectName("printButton")
        self.print_button.setDefault(True)
        self.save_button = QPushButton(icon("export"), self.tr("Save as PDF…"), self)
        self.save_button.setObjectName("savePdfButton")
        self.desk = DeskPrinterBox(self.prefs, self)
        self.preview = PdfPreview(self)
        self._build_layout()

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.layouts.currentIndexChanged.connect(self._layout_changed)
        self.selection.changed.connect(self.refresh)
        self.changed_only.toggled.connect(lambda _on: self.refresh())
        self.pipeline.started.connect(self._started)
        self.pipeline.prepared.connect(self._show_count)
        self.pipeline.previewed.connect(self._show_preview)
        self.pipeline.rendered.connect(self._rendered)
        self.pipeline.progressed.connect(self._render_progress)
        self.pipeline.failed.connect(self._failed)
        self.print_button.clicked.connect(self.print_actions.print_dialog)
        self.save_button.clicked.connect(self.print_actions.save_dialog)
        self.print_actions.message.connect(self.note.setText)
        self.print_actions.recorded.connect(self._recorded)
        context.bus.changed.connect(self._on_changed)
        self.kind.setCurrentIndex(0)
        self._kind_changed(0)

    def _build_layout(self) -> None:
        title = QLabel(self.tr("Print"), self)
        title.setObjectName("pageTitle")
        form = self.form = QFormLayout()
        form.addRow(self.tr("Document"), self.kind)
        form.addRow(self.tr("Layout"), self.layouts)
        form.addRow("", self.card_format)
        form.addRow("", self.changed_only)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.save_button)
        controls = QWidget()
        column = QVBoxLayout(controls)
        column.setContentsMargins(16, 16, 8, 16)
        for w in (title, self.count, self.note):
            column.addWidget(w)
        column.insertLayout(1, form)
        column.addLayout(buttons)
        column.addWidget(self.who)
        column.addStretch(1)
        column.addWidget(self.desk)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(controls)
        scroll.setMinimumWidth(340)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 800])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

    # the page protocol -------------------------------------------------------------------
    def set_event(self, db: EventDB | None) -> None:
        self.db = db
        self.pipeline.set_db(db)
        self.preview.clear()
        self.selection.forget()
        self._dirty = True
        if db is not None and self.isVisible():
            self.on_shown()

    def on_shown(self) -> None:
        if self._dirty and self.db is not None:
            self._dirty = False
            self.layouts.reload(self.prefs.layout(self.current_kind()) if self.is_badges() else "")
            self.desk.reload()
            self.selection.load(self.context.runner, self.db)
            self.refresh()

    def select_participants(self, ids: Iterable[int]) -> None:
        """Print badges for exactly these participants (from the Participants page)."""
        self.kind.setCurrentIndex(self.kind.findData(BADGE))
        self.selection.select_participants(ids)

    def select_agendas(self, ids: Iterable[int]) -> None:
        """Print the personal agendas of exactly these participants (changed on site)."""
        self.kind.setCurrentIndex(self.kind.findData(AGENDA))
        self.changed_only.setChecked(False)
        self.selection.select_participants(ids)

    # choices → preview ---------------------------------------------------------------------
    def current_kind(self) -> str:
        return str(self.kind.currentData())

    def is_badges(self) -> bool:
        return self.current_kind() == BADGE

    def for_people(self) -> bool:
        """Badges and agendas are printed for the people chosen below."""
        return self.current_kind() in (BADGE, AGENDA)

    def choices(self) -> PrintChoices:
        kind = self.current_kind()
        if kind == AGENDA:
            selection = self.selection.selection()
            return PrintChoices(AGENDA, selection=selection, changed=self.changed_only.isChecked())
        if not self.is_badges():
            return PrintChoices(kind=kind)  # type: ignore[arg-type]
        return PrintChoices(BADGE, self.layouts.current_name(), self.selection.selection())

    def refresh(self) -> None:
        """Re-prepare and re-render (debounced) for the current choices."""
        self._set_ready(False)
        if self.db is None:
            return
        if self.is_badges() and not self.layouts.current_name():
            self.pipeline.stop()
            self._failed(
                UserError(self.tr("No usable badge layout: fix the layout file or choose another."))
            )
            return
        if self.for_people() and self.selection.nothing_chosen():
            self.count.setText(self.tr("Nobody chosen yet"))
            self.preview.clear(self.tr("Tick the participants whose badges you want to print."))
            self.pipeline.stop()
            return
        self.pipeline.request(self.choices())

    def _kind_changed(self, _index: int) -> None:
        badges = self.is_badges()
        kind = self.current_kind()
        formats: dict[str, str] = {
            TABLE_CARD: self.tr("A4 landscape tent card, one per table"),
            AGENDA: self.tr("A4, a page per person with meetings and programme"),
            TABLE_SHEET: self.tr("A4, one sheet per table with tick boxes for the table host"),
            MASTER_SCHEDULE: self.tr("A4 landscape: tables × slots"),
            CATALOGUE: self.tr("A4, two columns, grouped by country"),
        }
        self.card_format.setText(formats.get(kind, ""))
        self.form.setRowVisible(self.layouts, badges)
        self.form.setRowVisible(self.card_format, not badges)
        self.form.setRowVisible(self.changed_only, kind == AGENDA)
        self.who.setVisible(self.for_people())
        self.who.setTitle(
            self.tr("Who gets an agenda") if kind == AGENDA else self.tr("Who gets a badge")
        )
        self.selection.not_printed.setText(
            self.tr("Only agendas not printed yet")
            if kind == AGENDA
            else self.tr("Only badges not printed yet")
        )
        if badges:
            self.layouts.reload(self.prefs.layout(BADGE))
        self.refresh()

    def _layout_changed(self, _index: int) -> None:
        name = self.layouts.current_name()
        if name and self.is_badges():
            self.prefs.set_layout(BADGE, name)
        self.refresh()

    def _started(self) -> None:
        self.note.setText("")
        if self.preview.path is None:
            self.preview.show_message(self.tr("Preparing the preview…"))

    def _show_count(self, job: PreparedJob) -> None:
        pages = plural(self.tr("%n page(s)", "", job.pages), job.pages)
        nouns = {
            BADGE: self.tr("%n badge(s)", "", job.items),
            TABLE_CARD: self.tr("%n table card(s)", "", job.items),
            AGENDA: self.tr("%n agenda(s)", "", job.items),
            TABLE_SHEET: self.tr("%n table sheet(s)", "", job.items),
        }
        if job.kind not in nouns:  # one document for the whole event
            self.count.setText(self.tr("{0} on {1}").format(job.layout_title, pages))
            return
        what = plural(nouns[job.kind], job.items)
        self.count.setText(self.tr("{0} on {1}").format(what, pages))

    def _show_preview(self, shown: PreparedJob, path: Path) -> None:
        if self.preview.show_pdf(path):
            self.pipeline.discard_old(path)
        job = self.pipeline.job
        if job is None or shown.pages < job.pages:  # a big job: its first pages
            self.note.setText(
                self.tr(
                    "The preview shows the first {0} pages; the whole document is being prepared for printing…"
                ).format(shown.pages)
            )

    def _render_progress(self, done: int, total: int) -> None:
        if self.preview.page_count() and total:
            self.note.setText(
                self.tr("Preparing the whole document for printing: {0} of {1}…").format(
                    done, total
                )
            )

    def _rendered(self, job: PreparedJob, path: Path | None, stats: RenderStats | None) -> None:
        self._show_count(job)
        if path is None:
            nothing = self.tr("Nothing to print for these choices.")
            if job.kind == AGENDA and job.choices.changed:
                nothing = self.tr("No agenda changed since it was last printed.")
            self.preview.clear(nothing)
            return
        self._set_ready(True)
        notes = [self._warnings(stats)] if stats is not None else []
        if self.preview.page_count() < job.pages:
            notes.insert(
                0,
                self.tr("The preview shows the first {0} of {1} pages.").format(
                    self.preview.page_count(), job.pages
                ),
            )
        self.note.setText("\n".join(n for n in notes if n))

    def _warnings(self, stats: RenderStats) -> str:
        notes = []
        if stats.missing_glyphs:
            notes.append(self.tr("Characters no font can print: {0}").format(stats.missing_glyphs))
        if stats.below_min_size:
            notes.append(
                plural(
                    self.tr(
                        "%n name(s) had to be printed smaller than the layout's minimum size.",
                        "",
                        stats.below_min_size,
                    ),
                    stats.below_min_size,
                )
            )
        return "\n".join(notes)

    def _failed(self, exc: BaseException) -> None:
        self._set_ready(False)
        if not isinstance(exc, UserError):
            report_bug(self, exc)
            return
        self.count.setText(self.tr("Cannot print"))
        self.preview.clear(error_text(exc))
        self.note.setText(error_text(exc))

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _recorded(self, items: int, reprints: int) -> None:
        text = plural(self.tr("%n item(s) recorded as printed", "", items), items)
        if reprints:
            text += self.tr(" ({0} reprints)").format(reprints)
        self.note.setText(text)

    def _on_changed(self, topic: str) -> None:
        if topic in REFRESH_TOPICS:
            self._dirty = True
            if self.isVisible():
                self.on_shown()
