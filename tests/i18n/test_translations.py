"""The UI's translations are complete and consistent: every string of the UI is in the .ts
files (pyside6-lupdate run into a copy finds nothing new), Lithuanian has every one translated
with its three plural forms, placeholders survive translation, the committed .qm files are
those the .ts files compile to, and both front ends have words for every code the core says."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from clusterdesk.cli import words as cli_words
from clusterdesk.ui.translation_status import (
    placeholder_problems,
    placeholders,
    read_ts,
)

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
BIN = Path(sys.executable).parent
UI_SOURCES = sorted(str(p) for p in (ROOT / "clusterdesk" / "ui").rglob("*.py"))


def tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} is missing: it comes with the PySide6 wheel (pip install PySide6)")
        return found
    return str(path)


def lupdate_into(copy: Path, *flags: str) -> None:
    subprocess.run(
        [tool("pyside6-lupdate"), *UI_SOURCES, "-ts", str(copy), "-locations", "none", *flags],
        check=True,
        capture_output=True,
    )


@pytest.mark.parametrize(
    ("name", "flags"),
    [
        ("clusterdesk_lt.ts", ("-target-language", "lt_LT", "-no-obsolete")),
        ("clusterdesk_en.ts", ("-pluralonly", "-no-obsolete")),
    ],
)
def test_every_ui_string_is_in_the_ts_file_and_translated(
    tmp_path: Path, name: str, flags: tuple[str, ...]
) -> None:
    """A new or changed string fails here until `make translations` and a translation."""
    copy = tmp_path / name
    shutil.copy(TS_DIR / name, copy)
    lupdate_into(copy, *flags)
    committed = {e.key for e in read_ts(TS_DIR / name)}
    found = read_ts(copy)
    new = sorted(e.key for e in found if e.key not in committed)
    gone = sorted(committed - {e.key for e in found})
    assert new == [], f"strings not in {name} yet (run `make translations`): {new[:10]}"
    assert gone == [], f"strings no longer in the UI (run `make translations`): {gone[:10]}"
    left = [e.key for e in found if e.unfinished]
    assert left == [], f"{len(left)} untranslated in {name}: {left[:10]}"


def test_the_lithuanian_file_holds_the_whole_ui() -> None:
    entries = read_ts(TS_DIR / "clusterdesk_lt.ts")
    assert len(entries) > 700
    contexts = {e.context for e in entries}
    assert {"pages", "WindowMenus", "words", "checkin", "CheckinPage", "MeetingsPage"} <= contexts
    assert "" not in contexts, "a string lupdate could not give a context is never translated"


def test_lithuanian_plurals_have_three_forms_and_english_two() -> None:
    lt = [e for e in read_ts(TS_DIR / "clusterdesk_lt.ts") if e.numerus]
    en = [e for e in read_ts(TS_DIR / "clusterdesk_en.ts") if e.numerus]
    assert len(lt) >= 15 and {e.key for e in lt} == {e.key for e in en}
    for e in lt:
        assert len(e.translations) == 3 and all(e.translations), e.source
        assert len(set(e.translations)) > 1, f"the same word for 1, 2 and 10: {e.source}"
    for e in en:
        assert len(e.translations) == 2 and all(e.translations), e.source


@pytest.mark.parametrize("name", ["clusterdesk_lt.ts", "clusterdesk_en.ts", "qtbase_lt.ts"])
def test_placeholders_match_across_languages(name: str) -> None:
    assert placeholder_problems(read_ts(TS_DIR / name)) == []


def test_the_placeholder_check_catches_a_lost_or_renamed_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "x.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="lt_LT"><context>'
        "<name>c</name>"
        "<message><source>Moved {who} to {where}</source>"
        "<translation>Perkelta {who} į {kur}</translation></message>"
        "<message><source>Scan %1 · %2</source><translation>Nuskaityta %1</translation></message>"
        '<message numerus="yes"><source>%n badge(s)</source><translation>'
        "<numerusform>vienas ženklelis</numerusform><numerusform>%n ženkleliai</numerusform>"
        "<numerusform>%n ženklelių</numerusform></translation></message>"
        "</context></TS>",
        encoding="utf-8",
    )
    problems = placeholder_problems(read_ts(ts))
    assert len(problems) == 2 and "{kur}" in problems[0] and "%2" in problems[1]
    assert placeholders("{0} of {1} ({2:.1f} s), %n, %1") == sorted(
        ["{0}", "{1}", "{2:.1f}", "%n", "%1"]
    )


def test_lithuanian_is_written_with_its_letters() -> None:
    text = " ".join(t for e in read_ts(TS_DIR / "clusterdesk_lt.ts") for t in e.translations)
    for letter in "ąčęėįšųūž":
        assert letter in text
    # a translation that is the English source again is a forgotten one (except names, codes)
    same = [
        e.source
        for e in read_ts(TS_DIR / "clusterdesk_lt.ts")
        if not e.numerus
        and e.translations[0] == e.source
        and re.search(r"[a-z]{4,}", re.sub(r"\{[^}]*\}|<[^>]*>|%\d", "", e.source))
    ]
    assert set(same) <= {"ClusterDesk", "<b>ClusterDesk</b> {0}", "HH:MM-HH:MM; HH:MM-HH:MM"}, same


@pytest.mark.parametrize("name", ["clusterdesk_lt", "clusterdesk_en", "qtbase_lt"])
def test_the_committed_qm_files_are_compiled_from_the_ts_files(tmp_path: Path, name: str) -> None:
    """A fresh machine (and the installer) uses the committed .qm files: they must be current."""
    built = tmp_path / f"{name}.qm"
    subprocess.run(
        [tool("pyside6-lrelease"), "-silent", str(TS_DIR / f"{name}.ts"), "-qm", str(built)],
        check=True,
        capture_output=True,
    )
    assert built.read_bytes() == (TS_DIR / f"{name}.qm").read_bytes(), "run `make translations`"


def _ui_texts() -> dict[str, str]:
    from clusterdesk.ui import words

    return words._texts()


def test_both_front_ends_have_words_for_the_same_codes_and_parameters() -> None:
    ui = _ui_texts()
    cli = cli_words.TEXTS
    counted = {  # plural templates (ui: _Counted)
        "rule.cap",
        "edit.unscheduled_all",
        "outcome.refused",
        "outcome.recorded",
        "outcome.recorded_some",
        "outcome.restored",
        "absence.marked",
        "field.too_long",
    }
    assert set(cli) - counted <= set(ui), set(cli) - counted - set(ui)
    for code, english in cli.items():
        if code in counted:
            continue
        names = lambda t: sorted(re.findall(r"\{(\w+)", t))  # noqa: E731
        assert names(english) == names(ui[code]), code


def test_the_services_build_no_english_refusals() -> None:
    """Refusals and change summaries are codes: no service raises EditRefused (or UserError,
    UnknownParticipant) with a sentence, nor makes a Change with one."""
    services = ROOT / "clusterdesk" / "services"
    coded = (
        "meeting_edits.py",
        "meeting_manual.py",
        "meeting_outcomes.py",
        "outcomes_import.py",
        "absence.py",
        "walkin_meeting.py",
        "arrivals.py",
        "plan_backups.py",
        "events.py",
        "replan.py",
        "rounds.py",
        "participant_plan.py",
    )
    refusal = r"(EditRefused|UserError|UnknownParticipant|Change)\(\s*f?[\"']"
    sentences = [
        f"{name}: {line.strip()}"
        for name in coded
        for line in (services / name).read_text(encoding="utf-8").splitlines()
        if re.search(refusal, line)
    ]
    assert sentences == []


def test_sharing_and_the_store_raise_no_english_sentences() -> None:
    """The refusals of sharing an event and the faults of opening one are codes too."""
    package = ROOT / "clusterdesk"
    files = [
        *sorted((package / "services" / "sharing").glob("*.py")),
        *sorted((package / "store").glob("*.py")),
        package / "services" / "faults.py",
    ]
    sentence = re.compile(r"\b\w*Error\(\s*f?[\"']", re.S)
    found = [
        f"{path.name}: {m.group(0)!r}"
        for path in files
        for m in sentence.finditer(path.read_text(encoding="utf-8"))
    ]
    bugs_not_refusals = [  # a wrong call of the code, never shown to a user
        "starting.py: 'ValueError(\"'",  # a password that is not letters and digits
        "backup_folder.py: 'ValueError(f\"'",  # an unknown backup reason
        "types.py: 'ValueError(\"'",  # a naive datetime for a UTC column
    ]
    assert found == bugs_not_refusals


def test_the_counted_templates_exist_in_both_front_ends() -> None:
    from clusterdesk.core.messages import msg
    from clusterdesk.ui import words

    for code, params in (
        ("outcome.refused", {}),
        ("outcome.recorded", {}),
        ("outcome.recorded_some", {"unchanged": 1}),
        ("outcome.restored", {}),
        ("absence.marked", {"name": "Šetkus", "placed": 1, "moved": 0}),
    ):
        assert code in cli_words.TEXTS
        assert "{" not in words.describe(msg(code, n=2, **params))
