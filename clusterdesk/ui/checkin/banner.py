"""The big result banner: each outcome its own colour, shape and title, readable from a step away.

* Every new result flashes in (a white veil fading out) and carries its scan number and time, so
  a second green for the next person visibly replaces the first.
* After ``ready_after_ms`` the result fades to a neutral "Ready", so nobody is waved through on
  the previous person's green (0: the result stays until the next scan).
* The text scales with the banner (a venue laptop at 1280×720 up to a 1920×1080 screen).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEasingCurve, QRectF, QSize, Qt, QTimer, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clusterdesk.ui.checkin.outcome_icon import OutcomeIcon

IDLE, CHECKED_IN, ATTENTION, ALREADY, REJECTED, UNDONE, INFO = (
    "idle",
    "checked_in",
    "attention",
    "already",
    "rejected",
    "undone",
    "info",
)
# state: (background, text colour). Attention (light amber) and already checked in (dark violet)
# differ in lightness too, and in shape and title, for people who do not tell colours apart.
COLOURS = {
    IDLE: ("#2d333b", "#ffffff"),
    CHECKED_IN: ("#116329", "#ffffff"),
    ATTENTION: ("#f2b600", "#111111"),
    ALREADY: ("#5a32a3", "#ffffff"),
    REJECTED: ("#b3131b", "#ffffff"),
    UNDONE: ("#57606a", "#ffffff"),
    INFO: ("#0a4f8a", "#ffffff"),
}
BASE_SIZES = {
    "title": 30,
    "name": 38,
    "details": 18,
    "when": 18,
    "next": 20,
    "note": 20,
    "stamp": 12,
}
FLASH_MS = 450
FADE_MS = 700
READY_AFTER_MS = 8000


@dataclass(frozen=True)
class BannerContent:
    state: str
    title: str
    name: str = ""
    details: str = ""  # organisation · category · country
    when: str = ""  # "at 09:12 at Desk 1", the reason of a rejection, …
    note: str = ""  # the attention note
    next: str = ""  # the person's next meeting: time, table, partner


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.setObjectName(name)
    return label


class ResultBanner(QFrame):
    """Shows the outcome of the last scan; ``readied`` when it went back to Ready by itself."""

    readied = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.ready_text = self.tr("Ready — scan a badge or type a name")
        self.ready_after_ms = READY_AFTER_MS
        self.generation = 0  # results shown so far (each one flashes in)
        self.scale = 1.0
        self.icon = OutcomeIcon()
        self.title = _label("bannerTitle")
        self.name = _label("bannerName")
        self.details = _label("bannerDetails")
        self.when = _label("bannerWhen")
        self.note = _label("bannerNote")
        self.next = _label("bannerNext")
        self.stamp = _label("bannerStamp")
        self.stamp.setWordWrap(False)
        self.stamp.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        self.body = QWidget(self)
        self.body.setObjectName("bannerBody")
        text = QVBoxLayout()
        text.setSpacing(4)
        for w in (self.title, self.name, self.details, self.when, self.next, self.note):
            text.addWidget(w)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(22)
        row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)
        column = QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addStretch(1)
        column.addLayout(row, 3)  # a little above the middle: room for long names below
        column.addStretch(2)
        column.addWidget(self.stamp)  # which scan, when: bottom right, out of the text's way
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 20, 28, 14)
        outer.addWidget(self.body)
        self._opacity = QGraphicsOpacityEffect(self.body)
        self._opacity.setOpacity(1.0)
        self.body.setGraphicsEffect(self._opacity)

        self._background = QColor(COLOURS[IDLE][0])
        self._veil = 0.0  # the white flash over a new result, 1 → 0
        self._flash = QVariantAnimation(self, duration=FLASH_MS, startValue=1.0, endValue=0.0)
        self._flash.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._flash.valueChanged.connect(self._set_veil)
        self._fade = QVariantAnimation(self, duration=FADE_MS, startValue=0.0, endValue=1.0)
        self._fade.valueChanged.connect(self._fading)
        self._fade.finished.connect(self._faded)
        self._fade_from = QColor(self._background)
        self._ready = QTimer(self, singleShot=True)
        self._ready.timeout.connect(self._fade.start)
        self.content = BannerContent(IDLE, "")
        self._apply_fonts()
        self.show_content(BannerContent(IDLE, self.ready_text), flash=False)

    # --- what is shown ---------------------------------------------------------------------------
    @property
    def state(self) -> str:
        return self.content.state

    def show_content(self, content: BannerContent, stamp: str = "", *, flash: bool = True) -> None:
        """Show a result (flashing in), or Ready; a result fades back to Ready by itself."""
        self._ready.stop()
        self._fade.stop()
        self._opacity.setOpacity(1.0)
        self.content = content
        bg, fg = COLOURS[content.state]
        self._background = QColor(bg)
        self.setStyleSheet(
            f"QFrame#resultBanner QLabel {{ color: {fg}; background: transparent; }}"
            "QFrame#resultBanner QLabel#bannerNote { background: #111111; color: #ffd33d;"
            " border-radius: 6px; padding: 6px 12px; }"
            f"QFrame#resultBanner QLabel#bannerNext {{ border: 2px solid {fg};"
            " border-radius: 6px; padding: 4px 10px; }"
        )
        self.icon.set_state(content.state, QColor(fg))
        self.title.setText(content.title)
        self.stamp.setText(stamp)
        for label, text in (
            (self.name, content.name),
            (self.details, content.details),
            (self.when, content.when),
            (self.next, content.next),
            (self.note, content.note),
        ):
            label.setText(text)
            label.setVisible(bool(text))
        self._fit_words()
        if content.state != IDLE:
            self.generation += 1
            if flash:
                self._flash.stop()
                self._flash.start()
            if self.ready_after_ms > 0:
                self._ready.start(self.ready_after_ms)
        self.update()

    def show_ready(self) -> None:
        self.show_content(BannerContent(IDLE, self.ready_text), flash=False)

    @property
    def fading(self) -> bool:
        return self._fade.state() == QVariantAnimation.State.Running

    def _set_veil(self, value: object) -> None:
        self._veil = float(value)  # type: ignore[arg-type]
        self.update()

    def _fading(self, value: object) -> None:
        t = float(value)  # type: ignore[arg-type]
        if t == 0.0:
            self._fade_from = QColor(self._background)
        a, b = self._fade_from, QColor(COLOURS[IDLE][0])
        self._background = QColor(
            round(a.red() + (b.red() - a.red()) * t),
            round(a.green() + (b.green() - a.green()) * t),
            round(a.blue() + (b.blue() - a.blue()) * t),
        )
        self._opacity.setOpacity(1.0 - t)
        self.update()

    def _faded(self) -> None:
        self.show_ready()
        self.readied.emit()

    # --- painting and size ---------------------------------------------------------------------
    def paintEvent(self, event: object) -> None:  # noqa: N802 - Qt API
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self._background)
        rect = QRectF(self.rect())
        p.drawRoundedRect(rect, 10, 10)
        if self._veil > 0:
            p.setBrush(QColor(255, 255, 255, int(170 * self._veil)))
            p.drawRoundedRect(rect, 10, 10)
        p.end()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        # fixed, so that scaling the text never feeds back into the layout
        return QSize(360, 200)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(700, 320)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        size = event.size()
        scale = max(0.8, min(2.2, size.width() / 760, size.height() / 300))
        if abs(scale - self.scale) > 0.04:
            self.scale = scale
            self._apply_fonts()
        else:
            self._fit_words()

    def _apply_fonts(self) -> None:
        for name, base in BASE_SIZES.items():
            label: QLabel = getattr(self, name)
            font = QFont(label.font())
            font.setPointSizeF(base * self.scale)
            font.setBold(name in ("title", "name", "when", "next", "note"))
            label.setFont(font)
        side = int(84 * self.scale)
        self.icon.setFixedSize(side, side)
        self._fit_words()

    def _fit_words(self) -> None:
        """Lines wrap between words; a word longer than the line (a long double-barrelled name,
        a long code) gets a smaller font instead of being cut."""
        room = self.width() - 56 - self.icon.width() - 22 - 8
        if room <= 0:
            return
        for name in ("title", "name", "details", "when", "next", "note"):
            label: QLabel = getattr(self, name)
            font = QFont(label.font())
            size = BASE_SIZES[name] * self.scale
            font.setPointSizeF(size)
            words = label.text().split() or [""]
            while size > 9:
                longest = max(QFontMetrics(font).horizontalAdvance(w) for w in words)
                if longest <= room - (26 if name in ("note", "next") else 0):
                    break
                size *= 0.92
                font.setPointSizeF(size)
            label.setFont(font)
