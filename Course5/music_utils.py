"""Music helpers for C5W1A3: the (pitch, duration) values of data/music_sequences.h5 to notes, a MIDI file
(written with music21), a piano roll (matplotlib) and a small additive synthesiser (NumPy) for listening."""

from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np

REST = -1  # the pitch of a rest in value_pitch


def values_to_notes(indices, value_pitch, value_duration):
    """Indices of musical values -> a list of (MIDI pitch or REST, onset, duration), times in quarter notes."""
    notes, onset = [], 0.0
    for index in np.asarray(indices).ravel():
        pitch, duration = int(value_pitch[index]), float(value_duration[index])
        notes.append((pitch, onset, duration))
        onset += duration
    return notes


def write_midi(notes, path, tempo_bpm=90):
    """Write the notes (rests included, as silence) to a MIDI file with music21; return the path."""
    from music21 import note, stream, tempo

    part = stream.Stream([tempo.MetronomeMark(number=tempo_bpm)])
    for pitch, _, duration in notes:
        part.append(note.Rest(quarterLength=duration) if pitch == REST
                    else note.Note(pitch, quarterLength=duration))
    return Path(part.write("midi", fp=str(path)))


def plot_piano_roll(notes, ax=None, title="", color="tab:blue"):
    """One bar per note: x = time in quarter notes, y = MIDI pitch."""
    ax = ax or plt.gca()
    for pitch, onset, duration in notes:
        if pitch != REST:
            ax.broken_barh([(onset, duration * 0.95)], (pitch - 0.4, 0.8), color=color)
    pitches = [pitch for pitch, _, _ in notes if pitch != REST] or [60]
    ax.set_ylim(min(pitches) - 2, max(pitches) + 2)
    ax.set_xlabel("time (quarter notes)")
    ax.set_ylabel("MIDI pitch (60 = middle C)")
    ax.set_title(title)
    return ax


def synthesise(notes, tempo_bpm=90, sample_rate=8000, harmonics=(1.0, 0.5, 0.25)):
    """A mono waveform in [-1, 1]: each note a sum of harmonics of its frequency, 440 * 2 ** ((pitch - 69) / 12)
    Hz, under an envelope that rises in 10 ms and decays exponentially; rests are silence."""
    seconds_per_quarter = 60.0 / tempo_bpm
    total = sum(duration for _, _, duration in notes) * seconds_per_quarter
    wave = np.zeros(int(np.ceil(total * sample_rate)) + 1)
    for pitch, onset, duration in notes:
        if pitch == REST:
            continue
        start = int(onset * seconds_per_quarter * sample_rate)
        t = np.arange(int(duration * seconds_per_quarter * sample_rate)) / sample_rate
        frequency = 440.0 * 2.0 ** ((pitch - 69) / 12)
        tone = sum(weight * np.sin(2 * np.pi * k * frequency * t) for k, weight in enumerate(harmonics, start=1))
        envelope = np.minimum(t / 0.01, 1.0) * np.exp(-3.0 * t) * np.minimum((t[-1] - t) / 0.01 + 1e-3, 1.0)
        wave[start:start + len(t)] += tone * envelope
    return wave / max(np.abs(wave).max(), 1e-9)
