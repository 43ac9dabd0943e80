"""Distinct sounds for each result (QSoundEffect on small WAV files); silent when muted or when
the computer has no audio output. The big screen plays its gong through the same class."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl

from clusterdesk.core.resources import resource_path

if TYPE_CHECKING:  # imported when the desk opens: QtMultimedia may be missing or silent
    from PySide6.QtMultimedia import QSoundEffect

log = logging.getLogger(__name__)
SOUNDS = ("checked_in", "already", "attention", "rejected", "undone")


class DeskSounds(QObject):
    def __init__(self, parent: QObject | None = None, names: tuple[str, ...] = SOUNDS) -> None:
        super().__init__(parent)
        self.muted = False
        self._effects: dict[str, QSoundEffect] = {}
        try:
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

            if not QMediaDevices.audioOutputs():
                return
            for name in names:
                effect = QSoundEffect(self)
                effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{name}.wav"))))
                effect.setVolume(0.8)
                self._effects[name] = effect
        except Exception as exc:  # noqa: BLE001 - no sound is better than no desk
            log.info("desk sounds unavailable: %s", exc)
            self._effects.clear()

    @property
    def available(self) -> bool:
        return bool(self._effects)

    def play(self, name: str) -> None:
        effect = self._effects.get(name)
        if effect is None or self.muted:
            return
        try:
            effect.play()
        except Exception as exc:  # noqa: BLE001
            log.info("could not play %s: %s", name, exc)
