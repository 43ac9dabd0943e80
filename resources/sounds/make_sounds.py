"""Generate the check-in desk sounds (small 16-bit mono WAV files) with the standard library.

Run ``python resources/sounds/make_sounds.py`` to rebuild them. Each result has its own sound so
that desk staff hear the outcome without looking: a bright rising two-tone for "checked in", a flat
double beep for "already checked in", a three-note chime for "attention", a low buzz for
"rejected", and a soft falling tone for "undone".
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


def write(name: str, parts: list[tuple[float, float, str]]) -> Path:
    data: list[int] = []
    for freq, seconds, shape in parts:
        data += samples(freq, seconds, shape)
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
