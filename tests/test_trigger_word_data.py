"""data/trigger_word.h5 as C5W3A2 loads it: 8 kHz clips, whole milliseconds long, split by voice and recording."""

from shared_utils.data import REPO_ROOT

import sys

import numpy as np

sys.path.insert(0, str(REPO_ROOT / "Course5"))
from td_utils import RATE, SAMPLES_PER_MS, load_trigger_word, make_background, spectrogram  # noqa: E402

TEST_VOICES = ("en-029", "en-gb-scotland", "flite-rms")
TEST_SOURCES = ("cards/004", "cards/005", "something", "librivox/sense_and_sensibility_01_austen_64kb-0920")


def test_the_splits_hold_out_voices_and_recordings():
    train, test, voices = load_trigger_word(TEST_VOICES, TEST_SOURCES)
    assert len(voices) == 13 and set(TEST_VOICES) <= set(voices)
    assert len(train.activates) == 128 and len(test.activates) == 40
    assert not set(train.activate_voices) & set(TEST_VOICES) and set(test.activate_voices) == set(TEST_VOICES)
    assert len(train.speech) == 9 and len(test.speech) == 4
    for clip in train.activates + train.negatives + test.activates + test.negatives:
        assert clip.dtype == np.float32 and clip.ndim == 1 and len(clip) % SAMPLES_PER_MS == 0
        assert 0.2 * RATE < len(clip) < 1.2 * RATE and 0.1 < np.abs(clip).max() <= 1.0


def test_backgrounds_and_spectrograms_have_the_course_sizes():
    train, _, _ = load_trigger_word(TEST_VOICES, TEST_SOURCES)
    background = make_background(np.random.default_rng(0), train.speech)
    assert background.shape == (10 * RATE,) and background.dtype == np.float32
    assert np.abs(background).max() < 0.5
    assert spectrogram(background).shape == (998, 101)
