"""Audio for C5W3A2 (trigger-word detection): the committed clips of data/trigger_word.h5, backgrounds made from
real speech and noise, and the spectrogram the model reads.

Every clip is float32 at RATE samples per second, in [-1, 1], its length a whole number of milliseconds.
"""

from shared_utils.data import load_h5

from dataclasses import dataclass, field

import numpy as np
from scipy.signal import spectrogram as scipy_spectrogram

RATE = 8000  # samples per second
SAMPLES_PER_MS = RATE // 1000
CLIP_MS = 10_000  # every training example is 10 seconds long, as in the course
NFFT, NOVERLAP = 200, 120  # the course's spectrogram: 200-sample windows every 80 samples (10 ms at 8 kHz)
TRIGGER = "activate"


@dataclass
class Split:
    """The clips of one split: the trigger word's clips, other words, and background pieces of real speech."""

    activates: list = field(default_factory=list)
    negatives: list = field(default_factory=list)
    speech: list = field(default_factory=list)
    activate_voices: list = field(default_factory=list)
    negative_labels: list = field(default_factory=list)  # "word (voice)" for each negative


def _float(audio: np.ndarray) -> np.ndarray:
    return (audio.astype(np.float32) / 32768.0).astype(np.float32)


def load_trigger_word(test_voices, test_sources):
    """The clips of data/trigger_word.h5, split by who speaks: the words of the voices in `test_voices` and the
    recordings whose source name starts with one of `test_sources` go to the test split, the rest to train.

    Returns (train, test, voices): two `Split`s and the sorted list of every voice name in the file.
    """
    data = load_h5("trigger_word.h5")
    if int(data["rate"]) != RATE:
        raise ValueError(f"trigger_word.h5 is at {int(data['rate'])} Hz, expected {RATE}")
    voices = sorted({v.decode() for v in data["clip_voice"]})
    unknown = set(test_voices) - set(voices)
    if unknown:
        raise ValueError(f"unknown voices {sorted(unknown)}; the file has {voices}")
    train, test = Split(), Split()
    offsets = data["clip_offset"]
    for k, (word, voice) in enumerate(zip(data["clip_word"], data["clip_voice"], strict=True)):
        word, voice = word.decode(), voice.decode()
        split = test if voice in test_voices else train
        clip = _float(data["clip_audio"][offsets[k]:offsets[k + 1]])
        if word == TRIGGER:
            split.activates.append(clip)
            split.activate_voices.append(voice)
        else:
            split.negatives.append(clip)
            split.negative_labels.append(f"{word} ({voice})")
    offsets, bounds = data["speech_offset"], data["speech_word_bounds"]
    for k, source in enumerate(data["speech_source"]):
        source = source.decode()
        split = test if source.startswith(tuple(test_sources)) else train
        start, end = offsets[k], offsets[k + 1]
        split.speech.append(_float(data["speech_audio"][start:end]))
        for s, e in bounds[(bounds[:, 0] >= start) & (bounds[:, 1] <= end)]:
            split.negatives.append(_float(data["speech_audio"][s:e]))
            split.negative_labels.append(f"a piece of {source}")
    return train, test, voices


def coloured_noise(rng: np.random.Generator, n: int, exponent: float) -> np.ndarray:
    """Noise whose power falls as 1/f**exponent (0 white, 1 pink, 2 brown), with unit RMS."""
    spectrum = np.fft.rfft(rng.normal(size=n))
    frequencies = np.fft.rfftfreq(n, d=1 / RATE)
    spectrum[1:] /= frequencies[1:] ** (exponent / 2)
    spectrum[0] = 0
    noise = np.fft.irfft(spectrum, n)
    return noise / np.sqrt(np.mean(noise**2))


def make_background(rng: np.random.Generator, speech: list, n_samples: int = CLIP_MS * SAMPLES_PER_MS):
    """A 10 s background: coloured noise (white to brown, sometimes with a mains hum), and, two times in three,
    real speech far away (pieces of the recordings in `speech`, laid end to end, 20 to 32 dB below the words)."""
    background = coloured_noise(rng, n_samples, rng.uniform(0, 2)) * 10 ** rng.uniform(-3.3, -2.0)
    if rng.random() < 0.3:
        t = np.arange(n_samples) / RATE
        hum = sum(np.sin(2 * np.pi * k * rng.choice([50, 60]) * t) / k for k in (1, 2, 3))
        background += hum * 10 ** rng.uniform(-3, -2)
    if speech and rng.random() < 2 / 3:
        talk, order = [], rng.permutation(len(speech))
        while sum(len(p) for p in talk) < n_samples:
            piece = speech[order[len(talk) % len(order)]]
            talk.append(piece * rng.uniform(0.5, 1.0))
        talk = np.concatenate(talk)
        start = rng.integers(0, len(talk) - n_samples + 1)
        background += talk[start:start + n_samples] * 10 ** (rng.uniform(-32, -20) / 20) * 2
    return background.astype(np.float32)


def spectrogram(audio: np.ndarray) -> np.ndarray:
    """The model's input for one clip: log power in 101 frequency bands (0 to 4 kHz) every 10 ms, shape
    (frames, 101); a 10 s clip gives 998 frames."""
    _, _, power = scipy_spectrogram(audio, fs=RATE, window="hann", nperseg=NFFT, noverlap=NOVERLAP)
    return (np.log10(power.T + 1e-10) + 7.0).astype(np.float32) / 3.0
