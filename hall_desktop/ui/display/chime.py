"""The hall display's chime: a two-tone "ding-dong" synthesized with the standard library.

The chime plays where no speech engine can announce a call (see ``voice.ChimeSpeaker``).
The project makes the sound itself, so the shipped ``resources/sounds/chime.wav`` carries
no third-party licence and can be regenerated at any time::

    python -m hall_desktop.ui.display.chime

The output is deterministic (pure arithmetic, no randomness, no timestamps in the WAV
header), so a test can check that the shipped file is exactly what this module renders.
"""

from __future__ import annotations

import math
import sys
import wave
from array import array
from pathlib import Path

SAMPLE_RATE = 22050  # Hz: plenty for two tones under 3 kHz and keeps the file small
DURATION_S = 1.4
# (start time s, fundamental Hz): A5 "ding", then E5 "dong" a major third lower.
NOTES: tuple[tuple[float, float], ...] = ((0.0, 880.0), (0.45, 659.255))
# Harmonic multiples and their weights: a bell-like timbre rather than a bare sine.
HARMONICS: tuple[tuple[float, float], ...] = ((1.0, 1.0), (2.0, 0.35), (3.0, 0.12))
DECAY_PER_S = 3.2  # exponential decay rate of each note
ATTACK_S = 0.006  # short fade-in: a note starting at full level clicks
RELEASE_S = 0.06  # fade-out at the very end so the file ends on silence
PEAK = 0.55  # of full scale: leaves headroom and is not shrill on hall loudspeakers


def _note(t: float, frequency: float) -> float:
    """One note's amplitude ``t`` seconds after it starts (before the overall gain)."""
    envelope = math.exp(-DECAY_PER_S * t) * min(1.0, t / ATTACK_S)
    tone = sum(
        weight * math.sin(2.0 * math.pi * frequency * multiple * t)
        for multiple, weight in HARMONICS
    )
    return envelope * tone


def render_samples() -> array[int]:
    """The chime as signed 16-bit samples (native byte order)."""
    count = round(SAMPLE_RATE * DURATION_S)
    release = round(SAMPLE_RATE * RELEASE_S)
    raw: list[float] = []
    for i in range(count):
        t = i / SAMPLE_RATE
        value = sum(_note(t - start, freq) for start, freq in NOTES if t >= start)
        remaining = count - 1 - i
        if remaining < release:
            value *= remaining / release
        raw.append(value)
    # Normalize to a fixed peak: the harmonic weights need not be tuned by hand.
    scale = PEAK * 32767 / max(abs(v) for v in raw)
    return array("h", (max(-32768, min(32767, round(v * scale))) for v in raw))


def render_chime(path: Path) -> None:
    """Write the chime to ``path`` as a mono 16-bit PCM WAV (parent folders are created)."""
    samples = render_samples()
    if sys.byteorder == "big":  # WAV data is little-endian
        samples.byteswap()
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(samples.tobytes())


def shipped_chime_path() -> Path:
    """Where the program looks for the chime: ``resources/sounds/chime.wav``."""
    from hall_desktop.paths import resources_dir

    return resources_dir() / "sounds" / "chime.wav"


if __name__ == "__main__":
    target = shipped_chime_path()
    render_chime(target)
    print(f"wrote {target} ({target.stat().st_size} bytes)")
