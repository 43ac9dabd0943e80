"""The import wizard itself: five pages sharing one :class:`ImportState`."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget, QWizard

from clusterdesk.services.events import EventDB
from clusterdesk.services.people_import import ImportReport
from clusterdesk.ui.context import MEETINGS, PARTICIPANTS, PageContext
from clusterdesk.ui.import_wizard.check_page import ValidationPage
from clusterdesk.ui.import_wizard.file_pages import FilePage, PreviewPage
from clusterdesk.ui.import_wizard.mapping_page import MappingPage
from clusterdesk.ui.import_wizard.run_pages import ImportPage
from clusterdesk.ui.import_wizard.state import ImportState


class ImportWizard(QWizard):
    def __init__(self, context: PageContext, db: EventDB, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("importWizard")
        self.setWindowTitle(self.tr("Import"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.resize(820, 600)
        self.state = ImportState()
        self.file_page = FilePage(self.state, context.settings.last_folder())
        self.preview_page = PreviewPage(self.state, context.runner)
        self.mapping_page = MappingPage(self.state, context.runner)
        self.validation_page = ValidationPage(self.state, context.runner, db)
        self.import_page = ImportPage(self.state, context.runner, db, self._imported)
        for page in (
            self.file_page,
            self.preview_page,
            self.mapping_page,
            self.validation_page,
            self.import_page,
        ):
            self.addPage(page)
        self._last_id = -1
        self.currentIdChanged.connect(self._page_changed)

    def _page_changed(self, page_id: int) -> None:
        back, self._last_id = page_id < self._last_id, page_id
        page = self.currentPage()
        # going back means "I fixed the file": read it again (going forward, each page does)
        if back and page is self.preview_page:
            self.preview_page.reload()
        elif back and page is self.mapping_page:
            self.mapping_page.reread()
        # the import cannot be undone from here: once it runs, Back makes no sense
        if page is self.import_page:
            self.button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _imported(self, report: ImportReport) -> None:
        if report.kind == "programme":
            self.context.bus.changed.emit("programme")
            return
        self.context.bus.changed.emit(PARTICIPANTS)
        if report.kind != "participants":
            self.context.bus.changed.emit(MEETINGS)

    def reject(self) -> None:
        self.import_page.cancel()
        super().reject()
