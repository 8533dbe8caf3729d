"""Run profiles (`full` for learners, `quick` for the test suite) and seeding."""

import os
import random
import sys
from types import SimpleNamespace

import numpy as np

PROFILE_ENV = "DLS_PROFILE"
PROFILES = ("full", "quick")


class Settings(SimpleNamespace):
    """The sizes and epochs a notebook uses in the profile in effect."""


def current_profile() -> str:
    """Return the profile in effect: `DLS_PROFILE`, or `full` when it is unset."""
    value = os.environ.get(PROFILE_ENV, "").strip().lower() or "full"
    if value not in PROFILES:
        raise ValueError(
            f"{PROFILE_ENV}={value!r} is not a profile. Use one of {PROFILES}, "
            f"or unset {PROFILE_ENV} to get 'full'."
        )
    return value


def profile_settings(*, full: dict, quick: dict) -> Settings:
    """Pick the settings for the profile in effect.

    Both profiles must name the same settings, so a notebook never reads a
    value that exists in only one of them.
    """
    if set(full) != set(quick):
        missing = sorted(set(full) ^ set(quick))
        raise ValueError(f"full and quick profiles must define the same settings; differing: {missing}")
    profile = current_profile()
    return Settings(profile=profile, **(full if profile == "full" else quick))


def set_seed(seed: int = 1) -> None:
    """Seed Python, NumPy and, when they have been imported, TensorFlow and PyTorch.

    Call it once per notebook, after the imports, so every run gives the same
    numbers. TensorFlow ops are also made deterministic.
    """
    random.seed(seed)
    np.random.seed(seed)
    if "tensorflow" in sys.modules or "keras" in sys.modules:
        import keras
        import tensorflow as tf

        keras.utils.set_random_seed(seed)
        tf.config.experimental.enable_op_determinism()
    if "torch" in sys.modules:
        import torch

        torch.manual_seed(seed)
