"""The import wizard end to end on real files: preview, mapping, dry run, import."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWizard

from clusterdesk.services.auto_backups import IMPORT, backup_contents, list_backups
from clusterdesk.services.participants import get_participant, search_ids
from clusterdesk.ui.import_wizard import open_import_wizard
from tests.gui.conftest import participants_page, visible_names

CSV_1257 = (
    "Vardas;Pavardė;El. paštas;Organizacija;Šalis;Kategorija\r\n"
    "Giedrius;Bagušinskas;giedrius@klaipeda.example;Klaipėdos klasteris;Lithuania;Company\r\n"
    "Aiga;Irmeja;aiga@riga.example;Latvian IT Cluster;Latvia;Cluster manager\r\n"
    'Doris;Pold;doris@tallinn.example;"Tallinn, Science Park";Estonia;Research\r\n'
)


def _next(wizard: QWizard, qtbot) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.waitUntil(button.isEnabled, timeout=10_000)
    button.click()


def test_import_a_semicolon_windows_1257_file_end_to_end(opened, qtbot, tmp_path):
    path = tmp_path / "registrations.csv"
    path.write_bytes(CSV_1257.encode("cp1257"))
    page = participants_page(opened, qtbot)
    wizard = open_import_wizard(opened.context, opened.db)
    assert wizard.isVisible()
    wizard.file_page.path.setText(str(path))
    _next(wizard, qtbot)  # -> preview

    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.table is not None, timeout=10_000)
    assert preview.table.rowCount() == 3
    assert preview.table.horizontalHeaderItem(1).text() == "Pavardė"
    assert preview.table.item(0, 1).text() == "Bagušinskas"
    assert preview.table.item(2, 3).text() == "Tallinn, Science Park"
    assert "semicolon" in preview.info.text()
    _next(wizard, qtbot)  # -> mapping

    mapping = wizard.mapping_page
    assert mapping.combos["first_name"].currentData() == 0
    assert mapping.combos["email"].currentData() == 2
    assert mapping.combos["country"].currentData() == 4
    assert mapping.combos["phone"].currentData() == -1
    _next(wizard, qtbot)  # -> validation (dry run)

    validation = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert "3 to create" in validation.summary.text()
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "Import"
    assert search_ids(opened.db, "bagusinskas") == []  # the dry run wrote nothing
    _next(wizard, qtbot)  # -> import

    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=15_000)
    assert "3 created" in wizard.import_page.summary.text()
    (pid,) = search_ids(opened.db, "bagusinskas")
    row = get_participant(opened.db, pid)
    assert (row.full_name, row.organization, row.country) == (
        "Giedrius Bagušinskas",
        "Klaipėdos klasteris",
        "LT",  # stored as its ISO code
    )
    # the event file was backed up first (on the import's worker), as the CLI's import does
    (before,) = [b for b in list_backups(opened.db.path) if b.reason == IMPORT]
    assert backup_contents(before.path).participants == 6
    wizard.button(QWizard.WizardButton.FinishButton).click()
    # the participants page heard about the import and shows the new people
    qtbot.waitUntil(lambda: "Aiga Irmeja" in visible_names(page), timeout=10_000)


def test_unknown_countries_are_warned_of_before_importing(opened, qtbot, tmp_path):
    path = tmp_path / "countries.csv"
    path.write_text(
        "First name,Last name,E-mail,Country\n"
        "Jana,Novak,jana@ok.example,Lietuva\n"
        "Zed,Atlantean,zed@ok.example,Atlantis\n",
        encoding="utf-8",
    )
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    for _ in range(3):
        _next(wizard, qtbot)
    validation = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert validation.countries.isVisible()
    assert "Atlantis" in validation.countries.text()
    assert "Lietuva" not in validation.countries.text()  # recognised: Lithuania
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # a warning, not a stop
    wizard.reject()


def test_problems_are_listed_by_row_and_block_the_import(opened, qtbot, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "First name,Last name,E-mail\n"
        "Jana,Novak,jana@ok.example\n"
        "Petra,,not-an-email\n"
        "Kęstutis,Šetkus,kestutis@lsu.example\n",  # already in the event
        encoding="utf-8",
    )
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    for _ in range(3):
        _next(wizard, qtbot)
    validation = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    problems = validation.problems
    rows = {problems.item(r, 0).text() for r in range(problems.rowCount())}
    assert {"3", "4"} <= rows
    assert "problem" in validation.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert search_ids(opened.db, "novak") == []

    # going back and ticking "update existing people" leaves only the bad e-mail
    wizard.back()
    wizard.mapping_page.update_box.setChecked(True)
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert [problems.item(r, 0).text() for r in range(problems.rowCount())] == ["3"]
    wizard.reject()


def test_mapping_a_column_by_hand(opened, qtbot, tmp_path):
    path = tmp_path / "odd.csv"
    path.write_text("Who,Mail,Firm\nLina Petraitė,lina@ok.example,Kauno klasteris\n", "utf-8")
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    mapping = wizard.mapping_page
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name column
    assert "First name" in mapping.message.text()
    mapping.combos["name"].setCurrentIndex(1)  # "A: Who"
    mapping.combos["organization"].setCurrentIndex(3)  # "C: Firm"
    if mapping.combos["email"].currentData() != 1:
        mapping.combos["email"].setCurrentIndex(2)
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=15_000)
    (pid,) = search_ids(opened.db, "petraite")
    row = get_participant(opened.db, pid)
    assert (row.first_name, row.last_name, row.organization) == (
        "Lina",
        "Petraitė",
        "Kauno klasteris",
    )
    wizard.accept()


def test_the_file_menu_opens_the_wizard_with_ctrl_i(opened, qtbot):
    from PySide6.QtCore import Qt

    from clusterdesk.ui.import_wizard.wizard import ImportWizard

    page = participants_page(opened, qtbot)
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    wizards = [w for w in opened.findChildren(ImportWizard) if w.isVisible()]
    assert len(wizards) == 1
    wizards[0].reject()


def test_a_missing_file_cannot_be_chosen(opened, qtbot, tmp_path):
    wizard = open_import_wizard(opened.context, opened.db, path=str(tmp_path / "nope.csv"))
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.file_page.message.text()
    assert not Path(tmp_path / "nope.csv").exists()
    wizard.reject()


def _rows_in(table) -> list[str]:  # type: ignore[no-untyped-def]
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def test_going_back_reads_the_fixed_file_again(opened, qtbot, tmp_path):
    path = tmp_path / "fixme.csv"
    path.write_text("First name,Last name,E-mail\nJana,Novak,jana@\n", encoding="utf-8")
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    for _ in range(3):
        _next(wizard, qtbot)
    validation = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert _rows_in(validation.problems) == ["2"]
    # fixed in the spreadsheet, with a new row and a new column; then Back to the columns
    path.write_text(
        "First name,Last name,E-mail,Country\nJana,Novak,jana@ok.example,Czechia\n"
        "Aiga,Irmeja,aiga@riga.example,Latvia\n",
        encoding="utf-8",
    )
    wizard.back()
    mapping = wizard.mapping_page
    qtbot.waitUntil(lambda: "read again" in mapping.info.text(), timeout=10_000)
    assert mapping.combos["country"].currentData() == 3  # the new column, matched
    assert mapping.combos["email"].currentData() == 2  # the earlier choice kept
    wizard.back()  # the preview shows the new file too
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: preview.table.rowCount() == 2, timeout=10_000)
    assert preview.table.item(1, 0).text() == "Aiga"
    _next(wizard, qtbot)
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert "2 to create" in validation.summary.text() and not validation.problems.isVisible()
    # broken again, and "Re-read the file" on the check page sees it
    path.write_text(
        "First name,Last name,E-mail,Country\nJana,Novak,jana@ok.example,Czechia\n"
        "Aiga,Irmeja,not-an-email,Latvia\n",
        encoding="utf-8",
    )
    validation.reread.click()
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    assert _rows_in(validation.problems) == ["3"]
    wizard.reject()


def test_encodings_are_named_as_people_know_them(opened, qtbot, tmp_path):
    path = tmp_path / "registrations.csv"
    path.write_bytes(CSV_1257.encode("cp1257"))
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    _next(wizard, qtbot)
    preview = wizard.preview_page
    qtbot.waitUntil(lambda: wizard.state.table is not None, timeout=10_000)
    titles = [preview.encoding.itemText(i) for i in range(preview.encoding.count())]
    assert "Windows-1257 (Baltic)" in titles and "cp1257" not in titles
    assert "Windows-1257 (Baltic)" in preview.info.text()
    wizard.reject()


def test_import_the_valid_rows_and_skip_the_listed_ones(opened, qtbot, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text(
        "First name,Last name,E-mail\n"
        "Jana,Novak,jana@ok.example\n"
        "Petra,,not-an-email\n"
        "Lina,Petraitė,lina@ok.example\n",
        encoding="utf-8",
    )
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    for _ in range(3):
        _next(wizard, qtbot)
    validation = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    importing = wizard.button(QWizard.WizardButton.NextButton)
    assert validation.all_or_nothing.isChecked() and not importing.isEnabled()
    assert "Import the 2 valid rows" in validation.skip_rows.text()
    assert "mixed.skipped.csv" in validation.skip_rows.text()
    validation.skip_rows.click()
    assert importing.isEnabled()
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=15_000)
    summary = wizard.import_page.summary.text()
    assert "2 created" in summary and "mixed.skipped.csv" in summary
    assert len(search_ids(opened.db, "ok.example")) == 2
    skipped = (tmp_path / "mixed.skipped.csv").read_text(encoding="utf-8-sig")
    assert "not-an-email" in skipped and "jana" not in skipped
    assert wizard.import_page.open_skipped.isVisible()
    wizard.accept()


def test_a_possible_duplicate_is_merged_on_request(opened, qtbot, tmp_path):
    path = tmp_path / "again.csv"
    path.write_text(
        "First name,Last name,E-mail,Organisation,Country\n"
        "Kestutis,Setkus,kestutis@gmail.example,Lithuanian Sports Cluster,Lithuania\n"
        "Doris,Pold,doris@tartu.example,Tartu Biotech Park,Estonia\n",
        encoding="utf-8",
    )
    (registered,) = search_ids(opened.db, "kestutis@lsu.example")
    wizard = open_import_wizard(opened.context, opened.db, path=str(path))
    for _ in range(3):
        _next(wizard, qtbot)
    validation = wizard.validation_page
    qtbot.waitUntil(lambda: wizard.state.dry_run is not None, timeout=10_000)
    box = validation.duplicates
    assert box.isVisible() and box.table.rowCount() == 1
    assert "kestutis@lsu.example" in box.table.item(0, 2).text()
    box.combos[0].setCurrentIndex(1)  # merge
    assert wizard.state.merge == {2: registered}
    _next(wizard, qtbot)
    qtbot.waitUntil(lambda: wizard.import_page.done, timeout=15_000)
    assert "1 created" in wizard.import_page.summary.text()
    assert "merged" in wizard.import_page.summary.text()
    assert search_ids(opened.db, "kestutis@gmail.example") == []
    assert get_participant(opened.db, registered).email == "kestutis@lsu.example"
    wizard.accept()
