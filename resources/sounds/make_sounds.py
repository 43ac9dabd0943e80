"""Generate the check-in desk sounds (small 16-bit mono WAV files) with the standard library.

Run ``python resources/sounds/make_sounds.py`` to rebuild them. Each result has its own sound so
that desk staff hear the outcome without looking: a bright rising two-tone for "checked in", a flat
double beep for "already checked in", a three-note chime for "attention", a low buzz for
"rejected", and a soft falling tone for "undone". ``gong.wav`` is the big screen's bell at round
boundaries: a struck bell (a hum, the fundamental and its bell partials, each decaying at its own
rate), long and low enough to be heard over a room of conversations.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
HERE = Path(__file__).resolve().parent

# name: [(frequency Hz or 0 for silence, seconds, waveform)]
SOUNDS = {
    "checked_in": [(880, 0.09, "sine"), (0, 0.02, "sine"), (1318.5, 0.16, "sine")],
    "already": [(660, 0.12, "sine"), (0, 0.07, "sine"), (660, 0.12, "sine")],
    "attention": [
        (784, 0.11, "sine"),
        (988, 0.11, "sine"),
        (1175, 0.11, "sine"),
        (0, 0.05, "sine"),
        (1175, 0.2, "sine"),
    ],  # fmt: skip
    "rejected": [(196, 0.38, "square")],
    "undone": [(988, 0.09, "sine"), (740, 0.16, "sine")],
    "gong": [(523.25, 0.9, "bell"), (392.0, 2.6, "bell")],
}


def samples(freq: float, seconds: float, shape: str) -> list[int]:
    n = int(RATE * seconds)
    fade = max(1, int(RATE * 0.008))
    out = []
    for i in range(n):
        if freq == 0:
            out.append(0)
            continue
        phase = math.sin(2 * math.pi * freq * i / RATE)
        value = (1.0 if phase >= 0 else -1.0) * 0.35 if shape == "square" else phase * 0.6
        envelope = min(1.0, i / fade, (n - i) / fade)
        out.append(int(value * envelope * 32767))
    return out


# (ratio to the strike note, loudness, decay time in seconds) of a church-bell-like tone
BELL_PARTIALS = [
    (0.5, 0.35, 2.6),
    (1.0, 0.55, 1.9),
    (1.19, 0.22, 1.2),
    (1.5, 0.18, 1.0),
    (2.0, 0.3, 0.9),
    (2.5, 0.12, 0.6),
    (3.0, 0.1, 0.45),
]


def bell(freq: float, seconds: float) -> list[int]:
    n = int(RATE * seconds)
    attack = int(RATE * 0.004)
    scale = 0.85 / sum(loud for _, loud, _ in BELL_PARTIALS)
    out = []
    for i in range(n):
        t = i / RATE
        value = sum(
            loud * math.exp(-t / decay) * math.sin(2 * math.pi * freq * ratio * t)
            for ratio, loud, decay in BELL_PARTIALS
        )
        envelope = min(1.0, i / attack if attack else 1.0, (n - i) / (RATE * 0.05))
        out.append(int(value * scale * envelope * 32767))
    return out


def write(name: str, parts: list[tuple[float, float, str]]) -> Path:
    data: list[int] = []
    for freq, seconds, shape in parts:
        data += bell(freq, seconds) if shape == "bell" else samples(freq, seconds, shape)
    path = HERE / f"{name}.wav"
    with wave.open(str(path), "wb") as wav:
        wav.setnchannels(1)
        wav.setsampwidth(2)
        wav.setframerate(RATE)
        wav.writeframes(struct.pack(f"<{len(data)}h", *data))
    return path


if __name__ == "__main__":
    for sound, parts in SOUNDS.items():
        write(sound, parts)
