"""The big result banner: green / amber / red at a glance, readable from a step away."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

IDLE, CHECKED_IN, ATTENTION, ALREADY, REJECTED, UNDONE, INFO = (
    "idle",
    "checked_in",
    "attention",
    "already",
    "rejected",
    "undone",
    "info",
)
# state: (background, text colour)
COLOURS = {
    IDLE: ("#24292f", "#ffffff"),
    CHECKED_IN: ("#116329", "#ffffff"),
    ATTENTION: ("#f2b600", "#111111"),
    ALREADY: ("#f2b600", "#111111"),
    REJECTED: ("#b3131b", "#ffffff"),
    UNDONE: ("#3d4a57", "#ffffff"),
    INFO: ("#0a4f8a", "#ffffff"),
}


@dataclass(frozen=True)
class BannerContent:
    state: str
    title: str
    name: str = ""
    details: str = ""  # organisation · category · country
    when: str = ""  # "at 09:12 at Desk 1", the reason of a rejection, …
    note: str = ""  # the attention note


def _label(size: int, bold: bool = False, name: str = "") -> QLabel:
    label = QLabel()
    font = QFont(label.font())
    font.setPointSize(size)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    label.setObjectName(name)
    return label


class ResultBanner(QFrame):
    """Shows the outcome of the last scan until the next one."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultBanner")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setMinimumHeight(230)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.title = _label(30, True, "bannerTitle")
        self.name = _label(38, True, "bannerName")
        self.details = _label(18, False, "bannerDetails")
        self.when = _label(18, True, "bannerWhen")
        self.note = _label(20, True, "bannerNote")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 18)
        layout.setSpacing(4)
        for w in (self.title, self.name, self.details, self.when, self.note):
            layout.addWidget(w)
        layout.addStretch(1)
        self.content = BannerContent(IDLE, "")
        self.show_content(BannerContent(IDLE, self.tr("Ready — scan a badge or type a name")))

    @property
    def state(self) -> str:
        return self.content.state

    def show_content(self, content: BannerContent) -> None:
        self.content = content
        bg, fg = COLOURS[content.state]
        self.setStyleSheet(
            f"QFrame#resultBanner {{ background: {bg}; border-radius: 10px; }}"
            f"QFrame#resultBanner QLabel {{ color: {fg}; background: transparent; }}"
            "QFrame#resultBanner QLabel#bannerNote { background: #111111; color: #ffd33d;"
            " border-radius: 6px; padding: 6px 12px; }"
        )
        self.title.setText(content.title)
        for label, text in (
            (self.name, content.name),
            (self.details, content.details),
            (self.when, content.when),
            (self.note, content.note),
        ):
            label.setText(text)
            label.setVisible(bool(text))
